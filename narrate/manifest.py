"""The edition manifest (``<stem>.json``) as a typed model, validated before any use.

Manifests are files on disk that people edit by hand, copy between folders and
sync from elsewhere, so every reader (the feed, the web page, cover embedding,
``narrate verify``) goes through :func:`load_manifest` instead of trusting the
JSON: wrong types become one :class:`ManifestError` with a readable reason,
and every file the manifest names must be a plain file name that resolves
inside the editions folder, so a hand-edited ``"mp3": "/home/me/song.mp3"``
or ``"transcript": "../../etc/passwd"`` can neither be rewritten (cover
embedding) nor published (the page inlines transcripts).

Only the fields narrate reads are checked; the others are kept as they are in
:attr:`Manifest.data`. A plain dataclass validator, no schema library: the
rules are few and the messages should name the field.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

#: the sidecars a manifest may name, and the suffix each must have
FILE_SUFFIXES = {"mp3": ".mp3", "chapters": ".json", "transcript": ".vtt"}
#: optional text fields: absent, null or a string
TEXT_FIELDS = ("title", "author", "date", "site", "language", "description", "disclosure",
               "source", "created", "digital_source_type", "script_sha256", "settings_sha256",
               "image", "voice")
#: optional counts: absent, null or a non-negative integer
COUNT_FIELDS = ("duration_ms", "mp3_bytes", "paragraphs", "words")


class ManifestError(ValueError):
    """A manifest that cannot be used; ``str()`` is one line naming the field."""


@dataclass(frozen=True)
class ChapterEntry:
    title: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class Manifest:
    """A validated manifest: the checked fields typed, the whole document in ``data``."""

    path: Path
    data: dict
    mp3: Path
    chapters_file: Path | None
    transcript_file: Path | None
    chapters: tuple[ChapterEntry, ...]

    def get(self, key: str, default=None):
        return self.data.get(key, default)


def load_manifest(path: str | Path, folder: str | Path | None = None) -> Manifest:
    """Read and validate the manifest at ``path``; its files must lie in ``folder``.

    ``folder`` defaults to the manifest's own folder. Raises
    :class:`ManifestError` for unreadable JSON, wrong types, a non-http(s)
    ``url``, or a file name that is absolute, has a folder part, is hidden,
    has the wrong suffix, or resolves (through symlinks) outside ``folder``.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ManifestError(f"cannot read it ({exc.strerror or exc})") from None
    except ValueError as exc:
        raise ManifestError(f"not valid JSON ({exc})") from None
    return parse_manifest(data, path=path, folder=Path(folder) if folder else path.parent)


def parse_manifest(data: object, *, path: Path, folder: Path) -> Manifest:
    """Validate an already parsed manifest document (see :func:`load_manifest`)."""
    if not isinstance(data, dict):
        raise ManifestError(f"not a JSON object but {_kind(data)}")
    for key in TEXT_FIELDS:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ManifestError(f"'{key}' must be text, not {_kind(data[key])}")
    for key in COUNT_FIELDS:
        value = data.get(key)
        if value is not None and not _count(value):
            raise ManifestError(f"'{key}' must be a whole number >= 0, not {value!r}")
    url = data.get("url")
    if url is not None and (not isinstance(url, str)
                            or urlsplit(url).scheme.lower() not in ("http", "https")):
        raise ManifestError(f"'url' must be an http(s) URL, not {url!r}")
    files = data.get("files")
    if not isinstance(files, Mapping):
        raise ManifestError("'files' must be an object naming the edition's files")
    root = folder.resolve()
    named = {key: _file(files.get(key), key, root) for key in FILE_SUFFIXES}
    if named["mp3"] is None:
        raise ManifestError("'files.mp3' is missing")
    return Manifest(path=path, data=data, mp3=named["mp3"], chapters_file=named["chapters"],
                    transcript_file=named["transcript"], chapters=_chapters(data.get("chapters")))


def _file(name: object, key: str, root: Path) -> Path | None:
    """The file ``name`` inside ``root``, or ManifestError; None when not given."""
    if name is None:
        return None
    field = f"'files.{key}'"
    if not isinstance(name, str) or not name:
        raise ManifestError(f"{field} must be a file name, not {name!r}")
    if "/" in name or "\\" in name or "\0" in name or name.startswith(".") or name in ("..",):
        raise ManifestError(f"{field} {name!r} must be a plain file name in the editions "
                            "folder (no folder part, not hidden)")
    if not name.lower().endswith(FILE_SUFFIXES[key]):
        raise ManifestError(f"{field} {name!r} must end with {FILE_SUFFIXES[key]}")
    resolved = (root / name).resolve()
    if not resolved.is_relative_to(root):
        raise ManifestError(f"{field} {name!r} leads outside the editions folder")
    return root / name


def _chapters(value: object) -> tuple[ChapterEntry, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ManifestError(f"'chapters' must be a list, not {_kind(value)}")
    chapters = []
    for number, item in enumerate(value):
        if not isinstance(item, dict):
            raise ManifestError(f"'chapters[{number}]' must be an object, not {_kind(item)}")
        title, start, end = item.get("title"), item.get("start_ms"), item.get("end_ms")
        if not isinstance(title, str):
            raise ManifestError(f"'chapters[{number}].title' must be text")
        if not (_count(start) and _count(end)) or end < start:
            raise ManifestError(f"'chapters[{number}]' needs whole-number start_ms <= end_ms, "
                                f"not {start!r}, {end!r}")
        chapters.append(ChapterEntry(title, start, end))
    return tuple(chapters)


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false",
            type(None): "null"}.get(type(value), type(value).__name__)


__all__ = ["ChapterEntry", "Manifest", "ManifestError", "load_manifest", "parse_manifest"]
