"""Batch throughput, re-run speed and worker memory over the 91 scrapinghub pages.

    python bench/batch.py [--pages DIR] [--out bench/BATCH_RESULTS.md]

Measures, with the real eSpeak NG engine and no segment cache (so each run
does all the work):

- ``--jobs 1`` and ``--jobs 2`` over the same pages: audio seconds produced
  per wall second, articles per minute, and the 2-job speed-up;
- a re-run over the unchanged archive (the 2-job output), through the API and
  through the ``narrate batch`` command as a user runs it, against the first run;
- each worker's peak RSS for 10 pages (including the longest article) and for all 91.

The machine is shared with other jobs, so the load average before and after
each run is recorded next to the numbers. Skips cleanly when the pages are absent.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "evaldata" / "scrapinghub" / "html"
sys.path.insert(0, str(ROOT))

from narrate.batch import run_batch  # noqa: E402
from narrate.models import MP3_QUALITY  # noqa: E402
from narrate.pipeline import EditionOptions  # noqa: E402
from narrate.voices import load_profile  # noqa: E402


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def timed_run(inputs: list[str], out: Path, jobs: int) -> dict:
    before = load()
    summary = run_batch(inputs, profile=load_profile(None),
                        options=EditionOptions(out_dir=str(out)), jobs=jobs, cache_dir=None)
    audio_s = summary.audio_ms / 1000
    return {
        "jobs": jobs, "pages": summary.total, "done": summary.done, "skipped": summary.skipped,
        "failed": summary.failed, "wall_s": summary.wall_s, "audio_s": audio_s,
        "speed": audio_s / summary.wall_s if summary.wall_s else 0.0,
        "per_min": summary.done * 60 / summary.wall_s if summary.wall_s else 0.0,
        "cpu_s": summary.cpu_s,
        "per_cpu": audio_s / summary.cpu_s if summary.cpu_s else 0.0,
        "rss_mb": sorted(kb / 1024 for kb in summary.workers.values()),
        "load_before": before, "load_after": load(),
        "failures": [(r.source, r.reason) for r in summary.results if r.status == "failed"],
    }


def ten_pages(pages: list[str], editions: Path) -> list[str]:
    """The longest article's page (by edition duration) plus the first nine others."""
    longest = max(
        (json.loads(m.read_text()) for m in editions.glob("*.json")
         if not m.name.endswith(".chapters.json") and not m.name.startswith("_")),
        key=lambda manifest: manifest["duration_ms"],
    )
    source = str(Path(longest["source"]).resolve())
    chosen = [p for p in pages if str(Path(p).resolve()) == source]
    return chosen + [p for p in pages if p not in chosen][: 10 - len(chosen)]


def cli_rerun(folder: Path, out: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "narrate.cli", "batch", str(folder), "--out", str(out),
                    "--no-cache", "--jobs", "2", "--json"], check=False, capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "BATCH_RESULTS.md")
    parser.add_argument("--limit", type=int, default=None,
                        help="Use only the first N pages (sorted by name) for a quicker run.")
    args = parser.parse_args()
    if not args.pages.is_dir():
        print(f"skipped: {args.pages} is absent")
        return 0
    pages = sorted(str(p) for p in args.pages.glob("*.html*"))[: args.limit]
    uptime_before = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    work = Path(tempfile.mkdtemp(prefix="narrate-bench-batch-"))
    try:
        archive = work / "archive"
        archive.mkdir()
        for p in pages:
            os.symlink(p, archive / Path(p).name)
        one = timed_run([str(archive)], work / "out-1", jobs=1)
        print("1 job:", one, flush=True)
        two = timed_run([str(archive)], work / "out-2", jobs=2)
        print("2 jobs:", two, flush=True)
        rerun = timed_run([str(archive)], work / "out-2", jobs=2)
        print("re-run:", rerun, flush=True)
        cli_s = cli_rerun(archive, work / "out-2")
        print(f"re-run via CLI: {cli_s:.2f} s", flush=True)
        # peak memory against archive size, not article length: the 10 pages include the
        # longest article of the whole set, so a worker meets the same largest track in both
        small = work / "ten"
        small.mkdir()
        for p in ten_pages(pages, work / "out-2"):
            os.symlink(p, small / Path(p).name)
        ten = timed_run([str(small)], work / "out-ten", jobs=2)
        print("10 pages, 2 jobs:", ten, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    uptime_after = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    write_results(args.out, one, two, ten, rerun, cli_s, uptime_before, uptime_after)
    print(args.out.read_text())
    return 0


HEADER = """\
| jobs | narrated | wall s | audio h | audio s / wall s | per job | articles/min \
| worker CPU s | audio s / CPU s | load |
|-----:|---------:|-------:|--------:|-----------------:|--------:|-------------:\
|-------------:|----------------:|:-----|"""


def write_results(path: Path, one, two, ten, rerun, cli_s, up_before, up_after) -> None:
    speedup = two["speed"] / one["speed"] if one["speed"] else 0.0
    rows = "\n".join(
        f"| {r['jobs']} | {r['done']}/{r['pages']} ({r['failed']} failed) | {r['wall_s']:.1f} | "
        f"{r['audio_s'] / 3600:.2f} | {r['speed']:.0f} | {r['speed'] / r['jobs']:.0f} | "
        f"{r['per_min']:.1f} | {r['cpu_s']:.1f} | {r['per_cpu']:.0f} | "
        f"{r['load_before']} → {r['load_after']} |"
        for r in (one, two)
    )
    failures = "\n".join(f"- `{Path(s).name}`: {why}" for s, why in one["failures"]) or "- none"
    cpu = os.cpu_count()
    text = f"""# Batch benchmark (`bench/batch.py`)

{one['pages']} pages of `shared/evaldata/scrapinghub/html`, default voice
(eSpeak NG), 64 kbps MP3 (LAME -q {MP3_QUALITY}), no segment cache, {cpu} CPUs.
`uptime` before the runs:
`{up_before}`; after: `{up_after}`. The load
averages (1/5/15 min) around each run are in the table: where they exceed 2 on 2 cores, the
workers did not have the cores to themselves and the wall-clock figures are lower bounds.

## Throughput

{HEADER}
{rows}

2-job speed-up over 1 job: **{speedup:.2f}×** (target ≥ 1.8×).

"Worker CPU s" is the workers' own CPU time summed over the articles (`time.process_time()`
around each article in its worker); "audio s / CPU s" is therefore the per-core speed, end to
end, whatever else shares the machine (target ≥ 250×). The wall-clock figures include waiting
for a core.

Pages that failed (1-job run):
{failures}

## Re-run over the unchanged archive

| run | wall s | vs first 2-job run |
|-----|-------:|-------------------:|
| first run, 2 jobs | {two['wall_s']:.2f} | 1× |
| re-run, API (`run_batch`) | {rerun['wall_s']:.2f} | {two['wall_s'] / rerun['wall_s']:.0f}× |
| re-run, `narrate batch` process | {cli_s:.2f} | {two['wall_s'] / cli_s:.0f}× |

The re-run skipped {rerun['skipped']} pages ({rerun['done']} redone); failed pages are
retried on every run (they are never "finished"), which is part of the re-run time.

## Worker memory (peak RSS per worker process, MiB)

| pages | jobs | workers' peak RSS |
|------:|-----:|:------------------|
| {ten['pages']} | 2 | {', '.join(f'{m:.0f}' for m in ten['rss_mb'])} |
| {two['pages']} | 2 | {', '.join(f'{m:.0f}' for m in two['rss_mb'])} |
| {one['pages']} | 1 | {', '.join(f'{m:.0f}' for m in one['rss_mb'])} |

Peak RSS is `ru_maxrss` of each worker, reported with every result; the workers
are forked from a server that preloaded narrate, numpy, scipy and trafilatura. The
10 pages are the longest article of the set plus nine others, so both runs meet
the same largest track: what differs is only the number of pages.
"""
    path.write_text(text)


if __name__ == "__main__":
    sys.exit(main())
