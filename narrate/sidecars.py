"""The files beside each MP3: JSON chapters, WebVTT transcript and the manifest.

- ``.chapters.json`` follows the Podcasting 2.0 JSON chapters format 1.2.0
  (``startTime`` in seconds, ``title``); we add ``endTime`` too, which the
  format allows, so players need not infer it.
- ``.vtt`` is a WebVTT transcript, a cue per sentence (long ones cut at
  clauses), with the original (not normalized) wording, timed from the same
  sample counts as the chapters plus the engine's own word positions, which
  appear as inline timestamps (``<00:01:02.500>word``) where it gave them.
- ``.json`` is the manifest: everything needed to reproduce, verify or skip
  the edition later.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from .models import Chapter, Cue

CHAPTERS_VERSION = "1.2.0"


def chapters_json(chapters: Sequence[Chapter]) -> str:
    doc = {
        "version": CHAPTERS_VERSION,
        "chapters": [
            {"startTime": c.start_ms / 1000, "endTime": c.end_ms / 1000, "title": c.title}
            for c in chapters
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def vtt_timestamp(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def _cue_text(text: str) -> str:
    """Cue payload: one line, with the three characters WebVTT reserves escaped."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("-->", "--&gt;")


def cue_payload(cue: Cue) -> str:
    """The cue's text with an inline timestamp before each timed word (none before the first)."""
    if not cue.words:
        return _cue_text(cue.text)
    stamps = dict(cue.words)
    words = cue.text.split()
    return " ".join(
        (f"<{vtt_timestamp(stamps[i])}>" if i in stamps else "") + _cue_text(word)
        for i, word in enumerate(words)
    )


def webvtt(cues: Sequence[Cue]) -> str:
    lines = ["WEBVTT", ""]
    for number, cue in enumerate(cues, 1):
        lines += [str(number), f"{vtt_timestamp(cue.start_ms)} --> {vtt_timestamp(cue.end_ms)}",
                  cue_payload(cue), ""]
    return "\n".join(lines)


def manifest_json(manifest: dict) -> str:
    return json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
