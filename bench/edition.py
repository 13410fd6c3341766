"""End to end versus the floor, on one ~1,000-word article, measured side by side.

The floor is what no narration tool can avoid: the same text synthesized by
eSpeak NG (one call per paragraph) and encoded by LAME to the same MP3
settings, with no other work. End to end is ``narrate.narrate()`` on the saved
page: read, extract, normalize, synthesize, assemble, master, encode, measure
the decoded MP3, tag and write the four files.

Each measurement runs in its own child process (so peak memory is its own),
after the engine is warmed up there; the two alternate, ``--rounds`` times, and
the medians are compared. A third side is end to end with the read-along
transcript switched off (eSpeak's events ignored in the synth callback, one
cue per segment as before issue 15), to measure what read-along costs. Run::

    python bench/edition.py [--page PATH] [--rounds 5]
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing as mp
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from queue import Empty

ROOT = Path(__file__).resolve().parent.parent
#: ../shared/evaldata beside the checkout, or two levels up for a worktree under wt/ (without
#: it a worktree timed the bundled sample instead, unannounced but for the page's name)
EVAL = next((p for p in (ROOT.parent / "shared" / "evaldata" / "scrapinghub",
                         ROOT.parent.parent / "shared" / "evaldata" / "scrapinghub")
             if p.exists()), ROOT.parent / "shared" / "evaldata" / "scrapinghub")


def pick_page() -> Path:
    """The scrapinghub page whose body is closest to 1,000 words, else the bundled sample."""
    truth = EVAL / "ground_truth.jsonl"
    if not truth.is_file():
        return ROOT / "narrate" / "data" / "sample.html"
    best = None
    for line in truth.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        words = len(doc.get("articleBody", "").split())
        page = EVAL / "html" / f"{doc['id']}.html.gz"
        if page.is_file() and (best is None or abs(words - 1000) < best[0]):
            best = (abs(words - 1000), page)
    return best[1]


def _floor(page: str, queue) -> None:
    import lameenc
    import numpy as np

    from narrate import load_article, load_profile, make_script
    from narrate.engines import load_engine
    from narrate.models import MP3_QUALITY
    from narrate.pipeline import EditionOptions

    profile = load_profile("default")
    engine = load_engine(profile)
    engine.synthesize("Warm up.")
    script = make_script(load_article(page), profile, EditionOptions())
    texts = [s.spoken for s in script.segments]
    start = time.perf_counter()
    pcm = np.concatenate([engine.synthesize(t) for t in texts])
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(64)
    encoder.set_in_sample_rate(engine.sample_rate)
    encoder.set_out_sample_rate(44100)
    encoder.set_channels(1)
    encoder.set_quality(MP3_QUALITY)
    mp3 = encoder.encode(pcm.tobytes()) + encoder.flush()
    elapsed = time.perf_counter() - start
    queue.put({"seconds": elapsed, "audio_s": len(pcm) / engine.sample_rate,
               "mp3_bytes": len(mp3), "peak_rss_mb": _rss_mb()})


def _end_to_end(page: str, queue) -> None:
    from narrate import load_profile, narrate
    from narrate.engines import load_engine

    load_engine(load_profile("default")).synthesize("Warm up.")
    with tempfile.TemporaryDirectory() as out:
        start, cpu = time.perf_counter(), time.process_time()
        edition = narrate(page, out_dir=out)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    queue.put({"seconds": elapsed, "cpu_seconds": cpu,
               "audio_s": edition.manifest["duration_ms"] / 1000,
               "words": edition.manifest["words"], "peak_rss_mb": _rss_mb(),
               "loudness": edition.manifest["loudness"]})


def _end_to_end_plain(page: str, queue) -> None:
    """:func:`_end_to_end` without read-along: no events collected, a cue per segment."""
    import ctypes

    import narrate.pipeline
    from narrate.assemble import samples_to_ms
    from narrate.engines.espeak import EspeakEngine
    from narrate.models import Cue

    def on_synth(self, wav, numsamples, events) -> int:
        if numsamples > 0:
            self._chunks.append(ctypes.string_at(wav, numsamples * 2))
        return 0

    def cues_for(track, script, marks=None):
        return [Cue(samples_to_ms(a, track.rate), samples_to_ms(b, track.rate), seg.text)
                for (a, b), seg in zip(track.bounds, script.segments, strict=True) if b > a]

    EspeakEngine._on_synth = on_synth
    narrate.pipeline.cues_for = cues_for
    _end_to_end(page, queue)


def _stages(page: str, queue) -> None:
    """CPU seconds of each stage of one edition, run one after the other in this process."""
    import numpy as np

    from narrate import load_article, load_profile, make_script
    from narrate.assemble import OUTPUT_RATE, assemble, output_rate_chunks
    from narrate.encode import decode_mp3_chunks, encode_mp3_chunks
    from narrate.engines import load_engine
    from narrate.master import BLOCK, CEILING_DBTP, master, measure_stream, to_int16
    from narrate.models import MP3_QUALITY
    from narrate.pipeline import EditionOptions
    from narrate.synthesize import synthesize_script

    profile = load_profile("default")
    engine = load_engine(profile)
    engine.synthesize("Warm up.")
    times: dict[str, float] = {}

    def timed(name, fn, *args):
        start = time.process_time()
        out = fn(*args)
        times[name] = time.process_time() - start
        return out

    article = timed("read + extract", load_article, page)
    script = timed("script + normalize", make_script, article, profile, EditionOptions())
    takes = timed("synthesize (eSpeak NG)", synthesize_script, script, engine)
    track = timed("assemble", assemble, takes, script, engine.sample_rate)
    ceiling = np.full(-(-len(track.samples) // BLOCK), CEILING_DBTP)
    mastered = timed("master (loudness, limiter)", lambda: master(
        track.samples, track.rate, ceiling_db=ceiling))
    pcm = timed("resample to 44.1 kHz", lambda: [
        to_int16(p) for p in output_rate_chunks(mastered, track.rate)])
    mp3 = timed(f"encode (LAME -q {MP3_QUALITY})", encode_mp3_chunks, pcm, OUTPUT_RATE, 64)
    timed("decode + measure MP3", lambda: measure_stream(
        decode_mp3_chunks(mp3, OUTPUT_RATE), OUTPUT_RATE))
    queue.put({"times": times, "audio_s": len(track.samples) / track.rate})


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(target, page: str) -> dict:
    queue = mp.get_context("spawn").Queue()
    proc = mp.get_context("spawn").Process(target=target, args=(page, queue))
    proc.start()
    deadline = time.monotonic() + 600
    while True:  # a child that crashed must not leave us waiting for its result
        try:
            result = queue.get(timeout=1)
            break
        except Empty:
            if not proc.is_alive() or time.monotonic() > deadline:
                proc.kill()
                raise SystemExit(
                    f"bench: {target.__name__} failed (exit code {proc.exitcode})") from None
    proc.join()
    return result


def unpacked(page: Path) -> Path:
    """``page`` itself, or a decompressed copy of a saved ``.gz`` page."""
    if page.suffix != ".gz":
        return page
    tmp = Path(tempfile.mkdtemp()) / page.name.removesuffix(".gz")
    tmp.write_bytes(gzip.decompress(page.read_bytes()))
    return tmp


def end_to_end(rounds: int = 3, page: Path | None = None) -> dict:
    """Median wall and CPU seconds of ``narrate()`` on ``page`` (default: the ~1,000-word
    page), each run in a fresh process with the engine warmed up, and the words spoken:
    for other benches that state a share of end to end measured in their own run."""
    runs = [run_child(_end_to_end, str(unpacked(page or pick_page()))) for _ in range(rounds)]
    return {"seconds": statistics.median(r["seconds"] for r in runs),
            "cpu_seconds": statistics.median(r["cpu_seconds"] for r in runs),
            "words": runs[0]["words"], "rounds": rounds}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--page", type=Path, help="a saved page (default: ~1,000 words)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    page = unpacked(args.page or pick_page())
    floors, ends, plains = [], [], []
    load_before = os.getloadavg()[0]
    for n in range(args.rounds):
        floors.append(run_child(_floor, str(page)))
        # with and without read-along take turns going first
        pair = [(ends, _end_to_end), (plains, _end_to_end_plain)]
        for results, target in pair if n % 2 == 0 else pair[::-1]:
            results.append(run_child(target, str(page)))
    floor_s = statistics.median(r["seconds"] for r in floors)
    end_s = statistics.median(r["seconds"] for r in ends)
    plain_s = statistics.median(r["seconds"] for r in plains)
    audio = ends[0]["audio_s"]
    print(f"page: {page.name} ({ends[0]['words']} words spoken, {audio / 60:.1f} min of audio)")
    print(f"rounds: {args.rounds} (medians; each run in a fresh process, engine warmed up)")
    print(f"{'':24}{'seconds':>10}{'x real time':>14}{'peak RSS MB':>14}")
    print(f"{'floor (eSpeak + LAME)':24}{floor_s:>10.2f}{audio / floor_s:>14.0f}"
          f"{max(r['peak_rss_mb'] for r in floors):>14.0f}")
    print(f"{'narrate end to end':24}{end_s:>10.2f}{audio / end_s:>14.0f}"
          f"{max(r['peak_rss_mb'] for r in ends):>14.0f}")
    print(f"{'  without read-along':24}{plain_s:>10.2f}{audio / plain_s:>14.0f}"
          f"{max(r['peak_rss_mb'] for r in plains):>14.0f}")
    print(f"ratio end to end / floor: {end_s / floor_s:.2f}  (target <= 1.5)")
    rounds = ", ".join(f"{100 * (e['seconds'] / q['seconds'] - 1):+.0f}"
                       for e, q in zip(ends, plains, strict=True))
    print(f"read-along cost, wall clock: {100 * (end_s / plain_s - 1):+.1f} % of end to end "
          f"(target <= 5 %; per round: {rounds} %)")
    end_cpu = statistics.median(r["cpu_seconds"] for r in ends)
    plain_cpu = statistics.median(r["cpu_seconds"] for r in plains)
    print(f"read-along cost, CPU seconds of the process: {end_cpu:.2f} vs {plain_cpu:.2f} = "
          f"{100 * (end_cpu / plain_cpu - 1):+.1f} % (less sensitive to other load)")
    print(f"loudness: {ends[0]['loudness']}")
    stages = run_child(_stages, str(page))
    total = sum(stages["times"].values())
    print("CPU seconds per stage (one more run, stages in sequence):")
    for name, cpu in stages["times"].items():
        print(f"  {name:30}{cpu:>7.2f} s{100 * cpu / total:>6.0f} %")
    print(f"  {'total':30}{total:>7.2f} s  = {stages['audio_s'] / total:.0f}x real time per core")
    print(f"load average (1 min) before / after: {load_before:.2f} / {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} cores (other work on the machine slows both sides)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
