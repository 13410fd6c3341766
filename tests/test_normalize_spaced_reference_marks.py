# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Reference markers with spaces inside their brackets ("proven right ( 1 )."), found by check
audit 37 (sentences invented).

Not an independent class: check audit 37 heard ", one." after a clause; the unspaced "(1)."
was already silent, and the rule below extends it to the padded brackets some sites write, so
audit 37 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

SPACED_MARKS = [
    ("Her early warnings were later proven right ( 1 ).", "Her early warnings were later proven right."),
    ("Rain drains into the old reservoir ( 2 ). Crews check it weekly.", "Rain drains into the old reservoir. Crews check it weekly."),
    ("The effect held in two later trials ( 10, 11 ), and in a third.", "The effect held in two later trials, and in a third."),
    ("Sleep loss raises the risk ( 3 ); exercise lowers it ( 4 ).", "Sleep loss raises the risk; exercise lowers it."),
    # counter-examples: an enumerator opening a step, words in the brackets, a label, values
    ("( 1 ) Preheat the oven to a moderate heat.", "one, Preheat the oven to a moderate heat."),
    ("The inn is rated ( 4 stars ) by its guests.", "The inn is rated, four stars, by its guests."),
    ("The results are shown in Table ( 3 ).", "The results are shown in Table, three."),
    ("Choose soft ( 4 ), medium ( 6 ) or firm ( 8 ).", "Choose soft, four, medium, six, or firm, eight."),
    ("Add four ( 4 ) cups of flour.", "Add four cups of flour."),
    ("The desk has USB ports ( 2 )", "The desk has U S B ports, two"),
]


@pytest.mark.parametrize(("text", "spoken"), SPACED_MARKS, ids=[c[0][:40] for c in SPACED_MARKS])
def test_spaced_reference_marks(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
