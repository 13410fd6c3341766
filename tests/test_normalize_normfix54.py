"""Issue 12, the lead's probes (normfix54): lengths in minutes and seconds.

A race time or a game clock written "57:31", "25:01" or "3:43.13" is no time of day (no clock has
hour 24-99, and a fraction of a second follows only a length): it was read as a ratio ("fifty-seven
to thirty-one"), or as a clock time with a false sentence stop before the fraction. Sentences are
invented news copy; lines marked "counter-example" must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    ('Her winning time of 25:01 was a course record.',
     'Her winning time of twenty-five oh one was a course record.'),
    ('The Kenyan won the half marathon in 58:42, a minute clear of the field.',
     'The Kenyan won the half marathon in fifty-eight forty-two, a minute clear of the field.'),
    ('The clock read 89:59 when the equaliser went in.',
     'The clock read eighty-nine fifty-nine when the equaliser went in.'),
    ('He ran the mile in 3:51.27 at the county meet.',
     'He ran the mile in three fifty-one point two seven at the county meet.'),
    ('She clocked 1:58.4 in the 800 metres heats.',
     'She clocked one fifty-eight point four in the eight hundred metres heats.'),
    ('The striker scored again after 90:00 had passed.',
     'The striker scored again after ninety minutes had passed.'),
    # counter-examples: ratios, clock times, hour-minute-second lengths
    ('The 16:9 screen replaced the old 4:3 set.',
     'The sixteen to nine screen replaced the old four to three set.'),
    ('The board agreed a 60:40 split of the profits.',
     'The board agreed a sixty to forty split of the profits.'),
    ('The polls open at 07:00 and close at 22:00.',
     'The polls open at seven o\'clock and close at twenty-two hundred.'),
    ('The ferry left at 10:30. 14 passengers were aboard.',
     'The ferry left at ten thirty. Fourteen passengers were aboard.'),
    ('The marathon winner finished in 2:08:31.',
     'The marathon winner finished in two hours, eight minutes and thirty-one seconds.'),
    ('Mix the resin and hardener in a 1:16 ratio.',
     'Mix the resin and hardener in a one to sixteen ratio.'),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_minutes_and_seconds(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken
