# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A run of mixed symbols standing for a swear word (a grawlix, "What the $%#!&?") is said
"bleep"; a social handle with a change of case inside ("@loriOKTC") is read in its parts. Classes
from audit 43 (issue 12); sentences invented.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

GRAWLIX = [
    ("“What the $%#!&?” the coach shouted.", "What the bleep? the coach shouted."),
    ("Oh #@%! The printer jammed again.", "Oh bleep! The printer jammed again."),
    ("He muttered @#$% and left.", "He muttered bleep and left."),
    ("She was &%$#@! furious about it.", "She was bleep furious about it."),
    ("Who the f*** parks like that?", "Who the bleep parks like that?"),
    ("He called it s**t and walked off.", "He called it bleep and walked off."),
    ("That f***ing printer jammed.", "That bleeping printer jammed."),
    # counter-examples: price tiers, repeated marks, starred names, a rank, money, a hashtag
    ("Price range: $$ — $$$$.", "Price range: two to four dollar signs."),
    ("We loved it!!! Really?!", "We loved it!!! Really?!"),
    ("Thanks to Jo** Al**** for the tip.", "Thanks to Jo Al for the tip."),
    ("The bold **sale** ends today.", "The bold sale ends today."),
    ("It was the #1 pick at $40.", "It was the number one pick at forty dollars."),
    ("Fans posted #WorldCup clips.", "Fans posted hashtag World Cup clips."),
]

HANDLES = [
    ("Follow the host on Twitter: @loriOKTC for updates.", "Follow the host on Twitter: at lori O K T C for updates."),
    ("The anchor posts as @JaneDoeNews daily.", "The anchor posts as at Jane Doe News daily."),
    ("Breaking stories come from @CNNBreaking first.", "Breaking stories come from at C N N Breaking first."),
    ("Her handle is @MichelleDBeadle now.", "Her handle is at Michelle D Beadle now."),
    ("Deals come from @McDonalds and @eBay daily.", "Deals come from at McDonalds and at eBay daily."),
    # counter-examples: handles without a change of case, with digits, and an e-mail address
    ("Follow @NASA and @nytimes today.", "Follow at Nassa and at nytimes today."),
    ("Ask @sam_ponder or @user_name.", "Ask at sam ponder or at user name."),
    ("Thanks to @mira42 for the tip.", "Thanks to at mira four two for the tip."),
    ("Write to jane.doe@example.com today.", "Write to jane dot doe at example dot com today."),
]


@pytest.mark.parametrize("text,expected", GRAWLIX)
def test_grawlix(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize("text,expected", HANDLES)
def test_handles_split_at_case_changes(text: str, expected: str) -> None:
    assert normalize(text) == expected
