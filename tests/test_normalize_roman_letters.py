# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A lone C, D, L or M after a capitalised word is a letter, not a Roman numeral ("Schedule C",
"Type C", "Plan D"), and a letter before "#" is a language or a note ("C#", "F#"). Class from
check audit 40 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

ROMAN_LETTERS = [
    ("Microsoft C# tooling improved this year.", "Microsoft C sharp tooling improved this year."),
    ("Learning C# takes about a year.", "Learning C sharp takes about a year."),
    ("The team rewrote the parser in F# last spring.", "The team rewrote the parser in F sharp last spring."),
    ("She plays the prelude in C# minor.", "She plays the prelude in C sharp minor."),
    ("Self-employed workers report it on Schedule C each year.", "Self-employed workers report it on Schedule C each year."),
    ("Fill in the form (Schedule D) by April.", "Fill in the form, Schedule D, by April."),
    ("New phones ship with a Type C port.", "New phones ship with a Type C port."),
    ("The Medicare Plan D premium rises in January.", "The Medicare Plan D premium rises in January."),
    ("Doctors checked his Vitamin D levels.", "Doctors checked his Vitamin D levels."),
    ("Builders must follow Part L of the regulations.", "Builders must follow Part L of the regulations."),
    # counter-examples: numerals of two letters or more, or after a regnal name, stay numbers
    ("King Henry VIII broke with Rome.", "King Henry the Eighth broke with Rome."),
    ("The veterans of World War II gathered in Paris.", "The veterans of World War Two gathered in Paris."),
    ("Pope Leo XIV spoke on Sunday.", "Pope Leo the Fourteenth spoke on Sunday."),
    ("Queen Elizabeth I never married.", "Queen Elizabeth the First never married."),
    ("Read Chapter IV before class.", "Read Chapter Four before class."),
    ("The Apollo XI crew landed safely.", "The Apollo Eleven crew landed safely."),
    ("Students take Part V of the exam.", "Students take Part Five of the exam."),
]


@pytest.mark.parametrize(("text", "expected"), ROMAN_LETTERS)
def test_roman_letters(text: str, expected: str) -> None:
    assert normalize(text) == expected
