# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A web address written in capitals ("CYBER.ORG", "FBI.GOV") is an address like a lower-case
one: "dot" and the ending as a word, the name before it said as those capitals are in prose
(letters for an initialism, a word for a word). Found by check audit 39 (sentences invented).

Not an independent class: audit 39 heard "CYBER.ORG" as "Cyber. O R G" (a false stop and a
spelled ending); the rule below reads it "cyber dot org", so audit 39 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CAPS_ADDRESSES = [
    ("Teachers can sign up at CODERS.ORG this week.", "Teachers can sign up at coders dot org this week."),
    ("Tips go to the bureau at FBI.GOV or by phone.", "Tips go to the bureau at F B I dot gov or by phone."),
    ("File early at IRS.GOV to avoid delays.", "File early at I R S dot gov to avoid delays."),
    ("Tips go to the bureau at FBI.gov or by phone.", "Tips go to the bureau at F B I dot gov or by phone."),
    ("The schedule is posted at BBC.CO.UK today.", "The schedule is posted at B B C dot co dot uk today."),
    ("Order now at SHOP.WIDGETS.COM before Friday.", "Order now at shop dot widgets dot com before Friday."),
    # counter-examples: lower-case addresses, a stop between capitals words, a dotted brand
    ("Teachers can sign up at coders.org this week.", "Teachers can sign up at coders dot org this week."),
    ("THE PLAN FAILED.IT WAS TOO LATE", "The Plan Failed. It Was Too Late"),
    ("The IQ.LIGHT lamp dims itself.", "The I Q light lamp dims itself."),
    ("Founders met at Octane.AI in May.", "Founders met at Octane A-I in May."),
]


@pytest.mark.parametrize(("raw", "expected"), CAPS_ADDRESSES)
def test_caps_web_addresses(raw: str, expected: str) -> None:
    assert normalize(raw) == expected
