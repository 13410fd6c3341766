"""A content-addressed cache of synthesized speech, one file per segment.

The key is a hash of the engine's description (engine, version, voice, rate,
pitch, volume, sample rate) and the segment's spoken text, so an edited
article re-synthesizes only the paragraphs whose words changed, and a new
disclosure text re-synthesizes only the disclosure. Pauses, mastering and
encoding happen after synthesis and are not part of the key.

Entries are files under ``<root>/<2 hex>/<key>.pcm``: a 32-byte header (magic,
sample count, BLAKE2b-128 checksum of the samples) then the int16 mono samples.
An entry is used only when its count and checksum match what it holds and the
count is not zero: a damaged, truncated or emptied entry is a miss and is
synthesized again, never a paragraph silently missing from an edition.
Entries are written to a temporary name that says which process owns it and
renamed, so concurrent workers (processes or machines sharing the folder) and a
``kill -9`` never leave a torn entry, and cleanup removes only the temps of
processes that are gone. The size limit is kept by :meth:`SegmentCache.prune`,
least recently used first (a hit refreshes the file's modification time).
Entries of the older ``.npy`` format are never read, and are pruned first.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import struct
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import UsageError
from .outdir import owner_alive, owner_tag

DEFAULT_MAX_BYTES = 2 * 1024**3
_TEMP_PREFIX = ".tmp-"
SUFFIX = ".pcm"
_OLD_SUFFIXES = (".npy",)
MAGIC = b"NRPCM1\0\0"
_HEADER = struct.Struct("<8sQ16s")  # magic, sample count, blake2b-128 of the samples
_UNITS = {"": 1, "B": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/narrate``, else ``~/.cache/narrate``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "narrate"


def parse_size(text: str) -> int:
    """``"500M"``, ``"2G"``, ``"1.5GiB"`` or a byte count, as bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:I?B)?\s*", text.upper())
    if not match:
        raise UsageError(f"cache size {text!r} is not a size; write it like 500M or 2G.")
    return int(float(match.group(1)) * _UNITS[match.group(2)])


def checksum(samples: bytes) -> bytes:
    """BLAKE2b-128 of the sample bytes: fast, and any flipped bit shows."""
    return hashlib.blake2b(samples, digest_size=16).digest()


def encode_entry(pcm: np.ndarray) -> bytes:
    """An entry's bytes: header (magic, count, checksum), then little-endian int16 samples."""
    samples = np.ascontiguousarray(pcm, dtype="<i2").tobytes()
    return _HEADER.pack(MAGIC, len(pcm), checksum(samples)) + samples


def decode_entry(data: bytes) -> np.ndarray | None:
    """The samples of an entry, or None when it is not whole (wrong magic, count or checksum)."""
    if len(data) < _HEADER.size:
        return None
    magic, count, digest = _HEADER.unpack_from(data)
    samples = memoryview(data)[_HEADER.size:]
    if magic != MAGIC or count == 0 or len(samples) != 2 * count or checksum(samples) != digest:
        return None
    return np.frombuffer(samples, dtype="<i2").astype(np.int16)


def segment_key(engine_description: dict, spoken: str) -> str:
    """The cache key of one segment: what speaks, and what it says."""
    blob = json.dumps({"engine": engine_description, "text": spoken}, sort_keys=True,
                      ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass
class CacheStats:
    entries: int
    bytes: int
    path: str
    oldest: float | None = None
    newest: float | None = None


class SegmentCache:
    """Synthesized PCM by key; counts its hits and misses for reporting."""

    def __init__(self, root: str | Path | None = None, *, max_bytes: int | None = None) -> None:
        self.root = Path(root) if root else default_cache_dir()
        self.max_bytes = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}{SUFFIX}"

    def get(self, key: str) -> np.ndarray | None:
        """The samples stored under ``key``; None (a miss) if absent, damaged or empty."""
        path = self._path(key)
        try:
            pcm = decode_entry(path.read_bytes())
        except OSError:  # absent, or pruned meanwhile
            pcm = None
        if pcm is None:
            self.misses += 1
            return None
        with contextlib.suppress(OSError):
            os.utime(path)  # least recently *used* is what prune removes first
        self.hits += 1
        return pcm

    def put(self, key: str, pcm: np.ndarray) -> None:
        """Store ``pcm`` atomically; a cache that cannot be written is not an error.

        Empty audio is not stored: read back it would be a hit that says nothing.
        """
        if not len(pcm):
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.parent / f"{_TEMP_PREFIX}{owner_tag()}-{secrets.token_hex(4)}{SUFFIX}"
            try:
                with open(tmp, "xb") as handle:
                    handle.write(encode_entry(pcm))
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            pass

    def _entries(self) -> list[tuple[float, int, Path]]:
        entries = []
        if not self.root.is_dir():
            return entries
        for sub in self.root.iterdir():
            if not sub.is_dir() or len(sub.name) != 2:
                continue
            for path in sub.iterdir():
                if (path.suffix in (SUFFIX, *_OLD_SUFFIXES)
                        and not path.name.startswith(_TEMP_PREFIX)):
                    with contextlib.suppress(OSError):
                        st = path.stat()
                        used = max(st.st_mtime, st.st_atime)
                        # an entry of an older format is never read: least useful of all
                        entries.append((used if path.suffix == SUFFIX else 0.0, st.st_size,
                                        path))
        return entries

    def info(self) -> CacheStats:
        entries = self._entries()
        times = [e[0] for e in entries]
        return CacheStats(entries=len(entries), bytes=sum(e[1] for e in entries),
                          path=str(self.root), oldest=min(times, default=None),
                          newest=max(times, default=None))

    def prune(self, max_bytes: int | None = None) -> tuple[int, int]:
        """Remove least recently used entries until the cache fits; returns (files, bytes)."""
        limit = self.max_bytes if max_bytes is None else max_bytes
        entries = sorted(self._entries())
        total = sum(e[1] for e in entries)
        removed = freed = 0
        for _, size, path in entries:
            if total <= limit:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
                freed += size
                total -= size
        return removed, freed

    def clean_temps(self, older_than: float | None = None) -> int:
        """Remove temporary files left by killed writers.

        A temp names its writer (host, pid, start time): it is removed when that
        process is gone. One whose writer cannot be told (another host, an older
        format) is removed only when older than ``older_than`` (default: an
        hour ago), since a writer keeps its temp for milliseconds.
        """
        cutoff = time.time() - 3600 if older_than is None else older_than
        count = 0
        if not self.root.is_dir():
            return 0
        for path in self.root.glob(f"*/{_TEMP_PREFIX}*"):
            owner = "-".join(path.name[len(_TEMP_PREFIX):].split(".")[0].split("-")[:3])
            alive = owner_alive(owner)
            with contextlib.suppress(OSError):
                if alive is False or (alive is None and path.stat().st_mtime < cutoff):
                    path.unlink()
                    count += 1
        return count
