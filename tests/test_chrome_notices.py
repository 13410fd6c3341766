"""Chrome heard on held-out audit 47's pages (2013 news): serialized page metadata,
email-form messages, reprint notices, relative timestamps, wire sign-offs and bracketed
teasers. Each rule with counter-examples: invented body sentences of the same shape that
must stay."""

from __future__ import annotations

import pytest

from narrate.cleaning import (
    bracketed_teaser,
    clean_blocks,
    form_message,
    relative_time,
    reprints_notice,
    serialized_object,
    strip_inline_chrome,
    wire_sign_off,
)

from .test_chrome_trailers import CTX, p  # the same invented page and paragraph maker


@pytest.mark.parametrize(("rule", "chrome", "body"), [
    (serialized_object, '{ "modules": [{"name": "photo-box"}], "pageid": "4471", '
     '"section": "news/rivers", "byline": "Ines Marlow", "template": "stories/default" }',
     'The sign on the gangway read "Mind the gap": a warning the crew took literally.'),
    (serialized_object, "[{'id': 7, 'kind': 'ferry', 'route': 'north'}]",
     "[The ferryman] said the crossing would resume on Monday."),
    (serialized_object, '{"a": 1, "b": 2, "c": 3}',
     '{Editor\'s note: the "fare": "route" table is below.}'),
    (form_message, "• Invalid email address.",
     "Invalid votes were set aside by the returning officer after the count."),
    (form_message, "Please enter a valid e-mail address to go on",
     "Please enter the ferry by the rear ramp, the crew told passengers."),
    (form_message, "Your message has been sent.",
     "Your message has been sent to the wrong ministry, the clerk told the council."
     " It will be forwarded to the harbour office next week."),
    (form_message, "Seperate multiple addresses with a semicolon",
     "Separate multiple sailings were laid on for the festival."),
    (form_message, "You can't enter more than 12 recipients.",
     "You can't enter the harbour after dark without a permit."),
    (form_message, "An error has occurred and your email has not been sent. Please try again.",
     "An error in the timetable left passengers waiting for an hour."),
    (reprints_notice, "This copy is for your personal, non-commercial use only. For "
     "non-personal use or to order multiple copies, please contact Harbour Reprints at "
     "1-800-555-0100.",
     "The paper ordered reprints of the 1962 ferry map for the museum shop."),
    (reprints_notice, "Harbour Notes Reprints: To order presentation-ready copies, use the "
     "Order Reprints tool at the bottom of any article.",
     "The reprints sold out within a day, the museum said."),
    (relative_time, "14 hours ago", "14 hours ago, the ferry left the quay for the last time."),
    (relative_time, "Updated 3 minutes ago", "Updated timetables are on the quay."),
    (relative_time, "Yesterday", "Yesterday the ferry ran late."),
    (wire_sign_off, "—Associated Press", "— Associated Press reporters were on board."),
    (wire_sign_off, "(Reporting by Ines Marlow; Editing by Tom Vale)",
     "(Reporting by the council showed that fares fell by a third.)"),
    (wire_sign_off, "With reporting by Reuters, DPA and EFE",
     "With reporting by local papers curtailed, rumours spread."),
    (wire_sign_off, "Additional reporting by Ana Roe in Oslo; Writing by Sam Poe",
     "Additional reporting by Ana Roe contributed to the series."),
    (bracketed_teaser, "[ Fares are rising across the region. Read Ten Ways To Beat The "
     "Queue. ]",
     "[The ferryman] read the notice aloud to the queue."),
    (bracketed_teaser, "(See also: Bridge closures across the estuary)",
     "(The ferry, he added, was late again.)"),
])
def test_rule_drops_chrome_and_keeps_body_text(rule, chrome: str, body: str) -> None:
    assert rule(p(chrome), 5, CTX), chrome
    assert not rule(p(body), 5, CTX), body


def test_sign_off_dropped_but_contributor_sentence_kept() -> None:
    """The verbless desk sign-off goes; a credit that is a sentence stays, as before
    (test_chrome_trailers.test_contributor_credit_is_kept)."""
    body = "The ferry will run hourly from May, the council said."
    credit = "Ana Roe contributed to this report."
    blocks = [p(body), p(credit), p("(Reporting by Ana Roe; Editing by Tom Vale)")]
    kept, dropped = clean_blocks(blocks, CTX)
    assert [b.text for b in kept] == [body, credit]
    assert [name for name, _ in dropped] == ["wire-sign-off"]


def test_notices_around_a_story_are_dropped_in_order() -> None:
    story = ["The ferry will run hourly from May, the council said on Tuesday.",
             "Fares stay at two pounds, and children under five travel free."]
    chrome = ["14 hours ago", "• You must enter an e-mail address first.",
              '{"pageid": "4471", "section": "news", "byline": "Ines Marlow"}']
    kept, dropped = clean_blocks([p(chrome[0]), p(chrome[1]), *map(p, story), p(chrome[2])],
                                 CTX)
    assert [b.text for b in kept] == story
    assert [name for name, _ in dropped] == ["relative-time", "form-message",
                                             "serialized-object"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry sank in 1927 (see: Old river crossings: a history) and was raised a year "
     "later.", "The ferry sank in 1927 and was raised a year later."),
    ("The talks stalled, the envoy said. With reporting by Reuters, DPA and EFE",
     "The talks stalled, the envoy said."),
    ("Fares will not rise this year. (Reporting by Ana Roe; Editing by Tom Vale)",
     "Fares will not rise this year."),
    # counter-examples: no label colon, a last sentence that is prose
    ("The ferry sank in 1927 (see below) and was raised a year later.",
     "The ferry sank in 1927 (see below) and was raised a year later."),
    ("The council met on Monday. Reporting by local papers was thin",
     "The council met on Monday. Reporting by local papers was thin"),
    ("Ana Roe covered the vote. Reporting by Ana Roe contributed to the prize",
     "Ana Roe covered the vote. Reporting by Ana Roe contributed to the prize"),
])
def test_inline_chrome_is_cut_from_a_paragraph(text: str, expected: str) -> None:
    assert strip_inline_chrome(text) == expected
