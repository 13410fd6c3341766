# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A bare "St" (no period) closing a street's name before a mark, a lower-case word or the
line's end ("Cornmarket St, Cork"), from check audit 42 (sentences invented).

Not an independent class: audit 42 heard "saint" for it, eSpeak NG's reading of "St". No name
follows for it to be the title of, so it is "Street"; before a capitalized name the older rule
keeps "Saint" ("Bury St Edmunds").
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

BARE_STREET = [
    ("The cafe on Cornmarket St, Cork, closed.", "The cafe on Cornmarket Street, Cork, closed."),
    ("She lives on Grafton St and works nearby.", "She lives on Grafton Street and works nearby."),
    ("A fire broke out at Patrick St; nobody was hurt.", "A fire broke out at Patrick Street; nobody was hurt."),
    ("The shop (Oliver Plunkett St) reopened.", "The shop, Oliver Plunkett Street, reopened."),
    ("Venue: Shandon St\nDoors open at eight.", "Venue: Shandon Street.\nDoors open at eight."),
    # counter-examples: a saint before a name, a sentence opener, a lower-case word before it
    ("Pilgrims walked to St Patrick's well.", "Pilgrims walked to Saint Patrick's well."),
    ("He grew up in Bury St Edmunds.", "He grew up in Bury Saint Edmunds."),
    ("Also St, in the list, was missing.", "Also St, in the list, was missing."),
    ("the st and the nd are suffixes.", "the st and the nd are suffixes."),
]


@pytest.mark.parametrize(("text", "expected"), BARE_STREET)
def test_bare_street(text: str, expected: str) -> None:
    assert normalize(text) == expected
