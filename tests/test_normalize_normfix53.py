# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""normfix53 (issue 12): compound units, blood pressure, clipped units of time in hyphenated
amounts, and changes over a period ("YoY", "MoM"). Sentences are invented in the shape of news
copy; counter-examples are cases that must not change."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

COMPOUND = [
    ('The new ceramic weighs 3.1 g/cm3, engineers at Halvern said.',
     'The new ceramic weighs three point one grams per cubic centimeter, engineers at Halvern said.'),
    ('Floodwater peaked at 420 m3/s on the Rell River overnight.',
     'Floodwater peaked at four hundred twenty cubic meters per second on the Rell River overnight.'),
    ('Adults with a BMI above 30 kg/m2 were offered the drug.',
     'Adults with a B M I above thirty kilograms per square meter were offered the drug.'),
    ('Fine dust hit 61 µg/m³ in Tarnow on Friday.',
     'Fine dust hit sixty-one micrograms per cubic meter in Tarnow on Friday.'),
    ('Her cholesterol was 190 mg/dL before the diet.',
     'Her cholesterol was one hundred ninety milligrams per deciliter before the diet.'),
    ('A dose of 2 mg/kg was given to each patient.',
     'A dose of two milligrams per kilogram was given to each patient.'),
    ('Blood sugar above 11 mmol/L counts as high, the clinic said.',
     'Blood sugar above eleven millimoles per liter counts as high, the clinic said.'),
    ('The roofs yield 180 kWh/m2 a year in the south.',
     'The roofs yield one hundred eighty kilowatt hours per square meter a year in the south.'),
    ('The hatchback burns 5.8 L/100 km on the motorway.',
     'The hatchback burns five point eight liters per hundred kilometers on the motorway.'),
    ('The basin stores 12,000 m3 of rainwater.',
     'The basin stores twelve thousand cubic meters of rainwater.'),
    ('Each tile covers 400 cm² of floor.',
     'Each tile covers four hundred square centimeters of floor.'),
    ('The firm sold 1.2 million m³ of gas in March.',
     'The firm sold one point two million cubic meters of gas in March.'),
    ('Ozone levels averaged 95 ug/m3 in the valley.',
     'Ozone levels averaged ninety-five micrograms per cubic meter in the valley.'),
    ('Bricks of 1,900 kg/m³ were used in the wall.',
     'Bricks of one thousand nine hundred kilograms per cubic meter were used in the wall.'),
    ('In mg/dL, the threshold is lower.',
     'In milligrams per deciliter, the threshold is lower.'),
    ("A 40m2 flat in Varn sold for a record price.",
     "A forty square meter flat in Varn sold for a record price."),
    ("The tank holds 300m3 of treated water.",
     "The tank holds three hundred cubic meters of treated water."),
    ("Her HbA1c was 52 mmol/mol at the last check.",
     "Her HbA one c was fifty-two millimoles per mole at the last check."),
    ("Troponin stayed under 30 pg/mL all week.",
     "Troponin stayed under thirty picograms per milliliter all week."),
    # counter-examples: units already read, and slashes that are no unit
    ('The rocket accelerates at 30 m/s2 at launch.',
     'The rocket accelerates at thirty meters per second squared at launch.'),
    ('The storm brought winds of 90 km/h to the coast.',
     'The storm brought winds of ninety kilometers per hour to the coast.'),
    ('The team went 8-3 and its W/L record improved.',
     'The team went eight to three and its W L record improved.'),
    ('The A3/A4 paper sizes were both in stock.',
     'The A- three or A- four paper sizes were both in stock.'),
    ('He drove the Apple M2 laptop to 100% charge.',
     'He drove the Apple M two laptop to one hundred percent charge.'),
]

BP = [
    ('Her reading was 135/85 mmHg at the pharmacy.',
     'Her reading was one hundred thirty-five over eighty-five millimeters of mercury at the pharmacy.'),
    ('A blood pressure of 150/95 needs treatment, doctors say.',
     'A blood pressure of one hundred fifty over ninety-five needs treatment, doctors say.'),
    ('His BP was 118/76 after the race.',
     'His B P was one hundred eighteen over seventy-six after the race.'),
    ('Aim for under 130/80 mm Hg, the guidance says.',
     'Aim for under one hundred thirty over eighty millimeters of mercury, the guidance says.'),
    ('Eye pressure rose by 6 mmHg in the trial.',
     'Eye pressure rose by six millimeters of mercury in the trial.'),
    # counter-examples: scores, splits and dates keep their readings
    ('The vote split 60/40 in the upper house.',
     'The vote split sixty forty in the upper house.'),
    ('The test scored 120/80 on the old scale.',
     'The test scored one hundred twenty slash eighty on the old scale.'),
    ('The shop is open 24/7 now.',
     'The shop is open twenty-four seven now.'),
    ('The deadline is 11/30 for all entries.',
     'The deadline is November thirtieth for all entries.'),
]

HYPHEN = [
    ('The school is a 5-min walk from the bus stop.',
     'The school is a five-minute walk from the bus stop.'),
    ('Expect a 3-hr drive to the coast.',
     'Expect a three-hour drive to the coast.'),
    ('The project faced a 2-mo. delay in permits.',
     'The project faced a two-month delay in permits.'),
    ('Rates on the 30-yr fixed mortgage climbed again.',
     'Rates on the thirty-year fixed mortgage climbed again.'),
    ('The ad is a 15-sec clip shown before the film.',
     'The ad is a fifteen-second clip shown before the film.'),
    ('The clinic runs a 6-wk course for new parents.',
     'The clinic runs a six-week course for new parents.'),
    ('A 4-yr-old girl was found safe on Sunday.',
     'A four-year-old girl was found safe on Sunday.'),
    ('He signed for 2-yrs, then moved to Lisbon.',
     'He signed for two years, then moved to Lisbon.'),
    # counter-examples: the plain unit after a figure, other hyphens
    ('The race lasted 2 hrs in the heat.',
     'The race lasted two hours in the heat.'),
    ('A 6-ft fence went up around the site.',
     'A six foot fence went up around the site.'),
    ('It takes 10-15 min to boil.',
     'It takes ten to fifteen minutes to boil.'),
    ('Covid-19 cases fell 5-10% in May.',
     'Covid nineteen cases fell five to ten percent in May.'),
]

PERIOD = [
    ('Exports rose 4.1% YoY in October.',
     'Exports rose four point one percent year over year in October.'),
    ('Output grew 2.3% y-o-y, the agency said.',
     'Output grew two point three percent year over year, the agency said.'),
    ('GDP expanded 0.6% QoQ in the third quarter.',
     'G D P expanded zero point six percent quarter over quarter in the third quarter.'),
    ('Prices rose 0.3% MoM in June.',
     'Prices rose zero point three percent month over month in June.'),
    ('Retail prices rose 0.5% (MoM) last month.',
     'Retail prices rose zero point five percent, month over month, last month.'),
    ('Traffic fell 8% WoW after the update.',
     'Traffic fell eight percent week over week after the update.'),
    ('MoM growth slowed to 0.2% in May.',
     'Month over month growth slowed to zero point two percent in May.'),
    ('The QoQ figures were weaker than forecast.',
     'The quarter over quarter figures were weaker than forecast.'),
    # counter-examples: a mother, and "wow"
    ('My MoM and I went to the market.',
     'My M O M and I went to the market.'),
    ('Wow, what a finish for the home side.',
     'Wow, what a finish for the home side.'),
    ('Fans of WoW queued for the new expansion.',
     'Fans of wow queued for the new expansion.'),
    ('Sales rose 5% y/y and 2% q/q.',
     'Sales rose five percent year over year and two percent quarter over quarter.'),
]


@pytest.mark.parametrize(("text", "spoken"), COMPOUND)
def test_compound_units_compose(text: str, spoken: str) -> None:
    """Compound units ("g/cm3", "m3/s", "µg/m³", "mg/dL", "L/100 km") are composed from their
    parts: "grams per cubic centimeter". Units already read and slashes that are no unit stay."""
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), BP)
def test_blood_pressure_is_over(text: str, spoken: str) -> None:
    """A blood pressure ("120/80 mmHg", "a blood pressure of 140/90") is said "over", and "mmHg"
    "millimeters of mercury"; splits, scores with no pressure word, "24/7" and dates stay."""
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), HYPHEN)
def test_clipped_time_units_in_hyphenated_amounts(text: str, spoken: str) -> None:
    """A clipped unit of time in a hyphenated amount ("a 5-min walk", "a 3-mo. delay") is said
    singular and joined, "five-minute"; a plural spelling ("2-yrs") is a length of time."""
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), PERIOD)
def test_change_over_a_period(text: str, spoken: str) -> None:
    """A change over a period ("5% YoY", "y-o-y", "QoQ", "0.3% MoM") is said "year over year";
    "MoM" and "WoW" only after a figure or a word of change (else a mother, the game)."""
    assert normalize(text) == spoken
