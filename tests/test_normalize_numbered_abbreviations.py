# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Abbreviations before a number, said as words with no stop: "Apt. 1C" (apartment), "Prop. 13"
(a ballot proposition), "7 y.o." / "7yo" (years old); "Re." or "Re:" opening a letter is "Re"
with no stop. Class from check audit 41 (not independent); sentences invented.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

NUMBERED = [
    ("Mail went to Apt. 2D on Monday.", "Mail went to Apartment two D on Monday."),
    ("She rents Apt 14 downtown.", "She rents Apartment fourteen downtown."),
    ("Voters backed Prop. 50 and Prop 22.", "Voters backed Proposition fifty and Proposition twenty-two."),
    ("Re. the bridge vote, I object.", "Re the bridge vote, I object."),
    ("Re: “Prop. 8 fight returns”", "Re Proposition eight fight returns"),
    ("Her 9 y.o. nephew and a 12yo girl came.", "Her nine years old nephew and a twelve years old girl came."),
    ("My son is 1 y.o. He walks.", "My son is one year old. He walks."),
    # counter-examples: the adjective, a name, other words with "Re" and "yo"
    ("The apt. 3 choices were fine.", "The apt. Three choices were fine."),
    ("An Apt Pupil is a film.", "An Apt Pupil is a film."),
    ("The word Re. was odd.", "The word Re. was odd."),
    ("Yo, 7 yo-yos and 2 yolks.", "Yo, seven yo-yos and two yolks."),
]


@pytest.mark.parametrize("text,expected", NUMBERED)
def test_numbered_abbreviations(text: str, expected: str) -> None:
    assert normalize(text) == expected
