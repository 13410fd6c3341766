# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, audit D6: tickers after a company's suffix, baseball positions, capitals words
wordfreq knows, speaker labels. Invented news sentences; counter-examples must not change."""

from __future__ import annotations

import pytest

from narrate.normalize import article_vocabulary, normalize, normalize_with_map

TICKERS = [
    ("Shares of Harlow Systems Inc. (HRLW) rose 4 percent.", "Shares of Harlow Systems Incorporated, H R L W, rose four percent."),
    ("Google Inc. (GOOG)’s maps team was cut.", "Google Incorporated, G O O G's maps team was cut."),
    ("Brenton Corp. (STAR) fell on the news.", "Brenton Corporation, S T A-R, fell on the news."),
    ("Kelby Group (FAST) cut its forecast.", "Kelby Group, F A-S T, cut its forecast."),
    ("the buyer, Alder Holdings plc (ALDR), said", "the buyer, Alder Holdings plc, A-L D R, said"),
    # counter-examples: an initialism or a name in brackets after other words
    ("The Islamic State (ISIS) claimed the attack.", "The Islamic State, Isis, claimed the attack."),
    ("Watch (VIDEO) the highlights here.", "Watch, video, the highlights here."),
    ("the North Atlantic Treaty Organization (NATO) met", "the North Atlantic Treaty Organization, Nato, met"),
    ("Medicare (CMS) data showed a rise.", "Medicare, C M S, data showed a rise."),
]

POSITIONS = [
    ("Giants 2B Joe Panik doubled twice.", "Giants second baseman Joe Panik doubled twice."),
    ("Red Sox DH Tom Barrow went hitless.", "Red Sox designated hitter Tom Barrow went hitless."),
    ("Yankees SS Derek Voss and Mets’ CF Ray Ortiz sat.", "Yankees shortstop Derek Voss and Mets center fielder Ray Ortiz sat."),
    ("Cubs RHP Kyle Mann struck out nine.", "Cubs right-hander Kyle Mann struck out nine."),
    ("Lineup: 3B Juan Pena, 1B Ty Ross and LHP Al Diaz.", "Lineup: third baseman Juan Pena, first baseman Ty Ross and left-hander Al Diaz."),
    ("He was traded. 2B Mark Ellis will start.", "He was traded. Second baseman Mark Ellis will start."),
    # counter-examples: sizes, models, money, a ship, a company
    ("Bring a 2B pencil to the exam.", "Bring a two B pencil to the exam."),
    ("The firm raised $2B from investors.", "The firm raised two billion dollars from investors."),
    ("It costs 3B Swiss Francs a year.", "It costs three B Swiss Francs a year."),
    ("the wreck of the SS Edmund Fitzgerald", "the wreck of the S S Edmund Fitzgerald"),
    ("shares of RF Micro Devices fell", "shares of R F Micro Devices fell"),
]

KNOWN_CAPS_WORDS = [
    ("The phone keeps a full QWERTY keypad below the screen.", "The phone keeps a full Qwerty keypad below the screen."),
    ("Aid flights to RWANDA and GHANA resumed on Monday.", "Aid flights to Rwanda and Ghana resumed on Monday."),
    # counter-examples: initialisms, a letter glued to a word, shouting
    ("The FBI and the NFL posted HTML pages.", "The F B I and the N F L posted H T M L pages."),
    ("Fans of NSYNC lined up outside MSNBC.", "Fans of N Sync lined up outside M S N B C."),
    ("The new GSYNC monitors ship in May.", "The new G Sync monitors ship in May."),
    ("SHOP NOW: FREE SHIPPING ON ALL ORDERS", "Shop Now: Free Shipping On All Orders"),
]


@pytest.mark.parametrize(("text", "spoken"), TICKERS + POSITIONS + KNOWN_CAPS_WORDS)
def test_normfix63(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken


POSSESSIVE_CAMEL = [
    ("The change marked a turn in ECMAScript’s history.", "The change marked a turn in E C M A- Script's history."),
    ("She joined PCWorld's staff in May.", "She joined P C World's staff in May."),
    ("Scores came from ESPNcricinfo on Sunday.", "Scores came from E S P N cricinfo on Sunday."),
    ("the OpenAI team and CNNMoney", "the Open A-I team and C N N Money"),
    # counter-examples: the bare name, names eSpeak reads whole
    ("ECMAScript is the standard.", "E C M A- Script is the standard."),
    ("McDonald's and the iPhone's maker", "McDonald's and the iPhone's maker"),
]


@pytest.mark.parametrize(("text", "spoken"), POSSESSIVE_CAMEL)
def test_possessive_camel(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken


SPEAKER_LABELS = [
    ("MONTAGNE: Good morning.\nDAO: Thanks for having me.", "Montagne: Good morning.\nDao: Thanks for having me."),
    ("INSKEEP: So what now?\nSUU KYI: We keep going.", "Inskeep: So what now?\nSuu Kyi: We keep going."),
    # counter-examples: an initialism, questions and answers, a price list, the name in prose
    ("INSKEEP: Who called?\nFBI: No comment.", "Inskeep: Who called?\nF B I: No comment."),
    ("Q: When did you start? A: In the spring.", "Q: When did you start? A: In the spring."),
    ("EOR: $599/month\nPEO: $99/month", "E O R: five hundred ninety-nine dollars per month.\nP E O: ninety-nine dollars per month"),
    ("He met DAO in the hall.", "He met D A-O in the hall."),
]


@pytest.mark.parametrize(("text", "spoken"), SPEAKER_LABELS)
def test_speaker_labels(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken


def test_speaker_label_named_in_the_article() -> None:
    """A paragraph of one label: the article's title-case "Van Dao" says the name."""
    article = "Host Jo Webb spoke with Van Dao on Monday.\nDAO: People ask me that a lot."
    vocabulary = article_vocabulary(article)
    said = normalize_with_map(article.split("\n")[1], "en", vocabulary=vocabulary).text
    assert said == "Dao: People ask me that a lot."
    assert normalize("DAO: People ask me that a lot.", "en") == "D A-O: People ask me that a lot."
