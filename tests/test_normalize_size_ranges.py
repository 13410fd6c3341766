# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Class from check audit 37 (not independent): a range of clothing sizes with a counted small
size ("2XS-XL") or two one-letter sizes beside the word size ("S-L sizes") reads "to".

Sentences are invented in the shape of news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

SIZE_RANGES = [
    ("The jackets come in sizes 2XS-XL this season.", "The jackets come in sizes two X S to X L this season."),
    ("The line now runs 2XS-4XL for every style.", "The line now runs two X S to four X L for every style."),
    ("Leggings are cut XS-3XL.", "Leggings are cut X S to three X L."),
    ("The shirts ship in S-L sizes only.", "The shirts ship in S to L sizes only."),
    ("Kids' coats are stocked in sizes S-M.", "Kids' coats are stocked in sizes S to M."),
    ("Uniforms run XXS–XXL.", "Uniforms run X X S to X X L."),
    # counter-examples: brands, films, models, shapes and pairs joined by a hyphen
    ("T-Mobile and Sprint merged.", "T-Mobile and Sprint merged."),
    ("The X-Men film opened on Friday.", "The X-Men film opened on Friday."),
    ("The S-Class sedan was recalled.", "The S-Class sedan was recalled."),
    ("An L-shaped sofa fills the room.", "An L-shaped sofa fills the room."),
    ("The S-M merger was approved.", "The S-M merger was approved."),
    ("A shrinking range, XL-S, makes no sense.", "A shrinking range, X L-S, makes no sense."),
]


@pytest.mark.parametrize(("text", "spoken"), SIZE_RANGES)
def test_audit37_size_ranges(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
