# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Model numbers and capitals (branch normfix17): bare four-digit model numbers in spec rows and
in an article that names the model elsewhere, a "K" after a product's name, a lower-case suffix
on a model code, a letter's trailing minus, lower-case unit spellings, codes in a title-case
heading, processor numbers after their tier; counter-examples included.

Sentences are invented in the shape of news copy (names and products made up); the expected
text is what the engine should be given.
"""

from __future__ import annotations

import pytest

from narrate.normalize import article_vocabulary, normalize, normalize_with_map

READINGS = [
    # a bare four-digit number as a cell of a spec row, after a measure glued to its unit
    ("Vantor Glide 61g 3389 Honeycomb, symmetric 118x62x38mm", "Vantor Glide sixty-one grams thirty-three eighty-nine Honeycomb, symmetric one hundred eighteen by sixty-two by thirty-eight millimeters"),
    ("Korvo Ace Mini 54g 3950 Solid, ergonomic", "Korvo Ace Mini fifty-four grams thirty-nine fifty Solid, ergonomic"),
    ("Pellix Arc 49g 3395", "Pellix Arc forty-nine grams thirty-three ninety-five"),
    # ... not a count with its noun, nor a number after a word of amount
    ("The depot shipped 40kg 3389 units last week.", "The depot shipped forty kilograms three thousand three hundred eighty-nine units last week."),
    ("Then 3400 more came", "Then three thousand four hundred more came"),
    ("Then 3450 more came", "Then three thousand four hundred fifty more came"),
    ("The RTX 5070 of 2025 sold well.", "The R T X fifty seventy of twenty twenty-five sold well."),
    ("The PixArt 3395 sensors held up.", "The PixArt thirty-three ninety-five sensors held up."),
    ("In 2500 cases the law applied.", "In two thousand five hundred cases the law applied."),
    ("About 3450 people signed the petition.", "About three thousand four hundred fifty people signed the petition."),
    # a K after a product's name (a sensor, a model), as "Hero 16K" is
    ("The mouse uses the Hero 25K sensor from Logitech.", "The mouse uses the Hero twenty-five K sensor from Logitech."),
    ("Vantor Glide 60g Focus Pro 35K Solid, symmetric", "Vantor Glide sixty grams Focus Pro thirty-five K Solid, symmetric"),
    ("the Focus X 26K sensor", "the Focus X twenty-six K sensor"),
    ("Over 25K people attended the Dunmore fair.", "Over twenty-five thousand people attended the Dunmore fair."),
    ("Nearly 25K fans came to the final.", "Nearly twenty-five thousand fans came to the final."),
    ("The Instagram 50K followers milestone came early.", "The Instagram fifty thousand followers milestone came early."),
    ("Then 25K more came", "Then twenty-five thousand more came"),
    # a lower-case suffix on a model code ("we" = wireless edition) is letters
    ("Strata Gear QM4we: dependable wireless control", "Strata Gear Q M four W E: dependable wireless control"),
    ("Our OP1we review is up.", "Our O P one W E review is up."),
    ("The RTX3080ti and the S24fe sold out.", "The R T X thirty eighty T I and the S twenty-four F E sold out."),
    ("Mudah2an kita bisa", "Mudah two an kita bisa"),
    ("the X100s and the G5s", "the X one hundreds and the G fives"),
    # a letter's trailing minus in a name or grade
    ("Glorious Model O- 58g is light.", "Glorious Model O minus, fifty-eight grams is light."),
    ("The Model D- Wireless weighs less.", "The Model D minus Wireless weighs less."),
    ("She got a B- average and an A- on the test.", "She got a B minus average and an A- minus on the test."),
    ("Part A- Overview", "Part A, Overview"),
    ("Class A- and B-shares rose.", "Class A-and B-shares rose."),
    # a capitals unit written in lower case, glued to its number
    ("It also comes in a 5mp turret style.", "It also comes in a five megapixel turret style."),
    ("The 3.2ghz chip has 16gb of memory.", "The three point two gigahertz chip has sixteen gigabytes of memory."),
    ("It adds a 2tb drive and a 5000mah battery.", "It adds a two terabyte drive and a five thousand milliamp hour battery."),
    ("The pack stores 5kwh at 800mhz.", "The pack stores five kilowatt hours at eight hundred megahertz."),
    ("the 5 mp said", "the five mp said"),
    # a title-case product heading full of codes is no shouted line: its initialism is spelled
    ("KVT 8MP Dome Camera KV8DM", "K V T eight megapixel Dome Camera K V eight D M"),
    ("KVT 4K Smart Deterrence KV4KDMAD", "K V T four K Smart Deterrence K V four K D M A-D"),
    ("NASA LAUNCHES NEW ROCKET", "Nassa Launches New Rocket"),
    # a processor's number after its tier, with or without the hyphen
    ("The Core i9 14900K is fast.", "The Core i nine fourteen nine hundred K is fast."),
    ("The Core i9-14900K is fast.", "The Core i nine fourteen nine hundred K is fast."),
    ("An Intel Core i7 13700HX laptop", "An Intel Core i seven thirteen seven hundred H X laptop"),
    ("It sold 5000MAH batteries and 1500HP engines.", "It sold five thousand M A-H batteries and one thousand five hundred H P engines."),
    # a list of switch positions with a unit (already so on main; kept as a guard)
    ("The bottom of the mouse has a 2.4GHz/BT/off switch.", "The bottom of the mouse has a two point four gigahertz, B T or off switch."),
    # a model number before a verb in -s is no count
    ("The RTX 4090 is fast, but the 4080 costs less.", "The R T X forty ninety is fast, but the forty eighty costs less."),
    ("The RTX 4090 shipped and 4000 units were sold.", "The R T X forty ninety shipped and four thousand units were sold."),
]


@pytest.mark.parametrize("text,spoken", READINGS)
def test_reading(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


ARTICLE = ("Inside is a PixArt 3950 sensor and the PAW3389 on the cheaper model. The Nova 3370 "
           "is older. In 2500 cases the mice failed.")

IN_ARTICLE = [
    # a number the article names a model by is that model where it stands bare
    ("It uses a top-end 3950 sensor.", "It uses a top-end thirty-nine fifty sensor."),
    ("The 3389 beats the 3950 easily.", "The thirty-three eighty-nine beats the thirty-nine fifty easily."),
    # a plain capitalized word before it ("Nova 3370") is no evidence: it may open a sentence
    ("The 3389 beats the 3370 easily.", "The thirty-three eighty-nine beats the three thousand three hundred seventy easily."),
    # ... unless a noun or a word of amount counts it, or the article never names it so
    ("About 3950 people bought one.", "About three thousand nine hundred fifty people bought one."),
    ("We tested 3389 units.", "We tested three thousand three hundred eighty-nine units."),
    ("It uses a top-end 3960 sensor.", "It uses a top-end three thousand nine hundred sixty sensor."),
    ("In 2500 cases the law applied.", "In two thousand five hundred cases the law applied."),
]


@pytest.mark.parametrize("text,spoken", IN_ARTICLE)
def test_article_model_numbers(text: str, spoken: str) -> None:
    assert normalize_with_map(text, vocabulary=article_vocabulary(ARTICLE)).text == spoken


def test_model_number_vocabulary() -> None:
    """The article's vocabulary holds the numbers written after a code or a name with a capital
    inside, not a count after an ordinary word, nor a year, a price or a decimal."""
    vocab = article_vocabulary("PixArt 3395, PAW3950, RTX 4080 and Nova 3370. In 2500 cases, "
                        "$4500, USD 2750, EUR1250, 3.1415 and 12,3456.")
    assert {"3395", "3950", "4080"} <= vocab
    assert not {"3370", "2500", "4500", "2750", "1250", "1415", "3456"} & vocab


HEADLINE_ARTICLE = ("Security Cameras Inc (SCI) sells its cameras to homes and shops. The SCI View "
                    "app is free, NASA said, and it is made FOR everyone who needs it.")

HEADLINES = [
    # a capitals token the prose spells is spelled in a headline in capitals too
    ("SCI LAUNCHES NEW CAMERA LINE", "S C I Launches New Camera Line"),
    # ... a token the prose reads as a word stays a word, and so does an English word
    ("NASA SAYS MOON TRIP IS ON", "Nassa Says Moon Trip Is On"),
    ("GEAR FOR SNOWY TRIPS", "Gear For Snowy Trips"),
    # a token the article never writes in prose keeps the headline reading
    ("ACE LAUNCHES NEW CAMERA LINE", "Ace Launches New Camera Line"),
]


@pytest.mark.parametrize("text,spoken", HEADLINES)
def test_headline_capitals_as_in_prose(text: str, spoken: str) -> None:
    assert normalize_with_map(text, vocabulary=article_vocabulary(HEADLINE_ARTICLE)).text == spoken
