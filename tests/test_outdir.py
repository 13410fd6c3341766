"""Writing an output folder safely: owned temps, claimed names, fsync, full disks, the cache.

Issue 13, items 1, 2, 9, 10 and 11, through the real code paths: real speech
(eSpeak NG) on short pages, real MP3s read back; faults are injected where the
operating system would raise them (a write that fails with ENOSPC, a temp
removed by another process, a ``kill -9`` at a chosen moment).
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

import narrate.cache as cache_module
from narrate import narrate
from narrate.cache import SegmentCache
from narrate.errors import EXIT_OUTPUT, OutputError
from narrate.verify import errors, verify_edition

from .conftest import ROOT
from .test_batch import editions, leftovers, run, write_pages

#: Python that makes every write to a ``.part`` file fail as on a full disk.
FULL_DISK = '''
import builtins, errno, os
_real_open = builtins.open
class _Full:
    def __init__(self, handle):
        self._handle = handle
    def write(self, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self._handle.name)
    def __getattr__(self, name):
        return getattr(self._handle, name)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self._handle.close()
def _full_open(file, mode="r", *args, **kwargs):
    handle = _real_open(file, mode, *args, **kwargs)
    if str(file).endswith(".part") and any(c in mode for c in "wax+"):
        return _Full(handle)
    return handle
builtins.open = _full_open
'''


def full_disk(monkeypatch) -> None:
    """Install :data:`FULL_DISK` in this process until the test ends."""
    import builtins

    monkeypatch.setattr(builtins, "open", builtins.open)  # put back after the test
    exec(FULL_DISK, {})  # the fault, in this process


def python(code: str, *args: str, **kw) -> subprocess.Popen:
    """``python -c code args`` with this checkout's narrate."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, **kw)


def cli_with(prelude: str, *args: str) -> subprocess.CompletedProcess:
    """The narrate CLI run after ``prelude`` (a fault to inject)."""
    code = prelude + "\nimport sys\nfrom narrate.cli import main\nsys.argv = ['narrate', " \
        "*sys.argv[1:]]\nmain()\n"
    proc = python(code, *args)
    stdout, stderr = proc.communicate(timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout.decode(),
                                       stderr.decode())


def parts(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".part")]


# -- item 1: temps of live runs are never removed; a gutted staged MP3 is never committed


def test_stale_cleanup_removes_only_temps_whose_owner_is_gone(tmp_path):
    from narrate.outdir import owner_tag, remove_stale

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    live_tag, dead_tag = owner_tag(), owner_tag(os.getpid()).rsplit("-", 2)[0]
    names = {
        "mine": f".2024-01-01-a.mp3.{live_tag}-0a0b0c0d.part",  # a live run: kept, however old
        "dead": f".2024-01-01-b.mp3.{dead_tag}-{dead.pid}-1234-0a0b0c0d.part",
        "reused": f".2024-01-01-c.mp3.{live_tag.rsplit('-', 1)[0]}-1-0a0b0c0d.part",  # pid reused
        "other_host": f".2024-01-01-d.mp3.ffffffff-{os.getpid()}-1-0a0b0c0d.part",
        "old_format": ".2024-01-01-e.mp3abcd1234.part",
        "old_format_fresh": ".2024-01-01-f.mp3abcd1234.part",
    }
    for key, name in names.items():
        (tmp_path / name).write_bytes(b"x")
        if key not in ("old_format_fresh", "other_host"):
            os.utime(tmp_path / name, (1_000_000_000, 1_000_000_000))  # years old
    assert remove_stale(tmp_path) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        names[k] for k in ("mine", "other_host", "old_format_fresh"))


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="Linux /proc only")
def test_a_killed_writer_not_yet_reaped_owns_no_temps(tmp_path):
    """A batch worker killed with its run stays a zombie until something reaps it (in a
    container whose init does not, for as long as the container lives); its temps are
    stale all the same, or a resumed run would leave them behind."""
    import time

    from narrate.outdir import owner_tag, process_start, remove_stale

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # exited, not reaped: a zombie
            fields = Path(f"/proc/{child.pid}/stat").read_bytes()
            fields = fields[fields.rindex(b")") + 2:].split()
            if fields[0] == b"Z":
                break
            time.sleep(0.01)
        else:
            pytest.fail("the child never became a zombie")
        assert process_start(child.pid) is None
        # the temp names the zombie exactly (its pid and its real start time)
        tag = owner_tag().rsplit("-", 2)[0] + f"-{child.pid}-{fields[19].decode()}"
        (tmp_path / f".2024-01-01-a.mp3.{tag}-0a0b0c0d.part").write_bytes(b"x")
        assert remove_stale(tmp_path) == 1
    finally:
        child.wait()


def test_a_staged_mp3_removed_by_another_process_is_never_committed(tmp_path, monkeypatch):
    """What a second run's cleanup did to the first run's edition (issue 13, item 1)."""
    import narrate.pipeline as pipeline

    real_write = pipeline._Staging.write

    def write_then_lose(self, suffix, data):
        tmp = real_write(self, suffix, data)
        if suffix == "mp3":
            os.unlink(tmp)  # another process removes the staged MP3
        return tmp

    monkeypatch.setattr(pipeline._Staging, "write", write_then_lose)
    [source] = write_pages(tmp_path / "pages", [1])
    out = tmp_path / "out"
    with pytest.raises(OutputError, match="staged"):
        narrate(str(source), out_dir=str(out))
    assert not list(out.glob("*.mp3")) and not list(out.glob("*.json")) and not parts(out)


def test_batch_wait_waits_for_the_folder_then_runs(tmp_path):
    from narrate.outdir import FolderBusyError, lock_folder

    pages = write_pages(tmp_path / "pages", [1])
    out = tmp_path / "out"
    out.mkdir()
    held = lock_folder(out, "batch", shared=False)
    with pytest.raises(FolderBusyError, match="in use by narrate batch"):
        run(pages, out)
    messages: list[str] = []

    def on_wait(message: str) -> None:
        messages.append(message)
        threading.Timer(0.2, held.release).start()

    summary = run(pages, out, wait=True, on_wait=on_wait)
    assert summary.done == 1 and len(messages) == 1 and "waiting" in messages[0]


def test_the_last_holder_removes_the_lock_file(tmp_path):
    from narrate.outdir import LOCK_NAME, FolderBusyError, lock_folder

    first = lock_folder(tmp_path, "article", shared=True)
    second = lock_folder(tmp_path, "article", shared=True)
    with pytest.raises(FolderBusyError, match="in use by another narrate run"):
        lock_folder(tmp_path, "batch", shared=False)
    first.release()
    assert (tmp_path / LOCK_NAME).exists()  # the second article still holds it
    with pytest.raises(FolderBusyError):
        lock_folder(tmp_path, "batch", shared=False)
    second.release()
    assert not list(tmp_path.iterdir())
    with lock_folder(tmp_path, "batch", shared=False):
        assert (tmp_path / LOCK_NAME).read_text().startswith("batch ")
    assert not list(tmp_path.iterdir())


def test_a_folder_that_cannot_be_locked_is_used_with_a_note(tmp_path, monkeypatch, capsys):
    import fcntl

    from narrate.outdir import lock_folder

    def no_locks(fd, operation):
        raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))

    monkeypatch.setattr(fcntl, "flock", no_locks)
    with lock_folder(tmp_path, "batch", shared=False):
        pass
    assert "cannot be locked" in capsys.readouterr().err


# -- item 2: one name per article, claimed atomically ------------------------------------


def test_claimed_names_are_distinct_and_released(tmp_path):
    from narrate.outdir import claim_stem

    def names():
        return iter(["story", "story-2", "story-3"])

    first = claim_stem(tmp_path, names(), lambda stem: True)
    second = claim_stem(tmp_path, names(), lambda stem: True)
    third = claim_stem(tmp_path, names(), lambda stem: stem != "story-2")
    assert (first.stem, second.stem, third.stem) == ("story", "story-2", "story-3")
    first.release()
    again = claim_stem(tmp_path, names(), lambda stem: True)
    assert again.stem == "story"
    for claim in (second, third, again):
        claim.release()
    assert not list(tmp_path.iterdir())


# -- item 9: a full disk is exit 6 naming the path, never a traceback or a half edition


def test_full_disk_while_writing_an_edition_is_an_output_error(tmp_path, monkeypatch):
    full_disk(monkeypatch)
    [source] = write_pages(tmp_path / "pages", [2])
    out = tmp_path / "out"
    with pytest.raises(OutputError) as caught:
        narrate(str(source), out_dir=str(out))
    assert caught.value.exit_code == EXIT_OUTPUT
    assert "disk is full" in str(caught.value) and str(out / "2024-05-02-") in str(caught.value)
    assert not list(out.glob("*.mp3")) and not parts(out)


def test_cli_full_disk_exits_6_with_one_line(tmp_path):
    [source] = write_pages(tmp_path / "pages", [3])
    out = tmp_path / "out"
    done = cli_with(FULL_DISK, "article", str(source), "--out", str(out), "--quiet")
    assert done.returncode == EXIT_OUTPUT, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "No space left on device" in lines[0]
    assert str(out) in lines[0] and "Traceback" not in done.stderr
    assert not parts(out)


def test_batch_stops_on_a_full_disk_and_still_summarizes(tmp_path, monkeypatch):
    full_disk(monkeypatch)
    pages = write_pages(tmp_path / "pages", [1, 2, 3])
    out = tmp_path / "out"
    summary = run(pages, out)
    assert summary.stopped and "disk is full" in summary.stopped
    assert (summary.failed, summary.done, summary.finished) == (1, 0, 1)  # no item after it
    assert summary.results[0].exit_code == EXIT_OUTPUT and not parts(out)


def test_a_disk_error_raised_anywhere_in_an_item_stops_the_batch(tmp_path, monkeypatch):
    import narrate.batch as batch

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "out" / "x.mp3"))

    monkeypatch.setattr(batch, "render", full)
    summary = run(write_pages(tmp_path / "pages", [1, 2]), tmp_path / "out")
    assert summary.finished == 1 and summary.results[0].exit_code == EXIT_OUTPUT
    assert "x.mp3" in summary.stopped and "disk is full" in summary.stopped


def test_cli_batch_prints_its_summary_when_the_report_cannot_be_written(tmp_path):
    pages, out = tmp_path / "pages", tmp_path / "out"
    write_pages(pages, [1])
    (pages / "empty.html").write_text("")  # one failure to report
    report = tmp_path / "report.jsonl"
    report.symlink_to("/dev/full")  # every write: ENOSPC
    proc = subprocess.run(
        [sys.executable, "-m", "narrate.cli", "batch", str(pages), "--out", str(out),
         "--no-cache", "--jobs", "0", "--report", str(report), "--json"],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == EXIT_OUTPUT, proc.stderr
    summary = json.loads(proc.stdout)
    assert (summary["done"], summary["failed"]) == (1, 1)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(report) in lines[0] and "disk is full" in lines[0]
    assert Path("/dev/full").exists()


# -- item 10: a damaged or emptied cache entry is a miss ------------------------------------


def test_damaged_or_emptied_cache_entries_are_synthesized_again(tmp_path):
    pages = write_pages(tmp_path / "pages", [4])
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = run(pages, out, cache)
    [manifest] = editions(out).values()
    entries = sorted(p for p in cache.glob("*/*") if not p.name.startswith(".tmp-"))
    assert len(entries) >= 5
    empty = np.zeros(0, dtype=np.int16)
    for n, entry in enumerate(entries):
        if n % 2:  # a valid entry holding no audio
            if entry.suffix == ".npy":
                np.save(entry, empty)
            else:
                entry.write_bytes(cache_module.encode_entry(empty))
        else:  # one flipped bit in the samples
            data = bytearray(entry.read_bytes())
            data[len(data) * 2 // 3] ^= 0x10
            entry.write_bytes(bytes(data))
    for entry in entries:
        assert SegmentCache(cache).get(entry.stem) is None
    (out / f"{first.results[0].stem}.json").unlink()  # make the article be narrated again
    again = run(pages, out, cache)
    [result] = again.results
    assert (result.status, result.cache_hits) == ("done", first.results[0].cache_hits)
    assert result.cache_misses == first.results[0].cache_misses
    [redone] = editions(out).values()
    assert abs(redone["duration_ms"] - manifest["duration_ms"]) < 100
    assert not errors(verify_edition(str(out / redone["files"]["mp3"]), asr=False))


def test_cache_refuses_to_store_empty_audio(tmp_path):
    store = SegmentCache(tmp_path)
    store.put("ab" * 32, np.zeros(0, dtype=np.int16))
    store.put("cd" * 32, np.arange(10, dtype=np.int16))
    assert store.get("ab" * 32) is None
    assert store.get("cd" * 32).tolist() == list(range(10))
    assert store.info().entries == 1


# -- item 11: fsync before the rename; an article cleans its own killed temps -----------------


def test_files_and_folder_are_fsynced_before_the_manifest_is_renamed(tmp_path, monkeypatch):
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        return real_fsync(fd)

    def replace(src, dst, **kw):
        events.append(("replace", str(src)))
        return real_replace(src, dst, **kw)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    [source] = write_pages(tmp_path / "pages", [5])
    out = tmp_path / "out"
    edition = narrate(str(source), out_dir=str(out))
    renames = [i for i, (kind, path) in enumerate(events)
               if kind == "replace" and Path(path).parent == out]
    assert len(renames) == 4 and ".json." in Path(events[renames[-1]][1]).name  # manifest last
    for i in renames:  # each temp was fsynced before its rename
        assert ("fsync", events[i][1]) in events[:i]
    folder_syncs = [i for i, e in enumerate(events) if e == ("fsync", str(out))]
    assert any(renames[-2] < i < renames[-1] for i in folder_syncs)
    assert Path(edition.manifest_path).exists()


KILL_AFTER_STAGING = '''
import os, signal
import narrate.pipeline as pipeline
_real_write = pipeline._Staging.write
def _write_then_die(self, suffix, data):
    tmp = _real_write(self, suffix, data)
    if suffix == "vtt":
        os.kill(os.getpid(), signal.SIGKILL)
    return tmp
pipeline._Staging.write = _write_then_die
'''


def test_an_article_killed_while_staging_leaves_no_temp_after_a_rerun(tmp_path):
    [source] = write_pages(tmp_path / "pages", [6])
    out = tmp_path / "out"
    killed = cli_with(KILL_AFTER_STAGING, "article", str(source), "--out", str(out), "--quiet")
    assert killed.returncode == -9
    assert parts(out)  # the killed run's temps
    done = cli_with("", "article", str(source), "--out", str(out), "--quiet")
    assert done.returncode == 0, done.stderr
    assert not parts(out) and not leftovers(out) and not list(out.glob(".*.claim"))
    assert len(list(out.glob("*.mp3"))) == 1
    assert not errors(verify_edition(done.stdout.strip(), asr=False))
