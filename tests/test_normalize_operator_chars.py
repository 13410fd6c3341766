# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""An operator in brackets after the word "operator" ("the pipe operator (|>)") is said character
by character, "pipe greater than".

Class from check audit 40 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

OPERATOR_CHARS = [
    ("The pipe operator (|>) landed in the language.", "The pipe operator, pipe greater than, landed in the language."),
    ("Python added the walrus operator (:=) in 2019.", "Python added the walrus operator, colon equals, in twenty nineteen."),
    # counter-example: a name in brackets after "operator"
    ("The operator (Vodafone) raised prices.", "The operator, Vodafone, raised prices."),
]


@pytest.mark.parametrize(("text", "expected"), OPERATOR_CHARS)
def test_operator_chars(text: str, expected: str) -> None:
    assert normalize(text) == expected
