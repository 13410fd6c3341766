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

import mimetypes
from pathlib import Path

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
          quiet: bool = False) -> None:
    """Serve ``folder`` until interrupted (threaded: players open several connections)."""
    from werkzeug.serving import run_simple

    run_simple(host, port, make_app(folder), threaded=True, use_reloader=False,
               use_debugger=False, request_handler=_quiet_handler() if quiet else None)


def _quiet_handler():
    from werkzeug.serving import WSGIRequestHandler

    class Quiet(WSGIRequestHandler):
        def log_request(self, *args, **kwargs) -> None:
            pass

    return Quiet
