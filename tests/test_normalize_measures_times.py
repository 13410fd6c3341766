# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes from check audit 37 (not independent): a rating whose scale is written with a
decimal ("4.8/5.0"), a dotted 12-hour clock time ("9.30 a.m."), and the period of a unit
before the next part of a compound measure ("1 lb. 5 oz."), a spaced "W" after a number
(watts), and karats before gold ("18kt gold").

Sentences are invented in the shape of news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

DECIMAL_SCALE_RATINGS = [
    ("The blender is rated 4.6/5.0 by more than 2,000 buyers.", "The blender is rated four point six out of five by more than two thousand buyers."),
    ("Critics gave the album 8.7/10.0 on release.", "Critics gave the album eight point seven out of ten on release."),
    ("Guests scored the hotel 4/5.0 for cleanliness.", "Guests scored the hotel four out of five for cleanliness."),
    ("The app holds a 4.2 / 5.0 rating in the store.", "The app holds a four point two out of five rating in the store."),
    # counter-examples: the scale with no decimal, a fraction, a date, a split, round the clock
    ("The blender is rated 4.6/5 by buyers and 9/10 testers liked it.", "The blender is rated four point six out of five by buyers and nine out of ten testers liked it."),
    ("Stir in 1/2 cup of sugar.", "Stir in one half cup of sugar."),
    ("The vote is set for 5/14 and the desk is open 24/7.", "The vote is set for May fourteenth and the desk is open twenty-four seven."),
    ("The owners agreed a 50/50 split.", "The owners agreed a fifty-fifty split."),
    ("Each panel is 2.5/5.0 mm thick.", "Each panel is two point five, five point zero millimeters thick."),
]

DOTTED_CLOCK_TIMES = [
    ("Polls open at 7.30 a.m. and close at 8.00 p.m. on Thursday.", "Polls open at seven thirty A-M and close at eight P M on Thursday."),
    ("The ferry leaves at 9.05am and returns at 4.45 PM.", "The ferry leaves at nine oh five A-M and returns at four forty-five P M."),
    ("Kick-off is at 12.30pm local time.", "Kick-off is at twelve thirty P M local time."),
    ("The vigil starts at 6.15 P.M. Families are welcome.", "The vigil starts at six fifteen P M. Families are welcome."),
    # counter-examples: a decimal, a price, a version, a rating, a 24-hour dotted figure
    ("Mortgage rates rose to 7.30 percent this week.", "Mortgage rates rose to seven point three zero percent this week."),
    ("A pint now costs $9.30 in the capital.", "A pint now costs nine dollars and thirty cents in the capital."),
    ("Version 10.15 fixed the bug.", "Version ten point one five fixed the bug."),
    ("The film earned a 7.00 rating.", "The film earned a seven point zero zero rating."),
]

COMPOUND_MEASURES = [
    ("The newborn weighed 7 lbs. 4 oz. at birth.", "The newborn weighed seven pounds four ounces at birth."),
    ("The suspect is 5 ft. 11 in. tall with brown hair.", "The suspect is five feet eleven inches tall with brown hair."),
    ("The climb took 2 hr. 15 min. from the base.", "The climb took two hours fifteen minutes from the base."),
    ("Her best plank lasted 3 min. 20 sec. in the final.", "Her best plank lasted three minutes twenty seconds in the final."),
    ("The laptop weighs 2 lb. 9 oz. with the charger.", "The laptop weighs two pounds nine ounces with the charger."),
    # counter-examples: the period after a unit that ends a sentence
    ("The laptop weighs 5 lb. The charger is extra.", "The laptop weighs five pounds. The charger is extra."),
    ("Add 12 oz. Pour it into the pan.", "Add twelve ounces. Pour it into the pan."),
    ("The pike weighed 9 lb. 3 anglers saw it caught.", "The pike weighed nine pounds. Three anglers saw it caught."),
    ("He stands 6 ft. 2 in. He weighs 210 lbs.", "He stands six feet two inches. He weighs two hundred ten pounds."),
]

SPACED_WATTS = [
    ("The kettle has a 1400 W heating element.", "The kettle has a fourteen hundred watt heating element."),
    ("Space heaters draw about 1,500 W of power.", "Space heaters draw about one thousand five hundred watts of power."),
    ("The unit pulls 900 W, twice the old model.", "The unit pulls nine hundred watts, twice the old model."),
    ("A 65W charger comes in the box.", "A sixty-five watt charger comes in the box."),
    ("The heater is rated at 1,500 W.", "The heater is rated at one thousand five hundred watts."),
    ("The lamp uses 60 W. The bulb stays cool.", "The lamp uses sixty watts. The bulb stays cool."),
    ("Reviewers liked the Ugreen 100 W charger.", "Reviewers liked the Ugreen one hundred watt charger."),
    # counter-examples: a road's direction or a name after a capitalized word, an address
    ("Drivers should take Route 66 W toward Flagstaff.", "Drivers should take Route sixty-six W toward Flagstaff."),
    ("Studio 54 W was packed that night.", "Studio fifty-four W was packed that night."),
    ("The shop at 100 W. Main St. closed.", "The shop at one hundred West Main Street closed."),
    ("Mourners gathered at 1 W. Broadway on Sunday.", "Mourners gathered at one West Broadway on Sunday."),
    ("The fire started at 3170 W. County Road 600.", "The fire started at thirty-one seventy West County Road six hundred."),
]

KARATS = [
    ("The thieves took an 18kt gold watch.", "The thieves took an eighteen karat gold watch."),
    ("She wore a 14k white gold ring.", "She wore a fourteen karat white gold ring."),
    ("The bars are 24K gold, the dealer said.", "The bars are twenty-four karat gold, the dealer said."),
    ("The band is 18ct rose gold.", "The band is eighteen karat rose gold."),
    # counter-examples: thousands, and a K with no gold after it
    ("The post drew 14K likes in an hour.", "The post drew fourteen thousand likes in an hour."),
    ("He ran a 10K race for charity.", "He ran a ten K race for charity."),
    ("The startup raised $24K to buy gold.", "The startup raised twenty-four thousand dollars to buy gold."),
]


@pytest.mark.parametrize(("text", "spoken"), DECIMAL_SCALE_RATINGS + DOTTED_CLOCK_TIMES + COMPOUND_MEASURES + SPACED_WATTS + KARATS)
def test_audit37_measures_times(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
