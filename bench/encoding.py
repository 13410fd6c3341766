"""MP3 encoder settings side by side: speed and objective speech quality.

LAME is the largest single cost of an edition, so its settings decide
throughput. This benchmark takes real articles, synthesizes and masters them
once (as the pipeline does), then encodes the same mastered track with each
candidate setting and measures, in the same run:

- encode CPU seconds (including resampling to the output rate) and the
  real-time factor;
- PESQ wideband (ITU-T P.862.2, the ``pesq`` package) on 10-second excerpts,
  an objective predictor of listening-test scores for speech;
- STOI (``pystoi``), an intelligibility measure;
- SNR of the decoded MP3 against the mastered track;
- the decoded true peak: pages over -1 dBTP would need a second encode.

Each setting gets the track mastered with the limiter ceiling the pipeline
uses for it (``narrate.master.ceiling_for``: -2.0 dBTP at -q 7 and faster,
-3.5 dBTP below), and is compared against that mastered track.

PESQ and STOI are optional (``pip install pesq pystoi``); without them those
columns read "–". They are benchmark tools, not dependencies of narrate.
Run::

    python bench/encoding.py [--pages 8] [--voices default natural]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import lameenc
import miniaudio
import numpy as np
from scipy.signal import resample_poly

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "evaldata" / "scrapinghub" / "html"
OUT = ROOT / "bench" / "ENCODING_RESULTS.md"
EXCERPT_S = 10


@dataclass(frozen=True)
class Setting:
    label: str
    rate: int  # MP3 sample rate
    quality: int  # LAME -q
    lame_resamples: bool = False  # feed the voice's rate and let LAME resample


SETTINGS = (
    Setting("44.1 kHz, q2", 44100, 2),
    Setting("44.1 kHz, q5 (0.1 default)", 44100, 5),
    Setting("44.1 kHz, q7", 44100, 7),
    Setting("44.1 kHz, q7, LAME resamples", 44100, 7, lame_resamples=True),
    Setting("22.05 kHz (voice rate), q7", 22050, 7),
)


def encode(setting: Setting, mastered: np.ndarray, rate: int, bitrate: int = 64) -> bytes:
    from narrate.assemble import output_rate_chunks
    from narrate.master import to_int16

    enc = lameenc.Encoder()
    enc.set_bit_rate(bitrate)
    enc.set_channels(1)
    enc.set_quality(setting.quality)
    if setting.rate == rate or setting.lame_resamples:
        enc.set_in_sample_rate(rate)
        if setting.lame_resamples:
            enc.set_out_sample_rate(setting.rate)
        return bytes(enc.encode(to_int16(mastered)) + enc.flush())
    assert setting.rate == 44100
    enc.set_in_sample_rate(setting.rate)
    out = bytearray()
    for piece in output_rate_chunks(mastered, rate):
        out += enc.encode(to_int16(piece))
    return bytes(out + enc.flush())


def decode(mp3: bytes, rate: int) -> np.ndarray:
    d = miniaudio.decode(mp3, output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1,
                         sample_rate=rate)
    return np.frombuffer(d.samples, dtype=np.float32)


def aligned(reference: np.ndarray, decoded: np.ndarray, rate: int) -> np.ndarray:
    """``decoded`` shifted by the encoder delay found by correlation (LAME: 1,105 samples)."""
    a = reference[rate * 5:rate * 15]

    def score(lag: int) -> float:
        return float(np.dot(a, decoded[rate * 5 + lag:rate * 15 + lag]))

    lag = max(range(0, 3000), key=score)
    out = decoded[lag:lag + len(reference)]
    return np.pad(out, (0, len(reference) - len(out)))


def quality(reference: np.ndarray, decoded: np.ndarray, rate: int) -> dict:
    """PESQ-WB (mean, min over excerpts), STOI and SNR of ``decoded`` against ``reference``."""
    dec = aligned(reference, decoded, rate)
    noise = reference - dec
    snr = 10 * np.log10(float(np.sum(reference ** 2)) / max(float(np.sum(noise ** 2)), 1e-12))
    out = {"snr": snr, "pesq": None, "pesq_min": None, "stoi": None}
    ref16 = resample_poly(reference, 160, rate // 100).astype(np.float64)
    dec16 = resample_poly(dec, 160, rate // 100).astype(np.float64)
    try:
        from pesq import pesq
    except ImportError:
        pesq = None
    if pesq is not None:
        step = 16000 * EXCERPT_S
        starts = range(0, len(ref16) - step, max(step, (len(ref16) - step) // 8))
        scores = [pesq(16000, ref16[s:s + step], dec16[s:s + step], "wb") for s in starts]
        if scores:
            out["pesq"], out["pesq_min"] = statistics.mean(scores), min(scores)
    try:
        from pystoi import stoi
    except ImportError:
        stoi = None
    if stoi is not None:
        n = min(len(ref16), 16000 * 60)
        out["stoi"] = float(stoi(ref16[:n], dec16[:n], 16000))
    return out


def pages(n: int) -> list[Path]:
    """``n`` ScrapingHub pages spread over the set (every k-th by name), else the sample."""
    found = sorted(EVAL.glob("*.html.gz"))
    if not found:
        return [ROOT / "narrate" / "data" / "sample.html"]
    step = max(1, len(found) // n)
    return found[::step][:n]


def synthesized_track(page: Path, voice: str):
    from narrate import load_article, load_profile, make_script
    from narrate.assemble import assemble
    from narrate.engines import load_engine
    from narrate.pipeline import EditionOptions
    from narrate.synthesize import synthesize_script

    data = gzip.decompress(page.read_bytes()) if page.suffix == ".gz" else page.read_bytes()
    tmp = Path("/tmp") / f"narrate-bench-{page.stem}"
    tmp.write_bytes(data)
    profile = load_profile(voice)
    script = make_script(load_article(str(tmp)), profile, EditionOptions())
    engine = load_engine(profile)
    return assemble(synthesize_script(script, engine), script, engine.sample_rate)


def mastered_for(track, quality: int) -> np.ndarray:
    """The track mastered as the pipeline does for this LAME setting (its limiter ceiling)."""
    from narrate.master import BLOCK, ceiling_for, master

    ceiling = np.full(-(-len(track.samples) // BLOCK), ceiling_for(quality))
    return master(track.samples, track.rate, ceiling_db=ceiling)


def fmt(x: float | None, spec: str) -> str:
    return "–" if x is None else format(x, spec)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=8)
    ap.add_argument("--voices", nargs="*", default=["default"])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    from narrate.master import ceiling_for, measure

    rows: dict[tuple[str, str], list[dict]] = {}
    audio: dict[str, float] = {}
    for voice in args.voices:
        for page in pages(args.pages):
            track = synthesized_track(page, voice)
            rate = track.rate
            audio[voice] = audio.get(voice, 0.0) + len(track.samples) / rate
            masters = {c: None for c in {ceiling_for(s.quality) for s in SETTINGS}}
            for setting in SETTINGS:
                ceiling = ceiling_for(setting.quality)
                if masters[ceiling] is None:
                    masters[ceiling] = mastered_for(track, setting.quality)
                mastered = masters[ceiling]
                t = time.process_time()
                mp3 = encode(setting, mastered, rate)
                cpu = time.process_time() - t
                decoded = decode(mp3, setting.rate)
                ref = mastered if setting.rate == rate else resample_poly(
                    mastered, setting.rate // 50, rate // 50).astype(np.float32)
                q = quality(ref, decoded, setting.rate)
                q["cpu"] = cpu
                q["peak"] = measure(decoded, setting.rate).true_peak_dbtp
                rows.setdefault((voice, setting.label), []).append(q)
            print(f"{voice} {page.name[:16]} done", file=sys.stderr, flush=True)

    head = ("| voice | setting | encode CPU s | x real time | PESQ-WB mean | PESQ-WB worst "
            "| STOI | SNR dB | pages over -1 dBTP |")
    lines = [head, "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for (voice, label), qs in rows.items():
        cpu = sum(q["cpu"] for q in qs)
        pesqs = [q["pesq"] for q in qs if q["pesq"] is not None]
        worst = [q["pesq_min"] for q in qs if q["pesq_min"] is not None]
        stois = [q["stoi"] for q in qs if q["stoi"] is not None]
        lines.append(
            f"| {voice} | {label} | {cpu:.2f} | {audio[voice] / cpu:.0f} "
            f"| {fmt(statistics.mean(pesqs) if pesqs else None, '.2f')} "
            f"| {fmt(min(worst) if worst else None, '.2f')} "
            f"| {fmt(statistics.mean(stois) if stois else None, '.3f')} "
            f"| {statistics.mean(q['snr'] for q in qs):.1f} "
            f"| {sum(q['peak'] > -1.0 for q in qs)}/{len(qs)} |"
        )
    summary = (f"{len(pages(args.pages))} pages per voice; audio: "
               + ", ".join(f"{v} {s / 60:.1f} min" for v, s in audio.items())
               + "; 64 kbps CBR mono; one encode per setting, of the track mastered at"
               " that setting's own limiter ceiling")
    text = "\n".join([summary, "", *lines])
    print(text)
    args.out.write_text(
        "# Encoder settings (`bench/encoding.py`)\n\n" + text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
