# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Footnote markers, sentence openings inside brackets and quotes, closing quotes after a number,
ordinal ranges, "Ste.", slash chains and amounts before a qualifying adjective (branch
normfix18, classes from check audits 30-31); counter-examples included.

Sentences are invented in the shape of news copy (names and products made up); the expected
text is what the engine should be given.
"""

from __future__ import annotations

import pytest

from narrate.normalize import article_vocabulary, normalize, normalize_with_map

READINGS = [
    # a footnote marker glued after a sentence's stop, before a capital or the line's end
    ("Members get three rooms on the free plan.(2) Picking a host is easy.", "Members get three rooms on the free plan. Picking a host is easy."),
    ("Members get three rooms on the free plan.(2)", "Members get three rooms on the free plan."),
    ("The rule came from the U.S.(14) The court agreed.", "The rule came from the U S. The court agreed."),
    ("\u201cIt works,\u201d she said.\u201d(3) Then she left.", "It works, she said. Then she left."),
    ("The fund grew by 4.(12) Its rivals shrank.", "The fund grew by four. Its rivals shrank."),
    # ... a list's enumerators glued after the item before are read, with a capital after the stop
    ("Steps: (1) Open the app.(2) Click Settings.(3) Save.", "Steps: one, Open the app. Two, Click Settings. Three, Save."),
    ("It sold well. (3) The next item came.", "It sold well. Three, The next item came."),
    # ... before a lower-case word, or with three digits, it is no footnote: read, and the
    # sentence it opens starts with a capital
    ("It sold well.(3) units were left.", "It sold well. Three, units were left."),
    ("It sold well.(100) The end.", "It sold well. One hundred, The end."),
    # a bracketed figure inside a sentence is read (a value or an enumerator)
    ("The survey put it at the highest level (5) for risk.", "The survey put it at the highest level, five, for risk."),
    ("Two steps: (1) sign up and (2) pay.", "Two steps: one, sign up and, two, pay."),
    ("They hired four (4) new staff.", "They hired four new staff."),
    # a lower-case word after a stop and an opening bracket, brace or quote starts a sentence
    ("Add the samples. {be sure to add} them later.", "Add the samples. Be sure to add, them later."),
    ("Add the samples. (see below) for more.", "Add the samples. See below, for more."),
    ("Add the samples. \"be sure to add\" them later.", "Add the samples. Be sure to add them later."),
    ("Add the samples. 'we will,' he said.", "Add the samples. 'We will,' he said."),
    ("Add the samples. \u201cwe will,\u201d he said.", "Add the samples. We will, he said."),
    # ... a plain lower-case word after an ordinary word's stop opens a sentence (check audit
    # 33), after an abbreviation's period it stays as written
    ("Add the samples. and then more.", "Add the samples. And then more."),
    ("Add the samples approx. and then more.", "Add the samples approximately and then more."),
    ("Add the samples, etc. (see below) for more.", "Add the samples, et cetera, see below, for more."),
    ("Meet at 5 p.m. (local time) today.", "Meet at five P M, local time, today."),
    # ... a straight quote after a space, or before one, closes a quotation
    ("\"Who are we? \" she wrote in her letter.", "Who are we? she wrote in her letter."),
    ("Instead of saying, \"No stars for you.\" with a sad tone, smile.", "Instead of saying, No stars for you. with a sad tone, smile."),
    # a closing single quote after a number ends a quotation opened in the same sentence
    ("Here's my 'starter for 10' of the best kit.", "Here's my 'starter for ten' of the best kit."),
    ("Here's my \u2018starter for 10\u2019 of the best kit.", "Here's my starter for ten of the best kit."),
    ("It was my 'top 10' list of the year.", "It was my 'top ten' list of the year."),
    # ... a mark with no open quotation is feet or inches
    ("Buy a 10' cord for the yard.", "Buy a ten foot cord for the yard."),
    ("I'm 5' 4\" tall.", "I'm five foot four tall."),
    ("Back in the '90s we had a 10' pole in the yard.", "Back in the nineties we had a ten foot pole in the yard."),
    ("It was 'rock 'n' roll' with a 6' stage and more.", "It was 'rock 'n' roll' with a six foot stage and more."),
    ("She said 'fine.' Then he bought a 12' boat for them.", "She said 'fine.' Then he bought a twelve foot boat for them."),
    ("It's a 'must' for a 20' ladder to reach.", "It's a 'must' for a twenty foot ladder to reach."),
    # a dash between two ordinals is "to"
    ("Art of the 15th-16th Centuries is on show.", "Art of the fifteenth to sixteenth Centuries is on show."),
    ("Art of the 20th-21st century moved north.", "Art of the twentieth to twenty-first century moved north."),
    ("Pupils in 3rd\u20135th grade can join.", "Pupils in third to fifth grade can join."),
    ("The 1st - 2nd place teams met.", "The first to second place teams met."),
    # ... not an ordinal before a word
    ("The 20th-century art and the 5th-largest city.", "The twentieth-century art and the fifth-largest city."),
    ("He finished 2nd-to-last.", "He finished second-to-last."),
    # "Ste." before a name is Saint; before a number, a suite
    ("Try Chateau Ste. Michelle wine from Sault Ste. Marie today.", "Try Chateau Saint Michelle wine from Sault Saint Marie today."),
    ("We drove to Sault Ste Marie on Monday.", "We drove to Sault Saint Marie on Monday."),
    ("The office is at 1200 Harbor Blvd., Ste. 400, in Dunmore.", "The office is at twelve hundred Harbor Boulevard, suite four hundred, in Dunmore."),
    ("They met on Harbour St. Mary drove home.", "They met on Harbour Street. Mary drove home."),
    # an adjective after an amount qualifies it: the amount is a noun ("dollars")
    ("Save up to $19,000 pretax to a 401(k) plan.", "Save up to nineteen thousand dollars pretax to a four oh one k plan."),
    ("Save up to $19,000 pre-tax.", "Save up to nineteen thousand dollars pre-tax."),
    ("The fee is $500 upfront, then $40 total a month.", "The fee is five hundred dollars upfront, then forty dollars total a month."),
    ("It sells for $99 retail in most shops.", "It sells for ninety-nine dollars retail in most shops."),
    ("They cost $5 apiece and $300 annually.", "They cost five dollars apiece and three hundred dollars annually."),
    # ... before a noun it describes the noun with the amount ("dollar")
    ("She earns a $50,000 pretax salary.", "She earns a fifty thousand dollar pretax salary."),
    ("A $500 upfront fee applies.", "A five hundred dollar upfront fee applies."),
    ("It has a $99 retail price.", "It has a ninety-nine dollar retail price."),
    ("A 300 m² flat, with a $20 max fee.", "A three hundred square meter flat, with a twenty dollar max fee."),
]


@pytest.mark.parametrize("text,spoken", READINGS)
def test_readings(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


# an article that writes "dry" in lower case, but not "extra" or "sec"
WINE_ARTICLE = ("Extra Dry/Extra Sec/Extra Seco bottles are less dry than brut. Simon/Garfunkel/Dry "
                "is a band's song.")

CHAINS = [
    # one chain, one separator: a pair of ordinary words makes the whole chain alternatives
    ("Extra Dry/Extra Sec/Extra Seco bottles", "Extra Dry or Extra Sec or Extra Seco bottles"),
    ("Extra Sec/Extra Dry/Extra Seco bottles", "Extra Sec or Extra Dry or Extra Seco bottles"),
    ("Red/Green/Blue lights", "Red or Green or Blue lights"),
    # ... names keep "slash" all along
    ("Israel/Gaza/Lebanon talks", "Israel slash Gaza slash Lebanon talks"),
    ("Simon/Garfunkel/Dry", "Simon slash Garfunkel slash Dry"),
    ("New York/New Jersey area", "New York slash New Jersey area"),
    # ... a single pair reads as before
    ("Small/Basic Remodel", "Small or Basic Remodel"),
    # ... and unit steps stay pauses
    ("Walk 1 min/Run Easy 1 min/Walk 2 min", "Walk one minute, Run Easy one minute, Walk two minutes"),
]


@pytest.mark.parametrize("text,spoken", CHAINS)
def test_slash_chain_one_separator(text: str, spoken: str) -> None:
    assert normalize_with_map(text, vocabulary=article_vocabulary(WINE_ARTICLE)).text == spoken
