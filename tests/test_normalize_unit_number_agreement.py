# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Class from check audit 39 (not independent): the singular of a unit before a noun ("a 2 lb
loaf") went wrong both ways. A unit written in its plural form ("lbs", "hrs", "mins") is the
head of its noun phrase, never an adjective's singular ("the 46.3 lbs limits"); and a measure
after a bounding prefix ("sub-35 lb") or a plural quantifier ("most", "both") before a plural
noun describes that noun ("sub-thirty-five pound scooters"). Invented news sentences."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    ("The 52.8 lbs makes it hard to carry.", "The fifty-two point eight pounds makes it hard to carry."),
    ("Its 12.5lbs frame is heavy.", "Its twelve point five pounds frame is heavy."),
    ("The 3 hrs passed slowly.", "The three hours passed slowly."),
    ("Lighter sub-20 lb strollers sold out.", "Lighter sub-twenty pound strollers sold out."),
    ("The shop stocks under-10 kg backpacks.", "The shop stocks under-ten kilogram backpacks."),
    ("Most 30 lb e-bikes fold flat.", "Most thirty pound e-bikes fold flat."),
    ("Both 2 kg bags split open.", "Both two kilogram bags split open."),
    # counter-examples: a measure that is not before a noun, a singular after "a"
    ("The pack weighs 35 lb when full.", "The pack weighs thirty-five pounds when full."),
    ("Grab a 5 lb bag of rice.", "Grab a five pound bag of rice."),
    ("She bakes a 2 lb loaf each day.", "She bakes a two pound loaf each day."),
    ("The dog is sub-20 lb now.", "The dog is sub-twenty pounds now."),
    ("Most 30 lb of it was water.", "Most thirty pounds of it was water."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_unit_number_agreement(text: str, expected: str) -> None:
    assert normalize(text) == expected
