"""``index.html`` beside the feed: every edition playable in a browser, on a phone too.

Static files, no build step and nothing fetched from elsewhere: the CSS and
the plain JavaScript are inline, and a Content-Security-Policy allows only the
folder's own files (the MP3s, the transcripts, the cover), so the page leaks
no listener to a third party. Links are relative, so the same files work
under ``narrate serve`` and at the feed's public address.

Scale: editions are split into pages of :data:`PER_PAGE` (``index.html``,
``page-2.html``, …, newest first, linked both ways), and a transcript is not
in the page at all: it is fetched from the edition's own ``.vtt`` when the
listener opens it or starts that player, so a page's size does not grow with
the length of its articles. (Opened from ``file://`` a browser refuses the
fetch; the transcript then offers its WebVTT link instead.)

Per edition: an ``<audio>`` player labelled with the title, the chapters as
buttons that seek it and follow along, the AI disclosure, the read-along
transcript, and links to the original article and the files. Starting one
player pauses any other.

Read-along: the transcript of the playing edition highlights the sentence
being read and, where the VTT has inline word timestamps, the word, and
keeps it in view inside its scroll box. Every sentence is a button (focus it
with Tab, seek with Enter or Space, or click it); the highlight is marked
with ``aria-current`` on a container whose ``aria-live`` is off, so a screen
reader is not interrupted several times a second.

Colours are CSS variables for a light and a dark scheme, each chosen for at
least 4.5:1 contrast (WCAG 2.x AA for body text) for every text colour on
every background it is drawn on; ``tests/test_webpage.py`` computes the ratios
from this stylesheet. Every piece of text is HTML-escaped; the output is
deterministic.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from urllib.parse import quote

from .feed import COVER_FILE, FEED_FILE, EditionFiles, _write_atomic, find_editions

PAGE_FILE = "index.html"
#: editions per page: a page stays light on a phone, an archive of thousands stays browsable
PER_PAGE = 20
_PAGE_NAME = re.compile(r"page-(\d+)\.html")

CSP = ("default-src 'none'; media-src 'self'; img-src 'self'; connect-src 'self'; "
       "style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; "
       "form-action 'none'")

#: the colour schemes: text colours (fg, muted, accent) over backgrounds (bg,
#: hover, hl = current sentence or chapter, word = current word)
COLOURS = {
    "light": {"bg": "#ffffff", "fg": "#1b1b1f", "muted": "#595966", "accent": "#1d5ea8",
              "hover": "#ececf1", "hl": "#fcefb4", "word": "#f3d35c"},
    "dark": {"bg": "#15161a", "fg": "#ececf0", "muted": "#a9abb8", "accent": "#8ab4f8",
             "hover": "#2a2b31", "hl": "#3b3316", "word": "#6e5a10"},
}


def _variables(scheme: dict[str, str]) -> str:
    return " ".join(f"--{name}: {value};" for name, value in scheme.items())


STYLE = f"""
:root {{ color-scheme: light dark; {_variables(COLOURS["light"])} }}
@media (prefers-color-scheme: dark) {{ :root {{ {_variables(COLOURS["dark"])} }} }}
* {{ box-sizing: border-box; }}
body {{ font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
       padding: 0 1rem 3rem; max-width: 44rem; margin-inline: auto;
       background: var(--bg); color: var(--fg); }}
header {{ padding: 1.5rem 0 .5rem; display: flex; gap: 1rem; align-items: center; }}
header img {{ width: 5rem; height: 5rem; border-radius: .5rem; }}
h1 {{ font-size: 1.5rem; margin: 0; }}
h2 {{ font-size: 1.2rem; margin: 0 0 .25rem; line-height: 1.3; }}
.meta, .note {{ color: var(--muted); font-size: .9rem; margin: .2rem 0; }}
article {{ border-top: 1px solid var(--muted); padding: 1.25rem 0; }}
audio {{ width: 100%; margin: .75rem 0; }}
ol.chapters {{ padding: 0; list-style: none; margin: .5rem 0; }}
ol.chapters li {{ margin: 0; }}
button.seek {{ font: inherit; background: none; border: 0; color: var(--fg); text-align: left;
              padding: .45rem .25rem; width: 100%; cursor: pointer; border-radius: .3rem;
              display: flex; gap: .75rem; }}
button.seek:hover {{ background: var(--hover); }}
button.seek[aria-current="true"] {{ background: var(--hl); font-weight: 600; }}
:focus-visible {{ outline: 3px solid var(--accent); outline-offset: 1px; }}
.time {{ font-variant-numeric: tabular-nums; color: var(--muted); min-width: 3.5rem; }}
details {{ margin: .5rem 0; }}
summary {{ cursor: pointer; color: var(--accent); }}
.cues {{ max-height: 18rem; overflow-y: auto; padding: .25rem; line-height: 1.7; }}
.cue {{ cursor: pointer; border-radius: .2rem; color: var(--fg); }}
.cue:hover {{ background: var(--hover); }}
.cue[aria-current="true"] {{ background: var(--hl); }}
.cue .now {{ background: var(--word); border-radius: .2rem; }}
a {{ color: var(--accent); }}
.files a {{ margin-right: .75rem; }}
nav.pages {{ display: flex; gap: 1rem; justify-content: space-between; padding: 1rem 0;
            border-top: 1px solid var(--muted); }}
nav.pages span {{ color: var(--muted); }}
"""

SCRIPT = r"""
(function () {
  "use strict";
  var STAMP = /<(\d+):(\d\d):(\d\d)\.(\d{3})>/g;
  var TIMING = /^(\d+):(\d\d):(\d\d)\.(\d{3})\s+-->\s+(\d+):(\d\d):(\d\d)\.(\d{3})/;
  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }
  function seconds(m, i) {
    return (+m[i]) * 3600 + (+m[i + 1]) * 60 + (+m[i + 2]) + (+m[i + 3]) / 1000;
  }
  function unescapeText(s) {
    return s.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
      .replace(/&nbsp;/g, "\u00a0").replace(/&amp;/g, "&");
  }
  function parseVtt(text) {
    var cues = [];
    text.replace(/\r\n?/g, "\n").split(/\n\s*\n/).forEach(function (block) {
      var lines = block.split("\n");
      for (var i = 0; i < lines.length; i++) {
        var m = TIMING.exec(lines[i]);
        if (m) {
          cues.push({start: seconds(m, 1), end: seconds(m, 5),
                     body: lines.slice(i + 1).join(" ")});
          return;
        }
      }
    });
    return cues;
  }
  function seek(audioId, time) {
    var audio = document.getElementById(audioId);
    if (!audio) return;
    audio.currentTime = time;
    var playing = audio.play();
    if (playing && playing.catch) playing.catch(function () {});
  }
  // a cue's words: text between inline timestamps becomes a span timed by the stamp before it
  function renderCue(cue, audioId, number) {
    var el = document.createElement("span");
    el.className = "cue";
    el.setAttribute("role", "button");
    el.tabIndex = 0;
    el.dataset.audio = audioId;
    el.dataset.start = cue.start.toFixed(3);
    el.dataset.end = cue.end.toFixed(3);
    el.id = audioId + "-cue-" + number;
    var parts = cue.body.split(STAMP), time = cue.start;
    for (var i = 0; i < parts.length; i++) {
      if (i % 5 === 0) {
        var text = unescapeText(parts[i]);
        if (!text) continue;
        var word = document.createElement("span");
        word.className = "w";
        word.dataset.t = time.toFixed(3);
        word.textContent = text;
        el.appendChild(word);
      } else if (i % 5 === 1) {
        time = seconds(parts, i);
      }
    }
    return el;
  }
  function load(details) {
    if (details.dataset.state) return;
    details.dataset.state = "loading";
    var box = details.querySelector(".cues"), status = details.querySelector(".status");
    fetch(details.dataset.vtt).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.text();
    }).then(function (text) {
      var cues = parseVtt(text);
      cues.forEach(function (cue, i) {
        box.appendChild(renderCue(cue, details.dataset.audio, i + 1));
        box.appendChild(document.createTextNode(" "));
      });
      details.dataset.state = "ready";
      status.textContent = cues.length + " sentences. Select one to listen from there.";
      var audio = document.getElementById(details.dataset.audio);
      if (audio) follow(audio);
    }).catch(function () {
      details.dataset.state = "failed";
      status.textContent = "The transcript could not be loaded here; open the WebVTT file below.";
    });
  }
  function transcriptOf(audio) {
    return document.querySelector('details.transcript[data-audio="' + audio.id + '"]');
  }
  function mark(el, on) {
    if (on) el.setAttribute("aria-current", "true"); else el.removeAttribute("aria-current");
  }
  function keepInView(box, el) {
    var top = el.offsetTop - box.offsetTop, bottom = top + el.offsetHeight;
    if (top < box.scrollTop || bottom > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
  }
  function follow(audio) {
    var t = audio.currentTime;
    all('ol.chapters button[data-audio="' + audio.id + '"]').forEach(function (b) {
      mark(b, t >= parseFloat(b.dataset.start) && t < parseFloat(b.dataset.end));
    });
    var details = transcriptOf(audio);
    if (!details || details.dataset.state !== "ready") return;
    var box = details.querySelector(".cues"), current = null;
    all(".cue", box).forEach(function (cue) {
      var on = t >= parseFloat(cue.dataset.start) && t < parseFloat(cue.dataset.end);
      if (on) current = cue;
      if (on !== (cue.getAttribute("aria-current") === "true")) mark(cue, on);
    });
    all(".now", box).forEach(function (w) { w.classList.remove("now"); });
    if (!current) return;
    var words = all(".w", current), now = null;
    for (var i = 0; i < words.length; i++) {
      if (parseFloat(words[i].dataset.t) <= t) now = words[i];
    }
    if (now && words.length > 1) now.classList.add("now");
    if (details.open && current !== box.lastFollowed) keepInView(box, current);
    box.lastFollowed = current;
  }
  document.addEventListener("click", function (event) {
    var el = event.target.closest("[data-start]");
    if (el) seek(el.dataset.audio, parseFloat(el.dataset.start));
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" && event.key !== " ") return;
    var el = event.target.closest && event.target.closest(".cue");
    if (!el) return;
    event.preventDefault();
    seek(el.dataset.audio, parseFloat(el.dataset.start));
  });
  // one player at a time; the playing edition's transcript opens and follows
  document.addEventListener("play", function (event) {
    var audio = event.target;
    all("audio").forEach(function (other) { if (other !== audio && !other.paused) other.pause(); });
    var details = transcriptOf(audio);
    if (details) { details.open = true; load(details); }
    (function tick() {
      follow(audio);
      if (!audio.paused) window.requestAnimationFrame(tick);
    })();
  }, true);
  all("audio").forEach(function (audio) {
    ["timeupdate", "seeking", "seeked"].forEach(function (type) {
      audio.addEventListener(type, function () { follow(audio); });
    });
  });
  all("details.transcript").forEach(function (details) {
    details.addEventListener("toggle", function () { if (details.open) load(details); });
  });
})();
"""


def clock(ms: int) -> str:
    """m:ss or h:mm:ss."""
    seconds = int(ms // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def _seek(audio_id: str, start_ms: int, end_ms: int, label: str) -> str:
    return (f'<button class="seek" type="button" data-audio="{audio_id}" '
            f'data-start="{start_ms / 1000:.3f}" data-end="{end_ms / 1000:.3f}">'
            f'<span class="time">{clock(start_ms)}</span><span>{escape(label)}</span></button>')


def _href(name: str) -> str:
    return escape(quote(name))


def edition_html(ed: EditionFiles, index: int) -> str:
    """One edition's ``<article>``."""
    m = ed.manifest
    audio_id = f"audio-{index}"
    title = m.get("title") or ed.stem
    meta = [escape(x) for x in (m.get("site"), m.get("author"), (m.get("date") or "")[:10]) if x]
    if m.get("duration_ms"):
        meta.append(clock(int(m["duration_ms"])))
    parts = [
        f'<article id="{escape(ed.stem)}">',
        f"<h2>{escape(title)}</h2>",
        f'<p class="meta">{" · ".join(meta)}</p>' if meta else "",
        f'<audio id="{audio_id}" controls preload="metadata" src="{_href(ed.mp3.name)}" '
        f'aria-label="{escape("Listen: " + title)}"></audio>',
    ]
    if m.get("disclosure"):
        parts.append(f'<p class="note">{escape(m["disclosure"])}</p>')
    chapters = m.get("chapters") or []
    if chapters:
        parts.append(f'<ol class="chapters" aria-label="{escape("Chapters: " + title)}">')
        parts += [f"<li>{_seek(audio_id, int(c['start_ms']), int(c['end_ms']), c['title'])}</li>"
                  for c in chapters]
        parts.append("</ol>")
    if ed.transcript:
        parts += [
            f'<details class="transcript" data-audio="{audio_id}" '
            f'data-vtt="{_href(ed.transcript.name)}"><summary>Transcript</summary>',
            '<p class="note status" role="status">Loading the transcript…</p>',
            f'<div class="cues" aria-live="off" '
            f'aria-label="{escape("Transcript: " + title)}"></div>',
            "</details>",
        ]
    links = []
    if m.get("url"):
        links.append(f'<a href="{escape(m["url"])}" rel="noopener">Original article</a>')
    links.append(f'<a href="{_href(ed.mp3.name)}" download>MP3</a>')
    if ed.chapters:
        links.append(f'<a href="{_href(ed.chapters.name)}">Chapters (JSON)</a>')
    if ed.transcript:
        links.append(f'<a href="{_href(ed.transcript.name)}">Transcript (WebVTT)</a>')
    parts.append(f'<p class="files">{" ".join(links)}</p>')
    parts.append("</article>")
    return "\n".join(p for p in parts if p)


def page_name(number: int) -> str:
    """``index.html`` for the first page, ``page-N.html`` after it."""
    return PAGE_FILE if number == 1 else f"page-{number}.html"


def _pager(number: int, pages: int) -> str:
    if pages <= 1:
        return ""
    newer = (f'<a href="{page_name(number - 1)}" rel="prev">← Newer</a>' if number > 1
             else "<span></span>")
    older = (f'<a href="{page_name(number + 1)}" rel="next">Older →</a>' if number < pages
             else "<span></span>")
    return (f'<nav class="pages" aria-label="Pages">{newer}'
            f'<span aria-current="page">Page {number} of {pages}</span>{older}</nav>')


def page_html(editions: list[EditionFiles], *, title: str, description: str | None = None,
              language: str = "en", feed: str = FEED_FILE, cover: str | None = COVER_FILE,
              number: int = 1, pages: int = 1, first_index: int = 0) -> str:
    """One page as a string (``feed`` and ``cover`` are paths relative to the page).

    ``editions`` are this page's; ``number`` of ``pages`` places it in the
    archive, and ``first_index`` numbers its players so ids stay unique.
    """
    page_title = title if number == 1 else f"{title} (page {number} of {pages})"
    head = [
        "<!doctype html>",
        f'<html lang="{escape(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{escape(page_title)}</title>",
        f'<link rel="alternate" type="application/rss+xml" title="{escape(title)}" '
        f'href="{_href(feed)}">',
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f'<img src="{_href(cover)}" alt="">' if cover else "",
        f"<div><h1>{escape(title)}</h1>",
        f'<p class="meta">{escape(description)}</p>' if description else "",
        f'<p class="meta"><a href="{_href(feed)}">Podcast feed (RSS)</a>: paste its address '
        "into your podcast app to subscribe. These are news articles read by a synthetic "
        "voice.</p></div>",
        "</header>",
        "<main>",
    ]
    body = [edition_html(ed, first_index + i) for i, ed in enumerate(editions)]
    if not editions:
        body = ['<p class="note">No editions yet.</p>']
    tail = ["</main>", _pager(number, pages), f"<script>{SCRIPT}</script>", "</body>",
            "</html>", ""]
    return "\n".join(line for line in head + body + tail if line)


def build_pages(editions_dir: str | Path, *, title: str, description: str | None = None,
                language: str = "en", per_page: int = PER_PAGE) -> list[Path]:
    """Write ``index.html`` and ``page-N.html`` into ``editions_dir``; return their paths.

    Files are rewritten only when their bytes change, and pages left over from
    a larger archive are removed, so the pager never links to a stale page.
    """
    folder = Path(editions_dir)
    per_page = max(1, per_page)
    cover = next((p.name for p in sorted(folder.glob("cover.*"))
                  if p.suffix.lower() in (".png", ".jpg", ".jpeg")), None)
    editions = find_editions(folder)
    pages = max(1, -(-len(editions) // per_page))
    written = []
    for number in range(1, pages + 1):
        lo = (number - 1) * per_page
        html = page_html(editions[lo:lo + per_page], title=title, description=description,
                         language=language, cover=cover, number=number, pages=pages,
                         first_index=lo).encode("utf-8")
        target = folder / page_name(number)
        if not target.is_file() or target.read_bytes() != html:
            _write_atomic(target, html)
        written.append(target)
    for stale in folder.glob("page-*.html"):
        match = _PAGE_NAME.fullmatch(stale.name)
        if match and int(match.group(1)) > pages:
            stale.unlink()
    return written


def build_page(editions_dir: str | Path, *, title: str, description: str | None = None,
               language: str = "en", per_page: int = PER_PAGE) -> Path:
    """Write the pages (see :func:`build_pages`); return the first, ``index.html``."""
    return build_pages(editions_dir, title=title, description=description,
                       language=language, per_page=per_page)[0]


__all__ = ["COLOURS", "PER_PAGE", "build_page", "build_pages", "edition_html", "page_html"]
