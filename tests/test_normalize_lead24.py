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


def test_paragraph_bounds_stop_at_line_breaks_and_the_reach() -> None:
    from narrate.speech.money import paragraph_bounds

    text = "First line.\nPrices rose 27c a share.\nLast line."
    start = text.index("27c")
    assert text[slice(*paragraph_bounds(text, start, start + 3))] == "Prices rose 27c a share."
    long = "x" * 50 + "27c" + "y" * 50  # no line break within reach: the end is cut there,
    assert paragraph_bounds(long, 50, 53, reach=10) == (0, 63)  # the start is the text's
    near = "x" * 45 + "\n" + "y" * 4 + "27c"  # a line break within reach starts it
    assert paragraph_bounds(near, 50, 53, reach=10) == (46, 53)
