
"""Web addresses in running text: a short path of plain words is read, any other is named.

Class from check audit 37 (not independent): "apply at chatgpt.com/merchants" lost the part
of the address the reader is told to type ("a link to chatgpt dot com"). Sentences are
invented in the shape of news copy; each table holds counter-examples that must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

ADDRESSES = [
    ("Sellers can apply at shopify.com/partners before March.",
     "Sellers can apply at shopify dot com slash partners before March."),
    ("Read the guide at example.org/how-to-vote/ before Tuesday.",
     "Read the guide at example dot org slash how to vote before Tuesday."),
    ("Tickets are sold at cityballet.org/tickets/student only.",
     "Tickets are sold at cityballet dot org slash tickets slash student only."),
    ("Read more at www.bbc.co.uk/news today.",
     "Read more at bbc dot co dot uk slash news today."),
    # counter-examples: ids, dates, file names, long slugs and coined words stay a named link
    ("Visit https://t.co/Nc0nKoXGBP for more.",
     "Visit a short link for more."),
    ("The story ran at nytimes.com/2024/01/05/us/fire-report.html last week.",
     "The story ran at a link to nytimes dot com last week."),
    ("Run the test at browserleaks.com/webrtc first.",
     "Run the test at a link to browserleaks dot com first."),
    ("Details are at example.com/products/titan-fitness-fan-bike now.",
     "Details are at a link to example dot com now."),
    ("Search example.com/?q=storm for updates.",
     "Search a link to example dot com for updates."),
    ("The site reuters.com has the filing.",
     "The site reuters dot com has the filing."),
    # country endings the host list lacked: ".ie" was taken for "i.e." ("rte.that is"), found
    # by the fixer of check audit 42 (not independent)
    ("The station posts updates on rte.ie every hour.",
     "The station posts updates on rte dot I E every hour."),
    ("The startup moved to example.xyz this year.",
     "The startup moved to example dot X Y Z this year."),
    ("That is, i.e. the old rules, stays.", "That is, that is the old rules, stays."),
]


@pytest.mark.parametrize("text, spoken", ADDRESSES)
def test_web_address_paths(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
