"""An amount before an adjective in -able/-ible: said of the amount, "dollars"; before a noun
the adjective describes the noun with the amount, "dollar" (found on an unseen page by audit 45:
"a fee of $15 million payable to" was said "dollar")."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    ("The club owes a fee of $15 million payable to the league.",
     "The club owes a fee of fifteen million dollars payable to the league."),
    ("The bill is $300 refundable on request.",
     "The bill is three hundred dollars refundable on request."),
    ("Tickets cost $20, available at the door.",
     "Tickets cost twenty dollars, available at the door."),
    # before a noun the amount still describes it
    ("She paid a $5 million refundable deposit.",
     "She paid a five million dollar refundable deposit."),
    # after a determiner the word in -ible is the noun ("a $1,000 deductible")
    ("The plan has a $1,000 deductible and a cap.",
     "The plan has a one thousand dollar deductible and a cap."),
    # nouns in -able are nouns
    ("He bought a $40 cable at the store.", "He bought a forty dollar cable at the store."),
    ("They ordered a $500 table for the hall.",
     "They ordered a five hundred dollar table for the hall."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_amount_before_an_able_adjective(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken
