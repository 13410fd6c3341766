# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A price before an adverb ("$50 well spent") is no attributive "dollar"; a range after a currency
code ("INR 1000 – 3000") is "to", as after a sign.

Class from check audit 40 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

MONEY_RANGES_ADVERBS = [
    ("Those $200 - $400 well spent on boots lasted years.", "Those two hundred to four hundred dollars well spent on boots lasted years."),
    ("It was $50 well spent.", "It was fifty dollars well spent."),
    ("The repair bill came to $90 much later.", "The repair bill came to ninety dollars much later."),
    ("Day passes cost INR 500 – 1500 at the gate.", "Day passes cost five hundred to one thousand five hundred rupees at the gate."),
    ("Rooms run INR 2000-4000 a night.", "Rooms run two thousand to four thousand rupees a night."),
    ("The grant is USD 5-10 million.", "The grant is five to ten million US dollars."),
    # counter-examples: an attributive price; a spaced em dash opens an aside, not a range
    ("She bought a $500 watch.", "She bought a five hundred dollar watch."),
    ("Fees: USD 20 — 2019 prices applied.", "Fees: twenty US dollars, twenty nineteen prices applied."),
    ("It costs INR 2000 today.", "It costs two thousand rupees today."),
]


@pytest.mark.parametrize(("text", "expected"), MONEY_RANGES_ADVERBS)
def test_money_ranges_adverbs(text: str, expected: str) -> None:
    assert normalize(text) == expected
