"""Turn what a user gives ``narrate batch`` into a list of work items, one per article.

Inputs mix freely: folders (searched recursively for ``.html``, ``.htm`` and
their ``.gz``), glob patterns, WARC files (HTML responses only), text files of
URLs (one a line, ``#`` comments), RSS/Atom feeds and sitemaps (files or URLs).

Discovery only lists and fingerprints; pages are read again by the worker that
narrates them (:meth:`WorkItem.fetch`), so a WARC of tens of thousands of
pages is never held in memory and a work item stays small enough to ship to a
Dask worker. Duplicates (the same URL twice, the same page in two WARCs or two
folders) are dropped here, so they produce one edition.

Bounded by design: ``limit`` caps what one feed, sitemap (an index and all its
children together) or URL list contributes; a dry run does not fetch the
children of a sitemap index but lists them as what would be read; a WARC
record that is cut short or malformed becomes an item that fails with the
reason (so it lands in ``_failures.jsonl``), never a partial page or nothing.
"""

from __future__ import annotations

import glob
import hashlib
import itertools
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag, urljoin

from .errors import InputError
from .sidecars import public_source
from .sources import (
    MAX_BYTES,
    Fetched,
    fetch_body,
    fetch_url,
    gunzip_capped,
    is_url,
    read_capped,
    read_file,
)

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".xml", ".xml.gz", ".rss", ".atom")
#: URL paths that are fetched at discovery time as feeds or sitemaps, not narrated.
FEED_HINTS = ("feed", "rss", "atom", "sitemap", ".xml")
#: How deep sitemap indexes are followed.
MAX_SITEMAP_DEPTH = 3
#: What a feed or sitemap is asked for with.
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html"

#: WorkItem.kind of a listing (a sitemap) that a dry run names instead of fetching.
UNREAD = "unread"


@dataclass(frozen=True)
class WorkItem:
    """One article to narrate.

    ``id`` is stable across runs (a hash of the URL, or of the file's absolute
    path) and names the edition together with the article's date and title.
    ``content_sha256`` is known for local pages (files, WARC records) and lets a
    re-run skip an unchanged page without extracting it. ``error`` is set for
    an item known to be broken at discovery (a truncated WARC record): fetching
    it raises that reason, so it is reported like any other failing page.
    ``public`` is what the manifest may say of the source: the URL, or the
    path relative to the folder the user gave, never an absolute local path.
    """

    id: str
    source: str  # what is shown to the user: a path, a URL, or "file.warc.gz#URL"
    kind: str  # "file" | "url" | "warc" | "unread" (a sitemap not fetched by a dry run)
    url: str | None = None
    path: str | None = None  # the file, or the WARC file
    offset: int | None = None  # the WARC record's offset in ``path``
    content_sha256: str | None = None
    error: str | None = None
    public: str | None = None  # ``source`` fit to publish in the manifest (sidecars.public_source)

    def fetch(self, *, timeout: float | None = None) -> Fetched:
        """Read the page's bytes (from disk, the WARC, or the network)."""
        if self.error:
            raise InputError(self.error)
        if self.kind == "file":
            return Fetched(read_file(Path(self.path)), source=self.source)
        if self.kind == "warc":
            return Fetched(read_warc_record(self.path, self.offset), source=self.source,
                           url=self.url)
        if self.kind == UNREAD:
            raise InputError(f"{self.source}: a sitemap listed by a dry run, not a page.")
        return fetch_url(self.url, timeout=timeout)


def item_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def normalize_url(url: str) -> str:
    """The URL without its fragment: ``page#comments`` and ``page`` are one article."""
    return urldefrag(url.strip())[0]


@dataclass(frozen=True)
class Discovery:
    """How discovery reads listings: per-fetch deadline, per-listing cap, dry run."""

    timeout: float | None = None
    limit: int | None = None
    dry_run: bool = False

    def cap(self, items: Iterable) -> Iterator:
        """The first ``limit`` of ``items`` (all of them without a limit), read lazily."""
        return iter(items) if self.limit is None else itertools.islice(items, self.limit)


def discover(inputs: Iterable[str], *, timeout: float | None = None, limit: int | None = None,
             dry_run: bool = False) -> list[WorkItem]:
    """All work items for ``inputs``, in input order, without duplicates.

    ``limit`` takes at most that many articles from each feed, sitemap and URL
    list (their first ones: feeds list the newest first). Under ``dry_run`` the
    children of a sitemap index are not fetched: each is one ``unread`` item.

    Raises :class:`~narrate.errors.InputError` for an input that names nothing
    (a typo should stop an overnight run before it starts, not after).
    """
    if limit is not None and limit < 1:
        raise InputError(f"--limit {limit}: give a positive number of articles.")
    how = Discovery(timeout=timeout, limit=limit, dry_run=dry_run)
    seen: set[str] = set()
    items: list[WorkItem] = []
    for raw in inputs:
        for item in _expand(raw, how):
            keys = {item.id} | ({item.content_sha256} if item.content_sha256 else set())
            if keys & seen:
                continue
            seen |= keys
            items.append(item)
    return items


def _expand(raw: str, how: Discovery) -> Iterator[WorkItem]:
    if is_url(raw):
        if looks_like_feed_url(raw):
            data = fetch_listing(raw, how)
            yield from _listing_items(feed_entries(data, base=raw, how=how), how)
        else:
            yield from _url_items([raw])
        return
    path = Path(raw)
    if path.is_dir():
        yield from (file_item(p, root=path) for p in walk_pages(path))
    elif path.is_file():
        yield from file_items(path, how)
    elif glob.has_magic(raw):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            raise InputError(f"{raw}: the pattern matches no files; check it (quote it for "
                             "narrate, not the shell, to expand **).")
        for match in matches:
            yield from _expand(match, how)
    else:
        raise InputError(f"{raw}: no such file, folder or pattern; check the path.")


def walk_pages(folder: Path) -> list[Path]:
    """HTML pages under ``folder``, recursively, in a stable (sorted) order."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / f for f in sorted(files)
                  if f.lower().endswith(PAGE_SUFFIXES) and not f.startswith(".")]
    return found


def file_items(path: Path, how: Discovery | None = None) -> Iterator[WorkItem]:
    """The work items in one file: a page, a WARC, a feed or sitemap, or a list of URLs."""
    how = how or Discovery()
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        yield from warc_items(path)
    elif name.endswith(PAGE_SUFFIXES):
        yield file_item(path)
    else:
        data = read_capped(path)  # a .xml.gz is decompressed under the same 50 MB cap
        if name.endswith(FEED_SUFFIXES) or sniff_feed(data):
            yield from _listing_items(feed_entries(data, base=None, how=how), how)
        else:
            yield from how.cap(url_list_items(data.decode("utf-8", "replace"), base=path.parent,
                                              how=how, name=str(path)))


def file_item(path: Path, root: Path | None = None) -> WorkItem:
    """A saved page; ``root`` is the folder the user gave (the manifest names the page
    relative to it), else the page's own folder."""
    absolute = path.resolve()
    try:
        digest = hashlib.sha256(read_file(absolute)).hexdigest()
    except InputError:
        digest = None  # the worker reads it again and records why it fails
    return WorkItem(id=item_id(f"file:{absolute}"), source=str(path), kind="file",
                    path=str(absolute), content_sha256=digest,
                    public=public_source(str(absolute), root or absolute.parent))


def _url_items(urls: Iterable[str]) -> Iterator[WorkItem]:
    for url in urls:
        url = normalize_url(url)
        yield WorkItem(id=item_id(url), source=url, kind="url", url=url,
                       public=public_source(url))


def _listing_items(entries: Iterable[tuple[str, bool]], how: Discovery) -> Iterator[WorkItem]:
    """Work items for a feed's entries: articles, and sitemaps a dry run did not read."""
    for link, unread in how.cap(entries):
        if unread:
            yield WorkItem(id=item_id(f"sitemap:{link}"), source=link, kind=UNREAD, url=link)
        else:
            yield from _url_items([link])


def url_list_items(text: str, *, base: Path, how: Discovery | None = None,
                   name: str) -> Iterator[WorkItem]:
    """A text file with one URL (or path, relative to the file) a line; ``#`` starts a comment."""
    how = how or Discovery()
    for number, line in enumerate(text.splitlines(), 1):
        entry = re.split(r"\s#", line, maxsplit=1)[0].strip()
        if not entry or entry.startswith("#"):
            continue
        if is_url(entry):
            yield from _expand(entry, how)
        else:
            target = base / entry
            if not target.exists():
                raise InputError(f"{name}:{number}: {entry!r} is neither a URL nor an existing "
                                 "file; fix or comment out the line.")
            yield from _expand(str(target), how)


# -- WARC ----------------------------------------------------------------------


def warc_items(path: Path) -> Iterator[WorkItem]:
    """One item per HTML response record (status 200) of a WARC file.

    A record cut short (its content ends before its ``Content-Length``), one
    whose payload cannot be decoded, or a WARC that stops parsing part way
    gives one failing item with the reason and its offset; the records before
    it are narrated as usual. Nothing after a malformed record is trusted (a
    WARC has no index to resynchronize on).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    absolute = path.resolve()
    offset = 0
    url = ""
    records_seen = 0
    records = None
    try:
        with open(absolute, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                records_seen += 1
                url = ""
                if not _is_html_response(record):
                    continue
                url = normalize_url(record.rec_headers.get_header("WARC-Target-URI") or "")
                # (warcio's get_record_offset() reads the record to its end: payload first)
                payload, problem = _payload_or_problem(record)
                offset = records.get_record_offset()
                if problem:
                    yield _broken_record(path, absolute, offset, url, f"{path}@{offset}: {problem}")
                    return
                if not url or not payload.strip():
                    continue
                yield WorkItem(
                    id=item_id(url), source=f"{path}#{url}", kind="warc", url=url,
                    path=str(absolute), offset=offset,
                    content_sha256=hashlib.sha256(payload).hexdigest(), public=public_source(url),
                )
                url = ""
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc}).") from None
    except Exception as exc:  # warcio raises many types for a damaged file
        if isinstance(exc, ArchiveLoadFailed) and records_seen == 0:
            raise InputError(f"{path}: not a readable WARC file ({exc}).") from None
        if not url:  # the failure is in the next record's headers: name where it starts
            offset = getattr(records, "offset", offset)
        yield _broken_record(path, absolute, offset, url,
                             f"{path}@{offset}: malformed WARC record "
                             f"({type(exc).__name__}: {exc}).")


def _broken_record(path: Path, absolute: Path, offset: int, url: str, reason: str) -> WorkItem:
    key = url or f"warc:{absolute}@{offset}"
    return WorkItem(id=item_id(key), source=f"{path}#{url}" if url else f"{path}@{offset}",
                    kind="warc", url=url or None, path=str(absolute), offset=offset,
                    error=reason)


def record_payload(record, name: str) -> bytes:
    """A WARC record's HTTP payload, whole, or :class:`InputError` saying why not."""
    payload, problem = _payload_or_problem(record)
    if problem:
        raise InputError(f"{name}: {problem}")
    return payload


def _payload_or_problem(record) -> tuple[bytes, str | None]:
    """The record's payload (at most 50 MB), or what is wrong with it.

    warcio returns what it could read of a record cut short without a word; the
    record's own ``Content-Length`` tells: bytes of it left unread mean the
    file ends inside the record.
    """
    import zlib

    try:
        payload = record.content_stream().read(MAX_BYTES + 1)
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        return b"", f"the record's content cannot be read ({type(exc).__name__}: {exc})."
    if len(payload) > MAX_BYTES:
        return b"", "the record's page is larger than 50 MB."
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:
        declared = record.rec_headers.get_header("Content-Length") or "?"
        return b"", (f"the record is cut short ({missing} of its {declared} bytes are "
                     "missing); the WARC file is truncated.")
    return payload, None


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return "html" in ctype


def read_warc_record(path: str, offset: int) -> bytes:
    """The HTTP payload of the record at ``offset`` (decoded from chunking and gzip)."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(path, "rb") as stream:
            stream.seek(offset)
            record = next(iter(ArchiveIterator(stream)))
            return record_payload(record, f"{path}@{offset}")
    except InputError:
        raise
    except Exception as exc:  # warcio raises many types for a damaged file
        raise InputError(f"{path}@{offset}: cannot read the WARC record ({exc}).") from None


# -- feeds and sitemaps ---------------------------------------------------------


def fetch_listing(url: str, how: Discovery) -> bytes:
    """A feed or sitemap from the network; a gzipped one (``sitemap.xml.gz``, served as
    ``application/gzip``) is decompressed under the same 50 MB cap as a page."""
    body = fetch_body(url, timeout=how.timeout, accept=FEED_ACCEPT)
    if body.data[:2] == b"\x1f\x8b":
        return gunzip_capped([body.data], name=url)
    if not body.data.strip():
        raise InputError(f"{url}: the feed or sitemap is empty.")
    return body.data


def looks_like_feed_url(url: str) -> bool:
    path = url.split("?", 1)[0].lower().rstrip("/")
    tail = path.rsplit("/", 1)[-1]
    return any(hint in tail for hint in FEED_HINTS) or path.endswith(("/feed", "/rss"))


def sniff_feed(data: bytes) -> bool:
    head = data[:2048].lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<urlset", b"<sitemapindex",
                                       b"<rdf:rdf"))


def feed_links(data: bytes, *, base: str | None, timeout: float | None = None,
               depth: int = 0, limit: int | None = None) -> list[str]:
    """Article links of an RSS/Atom feed or a sitemap; sitemap indexes are followed.

    Parsed with lxml by element local names, so RSS 0.9x-2.0, RSS 1.0 (RDF),
    Atom and sitemaps.org files all work without knowing their namespaces.
    """
    how = Discovery(timeout=timeout, limit=limit)
    entries = feed_entries(data, base=base, how=how, depth=depth)
    return [link for link, _ in how.cap(entries)]


def feed_entries(data: bytes, *, base: str | None, how: Discovery,
                 depth: int = 0) -> Iterator[tuple[str, bool]]:
    """``(link, unread)`` for each article of a feed or sitemap, lazily.

    A sitemap index's children are fetched only as their links are consumed,
    so a caller that stops after ``limit`` links fetches no more children than
    it needs; under ``how.dry_run`` they are not fetched at all but yielded as
    ``(child, True)``.
    """
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data.lstrip(), parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        raise InputError(f"{base or 'feed'}: not an RSS/Atom feed or sitemap (cannot parse XML).")
    root_name = etree.QName(root).localname.lower()
    if root_name == "sitemapindex":
        if depth >= MAX_SITEMAP_DEPTH:
            return
        for loc in root.iterfind(".//{*}sitemap/{*}loc"):
            child = (loc.text or "").strip()
            if not child:
                continue
            child = urljoin(base, child) if base else child
            if how.dry_run:
                yield child, True
                continue
            yield from feed_entries(fetch_listing(child, how), base=child, how=how,
                                    depth=depth + 1)
        return
    links: list[str] = []
    if root_name == "urlset":
        links = [(loc.text or "").strip() for loc in root.iterfind(".//{*}url/{*}loc")]
    elif root_name == "feed":  # Atom
        for entry in root.iterfind(".//{*}entry"):
            for link in entry.iterfind("{*}link"):
                if link.get("rel", "alternate") == "alternate" and link.get("href"):
                    links.append(link.get("href").strip())
                    break
    else:  # RSS 2.0 / 0.9x / 1.0
        for item in root.iter("{*}item", "item"):
            link = item.find("{*}link")
            if link is None:
                link = item.find("link")
            if link is not None and (link.text or "").strip():
                links.append(link.text.strip())
            elif item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"):
                links.append(item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"))
    if root_name not in ("urlset", "feed", "rss", "rdf") and not links:
        raise InputError(f"{base or 'feed'}: not an RSS/Atom feed or sitemap "
                         f"(root element <{root_name}>).")
    for link in links:
        if link:
            yield (urljoin(base, link) if base else link), False
