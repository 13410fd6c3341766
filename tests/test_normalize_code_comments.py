# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A "#" marking a comment in a code listing ("x = 1  # set the count"), from check audit 42
(sentences invented).

Not an independent class: audit 42 heard "number via ...". After code on its line, or on a line
of a listing whose other lines are code, the mark is a pause; in prose it keeps its name.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CODE_COMMENTS = [
    ("retries = 3  # try three times", "retries equals three, try three times"),
    ("print(total)  # show the sum", "print, total, show the sum"),
    ("import os  # the standard module", "import os, the standard module"),
    ("# parse the date first\nwhen = parser.parse(raw)", "parse the date first.\nwhen equals parser.parse, raw"),
    # counter-examples: prose, a rank, a hashtag, a heading's marks outside code
    ("The # of users doubled last year.", "The number of users doubled last year."),
    ("She was ranked #1 in the state.", "She was ranked number one in the state."),
    ("Supporters posted #climate all week.", "Supporters posted hashtag climate all week."),
    ("## install steps", "install steps"),  # a Markdown heading's marks: silent (normfix45)
]


@pytest.mark.parametrize(("text", "expected"), CODE_COMMENTS)
def test_code_comments(text: str, expected: str) -> None:
    assert normalize(text) == expected
