"""Write ID3 tags and CHAP/CTOC chapters into an encoded MP3 (the post-processor stage).

Decisions, each measured or taken from the ID3v2 chapter spec:

- ID3v2.3 by default: Apple Podcasts has shown chapter-title bugs with v2.4.
  mutagen stores v2.4 frames internally; ``update_to_v23()`` converts them
  (TDRC becomes TYER + TDAT) before saving.
- mutagen sorts frames by size when it saves, which puts CHAP frames out of
  time order, and ffmpeg then lists chapters out of order. We write the CTOC
  and then every CHAP in time order after the other frames (see
  :class:`_ChapterOrderedID3`).
- A CTOC may list at most 255 children and element ids must be Latin-1: ids
  are "toc", "ch0", "ch1", ... and the script stage merges chapters beyond 255.
- CHAP byte offsets are 0xFFFFFFFF ("use the times"), as the spec allows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as Date

from mutagen.id3 import (
    CHAP,
    COMM,
    CTOC,
    ID3,
    TALB,
    TCON,
    TDRC,
    TIT2,
    TLAN,
    TPE1,
    TSSE,
    TXXX,
    USLT,
    WOAS,
    CTOCFlags,
    ID3NoHeaderError,
)
from mutagen.id3._tags import save_frame

from .models import Chapter

NO_OFFSET = 0xFFFFFFFF
TOC_ID = "toc"

#: ISO 639-1 → ISO 639-2/B, for TLAN (which wants three letters).
_ISO639_2 = {
    "ar": "ara", "bg": "bul", "ca": "cat", "cs": "cze", "da": "dan", "de": "ger", "el": "gre",
    "en": "eng", "es": "spa", "et": "est", "fa": "per", "fi": "fin", "fr": "fre", "he": "heb",
    "hi": "hin", "hr": "hrv", "hu": "hun", "id": "ind", "it": "ita", "ja": "jpn", "ko": "kor",
    "lt": "lit", "lv": "lav", "nl": "dut", "no": "nor", "nb": "nob", "pl": "pol", "pt": "por",
    "ro": "rum", "ru": "rus", "sk": "slo", "sl": "slv", "sr": "srp", "sv": "swe", "th": "tha",
    "tr": "tur", "uk": "ukr", "vi": "vie", "zh": "chi",
}


def iso639_2(lang: str | None) -> str:
    """Three-letter language code for TLAN and COMM/USLT ("eng" when unknown)."""
    if not lang:
        return "eng"
    lang = lang.split("-")[0].lower()
    return _ISO639_2.get(lang, lang if len(lang) == 3 else "eng")


class _ChapterOrderedID3(ID3):
    """ID3 that writes the CTOC then the CHAP frames in time order, after other frames."""

    #: write CHAP frames latest first (only tests want this: a size-sorting tagger's damage)
    reverse_chapters = False

    def _write(self, config):
        chapter_frames = [f for f in self.values() if f.FrameID in ("CHAP", "CTOC")]
        for frame in chapter_frames:
            del self[frame.HashKey]
        try:
            head = super()._write(config)
        finally:
            for frame in chapter_frames:
                self.add(frame)
        tocs = [f for f in chapter_frames if f.FrameID == "CTOC"]
        chaps = sorted((f for f in chapter_frames if f.FrameID == "CHAP"),
                       key=lambda f: (f.start_time, f.element_id),
                       reverse=self.reverse_chapters)
        return head + b"".join(save_frame(f, config=config) for f in tocs + chaps)


def build_tags(
    *,
    title: str,
    author: str | None,
    site: str | None,
    date: str | None,
    language: str | None,
    source_url: str | None,
    disclosure: str,
    digital_source_type: str,
    narration: str,
    tool: str,
    chapters: Sequence[Chapter],
    toc_title: str | None = None,
) -> ID3:
    """Every frame of an edition, as an in-memory ID3 (v2.4 frames until saved)."""
    tags = _ChapterOrderedID3()
    lang3 = iso639_2(language)
    tags.add(TIT2(encoding=3, text=[title]))
    if author:
        tags.add(TPE1(encoding=3, text=[author]))
    if site:
        tags.add(TALB(encoding=3, text=[site]))
    if date:
        try:
            Date.fromisoformat(date[:10])
            tags.add(TDRC(encoding=3, text=[date[:10]]))
        except ValueError:
            pass
    tags.add(TCON(encoding=3, text=["Podcast"]))
    tags.add(TLAN(encoding=3, text=[lang3]))
    if source_url:
        tags.add(WOAS(url=source_url))
    comment = disclosure + (f" Source: {source_url}" if source_url else "")
    tags.add(COMM(encoding=3, lang=lang3, desc="", text=[comment]))
    tags.add(TXXX(encoding=3, desc="AI_DISCLOSURE", text=[disclosure]))
    tags.add(TXXX(encoding=3, desc="DIGITAL_SOURCE_TYPE", text=[digital_source_type]))
    tags.add(USLT(encoding=3, lang=lang3, desc="", text=narration))
    tags.add(TSSE(encoding=3, text=[tool]))
    add_chapters(tags, chapters, toc_title or title)
    return tags


def add_chapters(tags: ID3, chapters: Sequence[Chapter], toc_title: str) -> None:
    """Add one top-level ordered CTOC "toc" and CHAP "ch0".."chN" with TIT2 titles."""
    if len(chapters) > 255:
        raise ValueError("a CTOC lists at most 255 chapters; merge chapters first")
    ids = [f"ch{i}" for i in range(len(chapters))]
    tags.add(
        CTOC(
            element_id=TOC_ID,
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=ids,
            sub_frames=[TIT2(encoding=3, text=[toc_title])],
        )
    )
    for element_id, chapter in zip(ids, chapters, strict=True):
        tags.add(
            CHAP(
                element_id=element_id,
                start_time=chapter.start_ms,
                end_time=chapter.end_ms,
                start_offset=NO_OFFSET,
                end_offset=NO_OFFSET,
                sub_frames=[TIT2(encoding=3, text=[chapter.title])],
            )
        )


def write_tags(path: str, tags: ID3, id3_version: int = 3) -> None:
    """Save ``tags`` into the MP3 at ``path`` as ID3v2.3 (default) or v2.4, with no ID3v1."""
    if id3_version not in (3, 4):
        raise ValueError("ID3 version must be 3 or 4")
    if id3_version == 3:
        tags.update_to_v23()
    tags.save(path, v2_version=id3_version, v1=0, padding=lambda info: 0)


def read_tags(path: str) -> ID3 | None:
    """The ID3 tag of ``path``, or None when it has none."""
    try:
        return ID3(path)
    except ID3NoHeaderError:
        return None
