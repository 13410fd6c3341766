"""The small interface every speech engine implements.

An engine turns plain text into mono 16-bit PCM at its own sample rate. It
knows nothing of articles, chapters or files: the rest of narrate only ever
calls :meth:`Engine.synthesize`, so adding an engine means adding one module
here and one branch in :func:`narrate.engines.load_engine`.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

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
