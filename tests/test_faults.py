"""Fault injection (issue 13): kill -9 of a batch's parent or of a worker, then resume;
two batches started on one folder; two articles with one name.

Real processes, real eSpeak NG, short invented pages; the trial harness is
``bench/faults.py`` (which runs 30 and more trials for RELIABILITY.md). Each
kill comes at a random moment of the work; the seed is in the failure message.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from narrate.errors import EXIT_OUTPUT
from narrate.verify import errors, verify_edition

from .conftest import ROOT
from .test_batch import page

SEED = int(os.environ.get("NARRATE_FAULT_SEED", time.time_ns() % 10**6))


def _bench():
    spec = importlib.util.spec_from_file_location("bench_faults", ROOT / "bench" / "faults.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up there)
    spec.loader.exec_module(module)
    return module


faults = _bench()


def start_batch(pages: Path, out: Path, cache: Path, jobs: int = 2) -> subprocess.Popen:
    return subprocess.Popen(faults.batch_command(pages, out, cache, jobs),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)},
                            start_new_session=True)


def wait_for_workers(proc: subprocess.Popen) -> list[int]:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode()
        pool = faults.workers(proc.pid)
        if pool:
            return pool
        time.sleep(0.05)
    raise AssertionError("the batch started no worker")


def test_kill_9_of_the_parent_takes_its_workers_along_and_the_run_resumes(tmp_path):
    rng = random.Random(SEED)
    pages = faults.write_pages(tmp_path / "pages", 3)
    out, cache = tmp_path / "out", tmp_path / "cache"
    proc = start_batch(pages, out, cache)
    try:
        assert wait_for_workers(proc)
        time.sleep(rng.uniform(0, 2))  # a random moment of the work
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        left = faults.wait_gone(proc.pid)
    finally:
        faults.kill_all(faults.in_session(proc.pid))
    assert left == [], f"orphans after kill -9 of the batch (seed {SEED})"
    trial = faults.Trial(target="parent", delay_s=0)
    resumed = subprocess.run(faults.batch_command(pages, out, cache), capture_output=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=600)
    assert resumed.returncode == 0, resumed.stderr.decode()
    faults.check(out, cache, 3, trial)
    assert (trial.editions, trial.missing, trial.corrupt, trial.leftovers) == (3, 0, 0, 0), (
        SEED, trial.problems)


def test_random_kills_of_the_parent_or_a_worker_then_resume(tmp_path):
    rng = random.Random(SEED)
    pages = faults.write_pages(tmp_path / "pages", 2)
    cache = tmp_path / "cache"
    for n, target in enumerate(("worker", "parent")):
        trial = faults.run_trial(pages, tmp_path / f"out-{n}", cache, target,
                                 rng.uniform(0, 3), rng, 2)
        assert trial.killed or trial.first_exit == 0, (SEED, trial)
        assert (trial.orphans, trial.missing, trial.corrupt, trial.leftovers) == (0, 0, 0, 0), (
            SEED, trial)
        assert trial.resume_exit == 0 and not trial.problems, (SEED, trial)


def test_two_batches_started_on_one_folder_one_runs_the_other_fails_at_once(tmp_path):
    pages = faults.write_pages(tmp_path / "pages", 4)
    out, cache = tmp_path / "out", tmp_path / "cache"
    runs = [start_batch(pages, out, cache, jobs=1) for _ in range(2)]
    try:
        done = [proc.communicate(timeout=900) for proc in runs]
    finally:
        for proc in runs:
            faults.kill_all(faults.in_session(proc.pid))
    codes = [proc.returncode for proc in runs]
    assert sorted(codes) == [0, EXIT_OUTPUT], [e.decode() for _, e in done]
    winner = codes.index(0)
    lines = done[1 - winner][1].decode().strip().splitlines()
    assert len(lines) == 1 and f"in use by narrate batch (pid {runs[winner].pid})" in lines[0]
    assert json.loads(done[winner][0])["done"] == 4
    trial = faults.Trial(target="none", delay_s=0)
    faults.check(out, cache, 4, trial)
    assert (trial.editions, trial.corrupt, trial.leftovers) == (4, 0, 0), trial.problems


def test_two_articles_with_one_title_and_date_get_two_editions(tmp_path):
    sources = []
    for n, words in enumerate(["The ferry will run again in May.",
                               "The ferry will not run again until June."]):
        path = tmp_path / f"page-{n}.html"
        path.write_bytes(page(8, [words, "The harbour master said so on Friday morning."]))
        sources.append(path)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [subprocess.Popen([sys.executable, "-m", "narrate.cli", "article", str(source),
                              "--out", str(out), "--quiet"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            for source in sources]
    done = [proc.communicate(timeout=600) for proc in runs]
    assert [proc.returncode for proc in runs] == [0, 0], [e.decode() for _, e in done]
    paths = [stdout.decode().strip() for stdout, _ in done]
    assert paths[0] != paths[1] and all(Path(p).exists() for p in paths)
    for path, source in zip(paths, sources, strict=True):
        manifest = json.loads(Path(path).with_suffix(".json").read_text())
        assert manifest["source"] == source.name  # published without its local folder
        assert not errors(verify_edition(path, asr=False))
    assert len(list(out.glob("*.mp3"))) == 2
    assert not list(out.glob(".*"))  # no temp, no claim, no lock file
