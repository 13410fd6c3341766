"""Plain data passed between the pipeline stages.

Each stage of narrate takes one of these and returns the next one::

    source bytes ──extract──▶ Article ──script──▶ Script ──synthesize──▶ [Take]
        ──assemble──▶ Master ──encode──▶ MP3 bytes ──tag/sidecars──▶ Edition

They are deliberately dumb: frozen dataclasses with no I/O, so every stage can be
tested on its own and a user of the Python API can build or inspect any of them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Literal

#: The spoken and written AI disclosure every edition carries unless reworded.
DEFAULT_DISCLOSURE = "This audio is created with AI assistance."
#: LAME's quality/speed setting (-q, 0 slowest ... 9 fastest) for every edition;
#: bench/encoding.py measures the choice (speed and PESQ / STOI side by side)
MP3_QUALITY = 7

BlockKind = Literal["heading", "paragraph"]
PartialKind = Literal["paywall", "truncated"]


@dataclass(frozen=True)
class Block:
    """One piece of the article body, in reading order.

    A ``heading`` starts a section; a ``paragraph`` is read aloud as one unit.
    Lists and block quotes are flattened into paragraphs by the extractor, so
    that everything downstream deals in just these two kinds.

    ``code`` marks a paragraph that is (part of) a multi-line code listing
    (:mod:`narrate.codeblocks`): it stays a paragraph with its text, so the
    written outputs keep it and every rule on kinds sees it as before, but the
    narration says a short note in its place (:mod:`narrate.script`).
    """

    kind: BlockKind
    text: str
    code: bool = False


@dataclass(frozen=True)
class Partial:
    """Only part of the article is on the page: why, as the extractor found it.

    ``paywall``: the page says the rest is for subscribers (schema.org
    ``isAccessibleForFree: false``, a paywall plugin's notice); ``truncated``:
    the text stops mid-sentence or in an ellipsis before a prompt to read on.
    """

    kind: PartialKind
    reason: str


@dataclass(frozen=True)
class Article:
    """What a reader reads on the page: metadata plus the body blocks in order."""

    title: str
    blocks: tuple[Block, ...]
    author: str | None = None
    date: str | None = None  # ISO 8601 date, "YYYY-MM-DD"
    site: str | None = None
    language: str | None = None  # BCP 47 primary tag, e.g. "en"
    url: str | None = None  # canonical URL of the article, when known
    image: str | None = None  # lead image URL, when known
    source: str = ""  # what the user gave: URL, path or "-"
    description: str | None = None
    partial: Partial | None = None  # set when the page holds only part of the article

    @property
    def paragraphs(self) -> list[str]:
        """Body paragraph texts in order (headings excluded)."""
        return [b.text for b in self.blocks if b.kind == "paragraph"]

    @property
    def has_sections(self) -> bool:
        return any(b.kind == "heading" for b in self.blocks)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["blocks"] = [asdict(b) for b in self.blocks]
        return d


SegmentKind = Literal[
    "disclosure", "title", "byline", "date", "site", "heading", "paragraph", "notice", "outro"
]


@dataclass(frozen=True)
class Segment:
    """One synthesis call: a unit of speech with the pause that follows it.

    ``text`` is what the listener reads in the transcript (the original wording);
    ``spoken`` is what the engine is given (normalized for speech).
    ``paragraph`` is the index into ``Article.paragraphs`` for body paragraphs
    (several segments share it when a long paragraph is split at sentences).
    ``spans`` maps ``spoken`` back to ``text``: (out_start, out_end, in_start,
    in_end) as :func:`narrate.normalize.normalize_with_map` gives them, so the
    read-along transcript can time the article's own words (empty: identity).
    """

    kind: SegmentKind
    text: str
    spoken: str
    chapter: int
    paragraph: int | None = None
    pause_after_ms: int = 0
    spans: tuple[tuple[int, int, int, int], ...] = ()


@dataclass(frozen=True)
class ChapterPlan:
    """A chapter as planned in the script, before any audio exists."""

    title: str
    paragraphs: tuple[int, ...]  # indexes into Article.paragraphs (empty for the intro)


@dataclass(frozen=True)
class Script:
    """The full narration: every segment in speaking order, grouped into chapters."""

    article: Article
    segments: tuple[Segment, ...]
    chapters: tuple[ChapterPlan, ...]
    disclosure: str

    def text(self) -> str:
        """The narration as one text (the spoken words, for USLT and hashing)."""
        return "\n\n".join(s.text for s in self.segments)

    def sha256(self) -> str:
        """A stable hash of what will be spoken and how it is split and paused.

        A segment whose written text is not derived from what is spoken (a code
        listing said as a note: no span map, text and spoken differ) adds its
        text, so a changed listing still changes the hash (batch redoes the
        edition and its transcript); every other segment hashes as it always did.
        """
        payload = [(s.kind, s.spoken, s.chapter, s.pause_after_ms)
                   + ((s.text,) if not s.spans and s.text != s.spoken else ())
                   for s in self.segments]
        blob = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Chapter:
    """A chapter as it lies in the finished audio. Times are in milliseconds."""

    title: str
    start_ms: int
    end_ms: int
    paragraphs: tuple[int, ...] = ()


@dataclass(frozen=True)
class Cue:
    """One WebVTT cue: a sentence (or clause) of the original text and where it is heard.

    ``words`` are (index of the word in ``text.split()``, time in ms) for the
    words whose start the engine reported, written as inline WebVTT timestamps.
    """

    start_ms: int
    end_ms: int
    text: str
    words: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Loudness:
    """Measured on the decoded MP3, so it is what the listener gets."""

    integrated_lufs: float
    true_peak_dbtp: float


@dataclass
class Edition:
    """A finished audio edition on disk and everything known about it."""

    mp3: str
    chapters_json: str
    vtt: str
    manifest_path: str
    manifest: dict = field(default_factory=dict)

    @property
    def paths(self) -> list[str]:
        return [self.mp3, self.chapters_json, self.vtt, self.manifest_path]
