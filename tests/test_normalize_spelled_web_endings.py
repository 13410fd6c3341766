"""Web address endings people spell but eSpeak NG reads as a word ("determined dot ai", "foo
dot io"), from check audit 42 (sentences invented).

Not an independent class: audit 42 marked "dot ai". Endings the engine would say as a word
("io" "ee-oh", "us", "ca", "de") are spelled; those said as words ("com", "org") are left.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

SPELLED_ENDINGS = [
    ("The startup Glimmer.ai raised money.", "The startup glimmer dot A-I raised money."),
    ("Sign up at tallyboard.io today.", "Sign up at tallyboard dot I O today."),
    ("Forms are on vote.us now.", "Forms are on vote dot U S now."),
    ("Read more at cbc.ca for details.", "Read more at cbc dot C A- for details."),
    ("The magazine spiegel.de reported it.", "The magazine spiegel dot D E reported it."),
    # counter-examples: endings said as words, a brand with an initialism, a file
    ("Prices are listed on example.com daily.", "Prices are listed on example dot com daily."),
    ("Donate via redcross.org today.", "Donate via redcross dot org today."),
    ("Character.AI said it would add controls.", "Character A-I said it would add controls."),
]


@pytest.mark.parametrize(("text", "expected"), SPELLED_ENDINGS)
def test_spelled_web_endings(text: str, expected: str) -> None:
    assert normalize(text) == expected
