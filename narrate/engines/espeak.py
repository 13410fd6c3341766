"""eSpeak NG through pyttsx3, installed with pip alone.

pyttsx3 2.99 is the portable front of the design, but its eSpeak driver has
measured defects that make it unusable as-is for files (see the project
brief): ``runAndWait()`` returns before ``save_to_file`` has written; it passes
``len(text) * 10`` as the text size (eSpeak reads past the buffer and crashes
on long texts); only the last of several queued files is written; it prints
"Audio saved to ..." on stdout; and it concatenates bytes quadratically.

So we use pyttsx3 for what it does well (loading the library, initializing
eSpeak once per process, voices and properties) and drive synthesis through
pyttsx3's own ctypes bindings (``pyttsx3.drivers._espeak``) with a correct
text size, our own callback that collects chunks in a list, and
``espeak_Synchronize()`` so we return only when every sample has arrived.
Text is passed as plain UTF-8 without the SSML flag, so markup is never
interpreted; phoneme input is on so that lexicon entries (the only source of
``[[...]]`` after normalization) are voiced exactly.

pyttsx3 looks for the library under fixed names; the ``espeakng-loader`` wheel
ships ``libespeak-ng.so`` and its data, so we preload it with ctypes (same
soname) and set ``ESPEAK_DATA_PATH`` first. Without the data path the C library
calls ``exit(1)``, which would kill the process with no message.

Timing: the same callback receives eSpeak's events with each chunk of audio.
A word event's ``text_position`` is the 1-based character index of the word
in the text we passed (characters, not bytes, for UTF-8 input) and its
``sample`` the index of its first sample in the synthesized audio; sentence
events mark sentence starts and end events clause ends. Collecting them costs
nothing: eSpeak computes them whether or not anyone reads them.
"""

from __future__ import annotations

import ctypes
import os
from importlib.metadata import PackageNotFoundError, version

import numpy as np

from ..errors import EngineError
from ..voices import VoiceProfile
from .base import ALGORITHMIC_MEDIA, Mark, Marks

_espeak = None  # pyttsx3.drivers._espeak once loaded

#: UTF-8 text, a pause at the end, and phoneme input so that ``[[...]]`` from a
#: pronunciation lexicon is voiced as phonemes. Article text can never carry
#: brackets: the normalizer turns every bracket it finds into a pause.
SYNTH_FLAGS = 0x1 | 0x1000 | 0x100  # espeakCHARS_UTF8 | espeakENDPAUSE | espeakPHONEMES


def _load_bindings():
    """Preload the bundled eSpeak NG and import pyttsx3's bindings (once)."""
    global _espeak
    if _espeak is not None:
        return _espeak
    try:
        import espeakng_loader
    except ImportError:  # pragma: no cover - a hard dependency
        raise EngineError(
            "eSpeak NG is not installed; run: pip install espeakng-loader"
        ) from None
    data = str(espeakng_loader.get_data_path())
    if not os.path.isdir(data):  # pragma: no cover
        raise EngineError(f"eSpeak NG data folder {data} is missing; reinstall espeakng-loader.")
    os.environ["ESPEAK_DATA_PATH"] = data
    try:
        ctypes.CDLL(str(espeakng_loader.get_library_path()), mode=ctypes.RTLD_LOCAL)
        import pyttsx3  # noqa: F401  (pyttsx3.init performs espeak_Initialize once)
        from pyttsx3.drivers import _espeak as bindings
    except (OSError, RuntimeError, ImportError) as exc:
        raise EngineError(f"cannot load eSpeak NG for pyttsx3: {exc}") from None
    _espeak = bindings
    return bindings


class EspeakEngine:
    """eSpeak NG voice for one profile. Create once per process (not thread-safe)."""

    name = "espeak"
    digital_source_type = ALGORITHMIC_MEDIA

    def __init__(self, profile: VoiceProfile) -> None:
        bindings = _load_bindings()
        import pyttsx3

        # pyttsx3.init() runs espeak_Initialize(AUDIO_OUTPUT_RETRIEVAL) exactly
        # once per process (its driver keeps a class-level flag) and gives us
        # validated property setters.
        self._tts = pyttsx3.init("espeak")
        self.profile = profile
        voice_ids = {v.id for v in self._tts.getProperty("voices")}
        voice = profile.voice
        if voice not in voice_ids and f"gmw/{voice}" not in voice_ids:
            matches = sorted(v for v in voice_ids if v.split("/")[-1] == voice)
            if not matches:
                raise EngineError(
                    f"eSpeak NG has no voice {voice!r}; run 'narrate voices --engine' to list them."
                )
        self._voice = voice
        self._b = bindings
        self._chunks: list[bytes] = []
        self._marks: list[Mark] = []
        self._callback = bindings.t_espeak_callback(self._on_synth)
        self.sample_rate = 22050

    def _apply_settings(self) -> None:
        """Set voice and prosody; cheap, and safe when several profiles share the process."""
        b = self._b
        if b.SetVoiceByName(self._voice.encode("utf-8")) != 0:
            raise EngineError(f"eSpeak NG could not select voice {self._voice!r}.")
        b.SetParameter(b.RATE, int(self.profile.rate), 0)
        b.SetParameter(b.PITCH, int(self.profile.pitch), 0)
        b.SetParameter(b.VOLUME, round(self.profile.volume * 100), 0)
        b.cSetSynthCallback(self._callback)

    def _on_synth(self, wav, numsamples, events) -> int:
        if events:
            i = 0
            while events[i].type != EVENT_LIST_TERMINATED:
                mark = _mark(events[i])
                if mark is not None:
                    self._marks.append(mark)
                i += 1
        if numsamples > 0:
            self._chunks.append(ctypes.string_at(wav, numsamples * 2))
        return 0

    def synthesize(self, text: str) -> np.ndarray:
        """Speak ``text`` and return int16 samples at 22,050 Hz."""
        return self.synthesize_timed(text)[0]

    def synthesize_timed(self, text: str) -> tuple[np.ndarray, Marks]:
        """Speak ``text``; return int16 samples at 22,050 Hz and eSpeak's word and sentence marks.

        The caller splits text into paragraphs of at most a few thousand
        characters; the size passed here is the true byte length plus the NUL,
        so even a very long text is safe.
        """
        b = self._b
        self._apply_settings()
        self._chunks = []
        self._marks = []
        data = text.encode("utf-8")
        status = b.cSynth(
            data, len(data) + 1, 0, b.POS_CHARACTER, 0, SYNTH_FLAGS, None, None
        )
        if status != 0:
            raise EngineError(f"eSpeak NG failed to synthesize text (status {status}).")
        if b.Synchronize() != 0:
            raise EngineError("eSpeak NG did not finish synthesizing.")
        pcm = np.frombuffer(b"".join(self._chunks), dtype=np.int16).copy()
        marks = tuple(m for m in self._marks if 0 <= m.char <= len(text) and m.sample <= len(pcm))
        self._chunks, self._marks = [], []
        return pcm, marks

    def describe(self) -> dict:
        try:
            ver = version("espeakng-loader")
        except PackageNotFoundError:  # pragma: no cover
            ver = None
        return {
            "engine": "espeak-ng",
            "frontend": f"pyttsx3 {_pkg_version('pyttsx3')}",
            "espeakng_loader": ver,
            "voice": self._voice,
            "rate_wpm": self.profile.rate,
            "pitch": self.profile.pitch,
            "volume": self.profile.volume,
            "sample_rate": self.sample_rate,
        }

    def voices(self) -> list[dict]:
        """The eSpeak NG voices available, for ``narrate voices``."""
        return [
            {"id": v.id, "name": v.name, "languages": list(v.languages or [])}
            for v in self._tts.getProperty("voices")
        ]


#: espeak_EVENT_TYPE values (speak_lib.h) and the mark each one becomes
EVENT_LIST_TERMINATED = 0
_EVENT_KINDS = {1: "word", 2: "sentence", 5: "clause"}


def _mark(event) -> Mark | None:
    """A word, sentence or clause-end event as a :class:`Mark` (0-based character index)."""
    kind = _EVENT_KINDS.get(event.type)
    if kind is None or event.text_position < 1:
        return None
    return Mark(kind, event.text_position - 1, max(0, event.length), max(0, event.sample))


def _pkg_version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:  # pragma: no cover
        return None

