# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, audit d5: money before an adverb of place or period, reference abbreviations
before a number, brand exclamation marks, capitals tokens. Sentences are invented in the shape
of news copy; counter-examples must not change."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

MONEY_ADVERBS = [
    ("The sequel took in $412m worldwide by Sunday.",
     "The sequel took in four hundred twelve million dollars worldwide by Sunday."),
    ("The studio earned $75m overseas and $30m at home.",
     "The studio earned seventy-five million dollars overseas and thirty million dollars at home."),
    ("The chain raised $2bn nationwide.", "The chain raised two billion dollars nationwide."),
    ("Members pay $15 monthly.", "Members pay fifteen dollars monthly."),
    ("The fund moved $40m offshore, records show.",
     "The fund moved forty million dollars offshore, records show."),
    # counter-examples: before a noun the amount describes it
    ("It signed a $90m worldwide licensing deal.",
     "It signed a ninety million dollar worldwide licensing deal."),
    ("The club charges a $25 monthly fee.", "The club charges a twenty-five dollar monthly fee."),
    ("The $150m budget was cut.", "The one hundred fifty million dollar budget was cut."),
    ("Tickets cost $12 apiece.", "Tickets cost twelve dollars apiece."),
]


@pytest.mark.parametrize(("text", "spoken"), MONEY_ADVERBS)
def test_money_adverbs(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


REFERENCE_PARTS = [
    ("Harbour Lights Vol. #2 | Reel Review", "Harbour Lights volume two, Reel Review"),
    ("The box set adds Vol. 4 next spring.", "The box set adds volume four next spring."),
    ("See vol. 11 of the county records.", "See volume eleven of the county records."),
    ("Pt. 3 of the series airs Sunday.", "part three of the series airs Sunday."),
    ("Ep #9 introduces the new mayor.", "episode nine introduces the new mayor."),
    ("Ep 5 was filmed in Dundee.", "episode five was filmed in Dundee."),
    ("Vol. III of her memoir comes out in May.", "volume three of her memoir comes out in May."),
    ("Vols. 2 and 3 were reprinted.", "volumes two and three were reprinted."),
    ("Okafor T, ed. Coastal Towns. 2nd ed. Leeds: Marr; 2018.",
     "Okafor T, editor. Coastal Towns. Second edition. Leeds: Marr; twenty eighteen."),
    ("Hale R, Moss K, eds. River Trade. Vol. 1. Hull", "Hale R, Moss K, editors. River Trade. Volume one. Hull"),
    # counter-examples: no number follows, or another reading
    ("The Vol. Board met on Tuesday.", "The Vol. Board met on Tuesday."),
    ("She was ed. at a local school.", "She was ed. at a local school."),
    ("Ch 4 news runs at seven.", "Ch four news runs at seven."),
    ("No. #4 seed Carrow won.", "number four seed Carrow won."),
]


@pytest.mark.parametrize(("text", "spoken"), REFERENCE_PARTS)
def test_reference_parts(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


BRAND_BANGS = [
    ("Blip! said on Monday that its app would close.", "Blip said on Monday that its app would close."),
    ("The Gotcha! host thanked the crew.", "The Gotcha host thanked the crew."),
    ("Fans of Riot! at the Pier queued all night.", "Fans of Riot at the Pier queued all night."),
    ("Zap!'s shares rose 4 percent.", "Zap's shares rose four percent."),
    ("Reviews by K!-ZNT praised the film.", "Reviews by K Z N T praised the film."),
    ("The site K!-RVW.com's editor agreed.", "The site K R V W dot com's editor agreed."),
    # a capitalized name after it only where the article shows the mark is the name's
    ("Blip! said the change was final. Later Blip! Answers closed too.",
     "Blip said the change was final. Later Blip Answers closed too."),
    # counter-examples: the mark ends a sentence
    ("Wow! The team won again.", "Wow! The team won again."),
    ("Wow! that was close.", "Wow! that was close."),
    ("We won! Fans poured onto the pitch.", "We won! Fans poured onto the pitch."),
    ("I loved Lisbon! Everyone should go.", "I loved Lisbon! Everyone should go."),
    ("Read Blip! News for more.", "Read Blip News for more."),  # normfix66: a rare word, a section of it
]


@pytest.mark.parametrize(("text", "spoken"), BRAND_BANGS)
def test_brand_bangs(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


CAPITALS = [
    # the object of a verb only tests take: an initialism, though "sat" is a word
    ("Did your nephew pass his SAT? He did.", "Did your nephew pass his S A-T? He did."),
    ("She took the SAT on Saturday.", "She took the S A-T on Saturday."),
    ("He is studying for the ACT.", "He is studying for the A-C T."),
    # a doubled C between vowels is no name's shape: letters
    ("ACCA said the rules would change.", "A-C C A- said the rules would change."),
    # a vowel pair English words rarely write: letters, not a syllable
    ("Jo Dale, a director at the ICAEW, disagreed.", "Jo Dale, a director at the I C A-E W, disagreed."),
    # the halves of a word English knows whole
    ("Her review ran in SCI FI Monthly.", "Her review ran in sci-fi Monthly."),
    ("The cafe has free WI FI for guests.", "The cafe has free wi-fi for guests."),
    # counter-examples: stressed words, names and known acronyms keep their reading
    ("They SAT in silence for an hour.", "They sat in silence for an hour."),
    ("He passed the BALL to Okafor.", "He passed the ball to Okafor."),
    ("I took a LOT of notes.", "I took a lot of notes."),
    ("Fans of ABBA packed the hall.", "Fans of Abba packed the hall."),
    ("NATO and NASA met FIFA and OPEC officials.", "Nato and Nassa met Fifa and Oh-peck officials."),
    ("The rules follow GAAP, says UNESCO.", "The rules follow Gap, says You-nesco."),
    ("The FBI asked the IRS about HSBC.", "The F B I asked the I R S about H S B C."),
    ("Clinics must follow HIPAA rules.", "Clinics must follow Hippa rules."),
    # a said-as-word acronym whose vowel pair the odd-pair rule would spell
    ("The log is stored as plain ASCII text.", "The log is stored as plain Askey text."),
    ("The US UK talks ended.", "The U S U K talks ended."),
]


@pytest.mark.parametrize(("text", "spoken"), CAPITALS)
def test_capitals(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
