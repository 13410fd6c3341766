# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Class from check audit 39 (not independent): a possessive glued after a closing bracket
("the Go 15 (AG15-31P)’s display") was read as the bracket's pause and a lone "s" (", s
display"). The "’s" belongs to the name before it: it is said on the bracket's last word.
A plural in brackets ("platform(s)") and a quotation are left alone. Invented news sentences."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    ("The Vantage 9 (VX9-20T)’s battery lasts a day.", "The Vantage nine, VX nine-twenty T's battery lasts a day."),
    ("The Environmental Protection Agency (EPA)'s report is due.", "The Environmental Protection Agency, E P A's report is due."),
    ("Shares in Acme (the parent company)’s unit fell.", "Shares in Acme, the parent company's unit fell."),
    # counter-examples: a plural in brackets, a bracket closed before an ordinary word
    ("Check the platform(s) you use.", "Check the platforms you use."),
    ("The agency (EPA) said so.", "The agency, E P A, said so."),
    ("He called it “the best (by far)” and left.", "He called it the best, by far, and left."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bracket_possessives(text: str, expected: str) -> None:
    assert normalize(text) == expected
