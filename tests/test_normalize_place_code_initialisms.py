# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A capitals token opening with a state's or a country's code glued to letters that cannot
open an English word ("NY" + "LT...") is an initialism, spelled; found by check audit 40
(sentences invented).

Not an independent class: check audit 40 heard a made-up word for such a token; the rule below
spells it, so audit 40 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

PLACE_CODE_INITIALISMS = [
    ("Owners must file under the NYLTA by January.", "Owners must file under the N Y L T A- by January."),
    ("Landlords cited the NYSLA rules.", "Landlords cited the N Y S L A- rules."),
    ("The NJDEP issued a fine on Friday.", "The N J D E P issued a fine on Friday."),
    # counter-examples: words and acronyms said as words
    ("The NYLON straps held up well.", "The Nylon straps held up well."),
    ("NASA, NATO and UNESCO sent envoys.", "Nassa, Nato and You-nesco sent envoys."),
    ("The EURO fell against the dollar.", "The euro fell against the dollar."),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_CODE_INITIALISMS)
def test_place_code_initialisms(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected
