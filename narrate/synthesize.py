"""Speak every segment of a script: one engine call per segment.

A segment is at most one paragraph (long ones were split at sentences by the
script stage), which keeps every call far below the sizes where eSpeak NG
misbehaves and lets a cache or a progress bar work per paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .engines.base import Engine
from .errors import EngineError
from .models import Script


def synthesize_script(
    script: Script,
    engine: Engine,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> list[np.ndarray]:
    """Return one int16 PCM array per segment, in order, at ``engine.sample_rate``."""
    takes: list[np.ndarray] = []
    total = len(script.segments)
    for i, segment in enumerate(script.segments):
        pcm = engine.synthesize(segment.spoken) if segment.spoken.strip() else _empty()
        if pcm.dtype != np.int16 or pcm.ndim != 1:
            raise EngineError(
                f"engine {engine.name} returned {pcm.dtype} {pcm.shape}, not mono int16."
            )
        takes.append(pcm)
        if progress:
            progress(i + 1, total)
    return takes


def _empty() -> np.ndarray:
    return np.zeros(0, dtype=np.int16)
