"""Join the spoken segments with their pauses into one track, and time it.

Times come from exact sample counts: a segment starts at the sum of the
samples before it, and only the final conversion to milliseconds rounds. Adding
up per-segment milliseconds instead drifts by up to half a millisecond per
segment, which over a long article moves chapter marks off their pauses.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from math import gcd

import numpy as np
from scipy.signal import resample_poly

from .engines.base import Marks
from .models import Chapter, Cue, Script

#: Output sample rate of every edition (44.1 kHz is what podcast apps expect).
OUTPUT_RATE = 44100


@dataclass(frozen=True)
class Track:
    """The assembled narration: int16 samples and where each segment lies."""

    samples: np.ndarray  # int16 PCM, mono, at ``rate`` (as the engine made it)
    rate: int
    bounds: tuple[tuple[int, int], ...]  # (start, end) sample of each segment's speech
    slots: tuple[tuple[int, int], ...]  # (start, end) sample of each segment incl. its pause

    @property
    def duration_ms(self) -> int:
        return samples_to_ms(len(self.samples), self.rate)


def samples_to_ms(n: int, rate: int) -> int:
    return (n * 1000 + rate // 2) // rate


def assemble(takes: list[np.ndarray], script: Script, engine_rate: int) -> Track:
    """Concatenate ``takes`` with the script's pauses, at the engine's sample rate.

    The track stays at the engine's rate (22,050 Hz for eSpeak NG and most
    Piper voices) through mastering, which halves the work there; it is
    resampled to :data:`OUTPUT_RATE` once, just before encoding.
    """
    if len(takes) != len(script.segments):
        raise ValueError("one take per segment is required")
    bounds: list[tuple[int, int]] = []
    slots: list[tuple[int, int]] = []
    pos = 0
    for take, segment in zip(takes, script.segments, strict=True):
        pause = segment.pause_after_ms * engine_rate // 1000
        bounds.append((pos, pos + len(take)))
        slots.append((pos, pos + len(take) + pause))
        pos += len(take) + pause
    # int16 as the engine made it, written in place one take at a time: the
    # longest article's track is what sets a worker's peak memory, and int16
    # is half of float32 (mastering converts a piece at a time)
    samples = np.zeros(pos, dtype=np.int16)
    for take, (start, end) in zip(takes, bounds, strict=True):
        samples[start:end] = take
    return Track(samples, engine_rate, tuple(bounds), tuple(slots))


def to_output_rate(samples: np.ndarray, rate: int) -> np.ndarray:
    """Resample float samples to :data:`OUTPUT_RATE` (polyphase, anti-aliased)."""
    if rate == OUTPUT_RATE:
        return samples
    g = gcd(rate, OUTPUT_RATE)
    return resample_poly(samples, OUTPUT_RATE // g, rate // g).astype(np.float32, copy=False)


#: input samples per resampling chunk (a multiple of 2,205 and 160, so it stays
#: aligned for 22,050 and 16,000 Hz engines; about 1 MB of float32 output)
RESAMPLE_CHUNK = 1 << 17


def output_rate_chunks(
    samples: np.ndarray, rate: int, size: int = RESAMPLE_CHUNK
) -> Iterator[np.ndarray]:
    """:func:`to_output_rate` in consecutive pieces, equal to it once joined.

    Each piece is resampled with enough input context on both sides to cover
    the filter (``resample_poly`` reaches ten input samples at most), and
    chunks start on multiples of the rate ratio's denominator so every piece's
    first output sample falls on an input sample. The whole 44.1 kHz track is
    never held at once: each piece goes to the encoder while it is in cache.
    """
    if rate == OUTPUT_RATE:
        for start in range(0, len(samples), size):
            yield samples[start:start + size]
        return
    g = gcd(rate, OUTPUT_RATE)
    up, down = OUTPUT_RATE // g, rate // g
    size = max(down, size // down * down)
    margin = down * (-(-(10 * max(up, down) // up + 2) // down))
    n = len(samples)
    for start in range(0, n, size):
        stop = min(n, start + size)
        lo, hi = max(0, start - margin), min(n, stop + margin)
        piece = resample_poly(samples[lo:hi], up, down).astype(np.float32, copy=False)
        first = (start - lo) * up // down
        count = -(-stop * up // down) - start * up // down
        yield piece[first:first + count]


def chapters_for(track: Track, script: Script) -> list[Chapter]:
    """Contiguous chapters: each starts where its first segment starts, the last ends at the end.

    Chapter 0 starts at 0; each later chapter starts at its first segment's
    slot, so the pause before it belongs to the chapter before. Together they
    cover the whole track with no gap and no overlap.
    """
    starts: dict[int, int] = {}
    for (start, _), segment in zip(track.slots, script.segments, strict=True):
        starts.setdefault(segment.chapter, start)
    total = len(track.samples)
    chapters = []
    for number, plan in enumerate(script.chapters):
        start = 0 if number == 0 else starts[number]
        end = starts.get(number + 1, total)
        chapters.append(
            Chapter(plan.title, samples_to_ms(start, track.rate), samples_to_ms(end, track.rate),
                    plan.paragraphs)
        )
    return chapters


def cues_for(track: Track, script: Script, marks: Sequence[Marks] | None = None) -> list[Cue]:
    """Transcript cues in the article's wording: one per sentence, long sentences cut at clauses.

    ``marks`` are the engine's timing marks per segment (see
    :func:`narrate.synthesize.synthesize_script_timed`); without them, times
    within a segment are estimated in proportion to characters
    (:mod:`narrate.readalong`).
    """
    from .readalong import cues_for_takes

    if marks is None:
        marks = [()] * len(script.segments)
    return cues_for_takes(script.segments, marks, track.bounds, track.rate)
