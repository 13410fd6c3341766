# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A model's number and letter written in lower case ("the Vertix 2s") where the article writes
the model with the capital ("Vertix 2S"), found by check audit 38 (sentences invented).

Not an independent class: check audit 38 heard "Vertix two seconds"; the article's own
spelling of the model (see article_vocabulary) now reads it as the model, so audit 38 no
longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import article_vocabulary, normalize_with_map

ARTICLE = "The Garmin Forerunner 9X is light. We ran with the Forerunner 9X for a month, and the Halo 3R too."

MODEL_LETTERS = [
    ("Buy the Garmin Forerunner 9x today.", "Buy the Garmin Forerunner nine X today."),
    ("The Halo 3r lasts two days.", "The Halo three R lasts two days."),
    # counter-examples: seconds after a verb, plurals, a name the article never writes with the
    # capital letter
    ("The screen woke in 2s after a tap.", "The screen woke in two seconds after a tap."),
    ("The update took 3s on the Forerunner.", "The update took three seconds on the Forerunner."),
    ("The Pacer 5s timer beeps.", "The Pacer five second timer beeps."),
    ("The Pacer 9x is 10x faster.", "The Pacer nine times is ten times faster."),
]


@pytest.mark.parametrize(("text", "expected"), MODEL_LETTERS)
def test_model_letter_in_lower_case(text: str, expected: str) -> None:
    vocabulary = article_vocabulary(ARTICLE + "\n" + text)
    assert normalize_with_map(text, "en", vocabulary=vocabulary).text == expected
