"""index.html: static checks, the range-serving server, and a real browser seeking by chapter."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from lxml import html as lxml_html
from werkzeug.serving import make_server
from werkzeug.test import Client

from narrate.feed import build_feed
from narrate.server import make_app
from narrate.verify import parse_vtt
from narrate.webpage import build_page

from .test_feed import copy_edition

pytestmark = pytest.mark.integration
HOSTILE = '<script>alert("x")</script> & "quotes" </p>'


@pytest.fixture
def folder(sample_edition, tmp_path) -> Path:
    out = tmp_path / "site"
    copy_edition(sample_edition, out)
    copy_edition(sample_edition, out, "2024-10-24-hostile", title=HOSTILE, date="2024-10-24",
                 disclosure="Read by a machine <b>really</b>.",
                 url='https://example.com/a?b=1&c="2"')
    build_feed(out, title="Morning & Evening", base_url="https://audio.example.com/",
               author="Example News", language="en")
    build_page(out, title="Morning & Evening", description="News <read> aloud")
    return out


def test_every_edition_has_player_chapters_transcript_and_disclosure(folder, sample_edition):
    page = folder / "index.html"
    doc = lxml_html.fromstring(page.read_bytes())
    articles = doc.findall(".//article")
    assert len(articles) == 2
    assert articles[0].findtext("h2") == HOSTILE  # newest first, shown as text
    chapters = sample_edition.manifest["chapters"]
    cues = parse_vtt(Path(sample_edition.vtt).read_text())
    for article in articles:
        (audio,) = article.findall(".//audio")
        assert (folder / audio.get("src")).is_file()
        buttons = article.findall(".//ol[@class='chapters']//button")
        assert [b.get("data-start") for b in buttons] == [
            f"{c['start_ms'] / 1000:.3f}" for c in chapters]
        assert all(b.get("data-audio") == audio.get("id") for b in buttons)
        assert [b.text_content()[-len(c["title"]):] for b, c in zip(buttons, chapters,
                                                                    strict=True)] == [
            c["title"] for c in chapters]
        transcript = article.findall(".//details[@class='transcript']//button")
        assert len(transcript) == len(cues)
        assert cues[5][2] in article.text_content()
    assert "Read by a machine <b>really</b>." in articles[0].text_content()
    assert "This audio is created with AI assistance." in articles[1].text_content()
    assert doc.find(".//link[@rel='alternate']").get("href") == "feed.xml"
    assert any(a.get("href") == "feed.xml" for a in doc.iter("a"))
    assert doc.findtext(".//title") == "Morning & Evening"


def test_page_is_self_contained_escaped_and_deterministic(folder):
    page = folder / "index.html"
    raw = page.read_text(encoding="utf-8")
    assert "<script>alert" not in raw and "<b>really" not in raw and "<read>" not in raw
    assert raw.count("<script") == 1 and "<script src" not in raw  # only the inline player
    assert 'http-equiv="Content-Security-Policy"' in raw and "default-src 'none'" in raw
    doc = lxml_html.fromstring(raw)
    for el in doc.iter():
        for attr in ("src", "href"):
            value = el.get(attr)
            if value is None:
                continue
            if el.tag == "a" and value.startswith("https://"):
                continue  # links to the original articles, followed only when clicked
            assert "://" not in value, (el.tag, value)
            assert (folder / value.split("#")[0]).is_file(), value
    hostile_link = [a.get("href") for a in doc.iter("a") if "example.com/a" in a.get("href", "")]
    assert hostile_link == ['https://example.com/a?b=1&c="2"']
    before = page.read_bytes()
    mtime = page.stat().st_mtime_ns
    build_page(folder, title="Morning & Evening", description="News <read> aloud")
    assert page.read_bytes() == before and page.stat().st_mtime_ns == mtime


def test_server_answers_range_requests(folder):
    client = Client(make_app(folder))
    mp3 = next(folder.glob("2024-10-23-*.mp3"))
    size = mp3.stat().st_size
    data = mp3.read_bytes()
    first = client.get(f"/{mp3.name}", headers={"Range": "bytes=0-0"})
    assert first.status_code == 206
    assert first.headers["Content-Range"] == f"bytes 0-0/{size}"
    assert first.data == data[:1]
    tail = client.get(f"/{mp3.name}", headers={"Range": "bytes=-100"})
    assert tail.status_code == 206 and tail.data == data[-100:]
    middle = client.get(f"/{mp3.name}", headers={"Range": "bytes=1000-1999"})
    assert middle.data == data[1000:2000]
    assert client.get(f"/{mp3.name}", headers={"Range": f"bytes={size}-"}).status_code == 416
    whole = client.get(f"/{mp3.name}")
    assert whole.status_code == 200 and whole.headers["Accept-Ranges"] == "bytes"
    assert whole.headers["Content-Type"] == "audio/mpeg"
    assert client.get("/").status_code == 200  # index.html
    assert client.get("/../../etc/passwd").status_code == 404
    (folder / ".secret.part").write_text("x")
    assert client.get("/.secret.part").status_code == 404
    assert client.post("/index.html").status_code == 405


def _chromium() -> str | None:
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser",
                                               "google-chrome", "chrome")) if p), None)


PROBE = """<script>
(function () {
  var audio = document.getElementById("audio-1"), out = {};
  function report(step) {
    out.step = step; out.currentTime = audio.currentTime; out.duration = audio.duration;
    out.error = audio.error && audio.error.code;
    var pre = document.createElement("pre"); pre.id = "probe";
    pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
  }
  audio.addEventListener("error", function () { report("error"); });
  function ready() {
    var button = document.querySelectorAll('ol.chapters button[data-audio="audio-1"]')[2];
    out.target = parseFloat(button.dataset.start);
    out.readyState = audio.readyState;
    var reported = false;
    function once(step) { if (!reported) { reported = true; report(step); } }
    audio.addEventListener("seeked", function () { once("seeked"); }, {once: true});
    button.click();
    out.afterClick = audio.currentTime;
    setTimeout(function () { once("clicked"); }, 1500);
  }
  if (audio.readyState >= 1) ready();
  else audio.addEventListener("loadedmetadata", ready, {once: true});
})();
</script></body>"""


@pytest.mark.skipif(_chromium() is None, reason="no Chromium installed: browser test skipped")
def test_browser_loads_mp3_and_chapter_click_seeks(folder, sample_edition, tmp_path):
    """Headless Chromium opens the page from ``narrate serve``'s app and clicks a chapter.

    A probe script appended to a copy of the page waits for the player's
    metadata, clicks the third chapter button (the page's own handler does the
    seeking) and writes what the <audio> element reports into the DOM, which
    ``--dump-dom`` prints once the page has settled.
    """
    page = (folder / "index.html").read_text(encoding="utf-8")
    (folder / "probe.html").write_text(page.replace("</body>", PROBE), encoding="utf-8")
    server = make_server("127.0.0.1", 0, make_app(folder), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        result = subprocess.run(
            [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--mute-audio",
             f"--user-data-dir={tmp_path / 'profile'}",
             "--autoplay-policy=no-user-gesture-required",
             "--virtual-time-budget=20000", "--dump-dom",
             f"http://127.0.0.1:{server.server_port}/probe.html"],
            capture_output=True, text=True, timeout=90, check=False,
        )
    finally:
        server.shutdown()
        thread.join(5)
    found = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout)
    assert found, f"no probe result; page: {result.stdout[-300:]!r}; {result.stderr[-300:]}"
    out = json.loads(found.group(1).replace("&quot;", '"'))
    assert out["step"] in ("seeked", "clicked") and out["error"] is None, out
    assert out["readyState"] >= 1  # HAVE_METADATA: the MP3 was fetched and parsed
    expected = sample_edition.manifest["chapters"][2]["start_ms"] / 1000
    assert out["target"] == pytest.approx(expected, abs=0.001)
    assert out["afterClick"] == pytest.approx(expected, abs=0.01)
    assert out["currentTime"] == pytest.approx(expected, abs=0.5)
    assert out["duration"] == pytest.approx(sample_edition.manifest["duration_ms"] / 1000, abs=0.2)
