# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, audit D6: dashes read as censored words, lettered list markers read as the
article, "6/7" between counts, a thread counter before a closing quote read as inches.

Sentences are invented in the shape of news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CENSOR_DASHES = [
    # a letter or word before "--" and a word: a dash, a pause
    ("Quiz answer: b--with one exception for children.", "Quiz answer: b, with one exception for children."),
    ("Correct answer: c--or d, if you count the refund.", "Correct answer: c, or d, if you count the refund."),
    ("Take option d-- then wait a week.", "Take option d, then wait a week."),
    ("It was cheap--but it broke in a week.", "It was cheap, but it broke in a week."),
    ("I--I never saw the letter, she told the court.", "I, I never saw the letter, she told the court."),
    ("Pick b--it costs less.", "Pick b, it costs less."),
    # counter-examples: dashed-out swear words stay a bleep
    ("The coach shouted, \"What the f--- was that?\"", "The coach shouted, What the bleep was that?"),
    ("He told reporters to f--k off.", "He told reporters to bleep off."),
    ("That s--t is d--n hard, he said.", "That bleep is bleep hard, he said."),
    ("The f---ing referee blew it.", "The bleeping referee blew it."),
    ("He called the umpire an a--hole.", "He called the umpire an bleep."),
    ("S--t happens, the mayor said.", "bleep happens, the mayor said."),
    ("What the h--l is going on?", "What the bleep is going on?"),
]

LIST_LETTERS = [
    ("Which one blocks more rays? a. zinc cream b. a spray c. neither", "Which one blocks more rays? A, zinc cream b. a spray c. neither"),
    ("How often should you check? a. a week before b. the day of", "How often should you check? A, a week before b. the day of"),
    ("Choose one:\na. renew the lease\nb. move out", "Choose one:\nA, renew the lease.\nb. move out"),
    ("Quiz time. A. tomatoes B. peppers", "Quiz time. A, tomatoes B. peppers"),
    # counter-examples: the article, a capital before a capital, a.m., vitamin A
    ("A man said he saw the truck.", "A man said he saw the truck."),
    ("A. The first choice costs less.", "A. The first choice costs less."),
    ("The clinic opens at 9 a.m. sharp.", "The clinic opens at nine A-M sharp."),
    ("He took vitamin A. then he slept.", "He took vitamin A. then he slept."),
]

SLASH_COUNTS = [
    ("Police said 3 were hurt, not 8/9 as first reported.", "Police said three were hurt, not eight or nine as first reported."),
    ("About 6/7 people waited outside the clinic.", "About six or seven people waited outside the clinic."),
    ("She swims 3/4 times a week.", "She swims three or four times a week."),
    ("The striker scored in 2/3 matches last month.", "The striker scored in two or three matches last month."),
    ("The crash hurt 7/8 children, fewer than 11/12 as some feared.", "The crash hurt seven or eight children, fewer than eleven or twelve as some feared."),
    # counter-examples: fractions, dates, scores
    ("About 2/3 of voters backed the plan.", "About two thirds of voters backed the plan."),
    ("Add 3/4 cup of flour.", "Add three quarters cup of flour."),
    ("The new tower is 2/3 as tall.", "The new tower is two thirds as tall."),
    ("The vote is on 6/7 this year.", "The vote is on June seventh this year."),
    ("Use 3/4 yards of fabric.", "Use three quarters yards of fabric."),
    ("He made 7/10 free throws.", "He made seven out of ten free throws."),
]

QUOTED_SLASH = [
    ("The mayor posted: “One crash is one crash too many 2/3”", "The mayor posted: One crash is one crash too many two of three"),
    ("“We cut the backlog by 2/3” she said.", "We cut the backlog by two thirds she said."),
    # counter-examples: inch marks
    ("Fit a 3/4” pipe under the sink.", "Fit a three quarter inch pipe under the sink."),
    ("“Bring a 1/2” bolt,” the foreman said.", "Bring a one half inch bolt, the foreman said."),
    ("“Buy the 12” pan,” she said.", "Buy the twelve inch pan, she said."),
]

HOST_INITIALISMS = [
    ("The fighter told MMAweekly.com he was ready.", "The fighter told M M A- weekly dot com he was ready."),
    ("Scores are posted at www.nbastats.com each night.", "Scores are posted at N B A- stats dot com each night."),
    ("The MMA veteran spoke to www.mmaweekly.com on Friday.", "The M M A- veteran spoke to M M A- weekly dot com on Friday."),
    ("Read more at bbcnews.co.uk tonight.", "Read more at B B C news dot co dot uk tonight."),
    # counter-examples: a word, letters said as a word, an unknown lead
    ("Find the team on facebook.com today.", "Find the team on facebook dot com today."),
    ("Clips are on foxsports.com tonight.", "Clips are on foxsports dot com tonight."),
    ("The list ran on bizjournals.com last week.", "The list ran on bizjournals dot com last week."),
]


@pytest.mark.parametrize("text,spoken", CENSOR_DASHES + LIST_LETTERS + SLASH_COUNTS + QUOTED_SLASH
                         + HOST_INITIALISMS)
def test_normfix64(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken
