# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Dates and numbers (branch normfix20): day ranges before a month, months in capitals, months
and weekdays joined by slashes. Counter-examples included.

Sentences are invented in the shape of news copy (names and places made up); the expected text
is what the engine should be given.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    # 1. a range of days before the month is ordinals, as one day is
    ("The Harrow fair runs 16-19 March 2026 in the old mill.", "The Harrow fair runs the sixteenth to nineteenth of March, twenty twenty-six in the old mill."),
    ("The Tech Expo runs from 8-11 December 2026 at Dunmore Hall.", "The Tech Expo runs from the eighth to eleventh of December, twenty twenty-six at Dunmore Hall."),
    ("Talks resume on 13–15 October, officials said.", "Talks resume on the thirteenth to fifteenth of October, officials said."),
    ("Booking opens the 3rd-5th May.", "Booking opens the third to fifth of May."),
    ("The vote is set for 7 December 2026.", "The vote is set for the seventh of December, twenty twenty-six."),
    ("Their 2-1 March win over Kelby lifted them.", "Their two to one March win over Kelby lifted them."),
    # 2. a month in capitals is the month
    ("FILED OCTOBER 13, 2025 IN PORTVALE COURT", "Filed October thirteenth, twenty twenty-five In Portvale Court"),
    ("Doors open MARCH 3 at the Civic Hall.", "Doors open March third at the Civic Hall."),
    ("MON, JAN 5: Council budget hearing", "Monday, January fifth: Council budget hearing"),
    ("Thu, Oct 9, 2025 at noon", "Thursday, October ninth, twenty twenty-five at noon"),
    ("Entries close SEPT 30.", "Entries close September thirtieth."),
    # 3. months or weekdays joined by slashes
    ("Planting is best done in May/June.", "Planting is best done in May or June."),
    ("Prices peak typically Nov/Dec for toy sellers.", "Prices peak typically November or December for toy sellers."),
    ("Jan/Feb sales fell.", "January or February sales fell."),
    ("The gym opens Mon/Wed/Fri only.", "The gym opens Monday, Wednesday, Friday only."),
    ("Q1/Q2 results beat forecasts.", "Q one or Q two results beat forecasts."),
    ("The board met on 3/4/2025.", "The board met on March fourth, twenty twenty-five."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_dates_numbers_2(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
