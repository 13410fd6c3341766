# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Class heard by check audit 38: a colour's hex code ("#0f7ebe") read as a number sign and
words ("number zero f seven ebe"). It is "hash" and each character, letters as capitals.
Counter-examples: ranks, hashtags, "C#", "No. #3". Sentences are invented in news shape."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    ("The new logo pairs #2e8b57 with a white ground.", "The new logo pairs hash two E eight B five seven with a white ground."),
    ("Headlines are set in #C0FFEE on the site.", "Headlines are set in hash C zero F F E E on the site."),
    ("The buttons switched from #eee to #3b5 last week.", "The buttons switched from hash E E E to hash three B five last week."),
    ("Borders use #000000 and shadows #1a2b3c80.", "Borders use hash zero zero zero zero zero zero and shadows hash one A two B three C eight zero."),
    # counter-examples: ranks, hashtags, a language, a numbered item
    ("The film was the #1 pick and #100 on the list.", "The film was the number one pick and number one hundred on the list."),
    ("Posts tagged #MeToo and #cafe spread fast.", "Posts tagged hashtag Me Too and hashtag cafe spread fast."),
    ("She writes C# at work; see No. #3 and tip #10a.", "She writes C sharp at work; see number three and tip number ten A."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hex_colours(text: str, expected: str) -> None:
    assert normalize(text) == expected
