"""An en or em dash glued between a lone capital and a number ("K–12", "F—16"), or an en dash
before a word ("T–shirts"), is a hyphen set long and reads like the hyphen form. Found by check
audit 39 (sentences invented).

Not an independent class: audit 39 heard "K–12" as "K, twelve" (a pause in a grade range's
name); the rule below reads it as "K-12" reads, so audit 39 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

LETTER_DASHES = [
    ("The district runs public K–12 schools.",
     "The district runs public K through twelve schools."),
    ("Funding for K—12 education rose.", "Funding for K through twelve education rose."),
    ("The Pre-K–12 campus opened in May.", "The Pre-K through twelve campus opened in May."),
    ("Two F–16 jets were scrambled.", "Two F sixteen jets were scrambled."),
    # "K-9" is the police dog, not a span of school grades; "K-8" is a span
    ("A K–9 team searched the car.", "A K nine team searched the car."),
    ("The K-9 unit found the bag.", "The K nine unit found the bag."),
    ("A new K-8 school opened in May.", "A new K through eight school opened in May."),
    ("Fans of K–pop lined the street.", "Fans of K-pop lined the street."),
    ("Staff wore matching T–shirts.", "Staff wore matching T-shirts."),
    # the hyphen forms read the same
    ("The district runs public K-12 schools.",
     "The district runs public K through twelve schools."),
    ("Fans of K-pop lined the street.", "Fans of K-pop lined the street."),
    # counter-examples: a real dash after a noun naming the letter, a clause's em dash, spaced
    # dashes, a dash after capitals
    ("Part B—12 weeks of training—comes next.", "Part B, twelve weeks of training, comes next."),
    ("She got an A—not bad for a first try.", "She got an A, not bad for a first try."),
    ("Plan B – 12 more days – was dropped.", "Plan B, twelve more days, was dropped."),
    ("The U.S.–12 other nations pact held.", "The U S, twelve other nations pact held."),
]


@pytest.mark.parametrize(("raw", "expected"), LETTER_DASHES)
def test_letter_dashes(raw: str, expected: str) -> None:
    assert normalize(raw) == expected
