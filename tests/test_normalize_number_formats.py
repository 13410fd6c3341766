# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Number formats and money (branch normfix14): European decimal commas in English text, US
ZIP codes, and sale prices run together ("$17$15.30"), counter-examples included.

Sentences are invented in the shape of news copy (names and places made up); the expected text
is what the engine should be given.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize, normalize_with_map

DECIMAL_COMMA = [
    # a currency before or after, a unit, a percent or degree sign, a scale, a price word
    ("The lunch menu costs €14,95 at the Carrow branch.", "The lunch menu costs fourteen euros and ninety-five cents at the Carrow branch."),
    ("Tickets cost €3,50 each on weekdays.", "Tickets cost three euros and fifty cents each on weekdays."),
    ("The fine rose to 1.250,75 € last year.", "The fine rose to one thousand two hundred fifty euros and seventy-five cents last year."),
    ("The new model sells for € 2.499,00 in Belgium.", "The new model sells for two thousand four hundred ninety-nine euros in Belgium."),
    ("Members pay EUR 8,20 a month.", "Members pay eight euros and twenty cents a month."),
    ("Price: 24,90", "Price: twenty-four point nine zero"),
    ("Each bar holds 4,2 gram of fibre.", "Each bar holds four point two gram of fibre."),
    ("The 1,6 litre diesel was dropped.", "The one point six litre diesel was dropped."),
    ("Water temps of 18,5°C were logged.", "Water temps of eighteen point five degrees Celsius were logged."),
    ("Some 3,2 million people voted.", "Some three point two million people voted."),
    ("Turnout fell by 2,7% in Verlo.", "Turnout fell by two point seven percent in Verlo."),
    ("The slab is 2x0,8x1 cm.", "The slab is two by zero point eight by one centimeters."),
    ("The pole is 2,5m tall.", "The pole is two point five meters tall."),
    ("Loads of 1,5 and 2,5 kg were tested.", "Loads of one point five and two point five kilograms were tested."),
    ("Phones with a 6,3-inch screen sold out.", "Phones with a six point three-inch screen sold out."),
    ('A 5,8" display is standard.', "A five point eight inch display is standard."),
    ("Stalls charge 1,80–2,40 € a cup.", "Stalls charge one euro and eighty cents to two euros and forty cents a cup."),
    ("Stalls charge 1.80–2.40 € a cup.", "Stalls charge one euro and eighty cents to two euros and forty cents a cup."),
    ("Stalls charge 10–20 € a night.", "Stalls charge ten to twenty euros a night."),
    # counter-examples: a list of numbers, a quotation, English thousands, a year and a count
    ('He repeated "3,4" twice.', "He repeated three, four twice."),
    ("Scores were 6,2 and 4 in the final.", "Scores were six, two and four in the final."),
    ("In 2021,40 workers were laid off.", "In twenty twenty-one, forty workers were laid off."),
    ("See pages 14,15 of the report.", "See pages fourteen, fifteen of the report."),
    ("Some 2,480 people signed.", "Some two thousand four hundred eighty people signed."),
    ("The fund reached 3,000,000 euros.", "The fund reached three million euros."),
    ("Rows 3,4,5 cm apart.", "Rows three, four, five cm apart."),
]

ZIP_CODES = [
    ("Mail it to 12 Elm St., Dover, DE 19901.", "Mail it to twelve Elm Street, Dover, Delaware one nine nine zero one."),
    ("The office is in Austin, TX 78701-1234 now.", "The office is in Austin, Texas seven eight seven zero one, one two three four now."),
    ("Write to Lowell, MA 01852.", "Write to Lowell, Massachusetts zero one eight five two."),
    ("The depot is in Dayton, Ohio 45402 by the river.", "The depot is in Dayton, Ohio four five four zero two by the river."),
    ("Send it to Fresno, Calif. 93721 by Friday.", "Send it to Fresno, California nine three seven two one by Friday."),
    ("The ZIP code 60614 has the most claims.", "The Zip code six zero six one four has the most claims."),
    ("Residents of zip 30305 pay more.", "Residents of zip three zero three zero five pay more."),
    # counter-examples: a count after a state, a standard's number, a plain count
    ("In Texas 12000 jobs were added.", "In Texas twelve thousand jobs were added."),
    ("The ISO 14001 audit passed.", "The I S O fourteen thousand one audit passed."),
    ("The marathon drew 25000 runners.", "The marathon drew twenty-five thousand runners."),
]

RUN_TOGETHER_PRICES = [
    ("Today's best price $19$16.50 with code SAVE10", "Today's best price nineteen dollars, sixteen dollars and fifty cents with code save ten"),
    ("Sale:$9.99$2.49/month for a year", "Sale: nine dollars and ninety-nine cents, two dollars and forty-nine cents per month for a year"),
    ("Now $39$1/mo for 3 months", "Now thirty-nine dollars, one dollar per month for three months"),
    ("Was €25€18 in the spring sale.", "Was twenty-five euros, eighteen euros in the spring sale."),
    # counter-examples: price tiers in dollar signs, a range, a spaced pair
    ("Dinner is $$ and drinks are $$$.", "Dinner is two dollar signs and drinks are three dollar signs."),
    ("Rated $$-$$$ by the guide.", "Rated two to three dollar signs by the guide."),
    ("Seats cost $5-$10 each.", "Seats cost five to ten dollars each."),
]

PRICE_BEFORE_A_NAME = [
    # after a determiner, a price before a product or plan name is its price tag
    ("Even so, the $42 Novo Cam v3 remains a bargain.", "Even so, the forty-two dollar Novo Cam v three remains a bargain."),
    ("Most firms pick the $120 Business tier.", "Most firms pick the one hundred twenty dollar Business tier."),
    ("Fans can join (as a $7 Patron Member) on the site.", "Fans can join, as a seven dollar Patron Member, on the site."),
    ("Buy the $89 Echo Pod.", "Buy the eighty-nine dollar Echo Pod."),
    # counter-examples: a verb after the name, a date or the pronoun, no determiner, a comma
    ("He kept the $100 Smith had.", "He kept the one hundred dollars Smith had."),
    ("She paid the $300 Tuesday.", "She paid the three hundred dollars Tuesday."),
    ("The $20 I spent was wasted.", "The twenty dollars I spent was wasted."),
    ("They paid $36 Novo for it.", "They paid thirty-six dollars Novo for it."),
    ("He gave them $20, Vale said.", "He gave them twenty dollars, Vale said."),
    ("He spent the $5 on Cola.", "He spent the five dollars on Cola."),
]

ALL = DECIMAL_COMMA + ZIP_CODES + RUN_TOGETHER_PRICES + PRICE_BEFORE_A_NAME


@pytest.mark.parametrize(("text", "spoken"), ALL, ids=[c[0][:40] for c in ALL])
def test_reading(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


def test_decimal_comma_keeps_the_map_on_the_input() -> None:
    """The swap keeps the text's length, so every span points at the characters as written;
    also after a mojibake repair (the euro sign double-encoded)."""
    for text in ("It costs €49,95 now.", "It costs â\x82¬49,95 now."):
        out = normalize_with_map(text)
        assert out.text == "It costs forty-nine euros and ninety-five cents now."
        start = text.index("49")
        money = [s for s in out.spans if s.out_start < out.text.index("cents") < s.out_end]
        assert money and text[money[0].in_start : money[0].in_end].endswith("49,95")
        assert money[0].in_end == start + len("49,95")
