# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A tilde before an amount written with a currency code ("~INR 2000") is "about", as before a
sign or a number.

Class from check audit 40 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

APPROX_CURRENCY = [
    ("A room costs ~INR 2000 a night in the season.", "A room costs about two thousand rupees a night in the season."),
    ("Tickets run ~USD 40 at the door.", "Tickets run about forty US dollars at the door."),
    # counter-examples: signs and numbers as before; a tilde alone is a pause
    ("The trip took ~$300 and ~20 hours.", "The trip took about three hundred dollars and about twenty hours."),
    ("A tilde ~ marks the home folder.", "A tilde, marks the home folder."),
]


@pytest.mark.parametrize(("text", "expected"), APPROX_CURRENCY)
def test_approx_currency(text: str, expected: str) -> None:
    assert normalize(text) == expected
