# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Class heard by check audit 38: shorthand expanded inside a hyphenated word ("i-ie", Japanese
"no", read "i-that is"). Phrase shorthand ("ie", "eg", "aka", "tbh", "Ave") is only the
abbreviation as a token of its own; shorthand that forms compounds ("us-vs-them", "govt-run",
"thru-hike") is still read inside them. Sentences are invented in the shape of news copy."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    # glued by a hyphen to a word: part of that word, as written
    ("The hostess answered i-ie and bowed.", "The hostess answered i-ie and bowed."),
    ("He only said i-ie. Then he left.", "He only said i-ie. Then he left."),
    ("A choir sang the Ave-Maria at noon.", "A choir sang the Ave-Maria at noon."),
    ("The wind turned nord-est overnight.", "The wind turned nord-est overnight."),
    ("The trail name was eg-lake on the map.", "The trail name was eg-lake on the map."),
    # standalone: the abbreviation
    ("Pack light, ie one bag per person.", "Pack light, that is one bag per person."),
    ("Bring snacks (eg. nuts) for the hike.", "Bring snacks, for example nuts, for the hike."),
    ("The singer, aka Kid Ray, tours in May.", "The singer, also known as Kid Ray, tours in May."),
    ("The café is at 12 Elm Ave. Then turn left.", "The café is at twelve Elm Avenue. Then turn left."),
    # shorthand that makes compounds is still read inside them
    ("It was an us-vs-them fight.", "It was an us-versus-them fight."),
    ("The govt-run clinics closed.", "The government-run clinics closed."),
    ("Her thru-hike took months.", "Her through-hike took months."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_compound_abbreviations(text: str, expected: str) -> None:
    assert normalize(text) == expected
