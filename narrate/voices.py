"""Voice profiles: TOML files that say which engine speaks and how.

A profile lives in ``voices/NAME.toml``. ``--voice NAME`` looks for it in the
current folder's ``voices/``, then in the profiles shipped with narrate;
``--voice path/to/file.toml`` names one directly. Every key is optional except
``engine``; missing keys take the defaults below, which are the values the
shipped ``default.toml`` spells out.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .errors import UsageError

#: Profiles shipped with narrate (the repository's top-level ``voices/``).
BUNDLED_VOICES = Path(__file__).resolve().parent / "data" / "voices"


@dataclass(frozen=True)
class VoiceProfile:
    """How one voice speaks. Pauses are in milliseconds, rate in words per minute."""

    name: str = "default"
    engine: str = "espeak"
    voice: str = "en-us"  # engine voice id (eSpeak NG voice name, or Piper model)
    language: str = "en"
    rate: int = 175
    pitch: int = 50  # eSpeak NG 0-100
    volume: float = 1.0  # 0.0-1.0
    pause_sentence_ms: int = 250  # between the pieces of a split paragraph
    pause_paragraph_ms: int = 700
    pause_section_ms: int = 1400
    pause_intro_ms: int = 1000  # after the introduction chapter
    max_chars: int = 2000  # split paragraphs longer than this at sentences
    model: str | None = None  # Piper: path to .onnx, or an installed package name
    lexicons: tuple[str, ...] = field(default_factory=tuple)
    path: str | None = None  # where the profile was read from

    def settings(self) -> dict:
        """Everything that shapes the audio, for the manifest and cache keys."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "path"}


_FIELDS = {f.name: f for f in fields(VoiceProfile)}


def parse_profile(data: dict, *, name: str, path: str | None = None) -> VoiceProfile:
    """Build a profile from parsed TOML, rejecting unknown keys and wrong types."""
    unknown = sorted(set(data) - set(_FIELDS) - {"name", "path"})
    if unknown:
        raise UsageError(
            f"voice profile {path or name}: unknown key(s) {', '.join(unknown)}; "
            f"known keys are {', '.join(k for k in _FIELDS if k != 'path')}."
        )
    values: dict = {}
    for key, value in data.items():
        if key == "path":
            continue
        default = getattr(VoiceProfile(), key)
        if key == "lexicons":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise UsageError(f"voice profile {path or name}: lexicons must be a list of paths.")
            base = Path(path).parent if path else Path.cwd()
            value = tuple(str((base / v).resolve()) for v in value)
        elif isinstance(default, bool) or (
            default is not None and not isinstance(value, type(default))
            and not (isinstance(default, float) and isinstance(value, int))
        ):
            raise UsageError(
                f"voice profile {path or name}: {key} must be a {type(default).__name__}, "
                f"not {value!r}."
            )
        values[key] = value
    values.setdefault("name", name)
    profile = replace(VoiceProfile(), **values, path=path)
    if not 80 <= profile.rate <= 450:
        raise UsageError(
            f"voice profile {profile.name}: rate {profile.rate} is outside 80-450 wpm."
        )
    if not 0.0 <= profile.volume <= 1.0:
        raise UsageError(f"voice profile {profile.name}: volume must be between 0 and 1.")
    return profile


def voice_dirs() -> list[Path]:
    """Folders searched for ``NAME.toml``, most specific first."""
    return [Path.cwd() / "voices", BUNDLED_VOICES]


def load_profile(spec: str | None = None) -> VoiceProfile:
    """Load a profile by name (``default``) or by path (``my/voice.toml``)."""
    spec = spec or "default"
    candidate = Path(spec)
    if spec.endswith(".toml") or candidate.is_file():
        if not candidate.is_file():
            raise UsageError(f"voice profile {spec} does not exist; run 'narrate voices' to list.")
        return _read(candidate, candidate.stem)
    if not spec.replace("-", "").replace("_", "").isalnum():
        raise UsageError(f"voice name {spec!r} is not valid; use a name or a path to a .toml file.")
    for folder in voice_dirs():
        path = folder / f"{spec}.toml"
        if path.is_file():
            return _read(path, spec)
    if spec == "default":
        return VoiceProfile()
    raise UsageError(f"no voice profile named {spec!r}; run 'narrate voices' to list them.")


def _read(path: Path, name: str) -> VoiceProfile:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"cannot read voice profile {path}: {exc}") from None
    return parse_profile(data, name=name, path=str(path))


def list_profiles() -> list[VoiceProfile]:
    """Every profile found, a name once (the most specific folder wins)."""
    seen: dict[str, VoiceProfile] = {}
    for folder in voice_dirs():
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
            if path.stem not in seen:
                try:
                    seen[path.stem] = _read(path, path.stem)
                except UsageError:
                    continue
    return list(seen.values())


def primary_language(tag: str | None) -> str:
    """"en-GB" → "en"; empty for None."""
    return (tag or "").replace("_", "-").split("-")[0].lower()


def voice_for_language(
    profile: VoiceProfile, language: str | None, *, explicit: bool = False
) -> tuple[VoiceProfile, str | None]:
    """The profile to read an article in ``language`` with, and a note when that is news.

    A page in another language than the profile's is read with a profile for
    that language when one exists (``voices/*.toml`` with that ``language``), else
    with eSpeak NG's own voice for the language when it has one; otherwise with
    the profile as it is. The note says which language and voice were used, so
    nobody is surprised by an English voice reading German. A profile the user
    chose explicitly (``--voice``) is always kept.
    """
    lang, current = primary_language(language), primary_language(profile.language)
    if not lang or lang == current:
        return profile, None
    if explicit:
        return profile, (f"the article is in '{lang}'; narrating with voice profile "
                         f"'{profile.name}' ({current}) as asked.")
    from .engines import engine_available

    for candidate in list_profiles():
        if primary_language(candidate.language) == lang and engine_available(candidate)[0]:
            return candidate, (f"the article is in '{lang}'; narrating with voice profile "
                               f"'{candidate.name}'.")
    if profile.engine == "espeak" and _espeak_has_voice(lang):
        chosen = replace(profile, name=f"{profile.name}-{lang}", voice=lang, language=lang,
                         lexicons=())
        return chosen, (f"the article is in '{lang}' and no voice profile speaks it; narrating "
                        f"with eSpeak NG's '{lang}' voice (add voices/NAME.toml with "
                        f"language = \"{lang}\" to tune it).")
    return profile, (f"the article is in '{lang}', which no installed voice speaks; narrating "
                     f"with '{profile.name}' ({current}).")


def _espeak_has_voice(lang: str) -> bool:
    from .engines import load_engine

    engine = load_engine(VoiceProfile())
    return any(v["id"].split("/")[-1] == lang for v in engine.voices())

