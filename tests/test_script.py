"""The script stage: order, disclosure, chapters, splitting, names."""

from __future__ import annotations

import pytest

from narrate.errors import UsageError
from narrate.models import Article, Block
from narrate.script import (
    DEFAULT_DISCLOSURE,
    MIN_CHAPTER_S,
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
    # explicit mode: auto now merges these two-second paragraphs (see the floor tests)
    s = build_script(article(PARAS), options=ScriptOptions(chapters="paragraph"))
    assert len(s.chapters) == 1 + len(PARAS)
    assert s.chapters[0].title == "Introduction" and s.chapters[0].paragraphs == ()
    assert [c.paragraphs for c in s.chapters[1:]] == [(i,) for i in range(5)]


def test_section_chapters_follow_headings_and_pause_longer_between_sections():
    blocks = [PARAS[0], ("heading", "Why now"), PARAS[1], PARAS[2], ("heading", "Next"), PARAS[3]]
    profile = VoiceProfile()
    s = build_script(article(blocks), profile, ScriptOptions(chapters="section"))
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
    s = build_script(article(blocks), options=ScriptOptions(chapters="paragraph"))
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


def words(n: int, word: str = "harbour") -> str:
    """A paragraph of ``n`` words (175 wpm: 58 words are 20 seconds)."""
    return " ".join([word] * (n - 1) + [word + "."])


def test_dek_under_the_title_is_not_a_section_heading():
    # a page of eight short sub-stories under one sub-headline: one 4-minute chapter before
    dek = ("heading", "Eight things that changed in the harbour this week")
    subs = [("paragraph", words(90, f"story{i}")) for i in range(8)]
    s = build_script(article([dek, *subs]))
    assert len(s.chapters) == 1 + 8
    assert [c.paragraphs for c in s.chapters[1:]] == [(i,) for i in range(8)]
    assert s.chapters[1].title.startswith("Eight things")  # read, in the first chapter
    assert s.segments[5].text == dek[1]


def test_real_section_headings_still_make_sections():
    # counter-example: the same shape with headings between the paragraphs is sectioned
    blocks = [("paragraph", words(80, "lead")), ("heading", "Why now"),
              ("paragraph", words(80, "why")), ("heading", "What comes next"),
              ("paragraph", words(80, "next"))]
    s = build_script(article(blocks))
    assert [c.title for c in s.chapters[2:]] == ["Why now", "What comes next"]


@pytest.mark.parametrize("heading", [
    "The council's vote ends a decade of argument over how the city should protect "
    "its harbour from rising tides",                              # a standfirst: 19 words
    "Residents say the plan came too late for the houses on the front.",  # a sentence
])
def test_headings_that_read_as_sentences_start_no_section(heading):
    blocks = [("paragraph", words(80, "lead")), ("heading", heading),
              ("paragraph", words(80, "more"))]
    s = build_script(article(blocks), options=ScriptOptions(chapters="section"))
    assert len(s.chapters) == 2 and s.chapters[1].paragraphs == (0, 1)
    # counter-example: a short heading in the same place starts a section
    blocks[1] = ("heading", "Too late for some")
    s = build_script(article(blocks), options=ScriptOptions(chapters="section"))
    assert [c.title for c in s.chapters[2:]] == ["Too late for some"]


def test_heading_with_no_paragraph_after_it_starts_no_chapter():
    blocks = [("paragraph", words(80, "lead")), ("heading", "Why now"),
              ("paragraph", words(80, "why")), ("heading", "Related")]
    s = build_script(article(blocks), options=ScriptOptions(chapters="section"))
    assert [c.title for c in s.chapters] == ["Introduction", chapter_title(words(80, "lead")),
                                             "Why now"]
    assert s.segments[-1].text == "Related"  # still read


def test_kicker_and_headline_make_one_section_not_an_empty_chapter():
    blocks = [("paragraph", words(80, "lead")), ("heading", "Analysis"),
              ("heading", "Why the tide matters"), ("paragraph", words(80, "tide"))]
    s = build_script(article(blocks), options=ScriptOptions(chapters="section"))
    assert [c.title for c in s.chapters[1:]] == [chapter_title(words(80, "lead")), "Analysis"]
    assert all(c.paragraphs for c in s.chapters[1:])


def test_auto_merges_chapters_shorter_than_the_floor():
    # seventeen 4-second paragraphs (12 words at 175 wpm) become chapters of >= 20 s
    blocks = [("paragraph", words(12, f"p{i}")) for i in range(17)]
    s = build_script(article(blocks))
    body = s.chapters[1:]
    assert 1 < len(body) < 17
    assert [p for c in body for p in c.paragraphs] == list(range(17))
    for c in body:
        assert len(c.paragraphs) * 12 * 60 / 175 >= MIN_CHAPTER_S


def test_floor_follows_the_voice_rate():
    # the same 40-word paragraphs last 20 s at 120 wpm (kept apart) but 9 s at 260 wpm
    blocks = [("paragraph", words(40, f"p{i}")) for i in range(6)]
    slow = build_script(article(blocks), VoiceProfile(rate=120))
    fast = build_script(article(blocks), VoiceProfile(rate=260))
    assert len(slow.chapters) == 7 and len(fast.chapters) < 7


def test_long_paragraphs_are_not_merged_and_explicit_modes_keep_every_chapter():
    blocks = [("paragraph", words(70, f"p{i}")) for i in range(4)]
    assert len(build_script(article(blocks)).chapters) == 5  # each is 24 s: kept
    short = [("paragraph", words(5, f"p{i}")) for i in range(4)]
    explicit = build_script(article(short), options=ScriptOptions(chapters="paragraph"))
    assert len(explicit.chapters) == 5


def test_short_last_chapter_joins_the_one_before():
    blocks = [("paragraph", words(70, "a")), ("paragraph", words(70, "b")),
              ("paragraph", words(10, "c"))]
    s = build_script(article(blocks))
    assert [c.paragraphs for c in s.chapters[1:]] == [(0,), (1, 2)]


@pytest.mark.parametrize("text,title", [
    ("“We will build it,” the mayor said.", "We will build it, the mayor said."),
    ("\"Why now\"", "Why now"),
    ("What comes next:", "What comes next"),
    ("— Objections and next steps —", "Objections and next steps"),
    ("• Timeline;", "Timeline"),
    ("‘Too late’ for the front", "Too late’ for the front"),
    ("Why now?", "Why now?"),                       # counter-examples: kept as written
    ("Objections (and replies)", "Objections (and replies)"),
    ("Council approves $4.5 million", "Council approves $4.5 million"),
])
def test_chapter_titles_are_cleaned_of_stray_punctuation(text, title):
    assert chapter_title(text) == title


def test_cut_title_drops_a_quote_it_left_unpaired():
    title = chapter_title("“The barrier will be ready before the next big storm,” she said.")
    assert title.endswith("…") and "“" not in title and "”" not in title


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


# ----------------------------------------------------------------------- code listings

CODE_A = "def total(prices): return sum(prices)"
CODE_B = ">>> total([3, 4]) 7"


def coded(blocks, **kw) -> Article:
    """Like :func:`article`, with a third item per block: is it a code listing."""
    base = article([(k, t) for k, t, _ in blocks], **kw)
    return Article(**{**base.__dict__,
                      "blocks": tuple(Block(k, t, c) for k, t, c in blocks)})


CODED = [
    ("paragraph", "The shop adds up a basket with one small function.", False),
    ("paragraph", "Define it like this:", False),
    ("paragraph", CODE_A, True),
    ("paragraph", CODE_B, True),
    ("paragraph", "The second call shows the result for two prices.", False),
    ("paragraph", "Then call it again:", False),
    ("paragraph", CODE_B, True),
]


def test_code_run_is_one_note_and_the_transcript_keeps_the_code():
    s = build_script(coded(CODED))
    body = [seg for seg in s.segments if seg.kind == "paragraph"]
    spoken = [seg.spoken for seg in body]
    note = "The article shows a code example here."
    assert spoken.count(note) == 2  # one per run of consecutive listings
    assert not any("def total" in x or ">>>" in x for x in spoken)
    first = body[spoken.index(note)]
    assert first.text == f"{note}\n{CODE_A}\n{CODE_B}"  # what was heard, then the code
    assert first.paragraph == 2 and first.spans == ()
    assert body[-1].text == f"{note}\n{CODE_B}" and body[-1].spoken == note
    assert [seg.text for seg in body if seg.spoken != note] == [
        t for _, t, c in CODED if not c]  # prose read as before


def test_code_read_mode_reads_listings_as_before():
    read = build_script(coded(CODED), options=ScriptOptions(code="read"))
    plain = build_script(article([(k, t) for k, t, _ in CODED]))
    assert read.segments == plain.segments


def test_code_note_in_paragraph_chapters_joins_the_introducing_paragraph():
    s = build_script(coded(CODED), options=ScriptOptions(chapters="paragraph"))
    assert [c.paragraphs for c in s.chapters[1:]] == [(0,), (1, 2, 3), (4,), (5, 6)]
    assert all("def total" not in c.title and ">>>" not in c.title for c in s.chapters)


def test_code_note_language_and_leading_code_chapter_title():
    blocks = [("paragraph", CODE_A, True),
              ("paragraph", "Die Funktion addiert die Preise eines Warenkorbs.", False)]
    s = build_script(coded(blocks, language="de"),
                     options=ScriptOptions(chapters="paragraph"))
    body = [seg for seg in s.segments if seg.kind == "paragraph"]
    assert body[0].spoken == "Hier zeigt der Artikel ein Codebeispiel."
    assert s.chapters[1].title == "Hier zeigt der Artikel ein Codebeispiel."


def test_code_mode_is_checked():
    with pytest.raises(UsageError):
        ScriptOptions(code="skip")


def test_script_hash_follows_the_code_text_and_is_unchanged_without_code():
    changed = [(k, t.replace("sum(prices)", "sum(prices) + tax"), c) for k, t, c in CODED]
    a, b = build_script(coded(CODED)), build_script(coded(changed))
    assert [s.spoken for s in a.segments] == [s.spoken for s in b.segments]
    assert a.sha256() != b.sha256()
    plain = build_script(article(PARAS))
    import hashlib
    import json
    old = [(s.kind, s.spoken, s.chapter, s.pause_after_ms) for s in plain.segments]
    blob = json.dumps(old, ensure_ascii=False, separators=(",", ":"))
    assert plain.sha256() == hashlib.sha256(blob.encode("utf-8")).hexdigest()
