"""Turn an :class:`~narrate.models.Article` into the narration :class:`~narrate.models.Script`.

The script fixes, before any audio exists, exactly what is said, in which
order, with which pauses, and how it is grouped into chapters:

1. the introduction chapter: the AI disclosure, the title, the byline, the
   date spoken as words, and the site name;
2. every body paragraph, once, in order (headings are read too, as section
   starts); paragraphs longer than the profile's ``max_chars`` are split at
   sentence boundaries, because eSpeak NG mispaces very long inputs and a
   sentence is the natural unit of a breath;
3. when only part of the article is on the page (``Article.partial``), a
   line that says so ("The rest of this article is for subscribers."), after
   the last paragraph, in the last chapter, so transcript and chapters have it;
4. the disclosure again at the end when asked.

Chapters are one per paragraph, or one per section when the article has
section headings (``auto``). Not every heading starts a section: a dek or
standfirst under the title, a heading that reads as a sentence, and a heading
with no paragraph after it are read where they stand but start no chapter
(:func:`section_starts`). In ``auto`` mode a chapter shorter than
:data:`MIN_CHAPTER_S` of speech takes in the next one, so a listener gets
chapters worth skipping to rather than seventeen four-second ones; the
explicit modes give exactly what they name. ID3 limits a CTOC to 255
children, so neighbouring chapters are merged evenly when an article is longer.
Chapter titles are cut to 50 characters and cleaned of stray punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date as Date
from typing import Literal

from .errors import UsageError
from .models import DEFAULT_DISCLOSURE, Article, Block, ChapterPlan, Script, Segment
from .normalize import article_vocabulary, normalize_with_map
from .pagekind import partial_notice
from .voices import VoiceProfile

MAX_CHAPTERS = 255
MAX_TITLE = 50
#: in ``auto`` mode, chapters shorter than this (seconds of speech, estimated from
#: the word count at the voice's rate) are merged with the next one
MIN_CHAPTER_S = 20.0
#: a heading longer than this many words reads as a sentence (a dek, a standfirst)
MAX_HEADING_WORDS = 14

ChapterMode = Literal["auto", "paragraph", "section"]
DisclosurePosition = Literal["start", "end", "both"]
CodeMode = Literal["note", "read"]

#: what the narration says in place of a run of code listings (``--code note``); it
#: follows a sentence such as "Run the following:" naturally. Other languages fall
#: back to English, as the partial notice does.
CODE_NOTE: dict[str, str] = {
    "en": "The article shows a code example here.",
    "de": "Hier zeigt der Artikel ein Codebeispiel.",
    "fr": "L'article montre ici un exemple de code.",
    "es": "Aquí el artículo muestra un ejemplo de código.",
}


@dataclass(frozen=True)
class ScriptOptions:
    """What shapes the narration besides the article and the voice."""

    disclosure: str = DEFAULT_DISCLOSURE
    disclosure_position: DisclosurePosition = "start"
    chapters: ChapterMode = "auto"
    #: ``note``: a code listing (``Block.code``) is not read, a short note is said in its
    #: place and the transcript keeps the code; ``read``: it is read like any paragraph
    code: CodeMode = "note"

    def __post_init__(self) -> None:
        if not self.disclosure or not self.disclosure.strip():
            raise UsageError(
                "the disclosure text is empty; every edition must say it was made with AI "
                "assistance (give --disclosure TEXT to reword it)."
            )
        if self.disclosure_position not in ("start", "end", "both"):
            raise UsageError("--disclosure-position must be start, end or both.")
        if self.chapters not in ("auto", "paragraph", "section"):
            raise UsageError("--chapters must be auto, paragraph or section.")
        if self.code not in ("note", "read"):
            raise UsageError("--code must be note or read.")


def build_script(
    article: Article,
    profile: VoiceProfile | None = None,
    options: ScriptOptions | None = None,
    *,
    lexicon=None,
) -> Script:
    """Plan the narration of ``article`` for ``profile``."""
    profile = profile or VoiceProfile()
    options = options or ScriptOptions()
    lang = (article.language or profile.language or "en").split("-")[0].lower()
    if lexicon is not None:
        lexicon = lexicon.for_language(lang)

    # the words the article writes in lower case: they tell an ordinary word capitalized in a
    # heading ("Pan/Tilt") from a name (see normalize_with_map)
    vocabulary = article_vocabulary("\n".join(b.text for b in article.blocks))

    def segment(kind, text: str, **kw) -> Segment:
        """A segment speaking ``text`` normalized, with the map back to its wording."""
        norm = normalize_with_map(text, lang, lexicon, vocabulary=vocabulary)
        return Segment(kind, text, norm.text, spans=tuple(norm.as_tuples()), **kw)

    disclosure = " ".join(options.disclosure.split())
    segments: list[Segment] = []

    # Introduction chapter.
    intro: list[tuple[str, str, bool]] = []  # (kind, text, normalize it)
    if options.disclosure_position in ("start", "both"):
        intro.append(("disclosure", disclosure, True))
    intro.append(("title", article.title, True))
    if article.author:
        intro.append(("byline", f"By {article.author}.", True))
    spoken_date = speak_date(article.date, lang)
    if spoken_date:
        intro.append(("date", spoken_date, False))
    if article.site:
        site = f"From {article.site}." if lang == "en" else f"{article.site}."
        intro.append(("site", site, True))
    for i, (kind, text, normalized) in enumerate(intro):
        pause = profile.pause_intro_ms if i == len(intro) - 1 else profile.pause_sentence_ms
        if normalized:
            segments.append(segment(kind, text, chapter=0, pause_after_ms=pause))
        else:
            segments.append(Segment(kind, text, text, chapter=0, pause_after_ms=pause))

    # Body: group blocks into chapters.
    noted = options.code == "note"
    note = code_note(lang)
    groups = _chapter_groups(article, options.chapters, code_joins=noted)

    def n_words(block: Block) -> int:
        return len((note if noted and block.code else block.text).split())

    if options.chapters == "auto":
        words = [sum(n_words(article.blocks[p]) for p in g) for g in groups]
        groups = merge_short(groups, [w * 60 / profile.rate for w in words], MIN_CHAPTER_S)
    groups = merge_groups(groups, MAX_CHAPTERS - 1)
    chapters = [ChapterPlan("Introduction", ())]
    paragraph_index = {}  # block position -> paragraph number
    n = 0
    for pos, block in enumerate(article.blocks):
        if block.kind == "paragraph":
            paragraph_index[pos] = n
            n += 1

    for group in groups:
        chapter_no = len(chapters)
        paras = tuple(paragraph_index[p] for p in group if p in paragraph_index)
        first = article.blocks[group[0]]
        title = note if noted and first.code else first.text
        chapters.append(ChapterPlan(chapter_title(title), paras))
        in_code = False  # the last segment is a run of code listings in this chapter
        for p in group:
            block = article.blocks[p]
            if noted and block.code:
                seg = _code_segment(block, note, chapter_no, paragraph_index.get(p),
                                    profile.pause_paragraph_ms,
                                    segments.pop() if in_code else None)
                segments.append(seg)
                in_code = True
                continue
            in_code = False
            pieces = split_text(block.text, profile.max_chars)
            for k, piece in enumerate(pieces):
                segments.append(
                    segment(
                        block.kind, piece, chapter=chapter_no,
                        paragraph=paragraph_index.get(p),
                        pause_after_ms=profile.pause_sentence_ms if k < len(pieces) - 1
                        else profile.pause_paragraph_ms,
                    )
                )
        # a longer pause where a new section (heading) starts
        nxt = group[-1] + 1
        if nxt < len(article.blocks) and article.blocks[nxt].kind == "heading":
            segments[-1] = _with_pause(segments[-1], profile.pause_section_ms)

    if article.partial is not None:
        notice = partial_notice(article.partial, lang)
        segments[-1] = _with_pause(segments[-1], profile.pause_section_ms)
        segments.append(segment("notice", notice, chapter=len(chapters) - 1,
                                pause_after_ms=profile.pause_paragraph_ms))
    if options.disclosure_position in ("end", "both"):
        segments[-1] = _with_pause(segments[-1], profile.pause_section_ms)
        segments.append(segment("outro", disclosure, chapter=len(chapters) - 1))
    segments[-1] = _with_pause(segments[-1], 0)
    return Script(article, tuple(segments), tuple(chapters), disclosure)


def code_note(lang: str = "en") -> str:
    """The note said in place of a code listing, in the article's language (English else)."""
    return CODE_NOTE.get((lang or "en").split("-")[0].casefold(), CODE_NOTE["en"])


def _code_segment(block: Block, note: str, chapter: int, paragraph: int | None,
                  pause_ms: int, previous: Segment | None) -> Segment:
    """The segment for a code listing: the note is spoken, the note and the code are its text.

    A listing that continues a run of code in the same chapter (``previous``
    is that run's segment: an extractor may split one listing into several
    paragraphs, and tutorials put a command and its output in two) joins its
    text instead, so a run is announced once. The segment has no span map:
    the read-along transcript shows it as one cue over the note. The text
    starts with the note, so the transcript says what was heard before the
    code it stands for, and ``narrate verify``'s speech check hears the cue
    as its own text.
    """
    if previous is not None:
        return _replace(previous, text=f"{previous.text}\n{block.text}")
    return Segment("paragraph", f"{note}\n{block.text}", note, chapter=chapter,
                   paragraph=paragraph, pause_after_ms=pause_ms)


def _replace(seg: Segment, **changes) -> Segment:
    from dataclasses import replace

    return replace(seg, **changes)


def _with_pause(seg: Segment, pause_ms: int) -> Segment:
    from dataclasses import replace

    return replace(seg, pause_after_ms=pause_ms)


def _chapter_groups(article: Article, mode: ChapterMode,
                    code_joins: bool = False) -> list[list[int]]:
    """Block positions grouped per chapter: per paragraph, or per section.

    With ``code_joins`` (code listings said as a note), a code listing joins
    the chapter of the paragraph before it, which introduces it ("Run the
    following:"): a chapter that is only the note is nothing to skip to.
    """
    starts = section_starts(article.blocks)
    if mode == "auto":
        mode = "section" if starts else "paragraph"
    groups: list[list[int]] = []
    for pos in range(len(article.blocks)):
        if mode == "paragraph":
            # a heading joins the paragraph that follows it
            if groups and (article.blocks[groups[-1][-1]].kind == "heading"
                           or (code_joins and article.blocks[pos].code)):
                groups[-1].append(pos)
            else:
                groups.append([pos])
        elif pos in starts or not groups:
            groups.append([pos])
        else:
            groups[-1].append(pos)
    return groups


def section_starts(blocks: tuple[Block, ...] | list[Block]) -> set[int]:
    """Positions of the headings that start a section a listener can skip to.

    A heading is read aloud wherever it stands, but it starts a section only
    when it sits between paragraphs: one before the first paragraph is a
    kicker, dek or standfirst under the title; one with no paragraph after it
    is a leftover label. A heading that reads as a sentence (more than
    :data:`MAX_HEADING_WORDS` words, or a full stop after eight or more) is a
    dek or pull quote set in a heading tag, and a heading right after a
    section start (a kicker and its headline) belongs to that start.
    """
    starts: set[int] = set()
    last_paragraph = max((i for i, b in enumerate(blocks) if b.kind == "paragraph"), default=-1)
    seen_paragraph = False
    for pos, block in enumerate(blocks):
        if block.kind == "paragraph":
            seen_paragraph = True
            continue
        if not seen_paragraph or pos > last_paragraph or not _reads_as_heading(block.text):
            continue
        if pos - 1 in starts:
            continue
        starts.add(pos)
    return starts


def _reads_as_heading(text: str) -> bool:
    words = text.split()
    if len(words) > MAX_HEADING_WORDS:
        return False
    return not (len(words) >= 8 and text.rstrip().endswith("."))


def merge_short(groups: list[list[int]], seconds: list[float], floor: float) -> list[list[int]]:
    """Merge each group shorter than ``floor`` seconds with the next (the last with the one
    before), so that every chapter is worth skipping to; order and content are kept."""
    merged: list[list[int]] = []
    lengths: list[float] = []
    for group, length in zip(groups, seconds, strict=True):
        if merged and lengths[-1] < floor:
            merged[-1] = merged[-1] + group
            lengths[-1] += length
        else:
            merged.append(list(group))
            lengths.append(length)
    if len(merged) > 1 and lengths[-1] < floor:
        last = merged.pop()
        merged[-1] = merged[-1] + last
    return merged


def merge_groups(groups: list[list[int]], limit: int) -> list[list[int]]:
    """Merge neighbouring groups evenly so that at most ``limit`` remain."""
    if len(groups) <= limit:
        return groups
    merged: list[list[int]] = []
    for k in range(limit):
        lo = k * len(groups) // limit
        hi = (k + 1) * len(groups) // limit
        merged.append([p for g in groups[lo:hi] for p in g])
    return merged


def chapter_title(text: str, limit: int = MAX_TITLE) -> str:
    """A chapter title from a heading or the first words of a paragraph (≤ ``limit`` chars).

    Podcast apps list titles on their own, so punctuation that only made sense
    in the running text goes: an opening quote mark or dash, a trailing colon
    or comma, a quote mark left unpaired by the cut.
    """
    text = " ".join(text.split())
    cleaned = clean_title(text) or text
    if len(cleaned) <= limit:
        return cleaned
    cut = cleaned[: limit - 1].rsplit(" ", 1)[0]
    return (clean_title(cut) or cleaned[: limit - 1]) + "…"


_LEADING = "\"'“”‘’«»„‚‹›—–-•·*#>:;,. "
_TRAILING = ":;,—–-•·*#(“‘«„‚ "
_PAIRS = (("“", "”"), ("«", "»"), ("(", ")"), ("[", "]"))


def clean_title(text: str) -> str:
    """``text`` without stray punctuation at its ends or unpaired quote marks and brackets."""
    text = text.strip(" ")
    previous = None
    while previous != text:
        previous = text
        text = text.lstrip(_LEADING).rstrip(_TRAILING)
        if text.count('"') % 2:
            text = text.replace('"', "")
        for left, right in _PAIRS:
            if text.count(left) != text.count(right):
                text = text.replace(left, "").replace(right, "")
        if text.count("‘") > text.count("’"):
            text = text.replace("‘", "")
        text = " ".join(text.split())
    return text


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-Z0-9À-ÖØ-Þ])")


def split_text(text: str, max_chars: int) -> list[str]:
    """Split ``text`` into pieces of at most ``max_chars``, at sentence ends where possible.

    A single sentence longer than the limit is split at the last comma or space
    before it, and as a last resort at the limit itself, so no input of any
    size reaches the engine in one piece.
    """
    if len(text) <= max_chars:
        return [text]
    sentences = _SENTENCE_END.split(text)
    pieces: list[str] = []
    current = ""
    for sentence in sentences:
        while len(sentence) > max_chars:
            cut = max(sentence.rfind(", ", 0, max_chars), sentence.rfind(" ", 0, max_chars))
            cut = cut + 1 if cut > max_chars // 4 else max_chars
            head, sentence = sentence[:cut].strip(), sentence[cut:].strip()
            if current:
                pieces.append(current)
                current = ""
            pieces.append(head)
        if current and len(current) + 1 + len(sentence) > max_chars:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return [p for p in pieces if p]


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def speak_date(iso: str | None, lang: str = "en") -> str | None:
    """"2024-10-23" → "Published on October twenty-third, twenty twenty-four." (English).

    Other languages get the date in ISO form for the engine's own reading.
    """
    if not iso:
        return None
    try:
        d = Date.fromisoformat(iso[:10])
    except ValueError:
        return None
    if lang != "en":
        return f"{d.isoformat()}."
    from num2words import num2words

    return (
        f"Published on {_MONTHS[d.month - 1]} {num2words(d.day, to='ordinal')}, "
        f"{num2words(d.year, to='year')}."
    )


def slugify(text: str, max_len: int = 60) -> str:
    """An ASCII file-name slug: lower case, words joined by hyphens, safe everywhere.

    Path characters, dots and anything non-ASCII are dropped, so a title such
    as ``../../etc/passwd`` becomes ``etc-passwd``; an empty result is "article".
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_len:
            break
        slug = candidate
    return slug or (words[0][:max_len] if words else "article")
