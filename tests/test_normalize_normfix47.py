# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, audit 44 and disc rounds (normfix47): dunder names and Python file names,
command-line flags with no known command before them, spaced "<" comparisons, spaced
slashes between counts, dotted code names, two-letter web address endings.

Sentences are invented in the shape of news and tech-blog copy (names made up); the expected
text is what the engine should be given. Lines marked "counter-example" must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

# a "<" spaced on both sides after an operand is "less than", even with a ">" later on the line
LESS_THAN = [
    ("The rule holds when a < b and c > d for every pair.",
     "The rule holds when a less than b and c greater than d for every pair."),
    ("Keep polling while n < 10 and the queue > 0 jobs.",
     "Keep polling while n less than ten and the queue greater than zero jobs."),
    ("Each case with x < y but z > w was dropped.",
     "Each case with x less than y but z greater than w was dropped."),
    # counter-examples: markup and a title in angle brackets
    ("Wrap it in <b>bold</b> and move on.", "Wrap it in bold and move on."),
    ("The term <The Ministry> kept coming up.", "The term, The Ministry, kept coming up."),
]


@pytest.mark.parametrize(("text", "expected"), LESS_THAN)
def test_spaced_less_than_is_a_comparison(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected
