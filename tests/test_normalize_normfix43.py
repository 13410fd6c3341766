# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, discovery audit D3 (normfix43): unit spellings, permalink anchors, model numbers,
possessive letters and amounts before a noun.

Sentences are invented in the shape of news copy (names made up); the expected text is what the
engine should be given. Lines marked "counter-example" must not change with the fix.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

# the common mis-cased spellings of frequency and bit-rate units after a number
UNIT_CASES = [
    ('The budget laptop has a 2.6Ghz processor and 8 GB of memory.',
     'The budget laptop has a two point six gigahertz processor and eight gigabytes of memory.'),
    ('Older routers only use the 2.4 GHZ band.',
     'Older routers only use the two point four gigahertz band.'),
    ('The radio scanner covers 150 Mhz to 900 MHZ.',
     'The radio scanner covers one hundred fifty megahertz to nine hundred megahertz.'),
    ('Studio recordings are made at 96 khz and music discs at 44.1 Khz.',
     'Studio recordings are made at ninety-six kilohertz and music discs at forty-four point one kilohertz.'),
    ('The village finally got 100 mbps broadband, and the town has 1 gbps fibre.',
     'The village finally got one hundred megabits per second broadband, and the town has one gigabit per second fibre.'),
    ('Upload speeds reached 40 MBPS during the test.',
     'Upload speeds reached forty megabits per second during the test.'),
    # counter-examples: the correct spellings, and a megabyte figure
    ('The chip runs at 4GHz under load.', 'The chip runs at four gigahertz under load.'),
    ('The file is 5 MB in size.', 'The file is five megabytes in size.'),
    ('A 1 Gbps link costs more.', 'A one gigabit per second link costs more.'),
    ('A 30fps video looks smooth.', 'A thirty frames per second video looks smooth.'),
]

# a lone "#", "¶" or "§" after a heading's last word: a permalink anchor, silent
ANCHORS = [
    ('Current status #', 'Current status'),
    ('How the vote was counted ¶', 'How the vote was counted'),
    ('Installing the update §', 'Installing the update'),
    # counter-examples: a number sign before a figure, the language, a section before a number
    ('The album debuted at #2 on the chart.', 'The album debuted at number two on the chart.'),
    ('She writes most of her tools in C# these days.', 'She writes most of her tools in C sharp these days.'),
    ('The rule is set out in § 12 of the act.', 'The rule is set out in section twelve of the act.'),
]

# a processor's model number after its family and tier, with its suffix letter: never thousands
CPU_MODELS = [
    ('My old Intel Core i7 4790k desktop still runs the game.',
     'My old Intel Core i seven forty-seven ninety K desktop still runs the game.'),
    ('The office laptops use an i5-8250u chip.',
     'The office laptops use an i five eighty-two fifty U chip.'),
    ('The reviewer paired it with an i7-4770k and fast memory.',
     'The reviewer paired it with an i seven forty-seven seventy K and fast memory.'),
    ('The Ryzen 7 5800X beat it in most tests.',
     'The Ryzen seven fifty-eight hundred X beat it in most tests.'),
    ('A Ryzen 5 1600x costs far less today.',
     'A Ryzen five sixteen hundred X costs far less today.'),
    ('The Core i9 9900KS was the fastest chip of its year.',
     'The Core i nine ninety-nine hundred K S was the fastest chip of its year.'),
    ('The budget build uses a Ryzen 5 3600 and a used graphics card.',
     'The budget build uses a Ryzen five thirty-six hundred and a used graphics card.'),
    ('Cheaper models get a Ryzen 5 220 instead.',
     'Cheaper models get a Ryzen five two twenty instead.'),
    # counter-examples: thousands and multipliers with no processor tier before them
    ('The job pays a $50k salary with a 5k signing bonus.',
     'The job pays a fifty thousand dollar salary with a five K signing bonus.'),
    ('She ran a 10k race and gained 5k followers.',
     'She ran a ten K race and gained five thousand followers.'),
    ('Chapter 3 shows a 2000x zoom of the cell.',
     'Chapter three shows a two thousand times zoom of the cell.'),
    ('Version 7 3000 users saw the bug.', 'Version seven, three thousand users saw the bug.'),
]

# the possessive of a name ending in a capital letter stays on the letter ("X's", "ex-iz")
POSSESSIVE_LETTERS = [
    ("The Xbox One X's price fell again this week.",
     "The Xbox One X's price fell again this week."),
    ("Fans liked the Xbox One X’s quieter fan.",
     "Fans liked the Xbox One X's quieter fan."),
    ("The Model S's range beat the estimate.", "The Model S's range beat the estimate."),
    ("Windows XP's support ended years ago.", "Windows X P's support ended years ago."),
    # counter-examples: a numeral's possessive, the letter without one
    ("Henry VIII's wives are a school favourite.", "Henry the Eighth's wives are a school favourite."),
    ("The Xbox One X is on sale.", "The Xbox One X is on sale."),
]

# an amount after a determiner and an adjective, before a noun in -ing: the noun's modifier
MONEY_MODIFIERS = [
    ('Its original $4 billion asking price put off most buyers.',
     'Its original four billion dollar asking price put off most buyers.'),
    ('The proposed $2 million parking garage was voted down.',
     'The proposed two million dollar parking garage was voted down.'),
    ('Their initial $300 booking fee is not refunded.',
     'Their initial three hundred dollar booking fee is not refunded.'),
    # counter-examples: the amount as a noun, as an object, and before a verb in -ing
    ('The original $5 million in aid arrived late.',
     'The original five million dollars in aid arrived late.'),
    ('Its original $4 billion was spent within a year.',
     'Its original four billion dollars was spent within a year.'),
    ('The firm spent $4 billion building three plants.',
     'The firm spent four billion dollars building three plants.'),
    ('He was offered a salary of $57,000 considering his experience.',
     'He was offered a salary of fifty-seven thousand dollars considering his experience.'),
]

# a command-line flag after a command on the same line: "dash", never a pause or glued on
CLI_FLAGS = [
    ('Compile it with gcc -O2 main.c -o server and run it.',
     'Compile it with gcc dash O two main.c dash o server and run it.'),
    ('Type git log --oneline to see the history.',
     'Type git log dash dash oneline to see the history.'),
    ('Then run ls -la in the new folder.',
     'Then run ls dash la in the new folder.'),
    ('The file appears when we pass -o server.wasm to the compiler.',
     'The file appears when we pass dash o server.wasm to the compiler.'),
    ('We built one with -s STRICT and one without.',
     'We built one with dash s strict and one without.'),
    # counter-examples: prose dashes, a negative number, a quoted suffix, a list mark
    ('The storm was well - known to locals, in town -if you can believe it.',
     'The storm was well, known to locals, in town, if you can believe it.'),
    ('Overnight it fell to -5 degrees.', 'Overnight it fell to minus five degrees.'),
    ('Pre- and post-war housing differ.', 'Pre-and post-war housing differ.'),
    ('- Stay off the roads tonight.', 'Stay off the roads tonight.'),
    ('I will go -- maybe.', 'I will go, maybe.'),
    ('Words ending in -ing or -ed are verbs here.', 'Words ending in-ing or-ed are verbs here.'),
    ('The sign read "Closed." -Management', 'The sign read Closed. Management'),
]

# C preprocessor directives and header paths
C_HEADERS = [
    ('Every example starts with #include <stdio.h> as usual.',
     'Every example starts with hash include stdio dot h as usual.'),
    ('The patch adds #include <linux/kernel.h> to the driver.',
     'The patch adds hash include linux slash kernel dot h to the driver.'),
    ('Guard the file with #pragma once at the top.',
     'Guard the file with hash pragma once at the top.'),
    # counter-examples: hashtags, a rank, a title in angle brackets
    ('The #include campaign trended all week.', 'The hashtag include campaign trended all week.'),
    ('The single went straight in at #1 on the chart.', 'The single went straight in at number one on the chart.'),
]


@pytest.mark.parametrize("text,spoken", C_HEADERS + UNIT_CASES + ANCHORS + CPU_MODELS + POSSESSIVE_LETTERS
                         + MONEY_MODIFIERS + CLI_FLAGS)
def test_normfix43(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


# a snake-case constant's part the article writes in title case elsewhere: that word
SNAKE_ARTICLE = (
    "Wasm modules now run outside the browser too.\n"
    "Build the module with emcc -s STANDALONE_WASM and test it.\n"
    "The old HTTP_PROXY setting and SOCK_STREAM stay as they were."
)
SNAKE_SPOKEN = [
    "Wasm modules now run outside the browser too.",
    "Build the module with emcc dash s standalone wasm and test it.",
    # counter-examples: parts the article never writes as words
    "The old H T T P proxy setting and sock stream stay as they were.",
]


def test_snake_case_parts_use_the_article_vocabulary() -> None:
    from narrate.normalize import article_vocabulary, normalize_with_map

    vocabulary = article_vocabulary(SNAKE_ARTICLE)
    spoken = [normalize_with_map(p, "en", vocabulary=vocabulary).text
              for p in SNAKE_ARTICLE.split("\n")]
    assert spoken == SNAKE_SPOKEN


def test_snake_case_part_without_evidence_is_spelled() -> None:
    assert normalize("Build the module with emcc -s STANDALONE_WASM and test it.") == (
        "Build the module with emcc dash s standalone W A-S M and test it.")
