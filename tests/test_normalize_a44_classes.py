# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes from audit 44 (session 21): bracketed numbers at a sentence end decided by the
page (citations or counts), placeholders in angle brackets, template variables, a shell prompt
before any command, day-month dates as modifiers, the end of a range of days, separator runs,
one-star censored words, capitalized "I.e."/"E.g." and an arrow before a clause. Invented
sentences, with counter-examples that must not change."""

from __future__ import annotations

import pytest

from narrate.normalize import article_vocabulary, normalize, normalize_with_map

# A page that cites its sources by bracketed numbers after clauses.
CITING_PAGE = """Home scales estimate body fat from a weak current (4). Readings shift with hydration (5, 6).
Scans split the body into regions (arms, legs and trunk) (8).
Lab devices are more accurate (2–4% error) (3, 12 ).
Four-part models are the standard other tools are compared to (3).
Underwater weighing was common for decades (11)."""

CITING_READ = [
    "Home scales estimate body fat from a weak current. Readings shift with hydration.",
    "Scans split the body into regions, arms, legs and trunk.",
    "Lab devices are more accurate, two to four percent error.",
    "Four-part models are the standard other tools are compared to.",
    "Underwater weighing was common for decades.",
]

# A page that lists counts after item names (a game's recipes, a kit list).
COUNTING_PAGE = """Seed Cake: Pumpkin (1) Rye Flour (2) Honey (1).
Cider: Apple (3).
Trail Mix: Hazelnut (2), Dried Plum (1), Oat (1).
Broth: Leek (1) Wild Onion (1).
Pie: Cherry (4)."""

COUNTING_READ = [
    "Seed Cake: Pumpkin, one, Rye Flour, two, Honey, one.",
    "Cider: Apple, three.",
    "Trail Mix: Hazelnut, two, Dried Plum, one, Oat, one.",
    "Broth: Leek, one, Wild Onion, one.",
    "Pie: Cherry, four.",
]


def _read_page(page: str) -> list[str]:
    vocabulary = article_vocabulary(page)
    return [normalize_with_map(p, "en", vocabulary=vocabulary).text for p in page.split("\n")]


def test_citation_page_drops_markers_after_prepositions_and_brackets() -> None:
    assert _read_page(CITING_PAGE) == CITING_READ


def test_count_page_reads_every_sibling_count() -> None:
    assert _read_page(COUNTING_PAGE) == COUNTING_READ


SINGLE = [
    # counter-examples, a paragraph alone: a preposition's value is read, a clause's marker is not
    ("The new design was compared to (3).", "The new design was compared to, three."),
    ("Sales rose fastest in the United States (1).", "Sales rose fastest in the United States."),
    ("Grades: soft (4), medium (6) and firm (8).", "Grades: soft, four, medium, six, and firm, eight."),
    ("See Table (3).", "See Table, three."),
    # sibling counts after names, with no commas between the items
    ("Needs: Copper Bar (5) Iron Bar (2) Gold Bar (1).", "Needs: Copper Bar, five, Iron Bar, two, Gold Bar, one."),
]

PLACEHOLDERS = [
    ("The sign reads 'Bakery of <your name>' in gold.", "The sign reads 'Bakery of your name' in gold."),
    ("Well, <your name>, that is a surprise.", "Well, your name, that is a surprise."),
    ("Save the report as <file name> and sign in as <username>.", "Save the report as file name and sign in as username."),
    ("Type <first name> <last name> in the box.", "Type first name last name in the box."),
    # counter-examples: markup stays silent
    ("I typed <b>bold</b> text.", "I typed bold text."),
    ("Old pages used <br clear> and <td nowrap> a lot.", "Old pages used and a lot."),
]

TEMPLATE_VARIABLES = [
    ("Did %child1 finish the chores, %partner?", "Did child one finish the chores, partner?"),
    ("The game greets %farmer by name.", "The game greets farmer by name."),
    # counter-examples: a percent after a figure
    ("Prices rose 5% and 12 % last year.", "Prices rose five percent and twelve percent last year."),
    ("Rates: 3%, 4% or (5%).", "Rates: three percent, four percent or, five percent."),
]

PROMPTS = [
    ("$ flake8", "flake eight"),
    ("Then run it: $ pytest", "Then run it: pytest"),
    ("Install it first:\n$ brew install jq", "Install it first:\nbrew install jq"),
    # counter-examples: an amount, a spaced dollar before a number word
    ("The fee: $ 5 a month.", "The fee: five dollars a month."),
    ("It costs $5 now.", "It costs five dollars now."),
]

DATES = [
    ("The court issued a 26 December 2019 ruling on the ban.", "The court issued a December twenty-sixth, twenty nineteen ruling on the ban."),
    ("Its 3 May report was late.", "Its May third report was late."),
    ("This 14 March 2021 letter changed the plan.", "This March fourteenth, twenty twenty-one letter changed the plan."),
    ("The 9 June 2020 vote passed.", "The June ninth, twenty twenty vote passed."),
    # the article agrees with the month now said after it
    ("An 8 March 2020 order closed the schools.", "A March eighth, twenty twenty order closed the schools."),
    ("It was a 1 April 2019 memo.", "It was an April first, twenty nineteen memo."),
    ("She cited an 11 May 2020 ruling.", "She cited a May eleventh, twenty twenty ruling."),
    # counter-examples: a date as a noun
    ("The vote was held on 9 June 2020.", "The vote was held on the ninth of June, twenty twenty."),
    ("It ended on the 9 June.", "It ended on the ninth of June."),
    ("The show runs from the 9 June to the 12 June.", "The show runs from the ninth of June to the twelfth of June."),
]

DATE_RANGES = [
    ("The fair runs June 13 to 17 in Kingston.", "The fair runs June thirteenth to seventeenth in Kingston."),
    ("Talks are set for 13-17 June.", "Talks are set for the thirteenth to seventeenth of June."),
    ("Talks are set for June 13–17.", "Talks are set for June thirteenth to seventeenth."),
    ("The market opens from 13 to 17 March.", "The market opens from the thirteenth to seventeenth of March."),
    ("The fair runs June 13 through 17.", "The fair runs June thirteenth through seventeenth."),
    ("Classes run 3 through 7 May.", "Classes run the third through seventh of May."),
    # counter-example: a score before a month
    ("After a 2-1 March win, the team rested.", "After a two to one March win, the team rested."),
]

SEPARATORS = [
    ("Results\n==========\nThe count is done.", "Results.\nThe count is done."),
    ("*****", ""),
    ("~~~~~~", ""),
    ("__________", ""),
    ("#####", ""),
    ("## Setup steps", "Setup steps"),
    # counter-examples: operators in code, a number sign
    ("if (a === b) return;", "if, a equals b, return;"),
    ("She was ranked #1 in the state.", "She was ranked number one in the state."),
]

CENSORED = [
    ("What the f*ck was that?", "What the bleep was that?"),
    ("That is sh*t, he said.", "That is bleep, he said."),
    ("Stop being a b*tch about it.", "Stop being a bleep about it."),
    ("What a f*cking mess.", "What a bleeping mess."),
    ("They are a**holes.", "They are bleep."),
    ("F*ck this, he said.", "bleep this, he said."),
    ("The sign said SH*T HAPPENS.", "The sign said bleep happens."),
    # counter-examples: a product, a wildcard
    ("Multiply x*y by two.", "Multiply x y by two."),
    ("Then 2*3 is six.", "Then two times three is six."),
]

GLOSSES = [
    ("I.e. the plan failed.", "That is the plan failed."),
    ("E.g. a bus or a tram.", "For example a bus or a tram."),
    ("Use a tool (I.E. a hammer).", "Use a tool, that is a hammer."),
    ("ausgeraubt -> I got robbed", "ausgeraubt, I got robbed"),
    ("Click Save → it asks again.", "Click Save, it asks again."),
    # counter-examples: an arrow to a destination or a change
    ("London -> Paris -> Berlin", "London to Paris to Berlin"),
    ("Cow milk → oat milk", "Cow milk to oat milk"),
    ("That is, i.e. the plan.", "That is, that is the plan."),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE + PLACEHOLDERS + TEMPLATE_VARIABLES + PROMPTS
                         + DATES + DATE_RANGES + SEPARATORS + CENSORED + GLOSSES)
def test_audit44_classes(text: str, expected: str) -> None:
    assert normalize(text) == expected
