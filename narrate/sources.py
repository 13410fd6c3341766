"""Read a source into bytes: an http(s) URL, an HTML file, ``-`` for stdin, or the sample.

This stage only fetches and checks; decoding and extraction happen in
:mod:`narrate.extract`. Every failure becomes an :class:`~narrate.errors.InputError`
or :class:`~narrate.errors.FetchError` whose message says what to do next.
"""

from __future__ import annotations

import gzip
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from .errors import FetchError, InputError

#: The source used when none is given: an original article bundled with narrate.
SAMPLE = "sample"

#: Pages larger than this are refused before parsing (a news page is < 5 MB).
MAX_BYTES = 50 * 1024 * 1024

USER_AGENT = "narrate/0.1 (+https://github.com/narrate-audio/narrate)"


@dataclass(frozen=True)
class Fetched:
    """Raw page bytes and what we know about where they came from."""

    data: bytes
    source: str  # as given by the user
    url: str | None = None  # final URL after redirects, for http sources
    content_type: str | None = None


def is_url(source: str) -> bool:
    """True for anything that looks like a URL (scheme://...), allowed or not."""
    return "://" in source[:16]


def read_source(source: str | None, *, timeout: float = 30.0) -> Fetched:
    """Return the bytes of ``source``; ``None`` or ``"sample"`` is the bundled article."""
    if source is None or source == SAMPLE:
        data = resources.files("narrate").joinpath("data/sample.html").read_bytes()
        return Fetched(data=data, source=SAMPLE)
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return Fetched(data=_check_bytes(data, "standard input"), source="-")
    if is_url(source):
        return fetch_url(source, timeout=timeout)
    return Fetched(data=read_file(Path(source)), source=source)


def read_file(path: Path) -> bytes:
    """Read a saved page (``.html`` or ``.html.gz``), refusing what cannot be HTML."""
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path (or give an http(s) URL).")
    if path.is_dir():
        raise InputError(f"{path} is a folder; give an HTML file (narrate batch takes folders).")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path} is {size // 2**20} MB; narrate reads pages up to 50 MB.")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied; check the file's permissions.") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror}).") from None
    if path.name.endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            raise InputError(f"{path}: not a valid gzip file.") from None
    return _check_bytes(data, str(path))


def _check_bytes(data: bytes, name: str) -> bytes:
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is larger than 50 MB; narrate reads pages up to 50 MB.")
    if not data.strip():
        raise InputError(f"{name} is empty; give a saved HTML page.")
    if looks_binary(data):
        raise InputError(f"{name} is a binary file, not an HTML page; give a saved .html page.")
    return data


def looks_binary(data: bytes) -> bool:
    """Heuristic: NUL bytes or many control bytes in the first 8 KB mean not text.

    UTF-16 pages (with a BOM) are text and contain NULs, so they are allowed.
    """
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def fetch_url(url: str, *, timeout: float = 30.0) -> Fetched:
    """GET an http(s) URL. Other schemes (``file://``, ``ftp://``) are refused."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(
            f"{url}: the {scheme or 'empty'}:// scheme is refused; give an http(s) URL "
            "or a path to a saved page."
        )
    if not urlsplit(url).hostname:
        raise FetchError(f"{url}: the URL has no host name.")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html"})
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    try:
        with opener.open(request, timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
            final = response.geturl()
            ctype = response.headers.get("Content-Type")
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: the server answered HTTP {exc.code} {exc.reason}.") from None
    except urllib.error.URLError as exc:
        reason = getattr(exc.reason, "strerror", None) or str(exc.reason)
        raise FetchError(
            f"{url}: cannot connect ({reason}); check the address and your network."
        ) from None
    except (TimeoutError, OSError) as exc:
        raise FetchError(f"{url}: connection failed ({exc}); try again later.") from None
    if ctype and not any(t in ctype.lower() for t in ("html", "xml", "text/plain")):
        raise InputError(f"{url} is {ctype.split(';')[0]}, not an HTML page.")
    return Fetched(_check_bytes(data, url), source=url, url=final, content_type=ctype)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects, but never to a non-http(s) scheme such as ``file://``."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"{req.full_url}: redirected to a refused URL {newurl}.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)
