# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, discovery audit D3 (normfix43): unit spellings, permalink anchors, model numbers,
possessive letters and amounts before a noun.

Sentences are invented in the shape of news copy (names made up); the expected text is what the
engine should be given. Lines marked "counter-example" must not change with the fix.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

# the common mis-cased spellings of frequency and bit-rate units after a number
UNIT_CASES = [
    ('The budget laptop has a 2.6Ghz processor and 8 GB of memory.',
     'The budget laptop has a two point six gigahertz processor and eight gigabytes of memory.'),
    ('Older routers only use the 2.4 GHZ band.',
     'Older routers only use the two point four gigahertz band.'),
    ('The radio scanner covers 150 Mhz to 900 MHZ.',
     'The radio scanner covers one hundred fifty megahertz to nine hundred megahertz.'),
    ('Studio recordings are made at 96 khz and music discs at 44.1 Khz.',
     'Studio recordings are made at ninety-six kilohertz and music discs at forty-four point one kilohertz.'),
    ('The village finally got 100 mbps broadband, and the town has 1 gbps fibre.',
     'The village finally got one hundred megabits per second broadband, and the town has one gigabit per second fibre.'),
    ('Upload speeds reached 40 MBPS during the test.',
     'Upload speeds reached forty megabits per second during the test.'),
    # counter-examples: the correct spellings, and a megabyte figure
    ('The chip runs at 4GHz under load.', 'The chip runs at four gigahertz under load.'),
    ('The file is 5 MB in size.', 'The file is five megabytes in size.'),
    ('A 1 Gbps link costs more.', 'A one gigabit per second link costs more.'),
    ('A 30fps video looks smooth.', 'A thirty frames per second video looks smooth.'),
]

# a lone "#", "¶" or "§" after a heading's last word: a permalink anchor, silent
ANCHORS = [
    ('Current status #', 'Current status'),
    ('How the vote was counted ¶', 'How the vote was counted'),
    ('Installing the update §', 'Installing the update'),
    # counter-examples: a number sign before a figure, the language, a section before a number
    ('The album debuted at #2 on the chart.', 'The album debuted at number two on the chart.'),
    ('She writes most of her tools in C# these days.', 'She writes most of her tools in C sharp these days.'),
    ('The rule is set out in § 12 of the act.', 'The rule is set out in section twelve of the act.'),
]


@pytest.mark.parametrize("text,spoken", UNIT_CASES + ANCHORS)
def test_normfix43(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
