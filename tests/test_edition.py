"""Integration: narrate the bundled sample with real eSpeak NG and read the real MP3 back."""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from narrate.encode import decode_mp3
from narrate.master import measure
from narrate.verify import parse_vtt

from .conftest import SAMPLE_EXPECTED

pytestmark = pytest.mark.integration
IPTC_ALGORITHMIC = "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia"


def raw_frames(path: str) -> tuple[int, list[tuple[str, bytes]]]:
    """Top-level ID3v2 frames as they lie in the file (independent of mutagen)."""
    data = Path(path).read_bytes()
    assert data[:3] == b"ID3"
    major = data[3]
    size = _syncsafe(data[6:10])
    pos, end, frames = 10, 10 + size, []
    while pos + 10 <= end and data[pos:pos + 4] != b"\0\0\0\0":
        fid = data[pos:pos + 4].decode("latin-1")
        fsize = _syncsafe(data[pos + 4:pos + 8]) if major == 4 else int.from_bytes(
            data[pos + 4:pos + 8], "big")
        frames.append((fid, data[pos + 10:pos + 10 + fsize]))
        pos += 10 + fsize
    return major, frames


def _syncsafe(b: bytes) -> int:
    return (b[0] << 21) | (b[1] << 14) | (b[2] << 7) | b[3]


def test_four_files_and_nothing_else(sample_edition):
    out = Path(sample_edition.mp3).parent
    names = sorted(p.name for p in out.iterdir())
    stem = Path(sample_edition.mp3).stem
    assert stem.startswith("2024-10-23-council-approves")
    assert names == sorted(f"{stem}{s}" for s in (".mp3", ".chapters.json", ".vtt", ".json"))


def test_audio_format_and_duration(sample_edition):
    audio = MP3(sample_edition.mp3)
    assert audio.info.sample_rate == 44100
    assert audio.info.channels == 1
    assert audio.info.bitrate == 64000
    decoded, rate = decode_mp3(Path(sample_edition.mp3).read_bytes())
    manifest = sample_edition.manifest
    # MP3 adds encoder delay and padding (about 50 ms), never removes audio
    assert 0 <= len(decoded) / rate * 1000 - manifest["duration_ms"] < 120
    assert abs(audio.info.length * 1000 - manifest["duration_ms"]) < 150
    words = manifest["words"]
    assert 120 < words / (manifest["duration_ms"] / 60000) < 230  # plausible speech rate


def test_manifest_records_encoder_settings(sample_edition):
    from narrate.models import MP3_QUALITY

    settings = sample_edition.manifest["settings"]
    assert settings["bitrate"] == 64 and settings["mp3_quality"] == MP3_QUALITY


def test_loudness_on_decoded_mp3(sample_edition):
    decoded, rate = decode_mp3(Path(sample_edition.mp3).read_bytes())
    m = measure(decoded, rate)
    assert -17.0 <= m.integrated_lufs <= -15.0
    assert m.true_peak_dbtp <= -1.0
    recorded = sample_edition.manifest["loudness"]
    assert recorded["integrated_lufs"] == pytest.approx(m.integrated_lufs, abs=0.05)
    assert recorded["true_peak_dbtp"] == pytest.approx(m.true_peak_dbtp, abs=0.05)


def test_every_tag_in_id3v23(sample_edition):
    major, frames = raw_frames(sample_edition.mp3)
    assert major == 3
    ids = [fid for fid, _ in frames]
    for fid in ("TIT2", "TPE1", "TALB", "TYER", "TDAT", "TCON", "TLAN", "WOAS", "COMM",
                "TXXX", "USLT", "TSSE", "CTOC", "CHAP"):
        assert fid in ids, fid
    assert "TDRC" not in ids  # a v2.4 frame
    tags = ID3(sample_edition.mp3)
    assert tags["TIT2"].text[0] == SAMPLE_EXPECTED["title"]
    assert tags["TPE1"].text[0] == SAMPLE_EXPECTED["author"]
    assert tags["TALB"].text[0] == SAMPLE_EXPECTED["site"]
    assert str(tags["TDRC"].text[0]) == "2024-10-23"  # TYER + TDAT read back
    assert tags["TCON"].text == ["Podcast"]
    assert tags["TLAN"].text == ["eng"]
    assert tags["WOAS"].url.startswith("https://")
    disclosure = "This audio is created with AI assistance."
    assert tags["TXXX:AI_DISCLOSURE"].text == [disclosure]
    assert tags["TXXX:DIGITAL_SOURCE_TYPE"].text == [IPTC_ALGORITHMIC]
    comm = tags.getall("COMM")[0].text[0]
    assert disclosure in comm and tags["WOAS"].url in comm
    uslt = tags.getall("USLT")[0].text
    for paragraph in SAMPLE_EXPECTED["paragraphs"]:
        assert paragraph in uslt
    assert tags["TSSE"].text[0].startswith("narrate ")


def test_chapter_structure_in_file_order(sample_edition):
    _, frames = raw_frames(sample_edition.mp3)
    ids = [fid for fid, _ in frames]
    first_chap = ids.index("CHAP")
    assert ids.index("CTOC") < first_chap
    assert set(ids[first_chap:]) == {"CHAP"}  # all CHAPs together, after the CTOC
    chap_ids = [body.split(b"\0", 1)[0].decode("latin-1") for fid, body in frames if fid == "CHAP"]
    assert chap_ids == [f"ch{i}" for i in range(len(chap_ids))]
    tags = ID3(sample_edition.mp3)
    toc = tags.getall("CTOC")
    assert len(toc) == 1 and toc[0].element_id == "toc"
    assert toc[0].flags == 3  # top-level + ordered
    assert toc[0].child_element_ids == chap_ids
    assert toc[0].sub_frames.getall("TIT2")
    chaps = [tags[f"CHAP:{cid}"] for cid in chap_ids]
    assert chaps[0].start_time == 0
    assert chaps[0].sub_frames["TIT2"].text[0] == "Introduction"
    for a, b in itertools.pairwise(chaps):
        assert a.end_time == b.start_time and a.start_time < a.end_time
    assert chaps[-1].end_time == sample_edition.manifest["duration_ms"]
    for c in chaps:
        assert c.start_offset == c.end_offset == 0xFFFFFFFF
        assert 0 < len(c.sub_frames["TIT2"].text[0]) <= 50
    # the sample has sections: intro + a chapter before the first heading + one per heading
    titles = [c.sub_frames["TIT2"].text[0] for c in chaps]
    assert titles[2:] == SAMPLE_EXPECTED["headings"]


def test_paragraph_chapters_equal_paragraphs_plus_intro_and_id3v24(paragraph_edition):
    major, frames = raw_frames(paragraph_edition.mp3)
    assert major == 4
    assert "TDRC" in [fid for fid, _ in frames]
    chaps = [f for f in ID3(paragraph_edition.mp3).getall("CHAP")]
    assert len(chaps) == len(SAMPLE_EXPECTED["paragraphs"]) + 1
    manifest = paragraph_edition.manifest
    assert [c["paragraphs"] for c in manifest["chapters"][1:]] == [
        [i] for i in range(len(SAMPLE_EXPECTED["paragraphs"]))]


def test_sidecars_agree_with_the_mp3(sample_edition):
    tags = ID3(sample_edition.mp3)
    chaps = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
    doc = json.loads(Path(sample_edition.chapters_json).read_text())
    assert doc["version"] == "1.2.0"
    assert [c["title"] for c in doc["chapters"]] == [c.sub_frames["TIT2"].text[0] for c in chaps]
    assert [round(c["startTime"] * 1000) for c in doc["chapters"]] == [c.start_time for c in chaps]

    vtt = Path(sample_edition.vtt).read_text()
    assert vtt.startswith("WEBVTT\n")
    times = re.findall(r"(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})", vtt)
    ms = [(_ms(t[:4]), _ms(t[4:])) for t in times]
    assert all(a < b for a, b in ms)
    assert all(b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(ms))
    assert ms[-1][1] <= sample_edition.manifest["duration_ms"]
    # cues are sentences now: the paragraphs are found in the cues' texts read in order
    text = " ".join(body for _, _, body in parse_vtt(vtt))
    for paragraph in SAMPLE_EXPECTED["paragraphs"]:
        assert " ".join(paragraph.split()) in text

    m = json.loads(Path(sample_edition.manifest_path).read_text())
    for key in ("source", "title", "author", "date", "site", "language", "engine", "voice",
                "settings", "chapters", "duration_ms", "loudness", "disclosure",
                "narrate_version", "script_sha256"):
        assert m.get(key) not in (None, ""), key
    assert m["mp3_bytes"] == Path(sample_edition.mp3).stat().st_size
    assert len(m["chapters"]) == len(chaps)


def _ms(parts) -> int:
    h, m, s, f = (int(x) for x in parts)
    return ((h * 60 + m) * 60 + s) * 1000 + f


def test_disclosure_spoken_at_both_ends(paragraph_edition):
    uslt = ID3(paragraph_edition.mp3).getall("USLT")[0].text
    disclosure = "This audio is created with AI assistance."
    assert uslt.startswith(disclosure) and uslt.rstrip().endswith(disclosure)


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffprobe is not installed")
def test_ffprobe_lists_chapters_in_order(sample_edition):
    result = subprocess.run(
        ["ffprobe", "-v", "error", "-show_chapters", "-of", "json", sample_edition.mp3],
        capture_output=True, text=True, check=True,
    )
    chapters = json.loads(result.stdout)["chapters"]
    starts = [float(c["start_time"]) for c in chapters]
    assert starts == sorted(starts) and len(chapters) == len(sample_edition.manifest["chapters"])
    assert [c["tags"]["title"] for c in chapters] == [
        c["title"] for c in sample_edition.manifest["chapters"]]
