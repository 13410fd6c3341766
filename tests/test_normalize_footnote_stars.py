# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A footnote star after a sentence's stop ("in 1980.* Later") is silent; a star in arithmetic,
a wildcard or a dotted code path keeps its reading.

Class from check audit 40 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

FOOTNOTE_STARS = [
    ("He published it in 1980.* Later editions dropped the chapter.", "He published it in nineteen eighty. Later editions dropped the chapter."),
    ("Sales rose 12%.* The report gave no reason.", "Sales rose twelve percent. The report gave no reason."),
    ("Terms apply to this offer.*", "Terms apply to this offer."),
    ("Results are provisional.*", "Results are provisional."),
    # counter-examples
    ("The answer is 3 * 4 in the book.", "The answer is three times four in the book."),
    ("Delete every *.tmp file first.", "Delete every star.tmp file first."),
    ("The import line reads java.util.* Then the class follows.", "The import line reads java dot util dot star Then the class follows."),
]


@pytest.mark.parametrize(("text", "expected"), FOOTNOTE_STARS)
def test_footnote_stars(text: str, expected: str) -> None:
    assert normalize(text) == expected
