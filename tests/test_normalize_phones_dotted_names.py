# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Phone numbers, "101", dotted model names, an initial at a line end: classes from check
audit 36 (not independent; sentences invented).

Check audit 36 heard these classes; the rules below are written from them, so audit 36 no
longer measures them. Each table holds counter-examples that must not change.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from narrate.normalize import article_vocabulary, normalize, normalize_with_map

# 1. International phone numbers with hyphens or dots read like the spaced forms
PHONES = [
    ("Reach the Oslo desk at +47-99-999-9900 before noon.", "Reach the Oslo desk at plus four seven, nine nine, nine nine nine, nine nine zero zero before noon."),
    ("The Paris office is on +33.1.23.45.67.89.", "The Paris office is on plus three three, one, two three, four five, six seven, eight nine."),
    ("Call +44-20-7946-0958 for tickets.", "Call plus four four, two zero, seven nine four six, zero nine five eight for tickets."),
    ("Berlin: +49-30-1234567, weekdays only.", "Berlin: plus four nine, three zero, one two three four five six seven, weekdays only."),
    ("Moscow line +7-495-123-45-67 was busy.", "Moscow line plus seven, four nine five, one two three, four five, six seven was busy."),
    # the forms that were already right stay so
    ("The hotline, +1-212-555-0100, opens at nine.", "The hotline, plus one, two one two, five five five, zero one zero zero, opens at nine."),
    ("Dial +44 20 7946 0958 from abroad.", "Dial plus four four, two zero, seven nine four six, zero nine five eight from abroad."),
    ("Call (555) 123-4567 today.", "Call five five five, one two three, four five six seven today."),
    # counter-examples: signed ranges, ranges, dates, scores and ISBNs
    ("Shares could move +5-10% on the news.", "Shares could move plus five to ten percent on the news."),
    ("Expect +2.5-3.0% growth.", "Expect plus two point five to three point zero percent growth."),
    ("The buoy sits at +40.7128-74.0060 now.", "The buoy sits at plus forty point seven one two eight to seventy-four point zero zero six zero now."),
    ("Groups of 10-20 people toured.", "Groups of ten to twenty people toured."),
    ("The vote is on 2024-06-15 in Oslo.", "The vote is on June fifteenth, twenty twenty-four in Oslo."),
    ("Norway won 3-1 at home.", "Norway won three to one at home."),
    ("See ISBN 978-0-306-40615-7 for details.", "See I S B N nine seven eight, zero, three zero six, four zero six one five, seven for details."),
]


@pytest.mark.parametrize(("text", "spoken"), PHONES, ids=[c[0][:40] for c in PHONES])
def test_phones(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


# 2. "101" as the idiom for an introduction after a word in lower case
COURSE_101 = [
    ("Her blog is a crash course in sewing 101.", "Her blog is a crash course in sewing one oh one."),
    ("Personal finance 101", "Personal finance one oh one"),
    ("This is budgeting 101: spend less than you earn.", "This is budgeting one oh one: spend less than you earn."),
    ("It was basic economics 101, the minister said.", "It was basic economics one oh one, the minister said."),
    ("Sign up for our gardening 101 workshop.", "Sign up for our gardening one oh one workshop."),
    ("He took a crash course in SEO 101.", "He took a crash course in S E O one oh one."),
    ("She teaches Econ 101 at Yale.", "She teaches Econ one oh one at Yale."),
    # counter-examples: counts, roads and rooms
    ("She bought 101 dalmatians figurines.", "She bought one hundred one dalmatians figurines."),
    ("About 101 people attended.", "About one hundred one people attended."),
    ("The death toll rose to 101.", "The death toll rose to one hundred one."),
    ("His grandmother turned 101.", "His grandmother turned one hundred one."),
    ("The toll hit 101.", "The toll hit one hundred one."),
    ("She turns 101 today.", "She turns one hundred one today."),
    ("Survivors numbered 101.", "Survivors numbered one hundred one."),
    ("The mill made sewing 101 dresses a day.", "The mill made sewing one hundred one dresses a day."),
    ("Read page 101.", "Read page one hundred one."),
    ("Traffic slowed on Route 101 and Highway 101.", "Traffic slowed on Route one oh one and Highway one oh one."),
    ("Guests waited in room 101.", "Guests waited in room one oh one."),
]


@pytest.mark.parametrize(("text", "spoken"), COURSE_101, ids=[c[0][:40] for c in COURSE_101])
def test_course_101(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


# 3. Dotted model names: capitals, a dot, then a number or a word in capitals
DOTTED_MODELS = [
    ("Deliveries of the ID.3 resumed in May.", "Deliveries of the I D three resumed in May."),
    ("The ID.4 and ID.7 share a battery.", "The I D four and I D seven share a battery."),
    ("Its IQ.LIGHT lamps dim at night.", "Its I Q light lamps dim at night."),
    ("IQ.LIGHT", "I Q Light"),
    # counter-examples: real sentence ends, dotted initials, decimals, file names, numbered
    # abbreviations, standards
    ("He worked for the FBI. Agents said he left.", "He worked for the F B I. Agents said he left."),
    ("The U.S. Senate voted.", "The U S Senate voted."),
    ("Prices rose 3.5 percent.", "Prices rose three point five percent."),
    ("Edit config.yml first.", "Edit config dot Y M L first."),
    ("It was ranked NO.1 again.", "It was ranked number one again."),
    ("It decodes H.264 video.", "It decodes H dot two sixty-four video."),
    ("Fine particles, PM2.5, rose.", "Fine particles, P M two point five, rose."),
    ("Built on ASP.NET by the team.", "Built on A-S P dot net by the team."),
]


@pytest.mark.parametrize(("text", "spoken"), DOTTED_MODELS, ids=[c[0][:40] for c in DOTTED_MODELS])
def test_dotted_models(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


# a dotted name's prefix before a word in capitals reads through where the article writes the
# name elsewhere (glued, "ID.3", or repeated, "Volkswagen ID. Buzz"); elsewhere it is a stop
DOTTED_PREFIX = [
    ("Volkswagen sold the ID.3 in Europe.", "Then came the ID. SPACE VIZZION concept.", "Then came the I D space Vizzion concept."),
    ("Volkswagen ID. Buzz vans and the ID. Buzz camper sold out.", "The ID. SPACE VIZZION is next.", "The I D space Vizzion is next."),
    # counter-examples: no such name in the article; a word that opens sentences after it
    ("Volkswagen showed a concept.", "Then came the ID. SPACE VIZZION concept.", "Then came the I D. Space Vizzion concept."),
    ("Volkswagen sold the ID.3 in Europe.", "She returned her ID. The dealer refunded her.", "She returned her I D. The dealer refunded her."),
    ("The FBI.GOV site was down.", "He worked for the FBI. Agents said he left.", "He worked for the F B I. Agents said he left."),
]


@pytest.mark.parametrize(("other", "text", "spoken"), DOTTED_PREFIX, ids=[c[1][:40] for c in DOTTED_PREFIX])
def test_dotted_prefix_from_article(other: str, text: str, spoken: str) -> None:
    vocabulary = article_vocabulary(other + "\n" + text)
    assert normalize_with_map(text, "en", vocabulary=vocabulary).text == spoken


# 4. A lone capital and its stop at the end of a line, with more lines after it in the same
# paragraph: eSpeak NG takes "L." for an abbreviation and runs on, so the stop becomes a colon
LETTER_AT_LINE_END = [
    ("Madeline L.\nYale College, Class of 2027", "Madeline L:\nYale College, Class of twenty twenty-seven"),
    ("Their fallback was Plan B.\nStep two follows.", "Their fallback was Plan B:\nStep two follows."),
    ("Service is from PG&E.\nInstalls take 1-2 days.", "Service is from P G and E:\nInstalls take one to two days."),
    ("He moved to the U.S.\nHis family followed.", "He moved to the U S:\nHis family followed."),
    # a name wrapped after an initial is rare: the pause is kept (decided)
    ("J.\nR. R. Tolkien wrote it.", "J:\nR R Tolkien wrote it."),
    # counter-examples: an initial inside a line, a word's stop, the end of the text, and I or
    # C, after which eSpeak NG stops already
    ("Samuel T. Ruiz spoke first.", "Samuel T Ruiz spoke first."),
    ("Madeline Lee.\nYale College", "Madeline Lee.\nYale College"),
    ("Written by Madeline L.", "Written by Madeline L."),
    ("The FBI.\nAgents searched the house.", "The F B I.\nAgents searched the house."),
    ("Washington, D.C.\nThe mayor said no.", "Washington, D C.\nThe mayor said no."),
]


@pytest.mark.parametrize(("text", "spoken"), LETTER_AT_LINE_END, ids=[c[0][:40] for c in LETTER_AT_LINE_END])
def test_letter_at_line_end(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


def test_letter_at_line_end_keeps_the_map() -> None:
    text = "Madeline L.\nYale College"
    out = normalize_with_map(text)
    spans = out.spans
    assert spans[0].in_start == 0 and spans[-1].in_end == len(text)
    assert all(a.in_end == b.in_start for a, b in pairwise(spans))
    colon = out.text.index(":")
    source = out.source_of(colon, colon + 1)
    assert source is not None and source[1] == text.index(".") + 1  # the colon is the stop
