# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, audit 47: heights and named number pairs, innings in thirds, baseball positions in
roster lists, a lone Roman "I" after a numbering noun, letter-and-numeral model names. Invented
news sentences; counter-examples must not change."""

import pytest

from narrate.normalize import normalize, normalize_with_map
from narrate.script import article_vocabulary

HEIGHTS = [
    ("The freshman is listed at 6-5, 220 pounds.", "The freshman is listed at six-five, two hundred twenty pounds."),
    ("Ortiz is listed at 6-2 and 185 pounds.", "Ortiz is listed at six-two and one hundred eighty-five pounds."),
    ("The 6-7 forward grabbed 11 rebounds.", "The six-seven forward grabbed eleven rebounds."),
    ("a 6-9 power forward from Dayton", "a six-nine power forward from Dayton"),
    ("She stands 5-11 and plays the wing.", "She stands five-eleven and plays the wing."),
    ("Dawson, 6-3, 240 pounds, can play end.", "Dawson, six-three, two hundred forty pounds, can play end."),
    ("He's 6-1 and fast.", "He's six-one and fast."),
    ("At the combine he measured 6-3.", "At the combine he measured six-three."),
    ("Their new center is listed at 7-1.", "Their new center is listed at seven-one."),
    # counter-examples: scores after a verb, a record, ages, tennis sets, odds
    ("The Royals beat Detroit 6-4 on Friday.", "The Royals beat Detroit six to four on Friday."),
    ("She took the opening set 6-4.", "She took the opening set six to four."),
    ("Denver stands 6-4 in its last ten games.", "Denver stands six to four in its last ten games."),
    ("The camp is open to kids ages 6-11.", "The camp is open to kids ages six to eleven."),
    ("a 4-5 foot drop", "a four to five foot drop"),
]

INNINGS = [
    ("He gave up two runs in 7 1-3 innings.", "He gave up two runs in seven and a third innings."),
    ("The lefty threw 5 2-3 scoreless innings.", "The lefty threw five and two-thirds scoreless innings."),
    ("a 3.12 ERA over 88 2-3 innings pitched", "a three point one two E R A- over eighty-eight and two-thirds innings pitched"),
    ("He has worked 6 1/3 innings this spring.", "He has worked six and a third innings this spring."),
    ("He has thrown 45.2 innings in relief.", "He has thrown forty-five and two-thirds innings in relief."),
    ("The lake rose 2.1 inches in the rain.", "The lake rose two point one inches in the rain."),
    # counter-examples: a range of innings, a pair elsewhere
    ("The starter will throw 2-3 innings.", "The starter will throw two to three innings."),
    ("Kids in grades 1-3 play four innings.", "Kids in grades one to three play four innings."),
]

PAIRS = [
    ("The club switched to a 4-3 alignment in May.", "The club switched to a four-three alignment in May."),
    ("They run a 3-4 defense under the new coach.", "They run a three-four defense under the new coach."),
    ("It was a 2-1 overtime win for Ottawa.", "It was a two-one overtime win for Ottawa."),
    ("The 5-4 ruling split the justices.", "The five-four ruling split the justices."),
    ("A 7-2 Supreme Court decision upheld the law.", "A seven-two Supreme Court decision upheld the law."),
    ("Stanford took a 3-1 series lead.", "Stanford took a three-one series lead."),
    ("The club's 1-2 finish in the relay", "The club's one-two finish in the relay"),
    ("He fouled off a 3-2 count.", "He fouled off a three-two count."),
    ("the pair became a 1-2 punch", "the pair became a one-two punch"),
    ("after back-to-back 2-1 wins", "after back-to-back two-one wins"),
    ("a 60-40 split of the proceeds", "a sixty-forty split of the proceeds"),
    # counter-examples: ranges before measure and count nouns, ratios, odds, margins
    ("They need 2-3 wins to reach the playoffs.", "They need two to three wins to reach the playoffs."),
    ("It is a 3-5 year plan.", "It is a three to five year plan."),
    ("Expect a 2-3 hour wait at the border.", "Expect a two to three hour wait at the border."),
    ("a 10-12 page report", "a ten to twelve page report"),
    ("Prices rose 5-10 percent.", "Prices rose five to ten percent."),
    ("Voters approved it by a 2-1 margin.", "Voters approved it by a two to one margin."),
    ("She is a 3-1 favorite.", "She is a three to one favorite."),
    ("a 102-98 win over Utah", "a one hundred two to ninety-eight win over Utah"),
    ("a 92-88 victory at home", "a ninety-two to eighty-eight victory at home"),
    ("They held a 1-0 lead at the half.", "They held a one to zero lead at the half."),
]

ROMANS = [
    ("Brood I last emerged in 2012.", "Brood One last emerged in twenty twelve."),
    ("Scientists expect Brood XIII next spring.", "Scientists expect Brood Thirteen next spring."),
    ("Part I will air on Sunday.", "Part One will air on Sunday."),
    ("The Phase I trial enrolled 40 patients.", "The Phase One trial enrolled forty patients."),
    ("the Samsung SIII and the Galaxy S II", "the Samsung S Three and the Galaxy S Two"),
    ("The Galaxy S III's screen cracked.", "The Galaxy S Three's screen cracked."),
    # counter-examples: the pronoun, regnal numbers, a code in lower-case prose
    ("Having read Part I thought the ending was weak.", "Having read Part I thought the ending was weak."),
    ("Henry VIII and Louis XIII", "Henry the Eighth and Louis the Thirteenth"),
    ("the SIII protein binds zinc", "the S I I I protein binds zinc"),
]


@pytest.mark.parametrize(("text", "spoken"), HEIGHTS + INNINGS + PAIRS + ROMANS)
def test_normfix65(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken


POSITIONS = [
    ("Moves: placed OF Lou Marsh on the DL and recalled C Ben Ortiz from Reno.", "Moves: placed outfielder Lou Marsh on the D L and recalled catcher Ben Ortiz from Reno."),
    ("C Rafael Soto (sprained wrist): He went on the disabled list Tuesday.", "catcher Rafael Soto, sprained wrist: He went on the disabled list Tuesday."),
    ("SS Ian Kemp (back): Out since the break; RHP Al Ruiz is also hurt.", "shortstop Ian Kemp, back: Out since the break; right-hander Al Ruiz is also hurt."),
    # counter-examples: no roster or baseball around the code
    ("OF Angel Voss (left knee): He missed a month.", "O F Angel Voss, left knee: He missed a month."),
    ("C Street Bridge will close for repairs.", "C Street Bridge will close for repairs."),
    ("Rangers C Mark Kane scored twice.", "Rangers C Mark Kane scored twice."),
    ("Recalled C Tom Lane from the AHL on Friday.", "Recalled C Tom Lane from the A-H L on Friday."),
    ("The ship was signed over. SS Edmund Fitzgerald sank.", "The ship was signed over. S S Edmund Fitzgerald sank."),
]


@pytest.mark.parametrize(("text", "spoken"), POSITIONS)
def test_positions(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken


def test_roster_entries_across_paragraphs() -> None:
    """An article that writes roster entries ("RHP Cal Dunn (elbow):") reads every position's
    code opening another entry as the position, though its own paragraph shows no baseball."""
    article = ("RHP Cal Dunn (elbow): Out for the year.\n"
               "OF Reggie Tamm (left hamstring): Tamm was hitting well.\n"
               "C Jose Prado (shoulder): Prado may return in August.")
    vocabulary = article_vocabulary(article)
    said = [normalize_with_map(p, "en", vocabulary=vocabulary).text for p in article.split("\n")]
    assert said[1] == "outfielder Reggie Tamm, left hamstring: Tamm was hitting well."
    assert said[2] == "catcher Jose Prado, shoulder: Prado may return in August."
    # without the roster around it, the same paragraph keeps its letters
    assert normalize(article.split("\n")[1], "en").startswith("O F Reggie Tamm")

