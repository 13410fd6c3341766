"""Narrate an archive: many inputs, many processes (or a Dask cluster), safe to kill.

The unit of work is :func:`process_item`: read one page, extract, script, and
either skip it (an edition with the same script and settings hashes is on disk)
or render it. The same function runs in a local ``ProcessPoolExecutor`` or on a
Dask ``distributed`` cluster; the parent process only discovers inputs, hands
out items and records results, so every decision about an item is made where
the item is processed.

Why a run can be killed at any moment and simply restarted:

- one batch owns its output folder: it holds the folder's exclusive lock for
  the whole run, and a second run on the same folder fails at once (exit 6)
  or waits (``wait=True``); see :mod:`narrate.outdir`;
- an edition's files are written under temporary names and renamed into place,
  the manifest last (see :mod:`narrate.pipeline`), so a manifest on disk means
  a complete edition; the temporary files of killed processes (and only
  those: a temp names its owner) are removed at the start and the end;
- workers die with the run: a killed parent takes the forkserver and the
  workers with it (parent-death signal, and a watchdog on the parent);
- a full or read-only disk stops the run: no new item is started, the summary
  is still returned (and printed), and the CLI exits 6 naming the path;
- an item is skipped when its manifest carries the same ``script_sha256`` and
  ``settings_sha256``; a small index (``_index.jsonl``, append-only, torn last
  line tolerated) also remembers the hash of each input page, so an unchanged
  local page is skipped without even being parsed (but under
  ``require_complete`` an edition of a partial page is never skipped: it is
  refused, as a first run would refuse it; :func:`done_for`);
- synthesized paragraphs are cached by content (:mod:`narrate.cache`), so an
  edition interrupted half-way costs little to redo.

Edition names are ``<date>-<slug>-<id8>`` where ``id8`` comes from the item's
URL or absolute path: stable across runs and different for two items even when
they share a date and a title and are rendered at the same moment.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import hashlib
import json
import os
import resource
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import __version__
from .errors import EXIT_INTERNAL, EXIT_OUTPUT, EXIT_VERIFY, NarrateError
from .inputs import UNREAD, WorkItem, discover
from .outdir import (
    append_line,
    disk_error,
    is_disk_error,
    lock_folder,
    owner_alive,
    owner_tag,
    remove_stale,
)
from .pipeline import EditionOptions, check_length, make_script, prepare_out_dir, render
from .script import slugify
from .voices import VoiceProfile, voice_for_language

INDEX_NAME = "_index.jsonl"
REPORT_NAME = "_failures.jsonl"
UNCHANGED_INPUT = "input unchanged"
WORKER_DIED = ("the worker process died while narrating this page (a crash in the engine, or "
               "out of memory); the other pages went on")


@dataclass(frozen=True)
class Job:
    """What every task needs besides its item; the same (picklable) object for all items."""

    out_dir: str
    profile: VoiceProfile
    options: EditionOptions
    cache_dir: str | None = None  # None: no segment cache
    timeout: float | None = None  # None: $NARRATE_TIMEOUT or 30 s (sources.fetch_timeout)
    verify: bool = False  # run narrate verify on every new edition
    voice_explicit: bool = False  # the user chose the voice: keep it for every language


@dataclass
class ItemResult:
    """What happened to one item. ``status`` is ``done``, ``skipped`` or ``failed``."""

    id: str
    source: str
    status: str
    stem: str | None = None
    reason: str | None = None
    exit_code: int = 0
    duration_ms: int = 0
    seconds: float = 0.0
    cpu_s: float = 0.0  # CPU time of the worker on this item: per-core cost, whatever the load
    cache_hits: int = 0
    cache_misses: int = 0
    input_sha256: str | None = None
    pid: int = 0
    peak_rss_kb: int = 0


@dataclass
class BatchSummary:
    """Counts and totals of a run, plus every item's result."""

    total: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    audio_ms: int = 0
    wall_s: float = 0.0
    cpu_s: float = 0.0
    cache_hits: int = 0
    cache_misses: int = 0
    out_dir: str = ""
    report: str | None = None
    dry_run: bool = False
    #: why the run stopped before every item was tried (the output folder cannot be written)
    stopped: str | None = None
    #: a bookkeeping file (failure report, index) that could not be written
    write_error: str | None = None
    results: list[ItemResult] = field(default_factory=list)
    workers: dict[int, int] = field(default_factory=dict)  # pid -> peak RSS (KiB)

    @property
    def finished(self) -> int:
        return self.done + self.skipped + self.failed

    def add(self, result: ItemResult) -> None:
        self.results.append(result)
        if result.status == "done":
            self.done += 1
            self.audio_ms += result.duration_ms
        elif result.status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
        self.cache_hits += result.cache_hits
        self.cache_misses += result.cache_misses
        self.cpu_s += result.cpu_s
        if result.pid:
            self.workers[result.pid] = max(self.workers.get(result.pid, 0), result.peak_rss_kb)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["workers"] = [{"pid": pid, "peak_rss_kb": kb} for pid, kb in self.workers.items()]
        d["audio_hours"] = round(self.audio_ms / 3_600_000, 4)
        return d


#: Called after each item with its result and the running summary.
OnResult = Callable[[ItemResult, BatchSummary], None]
#: The per-item task: a module-level function (so it pickles by reference).
Task = Callable[[WorkItem, Job], ItemResult]


# -- one item -------------------------------------------------------------------


def batch_stem(date: str | None, title: str, item_id: str) -> str:
    """``<date>-<slug>-<id8>``: readable, stable across runs, unique per item."""
    return f"{date[:10] if date else 'undated'}-{slugify(title, 50)}-{item_id[:8]}"


def complete_edition(out: Path, stem: str) -> dict | None:
    """The manifest of a whole edition named ``stem`` in ``out``, or None.

    The manifest is renamed into place last, so its presence means the other
    files were too; the MP3's size is checked against the manifest as well, in
    case someone (or a half-finished later run) replaced it.
    """
    from .manifest import ManifestError, load_manifest

    try:  # validated: a hand-edited manifest may name files outside the folder
        manifest = load_manifest(out / f"{stem}.json", out)
        sidecars = (manifest.chapters_file, manifest.transcript_file)
        if os.path.getsize(manifest.mp3) != manifest.get("mp3_bytes"):
            return None
        if not all(path is not None and path.is_file() for path in sidecars):
            return None
    except (OSError, ManifestError):
        return None
    return manifest.data


def done_for(manifest: dict | None, options: EditionOptions) -> bool:
    """True if the edition with ``manifest`` (None: none whole on disk) needs no new run.

    ``require_complete`` is left out of the run key and the settings hash on
    purpose (it decides whether to narrate, not how the edition sounds), so an
    edition narrated from a partial page without it would otherwise count as
    done for a run that must refuse that page: under it, a partial edition is
    not done, and the item goes through :func:`process_item`, which refuses it.
    """
    if manifest is None:
        return False
    return not (options.require_complete and manifest.get("partial"))


def process_item(item: WorkItem, job: Job) -> ItemResult:
    """Narrate one item, or skip it when its edition is already up to date.

    Never raises for a bad page: the reason is returned in the result, so one
    page cannot stop the run (and Dask does not retry a page that is simply bad).
    """
    from .cache import SegmentCache
    from .engines import load_engine
    from .pipeline import settings_hash

    started, cpu_started = time.perf_counter(), time.process_time()
    result = ItemResult(id=item.id, source=item.source, status="failed", pid=os.getpid())
    cache = SegmentCache(job.cache_dir) if job.cache_dir else None
    try:
        fetched = item.fetch(timeout=job.timeout)
        result.input_sha256 = hashlib.sha256(fetched.data).hexdigest()
        from .extract import extract_article

        article = extract_article(fetched.data, url=fetched.url or item.url,
                                  source=item.source, content_type=fetched.content_type)
        if item.public:  # the manifest names the page relative to its input, not by local path
            article = dataclasses.replace(article, source=item.public)
        check_length(article, job.options.max_words)
        profile, note = voice_for_language(job.profile, article.language,
                                           explicit=job.voice_explicit)
        script = make_script(article, profile, job.options)
        stem = batch_stem(article.date, article.title, item.id)
        result.stem = stem
        out = Path(job.out_dir)
        engine = load_engine(profile)
        existing = complete_edition(out, stem)
        if (existing and existing.get("script_sha256") == script.sha256()
                and existing.get("settings_sha256") == settings_hash(profile, engine,
                                                                      job.options)):
            result.status, result.reason = "skipped", "edition up to date"
        else:
            edition = render(script, profile, job.options, out, engine=engine,
                             cache=cache, stem=stem, notes=[note] if note else [])
            result.status = "done"
            result.duration_ms = int(edition.manifest["duration_ms"])
            if job.verify:
                problems = _verify(edition)
                if problems:
                    result.status = "failed"
                    result.reason = "verify: " + "; ".join(problems)
                    result.exit_code = EXIT_VERIFY
    except NarrateError as exc:
        result.reason, result.exit_code = str(exc), exc.exit_code
    except Exception as exc:  # a full disk; or a bug or an engine crash: keep going
        if is_disk_error(exc):
            result.reason, result.exit_code = str(disk_error(exc)), EXIT_OUTPUT
        else:
            result.reason = f"internal error: {type(exc).__name__}: {exc}"
            result.exit_code = EXIT_INTERNAL
    if cache is not None:
        result.cache_hits, result.cache_misses = cache.hits, cache.misses
    result.seconds = round(time.perf_counter() - started, 3)
    result.cpu_s = round(time.process_time() - cpu_started, 3)
    result.peak_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return result


def _verify(edition) -> list[str]:
    """Check a new edition as ``narrate verify`` does; on failure, set its manifest aside.

    Without its manifest the edition is incomplete, so the next run narrates the
    article again; the bad files stay for inspection, with the manifest renamed
    to ``<stem>.json.failed``.
    """
    from .verify import errors, verify_edition

    problems = [f"{p.check}: {p.message}" for p in errors(verify_edition(edition.mp3))]
    if problems:
        manifest = Path(edition.manifest_path)
        manifest.replace(manifest.with_name(manifest.name + ".failed"))
    return problems


_DASK_LOCK = threading.Lock()


def _dask_task(item: WorkItem, job: Job, task: Task) -> ItemResult:
    """One item on a Dask worker; a lock keeps a multi-threaded worker to one engine call."""
    with _DASK_LOCK:
        return task(item, job)


# -- the run --------------------------------------------------------------------


def run_key(profile: VoiceProfile, options: EditionOptions) -> str:
    """A hash of everything that, with the page's bytes, determines an edition.

    Used only for the fast skip of an unchanged local page; computed without
    starting an engine, so it names the engine packages' versions instead of
    the engine's self-description, and hashes the lexicons' contents.
    """
    packages = {}
    for name in ("espeakng-loader", "pyttsx3", "piper-tts", "trafilatura", "lameenc"):
        try:
            packages[name] = version(name)
        except PackageNotFoundError:
            packages[name] = None
    lexicons = {}
    for path in [*profile.lexicons, *options.lexicons]:
        try:
            lexicons[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            lexicons[path] = None
    blob = json.dumps({"voice": profile.settings(), "options": options.settings(),
                       "narrate": __version__, "packages": packages, "lexicons": lexicons},
                      sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def load_index(out: Path) -> dict[str, dict]:
    """``_index.jsonl`` as {item id: last entry}; a torn last line (kill -9) is ignored."""
    index: dict[str, dict] = {}
    try:
        lines = (out / INDEX_NAME).read_text(encoding="utf-8").splitlines()
    except OSError:
        return index
    for line in lines:
        with contextlib.suppress(ValueError, TypeError, KeyError):
            entry = json.loads(line)
            index[entry["id"]] = entry
    return index


class _Recorder:
    """The parent's bookkeeping: summary, index, failure report, progress callback."""

    def __init__(self, out: Path, report: Path, key: str, summary: BatchSummary,
                 on_result: OnResult | None) -> None:
        self.out, self.report, self.key = out, report, key
        self.summary, self.on_result = summary, on_result

    @property
    def stop(self) -> bool:
        """Start no new item: the output folder cannot be written (full, read-only)."""
        return self.summary.stopped is not None

    def __call__(self, result: ItemResult) -> None:
        self.summary.add(result)
        if result.exit_code == EXIT_OUTPUT and self.summary.stopped is None:
            self.summary.stopped = result.reason
        if result.status == "failed":
            self._append(self.report, {
                "id": result.id, "source": result.source, "reason": result.reason,
                "exit_code": result.exit_code,
                "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            })
        elif result.stem and result.input_sha256 and result.reason != UNCHANGED_INPUT:
            self._append(self.out / INDEX_NAME, {
                "id": result.id, "source": result.source, "stem": result.stem,
                "input_sha256": result.input_sha256, "run_key": self.key,
            })
        if self.on_result:
            self.on_result(result, self.summary)

    def _append(self, path: Path, record: dict) -> None:
        """Append a record; a file that cannot be written is noted, never fatal to the run."""
        try:
            append_line(path, json.dumps(record, ensure_ascii=False) + "\n")
        except OSError as exc:
            if self.summary.write_error is None:
                self.summary.write_error = str(disk_error(exc, path))


def run_batch(
    inputs: Iterable[str],
    *,
    profile: VoiceProfile,
    options: EditionOptions,
    jobs: int | None = None,
    scheduler: str | None = None,
    cache_dir: str | None = None,
    cache_size: int | None = None,
    report: str | None = None,
    dry_run: bool = False,
    limit: int | None = None,
    timeout: float | None = None,
    verify: bool = False,
    voice_explicit: bool = False,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    on_result: OnResult | None = None,
    task: Task = process_item,
) -> BatchSummary:
    """Narrate every article of ``inputs`` into ``options.out_dir``.

    ``jobs`` worker processes (default: the CPU count; 0 runs in this process,
    for debugging); ``scheduler`` sends the items to a Dask cluster instead.
    ``cache_dir`` None disables the segment cache. Failures are appended to
    ``report`` (default ``<out>/_failures.jsonl``) and the run goes on.
    ``limit`` caps the articles taken from each feed, sitemap or URL list;
    ``timeout`` is each fetch's overall deadline (default ``$NARRATE_TIMEOUT``
    or 30 s).

    The run holds ``out``'s exclusive lock: another run there makes it raise
    :class:`narrate.outdir.FolderBusyError`, or with ``wait`` it calls
    ``on_wait(message)`` and waits.
    """
    out = Path(options.out_dir)
    job = Job(out_dir=str(out), profile=profile, options=options, cache_dir=cache_dir,
              timeout=timeout, verify=verify, voice_explicit=voice_explicit)
    report_path = Path(report) if report else out / REPORT_NAME

    def run() -> BatchSummary:
        return _run(inputs, job, report_path, dry_run=dry_run, limit=limit, jobs=jobs,
                    scheduler=scheduler, cache_size=cache_size, on_start=on_start,
                    on_result=on_result, task=task)

    if dry_run:  # a dry run changes nothing on disk, and needs no lock
        return run()
    prepare_out_dir(out)
    with lock_folder(out, "batch", shared=False, wait=wait, on_wait=on_wait):
        remove_stale(out)
        try:
            return run()
        finally:
            remove_stale(out)  # the temps of workers that died during the run


def _run(inputs: Iterable[str], job: Job, report_path: Path, *, dry_run: bool,
         limit: int | None, jobs: int | None, scheduler: str | None, cache_size: int | None,
         on_start: Callable[[int], None] | None, on_result: OnResult | None,
         task: Task) -> BatchSummary:
    """The body of :func:`run_batch`, once the folder is owned."""
    started = time.time()
    out, profile, options, cache_dir = Path(job.out_dir), job.profile, job.options, job.cache_dir
    items = discover(inputs, timeout=job.timeout, limit=limit, dry_run=dry_run)
    summary = BatchSummary(total=len(items), out_dir=str(out), report=str(report_path),
                           dry_run=dry_run)
    key = run_key(profile, options)
    index = load_index(out)
    pending: list[WorkItem] = []
    fast: list[ItemResult] = []
    for item in items:
        entry = index.get(item.id)
        if (entry and item.content_sha256 and entry.get("input_sha256") == item.content_sha256
                and entry.get("run_key") == key
                and done_for(complete_edition(out, entry["stem"]), options)):
            fast.append(ItemResult(id=item.id, source=item.source, status="skipped",
                                   stem=entry["stem"], reason=UNCHANGED_INPUT,
                                   input_sha256=item.content_sha256))
        else:
            pending.append(item)
    if dry_run:
        summary.results = fast + [_dry_run_result(i) for i in pending]
        summary.skipped = len(fast)
        return summary
    if report_path.is_file() and pending:  # (never a device such as /dev/null)
        with contextlib.suppress(OSError):
            report_path.unlink()  # the report describes this run
    if on_start:
        on_start(len(items))
    record = _Recorder(out, report_path, key, summary, on_result)
    for result in fast:
        record(result)
    cache = None
    if cache_dir:
        from .cache import SegmentCache

        cache = SegmentCache(cache_dir, max_bytes=cache_size)
        cache.clean_temps()
    if pending:
        if scheduler:
            _run_dask(pending, job, scheduler, task, record)
        elif jobs == 0:
            for item in pending:
                if record.stop:
                    break
                record(task(item, job))
        else:
            _run_local(pending, job, jobs or os.cpu_count() or 1, task, record)
    if cache is not None:
        cache.prune()
    summary.wall_s = round(time.time() - started, 3)
    return summary


def _dry_run_result(item: WorkItem) -> ItemResult:
    """What a dry run says of an item: to narrate, or (a sitemap it did not fetch) to read."""
    if item.kind == UNREAD:
        return ItemResult(id=item.id, source=item.source, status=UNREAD,
                          reason="a sitemap to read; not fetched by a dry run")
    return ItemResult(id=item.id, source=item.source, status="pending",
                      reason="to narrate (or to skip if its script is unchanged)")


def _failed(item: WorkItem, reason: str) -> ItemResult:
    return ItemResult(id=item.id, source=item.source, status="failed", reason=reason,
                      exit_code=EXIT_INTERNAL)


def _run_local(pending: list[WorkItem], job: Job, jobs: int, task: Task,
               record: _Recorder) -> None:
    """A process pool that survives its workers dying.

    When a worker dies every in-flight item fails with BrokenProcessPool and the
    pool is unusable. We start a new pool and run those items again one at a
    time ("suspects"); the one that kills its worker when alone is recorded as
    failed, the others finish normally. When ``record.stop`` is set (the output
    folder cannot be written) no new item is started; those in flight finish.
    """
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    context = _worker_context(multiprocessing)
    queue = deque(pending)
    suspects: deque[WorkItem] = deque()
    inflight: dict[Future, tuple[WorkItem, bool]] = {}
    pool: ProcessPoolExecutor | None = None
    try:
        while inflight or (not record.stop and (queue or suspects)):
            if record.stop:
                queue.clear()
                suspects.clear()
            if pool is None:
                pool = ProcessPoolExecutor(max_workers=min(jobs, len(queue) + len(suspects)),
                                           mp_context=context, initializer=_worker_init,
                                           initargs=(owner_tag(),))
            if suspects:
                if not inflight:
                    item = suspects.popleft()
                    inflight[pool.submit(task, item, job)] = (item, True)
            else:
                while queue and len(inflight) < jobs:
                    item = queue.popleft()
                    inflight[pool.submit(task, item, job)] = (item, False)
            done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                item, alone = inflight.pop(future)
                try:
                    record(future.result())
                except BrokenProcessPool:
                    broken = True
                    if alone:
                        record(_failed(item, WORKER_DIED))
                    else:
                        suspects.append(item)
                except Exception as exc:  # e.g. an item that cannot be pickled
                    record(_failed(item, f"internal error: {type(exc).__name__}: {exc}"))
            if broken:
                suspects.extend(item for item, _ in inflight.values())
                inflight.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = None
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


#: Linux prctl option: the signal a process gets when its parent dies
PR_SET_PDEATHSIG = 1
#: the environment variable that tells the forkserver its parent's pid (see narrate._forkserver)
PARENT_ENV = "NARRATE_FORKSERVER_PARENT"
#: how often a worker checks that the run's parent process is alive (seconds)
WATCHDOG_S = 0.5


def die_with_parent() -> bool:
    """Ask Linux to SIGKILL this process when its parent dies (``prctl(PR_SET_PDEATHSIG)``).

    Without it, ``kill -9`` of a batch leaves its forkserver and workers running
    (and holding hundreds of MB) until killed by hand. False where unsupported.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):  # pragma: no cover - no libc prctl
        return False


def _watch_parent(parent: str) -> None:
    """Kill this worker as soon as the run's parent process (``parent``'s owner tag) is gone."""
    while owner_alive(parent) is not False:
        time.sleep(WATCHDOG_S)
    os.kill(os.getpid(), signal.SIGKILL)


def _worker_init(parent: str) -> None:
    """In each worker: die with the forkserver (its parent) and with the run's parent.

    The parent-death signal covers the direct parent; the watchdog thread
    covers the run's process, which is the grandparent under forkserver and
    which a signal cannot watch; it polls every :data:`WATCHDOG_S` seconds.
    """
    die_with_parent()
    threading.Thread(target=_watch_parent, args=(parent,), name="narrate-watchdog",
                     daemon=True).start()


def _worker_context(multiprocessing):
    """Workers forked from a clean server process that has already imported narrate.

    Not plain fork: the parent has threads (the progress bar) whose locks a
    forked child could inherit held. Not plain spawn: every new worker, and a
    replacement after a crash, would import numpy, scipy and trafilatura again.
    """
    try:
        context = multiprocessing.get_context("forkserver")
    except ValueError:  # pragma: no cover - platforms without fork (Windows)
        return multiprocessing.get_context("spawn")
    os.environ[PARENT_ENV] = str(os.getpid())  # read by narrate._forkserver
    context.set_forkserver_preload(["narrate._forkserver", "narrate.batch", "narrate.extract",
                                    "trafilatura", "narrate.engines.espeak"])
    return context


def _run_dask(pending: list[WorkItem], job: Job, address: str, task: Task,
              record: Callable[[ItemResult], None]) -> None:
    """The same task on a Dask cluster; Dask's nannies replace dead workers.

    A page whose task kills workers repeatedly ends as ``KilledWorker`` after
    Dask's ``allowed-failures`` retries and is recorded as failed.
    """
    try:
        from distributed import Client, as_completed
    except ImportError:
        from .errors import UsageError

        raise UsageError(
            "--scheduler needs the distributed package: pip install 'narrate[cluster]'."
        ) from None
    token = hashlib.sha1(f"{time.time()}-{os.getpid()}".encode()).hexdigest()[:8]
    try:
        client = Client(address, timeout="30s")
    except (OSError, TimeoutError) as exc:
        from .errors import UsageError

        raise UsageError(f"cannot reach the Dask scheduler at {address} ({exc}); start it with "
                         "`dask scheduler` or check the address.") from None
    with client:
        keys = [f"narrate-{item.id}-{token}" for item in pending]
        futures = client.map(_dask_task, pending, job=job, task=task, key=keys, pure=False)
        by_key = {f.key: item for f, item in zip(futures, pending, strict=True)}
        for future in as_completed(futures):
            item = by_key[future.key]
            try:
                record(future.result())
            except Exception as exc:
                record(_failed(item, f"{WORKER_DIED} ({type(exc).__name__}: {exc})"))
            future.release()
