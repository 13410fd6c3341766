"""A small Roman numeral after a noun that numbers things ("phase III", "class II", "type II")
is its number in lower case too, with a sub-grade letter ("phase IIa": "phase two A"); after
a hyphen it is a sequel's or a class's number ("Man-III", "MHC-II"). A lone "I" after such a
noun in lower case is the pronoun unless a noun it grades follows. Class from check audit 41
(not independent); sentences invented.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

ROMAN_GRADES = [
    ("The phase III results came out.", "The phase three results came out."),
    ("A phase IIb study began.", "A phase two B study began."),
    ("The drug is in phase IIa testing.", "The drug is in phase two A- testing."),
    ("He faces a class II felony charge.", "He faces a class two felony charge."),
    ("Rates of type II diabetes rose.", "Rates of type two diabetes rose."),
    ("A type I error was found.", "A type one error was found."),
    ("Rocky-IV is on tonight.", "Rocky-Four is on tonight."),
    # counter-examples: the pronoun, initialisms, a letter class
    ("It is the type I like best.", "It is the type I like best."),
    ("That is the class I teach.", "That is the class I teach."),
    ("He studied at IIT Bombay.", "He studied at I I T Bombay."),
    ("They sold Class A shares.", "They sold Class A- shares."),
]


@pytest.mark.parametrize("text,expected", ROMAN_GRADES)
def test_roman_grades(text: str, expected: str) -> None:
    assert normalize(text) == expected
