"""The article "a" before a round 100, 1,000, 100,000 or 1,000,000 is the number's "one": "a
hundred years", not "a one hundred years".

Class from check audit 40 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

ARTICLE_ROUND = [
    ("It lasted a 100 years before the flood.", "It lasted a hundred years before the flood."),
    ("The dam survived a 100-year flood.", "The dam survived a hundred-year flood."),
    ("It was a 100% rise on last year.", "It was a hundred percent rise on last year."),
    ("She scored a 100 on the final test.", "She scored a hundred on the final test."),
    ("He has told me a 1,000 times.", "He has told me a thousand times."),
    ("A 1000 fans waited outside.", "A thousand fans waited outside."),
    ("They expect a 100,000 visitors.", "They expect a hundred thousand visitors."),
    ("The clip passed a 1,000,000 views.", "The clip passed a million views."),
    # counter-examples: no article, a number that is not round, a decimal, a letter A
    ("The index closed at 1000 points.", "The index closed at one thousand points."),
    ("About a 1,500 fans came.", "About a one thousand five hundred fans came."),
    ("It reached a 100.5 score.", "It reached a one hundred point five score."),
    ("Plan A 100 times over.", "Plan A- one hundred times over."),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_ROUND)
def test_article_round_numbers(text: str, expected: str) -> None:
    assert normalize(text) == expected
