"""Issue 12, numbers with suffixes: plural numbers not seconds, "49ers", abbreviated years
('08), clipped words after a number ("1.5mn", "2 wks", "6 mos."), a count slash a price."""
import pytest

from narrate.normalize import normalize


@pytest.mark.parametrize(("text", "spoken"), [
    # news-wire and clipped spellings after a number
    ("The flood displaced 1.5mn people across the delta.",
     "The flood displaced one point five million people across the delta."),
    ("Output fell to 3.2 mln barrels a day.",
     "Output fell to three point two million barrels a day."),
    ("The club paid €4.5mn for the winger.",
     "The club paid four point five million euros for the winger."),
    ("Repairs will take 2 wks, officials said.", "Repairs will take two weeks, officials said."),
    ("She signed a 3 wk contract.", "She signed a three week contract."),
    ("The bridge reopened 6 mos. later.", "The bridge reopened six months later."),
    ("He was jailed for 2 yrs in 2019.", "He was jailed for two years in twenty nineteen."),
    ("a 5 hr flight and 10 mins to spare", "a five hour flight and ten minutes to spare"),
    # counter-examples: the letters alone are not clipped words
    ("The mo. of May", "The mo. of May"),
    ("Mn is the symbol for manganese.", "Mn is the symbol for manganese."),
])
def test_clipped_words_after_a_number(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    ("Buy 2 for $5, or 3/$7 at the corner shop.",
     "Buy two for five dollars, or three for seven dollars at the corner shop."),
    ("Yogurt cups are 10/$10 this week.", "Yogurt cups are ten for ten dollars this week."),
    ("Avocados were 4/$1 in the flyer.", "Avocados were four for one dollar in the flyer."),
    ("Cans of soup sell at 12/£10.", "Cans of soup sell at twelve for ten pounds."),
    # counter-examples: a fraction, a score, a price with no count
    ("About 3/4 of voters agreed.", "About three quarters of voters agreed."),
    ("Critics rated it 5/5.", "Critics rated it five out of five."),
])
def test_a_count_slash_a_price_is_a_deal(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
