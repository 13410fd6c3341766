# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""An initialism of three letters or more with an English ending glued ("DIYing", "PDFed",
"GOPers") is the letters, then the ending tied to the last one; a capitals word with the ending
is the word ("AMPed", "RESTful"). Found by check audit 39 (sentences invented).

Not an independent class: audit 39 heard "DIYing" as "dying" (the token lower-cased to
"diying"); the rule below spells the letters, so audit 39 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

ENDINGS = [
    ("Homeowners are DIYing their kitchen repairs.", "Homeowners are D I Y-ing their kitchen repairs."),
    ("She DIYed the shelves in a weekend.", "She D I Y-ed the shelves in a weekend."),
    ("Weekend DIYers filled the store.", "Weekend D I Y-ers filled the store."),
    ("He PDFed the report and sent it.", "He P D F'd the report and sent it."),
    ("Young GOPers packed the hall.", "Young G O P-ers packed the hall."),
    ("She was SUVing around town.", "She was S U V-ing around town."),
    ("Local NIMBYers opposed the tower.", "Local Nimby-ers opposed the tower."),
    # counter-examples: a word in capitals with its ending, letters before a non-verb ending,
    # two-letter initialisms and an apostrophe form
    ("The crowd was AMPed before kickoff.", "The crowd was amped before kickoff."),
    ("The app exposes RESTful endpoints.", "The app exposes restful endpoints."),
    ("The page used HTMLish markup.", "The page used H T M L ish markup."),
    ("He DMed the coach and was DJing later.", "He DMed the coach and was DJing later."),
    ("The plan was OK'd on Friday.", "The plan was okay'd on Friday."),
]


@pytest.mark.parametrize(("raw", "expected"), ENDINGS)
def test_initialism_endings(raw: str, expected: str) -> None:
    assert normalize(raw) == expected
