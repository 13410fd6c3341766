"""index.html: static checks, pages, contrast, the range-serving server, and a real browser.

The browser tests run headless Chromium where one is installed (Debian's
``chromium``) and are skipped, saying so, where none is (CI installs none).
"""

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
from narrate.webpage import STYLE, build_page, build_pages

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
        # the transcript is loaded on demand from the edition's own VTT, not inlined
        (details,) = article.findall(".//details[@class='transcript']")
        vtt = Path(sample_edition.vtt).read_text()
        assert (folder / details.get("data-vtt")).read_text() == vtt
        assert details.get("data-audio") == audio.get("id")
        assert cues[5][2] not in article.text_content()
        assert audio.get("aria-label") == "Listen: " + article.findtext("h2")
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
    assert "fetch(" in raw and "connect-src 'self'" in raw  # transcripts: same folder only
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


def test_archive_is_split_into_linked_pages_and_stale_pages_go(folder, sample_edition):
    for day in range(25, 28):
        copy_edition(sample_edition, folder, f"2024-10-{day}-story", title=f"Story {day}",
                     date=f"2024-10-{day}")
    pages = build_pages(folder, title="Morning", per_page=2)
    assert [p.name for p in pages] == ["index.html", "page-2.html", "page-3.html"]
    seen = []
    for number, page in enumerate(pages, 1):
        doc = lxml_html.fromstring(page.read_bytes())
        seen += [a.findtext("h2") for a in doc.findall(".//article")]
        ids = [a.get("id") for a in doc.iter("audio")]
        assert len(ids) == len(set(ids)) and len(ids) <= 2
        nav = doc.find(".//nav[@class='pages']")
        links = {a.get("rel"): a.get("href") for a in nav.iter("a")}
        assert links.get("prev") == (None if number == 1 else
                                     ("index.html" if number == 2 else f"page-{number - 1}.html"))
        assert links.get("next") == (None if number == 3 else f"page-{number + 1}.html")
        assert f"Page {number} of 3" in nav.text_content()
    assert seen[:3] == ["Story 27", "Story 26", "Story 25"] and len(seen) == 5
    # the page's size does not depend on the transcripts' length
    assert all(page.stat().st_size < 30_000 for page in pages)
    # fewer editions: fewer pages, and the old last page is removed
    build_pages(folder, title="Morning", per_page=4)
    assert sorted(p.name for p in folder.glob("*.html")) == ["index.html", "page-2.html"]
    build_page(folder, title="Morning")
    assert sorted(p.name for p in folder.glob("*.html")) == ["index.html"]
    doc = lxml_html.fromstring((folder / "index.html").read_bytes())
    assert doc.find(".//nav") is None and len(doc.findall(".//article")) == 5


def _luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of ``#rrggbb``."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _schemes(css: str) -> dict[str, dict[str, str]]:
    """The custom properties of ``:root`` and of its dark-scheme override, read from the CSS."""
    light = re.search(r"^:root \{([^}]*)\}", css, re.M).group(1)
    dark = re.search(r"prefers-color-scheme: dark\) \{ :root \{([^}]*)\}", css).group(1)
    return {name: dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", block))
            for name, block in (("light", light), ("dark", dark))}


def test_contrast_is_wcag_aa_in_both_schemes():
    """Every text colour the stylesheet uses, on every background it is drawn on, ≥ 4.5:1."""
    assert contrast("#777777", "#ffffff") < 4.5 < contrast("#767676", "#ffffff")  # the formula
    schemes = _schemes(STYLE)
    assert set(schemes) == {"light", "dark"}
    # which text colour is drawn on which background (from the rules in STYLE)
    texts = set(re.findall(r"[^-]color: var\(--(\w+)\)", STYLE))
    grounds = set(re.findall(r"background: var\(--(\w+)\)", STYLE))
    assert texts == {"fg", "muted", "accent"} and grounds == {"bg", "hover", "hl", "word"}
    pairs = [(t, g) for t in texts for g in grounds if g != "word"] + [("fg", "word")]
    for name, colours in schemes.items():
        for text, ground in pairs:
            ratio = contrast(colours[text], colours[ground])
            assert ratio >= 4.5, f"{name}: {text} on {ground} is {ratio:.2f}:1"
    # the old dark-mode muted grey on black failed: the check is not vacuous
    assert contrast("#666677", "#15161a") < 4.5


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


def _probe_in_chromium(folder: Path, tmp_path: Path, probe: str, *, budget_ms: int,
                       timeout: int) -> dict:
    """Serve ``folder`` with narrate's app, open index.html with ``probe`` appended in
    headless Chromium, and return what the probe wrote into ``<pre id="probe">``."""
    page = (folder / "index.html").read_text(encoding="utf-8")
    (folder / "probe.html").write_text(page.replace("</body>", probe), encoding="utf-8")
    server = make_server("127.0.0.1", 0, make_app(folder), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        result = subprocess.run(
            [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--mute-audio",
             f"--user-data-dir={tmp_path / 'profile'}",
             "--autoplay-policy=no-user-gesture-required",
             f"--virtual-time-budget={budget_ms}", "--dump-dom",
             f"http://127.0.0.1:{server.server_port}/probe.html"],
            capture_output=True, text=True, timeout=timeout, check=False,
        )
    finally:
        server.shutdown()
        thread.join(5)
    found = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout)
    assert found, f"no probe result; page: {result.stdout[-300:]!r}; {result.stderr[-300:]}"
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))


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
    out = _probe_in_chromium(folder, tmp_path, PROBE, budget_ms=20000, timeout=90)
    assert out["step"] in ("seeked", "clicked") and out["error"] is None, out
    assert out["readyState"] >= 1  # HAVE_METADATA: the MP3 was fetched and parsed
    expected = sample_edition.manifest["chapters"][2]["start_ms"] / 1000
    assert out["target"] == pytest.approx(expected, abs=0.001)
    assert out["afterClick"] == pytest.approx(expected, abs=0.01)
    assert out["currentTime"] == pytest.approx(expected, abs=0.5)
    assert out["duration"] == pytest.approx(sample_edition.manifest["duration_ms"] / 1000, abs=0.2)


READALONG_PROBE = """<script>
(function () {
  var audio = document.getElementById("audio-1"), other = document.getElementById("audio-0");
  var details = document.querySelector('details.transcript[data-audio="audio-1"]');
  var out = {steps: []};
  function report() {
    var pre = document.createElement("pre"); pre.id = "probe";
    pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
  }
  function when(test, then, tries) {
    tries = tries === undefined ? 100 : tries;
    if (test()) then(); else if (tries <= 0) { out.timeout = true; report(); }
    else setTimeout(function () { when(test, then, tries - 1); }, 100);
  }
  function cue(n) { return document.getElementById("audio-1-cue-" + n); }
  function current() {
    var on = details.querySelector('.cue[aria-current="true"]');
    var word = on && on.querySelector(".now");
    return {cue: on && on.id, word: word && word.textContent.trim(),
            wordT: word && parseFloat(word.dataset.t)};
  }
  when(function () { return audio.readyState >= 1; }, function () {
    out.liveOff = details.querySelector(".cues").getAttribute("aria-live");
    details.open = true;
    when(function () { return details.dataset.state === "ready"; }, function () {
      var cues = details.querySelectorAll(".cue");
      out.cues = cues.length;
      out.tabbable = Array.prototype.every.call(cues, function (c) {
        return c.tabIndex === 0 && c.getAttribute("role") === "button"; });
      out.text6 = cue(6).textContent;
      out.start6 = parseFloat(cue(6).dataset.start);
      cue(6).click();
      out.afterClick = audio.currentTime;
      audio.pause();
      var t8 = (parseFloat(cue(8).dataset.start) + parseFloat(cue(8).dataset.end)) / 2;
      out.t8 = t8;
      audio.currentTime = t8;
      when(function () { return current().cue === "audio-1-cue-8"; }, function () {
        out.at8 = current();
        cue(10).focus();
        cue(10).dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true}));
        out.afterEnter = audio.currentTime;
        out.start10 = parseFloat(cue(10).dataset.start);
        other.muted = audio.muted = true;
        setTimeout(function () { audio.pause(); setTimeout(playBoth, 500); }, 500);
      });
      function playBoth() {
        var events = [];
        other.addEventListener("pause", function () { events.push("other paused"); });
        audio.addEventListener("play", function () { events.push("audio play"); });
        other.play().catch(function (e) { out.playError = String(e); });
        setTimeout(function () {
          out.otherPlaying = !other.paused;
          audio.play().catch(function (e) { out.playError = String(e); });
          setTimeout(function () {
            out.audioPlaying = !audio.paused;
            out.otherPausedAfter = other.paused;
            out.events = events;
            report();
          }, 500);
        }, 500);
      }
    });
  });
})();
</script></body>"""


@pytest.mark.skipif(_chromium() is None, reason="no Chromium installed: browser test skipped")
def test_browser_read_along_highlights_seeks_and_plays_one_at_a_time(folder, sample_edition,
                                                                     tmp_path):
    """Headless Chromium: the transcript loads from the VTT, follows the player, seeks on click
    and on Enter, and starting one player pauses the other."""
    out = _probe_in_chromium(folder, tmp_path, READALONG_PROBE, budget_ms=30000, timeout=120)
    cues = parse_vtt(Path(sample_edition.vtt).read_text(encoding="utf-8"))
    assert not out.get("timeout"), out
    assert out["liveOff"] == "off" and out["tabbable"]
    assert out["cues"] == len(cues)
    assert out["text6"].split() == cues[5][2].split()  # the article's words, timestamps removed
    assert out["start6"] == pytest.approx(cues[5][0] / 1000, abs=0.001)
    assert out["afterClick"] == pytest.approx(cues[5][0] / 1000, abs=0.01)
    assert out["at8"]["cue"] == "audio-1-cue-8"
    assert out["at8"]["word"] and out["at8"]["word"] in cues[7][2]
    assert cues[7][0] / 1000 < out["at8"]["wordT"] <= out["t8"]  # a timed word, not the first
    assert out["afterEnter"] == pytest.approx(out["start10"], abs=0.01)
    assert out["start10"] == pytest.approx(cues[9][0] / 1000, abs=0.001)
    assert out.get("playError") is None, out
    assert out["otherPlaying"] and out["audioPlaying"] and out["otherPausedAfter"], str(out)
    assert out["events"] == ["audio play", "other paused"], str(out)
