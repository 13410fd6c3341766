# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A dotted imperial unit's period before a capitalized word on a title-case line (a heading or
a product's name) is the unit's, not a sentence end; found by check audit 40 (sentences
invented).

Not an independent class: check audit 40 heard a stop in the middle of a product name ("34
ounces. French Press"); the rule below fixes it, so audit 40 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

HEADING_UNIT_STOPS = [
    ("Hydro Flask Trail Series 24 oz. Insulated Water Bottle", "Hydro Flask Trail Series twenty-four ounce Insulated Water Bottle"),
    ("Oster Expressbake 2 lb. Bread Maker, Stainless Steel", "Oster Expressbake two pound Bread Maker, Stainless Steel"),
    # counter-examples: prose, where the period ends the sentence; a word that opens
    # sentences after it; a metric symbol, which takes no period of its own
    ("The flask holds 24 oz. Insulated bottles cost more.", "The flask holds twenty-four ounces. Insulated bottles cost more."),
    ("It reaches up to 30 ft. For night use it has infrared.", "It reaches up to thirty feet. For night use it has infrared."),
    ("Best Picks: Hydro Flask 24 oz. The Best Bottle Overall", "Best Picks: Hydro Flask twenty-four ounces. The Best Bottle Overall"),
    ("Trail Pack Weighs 950 g. Great Value Pick", "Trail Pack Weighs nine hundred fifty grams. Great Value Pick"),
]


@pytest.mark.parametrize(("text", "expected"), HEADING_UNIT_STOPS)
def test_heading_unit_stops(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected
