# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, audit D6: tickers after a company's suffix, baseball positions, capitals words
wordfreq knows, speaker labels. Invented news sentences; counter-examples must not change."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

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
