# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""An airport's, a station's or a share's code is spelled even when it is also a word ("Seattle
(SEA)": "S E A", not "sea"); an initialism in brackets defined by the words before it, or said as
a word, stays as the word lists read it ("(NASA)", "(NATO)", "(ICE)"). Class from audit 43 (issue
12); sentences invented.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CODES = [
    ("The carrier added flights from Seattle (SEA) to Lisbon.", "The carrier added flights from Seattle, S E A, to Lisbon."),
    ("It left Portland International Airport (PDX) at noon.", "It left Portland International Airport, P D X, at noon."),
    ("Passengers from Tampa (TPA) and Miami (MIA) were delayed.", "Passengers from Tampa, T P A, and Miami, M I A, were delayed."),
    ("Crowds filled Sea-Tac (SEA) on Friday.", "Crowds filled Sea-Tac, S E A, on Friday."),
    ("The train reached Union Station (WAS) late.", "The train reached Union Station, W A-S, late."),
    ("Costco (NASDAQ: COST) rose two percent.", "Costco, Nasdaq: C O S T, rose two percent."),
    ("Investors bought Ford (NYSE: F) shares.", "Investors bought Ford, N Y S E: F, shares."),
    ("It trades under the ticker GOOG now.", "It trades under the ticker G O O G now."),
    # counter-examples: initialisms said as words, or defined by the words before them
    ("The space agency (NASA) will launch in May.", "The space agency, Nassa, will launch in May."),
    ("The North Atlantic Treaty Organization (NATO) met.", "The North Atlantic Treaty Organization, Nato, met."),
    ("Immigration and Customs Enforcement (ICE) agents arrived.", "Immigration and Customs Enforcement, Ice, agents arrived."),
    ("The World Health Organization (WHO) warned again.", "The World Health Organization, W H O, warned again."),
    ("The shop lists Galaxy Buds (NEW) at the top.", "The shop lists Galaxy Buds, new, at the top."),
    ("The cultural agency (UNESCO) listed the site.", "The cultural agency, You-nesco, listed the site."),
]


@pytest.mark.parametrize("text,expected", CODES)
def test_bracketed_codes(text: str, expected: str) -> None:
    assert normalize(text) == expected
