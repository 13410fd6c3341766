"""Read a source into bytes: an http(s) URL, an HTML file, ``-`` for stdin, or the sample.

This stage only fetches and checks; decoding and extraction happen in
:mod:`narrate.extract`. Every failure becomes an :class:`~narrate.errors.InputError`
or :class:`~narrate.errors.FetchError` whose message says what to do next.

Hostile input is bounded here, once, for every caller (``article``, ``script``,
``batch`` discovery and its workers):

- **size**: a page is at most :data:`MAX_BYTES` *after* decompression, and the
  cap is applied while decompressing (gzip files, ``Content-Encoding: gzip`` or
  ``deflate`` bodies), so a small gzip bomb is refused after reading 50 MB, not
  after expanding to gigabytes;
- **time**: a fetch has one overall deadline (connection, redirects, headers
  and body together; :func:`fetch_timeout`), enforced by a watchdog that shuts
  the socket down, because socket timeouts apply per read and a server
  dripping a byte every few seconds never trips them;
- **where**: only http(s), and a fetch that started at a public address is
  never redirected to a loopback, private or link-local one (a URL the user
  gives that is itself local, such as ``http://127.0.0.1:8000/``, still works).
"""

from __future__ import annotations

import contextlib
import functools
import http.client
import ipaddress
import os
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from .errors import FetchError, InputError, UsageError

#: The source used when none is given: an original article bundled with narrate.
SAMPLE = "sample"

#: Pages larger than this are refused (a news page is < 5 MB), counted after decompression.
MAX_BYTES = 50 * 1024 * 1024

USER_AGENT = "narrate/0.1 (+https://github.com/narrate-audio/narrate)"

#: Seconds one fetch may take in all (connect, redirects, headers, body); see fetch_timeout().
DEFAULT_TIMEOUT = 30.0
#: Seconds to wait for a connection, within the overall deadline.
CONNECT_TIMEOUT = 10.0
#: Environment variable overriding DEFAULT_TIMEOUT (what --timeout sets).
TIMEOUT_ENV = "NARRATE_TIMEOUT"

_CHUNK = 64 * 1024


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


def fetch_timeout(timeout: float | None = None) -> float:
    """The overall deadline of one fetch: ``timeout``, else ``$NARRATE_TIMEOUT``, else 30 s.

    Read from the environment so that batch workers (other processes, other
    machines under Dask) follow the same setting as the command that started them.
    """
    if timeout is not None:
        value = timeout
    else:
        raw = os.environ.get(TIMEOUT_ENV, "").strip()
        if not raw:
            return DEFAULT_TIMEOUT
        try:
            value = float(raw)
        except ValueError:
            raise UsageError(f"{TIMEOUT_ENV}={raw!r} is not a number of seconds.") from None
    if not value > 0:
        raise UsageError(f"a fetch timeout of {value} s is impossible; give a positive number.")
    return float(value)


def read_source(source: str | None, *, timeout: float | None = None) -> Fetched:
    """Return the bytes of ``source``; ``None`` or ``"sample"`` is the bundled article."""
    if source is None or source == SAMPLE:
        data = resources.files("narrate").joinpath("data/sample.html").read_bytes()
        return Fetched(data=data, source=SAMPLE)
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if data[:2] == b"\x1f\x8b":
            data = gunzip_capped([data], name="standard input")
        return Fetched(data=_check_bytes(data, "standard input"), source="-")
    if is_url(source):
        return fetch_url(source, timeout=timeout)
    return Fetched(data=read_file(Path(source)), source=source)


def read_file(path: Path) -> bytes:
    """Read a saved page (``.html`` or ``.html.gz``), refusing what cannot be HTML."""
    return _check_bytes(read_capped(path), str(path))


def read_capped(path: Path, *, limit: int = MAX_BYTES) -> bytes:
    """A file's bytes, gunzipped when it is gzip, never more than ``limit`` in memory.

    The gzip check is by content (magic bytes), not by name: a ``.html`` that is
    really gzip is read, and a ``.gz`` that is not is refused as invalid.
    """
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path (or give an http(s) URL).")
    if path.is_dir():
        raise InputError(f"{path} is a folder; give an HTML file (narrate batch takes folders).")
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"{path} is {size // 2**20} MB; narrate reads pages up to "
                             f"{limit // 2**20} MB.")
        with open(path, "rb") as handle:
            head = handle.read(2)
            handle.seek(0)
            if head == b"\x1f\x8b" or path.name.lower().endswith(".gz"):
                return gunzip_capped(iter(functools.partial(handle.read, _CHUNK), b""),
                                     name=str(path), limit=limit)
            return handle.read(limit + 1)
    except PermissionError:
        raise InputError(f"{path}: permission denied; check the file's permissions.") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc}).") from None


def gunzip_capped(chunks: Iterable[bytes], *, name: str, limit: int = MAX_BYTES,
                  wbits: int = 31) -> bytes:
    """Decompress gzip (``wbits=31``), zlib (15) or raw deflate (-15) data, streaming.

    Never holds more than ``limit`` bytes of output: past it, :class:`InputError`
    is raised at once (a 400 KB file that expands to 400 MB costs 50 MB and a
    fraction of a second). Concatenated gzip members are all read; a truncated
    or corrupt stream is refused rather than returned in part.
    """
    out = bytearray()
    decomp = zlib.decompressobj(wbits)
    started = False
    try:
        for chunk in chunks:
            while chunk:
                started = True
                # at most 1 MB of output per step: no second copy of the page in memory
                out += decomp.decompress(chunk, min(2**20, limit + 1 - len(out)))
                if len(out) > limit:
                    raise InputError(f"{name} expands to more than {limit // 2**20} MB; "
                                     f"narrate reads pages up to {limit // 2**20} MB.")
                if decomp.eof:  # the end of one gzip member: another may follow
                    chunk = decomp.unused_data.lstrip(b"\0")
                    decomp = zlib.decompressobj(wbits)
                    started = bool(chunk)
                else:
                    chunk = decomp.unconsumed_tail
        out += decomp.flush()
    except zlib.error as exc:
        raise InputError(f"{name}: not a valid compressed (gzip) stream ({exc}).") from None
    if started and not decomp.eof:
        raise InputError(f"{name}: the compressed (gzip) data is cut short.")
    if len(out) > limit:
        raise InputError(f"{name} expands to more than {limit // 2**20} MB.")
    return bytes(out)


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


# -- fetching ------------------------------------------------------------------------


def fetch_url(url: str, *, timeout: float | None = None, accept: str = "text/html") -> Fetched:
    """GET an http(s) URL within one overall deadline. Other schemes are refused.

    The body may come gzip- or deflate-encoded (we ask for it: news pages
    compress 5-10×) and is decoded with the size cap applied while decoding.
    """
    body = fetch_body(url, timeout=timeout, accept=accept)
    ctype = body.content_type
    if ctype and not any(t in ctype.lower() for t in ("html", "xml", "text/plain")):
        raise InputError(f"{url} is {ctype.split(';')[0]}, not an HTML page.")
    return Fetched(_check_bytes(body.data, url), source=url, url=body.url, content_type=ctype)


@dataclass(frozen=True)
class Body:
    """A decoded HTTP response body."""

    data: bytes
    url: str
    content_type: str | None


def fetch_body(url: str, *, timeout: float | None = None, accept: str = "text/html") -> Body:
    """The decoded body of an http(s) GET; raises FetchError/InputError with one-line reasons."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(
            f"{url}: the {scheme or 'empty'}:// scheme is refused; give an http(s) URL "
            "or a path to a saved page."
        )
    if not urlsplit(url).hostname:
        raise FetchError(f"{url}: the URL has no host name.")
    seconds = fetch_timeout(timeout)
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "gzip, deflate"})
    with _Guard(seconds, url) as guard:
        opener = urllib.request.build_opener(
            _HttpOnlyRedirects(), _GuardedHTTPHandler(guard), _GuardedHTTPSHandler(guard))
        try:
            with opener.open(request, timeout=min(CONNECT_TIMEOUT, seconds)) as response:
                final = response.geturl()
                ctype = response.headers.get("Content-Type")
                coding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
                data = _decode_body(_read_chunks(response, url), coding, url)
        except InputError:
            if guard.expired:  # a body cut by the watchdog looks truncated: say why
                raise guard.error(url) from None
            raise
        except urllib.error.HTTPError as exc:
            raise FetchError(f"{url}: the server answered HTTP {exc.code} {exc.reason}.") from None
        except (urllib.error.URLError, TimeoutError, OSError, http.client.HTTPException) as exc:
            if guard.expired:
                raise guard.error(url) from None
            reason = getattr(exc, "reason", exc)
            reason = getattr(reason, "strerror", None) or str(reason) or type(exc).__name__
            raise FetchError(
                f"{url}: cannot connect or read ({reason}); check the address and your network."
            ) from None
        if guard.expired:  # the watchdog cut the body short: never return part of a page
            raise guard.error(url)
    return Body(data, final, ctype)


def _read_chunks(response, url: str) -> Iterator[bytes]:
    """The raw body in chunks as they arrive, at most MAX_BYTES of them (compressed or not)."""
    read = getattr(response, "read1", response.read)
    total = 0
    while True:
        chunk = read(_CHUNK)
        if not chunk:
            return
        total += len(chunk)
        if total > MAX_BYTES:
            raise InputError(f"{url} is larger than 50 MB; narrate reads pages up to 50 MB.")
        yield chunk


def _decode_body(chunks: Iterator[bytes], coding: str, url: str) -> bytes:
    """Undo ``Content-Encoding`` (identity, gzip, deflate) with the size cap applied."""
    if coding in ("identity", "none", ""):
        return b"".join(chunks)
    if coding in ("gzip", "x-gzip"):
        return gunzip_capped(chunks, name=url)
    if coding == "deflate":  # RFC 9110 says zlib-wrapped; some servers send raw deflate
        first = next(chunks, b"")
        wbits = 15 if len(first) >= 2 and (first[0] * 256 + first[1]) % 31 == 0 else -15
        return gunzip_capped(_prepend(first, chunks), name=url, wbits=wbits)
    raise FetchError(f"{url}: the server sent an unsupported Content-Encoding {coding!r}.")


def _prepend(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def is_internal_address(ip: str) -> bool:
    """Loopback, private, link-local, shared or reserved: any address that is not global."""
    try:
        address = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return not (mapped or address).is_global


@dataclass
class _Guard:
    """One fetch's deadline and address policy, shared by every connection it opens.

    A timer thread shuts every registered socket down when the deadline
    passes, which ends any blocking connect, TLS handshake or read at once.
    The first connection's peer decides the policy: a fetch that began at a
    public address may not continue (by redirect) at an internal one.
    """

    seconds: float
    url: str = ""
    expired: bool = False
    first_internal: bool | None = None
    _end: float = 0.0
    _sockets: list = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _timer: threading.Timer | None = None

    def __enter__(self) -> _Guard:
        self._end = time.monotonic() + self.seconds
        self._timer = threading.Timer(self.seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._timer:
            self._timer.cancel()

    def remaining(self) -> float:
        return max(0.001, self._end - time.monotonic())

    def error(self, url: str) -> FetchError:
        return FetchError(f"{url}: no complete answer within {self.seconds:g} s; try again later "
                          f"or allow longer with --timeout (or {TIMEOUT_ENV}).")

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shutdown(sock)

    def admit(self, sock: socket.socket, host: str) -> None:
        """Watch ``sock`` for the deadline and check where it is connected."""
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shutdown(sock)
        try:
            peer = sock.getpeername()[0]
        except OSError:
            return
        internal = is_internal_address(peer)
        if self.first_internal is None:
            self.first_internal = internal
        elif internal and not self.first_internal:
            raise FetchError(f"{self.url}: redirected from a public address to {host} ({peer}), "
                             "a local or private address; refused.")


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _guarded(base: type[http.client.HTTPConnection]):
    class Guarded(base):
        def __init__(self, *args, guard: _Guard, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._guard = guard
            self._create_connection = self._guarded_connection

        def _guarded_connection(self, address, timeout=None, source_address=None):
            limit = min(CONNECT_TIMEOUT, self._guard.remaining())
            sock = socket.create_connection(address, limit, source_address)
            try:
                self._guard.admit(sock, str(address[0]))
            except FetchError:
                sock.close()
                raise
            sock.settimeout(self._guard.remaining())
            return sock

    return Guarded


_GuardedHTTPConnection = _guarded(http.client.HTTPConnection)
_GuardedHTTPSConnection = _guarded(http.client.HTTPSConnection)


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self._guard = guard

    def http_open(self, req):
        return self.do_open(functools.partial(_GuardedHTTPConnection, guard=self._guard), req)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self._guard = guard

    def https_open(self, req):
        return self.do_open(functools.partial(_GuardedHTTPSConnection, guard=self._guard), req,
                            context=self._context)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects, but never to a non-http(s) scheme such as ``file://``."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"{req.full_url}: redirected to a refused URL {newurl}.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)
