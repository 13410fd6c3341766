# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12: one table per class of misreading a listener heard, counter-examples included.

Sentences are invented in the shape of news copy (names and places made up); the expected text
is what the engine should be given, read aloud by a careful listener.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

SENTENCE_ENDS = [
    ("The centre was traded from the NHL. Hathaway was given a new deal.",
     "The centre was traded from the N H L. Hathaway was given a new deal."),
    ("The council sat late on Harbour St. Dozens of residents queued outside.",
     "The council sat late on Harbour Street. Dozens of residents queued outside."),
    ("The bakery opened at 9 a.m. Customers lined up around the block.",
     "The bakery opened at nine A-M. Customers lined up around the block."),
    ("Polls close at 8 p.m. Officials expect long lines.",
     "Polls close at eight P M. Officials expect long lines."),
    ("It was assembled in the U.S. The parts came from Mexico.",
     "It was assembled in the U S. The parts came from Mexico."),
    ("The firm is Dalby Holdings Inc. Its shares fell.",
     "The firm is Dalby Holdings Incorporated. Its shares fell."),
    # counter-examples: the sentence goes on
    ("The vote opens at 7 p.m. Friday in Carrow.", "The vote opens at seven P M Friday in Carrow."),
    ("Polls close at 8 p.m. ET in most states.", "Polls close at eight P M E T in most states."),
    ("The U.S. Coast Guard found the boat.", "The U S Coast Guard found the boat."),
    ("Dalby Holdings Inc. CEO Mara Venn resigned.", "Dalby Holdings Incorporated C E O Mara Venn resigned."),
    ("He was in the NHL. in 2019, briefly.", "He was in the N H L in twenty nineteen, briefly."),
]

SAINT_STREET = [
    ("The ferry runs from St. Helens to St. Croix twice a week.",
     "The ferry runs from Saint Helens to Saint Croix twice a week."),
    ("Fans gathered in St. Louis on Sunday.", "Fans gathered in Saint Louis on Sunday."),
    ("The shop on Main St. closed in March.", "The shop on Main Street closed in March."),
    ("Traffic stopped on 5th St. near the school.", "Traffic stopped on fifth Street near the school."),
    ("It rained. St. Albans flooded.", "It rained. Saint Albans flooded."),
    ("Then St Helens voted to close the pier.", "Then Saint Helens voted to close the pier."),
    ("The bus stops at Queen St Station.", "The bus stops at Queen Street Station."),
    ("Lt Col Ann Reyes briefed Dr Patel.", "Lieutenant Colonel Ann Reyes briefed Doctor Patel."),
]

ROMAN = [
    ("Elizabeth II's reign lasted seventy years.", "Elizabeth the Second's reign lasted seventy years."),
    ("Henry III signed the charter.", "Henry the Third signed the charter."),
    ("Historians say Henry I was a careful king.", "Historians say Henry the First was a careful king."),
    ("Veterans of World War II met in Carrow.", "Veterans of World War Two met in Carrow."),
    ("World War II's last veterans are in their nineties.", "World War Two's last veterans are in their nineties."),
    ("Chapter XIV describes the flood.", "Chapter Fourteen describes the flood."),
    ("The Phase I trial enrolled 40 patients.", "The Phase One trial enrolled forty patients."),
    ("Part V of the report is missing.", "Part Five of the report is missing."),
    # counter-examples: the pronoun and words made of numeral letters
    ("Then I left the room, she said.", "Then I left the room, she said."),
    ("Can I ask you something?", "Can I ask you something?"),
    ("Mayor Civil said the plan would work.", "Mayor Civil said the plan would work."),
]


@pytest.mark.parametrize(("text", "spoken"), SENTENCE_ENDS + SAINT_STREET + ROMAN,
                         ids=[c[0][:40] for c in SENTENCE_ENDS + SAINT_STREET + ROMAN])
def test_reading(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
