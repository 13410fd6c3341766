# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Dates and numbers (branch normfix20): day ranges before a month, months in capitals, months
and weekdays joined by slashes, the scale letter after "degrees", a mixed number opening a
range, year-shaped quantities before a unit, the bit-rate family, and a list number before a
word in lower case. Counter-examples included.

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
    ("Printers may 3D print the parts.", "Printers may three D print the parts."),
    ("SHARES MAY 2X BY FRIDAY", "Shares May two X By Friday"),
    # 3. months or weekdays joined by slashes
    ("Planting is best done in May/June.", "Planting is best done in May or June."),
    ("Prices peak typically Nov/Dec for toy sellers.", "Prices peak typically November or December for toy sellers."),
    ("Jan/Feb sales fell.", "January or February sales fell."),
    ("The season runs May/Jun/Jul/Aug/Sep.", "The season runs May, June, July, August or September."),
    ("The gym opens Mon/Wed/Fri only.", "The gym opens Monday, Wednesday, Friday only."),
    ("Q1/Q2 results beat forecasts.", "Q one or Q two results beat forecasts."),
    ("The board met on 3/4/2025.", "The board met on March fourth, twenty twenty-five."),
    # 4. the scale after "degrees"
    ("Keep the dough warm (78-80 degrees F) overnight.", "Keep the dough warm, seventy-eight to eighty degrees Fahrenheit, overnight."),
    ("Bake at 550 degrees F. Then let it rest.", "Bake at five hundred fifty degrees Fahrenheit. Then let it rest."),
    ("Cook the brisket to 200-205 degrees F inside.", "Cook the brisket to two hundred to two hundred five degrees Fahrenheit inside."),
    ("It was 20 degrees C in Lisbon.", "It was twenty degrees Celsius in Lisbon."),
    ("It was 95°F in Dallas.", "It was ninety-five degrees Fahrenheit in Dallas."),
    ("Grades C and F were rare.", "Grades C and F were rare."),
    # 5. a mixed number opening a range
    ("The cast stays on nearly 2 ½-3 weeks.", "The cast stays on nearly two and a half to three weeks."),
    ("Stir in 1½–2 cups of stock.", "Stir in one and a half to two cups of stock."),
    ("Braise it 2 1/2-3 hours.", "Braise it two and a half to three hours."),
    ("Add 1 1/2 cups of rice.", "Add one and a half cups of rice."),
    ("Add 2½ cups of rice.", "Add two and a half cups of rice."),
    # 6. a year-shaped count before a unit is a quantity
    ("Calories: 1535 kcal", "Calories: one thousand five hundred thirty-five calories"),
    ("Each dose holds 1750mg of the drug.", "Each dose holds one thousand seven hundred fifty milligrams of the drug."),
    ("The route is 1235 km long.", "The route is one thousand two hundred thirty-five kilometers long."),
    ("Aim for 2000 kcal a day.", "Aim for two thousand calories a day."),
    ("A 5000 mAh battery ships with it.", "A five thousand milliamp hour battery ships with it."),
    ("It opened in 1985 and closed in 2019.", "It opened in nineteen eighty-five and closed in twenty nineteen."),
    ("The 1984 lp had 1200 calories of fun.", "The nineteen eighty-four lp had twelve hundred calories of fun."),
    # 7. the bit-rate family
    ("The cable carries 400 Tbps.", "The cable carries four hundred terabits per second."),
    ("Old modems ran at 56 Kbps.", "Old modems ran at fifty-six kilobits per second."),
    ("Plans start at 100 Mbps and 10 Gbps.", "Plans start at one hundred megabits per second and ten gigabits per second."),
    # 8. a list number before a word in lower case
    ("Top hosts\n4. phoenixNAP\nIt is fast.", "Top hosts.\nFour. PhoenixNAP.\nIt is fast."),
    ("Steps\n2. open the lid", "Steps.\nTwo. Open the lid"),
    ("It rose 4. then it fell.", "It rose four. then it fell."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_dates_numbers_2(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
