"""The script stage: order, disclosure, chapters, splitting, names."""

from __future__ import annotations

import pytest

from narrate.errors import UsageError
from narrate.models import Article, Block
from narrate.script import (
    DEFAULT_DISCLOSURE,
    ScriptOptions,
    build_script,
    chapter_title,
    slugify,
    speak_date,
    split_text,
)
from narrate.voices import VoiceProfile


def article(blocks, **kw) -> Article:
    defaults = dict(title="Harbour barrier approved", author="Miriam Holloway",
                    date="2024-10-23", site="The Harbour Ledger", language="en", source="x.html")
    defaults.update(kw)
    return Article(blocks=tuple(Block(k, t) for k, t in blocks), **defaults)


PARAS = [("paragraph", f"Paragraph number {i} says something.") for i in range(5)]


def test_intro_order_and_every_paragraph_once_in_order():
    s = build_script(article(PARAS))
    kinds = [seg.kind for seg in s.segments]
    assert kinds[:5] == ["disclosure", "title", "byline", "date", "site"]
    assert s.segments[0].text == DEFAULT_DISCLOSURE
    assert s.segments[2].text == "By Miriam Holloway."
    assert s.segments[3].text == "Published on October twenty-third, twenty twenty-four."
    body = [seg for seg in s.segments if seg.kind == "paragraph"]
    assert [seg.text for seg in body] == [t for _, t in PARAS]
    assert [seg.paragraph for seg in body] == [0, 1, 2, 3, 4]


def test_paragraph_chapters_one_per_paragraph_plus_intro():
    s = build_script(article(PARAS))
    assert len(s.chapters) == 1 + len(PARAS)
    assert s.chapters[0].title == "Introduction" and s.chapters[0].paragraphs == ()
    assert [c.paragraphs for c in s.chapters[1:]] == [(i,) for i in range(5)]


def test_section_chapters_follow_headings_and_pause_longer_between_sections():
    blocks = [PARAS[0], ("heading", "Why now"), PARAS[1], PARAS[2], ("heading", "Next"), PARAS[3]]
    profile = VoiceProfile()
    s = build_script(article(blocks), profile)
    assert [c.title for c in s.chapters] == [
        "Introduction", "Paragraph number 0 says something.", "Why now", "Next"]
    assert [c.paragraphs for c in s.chapters] == [(), (0,), (1, 2), (3,)]
    before_heading = next(seg for seg in s.segments if seg.text == PARAS[0][1])
    assert before_heading.pause_after_ms == profile.pause_section_ms
    inside = next(seg for seg in s.segments if seg.text == PARAS[1][1])
    assert inside.pause_after_ms == profile.pause_paragraph_ms
    assert s.segments[-1].pause_after_ms == 0


def test_paragraph_mode_overrides_sections():
    blocks = [("heading", "Why now"), PARAS[0], PARAS[1]]
    s = build_script(article(blocks), options=ScriptOptions(chapters="paragraph"))
    assert [c.paragraphs for c in s.chapters] == [(), (0,), (1,)]
    assert s.chapters[1].title == "Why now"


@pytest.mark.parametrize("position,first,last", [
    ("start", "disclosure", "paragraph"),
    ("end", "title", "outro"),
    ("both", "disclosure", "outro"),
])
def test_disclosure_position(position, first, last):
    s = build_script(article(PARAS), options=ScriptOptions(disclosure_position=position))
    assert s.segments[0].kind == first
    assert s.segments[-1].kind == last
    spoken = sum(seg.text == DEFAULT_DISCLOSURE for seg in s.segments)
    assert spoken == (2 if position == "both" else 1)


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_disclosure_is_refused(text):
    with pytest.raises(UsageError, match="disclosure"):
        ScriptOptions(disclosure=text)


def test_more_than_255_chapters_are_merged_evenly_in_order():
    blocks = [("paragraph", f"Paragraph {i}.") for i in range(600)]
    s = build_script(article(blocks))
    assert len(s.chapters) == 255
    covered = [p for c in s.chapters for p in c.paragraphs]
    assert covered == list(range(600))
    sizes = {len(c.paragraphs) for c in s.chapters[1:]}
    assert sizes <= {2, 3}


def test_long_paragraph_split_at_sentences_and_nothing_lost():
    sentence = "The council met on Tuesday and voted to approve the contract. "
    text = (sentence * 100).strip()
    pieces = split_text(text, 500)
    assert all(len(p) <= 500 for p in pieces)
    assert " ".join(pieces) == text
    assert all(p.endswith(".") for p in pieces)


def test_split_without_sentence_ends_still_bounded():
    text = "word " * 5000
    pieces = split_text(text.strip(), 2000)
    assert all(0 < len(p) <= 2000 for p in pieces)
    assert " ".join(pieces).split() == text.split()
    blob = "x" * 4500
    assert "".join(split_text(blob, 2000)) == blob


def test_chapter_titles_at_most_50_characters():
    title = chapter_title("A very long opening sentence that goes on and on about the harbour")
    assert len(title) <= 50 and title.endswith("…")
    assert chapter_title("Short") == "Short"


@pytest.mark.parametrize("title,slug", [
    ("Council approves $4.5 million contract", "council-approves-4-5-million-contract"),
    ("../../etc/passwd", "etc-passwd"),
    ("Zürich: Über-Café öffnet", "zurich-uber-cafe-offnet"),
    ("Київ", "article"),
    ("", "article"),
])
def test_slugify_is_ascii_and_safe(title, slug):
    assert slugify(title) == slug


def test_slug_length_bounded():
    assert len(slugify("word " * 100)) <= 60


def test_speak_date():
    assert speak_date("2024-10-23") == "Published on October twenty-third, twenty twenty-four."
    assert speak_date(None) is None
    assert speak_date("not a date") is None


def test_script_hash_changes_with_spoken_text():
    a = build_script(article(PARAS))
    b = build_script(article(PARAS[:4]))
    assert a.sha256() == build_script(article(PARAS)).sha256()
    assert a.sha256() != b.sha256()
