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

CASES = REFERENCE_MARKERS + LARGE_RATIOS + NUMBER_OF + ROUND_HUNDREDS


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_numbers_symbols_3(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
