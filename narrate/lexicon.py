"""Pronunciation lexicons: TOML files that say how to pronounce names the engine gets wrong.

A lexicon file holds ``[[entry]]`` tables, and optionally a ``[lexicon]`` table whose
``language`` limits the entries to voices of that language (phonemes and respellings are
language-specific; the default lexicon is ``language = "en"``)::

    [[entry]]
    match = "Kyiv"              # a word or phrase, matched as whole words
    say = "Keev"                # a respelling the engine reads as ordinary text
    case = "insensitive"        # or "sensitive" (the default is "insensitive")

    [[entry]]
    match = ["Zelensky", "Zelenskyy", "Zelenskiy"]   # several spellings, one pronunciation
    phonemes = "z@l'Enski"      # eSpeak NG phoneme mnemonics (what goes inside [[ ]])

Why both forms: a respelling works with every engine and is easy to tune by ear; phonemes are
exact but engine-specific. A phoneme entry reaches the engine as ``[[z@l'Enski]]``. Only lexicon
entries may produce ``[[ ]]``: the normalizer turns every bracket of the article text into a
pause, so an article can never inject phonemes. The engine must synthesize with eSpeak NG's
phoneme input enabled (``espeakPHONEMES``, 0x100, in ``espeak_Synth`` flags) for the brackets to be
read as phonemes; engines without phoneme input (Piper) should use :meth:`Lexicon.for_respelling`.

Matching rules, explicit because they decide whether an entry ever fires:

* whole words only: ``Kyiv`` matches "Kyiv" and "Kyiv's", never "Kyivstar";
* ``case = "insensitive"`` matches any capitalization, ``"sensitive"`` only the exact one
  (use it for words that are also common words, e.g. ``"US"`` versus ``"us"``);
* inner spaces match any run of spaces, so a phrase survives line wrapping;
* a possessive ``'s`` after a match is kept (``z@l'Enskiz`` for phonemes);
* later files win over earlier ones for the same key; among different keys the longest wins.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from .errors import UsageError

__all__ = [
    "DEFAULT_LEXICON",
    "Entry",
    "Lexicon",
    "check_lexicon",
    "espeak_phoneme_checker",
    "lexicon_check_command",
]

DEFAULT_LEXICON = Path(__file__).resolve().parent / "data" / "lexicon.toml"

#: Characters of eSpeak NG's ASCII phoneme mnemonics (phoneme names, stress and length marks).
_PHONEME_CHARS = re.compile(r"[A-Za-z0-9@:'\",.%=_!#&*^~;|/\\<>?+\- ]+")
#: Characters a respelling may use: letters, apostrophes, hyphens, spaces, light punctuation.
_RESPELL_CHARS = re.compile(r"[^\W\d_]+(?:[ '’\-.,]+[^\W\d_]*)*")

_CASES = ("insensitive", "sensitive")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: ``key`` is said as ``say`` (respelling) or ``phonemes`` (eSpeak)."""

    key: str
    say: str | None = None
    phonemes: str | None = None
    case: str = "insensitive"
    source: str = ""  # file the entry came from, for messages
    language: str | None = None  # from the file's [lexicon] language; None: any language

    @property
    def output(self) -> str:
        """What the engine receives for this entry."""
        if self.phonemes is not None:
            return f"[[{self.phonemes}]]"
        return self.say or ""

    def pattern(self) -> str:
        words = [re.escape(w) for w in self.key.split()]
        body = r"\s{1,20}".join(words)
        return body if self.case == "sensitive" else f"(?i:{body})"


@dataclass
class Lexicon:
    """A set of entries with one compiled matcher; build it with :meth:`load` or :meth:`default`."""

    #: (key, case rule, language) -> entry; a later entry with the same identity replaces it.
    entries: dict[tuple[str, str, str | None], Entry] = field(default_factory=dict)
    _pattern: str | None = field(default=None, repr=False)
    _regex: re.Pattern[str] | None = field(default=None, repr=False)
    _by_language: dict[str, Lexicon] = field(default_factory=dict, repr=False)
    _index: dict[tuple[str, str], Entry] = field(default_factory=dict, repr=False)

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def load(cls, paths: Iterable[Path | str], include_default: bool = False) -> Lexicon:
        """Read lexicon files in order; for the same key (and case rule), later files win."""
        lex = cls()
        if include_default:
            lex.extend(parse_lexicon_file(DEFAULT_LEXICON))
        for p in paths:
            lex.extend(parse_lexicon_file(Path(p)))
        return lex

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon shipped with narrate (news names: Kyiv, Zelensky, Kharkiv...)."""
        return cls.load([DEFAULT_LEXICON])

    @classmethod
    def from_entries(cls, entries: Iterable[Entry]) -> Lexicon:
        lex = cls()
        lex.extend(entries)
        return lex

    def extend(self, entries: Iterable[Entry]) -> None:
        for e in entries:
            k = e.key if e.case == "sensitive" else e.key.casefold()
            ident = (" ".join(k.split()), e.case, e.language)
            self.entries.pop(ident, None)  # re-insert so the order says which came last
            self.entries[ident] = e
        self._pattern = None
        self._regex = None
        self._by_language = {}
        self._index = {}

    def for_language(self, lang: str) -> Lexicon:
        """Entries for one language ("en-GB" takes "en" entries, and entries with no language).

        Phoneme mnemonics belong to one eSpeak NG language, and respellings to one language's
        spelling rules, so an English lexicon must not reach a German voice.
        """
        primary = (lang or "en").lower().replace("_", "-").split("-")[0]
        key = primary
        cached = self._by_language.get(key)
        if cached is None:
            keep = [e for e in self.entries.values()
                    if e.language is None or e.language.lower().split("-")[0] == primary]
            cached = self if len(keep) == len(self.entries) else Lexicon.from_entries(keep)
            self._by_language[key] = cached
        return cached

    def for_respelling(self) -> Lexicon:
        """Only the respelling entries, for engines that cannot take eSpeak phonemes."""
        return Lexicon.from_entries(e for e in self.entries.values() if e.phonemes is None)

    def __len__(self) -> int:
        return len(self.entries)

    # -- matching ---------------------------------------------------------------------------

    def pattern(self) -> str | None:
        """One regular expression matching every key as a whole word (longest key first)."""
        if self._pattern is None and self.entries:
            ordered = sorted(self.entries.values(), key=lambda e: (-len(e.key), e.key))
            alts = "|".join(e.pattern() for e in ordered if e.key.strip())
            if alts:
                # A first-character check lets most positions fail before trying every key.
                first = set()
                for e in ordered:
                    c = e.key[:1]
                    first |= {c} if e.case == "sensitive" else {c, c.lower(), c.upper()}
                cls = "".join(re.escape(c) for c in sorted(first) if c)
                self._pattern = rf"(?<![\w])(?=[{cls}])(?:{alts})(?:['’]s)?(?![\w])"
        return self._pattern

    def regex(self) -> re.Pattern[str] | None:
        """The compiled :meth:`pattern` (None for an empty lexicon)."""
        pat = self.pattern()
        if pat is None:
            return None
        if self._regex is None:
            self._regex = re.compile(pat)
        return self._regex

    def lookup(self, matched: str) -> Entry | None:
        """The entry for a matched text (a sensitive entry beats an insensitive one)."""
        key = " ".join(matched.split())
        if not self._index:
            for (k, case, _lang), e in self.entries.items():
                self._index[(k, case)] = e  # later files win across languages too
        return self._index.get((key, "sensitive")) or self._index.get(
            (key.casefold(), "insensitive")
        )

    def replacement(self, matched: str) -> str:
        """What to say for text the :meth:`pattern` matched (possessive kept)."""
        possessive = ""
        if matched[-2:] in ("'s", "’s") and self.lookup(matched) is None:
            possessive, matched = "'s", matched[:-2]
        entry = self.lookup(matched)
        if entry is None:  # cannot happen for text from pattern(); stay safe
            return matched + possessive
        if entry.phonemes is not None:
            return f"[[{entry.phonemes}{'z' if possessive else ''}]]"
        return (entry.say or "") + possessive

    def apply(self, text: str) -> str:
        """Replace every whole-word match in ``text`` (and nothing else)."""
        regex = self.regex()
        if regex is None:
            return text
        return regex.sub(lambda m: self.replacement(m.group(0)), text)


# ---------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------


def parse_lexicon_file(path: Path) -> list[Entry]:
    """Read one TOML lexicon file into entries, with one-line errors that say how to fix it."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"lexicon {path}: file not found; check the path.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"lexicon {path}: cannot read it ({exc}).") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"lexicon {path}: not valid TOML ({exc}).") from None
    raw = data.get("entry", [])
    meta = data.get("lexicon", {})
    language = meta.get("language") if isinstance(meta, dict) else None
    if language is not None and not isinstance(language, str):
        raise UsageError(f"lexicon {path}: [lexicon] language must be a string such as \"en\".")
    unknown_top = sorted(set(data) - {"entry", "lexicon"})
    if unknown_top:
        raise UsageError(
            f"lexicon {path}: unknown table(s) {', '.join(unknown_top)}; use [[entry]] tables."
        )
    if not isinstance(raw, list):
        raise UsageError(f"lexicon {path}: 'entry' must be [[entry]] tables.")
    entries: list[Entry] = []
    for i, item in enumerate(raw, 1):
        where = f"lexicon {path}, entry {i}"
        if not isinstance(item, dict):
            raise UsageError(f"{where}: must be a table with match and say or phonemes.")
        unknown = sorted(set(item) - {"match", "say", "phonemes", "case", "note"})
        if unknown:
            raise UsageError(f"{where}: unknown key(s) {', '.join(unknown)}; "
                             "known keys are match, say, phonemes, case, note.")
        keys = item.get("match")
        if isinstance(keys, str):
            keys = [keys]
        if not keys or not all(isinstance(k, str) and k.strip() for k in keys):
            raise UsageError(f"{where}: 'match' must be a word or a list of words.")
        say, phonemes = item.get("say"), item.get("phonemes")
        if (say is None) == (phonemes is None):
            raise UsageError(f"{where}: give exactly one of 'say' or 'phonemes'.")
        for name, value in (("say", say), ("phonemes", phonemes)):
            if value is not None and not isinstance(value, str):
                raise UsageError(f"{where}: '{name}' must be a string.")
        case = item.get("case", "insensitive")
        if case not in _CASES:
            raise UsageError(f"{where}: case must be \"insensitive\" or \"sensitive\", "
                             f"not {case!r}.")
        for k in keys:
            entries.append(Entry(key=" ".join(k.split()), say=say, phonemes=phonemes, case=case,
                                 source=str(path), language=language))
    return entries


# ---------------------------------------------------------------------------------------------
# Checking
# ---------------------------------------------------------------------------------------------

#: Given a phoneme string, return a problem description, or None if the engine can voice it.
PhonemeChecker = Callable[[str], "str | None"]


def _static_phoneme_problem(ph: str) -> str | None:
    if not ph.strip():
        return "empty phonemes"
    if "[[" in ph or "]]" in ph or "[" in ph or "]" in ph:
        return "phonemes must not contain square brackets"
    if not _PHONEME_CHARS.fullmatch(ph):
        bad = sorted({c for c in ph if not _PHONEME_CHARS.fullmatch(c)})
        return f"characters eSpeak phoneme input does not use: {' '.join(bad)}"
    return None


def check_lexicon(
    path: Path | str,
    phoneme_checker: PhonemeChecker | None = None,
    lang: str = "en",
) -> list[str]:
    """Problems of a lexicon file, one line each (empty list: the file is fine).

    Reports entries that never match (another entry shadows them, or the matcher cannot find
    their key in the key itself, e.g. a key starting or ending with punctuation), respellings
    the engine would not read as words, and phoneme strings the engine cannot voice. The
    engine check is injectable (``phoneme_checker``) so tests stay fast; the default is a static
    check of eSpeak's phoneme alphabet, and :func:`espeak_phoneme_checker` asks eSpeak NG itself.
    """
    from .normalize import normalize

    try:
        entries = parse_lexicon_file(Path(path))
    except UsageError as exc:
        return [str(exc)]
    problems: list[str] = []
    lex = Lexicon.from_entries(entries)
    regex = re.compile(lex.pattern() or r"(?!x)x")
    last: dict[tuple[str, str], int] = {}
    for i, e in enumerate(entries, 1):
        last[(e.key if e.case == "sensitive" else e.key.casefold(), e.case)] = i
    for i, e in enumerate(entries, 1):
        label = f"entry {i} ({e.key!r})"
        ident = (e.key if e.case == "sensitive" else e.key.casefold(), e.case)
        if last[ident] != i:
            problems.append(f"{label}: never matches; entry {last[ident]} has the same key and "
                            "wins.")
            continue
        # Does the whole-word matcher find the key, as a whole, in running text?
        sample = f"Then {e.key} said."
        m = regex.search(sample)
        if m is None or lex.lookup(m.group(0)) is not e:
            problems.append(f"{label}: never matches (the whole-word matcher cannot find it in "
                            f"{sample!r}; check punctuation at its edges and the case rule).")
        if e.case == "sensitive" and e.key.islower() and e.key.isalpha():
            problems.append(f"{label}: case = \"sensitive\" with a lowercase key never matches "
                            "the capitalized word at a sentence start; use \"insensitive\"?")
        if e.phonemes is not None:
            issue = _static_phoneme_problem(e.phonemes)
            if issue is None and phoneme_checker is not None:
                issue = phoneme_checker(e.phonemes)
            if issue:
                problems.append(f"{label}: the engine cannot voice phonemes {e.phonemes!r}: "
                                f"{issue}.")
        elif e.say is not None:
            if not _RESPELL_CHARS.fullmatch(e.say.strip()):
                problems.append(f"{label}: respelling {e.say!r} should be letters, spaces, "
                                "hyphens and apostrophes only (the engine would read symbols).")
            elif normalize(e.say, lang) != e.say.strip():
                problems.append(f"{label}: respelling {e.say!r} would be changed by "
                                f"normalization to {normalize(e.say, lang)!r}.")
    return problems


def espeak_phoneme_checker(voice: str = "en-us") -> PhonemeChecker:
    """A checker that asks eSpeak NG (from the espeakng-loader wheel) to read the phonemes.

    eSpeak NG parses ``[[...]]`` (with phoneme input on) and drops mnemonics it does not know, so
    a phoneme string whose round trip loses characters (or comes back empty) cannot be voiced as
    written. It initializes eSpeak NG in this process, so use it from ``narrate lexicon check``,
    not next to a running engine. Raises ImportError/OSError when eSpeak NG cannot be loaded;
    callers treat that as "engine check unavailable".
    """
    import ctypes
    import os

    import espeakng_loader

    # RTLD_LOCAL: Piper carries its own eSpeak NG; a global load would capture its symbols.
    lib = ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_LOCAL)
    os.environ.setdefault("ESPEAK_DATA_PATH", espeakng_loader.get_data_path())
    if lib.espeak_Initialize(2, 0, None, 0) <= 0:  # AUDIO_OUTPUT_SYNCHRONOUS
        raise OSError("espeak_Initialize failed")
    lib.espeak_SetVoiceByName(voice.encode())
    callback_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int,
                                     ctypes.c_void_p)
    keep = callback_type(lambda wav, n, events: 0)
    lib.espeak_SetSynthCallback(keep)
    lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                 ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
    # Phoneme input is a global eSpeak option set by the espeakPHONEMES synth flag (0x100):
    # one empty synthesis with it on makes espeak_TextToPhonemes parse [[...]] as the engine will.
    lib.espeak_Synth(b"\0", 1, 0, 1, 0, 0x1 | 0x100, None, None)
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
                                          ctypes.c_int]

    def check(ph: str) -> str | None:
        _ = keep  # the callback must outlive every synthesis
        buf = ctypes.c_char_p(f"[[{ph}]]".encode())
        raw = lib.espeak_TextToPhonemes(ctypes.byref(buf), 1, 0) or b""
        got = raw.decode("utf-8", "replace")
        if not got.strip():
            return "eSpeak NG reads nothing from them"
        if len(got.replace(" ", "")) < len(ph.replace(" ", "")):
            return f"eSpeak NG only understands {got.strip()!r}"
        return None

    return check


def lexicon_check_command(path: str, use_engine: bool = True, lang: str = "en") -> tuple[str, int]:
    """Body of ``narrate lexicon check FILE``: (report text, exit code 0 ok / 1 problems)."""
    checker = None
    note = ""
    if use_engine:
        try:
            checker = espeak_phoneme_checker()
        except Exception as exc:  # engine check is a bonus, the static check still runs
            note = f"(engine check skipped: {exc})\n"
    problems = check_lexicon(path, checker, lang)
    if not problems:
        n = len(parse_lexicon_file(Path(path)))
        return note + f"{path}: {n} entries, no problems.", 0
    return note + "\n".join(f"{path}: {p}" for p in problems), 1
