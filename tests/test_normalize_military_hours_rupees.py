# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes from check audit 42 (not independent): a 24-hour clock time said with "hours"
("20:00hrs": "twenty hundred hours", not a length of twenty hours), and rupees written "Rs"
or "Rs." before an amount, with the Indian scales lakh and crore.

Sentences are invented in the shape of news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

MILITARY_HOURS = [
    ("The suspect was seen around 20:00hrs on Friday.", "The suspect was seen around twenty hundred hours on Friday."),
    ("Patrols begin at 08:00 hours daily.", "Patrols begin at oh eight hundred hours daily."),
    ("The curfew starts at 10:00 hrs.", "The curfew starts at ten hundred hours."),
    ("The call came in at 14:30hrs.", "The call came in at fourteen thirty hours."),
    # counter-examples: lengths of time and a plain clock time
    ("The route takes (2:00-3:00hrs) on foot.", "The route takes, two to three hours, on foot."),
    ("The film is 2:00 hrs long.", "The film is two hours long."),
    ("Doors open at 7:00 tonight.", "Doors open at seven o'clock tonight."),
]

RUPEES = [
    ("The phone costs Rs 42,900 in India.", "The phone costs forty-two thousand nine hundred rupees in India."),
    ("Tickets cost Rs. 500 a head.", "Tickets cost five hundred rupees a head."),
    ("The state set aside Rs.1,200 crore for roads.", "The state set aside one thousand two hundred crore rupees for roads."),
    ("She took a ₹5 lakh loan.", "She took a five lakh rupee loan."),
    ("The INR 500 crore deal closed.", "The five hundred crore rupees deal closed."),
    # counter-examples: no amount after it, a count in lakhs
    ("The CC&Rs bind every owner.", "The C C and Rs bind every owner."),
    ("About 5 lakh people attended.", "About five lakh people attended."),
]


@pytest.mark.parametrize("text, expected", MILITARY_HOURS + RUPEES)
def test_military_hours_and_rupees(text: str, expected: str) -> None:
    assert normalize(text) == expected
