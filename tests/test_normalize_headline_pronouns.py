""""IT" and "US" in a headline set in capitals: the pronoun after an auxiliary ("WHY IS IT
SAFE"), a question word and a verb ("WHY IT MATTERS"), a preposition closing the line ("DEAL
WITH IT"), an imperative ("JOIN US TODAY"); the initialism before the field's nouns, after a
determiner or as the country. Found by check audit 39 (sentences invented).

Not an independent class: audit 39 heard "IS IT IMPORTANT" spelled "I T"; the rule below
reads such pronouns as words, so audit 39 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

HEADLINES = [
    ("WHY IS IT HARD TO HIRE NURSES?", "Why Is It Hard To Hire Nurses?"),
    ("DOES IT PAY TO REFINANCE NOW?", "Does It Pay To Refinance Now?"),
    ("WILL IT RAIN ON PARADE DAY?", "Will It Rain On Parade Day?"),
    ("WHY IT MATTERS", "Why It Matters"),
    ("HOW IT HAPPENED", "How It Happened"),
    ("WHAT TO DO ABOUT IT", "What To Do About It"),
    ("LEARNING TO LIVE WITH IT", "Learning To Live With It"),
    ("JOIN US TODAY", "Join Us Today"),
    ("LET US KNOW WHAT YOU THINK", "Let Us Know What You Think"),
    # counter-examples: the field of computing, the country, and prose
    ("HOW IT TEAMS CUT COSTS", "How I T Teams Cut Costs"),
    ("IS IT SUPPORT WORTH THE MONEY?", "Is I T Support Worth The Money?"),
    ("OUR IT STAFF GREW", "Our I T Staff Grew"),
    ("WOMEN IN IT", "Women In I T"),
    ("WHAT THE US ECONOMY NEEDS", "What The U S Economy Needs"),
    ("CAN US TROOPS STAY?", "Can U S Troops Stay?"),
    ("VISIT US OPEN COURTS", "Visit U S Open Courts"),
    ("TALKS WITH US AND EU", "Talks With U S And E U"),
    ("The IT department moved to the third floor.", "The I T department moved to the third floor."),
    ("Analysts say the US economy slowed in May.", "Analysts say the U S economy slowed in May."),
]


@pytest.mark.parametrize(("raw", "expected"), HEADLINES)
def test_headline_pronouns(raw: str, expected: str) -> None:
    assert normalize(raw) == expected
