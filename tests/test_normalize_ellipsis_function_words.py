"""An ellipsis after a function word ("one of ... Diana's friends"), from check audit 42
(sentences invented).

Not an independent class: audit 42 heard a stop after "of". No sentence ends on "of", "the" or
"to", so the ellipsis there is a pause, even before a capitalized name.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

ELLIPSIS_AFTER_FUNCTION_WORD = [
    ("She was one of ... Diana's best friends.", "She was one of, Diana's best friends."),
    ("They flew to … Paris for the weekend.", "They flew to, Paris for the weekend."),
    ("It was written by the ... Times columnist.", "It was written by the, Times columnist."),
    ("I wrote this but... I became tired.", "I wrote this but, I became tired."),
    # counter-examples: a content word, a sentence's real end, a trailing ellipsis
    ("It was over... The end came fast.", "It was over. The end came fast."),
    ("Wait for it... Then it rained.", "Wait for it. Then it rained."),
    ("He thought of...", "He thought of."),
]


@pytest.mark.parametrize(("text", "expected"), ELLIPSIS_AFTER_FUNCTION_WORD)
def test_ellipsis_after_function_word(text: str, expected: str) -> None:
    assert normalize(text) == expected
