# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes from check audit 34 (not independent): a currency code glued to an amount before a
rate's slash, a unit's symbol in brackets after its own name, a spaced dash after a capitals
label, and the letter A after a model number.

Sentences are invented in the shape of news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CURRENCY_CODE_RATES = [
    ("Team plans start at $20USD/month for five seats.", "Team plans start at twenty US dollars per month for five seats."),
    ("The add-on costs ($13CAD/user per month) after the trial.", "The add-on costs, thirteen Canadian dollars per user per month, after the trial."),
    ("Pricing starts from $20 USD/month for small firms.", "Pricing starts from twenty US dollars per month for small firms."),
    ("The studio charges 45 NZD/hour, or $30AUD.", "The studio charges forty-five New Zealand dollars per hour, or thirty Australian dollars."),
    ("Rent was 9,000HKD a month.", "Rent was nine thousand Hong Kong dollars a month."),
    # counter-examples: a rate without a code, a currency pair, a code before the amount
    ("Pricing starts from $20/month for small firms.", "Pricing starts from twenty dollars per month for small firms."),
    ("The USD/CAD pair fell as traders sold.", "The U S D slash C A-D pair fell as traders sold."),
    ("It sold for USD 40 and then $40 USD.", "It sold for forty US dollars and then forty US dollars."),
]

UNIT_GLOSSES = [
    ("Check your annual kilowatt hours (kWh) rating before buying.", "Check your annual kilowatt hours, rating before buying."),
    ("The bag weighs about 4.5 pounds (lbs), or 2 kilograms (kg).", "The bag weighs about four point five pounds, or two kilograms."),
    ("Measure the gap in centimetres (cm) and the speed in miles per hour (mph).", "Measure the gap in centimetres, and the speed in miles per hour."),
    ("Prices are per kilowatt-hour (kWh) this winter.", "Prices are per kilowatt-hour, this winter."),
    # counter-examples: no name before the symbol, or another unit's name
    ("The usage (kWh) is shown on the bill.", "The usage, kilowatt hours, is shown on the bill."),
    ("The crate held 3 pounds (kg) by mistake.", "The crate held three pounds, kg, by mistake."),
    ("Artificial intelligence (AI) tools spread.", "Artificial intelligence, A-I, tools spread."),
]

LABEL_DASHES = [
    ("- COSMOS -Cosmos flowers draw bees to the beds.", "Cosmos, Cosmos flowers draw bees to the beds."),
    ("- LAVENDER -Lavender calms the garden.", "Lavender, Lavender calms the garden."),
    ("EUCALYPTUS -It grows fast.", "Eucalyptus, It grows fast."),
    # counter-examples: a lower-case word before the dash, a dash glued on the left
    ("The town -Carrow flowers early.", "The town-Carrow flowers early."),
    ("Call the NHS- it is free.", "Call the N H S, it is free."),
]

MODEL_LETTERS = [
    ("The Pixel Buds 2a are excellent for the price.", "The Pixel Buds two A- are excellent for the price."),
    ("The Pixel 7a is cheaper, so buy the Pixel 7a.", "The Pixel seven A- is cheaper, so buy the Pixel seven A."),
    ("File Form 2A by May, under section 12a rules.", "File Form two A- by May, under section twelve A- rules."),
    # counter-examples: other letters are said as letters already, and A before the number
    ("The iPhone 15e and the 3b model shipped.", "The iPhone fifteen e and the three b model shipped."),
    ("Her A1c fell and the A4 sheet sat there.", "Her A- one c fell and the A- four sheet sat there."),
]


@pytest.mark.parametrize(("text", "spoken"), CURRENCY_CODE_RATES + UNIT_GLOSSES + LABEL_DASHES + MODEL_LETTERS)
def test_audit34_classes(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
