# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A party's letter alone in brackets after a politician's name ("Kristi Noem (R) said"), found
by check audit 37 (sentences invented); and the trademark signs typed as letters ("Intel(R)").

Not an independent class: check audit 37 heard "R" for the party; "(D-Mont.)" was already
"Democrat of Montana", and the rule below gives the bare letter the same party name, so audit
37 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

PARTY_TAGS = [
    ("Gov. Marla Trent (R) said the budget was balanced.", "Governor Marla Trent, Republican, said the budget was balanced."),
    ("Rep. Dana Whitfield (D) voted against the bill.", "Representative Dana Whitfield, Democrat, voted against the bill."),
    ("Sen. Angus Reed (I), who caucuses with Democrats, agreed.", "Senator Angus Reed, Independent, who caucuses with Democrats, agreed."),
    ("Kristen Holm (R) and Paul Ortiz (D) both backed it.", "Kristen Holm, Republican, and Paul Ortiz, Democrat, both backed it."),
    ("The bill's sponsor, Tom B. Ruiz (D), spoke first.", "The bill's sponsor, Tom B Ruiz, Democrat, spoke first."),
    ("Governor Hale (R) vetoed it.", "Governor Hale, Republican, vetoed it."),
    ("The tag (D-Mont.) still reads in full: Sen. Jon Tell (D-Mont.) said so.", "The tag, Democrat of Montana, still reads in full: Senator Jon Tell, Democrat of Montana, said so."),
    # counter-examples: a letter after a noun that names things by letter, a lone word, a
    # sentence's opening words, films beside their ratings
    ("See Part (I) of the report.", "See Part, I, of the report."),
    ("We chose Option (D) in the end.", "We chose Option, D, in the end."),
    ("Blood levels of Vitamin (D) were low.", "Blood levels of Vitamin, D, were low."),
    ("The Tribune (D) column ran Sunday.", "The Tribune, D, column ran Sunday."),
    ("Love Lies Bleeding (R) and Inside Out (PG) open Friday.", "Love Lies Bleeding, R, and Inside Out, P G, open Friday."),
    ("Plan (B) is cheaper.", "Plan, B, is cheaper."),
]

TRADEMARKS = [
    # the signs typed as letters are silent, as the signs are
    ("The Intel(R) Core(TM) i7 chip runs hot.", "The Intel Core i seven chip runs hot."),
    ("Open it in Microsoft(R) Word.", "Open it in Microsoft Word."),
    ("The Intel® Core™ line", "The Intel Core line"),
]


@pytest.mark.parametrize(("text", "spoken"), PARTY_TAGS + TRADEMARKS, ids=[c[0][:40] for c in PARTY_TAGS + TRADEMARKS])
def test_party_tags_and_trademarks(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
