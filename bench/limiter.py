"""Limiter ceiling before encoding: MP3 overshoot against how hard the limiter works.

The limiter keeps the mastered track's true peak under a ceiling; the MP3
encoder then adds inter-sample overshoot, and the decoded file must stay at or
under -1 dBTP (else the pipeline encodes again). A lower ceiling is safer but
limits more of the speech. For each ceiling, on the same synthesized pages:

- the decoded MP3's true peak (pages over -1 dBTP would need a second encode);
- the share of speech blocks (32 samples with a peak over -40 dBFS) whose gain
  is reduced by more than 3 dB and 6 dB below the track's own gain, and the
  99th percentile of that reduction.

Run::

    python bench/limiter.py [--pages 32] [--quality 7]
"""

from __future__ import annotations

import argparse
import gzip
import tempfile
from pathlib import Path

import numpy as np

from narrate import load_article, load_profile, make_script
from narrate.assemble import OUTPUT_RATE, assemble, output_rate_chunks
from narrate.encode import decode_mp3_chunks, encode_mp3_chunks
from narrate.engines import load_engine
from narrate.master import BLOCK, MasteredTrack, as_float, master_gain, measure_stream, to_int16
from narrate.models import MP3_QUALITY
from narrate.pipeline import EditionOptions
from narrate.synthesize import synthesize_script

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "evaldata" / "scrapinghub" / "html"
CEILINGS = (-3.5, -3.0, -2.5, -2.0, -1.5)


def limiting(track_samples: np.ndarray, gain: np.ndarray) -> tuple[float, float, float]:
    """Share of speech blocks limited > 3 dB and > 6 dB, and the 99th percentile (dB)."""
    x = as_float(track_samples)
    x = np.pad(x, (0, -len(x) % BLOCK)).reshape(-1, BLOCK)[: len(gain)]
    speech = np.abs(x).max(axis=1) > 0.01
    reduction = -20 * np.log10(gain[speech] / gain.max())
    return (float(np.mean(reduction > 3)), float(np.mean(reduction > 6)),
            float(np.percentile(reduction, 99)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=32)
    ap.add_argument("--quality", type=int, default=MP3_QUALITY)
    args = ap.parse_args()
    pages = sorted(PAGES.glob("*.html.gz"))[: args.pages]
    if not pages:
        print(f"skipped: no pages in {PAGES}")
        return 0
    profile = load_profile("default")
    engine = load_engine(profile)
    peaks: dict[float, list[float]] = {c: [] for c in CEILINGS}
    limited: dict[float, list[tuple[float, float, float]]] = {c: [] for c in CEILINGS}
    for page in pages:
        tmp = Path(tempfile.mkdtemp()) / "page.html"
        tmp.write_bytes(gzip.decompress(page.read_bytes()))
        script = make_script(load_article(str(tmp)), profile, EditionOptions())
        track = assemble(synthesize_script(script, engine), script, engine.sample_rate)
        for ceiling in CEILINGS:
            blocks = np.full(-(-len(track.samples) // BLOCK), ceiling)
            gain = master_gain(track.samples, track.rate, ceiling_db=blocks)
            mastered = MasteredTrack(track.samples, gain)
            pcm = (to_int16(p) for p in output_rate_chunks(mastered, track.rate))
            mp3 = encode_mp3_chunks(pcm, OUTPUT_RATE, 64, args.quality)
            peaks[ceiling].append(
                measure_stream(decode_mp3_chunks(mp3, OUTPUT_RATE), OUTPUT_RATE).true_peak_dbtp)
            limited[ceiling].append(limiting(track.samples, gain))
        print(page.name[:12], {c: peaks[c][-1] for c in CEILINGS}, flush=True)
    print(f"\n{len(pages)} pages, eSpeak NG, 64 kbps, LAME -q {args.quality}\n")
    print("| ceiling dBTP | MP3s over -1 dBTP | worst MP3 peak | median MP3 peak "
          "| speech blocks limited > 3 dB | > 6 dB | 99th pct reduction |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for c in CEILINGS:
        a, g = np.array(peaks[c]), np.array(limited[c])
        print(f"| {c} | {(a > -1.0).sum()}/{len(a)} | {a.max():.2f} | {np.median(a):.2f} "
              f"| {100 * g[:, 0].mean():.0f} % | {100 * g[:, 1].mean():.0f} % "
              f"| {g[:, 2].mean():.1f} dB |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
