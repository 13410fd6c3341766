"""Chrome at the end of news stories that a listener heard narrated (session 23, outside
set): reporter/editor contact lines, author boxes with handles and addresses, copyright
footers, slideshow/loader controls and ad labels, comment- and rating-form notes,
teaser-block labels and 'Originally published <date>' lines. Each rule with
counter-examples: invented body sentences of the same shape that must stay."""

from __future__ import annotations

import pytest

from narrate.cleaning import (
    Context,
    arrow_teaser,
    author_bio,
    byline_or_date_repeated,
    clean_blocks,
    contact_line,
    copyright_notice,
    filed_under,
    page_control,
    reader_form_note,
    related_teaser,
)
from narrate.models import Block

CTX = Context(title="Council votes to reopen the river ferry", author="Ines Marlow",
              site="Harbour Notes")


def p(text: str) -> Block:
    return Block("paragraph", text)


@pytest.mark.parametrize(("rule", "chrome", "body"), [
    (contact_line, "To contact the reporter on this story: Ines Marlow in Leith at "
     "imarlow@example.net",
     "To contact the ferry office, passengers queued for two hours in the rain."),
    (contact_line, "To contact the editor responsible for this story: Tom Vale at "
     "tvale3@example.net",
     "To contact their families, the stranded crew used the harbour radio."),
    (contact_line, "To contact the reporters on this story: Ana Roe in Oslo at "
     "aroe@example.net; Sam Poe in Bergen at spoe@example.net",
     "Contact the harbour master before mooring, the notice says, or pay a fine."),
    (contact_line, "Contact the reporter at imarlow@example.net.",
     "Contact with the mainland was lost for three days during the storm."),
    (contact_line, "Write to Ines Marlow at ines.marlow@example.net",
     "Write to your councillor, the campaign urged, before the vote in March."),
    (contact_line, "Her email address is imarlow@example.net.",
     "Her email to the council, sent at midnight, asked for the ferry logs."),
    (author_bio, "Ines Marlow covers transport and the waterfront for Harbour Notes. Follow "
     "Ines on Twitter at @imarlow or subscribe to her feed. Her email address is "
     "imarlow@example.net.",
     "Ines Marlow covers the crossing in her new book, which follows the ferry from 1890 "
     "to its last run in 1962."),
    (author_bio, "Tom Vale is a senior writer at Harbour Notes. Follow him on Twitter @tvale.",
     "Tom Vale is a senior engineer at the shipyard, where the new ferry is being built."),
    (author_bio, "Ana Roe is a staff reporter based in Leith. Reach her at aroe@example.net.",
     "Ana Roe is a former reporter who now runs the ferry society and its small museum."),
    (copyright_notice, "Copyright © 2012 Harbour Notes. All rights reserved.",
     "Copyright lawyers said the ruling would change how the ferry's logo is used."),
    (copyright_notice, "Copyright 2011 by The Harbour Wire Service",
     "Copyright in the old ferry photographs belongs to the town museum, the court found."),
    (copyright_notice, "Copyright: Harbour Notes",
     "The copyright on the timetable expired in 1990, so the society reprinted it."),
    (page_control, "Prev", "Next, the council voted to reopen the crossing."),
    (page_control, "1 of 12", "One of 12 candidates backed the ferry."),
    (page_control, "1 of", "3 of the 12 crossings were cancelled."),
    (page_control, "Loading.", "Loading the ferry took twenty minutes at low tide."),
    (page_control, "Ads by Google", "Ads by the council on the quay announced the vote."),
    (page_control, "Pause", "Pause at the landing stage and look back at the town."),
    (page_control, "See more", "See more of the river from the upper deck."),
    (reader_form_note, "Please note that we publish your name, but your email address will "
     "not be published.",
     "Please note the timetable changes in May, the harbour office said."),
    (reader_form_note, "All comments are moderated before being included, to stop spam.",
     "The debate was moderated by the harbour master, who let everyone speak."),
    (reader_form_note, "We reserve the right to remove comments that break these rules.",
     "The council reserves the right to close the landing in a storm."),
    (reader_form_note, "Rate this article: hover over the stars, then click to rate.",
     "The rate of crossings fell by half after the bridge opened."),
    (reader_form_note, "Have something to say? Let us know in the comments section below.",
     "Have the ferrymen something to say about it? They voted to strike."),
    (arrow_teaser, "Back on the water: the ferryman returns after a year. Ana Roe »",
     "« Nous reviendrons », a dit le passeur."),
    (arrow_teaser, "Ferry fares frozen until 2027 ›", "The fare › the cost, he wrote."),
    (filed_under, "Main Category: Transport / Rivers",
     "Main categories of passengers were foot, bicycle and cart."),
    (filed_under, "Also Included In: History / Tourism",
     "Also included in the fare is a cup of tea on the upper deck."),
    (related_teaser, "EDITORS' PICKS", "Editors picked the ferry as the story of the year."),
    (related_teaser, "Latest Headlines", "The latest headlines from the harbour were grim."),
    (related_teaser, "See more by Ines Marlow on harbournotes.example",
     "See more by taking the slower evening crossing."),
])
def test_rule_drops_chrome_and_keeps_body_text(rule, chrome: str, body: str) -> None:
    assert rule(p(chrome), 5, CTX), chrome
    assert not rule(p(body), 5, CTX), body


def test_originally_published_dateline_is_dropped_but_a_source_note_stays() -> None:
    assert byline_or_date_repeated(p("Originally published on Tue March 4, 2014 9:02 am"), 9, CTX)
    assert not byline_or_date_repeated(p("Originally published on Harbour Weekly."), 9, CTX)
    assert not byline_or_date_repeated(p("Originally the ferry ran on Sundays."), 9, CTX)
    assert byline_or_date_repeated(p("Article Date: 03 Feb 2014 - 0:00 PST"), 9, CTX)
    assert not byline_or_date_repeated(p("The article date was wrong in the archive."), 9, CTX)


def test_contributor_credit_is_kept() -> None:
    """A contributor credit names people the introduction has not named; narrate drops
    only the byline it already read, so the credit stays (and human ground truths often
    keep it)."""
    credit = "Associated Press writer Ana Roe contributed to this report from Oslo, Norway."
    body = "The ferry will run hourly from May, the council said."
    kept, _ = clean_blocks([p(body), p(credit)], CTX)
    assert [b.text for b in kept] == [body, credit]


def test_trailer_is_dropped_and_story_kept_in_order() -> None:
    story = ["The ferry will run hourly from May, the council said on Tuesday.",
             "Contact with the mainland, cut since the bridge closed, resumes with it."]
    trailer = ["To contact the reporter on this story: Ines Marlow at imarlow@example.net",
               "Copyright 2013 Harbour Notes. All rights reserved.", "Ads by Google",
               "Loading..."]
    kept, dropped = clean_blocks([p(t) for t in story + trailer], CTX)
    assert [b.text for b in kept] == story
    assert {name for name, _ in dropped} == {"contact-line", "copyright-notice", "page-control"}
