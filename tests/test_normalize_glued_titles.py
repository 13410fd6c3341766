# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A place's or a person's title glued by its period to the name ("St.Louis", "Ft.Worth",
"Mt.Everest", "Dr.Patel") is the title, then the name; "Ft." before a place is "Fort" with or
without the space. Found by check audit 39 (sentences invented).

Not an independent class: audit 39 heard "St.Louis" as "street. Louis"; the rule below reads
"Saint Louis", so audit 39 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

GLUED_TITLES = [
    ("Delegates met at the St.Paul convention center.", "Delegates met at the Saint Paul convention center."),
    ("Flights to St.Petersburg resumed on Monday.", "Flights to Saint Petersburg resumed on Monday."),
    ("Police in Ft.Lauderdale closed the beach.", "Police in Fort Lauderdale closed the beach."),
    ("Climbers left Mt.Rainier before the storm.", "Climbers left Mount Rainier before the storm."),
    ("The clinic hired Dr.Okafor last year.", "The clinic hired Doctor Okafor last year."),
    ("Traffic in the Dallas-Ft. Worth area eased.", "Traffic in the Dallas-Fort Worth area eased."),
    ("Police in Ft. Lauderdale closed the beach.", "Police in Fort Lauderdale closed the beach."),
    # counter-examples: web addresses, a street's "St." running into the next sentence, a
    # dotted brand, a title with its space
    ("Tickets are at stpaul.org and st.paul.com today.", "Tickets are at stpaul dot org and st dot paul dot com today."),
    ("She lives on Elm St.Nobody else does.", "She lives on Elm Street. Nobody else does."),
    ("Shares of E.ON fell.", "Shares of E. On fell."),
    ("Delegates met at the St. Paul convention center.", "Delegates met at the Saint Paul convention center."),
]


@pytest.mark.parametrize(("raw", "expected"), GLUED_TITLES)
def test_glued_titles(raw: str, expected: str) -> None:
    assert normalize(raw) == expected
