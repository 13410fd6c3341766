# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, normfix56: finance and rate shorthand, a slash between two measures, box-score
abbreviations, and lists of blood pressure readings.

Sentences are invented in the shape of news copy (names and places made up); counter-examples
show what must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

RATES = [
    ("The central bank raised rates 75 bps on Wednesday.",
     "The central bank raised rates seventy-five basis points on Wednesday."),
    ("Traders priced in a 25bp cut for March.",
     "Traders priced in a twenty-five basis point cut for March."),
    ("Spreads widened by 1 bp after the auction.",
     "Spreads widened by one basis point after the auction."),
    ("The coach takes home $12.5M/yr under the new deal.",
     "The coach takes home twelve point five million dollars per year under the new deal."),
    ("The striker earns $3bn/year in sponsorship, analysts say.",
     "The striker earns three billion dollars per year in sponsorship, analysts say."),
    ("Drivers said they worked 12 h/day during the strike.",
     "Drivers said they worked twelve hours per day during the strike."),
    ("Volunteers put in 20 hrs/week and 30 min/day at the shelter.",
     "Volunteers put in twenty hours per week and thirty minutes per day at the shelter."),
    ("The call center handles 120 calls/hr at peak.",
     "The call center handles one hundred twenty calls per hour at peak."),
    ("Output hit 5,000 tonnes/yr at the mine.", "Output hit five thousand tonnes per year at the mine."),
    ("The post pays £45,000 p.a. plus a car.", "The post pays forty-five thousand pounds a year plus a car."),
    ("Graduates start on £28k pa in the capital.",
     "Graduates start on twenty-eight thousand pounds a year in the capital."),
    ("The bond fund returned 6% pa over the decade.",
     "The bond fund returned six percent a year over the decade."),
    ("Markets now expect 50 BPS of cuts.", "Markets now expect fifty basis points of cuts."),
    # counter-examples: alternatives, a count before "pa", "pa" as a word, DNA's base pairs;
    # rates already said so stay as they were
    ("Volunteers rescued 12 cats/dogs from the flood.",
     "Volunteers rescued twelve cats or dogs from the flood."),
    ("The band hired 5 pa speakers.", "The band hired five pa speakers."),
    ("Her pa said the farm would stay.", "Her pa said the farm would stay."),
    ("The lab sequenced a 500 bp fragment of the gene.",
     "The lab sequenced a five hundred base pair fragment of the gene."),
    ("The old modem ran at 9600 bps over a phone line.",
     "The old modem ran at nine thousand six hundred bits per second over a phone line."),
    ("Nurses there earn $15/hr, while agency staff get $150/hour.",
     "Nurses there earn fifteen dollars per hour, while agency staff get one hundred fifty dollars per hour."),
    ("Yields rose 12.5 bps to 4.3%.", "Yields rose twelve point five basis points to four point three percent."),
    ("Salaries of $120K/yr are common there.",
     "Salaries of one hundred twenty thousand dollars per year are common there."),
    ("The plant runs 24 h/d in winter.", "The plant runs twenty-four hours per day in winter."),
    ("The 4K/HDR games look sharp.", "The four K H D R games look sharp."),
    ("Rents reached $2,400/mo in the district.",
     "Rents reached two thousand four hundred dollars per month in the district."),
    ("The route runs 40 km/h slower at night.", "The route runs forty kilometers per hour slower at night."),
]

MEASURE_ALTERNATIVES = [
    ("The shop sells 1 L/2 L bottles of olive oil.",
     "The shop sells one liter or two liter bottles of olive oil."),
    ("Buyers can pick the 256 GB/512 GB models.",
     "Buyers can pick the two hundred fifty-six gigabyte or five hundred twelve gigabyte models."),
    ("The tablet ships in 128GB/256GB versions.",
     "The tablet ships in one hundred twenty-eight gigabyte or two hundred fifty-six gigabyte versions."),
    ("The fridge door holds 1 L/2 L of milk.",
     "The fridge door holds one liter or two liters of milk."),
    ("The 65 W/100 W chargers ship next month.",
     "The sixty-five watt or one hundred watt chargers ship next month."),
    ("Choose a 13-inch/15-inch laptop for travel.",
     "Choose a thirteen-inch or fifteen-inch laptop for travel."),
    ("The 3-day/5-day passes sold out within hours.",
     "The three-day or five-day passes sold out within hours."),
    ("Staff take 5-min/10-min breaks.", "Staff take five-minute or ten-minute breaks."),
    ("The phone comes in 8GB/16GB/32GB versions.",
     "The phone comes in eight gigabyte, sixteen gigabyte or thirty-two gigabyte versions."),
    ("The 5/10 kg bags sold out by noon.", "The five or ten kilogram bags sold out by noon."),
    ("Buyers pick 64/128 GB storage at checkout.",
     "Buyers pick sixty-four or one hundred twenty-eight gigabyte storage at checkout."),
    ("She lifted 10/20 kg in the trial.", "She lifted ten or twenty kilograms in the trial."),
    # counter-examples: a fraction before a unit; two units are one amount written twice;
    # scales are no alternatives
    ("Add 1/2 kg of flour to the bowl.", "Add one half kilogram of flour to the bowl."),
    ("The team scored 50/100 points.", "The team scored fifty out of one hundred points."),
    ("The parcel weighs 5 kg/11 lb in total.", "The parcel weighs five kilograms, eleven pounds in total."),
    ("The mouse polls at 4K/8K rates.", "The mouse polls at four K, eight K rates."),
]

BOX_SCORES = [
    ("Ortiz had 32 points, 10 reb. and 8 ast. in the win.",
     "Ortiz had thirty-two points, ten rebounds and eight assists in the win."),
    ("Brandt added 14 reb, 6 ast and 3 blk off the bench.",
     "Brandt added fourteen rebounds, six assists and three blocks off the bench."),
    ("She finished with 1 reb. and 1 ast. before fouling out.",
     "She finished with one rebound and one assist before fouling out."),
    ("The guard had 4 stl. and 2 blks in the first half.",
     "The guard had four steals and two blocks in the first half."),
    ("The forward has 12 gls this season.", "The forward has twelve goals this season."),
    ("Okafor averaged 25.4 ppg and 11 rpg last season.",
     "Okafor averaged twenty-five point four points per game and eleven rebounds per game last season."),
    ("Man Utd beat Leeds Utd. The fans stayed late.",
     "Man United beat Leeds United. The fans stayed late."),
    ("Fans of Newcastle Utd marched to the stadium.",
     "Fans of Newcastle United marched to the stadium."),
    # counter-example: no figure before it, an "ast." is no assist
    ("The ast. manager declined to comment.", "The ast. manager declined to comment."),
]

BLOOD_PRESSURE_LISTS = [
    ("Doctors logged readings of 145/92 and 150/96 on Monday.",
     "Doctors logged readings of one hundred forty-five over ninety-two and one hundred fifty over ninety-six on Monday."),
    ("His blood pressure fell from 150/95 to 130/85 within a month.",
     "His blood pressure fell from one hundred fifty over ninety-five to one hundred thirty over eighty-five within a month."),
    ("Her BP dropped to 130/80 after the change.",
     "Her B P dropped to one hundred thirty over eighty after the change."),
    ("Her pressure was 150/95 and then 140/90.",
     "Her pressure was one hundred fifty over ninety-five and then one hundred forty over ninety."),
    ("The BP readings were 120/80, 118/76.",
     "The B P readings were one hundred twenty over eighty, one hundred eighteen over seventy-six."),
    ("Her blood pressure: 160/100.", "Her blood pressure: one hundred sixty over one hundred."),
    ("Nurses recorded pressures of 140/90, 150/95 and 160/100 mmHg.",
     "Nurses recorded pressures of one hundred forty over ninety, one hundred fifty over ninety-five and one hundred sixty over one hundred millimeters of mercury."),
    ("The monitor showed 140/90 and 150/95 mmHg.",
     "The monitor showed one hundred forty over ninety and one hundred fifty over ninety-five millimeters of mercury."),
    # counter-examples: no pressure word or unit, no pressure
    ("The team went 10/12 and 8/10 from the line.", "The team went ten twelve and eight out of ten from the line."),
    ("The ratio moved from 50/50 to 60/40.", "The ratio moved from fifty-fifty to sixty forty."),
    ("The festival runs 12/26 and 12/27 this year.",
     "The festival runs December twenty-sixth and December twenty-seventh this year."),
]


@pytest.mark.parametrize("text, spoken", RATES + MEASURE_ALTERNATIVES + BOX_SCORES + BLOOD_PRESSURE_LISTS)
def test_normfix56(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
