"""Speak every segment of a script: one engine call per segment.

A segment is at most one paragraph (long ones were split at sentences by the
script stage), which keeps every call far below the sizes where eSpeak NG
misbehaves and lets a cache or a progress bar work per paragraph.

Each take keeps the engine's timing marks (word and sentence starts) for the
read-along transcript. A cache entry holds them after the samples (see
:func:`pack_take`), so a cached segment is timed as exactly as a fresh one and
a segment is still one entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from .engines.base import Engine, Mark, Marks, synthesize_timed
from .errors import EngineError
from .models import Script

if TYPE_CHECKING:
    from .cache import SegmentCache


def synthesize_script(
    script: Script,
    engine: Engine,
    *,
    progress: Callable[[int, int], None] | None = None,
    cache: SegmentCache | None = None,
) -> list[np.ndarray]:
    """Return one int16 PCM array per segment, in order, at ``engine.sample_rate``.

    With a ``cache`` (:class:`narrate.cache.SegmentCache`), a segment already
    spoken by the same engine and voice is read back instead of synthesized;
    ``cache.hits`` and ``cache.misses`` count what happened.
    """
    return [pcm for pcm, _ in synthesize_script_timed(script, engine, progress=progress,
                                                      cache=cache)]


def synthesize_script_timed(
    script: Script,
    engine: Engine,
    *,
    progress: Callable[[int, int], None] | None = None,
    cache: SegmentCache | None = None,
) -> list[tuple[np.ndarray, Marks]]:
    """:func:`synthesize_script` with each take's timing marks (empty where the engine has none)."""
    takes: list[tuple[np.ndarray, Marks]] = []
    total = len(script.segments)
    description = engine.describe() if cache is not None else None
    for i, segment in enumerate(script.segments):
        if not segment.spoken.strip():
            takes.append((_empty(), ()))
            if progress:
                progress(i + 1, total)
            continue
        key = pcm = None
        marks: Marks = ()
        if cache is not None:
            from .cache import segment_key

            key = segment_key(description, segment.spoken)
            stored = cache.get(key)
            if stored is not None:
                pcm, marks = unpack_take(stored)
        if pcm is None:
            pcm, marks = synthesize_timed(engine, segment.spoken)
            if pcm.dtype != np.int16 or pcm.ndim != 1:
                raise EngineError(
                    f"engine {engine.name} returned {pcm.dtype} {pcm.shape}, not mono int16."
                )
            if cache is not None:
                cache.put(key, pack_take(pcm, marks))
        takes.append((pcm, marks))
        if progress:
            progress(i + 1, total)
    return takes


_KINDS = ("word", "sentence", "clause")


def encode_marks(marks: Marks) -> np.ndarray:
    """Marks as the int16 vector a :class:`~narrate.cache.SegmentCache` stores.

    Four int32 per mark (kind, char, length, sample), viewed as int16 because
    the cache keeps exactly one dtype (int16 mono), which lets it reject a
    damaged entry by its shape alone.
    """
    rows = [(_KINDS.index(m.kind), m.char, m.length, m.sample) for m in marks]
    return np.asarray(rows, dtype=np.int32).reshape(-1).view(np.int16)


def decode_marks(data: np.ndarray) -> Marks:
    """The inverse of :func:`encode_marks`; a malformed vector gives no marks."""
    if data.size % 8:
        return ()
    rows = np.asarray(data, dtype=np.int16).view(np.int32).reshape(-1, 4)
    if len(rows) and (rows[:, 0].min() < 0 or rows[:, 0].max() >= len(_KINDS)):
        return ()
    return tuple(Mark(_KINDS[k], int(c), int(n), int(s)) for k, c, n, s in rows.tolist())


#: the two int16 that end a cache entry holding marks after its samples ("NR", "MK")
_TAKE_MAGIC = (0x4E52, 0x4D4B)


def pack_take(pcm: np.ndarray, marks: Marks) -> np.ndarray:
    """Samples, then the encoded marks, their length (int32) and :data:`_TAKE_MAGIC`.

    One int16 vector, so a segment stays one cache entry of the one dtype the
    cache accepts; without marks the entry is the samples alone, as before.
    """
    if not marks:
        return pcm
    encoded = encode_marks(marks)
    size = np.asarray([len(encoded)], dtype=np.int32).view(np.int16)
    return np.concatenate([pcm, encoded, size, np.asarray(_TAKE_MAGIC, dtype=np.int16)])


def unpack_take(stored: np.ndarray) -> tuple[np.ndarray, Marks]:
    """The inverse of :func:`pack_take`; an entry without the trailer is samples only."""
    if len(stored) < 4 or tuple(int(x) for x in stored[-2:]) != _TAKE_MAGIC:
        return stored, ()
    size = int(np.ascontiguousarray(stored[-4:-2]).view(np.int32)[0])
    if size <= 0 or size % 8 or size > len(stored) - 4:
        return stored, ()
    marks = decode_marks(stored[len(stored) - 4 - size:-4])
    return stored[:len(stored) - 4 - size], marks


def _empty() -> np.ndarray:
    return np.zeros(0, dtype=np.int16)
