"""Manifests are validated before use: wrong types and paths out of the folder skip the edition."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def load_manifest(path: Path):
    from narrate.manifest import load_manifest

    return load_manifest(path)


def manifest_error():
    from narrate.manifest import ManifestError

    return ManifestError

GOOD = {
    "title": "Ferry timetable changes",
    "url": "https://harbourledger.example/news/ferry",
    "duration_ms": 61_000,
    "chapters": [{"title": "Introduction", "start_ms": 0, "end_ms": 61_000}],
    "files": {"mp3": "ferry.mp3", "chapters": "ferry.chapters.json", "transcript": "ferry.vtt"},
}


def write(folder: Path, name: str, doc) -> Path:
    path = folder / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def with_(**changes) -> dict:
    doc = json.loads(json.dumps(GOOD))
    for key, value in changes.items():
        if key.startswith("files_"):
            doc["files"][key[6:]] = value
        else:
            doc[key] = value
    return doc


def test_a_good_manifest_loads_typed(tmp_path):
    m = load_manifest(write(tmp_path, "ferry.json", GOOD))
    assert m.mp3 == tmp_path.resolve() / "ferry.mp3"
    assert m.transcript_file == tmp_path.resolve() / "ferry.vtt"
    assert m.chapters[0].end_ms == 61_000 and m.get("title") == GOOD["title"]
    # unknown fields are kept, optional ones may be absent or null
    doc = with_(author=None, extra={"anything": [1, 2]})
    del doc["files"]["chapters"]
    assert load_manifest(write(tmp_path, "x.json", doc)).data["extra"] == {"anything": [1, 2]}


@pytest.mark.parametrize(("doc", "field"), [
    ([1, 2], "JSON object"),
    (with_(title=["a"]), "'title'"),
    (with_(duration_ms="long"), "'duration_ms'"),
    (with_(duration_ms=True), "'duration_ms'"),
    (with_(duration_ms=-5), "'duration_ms'"),
    (with_(url="javascript:alert(1)"), "'url'"),
    (with_(chapters="all"), "'chapters'"),
    (with_(chapters=["Intro"]), "'chapters[0]'"),
    (with_(chapters=[{"title": "a", "start_ms": 5, "end_ms": 1}]), "'chapters[0]'"),
    (with_(files="ferry.mp3"), "'files'"),
    (with_(files_mp3=None), "'files.mp3'"),
    (with_(files_mp3="/home/someone/music/song.mp3"), "'files.mp3'"),
    (with_(files_mp3="../ferry.mp3"), "'files.mp3'"),
    (with_(files_mp3="ferry.exe"), "'files.mp3'"),
    (with_(files_transcript="/etc/passwd"), "'files.transcript'"),
    (with_(files_transcript=".hidden.vtt"), "'files.transcript'"),
    (with_(files_chapters=7), "'files.chapters'"),
])
def test_bad_manifests_are_refused_naming_the_field(tmp_path, doc, field):
    with pytest.raises(manifest_error()) as caught:
        load_manifest(write(tmp_path, "bad.json", doc))
    assert field in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_symlinked_file_leading_out_of_the_folder_is_refused(tmp_path):
    folder = tmp_path / "editions"
    folder.mkdir()
    (tmp_path / "elsewhere.vtt").write_text("WEBVTT\n")
    (folder / "ferry.vtt").symlink_to(tmp_path / "elsewhere.vtt")
    with pytest.raises(manifest_error(), match="outside"):
        load_manifest(write(folder, "ferry.json", GOOD))


def test_unreadable_json_is_a_manifest_error(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('{"title": "cut', encoding="utf-8")
    with pytest.raises(manifest_error(), match="JSON"):
        load_manifest(path)


def narrate_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "narrate.cli", *args], capture_output=True,
                          text=True, timeout=300, env=dict(os.environ), check=False)


@pytest.fixture
def tampered(tmp_path, sample_edition) -> dict:
    """A folder with one good edition and three hand-edited ones, plus files outside it."""
    mp3 = Path(sample_edition.mp3)
    folder = tmp_path / "editions"
    folder.mkdir()
    for path in mp3.parent.glob(f"{mp3.stem}*"):
        shutil.copy(path, folder / path.name)
    outside = tmp_path / "private"
    outside.mkdir()
    secret = outside / "diary.vtt"
    secret.write_text("WEBVTT\n\n1\n00:00:00.000 --> 00:00:05.000\nPRIVATE DIARY LINE\n")
    song = outside / "song.mp3"
    shutil.copy(mp3, song)
    manifest = json.loads(mp3.with_suffix(".json").read_text(encoding="utf-8"))

    def variant(stem: str, **changes) -> None:
        doc = json.loads(json.dumps(manifest))
        doc["title"] = f"Variant {stem}"
        doc["files"] = {"mp3": f"{stem}.mp3", "chapters": f"{stem}.chapters.json",
                        "transcript": f"{stem}.vtt"}
        for key, value in changes.items():
            if key.startswith("files_"):
                doc["files"][key[6:]] = value
            else:
                doc[key] = value
        for suffix in (".mp3", ".chapters.json", ".vtt"):
            shutil.copy(mp3.parent / f"{mp3.stem}{suffix}", folder / f"{stem}{suffix}")
        write(folder, f"{stem}.json", doc)

    variant("2024-01-01-inlined", files_transcript=str(secret))
    variant("2024-01-02-rewritten", files_mp3=str(song))
    variant("2024-01-03-typed", duration_ms="five minutes", chapters="none")
    return {"folder": folder, "secret": secret, "song": song, "song_bytes": song.read_bytes(),
            "good": mp3.stem}


def test_feed_and_page_skip_tampered_editions_with_a_warning(tampered):
    folder = tampered["folder"]
    done = narrate_cli("feed", str(folder), "--title", "Harbour Audio",
                       "--base-url", "https://audio.example.com/")
    assert done.returncode == 0, done.stderr
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert "PRIVATE DIARY LINE" not in page
    assert tampered["song"].read_bytes() == tampered["song_bytes"]  # not rewritten in place
    import feedparser

    parsed = feedparser.parse((folder / "feed.xml").read_bytes())
    assert [e.title for e in parsed.entries] == [json.loads(
        (folder / f"{tampered['good']}.json").read_text())["title"]]
    warnings = [line for line in done.stderr.splitlines() if "warning" in line]
    for stem in ("2024-01-01-inlined", "2024-01-02-rewritten", "2024-01-03-typed"):
        assert sum(stem in line for line in warnings) == 1, done.stderr


def test_verify_reports_tampered_manifests_instead_of_crashing(tampered):
    folder = tampered["folder"]
    done = narrate_cli("verify", str(folder), "--no-asr")
    assert done.returncode == 9, done.stderr  # problems found; 1 would be a crash
    assert "Traceback" not in done.stderr
    for stem in ("2024-01-01-inlined", "2024-01-02-rewritten", "2024-01-03-typed"):
        assert f"{stem}.json is invalid" in done.stdout, done.stdout
    assert f"{tampered['good']}.mp3: ok" in done.stdout
