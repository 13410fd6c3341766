"""``narrate serve``: the editions folder over HTTP, with range requests.

Podcast apps and browsers seek in an MP3 by asking for byte ranges
(``Range: bytes=…``); Python's ``http.server`` ignores them, so seeking
restarts the download or fails. Werkzeug's :func:`~werkzeug.utils.send_from_directory`
answers ranges (206, ``Content-Range``, suffix ranges, 416), ``If-Range`` and
conditional requests, and refuses paths outside the folder; its development
server is plenty for trying a feed on a laptop or a phone on the same network.

It binds 127.0.0.1 by default: pass ``host="0.0.0.0"`` to reach it from the LAN.
"""

from __future__ import annotations

import errno
import mimetypes
import socket
from collections.abc import Callable
from pathlib import Path

from .errors import UsageError

#: types the feed needs that the platform's MIME table may lack or get wrong
TYPES = {
    ".mp3": "audio/mpeg",
    ".vtt": "text/vtt; charset=utf-8",
    ".xml": "application/rss+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".png": "image/png",
    ".jpg": "image/jpeg",
}


def make_app(folder: str | Path):
    """A WSGI app serving the files of ``folder`` (``/`` is ``index.html``), nothing else."""
    from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound
    from werkzeug.utils import send_from_directory
    from werkzeug.wrappers import Request

    root = Path(folder).resolve()

    def app(environ, start_response):
        request = Request(environ)
        try:
            if request.method not in ("GET", "HEAD"):
                raise MethodNotAllowed(valid_methods=["GET", "HEAD"])
            name = request.path.lstrip("/") or "index.html"
            if name.endswith("/"):
                name += "index.html"
            if any(part.startswith(".") for part in name.split("/")):
                raise NotFound()  # hidden and half-written (.part) files stay private
            suffix = Path(name).suffix.lower()
            mimetype = TYPES.get(suffix) or mimetypes.guess_type(name)[0]
            response = send_from_directory(root, name, environ, mimetype=mimetype,
                                           conditional=True, max_age=60)
            response.headers["Access-Control-Allow-Origin"] = "*"  # web players, chapters
        except HTTPException as exc:
            response = exc.get_response(environ)
        return response(environ, start_response)

    return app


def serve(folder: str | Path, *, host: str = "127.0.0.1", port: int = 8000,
          quiet: bool = False, on_ready: Callable[[int], None] | None = None) -> None:
    """Serve ``folder`` until interrupted (threaded: players open several connections).

    The port is bound before anything is announced: ``on_ready(port)`` is
    called only once the server listens (``port=0`` picks a free one), and a
    port in use or an address that cannot be bound is a :class:`UsageError`
    (one line, exit 2) instead of Werkzeug's own message and exit 1.
    """
    from werkzeug.serving import make_server

    sock = listen(host, port)
    try:
        server = make_server(host, sock.getsockname()[1], make_app(folder), threaded=True,
                             request_handler=_quiet_handler() if quiet else None,
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
