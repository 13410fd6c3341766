# ruff: noqa: E501  (each sentence and its reading stay on one line)
""""St" with no stop before a capitalized name is "Saint" ("Bury St Edmunds", "St Albans"),
unless it closes an address: after a number within two words ("12 Baker St London") or a
common street name ("High St"). A dateline in capitals ("ST CATHERINE, Jamaica —") has the
place's title too. Class from check audit 41 (not independent); sentences invented.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

SAINTS = [
    ("The fair in Bury St Edmunds drew crowds.", "The fair in Bury Saint Edmunds drew crowds."),
    ("Trains from Kings Langley St Albans run late.", "Trains from Kings Langley Saint Albans run late."),
    ("Police near St Ives closed the road.", "Police near Saint Ives closed the road."),
    ("ST ANDREW, Jamaica — Two men were held.", "Saint Andrew, Jamaica, Two men were held."),
    ("MT VERNON, Ohio — A fire broke out.", "Mount Vernon, Ohio, A fire broke out."),
    # counter-examples: addresses, a street before a lower-case word, a shouted headline
    ("The shop at 12 Baker St London closed.", "The shop at twelve Baker Street London closed."),
    ("Meet at 5th St Station.", "Meet at fifth Street Station."),
    ("Traffic on High St Leeds stalled.", "Traffic on High Street Leeds stalled."),
    ("He lives at 12 Elm St in Leeds.", "He lives at twelve Elm Street in Leeds."),
    ("THE ST JOHNS PLAN IS DEAD", "The S T Johns Plan Is Dead"),
]


@pytest.mark.parametrize("text,expected", SAINTS)
def test_saint_without_stop(text: str, expected: str) -> None:
    assert normalize(text) == expected
