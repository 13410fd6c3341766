# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, audit D6: five classes a listener heard, with counter-examples that must not change.

Sentences are invented in the shape of news copy (names and places made up).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

# 1. A possessive after an expanded abbreviation, straight or curly apostrophe
ABBREVIATION_POSSESSIVE = [
    ("Dunmore Freight Inc.’s finance chief resigned on Monday.",
     "Dunmore Freight Incorporated's finance chief resigned on Monday."),
    ("Halvard Corp.’s profit doubled.", "Halvard Corporation's profit doubled."),
    ("Pell & Co.’s partners met.", "Pell and Company's partners met."),
    ("Brackley Ltd.’s board agreed.", "Brackley Limited's board agreed."),
    ("Tom Rourke Jr.’s campaign stalled.", "Tom Rourke Junior's campaign stalled."),
    ("Ed Vance Sr.’s farm was sold.", "Ed Vance Senior's farm was sold."),
    ("The U.S.’s allies objected.", "The U S's allies objected."),
    # unchanged: the straight apostrophe already worked
    ("Halvard Corp.'s profit doubled.", "Halvard Corporation's profit doubled."),
    # unchanged: a closing quote after a stop is no possessive
    ("He said ‘not yet.’ She left.", "He said not yet. She left."),
]

# 2. A dateline's state in capitals, with or without a dash
DATELINE_STATES = [
    ("ORCHARD VALE, CALIF. Officials opened the new bridge on Friday.",
     "Orchard Vale, California. Officials opened the new bridge on Friday."),
    ("ORCHARD VALE, CALIF.\nOfficials opened the new bridge on Friday.",
     "Orchard Vale, California.\nOfficials opened the new bridge on Friday."),
    ("ORCHARD VALE, CALIF.—Officials opened the new bridge on Friday.",
     "Orchard Vale, California, Officials opened the new bridge on Friday."),
    ("ORCHARD VALE, CALIF., May 9 — Officials opened the new bridge.",
     "Orchard Vale, California, May ninth, Officials opened the new bridge."),
    ("DENTON FALLS, MASS. The school board voted late Tuesday.",
     "Denton Falls, Massachusetts. The school board voted late Tuesday."),
    ("ST. CLOUD, MO. (AP) The river crested overnight.",
     "Saint Cloud, Missouri. A-P, The river crested overnight."),
    ("GLEN RIDGE, N.J. Voters lined up early.",
     "Glen Ridge, New Jersey. Voters lined up early."),
    ("HARBOR CITY, FLA. (AP) — The storm weakened.",
     "Harbor City, Florida, A-P, The storm weakened."),
    ("CALIF. VOTERS REJECT WATER BOND", "California Voters Reject Water Bond"),
    # unchanged: a state that is also a word, in a shouted line or after an interjection
    ("WE ALL WENT TO CHURCH, MASS.", "We All Went To Church, Mass."),
    ("OH WELL, MISS. You lost.", "Oh Well, Miss. You lost."),
    ("MASS. EXODUS FROM DOWNTOWN", "Mass. Exodus From Downtown"),
]

# 3. "Sun.", "Sat.", "Wed.": the word after a determiner or a name, else the weekday
WEEKDAY_WORDS = [
    ("The planet gets about half as much light as our Sun. Astronomers were surprised.",
     "The planet gets about half as much light as our Sun. Astronomers were surprised."),
    ("Nothing is brighter than the Sun. It dominates the sky.",
     "Nothing is brighter than the Sun. It dominates the sky."),
    ("She gave an interview to the Lakeport Sun. The paper ran it.",
     "She gave an interview to the Lakeport Sun. The paper ran it."),
    # unchanged: weekdays in a date or time, after a preposition or a verb, before a noun
    ("The fair opens on Sun., Oct. 5 at the park.",
     "The fair opens on Sunday, October fifth at the park."),
    ("The office is open Mon.-Fri. 9-5.", "The office is open Monday to Friday nine to five."),
    ("Sat. 10 a.m. to noon: a free clinic.", "Saturday ten A-M to noon: a free clinic."),
    ("The shop closes Sun. and reopens Tue.", "The shop closes Sunday and reopens Tuesday."),
    ("The vote moved to Sat. because of rain.", "The vote moved to Saturday because of rain."),
    ("Closed Sun. Open Mon. through Sat.", "Closed Sunday. Open Monday through Saturday."),
    ("They skipped the Wed. meeting.", "They skipped the Wednesday meeting."),
]

# 4. An abbreviation's period inside a bracket ends no sentence
BRACKETED_ABBREVIATIONS = [
    ("The pitcher came from Milford (Fla.) College last spring.",
     "The pitcher came from Milford, Florida, College last spring."),
    ("The Redlands (Calif.) Police Department said.",
     "The Redlands, California, Police Department said."),
    ("A Dover (Mass.) High School team won.", "A Dover, Massachusetts, High School team won."),
    ("The firm (Brackley Inc.) Said it would appeal.",
     "The firm, Brackley Incorporated, Said it would appeal."),
    ("Salem (Ore.) police said.", "Salem, Oregon, police said."),
    # unchanged: a sentence in brackets, and a bracket at a sentence's end
    ("He grew up there. (He later moved to Calif.) Then he left.",
     "He grew up there. He later moved to California. Then he left."),
    ("She was born in Tarpon (Fla.). She left at 18.",
     "She was born in Tarpon, Florida. She left at eighteen."),
    ("The kit needs nails, glue (etc.) The next step is paint.",
     "The kit needs nails, glue, et cetera. The next step is paint."),
]

# 5. A dot glued to an article or after a space before a name's ending: "dot", no stop
DOT_ENDINGS = [
    ("The group applied to run the.Amazon domain.", "The group applied to run the dot amazon domain."),
    ("Investors remember the .com boom.", "Investors remember the dot com boom."),
    ("Get a .org address for the charity.", "Get a dot org address for the charity."),
    ("Regulators weighed the .shop and .app names.",
     "Regulators weighed the dot shop and dot app names."),
    # unchanged: a stop with its space lost after a real sentence
    ("The race ended.The next day was quiet.", "The race ended. The next day was quiet."),
    ("It was a .NET app.", "It was a dot net app."),
    ("The memo was signed by A.Moreno and B.Tull.", "The memo was signed by A Moreno and B Tull."),
]

CASES = (ABBREVIATION_POSSESSIVE + DATELINE_STATES + WEEKDAY_WORDS + BRACKETED_ABBREVIATIONS
         + DOT_ENDINGS)


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_reading(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
