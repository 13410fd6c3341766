"""The files beside each MP3: JSON chapters, WebVTT transcript and the manifest.

- ``.chapters.json`` follows the Podcasting 2.0 JSON chapters format 1.2.0
  (``startTime`` in seconds, ``title``); we add ``endTime`` too, which the
  format allows, so players need not infer it.
- ``.vtt`` is a WebVTT transcript, a cue per sentence (long ones cut at
  clauses), with the original (not normalized) wording, timed from the same
  sample counts as the chapters plus the engine's own word positions, which
  appear as inline timestamps (``<00:01:02.500>word``) where it gave them.
- ``.json`` is the manifest: everything needed to reproduce, verify or skip
  the edition later. It is published beside the MP3, so its ``source`` is
  :func:`public_source`: the URL, or a path relative to the input, never an
  absolute local path (which names the user's home, machine layout, and so on).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit, urlunsplit

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


def public_source(source: str | None, root: str | Path | None = None) -> str | None:
    """Where the article came from, in a form fit to publish.

    - a URL is kept, without any ``user:password@`` in it;
    - ``file.warc.gz#URL`` (a WARC record) becomes the URL;
    - ``-`` (stdin) and ``sample`` are kept;
    - a path becomes relative to ``root`` (the folder the user gave, else the
      current folder) when it lies inside it, else just its file name; a
      relative path that climbs out with ``..`` becomes its file name too.
    """
    if not source:
        return source
    if "#" in source and "://" in source.split("#", 1)[1][:16] and "://" not in source[:16]:
        source = source.split("#", 1)[1]  # a WARC record: its URL
    if "://" in source[:16]:
        parts = urlsplit(source)
        if parts.username or parts.password:
            host = parts.hostname or ""
            netloc = f"[{host}]" if ":" in host else host
            netloc += f":{parts.port}" if parts.port else ""
            return urlunsplit(parts._replace(netloc=netloc))
        return source
    if source in ("-", "sample"):
        return source
    path = Path(source)
    if not path.is_absolute():
        return path.name if ".." in path.parts else PurePosixPath(*path.parts).as_posix()
    base = Path(root) if root else Path.cwd()
    try:
        return PurePosixPath(*path.resolve().relative_to(base.resolve()).parts).as_posix()
    except (ValueError, OSError):
        return path.name


def public_settings(value):
    """``value`` (a manifest's settings) with every absolute local path cut to its file name.

    Settings name files (``--lexicon /home/me/names.toml``, a voice profile's
    lexicons or model); the manifest says which file by name, not where it lives.
    """
    if isinstance(value, dict):
        return {key: public_settings(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [public_settings(item) for item in value]
    if isinstance(value, str) and not any(ch.isspace() for ch in value) and (
            value.startswith(("/", "~")) or (len(value) > 2 and value[1:3] in (":\\", ":/"))):
        return PurePosixPath(value.replace("\\", "/")).name
    return value
