# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, discovery audit 2 (normfix42): entities left in text, caret powers.

Sentences are invented in the shape of news copy (names made up); the expected text is what the
engine should be given. Lines marked "counter-example" must not change with the fix.
"""

from __future__ import annotations

import pytest

from narrate.cleaning import clean_space
from narrate.entities import decode_entities
from narrate.extract import extract_article
from narrate.normalize import article_vocabulary, normalize, normalize_with_map

# HTML character references a twice-escaped page leaves in the text
ENTITIES = [
    ('Subscriptions at the streaming start-up grew 250&percnt; in a single quarter.',
     'Subscriptions at the streaming start-up grew two hundred fifty percent in a single quarter.'),
    ('The council &lpar;which meets monthly&rpar; delayed the vote.',
     'The council, which meets monthly, delayed the vote.'),
    ('Tickets cost &dollar;40 at the door&comma; organisers said&period;',
     'Tickets cost forty dollars at the door, organisers said.'),
    ('The mayor said it was &quot;a fair deal&quot; for residents.',
     'The mayor said it was a fair deal for residents.'),
    ('Fares rose by 12&#37; this spring.',
     'Fares rose by twelve percent this spring.'),
    # counter-examples: an ampersand that is no complete reference stays as written
    ('AT&T and Verizon bid for the spectrum.', None),
    ('The firm doubled its R&D budget after the Q&A session.', None),
    ('Bring tents, stoves, lanterns &c to the campsite.', None),
    ('The Smith&Jones; partnership filed on Monday.', None),
]


@pytest.mark.parametrize(("text", "expected"), ENTITIES)
def test_entities_left_in_text(text: str, expected: str | None) -> None:
    if expected is None:
        assert decode_entities(text) == text
        # the ampersand is still read ("&c" is "et cetera" since normfix48)
        assert " and " in normalize(text) or " et cetera " in normalize(text)
    else:
        assert normalize(text) == expected


def test_entities_keep_the_map_whole() -> None:
    text = "Sales rose 400&percnt; and &lpar;again&rpar; fell."
    out = normalize_with_map(text)
    assert "percnt" not in out.text and "lpar" not in out.text
    assert out.spans[0].in_start == 0 and out.spans[-1].in_end == len(text)


def test_entities_decoded_where_extracted_text_is_built() -> None:
    assert clean_space("up 30&amp;percnt; &NewLine; on the year") == "up 30&percnt; on the year"
    assert clean_space("up 30&percnt; on the year") == "up 30% on the year"
    body = " ".join(
        f"<p>Paragraph {i} of the report says the harbour authority expects more ships this year, "
        "and the dock workers' union says it needs more staff to handle them safely.</p>"
        for i in range(6))
    page = ("<html><head><title>Port traffic</title></head><body><article><h1>Port traffic</h1>"
            "<p>Container traffic at the port rose 180&amp;percnt; &amp;lpar;by volume&amp;rpar; "
            "since the new quay opened, the harbour authority said on Tuesday.</p>"
            f"{body}</article></body></html>")
    art = extract_article(page.encode())
    text = " ".join(b.text for b in art.blocks)
    assert "180% (by volume)" in text
    assert "&" not in text


# a caret between figures, or a short name and a figure, is a power
CARET_POWERS = [
    ('The sensor can count up to 2^16 events before it resets.',
     'The sensor can count up to two to the power of sixteen events before it resets.'),
    ('A signed 32-bit field tops out at 2^31 - 1, engineers noted.',
     'A signed thirty-two-bit field tops out at two to the power of thirty-one minus one, engineers noted.'),
    ('The simulation ran 10^6 * 40 steps overnight.',
     'The simulation ran ten to the power of six times forty steps overnight.'),
    ('Its error rate fell to 10^-4 after the patch.',
     'Its error rate fell to ten to the power of minus four after the patch.'),
    ('The naive method takes n^2 steps and the cube grows as x^3.',
     'The naive method takes n squared steps and the cube grows as x cubed.'),
    ('Einstein wrote E = mc^2 in 1905.',
     'Einstein wrote E equals m c squared in nineteen oh five.'),
    ('The keyspace has 2^n entries for n bits.',
     'The keyspace has two to the power of n entries for n bits.'),
    # counter-examples: no caret power, read as before
    ('The range is 2 - 5 metres.', 'The range is two to five metres.'),
    ('She smiled ^_^ at the camera.', 'She smiled at the camera.'),
]


@pytest.mark.parametrize(("text", "expected"), CARET_POWERS)
def test_caret_powers(text: str, expected: str) -> None:
    assert normalize(text) == expected


# operators and calls in code-like expressions
CODE_EXPRESSIONS = [
    ('The job expires at created_at + retention_days, the docs say.',
     'The job expires at created at plus retention days, the docs say.'),
    ('It retries while attemptCount + 1 stays small.',
     'It retries while attemptCount plus one stays small.'),
    ('The check is whether free_slots >= pending_jobs before each batch.',
     'The check is whether free slots greater than or equal to pending jobs before each batch.'),
    ('The loop stops when retries<=3 or a timeout fires.',
     'The loop stops when retries less than or equal to three or a timeout fires.'),
    ('The bug was that status != 200 was never checked.',
     'The bug was that status is not equal to two hundred was never checked.'),
    ('The server called time.now() twice per request.',
     'The server called time dot now twice per request.'),
    ('Replace datetime.utcnow() with a timezone-aware call.',
     'Replace datetime dot utcnow with a timezone-aware call.'),
    ('Paths are built with os.path.join() and checked by validate_path() first.',
     'Paths are built with os dot path dot join and checked by validate path first.'),
    # counter-examples: "+" and ">" between ordinary words keep their prose reading
    ('The shop sells tent + poles bundles.', 'The shop sells tent and poles bundles.'),
    ('Open Settings > Privacy > Cookies to change it.', 'Open Settings, Privacy, Cookies to change it.'),
    ('The flat has 3 + 2 bedrooms.', 'The flat has three plus two bedrooms.'),
]


@pytest.mark.parametrize(("text", "expected"), CODE_EXPRESSIONS)
def test_code_expressions(text: str, expected: str) -> None:
    assert normalize(text) == expected


# "#" before a lower-case name: a count in a formula, or a chat channel; hashtags stay
HASH_COUNTS = [
    ('The bill scales with #functions x #regions, the engineer wrote.',
     'The bill scales with number of functions times number of regions, the engineer wrote.'),
    ('Total cost is #requests * unit_price per month.',
     'Total cost is number of requests times unit price per month.'),
    ('Questions go to ##rustembedded on the chat network.',
     'Questions go to channel rust embedded on the chat network.'),
    # counter-examples: hashtags in social text
    ('The #MeToo movement began online.', 'The hashtag Me Too movement began online.'),
    ('Fans posted under #worldcup all night.', 'Fans posted under hashtag world cup all night.'),
]


@pytest.mark.parametrize(("text", "expected"), HASH_COUNTS)
def test_hash_counts(text: str, expected: str) -> None:
    assert normalize(text) == expected


# a story's first word set in capitals by the paper: a function word, not an initialism
LEAD_CAPITALS = [
    ('AS Health Minister, she oversaw the vaccine rollout.',
     'As Health Minister, she oversaw the vaccine rollout.'),
    ('AS the floodwater receded, residents returned to their homes.',
     'As the floodwater receded, residents returned to their homes.'),
    ('IT was the coldest night of the year in the Highlands.',
     'It was the coldest night of the year in the Highlands.'),
    ('AT the height of the storm, the bridge was closed.',
     'At the height of the storm, the bridge was closed.'),
    # counter-examples: initialisms at a paragraph's start, or not at its start
    ('IT departments face a shortage of staff.', 'I T departments face a shortage of staff.'),
    ('US officials declined to comment.', 'U S officials declined to comment.'),
    ('AT&T reported higher profits.', 'A-T and T reported higher profits.'),
    ('The school said IT was not to blame.', 'The school said I T was not to blame.'),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_CAPITALS)
def test_lead_capitals(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_preprocessor_lines_are_no_counts() -> None:
    # counter-example: a C include line beside "<" is no "number of"
    assert "number of" not in normalize("Add #include <stdlib.h> at the top of the file.")


@pytest.mark.parametrize(("text", "expected"), [
    ('AS Shadow Chancellor Mary Vance said on Monday, the plan is costed.',
     'As Shadow Chancellor Mary Vance said on Monday, the plan is costed.'),
    ('AS Premier Tom Hale told reporters that rates would rise.',
     'As Premier Tom Hale told reporters that rates would rise.'),
    # counter-example: a club's initials before a name that is no English word
    ('AS Monaco won the derby on Saturday.', 'A-S Monaco won the derby on Saturday.'),
])
def test_lead_as_before_a_title(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_lead_as_before_a_word_the_article_uses() -> None:
    # a rarer title word is a word when the article writes it in lower case elsewhere
    body = "AS Treasurer Tom Hale told reporters that rates would rise.\nThe treasurer said so."
    out = normalize_with_map(body.split("\n")[0], vocabulary=article_vocabulary(body)).text
    assert out.startswith("As Treasurer")


# a part number named by itself after "the" and before a singular verb
PART_NUMBERS = [
    ('The 74181 was the first complete arithmetic unit on a single chip.',
     'The seven four one eight one was the first complete arithmetic unit on a single chip.'),
    ('Unlike its larger sibling, the 38512 has only twelve pins.',
     'Unlike its larger sibling, the three eight five one two has only twelve pins.'),
    # counter-examples: counts, round amounts and years keep their readings
    ('Of the 12500 were residents of the valley, officials said.',
     'Of the twelve thousand five hundred were residents of the valley, officials said.'),
    ('The 20000 was a record crowd for the club.',
     'The twenty thousand was a record crowd for the club.'),
    ('The 46,000 fans sang throughout the match.',
     'The forty-six thousand fans sang throughout the match.'),
    ('The 2024 election is over.', 'The twenty twenty-four election is over.'),
]


@pytest.mark.parametrize(("text", "expected"), PART_NUMBERS)
def test_part_numbers(text: str, expected: str) -> None:
    assert normalize(text) == expected
