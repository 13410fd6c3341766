# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A unit's symbol alone in brackets after a noun (a table header: "Latency (ms)", "Weight
(kg)") is said by the unit's name, not spelled or read as a word.

Class from check audit 40 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

UNIT_HEADERS = [
    ("Average latency (ms) dropped after the update.", "Average latency, milliseconds, dropped after the update."),
    ("The table lists Weight (kg) and Length (mm) for each model.", "The table lists Weight, kilograms, and Length, millimeters, for each model."),
    ("Download Speed (Mbps) varies by region.", "Download Speed, megabits per second, varies by region."),
    ("Battery (mAh) figures come from the maker.", "Battery, milliamp hours, figures come from the maker."),
    # counter-examples: capitals are an initialism, one letter is ambiguous, a gloss stays silent
    ("Patients with multiple sclerosis (MS) joined the trial.", "Patients with multiple sclerosis, M S, joined the trial."),
    ("Revenue (m) is shown in the last column.", "Revenue, m, is shown in the last column."),
    ("The kilograms (kg) figure is rounded.", "The kilograms, figure is rounded."),
    ("The report was (in) fact late.", "The report was, in, fact late."),
    ("The sack held 4 pounds (kg) on its label.", "The sack held four pounds, kg, on its label."),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_HEADERS)
def test_unit_headers(text: str, expected: str) -> None:
    assert normalize(text) == expected
