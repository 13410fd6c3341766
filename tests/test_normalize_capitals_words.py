# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Capitals tokens that are words, not initialisms: a brand and currencies no one spells, and
names in a list of capitals whose siblings are read as words, found by check audit 38
(sentences invented).

Not an independent class: check audit 38 heard "I K E A", "Y E N" and restaurant names
spelled beside their siblings read as words; the rules below read them as words, so audit 38
no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CAPITALS_WORDS = [
    ("The startup wants to be the IKEA of flat-pack homes.", "The startup wants to be the Ikea of flat-pack homes."),
    ("Prices are shown in YEN and YUAN at the counter.", "Prices are shown in yen and yuan at the counter."),
    ("New openings: MIRRA, TOVA, KELO and ZUE opened this month.", "New openings: Mirra, Tova, Kelo and Zue opened this month."),
    ("We booked tables at HOLLO, BRINA, FEO and ADRE for the weekend.", "We booked tables at Hollo, Brina, Feo and Adre for the weekend."),
    # counter-examples: initialisms in a list, known acronyms said as words beside an
    # initialism wordfreq knows, a pronounceable token with no list around it
    ("The FBI, CIA, NSA and EPA declined to comment.", "The F B I, C I A, N S A- and E P A- declined to comment."),
    ("NASA, NATO, FEMA and EPA officials met on Monday.", "Nassa, Nato, Feema and E P A- officials met on Monday."),
    ("Agents from the FBI and ICE searched the house.", "Agents from the F B I and Ice searched the house."),
    ("Reports of UFO sightings rose, the NFL said.", "Reports of U F O sightings rose, the N F L said."),
    ("The ZUE team filed the report.", "The Z U E team filed the report."),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS_WORDS)
def test_capitals_words(text: str, expected: str) -> None:
    assert normalize(text) == expected
