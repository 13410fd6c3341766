# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Capitals tokens shaped as English words or names: a one-syllable word opening with "DW",
"GW" or "SQU" ("DWARF"), four letters with a doubled consonant between vowels ("OLLO") or a
known name ending in a vowel pair and a vowel ("MAUI"); found by check audit 40 (sentences
invented).

Not an independent class: check audit 40 heard "D W A-R F" and "O L L O"; the rules below
read them as words, so audit 40 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CAPITALS_WORD_SHAPES = [
    ("Debuggers read the DWARF data in the binary.", "Debuggers read the Dwarf data in the binary."),
    ("The SQUAD app and .NET MAUI builds shipped.", "The squad app and dot net Maui builds shipped."),
    ("Small brands like ENNO make desk lamps.", "Small brands like Enno make desk lamps."),
    ("ABBA songs filled the hall.", "Abba songs filled the hall."),
    # counter-examples: initialisms of three letters, ones with no such shape
    ("The FBI, CIA and NSA declined to comment.", "The F B I, C I A and N S A- declined to comment."),
    ("Members of the IRA were named.", "Members of the I R A- were named."),
    ("The ACLU and USDA filed briefs.", "The A-C L U and U S D A- filed briefs."),
    ("Please reply ASAP.", "Please reply A-S A-P."),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS_WORD_SHAPES)
def test_capitals_word_shapes(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected
