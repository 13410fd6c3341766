# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, discovery audit D4 (normfix44): identifier numbers, "#" inside addresses,
model names, glued quotes, handles and apostrophes.

Sentences are invented in the shape of news and tech-blog copy (names made up); the expected
text is what the engine should be given. Lines marked "counter-example" must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

# a long number after a bug/issue/PR label is an identifier, read digit by digit
ID_NUMBERS = [
    ('Bug 2736451 fixes a crash when the window is resized.',
     'Bug two seven three six four five one fixes a crash when the window is resized.'),
    ('The patch landed in pull request 58213 last week.',
     'The patch landed in pull request five eight two one three last week.'),
    ('Reviewers approved PR 40917 and changeset 662104 on Monday.',
     'Reviewers approved P R four zero nine one seven and changeset six six two one zero four on Monday.'),
    ('The regression was filed as issue 31877 on the tracker.',
     'The regression was filed as issue three one eight seven seven on the tracker.'),
    ('Testers moved to build 26100 before the release.',
     'Testers moved to build two six one zero zero before the release.'),
    # counter-example: a short number after the label keeps its usual reading
    ('See issue 5 of the magazine for the full interview.',
     'See issue five of the magazine for the full interview.'),
    # counter-example: "build" as a verb before a count
    ('The council will build 3 houses on the site.',
     'The council will build three houses on the site.'),
    ('Developers plan to build 20000 homes by 2030.',
     'Developers plan to build twenty thousand homes by twenty thirty.'),
    # counter-example: money stays an amount
    ('The town approved a $1,553,982 budget for roads.',
     'The town approved a one million five hundred fifty-three thousand nine hundred eighty-two dollar budget for roads.'),
]


@pytest.mark.parametrize(("text", "expected"), ID_NUMBERS)
def test_id_numbers(text: str, expected: str) -> None:
    assert normalize(text) == expected


# a "#" glued inside an address or a dotted name is "hash"
GLUED_HASH = [
    ('To try it, open about:config#privacy and restart the browser.',
     'To try it, open about:config hash privacy and restart the browser.'),
    ('The guide at help.html#setup explains the first steps.',
     'The guide at help dot H T M L hash setup explains the first steps.'),
    ('The counter stats.saved_login#saved_login rose sharply.',
     'The counter stats.saved login hash saved login rose sharply.'),
    # counter-examples: a hashtag, a rank, a language
    ('Supporters shared #SaveTheLibrary all weekend.',
     'Supporters shared hashtag Save The Library all weekend.'),
    ('The single became a #1 hit in June.',
     'The single became a number one hit in June.'),
    ('The tool is written in C# and runs on Linux.',
     'The tool is written in C sharp and runs on Linux.'),
]

# a closing quote glued to punctuation and the next word leaves a space behind
GLUED_QUOTES = [
    ('Critics called it “a passing fad.”Nobody expected it to last.',
     'Critics called it a passing fad. Nobody expected it to last.'),
    ('The two were “bitter rivals,”with little in common.',
     'The two were bitter rivals, with little in common.'),
    ('She said,"We will appeal."',
     'She said, We will appeal.'),
    # counter-examples: a spaced quote, a possessive after a dotted abbreviation
    ('He called it “a mistake.” Then he resigned.',
     'He called it a mistake. Then he resigned.'),
    ('The U.S.’s reply came on Friday.',
     "The U S's reply came on Friday."),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_HASH + GLUED_QUOTES)
def test_glued_hash_and_quotes(text: str, expected: str) -> None:
    assert normalize(text) == expected


# a user name's digits are said one by one; a left quote typed as the apostrophe is one
NAME_DIGITS = [
    ('The seller kevo777 shipped the parcel within a day.',
     'The seller kevo seven seven seven shipped the parcel within a day.'),
    ('Forum regular drummer3071 posted the first photos.',
     'Forum regular drummer three zero seven one posted the first photos.'),
    ('Moderators banned kevo777‘s account on Tuesday.',
     'Moderators banned kevo seven seven seven’s account on Tuesday.'),
    ('Nobody believed Ana‘s story, and they don‘t now.',
     'Nobody believed Ana’s story, and they don’t now.'),
    # counter-examples: a year in a name, formats and ciphers, short digits, a plain amount
    ('The user marta1987 replied within minutes.',
     'The user marta nineteen eighty-seven replied within minutes.'),
    ('Files are encrypted with sha256 and stored as mp3 or h264 video.',
     'Files are encrypted with sha two hundred fifty-six and stored as mp three or h two hundred sixty-four video.'),
    ('Startups chasing web3 and ipv6 support met in Lisbon.',
     'Startups chasing web three and ipv six support met in Lisbon.'),
    ('The fund raised 777 donations in a week.',
     'The fund raised seven hundred seventy-seven donations in a week.'),
    ('She played the ‘80s hits all night.',
     'She played the eighties hits all night.'),
]


@pytest.mark.parametrize(("text", "expected"), NAME_DIGITS)
def test_name_digits_and_left_apostrophe(text: str, expected: str) -> None:
    assert normalize(text) == expected


# a name hyphened to a letter-and-number code reads as the spaced code
HYPHENED_CODES = [
    ('The board runs on a quad-core Cortex-A72 processor.',
     'The board runs on a quad-core Cortex A- seventy-two processor.'),
    ('Its sensor hub uses a Cortex-M7 core.',
     'Its sensor hub uses a Cortex M seven core.'),
    # counter-examples: the spaced form, a letter before the hyphen, a disease's number
    ('The Galaxy A54 sold well in Europe.',
     'The Galaxy A- fifty-four sold well in Europe.'),
    ('The air force ordered more F-35A jets.',
     'The air force ordered more F thirty-five A- jets.'),
    ('COVID-19 cases fell in March.',
     'Covid nineteen cases fell in March.'),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENED_CODES)
def test_hyphened_model_codes(text: str, expected: str) -> None:
    assert normalize(text) == expected


# "the $N people pay": the amount is the object of a relative clause, "dollars"
CLAUSE_AMOUNTS = [
    ('The app is free, compared to the $0 people pay for most puzzle games.',
     'The app is free, compared to the zero dollars people pay for most puzzle games.'),
    ('That is far above the $12 users spend on music each month.',
     'That is far above the twelve dollars users spend on music each month.'),
    # counter-examples: the amount describes the noun
    ('The city bought a $5 people mover for the airport.',
     'The city bought a five dollar people mover for the airport.'),
    ('She paid a $20 parking fee.',
     'She paid a twenty dollar parking fee.'),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_AMOUNTS)
def test_amount_before_relative_clause(text: str, expected: str) -> None:
    assert normalize(text) == expected


# small ones: "ex:" before examples, programming pairs, an emoji a legend defines
SMALL_ONES = [
    ('Enter the pages to print (ex: 2-4, 8, 9) in the box.',
     'Enter the pages to print, for example two to four, eight, nine, in the box.'),
    ('The tutorial covers the Async/await syntax in depth.',
     'The tutorial covers the async await syntax in depth.'),
    ('Wrap the call in a try/catch block.',
     'Wrap the call in a try catch block.'),
    ('Volunteers this month (🌟 = first contribution)',
     'Volunteers this month, star equals first contribution'),
    # counter-examples: "ex" as a noun, a choice with a slash, an emoji in prose
    ('He called his ex: she did not answer.',
     'He called his ex: she did not answer.'),
    ('Guests can choose tea/coffee at breakfast.',
     'Guests can choose tea or coffee at breakfast.'),
    ('The crowd loved it 🔥 all night.',
     'The crowd loved it all night.'),
]


@pytest.mark.parametrize(("text", "expected"), SMALL_ONES)
def test_small_ones(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_capital_code_keeps_its_hyphen() -> None:
    """Counter-example: capitals before the hyphen are one code, spelled and tied."""
    assert normalize("The ZV-E10 camera is light.") == "The Z V-E ten camera is light."


CVE_IDS = [
    ('Admins rushed to patch CVE-2023-48795 over the weekend.',
     'Admins rushed to patch C V E twenty twenty-three, four eight seven nine five over the weekend.'),
    ('The flaw, tracked as CVE-2019-0708, hit older systems.',
     'The flaw, tracked as C V E twenty nineteen, zero seven zero eight, hit older systems.'),
    # counter-example: the bare acronym
    ('The CVE database lists thousands of entries.',
     'The C V E database lists thousands of entries.'),
]


@pytest.mark.parametrize(("text", "expected"), CVE_IDS)
def test_cve_identifiers(text: str, expected: str) -> None:
    assert normalize(text) == expected
