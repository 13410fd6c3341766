# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, audit 48: a player's height after a name and before a bare weight, golf scores'
plurals, ticker codes with an exchange suffix, court docket numbers, generational suffixes.
Invented news sentences; counter-examples must not change."""

import pytest

from narrate.normalize import normalize

HEIGHTS = [
    ("Brandt is 6-3, 210.", "Brandt is six-three, two hundred ten."),
    ("Okafor was 6-10, 245, and still growing.", "Okafor was six-ten, two hundred forty-five, and still growing."),
    ("Vasquez is 6-1.", "Vasquez is six-one."),
    ("Lindqvist is 6-4 and can skate.", "Lindqvist is six-four and can skate."),
    ("He is 6-2, 198; his brother is taller.", "He is six-two, one hundred ninety-eight; his brother is taller."),
    # counter-examples: team records and scores, possessives, a crowd after a score
    ("Portland is 6-4 at home this year.", "Portland is six to four at home this year."),
    ("Portland's 6-4.", "Portland's six to four."),
    ("The Jets beat Buffalo 6-4, 215 fans saw it.", "The Jets beat Buffalo six to four, two hundred fifteen fans saw it."),
    ("Ottawa won 5-3, 6-2.", "Ottawa won five to three, six to two."),
    ("Kids ages 6-9, 120 in all, signed up.", "Kids ages six to nine, one hundred twenty in all, signed up."),
]

GOLF = [
    ("Lindgren opened with back-to-back 4-under 67s.", "Lindgren opened with back-to-back four-under sixty-sevens."),
    ("She put up rounds of 69s all week.", "She put up rounds of sixty-nines all week."),
    ("The Korean carded 71s on both weekend days.", "The Korean carded seventy-ones on both weekend days."),
    ("He shot 66s on Thursday and Friday.", "He shot sixty-sixes on Thursday and Friday."),
    ("a pair of 2-over-par 73s", "a pair of two-over-par seventy-threes"),
    ("She carded 70s on Saturday and Sunday.", "She carded seventies on Saturday and Sunday."),
    # counter-examples: times after a time word, a lap, a count of seconds
    ("He ran the final lap in 62s.", "He ran the final lap in sixty-two seconds."),
    ("The shot clock reset with 24s left.", "The shot clock reset with twenty-four seconds left."),
    ("She was 3 under par after 68 holes.", "She was three under par after sixty-eight holes."),
]

TICKERS = [
    ("Shares of Kyocera (6971.T) rose 2 percent.", "Shares of Kyocera, six nine seven one dot T, rose two percent."),
    ("Hynix (000660.KS) fell in Seoul.", "Hynix, zero zero zero six six zero dot K S, fell in Seoul."),
    ("Lenovo (0992.HK) reported a profit.", "Lenovo, zero nine nine two dot H K, reported a profit."),
    ("Tesco (TSCO.L) cut its forecast.", "Tesco, T S C O dot L, cut its forecast."),
    ("Tokai Mfg. (6013.T) said on Monday", "Tokai Manufacturing, six zero one three dot T, said on Monday"),
    ("Nidec Corp. (NJ, 6594.T) gained.", "Nidec Corporation, N J, six five nine four dot T, gained."),
    # counter-examples: a bracketed decimal, a list of numbers in a bracket
    ("It grew (4.5) times.", "It grew, four point five, times."),
    ("Judges gave it (out of 5, 4.5) stars.", "Judges gave it, out of five, four point five, stars."),
]

DOCKETS = [
    ("The appeal, No. 11-04417, was argued in March.", "The appeal, number one one, zero four four one seven, was argued in March."),
    ("See No. 09-1183 on the docket.", "See number zero nine, one one eight three on the docket."),
    ("Case No. 3:12-cv-00871 was dismissed.", "Case number three, one two, C V, zero zero eight seven one was dismissed."),
    ("in 1:11-cr-00219-RMC, the court", "in one, one one, C R, zero zero two one nine, R M C, the court"),
    # counter-examples: a short pair after "No.", a time, a season
    ("The No. 1-2 finish was a first.", "The number one-two finish was a first."),
    ("The bus leaves at 1:15 today.", "The bus leaves at one fifteen today."),
    ("Then No. 5 Duke lost 71-64.", "Then number five Duke lost seventy-one to sixty-four."),
]

GENERATIONS = [
    ("Trainer Walter Pryce III saddled the colt.", "Trainer Walter Pryce the Third saddled the colt."),
    ("The firm was founded by Thomas Hale II in 1921.", "The firm was founded by Thomas Hale the Second in nineteen twenty-one."),
    ("Senator Robert Tillman IV voted no.", "Senator Robert Tillman the Fourth voted no."),
    ("George Ashby III's horse won.", "George Ashby the Third's horse won."),
    # counter-examples: a sequel's or a game's numeral, a war, a phase, a ruler
    ("Creed III opened on Friday.", "Creed Three opened on Friday."),
    ("Dragon Quest IV sold well.", "Dragon Quest Four sold well."),
    ("veterans of World War II", "veterans of World War Two"),
    ("a Phase III trial", "a Phase Three trial"),
    ("Richard III was king.", "Richard the Third was king."),
]

CASES = HEIGHTS + GOLF + TICKERS + DOCKETS + GENERATIONS


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_normfix69(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
