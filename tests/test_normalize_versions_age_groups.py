# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes from check audit 42 (not independent): an age group after "over"/"under" ("over
65s"), a version with a wildcard part ("10.14.x"), a dash between two versions or two codes
of one prefix ("2.6.29–5.1", "SP0-SP2"), and a letter glued to a dotted section number
("17.3.2a").

Sentences are invented in the shape of news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

AGE_GROUPS = [
    ("Entry is free for over 65s on weekdays.", "Entry is free for over sixty-fives on weekdays."),
    ("Under 18s must bring an adult.", "Under eighteens must bring an adult."),
    ("The club runs sessions for the over-50s.", "The club runs sessions for the over-fifties."),
    # counter-examples: seconds run or compared
    ("She ran the lap in 65s.", "She ran the lap in sixty-five seconds."),
    ("He finished in under 45s.", "He finished in under forty-five seconds."),
]

VERSION_WILDCARDS = [
    ("The tool works on 10.14.x and 10.15.x.", "The tool works on ten point fourteen point x and ten point fifteen point x."),
    ("Python 3.x is required.", "Python three point x is required."),
    ("Pin the package to 5.1.* for now.", "Pin the package to five point one point x for now."),
    # counter-examples: a multiplier, a plain version, a year before a footnote's star
    ("He retired in 1980.* Others stayed.", "He retired in nineteen eighty. Others stayed."),
    ("The lens gives a 2.5x zoom.", "The lens gives a two point five times zoom."),
    ("Update to 1.2.3 today.", "Update to one point two point three today."),
]

VERSION_AND_CODE_RANGES = [
    ("The bug affects kernels 2.6.29–5.1 only.", "The bug affects kernels two point six point twenty-nine to five point one only."),
    ("Builds 1.2.3-1.4.0 are affected.", "Builds one point two point three to one point four point zero are affected."),
    ("It supports service packs (SP0-SP2).", "It supports service packs, S P zero to S P two."),
    ("Levels B2-B3 are open.", "Levels B two to B three are open."),
    # counter-examples: two groups meeting, a code after a hyphen
    ("The G7-G20 talks resume.", "The G seven-G twenty talks resume."),
    ("The F-35 jet flew.", "The F thirty-five jet flew."),
]

SECTION_LETTERS = [
    ("See Section 17.3.2a of the licence.", "See Section seventeen point three point two A- of the licence."),
    ("Rule 4.1.2b applies here.", "Rule four point one point two B applies here."),
    # counter-example: no letter
    ("See Section 17.3.2 of the licence.", "See Section seventeen point three point two of the licence."),
]


@pytest.mark.parametrize("text, expected", AGE_GROUPS + VERSION_WILDCARDS + VERSION_AND_CODE_RANGES + SECTION_LETTERS)
def test_versions_codes_and_age_groups(text: str, expected: str) -> None:
    assert normalize(text) == expected
