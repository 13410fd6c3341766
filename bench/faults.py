"""Fault injection: kill -9 a running ``narrate batch`` (its parent or a worker), resume, check.

    python bench/faults.py [--trials 30] [--pages 4] [--seed N]

Each trial starts ``narrate batch`` (``--jobs 2``, real eSpeak NG, a shared
segment cache) over a few short invented pages into a fresh folder, waits a
random moment (uniform over the length of an uninterrupted run), and sends
SIGKILL to the batch process itself or to one of its workers. Then it checks
what the kill left and runs the same command again:

- **orphans**: processes of the killed run still alive after it died (the
  forkserver, workers, the resource tracker); must be 0;
- **resume**: the second run exits 0 and every page has a complete edition
  (**missing** must be 0);
- **corrupt**: editions that fail ``narrate verify --no-asr`` (decodable MP3,
  duration, chapters, tags, sidecars); must be 0;
- **leftovers**: temporary files (``.part``, claims, cache temps) after the
  resumed run; must be 0.

Worker kills let the batch finish by itself (the pool is rebuilt and the
item retried), then the resumed run must find nothing to do but skip.
The figures go to RELIABILITY.md; tests/test_faults.py runs a few trials.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from narrate.batch import complete_edition  # noqa: E402
from narrate.verify import errors, verify_edition  # noqa: E402

PARAGRAPHS = [
    "The harbour board of Quillan Bay met on Monday to discuss the state of the old ferry "
    "pier, which engineers closed in the spring after finding cracks in two of its pillars.",
    "Repairs would cost about one point two million pounds, the board heard, and would take "
    "most of next summer; a new pier would cost three times as much.",
    "Members voted six to two to repair the pier, and asked for a second survey of the "
    "breakwater before the winter storms.",
]


def page(n: int) -> bytes:
    """A short invented news page (about 25 s of speech)."""
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>Quillan Bay pier, part {n}</title>"
            f"<meta name=\"author\" content=\"Tom Avery\">"
            f"<meta property=\"article:published_time\" content=\"2024-03-{n:02d}\"></head>"
            f"<body><article><h1>Quillan Bay pier, part {n}</h1>\n{body}\n</article>"
            "</body></html>").encode()


def write_pages(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, count + 1):
        (folder / f"pier-{n}.html").write_bytes(page(n))
    return folder


# -- processes --------------------------------------------------------------------


def _stat(pid: int) -> list[str] | None:
    """Fields 3.. of /proc/<pid>/stat (state, ppid, pgrp, session, ...), or None."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return None
    return raw[raw.rindex(b")") + 2:].decode().split()


def processes() -> dict[int, list[str]]:
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            fields = _stat(int(entry))
            if fields and fields[0] != "Z":  # zombies are dead, just not yet reaped
                found[int(entry)] = fields
    return found


def in_session(sid: int) -> list[int]:
    """Live processes of session ``sid`` (a run started with start_new_session)."""
    return [pid for pid, f in processes().items() if int(f[3]) == sid]


def workers(batch_pid: int) -> list[int]:
    """The pool's workers: grandchildren of the batch process (children of its forkserver)."""
    table = processes()
    children = {pid for pid, f in table.items() if int(f[1]) == batch_pid}
    return [pid for pid, f in table.items() if int(f[1]) in children]


def wait_gone(sid: int, patience_s: float = 30.0) -> list[int]:
    """Wait for every process of session ``sid`` to exit; the ones left after ``patience_s``."""
    deadline = time.monotonic() + patience_s
    while True:
        left = in_session(sid)
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


def kill_all(pids: list[int]) -> None:
    for pid in pids:
        if pid <= 1:  # 0 and -1 would signal whole groups
            continue
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


# -- a trial ---------------------------------------------------------------------------


@dataclass
class Trial:
    target: str  # "parent" or "worker"
    delay_s: float
    phase: str = "work"  # "work": delay counted from the first worker; "startup": from the start
    killed: bool = False  # the kill hit a running process (not a run already finished)
    workers_alive: int = 0  # pool workers alive when the parent was killed
    first_exit: int | None = None
    resume_exit: int | None = None
    orphans: int = 0
    editions: int = 0
    missing: int = 0
    corrupt: int = 0
    leftovers: int = 0
    problems: list[str] = field(default_factory=list)


def batch_command(pages: Path, out: Path, cache: Path, jobs: int = 2) -> list[str]:
    return [sys.executable, "-m", "narrate.cli", "batch", str(pages), "--out", str(out),
            "--cache", str(cache), "--jobs", str(jobs), "--json", "--quiet"]


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def wait_for_workers(proc: subprocess.Popen) -> bool:
    """Wait until the batch has a worker (True) or has ended (False)."""
    while proc.poll() is None:
        if workers(proc.pid):
            return True
        time.sleep(0.02)
    return False


def run_trial(pages: Path, out: Path, cache: Path, target: str, delay_s: float,
              rng: random.Random, expected: int, phase: str = "work") -> Trial:
    """One kill, ``delay_s`` after the first worker appears (``phase="work"``) or after
    the start (``"startup"``); then let the killed run end, and resume."""
    trial = Trial(target=target, delay_s=round(delay_s, 2), phase=phase)
    proc = subprocess.Popen(batch_command(pages, out, cache), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=_env(), start_new_session=True)
    try:
        if phase == "work":
            wait_for_workers(proc)
        started = time.monotonic()
        while proc.poll() is None and time.monotonic() - started < delay_s:
            time.sleep(0.02)
        if target == "parent":
            if proc.poll() is None:
                trial.workers_alive = len(workers(proc.pid))
                os.kill(proc.pid, signal.SIGKILL)
                trial.killed = True
        else:
            while proc.poll() is None:
                pool = workers(proc.pid)
                if pool:
                    kill_all([rng.choice(pool)])
                    trial.killed = True
                    break
                time.sleep(0.02)
        _, stderr = proc.communicate(timeout=600)
        trial.first_exit = proc.returncode
        left = wait_gone(proc.pid)
        trial.orphans = len(left)
        kill_all(left)
        if target == "worker" and proc.returncode not in (0,):
            trial.problems.append(f"batch after a worker kill exited {proc.returncode}: "
                                  f"{stderr.decode()[-300:]}")
    finally:
        if proc.poll() is None:
            kill_all([proc.pid])
            proc.wait()
        kill_all(in_session(proc.pid))
    resumed = subprocess.run(batch_command(pages, out, cache), capture_output=True, env=_env(),
                             timeout=600)
    trial.resume_exit = resumed.returncode
    if resumed.returncode != 0:
        trial.problems.append(f"resume exited {resumed.returncode}: "
                              f"{resumed.stderr.decode()[-300:]}")
    check(out, cache, expected, trial)
    return trial


def check(out: Path, cache: Path, expected: int, trial: Trial) -> None:
    """Count editions, verify each (no ASR), and look for temps left behind."""
    stems = [p.name[:-5] for p in out.glob("*.json") if not p.name.endswith(".chapters.json")]
    whole = {stem: complete_edition(out, stem) for stem in stems}
    trial.editions = sum(1 for m in whole.values() if m)
    trial.missing = max(0, expected - trial.editions)
    for stem, manifest in whole.items():
        if not manifest:
            trial.corrupt += 1
            trial.problems.append(f"{stem}: incomplete edition")
            continue
        problems = errors(verify_edition(str(out / manifest["files"]["mp3"]), asr=False))
        if problems:
            trial.corrupt += 1
            trial.problems.append(f"{stem}: " + "; ".join(p.message for p in problems))
    temps = [p for folder in (out, cache) for p in folder.rglob(".*")
             if p.name.endswith((".part", ".claim")) or p.name.startswith((".tmp-",
                                                                            ".narrate-probe-"))]
    trial.leftovers = len(temps)


def calibrate(pages: Path, out: Path, cache: Path) -> tuple[float, float]:
    """An uninterrupted run: seconds from its start to its first worker, and from there on."""
    started = time.monotonic()
    proc = subprocess.Popen(batch_command(pages, out, cache), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=_env(), start_new_session=True)
    wait_for_workers(proc)
    working = time.monotonic()
    if proc.wait(timeout=600):
        raise RuntimeError(f"the calibration run exited {proc.returncode}")
    return working - started, time.monotonic() - working


def schedule(n: int) -> tuple[str, str]:
    """Trial ``n``'s target and phase: every fifth kills the parent while it starts up;
    the others alternate parent and worker during the work."""
    if n % 5 == 4:
        return "parent", "startup"
    return ("parent" if n % 2 == 0 else "worker"), "work"


def run_trials(trials: int, pages_count: int, seed: int, work: Path,
               log=print) -> tuple[list[Trial], tuple[float, float]]:
    """``trials`` kill trials (see :func:`schedule`), each at a random moment of its phase."""
    rng = random.Random(seed)
    pages = write_pages(work / "pages", pages_count)
    cache = work / "cache"
    calibrate(pages, work / "calibrate-0", cache)  # fills the cache
    startup_s, work_s = calibrate(pages, work / "calibrate-1", cache)  # as the trials run
    results = []
    for n in range(trials):
        target, phase = schedule(n)
        span = startup_s if phase == "startup" else work_s
        trial = run_trial(pages, work / f"out-{n}", cache, target, rng.uniform(0, span), rng,
                          pages_count, phase)
        results.append(trial)
        log(json.dumps({"trial": n, **asdict(trial)}), flush=True)
    return results, (startup_s, work_s)


def figures(results: list[Trial]) -> dict:
    return {
        "trials": len(results),
        "parent_kills": sum(1 for t in results if t.target == "parent" and t.killed),
        "parent_kills_at_startup": sum(1 for t in results if t.target == "parent"
                                       and t.killed and t.phase == "startup"),
        "parent_kills_with_workers_alive": sum(1 for t in results
                                               if t.target == "parent" and t.workers_alive),
        "worker_kills": sum(1 for t in results if t.target == "worker" and t.killed),
        "editions_checked": sum(t.editions for t in results),
        "missing": sum(t.missing for t in results),
        "corrupt": sum(t.corrupt for t in results),
        "orphans": sum(t.orphans for t in results),
        "leftovers": sum(t.leftovers for t in results),
        "failed_resumes": sum(1 for t in results if t.resume_exit != 0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--pages", type=int, default=4)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="narrate-faults-") as tmp:
        results, (startup_s, work_s) = run_trials(args.trials, args.pages, args.seed, Path(tmp))
    summary = figures(results)
    summary.update({"pages_per_trial": args.pages, "seed": args.seed,
                    "clean_run_startup_s": round(startup_s, 1),
                    "clean_run_work_s": round(work_s, 1), "load_before": round(load, 2),
                    "load_after": round(os.getloadavg()[0], 2)})
    print(json.dumps(summary, indent=2))
    bad = [p for t in results for p in t.problems]
    for problem in bad:
        print("problem:", problem)
    sys.exit(1 if bad or summary["corrupt"] or summary["orphans"] or summary["missing"] else 0)


if __name__ == "__main__":
    main()
