# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Catalogue numbers after their label ("PMID 20175497", "ISSN 1077-2626", "arXiv:1512.01655"),
from check audit 42 (sentences invented).

Not an independent class: audit 42 heard them as quantities ("twenty million ..."), ranges and
decimals. After the label they are identifiers, read digit by digit.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CATALOGUE_NUMBERS = [
    ("The trial is indexed as PMID 31415926 in the database.", "The trial is indexed as P M I D three one four one five nine two six in the database."),
    ("Full text: PMC 6021543, free to read.", "Full text: P M C six zero two one five four three, free to read."),
    ("The journal (ISSN 1932-6203) is open access.", "The journal, I S S N one nine three two, six two zero three, is open access."),
    ("Its print ISSN: 2049-363X appears on the cover.", "Its print I S S N two zero four nine, three six three X appears on the cover."),
    ("The preprint, arXiv:2103.00020v1, spread fast.", "The preprint, archive two one zero three dot zero zero zero two zero version one, spread fast."),
    ("Order it by ISBN 0-306-40615-X today.", "Order it by I S B N zero, three zero six, four zero six one five, X today."),
    # counter-examples: numbers with no label, a label before a small count
    ("The study enrolled 20175497 people.", "The study enrolled twenty million one hundred seventy-five thousand four hundred ninety-seven people."),
    ("Pages 1077-2626 were scanned.", "Pages one thousand seventy-seven to two thousand six hundred twenty-six were scanned."),
    ("The ISBN 5 list was short.", "The I S B N five list was short."),
]


@pytest.mark.parametrize(("text", "expected"), CATALOGUE_NUMBERS)
def test_catalogue_numbers(text: str, expected: str) -> None:
    assert normalize(text) == expected
