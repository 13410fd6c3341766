# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A name in capitals that the same article writes in title case ("OXO BREW 9-Cup" beside "the
Oxo Brew", "HYER GOODS is" beside "Hyer Goods"), and short words of a place's name in a
dateline ("SANTA FE, N.M. —"), found by check audit 37 (articles invented).

Not an independent class: check audit 37 heard "O X O B R E W", "H Y E R" and "Santa F E";
the rules below are written from that class, so audit 37 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import article_vocabulary, normalize_with_map

REVIEW = [
    "OXO BREW 9-Cup Coffee Maker",
    "The Oxo Brew heats water to the right range and brews a full pot in about eight minutes.",
    "Why we like the OXO BREW: it is quiet and easy to clean.",
    "Hyer Goods Upcycled Tote",
    "HYER GOODS is a small brand that turns old sails into bags.",
    "We carried the HYER tote for a month, and it held up.",
    "Our sheets are OEKO-TEX certified and made from long-staple cotton grown in Egypt.",
    "OEKO-TEX STANDARD 100",
    "The festival returns to Santa Fe this summer with more stages than last year.",
    "Locals say SANTA FE feels like a small town.",
]

IN_REVIEW = [
    ("OXO BREW 9-Cup Coffee Maker", "Oxo Brew nine-Cup Coffee Maker"),
    ("Why we like the OXO BREW: it is quiet and easy to clean.", "Why we like the Oxo Brew: it is quiet and easy to clean."),
    ("HYER GOODS is a small brand that turns old sails into bags.", "Hyer goods is a small brand that turns old sails into bags."),
    ("We carried the HYER tote for a month, and it held up.", "We carried the Hyer tote for a month, and it held up."),
    # a compound name the prose writes in capitals says nothing of its parts: the heading reads
    # it as it would alone
    ("OEKO-TEX STANDARD 100", "Oeko-Tex Standard one hundred"),
    ("Locals say SANTA FE feels like a small town.", "Locals say santa Fe feels like a small town."),
]

COUNTER = [
    "Jane Doe, who leads the lab, said the DOE would fund it.",
    "Ai Weiwei spoke about AI tools and the FBI, and it was us who asked.",
    "The US economy grew, the IT department said, and his ERA fell in a new era for the NFL.",
    "An Oxo kettle sat beside the OXO grinder.",
]

IN_COUNTER = [
    # a short title-case word is another word or a name: the initialism stays letters
    ("Jane Doe, who leads the lab, said the DOE would fund it.", "Jane Doe, who leads the lab, said the D O E would fund it."),
    ("Ai Weiwei spoke about AI tools and the FBI, and it was us who asked.", "Ai Weiwei spoke about A-I tools and the F B I, and it was us who asked."),
    ("The US economy grew, the IT department said, and his ERA fell in a new era for the NFL.", "The U S economy grew, the I T department said, and his E R A- fell in a new era for the N F L."),
    # three letters written alone in title case are not enough: "Oxo" may be a name of its own
    ("An Oxo kettle sat beside the OXO grinder.", "An Oxo kettle sat beside the O X O grinder."),
]


@pytest.mark.parametrize(("text", "spoken"), IN_REVIEW, ids=[c[0][:40] for c in IN_REVIEW])
def test_capitals_written_in_title_case_elsewhere(text: str, spoken: str) -> None:
    assert normalize_with_map(text, vocabulary=article_vocabulary("\n".join(REVIEW))).text == spoken


@pytest.mark.parametrize(("text", "spoken"), IN_COUNTER, ids=[c[0][:40] for c in IN_COUNTER])
def test_initialisms_stay_letters(text: str, spoken: str) -> None:
    assert normalize_with_map(text, vocabulary=article_vocabulary("\n".join(COUNTER))).text == spoken


def test_without_the_article_the_capitals_are_letters() -> None:
    """The evidence is the article's: the same paragraphs alone keep their letters."""
    assert normalize_with_map("HYER GOODS is a small brand.").text == "H Y E R goods is a small brand."
    assert normalize_with_map("Locals say SANTA FE feels small.").text == "Locals say santa F E feels small."


DATELINES = [
    ("SANTA FE, N.M. (AP) — New Mexico lawmakers on Tuesday passed a budget that raises teacher pay across the state.", "Santa Fe, New Mexico, A-P, New Mexico lawmakers on Tuesday passed a budget that raises teacher pay across the state."),
    ("SANTA FE, N.M. (AP) — The governor signed it.", "Santa Fe, New Mexico, A-P, The governor signed it."),
    ("EL PASO, Texas (AP) — Border agents on Tuesday said the crossing would reopen next week.", "El Paso, Texas, A-P, Border agents on Tuesday said the crossing would reopen next week."),
    # a postal code after a comma is the state; an initialism of the dateline stays letters
    ("FORT LEE, NJ — Traffic on the bridge was slow on Tuesday morning after a crash.", "Fort Lee, New Jersey, Traffic on the bridge was slow on Tuesday morning after a crash."),
    ("UNITED NATIONS (AP) — The UN council met on Tuesday to discuss the ceasefire.", "United Nations, A-P, The U N council met on Tuesday to discuss the ceasefire."),
]


@pytest.mark.parametrize(("text", "spoken"), DATELINES, ids=[c[0][:40] for c in DATELINES])
def test_short_words_of_a_dateline_place(text: str, spoken: str) -> None:
    assert normalize_with_map(text, vocabulary=article_vocabulary(text)).text == spoken
