"""Self-check of a finished edition: re-read the files and report every problem found.

:func:`verify_edition` reads what a player reads, not what the pipeline meant
to write: the MP3's ID3 tag (through mutagen, whose frame order is the order
in the file), the decoded audio, and the three sidecars. It checks:

- **id3**: one top-level, ordered CTOC whose children (at most 255) are
  exactly the CHAP element ids, in time order; CHAP frames in time order in
  the file; every chapter titled, titles at most 50 characters; byte offsets
  0xFFFFFFFF (players must use the times).
- **tags**: title, language, the AI disclosure (``TXXX:AI_DISCLOSURE``) and
  ``TXXX:DIGITAL_SOURCE_TYPE`` present and equal to the manifest's.
- **chapters**: the first starts at 0, each starts where the previous ends,
  none is empty, and the last ends with the audio (within 150 ms).
- **audio**: the decoded length agrees with the MP3 header and the
  manifest's ``duration_ms`` (a truncated file fails here), −16 ±1 LUFS
  integrated and a true peak at most −1 dBTP, measured on the decoded MP3.
- **sidecars**: manifest, chapters JSON and WebVTT agree with the MP3
  (chapter times and titles, byte size, cue times inside the audio).
- **cues**: the read-along transcript's timing: every cue inside one chapter,
  in order, not overlapping the next, its inline word timestamps inside it
  and rising.
- **asr** (optional, needs pocketsphinx): each chapter's opening seconds,
  recognized with a language model built from the edition's own transcript,
  match that chapter's text better than any other chapter's. A generic
  English model recognizes eSpeak speech poorly; a model of just this
  article's sentences makes the words come out well enough to tell chapters
  apart, which is all we ask (a chapter whose audio was swapped fails).
  Then each cue: its audio, recognized the same way, must match its own text
  better than its neighbours' (three either side) for at least
  :data:`CUE_HEARD_MIN` of the cues; a transcript whose times drifted or
  slipped by a sentence fails.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise
from pathlib import Path

import numpy as np

from .script import CODE_NOTE, MAX_TITLE

TARGET_LUFS = -16.0
LUFS_TOLERANCE = 1.0
MAX_TRUE_PEAK = -1.0
#: how far the last chapter's end, the manifest and the audio may disagree
END_TOLERANCE_MS = 150
NO_OFFSET = 0xFFFFFFFF
ASR_RATE = 16_000
#: seconds recognized at the start of each chapter (enough words to tell chapters apart)
ASR_WINDOW_S = 10.0
#: cues compared with each cue's audio on either side (its neighbours on the page)
CUE_NEIGHBOURS = 3
#: share of cues that must be heard as their own text among their neighbours
CUE_HEARD_MIN = 0.85
#: slack, in ms, for a cue against its chapter's bounds (both are rounded sample counts)
CUE_SLACK_MS = 1


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an edition: which check found it and what it is, in one line."""

    check: str
    message: str
    severity: str = "error"  # "error" fails the edition; "note" is only said

    def __str__(self) -> str:
        return f"{self.check}: {self.message}"


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def verify_edition(mp3: str | Path, *, asr: bool = True) -> list[Problem]:
    """Every problem found in the edition whose MP3 is ``mp3`` (empty list: all good).

    With ``asr`` and pocketsphinx installed, also checks that each chapter's
    audio is the chapter's text; without pocketsphinx that check is skipped
    with a ``note``.
    """
    from mutagen import MutagenError
    from mutagen.id3 import ID3, ID3NoHeaderError
    from mutagen.mp3 import MP3

    path = Path(mp3)
    problems: list[Problem] = []
    if not path.is_file():
        if path.with_suffix(".json").is_file():
            _read_manifest(path, problems)
        return [*problems, Problem("file", f"{path} does not exist")]
    manifest = _read_manifest(path, problems)
    try:
        info = MP3(path).info
    except MutagenError as exc:
        return [*problems, Problem("file", f"not a readable MP3 ({exc})")]
    try:
        tags = ID3(path)
    except ID3NoHeaderError:
        tags = None
        problems.append(Problem("id3", "the MP3 has no ID3v2 tag (no tags, no chapters)"))
    except MutagenError as exc:
        tags = None
        problems.append(Problem("id3", f"the ID3 tag cannot be read ({exc})"))

    chapters: list[dict] = []
    if tags is not None:
        chapters = check_id3(tags, problems)
        check_tags(tags, manifest, problems)

    from .encode import decode_mp3

    try:
        samples, rate = decode_mp3(path.read_bytes())
    except Exception as exc:  # miniaudio raises its own DecodeError
        problems.append(Problem("audio", f"the MP3 cannot be decoded ({exc})"))
        return problems
    audio_ms = round(len(samples) / rate * 1000)
    check_audio(samples, rate, audio_ms, info.length * 1000, manifest, problems)
    if chapters:
        check_contiguity(chapters, audio_ms, problems)
    if manifest is not None:
        check_sidecars(path, manifest, chapters, audio_ms, problems)
    language = ((manifest or {}).get("language") or "en").lower()
    if asr and chapters and not language.startswith("en"):
        problems.append(Problem("asr", f"the speech check knows English only; skipped for "
                                       f"language {language!r}", "note"))
    elif asr and chapters:
        cues = _cues_or_none(path.with_suffix(".vtt"))
        if cues:
            problems.extend(check_speech(samples, rate, chapters, cues))
            if asr_available():
                problems.extend(cue_speech_problems(cue_speech(samples, rate, cues)))
    return problems


# --- ID3 structure and tags -------------------------------------------------------------


def _title(frame) -> str | None:
    titles = frame.sub_frames.getall("TIT2")
    return str(titles[0].text[0]) if titles and titles[0].text else None


def check_id3(tags, problems: list[Problem]) -> list[dict]:
    """CTOC/CHAP rules; returns the chapters in file order as dicts (for later checks)."""
    from mutagen.id3 import CTOCFlags

    if tags.version[:2] not in ((2, 3), (2, 4)):
        problems.append(Problem("id3", f"ID3v2.{tags.version[1]} tag; players expect 2.3 or 2.4"))
    frames = list(tags.values())  # load order is file order
    chaps = [f for f in frames if f.FrameID == "CHAP"]
    tocs = [f for f in frames if f.FrameID == "CTOC"]
    chapters = [
        {"id": f.element_id, "start_ms": f.start_time, "end_ms": f.end_time,
         "title": _title(f), "offsets": (f.start_offset, f.end_offset)}
        for f in chaps
    ]
    if not chaps:
        problems.append(Problem("id3", "no CHAP frames: the edition has no chapters"))
        return []
    top = [t for t in tocs if t.flags & CTOCFlags.TOP_LEVEL]
    if len(top) != 1:
        problems.append(Problem("id3", f"{len(top)} top-level CTOC frames; there must be one"))
    if top:
        toc = top[0]
        children = list(toc.child_element_ids)
        if not toc.flags & CTOCFlags.ORDERED:
            problems.append(Problem("id3", "the CTOC is not flagged ordered"))
        if len(children) > 255:
            problems.append(Problem("id3", f"the CTOC lists {len(children)} chapters (max 255)"))
        ids = [c["id"] for c in chapters]
        if sorted(children) != sorted(ids) or len(set(children)) != len(children):
            problems.append(Problem(
                "id3", f"CTOC children {children[:6]}… do not match the CHAP ids {ids[:6]}…"))
        else:
            by_id = {c["id"]: c for c in chapters}
            starts = [by_id[c]["start_ms"] for c in children]
            if starts != sorted(starts):
                problems.append(Problem("id3", "the CTOC lists the chapters out of time order"))
    starts = [c["start_ms"] for c in chapters]
    if starts != sorted(starts):
        first_bad = next(i for i in range(1, len(starts)) if starts[i] < starts[i - 1])
        problems.append(Problem(
            "id3", f"CHAP frames are not in time order in the file (frame {first_bad} "
                   f"'{chapters[first_bad]['id']}' starts at {starts[first_bad]} ms, before the "
                   f"previous one at {starts[first_bad - 1]} ms)"))
    for c in chapters:
        if not c["title"]:
            problems.append(Problem("id3", f"chapter {c['id']} has no title (TIT2)"))
        elif len(c["title"]) > MAX_TITLE:
            problems.append(Problem("id3", f"chapter {c['id']} title is {len(c['title'])} "
                                           f"characters (max {MAX_TITLE})"))
        if c["offsets"] != (NO_OFFSET, NO_OFFSET):
            problems.append(Problem(
                "id3", f"chapter {c['id']} has byte offsets {c['offsets']}; expected 0xFFFFFFFF"))
    # later checks want time order, whatever the order in the file
    return sorted(chapters, key=lambda c: c["start_ms"])


def check_tags(tags, manifest: dict | None, problems: list[Problem]) -> None:
    """The frames every edition must carry, and their agreement with the manifest."""
    def text(key: str) -> str | None:
        frame = tags.get(key)
        return str(frame.text[0]) if frame is not None and frame.text else None

    for key, what in (("TIT2", "title"), ("TLAN", "language"),
                      ("TXXX:AI_DISCLOSURE", "AI disclosure"),
                      ("TXXX:DIGITAL_SOURCE_TYPE", "digital source type")):
        if not text(key):
            problems.append(Problem("tags", f"missing {key} ({what})"))
    if not tags.getall("COMM"):
        problems.append(Problem("tags", "missing COMM (the disclosure as a comment)"))
    if manifest is None:
        return
    for key, field in (("TIT2", "title"), ("TXXX:AI_DISCLOSURE", "disclosure"),
                       ("TXXX:DIGITAL_SOURCE_TYPE", "digital_source_type")):
        value = text(key)
        if value and manifest.get(field) and value != manifest[field]:
            problems.append(Problem("tags", f"{key} {value!r} differs from the manifest's "
                                            f"{field} {manifest[field]!r}"))


# --- audio and chapters -----------------------------------------------------------------


def check_audio(samples: np.ndarray, rate: int, audio_ms: int, header_ms: float,
                manifest: dict | None, problems: list[Problem]) -> None:
    """Decoded length against the MP3 header and the manifest; loudness and true peak."""
    from .master import measure

    if abs(header_ms - audio_ms) > END_TOLERANCE_MS:
        problems.append(Problem(
            "audio", f"the MP3 header says {header_ms / 1000:.2f} s but only "
                     f"{audio_ms / 1000:.2f} s of audio decode (truncated file?)"))
    if manifest and manifest.get("duration_ms") is not None:
        expected = int(manifest["duration_ms"])
        # MP3 adds encoder delay and padding (about 50 ms) but never removes audio
        if not -END_TOLERANCE_MS <= audio_ms - expected <= END_TOLERANCE_MS:
            problems.append(Problem(
                "audio", f"{audio_ms / 1000:.2f} s of audio, the manifest says "
                         f"{expected / 1000:.2f} s"))
    if not len(samples):
        problems.append(Problem("audio", "no audio decodes"))
        return
    loud = measure(samples, rate)
    if not (abs(loud.integrated_lufs - TARGET_LUFS) <= LUFS_TOLERANCE):
        problems.append(Problem(
            "loudness", f"{loud.integrated_lufs} LUFS integrated, outside "
                        f"{TARGET_LUFS:g} ±{LUFS_TOLERANCE:g}"))
    if loud.true_peak_dbtp > MAX_TRUE_PEAK:
        problems.append(Problem(
            "loudness", f"true peak {loud.true_peak_dbtp} dBTP, above {MAX_TRUE_PEAK:g} dBTP"))


def check_contiguity(chapters: list[dict], audio_ms: int, problems: list[Problem]) -> None:
    """Chapters (in time order) tile the audio: from 0, no gap, no overlap, to the end."""
    if chapters[0]["start_ms"] != 0:
        problems.append(Problem("chapters", f"the first chapter starts at "
                                            f"{chapters[0]['start_ms']} ms, not 0"))
    for prev, cur in pairwise(chapters):
        if cur["start_ms"] > prev["end_ms"]:
            problems.append(Problem("chapters", f"gap of {cur['start_ms'] - prev['end_ms']} ms "
                                                f"between {prev['id']} and {cur['id']}"))
        elif cur["start_ms"] < prev["end_ms"]:
            problems.append(Problem("chapters", f"{prev['id']} overlaps {cur['id']} by "
                                                f"{prev['end_ms'] - cur['start_ms']} ms"))
    for c in chapters:
        if c["end_ms"] <= c["start_ms"]:
            problems.append(Problem("chapters", f"{c['id']} is empty or ends before it starts"))
    end = chapters[-1]["end_ms"]
    if abs(end - audio_ms) > END_TOLERANCE_MS:
        problems.append(Problem("chapters", f"the last chapter ends at {end / 1000:.2f} s, the "
                                            f"audio at {audio_ms / 1000:.2f} s"))


# --- sidecars -----------------------------------------------------------------------------


def _read_json(path: Path, problems: list[Problem], what: str) -> dict | None:
    if not path.is_file():
        problems.append(Problem("sidecars", f"{what} {path.name} is missing"))
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        problems.append(Problem("sidecars", f"{what} {path.name} is not valid JSON ({exc})"))
        return None
    if not isinstance(data, dict):
        problems.append(Problem("sidecars", f"{what} {path.name} is not a JSON object"))
        return None
    return data


def _read_manifest(mp3: Path, problems: list[Problem]) -> dict | None:
    """The edition's manifest if it is valid (:mod:`narrate.manifest`), else a problem and None.

    An invalid manifest is one error; the checks that compare against it are
    skipped rather than run on values of the wrong type or files outside the folder.
    """
    from .manifest import ManifestError, load_manifest

    path = mp3.with_suffix(".json")
    if not path.is_file():
        problems.append(Problem("sidecars", f"manifest {path.name} is missing"))
        return None
    try:
        return load_manifest(path, mp3.parent).data
    except ManifestError as exc:
        problems.append(Problem("manifest", f"{path.name} is invalid ({exc}); the checks "
                                            "against it were skipped"))
        return None


def check_sidecars(mp3: Path, manifest: dict, chapters: list[dict], audio_ms: int,
                   problems: list[Problem]) -> None:
    """Manifest, chapters JSON and WebVTT against each other and the MP3."""
    size = mp3.stat().st_size
    if manifest.get("mp3_bytes") not in (None, size):
        problems.append(Problem("sidecars", f"the manifest says {manifest['mp3_bytes']} bytes, "
                                            f"the MP3 has {size}"))
    files = manifest.get("files") or {}
    if files.get("mp3") and files["mp3"] != mp3.name:
        problems.append(Problem("sidecars", f"the manifest names {files['mp3']}, not {mp3.name}"))
    id3 = [(c["start_ms"], c["end_ms"], c["title"]) for c in chapters]
    listed = [(c.get("start_ms"), c.get("end_ms"), c.get("title"))
              for c in manifest.get("chapters") or []]
    if chapters and listed != id3:
        problems.append(Problem("sidecars", "the manifest's chapters differ from the MP3's"))
    chapters_path = mp3.parent / (files.get("chapters") or f"{mp3.stem}.chapters.json")
    doc = _read_json(chapters_path, problems, "chapters file")
    if doc is not None:
        try:
            json_chapters = [(round(c["startTime"] * 1000), round(c["endTime"] * 1000)
                              if "endTime" in c else None, c["title"]) for c in doc["chapters"]]
        except (KeyError, TypeError):
            problems.append(Problem("sidecars", f"{chapters_path.name} is not Podcasting 2.0 "
                                                "JSON chapters (chapters[].startTime, title)"))
        else:
            if chapters and [(s, t) for s, _, t in json_chapters] != [(s, t) for s, _, t in id3]:
                problems.append(Problem("sidecars",
                                        f"{chapters_path.name} differs from the MP3's chapters"))
    vtt_path = mp3.parent / (files.get("transcript") or f"{mp3.stem}.vtt")
    if not vtt_path.is_file():
        problems.append(Problem("sidecars", f"transcript {vtt_path.name} is missing"))
        return
    try:
        cues = parse_vtt(vtt_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        problems.append(Problem("sidecars", f"{vtt_path.name}: {exc}"))
        return
    if not cues:
        problems.append(Problem("sidecars", f"{vtt_path.name} has no cues"))
        return
    try:
        timed = parse_vtt_words(vtt_path.read_text(encoding="utf-8"))
    except ValueError:  # pragma: no cover - parse_vtt succeeded on the same text
        timed = []
    problems.extend(check_cues(timed, chapters))
    if cues[-1][1] > audio_ms + END_TOLERANCE_MS:
        problems.append(Problem("sidecars", f"{vtt_path.name}: last cue ends at "
                                            f"{cues[-1][1] / 1000:.2f} s, after the audio"))


_TIMING = re.compile(r"^(\d+):(\d\d):(\d\d)\.(\d{3})\s+-->\s+(\d+):(\d\d):(\d\d)\.(\d{3})")
_STAMP = re.compile(r"<(\d+):(\d\d):(\d\d)\.(\d{3})>")
_TAG = re.compile(r"<[^>]*>")


def _ms(parts) -> int:
    h, m, s, ms = (int(x) for x in parts)
    return ((h * 60 + m) * 60 + s) * 1000 + ms


def parse_vtt(text: str) -> list[tuple[int, int, str]]:
    """(start_ms, end_ms, text) of every cue of a WebVTT file (tags such as timestamps removed)."""
    return [(start, end, body) for start, end, body, _ in parse_vtt_words(text)]


def parse_vtt_words(text: str) -> list[tuple[int, int, str, list[int]]]:
    """:func:`parse_vtt` plus each cue's inline word timestamps (ms), in file order."""
    if not text.startswith("WEBVTT"):
        raise ValueError("not a WebVTT file (no WEBVTT header)")
    cues = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        for i, line in enumerate(lines):
            m = _TIMING.match(line)
            if m:
                g = m.groups()
                raw = " ".join(lines[i + 1:])
                stamps = [_ms(s.groups()) for s in _STAMP.finditer(raw)]
                body = _TAG.sub("", raw)
                body = body.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                cues.append((_ms(g[:4]), _ms(g[4:]), body, stamps))
                break
    return cues


def check_cues(cues: list[tuple[int, int, str, list[int]]], chapters: list[dict]) -> list[Problem]:
    """Read-along timing: each cue non-empty, in order, not overlapping, inside one chapter.

    Its inline word timestamps must lie inside it and rise, as WebVTT
    requires. A problem is reported once per kind (the first cue found), so a
    transcript shifted as a whole gives a few lines, not hundreds.
    """
    found: dict[str, str] = {}
    for number, (start, end, _, stamps) in enumerate(cues, 1):
        if end <= start:
            found.setdefault("empty", f"cue {number} ends at {end} ms, not after its start "
                                      f"{start} ms")
        if stamps != sorted(set(stamps)) or any(not start < ms < end for ms in stamps):
            found.setdefault("words", f"cue {number}: word timestamps {stamps[:4]}… are not "
                                      f"rising inside {start}–{end} ms")
        if chapters and not any(c["start_ms"] - CUE_SLACK_MS <= start
                                and end <= c["end_ms"] + CUE_SLACK_MS for c in chapters):
            found.setdefault("chapter", f"cue {number} ({start}–{end} ms) is not inside "
                                        "one chapter")
    for number, (prev, cur) in enumerate(pairwise(cues), 2):
        if cur[0] < prev[0]:
            found.setdefault("order", f"cue {number} starts at {cur[0]} ms, before cue "
                                      f"{number - 1} at {prev[0]} ms")
        elif cur[0] < prev[1]:
            found.setdefault("overlap", f"cue {number} at {cur[0]} ms overlaps cue "
                                        f"{number - 1}, which ends at {prev[1]} ms")
    return [Problem("cues", message) for message in found.values()]


def _cues_or_none(path: Path) -> list[tuple[int, int, str]] | None:
    try:
        return parse_vtt(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# --- speech recognition -------------------------------------------------------------------


def asr_available() -> bool:
    from importlib.util import find_spec

    return find_spec("pocketsphinx") is not None


def heard_text(cue_text: str) -> str:
    """What the listener hears over a cue: a code listing's cue shows the note said in its
    place and then the code (:func:`narrate.script.build_script`), and only the note is heard.
    """
    for note in CODE_NOTE.values():
        if cue_text.startswith(note):
            return note
    return cue_text


def speech_words(text: str, lang: str = "en") -> list[str]:
    """Lowercase words as they are spoken (numbers, symbols and abbreviations expanded)."""
    from .normalize import normalize

    spoken = normalize(text, lang).lower().replace("’", "'")
    return re.findall(r"[a-z]+(?:'[a-z]+)*", spoken)


def arpa_bigram(sentences: list[list[str]], discount: float = 0.5) -> str:
    """A back-off bigram language model in ARPA format, from tokenized sentences.

    Unigrams are add-one smoothed; bigrams use absolute discounting, and each
    history's back-off weight gives its unseen followers exactly the
    probability mass the discount took away, so every distribution sums to 1.
    """
    unigrams: Counter[str] = Counter()
    bigrams: Counter[tuple[str, str]] = Counter()
    for words in sentences:
        tokens = ["<s>", *words, "</s>"]
        unigrams.update(tokens)
        bigrams.update(pairwise(tokens))
    vocab = sorted(unigrams)
    total = sum(c for w, c in unigrams.items() if w != "<s>")
    p1 = {w: (unigrams[w] + 1) / (total + len(vocab)) for w in vocab}
    followers: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), count in sorted(bigrams.items()):
        followers[a].append((b, count))
    history = {a: sum(c for _, c in f) for a, f in followers.items()}
    backoff = {}
    for a, follow in followers.items():
        left = discount * len(follow) / history[a]
        seen = sum(p1[b] for b, _ in follow)
        backoff[a] = left / max(1e-9, 1 - seen)
    lines = ["\\data\\", f"ngram 1={len(vocab)}", f"ngram 2={len(bigrams)}", "", "\\1-grams:"]
    for w in vocab:
        prob = -99.0 if w == "<s>" else math.log10(p1[w])
        bow = f"\t{math.log10(backoff[w]):.4f}" if w in backoff else ""
        lines.append(f"{prob:.4f}\t{w}{bow}")
    lines += ["", "\\2-grams:"]
    for a, follow in followers.items():
        for b, count in follow:
            lines.append(f"{math.log10((count - discount) / history[a]):.4f}\t{a} {b}")
    lines += ["", "\\end\\", ""]
    return "\n".join(lines)


def to_16k(samples: np.ndarray, rate: int) -> np.ndarray:
    """int16 mono at 16 kHz, the rate of pocketsphinx's acoustic model."""
    from math import gcd

    from scipy.signal import resample_poly

    g = gcd(ASR_RATE, rate)
    out = resample_poly(samples.astype(np.float32), ASR_RATE // g, rate // g) * 32767
    return np.clip(out, -32768, 32767).astype(np.int16)


def check_speech(samples: np.ndarray, rate: int, chapters: list[dict],
                 cues: list[tuple[int, int, str]], *,
                 window_s: float = ASR_WINDOW_S) -> list[Problem]:
    """Does each chapter's opening sound like its own text more than any other chapter's?"""
    if not asr_available():
        return [Problem("asr", "pocketsphinx is not installed (pip install 'narrate[asr]'); "
                               "the speech check was skipped", "note")]
    if len(chapters) < 2:
        return []
    from pocketsphinx import Decoder

    probe = Decoder(samprate=ASR_RATE, loglevel="FATAL")
    known = [[w for w in speech_words(heard_text(text)) if probe.lookup_word(w)]
             for _, _, text in cues]
    window = round(window_s * 1000)
    refs = []
    for c in chapters:
        end = min(c["end_ms"], c["start_ms"] + window)
        refs.append([w for (start, _, _), words in zip(cues, known, strict=True)
                     if c["start_ms"] <= start < end for w in words])
    decoder = _transcript_decoder(known)
    pcm = to_16k(samples, rate)
    problems = []
    per_ms = ASR_RATE // 1000
    for i, c in enumerate(chapters):
        end = min(c["end_ms"], c["start_ms"] + window)
        decoder.start_utt()
        decoder.process_raw(pcm[c["start_ms"] * per_ms:end * per_ms].tobytes(), full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
        heard = hyp.hypstr.split() if hyp is not None else []
        scores = [SequenceMatcher(None, heard, ref, autojunk=False).ratio() for ref in refs]
        best = max(range(len(scores)), key=lambda j: (scores[j], j == i))
        if best != i:
            other = chapters[best]
            problems.append(Problem(
                "asr", f"chapter {c['id']} '{c['title']}' sounds like {other['id']} "
                       f"'{other['title']}' (match {scores[i]:.2f} vs {scores[best]:.2f}; "
                       f"heard: {' '.join(heard[:8])}…)"))
    return problems


def _transcript_decoder(known: list[list[str]]):
    """A pocketsphinx decoder whose language model is the edition's own transcript.

    A bigram model of the words the edition should contain makes the recognizer
    choose among them: both checks ask which stretch of the text a piece of
    audio is closest to, not what any English speaker might have said.
    """
    from pocketsphinx import Decoder

    fd, lm_path = tempfile.mkstemp(suffix=".arpa")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(arpa_bigram([w for w in known if w]))
        return Decoder(samprate=ASR_RATE, loglevel="FATAL", lm=lm_path)
    finally:
        os.unlink(lm_path)


@dataclass(frozen=True)
class CueSpeech:
    """What the per-cue speech check heard: cues checked, cues heard as their own text."""

    checked: int
    heard: int
    misheard: tuple[int, ...]  # cue numbers (1-based) heard as a neighbour

    @property
    def ratio(self) -> float:
        return self.heard / self.checked if self.checked else 1.0


def cue_speech(samples: np.ndarray, rate: int, cues: list[tuple[int, int, str]], *,
               neighbours: int = CUE_NEIGHBOURS) -> CueSpeech:
    """Recognize each cue's audio; is it closer to its own text than to its neighbours'?

    The language model is the edition's own transcript (as in
    :func:`check_speech`); a cue whose words the recognizer's dictionary does
    not know at all is not counted. Ties go to the cue's own text.
    """
    from pocketsphinx import Decoder

    probe = Decoder(samprate=ASR_RATE, loglevel="FATAL")
    known = [[w for w in speech_words(heard_text(text)) if probe.lookup_word(w)]
             for _, _, text in cues]
    decoder = _transcript_decoder(known)
    pcm = to_16k(samples, rate)
    per_ms = ASR_RATE // 1000
    checked, misheard = 0, []
    for i, (start, end, _) in enumerate(cues):
        if not known[i]:
            continue
        decoder.start_utt()
        decoder.process_raw(pcm[start * per_ms:end * per_ms].tobytes(), full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
        heard = hyp.hypstr.split() if hyp is not None else []
        own = SequenceMatcher(None, heard, known[i], autojunk=False).ratio()
        lo, hi = max(0, i - neighbours), min(len(cues), i + neighbours + 1)
        rivals = [SequenceMatcher(None, heard, known[j], autojunk=False).ratio()
                  for j in range(lo, hi) if j != i and known[j]]
        checked += 1
        if rivals and max(rivals) > own:
            misheard.append(i + 1)
    return CueSpeech(checked, checked - len(misheard), tuple(misheard))


def cue_speech_problems(result: CueSpeech, minimum: float = CUE_HEARD_MIN) -> list[Problem]:
    """An error when too few cues are heard as their own text; a note saying how many were."""
    summary = (f"{result.heard} of {result.checked} cues heard as their own text "
               f"({result.ratio:.0%})")
    if result.misheard:
        summary += f"; heard as a neighbour: cues {', '.join(map(str, result.misheard[:10]))}"
        summary += "…" if len(result.misheard) > 10 else ""
    if result.ratio < minimum:
        return [Problem("asr", f"{summary}, below {minimum:.0%}: the transcript's timing is off")]
    return [Problem("asr", summary, "note")]
