"""``index.html`` beside the feed: every edition playable in a browser, on a phone too.

One static file, no build step and nothing fetched from elsewhere: the CSS and
the few lines of JavaScript are inline, and a Content-Security-Policy allows
only the folder's own files (the MP3s, the cover), so the page works offline
and leaks no listener to a third party. Links are relative, so the same file
works under ``narrate serve`` and at the feed's public address.

Per edition: an ``<audio>`` player, the chapters as buttons that seek it (and
follow along while it plays), the AI disclosure, the transcript (from the
WebVTT, each cue a seek button too), and links to the original article and the
files. Every piece of text is HTML-escaped; the output is deterministic.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from urllib.parse import quote

from .feed import COVER_FILE, FEED_FILE, EditionFiles, _write_atomic, find_editions
from .verify import parse_vtt

PAGE_FILE = "index.html"

CSP = ("default-src 'none'; media-src 'self'; img-src 'self'; style-src 'unsafe-inline'; "
       "script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'")

STYLE = """
:root { color-scheme: light dark; --accent: #2b6cb0; --muted: #667; }
* { box-sizing: border-box; }
body { font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
       padding: 0 1rem 3rem; max-width: 44rem; margin-inline: auto; }
header { padding: 1.5rem 0 .5rem; display: flex; gap: 1rem; align-items: center; }
header img { width: 5rem; height: 5rem; border-radius: .5rem; }
h1 { font-size: 1.5rem; margin: 0; }
h2 { font-size: 1.2rem; margin: 0 0 .25rem; line-height: 1.3; }
.meta, .note { color: var(--muted); font-size: .9rem; margin: .2rem 0; }
article { border-top: 1px solid #8884; padding: 1.25rem 0; }
audio { width: 100%; margin: .75rem 0; }
ol.chapters { padding: 0; list-style: none; margin: .5rem 0; }
ol.chapters li { margin: 0; }
button.seek { font: inherit; background: none; border: 0; color: inherit; text-align: left;
              padding: .45rem .25rem; width: 100%; cursor: pointer; border-radius: .3rem;
              display: flex; gap: .75rem; }
button.seek:hover, button.seek:focus-visible { background: #8882; }
button.seek[aria-current="true"] { background: #2b6cb033; font-weight: 600; }
.time { font-variant-numeric: tabular-nums; color: var(--muted); min-width: 3.5rem; }
details { margin: .5rem 0; }
summary { cursor: pointer; color: var(--accent); }
.transcript button.seek { padding: .25rem; }
a { color: var(--accent); }
.files a { margin-right: .75rem; }
"""

SCRIPT = """
document.addEventListener("click", function (event) {
  var button = event.target.closest("button[data-start]");
  if (!button) return;
  var audio = document.getElementById(button.dataset.audio);
  audio.currentTime = parseFloat(button.dataset.start);
  var playing = audio.play();
  if (playing && playing.catch) playing.catch(function () {});
});
document.querySelectorAll("audio").forEach(function (audio) {
  audio.addEventListener("timeupdate", function () {
    var t = audio.currentTime;
    document.querySelectorAll('ol.chapters button[data-audio="' + audio.id + '"]')
      .forEach(function (b) {
        var on = t >= parseFloat(b.dataset.start) && t < parseFloat(b.dataset.end);
        b.setAttribute("aria-current", on ? "true" : "false");
      });
  });
});
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
    meta = [escape(x) for x in (m.get("site"), m.get("author"), (m.get("date") or "")[:10]) if x]
    if m.get("duration_ms"):
        meta.append(clock(int(m["duration_ms"])))
    parts = [
        f'<article id="{escape(ed.stem)}">',
        f"<h2>{escape(m.get('title') or ed.stem)}</h2>",
        f'<p class="meta">{" · ".join(meta)}</p>' if meta else "",
        f'<audio id="{audio_id}" controls preload="metadata" src="{_href(ed.mp3.name)}"></audio>',
    ]
    if m.get("disclosure"):
        parts.append(f'<p class="note">{escape(m["disclosure"])}</p>')
    chapters = m.get("chapters") or []
    if chapters:
        parts.append('<ol class="chapters" aria-label="Chapters">')
        parts += [f"<li>{_seek(audio_id, int(c['start_ms']), int(c['end_ms']), c['title'])}</li>"
                  for c in chapters]
        parts.append("</ol>")
    if ed.transcript:
        try:
            cues = parse_vtt(ed.transcript.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            cues = []
        if cues:
            parts.append('<details class="transcript"><summary>Transcript</summary>')
            parts += [f"<p>{_seek(audio_id, s, e, text)}</p>" for s, e, text in cues]
            parts.append("</details>")
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


def page_html(editions: list[EditionFiles], *, title: str, description: str | None = None,
              language: str = "en", feed: str = FEED_FILE, cover: str | None = COVER_FILE) -> str:
    """The whole page as a string (``feed`` and ``cover`` are paths relative to the page)."""
    head = [
        "<!doctype html>",
        f'<html lang="{escape(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{escape(title)}</title>",
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
    body = [edition_html(ed, i) for i, ed in enumerate(editions)]
    if not editions:
        body = ['<p class="note">No editions yet.</p>']
    tail = ["</main>", f"<script>{SCRIPT}</script>", "</body>", "</html>", ""]
    return "\n".join(line for line in head + body + tail if line)


def build_page(editions_dir: str | Path, *, title: str, description: str | None = None,
               language: str = "en") -> Path:
    """Write ``index.html`` into ``editions_dir`` (only when its bytes change); return its path."""
    folder = Path(editions_dir)
    cover = next((p.name for p in sorted(folder.glob("cover.*"))
                  if p.suffix.lower() in (".png", ".jpg", ".jpeg")), None)
    html = page_html(find_editions(folder), title=title, description=description,
                     language=language, cover=cover).encode("utf-8")
    target = folder / PAGE_FILE
    if not target.is_file() or target.read_bytes() != html:
        _write_atomic(target, html)
    return target


__all__ = ["build_page", "edition_html", "page_html"]
