# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A clock-shaped N:M before "ratio", "mix" or "split" (or after "ratio of") is a ratio,
"one to sixteen", not a time "one sixteen".

Class from check audit 40 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CLOCK_RATIOS = [
    ("Mix the concentrate at a 1:16 ratio with water.", "Mix the concentrate at a one to sixteen ratio with water."),
    ("The recipe calls for a 1:10 mix of vinegar and water.", "The recipe calls for a one to ten mix of vinegar and water."),
    ("Shareholders approved a 1:20 split in March.", "Shareholders approved a one to twenty split in March."),
    ("The ratio of 1:15 suits a pour-over.", "The ratio of one to fifteen suits a pour-over."),
    ("Use a 2:1 ratio of rice to water.", "Use a two to one ratio of rice to water."),
    ("Films shot in the 16:9 aspect ratio fill the screen.", "Films shot in the sixteen to nine aspect ratio fill the screen."),
    # counter-examples: clock times stay times
    ("The train left at 1:16 pm on Friday.", "The train left at one sixteen P M on Friday."),
    ("The vote closed at 1:15 and counting began.", "The vote closed at one fifteen and counting began."),
    ("The mixing session ran until 10:30 that night.", "The mixing session ran until ten thirty that night."),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_RATIOS)
def test_clock_ratios(text: str, expected: str) -> None:
    assert normalize(text) == expected
