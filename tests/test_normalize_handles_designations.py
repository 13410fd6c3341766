# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Digits that name rather than count: a social handle's digits are said one by one
("@keizi666": "at keizi six six six"); a six-digit designation after a code in capitals or
"known as" is said in pairs ("FRB 121102": "twelve eleven oh two"). Class from check audit 41
(not independent); sentences invented.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

NAMING_DIGITS = [
    ("Thanks to @mira42 for the tip.", "Thanks to at mira four two for the tip."),
    ("Follow @lena_1999 for updates.", "Follow at lena one nine nine nine for updates."),
    ("Astronomers tracked GRB 221009 last year.", "Astronomers tracked G R B twenty-two ten oh nine last year."),
    ("The burst, known as 200428, was faint.", "The burst, known as twenty oh four twenty-eight, was faint."),
    # counter-examples: handles without digits, emails, counts, money, a headline's word
    ("Ask @bob about it.", "Ask at bob about it."),
    ("Mail bob@example.com today.", "Mail bob at example dot com today."),
    ("The city has 250000 people.", "The city has two hundred fifty thousand people."),
    ("It cost USD 100000 in all.", "It cost one hundred thousand US dollars in all."),
    ("THEY WON 250000 AT LAST", "They Won two hundred fifty thousand At Last"),
]


@pytest.mark.parametrize("text,expected", NAMING_DIGITS)
def test_naming_digits(text: str, expected: str) -> None:
    assert normalize(text) == expected
