"""The small interface every speech engine implements.

An engine turns plain text into mono 16-bit PCM at its own sample rate. It
knows nothing of articles, chapters or files: the rest of narrate only ever
calls :meth:`Engine.synthesize`, so adding an engine means adding one module
here and one branch in :func:`narrate.engines.load_engine`.

An engine that knows where in its audio each word or sentence falls may also
offer ``synthesize_timed(text) -> (samples, marks)``; :func:`synthesize_timed`
calls it when present and otherwise returns no marks, so the read-along
transcript falls back to an estimate and an engine (or a test double) without
it keeps working unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

import numpy as np

#: IPTC digital source types (http://cv.iptc.org/newscodes/digitalsourcetype/).
#: Rule-based synthesis (eSpeak NG) is "algorithmic media"; a neural voice
#: trained on recordings is "trained algorithmic media".
IPTC_BASE = "http://cv.iptc.org/newscodes/digitalsourcetype/"
ALGORITHMIC_MEDIA = IPTC_BASE + "algorithmicMedia"
TRAINED_ALGORITHMIC_MEDIA = IPTC_BASE + "trainedAlgorithmicMedia"


@runtime_checkable
class Engine(Protocol):
    """Text in, PCM out. One instance per process; not thread-safe."""

    #: short engine name as written in voice profiles, e.g. "espeak" or "piper"
    name: str
    #: sample rate of the PCM that :meth:`synthesize` returns, in Hz
    sample_rate: int
    #: IPTC digital source type URI for audio made by this engine
    digital_source_type: str

    def synthesize(self, text: str) -> np.ndarray:
        """Speak ``text`` (plain text, never markup) and return int16 mono samples."""
        ...

    def describe(self) -> dict:
        """Engine, version, voice and settings for the manifest (JSON-serializable)."""
        ...


MarkKind = Literal["word", "sentence", "clause"]


@dataclass(frozen=True)
class Mark:
    """Where the engine started a word or sentence (or ended a clause) in its own audio.

    ``char`` and ``length`` are in characters (Python string indexes) of the
    text given to the engine; ``sample`` is the index in the returned PCM. The
    transcript maps ``char`` back to the article's wording and ``sample`` onto
    the assembled track.
    """

    kind: MarkKind
    char: int
    length: int
    sample: int


Marks = tuple[Mark, ...]


def synthesize_timed(engine: Engine, text: str) -> tuple[np.ndarray, Marks]:
    """``engine.synthesize_timed(text)`` where the engine has it, else its samples and no marks."""
    timed = getattr(engine, "synthesize_timed", None)
    if timed is None:
        return engine.synthesize(text), ()
    samples, marks = timed(text)
    return samples, tuple(marks)
