# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Class from check audit 39 (not independent): an ellipsis that trails off a bracketed aside,
a quotation or a dashed clause, before a lower-case word, was read as a sentence stop ("you
buy. or buying less"). Past the closing mark a lower-case word goes on with the sentence: a
pause. Before a capital, or at a paragraph's end, it stays a stop. Invented news sentences."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    ("Cook what you have (the spinach that wilts…) or shop less often.", "Cook what you have, the spinach that wilts, or shop less often."),
    ("She said “we might…” and left the room.", "She said we might, and left the room."),
    ("The fund grew [slowly…] until last year.", "The fund grew slowly, until last year."),
    ("Prices rose... — and then fell.", "Prices rose, and then fell."),
    # counter-examples: a capital after the ellipsis, an ellipsis ending the paragraph
    ("The rally went on… and then it stopped… The next day was quiet.", "The rally went on, and then it stopped. The next day was quiet."),
    ("He paused (and then…) She walked out.", "He paused, and then. She walked out."),
    ("The list goes on…", "The list goes on."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ellipsis_asides(text: str, expected: str) -> None:
    assert normalize(text) == expected
