# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12 (normfix57): scale letters on counts, glued retirement plans, numbered
abbreviations, "in." for inches and an earthquake's "M". Invented news-like sentences, with
counter-examples that must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

SCALE_COUNTS = [
    ("The carmaker said it would cut 11k jobs by next spring.",
     "The carmaker said it would cut eleven thousand jobs by next spring."),
    ("The mayor's clip drew 2.5M views overnight.", "The mayor's clip drew two point five million views overnight."),
    ("About 3M people live along the river basin.", "About three million people live along the river basin."),
    ("The game passed 10M+ downloads in its first week.",
     "The game passed ten million plus downloads in its first week."),
    ("The platform now claims 3B users worldwide.", "The platform now claims three billion users worldwide."),
    ("Her rent is 2k a month in Dunmore.", "Her rent is two thousand a month in Dunmore."),
    ("The fund reached 1.2bn savers across the region.", "The fund reached one point two billion savers across the region."),
    ("The lab's new model has 7B parameters.", "The lab's new model has seven billion parameters."),
    ("He gained 500K followers after the debate.", "He gained five hundred thousand followers after the debate."),
    ("Between 10k and 20k people marched on Saturday.",
     "Between ten thousand and twenty thousand people marched on Saturday."),
    ("The 5K race drew 2K runners.", "The five K race drew two thousand runners."),
    # counter-examples: a resolution, a race, a company, a pencil grade, a model's size
    ("The store cut the price of its 4K TV again.", "The store cut the price of its four K T V again."),
    ("The studio shot the film on an 8K camera.", "The studio shot the film on an eight K camera."),
    ("She finished a 5K run in Carrow Park.", "She finished a five K run in Carrow Park."),
    ("The county offers no 4K options yet.", "The county offers no four K options yet."),
    ("Buyers can pick 4K or 8K options.", "Buyers can pick four K or eight K options."),
    ("The startup fine-tuned Llama 2 70B on court filings.",
     "The startup fine-tuned Llama two, seventy B on court filings."),
    ("Shares of the 3M company fell on Monday.", "Shares of the three M company fell on Monday."),
    ("Sketch it with a 2B pencil first.", "Sketch it with a two B pencil first."),
    ("He paid $50K a year in fees.", "He paid fifty thousand dollars a year in fees."),
]

RETIREMENT_PLANS = [
    ("My 401k is smaller than I hoped.", "My four oh one k is smaller than I hoped."),
    ("Teachers can save in a 403b or a 457b plan.",
     "Teachers can save in a four oh three b or a four fifty-seven b plan."),
    ("Many workers moved cash out of their 401ks.", "Many workers moved cash out of their four oh one k's."),
    ("Your 401K match may change next year.", "Your four oh one k match may change next year."),
    ("Savers in 401(k) plans were calm.", "Savers in four oh one k plans were calm."),
    # counter-example: an amount
    ("The house sold for $401K in May.", "The house sold for four hundred one thousand dollars in May."),
]

INCHES = [
    ("Snowfall totals of 6–12 in. are expected in the hills.",
     "Snowfall totals of six to twelve inches are expected in the hills."),
    ("Forecasters expect 2-4 in. of rain by Friday.", "Forecasters expect two to four inches of rain by Friday."),
    ("Crews found a 1/2 in. layer of ice on the bridge.",
     "Crews found a one half inch layer of ice on the bridge."),
    ("He mounted a 55-in. TV in the den.", "He mounted a fifty-five inch T V in the den."),
    # counter-examples: the preposition
    ("The ferry leaves at 6 in the morning.", "The ferry leaves at six in the morning."),
    ("Shifts run 6-7 in the evening.", "Shifts run six to seven in the evening."),
]

QUAKES = [
    ("The quake measured M6.4 and shook Harlow for a minute.",
     "The quake measured magnitude six point four and shook Harlow for a minute."),
    ("The USGS said the M 5.2 tremor was shallow.",
     "The U S G S said the magnitude five point two tremor was shallow."),
    ("An M4.8 aftershock followed the earthquake.", "A magnitude four point eight aftershock followed the earthquake."),
    ("The earthquake, an M7 event, was felt in Dunmore.",
     "The earthquake, a magnitude seven event, was felt in Dunmore."),
    ("Seismologists put the Mw 6.1 shock near the coast.",
     "Seismologists put the magnitude six point one shock near the coast."),
    # counter-example: not an earthquake report
    ("The BMW M3 and an M5 sedan led the parade.", "The B M W M three and an M five sedan led the parade."),
    ("Use an M2.5 screw for the bracket.", "Use an M two point five screw for the bracket."),
]

NUMBERED_NAMES = [
    ("Forecasters say a Cat. 4 hurricane could reach Marlow Bay by Friday.",
     "Forecasters say a category four hurricane could reach Marlow Bay by Friday."),
    ("The Cat 5 storm flattened piers along the island's north shore.",
     "The category five storm flattened piers along the island's north shore."),
    ("Crews laid Cat 6 cable through the new library wing.",
     "Crews laid category six cable through the new library wing."),
    ("The Tarrow Hawks won the Div. 1 title on penalties.",
     "The Tarrow Hawks won the division one title on penalties."),
    ("Her son moves up to Gr. 8 in the fall.", "Her son moves up to grade eight in the fall."),
    ("The hearing moved to Rm. 204 of the county building.",
     "The hearing moved to room two oh four of the county building."),
    ("Staff in Bldg. 7 were sent home early.", "Staff in building seven were sent home early."),
    ("A crash closed Hwy 101 near Dunmore overnight.",
     "A crash closed highway one oh one near Dunmore overnight."),
    ("Detours use Rte. 9 until the bridge reopens.", "Detours use route nine until the bridge reopens."),
    ("She has represented Dist. 5 since 2019.", "She has represented district five since twenty nineteen."),
    # counter-examples: a word's stop, a machine's model, a title
    ("We fed the cat. Then we left for the coast.", "We fed the cat. Then we left for the coast."),
    ("A Cat 797 hauler sat idle at the mine.", "A Cat seven hundred ninety-seven hauler sat idle at the mine."),
    ("The Rt. Hon. Ann Pellow rose to speak.", "The Right Honourable Ann Pellow rose to speak."),
]


@pytest.mark.parametrize(("text", "spoken"), NUMBERED_NAMES)
def test_numbered_names(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), SCALE_COUNTS)
def test_scale_counts(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), RETIREMENT_PLANS)
def test_retirement_plans(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), INCHES)
def test_inches(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), QUAKES)
def test_quakes(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
