# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Class from check audit 39 (not independent): a spaced hyphen after a numbered episode, issue
or part, before its title ("Episode #203 - 5 Tips"), was read as a range ("two hundred three
to five Tips"). After "#N", "No. N", "Episode N", "Part N", "Issue N" and the like, a spaced
dash is the title's pause. Ranges elsewhere, and glued or plural-labelled ones, stay ranges;
"#1 - #5" keeps its pause. Invented news and podcast-listing sentences."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    ("Listen to Episode #118 - 7 Habits of Calm Parents.", "Listen to Episode number one hundred eighteen, seven Habits of Calm Parents."),
    ("Part 4 - 10 Ways to Cut Your Bills", "Part four, ten Ways to Cut Your Bills"),
    ("Issue 31 – 3 Stories We Missed", "Issue thirty-one, three Stories We Missed"),
    ("Up next: No. 6 - 2 Cheap Ferries", "Up next: number six, two Cheap Ferries"),
    ("Read #12 - 9 Lakes Worth the Drive", "Read number twelve, nine Lakes Worth the Drive"),
    # counter-examples: ranges without a title label, a plural label, a glued range, ranks
    ("Read pages 40 - 55 before class.", "Read pages forty to fifty-five before class."),
    ("They won the final 3 - 2 on Sunday.", "They won the final three to two on Sunday."),
    ("Episodes 4 - 6 air next week.", "Episodes four to six air next week."),
    ("Episode 12-14 are free.", "Episode twelve to fourteen are free."),
    ("Picks #1 - #5 are all guards.", "Picks number one, number five are all guards."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_numbered_titles(text: str, expected: str) -> None:
    assert normalize(text) == expected
