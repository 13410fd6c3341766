# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Class heard by check audit 38: star glyphs ("★", "⭐", hollow "☆") dropped as emoji, so a
guide's ratings were lost. A run is a count ("two stars", "three out of five stars"); a lone
star counts where it stands as a value (a cell, after a label, beside another rating), and
"Green ★" is Michelin's Green Star. A lone star used as a bullet or a flourish stays silent.
Sentences are invented in the shape of news copy and listings."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    ("★★ | Harbor Street", "two stars, Harbor Street"),
    ("★ | Old Town", "one star, Old Town"),
    ("Green ★ and ★ | Riverside", "Green Star and one star, Riverside"),
    ("The bistro kept its green ★ this year.", "The bistro kept its green Star this year."),
    ("Critics gave the play ★★★☆☆ on Friday.", "Critics gave the play three out of five stars on Friday."),
    ("Readers rated it ⭐️⭐️⭐️⭐️⭐️ in the poll.", "Readers rated it five stars in the poll."),
    ("Service: ★", "Service: one star"),
    ("The app holds 4.5★ in the store, and 1 ⭐ from one critic.", "The app holds four point five stars in the store, and one star from one critic."),
    # counter-examples: a lone star as a bullet or a flourish, a lone hollow star
    ("★ The ferry now runs every hour.", "The ferry now runs every hour."),
    ("Huge thanks to our volunteers ⭐ see you next year", "Huge thanks to our volunteers see you next year"),
    ("☆ Tip: book a table early", "Tip: book a table early"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_star_ratings(text: str, expected: str) -> None:
    assert normalize(text) == expected
