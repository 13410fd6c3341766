# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Three digits glued to a capitalized name are a model's number ("Insta360": "three sixty"); a
small Roman generation glued to a model's number ("QC35ii", "A7iii") is "two", "three"; "Mk2" is
"Mark two".

Class from check audit 40 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

GLUED_MODEL_NUMBERS = [
    ("She filmed the ride on an Insta360 camera.", "She filmed the ride on an Insta three sixty camera."),
    ("Old Xbox360 games still sell.", "Old Xbox three sixty games still sell."),
    ("The Bose QC35ii headphones are discontinued.", "The Bose Q C thirty-five two headphones are discontinued."),
    ("He shoots weddings on a Sony A7iii body.", "He shoots weddings on a Sony A- seven three body."),
    ("The Golf Mk2 is a classic.", "The Golf Mark two is a classic."),
    # counter-examples: two digits or one, a unit, a letter suffix
    ("Covid19 cases fell in May.", "Covid nineteen cases fell in May."),
    ("Web3 startups raised less.", "Web three startups raised less."),
    ("Fit a 360mm radiator in the case.", "Fit a three hundred sixty millimeter radiator in the case."),
    ("The Pixel 7a phone is cheaper.", "The Pixel seven A- phone is cheaper."),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_MODEL_NUMBERS)
def test_glued_model_numbers(text: str, expected: str) -> None:
    assert normalize(text) == expected
