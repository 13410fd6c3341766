# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""AP datelines and places with dotted state abbreviations ("SANTA FE, N.M. (AP) —", "Newark,
N.J., police"), found by check audit 37 (sentences invented).

Not an independent class: check audit 37 heard "N M" and "N J"; "Ill." was already "Illinois"
after a place in prose, and the rule below gives the dotted initials (and a dateline's capitals
before them) the same reading, so audit 37 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

DOTTED_STATES = [
    ("ALBUQUERQUE, N.M. (AP) — State lawmakers met on Monday.", "Albuquerque, New Mexico, A-P, State lawmakers met on Monday."),
    ("TRENTON, N.J. — The transit agency raised fares.", "Trenton, New Jersey, The transit agency raised fares."),
    ("CHARLESTON, W.Va. (AP) — A judge ruled on Friday.", "Charleston, West Virginia, A-P, A judge ruled on Friday."),
    ("PEORIA, Ill. (AP) — The plant will close.", "Peoria, Illinois, A-P, The plant will close."),
    ("The family moved from Buffalo, N.Y., to Durham, N.C., in May.", "The family moved from Buffalo, New York, to Durham, North Carolina, in May."),
    ("She grew up in Fargo, N.D. Her parents still live there.", "She grew up in Fargo, North Dakota. Her parents still live there."),
    ("Crews cleared roads near Concord, N.H., and Providence, R.I.", "Crews cleared roads near Concord, New Hampshire, and Providence, Rhode Island."),
    ("The plant is in Greenville, S.C. 29601 and ships daily.", "The plant is in Greenville, South Carolina two nine six zero one and ships daily."),
    # a dateline's postal code after its capitals is the state too, a degree-like one as well
    ("COLUMBUS, OH — City crews repaved the road.", "Columbus, Ohio, City crews repaved the road."),
    ("BOSTON, MA (AP) — The mayor spoke at noon.", "Boston, Massachusetts, A-P, The mayor spoke at noon."),
    # a place's title in a dateline's capitals ("S T." ended a sentence inside the name)
    ("ST. PAUL, Minn. (AP) — Lawmakers returned to the Capitol on Monday for a special session.", "Saint Paul, Minnesota, A-P, Lawmakers returned to the Capitol on Monday for a special session."),
    ("FT. MYERS, Fla. — Crews restored power to most homes by Friday.", "Fort Myers, Florida, Crews restored power to most homes by Friday."),
    # counter-examples: initials of a name, a paper's name, the capital's district, initialisms
    # in a list, an interjection before a dash
    ("Shares of IBM, HP and Dell fell.", "Shares of I B M, H P and Dell fell."),
    ("WELL, OK — fine.", "Well, okay, fine."),
    ("J.R. Smith scored twenty points.", "J R Smith scored twenty points."),
    ("The N.Y. Post ran the story.", "The N Y Post ran the story."),
    ("Talks resumed in Washington, D.C., today.", "Talks resumed in Washington, D C, today."),
]


@pytest.mark.parametrize(("text", "spoken"), DOTTED_STATES, ids=[c[0][:40] for c in DOTTED_STATES])
def test_dotted_states_after_places(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
