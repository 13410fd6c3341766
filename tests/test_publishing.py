"""Nothing published names a local path: manifests keep the URL or a path relative to the input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

STORY = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Night ferry returns to Kellan Sound</title>
<meta name="author" content="Ruth Abernathy">
<meta property="article:published_time" content="2024-06-11T08:00:00Z"></head>
<body><article><h1>Night ferry returns to Kellan Sound</h1>
<p>The night ferry between Kellan Sound and the outer islands will run again from Monday,
the harbour board said on Tuesday, after a winter in which the old vessel stayed in dry dock.</p>
<p>Residents of the islands had asked for the service for two years. The board said the
timetable would keep the last crossing at half past eleven, with a second boat on Fridays.</p>
</article></body></html>
"""


def public(source: str, root: str | None = None) -> str | None:
    from narrate.sidecars import public_source

    return public_source(source, root)


def test_public_source_never_keeps_an_absolute_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert public("https://news.example/a?b=1") == "https://news.example/a?b=1"
    assert public("https://reader:s3cret@news.example:8443/a") == "https://news.example:8443/a"
    assert public("crawl.warc.gz#https://news.example/a") == "https://news.example/a"
    assert public("/var/archive/crawl.warc.gz#https://news.example/a") == "https://news.example/a"
    assert public("-") == "-" and public("sample") == "sample"
    assert public("archive/2024/story.html") == "archive/2024/story.html"
    assert public("../../home/someone/story.html") == "story.html"
    assert public(str(tmp_path / "archive" / "story.html")) == "archive/story.html"
    assert public("/home/someone/archive/2024/story.html") == "story.html"
    assert public("/home/someone/archive/2024/story.html",
                  "/home/someone/archive") == "2024/story.html"


def test_public_settings_keep_file_names_only():
    from narrate.sidecars import public_settings

    settings = {"voice": {"lexicons": ["/home/someone/names.toml"], "model": None},
                "lexicons": ["/srv/lex/news.toml", "local.toml"], "disclosure": "AI voice."}
    assert public_settings(settings) == {
        "voice": {"lexicons": ["names.toml"], "model": None},
        "lexicons": ["news.toml", "local.toml"], "disclosure": "AI voice."}


def absolute_paths(doc, needle: str) -> list[str]:
    text = json.dumps(doc, ensure_ascii=False)
    return [needle] if needle in text else []


def test_article_manifest_names_no_local_path(tmp_path):
    home = tmp_path / "home" / "someone"
    home.mkdir(parents=True)
    story = home / "story.html"
    story.write_text(STORY, encoding="utf-8")
    lexicon = home / "names.toml"
    lexicon.write_text('[[entry]]\nmatch = "Kellan"\nsay = "Kellen"\n', encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "narrate.cli", "article", str(story), "--out", str(out),
         "--lexicon", str(lexicon), "--quiet"],
        capture_output=True, text=True, timeout=300, env=dict(os.environ), cwd=tmp_path,
        check=False)
    assert done.returncode == 0, done.stderr
    (manifest_path,) = [p for p in out.glob("*.json") if not p.name.endswith(".chapters.json")]
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest["source"] == "home/someone/story.html"  # relative to where it was run
    assert absolute_paths(manifest, str(tmp_path)) == []
    assert manifest["settings"]["lexicons"] == ["names.toml"]


@pytest.mark.parametrize("absolute", [True, False], ids=["absolute-folder", "relative-folder"])
def test_batch_manifest_names_the_page_relative_to_its_folder(tmp_path, monkeypatch, absolute):
    from narrate import EditionOptions
    from narrate.batch import run_batch
    from narrate.voices import load_profile

    archive = tmp_path / "private" / "archive"
    (archive / "2024").mkdir(parents=True)
    (archive / "2024" / "ferry.html").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    folder = str(archive) if absolute else "private/archive"
    out = tmp_path / "out"
    summary = run_batch([folder], profile=load_profile(None),
                        options=EditionOptions(out_dir=str(out)), jobs=0)
    assert summary.done == 1, summary.results
    (manifest_path,) = [p for p in out.glob("*.json") if not p.name.endswith(".chapters.json")]
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    assert manifest["source"] == "2024/ferry.html"
    assert absolute_paths(manifest, str(tmp_path)) == []
    assert Path(summary.results[0].source).name == "ferry.html"  # the user still sees the path
