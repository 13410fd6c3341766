# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Editorial brackets inside a word ("judge[s]", "[I]f", "$1.8 bill[ion]") are read as the word
the editor made; bracketed words between spaces, citations and array indexes stay as they were.
Class from audit 43 (issue 12); sentences invented.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize, normalize_with_map

WORD_BRACKETS = [
    ("Fans who judge[s] her looks were told to stop.", "Fans who judges her looks were told to stop."),
    ("“[I]f the board agrees, we will sell,” she wrote.", "If the board agrees, we will sell, she wrote."),
    ("“[T]he wom[e]n left early,” the memo said.", "The women left early, the memo said."),
    ("Regulators said the lender moved $2.4 bill[ion] last year.", "Regulators said the lender moved two point four billion dollars last year."),
    ("The filing cites the compan[y’s] debts.", "The filing cites the company's debts."),
    ("The mayor praised the firm[’s] work.", "The mayor praised the firm's work."),
    # counter-examples: a bracketed word or phrase between spaces, a citation, an index
    ("He called the plan “a disaster [sic]” on Monday.", "He called the plan a disaster sic on Monday."),
    ("Those [who are] in charge must act.", "Those who are in charge must act."),
    ("The effect was small [2] but real.", "The effect was small but real."),
    ("Read the value with arr[i] inside the loop.", "Read the value with arr inside the loop."),
    ("The type is DataFrame[Series] here.", "The type is DataFrame Series here."),
]


@pytest.mark.parametrize("text,expected", WORD_BRACKETS)
def test_word_brackets(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_word_bracket_map_points_at_the_source() -> None:
    """The joined word maps back to the characters the editor wrote, brackets included."""
    text = "They judge[s] it."
    out = normalize_with_map(text)
    start = out.text.index("judges")
    assert out.source_of(start, start + len("judges")) == (5, 13)
