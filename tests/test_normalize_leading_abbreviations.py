# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Abbreviations that lead into what follows them ("eg.", "aka.", "max.", "avg."): their period
is the abbreviation's, not a sentence end, found by check audit 38 (sentences invented).

Not an independent class: check audit 38 heard "a max. One hundred fifty" and "for example.
Blue" with a stop in the middle of the phrase; the rule below removes the stop, so audit 38 no
longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

LEADING = [
    ("Titles may run to a max. 60 characters.", "Titles may run to a maximum sixty characters."),
    ("Pick two shades, eg. Navy and Teal, for the walls.", "Pick two shades, for example Navy and Teal, for the walls."),
    ("The rule (ie. How much each player earns) is new.", "The rule, that is How much each player earns, is new."),
    ("The plant, aka. 'mother of thousands', spreads fast.", "The plant, also known as 'mother of thousands', spreads fast."),
    ("MODEL, PRICE, AVG. RANGE", "Model, Price, Average Range"),
    ("Prices incl. VAT start at 20 euros.", "Prices including V A-T start at twenty euros."),
    ("The kit costs approx. 40 pounds.", "The kit costs approximately forty pounds."),
    ("Set a min. 8 characters for passwords.", "Set a minimum eight characters for passwords."),
    # counter-examples: a real sentence end after the abbreviation, minutes after a number,
    # other abbreviations whose period may end a sentence
    ("It beat the old max. The new one is faster.", "It beat the old maximum. The new one is faster."),
    ("The bus takes 10 min. Then you walk.", "The bus takes ten minutes. Then you walk."),
    ("It was sold in the U.S. The firm said so.", "It was sold in the U S. The firm said so."),
    ("The shop shut at 5 p.m. Police arrived later.", "The shop shut at five P M. Police arrived later."),
    ("The price went up to the max.", "The price went up to the maximum."),
]


@pytest.mark.parametrize(("text", "expected"), LEADING)
def test_leading_abbreviations(text: str, expected: str) -> None:
    assert normalize(text) == expected


NAMES = [
    ("Airlines grounded the 737 Max. Regulators met on Friday.", "Airlines grounded the seven thirty-seven Max. Regulators met on Friday."),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_capitalized_max_stays_a_name(text: str, expected: str) -> None:
    assert normalize(text) == expected
