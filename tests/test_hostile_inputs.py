"""Hostile and broken inputs: gzip bombs, dripping servers, redirects inward, huge feeds, cut WARCs.

Every server here is a threaded ``http.server`` on 127.0.0.1 started by the test,
and every test is bounded in time (servers stop sending after a fixed number of
bytes, clients have deadlines of a few seconds).
"""

from __future__ import annotations

import gzip
import io
import json
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from narrate import sources
from narrate.errors import FetchError, InputError, UsageError
from narrate.inputs import discover, warc_items
from narrate.sources import fetch_url, read_file

PAGE = (b"<!doctype html><html><head><meta charset='utf-8'><title>Tide gauge</title></head>"
        b"<body><article><h1>Tide gauge returns to Merrow Quay</h1>"
        + b"<p>The harbour board said the gauge would report every six minutes.</p>" * 20
        + b"</article></body></html>")

Handler = Callable[[BaseHTTPRequestHandler], None]


@contextmanager
def http_server(routes: dict[str, Handler]):
    """A threaded server on 127.0.0.1; yields (base URL, list of paths requested)."""
    requested: list[str] = []

    class Handle(BaseHTTPRequestHandler):
        def do_GET(self):
            requested.append(self.path)
            route = routes.get(self.path.split("?")[0])
            if route is None:
                self.send_error(404)
                return
            route(self)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handle)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", requested
    finally:
        server.shutdown()
        server.server_close()


def send(body: bytes, ctype: str = "text/html; charset=utf-8", **headers) -> Handler:
    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            h.send_header(name.replace("_", "-"), value)
        h.end_headers()
        h.wfile.write(body)
    return handler


def redirect(location: str) -> Handler:
    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return handler


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """About 400 KB of gzip that expands to 400 MB, made in chunks (never 400 MB in memory)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b" " * 2**20
    parts = [comp.compress(b"<html><body><p>")]
    parts += [comp.compress(block) for _ in range(400)]
    parts.append(comp.flush())
    data = b"".join(parts)
    assert len(data) < 600_000
    return data


def peak_mb(func) -> tuple[float, BaseException | None]:
    """Peak traced Python memory (MB) while running ``func``, and what it raised."""
    tracemalloc.start()
    error = None
    try:
        func()
    except Exception as exc:
        error = exc
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20, error


# -- item 3: decompression with the cap applied while reading --------------------------


def test_html_gz_bomb_is_refused_with_bounded_memory(tmp_path, bomb):
    path = tmp_path / "story.html.gz"
    path.write_bytes(bomb)
    peak, error = peak_mb(lambda: read_file(path))
    assert isinstance(error, InputError)
    assert "50 MB" in str(error)
    assert peak < 120, f"peak {peak:.0f} MB: the whole bomb was expanded"


def test_xml_gz_feed_bomb_is_refused_with_bounded_memory(tmp_path, bomb):
    path = tmp_path / "sitemap.xml.gz"
    path.write_bytes(bomb)
    peak, error = peak_mb(lambda: discover([str(path)]))
    assert isinstance(error, InputError)
    assert "50 MB" in str(error)
    assert peak < 120, f"peak {peak:.0f} MB: the whole bomb was expanded"


def test_gzip_bomb_over_http_is_refused(bomb):
    with http_server({"/story": send(bomb, Content_Encoding="gzip")}) as (base, _):
        peak, error = peak_mb(lambda: fetch_url(f"{base}/story", timeout=20))
    assert isinstance(error, InputError), error
    assert "50 MB" in str(error)
    assert peak < 120


def test_capped_gunzip_reads_members_and_refuses_cut_or_corrupt_streams():
    from narrate.sources import gunzip_capped

    two = gzip.compress(b"<p>one</p>") + gzip.compress(b"<p>two</p>")
    assert gunzip_capped([two], name="x") == b"<p>one</p><p>two</p>"
    assert gunzip_capped([two[:7], two[7:]], name="x") == b"<p>one</p><p>two</p>"
    with pytest.raises(InputError, match="cut short"):
        gunzip_capped([two[:-6]], name="x")
    with pytest.raises(InputError, match="not a valid"):
        gunzip_capped([b"\x1f\x8b" + b"garbage" * 10], name="x")
    with pytest.raises(InputError, match="more than"):
        gunzip_capped([gzip.compress(b"a" * 1000)], name="x", limit=999)
    assert gunzip_capped([gzip.compress(b"a" * 1000)], name="x", limit=1000) == b"a" * 1000


def test_a_small_html_gz_still_reads(tmp_path):
    path = tmp_path / "story.html.gz"
    path.write_bytes(gzip.compress(PAGE))
    assert read_file(path) == PAGE


# -- item 4: one overall deadline per fetch ---------------------------------------------


def test_dripping_server_is_cut_off_at_the_deadline():
    state = {"sent": 0, "finished": False}

    def drip(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        try:
            for _ in range(40):  # 20 s in all, a byte every 0.5 s: no single read times out
                h.wfile.write(b"<")
                h.wfile.flush()
                state["sent"] += 1
                time.sleep(0.5)
        except OSError:
            return
        state["finished"] = True

    with http_server({"/slow": drip}) as (base, _):
        with pytest.raises(FetchError, match=r"within 1\.5 s") as caught:
            fetch_url(f"{base}/slow", timeout=1.5)
        cut_while_sending = not state["finished"]
    assert cut_while_sending, "the fetch waited for the server to finish"
    assert "--timeout" in str(caught.value)


def test_timeout_comes_from_the_environment(monkeypatch):
    from narrate.sources import fetch_timeout

    monkeypatch.delenv("NARRATE_TIMEOUT", raising=False)
    assert fetch_timeout() == 30.0
    monkeypatch.setenv("NARRATE_TIMEOUT", "2.5")
    assert fetch_timeout() == 2.5
    assert fetch_timeout(7) == 7.0
    monkeypatch.setenv("NARRATE_TIMEOUT", "soon")
    with pytest.raises(UsageError):
        fetch_timeout()
    with pytest.raises(UsageError):
        fetch_timeout(0)


# -- item 12: content coding, redirects inward, --limit, --dry-run ----------------------


def test_gzip_and_deflate_responses_are_decoded():
    routes = {
        "/gzip": send(gzip.compress(PAGE), Content_Encoding="gzip"),
        "/deflate": send(zlib.compress(PAGE), Content_Encoding="deflate"),
        "/raw-deflate": send(zlib.compress(PAGE)[2:-4], Content_Encoding="deflate"),
        "/plain": send(PAGE),
    }
    with http_server(routes) as (base, _):
        for path in routes:
            assert fetch_url(base + path, timeout=10).data == PAGE, path


def test_unknown_content_coding_is_refused():
    with http_server({"/br": send(b"\x0b\x02\x80", Content_Encoding="br")}) as (base, _), \
            pytest.raises(FetchError, match="Content-Encoding"):
        fetch_url(f"{base}/br", timeout=10)


def test_redirect_from_a_public_address_to_loopback_is_refused(monkeypatch):
    """The first hop is made to look public; the redirect lands on 127.0.0.1."""
    real = sources.is_internal_address
    calls = []

    def first_looks_public(ip: str) -> bool:
        calls.append(ip)
        return False if len(calls) == 1 else real(ip)

    routes = {"/go": redirect("/secret"), "/secret": send(PAGE)}
    with http_server(routes) as (base, requested):
        monkeypatch.setattr(sources, "is_internal_address", first_looks_public, raising=False)
        with pytest.raises(FetchError, match="private address"):
            fetch_url(f"{base}/go", timeout=10)
        assert "/secret" not in requested
        monkeypatch.setattr(sources, "is_internal_address", real)
        # counter-example: a local URL the user gave redirecting locally still works
        assert fetch_url(f"{base}/go", timeout=10).data == PAGE
        assert "/secret" in requested


def test_internal_addresses():
    for ip in ("127.0.0.1", "10.1.2.3", "192.168.0.7", "169.254.169.254", "::1",
               "fe80::1%eth0", "::ffff:127.0.0.1", "100.64.0.1", "0.0.0.0"):
        assert sources.is_internal_address(ip), ip
    for ip in ("93.184.216.34", "2606:4700::6810:84e5", "8.8.8.8"):
        assert not sources.is_internal_address(ip), ip


def rss(links: list[str]) -> bytes:
    items = "".join(f"<item><title>t</title><link>{u}</link></item>" for u in links)
    return f"<?xml version='1.0'?><rss version='2.0'><channel>{items}</channel></rss>".encode()


def sitemap_index(children: list[str]) -> bytes:
    locs = "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in children)
    return (b"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/"
            b"sitemap/0.9'>" + locs.encode() + b"</sitemapindex>")


def urlset(links: list[str]) -> bytes:
    locs = "".join(f"<url><loc>{u}</loc></url>" for u in links)
    return (b"<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            + locs.encode() + b"</urlset>")


def test_limit_caps_a_feed_a_url_list_and_a_sitemap_index(tmp_path):
    feed = tmp_path / "big.rss"
    feed.write_bytes(rss([f"https://news.example/a{i}" for i in range(10_000)]))
    items = discover([str(feed)], limit=25)
    assert [i.url for i in items] == [f"https://news.example/a{i}" for i in range(25)]
    assert len(discover([str(feed)])) == 10_000

    urls = tmp_path / "urls.txt"
    urls.write_text("".join(f"https://news.example/u{i}\n" for i in range(50)))
    assert len(discover([str(urls)], limit=3)) == 3

    routes = {"/sitemap.xml": None}
    with http_server(routes) as (base, requested):
        children = [f"{base}/s{i}.xml" for i in range(5)]
        routes["/sitemap.xml"] = send(sitemap_index(children), "application/xml")
        for n, child in enumerate(children):
            routes[child[len(base):]] = send(
                urlset([f"https://news.example/s{n}-{i}" for i in range(4)]), "application/xml")
        items = discover([f"{base}/sitemap.xml"], limit=6)
        assert [i.url for i in items] == [f"https://news.example/s{n}-{i}"
                                          for n in (0, 1) for i in range(4)][:6]
        assert requested == ["/sitemap.xml", "/s0.xml", "/s1.xml"]  # no more than needed
    with pytest.raises(InputError):
        discover([str(feed)], limit=0)


def test_dry_run_lists_sitemap_children_without_fetching_them(tmp_path):
    from narrate import EditionOptions
    from narrate.batch import run_batch
    from narrate.inputs import UNREAD
    from narrate.voices import load_profile

    routes = {}
    with http_server(routes) as (base, requested):
        children = [f"{base}/news-{i}.xml" for i in range(3)]
        routes["/sitemap.xml"] = send(sitemap_index(children), "application/xml")
        for child in children:
            routes[child[len(base):]] = send(urlset(["https://news.example/x"]), "text/xml")
        items = discover([f"{base}/sitemap.xml"], dry_run=True)
        assert [(i.kind, i.source) for i in items] == [(UNREAD, c) for c in children]
        summary = run_batch([f"{base}/sitemap.xml"], profile=load_profile(None),
                            options=EditionOptions(out_dir=str(tmp_path / "out")),
                            jobs=0, dry_run=True)
        assert requested == ["/sitemap.xml", "/sitemap.xml"]  # the index only, never a child
    assert [(r.status, r.source) for r in summary.results] == [(UNREAD, c) for c in children]
    assert not (tmp_path / "out").exists()
    # counter-example: without a dry run the children are read
    with http_server(routes) as (base, requested):
        children = [f"{base}/news-{i}.xml" for i in range(3)]
        routes["/sitemap.xml"] = send(sitemap_index(children), "application/xml")
        assert [i.url for i in discover([f"{base}/sitemap.xml"])] == ["https://news.example/x"]
        assert requested == ["/sitemap.xml", "/news-0.xml", "/news-1.xml", "/news-2.xml"]


# -- item 5: truncated or malformed WARC records -----------------------------------------


def make_warc(path: Path, pages: list[tuple[str, bytes]], *, gz: bool) -> list[int]:
    """Write response records; return each record's end offset."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ends = []
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))
            ends.append(handle.tell())
    return ends


def story(n: int) -> bytes:
    words = " ".join(f"quay{(n * 7919 + i * 104729) % 9973}" for i in range(500))
    return (f"<html><body><article><h1>Story {n}</h1><p>{words}.</p></article></body></html>"
            ).encode()


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_truncated_last_record_fails_with_a_reason(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    ends = make_warc(path, [("https://news.example/one", story(1)),
                            ("https://news.example/two", story(2))], gz=gz)
    data = path.read_bytes()
    path.write_bytes(data[: ends[0] + (ends[1] - ends[0]) // 2])  # cut inside record two
    items = list(warc_items(path))
    assert [i.url for i in items] == ["https://news.example/one", "https://news.example/two"]
    good, cut = items
    assert good.error is None and good.fetch().data == story(1)
    assert cut.error and "cut short" in cut.error
    with pytest.raises(InputError, match="cut short"):
        cut.fetch()


def test_malformed_record_header_fails_with_a_reason(tmp_path):
    path = tmp_path / "crawl.warc"
    ends = make_warc(path, [("https://news.example/one", story(1)),
                            ("https://news.example/two", story(2))], gz=False)
    data = bytearray(path.read_bytes())
    data[ends[0]:ends[0] + 8] = b"JUNK/9.9"
    path.write_bytes(bytes(data))
    items = list(warc_items(path))
    assert len(items) == 2 and items[0].error is None
    assert items[1].error and "malformed" in items[1].error and f"@{ends[0]}" in items[1].error


def test_a_record_truncated_after_discovery_is_refused_by_the_worker(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    make_warc(path, [("https://news.example/one", story(1))], gz=True)
    (item,) = list(warc_items(path))
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(InputError, match=r"cut short|cannot read|compressed"):
        item.fetch()


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_batch_records_a_truncated_record_in_failures(tmp_path, gz):
    from narrate import EditionOptions
    from narrate.batch import run_batch
    from narrate.voices import load_profile

    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    ends = make_warc(path, [("https://news.example/one", story(1)),
                            ("https://news.example/two", story(2))], gz=gz)
    path.write_bytes(path.read_bytes()[: ends[1] - 300])
    out = tmp_path / "out"
    seen = []

    def fetch_only(item, job):  # the real worker narrates; what matters here is the report
        from narrate.batch import ItemResult

        seen.append(item.url)
        try:
            item.fetch()
        except InputError as exc:
            return ItemResult(id=item.id, source=item.source, status="failed",
                              reason=str(exc), exit_code=exc.exit_code)
        return ItemResult(id=item.id, source=item.source, status="done", stem="x")

    summary = run_batch([str(path)], profile=load_profile(None),
                        options=EditionOptions(out_dir=str(out)), jobs=0, task=fetch_only)
    assert seen == ["https://news.example/one", "https://news.example/two"]
    assert (summary.done, summary.failed) == (1, 1)
    lines = [json.loads(x) for x in (out / "_failures.jsonl").read_text().splitlines()]
    assert [(x["source"], x["exit_code"]) for x in lines] == [
        (f"{path}#https://news.example/two", 3)]
    assert "cut short" in lines[0]["reason"]


# -- the command line ------------------------------------------------------------------


def narrate_cli(*args: str, env: dict | None = None):
    import os
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "narrate.cli", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})}, check=False)


def test_cli_timeout_option_and_environment_cut_a_dripping_server(tmp_path):
    def drip(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        try:
            for _ in range(60):
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(0.5)
        except OSError:
            return

    with http_server({"/slow": drip}) as (base, _):
        for args, env in ((("--timeout", "1"), {}), ((), {"NARRATE_TIMEOUT": "1"})):
            done = narrate_cli("article", f"{base}/slow", "--out", str(tmp_path), *args, env=env)
            assert done.returncode == 4, done.stderr
            lines = done.stderr.strip().splitlines()
            assert len(lines) == 1 and "within 1 s" in lines[0], done.stderr
    bad = narrate_cli("article", "--timeout", "0", "--out", str(tmp_path))
    assert bad.returncode == 2


def test_cli_dry_run_names_unread_sitemaps_and_limit_caps_a_feed(tmp_path):
    feed = tmp_path / "news.rss"
    feed.write_bytes(rss([f"https://news.example/a{i}" for i in range(40)]))
    routes = {}
    with http_server(routes) as (base, requested):
        routes["/sitemap.xml"] = send(sitemap_index([f"{base}/s1.xml"]), "application/xml")
        done = narrate_cli("batch", str(feed), f"{base}/sitemap.xml", "--limit", "2",
                           "--dry-run", "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:3] == ["narrate  https://news.example/a0", "narrate  https://news.example/a1",
                         f"read     {base}/s1.xml"]
    assert requested == ["/sitemap.xml"]


def test_gzipped_sitemap_over_http_is_read_and_a_bomb_refused(bomb):
    routes = {"/sitemap.xml.gz": send(gzip.compress(urlset(["https://news.example/z"])),
                                      "application/gzip"),
              "/bomb-sitemap.xml.gz": send(bomb, "application/gzip")}
    with http_server(routes) as (base, _):
        assert [i.url for i in discover([f"{base}/sitemap.xml.gz"])] == ["https://news.example/z"]
        peak, error = peak_mb(lambda: discover([f"{base}/bomb-sitemap.xml.gz"]))
    assert isinstance(error, InputError) and "50 MB" in str(error), error
    assert peak < 120


def test_a_gzip_body_cut_by_the_deadline_is_reported_as_the_deadline():
    data = gzip.compress(PAGE * 50)

    def drip_gzip(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Encoding", "gzip")
        h.end_headers()
        try:
            for i in range(0, min(len(data), 40)):
                h.wfile.write(data[i:i + 1])
                h.wfile.flush()
                time.sleep(0.5)
        except OSError:
            return

    with http_server({"/slow.gz": drip_gzip}) as (base, _), \
            pytest.raises(FetchError, match=r"within 1\.5 s"):
        fetch_url(f"{base}/slow.gz", timeout=1.5)
