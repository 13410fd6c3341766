"""Speak every segment of a script: one engine call per segment.

A segment is at most one paragraph (long ones were split at sentences by the
script stage), which keeps every call far below the sizes where eSpeak NG
misbehaves and lets a cache or a progress bar work per paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from .engines.base import Engine
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
    takes: list[np.ndarray] = []
    total = len(script.segments)
    description = engine.describe() if cache is not None else None
    for i, segment in enumerate(script.segments):
        if not segment.spoken.strip():
            takes.append(_empty())
            if progress:
                progress(i + 1, total)
            continue
        key = pcm = None
        if cache is not None:
            from .cache import segment_key

            key = segment_key(description, segment.spoken)
            pcm = cache.get(key)
        if pcm is None:
            pcm = engine.synthesize(segment.spoken)
            if pcm.dtype != np.int16 or pcm.ndim != 1:
                raise EngineError(
                    f"engine {engine.name} returned {pcm.dtype} {pcm.shape}, not mono int16."
                )
            if cache is not None:
                cache.put(key, pcm)
        takes.append(pcm)
        if progress:
            progress(i + 1, total)
    return takes


def _empty() -> np.ndarray:
    return np.zeros(0, dtype=np.int16)
