# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Capitals tokens that are also English words ("SAT", "ACT") are initialisms when paired
with another capitals token or before a noun only a test takes; found by check audit 40
(sentences invented).

Not an independent class: check audit 40 heard "sat and act programs"; the rule below spells
them, so audit 40 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

PAIRED_INITIALISMS = [
    ("The school dropped its SAT and ACT requirements this year.", "The school dropped its S A-T and A-C T requirements this year."),
    ("Average SAT scores fell in the district.", "Average S A-T scores fell in the district."),
    ("She tutors for the GRE or SAT on weekends.", "She tutors for the G R E or S A-T on weekends."),
    ("Free ACT prep classes start Monday.", "Free A-C T prep classes start Monday."),
    # counter-examples: emphasis in prose, very common words paired, a shouted phrase
    ("It was a FUN and EASY day out.", "It was a fun and easy day out."),
    ("Tick YES or NO on the form.", "Tick yes or no on the form."),
    ("Prices end Friday, so ACT NOW to save.", "Prices end Friday, so act now to save."),
    ("It was an EASY test for most.", "It was an easy test for most."),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED_INITIALISMS)
def test_paired_initialisms(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected
