# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Brands styled on a web address with an initialism in capitals ("Octane.AI", "Character.AI"),
found by check audit 37 (sentences invented).

Not an independent class: check audit 37 heard "Octane. A-I", a false sentence end; the rule
below reads the name and then the initialism, as the makers and the news say these brands,
so audit 37 no longer measures it. An address in lower case keeps its "dot" ("judge dot me").
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

DOTTED_BRANDS = [
    ("Shops use Octane.AI to build product quizzes.", "Shops use Octane A-I to build product quizzes."),
    ("Character.AI said it would add parental controls.", "Character A-I said it would add parental controls."),
    ("Character.AI's chatbots drew millions of users.", "Character A-I's chatbots drew millions of users."),
    ("The quiz was made with Octane.AI.", "The quiz was made with Octane A-I."),
    ("Investors backed Fetch.AI and Salt.IO this year.", "Investors backed Fetch A-I and Salt I O this year."),
    # a file's extension in capitals is read as a file name is
    ("Open Report.PDF before the call.", "Open Report dot P D F before the call."),
    ("The app runs on Dot.NET servers.", "The app runs on Dot dot net servers."),
    # counter-examples: a real sentence end, dotted initials, abbreviations, an address, a file
    ("The store was built by Octane. AI tools are everywhere now.", "The store was built by Octane. A-I tools are everywhere now."),
    ("Sales in the U.S. fell again.", "Sales in the U S fell again."),
    ("Some tools, e.g. Canva, are free.", "Some tools, for example Canva, are free."),
    ("Reviews came through Judge.me last year.", "Reviews came through judge dot me last year."),
    ("Open report.pdf before the call.", "Open report dot P D F before the call."),
]


@pytest.mark.parametrize(("text", "spoken"), DOTTED_BRANDS, ids=[c[0][:40] for c in DOTTED_BRANDS])
def test_dotted_brands(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
