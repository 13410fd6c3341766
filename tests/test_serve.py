"""``narrate serve``: only public files, honest headers, a feed for the address it serves."""

from __future__ import annotations

import shutil
import threading
import urllib.request
from pathlib import Path

import pytest
from werkzeug.serving import make_server
from werkzeug.test import Client

from narrate.server import make_app

MP3_BYTES = bytes(range(256)) * 40


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "editions"
    root.mkdir()
    (root / "2024-05-02-ferry.mp3").write_bytes(MP3_BYTES)
    (root / "2024-05-02-ferry.vtt").write_text("WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\nHi\n")
    (root / "2024-05-02-ferry.json").write_text('{"title": "Ferry"}\n')
    (root / "index.html").write_text("<!doctype html><title>x</title>")
    (root / "_index.jsonl").write_text('{"source": "/home/someone/archive/story.html"}\n')
    (root / "_failures.jsonl").write_text("{}\n")
    (root / "sub").mkdir()
    (root / "sub" / "_private.json").write_text("{}")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("not for the web")
    (root / "outdir").symlink_to(outside, target_is_directory=True)
    (root / "outfile.txt").symlink_to(outside / "secret.txt")
    (root / "alias.mp3").symlink_to(root / "2024-05-02-ferry.mp3")  # inside: fine
    (root / "log.json").symlink_to(root / "_index.jsonl")  # a public name for a private file
    return root


def test_nothing_outside_the_folder_is_served_even_through_symlinks(folder):
    client = Client(make_app(folder))
    for path in ("/outdir/secret.txt", "/outfile.txt", "/../outside/secret.txt",
                 "/%2e%2e/outside/secret.txt", "/outdir/../outdir/secret.txt"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert b"not for the web" not in response.data
    alias = client.get("/alias.mp3")  # a link that stays inside the folder is fine
    assert alias.status_code == 200 and alias.data == MP3_BYTES


def test_underscore_and_hidden_files_are_not_served(folder):
    client = Client(make_app(folder))
    for path in ("/_index.jsonl", "/_failures.jsonl", "/sub/_private.json", "/log.json"):
        assert client.get(path).status_code == 404, path
    (folder / ".2024-05-02-ferry.mp3.part").write_bytes(b"x")
    assert client.get("/.2024-05-02-ferry.mp3.part").status_code == 404
    assert client.get("/2024-05-02-ferry.json").status_code == 200


def test_no_wildcard_cors_and_an_explicit_origin_when_asked(folder):
    plain = Client(make_app(folder)).get("/2024-05-02-ferry.mp3")
    assert "Access-Control-Allow-Origin" not in plain.headers
    allowed = Client(make_app(folder, cors="https://player.example")).get("/index.html")
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://player.example"
    assert "Origin" in allowed.headers["Vary"]
    from narrate.errors import UsageError

    for bad in ("*", "player.example", "https://player.example/path"):
        with pytest.raises(UsageError):
            make_app(folder, cors=bad)


def test_content_type_has_one_charset(folder):
    client = Client(make_app(folder))
    expected = {"/2024-05-02-ferry.vtt": "text/vtt; charset=utf-8",
                "/index.html": "text/html; charset=utf-8",
                "/2024-05-02-ferry.mp3": "audio/mpeg",
                "/2024-05-02-ferry.json": "application/json"}
    for path, ctype in expected.items():
        assert client.get(path).headers.getlist("Content-Type") == [ctype], path


def test_multi_range_gets_the_whole_file_and_single_ranges_206(folder):
    client = Client(make_app(folder))
    many = client.get("/2024-05-02-ferry.mp3", headers={"Range": "bytes=0-9,20-29"})
    assert many.status_code == 200 and many.data == MP3_BYTES
    assert "Content-Range" not in many.headers
    one = client.get("/2024-05-02-ferry.mp3", headers={"Range": "bytes=10-19"})
    assert one.status_code == 206 and one.data == MP3_BYTES[10:20]
    assert one.headers["Content-Range"] == f"bytes 10-19/{len(MP3_BYTES)}"


@pytest.fixture
def published(tmp_path, sample_edition) -> Path:
    """A real edition with its feed built for the public address."""
    from narrate.feed import build_feed

    root = tmp_path / "pub"
    root.mkdir()
    mp3 = Path(sample_edition.mp3)
    for path in mp3.parent.glob(f"{mp3.stem}*"):
        shutil.copy(path, root / path.name)
    build_feed(root, title="Harbour Audio", base_url="https://audio.example.com/news/",
               author="Harbour Audio", language="en")
    return root


def test_served_feed_points_at_the_address_it_is_served_from(published):
    import feedparser

    client = Client(make_app(published))
    on_disk = (published / "feed.xml").read_bytes()
    assert b"https://audio.example.com/news/" in on_disk
    response = client.get("/feed.xml", headers={"Host": "192.168.1.5:8000"})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert b"audio.example.com" not in response.data
    parsed = feedparser.parse(response.data)
    (entry,) = parsed.entries
    urls = [entry.enclosures[0].href, parsed.feed.image.href, parsed.feed.link]
    assert all(u.startswith("http://192.168.1.5:8000/") for u in urls), urls
    # the original article's link is not ours: it is kept
    assert entry.link.startswith("https://harbourledger.example/")
    assert (published / "feed.xml").read_bytes() == on_disk  # the file itself is unchanged
    odd = client.get("/feed.xml", headers={"Host": "evil.example/<x>"})
    assert b"<x>" not in odd.data


def test_a_feed_from_serve_plays_end_to_end(published):
    """The feed fetched from a real server leads to an enclosure that the same server serves."""
    import feedparser

    server = make_server("127.0.0.1", 0, make_app(published), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_port}/"
        with urllib.request.urlopen(base + "feed.xml", timeout=20) as response:
            parsed = feedparser.parse(response.read())
        enclosure = parsed.entries[0].enclosures[0]
        assert enclosure.href.startswith(base)
        request = urllib.request.Request(enclosure.href, headers={"Range": "bytes=0-3"})
        with urllib.request.urlopen(request, timeout=20) as response:
            assert response.status == 206 and response.read() == b"ID3\x03"
    finally:
        server.shutdown()
        server.server_close()


def test_old_manifests_are_served_without_local_paths(folder):
    import json

    old = {"source": "/home/someone/archive/2024/ferry.html", "title": "Ferry",
           "settings": {"lexicons": ["/home/someone/names.toml"]},
           "files": {"mp3": "2024-05-02-ferry.mp3"}}
    (folder / "2024-05-02-ferry.json").write_text(json.dumps(old), encoding="utf-8")
    client = Client(make_app(folder))
    served = client.get("/2024-05-02-ferry.json")
    assert served.status_code == 200
    assert served.headers["Content-Type"] == "application/json"
    doc = json.loads(served.data)
    assert doc["source"] == "ferry.html" and doc["settings"]["lexicons"] == ["names.toml"]
    assert b"/home/someone" not in served.data
    clean = {**old, "source": "https://harbourledger.example/ferry", "settings": {}}
    (folder / "2024-05-02-ferry.json").write_text(json.dumps(clean), encoding="utf-8")
    assert client.get("/2024-05-02-ferry.json").data == json.dumps(clean).encode()
