"""AP state abbreviations in a dateline's capitals ("MIAMI, FLA. (AP) —"), from check audit 42
(sentences invented).

Not an independent class: audit 42 heard "Fla." where the title-case form ("Miami, Fla.") was
already "Florida". In a dateline the capitals are the state; elsewhere they are left.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

DATELINE_STATES = [
    ("TAMPA, FLA. (AP) — Storms closed schools.", "Tampa, Florida, A-P, Storms closed schools."),
    ("FRESNO, CALIF. — Farmers met on Monday.", "Fresno, California, Farmers met on Monday."),
    ("PEORIA, ILL. (WMBD) — A bridge reopened.", "Peoria, Illinois, W M B D, A bridge reopened."),
    ("TUCSON, ARIZ. — Heat records fell.", "Tucson, Arizona, Heat records fell."),
    # counter-examples: the title-case form, a postal code, capitals that are no dateline
    ("TAMPA, Fla. (AP) — Storms closed schools.", "Tampa, Florida, A-P, Storms closed schools."),
    ("ATLANTA, GA — Storms closed schools.", "Atlanta, Georgia, Storms closed schools."),
    ("I TOLD HIM, MISS. THE END", "I Told Him, Miss. The End"),
]


@pytest.mark.parametrize(("text", "expected"), DATELINE_STATES)
def test_dateline_caps_states(text: str, expected: str) -> None:
    assert normalize(text) == expected
