# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Branch normfix11: units and grammar heard wrong by listeners on tuning-half pages.

Adjectival units ("a 2 lb loaf", "1.5 lb and 2 lb recipes", "a 50MP stacked sensor", "the $36
Brisk Cam"), a video resolution before a frame rate ("6.2K/30p"), a whole-minute running pace
("11:00 per mile"), a model letter V ("Arc 140V graphics"), unit symbols and an initialism's
plural without a number ("kWs", "KWhs", "Evs"). Sentences are invented in the shape of news
copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

ADJECTIVAL_UNITS = [
    ('Most of her 1.5 lb and 2 lb sourdough recipes rise well.', 'Most of her one point five pound and two pound sourdough recipes rise well.'),
    ("The bakery's 2 lb capacity limits each batch.", "The bakery's two pound capacity limits each batch."),
    ('The oven turns out 1 lb, 1.5 lb and 2 lb bread loaves.', 'The oven turns out one pound, one point five pound and two pound bread loaves.'),
    ('Stores stock 2 lb, 2.5 lb, and 3 lb. loaf tins.', 'Stores stock two pound, two point five pound, and three pound loaf tins.'),
    ('Tovel sells my favourite crusty 2 lb loaves.', 'Tovel sells my favourite crusty two pound loaves.'),
    ('Her more rustic 1.5 lb recipes need a long proof.', 'Her more rustic one point five pound recipes need a long proof.'),
    ('The Brellon 2LB Bread Maker is on sale.', 'The Brellon two pound Bread Maker is on sale.'),
    ('With a 50MP stacked full-frame sensor, the camera is quick.', 'With a fifty megapixel stacked full-frame sensor, the camera is quick.'),
    ('The Varda Z2 uses the same 45.7MP stacked sensor.', 'The Varda Z two uses the same forty-five point seven megapixel stacked sensor.'),
    ('The club runs 5 km and 10 km races every spring.', 'The club runs five kilometer and ten kilometer races every spring.'),
    ('The $36 Brisk Cam v4 remains a bargain.', 'The thirty-six dollar Brisk Cam v four remains a bargain.'),
    ('The plant has a 140V supply line.', 'The plant has a one hundred forty volt supply line.'),
    ("The Halden oven bakes up to 2 lb loaves.", "The Halden oven bakes up to two pound loaves."),
    ("Bakers freeze larger 2 lb loaves in halves.", "Bakers freeze larger two pound loaves in halves."),
    # counter-examples: a quantity, not a size (plural stays)
    ("Passengers may carry up to 20 kg luggage.", "Passengers may carry up to twenty kilograms luggage."),
    ('The bag weighs 2 lb and fits in a drawer.', 'The bag weighs two pounds and fits in a drawer.'),
    ('Add 2 lb of flour to the bowl.', 'Add two pounds of flour to the bowl.'),
    ('The parcel weighed 2 lb.', 'The parcel weighed two pounds.'),
    ('The twins weighed 1.5 lb and 2 lb respectively.', 'The twins weighed one point five pounds and two pounds respectively.'),
    ('The dog ate 2 lb chocolate before anyone noticed.', 'The dog ate two pounds chocolate before anyone noticed.'),
    ('For $20 Ledgerly allows three users.', 'For twenty dollars Ledgerly allows three users.'),
    ('Strength 20 min Walk Brisk 15 min', 'Strength twenty minutes Walk Brisk fifteen minutes'),
]

RESOLUTION_K = [
    ('Video: 6.2K/30p, 4K/60p', 'Video: six point two K, thirty p, four K, sixty p'),
    ('The drone records 5.7K/60fps footage.', 'The drone records five point seven K, sixty frames per second footage.'),
    # counter-example: thousands per month
    ('Average rent reached 6.2K/month in the city.', 'Average rent reached six point two thousand per month in the city.'),
]

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

MODEL_VOLTS = [
    ('The laptop pairs a Core Ultra 7 258V chip with Intel Arc 140V graphics.', 'The laptop pairs a Core Ultra seven two fifty-eight V chip with Intel Arc one forty V graphics.'),
    # counter-examples: volts
    ('The shed has a 120V outlet and a 12V socket.', 'The shed has a one hundred twenty volt outlet and a twelve volt socket.'),
    ('The Greenworks 120V mower is quiet.', 'The Greenworks one hundred twenty volt mower is quiet.'),
    ('US 120V outlets are common.', 'U S one hundred twenty volt outlets are common.'),
]

BARE_UNITS_AND_PLURALS = [
    ('Drivers soon learn their kWs from their KWhs.', 'Drivers soon learn their kilowatts from their kilowatt hours.'),
    ('Tariffs are quoted per kWh, not per kW.', 'Tariffs are quoted per kilowatt hour, not per kilowatt.'),
    ('EVs are selling, and a big change for Evs is faster charging.', "E V's are selling, and a big change for E V's is faster charging."),
    # counter-example: no capitals initialism in the text
    ('The Evs family moved to Leeds.', 'The Evs family moved to Leeds.'),
]


@pytest.mark.parametrize(("text", "spoken"), ADJECTIVAL_UNITS + RESOLUTION_K + PACES + MODEL_VOLTS + BARE_UNITS_AND_PLURALS)
def test_normfix11(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken


# A measure opening a sentence or clause before an -s word that takes an object is the verb's
# subject, a plural ("600mm demands more care"); found by check audit 40 (not independent,
# sentences invented).
MEASURE_SUBJECTS = [
    ("At that length 85mm is easy. 400mm demands a heavy tripod.", "At that length eighty-five millimeters is easy. Four hundred millimeters demands a heavy tripod."),
    ("35mm gives a wider view, and 50mm works fine indoors.", "thirty-five millimeters gives a wider view, and fifty millimeters works fine indoors."),
    ("The route is flat: 5 km takes an hour on foot.", "The route is flat: five kilometers takes an hour on foot."),
    # counter-examples: the measure describes the noun after it
    ("A 400mm lens needs a heavy tripod.", "A four hundred millimeter lens needs a heavy tripod."),
    ("400mm lenses are heavy.", "four hundred millimeter lenses are heavy."),
    ("Pros carry 400mm lenses the whole day.", "Pros carry four hundred millimeter lenses the whole day."),
]


@pytest.mark.parametrize(("text", "expected"), MEASURE_SUBJECTS)
def test_measure_subjects(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected


# An opening quote between a measure and the noun it describes leaves it an adjective; found by
# check audit 40 (not independent, sentences invented).
QUOTED_NOUNS = [
    ('He bought a 60mm "travel style" telescope.', "He bought a sixty millimeter travel style telescope."),
    ('It is a $40 "starter" kit.', "It is a forty dollar starter kit."),
    # counter-example: no determiner, a phrase in quotes after the amount
    ('It costs $40 "per month" now.', "It costs forty dollars per month now."),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_NOUNS)
def test_quoted_nouns(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected
