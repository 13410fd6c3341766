"""``narrate verify`` passes a good edition and names what is wrong with damaged copies.

Each test copies the session's real edition into a temporary folder, damages
the copy the way a bug or a bad transfer would, and checks that the self-check
reports that damage (and, for the good edition, nothing at all).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from mutagen.id3 import ID3
from typer.testing import CliRunner

from narrate.cli import app
from narrate.encode import decode_mp3, encode_mp3
from narrate.tag import _ChapterOrderedID3, write_tags
from narrate.verify import arpa_bigram, asr_available, errors, parse_vtt, verify_edition

pytestmark = pytest.mark.integration
needs_asr = pytest.mark.skipif(not asr_available(), reason="pocketsphinx is not installed")


def copy(edition, folder: Path) -> Path:
    src = Path(edition.mp3)
    for suffix in (".mp3", ".chapters.json", ".vtt", ".json"):
        shutil.copyfile(src.with_name(src.stem + suffix), folder / (src.stem + suffix))
    return folder / src.name


def messages(problems) -> str:
    return "\n".join(str(p) for p in errors(problems))


def set_manifest(mp3: Path, **changes) -> None:
    path = mp3.with_suffix(".json")
    manifest = json.loads(path.read_text())
    manifest.update(changes)
    path.write_text(json.dumps(manifest))


def test_good_edition_passes_every_check(sample_edition):
    problems = verify_edition(sample_edition.mp3, asr=asr_available())
    assert errors(problems) == [], messages(problems)


class _ReversedChapters(_ChapterOrderedID3):
    """Writes the CHAP frames in reverse time order, as a size-sorting tagger might."""

    reverse_chapters = True


def test_reordered_chapters_are_named(sample_edition, tmp_path):
    mp3 = copy(sample_edition, tmp_path)
    tags = _ReversedChapters(mp3)
    toc = tags.getall("CTOC")[0]
    toc.child_element_ids = list(reversed(toc.child_element_ids))
    tags.update_to_v23()
    tags.save(mp3, v2_version=3, v1=0, padding=lambda info: 0)
    set_manifest(mp3, mp3_bytes=mp3.stat().st_size)
    problems = errors(verify_edition(mp3, asr=False))
    text = messages(problems)
    assert "CHAP frames are not in time order in the file" in text
    assert "CTOC lists the chapters out of time order" in text
    assert len(problems) == 2, text


def test_stripped_tags_are_named(sample_edition, tmp_path):
    mp3 = copy(sample_edition, tmp_path)
    tags = _ChapterOrderedID3(mp3)
    tags.delall("TXXX")
    tags.delall("COMM")
    write_tags(str(mp3), tags, 3)
    set_manifest(mp3, mp3_bytes=mp3.stat().st_size)
    problems = errors(verify_edition(mp3, asr=False))
    text = messages(problems)
    assert "missing TXXX:AI_DISCLOSURE" in text
    assert "missing TXXX:DIGITAL_SOURCE_TYPE" in text
    assert "missing COMM" in text
    assert all(p.check == "tags" for p in problems), text


def test_an_mp3_without_any_tag_is_named(sample_edition, tmp_path):
    mp3 = copy(sample_edition, tmp_path)
    ID3(mp3).delete(mp3)
    text = messages(verify_edition(mp3, asr=False))
    assert "no ID3v2 tag" in text
    assert "the manifest says" in text  # its byte size no longer matches


def test_truncated_file_is_named(sample_edition, tmp_path):
    mp3 = copy(sample_edition, tmp_path)
    data = mp3.read_bytes()
    mp3.write_bytes(data[: len(data) * 2 // 3])
    text = messages(verify_edition(mp3, asr=False))
    expected_s = sample_edition.manifest["duration_ms"] / 1000
    assert f"s of audio, the manifest says {expected_s:.2f} s" in text
    assert "the last chapter ends at" in text
    assert f"the manifest says {sample_edition.manifest['mp3_bytes']} bytes" in text


def test_chapter_gap_and_sidecar_mismatch_are_named(sample_edition, tmp_path):
    mp3 = copy(sample_edition, tmp_path)
    tags = _ChapterOrderedID3(mp3)
    chap = next(f for f in tags.getall("CHAP") if f.element_id == "ch1")
    chap.end_time -= 500
    write_tags(str(mp3), tags, 3)
    set_manifest(mp3, mp3_bytes=mp3.stat().st_size)
    text = messages(verify_edition(mp3, asr=False))
    assert "gap of 500 ms between ch1 and ch2" in text
    assert "the manifest's chapters differ from the MP3's" in text


@needs_asr
def test_swapped_chapter_audio_is_heard(sample_edition, tmp_path):
    """Swap the audio of chapters 2 and 3; tags and sidecars stay as they were."""
    mp3 = copy(sample_edition, tmp_path)
    chapters = sample_edition.manifest["chapters"]
    samples, rate = decode_mp3(mp3.read_bytes())
    samples = samples[: round(sample_edition.manifest["duration_ms"] * rate / 1000)]

    def cut(i):
        return samples[chapters[i]["start_ms"] * rate // 1000:chapters[i]["end_ms"] * rate // 1000]

    start, end = chapters[2]["start_ms"] * rate // 1000, chapters[3]["end_ms"] * rate // 1000
    swapped = np.concatenate([samples[:start], cut(3), cut(2), samples[end:]])
    assert len(swapped) == len(samples)
    tags = _ChapterOrderedID3(mp3)
    mp3.write_bytes(encode_mp3(np.round(swapped * 32767).astype(np.int16), rate))
    write_tags(str(mp3), tags, 3)
    set_manifest(mp3, mp3_bytes=mp3.stat().st_size)
    problems = errors(verify_edition(mp3, asr=True))
    # tags, chapters and sidecars are intact: only the speech check can see the swap
    # (re-encoding a decoded MP3 may also add a true-peak overshoot, which is fair to report)
    assert {p.check for p in problems} <= {"asr", "loudness"}, messages(problems)
    text = messages(problems)
    assert "chapter ch2 'Why now' sounds like ch3" in text
    # every cue from ch2 on is heard where its neighbour's words are: the per-cue check fails too
    assert "cues heard as their own text" in text and "below 85%" in text


def test_cli_exits_nonzero_with_one_line_per_problem(sample_edition, tmp_path):
    mp3 = copy(sample_edition, tmp_path)
    tags = _ChapterOrderedID3(mp3)
    tags.delall("TXXX")
    write_tags(str(mp3), tags, 3)
    set_manifest(mp3, mp3_bytes=mp3.stat().st_size)
    result = CliRunner().invoke(app, ["verify", str(mp3), "--no-asr"])
    assert result.exit_code == 9, result.output
    lines = result.output.splitlines()
    assert [line for line in lines if ": error: " in line] == [
        f"{mp3}: error: tags: missing TXXX:AI_DISCLOSURE (AI disclosure)",
        f"{mp3}: error: tags: missing TXXX:DIGITAL_SOURCE_TYPE (digital source type)",
    ]
    assert lines[-1] == f"{mp3}: FAILED (2 problems)"


def test_cli_json_report_and_missing_file(tmp_path):
    result = CliRunner().invoke(app, ["verify", str(tmp_path / "gone.mp3"), "--json"])
    assert result.exit_code == 9
    (record,) = json.loads(result.stdout)
    assert record["ok"] is False
    assert record["problems"][0]["check"] == "file"


def test_arpa_model_is_well_formed():
    arpa = arpa_bigram([["the", "bay"], ["the", "barrier"]])
    assert arpa.startswith("\\data\\\nngram 1=5\nngram 2=5\n")
    assert arpa.rstrip().endswith("\\end\\")
    # P(bay | the) + P(barrier | the) + back-off mass = 1
    probs = {f[1]: float(f[0]) for f in (line.split("\t") for line in arpa.splitlines())
             if len(f) >= 2}
    assert probs["the bay"] == pytest.approx(np.log10(0.25), abs=1e-3)


def test_vtt_parser_reads_times_and_escapes():
    cues = parse_vtt("WEBVTT\n\n1\n00:00:01.500 --> 00:01:02.250\nA &amp; B &lt;3\n")
    assert cues == [(1500, 62250, "A & B <3")]
    with pytest.raises(ValueError):
        parse_vtt("not vtt")
