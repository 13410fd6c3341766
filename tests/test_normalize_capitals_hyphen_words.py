"""Capitals read by context: "HE" after an article or a preposition outside a shouted line is
an initialism ("the HE sector": higher education), the pronoun in a shouted line; an English
word in capitals joined by a hyphen to lower case is the word stressed ("GLUE-ten",
"UNIX-like"), not letters. Class from check audit 41 (not independent); sentences invented.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CAPITALS = [
    ("Cuts hit the HE sector hardest.", "Cuts hit the H E sector hardest."),
    ("Funding for HE fell again.", "Funding for H E fell again."),
    ("It sells GLUE-ten free bread.", "It sells glue-ten free bread."),
    ("Most UNIX-like tools work.", "Most Unix-like tools work."),
    # counter-examples: the pronoun shouted or stressed, initialisms before a hyphen
    ("HE SAID NO TO THE DEAL", "He Said No To The Deal"),
    ("And HE said no.", "And he said no."),
    ("A USB-powered fan.", "A U S B-powered fan."),
    ("The HDMI-compatible box.", "The H D M I-compatible box."),
]


@pytest.mark.parametrize("text,expected", CAPITALS)
def test_capitals_hyphen_words(text: str, expected: str) -> None:
    assert normalize(text) == expected
