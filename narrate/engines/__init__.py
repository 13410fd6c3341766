"""Speech engines behind one small interface (see :mod:`narrate.engines.base`)."""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from ..voices import VoiceProfile
from .base import Engine

__all__ = ["Engine", "load_engine"]

_LOADED: dict[tuple, Engine] = {}


def load_engine(profile: VoiceProfile) -> Engine:
    """Return the engine for ``profile``, created once per process and reused.

    eSpeak NG can be initialized only once per process and Piper loads a model
    of tens of megabytes, so engines are cached by the settings that make them.
    """
    key = (profile.engine, profile.voice, profile.model, profile.rate, profile.pitch,
           profile.volume, profile.language)
    engine = _LOADED.get(key)
    if engine is None:
        if profile.engine == "espeak":
            from .espeak import EspeakEngine

            engine = EspeakEngine(profile)
        elif profile.engine == "piper":
            from .piper import PiperEngine

            engine = PiperEngine(profile)
        else:
            raise UsageError(
                f"voice profile {profile.name}: unknown engine {profile.engine!r}; "
                "use 'espeak' or 'piper'."
            )
        _LOADED[key] = engine
    return engine


def engine_available(profile: VoiceProfile) -> tuple[bool, str]:
    """Whether ``profile``'s engine (and model) is installed, and if not, how to install it."""
    from importlib.util import find_spec

    if profile.engine == "espeak":
        if find_spec("espeakng_loader") and find_spec("pyttsx3"):
            return True, ""
        return False, "pip install espeakng-loader pyttsx3"
    if profile.engine == "piper":
        if not find_spec("piper"):
            return False, "pip install 'narrate[piper]'"
        from ..errors import EngineError
        from .piper import resolve_model

        try:
            resolve_model(profile.model, Path(profile.path).parent if profile.path else None)
        except EngineError as exc:
            return False, str(exc)
        return True, ""
    return False, f"unknown engine {profile.engine!r}"
