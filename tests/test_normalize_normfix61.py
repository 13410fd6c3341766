"""Issue 12 classes (normfix61): "m" for million in business prose, plurals of numbered things
("Game 1s"), three-part fight records, "dollars" before a preposition-like word, the hour
after midnight with a zone, "Gbs"/"GBs" after a number. Invented sentences; counter-examples
must not change."""

import pytest

from narrate.normalize import normalize

BITS_PER_SECOND_PLURALS = [
    ('The new 40Gbs port doubles the old bandwidth.',
     'The new forty gigabits per second port doubles the old bandwidth.'),
    ('Rural users get 10 Mbs at best.',
     'Rural users get ten megabits per second at best.'),
    ('The old 56Kbs modem still works.',
     'The old fifty-six kilobits per second modem still works.'),
    ('The tablet ships with 128GBs of flash.',
     'The tablet ships with one hundred twenty-eight gigabytes of flash.'),
    ('Add 2 Tbs of butter.',
     'Add two tablespoons of butter.'),
    ('The 10Gbps link and the 16Gb chip.',
     'The ten gigabits per second link and the sixteen gigabit chip.'),
]


@pytest.mark.parametrize(("text", "spoken"), BITS_PER_SECOND_PLURALS)
def test_bits_per_second_plurals(text: str, spoken: str) -> None:
    """"Gbs"/"Mbs" glued to a number are bits per second; "GBs" gigabytes."""
    assert normalize(text) == spoken
