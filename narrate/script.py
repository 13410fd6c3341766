"""Turn an :class:`~narrate.models.Article` into the narration :class:`~narrate.models.Script`.

The script fixes, before any audio exists, exactly what is said, in which
order, with which pauses, and how it is grouped into chapters:

1. the introduction chapter: the AI disclosure, the title, the byline, the
   date spoken as words, and the site name;
2. every body paragraph, once, in order (headings are read too, as section
   starts); paragraphs longer than the profile's ``max_chars`` are split at
   sentence boundaries, because eSpeak NG mispaces very long inputs and a
   sentence is the natural unit of a breath;
3. the disclosure again at the end when asked.

Chapters are one per paragraph, or one per section when the article has
headings (``auto``). ID3 limits a CTOC to 255 children, so neighbouring
chapters are merged evenly when an article is longer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date as Date
from typing import Literal

from .errors import UsageError
from .models import DEFAULT_DISCLOSURE, Article, ChapterPlan, Script, Segment
from .normalize import normalize_with_map
from .voices import VoiceProfile

MAX_CHAPTERS = 255
MAX_TITLE = 50

ChapterMode = Literal["auto", "paragraph", "section"]
DisclosurePosition = Literal["start", "end", "both"]


@dataclass(frozen=True)
class ScriptOptions:
    """What shapes the narration besides the article and the voice."""

    disclosure: str = DEFAULT_DISCLOSURE
    disclosure_position: DisclosurePosition = "start"
    chapters: ChapterMode = "auto"

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

    def segment(kind, text: str, **kw) -> Segment:
        """A segment speaking ``text`` normalized, with the map back to its wording."""
        norm = normalize_with_map(text, lang, lexicon)
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
    groups = _chapter_groups(article, options.chapters)
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
        chapters.append(ChapterPlan(chapter_title(first.text), paras))
        for p in group:
            block = article.blocks[p]
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

    if options.disclosure_position in ("end", "both"):
        segments[-1] = _with_pause(segments[-1], profile.pause_section_ms)
        segments.append(segment("outro", disclosure, chapter=len(chapters) - 1))
    segments[-1] = _with_pause(segments[-1], 0)
    return Script(article, tuple(segments), tuple(chapters), disclosure)


def _with_pause(seg: Segment, pause_ms: int) -> Segment:
    from dataclasses import replace

    return replace(seg, pause_after_ms=pause_ms)


def _chapter_groups(article: Article, mode: ChapterMode) -> list[list[int]]:
    """Block positions grouped per chapter: per paragraph, or per section."""
    if mode == "auto":
        mode = "section" if article.has_sections else "paragraph"
    groups: list[list[int]] = []
    for pos, block in enumerate(article.blocks):
        if mode == "paragraph":
            # a heading joins the paragraph that follows it
            if groups and article.blocks[groups[-1][-1]].kind == "heading":
                groups[-1].append(pos)
            else:
                groups.append([pos])
        elif block.kind == "heading" or not groups:
            groups.append([pos])
        else:
            groups[-1].append(pos)
    return groups


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
    """A chapter title from a heading or the first words of a paragraph (≤ ``limit`` chars)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.-–— ")
    return (cut or text[: limit - 1]) + "…"


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
