"""Turn what a user gives ``narrate batch`` into a list of work items, one per article.

Inputs mix freely: folders (searched recursively for ``.html``, ``.htm`` and
their ``.gz``), glob patterns, WARC files (HTML responses only), text files of
URLs (one a line, ``#`` comments), RSS/Atom feeds and sitemaps (files or URLs).

Discovery only lists and fingerprints; pages are read again by the worker that
narrates them (:meth:`WorkItem.fetch`), so a WARC of tens of thousands of
pages is never held in memory and a work item stays small enough to ship to a
Dask worker. Duplicates (the same URL twice, the same page in two WARCs or two
folders) are dropped here, so they produce one edition.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag, urljoin

from .errors import InputError
from .sources import Fetched, fetch_url, is_url, read_file

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".xml", ".xml.gz", ".rss", ".atom")
#: URL paths that are fetched at discovery time as feeds or sitemaps, not narrated.
FEED_HINTS = ("feed", "rss", "atom", "sitemap", ".xml")
#: How deep sitemap indexes are followed.
MAX_SITEMAP_DEPTH = 3


@dataclass(frozen=True)
class WorkItem:
    """One article to narrate.

    ``id`` is stable across runs (a hash of the URL, or of the file's absolute
    path) and names the edition together with the article's date and title.
    ``content_sha256`` is known for local pages (files, WARC records) and lets a
    re-run skip an unchanged page without extracting it.
    """

    id: str
    source: str  # what is shown to the user: a path, a URL, or "file.warc.gz#URL"
    kind: str  # "file" | "url" | "warc"
    url: str | None = None
    path: str | None = None  # the file, or the WARC file
    offset: int | None = None  # the WARC record's offset in ``path``
    content_sha256: str | None = None

    def fetch(self, *, timeout: float = 30.0) -> Fetched:
        """Read the page's bytes (from disk, the WARC, or the network)."""
        if self.kind == "file":
            return Fetched(read_file(Path(self.path)), source=self.source)
        if self.kind == "warc":
            return Fetched(read_warc_record(self.path, self.offset), source=self.source,
                           url=self.url)
        return fetch_url(self.url, timeout=timeout)


def item_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def normalize_url(url: str) -> str:
    """The URL without its fragment: ``page#comments`` and ``page`` are one article."""
    return urldefrag(url.strip())[0]


def discover(inputs: Iterable[str], *, timeout: float = 30.0) -> list[WorkItem]:
    """All work items for ``inputs``, in input order, without duplicates.

    Raises :class:`~narrate.errors.InputError` for an input that names nothing
    (a typo should stop an overnight run before it starts, not after).
    """
    seen: set[str] = set()
    items: list[WorkItem] = []
    for raw in inputs:
        for item in _expand(raw, timeout=timeout):
            keys = {item.id} | ({item.content_sha256} if item.content_sha256 else set())
            if keys & seen:
                continue
            seen |= keys
            items.append(item)
    return items


def _expand(raw: str, *, timeout: float) -> Iterator[WorkItem]:
    if is_url(raw):
        if looks_like_feed_url(raw):
            data = fetch_url(raw, timeout=timeout).data
            yield from _url_items(feed_links(data, base=raw, timeout=timeout))
        else:
            yield from _url_items([raw])
        return
    path = Path(raw)
    if path.is_dir():
        yield from (file_item(p) for p in walk_pages(path))
    elif path.is_file():
        yield from file_items(path, timeout=timeout)
    elif glob.has_magic(raw):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            raise InputError(f"{raw}: the pattern matches no files; check it (quote it for "
                             "narrate, not the shell, to expand **).")
        for match in matches:
            yield from _expand(match, timeout=timeout)
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


def file_items(path: Path, *, timeout: float) -> Iterator[WorkItem]:
    """The work items in one file: a page, a WARC, a feed or sitemap, or a list of URLs."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        yield from warc_items(path)
    elif name.endswith(PAGE_SUFFIXES):
        yield file_item(path)
    else:
        data = _read_maybe_gzip(path)
        if name.endswith(FEED_SUFFIXES) or sniff_feed(data):
            yield from _url_items(feed_links(data, base=None, timeout=timeout))
        else:
            yield from url_list_items(data.decode("utf-8", "replace"), base=path.parent,
                                      timeout=timeout, name=str(path))


def file_item(path: Path) -> WorkItem:
    absolute = path.resolve()
    try:
        digest = hashlib.sha256(read_file(absolute)).hexdigest()
    except InputError:
        digest = None  # the worker reads it again and records why it fails
    return WorkItem(id=item_id(f"file:{absolute}"), source=str(path), kind="file",
                    path=str(absolute), content_sha256=digest)


def _url_items(urls: Iterable[str]) -> Iterator[WorkItem]:
    for url in urls:
        url = normalize_url(url)
        yield WorkItem(id=item_id(url), source=url, kind="url", url=url)


def url_list_items(text: str, *, base: Path, timeout: float, name: str) -> Iterator[WorkItem]:
    """A text file with one URL (or path, relative to the file) a line; ``#`` starts a comment."""
    for number, line in enumerate(text.splitlines(), 1):
        entry = re.split(r"\s#", line, maxsplit=1)[0].strip()
        if not entry or entry.startswith("#"):
            continue
        if is_url(entry):
            yield from _expand(entry, timeout=timeout)
        else:
            target = base / entry
            if not target.exists():
                raise InputError(f"{name}:{number}: {entry!r} is neither a URL nor an existing "
                                 "file; fix or comment out the line.")
            yield from _expand(str(target), timeout=timeout)


# -- WARC ----------------------------------------------------------------------


def warc_items(path: Path) -> Iterator[WorkItem]:
    """One item per HTML response record (status 200) of a WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    absolute = path.resolve()
    try:
        with open(absolute, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if not _is_html_response(record):
                    continue
                url = normalize_url(record.rec_headers.get_header("WARC-Target-URI") or "")
                payload = record.content_stream().read()
                if not url or not payload.strip():
                    continue
                yield WorkItem(
                    id=item_id(url), source=f"{path}#{url}", kind="warc", url=url,
                    path=str(absolute), offset=records.get_record_offset(),
                    content_sha256=hashlib.sha256(payload).hexdigest(),
                )
    except ArchiveLoadFailed as exc:
        raise InputError(f"{path}: not a readable WARC file ({exc}).") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc}).") from None


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
            return record.content_stream().read()
    except (OSError, StopIteration) as exc:
        raise InputError(f"{path}@{offset}: cannot read the WARC record ({exc}).") from None


# -- feeds and sitemaps ---------------------------------------------------------


def looks_like_feed_url(url: str) -> bool:
    path = url.split("?", 1)[0].lower().rstrip("/")
    tail = path.rsplit("/", 1)[-1]
    return any(hint in tail for hint in FEED_HINTS) or path.endswith(("/feed", "/rss"))


def sniff_feed(data: bytes) -> bool:
    head = data[:2048].lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<urlset", b"<sitemapindex",
                                       b"<rdf:rdf"))


def feed_links(data: bytes, *, base: str | None, timeout: float, depth: int = 0) -> list[str]:
    """Article links of an RSS/Atom feed or a sitemap; sitemap indexes are followed.

    Parsed with lxml by element local names, so RSS 0.9x-2.0, RSS 1.0 (RDF),
    Atom and sitemaps.org files all work without knowing their namespaces.
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
    links: list[str] = []
    if root_name == "sitemapindex":
        if depth >= MAX_SITEMAP_DEPTH:
            return []
        for loc in root.iterfind(".//{*}sitemap/{*}loc"):
            child = (loc.text or "").strip()
            if child:
                fetched = fetch_url(child, timeout=timeout)
                links += feed_links(fetched.data, base=child, timeout=timeout, depth=depth + 1)
        return links
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
    return [urljoin(base, link) if base else link for link in links if link]


def _read_maybe_gzip(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc}).") from None
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            raise InputError(f"{path}: not a valid gzip file.") from None
    return data
