"""A month written in full before a period: the period is a full stop (issue 12, audit 49)."""

import pytest

from narrate.normalize import normalize

CASES = [
    # a full month name abbreviates nothing: its period ends the sentence, also before an
    # initialism or a capitalized name
    ("Hiring slowed during November. ANZ economists expect a rebound.",
     "Hiring slowed during November. A-N Z economists expect a rebound."),
    ("The plant closed in June. IBM bought the site.",
     "The plant closed in June. I B M bought the site."),
    ("Rates rose in September. Treasury officials were surprised.",
     "Rates rose in September. Treasury officials were surprised."),
    ("The vote is in October. NATO will meet first.",
     "The vote is in October. Nato will meet first."),
    # counter-examples: an abbreviated month before an initialism or a day goes on
    ("The deal closed Nov. 5 in Sydney.", "The deal closed November fifth in Sydney."),
    ("Sales in Jan. and Feb. were weak.", "Sales in January and February were weak."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_full_month_period(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken
