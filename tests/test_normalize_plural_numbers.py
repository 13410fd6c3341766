"""Small numbers counted as things ("in 2s and 3s", "by 5s", "two 6s"), not seconds.

Found by the fixer of check audit 38 while testing the model-letter class (not independent):
"sat in 2s and 3s" read "two seconds and three seconds", and a plural six was "sixs".
Sentences are invented in the shape of news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

PLURALS = [
    ("Pupils sat in 2s and 3s for the test.", "Pupils sat in twos and threes for the test."),
    ("Coaches had players drill in 3s or 4s.", "Coaches had players drill in threes or fours."),
    ("Children learn to count by 5s first.", "Children learn to count by fives first."),
    ("The class split into 4s after lunch.", "The class split into fours after lunch."),
    ("He rolled two 6s to win.", "He rolled two sixes to win."),
    ("Sort the 6s from the 9s.", "Sort the sixes from the nines."),
    # counter-examples: seconds
    ("The page loads in 2s or less.", "The page loads in two seconds or less."),
    ("Hold the pose for 2s or 3s.", "Hold the pose for two seconds or three seconds."),
    ("He took 2s to react.", "He took two seconds to react."),
]


@pytest.mark.parametrize("text, spoken", PLURALS)
def test_plural_numbers(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
