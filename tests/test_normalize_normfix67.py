# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, held-out audit 47: capitals said as words, contractions in shouted headings,
pronunciation respellings, and brand names with one spoken form.

Sentences are invented in the shape of news copy (names and places made up); the expected text
is what the engine should be given. Counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.lexicon import Lexicon
from narrate.normalize import normalize

WORD_SHAPED_ACRONYMS = [
    # four capitals opening with a vowel, shaped like a word: said as the word
    ("Data from the Mauna Kea Observatory Array (MKOA) and from ALMA were combined.",
     "Data from the Mauna Kea Observatory Array, M K O A, and from Alma were combined."),
    ("The new ALMA images show a ring of dust around the young star.",
     "The new Alma images show a ring of dust around the young star."),
    ("A killer whale exhibit run by ORCA opened in Tarrow on Friday.",
     "A killer whale exhibit run by Orca opened in Tarrow on Friday."),
    ("Ministers of the EFTA states met in Geneva.", "Ministers of the Efta states met in Geneva."),
    ("Holders of AMEX cards were refunded.", "Holders of Amex cards were refunded."),
    ("Film fans lined up outside the IMAX theater.", "Film fans lined up outside the Imax theater."),
    # a two-consonant onset and a vowel: a word's shape
    ("The SPAC listed its shares on Tuesday.", "The Spac listed its shares on Tuesday."),
    ("A federal TRIO grant pays for the tutoring.", "A federal Trio grant pays for the tutoring."),
    # known acronyms said as words stay so
    ("NASA and NATO officials met FIFA, OPEC and NAFTA negotiators.",
     "Nassa and Nato officials met Fifa, Oh-peck and Nafta negotiators."),
    ("Delegates from UNESCO, ASEAN and ICANN attended.",
     "Delegates from You-nesco, Ah-see-an and Icann attended."),
    # counter-examples: initialisms stay letters
    ("The FBI said the HTML page was removed.", "The F B I said the H T M L page was removed."),
    ("The NCAA fined the school.", "The N C A- A- fined the school."),
    ("The AARP backed the bill.", "The A- A-R P backed the bill."),
    ("HSBC and ESPN signed a deal.", "H S B C and E S P N signed a deal."),
    ("The USAF flew the jets to a USDA site.", "The U S A-F flew the jets to a U S D A- site."),
    ("The UNEP report was cited by the ACLU.", "The U N E P report was cited by the A-C L U."),
    ("Observers from the OSCE arrived.", "Observers from the O S C E arrived."),
    ("The PHEV sold well.", "The P H E V sold well."),
    ("It ships ASAP.", "It ships A-S A-P."),
    # medicine's intravenous "IV" opens initialisms of a word's shape
    ("Doctors gave her IVIG for the rash.", "Doctors gave her I V I G for the rash."),
]

SHOUTED_HEADINGS = [
    # a run-in heading in capitals: a known four-letter word is the word
    ("HARBOR TRIO: Three rookies toured the new stadium on Monday.",
     "harbor Trio: Three rookies toured the new stadium on Monday."),
    # the heading is a run of shouted words: a plural of a common word is the word
    ("BOLD BETS: The club spent heavily in the winter window.",
     "bold bets: The club spent heavily in the winter window."),
    ("FBI, NSA: Both agencies declined to comment on Tuesday.",
     "F B I, N S A: Both agencies declined to comment on Tuesday."),
    # contractions of "is" on a capitals pronoun
    ("WHO'S READY FOR THE BIG GAME THIS WEEKEND",
     "Who's Ready For The Big Game This Weekend"),
    ("IT'S TIME FOR US TO GO HOME", "It's Time For Us To Go Home"),
    ('The crowd chanted "IT\'S OVER" as the clock ran down.',
     "The crowd chanted it's over as the clock ran down."),
    # counter-examples: initialisms inside shouted headings
    ("FBI RAIDS OFFICE IN DOWNTOWN MILLBROOK", "F B I Raids Office In Downtown Millbrook"),
    ("NFL DRAFT: WHO WILL GO FIRST", "N F L Draft: Who Will Go First"),
    ("WHO WARNS OF FLU OUTBREAK IN THE NORTH", "W H O Warns Of Flu Outbreak In The North"),
    ("WHO'S CHIEF WARNS OF A NEW STRAIN", "W H O's Chief Warns Of A New Strain"),
    ("The World Health Organization met.\nWHO'S EXPERTS ARE DIVIDED ON MASKS",
     "The World Health Organization met.\nW H O's Experts Are Divided On Masks"),
    ("TARIFFS FOR US TROOPS RISE AGAIN", "Tariffs For U S Troops Rise Again"),
    ("The FBI'S NEW HEAD TAKES OFFICE TODAY", "The F B I's New Head Takes Office Today"),
]

RESPELLINGS = [
    ("The beetles, known as weevils (WEE-vuhlz), spread fast.",
     "The beetles, known as weevils, wee-vuhlz, spread fast."),
    ("The town of Pelagua (peh-LAH-gwuh) lies on the coast.",
     "The town of Pelagua, peh-lah-gwuh, lies on the coast."),
    ("Her surname is pronounced ih-VAH-nuh-vuh, not as it is spelled.",
     "Her surname is pronounced ih-vah-nuh-vuh, not as it is spelled."),
    # after "pronounced" or alone in brackets, a capitals syllable with a respelling's vowel
    ("The chef's surname is pronounced LOO-kah, she told diners.",
     "The chef's surname is pronounced loo-kah, she told diners."),
    ("The hamlet of Marui (mah-ROO-ee) sits high in the hills.",
     "The hamlet of Marui, mah-roo-ee, sits high in the hills."),
    ("Its founder, Odile Jacquet (oh-DEEL zhah-KAY), spoke first.",
     "Its founder, Odile Jacquet, oh-deel zhah-kay, spoke first."),
    # counter-examples: an initialism joined to a word in brackets
    ("The trial (NIH-led) and the survey (AHA-run) ended.",
     "The trial, N I H-led, and the survey, A-H A-run, ended."),
    # a respelling with no "uh" or "ih" is left to the other rules (here a word, "keen")
    ("The dish, called quinoa (KEEN-wah), sells out.", "The dish, called quinoa, keen-wah, sells out."),
    # counter-examples: capitals joined to words, not respellings
    ("The FBI-led raid hit GMO-free farms.", "The F B I-led raid hit G M O-free farms."),
    ("An anti-NATO rally and a UN-backed plan.", "An anti-Nato rally and a U N-backed plan."),
    ("The COVID-era rules ended.", "The Covid-era rules ended."),
]


@pytest.mark.parametrize(("text", "spoken"), WORD_SHAPED_ACRONYMS)
def test_word_shaped_acronyms(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), SHOUTED_HEADINGS)
def test_shouted_headings(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), RESPELLINGS)
def test_respellings(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


BRANDS = [
    # reviewed entries of the default lexicon: one spoken form each
    ("The company sold millions of its RAZR phones.", "The company sold millions of its razor phones."),
    ("The new Razr folds in half.", "The new razor folds in half."),
    ("The FTSE 100 closed lower on Monday.", "The footsie one hundred closed lower on Monday."),
    ("Save the picture as a JPEG, not an MPEG clip.", "Save the picture as a jay-peg, not an em-peg clip."),
    ("The IEEE published the standard.", "The I triple E published the standard."),
    # counter-examples: initialisms next to them stay letters
    ("The FBI and the SEC looked into the FTSE listing.",
     "The F B I and the S E C looked into the footsie listing."),
]


@pytest.mark.parametrize(("text", "spoken"), BRANDS)
def test_brand_lexicon(text: str, spoken: str) -> None:
    assert normalize(text, lexicon=Lexicon.default()) == spoken


def test_brand_spelled_without_the_lexicon() -> None:
    """The entries live in the lexicon, which users may override: without it the letters
    rule still spells the token (the normalizer has no second copy of the table)."""
    assert normalize("The RAZR sold well.") == "The R A-Z R sold well."
