"""narrate batch: mixed inputs, skip on re-run, cache, failures, kill -9 and resume, Dask.

Every run synthesizes real speech with eSpeak NG, on short pages (three short
paragraphs, about 20 s of audio each) so the whole file stays fast.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from narrate.batch import WORKER_DIED, complete_edition, process_item, run_batch
from narrate.cache import SegmentCache, parse_size
from narrate.errors import EXIT_NO_ARTICLE, EXIT_PARTIAL
from narrate.inputs import WorkItem, discover, feed_links
from narrate.pipeline import EditionOptions
from narrate.script import ScriptOptions
from narrate.verify import parse_vtt
from narrate.voices import load_profile

from .conftest import ROOT

PARAGRAPHS = [
    "The city council approved a new flood barrier for the harbour on Tuesday evening, after "
    "a long debate about its cost and its design.",
    "Engineers said the barrier would protect about four thousand homes from storm surges, "
    "which have grown more frequent in the last decade.",
    "Construction is expected to begin next spring and to take two years, the mayor told "
    "reporters outside the town hall.",
]


def page(n: int, paragraphs: list[str] | None = None) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in (paragraphs or PARAGRAPHS))
    return (
        f"<html><head><title>Harbour story {n}</title><meta name=\"author\" content=\"Ann Lee\">"
        f"<meta property=\"article:published_time\" content=\"2024-05-{n:02d}\"></head><body>"
        f"<article><h1>Harbour story {n}</h1>\n{body}\n</article></body></html>"
    ).encode()


def write_pages(folder: Path, numbers) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in numbers:
        path = folder / f"story-{n}.html"
        path.write_bytes(page(n))
        paths.append(path)
    return paths


def make_warc(path: Path, records: list[tuple[str, bytes, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body, ctype in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))
            request = io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            writer.write_record(writer.create_warc_record(url, "request", payload=request))


def options(out: Path, **script) -> EditionOptions:
    return EditionOptions(out_dir=str(out), script=ScriptOptions(**script))


def run(inputs, out: Path, cache: Path | None = None, jobs: int = 0, **kw):
    return run_batch([str(i) for i in inputs], profile=load_profile(None),
                     options=kw.pop("opts", None) or options(out), jobs=jobs,
                     cache_dir=str(cache) if cache else None, **kw)


def by_source(summary) -> dict:
    return {Path(r.source).name if "#" not in r.source else r.source: r for r in summary.results}


def editions(out: Path) -> dict[str, dict]:
    found = {}
    for manifest in sorted(out.glob("*.json")):
        if manifest.name.endswith(".chapters.json"):
            continue
        stem = manifest.name[:-5]
        found[stem] = complete_edition(out, stem)
    return found


def leftovers(*folders: Path) -> list[Path]:
    return [p for f in folders for p in f.rglob("*")
            if p.name.endswith(".part") or p.name.startswith((".tmp-", ".narrate-probe-"))]


# -- discovery --------------------------------------------------------------------


def test_discover_mixed_inputs_drops_duplicates(tmp_path):
    pages = tmp_path / "archive"
    write_pages(pages, [1, 2])
    (pages / "sub").mkdir()
    (pages / "sub" / "story-3.html.gz").write_bytes(gzip.compress(page(3)))
    (pages / "sub" / "copy-of-1.htm").write_bytes(page(1))  # same page, another name
    (pages / "notes.txt").write_text("not a page")
    html = [("https://news.example/a", page(4)), ("https://news.example/b", page(5))]
    make_warc(tmp_path / "one.warc.gz", [
        (html[0][0], html[0][1], "text/html; charset=utf-8"),
        ("https://news.example/logo.png", b"\x89PNG....", "image/png"),
        (html[1][0], html[1][1], "text/html"),
    ])
    make_warc(tmp_path / "two.warc.gz", [(html[0][0], html[0][1], "text/html")])  # same page
    (tmp_path / "urls.txt").write_text(
        "# morning list\nhttps://news.example/c\n\nhttps://news.example/c#comments  # again\n"
        "https://news.example/a\n"  # already in the WARC
    )
    (tmp_path / "feed.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
        "<item><title>x</title><link>https://news.example/d</link></item>"
        "<item><title>y</title><link>https://news.example/c</link></item></channel></rss>"
    )
    (tmp_path / "sitemap.xml").write_text(
        "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        "<url><loc>https://news.example/e</loc></url></urlset>"
    )
    items = discover([str(pages), str(tmp_path / "*.warc.gz"), str(tmp_path / "urls.txt"),
                      str(tmp_path / "feed.rss"), str(tmp_path / "sitemap.xml"),
                      str(pages / "story-2.html")])
    kinds = [(i.kind, i.url or Path(i.path).name) for i in items]
    assert kinds == [
        ("file", "story-1.html"), ("file", "story-2.html"), ("file", "story-3.html.gz"),
        ("warc", "https://news.example/a"), ("warc", "https://news.example/b"),
        ("url", "https://news.example/c"), ("url", "https://news.example/d"),
        ("url", "https://news.example/e"),
    ]
    assert len({i.id for i in items}) == len(items)
    warc_b = items[4]
    assert warc_b.fetch().data == page(5)
    assert discover([str(pages)])[0].id == items[0].id  # ids are stable


def test_atom_feed_links():
    atom = (b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><link rel='alternate' "
            b"href='/news/1'/></entry><entry><link href='https://x.example/2'/></entry></feed>")
    assert feed_links(atom, base="https://x.example/feed.atom", timeout=1) == [
        "https://x.example/news/1", "https://x.example/2"]


def test_parse_size():
    assert parse_size("500M") == 500 * 2**20
    assert parse_size("2G") == 2 * 2**30
    assert parse_size("0") == 0


# -- runs ----------------------------------------------------------------------------


def test_batch_narrates_mixed_inputs_then_skips_everything(tmp_path):
    pages, out = tmp_path / "pages", tmp_path / "out"
    write_pages(pages, [1, 2])
    make_warc(tmp_path / "crawl.warc.gz", [("https://news.example/a", page(3), "text/html")])
    inputs = [pages, tmp_path / "crawl.warc.gz"]

    first = run(inputs, out)
    assert (first.done, first.skipped, first.failed) == (3, 0, 0)
    found = editions(out)
    assert len(found) == 3 and all(found.values())
    assert {m["title"] for m in found.values()} == {f"Harbour story {n}" for n in (1, 2, 3)}
    assert first.audio_ms == sum(m["duration_ms"] for m in found.values()) > 30_000
    mtimes = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}

    second = run(inputs, out)  # unchanged pages: skipped without being parsed
    assert (second.done, second.skipped) == (0, 3)
    assert {r.reason for r in second.results} == {"input unchanged"}

    (out / "_index.jsonl").unlink()  # without the index, the manifests' hashes decide
    third = run(inputs, out)
    assert (third.done, third.skipped) == (0, 3)
    assert {r.reason for r in third.results} == {"edition up to date"}
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.suffix == ".mp3"} == {
        k: v for k, v in mtimes.items() if k.endswith(".mp3")}

    changed = run(inputs, out, opts=options(out, disclosure="Read by a synthetic voice."))
    assert changed.done == 3  # a setting that shapes the audio redoes every edition
    assert sorted(editions(out)) == sorted(found)  # under the same names
    assert not leftovers(out)


def test_edit_resynthesizes_only_the_changed_paragraph(tmp_path):
    pages, out, cache = tmp_path / "pages", tmp_path / "out", tmp_path / "cache"
    [path] = write_pages(pages, [7])
    first = run([pages], out, cache)
    segments = first.cache_misses + first.cache_hits
    assert first.done == 1 and first.cache_misses >= 5

    path.write_bytes(page(7, [PARAGRAPHS[0], "The vote was close: five to four.", PARAGRAPHS[2]]))
    edited = run([pages], out, cache)
    [result] = edited.results
    assert result.status == "done"
    assert (result.cache_misses, result.cache_hits) == (1, segments - 1)
    [manifest] = editions(out).values()
    transcript = (out / manifest["files"]["transcript"]).read_text()
    assert manifest["paragraphs"] == 3
    assert "five to four" in " ".join(text for _, _, text in parse_vtt(transcript))

    redisclosed = run([pages], out, cache, opts=options(out, disclosure="A synthetic voice."))
    assert (redisclosed.results[0].cache_misses, redisclosed.results[0].cache_hits) == (
        1, segments - 1)
    assert len(editions(out)) == 1  # same edition, updated in place

    store = SegmentCache(cache)
    unique = first.cache_misses + 2  # (the title is spoken twice, and cached once)
    assert store.info().entries == unique
    removed, _ = store.prune(0)
    assert removed == unique and store.info().entries == 0


def crashing_task(item: WorkItem, job):
    """A task whose worker process dies on one page, as when the engine segfaults."""
    if "crash" in item.source:
        os._exit(70)
    return process_item(item, job)


def test_failures_are_recorded_and_the_run_goes_on(tmp_path):
    pages, out = tmp_path / "pages", tmp_path / "out"
    write_pages(pages, [1, 2])
    (pages / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (pages / "crash.html").write_bytes(page(9))
    summary = run([pages], out, jobs=2, task=crashing_task)
    results = by_source(summary)
    assert (summary.done, summary.failed) == (2, 2)
    assert results["menu.html"].exit_code == EXIT_NO_ARTICLE
    assert results["crash.html"].reason == WORKER_DIED
    report = [json.loads(line) for line in (out / "_failures.jsonl").read_text().splitlines()]
    assert sorted(Path(r["source"]).name for r in report) == ["crash.html", "menu.html"]
    assert all(r["reason"] for r in report)
    assert len(editions(out)) == 2 and not leftovers(out)


def cli(*args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "narrate.cli", "batch", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, **kw)


def test_kill_9_then_resume(tmp_path):
    pages, out, cache = tmp_path / "pages", tmp_path / "out", tmp_path / "cache"
    write_pages(pages, range(1, 6))
    args = (str(pages), "--out", str(out), "--cache", str(cache), "--jobs", "1", "--json")
    proc = cli(*args, start_new_session=True)
    deadline = time.monotonic() + 120
    while not any(editions(out).values()) and time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole run, workers included
    proc.wait()
    before = {stem: m for stem, m in editions(out).items() if m}
    assert 1 <= len(before) < 5
    mp3_times = {stem: (out / f"{stem}.mp3").stat().st_mtime_ns for stem in before}

    resumed = cli(*args)
    stdout, stderr = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, stderr.decode()
    summary = json.loads(stdout)
    assert (summary["done"], summary["skipped"], summary["failed"]) == (5 - len(before),
                                                                        len(before), 0)
    after = editions(out)
    assert len(after) == 5 and all(after.values())
    assert all((out / f"{s}.mp3").stat().st_mtime_ns == t for s, t in mp3_times.items())
    assert not leftovers(out, cache)


def test_cli_exit_code_and_dry_run(tmp_path):
    pages, out = tmp_path / "pages", tmp_path / "out"
    write_pages(pages, [1])
    (pages / "empty.html").write_text("")
    proc = cli(str(pages), "--out", str(out), "--no-cache", "--jobs", "0", "--json")
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == EXIT_PARTIAL, stderr.decode()
    assert json.loads(stdout)["failed"] == 1
    (pages / "empty.html").unlink()
    dry = cli(str(pages), "--out", str(out), "--dry-run")
    stdout, _ = dry.communicate(timeout=300)
    assert dry.returncode == 0
    assert stdout.decode().splitlines()[0].split() == ["skip", str(pages / "story-1.html")]


def test_dask_cluster_makes_the_same_editions(tmp_path):
    distributed = pytest.importorskip("distributed")
    pages = tmp_path / "pages"
    write_pages(pages, [1, 2])
    local = run([pages], tmp_path / "local")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = run([pages], tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert (remote.done, remote.failed) == (local.done, local.failed) == (2, 0)
    assert {r.pid for r in remote.results} != {os.getpid()}
    a, b = editions(tmp_path / "local"), editions(tmp_path / "dask")
    assert sorted(a) == sorted(b)
    for stem in a:
        for key in ("script_sha256", "settings_sha256", "title", "words"):
            assert a[stem][key] == b[stem][key]
        titles = [[c["title"] for c in e[stem]["chapters"]] for e in (a, b)]
        assert titles[0] == titles[1]
        # eSpeak NG's output varies by a few samples with what it spoke before.
        assert abs(a[stem]["duration_ms"] - b[stem]["duration_ms"]) < 100


def test_verify_passes_good_editions_and_sets_a_bad_one_aside(tmp_path, monkeypatch):
    pages = write_pages(tmp_path / "pages", [1])
    out = tmp_path / "out"
    good = run(pages, out, verify=True)
    assert (good.done, good.failed) == (1, 0), [r.reason for r in good.results]

    import narrate.verify as verify
    from narrate.verify import Problem

    monkeypatch.setattr(verify, "verify_edition",
                        lambda mp3, asr=True: [Problem("chapters", "chapter 2 starts late")])
    (out / f"{good.results[0].stem}.json").unlink()  # force the article to be narrated again
    bad = run(pages, out, verify=True)
    assert (bad.done, bad.failed) == (0, 1)
    assert "verify: chapters: chapter 2 starts late" in bad.results[0].reason
    stem = bad.results[0].stem
    assert not (out / f"{stem}.json").exists() and (out / f"{stem}.json.failed").exists()
    report = [json.loads(line) for line in (out / "_failures.jsonl").read_text().splitlines()]
    assert report[-1]["exit_code"] == 9


def test_require_complete_is_not_skipped_past_a_partial_edition(tmp_path):
    """A partial edition made without --require-complete is not "done" for a run with it."""
    pages, out = tmp_path / "pages", tmp_path / "out"
    pages.mkdir()
    paywalled = ROOT / "tests" / "pages" / "kinds" / "article-paywall-schema.html"
    (pages / "paywalled.html").write_bytes(paywalled.read_bytes())
    write_pages(pages, [1])
    first = run([pages], out)
    assert (first.done, first.failed) == (2, 0)
    assert sorted(m["partial"] for m in editions(out).values()) == [False, True]

    strict = run([pages], out, opts=dataclasses.replace(options(out), require_complete=True))
    results = by_source(strict)
    assert results["paywalled.html"].status == "failed"
    assert results["paywalled.html"].exit_code == EXIT_NO_ARTICLE  # as a first run refuses it
    assert "--require-complete" in results["paywalled.html"].reason
    # the complete article is still skipped without being parsed
    assert (results["story-1.html"].status, results["story-1.html"].reason) == (
        "skipped", "input unchanged")
