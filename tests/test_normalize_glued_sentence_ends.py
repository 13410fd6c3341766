# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A lower-case word glued by a full stop to a capitalized word is a space lost after a
sentence's end, even when the capitalized word is a web address's ending in title case ("In",
India's) or a word no dictionary has. Web addresses are written in lower case ("example.in").
Class from check audit 41 (not independent); sentences invented.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

GLUED_ENDS = [
    ("Wages stalled under the new regime.In a crisis nobody saves.", "Wages stalled under the new regime. In a crisis nobody saves."),
    ("The vote was close.It passed by two.", "The vote was close. It passed by two."),
    ("They rebuilt the party order.Neopopulism, they said.", "They rebuilt the party order. Neopopulism, they said."),
    ("The mayor resigned.To many voters", "The mayor resigned. To many voters"),
    # counter-examples: web addresses in lower case or a capitalized host, code names
    ("Tickets are sold at example.in and bbc.co.uk now.", "Tickets are sold at example dot in and bbc dot co dot uk now."),
    ("Readers of Earth.Org wrote in.", "Readers of earth dot org wrote in."),
    ("Use pathlib.Path — for outputs.", "Use pathlib dot Path, for outputs."),
    ("He wrote for Enterprise.Nxt, and others.", "He wrote for Enterprise dot Nxt, and others."),
]


@pytest.mark.parametrize("text,expected", GLUED_ENDS)
def test_glued_sentence_ends(text: str, expected: str) -> None:
    assert normalize(text) == expected
