"""Owning and writing an output folder safely: locks, owned temp names, fsync, disk errors.

Several narrate processes may point at one folder: a ``batch`` and its
workers, two ``article`` runs started by a script, a run killed with
``kill -9`` and started again. What keeps their files apart:

- **One batch at a time.** ``batch`` holds an exclusive ``flock`` on
  ``<out>/.narrate.lock`` for its whole run, ``article`` a shared one while it
  writes, so two batches (or a batch and an article) never write into one
  folder at once; articles may run side by side. The last holder removes the
  file (a lock taken on a file removed meanwhile is retried on the new one).
  A run that finds the folder taken fails at once with :class:`FolderBusyError` (exit 6) naming the
  holder, or waits for it when asked to (``narrate batch --wait``). The kernel
  drops the lock when its process dies, so a killed run never leaves the
  folder locked.
- **Temporary names say who owns them.** A temp file is named
  ``.<stem>.<suffix>.<owner>-<token>.part`` where ``<owner>`` is the host, the
  process id and the process's start time (so a recycled pid is not mistaken
  for the owner). Cleanup removes a temp only when its owner is provably gone:
  same host, and no process with that pid and start time. A temp whose owner
  cannot be read (an older narrate) is removed only after a day: no writer
  keeps a temp for more than the seconds between staging and renaming.
- **Distinct names, atomically.** :func:`claim_stem` gives each ``article``
  run its own file name by holding an exclusive ``flock`` on a claim file,
  ``.<stem>.claim``, while it writes; a second run wanting the same name while
  it is claimed (or owned by another source) takes the next one.
- **Durable before visible.** Staged files are fsynced, then their folder,
  before the manifest is renamed into place, so after a power cut a manifest
  still means a whole edition.
- **A full disk is a user error.** :func:`disk_error` maps ENOSPC, EDQUOT,
  EROFS (and EFBIG) to :class:`narrate.errors.OutputError`, exit 6, naming the
  path, wherever the error was raised.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
import socket
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import OutputError

LOCK_NAME = ".narrate.lock"
CLAIM_SUFFIX = ".claim"
PART_SUFFIX = ".part"
PROBE_PREFIX = ".narrate-probe-"
#: a temp whose owner cannot be read is stale after this long (no writer keeps one for a minute)
UNOWNED_STALE_S = 24 * 3600
#: errors that mean "no room or no right to write here", not a bug
DISK_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG}
_DISK_WORDS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EROFS: "the file system is read-only",
    errno.EFBIG: "the file is too large for the file system or the size limit",
}


class FolderBusyError(OutputError):
    """Another narrate run owns the output folder (exit 6, like any unwritable folder)."""


# -- owners ---------------------------------------------------------------------


def _host() -> str:
    """A short stable tag of this machine: temps written on another host are never ours to judge."""
    return f"{zlib.crc32(socket.gethostname().encode()):08x}"


def process_start(pid: int) -> str | None:
    """The start time of process ``pid`` (clock ticks since boot), or None if there is none.

    On Linux this is field 22 of ``/proc/<pid>/stat``; with the pid it names one
    process for the machine's uptime, so a pid reused by a new process is
    not taken for the old one. Elsewhere "0" for any live process.

    A zombie (state Z or X: killed, not yet reaped by its parent) is gone: it will never
    write again, and where nothing reaps orphans promptly (a container whose init does
    not), a batch worker killed with its run would otherwise keep its temps "owned".
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read()
        fields = stat[stat.rindex(b")") + 2:].split()
        if fields[0] in (b"Z", b"X"):
            return None
        return fields[19].decode()
    except FileNotFoundError:
        return None
    except (OSError, ValueError, IndexError):
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return "0"
    return "0"


def owner_tag(pid: int | None = None) -> str:
    """``<host>-<pid>-<start>`` of this process (or of ``pid``)."""
    pid = os.getpid() if pid is None else pid
    return f"{_host()}-{pid}-{process_start(pid) or 0}"


def owner_alive(tag: str) -> bool | None:
    """Is the process named by ``tag`` still running? None when it cannot be told."""
    try:
        host, pid, start = tag.split("-")
        pid_number = int(pid)
    except ValueError:
        return None
    if host != _host():
        return None
    current = process_start(pid_number)
    if current is None:
        return False
    return start in ("0", current) or current == "0"


def temp_name(stem: str, suffix: str) -> str:
    """An owned temporary name in the output folder, unique to this process and call."""
    return f".{stem}.{suffix}.{owner_tag()}-{secrets.token_hex(4)}{PART_SUFFIX}"


def _owner_of(name: str) -> str | None:
    """The owner tag inside a temp's name, or None if it has none (an older format)."""
    if name.endswith(PART_SUFFIX):
        field = name[: -len(PART_SUFFIX)].rsplit(".", 1)[-1]
    elif name.startswith(PROBE_PREFIX):
        field = name[len(PROBE_PREFIX):]
    else:
        return None
    parts = field.split("-")
    return "-".join(parts[:3]) if len(parts) == 4 else None


def is_stale(path: Path, now: float | None = None) -> bool:
    """Whether the temp at ``path`` provably belongs to no running process."""
    owner = _owner_of(path.name)
    alive = owner_alive(owner) if owner else None
    if alive is not None:
        return not alive
    try:
        age = (time.time() if now is None else now) - path.stat().st_mtime
    except OSError:
        return False
    return age > UNOWNED_STALE_S


def remove_stale(out: Path) -> int:
    """Remove the temps and claims in ``out`` whose owners are gone; returns how many.

    A temp of a running process (another article, a worker of this batch) is
    never touched, however old.
    """
    count = 0
    for pattern in (f".*{PART_SUFFIX}", f"{PROBE_PREFIX}*"):
        for path in out.glob(pattern):
            if is_stale(path):
                with contextlib.suppress(OSError):
                    path.unlink()
                    count += 1
    for path in out.glob(f".*{CLAIM_SUFFIX}"):
        count += _remove_free_claim(path)
    return count


# -- disk errors ----------------------------------------------------------------


def _os_error(exc: BaseException | None) -> OSError | None:
    """The OSError inside ``exc`` (itself, its cause or context, or its first argument)."""
    seen = 0
    while exc is not None and seen < 8:
        if isinstance(exc, OSError):
            return exc
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        exc = exc.__cause__ or inner or exc.__context__
        seen += 1
    return None


def is_disk_error(exc: BaseException) -> bool:
    """True when ``exc`` is (or wraps) a full, over-quota or read-only file system."""
    inner = _os_error(exc)
    return inner is not None and inner.errno in DISK_ERRNOS


def disk_error(exc: BaseException, path: str | Path | None = None) -> OutputError:
    """An OutputError (exit 6) for a failed write of ``path`` (default: the error's file)."""
    inner = _os_error(exc)
    if path is None:
        path = (inner.filename if inner is not None else None) or "a file"
    if inner is not None and inner.errno in _DISK_WORDS:
        why = f"{_DISK_WORDS[inner.errno]}: {inner.strerror}"
        hint = "free some space or choose another folder with --out."
    else:
        why = (inner.strerror or str(inner)) if inner is not None else str(exc)
        hint = "check free space and permissions."
    return OutputError(f"cannot write {path} ({why}); {hint}")


# -- writing --------------------------------------------------------------------


def write_new(path: Path, data: bytes) -> None:
    """Create ``path`` (which must not exist), write ``data`` whole, fsync it.

    Unbuffered, so a full disk fails here, at the write, and not later when a
    buffer is flushed on close.
    """
    with open(path, "xb", buffering=0) as handle:
        view = memoryview(data)
        while view:
            view = view[handle.write(view):]
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """fsync a folder, so the names created or renamed in it survive a power cut."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # pragma: no cover - platforms that cannot open folders
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):  # file systems without dir fsync
            raise
    finally:
        os.close(fd)


def append_line(path: Path, line: str) -> None:
    """Append one line with one ``write()`` (concurrent writers interleave whole lines)."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0),
                 0o644)
    try:
        data = line.encode("utf-8")
        if os.write(fd, data) != len(data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    finally:
        os.close(fd)


def probe_writable(out: Path) -> None:
    """Prove ``out`` is writable by creating and removing an owned probe file."""
    probe = out / f"{PROBE_PREFIX}{owner_tag()}-{secrets.token_hex(4)}"
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    os.unlink(probe)


# -- the folder lock --------------------------------------------------------------


@dataclass
class FolderLock:
    """A held lock on an output folder; release it with :meth:`release` (or ``with``)."""

    path: Path
    fd: int
    shared: bool

    def release(self) -> None:
        """Unlock; the last holder removes the lock file, leaving the folder as it was."""
        if self.fd >= 0:
            with contextlib.suppress(OSError):  # BlockingIOError: other articles still hold it
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                if _same_file(self.path, self.fd):
                    os.unlink(self.path)
            os.close(self.fd)  # (closing drops the lock)
            self.fd = -1

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()


def _holder(path: Path, tries: int = 10) -> str:
    """Who holds the lock, from what the exclusive holder wrote into it, if still alive.

    The holder writes its name just after taking the lock, so a run that finds the lock
    taken in between reads an empty file: it looks again for up to half a second (only
    on this error path) before naming nobody."""
    for attempt in range(tries):
        try:
            text = path.read_text(encoding="utf-8").split()
            command, owner = text[0], text[1]
            break
        except IndexError:
            if attempt == tries - 1:
                return "another narrate run"
            time.sleep(0.05)
        except (OSError, ValueError):
            return "another narrate run"
    if owner_alive(owner) is False:
        return "another narrate run"
    return f"narrate {command} (pid {owner.split('-')[1]})"


def lock_folder(out: Path, command: str, *, shared: bool, wait: bool = False,
                on_wait: Callable[[str], None] | None = None) -> FolderLock:
    """Take the folder's lock: exclusive for ``batch``, shared for ``article``.

    Busy: raise :class:`FolderBusyError` naming the holder, or with ``wait``
    call ``on_wait(message)`` once and block until the holder is done.
    """
    path = out / LOCK_NAME
    mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
    told = False
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError as exc:
            raise disk_error(exc, path) from None
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(path)
            if not wait:
                os.close(fd)
                hint = "" if shared else " or pass --wait to wait for it"
                raise FolderBusyError(
                    f"output folder {out} is in use by {holder}; wait until it finishes{hint}, "
                    "or choose another folder with --out."
                ) from None
            if on_wait and not told:
                on_wait(f"output folder {out} is in use by {holder}; waiting for it to finish.")
                told = True
            fcntl.flock(fd, mode)
        except OSError as exc:  # a file system without locks (some network mounts)
            if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                os.close(fd)
                raise disk_error(exc, path) from None
            print(f"narrate: note: {out} cannot be locked ({exc.strerror}); make sure no other "
                  "narrate run writes there at the same time.", file=sys.stderr)
            return FolderLock(path=path, fd=fd, shared=shared)
        if _same_file(path, fd):
            break
        os.close(fd)  # its last holder removed that file meanwhile: lock the current one
    if not shared:  # say who holds it, for the message of a run that finds it taken
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{command} {owner_tag()}\n".encode(), 0)
    return FolderLock(path=path, fd=fd, shared=shared)


def _same_file(path: Path, fd: int) -> bool:
    """Whether ``path`` still names the file open as ``fd`` (a lock on a removed file is void)."""
    try:
        st, fst = os.stat(path), os.fstat(fd)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) == (fst.st_dev, fst.st_ino)


# -- claimed names ---------------------------------------------------------------


@dataclass
class Claim:
    """An exclusive right to write the edition named ``stem`` (held until released)."""

    stem: str
    path: Path
    fd: int

    def release(self) -> None:
        """Remove the claim file, then drop the lock (in that order: see :func:`_try_claim`)."""
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            os.close(self.fd)
            self.fd = -1


def _try_claim(path: Path) -> int | None:
    """Lock the claim file at ``path``; its descriptor, or None if someone else holds it.

    The holder removes the file before unlocking it, so a lock taken on a file
    that is no longer at ``path`` (removed meanwhile) is worthless: compare the
    inode we locked with the one the name points to, and retry.
    """
    for _ in range(100):
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        if _same_file(path, fd):
            return fd
        os.close(fd)
    return None  # pragma: no cover - a claim file recreated 100 times in a row


def _remove_free_claim(path: Path) -> int:
    """Remove a claim file nobody holds (its run was killed); 1 if removed."""
    try:
        fd = _try_claim(path)
    except OSError:
        return 0
    if fd is None:
        return 0
    Claim(stem="", path=path, fd=fd).release()
    return 1


def claim_stem(out: Path, candidates: Iterator[str],
               usable: Callable[[str], bool]) -> Claim:
    """Claim the first candidate name that no live run holds and that ``usable`` accepts.

    ``usable(stem)`` is asked while the claim is held (so no other article
    can write that name meanwhile): typically "no edition of another source
    has this name".
    """
    for stem in candidates:
        path = out / f".{stem}{CLAIM_SUFFIX}"
        try:
            fd = _try_claim(path)
        except OSError as exc:
            raise disk_error(exc, path) from None
        if fd is None:
            continue
        claim = Claim(stem=stem, path=path, fd=fd)
        if usable(stem):
            return claim
        claim.release()
    raise OutputError(f"no free edition name in {out}")  # pragma: no cover - endless candidates
