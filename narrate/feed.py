"""A podcast feed (``feed.xml``) over a folder of editions.

RSS 2.0 built with feedgen: its ``podcast`` extension writes the Apple
Podcasts (``itunes:``) tags, and :class:`PodcastIndexExtension` here adds the
Podcasting 2.0 namespace tags feedgen lacks (``podcast:guid``,
``podcast:txt``, ``podcast:chapters``, ``podcast:transcript``) plus
``itunes:explicit`` as ``true``/``false`` (feedgen 1.0 only knows the
``yes``/``no`` that Apple has since deprecated).

The feed is a pure function of the editions on disk: items come from the
manifests (``<stem>.json``) in a stable order, enclosure lengths from the
files' sizes, ``lastBuildDate`` from the newest edition and never from the
clock, so rebuilding from the same editions gives the same bytes, and the
file is replaced (atomically) only when those bytes change.
"""

from __future__ import annotations

import logging
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape
from pathlib import Path
from urllib.parse import quote, urljoin

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from feedgen.util import xml_elem

from . import __version__
from .errors import InputError, OutputError

PODCAST_NS = "https://podcastindex.org/namespace/1.0"
ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
#: the namespace UUID the Podcasting 2.0 spec fixes for podcast:guid (UUIDv5)
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
FEED_FILE = "feed.xml"
COVER_FILE = "cover.png"
CHAPTERS_TYPE = "application/json+chapters"


def podcast_guid(feed_url: str) -> str:
    """The Podcasting 2.0 ``podcast:guid``: UUIDv5 of the feed URL without scheme or trailing /."""
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def item_guid(manifest: dict, stem: str) -> str:
    """A guid that never changes for the same article, however often it is re-narrated.

    From the article's URL when it has one (re-narrating with another voice
    replaces the episode rather than adding a second one), else from the
    edition's file stem (date and title).
    """
    key = manifest.get("url") or f"narrate:{stem}"
    return f"urn:uuid:{uuid.uuid5(PODCAST_GUID_NAMESPACE, key)}"


class PodcastIndexExtension(BaseExtension):
    """Channel-level Podcasting 2.0 tags and itunes:explicit true/false."""

    def __init__(self) -> None:
        self.guid: str | None = None
        self.ai_content = True
        self.explicit: bool | None = None

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS}

    def extend_rss(self, rss_feed):
        channel = rss_feed[0]
        if self.explicit is not None:
            xml_elem(f"{{{ITUNES_NS}}}explicit", channel).text = (
                "true" if self.explicit else "false"
            )
        if self.guid:
            xml_elem(f"{{{PODCAST_NS}}}guid", channel).text = self.guid
        if self.ai_content:
            xml_elem(f"{{{PODCAST_NS}}}txt", channel, purpose="ai-content").text = "true"
        return rss_feed

    def extend_atom(self, atom_feed):
        return atom_feed


class PodcastIndexEntryExtension(BaseEntryExtension):
    """Item-level Podcasting 2.0 tags: chapters, transcript, ai-content."""

    def __init__(self) -> None:
        self.chapters_url: str | None = None
        self.transcript_url: str | None = None
        self.transcript_language: str | None = None
        self.ai_content = True
        self.explicit: bool | None = None

    def extend_rss(self, entry):
        if self.explicit is not None:
            xml_elem(f"{{{ITUNES_NS}}}explicit", entry).text = "true" if self.explicit else "false"
        if self.chapters_url:
            xml_elem(f"{{{PODCAST_NS}}}chapters", entry, url=self.chapters_url,
                     type=CHAPTERS_TYPE)
        if self.transcript_url:
            attrs = {"url": self.transcript_url, "type": "text/vtt"}
            if self.transcript_language:
                attrs["language"] = self.transcript_language
            xml_elem(f"{{{PODCAST_NS}}}transcript", entry, **attrs)
        if self.ai_content:
            xml_elem(f"{{{PODCAST_NS}}}txt", entry, purpose="ai-content").text = "true"
        return entry

    def extend_atom(self, entry):
        return entry


@dataclass(frozen=True)
class EditionFiles:
    """One complete edition found in a folder: its manifest and file paths."""

    stem: str
    manifest: dict
    mp3: Path
    chapters: Path | None
    transcript: Path | None

    @property
    def published(self) -> datetime:
        return edition_date(self.manifest)


def edition_date(manifest: dict) -> datetime:
    """When the article was published (noon UTC on its date), else when it was narrated.

    Noon keeps the calendar date the same in every time zone a listener is in.
    """
    date = manifest.get("date")
    if date:
        try:
            day = datetime.fromisoformat(date[:10])
            return day.replace(hour=12, tzinfo=timezone.utc)
        except ValueError:
            pass
    created = manifest.get("created")
    if created:
        try:
            when = datetime.fromisoformat(created)
            return when if when.tzinfo else when.replace(tzinfo=timezone.utc)
        except ValueError:
            pass
    return datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Skipped:
    """A manifest that was not used, and why (one line)."""

    manifest: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.manifest}: skipped, {self.reason}"


def scan_editions(folder: str | Path) -> tuple[list[EditionFiles], list[Skipped]]:
    """Every complete edition in ``folder``, newest first, and the manifests skipped.

    An edition counts when its manifest is valid (:mod:`narrate.manifest`: right
    types, every file it names inside ``folder``) and its MP3 exists; a manifest
    is written last, so a half-written edition is never listed (and is not
    reported either: its MP3 is simply not there yet).
    """
    from .manifest import ManifestError, load_manifest

    folder = Path(folder)
    found: list[EditionFiles] = []
    skipped: list[Skipped] = []
    for manifest_path in sorted(folder.glob("*.json")):
        if manifest_path.name.endswith(".chapters.json") or manifest_path.name.startswith(
                (".", "_")):
            continue
        try:
            manifest = load_manifest(manifest_path, folder)
        except ManifestError as exc:
            skipped.append(Skipped(manifest_path, f"invalid manifest: {exc}"))
            continue
        if not manifest.mp3.is_file():
            continue
        chapters, transcript = manifest.chapters_file, manifest.transcript_file
        found.append(EditionFiles(
            stem=manifest_path.stem, manifest=manifest.data, mp3=manifest.mp3,
            chapters=chapters if chapters and chapters.is_file() else None,
            transcript=transcript if transcript and transcript.is_file() else None,
        ))
    found.sort(key=lambda e: e.stem, reverse=True)
    found.sort(key=lambda e: e.published, reverse=True)
    return found, skipped


def find_editions(folder: str | Path) -> list[EditionFiles]:
    """Every complete edition in ``folder``, newest first (then by file name).

    A manifest that fails validation is left out with a warning on the
    ``narrate`` logger (stderr when nothing else is configured), once per
    process and manifest: ``narrate feed`` reads the folder three times.
    """
    editions, skipped = scan_editions(folder)
    for skip in skipped:
        key = (str(skip.manifest), skip.reason)
        if key not in _WARNED:
            _WARNED.add(key)
            log.warning("narrate: warning: %s", skip)
    return editions


_WARNED: set[tuple[str, str]] = set()
log = logging.getLogger("narrate.feed")


def _url(base_url: str, name: str) -> str:
    return urljoin(base_url, quote(name))


def _duration(ms: int) -> str:
    seconds = round(ms / 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def item_description(manifest: dict) -> str:
    """The article's lead, the AI disclosure and a link to the original, as HTML."""
    parts = []
    lead = manifest.get("description") or manifest.get("title") or ""
    if lead:
        parts.append(f"<p>{escape(lead)}</p>")
    if manifest.get("disclosure"):
        parts.append(f"<p>{escape(manifest['disclosure'])}</p>")
    url = manifest.get("url")
    if url:
        site = manifest.get("site") or url
        parts.append(f'<p>Original article: <a href="{escape(url)}">{escape(site)}</a></p>')
    return "".join(parts)


def item_summary(manifest: dict) -> str:
    """Plain-text summary for itunes:summary (some apps do not render HTML there)."""
    parts = [manifest.get("description") or manifest.get("title") or ""]
    if manifest.get("disclosure"):
        parts.append(manifest["disclosure"])
    if manifest.get("url"):
        parts.append(f"Original article: {manifest['url']}")
    return " ".join(p for p in parts if p)


def _cover(folder: Path, base_url: str, title: str, image: str | None) -> str:
    """The URL of the feed's cover: an http(s) URL as given, a local file copied, or drawn."""
    if image and "://" in image:
        return image
    if image:
        src = Path(image)
        if not src.is_file():
            raise InputError(f"--image {image}: no such file; give a PNG or JPEG path or a URL.")
        target = folder / ("cover" + src.suffix.lower())
        if src.resolve() != target.resolve():
            data = src.read_bytes()
            if not target.is_file() or target.read_bytes() != data:
                _write_atomic(target, data)
        return _url(base_url, target.name)
    from .cover import cover_png

    png = cover_png(title)
    target = folder / COVER_FILE
    if not target.is_file() or target.read_bytes() != png:
        _write_atomic(target, png)
    return _url(base_url, COVER_FILE)


def feed_generator(
    editions: list[EditionFiles],
    *,
    title: str,
    base_url: str,
    author: str,
    language: str,
    image_url: str,
    description: str | None = None,
    category: str = "News",
    explicit: bool = False,
) -> FeedGenerator:
    """The feed as a feedgen object (the editions' files must exist for their sizes)."""
    feed_url = _url(base_url, FEED_FILE)
    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.register_extension("podcastindex", PodcastIndexExtension, PodcastIndexEntryExtension)
    summary = description or f"{title}: news articles read aloud by a synthetic voice."
    fg.title(title)
    fg.link(href=feed_url, rel="self", type="application/rss+xml")
    fg.link(href=_url(base_url, "index.html"), rel="alternate")
    fg.description(summary)
    fg.language(language)
    fg.generator(f"narrate {__version__}")
    fg.image(url=image_url, title=title, link=_url(base_url, "index.html"))
    newest = editions[0].published if editions else datetime(1970, 1, 1, tzinfo=timezone.utc)
    fg.lastBuildDate(newest)
    fg.pubDate(newest)
    fg.podcast.itunes_author(author)
    fg.podcast.itunes_image(image_url)
    fg.podcast.itunes_category(category)
    fg.podcast.itunes_summary(summary)
    fg.podcast.itunes_type("episodic")
    fg.podcastindex.guid = podcast_guid(feed_url)
    fg.podcastindex.explicit = explicit
    # feedgen prepends entries: add the oldest first so the newest ends on top
    for ed in reversed(editions):
        m = ed.manifest
        fe = fg.add_entry()
        fe.title(m.get("title") or ed.stem)
        fe.guid(item_guid(m, ed.stem), permalink=False)
        if m.get("url"):
            fe.link(href=m["url"])
        fe.description(item_description(m))
        fe.pubDate(ed.published)
        fe.enclosure(_url(base_url, ed.mp3.name), str(ed.mp3.stat().st_size), "audio/mpeg")
        fe.podcast.itunes_author(m.get("author") or author)
        if m.get("duration_ms"):
            fe.podcast.itunes_duration(_duration(int(m["duration_ms"])))
        fe.podcast.itunes_summary(item_summary(m))
        fe.podcastindex.explicit = explicit
        if ed.chapters:
            fe.podcastindex.chapters_url = _url(base_url, ed.chapters.name)
        if ed.transcript:
            fe.podcastindex.transcript_url = _url(base_url, ed.transcript.name)
            fe.podcastindex.transcript_language = m.get("language") or language
    return fg


def build_feed(
    editions_dir: str | Path,
    *,
    title: str,
    base_url: str,
    author: str,
    language: str,
    image: str | None = None,
    description: str | None = None,
    category: str = "News",
    explicit: bool = False,
) -> Path:
    """Write ``feed.xml`` (and ``cover.png`` unless ``image`` is given) into ``editions_dir``.

    ``base_url`` is where the folder is published (``https://audio.example.com/``);
    every URL in the feed is that plus a file name. ``image`` is a URL, or a
    local PNG/JPEG that is copied into the folder. Returns the feed's path.

    It takes no lock of its own and is safe beside other writers: it writes
    only its own files, each whole under a temporary name then renamed, and
    reads editions by their manifests, which a run renames into place last, so
    an edition being written is listed whole or not at all. ``narrate feed``
    still holds the folder's shared lock around it (exclusive when it embeds
    covers, which rewrites editions), so a batch does not change the folder
    under a feed it would then contradict.
    """
    folder = Path(editions_dir)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder; give the folder that holds the editions.")
    if not base_url.startswith(("http://", "https://")):
        raise InputError(f"--base-url {base_url!r} must start with http:// or https://.")
    if not base_url.endswith("/"):
        base_url += "/"
    editions = find_editions(folder)
    image_url = _cover(folder, base_url, title, image)
    fg = feed_generator(editions, title=title, base_url=base_url, author=author,
                        language=language, image_url=image_url, description=description,
                        category=category, explicit=explicit)
    xml = fg.rss_str(pretty=True)
    target = folder / FEED_FILE
    if not target.is_file() or target.read_bytes() != xml:
        _write_atomic(target, xml)
    return target


def _write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target`` and rename it into place."""
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        raise OutputError(f"cannot write {target} ({exc.strerror or exc}); "
                          "check free space and permissions.") from None
    finally:
        if "tmp" in locals() and os.path.exists(tmp):
            os.unlink(tmp)


__all__ = ["EditionFiles", "Skipped", "build_feed", "feed_generator", "find_editions",
           "item_guid", "podcast_guid", "scan_editions"]
