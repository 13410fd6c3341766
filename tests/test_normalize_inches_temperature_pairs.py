# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes from check audit 42 (not independent): a spaced "in" (inches) before a bracket that
converts or qualifies the length, or closing a bracket its amount opened; and a temperature
given on both scales across a slash ("200C/400F").

Sentences are invented in the shape of news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

INCH_BRACKETS = [
    ("The phone has a 6.1 in (diagonal) display.", "The phone has a six point one inches, diagonal, display."),
    ("The panel is 9 in (23 cm) wide.", "The panel is nine inches, twenty-three centimeters, wide."),
    ("Grease a round tin (9 in) and line it.", "Grease a round tin, nine inches, and line it."),
    ("Cut a strip (2.5 in) from the edge.", "Cut a strip, two point five inches, from the edge."),
    # counter-examples: "in" the preposition
    ("He was born in 1990 (in Ohio).", "He was born in nineteen ninety, in Ohio."),
    ("About 5 in 10 people (roughly) agree.", "About five in ten people, roughly, agree."),
    ("Sales rose 5 in (2023) terms.", "Sales rose five in, twenty twenty-three, terms."),
    ("The ferry left at 3 in the morning.", "The ferry left at three in the morning."),
]

TEMPERATURE_PAIRS = [
    ("Bake at 200C/400F for an hour.", "Bake at two hundred degrees Celsius, four hundred degrees Fahrenheit for an hour."),
    ("Heat the oven (180C/350F) first.", "Heat the oven, one hundred eighty degrees Celsius, three hundred fifty degrees Fahrenheit, first."),
    ("Roast it (425F/220C) until golden.", "Roast it, four hundred twenty-five degrees Fahrenheit, two hundred twenty degrees Celsius, until golden."),
    # counter-examples: one scale on both sides is a pair of model names
    ("The 100C/200C models ship in May.", "The one hundred C, two hundred C models ship in May."),
]


@pytest.mark.parametrize("text, expected", INCH_BRACKETS + TEMPERATURE_PAIRS)
def test_inches_and_temperature_pairs(text: str, expected: str) -> None:
    assert normalize(text) == expected
