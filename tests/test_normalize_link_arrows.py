"""A run of ">" before a capitalized label (">> Related:", "Home >> News") marks a link or a
breadcrumb and is silent, as "»" is; a ">" in a comparison or a shift keeps its reading.

Class from check audit 40 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

LINK_ARROWS = [
    (">> Related: Our Guide to Winter Tyres", "Related: Our Guide to Winter Tyres"),
    ("Home >> News >> Local", "Home News Local"),
    (">>Read the full story", "Read the full story"),
    ("> The minister said nothing.", "The minister said nothing."),
    # counter-examples
    ("Turnout was > 50% in the north.", "Turnout was greater than fifty percent in the north."),
    ("If x > 5 the loop ends.", "If x greater than five the loop ends."),
    ("The shift a >> b halves it.", "The shift a greater than greater than b halves it."),
    ("The path a -> b is short.", "The path a to b is short."),
]


@pytest.mark.parametrize(("text", "expected"), LINK_ARROWS)
def test_link_arrows(text: str, expected: str) -> None:
    assert normalize(text) == expected
