# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""The short names of the world wars ("WWII", "WW2", "pre-WWII"), found by check audit 37
(sentences invented).

Not an independent class: check audit 37 heard "W W I I" spelled; the rule below is written
from that class, so audit 37 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

WORLD_WARS = [
    ("The museum honors WWII veterans from the county.", "The museum honors World War Two veterans from the county."),
    ("Her grandfather served in WWI and again in WWII.", "Her grandfather served in World War One and again in World War Two."),
    ("Most of the pre-WWII houses on the street were torn down.", "Most of the pre-World War Two houses on the street were torn down."),
    ("The post-WWII boom built the suburbs.", "The post-World War Two boom built the suburbs."),
    ("A WW2 bomb was found near the harbour.", "A World War Two bomb was found near the harbour."),
    ("Letters from the WW1 trenches went on show.", "Letters from the World War One trenches went on show."),
    ("He wrote a history of WW II aviation.", "He wrote a history of World War Two aviation."),
    ("WWII's end changed the map.", "World War Two's end changed the map."),
    ("The WWII-era planes flew over the crowd.", "The World War Two-era planes flew over the crowd."),
    ("Pundits warned of WWIII.", "Pundits warned of World War Three."),
    ("WWII VETERAN TURNS 100", "World War Two Veteran Turns one hundred"),
    # counter-examples: other names that open with two Ws
    ("The WWE star joined the WWF campaign.", "The W W E star joined the W W F campaign."),
    ("Tim Berners-Lee gave us the WWW.", "Tim Berners-Lee gave us the W W W."),
    ("The WWIX code is unknown.", "The W W I X code is unknown."),
]


@pytest.mark.parametrize(("text", "spoken"), WORLD_WARS, ids=[c[0][:40] for c in WORLD_WARS])
def test_world_war_names(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
