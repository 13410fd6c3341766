# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Two classes a listener heard (check audit 35): an initialism the article defines read as the
common word it spells ("binge eating disorder (BED)", then "treat BED" said "bed"), and a
letter A hyphened to a name ("USB Type-A port") read as the article "a" ("type uh port").

Sentences are invented in the shape of news copy (names and places made up); the expected text
is what the engine should be given, read aloud by a careful listener.
"""

from __future__ import annotations

import pytest

from narrate.normalize import article_vocabulary, normalize, normalize_with_map
from narrate.speech.abbreviations import defined_initialisms

# whole articles (paragraphs split by newlines), each paragraph read with the article's vocabulary
DEFINED_ARTICLES = [
    # the expansion before the token in brackets: the token is letters in every paragraph
    ("Binge eating disorder (BED) is the most common eating disorder in Carrow.\nBED is about more than food, and clinics treat BED, though waits are long.",
     "Binge eating disorder, B E D, is the most common eating disorder in Carrow.\nB E D is about more than food, and clinics treat B E D, though waits are long."),
    # small words used or passed over ("Department of Transportation")
    ("The Department of Transportation (DOT) fined the airline on Monday.\nThe DOT said refunds were late.",
     "The Department of Transportation, D O T, fined the airline on Monday.\nThe D O T said refunds were late."),
    ("Nurses in the operating room (OR) at Merrow General walked out.\nThe OR reopened on Friday.",
     "Nurses in the operating room, O R, at Merrow General walked out.\nThe O R reopened on Friday."),
    ("Smokers face a higher risk of peripheral artery disease (PAD).\nPAD often goes unnoticed for years.",
     "Smokers face a higher risk of peripheral artery disease, P A-D.\nP A-D often goes unnoticed for years."),
    # the reverse order: the token, then its expansion in brackets
    ("Clinics now screen for BED (binge eating disorder) at intake.\nMany adults with BED never seek help.",
     "Clinics now screen for B E D, binge eating disorder, at intake.\nMany adults with B E D never seek help."),
    # a hyphenated expansion gives each part's initial
    ("Costs of assisted reproductive technology (ART) rose again.\nART clinics in Carrow are full.",
     "Costs of assisted reproductive technology, A-R T, rose again.\nA-R T clinics in Carrow are full."),
    # counter-examples: no definition, the common word stays a word
    ("I went to BED early after the late shift.\nThe BEST part was the quiet.",
     "I went to bed early after the late shift.\nThe best part was the quiet."),
    # ... brackets after a capitals word that hold no expansion
    ("The code is FREE (as in beer) for schools.\nIt is FREE to download.",
     "The code is free, as in beer, for schools.\nIt is free to download."),
    # ... a defined initialism said as a word (SAY_AS_WORD) keeps its word
    ("Positron emission tomography (PET) scans were ordered.\nA PET scan takes an hour.",
     "Positron emission tomography, pet, scans were ordered.\nA pet scan takes an hour."),
    ("Immigration and Customs Enforcement (ICE) detained two men.\nICE declined to comment.",
     "Immigration and Customs Enforcement, Ice, detained two men.\nIce declined to comment."),
    # ... four letters and more: a named program's word stays a word ("SNAP", "CARES")
    ("The Supplemental Nutrition Assistance Program (SNAP) helps 40 million people.\nSNAP benefits rose in October.",
     "The Supplemental Nutrition Assistance Program, snap, helps forty million people.\nsnap benefits rose in October."),
    # ... a headline in capitals keeps reading its capitals as words
    ("Nurses in the operating room (OR) walked out.\nSINK OR SWIM: THE NEW RULES",
     "Nurses in the operating room, O R, walked out.\nSink Or Swim: The New Rules"),
]


@pytest.mark.parametrize(("article", "spoken"), DEFINED_ARTICLES)
def test_defined_initialisms_are_letters(article: str, spoken: str) -> None:
    vocab = article_vocabulary(article)
    said = [normalize_with_map(p, "en", vocabulary=vocab).text for p in article.split("\n")]
    assert "\n".join(said) == spoken


DEFINITIONS = [
    ("Binge eating disorder (BED) is common.", {"(BED)"}),
    ("The U.S. Department of Energy (DOE) said so.", {"(DOE)"}),
    ("Under the Affordable Care Act (ACA), premiums fell.", {"(ACA)"}),
    ("Wi-Fi Protected Access (WPA) and the Bureau of Labor Statistics (BLS).", {"(WPA)", "(BLS)"}),
    ("Clinics screen for BED (binge eating disorder) first.", {"(BED)"}),
    # counter-examples: initials that spell something else, a dateline, words in brackets
    ("The code is FREE (as in beer) for schools.", set()),
    ("MERROW BAY (AP) — The council met.", set()),
    ("The sofa was comfortable (BED) enough.", set()),
]


@pytest.mark.parametrize(("text", "marks"), DEFINITIONS)
def test_defined_initialisms_found(text: str, marks: set[str]) -> None:
    assert defined_initialisms(text) == marks


LETTER_A_AFTER_NAME = [
    ("The laptop has one USB Type-A port and two Type-C ports.", "The laptop has one U S B Type-A- port and two Type-C ports."),
    ("The shop sells Grade-A beef from farms near Carrow.", "The shop sells Grade-A- beef from farms near Carrow."),
    ("Class-A shares rose on Tuesday.", "Class-A- shares rose on Tuesday."),
    ("People with a Type A personality work longer hours.", "People with a Type A- personality work longer hours."),
    ("Low vitamin A levels worry doctors in the region.", "Low vitamin A- levels worry doctors in the region."),
    ("The startup closed a Series A round last week.", "The startup closed a Series A- round last week."),
    ("A hepatitis A outbreak hit Carrow in May.", "A hepatitis A- outbreak hit Carrow in May."),
    ("Plan A is to wait for the vote.", "Plan A- is to wait for the vote."),
    # counter-examples: an A closing a clause is said as the letter already; a title's article;
    # "A-list" (the A before its hyphen); other letters
    ("The dock has a Type-A, a Type-C and an HDMI port.", "The dock has a Type-A, a Type-C and an H D M I port."),
    ("He earned a Grade A.", "He earned a Grade A."),
    ("How To Plan A Trip To Carrow", "How To Plan A Trip To Carrow"),
    ("The A-list guests arrived late.", "The A-list guests arrived late."),
    ("The Type-C cable is sold separately.", "The Type-C cable is sold separately."),
]


@pytest.mark.parametrize(("text", "spoken"), LETTER_A_AFTER_NAME)
def test_letter_a_after_name(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken
