# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A company suffix used as a noun after a determiner ("an LLC.", "a new PLC.") ends its
sentence before a capitalized word, as any noun does, and "Attn" is "Attention"; found by
check audit 40 (sentences invented).

Not an independent class: check audit 40 heard "an L L C Business owners" run together and
"Attn" said as letters; the rules below fix them, so audit 40 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

COMPANY_NOUN_STOPS = [
    ("Freelancers can file taxes as an LLC. Sole owners pay less.", "Freelancers can file taxes as an L L C. Sole owners pay less."),
    ("She set up a new LLC. Fees vary by state.", "She set up a new L L C. Fees vary by state."),
    ("The bank is now a listed PLC. Shares rose.", "The bank is now a listed P L C. Shares rose."),
    ("They run the LLC. Smith said it pays.", "They run the L L C. Smith said it pays."),
    # counter-examples: a suffix closing a name before a number, "Inc." as the magazine's
    # name after "the", a name's suffix before a capitalized word after a name
    ("Harbor Tools LLC. 40 staff work there.", "Harbor Tools L L C. Forty staff work there."),
    ("The firm made the Inc. 5000 list again.", "The firm made the Incorporated five thousand list again."),
    ("The firm made the Inc. Magazine list again.", "The firm made the Incorporated Magazine list again."),
    ("Parts came from Acme Ltd. CEO Ann Roe said so.", "Parts came from Acme Limited C E O Ann Roe said so."),
]

ATTENTION = [
    ("Attn: Payroll Office, 12 Main Street", "Attention: Payroll Office, twelve Main Street"),
    ("ATTN: Claims Department", "Attention: Claims Department"),
    ("Mail the form, Attn. Mary Roe, by Friday.", "Mail the form, Attention Mary Roe, by Friday."),
    ("attn all runners: the race is off.", "attention all runners: the race is off."),
    # counter-example: a word that only starts with the letters
    ("The attendant took our tickets.", "The attendant took our tickets."),
]


@pytest.mark.parametrize(("text", "expected"), COMPANY_NOUN_STOPS + ATTENTION)
def test_company_noun_stops_and_attention(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected
