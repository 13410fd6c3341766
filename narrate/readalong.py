"""Read-along transcript: a cue per sentence, timed to the audio, in the article's own words.

The engine speaks the *normalized* text of a segment ("four point five billion
dollars") while the transcript shows the article's wording ("$4.5 billion").
Three maps connect them:

1. sentence boundaries are found in the spoken text (where the normalizer has
   already turned "Dr." and "Oct." into words, so a period there ends a
   sentence) with the script's own sentence rule, and, where the normalizer
   speaks a sentence's opening in lower case ("12 issues", "#tag", a link),
   by the article's wording there (:func:`sentence_starts`);
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
import unicodedata
from collections.abc import Callable, Sequence
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
#: an end mark (with closing quotes) and the space after it: a possible sentence end
_END_MARK = re.compile(r"[.!?…][\"'”’)\]]*\s+")
#: a sentence opening spoken in lower case: hashtag, handle, link (with a scheme, "www." or a
#: host and path), a name with a capital or digit inside
_OPENER = re.compile(r"[#@]\w|https?://|www\.|[\w-]+(?:\.[\w-]+)+/|[^\W\d_]+[\dA-Z]")
_LAST_WORD = re.compile(r"\w+(?=\W*$)")
#: A name's initial before an end mark's space: a lone capital and its period ("W." in "George W.
#: Bush"), not the last letter of a spelled run ("F B I.": see :func:`_is_initial`).
_INITIAL = re.compile(r"(?:^|(?<=[\s(\"“]))[A-Z]\.$")
#: The end of a spelled-out initialism: two or more capital letters standing alone ("I O T").
_SPELLED_RUN_END = re.compile(r"(?<![\w.])[A-Z]-? (?:[A-Z]-? )*[A-Z]\W*$")
#: the first word of a stretch of text
_FIRST_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Piece:
    """A stretch of one segment's spoken text: ``[start, end)`` characters, timed in samples."""

    start: int
    end: int
    sample: int


def sentence_starts(spoken: str, written_at: Callable[[int], str] | None = None) -> list[int]:
    """Character offsets where each sentence of ``spoken`` starts (the first is 0).

    A sentence starts after an end mark where the spoken text goes on with a
    capital or digit (the script's own rule). The normalizer speaks some
    sentence openings in lower case, though: a number ("12 issues" is
    "twelve issues"), an amount, a hashtag, a link, a domain
    ("Moneycontrol.com" is "moneycontrol dot com"). So where ``written_at``
    gives the article's wording at a spoken offset, an end mark followed by a
    lower-case spoken word also starts a sentence when the *written* word
    opens one (:func:`opens_sentence`) and the word before the mark does not
    have the shape of an abbreviation the normalizer left as written ("fig.
    3", "et al. 2019", "No. 5": :func:`abbreviation_shaped`). A name's
    initial ("George W. Bush", "J. R. Hale") ends no sentence.
    """
    starts = [0]
    for match in _SENTENCE_END.finditer(spoken):
        if match.end() < len(spoken) and not _is_initial(spoken, match.start()):
            starts.append(match.end())
    if written_at is None:
        return starts
    seen = set(starts)
    for match in _END_MARK.finditer(spoken):
        at = match.end()
        if (at in seen or at >= len(spoken) or abbreviation_shaped(spoken, match.start())
                or not opens_sentence(written_at(at))):
            continue
        starts.append(at)
        seen.add(at)
    return sorted(starts)


def _is_initial(spoken: str, end: int) -> bool:
    """True if ``spoken[:end]`` ends with a name's initial ("George W.", "J."), not with the
    last letter of an initialism the normalizer spelled out ("the F B I.")."""
    before = spoken[max(0, end - 40):end]
    return bool(_INITIAL.search(before)) and not _SPELLED_RUN_END.search(before)


def opens_sentence(written: str) -> bool:
    """True if ``written`` (the article's text from a word on) starts the way a sentence can.

    A capital or a digit, as in the script's rule; a currency sign ("£5 was
    paid"); a hashtag or handle; a link ("https://", "www."); or a name
    written in lower case that shows it is one by a capital or digit inside
    ("iPhone", "eBay", "my6sense"). A plain lower-case word does not: after
    an abbreviation the normalizer does not know it is the sentence going on.
    """
    written = written.lstrip("\"'“‘([")
    if not written:
        return False
    first = written[0]
    return bool(first.isupper() or first.isdigit() or unicodedata.category(first) == "Sc"
                or _OPENER.match(written))


def abbreviation_shaped(spoken: str, mark: int) -> bool:
    """True if the period at ``mark`` follows a word shaped like an abbreviation.

    The normalizer expands the abbreviations it knows ("Dr.", "approx.",
    "No.") and leaves the rest with their period ("fig.", "al.", "ch.",
    "Ca."); these are nearly all three letters or fewer, in lower case or
    with a capital first. A short word with a capital further in ("IoT") is
    an acronym or a name, not a clipped word; nor is the last letter of an
    initialism the normalizer spelled out ("I O T." for "(IoT)."), though a
    lone initial is ("J. Smith"). A "!", "?" or "…" ends a sentence whatever
    precedes it.
    """
    if spoken[mark] != ".":
        return False
    before = spoken[max(0, mark - 40):mark]
    found = _LAST_WORD.search(before)
    if found is None:
        return True
    word = found.group()
    if _SPELLED_RUN_END.search(before):
        return False
    return len(word) < 4 and word[1:] == word[1:].lower()


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


def spoken_pieces(spoken: str, marks: Sequence[Mark], take: int, limit: int,
                  written_at: Callable[[int], str] | None = None) -> list[Piece]:
    """The segment's spoken text cut into sentences (long ones at clauses), each timed.

    ``written_at`` gives the article's wording at a spoken offset (see
    :func:`sentence_starts`).
    """
    chars, samples = _anchors(marks, spoken, take)

    def timer(pos: int) -> int:
        return time_at(pos, spoken, chars, samples)

    clause_chars = [m.char for m in marks if m.kind == "clause"]
    bounds = [*sentence_starts(spoken, written_at), len(spoken)]
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

    def written_at(self, text: str) -> Callable[[int], str]:
        """A function from a spoken offset to the first written word of ``text`` spoken there."""

        def word(pos: int) -> str:
            found = _FIRST_WORD.search(text, self.source(pos))
            return found.group() if found else ""

        return word


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
    where = SourceMap(segment)
    text = segment.text
    pieces = spoken_pieces(spoken, marks, take, limit_ms * rate // 1000, where.written_at(text))
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
