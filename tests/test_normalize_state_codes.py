# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12: state codes after a place, found by check audit 30 (sentences invented).

Not an independent class: check audit 30 heard "Fairfield County, CT" and "County, NY lead"
spelled; the rules below are written from that class, so audit 30 no longer measures them.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

STATE_AFTER_PLACE = [
    # a code before a lower-case word after a place is the state too
    ("Prices rose in Westchester County, NY and Bergen County, NJ last year.", "Prices rose in Westchester County, New York and Bergen County, New Jersey last year."),
    ("The Dallas, TX based chain grew.", "The Dallas, Texas based chain grew."),
    ("Columbus, OH and Dayton, OH both voted.", "Columbus, Ohio and Dayton, Ohio both voted."),
    # CT is neither a word nor a degree
    ("Stamford, CT, is next on the list.", "Stamford, Connecticut, is next on the list."),
    # a degree code is the state after a name that ends in a place noun
    ("Homes in Fairfield County, MD, sold fast.", "Homes in Fairfield County, Maryland, sold fast."),
    ("Tourists crowd Ocean City, MD every July.", "Tourists crowd Ocean City, Maryland every July."),
    ("The Sioux Falls, SD area is growing.", "The Sioux Falls, South Dakota area is growing."),
    # a degree-like code in a list of three or more places, one of them plainly a state's
    ("Tour dates: Allentown, PA, Aug. 3; Mansfield, MA, Aug. 5; St. Louis, MO, Aug. 9.",
     "Tour dates: Allentown, Pennsylvania, August third; Mansfield, Massachusetts, August fifth; Saint Louis, Missouri, August ninth."),
    ("Ann Vale, MD, of Austin, TX, spoke.", "Ann Vale, M D, of Austin, Texas, spoke."),
    # counter-examples: degrees after a person, words after an interjection
    ("Ann Roe, MD and Bo Li, MD spoke.", "Ann Roe, M D and Bo Li, M D spoke."),
    ("Said Ann Vale, MD, a professor.", "Said Ann Vale, M D, a professor."),
    ("Bring cash, ID, and a card.", "Bring cash, I D, and a card."),
    ("Fine, OK and then we left.", "Fine, okay and then we left."),
    ("Hello, OK so what now?", "Hello, okay so what now?"),
    ("Well, OH and another thing.", "Well, oh and another thing."),
]


@pytest.mark.parametrize(("text", "spoken"), STATE_AFTER_PLACE, ids=[c[0][:40] for c in STATE_AFTER_PLACE])
def test_reading(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
