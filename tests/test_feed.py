"""The podcast feed and cover art over a folder holding the session's real edition."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import pytest

feedparser = pytest.importorskip("feedparser")
from lxml import etree  # noqa: E402 (after the importorskip)
from mutagen.id3 import ID3  # noqa: E402
from PIL import Image  # noqa: E402

from narrate.cover import cover_png, edition_cover_png, embed_cover  # noqa: E402
from narrate.errors import EXIT_OUTPUT, EXIT_USAGE  # noqa: E402
from narrate.feed import PODCAST_NS, build_feed, podcast_guid  # noqa: E402
from narrate.outdir import FolderBusyError, lock_folder  # noqa: E402

pytestmark = pytest.mark.integration
BASE = "https://audio.example.com/news/"
ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"


def copy_edition(edition, folder: Path, stem: str | None = None, **changes) -> Path:
    """Copy the four files of ``edition`` into ``folder`` (optionally renamed, manifest edited)."""
    folder.mkdir(parents=True, exist_ok=True)
    src = Path(edition.mp3)
    stem = stem or src.stem
    for suffix in (".mp3", ".chapters.json", ".vtt"):
        shutil.copyfile(src.with_suffix("").with_name(src.stem + suffix), folder / (stem + suffix))
    manifest = dict(edition.manifest)
    manifest["files"] = {"mp3": f"{stem}.mp3", "chapters": f"{stem}.chapters.json",
                         "transcript": f"{stem}.vtt"}
    manifest.update(changes)
    (folder / f"{stem}.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder / f"{stem}.mp3"


@pytest.fixture
def folder(sample_edition, tmp_path) -> Path:
    out = tmp_path / "editions"
    copy_edition(sample_edition, out)
    copy_edition(sample_edition, out, "2024-10-24-second-story", title="A second story",
                 date="2024-10-24", url="https://harbourledger.example/news/second",
                 description="The second lead & more <b>text</b>.")
    return out


def build(folder: Path, **kw) -> Path:
    args = {"title": "Morning Edition", "base_url": BASE, "author": "Example News",
            "language": "en"} | kw
    return build_feed(folder, **args)


def local(url: str, folder: Path) -> Path:
    assert url.startswith(BASE), url
    return folder / unquote(url[len(BASE):])


def test_feed_parses_cleanly_with_exact_enclosures(folder):
    feed = feedparser.parse(build(folder).read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "Morning Edition"
    assert [e.title for e in feed.entries] == [
        "A second story",
        "Council approves $4.5 million design contract for Merrow Bay tidal barrier",
    ]  # newest first
    for entry in feed.entries:
        (enclosure,) = entry.enclosures
        assert enclosure.type == "audio/mpeg"
        assert int(enclosure.length) == local(enclosure.href, folder).stat().st_size
        assert entry.link.startswith("https://harbourledger.example/news/")
        assert "This audio is created with AI assistance." in entry.description
        assert f'href="{entry.link}"' in entry.description
        assert entry.id.startswith("urn:uuid:")
    assert feed.entries[0].published == "Thu, 24 Oct 2024 12:00:00 +0000"
    assert "The second lead &amp; more &lt;b&gt;text&lt;/b&gt;." in feed.entries[0].description


def test_podcast_namespace_tags_point_at_existing_files(folder):
    root = etree.fromstring(build(folder).read_bytes())
    ns = {"podcast": PODCAST_NS, "itunes": ITUNES}
    channel = root.find("channel")
    assert channel.findtext("podcast:guid", namespaces=ns) == podcast_guid(BASE + "feed.xml")
    assert channel.find("podcast:txt", ns).get("purpose") == "ai-content"
    assert channel.findtext("podcast:txt", namespaces=ns) == "true"
    assert channel.findtext("itunes:explicit", namespaces=ns) == "false"
    assert channel.find("itunes:category", ns).get("text") == "News"
    assert channel.findtext("lastBuildDate") == "Thu, 24 Oct 2024 12:00:00 +0000"
    items = channel.findall("item")
    assert len(items) == 2
    for item in items:
        chapters = item.find("podcast:chapters", ns)
        transcript = item.find("podcast:transcript", ns)
        assert chapters.get("type") == "application/json+chapters"
        assert transcript.get("type") == "text/vtt"
        assert json.loads(local(chapters.get("url"), folder).read_text())["chapters"]
        assert local(transcript.get("url"), folder).read_text().startswith("WEBVTT")
        assert item.findtext("itunes:duration", namespaces=ns).startswith("00:0")
    image = local(channel.find("itunes:image", ns).get("href"), folder)
    with Image.open(image) as im:
        assert im.format == "PNG" and im.size[0] == im.size[1] >= 1400


def test_rebuild_gives_identical_bytes_and_stable_guids(folder, sample_edition):
    path = build(folder)
    first, mtime = path.read_bytes(), path.stat().st_mtime_ns
    assert build(folder).read_bytes() == first
    assert path.stat().st_mtime_ns == mtime  # not even rewritten
    # a new edition adds an item; the existing items keep their guids
    old = {e.title: e.id for e in feedparser.parse(first).entries}
    copy_edition(sample_edition, folder, "2024-10-25-third", title="Third",
                 date="2024-10-25", url="https://harbourledger.example/news/third")
    xml = build(folder, explicit=True).read_bytes()
    new = {e.title: e.id for e in feedparser.parse(xml).entries}
    assert len(new) == 3 and all(new[t] == guid for t, guid in old.items())
    assert len(set(new.values())) == 3
    assert b"<itunes:explicit>true</itunes:explicit>" in xml


def test_explicit_image_url_and_bad_arguments(folder, tmp_path):
    from narrate.errors import InputError

    xml = build(folder, image="https://cdn.example.com/art.jpg").read_bytes()
    assert b'<itunes:image href="https://cdn.example.com/art.jpg"/>' in xml
    with pytest.raises(InputError, match="base-url"):
        build(folder, base_url="audio.example.com")
    with pytest.raises(InputError, match="no such file"):
        build(folder, image=str(tmp_path / "missing.png"))


def test_cover_art_is_deterministic_and_large_enough():
    png = cover_png("Morning Edition")
    assert png == cover_png("Morning Edition")
    assert png != cover_png("Evening Edition")
    with Image.open(io.BytesIO(png)) as im:
        assert im.size == (1400, 1400)
    small = edition_cover_png("A very long title " * 8, "The Harbour Ledger")
    with Image.open(io.BytesIO(small)) as im:
        assert im.size == (600, 600)


def test_embedded_cover_keeps_chapters_in_order(sample_edition, tmp_path):
    from narrate.verify import errors, verify_edition

    mp3 = copy_edition(sample_edition, tmp_path)
    manifest_path = mp3.with_suffix(".json")
    before = [f.element_id for f in ID3(mp3).values() if f.FrameID == "CHAP"]
    png = edition_cover_png(sample_edition.manifest["title"], sample_edition.manifest["site"])
    embed_cover(mp3, png)
    tags = ID3(mp3)
    (apic,) = tags.getall("APIC")
    assert apic.data == png and apic.mime == "image/png" and apic.type == 3
    assert tags.version[:2] == (2, 3)
    assert [f.element_id for f in tags.values() if f.FrameID == "CHAP"] == before
    assert json.loads(manifest_path.read_text())["mp3_bytes"] == mp3.stat().st_size
    assert errors(verify_edition(mp3, asr=False)) == []


# -- the feed command and the folder's lock ---------------------------------------------


def feed_cli(folder: Path, *args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "narrate.cli", "feed", str(folder),
                             "--title", "Morning Edition", "--base-url", BASE, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def mp3_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.mp3"))}


def test_per_page_splits_the_web_page_and_is_checked(folder):
    proc = feed_cli(folder, "--per-page", "1", "--json", "--no-cover")
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr.decode()
    report = json.loads(stdout)
    assert [Path(p).name for p in report["pages"]] == ["index.html", "page-2.html"]
    assert Path(report["page"]).name == "index.html"
    assert "page-2.html" in (folder / "index.html").read_text(encoding="utf-8")
    (folder / "feed.xml").unlink()
    bad = feed_cli(folder, "--per-page", "0")
    _, stderr = bad.communicate(timeout=300)
    assert bad.returncode == EXIT_USAGE and "--per-page" in stderr.decode()
    assert not (folder / "feed.xml").exists()


def test_feed_refuses_or_waits_for_a_batch_writing_the_folder(folder):
    before = mp3_bytes(folder)
    held = lock_folder(folder, "batch", shared=False)
    try:
        proc = feed_cli(folder)
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == EXIT_OUTPUT, stderr.decode()
        assert "in use by narrate batch" in stderr.decode()
        assert not (folder / "feed.xml").exists() and mp3_bytes(folder) == before

        waiting = feed_cli(folder, "--wait")
        assert "waiting" in waiting.stderr.readline().decode()  # it blocks on the lock...
        assert not (folder / "feed.xml").exists()
    finally:
        held.release()
    waiting.communicate(timeout=300)  # ...and writes once the batch is done
    assert waiting.returncode == 0
    assert (folder / "feed.xml").is_file() and mp3_bytes(folder) != before


def test_covers_wait_for_an_article_run_but_the_feed_alone_does_not(folder):
    before = mp3_bytes(folder)
    with lock_folder(folder, "article", shared=True):  # an article being narrated there
        proc = feed_cli(folder)
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == EXIT_OUTPUT, stderr.decode()
        assert mp3_bytes(folder) == before  # no edition rewritten under the article

        alone = feed_cli(folder, "--no-cover")
        _, stderr = alone.communicate(timeout=300)
        assert alone.returncode == 0, stderr.decode()
        assert (folder / "feed.xml").is_file() and mp3_bytes(folder) == before


def test_an_article_run_is_refused_while_feed_embeds_covers(folder, monkeypatch):
    from typer.testing import CliRunner

    import narrate.cover
    from narrate import narrate as narrate_article
    from narrate.cli import app

    embed = narrate.cover.embed_edition_cover
    refused: list[str] = []

    def embed_beside_an_article(mp3):
        try:  # a second writer, mid-feed: it must not start on the folder
            narrate_article(None, out_dir=str(folder))
        except FolderBusyError as exc:
            refused.append(str(exc))
        return embed(mp3)

    monkeypatch.setattr(narrate.cover, "embed_edition_cover", embed_beside_an_article)
    names = sorted(p.name for p in folder.iterdir())
    result = CliRunner().invoke(app, ["feed", str(folder), "--title", "T", "--base-url", BASE])
    assert result.exit_code == 0, result.output
    assert len(refused) == 2 and all("in use by narrate feed" in r for r in refused)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*names, "feed.xml", "cover.png", "index.html"])  # no third edition, no lock left
