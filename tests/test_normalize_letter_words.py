# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A capital letter glued before a capitalized word ("AFib", "OAuth", "TMobile"), found by
check audit 38 (sentences invented).

Not an independent class: check audit 38 heard "AFib" as "uh fib"; the rule below ties the
letter to the word ("A-Fib"), so audit 38 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

LETTER_WORDS = [
    ("The watch adds AFib alerts for older users.", "The watch adds A-Fib alerts for older users."),
    ("Sign in with OAuth before you upload.", "Sign in with O-Auth before you upload."),
    ("Customers can now pay with EPay.", "Customers can now pay with E-Pay."),
    ("The ETrade app crashed on Monday.", "The E-Trade app crashed on Monday."),
    # counter-examples: initialisms in capitals and their plurals, brands in mixed case, two
    # letters before a word, an initialism made a verb, units
    ("Banks closed ATMs and OLED signs went dark.", "Banks closed A-T M's and O L E D signs went dark."),
    ("The phone takes an eSIM, like the iPhone.", "The phone takes an eSIM, like the iPhone."),
    ("She ate at McDonald's and ran VMware at work.", "She ate at McDonald's and ran VMware at work."),
    ("The camera has dual CFexpress slots.", "The camera has dual CFexpress slots."),
    ("He DMed the band and was DJing all night.", "He DMed the band and was DJing all night."),
    ("The chip runs at 3 GHz and stores 5 MWh.", "The chip runs at three gigahertz and stores five megawatt hours."),
]


@pytest.mark.parametrize(("text", "expected"), LETTER_WORDS)
def test_letter_before_word(text: str, expected: str) -> None:
    assert normalize(text) == expected
