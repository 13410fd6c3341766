"""``narrate serve``: the editions folder over HTTP, with range requests.

Podcast apps and browsers seek in an MP3 by asking for byte ranges
(``Range: bytes=…``); Python's ``http.server`` ignores them, so seeking
restarts the download or fails. Werkzeug's :func:`~werkzeug.utils.send_file`
answers single ranges (206, ``Content-Range``, suffix ranges, 416), ``If-Range``
and conditional requests; its development server is plenty for trying a feed
on a laptop or a phone on the same network.

What it serves, and what it never does:

- only regular files that *resolve* inside the folder: every path is resolved
  (symlinks included) before it is opened, so a link to ``/etc`` serves nothing;
- no hidden or half-written files (``.*``, ``*.part``) and no underscore files
  (``_index.jsonl``, ``_failures.jsonl``: the batch runner's bookkeeping, which
  names local paths);
- no ``Access-Control-Allow-Origin`` unless asked for one origin (``cors``):
  a wildcard would let any web page a listener visits read the folder;
- one ``Content-Type`` per file, with one charset for text;
- a request for several ranges gets the whole file (200): RFC 9110 lets a
  server ignore ``Range``, and no player needs multipart answers;
- ``feed.xml`` is answered for the address the client used: its URLs (made
  for ``--base-url``) are rewritten to ``http://<host>:<port>/``, so the feed
  works from a phone on the LAN, where the published address does not exist yet.

It binds 127.0.0.1 by default: pass ``host="0.0.0.0"`` to reach it from the LAN.
"""

from __future__ import annotations

import errno
import mimetypes
import re
import socket
from collections.abc import Callable
from pathlib import Path

from .errors import UsageError

FEED_FILE = "feed.xml"

#: types the feed needs that the platform's MIME table may lack or get wrong
TYPES = {
    ".mp3": "audio/mpeg",
    ".vtt": "text/vtt; charset=utf-8",
    ".xml": "application/rss+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}

#: a Host header we are willing to put into a feed: a name or IP literal and a port
_HOST = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])"
                   r"(?::\d{1,5})?$")
#: an origin for --cors: scheme://host[:port], nothing else
_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.\-\[\]:]+$")


def content_type(name: str) -> str:
    """The one Content-Type header for ``name``: text types carry exactly one charset."""
    suffix = Path(name).suffix.lower()
    if suffix in TYPES:
        return TYPES[suffix]
    guessed = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return f"{guessed}; charset=utf-8" if guessed.startswith("text/") else guessed


def check_origin(origin: str) -> str:
    """``origin`` if it is one ``scheme://host[:port]`` (for ``--cors``), else UsageError."""
    from .errors import UsageError

    origin = origin.rstrip("/")
    if origin == "*" or not _ORIGIN.match(origin):
        raise UsageError(f"--cors {origin!r}: give one origin such as https://player.example "
                         "(a wildcard would let every web page read the folder).")
    return origin


def public_name(root: Path, name: str) -> Path | None:
    """The file ``name`` names inside ``root``, or None if it must not be served.

    Refused: hidden and underscore names (in the request and after resolving
    symlinks), anything that resolves outside ``root``, and anything that is
    not a regular file.
    """
    parts = [p for p in name.split("/") if p]
    if not parts or any(p.startswith((".", "_")) or "\\" in p or "\0" in p for p in parts):
        return None
    try:
        target = (root / Path(*parts)).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        return None
    if not target.is_relative_to(root) or target == root:
        return None
    inside = target.relative_to(root).parts
    if any(p.startswith((".", "_")) for p in inside) or target.name.endswith(".part"):
        return None
    return target if target.is_file() else None


def feed_for(data: bytes, address: str) -> bytes:
    """``feed.xml`` with its own URLs moved to ``address`` (``http://host:port/``).

    The feed's base is where its ``atom:link rel="self"`` points, less
    ``feed.xml``; every URL that starts with it (enclosures, chapters,
    transcripts, cover, page) is a file of this folder. Links to the original
    articles start elsewhere and are kept.
    """
    from lxml import etree

    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return data
    selves = root.xpath("//*[local-name()='link' and @rel='self']/@href")
    base = next((s[: -len(FEED_FILE)] for s in selves if s.endswith("/" + FEED_FILE)), None)
    if not base or base == address:
        return data
    for element in root.iter():
        for key, value in element.attrib.items():
            if value.startswith(base):
                element.set(key, address + value[len(base):])
        if element.text and element.text.strip().startswith(base):
            element.text = element.text.replace(base, address, 1)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def public_manifest(data: bytes) -> bytes | None:
    """A manifest as published: ``source`` and settings without local paths.

    Editions made before manifests were written this way may still name an
    absolute path; serving them cleaned keeps it off the network. None when
    the bytes are already clean (they are served as they are) or not a manifest.
    """
    import json

    from .sidecars import manifest_json, public_settings, public_source

    try:
        doc = json.loads(data)
    except ValueError:
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("source"), str):
        return None
    clean = {**doc, "source": public_source(doc["source"], root=Path("/nonexistent"))}
    if "settings" in doc:
        clean["settings"] = public_settings(doc["settings"])
    return None if clean == doc else manifest_json(clean).encode("utf-8")


def _address(request) -> str:
    """``http://host:port/`` as the client reached us (the server's own address if odd)."""
    host = request.host
    if not _HOST.match(host or ""):
        environ = request.environ
        host = f"{environ.get('SERVER_NAME', '127.0.0.1')}:{environ.get('SERVER_PORT', '80')}"
    return f"http://{host}/"


def make_app(folder: str | Path, *, cors: str | None = None):
    """A WSGI app serving the public files of ``folder`` (``/`` is ``index.html``)."""
    from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound
    from werkzeug.http import parse_range_header
    from werkzeug.utils import send_file
    from werkzeug.wrappers import Request, Response

    root = Path(folder).resolve()
    origin = check_origin(cors) if cors else None

    def app(environ, start_response):
        request = Request(environ)
        try:
            if request.method not in ("GET", "HEAD"):
                raise MethodNotAllowed(valid_methods=["GET", "HEAD"])
            name = request.path.lstrip("/") or "index.html"
            if name.endswith("/"):
                name += "index.html"
            target = public_name(root, name)
            if target is None:
                raise NotFound()
            wanted = parse_range_header(environ.get("HTTP_RANGE"))
            if wanted is not None and len(wanted.ranges) > 1:
                environ.pop("HTTP_RANGE", None)  # several ranges: the whole file, 200
                request = Request(environ)
            body = None
            if target == root / FEED_FILE:
                body = feed_for(target.read_bytes(), _address(request))
            elif target.suffix == ".json" and not target.name.endswith(".chapters.json"):
                body = public_manifest(target.read_bytes())
            if body is not None:
                response = Response(body, content_type=content_type(target.name))
                response.cache_control.max_age = 60
                response.add_etag()
                response.make_conditional(request, accept_ranges=True)
            else:
                response = send_file(target, environ, conditional=True, max_age=60)
            response.headers["Content-Type"] = content_type(target.name)
            if origin:
                response.headers["Access-Control-Allow-Origin"] = origin
                response.vary.add("Origin")
        except HTTPException as exc:
            response = exc.get_response(environ)
        return response(environ, start_response)

    return app


def serve(folder: str | Path, *, host: str = "127.0.0.1", port: int = 8000,
          quiet: bool = False, cors: str | None = None,
          on_ready: Callable[[int], None] | None = None) -> None:
    """Serve ``folder`` until interrupted (threaded: players open several connections).

    The port is bound before anything is announced: ``on_ready(port)`` is
    called only once the server listens (``port=0`` picks a free one), and a
    port in use or an address that cannot be bound is a :class:`UsageError`
    (one line, exit 2) instead of Werkzeug's own message and exit 1.
    """
    from werkzeug.serving import make_server

    sock = listen(host, port)
    try:
        server = make_server(host, sock.getsockname()[1], make_app(folder, cors=cors),
                             threaded=True, request_handler=_quiet_handler() if quiet else None,
                             fd=sock.fileno())
        if on_ready:
            on_ready(server.port)
        server.serve_forever()  # returns on Ctrl-C (Werkzeug catches KeyboardInterrupt)
    finally:
        sock.close()


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port``, or a UsageError saying why not."""
    from werkzeug.serving import select_address_family

    try:
        family = select_address_family(host, port)
        return socket.create_server((host, port), family=family, backlog=128)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            why = "is in use by another program; choose another with --port (0 picks a free one)"
        elif exc.errno == errno.EACCES:
            why = "needs privileges (ports below 1024); choose another with --port"
        else:
            why = f"cannot be bound ({exc.strerror or exc}); check --host and --port"
        raise UsageError(f"{host}:{port} {why}.") from None
    except OverflowError:
        raise UsageError(f"--port {port} is not a TCP port (0 to 65535).") from None


def _quiet_handler():
    from werkzeug.serving import WSGIRequestHandler

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args, **kwargs) -> None:
            pass

    return Quiet
