# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Reference-list entries ("Surname X, Surname Y. Title. Journal. Year;Vol:Pages."): the stop
after the last author's initials ends the author list before the title, whether the initials
are bare ("Koch U."), dotted ("Adwan, M.H.") or hyphenated ("Tausche A-K", no letter range);
an electronic page range ("e38–43") is "e thirty-eight to forty-three"; an allele
("HLA-B*58:01") is said in two-digit fields. Class from check audit 41 (not independent);
entries invented.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

REFERENCES = [
    ("Brandt U. Salt intake in older adults. J Nutr Sci 12, 40–49 (2021).", "Brandt U. Salt intake in older adults. J Nutr Sci twelve, forty to forty-nine, twenty twenty-one."),
    ("Haddad, R.K. Fever after surgery. Surg Today. 2018;48:211-9.", "Haddad, R K. Fever after surgery. Surg Today. Twenty eighteen; volume forty-eight, pages two hundred eleven to two hundred nineteen."),
    ("Lowe, P., Haddad, R.K. Fever after surgery. Surg Today. 2018;48:211-9.", "Lowe, P, Haddad, R K. Fever after surgery. Surg Today. Twenty eighteen; volume forty-eight, pages two hundred eleven to two hundred nineteen."),
    ("Morel A-L, Brandt U. Salt intake. Nutrients. 2020;12:e101–9.", "Morel A- L, Brandt U. Salt intake. Nutrients. Twenty twenty; volume twelve, e one hundred one to one hundred nine."),
    ("Brandt U. Salt intake. BMJ. 2020;368:e44–52.", "Brandt U. Salt intake. B M J. Twenty twenty; volume three hundred sixty-eight, e forty-four to fifty-two."),
    ("Patients with HLA-B*15:02 or HLA-A* 3101 react.", "Patients with H L A-B fifteen oh two or H L A-A- thirty-one oh one react."),
    # counter-examples: names with initials in news, letter ranges, a year ending a sentence
    ("The film by J.J. Abrams opened in 2019.", "The film by J J Abrams opened in twenty nineteen."),
    ("Director, J.J. Abrams said in 2019.", "Director, J J Abrams said in twenty nineteen."),
    ("Seats A-K, rows 1-5, were sold in 2019.", "Seats A- to K, rows one to five, were sold in twenty nineteen."),
    ("Then John F. Kennedy arrived in 1961.", "Then John F Kennedy arrived in nineteen sixty-one."),
    ("Data for Q1*2019 came in.", "Data for Q one twenty nineteen came in."),
]


@pytest.mark.parametrize("text,expected", REFERENCES)
def test_reference_entries(text: str, expected: str) -> None:
    assert normalize(text) == expected
