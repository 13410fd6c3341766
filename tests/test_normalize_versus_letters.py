# ruff: noqa: E501  (each sentence and its reading stay on one line)
""""VS" in capitals with no side before it and a capitalized word after it opens a name ("VS
Code"), said as letters; between two sides it is "versus"; found by check audit 40 (sentences
invented).

Not an independent class: check audit 40 heard "versus Code"; the rule below spells it, so
audit 40 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

VERSUS_LETTERS = [
    ("Most of the team writes Python in VS Code now.", "Most of the team writes Python in V S Code now."),
    ("VS Code extensions can read your files.", "V S Code extensions can read your files."),
    # counter-examples: two sides, capitals or not, and a headline in capitals
    ("Tickets for Rangers VS Celtics sold out.", "Tickets for Rangers versus Celtics sold out."),
    ("The old debate of tea VS coffee is back.", "The old debate of tea versus coffee is back."),
    ("Week 3 VS Dallas is the big one.", "Week three versus Dallas is the big one."),
    ("RANGERS VS CELTICS: THE PREVIEW", "Rangers versus Celtics: The Preview"),
]


@pytest.mark.parametrize(("text", "expected"), VERSUS_LETTERS)
def test_versus_letters(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected
