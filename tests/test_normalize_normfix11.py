# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Branch normfix11: units and grammar heard wrong by listeners on tuning-half pages.

A whole-minute running pace ("11:00 per mile"). Sentences are invented in the shape of news
copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

PACES = [
    ('She changed her goal to 11:00 per mile after the injury.', 'She changed her goal to eleven minutes per mile after the injury.'),
    ('He settled into a pace of 9:00 for the first half.', 'He settled into a pace of nine minutes for the first half.'),
    ('The group ran 8:00 miles all week.', 'The group ran eight minute miles all week.'),
    ('Aim for 10:00/km on the hills.', 'Aim for ten minutes per kilometer on the hills.'),
    # counter-examples: a pace with seconds, and clock times
    ('Keep it near 10:45 per mile.', 'Keep it near ten forty-five per mile.'),
    ('Lunch is served at 11:00 in the hall.', "Lunch is served at eleven o'clock in the hall."),
    ('The meeting starts at 1:00 per the schedule.', "The meeting starts at one o'clock per the schedule."),
    ('Doors open at 11:00 for a mile-long parade.', "Doors open at eleven o'clock for a mile-long parade."),
]


@pytest.mark.parametrize(("text", "spoken"), PACES)
def test_normfix11(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken
