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
