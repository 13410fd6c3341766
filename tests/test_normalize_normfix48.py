# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, audits 41-44 (normfix48): video resolutions with a thousands comma, "&c",
Intel tier plurals and graphics chip numbers, masses of carbon per year, and a product's
number written bare later in the article.

Sentences are invented in the shape of news and tech-review copy; the expected text is what
the engine should be given. Lines marked "counter-example" must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import article_vocabulary, normalize, normalize_with_map

# a resolution with a thousands comma is said in pairs, as it is without the comma
RESOLUTIONS = [
    ('The monitor tops out at 1,440p on older consoles.',
     'The monitor tops out at fourteen forty P on older consoles.'),
    ('Streams run at 2,160p for subscribers and 1080p for everyone else.',
     'Streams run at twenty-one sixty P for subscribers and ten eighty P for everyone else.'),
    ('A few cameras can record 4,320P footage now.',
     'A few cameras can record forty-three twenty P footage now.'),
    # counter-examples: a count with a comma, and pixels
    ('The panel has 1,440 pixels on its short side.',
     'The panel has one thousand four hundred forty pixels on its short side.'),
    ('Some 1,440 people signed up.',
     'Some one thousand four hundred forty people signed up.'),
]


@pytest.mark.parametrize(("text", "expected"), RESOLUTIONS)
def test_comma_resolutions(text: str, expected: str) -> None:
    assert normalize(text) == expected


# "&c" is the old abbreviation of "et cetera"
ET_CETERA = [
    ('The shop sold hats, gloves, scarves, &c. before it closed.',
     'The shop sold hats, gloves, scarves, et cetera before it closed.'),
    ('Bread, milk, &c., were rationed.',
     'Bread, milk, et cetera, were rationed.'),
    ('The ledger lists rents, tithes &c.',
     'The ledger lists rents, tithes et cetera.'),
    # counter-examples: an ampersand between names is still "and"
    ('She covers R&D and M&A deals.',
     'She covers R and D and M and A deals.'),
]


@pytest.mark.parametrize(("text", "expected"), ET_CETERA)
def test_et_cetera(text: str, expected: str) -> None:
    assert normalize(text) == expected


# Intel tier plurals and graphics chips of a series
CHIPS = [
    ('Office desktops with Core i5s are being replaced.',
     'Office desktops with Core i fives are being replaced.'),
    ('Gamers still prefer i9s for streaming.',
     'Gamers still prefer i nines for streaming.'),
    ('The RX 580 remains a budget favourite.',
     'The R X five eighty remains a budget favourite.'),
    ('It beat the GTX 970 and the HD 630 in our tests.',
     'It beat the G T X nine seventy and the H D six thirty in our tests.'),
    ('Used RX 580s flood the market.',
     'Used R X five eighties flood the market.'),
    # counter-examples: a numeronym, a round series, a count after a series
    ('The cluster runs k8s on spare nodes.',
     'The cluster runs K eight S on spare nodes.'),
    ('The RX 500 series sold well.',
     'The R X five hundred series sold well.'),
    ('About 580 people bought one.',
     'About five hundred eighty people bought one.'),
]


@pytest.mark.parametrize(("text", "expected"), CHIPS)
def test_chips(text: str, expected: str) -> None:
    assert normalize(text) == expected


# a mass of carbon or nitrogen, with its rate
CARBON = [
    ('Soils lose about 1.5 Pg C yr−1 to the air.',
     'Soils lose about one point five petagrams of carbon per year to the air.'),
    ('Farms applied 120 kg N ha-1 yr-1 on average.',
     'Farms applied one hundred twenty kilograms of nitrogen per hectare per year on average.'),
    ('Peat stores 400 g C m−2 in the top layer.',
     'Peat stores four hundred grams of carbon per square meter in the top layer.'),
    ('Yields rose to 3 t yr−1 per plot.',
     'Yields rose to three tonnes per year per plot.'),
    ('Oceans hold 38,000 Gt C, the study says.',
     'Oceans hold thirty-eight thousand gigatonnes of carbon, the study says.'),
    # counter-examples: a grade, a temperature, a letter after a count
    ('Room 4 C was closed for the week.',
     'Room four C was closed for the week.'),
    ('It was 20 C at noon.',
     'It was twenty C at noon.'),
    ('They bought a 2 t trailer.',
     'They bought a two t trailer.'),
]


@pytest.mark.parametrize(("text", "expected"), CARBON)
def test_carbon_masses(text: str, expected: str) -> None:
    assert normalize(text) == expected


def _article(text: str) -> str:
    return normalize_with_map(text, "en", vocabulary=article_vocabulary(text)).text


# a product's number, named first after the product, written bare later in the article
PRODUCTS = [
    ('The Zbox 360 is old now. Still, your whole 360 library runs on the new one.',
     'The Zbox three sixty is old now. Still, your whole three sixty library runs on the new one.'),
    ('We moved the team to Officebox 365 and the 365 calendar came with it.',
     'We moved the team to Officebox three sixty-five and the three sixty-five calendar came with it.'),
    # counter-examples: counts, a plural after the number, a number said as a count after
    # its name too (the bare one agrees with it)
    ('I kept my Playbox 720 for years, and the 720 still works.',
     'I kept my Playbox seven hundred twenty for years, and the seven hundred twenty still works.'),
    ('The Zbox 360 camera turns 360 degrees in a second.',
     'The Zbox three sixty camera turns three hundred sixty degrees in a second.'),
    ('The Zbox 360 had the 360 games that mattered.',
     'The Zbox three sixty had the three hundred sixty games that mattered.'),
    ('About 360 people came, and the 360 team left early.',
     'About three hundred sixty people came, and the three hundred sixty team left early.'),
]


@pytest.mark.parametrize(("text", "expected"), PRODUCTS)
def test_product_numbers(text: str, expected: str) -> None:
    assert _article(text) == expected


# an amount, a rate's period and a noun: the amount describes the noun ("dollar")
RATE_MODIFIERS = [
    ('Members pay a $15 a month fee for the gym.',
     'Members pay a fifteen dollar a month fee for the gym.'),
    ('The startup offers a $40 per year plan to students.',
     'The startup offers a forty dollar per year plan to students.'),
    ('He turned down a $90,000 a year job in Denver.',
     'He turned down a ninety thousand dollar a year job in Denver.'),
    # counter-examples: the rate ends the phrase, or a preposition follows it
    ('The service costs $15 a month.',
     'The service costs fifteen dollars a month.'),
    ('Users pay $15 a month for the extra storage.',
     'Users pay fifteen dollars a month for the extra storage.'),
]


@pytest.mark.parametrize(("text", "expected"), RATE_MODIFIERS)
def test_rate_modifiers(text: str, expected: str) -> None:
    assert normalize(text) == expected


# a unit after h:mm or m:ss: a 24-hour clock time with "hours", or a length taken whole
LENGTHS = [
    ('The ferry crossing took 1:30 hrs in rough seas.',
     'The ferry crossing took one hour thirty minutes in rough seas.'),
    ('Hold the plank for 1:00 mins and rest.',
     'Hold the plank for one minute and rest.'),
    ('Her split was 2:05 mins faster than last year.',
     'Her split was two minutes five seconds faster than last year.'),
    ('Patrols start at 11:00 hrs and end at 23:30 hrs.',
     'Patrols start at eleven hundred hours and end at twenty-three thirty hours.'),
    # counter-examples: a range keeps the shape of its first time, a time of day, a pace
    ('Long ride (2:30-3:20hrs) on Sunday.',
     'Long ride, two thirty to three twenty hours, on Sunday.'),
    ('The shop opens at 9:30 on weekdays.',
     'The shop opens at nine thirty on weekdays.'),
    ('Run easy at a pace of 8:15 per mile.',
     'Run easy at a pace of eight fifteen per mile.'),
]


@pytest.mark.parametrize(("text", "expected"), LENGTHS)
def test_lengths_of_time(text: str, expected: str) -> None:
    assert normalize(text) == expected
