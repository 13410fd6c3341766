# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes from check audit 33 (not independent): units, symbols and sentence starts.

Sentences are invented in the shape of news copy; the expected text is what the engine should
be given. Each table holds counter-examples that must keep their reading.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

PLAN_PLURAL = [
    ("Savers moved money into 401(k)s, IRAs and bonds.", "Savers moved money into four oh one k's, I R A's and bonds."),
    ("Teachers rely on 403(b)s for retirement.", "Teachers rely on four oh three b's for retirement."),
    # counter-example: the singular
    ("She maxed out her 401(k) this year.", "She maxed out her four oh one k this year."),
]

SPACED_GRAM = [
    ("Officials urge 400 g of fruit and vegetables per day.", "Officials urge four hundred grams of fruit and vegetables per day."),
    ("Each bar holds 25 g, half the daily limit.", "Each bar holds twenty-five grams, half the daily limit."),
    ("The shop sells a 500 g loaf for $3.", "The shop sells a five hundred gram loaf for three dollars."),
    # counter-examples: a letter that names no unit, meters as before
    ("Officials fell back on Plan B in March.", "Officials fell back on Plan B in March."),
    ("The wall is 5 m tall.", "The wall is five meters tall."),
]

CAPS_SLASH = [
    ("New EU/UK rules take effect in May.", "New E U slash U K rules take effect in May."),
    ("Sales of AR/VR headsets fell.", "Sales of A-R slash V R headsets fell."),
    # counter-examples: fixed compounds and a single letter run together
    ("The AC/DC converter failed.", "The A-C D C converter failed."),
    ("The TCP/IP stack was patched.", "The T C P I P stack was patched."),
    ("Its P/E ratio is high.", "Its P E ratio is high."),
    ("Firms must meet AML/CFT rules.", "Firms must meet A-M L slash C F T rules."),
]

FOOT_MARK = [
    ("The planter fits a small corner (about 2' x 2').", "The planter fits a small corner, about two foot by two foot."),
    ("Ceiling height: 9'", "Ceiling height: nine feet"),
    # counter-examples: a quotation closing after a number, a year
    ("He called it his 'top 10'.", "He called it his 'top ten'."),
    ("She joined 'the class of 2019'.", "She joined 'the class of twenty nineteen'."),
]

DOLLAR_LETTER = [
    ("Try the Ballpark E$timate tool first.", "Try the Ballpark Estimate tool first."),
    ("The show gave away Ca$h prizes.", "The show gave away Cash prizes."),
    # counter-examples: currency signs
    ("The deal was worth US$5 million.", "The deal was worth five million US dollars."),
    ("Prices are quoted in C$ only.", "Prices are quoted in Canadian dollars only."),
]

TITLE_SCALE = [
    ("Read the story (and a $1 Million Example) here.", "Read the story, and a one million dollar Example, here."),
    ("Rivals Sign a $2 Billion Deal", "Rivals Sign a two billion dollar Deal"),
    ("Debt Hits $5 Trillion", "Debt Hits five trillion dollars"),
    # counter-example: lower case as before
    ("The city won $3 million in aid.", "The city won three million dollars in aid."),
]

SLASH_COUNTS = [
    ("The kit uses 3/5-pin switches.", "The kit uses three or five-pin switches."),
    ("A 2/3-seat sofa fits the room.", "A two or three-seat sofa fits the room."),
    # counter-examples: a rating and a fraction before a measure
    ("Critics gave it 3/5 stars.", "Critics gave it three out of five stars."),
    ("Fit a 3/4-inch pipe.", "Fit a three quarters-inch pipe."),
    ("Give the valve a 1/4-turn.", "Give the valve a one quarter-turn."),
]

INCHES = [
    ("Thickness: 1.57 in", "Thickness: one point five seven inches"),
    ("The tablet is 0.25 in thick.", "The tablet is zero point two five inches thick."),
    ("Width 8.5 in, depth 2.4 in.", "Width eight point five inches, depth two point four inches."),
    # counter-examples: the preposition
    ("Output grew 1.5 in the first quarter.", "Output grew one point five in the first quarter."),
    ("The index rose 2.5 in 2023.", "The index rose two point five in twenty twenty-three."),
]

DEGREE_ATTRIBUTIVE = [
    ("The keyboard has a 5° typing angle.", "The keyboard has a five degree typing angle."),
    ("Set a 45° viewing angle.", "Set a forty-five degree viewing angle."),
    # counter-examples: a quantity
    ("Temperatures rose 5° overnight.", "Temperatures rose five degrees overnight."),
]

COLON_WORD = [
    ("Amazon unveiled the chip at AWS re:Invent on Tuesday.", "Amazon unveiled the chip at A-W S re Invent on Tuesday."),
    # counter-examples: a time, a ratio
    ("The talk starts at 10:30.", "The talk starts at ten thirty."),
    ("The board split 3:2 on the vote.", "The board split three to two on the vote."),
]

LOWER_SENTENCE = [
    ("It shows on your transcript. it's about sharing.", "It shows on your transcript. It's about sharing."),
    ("Was the trip worth the money? maybe not.", "Was the trip worth the money? Maybe not."),
    # counter-examples: abbreviations kept in lower case, a brand in lower case
    ("She works for the health dept. of the county.", "She works for the health department of the county."),
    ("The trip takes approx. five hours.", "The trip takes approximately five hours."),
    ("Fruit, nuts etc. and grains are sold.", "Fruit, nuts et cetera and grains are sold."),
    ("It was a vote of govt. staff.", "It was a vote of government staff."),
    ("Sales rose. iPhone demand held.", "Sales rose. IPhone demand held."),  # normfix70
    ("He kept saying, \"Not today.\" with a shrug.", "He kept saying, Not today. with a shrug."),
]

CASES = (PLAN_PLURAL + SPACED_GRAM + CAPS_SLASH + FOOT_MARK + DOLLAR_LETTER + TITLE_SCALE
         + SLASH_COUNTS + INCHES + DEGREE_ATTRIBUTIVE + COLON_WORD + LOWER_SENTENCE)


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_units_symbols_2(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
