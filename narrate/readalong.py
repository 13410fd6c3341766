"""Read-along transcript: a cue per sentence, timed to the audio, in the article's own words.

The engine speaks the *normalized* text of a segment ("four point five billion
dollars") while the transcript shows the article's wording ("$4.5 billion").
Three maps connect them:

1. sentence boundaries are found in the spoken text (where the normalizer has
   already turned "Dr." and "Oct." into words, so a period there ends a
   sentence) with the script's own sentence rule;
2. each spoken position is mapped back to the article's text through the
   normalizer's span map (:attr:`narrate.models.Segment.spans`);
3. each spoken position is timed by the engine's marks: eSpeak NG reports the
   first sample of every word, Piper of every sentence. Between marks, and
   for an engine with none, time is interpolated in proportion to characters,
   which is the documented fallback.

A sentence longer than :data:`MAX_CUE_MS` is cut at its clause boundaries
(commas, semicolons, colons, dashes, and eSpeak's own clause ends), and only
where no clause boundary is near enough, between words, so that a cue stays
short enough to read while it is heard.

Times are samples in the engine's take plus the take's start in the assembled
track (which already includes every pause before it), so they stay exact
through assembly, mastering (sample for sample, no delay) and resampling
(which keeps time). Every function here is pure.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from .engines.base import Mark
from .models import Cue, Segment
from .script import _SENTENCE_END

#: a cue longer than this is cut at clause boundaries (captions guidance: a
#: caption should be readable in the time it is shown; 15 s is about 40 words)
MAX_CUE_MS = 15_000

_CLAUSE_END = re.compile(r"[,;:\u2013\u2014)]+[\"'\u201d\u2019]*\s+|\s+[\u2013\u2014-]+\s+")
_WORD_GAP = re.compile(r"\s+")
_ALNUM = re.compile(r"\w")


@dataclass(frozen=True)
class Piece:
    """A stretch of one segment's spoken text: ``[start, end)`` characters, timed in samples."""

    start: int
    end: int
    sample: int


def sentence_starts(spoken: str) -> list[int]:
    """Character offsets where each sentence of ``spoken`` starts (the first is 0)."""
    starts = [0]
    for match in _SENTENCE_END.finditer(spoken):
        if match.end() < len(spoken):
            starts.append(match.end())
    return starts


def _anchors(marks: Sequence[Mark], spoken: str, take: int) -> tuple[list[int], list[int]]:
    """(chars, samples) of the timed positions, in order: word and sentence starts and both ends."""
    points = {0: 0}
    for m in marks:
        if m.kind in ("word", "sentence") and 0 <= m.char <= len(spoken):
            points.setdefault(m.char, min(m.sample, take))
    points[len(spoken)] = take
    chars = sorted(points)
    samples = [points[c] for c in chars]
    # marks come in speaking order; keep times monotonic should an engine disagree
    for i in range(1, len(samples)):
        samples[i] = max(samples[i], samples[i - 1])
    return chars, samples


def time_at(pos: int, spoken: str, chars: list[int], samples: list[int]) -> int:
    """The sample at which spoken character ``pos`` is heard.

    At a mark, the mark's own sample; just before one (only spaces and
    punctuation in between: the end of the previous sentence), the next mark's,
    since a cue starts with its first word; elsewhere interpolated by
    characters between the surrounding marks.
    """
    i = bisect.bisect_left(chars, pos)
    if i < len(chars) and (chars[i] == pos or not _ALNUM.search(spoken[pos:chars[i]])):
        return samples[i]
    if i == 0:
        return samples[0]
    if i >= len(chars):
        return samples[-1]
    c0, c1, s0, s1 = chars[i - 1], chars[i], samples[i - 1], samples[i]
    return s0 + (s1 - s0) * (pos - c0) // max(1, c1 - c0)


def split_long(start: int, end: int, spoken: str, clause_chars: Sequence[int], timer,
               limit: int) -> list[int]:
    """Cut points inside ``[start, end)`` so that no piece runs over ``limit`` samples.

    Clause boundaries are preferred: from each cut, the farthest clause
    boundary still within the limit; where none is, the farthest word gap
    within it (and if even one word is longer, the next gap). Returns the
    cut offsets (without ``start``).
    """
    text = spoken[start:end]
    clauses = sorted({start + m.end() for m in _CLAUSE_END.finditer(text)}
                     | {c for c in clause_chars if start < c < end})
    words = [start + m.end() for m in _WORD_GAP.finditer(text) if start + m.end() < end]
    cuts: list[int] = []
    at, t_at = start, timer(start)
    while timer(end) - t_at > limit:
        fits = [c for c in clauses if at < c < end and timer(c) - t_at <= limit
                and timer(end) - timer(c) > 0]
        if not fits:
            fits = [w for w in words if at < w and timer(w) - t_at <= limit]
        if not fits:
            later = [w for w in words if w > at]
            if not later:
                break
            fits = later[:1]
        cut = max(fits)
        cuts.append(cut)
        at, t_at = cut, timer(cut)
    return cuts


def spoken_pieces(spoken: str, marks: Sequence[Mark], take: int, limit: int) -> list[Piece]:
    """The segment's spoken text cut into sentences (long ones at clauses), each timed."""
    chars, samples = _anchors(marks, spoken, take)

    def timer(pos: int) -> int:
        return time_at(pos, spoken, chars, samples)

    clause_chars = [m.char for m in marks if m.kind == "clause"]
    bounds = [*sentence_starts(spoken), len(spoken)]
    cuts: list[int] = []
    for a, b in pairwise(bounds):
        cuts.append(a)
        cuts += split_long(a, b, spoken, clause_chars, timer, limit)
    cuts.append(len(spoken))
    return [Piece(a, b, timer(a)) for a, b in pairwise(cuts) if b > a]


class SourceMap:
    """Spoken offsets to offsets in the article's text, from the normalizer's spans."""

    def __init__(self, segment: Segment) -> None:
        self.identity = not segment.spans
        self.length = len(segment.text)
        # every span, dropped text (an empty output) too: an opening quote the
        # engine never hears still starts the sentence it opens
        self.all_starts = [s[0] for s in segment.spans]
        self.all_spans = list(segment.spans)
        spoken = [s for s in segment.spans if s[1] > s[0]]
        self.out_starts = [s[0] for s in spoken]
        self.spans = spoken

    def boundary(self, pos: int) -> int:
        """Where a piece starting at spoken ``pos`` starts in the text: its first span's start."""
        if self.identity:
            return min(pos, self.length)
        i = bisect.bisect_left(self.all_starts, pos)
        return self.all_spans[i][2] if i < len(self.all_spans) else self.length

    def source(self, pos: int) -> int:
        """The text offset of the span that spoke character ``pos``."""
        if self.identity:
            return min(pos, self.length)
        i = bisect.bisect_right(self.out_starts, pos) - 1
        return self.spans[max(0, i)][2] if self.spans else 0


def segment_cues(segment: Segment, marks: Sequence[Mark], take: int, offset: int, rate: int,
                 *, limit_ms: int = MAX_CUE_MS) -> list[Cue]:
    """The cues of one segment whose take (``take`` samples) starts at track sample ``offset``."""
    from .assemble import samples_to_ms

    if take <= 0 or not segment.text.strip():
        return []
    if not segment.spans and segment.text != segment.spoken:
        # no map back to the wording: the segment is one cue, as a whole
        return [Cue(samples_to_ms(offset, rate), samples_to_ms(offset + take, rate),
                    " ".join(segment.text.split()))]
    spoken = segment.spoken
    pieces = spoken_pieces(spoken, marks, take, limit_ms * rate // 1000)
    where = SourceMap(segment)
    text = segment.text
    # pieces in the text's terms; a piece whose words all came from the previous span joins it
    items: list[tuple[int, int, Piece]] = []
    for k, piece in enumerate(pieces):
        lo = where.boundary(piece.start)
        hi = where.boundary(pieces[k + 1].start) if k + 1 < len(pieces) else len(text)
        if items and (lo <= items[-1][0] or not text[lo:hi].strip()
                      or piece.sample <= items[-1][2].sample):
            first_lo, _, first = items[-1]
            items[-1] = (first_lo, hi, first)
        else:
            items.append((lo, hi, piece))
    if items:
        items[0] = (0, items[0][1], items[0][2])
    word_marks = [m for m in marks if m.kind == "word"]
    cues = []
    for k, (lo, hi, piece) in enumerate(items):
        end_sample = items[k + 1][2].sample if k + 1 < len(items) else take
        start_ms = samples_to_ms(offset + piece.sample, rate)
        end_ms = samples_to_ms(offset + end_sample, rate)
        if end_ms <= start_ms:
            continue
        words = _word_times(text, lo, hi, word_marks, where, offset, rate, start_ms, end_ms)
        cues.append(Cue(start_ms, end_ms, " ".join(text[lo:hi].split()), words))
    return cues


def _word_times(text: str, lo: int, hi: int, word_marks: Sequence[Mark], where: SourceMap,
                offset: int, rate: int, start_ms: int, end_ms: int) -> tuple[tuple[int, int], ...]:
    """(word index in the cue, ms) for words of ``text[lo:hi]`` whose start the engine reported.

    A word of the article spoken as several (a number, an amount) takes the
    time of the first; times must rise strictly inside the cue, as WebVTT
    requires of its inline timestamps.
    """
    from .assemble import samples_to_ms

    starts = [lo + m.start() for m in re.finditer(r"\S+", text[lo:hi])]
    out: list[tuple[int, int]] = []
    last = start_ms
    for m in word_marks:
        pos = where.source(m.char)
        if not lo <= pos < hi:
            continue
        index = bisect.bisect_right(starts, pos) - 1
        ms = samples_to_ms(offset + m.sample, rate)
        if index <= 0 or (out and index <= out[-1][0]) or not last < ms < end_ms:
            continue
        out.append((index, ms))
        last = ms
    return tuple(out)


def cues_for_takes(segments: Sequence[Segment], marks: Sequence[Sequence[Mark]],
                   bounds: Sequence[tuple[int, int]], rate: int,
                   *, limit_ms: int = MAX_CUE_MS) -> list[Cue]:
    """Every cue of the track, in order: :func:`segment_cues` for each segment's take."""
    cues: list[Cue] = []
    for segment, segment_marks, (a, b) in zip(segments, marks, bounds, strict=True):
        cues += segment_cues(segment, segment_marks, b - a, a, rate, limit_ms=limit_ms)
    return cues
