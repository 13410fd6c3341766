# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes of misreading from check audit 35 (numbers and symbols): one table per class,
counter-examples included.

Sentences are invented in the shape of news and product copy (names and places made up); the
expected text is what the engine should be given, read aloud by a careful listener.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

# 1. A bracketed number, or list of numbers, after a word at a clause's end is a reference
# marker: silent. Labels, years, values in a list, enumerators and numbers after a
# preposition are read.
REFERENCE_MARKERS = [
    ("Most cases were reported in the United States (1). Others followed in Canada.",
     "Most cases were reported in the United States. Others followed in Canada."),
    ("The effect was replicated in two later trials (10, 11).",
     "The effect was replicated in two later trials."),
    ("Several research groups disagreed (27, 28, 29).", "Several research groups disagreed."),
    ("Earlier surveys found the same pattern (4,5), but the sample was small.",
     "Earlier surveys found the same pattern, but the sample was small."),
    ("Inspectors called the bridge \"unsafe\" (7).", "Inspectors called the bridge unsafe."),
    ("The drug lowered blood pressure (3); doctors were cautious.",
     "The drug lowered blood pressure; doctors were cautious."),
    # counter-examples: read as before
    ("The results are shown in Table (3).", "The results are shown in Table, three."),
    ("The report was first published by Harlow (2019).", "The report was first published by Harlow, twenty nineteen."),
    ("Available in soft (4), medium (6) and firm (8).", "Available in soft, four, medium, six, and firm, eight."),
    ("(1) the board shall meet every month.", "one, the board shall meet every month."),
    ("The rules are: (1) the board meets, (2) the chair votes.", "The rules are: one, the board meets, two, the chair votes."),
    ("The two points were plotted at (10, 20).", "The two points were plotted at, ten, twenty."),
    ("Mattresses come in firm (8), soft and medium.", "Mattresses come in firm, eight, soft and medium."),
    ("USB ports (2)", "U S B ports, two"),
    ("The team won four (4).", "The team won four."),
]

# 2. A ratio with a left side no clock time has: "to".
LARGE_RATIOS = [
    ("The projector claims a 1600:1 contrast ratio.", "The projector claims a sixteen hundred to one contrast ratio."),
    ("Its panel offers 400:1 in daylight.", "Its panel offers four hundred to one in daylight."),
    ("The film was shot at 2.39:1, the TV show at 1.78:1.", "The film was shot at two point three nine to one, the T V show at one point seven eight to one."),
    ("A dynamic contrast of 100,000:1 is claimed.", "A dynamic contrast of one hundred thousand to one is claimed."),
    ("The maker lists 2000000:1 on the box.", "The maker lists two million to one on the box."),
    # counter-examples: small ratios, clock times, verses and scores as before
    ("The screen is 16:9 and the odds 10:1.", "The screen is sixteen to nine and the odds ten to one."),
    ("The meeting starts at 10:30.", "The meeting starts at ten thirty."),
    ("He quoted Psalm 119:1 at the service.", "He quoted Psalm one hundred nineteen: one at the service."),
    ("The final score was 102:98.", "The final score was one hundred two: ninety-eight."),
]

# 3. Units in a spec sheet's capitals, a lower-case watt, and digits glued to an initialism.
UNITS = [
    ("Lamp Life 25,000 Hrs", "Lamp Life twenty-five thousand hours"),
    ("The battery charges in 2 Hrs and lasts 45 Mins.", "The battery charges in two hours and lasts forty-five minutes."),
    ("Rest for 10 Secs after a 3 Hr session.", "Rest for ten seconds after a three hour session."),
    ("It has a 10w speaker and draws 60w.", "It has a ten watt speaker and draws sixty watts."),
    ("The lamp uses 4LED modules and a 12LED bar.", "The lamp uses four L E D modules and a twelve L E D bar."),
    # counter-examples
    ("The 2026 HR budget grew.", "The twenty twenty-six H R budget grew."),
    ("Temp: Max 30 Min 10", "Temp: Max thirty Min ten"),
    ("Use 5w-30 oil in winter.", "Use five w-thirty oil in winter."),
    ("She posted it 2w ago.", "She posted it two weeks ago."),
    ("Dana Lee · 2w", "Dana Lee, two weeks"),
    ("Delegates met at COP27 in Egypt.", "Delegates met at Cop twenty-seven in Egypt."),
    ("It has 4 LED lamps.", "It has four L E D lamps."),
]

# 4. The letters of a box's sides, a spaced capital X, and a glued count after a measure.
SIDES_AND_TIMES = [
    ("Size (W x D x H): 40 x 30 x 20 cm", "Size, W by D by H: forty by thirty by twenty centimeters"),
    ("Dimensions (WxDxH) are listed below.", "Dimensions, W by D by H, are listed below."),
    ("The crate, LxWxH, is small.", "The crate, L by W by H, is small."),
    ("It has 2 X 8 watt speakers.", "It has two by eight watt speakers."),
    ("It has 2 x 8 watt speakers.", "It has two by eight watt speakers."),
    ("The rug is 10 ft X 12 ft.", "The rug is ten feet by twelve feet."),
    ("Output is 5W x2 + 10W.", "Output is five watts times two plus ten watts."),
    ('It measures 3.87" W x 2.25" H x 3.87" D.', "It measures three point eight seven inches W by two point two five inches H by three point eight seven inches D."),
    # counter-examples
    ("Nike x Sacai sold out, and Gen x shoppers waited.", "Nike x Sacai sold out, and Gen x shoppers waited."),
    ("Fans of High School DxD cheered.", "Fans of High School D X D cheered."),
    ("Fujifilm X2 owners, see the x axis.", "Fujifilm X two owners, see the x axis."),
    ("It works 40 hours x 52 weeks.", "It works forty hours times fifty-two weeks."),
    ('A 3.5" drive is 4" wide.', "A three point five inch drive is four inches wide."),
    ('Size: 24" W x 18" D x 30" H', "Size: twenty-four inches W by eighteen inches D by thirty inches H"),
    ('It takes a 9V D battery; a 60" W console.', "It takes a nine volt D battery; a sixty inch W console."),
    ("Zoom is 2X here.", "Zoom is two X here."),
]

# 5. An inch mark after a decimal with no leading zero.
POINT_INCHES = [
    ('It uses a single .23" DMD chip.', "It uses a single zero point two three inch D M D chip."),
    ('The sheet is .5" thick.', "The sheet is zero point five inches thick."),
    # counter-examples
    ("The index rose .25 points.", "The index rose zero point two five points."),
    ('A 0.47" chip is larger.', "A zero point four seven inch chip is larger."),
]

# 6. A decimal rating with a space at its slash.
SPACED_RATINGS = [
    ("Buyers rated it 4.6 /5 on the site.", "Buyers rated it four point six out of five on the site."),
    ("Critics gave it 3.2 / 5 overall.", "Critics gave it three point two out of five overall."),
    ("Score: 8.5/ 10", "Score: eight point five out of ten"),
    # counter-examples
    ("Others gave it 4.7/5.", "Others gave it four point seven out of five."),
    ("It weighs 2.2 / 5 lb.", "It weighs two point two, five pounds."),
]

# 7. "No." before "of" is "number".
NUMBER_OF = [
    ("No. of users", "number of users"),
    ("NO. OF UNITS SOLD", "number Of Units Sold"),
    ("The no. of cases rose.", "The number of cases rose."),
    ("No. Of Members", "number Of Members"),
    # counter-examples
    ("No. Of course not, she said.", "No. Of course not, she said."),
    ("He said no. Then he left.", "He said no. Then he left."),
    ("She was seeded No. 5 this year.", "She was seeded number five this year."),
]

# 8. A round hundred's plural after a word placing a span: hundreds, not seconds.
ROUND_HUNDREDS = [
    ("The town grew in the early 200s.", "The town grew in the early two hundreds."),
    ("Prices stayed in the low 300s.", "Prices stayed in the low three hundreds."),
    ("The temple dates to the late 900s.", "The temple dates to the late nine hundreds."),
    ("Records from the 1800s and the 200s survive.", "Records from the eighteen hundreds and the two hundreds survive."),
    # counter-examples: seconds
    ("The exposure took 200s.", "The exposure took two hundred seconds."),
    ("A 300s time limit applies.", "A three hundred second time limit applies."),
    ("Fans of the early 20s band came.", "Fans of the early twenties band came."),
]

CASES = (REFERENCE_MARKERS + LARGE_RATIOS + UNITS + SIDES_AND_TIMES + POINT_INCHES
         + SPACED_RATINGS + NUMBER_OF + ROUND_HUNDREDS)


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_numbers_symbols_3(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
