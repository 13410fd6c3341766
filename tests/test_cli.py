"""The command line, run as a user runs it: a real process, real files, real exit codes."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from narrate.errors import (
    EXIT_FETCH,
    EXIT_INPUT,
    EXIT_NO_ARTICLE,
    EXIT_OUTPUT,
    EXIT_PARTIAL,
    EXIT_USAGE,
)

from .conftest import ROOT, SAMPLE_EXPECTED

SAMPLE = ROOT / "narrate" / "data" / "sample.html"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    env = {k: v for k, v in os.environ.items() if k != "NARRATE_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "narrate.cli", *args], input=stdin, capture_output=True,
        cwd=cwd, env=env, timeout=300,
    )


def assert_clean_failure(result, code: int, out: Path | None = None, *words: str) -> str:
    err = result.stderr.decode()
    assert result.returncode == code, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("narrate: error: "), err
    for word in words:
        assert word.lower() in lines[0].lower()
    assert result.stdout == b""
    if out is not None and out.exists():
        assert list(out.iterdir()) == [], "nothing may be left behind"
    return lines[0]


ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
</head><body><article><h1>{title}</h1>
<p>The harbour authority said on Monday that the new ferry berth would open in spring,
after two years of delays caused by storms and a shortage of steel.</p>
<p>Officials expect the berth to serve about four hundred passengers a day once the
timetable is extended into the winter months.</p></article></body></html>"""


@pytest.fixture
def out(tmp_path) -> Path:
    return tmp_path / "out"


def test_missing_file(out):
    r = run("article", "no/such/page.html", "--out", str(out))
    assert_clean_failure(r, EXIT_INPUT, out, "no such file")


def test_empty_file(tmp_path, out):
    page = tmp_path / "empty.html"
    page.write_bytes(b"  \n")
    assert_clean_failure(run("article", str(page), "--out", str(out)), EXIT_INPUT, out, "empty")


def test_binary_file(tmp_path, out):
    page = tmp_path / "photo.html"
    page.write_bytes(bytes(range(256)) * 64)
    assert_clean_failure(run("article", str(page), "--out", str(out)), EXIT_INPUT, out, "binary")


def test_page_without_article(tmp_path, out):
    page = tmp_path / "nav.html"
    page.write_text("<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"
                    "<footer>© 2024</footer></body></html>")
    r = run("article", str(page), "--out", str(out))
    assert_clean_failure(r, EXIT_NO_ARTICLE, out, "article")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/story.html"])
def test_refused_schemes(url, out):
    assert_clean_failure(run("article", url, "--out", str(out)), EXIT_FETCH, out, "refused")


def test_unreachable_url(out):
    # port 9 (discard) on loopback: nothing listens, the connection is refused at once
    r = run("article", "http://127.0.0.1:9/story", "--out", str(out))
    assert_clean_failure(r, EXIT_FETCH, out, "cannot connect")


@pytest.fixture
def server():
    """A loopback HTTP server: /story is an article, anything else is 404."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/story":
                body = ARTICLE.format(title="Ferry berth to open in spring").encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(404, "Not Found")

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_http_error(server, out):
    r = run("article", f"{server}/missing", "--out", str(out))
    assert_clean_failure(r, EXIT_FETCH, out, "HTTP 404")


def test_url_narrated(server, out):
    r = run("article", f"{server}/story", "--out", str(out), "--json")
    assert r.returncode == 0, r.stderr.decode()
    manifest = json.loads(r.stdout)
    assert manifest["source"] == f"{server}/story"
    assert manifest["title"] == "Ferry berth to open in spring"
    assert (out / manifest["files"]["mp3"]).is_file()


def test_title_made_of_path_characters_stays_in_out_dir(tmp_path, out):
    page = tmp_path / "evil.html"
    page.write_text(ARTICLE.format(title="../../etc/passwd"))
    r = run("article", str(page), "--out", str(out), "--quiet")
    assert r.returncode == 0, r.stderr.decode()
    mp3 = Path(r.stdout.decode().strip())
    assert mp3.parent == out and mp3.name == "undated-etc-passwd.mp3"
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        ["evil.html"] + [f"undated-etc-passwd{s}" for s in (".mp3", ".chapters.json", ".vtt",
                                                             ".json")])


def test_unwritable_output_folder(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    r = run("article", str(SAMPLE), "--out", str(blocker / "out"))
    assert_clean_failure(r, EXIT_OUTPUT, None, "cannot write", "--out")
    assert blocker.read_text() == "not a folder"


def test_five_megabyte_single_paragraph_is_refused_cleanly(tmp_path, out):
    page = tmp_path / "huge.html"
    words = " ".join(["harbour", "barrier", "council", "vote", "tide"] * 170_000)
    page.write_text(f"<html><body><article><h1>Huge</h1><p>{words}.</p></article></body></html>")
    assert page.stat().st_size > 5_000_000
    r = run("article", str(page), "--out", str(out))
    assert_clean_failure(r, EXIT_INPUT, out, "--max-words")


@pytest.mark.integration
def test_single_paragraph_longer_than_espeak_can_take(tmp_path, out):
    """pyttsx3 2.99 crashes eSpeak above ~14,000 characters; split paragraphs never reach it."""
    sentence = "The harbour council met again on Tuesday to discuss the barrier. "
    text = sentence * 240  # about 15,600 characters in one paragraph
    page = tmp_path / "long.html"
    page.write_text(f"<html lang='en'><head><title>Long paragraph</title></head><body><article>"
                    f"<h1>Long paragraph</h1><p>{text}</p></article></body></html>")
    fast = tmp_path / "fast.toml"  # a fast voice keeps the test short; the text size is the point
    fast.write_text('engine = "espeak"\nrate = 440\n')
    r = run("article", str(page), "--out", str(out), "--json", "--chapters", "paragraph",
            "--voice", str(fast))
    assert r.returncode == 0, r.stderr.decode()
    manifest = json.loads(r.stdout)
    assert manifest["paragraphs"] == 1 and len(manifest["chapters"]) == 2
    assert manifest["settings"]["voice"]["rate"] == 440
    assert manifest["duration_ms"] > 240 * 1200  # every sentence was spoken


def test_empty_disclosure_refused(out):
    r = run("article", "--disclosure", " ", "--out", str(out))
    assert_clean_failure(r, EXIT_USAGE, out, "disclosure")


@pytest.mark.parametrize("value", ["10", "-1"])
def test_mp3_quality_outside_lame_range_refused(value, out):
    r = run("article", "--mp3-quality", value, "--out", str(out))
    assert_clean_failure(r, EXIT_USAGE, out, "--mp3-quality")


def test_unknown_voice(out):
    r = run("article", "--voice", "nobody", "--out", str(out))
    assert_clean_failure(r, EXIT_USAGE, out, "narrate voices")


def test_script_json_lines_with_a_failing_source(tmp_path):
    r = run("script", str(SAMPLE), str(tmp_path / "missing.html"), "--json")
    assert r.returncode == EXIT_PARTIAL
    lines = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert len(lines) == 2
    ok, bad = lines
    for key in ("source", "title", "author", "date", "site", "language", "paragraphs",
                "chapters", "spoken"):
        assert key in ok
    assert ok["paragraphs"] == SAMPLE_EXPECTED["paragraphs"]
    assert ok["title"] == SAMPLE_EXPECTED["title"]
    narrated = [s["paragraph"] for s in ok["spoken"] if s["kind"] == "paragraph"]
    assert sorted(set(narrated)) == list(range(len(ok["paragraphs"])))
    assert narrated == sorted(narrated)
    assert all(c["paragraphs"] == sorted(c["paragraphs"]) for c in ok["chapters"])
    assert bad["source"].endswith("missing.html") and "no such file" in bad["error"]


def test_script_from_stdin():
    r = run("script", "-", "--json", stdin=SAMPLE.read_bytes())
    assert r.returncode == 0, r.stderr.decode()
    assert json.loads(r.stdout)["title"] == SAMPLE_EXPECTED["title"]


def test_help_lists_examples_and_exit_codes():
    r = run("--help")
    text = r.stdout.decode()
    assert r.returncode == 0
    assert "Exit codes" in text and "narrate article" in text
    for code in ("3", "4", "5", "6"):
        assert f"  {code}  " in text


def test_inspect_shows_chapters(sample_edition):
    r = run("inspect", sample_edition.mp3)
    assert r.returncode == 0, r.stderr.decode()
    text = r.stdout.decode()
    assert "CTOC" in text and "Introduction" in text and "TXXX:AI_DISCLOSURE" in text
    data = json.loads(run("inspect", sample_edition.mp3, "--json").stdout)
    assert [c["element_id"] for c in data["chapters"]] == data["toc"]["children"]


def test_voices_lists_default():
    r = run("voices", "--json")
    assert r.returncode == 0
    names = [p["name"] for p in json.loads(r.stdout)["profiles"]]
    assert "default" in names


CODE_PAGE = """<html><head><title>Counting words with Python</title></head><body><article>
<h1>Counting words with Python</h1>
<p>Counting the words of a report takes a few lines of Python, and the result is good enough
for a newsroom that wants to know how long its stories run before they go to print.</p>
<p>Save the following as count.py and run it on any text file you like:</p>
<pre><code>import sys

def count(path):
    with open(path) as f:
        return len(f.read().split())

print(count(sys.argv[1]))
</code></pre>
<p>The script prints one number, the word count, and exits without changing the file.</p>
</article></body></html>"""


def test_script_code_note_by_default_and_read_on_request():
    noted = json.loads(run("script", "-", "--json", stdin=CODE_PAGE.encode()).stdout)
    read = json.loads(run("script", "-", "--json", "--code", "read",
                          stdin=CODE_PAGE.encode()).stdout)
    note = [s for s in noted["spoken"] if s["spoken"] == "The article shows a code example here."]
    assert len(note) == 1 and "def count(path)" in note[0]["text"]
    assert not any("import sys" in s["spoken"] for s in noted["spoken"])
    assert any("count" in s["spoken"] and "def" in s["spoken"] for s in read["spoken"])
    assert not any(s["spoken"] == note[0]["spoken"] for s in read["spoken"])
    assert "--code" in run("script", "--help").stdout.decode()
