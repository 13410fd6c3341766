"""Speed and intelligibility of each speech engine on the same ~1,000-word article.

For every engine (eSpeak NG through the ``default`` profile, Piper through
``natural``) this synthesizes the article paragraph by paragraph and reports:

- real-time factor: seconds of audio made per second of wall-clock time
  (model loading timed separately), and the words per minute actually spoken;
- word error rate of an offline recognizer with a general US English model
  (pocketsphinx 5, which ships that model in its wheel) on the engine's audio,
  resampled to 16 kHz, against the input text. Lower means easier to follow;
  the recognizer is far from perfect, so only the comparison means anything.

The article is a real news page from the ScrapingHub extraction benchmark in
``/work/shared/evaldata`` (read at run time, never copied); the bench exits
cleanly when that folder is absent. Needs ``pip install pocketsphinx`` and, for
Piper, ``pip install 'narrate[piper]'``; an engine that cannot load is reported
as such rather than failing the run.

    python bench/engines.py [--out bench/ENGINES_RESULTS.md] [--no-wer]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from multiprocessing import get_context
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from narrate.engines import load_engine  # noqa: E402
from narrate.errors import NarrateError  # noqa: E402
from narrate.voices import load_profile  # noqa: E402

EVALDATA = Path(os.environ.get("NARRATE_EVALDATA", "/work/shared/evaldata"))
#: CBS News, "Impeachment hearings: key moments from Kurt Volker ..." (960 words)
ARTICLE_ID = "7a664e40d256470fdb12d10c3f8d1c6db0581e9b080c71765e55f273a3ac7d03"
PROFILES = ("default", "natural")
ASR_RATE = 16000


@dataclass
class Result:
    profile: str
    engine: str
    describe: dict
    load_s: float
    synth_s: float
    audio_s: float
    words: int
    wer: float | None = None
    asr_s: float | None = None
    error: str | None = None

    @property
    def rtf(self) -> float:
        return self.audio_s / self.synth_s if self.synth_s else float("nan")

    @property
    def wpm(self) -> float:
        return self.words / self.audio_s * 60 if self.audio_s else float("nan")


def load_article(article_id: str = ARTICLE_ID) -> list[str] | None:
    """Paragraphs of the benchmark article, or None when the eval data is absent."""
    truth = EVALDATA / "scrapinghub" / "ground_truth.jsonl"
    if not truth.is_file():
        return None
    with open(truth, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("id") == article_id:
                return [" ".join(p.split()) for p in row["articleBody"].split("\n\n") if p.strip()]
    return None


def words_of(text: str) -> list[str]:
    """Lowercase word tokens, numbers spelled out, so reference and recognizer agree."""
    from num2words import num2words

    text = text.lower().replace("’", "'")
    out: list[str] = []
    for tok in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+(?:'[a-z]+)*", text):
        if tok[0].isdigit():
            grouped, tok = "," in tok, tok.replace(",", "")  # 1,500 is no year
            number = float(tok) if "." in tok else int(tok)
            year = not grouped and "." not in tok and len(tok) == 4 and 1100 <= number < 2100
            spoken = num2words(number, to="year") if year else num2words(number)
            out.extend(re.findall(r"[a-z]+", spoken))
        else:
            out.append(tok)
    return out


def word_error_rate(reference: list[str], hypothesis: list[str]) -> float:
    """(substitutions + deletions + insertions) / reference words, by edit distance."""
    if not reference:
        return float(bool(hypothesis))
    prev = list(range(len(hypothesis) + 1))
    for i, ref in enumerate(reference, 1):
        cur = [i] + [0] * len(hypothesis)
        for j, hyp in enumerate(hypothesis, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ref != hyp))
        prev = cur
    return prev[-1] / len(reference)


def to_16k(pcm: np.ndarray, rate: int) -> np.ndarray:
    """int16 mono at 16 kHz, as the pocketsphinx model expects."""
    from math import gcd

    from scipy.signal import resample_poly

    g = gcd(ASR_RATE, rate)
    out = resample_poly(pcm.astype(np.float32), ASR_RATE // g, rate // g)
    return np.clip(out, -32768, 32767).astype(np.int16)


def recognizer():
    from pocketsphinx import Decoder

    return Decoder(samprate=ASR_RATE, loglevel="FATAL")


def transcribe(decoder, pcm16k: np.ndarray) -> list[str]:
    decoder.start_utt()
    decoder.process_raw(pcm16k.tobytes(), full_utt=True)
    decoder.end_utt()
    hyp = decoder.hyp()
    return words_of(hyp.hypstr) if hyp is not None else []


def run_engine(profile_name: str, paragraphs: list[str], measure_wer: bool = True) -> Result:
    """Synthesize the article with one profile's engine and time it (and recognize it)."""
    profile = load_profile(profile_name)
    words = sum(len(words_of(p)) for p in paragraphs)
    t0 = time.perf_counter()
    try:
        engine = load_engine(profile)
    except NarrateError as exc:
        return Result(profile_name, profile.engine, {}, 0, 0, 0, words, error=str(exc))
    load_s = time.perf_counter() - t0
    engine.synthesize("Warm up.")  # first call pays one-off set-up costs
    audio: list[np.ndarray] = []
    t0 = time.perf_counter()
    for para in paragraphs:
        audio.append(engine.synthesize(para))
    synth_s = time.perf_counter() - t0
    audio_s = sum(len(a) for a in audio) / engine.sample_rate
    result = Result(profile_name, engine.name, engine.describe(), load_s, synth_s, audio_s, words)
    if measure_wer:
        decoder = recognizer()
        t0 = time.perf_counter()
        hyp: list[str] = []
        for pcm in audio:
            hyp.extend(transcribe(decoder, to_16k(pcm, engine.sample_rate)))
        result.asr_s = time.perf_counter() - t0
        ref = [w for p in paragraphs for w in words_of(p)]
        result.wer = word_error_rate(ref, hyp)
    return result


def _ver(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def report(results: list[Result], paragraphs: list[str]) -> str:
    words = results[0].words if results else 0
    lines = [
        "# Speech engines: speed and intelligibility",
        "",
        f"Measured by `python bench/engines.py` on {time.strftime('%Y-%m-%d')}: "
        f"{os.cpu_count()} CPU cores (shared with other work while measuring), "
        f"Python {platform.python_version()}, piper-tts {_ver('piper-tts')}, "
        f"onnxruntime {_ver('onnxruntime')}, espeakng-loader {_ver('espeakng-loader')}, "
        f"pocketsphinx {_ver('pocketsphinx')}.",
        "",
        f"Text: one real news article (ScrapingHub benchmark page `{ARTICLE_ID[:12]}`, CBS News), "
        f"{len(paragraphs)} paragraphs, {words} words, synthesized paragraph by paragraph "
        "at the profiles' rate of 175 wpm.",
        "",
        "| profile | engine / voice | model load | synthesis | audio | real-time factor "
        "| spoken wpm | WER (pocketsphinx) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        if r.error:
            lines.append(f"| {r.profile} | {r.engine} | not available: {r.error} | | | | | |")
            continue
        voice = r.describe.get("voice", "")
        wer = f"{r.wer:.1%}" if r.wer is not None else "not measured"
        lines.append(
            f"| {r.profile} | {r.engine} / {voice} | {r.load_s:.2f} s | {r.synth_s:.1f} s "
            f"| {r.audio_s:.0f} s | {r.rtf:.0f}× | {r.wpm:.0f} | {wer} |"
        )
    lines += [
        "",
        "Real-time factor = seconds of audio per second of synthesis (higher is faster). "
        "WER = word error rate of pocketsphinx's general US English model on the engine's "
        "audio resampled to 16 kHz, against the input text (lowercased words, numbers "
        "spelled out); lower means the speech is easier to recognize. The recognizer is "
        "weak on any voice, so read the WER as a comparison between engines, not as a "
        "share of words a listener would miss.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "ENGINES_RESULTS.md")
    parser.add_argument("--no-wer", action="store_true", help="skip the recognizer")
    parser.add_argument("--profiles", nargs="+", default=list(PROFILES))
    args = parser.parse_args(argv)

    paragraphs = load_article()
    if paragraphs is None:
        print(f"skipped: benchmark article not found under {EVALDATA}")
        return 0
    if not args.no_wer and find_spec("pocketsphinx") is None:
        print("pocketsphinx not installed (pip install pocketsphinx): WER not measured")
        args.no_wer = True
    results = []
    for name in args.profiles:
        # each engine in its own process: a fair measurement, and eSpeak NG's
        # library and Piper's built-in copy of it must not share one process
        # while espeak.py loads libespeak-ng with RTLD_GLOBAL (segfault seen)
        with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
            result = pool.submit(run_engine, name, paragraphs, not args.no_wer).result()
        print(json.dumps({k: v for k, v in result.__dict__.items() if k != "describe"}
                         | {"rtf": result.rtf, "wpm": result.wpm}))
        results.append(result)
    text = report(results, paragraphs)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
