"""Speech-ready text: the stage between the narration script and the TTS engine.

eSpeak NG reads raw news text badly ("Oct. 23" as "oct twenty three", "$4.5 billion" as "dollar
four point five billion", "HUR" as a word). This module rewrites text so that the engine only has
to pronounce words: numbers, dates, times, money, units, abbreviations and acronyms become words.

Design, and why:

* **One pass, one regular expression.** All rules are alternatives of a single compiled pattern
  scanned left to right with ``finditer``; every quantifier that can fail repeatedly is bounded,
  so the work is linear in the input (a property test checks the output stays proportional).
  The alternation is matched through a first-character dispatch (:mod:`narrate.speech.dispatch`):
  at each position only the rules that can start with the character there are tried, in their
  order, which finds the same match as the whole pattern at a fraction of the cost.
* **A map back to the input.** Each rule emits a *piece* (output text, input start, input end),
  so :func:`normalize_with_map` can say which input span every output span came from: the WebVTT
  transcript keeps the original words while the engine speaks the normalized ones.
* **Neutralization for every language.** Text that would change the engine's behaviour (SSML-like
  tags, eSpeak ``[[phoneme]]`` brackets, control, zero-width and bidi characters, emoji) is dropped
  or replaced by a pause, never passed on. Only a pronunciation lexicon entry may put ``[[...]]``
  phonemes into the output (see :mod:`narrate.lexicon`).
* **English is thorough; other languages pass through** to eSpeak NG's own rules after
  neutralization, because eSpeak already knows their number and date grammar.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from .mojibake import repair_with_origin

# Tables and helpers kept importable from here, where they lived before the split.
from .speech.abbreviations import (  # noqa: F401  (re-exported)  # noqa: E402, F401
    _AP_STATES,
    _AP_STATES_UPPER,
    _DATELINE,
    _DOTTED_STATES,
    _LETTER_NOUNS,
    _NAME_PLURALS,
    _STARTERS,
    ALWAYS_SPELLED,
    BARE_ABBREVIATIONS,
    DOTTED,
    MIXED_ACRONYM,
    NO_COMPOUND,
    NUMBERED_ABBREVIATIONS,
    SAY_AS_WORD,
    SUFFIXES,
    TITLES,
    TITLES_INFIX,
    US_STATES,
    ZIP_RE,
    AbbreviationsRules,
    _emphasis_word,
    _zipf,
    _zipf_down_to_3,
    in_compound,
    letter_before_word,
    spell,
)
from .speech.brackets import join_word_brackets
from .speech.code import (
    ANGLE_DOT_RE,
    ARCH_RE,
    BIT_COUNT_RE,
    C_CPP_RE,
    CODE_OPERATOR_RE,
    CODE_TOKEN_RE,
    DATE_FORMAT_RE,
    ESCAPE_RE,
    HEX_HASH_RE,
    HEX_LITERAL_RE,
    JQUERY_DOLLAR_RE,
    NUMBERED_PROMPT_RE,
    PER_SECOND_RE,
    PORT_PROTO_RE,
    PROMPT_RE,
    REDIRECT_RE,
    SHEBANG_RE,
    TEX_LETTER_RE,
    TWENTY_TWENTY_RE,
    VERSION_PAIR_RE,
    CodeRules,
    CodeSymbolRules,
    CodeTokenRules,
    VersionPairRules,
)
from .speech.dates import (
    _AMPM,
    _MONTH_ALT,
    _MONTH_ANY,
    _TIME_WORDS,
    _WEEKDAY_ALT,
    _WEEKDAY_NAMES,
    MONTHS,
    WEEKDAYS,
    DatesRules,
)
from .speech.decimalcomma import swap_decimal_commas
from .speech.dispatch import Dispatcher, dispatcher
from .speech.money import (  # noqa: F401  (re-exported)  # noqa: E402, F401
    _CODE_RE,
    _SCALE_RE,
    _SCALES,
    _SYM_RE,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORD_RE,
    MINOR_GLUED_RE,
    MONEY_SCALE_SIGN_RE,
    MinorMoneyRules,
    MoneyRules,
)
from .speech.numbers import (
    _MAKERS,
    _NUMBERED_NOUNS,
    _ROMAN_MULTI,
    COUNT_SCALE_RE,
    REGNAL,  # noqa: F401
    ROMAN_TAIL,
    NumbersRules,
)
from .speech.spaces import fold_number_spaces
from .speech.spoken import (  # noqa: F401
    _NUM,
    cardinal,
    decimal,
    digits,
    ordinal,
    year,
)
from .speech.symbols import (
    _ANY_CC_HOST,
    _CC_TLD,
    _EXT_RE,
    _NEUTRAL_CATS,
    _PAUSE_CHARS,
    _PER_RE,
    _QUOTE_CHARS,
    _SAFE_PUNCT,
    _SUFFIXES,
    _TLD,
    CAPS_TLD,
    NOT_NUMBERED_CAPS,
    ROSTER_MARK,
    SHORT_LINK_RE,
    SIGN_CHARS,
    SYMBOL_WORDS,
    SymbolsRules,
    _is_emoji,
    article_vocabulary,
)
from .speech.units import (
    _UNIT_EXP,
    _UNIT_RE,
    BITS_CONTEXT,
    HYPHEN_TIME_RE,
    PER_ANNUM_RE,
    SLASH_UNIT_RE,
    UNIT_ALT_RE,
    UNIT_GLOSS_RE,
    UNIT_HEAD_RE,
    UNITS,
    BloodPressureRules,
    OverPeriodRules,
    UnitsRules,
)

if TYPE_CHECKING:  # pragma: no cover
    from .lexicon import Lexicon

__all__ = [
    "MapSpan",
    "Normalized",
    "article_vocabulary",
    "normalize",
    "normalize_command",
    "normalize_with_map",
]

# ---------------------------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapSpan:
    """Output characters ``[out_start, out_end)`` were spoken for input ``[in_start, in_end)``."""

    out_start: int
    out_end: int
    in_start: int
    in_end: int


@dataclass(frozen=True)
class Normalized:
    """Speech-ready text and the map from its spans back to the original text."""

    text: str
    spans: tuple[MapSpan, ...]

    def as_tuples(self) -> list[tuple[int, int, int, int]]:
        """The map as (out_start, out_end, in_start, in_end) tuples."""
        return [(s.out_start, s.out_end, s.in_start, s.in_end) for s in self.spans]

    def source_of(self, out_start: int, out_end: int) -> tuple[int, int] | None:
        """Smallest input span covering the output range, or None if nothing overlaps."""
        hits = [s for s in self.spans if s.out_start < out_end and s.out_end > out_start]
        if not hits:
            return None
        return min(s.in_start for s in hits), max(s.in_end for s in hits)


def _math_letter_table() -> dict[int, str]:
    """Code point -> ASCII letter or digit for the mathematical letters ("ℂ", "ℝ", bold "𝐱").

    eSpeak has no name for these and reads their code point ("letter two one zero two"); the
    letter they are drawn from is what a reader says ("C n" for "ℂn"). Only characters whose
    NFKC form is one ASCII letter or digit are folded, one character for one, so every position
    of the text keeps its meaning. The script small l "ℓ" stays: it is also a litre sign.
    """
    table: dict[int, str] = {}
    for code in [*range(0x2100, 0x2150), *range(0x1D400, 0x1D800)]:
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch)
        if (ch != "ℓ" and len(folded) == 1 and folded.isascii() and folded.isalnum()
                and unicodedata.category(ch)[0] in "LN"):
            table[code] = folded
    return table


_MATH_LETTERS = _math_letter_table()
_MATH_LETTER_RE = re.compile("[" + "".join(chr(c) for c in _MATH_LETTERS) + "]")
#: The two blocks the table is drawn from. Searching a text for one of 733 scattered code
#: points tests each character against them one by one (7 % of the normalizer's time on
#: plain prose); two ranges are tested at once, and most texts hold neither.
_MATH_BLOCKS_RE = re.compile("[\u2100-\u214f\U0001d400-\U0001d7ff]")


def fold_math_letters(text: str) -> str:
    """``text`` with its mathematical letters folded to ASCII, same length (see the table)."""
    if not _MATH_BLOCKS_RE.search(text) or not _MATH_LETTER_RE.search(text):
        return text
    return text.translate(_MATH_LETTERS)


def _prose_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is running prose, not a title-case heading: a third at
    least of its words of four letters or more are in lower case, two at least ("Officers
    questioned Martin A Hollis at his home" is; "Farmer Finds A Fortune In His Barn" is not).
    In prose a capital "A" before a capitalized word inside a sentence is a person's initial;
    in a heading it is the article."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = _LONG_WORD.findall(text, start, end if end >= 0 else len(text))
    lower = sum(1 for w in words if w[0].islower())
    return lower >= 2 and lower * 3 >= len(words)


_LONG_WORD = re.compile(r"[A-Za-z]{4,}")


def normalize(text: str, lang: str = "en", lexicon: Lexicon | None = None) -> str:
    """Return speech-ready text for the engine (see the module docstring for the rules)."""
    return normalize_with_map(text, lang, lexicon).text


def normalize_with_map(
    text: str, lang: str = "en", lexicon: Lexicon | None = None, *,
    vocabulary: frozenset[str] | None = None,
) -> Normalized:
    """Normalize ``text`` and keep, for every output span, the input span it came from.

    The spans are in input order and together cover the whole input (pieces that were dropped,
    such as markup or emoji, map to an empty output span), which is how the "nothing is lost"
    invariant is checked. ``vocabulary``, when given, is :func:`article_vocabulary` of the whole
    article ``text`` belongs to: the words it writes in lower case, which tell an ordinary
    word capitalized in a heading from a name ("Pan/Tilt" is "pan or tilt").
    """
    if not isinstance(text, str):
        text = str(text)
    if lexicon is not None:
        lexicon = lexicon.for_language(lang or "en")
    text = fold_math_letters(text)
    repaired = repair_with_origin(text)
    joined = join_word_brackets(repaired[0] if repaired else text)
    if joined is not None:  # "judge[s]", "[I]f": the word the editor made, read whole
        origin = joined[1] if repaired is None else [repaired[1][i] for i in joined[1]]
        repaired = joined[0], origin
    folded = fold_number_spaces(repaired[0] if repaired else text)
    if folded is not None:  # "$1.5  billion", "10 \xa0km": one space between a number and its unit
        origin = folded[1] if repaired is None else [repaired[1][i] for i in folded[1]]
        repaired = folded[0], origin
    if repaired is None:
        return _Normalizer(text, lang or "en", lexicon, vocabulary).run()
    # read the repaired text, then point every span back at the original characters
    fixed, origin = repaired
    out = _Normalizer(fixed, lang or "en", lexicon, vocabulary).run()
    return Normalized(out.text, tuple(MapSpan(sp.out_start, sp.out_end, origin[sp.in_start],
                                              origin[sp.in_end]) for sp in out.spans))




def normalize_command(text: str, lang: str = "en", lexicon_paths: list | None = None) -> str:
    """Body of ``narrate normalize 'TEXT' --lang en [--lexicon FILE]...``: the text to print.

    The default lexicon comes first, then the given files in order (later files win).
    """
    from .lexicon import Lexicon  # local: lexicon imports normalize for its checks

    lexicon = Lexicon.load(list(lexicon_paths or []), include_default=True)
    return normalize(text, lang, lexicon)


# ---------------------------------------------------------------------------------------------
# Number helpers (num2words does the words; we only shape them for speech)
# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# The pattern
# ---------------------------------------------------------------------------------------------


# an ending split from its word by a stray space ("CNN 's"): see _Normalizer._opens_word
_CLITIC = re.compile(r"(?:s|t|ll|re|ve|d|m)(?![\w'’])", re.IGNORECASE)
# "E-E-A-T": single letters joined by hyphens, one of them an A (see _Normalizer._letter_a)
_LETTER_RUN = re.compile(r"(?<![\w-])(?=[A-Z-]*A)[A-Z](?:-[A-Z]){2,}(?![\w-])")
# the A ending a spelled run ("Y A", "A-K A", "F A- A") before a word, not after a lone "I";
# or a letter A hyphened to a word ("USB Type-A port", "Grade-A beef")
_FINAL_A = re.compile(r"(?:(?<=(?<!\w)[A-HJ-Z] )|(?<=(?<!\w)A- )|(?<=[A-Za-z]-))A(?= +\w)")
# the letter A after a noun that names letters ("Type A personality", "vitamin A levels",
# "a Series A round"), before a word in lower case: not a title's article ("Plan A Trip")
_NOUN_LETTER_A = re.compile(r"\b(?i:" + "|".join(sorted(_LETTER_NOUNS, key=len, reverse=True))
                            + r")[ \t]A(?=[ \t]+[a-z])")
# a middle initial without its period between two capitalized names ("Martin A Hollis"): in a
# prose line a capital A inside a sentence before a capitalized word is a letter, not the
# article (see _Normalizer._letter_a for the check that the line is prose, not a title); not
# after a title's preposition or verb ("Finding A Voice", "Life In A Day", "Win A Car")
_MIDDLE_A = re.compile(r"(?<![\w.'’-])(?!(?:In|On|At|For|Of|With|From|To|Into|Like|As|Is|Was|Be"
                       r"|Not|And|Or|But|Than|Make|Take|Get|Have|Give|Find|Win|Buy)[ \t])"
                       r"(?![A-Z][a-z]{1,17}ing[ \t])[A-Z][a-z]{1,20}[ \t]A"
                       r"(?=[ \t][A-Z][a-z]{1,20}\b(?![.'’-]\w))")
_DEG_NEXT = r"(?=(?:[ \t]?[–—][ \t]?|-)\d[\d.,]{0,12}°"
_DEG_BOTH = r"(?:°C" + _DEG_NEXT + r"C)|°F" + _DEG_NEXT + r"F)|°" + _DEG_NEXT + r"(?![CF])))"
_MONTH_AFTER = re.compile(_MONTH_ALT + r"\b")
# a unit of time as a word ("Month", "weeks")
_TIME_UNIT = r"(?:[Ss]econd|[Mm]inute|[Hh]our|[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear)s?"
# a number after a space ("Model O- 58g"): a pause between a name and a measure
_NUMBER_AFTER_SPACE = re.compile(r"[ \t]+\d")
# a number opening the text after an abbreviation's period ("113.40", "-1.62", "$5")
_NUMBER_HEAD = re.compile(r"[-−+$€£¥]?\d")
#: Posts named after a company ("Acme Inc. Chairman Ann Lee"): the suffix's period is no stop.
_COMPANY_POSTS = frozenset("""
Chairman Chairwoman Chair Chief President Founder founder Cofounder Co-founder co-founder
spokesman spokeswoman spokesperson Spokesman Spokeswoman Spokesperson Vice Executive Director
Senior analyst Analyst Treasurer Secretary Managing Deputy
""".split())
#: A word after a plural that keeps a name going ("Customs and Border", "Courts of Appeals").
_NAME_LINKS = frozenset({"and", "of", "for", "&"})
_NEXT_WORD = re.compile(r"[ \t]+([a-z&]+)\b")


def _plural_subject(word: str, after: str) -> bool:
    """Is a capitalized plural after "U.S." the subject of a new sentence ("sold in the U.S.
    Patients with diabetes pay", "across the U.S. Researchers found")? Such an ordinary
    plural noun, followed by a lower-case word, starts a sentence; a name's plural
    (_NAME_PLURALS) or a plural linked on by "and", "of" or "for" keeps the name going. A
    hand list of subjects ("Officials", "Critics") caught only the nouns it named."""
    if not (word.istitle() and len(word) >= 4 and word.endswith("s")) or word in _NAME_PLURALS:
        return False
    low = word.lower()
    if low.endswith(("ss", "us", "is", "ics")) or _zipf_down_to_3(low) < 3.0:
        return False
    stems = (low[:-1], low[:-2], low[:-3] + "y") if low.endswith("ies") else (low[:-1], low[:-2])
    if not any(_zipf_down_to_3(stem) for stem in stems if len(stem) >= 3):
        return False
    nxt = _NEXT_WORD.match(after)
    return nxt is not None and nxt.group(1) not in _NAME_LINKS


#: Words a gerund opening a sentence takes its object or particle with ("Growing new cells",
#: "Reading the files", "Getting there"): after a surname or a name's noun ("J.R. Manning
#: said", "U.S. Fencing officials") come a verb or a noun instead.
_GERUND_OBJECT = frozenset("""
a an the this that these those his her its their our your my some any many much more less
fewer new no every each all such it them him us me you what how up out down back off on over
into through with without from about for to at by there here
""".split())
#: Prepositions and adverbs that open sentences and never go on a name ("in the U.S. Across
#: the border", "H.M. Perhaps the").
_OPENING_PARTICLES = frozenset("""
Across Through Throughout Against Between Beyond Within Unlike Upon Amid Along Toward Towards
Perhaps Sometimes Often Again Already Soon Besides Nonetheless
""".split())
_NEXT_TOKEN = re.compile(r"[ \t]*(,|[a-z]+\b)")


def _ing_stem_word(low: str) -> bool:
    """Is the lower-case -ing form ``low`` a common verb's ("growing": "grow", "making":
    "make", "getting": "get")? A surname shaped so ("Manning", "Browning", "Fielding") is
    rare as a word (under Zipf 4), and "King" or "Sterling" have no verb before "-ing"."""
    if len(low) < 6 or not low.endswith("ing") or not _zipf(low):
        return False
    stem = low[:-3]
    stems = [stem, stem + "e"]
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        stems.append(stem[:-1])
    return any(len(s) >= 3 and _zipf(s) for s in stems)


def _ly_adverb(low: str) -> bool:
    """Is ``low`` a common adverb made of an adjective or a noun with "-ly" ("sadly",
    "unfortunately", "interestingly"), not a name ending so ("Kelly", "Emily", "Holly")?"""
    if len(low) < 5 or not low.endswith("ly") or not _zipf(low):
        return False
    stems = [low[:-2]] + ([low[:-3] + "y"] if low.endswith("ily") else [])
    return any(len(s) >= 3 and _zipf(s) for s in stems)


#: Dotted initials of a country, a union or a city ("U.S.", "U.K.", "D.C."), as against a
#: person's ("J.J.", "H.W."): only after a place is a capitalized plural a new subject, since a
#: person's initials go on with a surname that may be a plural word ("J.J. Watts makes").
_PLACE_INITIALS = re.compile(r"(?<![A-Za-z.])(?:U\.S\.(?:A\.)?|U\.K\.|U\.N\.|E\.U\.|D\.C\.|L\.A\."
                             r"|N\.Y\.|N\.J\.|N\.Z\.|S\.F\.|U\.A\.E\.|P\.R\.C\.|U\.S\.S\.R\.)\Z")


def _dotted_opener(word: str, after: str, place: bool = True) -> bool:
    """Does a capitalized ``word`` after dotted initials ("U.S.", "H.M.") open a new
    sentence, ``after`` being the text after it? A plural subject does (see _plural_subject);
    so does a gerund with its object ("patients like H.M. Growing new cells is"), a
    sentence adverb ("the U.S. Sadly, the"), or a preposition or adverb that never goes on a
    name ("the U.S. Across the"). A name after initials ("J.K. Rowling said", "H.W. Bush",
    "U.S. Steel", "P.J. Manning said", "U.S. Fencing officials") goes on instead. The plural
    counts only after a ``place``'s initials (see _PLACE_INITIALS)."""
    if place and _plural_subject(word, after):
        return True
    if not word.istitle():
        return False
    nxt = _NEXT_TOKEN.match(after)
    if not nxt:
        return False
    token = nxt.group(1)
    low = word.lower()
    if word in _OPENING_PARTICLES:
        return True
    if token != "," and token in _GERUND_OBJECT and _ing_stem_word(low):
        return True
    return _ly_adverb(low)


#: A bracket after a company's suffix holding a whole sentence ("Acme Inc. (The firm said.)").
_BRACKET_SENTENCE = re.compile(r"\([^()\n]{0,300}[.!?][\"”’]?\)")
#: A congressional party-state label in brackets ("(R-Wis.)", "(D-N.Y.)"): its dotted state's
#: period ends the label, never a sentence, so it is no bracketed sentence after a name's suffix
_PARTY_LABEL = re.compile(r"\([DRI]-[A-Z][A-Za-z]{0,5}(?:\.[A-Z][a-z]?)?\.?\)")
# words of two letters or more, for the share of capitals on a line (_Normalizer._scan_lines);
# not the letters of a code with digits ("5MP", "SC5BL", "4K"), which are no words: a product
# heading full of codes ("SCI 5MP Bullet Camera SC5BL") is title case, not a shouted line
#: A dotted imperial unit after its number ("34 oz", "5 lb", "2 fl. oz"), ending where its
#: period is, and a capitalized word after that period (see _heading_unit_stop).
#: Swear words as written with letters starred out: "f*ck", "sh*t", "b*tch", "a**hole",
#: "f**k", "sh**" is left to the "censored" rule. Each word's inner letters (not the first)
#: may be one to three stars.
_SWEARS = ("fuck", "shit", "bitch", "cunt", "dick", "cock", "piss", "crap", "damn", "hell",
           "asshole", "arse", "ass", "bastard", "bullshit", "motherfuck", "slut", "whore", "twat",
           "prick", "wank", "fag", "goddamn", "dammit")


def _one_star_forms(words: tuple[str, ...]) -> str:
    """The alternation of every starred form of ``words`` with stars for a run of inner letters
    (first and last letters kept), in lower case, capitalized or in capitals: "f*ck", "F*ck",
    "F*CK", "sh*t", "a**hole"; longest first."""
    forms: set[str] = set()
    for w in {v for word in words for v in (word, word.capitalize(), word.upper())}:
        for i in range(1, len(w) - 1):
            for j in range(i + 1, min(len(w), i + 4)):
                forms.add(re.escape(w[:i]) + r"\*{" + str(j - i) + "}" + re.escape(w[j:]))
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


_ONE_STAR_SWEARS = _one_star_forms(_SWEARS)

#: Tails after the dashes that are English words of their own ("b--it depends", "s--at
#: home"): there the double dash is a dash, so they are no censored ending.
_DASH_WORD_TAILS = frozenset({"it", "hit", "at", "e", "s", "se", "ore", "le"})


def _dash_forms(words: tuple[str, ...]) -> str:
    """The alternation of every dashed-out form of ``words``: one or two first letters, then
    the dashes, then what is left of the word ("f--k", "s--t", "d--n", "a--hole"); a lone
    first letter may end the word ("f---"). Only these shapes: a letter or word before "--"
    and another word ("b--with", "yes--but") is a dash, a pause, not a censored word."""
    tails: dict[str, set[str]] = {}
    for w in words:
        for i in (1, 2):
            if i >= len(w) - 1:
                continue
            for j in range(i + 1, len(w) + 1):
                tail = w[j:]
                if (j == len(w) and i > 1) or tail in _DASH_WORD_TAILS:
                    continue
                for head in {w[:i], w[:i].capitalize()}:
                    tails.setdefault(head, set()).add(tail)
    alts = []
    for head in sorted(tails, key=len, reverse=True):
        ends = "|".join(re.escape(t) for t in sorted(tails[head], key=len, reverse=True))
        alts.append(re.escape(head) + "-{2,5}(?:" + ends + ")")
    return "(?:" + "|".join(alts) + ")"


_DASHED_SWEARS = _dash_forms(_SWEARS)

_DOTTED_UNIT_BEFORE = re.compile(r"\d[ \t]?(?:fl\.?[ \t]?oz|oz|lbs?|ft|yds?|qt|pt|gal)\Z")
_TITLE_NEXT = re.compile(r"\.[ \t]+([A-Z][a-z]+)(?![\w'’])")
#: Words a title-case heading leaves in lower case ("Bread Maker with a Glass Lid").
_TITLE_SMALL_WORDS = frozenset("a an the and or of for with to in on at by per vs from".split())
_LETTERS = re.compile(r"(?<![^\W_])[^\W\d_]{2,}(?![^\W_])")
# three or more capitals words in a row ("SHOP IN THE BULK BINS"), commas allowed between
_CAPS_RUN = re.compile(r"(?<![\w'’&-])[A-Z]+(?:['’][A-Z]{1,2})?"
                       r"(?:,?[ \t]+[A-Z]+(?:['’][A-Z]{1,2})?){2,}(?![\w'’&-])")
# a run-in heading opening a line: two to six capitals words, then a colon ("ARMY VETS: The")
_RUN_IN_HEADING = re.compile(r"[ \t]*([A-Z]+(?:['’][A-Z]{1,2})?(?:[ \t-]+[A-Z]+(?:['’][A-Z]{1,2})?)"
                             r"{1,5}):[ \t]")
#: double quotation marks, straight and curly (never an apostrophe)
_DOUBLE_QUOTES = frozenset('"“”„')

# an opening bracket, brace or quote between a sentence's stop and the word after it
# ("samples. {be sure", "it fell. (see below)", "he left. 'we will"), perhaps past closing marks
# (a straight quote only after a space: 'you." with' and 'ourselves? " she' close a quote)
_OPENERS = frozenset("([{“‘\"'")
_OPENER_AFTER_STOP = re.compile(r"[.!?][\"”’')\]}]{0,2}(?:[ \t]{0,3}[(\[{“‘]|[ \t]{1,3}[\"'])\Z")
# a lone capital letter and its period ending the output so far ("Madeline L.", "U S."):
# see _Normalizer._letter_stop. Not I or C, after which eSpeak NG stops in full already
# ("the F B I.", "Washington, D C."; measured: 0.30 s of silence, as after a word)
_LONE_LETTER_STOP = re.compile(r"(?<![^\s(\"“‘'])[ABD-HJ-Z]-?\.\Z")
# an A written against a digit in the source ("A1c", "A4 paper"), not inside a word ("HbA1c")
_A_DIGIT = re.compile(r"\s*A\d")


# plural measures after "2.125": a decimal with three places ("2.125 inches"), not thousands
_MEASURE_PLURALS = (r"(?:inches|feet|miles|yards|meters|metres|kilometers|kilometres|millimeters"
                    r"|centimeters|grams|kilograms|pounds|ounces|tons|tonnes|liters|litres|gallons"
                    r"|seconds|minutes|hours|days|weeks|months|years|degrees|points|volts|watts"
                    r"|amps|percents|dollars|euros|cents|pence|times|goals|runs|carats|acres"
                    r"|hectares|bars|psi|ms)(?![a-z])")


#: Function words after a number that leave "1.000" a decimal ("a score of 1.000 and more").
_FUNCTION_AFTER_NUM = (r"and|or|to|in|on|at|for|of|the|is|was|are|were|per|with|by|from|than"
                       r"|as|a|an|but|so|if|when|while|then|times|percent|inch|foot|feet|mile"
                       r"|yard|met(?:er|re)|(?:kilo|milli|centi)?met(?:er|re)|(?:kilo)?gram"
                       r"|pound|ounce|ton|tonne|lit(?:er|re)|gallon|second|minute|hour|day|week"
                       r"|month|year|degree|point|volt|watt|amp|dollar|euro|cent|carat|acre"
                       r"|hectare|bar|today|now|yesterday|later|again|too|only|each|exactly")


#: The unit a scientific unit run starts with ("µmol m-2 s-1", "g m-2 d-1").
_EXP_HEAD = r"[uµμ]mol|[mnp]mol|mol|[uµμ]g|g|kJ|MJ|J|W"
#: The period of an abbreviated unit ("7-in. screen", "10 ft. cable", "sq. ft.,"), taken with
#: it where no sentence ends: before a lower-case word or a mark. ("30 ft. NASA says" ends one.)
#: A stop, then a word that opens a sentence far more often than it names a street: what
#: follows "60 W." when the W is watts ending a sentence, not West in an address.
_OPENER_NEXT = (r"\.[ \t]+(?:The|A|An|It|Its|He|She|They|We|I|You|This|That|These|Those|There"
                r"|Then|But|And|Or|So|In|On|At|For|With|As|If|When|While|After|Before|His|Her"
                r"|Their|Our|My|Your|Some|Most|All|Each|No|Yet|Still|Also)(?![\w'’-])")
#: Nor before the next part of a compound measure ("1 lb. 5 oz.", "5 ft. 11 in.", "2 hr. 15
#: min."): a smaller unit's amount follows, so the period only shortens the unit.
_COMPOUND_NEXT = (r"[ \t]+\d{1,3}(?:\.\d{1,2})?[ \t]?(?:lbs?|oz|ft|in|yds?|hrs?|mins?|secs?)"
                  r"(?![\w'’-])")
#: "Mb" and "kb" not followed by a line's speed: left as written (see units.BITS_CONTEXT).
_SIZE_BITS_NOT = r"(?<=[MkK]b)(?!" + BITS_CONTEXT + ")"
# (also before an aside's dash and a lower-case word: "5 lbs. — maybe more — went")
_UNIT_DOT = (r"(?:\.(?=[ \t]+[a-z]|[,;:)]|[ \t](?:[—–]|--?)[ \t]?[a-z]|[—–][ \t]?[a-z]|"
             + _COMPOUND_NEXT + r"))")
#: A measure's unit after a fraction ("1/2 tsp salt", "¾ lb beef", "1 1/2 Tbsp. butter"): said
#: with the amount, the way the number rule says it after a whole number; "@" names the rule.
_FRACTION_UNIT = (r"(?:[ \t]?(?P<@_u>tbsps?|Tbsps?|TBSP|tbs|Tbs|tblsp|tsps?|Tsp|TSP|oz|lbs?|kg"
                  r"|gms?|ml|mL|cm|mm|km|mi|ft|in(?=\.(?:[ \t]+[a-z]|[,;:)])))(?![\w²/'’-])"
                  + _UNIT_DOT + r"?)?")
#: ... and for "in.", which is no unit without its period, before an initialism ("a 55 in. TV",
#: "7-in. LCD").
_INCH_DOT = r"(?:\.(?=[ \t]+(?:[a-z]|[A-Z]{2,5}s?(?![\w'’-]|\.\w))|[,;:)]|" + _COMPOUND_NEXT + r"))"
# letters after "100.5" that are a unit or scale ("100.5kg", "120.5m"), not a standard's suffix
_NOT_STD_SUFFIX = r"(?:" + _UNIT_RE + r"|in|ms|bn|mn|tn|mln|[msghtkbx])(?![A-Za-z])"


# a capitalized aside in square brackets, several words ("Read the full review.", "See
# below"), not an editor's name or word ("[Reyes]", "[the residents]")
_BRACKET_ASIDE = re.compile(r"[A-Z][a-z’']*(?:[ \t]+[^\s\[\]]{1,30}){1,30}")
# nothing but closing punctuation, then the end of the line or text
_LINE_END = re.compile(r"[ \t.,;:!?)\"”’]*(?:\n|\Z)")
# what may stand before the ";" opening a journal reference's volume: a year ("2019;",
# "2019; "), or a month or day after it ("2019 Mar;", "2019 Mar 5;")
_MON3 = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_CITE_AFTER = (r"(?:(?<=(?:19|20)\d\d;)|(?<=(?:19|20)\d\d; )|(?<=" + _MON3 + r";)|(?<="
               + _MON3 + r" \d;)|(?<=" + _MON3 + r" \d\d;))")
# labels of links to scholarly databases that reference lists repeat after every entry
_LINK_LABELS = (r"DOI|PMC free article|PMC|Europe PMC|PubMed|Google Scholar|Cross[Rr]ef|Scopus"
                r"|Web of Science ®?|MEDLINE|Medline|Ref list|Free full text")


#: Capitals that are a numbered abbreviation before a dot ("NO.1", "VOL.2", "FIG.3"): not a
#: model's dotted name (see the "letterdot" rule and article_vocabulary's dotted prefixes)
_NOT_NUMBERED_CAPS = r"(?!" + NOT_NUMBERED_CAPS + r"\.)"


# clothing sizes: XXS to XXXL, and plus sizes 1X to 6X (also "2XL"); small sizes counted
# the same way ("2XS" is XXS)
_SIZE = r"(?:X{0,3}S|M|L|X{1,4}L|[1-6]XL?|[2-4]XS)"


#: The "x" of a size between two numbers ("3x4", "3 × 4"), or a spaced capital "X" ("2 X 8
#: watt"); a glued capital is a multiplier or a model ("2X", "16X").
_BY = r"(?:[ \t]?[x×][ \t]?|[ \t]X[ \t])"

#: Nouns that name a character written before them ("the $ sign", "the + button").
_SIGN_NOUNS = r"(?:signs?|symbols?|keys?|characters?|buttons?|icons?)(?![\w-])"

#: A label numbering an episode, issue or part right before its number ("Episode #203",
#: "No. 12", "Part 3"): a spaced dash after the number opens the title, not a range's second end.
#: An ordinal's suffix glued to a number: a range's second number is no ordinal's first part
#: ("2017 – 10th conference" lost "10" to the range and left "th" alone, "ten th"); a dash
#: between a year or a number and an ordinal is a pause, the ordinal rule then reads "tenth".
_ORD_SUFFIX = r"\d*(?:st|nd|rd|th|ST|ND|RD|TH)(?![\w])"
_TITLE_NUMBER_LABEL = (r"(?:(?<=#)|(?<=No\. )|(?<=No )|(?<=Ep\. )|(?<=Ep )" + "".join(
    f"|(?<={re.escape(v)} )" for w in (
        "Episode", "Part", "Issue", "Chapter", "Volume", "Vol.", "Season", "Lesson")
    for v in (w, w.lower(), w.upper()))
    + ")")


#: What a change over a period follows ("5% MoM", "0.4% (MoM)", "sales growth MoM"): see
#: the "overperiod" rule (normfix53); each look-behind is fixed length.
_CHANGE_BEFORE = "|".join(f"(?<={re.escape(w)})" for w in (
    "%", "% ", "%(", "% (", "percent ", "pct ", "points ", "bps ", "growth ", "change ",
    "rise ", "fall ", "gain ", "drop ", "increase ", "decrease ", "decline ", "basis ",
    "rose ", "fell ", "grew "))
#: normfix56: a pressure's change before a reading ("blood pressure fell from 150/95 to
#: 130/85", "her BP dropped to 130/80"): the reading is a pressure as after "pressure of".
_BP_CHANGES = (*(f"{subject} {verb}{prep}" for subject in ("pressure", "pressures", "BP")
                  for verb in ("fell", "rose", "dropped", "climbed", "went", "came down",
                               "improved", "averaged", "measured", "hit", "reached", "spiked",
                               "jumped", "soared", "returned", "were", "stood", "remained",
                               "stayed")
                  for prep in ("", " from", " to", " at")),
               "readings were", "reading was", "readings are", "reading is")
#: normfix56: more readings in a list after the first ("readings of 145/92 and 150/96", "from
#: 150/95 to 130/85"): a list of pressures, each said "over" as the first is.
_BP_MORE = (r"(?:(?:,[ \t]?(?:(?:and|or|then)[ \t])?"
            r"|[ \t](?:and[ \t]then|and|or|to|then|versus|vs\.?)[ \t])"
            r"(?:[4-9]\d|1\d\d|2[0-5]\d)/(?:[2-9]\d|1[0-4]\d)(?![\w/]|[.,]\d)){1,5}")
#: Words right before a blood pressure given without its unit ("blood pressure of 140/90",
#: "BP was 150/95"): see the "bloodpressure" rule (normfix53). Look-behinds must be fixed
#: length, so the phrases are grouped by length, one look-behind a length, checked where the
#: figure starts (one a phrase and figure shape made the rule 29,000 characters, and compiling
#: the rules doubled narrate's first-call cost).
_BP_WORDS = ("pressure", "pressures", "pressure of", "pressure was", "pressure is",
             "pressure at", "pressure to", "pressure from", "pressure above",
             "pressure below", "pressure over", "pressure under", "reading of",
             "readings of", "pressures of", "BP", "BP of", "BP was", "BP is", *_BP_CHANGES,
             "pressure:", "BP:", "diastolic:", "diastolic", "pressures:", "readings:")
_BP_BEFORE = "|".join(
    "(?<=(?:" + "|".join(re.escape(w) for w in sorted(group)) + r")[ \t])"
    for group in ({w for w in _BP_WORDS if len(w) == n}
                  for n in sorted({len(w) for w in _BP_WORDS})))


#: A one-argument call in prose ("len(a)", "abs(x)"), and the name before its bracket: the
#: shapes the call rules ("callarg", the operands of a spaced operator) share.
_CALL_NAME = r"[a-z_][a-z0-9_]{0,30}"
_CALL = _CALL_NAME + r"\([a-z0-9_]{1,20}\)"

#: Baseball positions as said before a player's name (see NormalizerRules._h_position).
_POSITIONS = {"1B": "first baseman", "2B": "second baseman", "3B": "third baseman",
              "SS": "shortstop", "LF": "left fielder", "CF": "center fielder",
              "RF": "right fielder", "OF": "outfielder", "DH": "designated hitter",
              "RHP": "right-hander", "LHP": "left-hander", "C": "catcher", "INF": "infielder"}
#: What in a paragraph shows that a position's code opening an entry ("OF Angel Pagan", "C
#: Hector Sanchez") is one (issue 12, audit 47): a word of baseball's transactions or roster,
#: or another position's code before a name. "C" may be a grade, a vitamin or hockey's
#: center, so it asks for baseball itself; the outfield's codes ask for any of these.
_BASEBALL_EVIDENCE = re.compile(
    r"\b(?:disabled[ \t]+list|injured[ \t]+list|DL|optioned|Triple-A|Double-A|bullpen|innings?"
    r"|MLB|baseball|designated[ \t]+for[ \t]+assignment|DFA|batting|pitch(?:ed|es|ing|er)?"
    r"|(?:[123]B|[RL]HP|SS|OF|LF|CF|RF|DH)(?=[ \t]+[A-Z][a-z]))\b")
#: A transaction's verb, before which a position's code and a name are a player moved
#: ("placed OF Jim Doe on the DL", "Recalled C Tom Roe from Fresno").
_TRANSACTION_VERBS = ("placed", "recalled", "activated", "reinstated", "optioned", "claimed",
                      "released", "traded", "acquired", "signed", "designated", "outrighted",
                      "purchased", "selected", "promoted")
_TRANSACTION_EVIDENCE = re.compile(
    r"\b(?:" + "|".join(v + "|" + v.capitalize() for v in _TRANSACTION_VERBS) + r")[ \t]+"
    r"(?:[123]B|[RL]HP|SS|LF|CF|RF|OF|DH|INF|C)[ \t]+[A-Z]")

#: A baseball position before a player's name (two capitalized words): after a team's
#: name, a capitalized plural ("Dodgers", "Red Sox", "Mets'"), or, for the numbered bases and
#: the pitchers' hands only, opening a roster entry or a sentence (a line, a bracket, after a
#: comma, a colon, a stop or "and"). Not "costs 3B Swiss francs": the word before must be
#: capitalized.
_POSITION_RE = (
    # (a code first: the look-behinds below are tried only where one stands)
    r"(?=(?:[123]B|[RL]HP|SS|LF|CF|RF|OF|DH|INF|C)[ \t])"
    r"(?:" + "|".join(f"(?<=[A-Z][a-z]{{{k}}}[sx][ \t])|(?<=[A-Z][a-z]{{{k}}}[sx]['’][ \t])"
                      for k in range(1, 12))
    + r"|(?:(?<![^\n])|(?<=[,;:][ \t])|(?<=[a-z0-9)][.!?][ \t])|(?<=\()|(?<=\band[ \t]))"
    r"(?=[123]B|[RL]HP|(?P<ps_entry>SS|LF|CF|RF|OF|DH|INF|C)[ \t])"
    # after a transaction's verb ("placed OF Jim Doe", "Recalled C Tom Roe"): any position
    r"|" + "|".join(f"(?<=\\b{v}[ \t])|(?<=\\b{v.capitalize()}[ \t])" for v in _TRANSACTION_VERBS)
    + r")"
    r"(?P<ps>[123]B|SS|LF|CF|RF|OF|DH|INF|[RL]HP|C)"
    r"(?=[ \t]+[A-Z][A-Za-z'’.-]{0,20}[ \t]+[A-Z][a-z])")

#: Hyphened syllables, each in lower case or in capitals ("mah-REE-ah"; see the respell rule).
_SYLLABLES = r"(?:[a-z]{1,5}|[A-Z]{1,5})(?:-(?:[a-z]{1,5}|[A-Z]{1,5})){1,5}"
#: Ahead: a capitals syllable with a vowel spelled as respellings spell it ("REE", "KAY",
#: "LAHM"), and a syllable in lower case.
_RESPELL_VOWELS = (r"(?=[A-Za-z]{1,5}-)"
                   r"(?=[A-Za-z-]{0,40}?(?<![A-Za-z])[A-Z]{0,3}(?:AH|AY|EE|OH|OO|OW|UH|IH|AW"
                   r"|EYE)[A-Z]{0,3}(?![A-Za-z]))(?=[A-Za-z-]{0,40}?(?<![A-Za-z])[a-z]{1,5}"
                   r"(?![A-Za-z]))"
                   # not an initialism joined to an English word ("(NIH-led)", "(AHA-run)")
                   r"(?![A-Za-z-]{0,40}?(?<![A-Za-z])(?:led|run|free|style|wide|made|only|like"
                   r"|era|ready|based|owned|born|type|level|class|sized|grade|proof|plus|size"
                   r"|fed|held|done|paid|read|rich|safe|savvy|ish)(?![A-Za-z]))")

_RULES_EN: list[tuple[str, str]] = [
    # Fast paths first: most of a text is lowercase words and single spaces that no other rule
    # wants (a word followed by ".", "@", "-", "/" or a digit goes on to the full rules).
    # a lone "#", "¶" or "§" after a heading's or a paragraph's last word ("Current status #"):
    # a page's permalink anchor, no part of the text; read it said "number" or "section"
    # a single space before a lower-case word, the commonest position of all: taken first, so
    # it does not try every rule before "space1" (a fifth of the scan's time went there)
    ("space0", r" (?=[a-z])"),
    # ... and a space before a capitalized word, and a comma before a lower-case word: the next
    # commonest, which no rule before "space1" and "char" starts at
    ("spacecap", r" (?=[A-Z][a-z])"),
    ("comma0", r",(?= [a-z])"),
    ("anchormark", r"(?<=[\w.!?:)\"'’”])[ \t]+[#¶§](?=[ \t]*(?:\n|\Z))"),
    # "the dot.com boom", "Dot.life", "dot.coms": a name whose first part is the word "dot"
    # already says its dot; read out, the dot was heard twice ("dot dot com"). Not before
    # capitals ("Dot.NET" is ".NET" with its dot spelled out, and read as written)
    ("dotdot", r"(?<![\w.@/:-])(?P<dd>dot|Dot|DOT)\.(?=[A-Za-z][a-z]{1,11}(?![\w@/-]|\.\w))"),
    # a share's code on a foreign exchange in brackets ("Sony (6758.T)", "(0700.HK)", "(BARC.L)"):
    # the code, then "dot" and the exchange's letters (see _h_xticker); no number, no stop
    # a U.S. federal court's case number ("Case No. 1:13-cv-01234", "2:12-cr-00456-JAM"): the
    # office, the year, the kind of case and its number, each a part (see _h_fedcase); read
    # as a time and a range it was "one thirteen-cv-zero one two three four"
    ("fedcase", r"(?<![\w.:-])(?P<fc_o>\d{1,2}):(?P<fc_y>\d{2})-(?P<fc_k>[a-z]{2,3}|[A-Z]{2,3})"
        r"-(?P<fc_n>\d{3,6})(?:-(?P<fc_j>[A-Z]{2,4}))?(?![\w-])"),
    # (also the last of a bracket's codes: "(PCRFY, 6752.TO)")
    # Reuters' one-letter codes and share classes too ("Ford (F.N)", "(BRKa.N)"); not "U" of
    # "(U.S)", "(U.K)"; the first of a bracket's codes too ("(RIO.L, RIO.AX)")
    ("xticker", r"(?:(?<=\()|(?<=,[ \t]))(?P<xt_code>\d{3,6}|[A-Z]{2,5}[ab]?|[A-TV-Z])\."
        r"(?P<xt_ex>[A-Z]{1,2})(?=\)|,[ \t](?:\d{3,6}|[A-Z]{1,5}[ab]?)\.[A-Z]{1,2}[),])"),
    # a baseball position before a player's name ("Dodgers 2B Mark Ellis", "RHP Zack Greinke"):
    # the position in words (see _h_position); not "a 2B pencil", "$2B", "Series 2B"
    ("position", _POSITION_RE),
    # a story's opening word set in capitals, a function word that is also an initialism
    # ("AS Opposition Leader Jo Ray said", "IT was late", "AT the start"): the word (see
    # _h_leadcaps)
    ("leadcaps", r"(?<![^\n])(?:AS(?=[ \t]+(?P<lc_next>[A-Za-z][a-z]{0,30})\b)"
        r"|IT(?=[ \t]+(?:was|is|has|had|will|would|could|can|may|might|must|seemed|seems|took"
        r"|came|began|did|does|went|wasn't|isn't|'s)\b)"
        r"|AT(?=[ \t]+(?:the|a|an|first|last|least|once|this|that|one|dawn|noon|midnight)\b))"),
    # a part or model number used as a name ("the 46620 is a smaller chip"): five or six
    # figures after "the" and before a singular verb are said digit by digit; a count takes
    # a plural verb ("the 12000 were evacuated") and keeps its reading, and a round figure
    # ("the 20000 was a record") is an amount (see _h_partno)
    ("partno", r"(?<=[Tt]he[ \t])(?<![\w-][Tt]he[ \t])(?!\d{2,3}000\b)(?P<pn>\d{5,6})"
        r"(?=[ \t]+(?:is|was|has"
        r"|uses|runs|can|does|offers|features|comes|supports|needs|costs|ships)\b)"),
    # a caret between a figure or a one- or two-letter name and a figure ("2^15", "10^5", "x^2"): a
    # power (see _h_caretpow), with a spaced operator after it ("2^15 - 1" is "minus", not a
    # range); before "timesop", "plain" and the number rules, which would read "two fifteen"
    # "(x+1)^2", "(a+b)^n": the power of a bracketed term (see _h_caretclose)
    ("caretclose", r"(?<=\))\^(?P<cc_e>[-−]?\d{1,3}|[a-z])(?![\w^]|[.,]\d)"),
    ("caretpow", r"(?=\w{1,7}\^)(?<![\w.^])(?P<cp_b>\d{1,7}|[A-Za-z]{1,2})"
        r"\^(?P<cp_e>[-−]?\d{1,3}|[a-z])"
        r"(?![\w^]|[.,]\d)(?:[ \t](?P<cp_op>[-−–+*×x/])[ \t](?=\(?[\d(]|[A-Za-z]\^))?"),
    # a function call with empty parentheses ("time.now()", "parse_args()"): the name, its dots
    # said, the parentheses silent (see _h_dotcall); before the web-address rules, which took
    # "time.now" for a domain ("time dot no w")
    # (each rule before "plain" is tried at every word: a look-ahead for its mark fails fast)
    ("dotcall", r"(?=[\w.]{1,160}\(\))(?<![\w.@/:-])"
        r"(?P<dc>[A-Za-z_]\w{0,30}(?:\.[A-Za-z_]\w{0,30}){0,4})\(\)(?!\w)"),
    # a call glued to its bracket in a formula ("len(a) / len(b)", "sum(x) + 1", "n * f(x)")
    # or with a code name ("get_user(id)"): "len of a"; its brackets read as pauses lost it
    ("callarg", r"(?=" + _CALL_NAME + r"\()(?<![\w.@/:$-])"
        r"(?:(?<=[-+*/=<>%][ \t])|(?=[a-z0-9]{0,30}_)"
        r"|(?=" + _CALL + r"[ \t][-+*/=<>%][ \t]))"
        r"(?P<cl_n>" + _CALL_NAME + r")\((?!(?:s|es)\))"
        r"(?P<cl_a>[a-z_][a-z0-9_]{0,20}|\d{1,4})\)(?![\w(])"),
    # a comparison between two operands ("a <= b", "count>=10", "x != y"): said in words (see
    # _h_cmpop); before the rules that take "<" and ">" as markup or arrows
    ("cmpop", r"(?=[ \t<>!=])(?<=[\w)\]])[ \t]?(?P<cmp>[<>!=]=)(?![=>])[ \t]?(?=[\w(\"'-])"),
    # '"://"' alone (a button's label, the part of an address being discussed): the symbols are
    # the content, "colon slash slash"; glued to a scheme they are the address rules'
    ("loneslashes", r"(?<![\w/:.])://(?![\w/])"),
    # "C*-algebras", "the A* search", "an A* grade": a star glued to one capital is part of the
    # name, "C-star", "A-star" (a footnote star follows a word; see _h_letterstar)
    ("letterstar", r"(?<![\w*-])(?P<lst>[A-Z])\*(?![\w*])"),
    # "i-th row", "the nth time", "k-th": an ordinal of a letter; eSpeak spells "ith" "I T H"
    # (see NumbersRules._h_letterth). Glued only for i, j, k, n ("mth" is a month)
    ("letterth", r"(?<![\w.'’/-])(?P<lth>(?:[ijkn]|[ijkmnpx]-)th)(?![\w'’])"),
    # "n × n matrices", "m x n grid", "3 × k board": a size with a letter side before the thing
    # it measures is "by", as "3 × 3 grid" is (see NumbersRules._h_letterby)
    ("letterby", r"(?<![\w.,'’-])(?P<lby>(?=[a-zA-Z][ \t]?[x×]|\d{1,3}[ \t]?[x×][ \t]?[a-zA-Z])"
        r"(?:[a-zA-Z]|\d{1,3})[ \t]?[x×][ \t]?(?:[a-zA-Z]|\d{1,3}))(?![\w'’.,-]\w)"
        r"(?=(?:[ \t]+[a-z]{2,20}){0,2}[ \t]+(?:matri(?:x|ces)|grids?|boards?|tables?|arrays?"
        r"|blocks?|squares?|tiles?|lattices?|chessboards?|cells?)\b)"),
    # "£30,000 p.a.", "$80k pa": per annum, "a year" (normfix56, _h_perannum): before "plain"
    ("perannum", PER_ANNUM_RE),
    # a spaced "x" between two terms ("hours x operating time"): before "plain" takes it
    # (or a count, "#rows x #columns")
    ("timesop", r"(?<=[\w²³%)'’′\"”″][ \t])x(?=[ \t][\w$€£(#])"),
    # a DOI ("doi: 10.3389/fpsyt.2021.705559"), with its label: an identifier that resolves at
    # doi.org, named like a web address, never read as a decimal, a rate or a range (see
    # SymbolsRules._h_doi); before "plain", which would take a label followed by a space
    ("doi", r"(?<![\w./$€£¥-])(?:(?P<doi_l>doi|DOI)(?::[ \t]?|[ \t]))?10\.\d{4,9}/"
        r"(?=[^\s\d]{0,60}\d)(?:[^\s\"'“”<>\[\]()]|\([^\s()]{0,40}\)){1,300}"),
    # "2.9 Pg C yr−1", "5 Gt C", "300 g C m−2": a spaced "C" after a mass of carbon names
    # the element, "of carbon" (see UnitsRules._h_carbonof); "2 t yr−1": a spaced "t" before
    # a rate's "per" is tonnes (alone it is left, a variable or a letter)
    ("carbonof", r"(?:(?<=\dPg)|(?<=\dTg)|(?<=\dGt)|(?<=\dMt)|(?<=\dkt)|(?<=\dkg)|(?<=\dt)"
        r"|(?<=\dg)|(?<=\d Pg)|(?<=\d Tg)|(?<=\d Gt)|(?<=\d Mt)|(?<=\d kt)|(?<=\d kg)"
        r"|(?<=\d g)|(?<=\d t))[ \t](?P<co_e>C|N)(?:(?P<co_run>(?:[ \t]?" + _UNIT_EXP
        + r"){1,4})|(?=[ \t]*(?:[,;)]|\.(?!\w))"
        r"|[ \t]+(?:per|in|from|to|and|or|each|a|of|was|were|is|are|by|over|since|every)\b))"
        r"|(?<=\d[ \t])(?P<co_t>t)(?=(?:[ \t][CN])?[ \t]?" + _UNIT_EXP + r")"),
    # "µmol m-2 s-1", "g m⁻² d⁻¹": a unit with negative exponents in a scientific unit run;
    # before "plain", which would take its lower-case head ("umol", "g")
    ("unitexp", r"(?<![\w-])(?:(?P<ue_h>" + _EXP_HEAD + r")[ \t]?(?=" + _UNIT_EXP + r")"
        r"|(?:(?<=kg[ \t])|(?<=mg[ \t])|(?<=km[ \t])|(?<=mm[ \t])|(?<=cm[ \t])|(?<=kW[ \t])"
        r"|(?<=MW[ \t])|(?<=kWh[ \t]))(?=" + _UNIT_EXP + r")"
        # "kg ha−1 yr−1", "t yr −1": "yr" to the minus first power is "per year" after anything
        r"|(?=yr(?:-|[ \t]?[−⁻])[1¹](?![\d⁰¹²³⁴⁵⁶⁷⁸⁹]|[.,]\d))"
        r"|(?=" + _UNIT_EXP + r"[ \t]?" + _UNIT_EXP + r"))"
        r"(?P<ue_run>" + _UNIT_EXP + r"(?:[ \t]?" + _UNIT_EXP + r"){0,3})"),
    # "Home Size (Sq. Ft.)", "price per sq. ft.", "Price/Sq. Ft." (before "plain" and "slashword"):
    # square feet named with no number before them
    ("sqft", r"(?:(?<=[a-z])(?P<sf_per>/)|(?<![\w./])(?<!\d[ \t]))(?:[Ss]q|SQ)\.?[ \t]?"
        r"(?:ft|Ft|FT)(?![\w])" + _UNIT_DOT + "?"),
    # "E$timate", "Ca$h": a dollar sign between letters is the letter S a brand or pun wrote
    # (before "plain"); a price ("US$5") or a currency's name ("C$") has no small letter after
    # "Revenue ($m)", "US$bn", "£m": a sign on a money scale, "millions of dollars" (see
    # MoneyRules._h_moneyscalesign); before "dollarword", which read "US$m" as "USsm"
    ("moneyscalesign", MONEY_SCALE_SIGN_RE),
    # "Let $x$ be real": TeX's inline mathematics, the letter without its signs (before the
    # variable rule, "$x" alone is a variable, "dollar x")
    ("texletter", TEX_LETTER_RE),
    # "$.ajax", "$(document)": jQuery's function, "dollar" (see CodeRules._h_jquery)
    ("jquery", JQUERY_DOLLAR_RE),
    ("dollarword", r"(?<![\w$])(?P<dlw>[A-Za-z]{1,20}\$[a-z]{1,20})(?![\w$])"),
    # "AWS re:Invent": a colon glued between a small word and a capital is a brand's
    # punctuation, said as a space (the engine says "colon"); "http:" is a URL, "10:30" a time
    ("colonword", r"(?<![\w:/.@#-])(?P<clw>[a-z]{1,12}):(?=[A-Z][A-Za-z])"),
    # a character the text names as itself (before "plain", which takes the words before it,
    # and the money and slash rules, which take the character): after a noun for it ("not
    # the symbol ($)"), a verb and an article ("use a /", "type a #") or a bare "with"/"by"
    # closing the phrase ("separated with /.", "with / and no spaces"); see
    # SymbolsRules._h_charname
    ("charname", r"(?=[Tt]he[ \t]|[Aa][ \t]|[Ww]i|[Uu]s|[Tt]y|[Aa]d|[Ii]n|[Ee]n|[Pp][ur]|by)"
        r"(?<![\w-])(?P<cn_ctx>"
        r"(?P<cn_noun>(?P<cn_art>[Tt]he|[Aa])[ \t]+(?:symbol|sign|character|glyph)[ \t]*"
        r"(?:[(\"'“‘][ \t]*)?)"
        r"|(?:[Ww]ith|[Uu]se|[Uu]sing|[Tt]ype|[Aa]dd|[Ii]nsert|[Ee]nter|[Pp]ut|[Pp]ress)[ \t]+"
        r"(?:an?|the|one)[ \t]+"
        r"|(?P<cn_bare>(?:with|by)[ \t]+(?=[^$€£¥%\s][)\"'”’]?(?:[.,;:!?)]|[ \t]*(?:\n|\Z)"
        r"|[ \t]+(?:and|instead|between|in|to|not|so|but)[ \t]))))"
        r"(?P<cn>" + SIGN_CHARS + r")[)\"'”’]?"
        r"(?=[.,;:!?)]|[ \t]+(?![\d$€£]|" + _SIGN_NOUNS + r")|\n|\Z)"),
    # "the $ sign", "the + button", "the + and - keys": a symbol named before a noun for it is
    # said by its own name (before the money, slash and "wordop" rules)
    ("signname", r"(?=[ \t$€£¥&#+/\\@%=*|^~<>])"
        r"(?:(?<![\w$€£¥&#+/\\@%=*|^~<>])(?<!\d[ \t])(?P<sgn>" + SIGN_CHARS + r")"
        r"|(?<=\+[ \t]and)[ \t](?P<sgn_minus>[-−]))(?=[\"'”’]?[ \t]+(?:(?:and|or|&)[ \t]+"
        r"(?:" + SIGN_CHARS + r"|[-−])[ \t]+)?" + _SIGN_NOUNS + r")"),
    # "the pipe operator (|>)", "the walrus operator (:=)": an operator in brackets after the
    # word "operator" is said character by character (see SymbolsRules._h_opchars)
    ("opchars", r"(?<=operator[ \t])\((?P<opc>[|<>=!&+*/%^~:.?-]{1,4})\)"),
    # "c. 1850", "ca. 1900", "c.1850": circa before a year, not the letter "c" and a stop (a
    # glued year, ".1850", was read as a decimal)
    # "ca." is circa before any figure ("ca. 40 people")
    ("circa", r"(?<![\w.])(?:(?:c|ca|Ca)\.(?:[ \t](?=(?:1\d|20)\d\d(?!\d|[.,]\d)"
        r"(?![ \t]?(?:" + _UNIT_RE + r")(?!\w)))"
        r"|(?P<ci_y>(?:1\d|20)\d\d)(?!\d|[.,]\d))|[Cc]a\.[ \t](?=\d))"),
    # a unit after a scale word ("4.9 million bbl", "5 million kg."): before "plain", which
    # took a lower-case unit for a word ("million kg of"); its stop before a lower-case word
    # or a comma is the abbreviation's ("bbl., which"), no sentence end
    ("scaleunit", r"(?<=[ndo] )(?:(?<=million )|(?<=billion )|(?<=thousand )|(?<=trillion )"
        r"|(?<=\d or so ))"
        r"(?P<su>"
        + _UNIT_RE + r")(?![\w²])" + _UNIT_DOT + "?"),
    # "an M6.4 quake": the article goes with the letter's name, so before "magnitude" it is
    # "a" (see NumbersRules._h_quakean); before "plain", which takes lower-case words
    ("quakean", r"(?<![\w'’-])[Aa]n(?=[ \t]M[Ww]?(?:[ \t]?\d\.\d(?![\d.]|,\d)|[1-9](?![\w.,])))"),
    # "Night Drive (feat Ana Ruiz)": a music credit opening a bracket (see _h_credit)
    ("credit", r"(?<=[(\[])(?:[Ff]t|[Ff]eat)(?= [A-Z])"),
    # "dollars 646m", "(pounds 1.5bn)": a currency's word before a scaled amount (see
    # MoneyRules._h_curword), before "plain" takes the word
    ("curword", CURRENCY_WORD_RE),
    ("plain", r"(?<![\w@#.&'’/-])[a-z]{1,40}(?:['’][a-z]{1,10})?(?![\w.@'’/&:*–—-])"),
    # "Total 27,100 71,500": two numbers side by side are two table cells or two amounts, not
    # one long number; a pause keeps them apart (see _h_numgap), also before a price tier
    # ("8K60 $$$$": not "sixty four dollar signs")
    ("numgap", r"(?<=\d)[ \t](?=[$€£¥]?\d|\${2,5}(?![\w$]))"),
    ("space1", r" (?![\s\-—–―])"),
    # "String#match?", "Array#[]", "String#=~", "arr.empty? returns": a Ruby method's name
    # after "#" or a dot, with its "?" or "!" (no sentence end) or an operator's name (see
    # SymbolsRules._h_rubymethod); before the symbols' rules, which made "#=~" "number equals"
    ("rubymethod", r"(?<=[A-Za-z0-9_\]])(?:#(?P<rb_op>=~|!~|\[\]=?|<=>|===?|<<|\*\*|[+*/%<>-])"
        r"(?![\w=~<>!*+/%\[\]-])|(?P<rb_sep>[#.])(?P<rb_name>[a-z_][A-Za-z0-9_]{0,40})"
        r"(?P<rb_mark>[?!])(?=[ \t]+[a-z(]|[ \t]*[,;:)]|[ \t]*\n|\Z))"),
    # "Yahoo! said", "Jeopardy! host", "J!-ENT", "Yahoo!'s": an exclamation mark glued to a
    # name and followed by more of the phrase (see SymbolsRules._h_brandbang)
    ("brandbang", r"!(?<=[A-Za-z0-9]!)(?:-(?=[A-Za-z0-9])|(?=[A-Za-z0-9]|['’]s(?![\w'’])"
        r"|[ \t]+[\"“‘(]?[A-Za-z]))"),
    # "What the $%#!&?": a run of mixed symbols standing for a swear word (a grawlix), said
    # as the bleep of broadcast audio (see SymbolsRules._h_grawlix); not "$$$" or "!!!"
    ("grawlix", r"(?=[$%#@&*!?])(?<![\w$%#@&*!?/\\=<>^~+-])(?=[!?]{0,4}(?P<gx>[$%#@&*])"
        r"[$%#@&*!?]{0,10}?(?!(?P=gx))[$%#@&*])(?P<gw>[$%#@&*!?]{2,11}?[$%#@&*!])"
        r"(?P<gw_end>[!?]{0,3})(?![\w$%#@&*!?])"),
    # "f***", "s**t", "f***ing": a swear word with its middle starred out, in lower case (a
    # starred capitalized name, "Jo** Al****", is left to the stars' rules): "bleep"
    ("censored", r"(?=[a-z]{1,3}\*\*)(?<![\w*-])(?P<cw_a>[a-z]{1,3})"
        r"\*{2,5}(?P<cw_b>[a-z]{0,8})(?![\w*-])"),
    # "f---ing", "s--t", "d--n", "a--hole": a swear word dashed out, known by its letters
    # left (_dash_forms); "b--with", "yes--but", "I--I" are a dash, a pause; so is a lone
    # letter before two dashes and a word ("b-- or"), where three dashes ("f--- you") censor
    ("censordash", r"(?<![\w*-])" + _DASHED_SWEARS + r"(?P<cd_end>ing|in|ed|ers|er|s|y)?"
        r"(?![\w*-])(?!(?<=[A-Za-z]--)[ \t]+[\w\"“‘(])"),
    # "f*ck", "sh*t", "b*tch", "a**hole": a swear word with one or two letters starred out,
    # known by the letters left (a lone star between letters is also a product, "x*y", or
    # a wildcard, so only the words of _ONE_STAR_SWEARS): "bleep" (see _h_censored1)
    ("censored1", r"(?<![\w*])(?P<cw1>" + _ONE_STAR_SWEARS + r")"
        r"(?P<cw1_end>(?i:ing|in|ed|er|ers|s|ty|y))?(?![\w*])"),
    # "%kid1", "%spouse": a template variable's sigil glued before a lower-case name (not a
    # format letter: "%d" is "percent d"; not after a figure: "50%", "5 %") is silent, the
    # name is said; "percent kid one" was no reading (see _h_pcttpl)
    ("pcttpl", r"(?<![\w%.,])%(?=[a-z][a-z0-9_]{1,30}(?![\w(%]))"),
    # "=====", "*****", "~~~~~", "_____", "#####": a run of one separator symbol is a rule
    # line, a pause, not "equals equals..." (a run standing alone, three or more; "===" in
    # code between two operands is left to the code rules)
    ("seprun", r"(?<![^\n \t])(?P<sr>[=*~_#+])(?P=sr){2,200}(?=[ \t]*(?:\n|\Z))"
        r"|(?<![^\s])(?P<sr2>[=*~_#+])(?P=sr2){4,200}(?!\S)"
        # "### Heading": a Markdown heading's marks opening a line
        r"|(?<![^\n])#{2,6}(?=[ \t]+\S)"),
    # code in a tutorial (see narrate.speech.code): a shebang and a shell prompt opening a
    # line, a file path, a shell variable, a dotted library name with a version; after the
    # fast paths (a lower-case word with a slash, dot or digit glued is no "plain" word) and
    # before the money, slash and dot rules, which read them as prose ("dollars", "or", stops)
    ("shebang", SHEBANG_RE),
    ("prompt", PROMPT_RE),
    ("codetoken", CODE_TOKEN_RE),
    # code tokens in a sentence: "\r\n", "i * x", "<year>.<month>", a hash, a date format, an
    # architecture, a prompt after a line number (see narrate.speech.code.CodeTokenRules)
    ("escape", ESCAPE_RE),
    ("codeop", CODE_OPERATOR_RE),
    ("angledot", ANGLE_DOT_RE),
    ("hexhash", HEX_HASH_RE),
    ("hexliteral", HEX_LITERAL_RE),
    ("datefmt", DATE_FORMAT_RE),
    ("archname", ARCH_RE),
    ("numprompt", NUMBERED_PROMPT_RE),
    ("portproto", PORT_PROTO_RE),
    ("persecond", PER_SECOND_RE),
    ("ccpp", C_CPP_RE),
    ("twentytwenty", TWENTY_TWENTY_RE),
    ("bitcount", BIT_COUNT_RE),
    ("redirect", REDIRECT_RE),
    ("versionpair", VERSION_PAIR_RE),
    # a C preprocessor directive ("#include <stdio.h>", "#define MAX_LEN 64", "#pragma once"):
    # "hash include", not a hashtag; only before what such a directive takes
    ("cdirective", r"(?<![\w&#])#[ \t]?(?P<cd>(?:include|import)(?=[ \t]*[<\"])"
        r"|(?:define|ifdef|ifndef|undef|pragma|if|elif)(?=[ \t]+(?:[A-Z_][A-Z0-9_]{1,40}|once)"
        r"(?![\w])))"),
    # a header in angle brackets ("<stdio.h>", "<sys/types.h>", "<std/disclaimer.h>"): a
    # file path, its slashes said ("std slash disclaimer dot h"), never markup nor "or"
    ("cheader", r"<(?P<chp>(?:[A-Za-z_][\w+-]{0,40}/){0,6}[A-Za-z_][\w+-]{0,40}"
        r"\.(?:h|hh|hpp|hxx|inc))>"),
    # markup: a lower-case or all-capitals element name ("<b>", "<BR>", "<break time='3s'/>");
    # "<The Palace>" is a title in angle brackets, read by the "angle" rule
    # A "<" glued after an operand whose "element" has bare words and no attribute value
    # ("If a<b and c>d then"), or one letter glued on both sides with no closing tag after
    # it ("a<b>c"), is a comparison in prose, not markup: dropped, it lost words
    # a left arrow ("Undo <- Redo", "← Back") is "from"; "<=>", "⇔" ("a <=> b") is "is equivalent
    # to": read as symbols they lost words ("less than-here", "a, equals, b")
    ("backarrow", r"(?=[ \t]?[<←⟵⇐⇔])[ \t]?(?:(?P<ba_eq><==?>|⇔)|[←⟵⇐]"
        r"|(?<![<\w-])<-{1,2}(?![->\d])(?![ \t]?\d))[ \t]?"),
    # the heart emoticon ("I <3 this town", "Thanks all <3"): "heart", not "less than three"
    ("heart", r"(?=<)(?:(?:(?<=\bI[ \t])|(?<=\bwe[ \t])|(?<=\bWe[ \t]))<3(?=[ \t]+[A-Za-z])"
        r"|(?:(?<=[ \t])|(?<=\A)|(?<=\n))<3+(?=[ \t]*(?:[!.)]|\n|\Z)))"),
    # "A<sup>x</sup>", "10<sup>6</sup>", "(n+1)<sup>2</sup>": a superscript written as markup in
    # the text (an escaped tag the page shows), after a lone letter, a small number or a
    # bracket, is a power; dropped as a tag it left "A x" (see _h_suptag). Not after a word
    # ("study<sup>12</sup>": a note), a unit's letter (g, l, m, s) nor an ordinal's ending
    ("suptag", r"(?=<sup>)(?:(?<=(?<!\w)[A-Za-fh-kn-rt-z])|(?<=(?<![\w.,$€£¥])\d)"
        r"|(?<=(?<![\w.,$€£¥])\d\d)|(?<=(?<![\w.,$€£¥])\d\d\d)|(?<=\)))"
        r"<sup>[ \t]*(?!(?i:st|nd|rd|th)[ \t]*<)(?P<sup_e>[-−]?[A-Za-z0-9]{1,3})[ \t]*</sup>"),
    ("tag", r"(?=<)(?:<!--[^<>]{0,2000}?-->|<[!?][^<>\n]{0,200}>"
        r"|(?!(?<=[\w)\]])<[A-Za-z][\w:.-]{0,30}\s[^<>=\n]{0,200}>)"
        r"(?!(?<=[A-Za-z0-9])<[a-z]>[A-Za-z0-9](?![^\n]{0,300}</[a-z]>))</?(?:[a-z][\w:.-]{0,30}|[A-Z][A-Z0-9]{0,9})(?:\s{1,20}[a-z_:][\w:.-]{0,30}(?:\s{0,5}=\s{0,5}(?:\"[^\"<>\n]{0,200}\"|'[^'<>\n]{0,200}'"
        r"|[^\s<>\"']{1,200}))?){0,20}\s{0,20}/?>)"),
    # not a "<" spaced on both sides after an operand ("a < b and c > d"): a comparison,
    # "less than"; taken as an opening bracket it swallowed the "<" ("a, b and c")
    # ("angle", glued to an operand on both sides, "a<b", "c>d", is a comparison, no bracket)
    ("angle", r"(?<![A-Za-z0-9)\]])<(?!->)(?!(?<=[\w)\]][ \t]<)[ \t])(?=[^<>\n]{1,200}>)"
        r"|(?<=[^\s<>])>(?!(?<=[A-Za-z0-9]>)[A-Za-z0-9])"),
    # a link arrow ending a line ("Read the interview >", "More >>"), or a quote marker
    # opening one ("> The plan was"): not "greater than"; nor a run of two or three before a
    # capitalized label (">> Related: Our Guide", "Home >> News"), silent as "»" is
    ("linkarrow", r"(?<=[ \t])>{1,2}(?=[ \t]{0,20}(?:\n|\Z))"
        r"|(?:(?<=\n)|(?<=\A))>[ \t](?=[A-Za-z])"
        r"|(?:(?<=[ \t\n])|(?<=\A))>{2,3}[ \t]?(?=[A-Z])"),
    # a list mark opening a line, spaced from its item or glued to it ("-Sign up here")
    ("bullet", r"(?:(?<=\n)|(?<=\A))[ \t]{0,20}[-*•·▪‣◦–—](?:[ \t\xa0]{1,20}|(?=[A-Z][a-z]))"),
    # "Steve Waugh(c), Adam Gilchrist (vc), Ian Healy (wk)": a player's role on a team sheet,
    # glued or spaced after the name (see AbbreviationsRules._h_rolemark); before the unit
    # in brackets ("(wk)" is no week there)
    ("rolemark", r"(?=\()(?:" + "|".join(
        f"(?<=\\b[A-Z][a-z'’]{{{k}}})|(?<=\\b[A-Z][a-z'’]{{{k}}}[ \\t])" for k in range(1, 16))
        + r")\((?P<rm>c|capt|Capt|vc|wk|WK|w/k|gk|GK|c/wk|wk/c)\.?\)(?![\w(])"),
    # "kilowatt hours (kWh)", "2 kilograms (kg)": a unit's symbol in brackets after its own
    # name is a gloss for the eye; read, it repeats the name or spells the symbol: a pause
    ("unitgloss", UNIT_GLOSS_RE),
    # "Latency (ms)", "Weight (kg)": a unit's symbol alone in brackets after another word
    ("unithead", UNIT_HEAD_RE),
    ("party", r"\((?P<pa_p>[DRI])-(?P<pa_s>[A-Z][A-Za-z]{0,5}(?:\.[A-Z][a-z]?)?)\.?\)"),
    # "Kristi Noem (R) said": a party's letter alone in brackets after a name (see
    # AbbreviationsRules._h_partytag); "Intel(R)", "Core(TM)": a trademark sign glued to a name
    ("partytag", r"(?<=[a-z.][ \t])\((?P<pt>[DRI])\)(?![\w(])"),
    ("trademark", r"(?<=[A-Za-z0-9])\((?:R|TM)\)(?![\w(])"),
    # "World War I and II", "Henry VII and VIII", "Series I, II and III", "Chapters IV-VI",
    # "Phase I/II": a Roman numeral coordinated with one just said as a number shares its
    # noun and is said the same way (see NumbersRules._h_romantail); never a lone "I" ("World
    # War II and I think"), which is the pronoun
    ("romantail", r"(?=[-–/IVX])(?:(?:(?<=\s[IVX])|(?<=\s[IVX]{2})|(?<=\s[IVX]{3})|(?<=\s[IVX]{4}))"
        r"(?P<rt_d>[-–/])|(?<=[IVX], )|(?<=[IVX] and )|(?<=[IVX] or )"
        r"|(?<=[IVX] & )|(?<=[IVX] to )|(?<=[IVX] through ))(?=" + ROMAN_TAIL + r")"
        r"(?P<rt>X{0,3}(?:IX|IV|V?I{0,3}))(?P<rt_s>['’]s)?(?![\w'’-]|[.,]\d)"),
    # a state after a place and a comma: its postal code ("Austin, TX"), AP abbreviation
    # ("Monroe, La.") or dotted initials ("Newark, N.J."), also after a dateline's capitals
    # ("SANTA FE, N.M. (AP) —", "COLUMBUS, OH —": a postal code only in a dateline there)
    ("citystate", r"(?<=[A-Za-z], )(?:(?P<cst>[A-Z]{2})(?=[,.;:)]|[ \t]*(?:\n|\Z)|[ \t]+\d{5}\b"
        r"|[ \t]+[@—–(]|[ \t]+-[ \t]|[ \t]+(?:[a-z]|&)"
        r"|[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)"
        r")|(?<=[A-Za-z], )(?:(?P<cap>" + _AP_STATES + r")|(?P<cdot>" + _DOTTED_STATES + r")"
        # ... or an AP abbreviation in a dateline's capitals ("MIAMI, FLA. (AP) —")
        r"|(?<=[A-Z]{2}, )(?P<capup>" + _AP_STATES_UPPER + r"))"
        r"\.(?=[,;:)—–]|[ \t]+\S|[ \t]*(?:\n|\Z))"),
    ("zip", ZIP_RE),
    ("party2", r"(?<=, )(?P<pb_p>[DRI])-(?P<pb_s>[A-Z][A-Za-z]{0,5}(?:\.[A-Z][a-z]?)?)\.?(?=,)"),
    # (no backslash: "www.example.com\r\n" ends at the escape, see narrate.speech.code)
    # "reut.rs/1291uap", "bit.ly/11AbC": a short link (see SymbolsRules._h_shortlink)
    ("shortlink", SHORT_LINK_RE),
    ("url", r"(?<![\w@/])(?:https?://|www\.)[^\s<>\"'“”()\[\]\\]{1,2000}"),
    # "@keizi666", "@user_2024": a social handle with digits, said digit by digit (see
    # SymbolsRules._h_handle); one without digits is left to the words and the "@" sign
    # ... or a change of case inside ("@loriOKTC", "@JohnSmith"): said in its parts
    ("handle", r"(?<![\w@.])@(?P<hd>[A-Za-z_][A-Za-z_]{0,29}(?:\d|(?<=[a-z])[A-Z])"
        r"[A-Za-z0-9_]{0,29})(?![\w@]|\.\w)"),
    # "kevo777", "drummer3071", "Agent000": a name glued to a run of three or more repeated
    # digits, or a lower-case name of 3+ letters glued to three digits or more, is a user name
    # or a tag whose digits are said one by one (see SymbolsRules._h_namedigits); not a year
    # ("jayk1984"), not a cipher or a format ("sha256", "aes128", "utf16": said as amounts)
    ("namedigits", r"(?<![\w@.#/:&$€£-])(?:(?P<nd_w>[A-Za-z][A-Za-z_]{1,20})"
        r"(?P<nd_d>(?P<nd_r>\d)(?P=nd_r){2,7})"
        r"|(?!(?:sha|aes|rsa|crc|utf|ucs|ipv|mpeg|win|ddr|gddr|lpddr|pcie|usb|rtx|gtx|bcm)\d)"
        r"(?P<nd_lw>[a-z]{3,20})(?!(?:19|20)\d\d(?!\d))(?P<nd_ld>\d{3,8}))"
        r"(?![\w@-]|[.,]\d)"),
    # "Ana‘s car", "don‘t": a left single quote typed for the apostrophe, glued after a letter
    # and before a contraction's ending, is the apostrophe (not a quote to drop)
    ("leftapos", r"(?<=[^\W_])‘(?=(?:s|t|re|ve|ll|d|m)(?![\w'’‘]))"),
    # "in these patients.1,2 The drug", "trials.3-5": note numbers glued after a sentence's stop
    # (a word of three lower-case letters or more, a "%" or a ")" before it, a capital or the
    # end after it) are reference marks, silent as "[12]" is, and the stop stays; not "fig.2",
    # "vol.3" (a short form before its number) nor "version 2.1" (see SymbolsRules._h_dotnote)
    ("dotnote", r"(?:(?<=[a-z]{3})|(?<=[%)]))(?<!\b(?:fig|vol|sec|ref|rev|ver|art|tab|eqn|app|chs))"
        r"(?<!\b(?:para|chap|sect|figs|vols|refs))\.(?P<dn>[1-9]\d?(?:[,–-][1-9]\d?){0,8})"
        r"(?=[ \t]+[\"“(‘']?[A-Z]|[ \t]*(?:\n|\Z))"
        # "in these patients.¹˒² The": superscript note numbers after a stop, silent too
        r"|(?<=\.)(?P<dn_s>[¹²³⁴-⁹][⁰-⁹]?(?:[,˒–-][¹²³⁴-⁹][⁰-⁹]?){0,8})"
        r"(?=[ \t]+[\"“(‘']?[A-Z]|[ \t]*(?:\n|\Z))"),
    # "PMID 20175497", "ISSN 1077-2626", "arXiv:1512.01655": a catalogue number after its
    # label is an identifier, read digit by digit (see _h_idnumber)
    ("idnumber", r"(?<![\w.])(?P<idl>PMID|PMCID|PMC|ISSN|eISSN|ISBN(?:-1[03])?|arXiv|OCLC|LCCN)"
        r"(?:[ \t]?:[ \t]?|[ \t]|(?<=C))"
        r"(?P<idn>(?:\d{2,13}|\d(?=[\-–]\d))(?:[.\-–]\d{1,13}){0,4}(?:[.\-–]?[Xx])?"
        r"(?:v\d{1,2})?)(?![\w]|[.\-–]\d)"),
    ("email", r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}"),
    # an ending in title case only after a label that is not all lower case ("Earth.Org"): a
    # lower-case word glued to a capitalized one is a lost space after a sentence's end
    # ("capitalism.In a situation"), web addresses being written in lower case ("example.in")
    # (after a name's exclamation mark and hyphen, "J!-ENT.com", the rest is the address)
    ("domain", r"(?<![\w.@/])(?:(?<!-)|(?<=[A-Za-z0-9]!-))(?:(?:[a-z0-9-]{1,63}\.){1,4}" + _CC_TLD
        + r"(?![\w-])"
        + r"|" + _ANY_CC_HOST + r"(?![\w-])"
        + r"|(?:[A-Za-z0-9-]{1,63}\.){1,4}" + _TLD
        + r"|(?:[A-Za-z0-9-]{1,63}\.){0,3}(?![a-z-]{1,63}\.)[A-Za-z0-9-]{1,63}\.(?:"
        + _TLD.replace("(?:", "").replace(")", "").title() + r")"
        # or all in capitals ("CYBER.ORG", "FBI.GOV"), with an ending no word shares ("IT", "TO")
        r"|(?:[A-Z0-9-]{1,63}\.){1,4}(?:COM|ORG|NET|GOV|EDU|MIL|INFO|(?:(?<=CO\.)|(?<=AC\.)|(?<=NET\.)|(?<=COM\.)|(?<=GOV\.)|(?<=ORG\.))(?:UK|AU)))(?![\w.]\w|@)"
        r"(?:/[^\s<>\"'“”()\[\]]{0,2000})?(?P<dom_s>['’]s(?!\w))?"),
    # "Octane.AI", "Character.AI's": a name glued by a dot to an initialism in capitals, a
    # brand styled on its web address but written as a name (see _h_dotbrand); not "Octane. AI"
    ("dotbrand", r"(?<![\w.@/-])(?P<db_a>[A-Z][a-z]{1,20})\.(?P<db_b>[A-Z]{2,4})(?![\w]|\.\w)"),
    # "St.Louis", "Ft.Worth", "Dr.Patel": a title glued by its period to a capitalized name is
    # the title, then the name (see _h_gluedtitle); a web address matched above
    ("gluedtitle", r"(?<![\w.@/-])(?P<gt>St|Ste|Mt|Ft|Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Gov|Rep|Lt|Col"
        r"|Sgt|Capt)\.(?=[A-Z][a-z]{2,20}(?![\w@]|\.\w))"),
    # "2019;72(3):45–62": year; volume(issue): pages in a journal reference, not a score or a
    # clock time (see NumbersRules._h_citevol); the year or month before the ";" says so;
    # "e38–43": an online journal's electronic page numbers
    # "FRB 121102", "known as 121102": six digits naming a thing after a code in capitals or
    # "known as"/"designated" are a designation, said in pairs (see _h_designation)
    ("designation", r"(?:(?<=\b[A-Z]{3} )|(?<=\b[A-Z]{4} )|(?<=\bknown as )"
        r"|(?<=\bdesignated ))(?P<dg>\d{6})(?![\w'’-]|[.,]\d)"),
    # "HLA-B*58:01", "HLA-DRB1*1501": a gene's allele, its fields said in pairs (see
    # NumbersRules._h_allele), not a score or a number in the thousands
    ("allele", r"(?:(?<=-[A-Z])|(?<=[A-Z]{2}\d))\*[ \t]?(?P<al>\d\d(?::?\d\d){1,3})(?![\d:])"),
    ("citevol", _CITE_AFTER + r"(?P<cv_v>\d{1,4})(?:\((?P<cv_i>\d{1,6}(?:[–-]\d{1,6})?)\))?:"
        r"[ \t]?(?=[A-Za-z]{0,3}\d)(?:(?P<cv_e>e)?(?P<cv_a>\d{1,6})(?:[–-](?P<cv_b>\d{1,6}))?"
        r"(?![\w.,]\d|[\w–-]))?"),
    # "2020 Mar;395:912-20", "2019 Nov-Dec;": the month of a journal reference, before its ";"
    ("citemonth", r"(?<=(?:19|20)\d\d )(?P<cmo>" + _MON3 + r")(?:[–-](?P<cmo2>" + _MON3
        + r"))?(?=;[ \t]?\d)"),
    ("duration", r"(?<![\d:.,])(?P<du_h>\d{1,2}):(?P<du_m>[0-5]\d):(?P<du_s>[0-5]\d)"
        r"(?![\d:]|\.\d)"),
    # a dash between clock times ("10pm-6am", "2:30-3:20hrs") is "to"
    ("timeto", r"(?<=[AaPp][Mm])[ \t]?[-–][ \t]?(?=\d)"
        r"|(?<=\d:[0-5]\d)[ \t]?[-–][ \t]?(?=\d{1,2}:[0-5]\d(?![\d:]))"),
    # "57:31", "25:01", "3:43.13": minutes and seconds of a race or a game clock (no clock has
    # hour 24-99; a fraction of a second follows only a length), said like a clock time
    ("time", r"(?<![\d:.,])(?P<t_h>[01]?\d|2[0-3]|[2-9]\d):(?P<t_m>[0-5]\d)"
        r"(?:\.(?P<t_f>\d{1,3})(?![\d:]|\.\d))?(?![\d:])"
        r"(?:\s?(?P<t_ap>" + _AMPM + r")"
        # "1:30 hrs": a length of hours and minutes, its unit taken with it (DatesRules._h_time)
        # ("1:30 mins": minutes and seconds)
        r"|(?P<t_hrs>[ \t]?(?:hrs|hours|Hrs|HRS))(?![\w'’-])"
        r"|(?P<t_mins>[ \t]?(?:mins|minutes|Mins))(?![\w'’-]))?"),
    # "9.30 a.m.", "7.00 PM", "10.15pm": a 12-hour clock time written with a dot (British
    # style); only before a.m./p.m., so "9.30 percent", "$9.30" and "version 10.15" stay decimals
    ("dottime", r"(?<![\w.,$€£¥:])(?P<dtm_h>1[0-2]|0?[1-9])\.(?P<dtm_m>[0-5]\d)[ \t]?"
        r"(?P<dtm_ap>" + _AMPM + r")"),
    # "1600:1", "1.35:1", "100,000:1": a left side no clock has, before a small right side,
    # is a contrast or aspect ratio ("Psalm 119:1" is a verse)
    ("ratio", r"(?<![\d:.,])(?:(?P<ra_a>\d{1,2})|(?<!Psalm )(?<!Psalms )(?P<ra_big>"
        r"\d{1,3}(?:,\d{3}){1,4}|\d{3,9}|\d{1,2}\.\d{1,3})(?=:[1-9](?![\d:]|\.\d)))"
        r":(?P<ra_b>\d{1,2})(?![\d:]|\.\d)"),
    ("hourap", r"(?<![\d.,:])(?P<h_h>1[0-2]|0?[1-9])\s?(?P<h_ap>" + _AMPM + r")"),
    # "up 5% YoY", "grew 3% y-o-y", "fell 1% QoQ", "0.4% MoM": a change over a period, said in
    # words; "MoM", "YOY", "WoW" only after a figure or a word of change (normfix53)
    ("overperiod", r"(?<![\w/-])(?=[YyQqMmWw])"
        r"(?:(?P<ovp>YoY|yoy|[Yy]-o-[Yy]|Y-O-Y|QoQ|qoq|[Qq]-o-[Qq]|Q-O-Q)"
        r"|(?:" + _CHANGE_BEFORE + r")(?P<ovp_c>MoM|MOM|[Mm]-o-[Mm]|M-O-M|WoW|WOW"
        r"|[Ww]-o-[Ww]|W-O-W|YOY|QOQ)|(?P<ovp_n>MoM|MOM|[Mm]-o-[Mm]|M-O-M|WoW|WOW|[Ww]-o-[Ww]"
        r"|YOY|QOQ)(?=[ \t]+(?:growth|change|basis|terms|rise|fall|increase|decrease|decline"
        r"|gain|gains|drop|jump|comparison|comparisons)(?![\w'’-])))(?![\w'’-]|-\w)"),
    # "120/80 mmHg", "a blood pressure of 140/90": systolic over diastolic, "over", not a
    # slash or a date; the unit is said by name (normfix53, see UnitsRules._h_bloodpressure)
    ("bloodpressure", r"(?<![\w/.,])(?=[1-9]\d{1,2}/)(?P<bp_ctx>" + _BP_BEFORE + r")?"
        r"(?P<bp_a>[4-9]\d|1\d\d"
        r"|2[0-5]\d)/(?P<bp_b>[2-9]\d|1[0-4]\d)(?![\w/]|[.,]\d)"
        r"(?:(?P<bp_u>[ \t]?mm[ \t]?Hg(?![\w]))|(?:(?(bp_ctx)|(?!))"
        # a list whose last reading names the unit ("140/90 and 150/95 mmHg")
        r"|(?=" + _BP_MORE + r"[ \t]?mm[ \t]?Hg(?![\w])))"
        r"(?P<bp_more>" + _BP_MORE + r")?(?P<bp_u2>[ \t]?mm[ \t]?Hg(?![\w]))?)"),
    # "1 L/2 L bottles", "the 256GB/512GB models", "a 13-inch/15-inch laptop": alternatives,
    # "or"; before the rules of hyphened measures, which read one side each (normfix56)
    ("unitalt", UNIT_ALT_RE),
    ("numdate", r"(?<![\d/.])(?P<nd_a>\d{1,2})/(?P<nd_b>\d{1,2})/(?P<nd_y>\d{4}|\d{2})(?![\d/])"),
    # "(0100 GMT)", "at 1830 UTC", "at 2300 hours": a 24-hour clock time before a time zone, or
    # before "hours" after "at"/"by"/"until" or with a leading zero ("after 1000 hours of use"
    # and "about 1500 hours" stay counts)
    ("clock24", r"(?<![\w.,$-])(?P<c24>(?:[01]\d|2[0-3])[0-5]\d)(?=[ \t]?(?:GMT|UTC|Zulu"
        r"|[ECMP][SD]T|BST|CES?T)\b)|(?:(?<![\w.,$-])(?=0)|(?<=\bat )|(?<=\bby )|(?<=\buntil )"
        r"|(?<=\btill ))(?P<c24h>(?:[01]\d|2[0-3])[0-5]\d)(?=[ \t](?:hours|hrs)\b(?![ \t]of\b))"),
    # "WWII", "WW2", "pre-WWII", "WW II": a world war's short name, said as people say it
    # ("World War Two"), not letters; "WWE", "WWF" and "WWW" are other names
    ("worldwar", r"(?<![\w'’])WW(?P<ww>I{1,3}|[1-3]|[ \t](?:III|II|[1-3]))(?!\w)"),
    # "A through F", "from A to Z", "grades A-F": the letter A opening a range of letters is the
    # letter, which eSpeak says only when it is tied ("A-"); else it reads the article "uh".
    # "A-B testing" names two variants compared, not a range: its dash stays a tie
    ("arange", r"(?<![\w'’-])A(?:(?=[ \t]+(?:through|thru|to)[ \t]+[B-Z](?![\w'’-]))"
        r"|(?P<ar_d>[–-])(?=[B-Z](?![\w'’-]))(?!B[ \t]+(?:test|split|experiment|variant)))"),
    # "FY2020-22", "CY2019-2020": a fiscal or calendar year range glued after two capitals
    ("capyears", r"\b(?P<cy_l>[A-Z]{2})(?P<cy_a>(?:19|20)\d\d)[–-]"
        r"(?P<cy_b>\d\d|(?:19|20)\d\d)(?![\w.,]\d|[\w-])"),
    ("ymddate", r"(?<![\d.])(?P<ymd_y>(?:19|20)\d\d)(?P<ymd_s>[./])(?P<ymd_m>\d{1,2})(?P=ymd_s)"
        r"(?P<ymd_d>\d{1,2})(?![\d/]|\.\d)"),
    ("dotdate", r"(?<![\d.])(?P<dd_a>\d{1,2})\.(?P<dd_b>\d{1,2})\.(?P<dd_y>(?:19|20)\d\d)"
        r"(?!\d|\.\d)"),
    # "The quake measured M6.4", "an M 5.2 tremor": an earthquake's magnitude (see
    # NumbersRules._h_quakemag, which asks for a word of earthquakes in the paragraph)
    # ("Mw 6.4" is the moment magnitude; glued, a whole one too: "an M7 event")
    ("quakemag", r"(?<![\w.+-])M[Ww]?(?=[ \t]?\d\.\d(?![\d.]|,\d)|[1-9](?![\w.,]))"),
    # "802.11ax", "802.3af", "802.15.4": a standard's number, not a decimal (see _h_standard)
    ("standard", r"(?<![\w.,])(?P<sd_a>802(?=\.\d{1,2}(?:[a-zX]|\.\d))"
        r"|[1-9]\d{2,3}(?=\.\d{1,2}(?!" + _NOT_STD_SUFFIX + r")[a-z]))"
        r"\.(?P<sd_b>\d{1,2}(?:\.\d{1,2})?)(?P<sd_l>[a-z]{1,3}|X)?(?![\w.]\w|[.,]\d)"),
    # "M.2", "H.264": a letter, a dot and a number name a standard, not "M zero point two"
    # ... and two or three capitals, a dot and a number name a model ("the ID.3", "ID.7"),
    # not a decimal; a numbered abbreviation in capitals is left to its rule ("NO.1", "VOL.2")
    # "CVE-2021-44228": a vulnerability's identifier, its year then its number digit by digit
    # (see NumbersRules._h_cve); read as numbers it was "twenty twenty-one to forty-four
    # thousand ...", a range that is not there
    ("cve", r"(?<![\w-])CVE-(?P<cve_y>(?:19|20)\d\d)-(?P<cve_n>\d{4,8})(?![\w-]|[.,]\d)"),
    # "Cortex-A53", "Cortex-M4", "Type-C3": a name hyphened to a letter-and-number model code;
    # the hyphen is a space, the code read as when spaced ("Galaxy A53"); see _h_hyphcode.
    # Not after capitals ("SF-T7515", "ZV-E10": a code whose spelled letters stay tied)
    ("hyphcode", r"(?<=[a-z]{2})-(?P<hc>[A-Z]\d{1,4})(?![\w-]|[.,]\d)"),
    ("letterdot", r"(?<![\w.])(?:(?P<ld_l>[A-Z])\.(?P<ld_n>\d{1,3})|" + _NOT_NUMBERED_CAPS
        + r"(?P<ld_m>[A-Z]{2,3})\.(?P<ld_k>\d{1,2}))(?![\w]|[.,]\d)"),
    ("arith", r"(?<![\w.,])(?P<ar_a>" + _NUM + r")(?:[ \t]?(?P<ar_op>[*÷])[ \t]?"
        r"|[ \t]?(?P<ar_eq>[-−/+×x])[ \t]?(?=" + _NUM + r"[ \t]?=))(?P<ar_b>" + _NUM
        + r")(?![\w.,]\d)"),
    ("dimrange", r"(?<![\w.,])(?P<dr_a>" + _NUM + r")[–-](?P<dr_b>" + _NUM + r")" + _BY
        + r"(?P<dr_c>" + _NUM + r")(?:[–-](?P<dr_d>" + _NUM + r"))?(?![\w.,]\d)"
        r"(?:(?P<dr_u>\s?(?:" + _UNIT_RE + r")|m|in)(?![\w²]))?"),
    ("dimunits", r"(?<![\w.,])(?P<dx_a>" + _NUM + r")[ \t]?(?P<dx_u>mm|cm|m|km|in|ft)" + _BY
        + r"(?P<dx_b>" + _NUM + r")[ \t]?(?P=dx_u)(?:" + _BY + r"(?P<dx_c>" + _NUM
        + r")[ \t]?(?P=dx_u))?(?![\w²])"),
    ("dims", r"(?<![\w.,])(?P<dm_a>" + _NUM + r")" + _BY + r"(?P<dm_b>" + _NUM
        + r")(?P<dm_bf>[ \t][1-9]/[248])?(?:" + _BY + r"(?P<dm_c>" + _NUM
        + r")(?P<dm_cf>[ \t][1-9]/[248])?)?(?![\w.,/]\d)"
        r"(?:(?P<dm_u>\s?(?:" + _UNIT_RE + r")|m|s|in)(?![\w²]))?"),
    # "XS — 6X", "S–XL", "XS-XXL": a range of clothing sizes (see _h_sizerange); two plus
    # sizes alone ("2X-3X") may be multipliers and are left to the other rules
    ("sizerange", r"(?<![\w-])(?!\dXL?[ \t]?[–—-][ \t]?\d)(?P<sz_a>" + _SIZE + r")"
        r"(?:[ \t]?[–—][ \t]?|-(?=\w\w)|(?<=\w\w)-"
        # two one-letter sizes ("S-L", "S-M") only beside the word size: "A-B", "X-Men" are not
        r"|-(?=[SML][ \t]+[Ss]izes?\b)|(?<=[Ss]izes [SML])-|(?<=[Ss]ize [SML])-"
        r"|(?<=[Ss]izes: [SML])-)(?P<sz_b>" + _SIZE + r")(?![\w-])"),
    # "777X", "the 777x jets": Boeing's 7x7 airliners with a glued X are a name, not "times"
    ("jetx", r"(?<![\w.,$-])(?P<jx>7[0-8]7)[xX](?![\w])"),
    # "A350-900", "A380", "A320neo": Airbus airliners, a naming convention of the industry:
    # the letter, then the number in pairs ("A three-eighty"), then the variant
    ("airbus", r"(?<![\w.,$-])A(?P<abn>2[12]0|3[0-8]\d)(?:-(?P<abn_v>\d{3,4})|(?P<abn_s>neo|ceo"
        r"|XLR|LR|XWB|MRTT)|(?P<abn_pl>s))?(?![\w-]|[.,]\d)"),
    ("timesx", r"(?<![\w.,])(?P<tx>" + _NUM + r")[xX×](?![\w])"),
    # "(WxDxH)", "LxWxH": the letters of a box's sides glued by x ("W by D by H"), each side
    # once ("DxD" is a title's name)
    ("sidex", r"(?<![\w])(?P<sx>(?P<sx_a>[WDHL])[xX×](?!(?P=sx_a))(?P<sx_b>[WDHL])"
        r"(?:[xX×](?!(?P=sx_a)|(?P=sx_b))[WDHL])?)(?![\w])"),
    # "5W x2", '4" x3': a count after a measure ("five watts times two")
    ("xcount", r"(?:(?<=\d[ \t])|(?<=\d[A-Za-z\"”″][ \t])|(?<=\d[A-Za-z]{2}[ \t]))[x×]"
        r"(?=\d{1,3}(?![\w.,]))"),
    ("isodate", r"(?<![\d-])(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})(?![\d-])"),
    # a dash between two months or two units of time is "to" ("May–October", "1 Month–Week
    # Before"); the second word is left to the date rules ("October 2025")
    ("wordrange", r"\b(?P<wr>" + _MONTH_ALT + r"|" + _TIME_UNIT + r")(?:[ \t]?[–—][ \t]?|-"
        r"|[ \t]-[ \t])(?=(?:" + _MONTH_ALT + r"|" + _TIME_UNIT + r")\b)"),
    # "May/June", "typically Nov/Dec", "Mon/Wed/Fri": months or weekdays joined by slashes
    # (see DatesRules._h_dayslash); not a month before a date's day ("Jan/5")
    ("dayslash", r"\b(?P<dsl>(?P<dsl_m>" + _MONTH_ANY + r")(?:/" + _MONTH_ANY + r"){1,11}"
        r"|" + _WEEKDAY_ALT + r"(?:/" + _WEEKDAY_ALT + r"){2,5})\b(?![/'’-])"),
    # "Mon, Jan 5", "MON, JAN 5": a weekday's abbreviation before a date is the weekday
    ("wdaydate", r"\b(?P<wdd>" + _WEEKDAY_ALT + r"|" + _WEEKDAY_ALT.upper() + r")\.?"
        r"(?=,?[ \t]+" + _MONTH_ANY + r"\.?[ \t]+\d)"),
    ("weekdays", r"\b(?P<wd_a>" + _WEEKDAY_ALT + r")\.?[ \t]?(?P<wd_sep>[–—-]|&|and|to|or|/)[ \t]?"
        r"(?P<wd_b>" + _WEEKDAY_ALT + r")\b\.?"),
    ("monthday", r"\b(?P<md_m>" + _MONTH_ANY + r")(?P<md_dot>\.)?\s(?P<md_d>\d{1,2})"
        # "June 13-17", "June 13 to 17", "June 13 through 17": a range of days (_h_monthday)
        r"(?:st|nd|rd|th)?(?:(?:[–-]|[ \t](?:to|through)[ \t])(?P<md_d2>\d{1,2})(?:st|nd|rd|th)?"
        # "February 16 and 17", "June 5, 6 and 7", "May 12 or 13": days joined are all dates,
        # not before a count ("March 3 and 4 people"), not a year ("March 2004 and 2005")
        r"|(?P<md_more>(?:,[ \t]\d{1,2}(?:st|nd|rd|th)?(?=,|[ \t]and|[ \t]or)){0,5},?[ \t]"
        r"(?:and|or|&)[ \t]\d{1,2}(?:st|nd|rd|th)?(?!\d|[ \t]+(?!this\b|was\b|is\b|has\b|as\b)"
        r"(?:people|men|women|children|[a-z]{2,}s)\b)))?"
        r"(?![\d:,.]\d|\d|[A-Za-z])(?P<md_y>,?\s(?P<md_yn>\d{4})(?!\d))?"
        # "Oct. 30-Nov. 5": a dash before the next month is "to" (the month is the next match)
        r"(?P<md_to>[ \t]?[–—-][ \t]?(?=(?:" + _MONTH_ALT + r")\b))?"),
    ("monthyear", r"\b(?P<my_m>" + _MONTH_ANY + r")(?P<my_dot>\.)?,?\s(?P<my_y>\d{4})(?![\d])"),
    # "16-19 March", "8–11 December 2026": a range of days before the month (see _h_daymonth)
    ("daymonth", r"(?<![\w.,])(?:(?P<dm_d1>\d{1,2})(?:st|nd|rd|th)?"
        r"(?:[ \t]?[–-][ \t]?|[ \t](?:to|through)[ \t])"
        # "16 and 17 February", "5, 6 and 7 June": days joined before the month, all dates
        r"|(?P<dm_list>(?:\d{1,2}(?:st|nd|rd|th)?,[ \t]){0,5}\d{1,2}(?:st|nd|rd|th)?,?[ \t]"
        r"(?:and|or|&)[ \t]))?"
        r"(?P<dm_d>\d{1,2})(?:st|nd|rd|th)?\s(?P<dm_m>" + _MONTH_ANY
        + r")(?P<dm_dot>\.)?(?![a-z])(?P<dm_y>,?\s(?P<dm_yn>\d{4})(?!\d))?"),
    # "550 degrees F", "(78-80 degrees F)", "20 deg. C": the scale's letter after the word
    # "degrees" is Fahrenheit or Celsius, as after "°" (see NumbersRules._h_degscale)
    ("degscale", r"(?:(?<=\b[Dd]egrees[ \t])|(?<=\b[Dd]egree[ \t])|(?<=\bdeg[ \t])"
        r"|(?<=\bdeg\.[ \t]))(?P<dgs>[FC])(?![\w'’&-]|\.\w)"),
    # a lone "$" with no amount next to it ("Easy $ One-click", "($)"), not the sign named
    # ("the $ sign") nor a spaced amount ("$ 5"): the lowest tier where the article rates prices
    ("pricetier", r"(?<![\w$])(?:(?P<pt_a>\${1,5})[ \t]?[-–—][ \t]?(?P<pt_b>\${1,5})"
        r"|(?P<pt_c>\${2,5})|(?P<pt_one>\$)(?![ \t]?[.,]?\d|[\"'”’]?[ \t]+(?:signs?|symbols?"
        r"|keys?|characters?)(?![\w-])))(?![\w$])"),
    # "$17$15.30": a sale widget's old and new prices run together; the second is an amount too
    # "$100s of millions", "£1000s": a round amount made plural, "hundreds of millions of
    # dollars", "thousands of pounds" (see MoneyRules._h_moneyplural)
    ("moneyplural", r"(?<![\w$€£¥])(?P<mp_sym>[$€£¥])(?P<mp>100|1,?000|10,?000|100,?000)s"
        r"(?:[ \t]+of[ \t]+(?P<mp_sc>thousands|millions|billions))?(?![\w'’]|[.,]\d)"),
    ("cursym", r"(?:(?<![\w])|(?<=\d)(?=[$€£¥]\d))(?P<cs_sign>[-−])?(?P<cs_sym>" + _SYM_RE
        + r")\s?(?P<cs_n>" + _NUM
        + r")(?P<cs_sc>" + _SCALE_RE + r")?(?:(?:[ \t]?[-–—][ \t]?(?:" + _SYM_RE + r")?"
        # "$5 to 10 million": a second amount with no sign but a scale, of the same money
        + r"|[ \t]+to[ \t]+(?=" + _NUM + _SCALE_RE + r"))(?P<cs_n2>"
        + _NUM + r")(?P<cs_sc2>" + _SCALE_RE + r")?(?![\w.,]\d|-\d))?"
        # the code spaced or glued after the amount ("$20 USD", "$20USD/month"): one currency
        r"(?:\s?(?P<cs_code>" + _CODE_RE + r")(?![\w]))?"),
    # "(S$)", "prices in US$": a country's dollar sign with no amount is the currency's name
    # ("the $A fell", "figures in $US": the mark after the sign, as Australian papers write it)
    ("curlabel", r"(?<![\w$])(?:(?P<cl>US|NZ|HK|NT|[SACR])\$(?![\w$€£]|[ \t]?[.,]?\d)"
        r"|(?:(?<=\b[Tt]he )|(?<=\bin ))\$(?P<cl_after>A|US|NZ)(?![\w$€£]|[ \t]?[.,]?\d))"),
    # "50 €", and a range before the symbol ("2.50–3.50 €", "2,50–3,50 €" once swapped)
    ("numsym", r"(?<![\w.,])(?:(?P<ns_a>" + _NUM + r")(?P<ns_asc>" + _SCALE_RE
        + r")?[ \t]?[–—-][ \t]?)?(?P<ns_n>" + _NUM + r")(?P<ns_sc>" + _SCALE_RE + r")?[ \t]?"
        r"(?P<ns_sym>[€£¥₴₽₹₩₪₺$¢])(?![\w$€£])"),
    # ... and a range after the code ("INR 1000 – 3000", "USD 5-10 million"), "to"
    ("curcode", r"(?<![\w])(?P<cc_code>" + _CODE_RE + r")\s?(?P<cc_n>" + _NUM + r")(?P<cc_sc>"
        + _SCALE_RE + r")?(?:(?:[ \t]?[-–][ \t]?(?:(?P=cc_code)[ \t]?)?"
        + r"|[ \t]+to[ \t]+(?=" + _NUM + _SCALE_RE + r"))(?P<cc_n2>" + _NUM
        + r")(?P<cc_sc2>" + _SCALE_RE + r")?(?![\w.,]\d|-\d))?"),
    ("numcode", r"(?<![\w.,])(?P<nc_n>" + _NUM + r")(?P<nc_sc>" + _SCALE_RE + r")?\s?(?P<nc_code>"
        + _CODE_RE + r")(?![\w])"),
    # "27c a share", "a 5p rise", "US52c": cents and pence glued to an amount, where the words
    # around say money (see MinorMoneyRules); "1080p", "iPhone 5c" are read as before
    ("minorglued", MINOR_GLUED_RE),
    ("makermodel", r"\b(?P<mk>" + _MAKERS + r")[ \t](?P<mk_n>[1-9]\d\d)(?:-(?P<mk_v>\d{1,3}))?"
        r"(?P<mk_pl>['’]?s)?(?![\w.,]\d|[\w-])"),
    ("jetnum", r"(?<![\w.,$-])(?P<jn>7[0-8]7)(?:-(?P<jn_v>\d{1,3}))?(?=[ \t]+(?:MAX|Max|jets?"
        r"|jetliners?|airliners?|aircraft|planes?|Dreamliners?|freighters?)\b)"),
    ("address", r"(?<![\w.,$#-])(?P<adr>[1-9]\d{2,3})(?=[ \t]+(?:[NSEW]\.?[ \t]+)?"
        r"(?:[A-Z]\w+[ \t]+){0,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Place|Pl|Lane|Ln"
        r"|Boulevard|Blvd|Court|Ct|Way|Circle|Terrace|Parkway|Pkwy|Highway|Hwy)\b)"),
    # not before a word that opens a sentence ("draws 1,500 W. It is loud": watts, then a stop)
    ("adrdir", r"(?<=\d[ \t])(?P<adir>[NSEW])(?!" + _OPENER_NEXT + r")\.(?=[ \t]+[A-Z][a-z])"),
    # "+972 Magazine", "+44 Mobile": a country's calling code naming a title or a brand (a
    # capitalized word after it, no further capital) is read digit by digit (see _h_dialcode)
    # (the number one of the plan's two- or three-digit codes: "+150", "+12" are no code; odds
    # like "+250" before a day or a month are no name)
    ("dialcode", r"(?<![\w+.,])\+(?P<dlc>2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]"
        r"|(?:2[1-689]|3[5789]|42|5[09]|6[789]|8[05789]|9[679])\d)"
        r"(?=[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April"
        r"|May|June|July|August|September|October|November|December)[A-Z][a-z]{2,}(?:['’]s)?"
        r"(?![\w'’]|[ \t]+[A-Z0-9]|[ \t]*[-–]))"),
    ("phone", r"(?<![\w+])(?P<ph>(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{3}[\s.-])\d{3}"
        r"[\s.-]\d{4})(?![\w-])"),
    # digit groups split by single spaces, with a trunk 0 or a "+" country code in front
    # ("01904 373 069", "+44 20 7946 0958"); after a "+" also by hyphens or dots
    # ("+47-99-999-9900", "+33.1.23.45.67.89"), dots not mixed with dashes ("+40.7128-74.0060"
    # is a place's coordinates, "+10.5-12.5-15.5%" changes): see NumbersRules._h_phonegroups
    # (a space may follow the "+", "+ 353 1 634 7887", not after a figure: "3 + 4"; a trunk
    # "(0)" may lead, "(0)20 7946 0000", and a trunk or area code in brackets may follow the
    # country code: "+44 (0)20 7946 0958", "+353 (1) 634 7887")
    ("phonegroups", r"(?<![\w+.,])(?P<pg>(?=(?:\(0\)[ \t]?|0)(?:[ \t]?\d){8,12}(?![ \t]?\d))"
        r"(?:\(0\)[ \t]?|0)\d{1,4}(?:[ \t]\d{2,6}){1,3}"
        r"|(?=\+[ \t]?(?:[ \t.-]?\(?\d\)?){8,14}(?![ \t.-]?\d))"
        r"(?:\+|\+(?<![\d)][ \t]\+)[ \t])\d{1,3}"
        r"(?:[ \t]?\(\d{1,4}\)[ \t]?\d{1,6}(?:[ \t-]\d{1,8}){1,4}"
        r"|(?:[ \t-]\d{1,8}){2,5}|(?:\.\d{1,8}){2,5}))(?![\w-]|[.,]\d)"),
    ("phone7", r"(?<![\w.,-])(?P<p7_a>\d{3})-(?P<p7_b>\d{4})(?![\w-])"),
    # "9. + 10. Peace lily and pothos": two list numbers sharing one heading, joined by "+" or
    # "&": "nine and ten", one heading (see NumbersRules._h_listjoin); not "2 + 2" (no stops)
    ("listjoin", r"(?=[ \t\d])(?:(?<=\n)|(?<=\A))[ \t]{0,8}(?P<lj_a>\d{1,2})\.[ \t]*[+&][ \t]*"
        r"(?P<lj_b>\d{1,2})\.(?=[ \t]{0,4}[^\W\d_])"),
    # a list number opening a line, glued to its heading ("1.Kitchen Costs") or before a word
    # in lower case ("4. phoenixNAP"), which must be capitalized (see NumbersRules._h_listnum)
    ("listnum", r"(?:(?<=\n)|(?<=\A))[ \t]{0,8}(?P<ln>\d{1,2})\.(?:(?=[A-Z][a-z])"
        r"|(?P<ln_low>(?=[ \t]{1,4}[a-z])))"),
    # "label? a. sunblock b. waterproof", "A. a light coating": the letter of a lettered
    # list opening a line or following a sentence's end or a colon, before a word in lower
    # case (no article ends in a period) is the letter's name (see _h_listletter)
    ("listletter", r"(?:(?<=\n)|(?<=\A)|(?<=[.?!:][ \t])|(?<=[.?!:][ \t]{2}))[ \t]{0,8}"
        r"[aA]\.(?=[ \t]{1,4}[a-z])"),
    ("dotthousands", r"(?<![\w.,])(?P<dth>\d{1,3}(?:\.\d{3}){2,5})(?![\w.,]\d|\d)"),
    # "100 000 visitors", "1 250 000": spaces grouping thousands; a group led by 0 cannot be a
    # number of its own, so at least one is required ("Total 100 200" is two table cells)
    ("spacethousands", r"(?<![\w.,])(?=[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3}){0,3}[ \u00a0\u202f]0)"
        r"(?P<spt>[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3}){1,4})(?![\w]|[.,]\d|[ \u00a0\u202f]\d)"),
    # "1.000 clients", "20.000 people": one dot group before a plural count noun is thousands
    # (a decimal with three places does not count things); measures stay decimals ("2.125 inches")
    ("dotthousand", r"(?<![\w.,$€£])(?<!version )(?<!Version )(?<!ratio )(?<!rating )"
        r"(?P<dt1>[1-9]\d{0,2}\.\d{3})(?=[ \t]+(?:(?!" + _MEASURE_PLURALS
        + r")[a-z]{2,20}s|people|children|men|women)(?![\w'’-])"
    # "1.000 led lights", "20.000 new jobs": three zeros after the dot before any word that is no
    # unit, measure or function word: a decimal written to three zeros would count nothing
        r"|(?<=\.000)[ \t]+(?!(?:" + _UNIT_RE + r"|" + _FUNCTION_AFTER_NUM + r")(?![\w'’-]))"
        r"(?!" + _MEASURE_PLURALS + r")[a-z]{2,20}(?![\w'’-]|[.,]\d))"),
    # "99 1-3 innings", "6 2-3 scoreless innings", "40 2-3 IP": a pitcher's innings in thirds,
    # as box scores write them, "ninety-nine and a third"; read as a range it was "ninety-nine,
    # one to three innings" (see NumbersRules._h_innings)
    # "45.2 innings": the stat sheets' shorthand for the same (".2" is two outs, never a tenth)
    ("innings", r"(?<![\w.,/-])(?P<inn_w>\d{1,3})(?:[ \t](?P<inn_a>[12])-3"
        r"(?=(?:[ \t]+[a-z][a-z-]{1,20}){0,2}[ \t]+(?:innings?|IP|frames?)(?![\w'’-]))"
        r"|\.(?P<inn_d>[12])(?=(?:[ \t]+[a-z][a-z-]{1,20}){0,2}[ \t]+innings?(?![\w'’-])))"),
    # (two groups when the first has a leading zero, "001-33500", "06-1234": an identifier's
    # parts, as a count is never written with one, not a range; not "the 09-10 season")
    ("idgroups", r"(?<![\w.,-])(?P<idg>\d{1,6}(?:-\d{1,6}){2,6}|0\d{2,5}-\d{1,8}|0\d-\d{3,8})"
        r"(?![\w-]|[.,]\d)"),
    # "3/$7", "2/£10": a shop's deal, a count slash a price, "three for seven dollars" (see
    # MoneyRules._h_countfor); not a date or fraction ("3/4"), nor a price slash a price
    ("countfor", r"(?<![\w.,/$€£¥-])(?P<cf>[1-9]\d?)[ \t]?/[ \t]?(?=[$€£¥]\d)"),
    # "(3-5/10 firmness)", "in the 30s/100 range": a range of scores, or scores by the ten, out
    # of a round scale (see NumbersRules._h_scorerange)
    ("scorerange", r"(?<![\w.,/-])(?:(?P<sr_lo>\d{1,3}(?:\.\d)?)[–-](?P<sr_hi>\d{1,3}(?:\.\d)?)"
        r"|(?P<sr_dec>[1-9]0)s)/(?P<sr_of>5|10|100)(?![\w/]|[.,]\d)"),
    # "the 49ers", "76ers fans", "30somethings": a number made a word for people by a suffix,
    # "forty-niners", "seventy-sixers", "thirty-somethings" (see NumbersRules._h_numsuffix)
    ("numsuffix", r"(?<![\w.,-])(?P<nsx_n>[1-9]\d{0,2})-?(?P<nsx>ers?|somethings?)"
        r"(?P<nsx_p>['’]s?(?![\w'’]))?(?![\w'’-])"),
    # "11k jobs", "2.5M views", "3B users": a scale letter on a count (see _h_countscale)
    ("countscale", COUNT_SCALE_RE),
    # "the M4U 2s", "Galaxy Buds 2s are": a model number made plural after a model code (a
    # word ending in a capital or digit) or before a plural verb, not seconds ("in 3s")
    ("modelpl", r"(?:(?<=[A-Z\d][ \t])|(?<=[A-Z][a-z][ \t])|(?<=[A-Z][a-z]{2}[ \t])"
        r"|(?<=[A-Z][a-z]{3}[ \t])|(?<=[A-Z][a-z]{4}[ \t])|(?<=[A-Z][a-z]{5}[ \t]))"
        r"(?P<mpl>[1-9]\d?)s(?=['’](?!\w)|(?![\w'’])(?<=[A-Z\d][ \t]\d[s])"
        r"|(?<=[A-Z\d][ \t]\d\ds)|[ \t]+(?:are|were|have|had|come|cost|sold|feel|sound|look)\b)"),
    # "since '08", "the class of ’99", "in ‘05": a year cut to two digits after an apostrophe
    # (or a left quote typed for one), "oh eight", the mark not read (see
    # NumbersRules._h_shortyear); not a quoted number ("the '10' key") nor a decade ("'90s")
    # "the 2008-'09 season": a full year, then the next cut short, "two thousand eight to oh
    # nine" (see NumbersRules._h_yearshort)
    ("yearshort", r"(?<![\w.,'’‘-])(?P<ys_y>(?:1[5-9]|20)\d\d)[-–/]['’‘](?P<ys_s>\d\d)"
        r"(?![\w'’‘%°]|[.,:/]\d)"),
    # "'08-'09", "'08-09": a season, "oh eight to oh nine"; "'08's": its possessive
    # ("FY'24", "Q3'24": glued to a fiscal label)
    ("shortyear", r"(?=['’‘]\d\d)(?:(?<![\w'’‘])|(?<=[A-Z]{2})|(?<=[A-Z]\d))['’‘](?P<sy>\d\d)"
        r"(?:[-–/]['’‘]?(?P<sy2>\d\d))?"
        r"(?P<sy_s>['’]s)?(?![\w'’‘%°]|[.,:/]\d|[-–/][\d$'’‘])"),
    # "100s of calls", "1000s of emails", "tens of 1,000s": a round hundred or thousand made
    # plural, "hundreds", "thousands" (see NumbersRules._h_roundplural); after a word that
    # times a run ("ran 100s", "in 100s") it is seconds, unless "of" follows
    ("roundplural", r"(?=1)(?<![\w.,$€£¥#/-])(?:(?=(?:100|1,?000|10,?000|100,?000|1,?000,?000)s"
        r"[ \t]+of\b)|(?<!\bin )(?<!\bunder )(?<!\bwithin )(?<!\bafter )(?<!\bfor )"
        r"(?<!\bran )(?<!\btook )(?<!\bclocked )(?<!\bevery )(?<!\bhold ))"
        r"(?P<rp>100|1,?000|10,?000|100,?000|1,?000,?000)s(?![\w'’]|[.,]\d)"),
    ("decade", r"(?<![\w.,])(?P<dec_ap>['’])?(?P<dec>(?:1\d|20)?\d0)(?P<dec_ap2>['’])?s(?![\w])"),
    ("yearposs", r"(?<![\w.,])(?P<yp>\d{1,4})['’]s(?![\w])"),
    ("inchdims", r"(?<![\w.])(?P<id_a>" + _NUM + r")[”″\"]" + _BY + r"(?P<id_b>" + _NUM
        + r")[”″\"](?:" + _BY + r"(?P<id_c>" + _NUM + r")[”″\"])?"),
    # ('a single .23" DMD chip': a decimal with no leading zero is a size too)
    ("inches", r"(?<![\w.])(?P<in_n>\d{1,3}(?:\.\d{1,2})?|\d{1,2}/\d{1,2}|\.\d{1,2})"
        r"(?P<in_q>[”″\"])"
        r"(?P<in_plus>\+(?![\w+]))?(?=[\s,.;:)]|\Z)"),
    # "15th-16th centuries", "3rd–5th grade": a dash between two ordinals is "to" (the second
    # ordinal is the next match)
    ("ordnum", r"(?<![\w.,])(?P<ord>\d{1,3}(?:,\d{3}){1,4}|\d{1,15})"
        r"(?P<ord_suf>st|nd|rd|th|ST|ND|RD|TH)(?![\w])"
        r"(?P<ord_to>[ \t]?[–-][ \t]?(?=\d{1,4}(?:st|nd|rd|th|ST|ND|RD|TH)(?![\w])))?"),
    # "18kt gold", "14k white gold", "24K gold", "18ct rose gold": the purity of gold in
    # karats (up to 24), only before the word gold; "14K" alone stays fourteen thousand
    ("karat", r"(?<![\w.,$€£¥-])(?P<kt>[1-9]|1\d|2[0-4])(?:[ \t]?(?:kt|KT|Kt|ct)|[kK])"
        r"(?=[ \t]+(?:[A-Za-z]{3,12}[ \t-]+)?[Gg]old(?![\w'’]))"),
    ("hyphunit", r"(?<![\w.,])(?P<hu_n>" + _NUM + r")-(?P<hu_u>in" + _INCH_DOT + r"|ft" + _UNIT_DOT
        + r"|kWh|kW|MW|GW|mm|cm|km|kg|mg|mph"
        r"|GB|TB|MB|kHz|MHz|GHz|Hz|lb|oz|ft|V|W"
        # "a 5-min walk", "a 3-mo. delay", "a 30-yr mortgage" (normfix53, HYPHEN_TIME_UNITS)
        r"|" + HYPHEN_TIME_RE + r")(?:(?P<hu_old>-old)(?![\w-])|(?![\w-]))"),
    # "a 50’ cord", "(approx. 1' x 1')", "Height: 8'": a prime after a number before a word, a
    # closing bracket or the end of a phrase is feet (a year's "2019'" closes a quotation, as
    # does the mark after a number a quote opened: "the '5' key")
    ("feetmark", r"(?<![\w.'‘’])(?:(?=\d{1,4}[’′'][ \t]+[a-z])|(?=\d{1,3}[’′'](?:[)\]]|[,;.]?[ \t]*"
        r"(?:\n|\Z))))(?P<fm_n>\d{1,4})[’′']"),
    # "+20-25%": a plus sign before a range is said once, then the range rule reads "to"
    ("signrange", r"(?<![\w.,+])\+(?=" + _NUM + r"%?(?:\s?[–—]\s?|-)" + _NUM
        + r"(?![\w.,-]\d|\d))"),
    # "the 9-11 Commission", "after 9-11", "post-9-11": the attacks of 11 September named by
    # their month and day with a hyphen, as "9/11" is ("nine eleven"); "ages 9-11", "won 9-11",
    # "9-11 years" stay a range or a score (see _h_nineeleven)
    ("nineeleven", r"(?:(?<=\b[Pp]ost-)|(?<=\b[Pp]re-))9-11(?![\w.,]?\d|[-–%])"
        r"|(?<![\w.,/-])9-11(?=[ \t]+(?:attacks?|[Cc]ommission|hijack\w{0,4}|terror\w{0,6}"
        r"|victims|families|widows|[Mm]emorial|era|anniversary|generation|responders|aftermath"
        r"|plot\w{0,4}|mastermind|world|[Rr]eport|suspects?|survivors|[Ff]und|truthers?"
        r"|conspiracy|museum|Museum|attackers|bombers|panel)\b)"
        r"|(?:(?<=\b[Aa]fter[ \t])|(?<=\b[Ss]ince[ \t])|(?<=\b[Bb]efore[ \t])"
        r"|(?<=\bfollowing[ \t])|(?<=\bof[ \t]))9-11(?![ \t]*,[ \t]*\d)"
        r"(?=[ \t]*(?:[,;:!?)\"”’]|\.(?!\d)|$)"
        r"|[ \t]+(?:and|or|changed|showed|was)\b)"),
    # "12mm-14mm", "5kg–10kg": a range with its unit glued to both ends is said once, after it
    ("unitrange", r"(?<![\w.,])(?P<ur_a>" + _NUM + r")(?P<ur_u>" + _UNIT_RE + r"|[WVg])[–—-]"
        r"(?=" + _NUM + r"(?P=ur_u)(?![\w-]))"),
    # "90°–100°", "10°C–20°C": a degree sign on both sides is read once, after the range
    # not a numbered episode's or part's title after a spaced dash ("Episode #203 - 5 Tips",
    # "Part 2 - 3 Ways"): a pause (the shape is tested first, the labels only then)
    ("range", r"(?<![\w.,])(?!(?=\d{1,6}[ \t][-–—][ \t])" + _TITLE_NUMBER_LABEL + r")"
        r"(?P<r_a>" + _NUM + r")(?:%|" + _DEG_BOTH + r")?"
        r"(?:\s?[–—]\s?|-[ \t]?|[ \t]-[ \t])(?P<r_b>" + _NUM
        + r")(?![\w.,]\d|-\d|[A-JL-SU-Z]\b|[ \t]\d{1,3}/\d|" + _ORD_SUFFIX
        + r")(?:(?P<r_unit>\s?(?:" + _UNIT_RE + r")(?![\w²]))" + _UNIT_DOT + r"?"
        r"|(?P<r_gunit>ms|in|[mgh])(?![\w²'’-])|\s?(?P<r_ap>" + _AMPM + r")"
        # "6–12 in. are expected": spaced, "in" with its period is the inch, as after one number
        r"|[ \t](?P<r_gin>in)" + _INCH_DOT + r")?"),
    # "10 -20 minutes": a space before the hyphen only, between whole numbers; not a signed
    # change after a price ("225.86 -12.99 -5.44%"), a run of signed numbers, or a phone number
    ("spacerange", r"(?<![\w.,+−-])(?!\d{3}[ \t]-\d{4}(?!\d))(?P<sr_a>\d{1,6})[ \t]-"
        r"(?P<sr_b>\d{1,6})"
        r"(?![\w.,]\d|\d|[ \t]?[-+−]\d|" + _ORD_SUFFIX
        + r")(?:(?P<sr_unit>\s?(?:" + _UNIT_RE + r")(?![\w²]))" + _UNIT_DOT + r"?"
        r"|(?P<sr_gunit>ms|in|[mgh])(?![\w²'’-])|\s?(?P<sr_ap>" + _AMPM + r"))?"),
    # "4.7/5", and with a space before or after the slash ("4.6 /5", "4.6/ 5", "4.6 / 5");
    # not two amounts in two units ("2.2 / 5 lb")
    # the scale may be written to one place too ("4.8/5.0", "9.1/10.0"), and then a whole
    # score is a rating as well ("4/5.0": no fraction or date is written with ".0")
    ("rating", r"(?<![\w./])(?P<rt_a>\d{1,2}\.\d|\d{1,3}(?=/[ \t]?(?:5|10|100)\.0(?!\d)))"
        r"(?:/[ \t]?|[ \t]/[ \t]?)(?P<rt_b>5|10|100)(?:\.0)?"
        r"(?![\w/]|\.\d|[ \t]?(?:" + _UNIT_RE + r")(?![\w]))"),
    # glued too ("my 401k", "401K and 403b plans", "457b"), never an amount ("$401K")
    ("plan401", r"(?<![\w.$£€])(?:(?P<pk_n>[1-9]0[1-9]|457)\((?P<pk_l>[a-z])\)"
        r"|(?P<pk_g>401(?=[kK])|40[13](?=[aAbB])|457(?=[bB]))(?P<pk_gl>[a-zA-Z]))"
        r"(?:(?P<pk_s>['’]?s)(?![\w'’]))?(?(pk_g)(?![\w'’]|[.,]\d))"),
    # "1 – 1 1/2 tbsp": a range may end in a mixed number (fr_from, its first amount)
    ("fraction", r"(?<![\w./])(?P<fr_from>\d{1,3}(?:[ \t]?[–—][ \t]?|-)(?=\d{1,3}[ \t]\d/\d))?"
        r"(?P<fr_w>\d{1,3}\s)?(?P<fr_a>\d{1,4})/(?P<fr_b>\d{1,4})"
        r"(?![\w/]|\.\d)(?(fr_w)(?P<fr_to>[–-](?=\d))?)" + _FRACTION_UNIT.replace("@", "fr")),
    # "1½–2 cups", "nearly 2 ½-3 weeks": a mixed number, spaced or not, perhaps opening a range
    ("vulgar", r"(?:(?P<vu_n>\d{1,6})[ \t]?)?(?P<vu>[½¼¾⅓⅔⅛⅜⅝⅞⅕])"
        r"(?:(?P<vu_to>[ \t]?[–—-][ \t]?(?=\d))|" + _FRACTION_UNIT.replace("@", "vu") + ")?"),
    # "10.14.x", "2.x", "5.1.*": a version with a wildcard part (see _h_verwild)
    # ("1980.*" is a year and a footnote's star: a star needs a dotted version before it)
    ("verwild", r"(?<![\w.])(?P<vw>\d{1,4}(?:\.\d{1,4}){0,5})\.(?:[xX]|(?<=\d\.\d\.)\*"
        r"|(?<=\d\.\d\d\.)\*)(?![\w*]|\.\w)"),
    ("version", r"(?<![\w.])(?P<ver>\d{1,4}(?:\.\d{1,4}){2,6})"
        # "kernels 2.6.29–5.1": a dash to another dotted version is a range, "to"
        r"(?:[–—-](?P<ver_b>\d{1,4}(?:\.\d{1,4}){1,6})(?![\w.]\w|[.,]\d))?"
        # "Section 17.3.2a": a letter glued to the last part is a sub-clause's letter
        r"(?:(?P<ver_l>[a-z])(?![\w'’-]|\.\w))?(?![\w.]\w)"),
    # "(SP0-SP2)", "R1–R3": a dash between two codes of one prefix is a range (see _h_coderange)
    ("coderange", r"(?=[A-Z]{1,4}\d{1,3}[–-][A-Z])(?<![\w-])"
        r"(?P<cr_a>(?P<cr_p>[A-Z]{1,4})\d{1,3})[–-]"
        r"(?P<cr_b>(?P=cr_p)\d{1,3})(?![\w-]|[.,]\d)"),
    # "v2.5", "Node v20.11.0": a lower-case "v" glued to a dotted number is a version (see
    # _h_vversion); "V8" and "V3.1" (capitals name models) are left to the code rules
    ("vversion", r"(?<![\w.])v(?P<vv>\d{1,4}(?:\.\d{1,4}){1,5})(?![\w]|[.,]\d)"),
    ("sharp", r"(?<![\w#])(?P<sh>[A-G])#(?![\w#])"),
    # "Vol. #1", "Vol 3", "Pt. 2", "Ep #12", "Vol. II": a reference's numbered part before its
    # number, a number sign or a Roman numeral (see AbbreviationsRules._h_refnum); the period
    # is the abbreviation's, never a stop, and the number sign after it is silent
    # "Cat. 4 hurricane", "Cat 5", "Rm. 204", "Hwy 101", "Gr. 8": a class or a place named by
    # its number (see AbbreviationsRules._h_numname); a storm's category and a school grade are
    # small numbers ("Cat 797" is a Caterpillar truck)
    ("numname", r"(?<![\w.])(?:(?P<nn>Cat|Gr)\.?[ \t](?=(?:1[0-2]|[1-9])(?![\d]|[.,]\d))"
        r"|(?P<nn_b>Hwy|Rte|Rm|Bldg|Div)\.?[ \t](?=\d)"
        r"|(?P<nn_d>Dist|Rt|Amdt)\.[ \t](?=\d))"),
    ("refnum", r"(?=[VvPEeFfBCc])(?<![\w.#])(?P<rf>Vols?|vols?|VOLS?|Pts?|PTS?|Eps?|eps?"
        r"|Figs?|figs?|FIGS?|Bk|Ch|CH|ch)(?:(?P<rf_dot>\.)[ \t]?|[ \t])(?:#[ \t]?)?"
        r"(?=\d|(?P<rf_r>X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})(?![\w'’-]|[.,]\d))(?P=rf_r)?"),
    # "No. 5", "NO 732", "No #3"; without a period only before a bare number ("No 10 Downing
    # Street"), not before a number that describes a noun ("No 4K options", "No 2 cases");
    # a capital "No" inside a sentence (after a lower-case word or a comma: "talks at No 10
    # today", "a No 10 aide") is the abbreviation whatever follows, as is "No 10's"
    # "No. of users" (a table's header): the number of them, "No. Of course" is an answer
    ("nonum", r"(?<![\w.])(?P<no>NO|No|Nos|NOS|no|nos)(?:\.(?=[ \t]+(?:of|OF)\b)"
        r"|(?:(?<=N[Oo])|(?<=NOS|Nos))(?:\.(?=[ \t]+Of\b(?![ \t]+course))"
        r"|\.[ \t]?(?=#?\d)|(?:(?<=[a-z,;][ \t]No)|(?<=[a-z,;][ \t]Nos)|(?<=(?<!\w)A[ \t]No)"
        r"|(?<=The[ \t]No))[ \t]?(?=#?\d{1,6}\b)"
        r"|[ \t]?(?=#?\d{1,6}(?:[,.;:)!?]|['’]s\b|[ \t]+[A-Z]|[ \t]*$"
        r"|[ \t]+(?:in|on|at|and|of|for|with|is|was|before|after|to|from)\b))))#?"),
    # "Apt. 1C", "Apt 4B", "Apt. B": an apartment's number; "Prop. 13", "Prop 22": a ballot's
    # proposition (see AbbreviationsRules._h_numbered); "Re." or "Re:" opening a letter's line
    ("numbered", r"(?<![\w.])(?:(?P<nb>Apt|APT|Prop)\.?(?=[ \t]+(?:\d{1,5}[A-Za-z]?|[A-Z])"
        r"(?![\w.,]\w))|(?P<nb_re>(?<![^\n])[ \t]*R[Ee][.:])(?=[ \t]+\S))"),
    # "7 y.o.", "7yo", "10 y/o": years old (see NumbersRules._h_yearsold)
    ("yearsold", r"(?<![\w.,])(?P<yo_n>\d{1,3})[ \t]?(?P<yo>y\.o\.|yo\b|y/o\b)(?![\w'’-])"),
    # "p.301-17", "pp. 45-62": a page or a range of pages, glued or spaced (see _h_pages)
    ("pages", r"(?<![\w.])(?P<pgs>pp?)\.[ \t]?(?P<pgs_a>\d{1,5})(?:[–-](?P<pgs_b>\d{1,5}))?"
        r"(?![\w.,]\d|[\w–-])"),
    # a colour's hex code ("#0f7ebe", "#FFF", "#1a2b3c"): letters and digits mixed, a letter or
    # digit repeated ("#FFF", "#333333") or six digits led by 0; not a rank ("#1 pick", "#100",
    # "#10a") nor a hashtag ("#MeToo", "#bad"); see SymbolsRules._h_hexcolour
    ("hexcolour", r"(?=#)(?<![\w&#])#(?P<hx>(?=[0-9]{0,7}[A-Fa-f])(?=[A-Fa-f]{0,7}[0-9])"
        r"(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{6}|(?![0-9]{2,3}[A-Fa-f](?![\w-]))[0-9A-Fa-f]{3,4})"
        r"|(?P<hx_r>[0-9A-Fa-f])(?P=hx_r){2}(?:(?P=hx_r){3})?|0[0-9]{5})(?![\w-])"),
    # "x = 1  # set the count": a code comment's mark in a code listing (see _h_codecomment)
    ("codecomment", r"(?<!\S)#{1,2}(?=[ \t]+[a-z])"),
    # "about:preferences#advanced", "page.html#intro", "stats.clicks#total": a "#" glued
    # between a word character and a letter marks a part of an address or a name, "hash" (not
    # "number"); not "C#" or "F#" (the "sharp" rule), not a hashtag (a space or start before)
    ("gluedhash", r"(?<=\w)(?<!(?<![\w#])[A-G])#(?=[A-Za-z])"),
    # 'a phenomenon.”Then', '“rivals,”with': a closing quote glued to punctuation and to the
    # next word; dropping it alone would glue the words ("phenomenon.Then" is said "dot");
    # so does an opening quote after a sentence's end with its space lost ('he wrote.“A
    # bugged', "said.‘We"): the stop is kept and a space put between
    ("gluedquote", r"(?<=[.,;:!?])(?:[”\"]|[’‘](?=[A-Z])|“(?=[A-Z0-9]))(?=[A-Za-z0-9])"),
    # a hashtag ("#MeToo"); "##name" is a chat channel, "#items x #users" a count in a formula
    # (see SymbolsRules._h_hashtag)
    ("hashtag", r"(?<![\w&#])(?P<hsh>##?)(?P<hs>[^\W\d_][^\W_]{0,100})"),
    # "6'2\"", "5' 4\"" (the space is common in lists of sizes): a height in feet and inches
    ("feet", r"(?<![\w.])(?P<ft>\d{1,2})['′’][ \t]?(?P<inch>\d{1,2})(?:[\"″”]|'')"),
    # "6 ft 2 in", "5ft. 4in": feet then inches written as words or symbols
    ("ftin", r"(?<![\w.,])(?P<fi_f>\d{1,2})[ \t]?(?:ft\.?|feet|foot)[ \t]?(?P<fi_i>\d{1,2})"
        r"[ \t]?(?:inches|inch|in(?:" + _INCH_DOT + r")?)(?![\w'’-])"),
    # "4.4 GtCO2-eq", "3 tCO2e", "gCO2/km", "CO2e": a mass of carbon dioxide (or its warming
    # equivalent) written as one word; "CO2" alone is left to the letter rules (see _h_emission)
    # ("$40/tCO2e": per tonne; "3 Mt CO2e": the unit spaced after a figure)
    ("emission", r"(?=[GMktgC/])(?:(?<=\w)(?P<em_per>/)|(?<![\w./-]))"
        r"(?:(?P<em_u>Gt|Mt|kt|kg|t|g)(?:(?<=\d[ \t]Gt|\d[ \t]Mt|\d[ \t]kt)[ \t](?=CO[2₂]-?e))?)?"
        # "52 GtCO 2 eq": a document converted from a PDF spaces the subscript out
        r"CO(?:[2₂]|(?<=tCO)[ \t][2₂](?=[ \t]eq?\b))(?P<em_e>-equivalent|-?eq|-?e|[ \t]eq?)?"
        r"(?(em_u)|(?(em_e)|(?!)))(?![\w²])"),
    ("decunit", r"(?<![\w.])(?P<du_l>[A-Z]{1,4})(?P<du_n>\d{1,3}\.\d{1,3})(?![\w]|\.\d)"),
    ("camelacr", r"(?<![\w])(?=[A-Za-z]{0,40}[A-Z]{2})"
        r"(?P<ca>(?:[A-Z][a-z]{2,20}|[A-Z]{2,6}(?=[A-Z][a-z]{2}|\b)){2,4})"
        r"(?P<ca_s>['’]s)?(?![\w'’])"),
    ("cpumodel", r"(?<![\w-])(?P<cp_pre>[A-Za-z]{1,3}\d{1,2})-(?P<cp_n>\d{4,5})"
        r"(?P<cp_suf>[A-Z]{1,3}\d?|[a-z]{1,2})?(?![\w-])"),
    # not after a dimension, resolution or network generation ("3D IV drip", "4K II", "5G")
    ("modelroman", r"(?<![\w-])(?!(?:[23]D|[2-8]K|[2-6]G)[ \t])"
        r"(?P<mr_code>(?:[A-Z][A-Za-z]{0,5}\d{1,4}|\d{1,2}[A-Z])"
        r"[A-Za-z]{0,2})[ \t]"
        r"(?P<mr_ro>II|III|IV|VI{0,3})(?![\w'’-])"),
    # a year before its era ("850 CE", "about 300 bce", "1066 AD"): a year, the era spelled
    ("era", r"(?<![\w.,$€£-])(?P<era_n>\d{1,4})[ \t]?(?P<era_e>BCE|CE|BC|AD|bce|ce)"
        r"(?![\w'’-]|\.\w)"),
    # "&c", "&c.": the old abbreviation of "et cetera"; its period goes with it before a word
    # in lower case or a comma, and stays as the sentence's stop otherwise
    ("etcetera", r"(?<![\w&])&c(?![\w'’-])(?:\.(?=[ \t]+[a-z]|[,;:)]))?"),
    # "1,440p", "2,160p": a video resolution written with a thousands comma, said in pairs
    # as "1440p" is ("fourteen forty P"), not counted ("one thousand four hundred forty p")
    ("commares", r"(?<![\w.,])(?P<vr_a>[1-9]),(?P<vr_b>\d\d0)(?P<vr_l>[pP])(?![\w'’-])"),
    ("alnum", r"(?<![\w])(?<![\d.,]-)"
        # not a figure glued to a squared or cubed length ("40m2", "300m3": normfix53, the
        # number rule reads them)
        r"(?!\d{1,7}(?:mm|cm|km|ft|m)[23](?![\w]))"
        r"(?P<an>(?=[A-Za-z]{0,40}\d)(?=\d{0,40}[A-Za-z])[A-Za-z0-9]{1,40}"
        # "CKSTBR9050-NP", "BM1349-UL-B": a letter-led model code with capital suffix groups
        r"|[A-Z]{1,8}\d{2,6}(?:-[A-Z]{1,4}){1,3}|[A-Z]{2,8}\d(?:-[A-Z]{1,4}){1,3}"  # "EQ6-R"
        r"|[A-Z][A-Za-z]{0,7}-\d{1,6}[A-Za-z]{0,3})(?:(?![\w]|-\w)"
        # "IPv6-compatible", "PCIe4-based": a code whose small letter meets its number, before
        # a hyphened word, is read as alone ("I P v six"), the suffix after it
        r"|(?:(?<=[A-Z][a-z]\d)|(?<=[A-Z][a-z]\d\d)"
        # "an a16z-backed startup", "k8s-native": a numeronym, likewise
        r"|(?<=(?<![\w-])[A-Za-z]\d[A-Za-z])|(?<=(?<![\w-])[A-Za-z]\d\d[A-Za-z]))"
        r"(?=-[a-z]{2,20}(?![\w-])))"),
    # "a 2m-long python", "a 10m-high wall": meters before the dimension (see _h_meterhyphen)
    ("meterhyphen", r"(?<![\w.,$€£¥-])(?P<mh>" + _NUM + r")m(?=-(?:long|wide|high|tall|deep"
        r"|thick|square)(?![\w-]))"),
    ("number", r"(?<![\d.,])(?P<n_sign>(?<![\w])[-−+])?(?P<n_num>" + _NUM
        + r")(?:(?P<n_unit>\s?(?:" + _UNIT_RE + r")(?![\w²]|(?<= K)[-–]\d"
        # ("5 Mt CO2e": the emission rule says "megatonnes of C O two equivalent")
        # ("15 Mt Pleasant Rd": a number and a mount's name, an address)
        + r"|(?<=[\d ][GM]t)[ \t]CO[2₂]-?e|(?<=[\d ]Mt)[ \t][A-Z][a-z]|" + _SIZE_BITS_NOT
        + r")" + _UNIT_DOT + r"?)"
        # "400 g of fruit": spaced, "m" and "g" are still meters and grams after a number
        r"|(?P<n_gunit>ghz|mhz|khz|kwh|mah|gb|tb|mb|kb|mp|ms|in|MP|Pa|[msFCghtLWVw]| [mg]"
        # "a 1400 W heating element", "1,500 W of power": spaced, "W" is watts before a word
        # in lower case or a mark; "W." (West, "100 W. Main St.") and a capital after it are not
        r"| W(?=[ \t]+[a-z]|[,;:)]|\.?[ \t]*(?:\n|\Z)|" + _OPENER_NEXT + r")"
        # "a 55 in. TV": spaced, "in" is the inch only with its abbreviation's period, or
        # after a decimal at a phrase's or cell's end or before its extent ("Width: 1.57 in",
        # "1.4 in thick")
        r"|[ \t]in" + _INCH_DOT + r"|(?:(?<=\.\d)|(?<=\.\d\d))[ \t]in(?=[ \t]*(?:[,;:)|\n]|\Z"
        r"|\.(?:[ \t]|\Z))|[ \t]+(?:thick|wide|long|tall|deep|high)\b)"
        # "a 4.7 in (diagonal) display", "9 in (23 cm)", "a (9 in) tin": before a bracket
        # that converts the length or says its extent, or closing the bracket the amount
        # opened, "in" is the inch; the preposition takes its object there ("3 in (the) ...")
        r"|[ \t]in(?=[ \t]\((?:\d{1,4}(?:[.,]\d{1,2})?[ \t]?(?:cm|mm|m)\b"
        r"|diagonal|wide|long|tall|deep|high|thick|approx|across))"
        r"|(?:(?<=\(\d)|(?<=\(\d\d)|(?<=\(\d\.\d)|(?<=\(\d\d\.\d))"
        r"[ \t]in(?=\)))(?![\w²'’-]))?"),
    ("digitrun", r"\d{1,20}"),
    # ... and the titles and ranks British, Irish and Australian papers write without one ("Ms
    # Lee", "Mt Isa", "Det Sgt Ray Hall", "Cllr Ann Byrne", "Fr Tom Kelly", "Sqn Ldr Ann Wu")
    ("titlenp", r"(?<![\w.])(?P<tn>Lt|Col|Gen|Sgt|Capt|Maj|Cpl|Pvt|Adm|Cmdr|Supt|Prof|Dr|St|Ste"
        r"|Rt(?= Hon\b)|(?<=Rt )Hon|(?<=Rt\. )Hon|(?<=the )Hon|(?<=The )Hon|Revd|Msgr"
        r"|Ms|Mts?|Insp|Const|Cllr|Fr|Rev|Sen|Gov|Brig|Cdre?|Pte|Gnr|Spr|Bdr|Tpr|Lieut|Archbp"
        r"|Bp|Sr|LCpl|Messrs|Commr|(?<=the )Ven|(?<=The )Ven|Det|Ldg|Ch|Assoc|Asst|Dep|Sqn|Wg"
        r"|Flt|Gp|L(?= Cpl\b)|(?<=Sqn )Ldr)"
        r"(?= [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]| [A-Z]['’][A-Z]| [A-Z]\.? [A-Z][a-z]"
        r"| the (?:Rt|Right|Hon|Honourable)\b"
        # "Lt-Col Ann Lee", "Maj-Gen", "the Gov-Gen": the first half of a hyphened rank
        r"|-(?:Gen|Col|Cdr|Cmdr|Adm|General|Colonel|Commander|Admiral)\b|(?<=Gov-Gen)(?![\w.-]))"),
    # "Cornmarket St, Cork", "Main St and": a bare "St" after a word, before a mark, a word in
    # lower case or the line's end (see _h_streetnp); "the Blue Mts," a range's "Mountains",
    # "Dale Horvath Sr said" a father's "Senior"
    ("streetnp", r"(?<=[a-z] )(?:St|Mts|Sr)(?=[ \t]*(?:[,;:)!?\n]|\Z)|[ \t]+[a-z])"),
    ("aperture", r"(?<![\w/])f/(?=\d)"),
    # "The Go 15 (AG15-31P)’s display": a possessive glued after a closing bracket belongs to
    # the name the bracket follows; the bracket's closing pause would leave a lone "s"
    ("parenposs", r"(?<=[\w.])\)['’]s(?![\w'’])"),
    # ... and after an abbreviation's period ("Acme Inc.’s chief", "King Jr.’s speech"): the
    # expanded word's possessive; a curly apostrophe was dropped as a quote ("Incorporated s")
    ("possessive", r"(?<=\w)['’]s(?![\w])|(?<=[A-Za-z][ \t])’s(?![\w’])"
        r"|(?<=[A-Za-z]\.)['’]s(?![\w'’])"),
    # a slashed unit ("km/h") with no number before it, or after an h:mm (a pace, "5:30 min/km",
    # whose figure the time rule reads)
    ("bareunit", r"(?<![\w./])(?:(?<!\d[ \t])|(?<=\d:[0-5]\d[ \t]))(?P<bu>" + SLASH_UNIT_RE
        + r")(?![\w/²])"),
    # Reddit names ("u/klubmo", "r/espresso") and chat commands ("/goodmorning", "type /imagine"):
    # the slash is part of the name (see _h_slashname)
    ("slashname", r"(?:(?<![\w/.:~-])(?P<sn_l>[ur])|(?:(?<=[\s“\"‘'(\[])|\A))/(?=(?P<sn>[A-Za-z]"
        r"[A-Za-z0-9_]{2,30})(?![\w/.]\w|[/\\]))(?!(?:min|sec|mi|km|hr|day|yr)\b)"),
    ("slashabbr", r"(?<![\w/])(?P<sa>w/o|b/c|[Ww]/|c/o|[Nn]/[Aa]|[yqmYQM]/[yqmYQM])(?![\w/])"),
    # two initialisms joined by a slash ("AC/DC", "TCP/IP", "P/E"): one spelled run
    ("capslash", r"(?<![\w/&.-])(?P<csl_a>[A-Z]{1,4})(?P<csl_p>s)?/(?P<csl_b>[A-Z]{1,4})"
        r"(?(csl_p)s|(?P<csl_q>s)?)(?:-(?P<csl_x>[a-z]{2,12})(?![\w-]))?(?![\w/&]|-\w)"),
    # a slash between a product's name and its model number ("OS/2", "AS/400", "System/360"):
    # the name's separator, not said (see _h_modelslash); not a year ("EU/2005")
    ("modelslash", r"(?<=[A-Za-z]{2})/(?=(?!(?:19|20)\d\d(?!\d))\d{1,4}(?:['’]s)?"
        r"(?![\w/]|[.,:]\d|-\d))"),
    # also after a price's "+" ("$11+/serving"); a contraction stays whole ("fits/doesn’t")
    ("slashword", r"(?:(?<=[\w%.])|(?<=\d\+))/[ \t]?(?P<sw>[A-Za-z]{1,12}(?:['’][a-z]{1,3})?)"
        r"(?![\w])"),
    # a version ending a lower-case code path ("encoding/json/v2", "api/v1"): "slash v two"
    ("pathversion", r"(?<=[a-z])/(?=v\d{1,2}(?![\w/]|\.\d))"),
    # two model codes joined by a slash ("i7/i9", "PS4/PS5"): alternatives (see _h_codeslash)
    ("codeslash", r"(?<=\d)/(?=[A-Za-z]{1,4}\d{1,4}[A-Za-z]{0,2}(?![\w/]))"),
    # a spaced slash: a score, a rate or a formula's "divided by" (see SymbolsRules)
    ("spacedslash", r"(?<=[^\s/][ \t])/(?:[ \t](?P<ss_u>" + _PER_RE + r")(?![\w/])"
        r"|(?=[ \t][^\s/]))"),
    # a double-underscore ("dunder") name, alone or as a file's ("__init__.py", "__all__"):
    # "dunder init dot P Y"; the underscores dropped, it was "init.py" beside "bar dot P Y"
    ("dunder", r"(?<![\w.@/])__(?P<dun>[A-Za-z][A-Za-z0-9]{0,30}(?:_[A-Za-z0-9]{1,30}){0,4})__"
        r"(?:\.(?P<dun_ext>" + _EXT_RE + r"))?(?![\w]|\.\w)"),
    ("filename", r"(?<![\w.@/])(?P<fn_base>[A-Za-z][\w-]{0,40})?\.(?P<fn_ext>" + _EXT_RE
        + r")(?![\w]|\.\w)"),
    ("dotwords", r"(?<![\w.@/])(?P<dw>[a-z]{2,12}(?:\.[a-z]{2,12}){2,5})(?=\.?(?:\s|$))"),
    # "(just to name a few!) plans", "the “what’s for dinner?” stress": a "!" or "?" closing a
    # bracket or a quote that the sentence goes on after (a lower-case word follows)
    ("innermark", r"(?<![!?])[!?]{1,8}(?=[)\]\"”’']{1,2}[ \t]{1,5}[a-z])"),
    # (AP style spaces its dots: "no idea . . . Reyes said")
    ("ellipsis", r"[ \t]?(?:\.{3,6}|…{1,3}\.{0,3}|\.(?:[ \t]\.){2,3})[ \t]?"),
    # "IQ.LIGHT", "ABC.XYZ": a dot glued between two words in capitals joins a brand's name;
    # said as a space, where a stop would cut the name in two ("I Q. Light")
    ("capsdot", r"(?<=[A-Z]{2})\.(?!" + CAPS_TLD + r")(?=[A-Z]{2,20}(?![\w]|\.\w))"),
    # "the .com boom", "a .org address", "secure the.Amazon domain": a top-level domain or a
    # name's ending written with its dot, after a space or glued to an article, is "dot com",
    # never a stop ("the. Amazon"); a missing space after a real sentence ("ended.The") stays
    # one, as no article ends a sentence (see _h_tldword)
    ("tldword", r"(?=\.)(?:(?<=[ \t(“\"‘'])(?<![.!?:;][ \t])(?=\.[a-z]{2,12}(?![\w.@/'’-]))"
        r"|(?<=(?<![\w.'’-])the)|(?<=(?<![\w.'’-])The)|(?<=(?<![\w.'’-])an)"
        r"|(?<=(?<![\w.'’-])a)"
        r"|(?<=(?<![\w.'’-])the[ \t])|(?<=(?<![\w.'’-])a[ \t])|(?<=(?<![\w.'’-])an[ \t]))"
        r"\.(?P<tw>[a-z]{2,12}|[A-Z][a-z]{1,12})(?![\w.@/'’-])"),
    ("gluedstop", r"(?<=[a-zA-Z)\]”\"])\.(?=[(\[“\"‘']?[A-Z][a-z]|[A-Z]\.[A-Z][a-z])"),
    # "in 2011.There were", "sold 300.Analysts": a number's sentence end with the space lost
    # before a capitalized word of lower-case letters (not a ticker's ".TO", see _h_numstop)
    ("numstop", r"(?<=[0-9])\.(?=[A-Z][a-z]{1,20}(?![\w.]))"),
    # "android.permission.READ_CONTACTS", "os.environ.HOME": a code name in capitals dotted to
    # a lower-case one (see _h_codecaps)
    ("codecaps", r"(?<=[a-z0-9])\.(?=[A-Z][A-Z0-9_]{1,40}(?![\w]|\.\w))"),
    ("plural", r"(?<=[a-z])\((?P<pl>s|es)\)(?![\w])"),
    # "(multi)media", "(re)launch": an optional prefix in brackets is read joined to its word
    ("prefixpar", r"(?<![\w(])\((?P<pp>re|pre|un|non|co|de|dis|mis|multi|sub|super|inter|anti"
        r"|post|over|under|semi|micro|ab|in|im|ir|il|en|ex|bi|tri|auto|cross|hyper|mini|trans"
        r"|out|up|counter|mega|cyber|e)\)(?=[a-z]{3})"),
    # (a space may pad the inside of the brackets: "proven right ( 1 ).")
    ("parennum", r"[ \t]?\([ \t]?(?P<pd>\d{1,4})[ \t]?\)"),
    # "(10, 11)": a list of numbers in brackets, read, or silent as reference markers
    ("parenlist", r"\([ \t]?(?P<pls>\d{1,3}(?:,[ \t]?\d{1,3}){1,8})[ \t]?\)"),
    # "[ DOI ] [ PubMed ] [ Google Scholar ]": links to scholarly databases after a reference
    ("linklabel", r"\[[ \t]?(?:" + _LINK_LABELS + r")[ \t]?\]"),
    ("citation", r"\[[ \t]?(?:\d{1,3}(?:[ \t]?[,–-][ \t]?\d{1,3}){0,8}|[a-z]|citation needed"
        r"|note \d{1,3})[ \t]?\]"),
    ("tilde", r"[ \t]?~[ \t]?"),
    # code in capitals: "SELECT * FROM" is "select star from"; "TL;DR" is one initialism
    ("codestar", r"(?<=[A-Z][ \t])\*(?=[ \t][A-Z])"),
    ("tldr", r"(?<![\w;])(?:TL;DR|tl;dr|TL;dr)(?![\w;])"),
    ("bracket", r"[\[\]]"),
    ("stars", r"(?<=\d)\*(?![\w*])"),
    # "lawn size in m²": a squared unit with no number before it (the number rules read "300 m²")
    ("squnit", r"(?<![\w²])(?<!\d[ \t])(?P<sq>km|cm|mm|m|ft|in|mi|yd)²(?![\w²])"),
    ("wildcard", r"(?<![\w*])\*(?=\.[A-Za-z0-9])|(?<=[/.])\*(?![\w*])"),
    # "Model O- 58g", "Model D- Wireless", "a B- average": a letter's trailing minus is part
    # of the name or grade ("O minus"), not a hyphen gluing it to the next word; not a
    # suspended compound ("A- and B-shares")
    ("letterminus", r"(?<=[A-Za-z][ \t])(?P<lm>[A-Z])-(?=[ \t]+(?!(?:and|or|to|through)\b)"
        r"[\w(])"),
    # ... and "Ph.D." (a degree's letters, "P H D"; left, eSpeak NG said "P H dot D")
    ("dotted", r"(?<![\w.])(?P<dt>(?:[A-Za-z]\.){2,8}|Ph\.D\.?)(?P<dt_s>['’]s(?![\w'’]))?(?![\w])"),
    # "(ex: 1-3, 6)", "[ex: Paris, Rome]": "ex:" opening a bracketed or listed example is
    # "for example", as "e.g." is; not "my ex: she" (a word before it); see _h_exlist
    ("exlist", r"(?:(?<=[(\[])|(?<=,[ \t]))[Ee]x:(?=[ \t]+\S)"),
    # "async/await", "try/catch", "read/write": a programming pair said as one term, not "or"
    ("codepair", r"(?<![\w/])(?i:(?P<cpr_a>async)/(?P<cpr_b>await)|(?P<cpr_c>try)/(?P<cpr_d>catch"
        r"|except))(?![\w/])"),
    # "(🌟 = first patch)", "⭐ = new": an emoji a legend defines is said by its name, or
    # "equals" has no subject (see SymbolsRules._h_emojilegend)
    ("emojilegend", r"(?P<el>[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55])\uFE0F?"
        r"(?=[ \t]*=[ \t]*\w)"),
    # "Samsung SIII", "Galaxy S III", "Galaxy S II's": a model named by a letter and a Roman
    # numeral, glued or spaced, after a capitalized name: "S Three"; spelled, "S I I I" (see
    # NumbersRules._h_letterroman). The letter is none a numeral is written with ("Henry
    # VIII", "Louis XIII" stay regnal), a glued one only before II or III ("SIV" is a virus)
    ("letterroman", r"(?:" + "|".join(f"(?<=[A-Z][a-z]{{{k}}}[ \t])" for k in range(1, 13))
        + r")(?P<lr_l>[ABE-HJKN-UWYZ])(?:(?P<lr_g>II|III)|[ \t](?P<lr_n>II|III|IV))"
        r"(?P<lr_s>['’]s)?(?![\w'’-]|[.,]\d)"),
    # "the KDX IV", "an XPS III": a generation numeral after a product's name in capitals
    # (its letters are read by their own rule) is counted, "K D X four"; IV, VI and IX, which
    # are initialisms too ("an NHS IV drip"), only before a stop, a possessive or a verb or
    # preposition, where an initialism would need a noun (see NumbersRules._h_acroroman)
    ("acroroman", r"(?:" + "|".join(f"(?<=(?<![\\w.&'’-])[A-Z]{{{k}}}[ \t])" for k in range(2, 6))
        + r")(?P<ar_n>II|III|VII|VIII|(?:IV|VI|IX)(?=['’]s\b|[,.;:!?)]|[ \t]*$|[ \t]+(?:is|was"
        r"|will|has|had|and|or|in|on|at|for|with|from|to|which|that|comes|costs|sells|runs)\b))"
        r"(?P<ar_s>['’]s)?(?![\w'’-]|[.,]\d)"),
    ("abbr", r"(?<![\w.])(?P<ab>[A-Za-z]{1,8})\.(?![\w.])"),
    # (not a letter before "#": "Java C#" is the language, left to the "sharp" rule)
    # "phase III", "class II", "phase IIa", "Type IIb": a small Roman numeral after a noun
    # that numbers things, in lower case too, with a sub-grade letter; a lone "I" in lower
    # case only before a noun it grades ("the type I like" is the pronoun). "Man-III",
    # "MHC-II": a sequel's or a class's numeral after a hyphen (see NumbersRules._h_romannoun)
    ("romannoun", r"(?:" + "|".join(f"(?<=\\b{w} )" for w in (
        "phase", "Phase", "class", "Class", "type", "Type", "stage", "Stage", "grade", "Grade",
        "tier", "Tier", "category", "Category", "level", "Level"))
        + r")(?P<rn_n>II|III|IV|VI{0,3}|IX|X|I(?=[a-d]?(?:[,;)]"
        r"|(?:/|[ \t]+(?:and|or|to)[ \t]+)I[IV]|[ \t]+"
        r"(?:trials?|stud(?:y|ies)|diabetes|cancers?|disease|errors?|felon(?:y|ies)|evidence"
        r"|recommendations?|obesity|tumou?rs?|drugs?)\b)))(?P<rn_s>[a-d])?(?![\w'’-]|[.,]\d)"
        r"|(?<=[A-Za-z]-)(?P<rn_h>II|III|IV|VI|VII|VIII)(?![\w'’-]|[.,]\d)"),
    # ("François I", "WrestleMania XL": an accented or a camel-cased name too; "Chapters
    # IV-VI": a hyphen only before a numeral the range ends on)
    ("roman", r"\b(?P<ro_name>[A-Z][a-zà-öø-ÿ]{1,20}(?:[A-Z][a-z]{2,12})?"
        r"(?:\s[A-Z][a-zà-öø-ÿ]{1,20})?)\s(?=[IVXLCDM])"
        r"(?P<ro_num>M{0,3}"
        # ("Carlos C.D. Ruiz": dotted initials, not a numeral, so no dot and letter after it)
        r"(?:CM|CD|D?C{0,3})" + _ROMAN_MULTI + r")(?P<ro_s>['’]s)?"
        r"(?![\w'’#]|-(?!" + ROMAN_TAIL + r"|[a-z]{2,20}(?![\w-]))|[.,]\d|\.[A-Za-z])"
        # "Jennifer M. Johnston": a period before a name, taken so an initial can drop it
        r"(?P<ro_dot>\.(?=[ \t]+[A-Z][a-z]))?"),
    # "Seattle (SEA)", "Heathrow Airport (LHR)", "(NYSE: COST)", "Google Inc. (GOOG)'s": a
    # place's or a share's code, spelled even where it is a word (see SymbolsRules._h_placecode)
    ("placecode", r"(?=[A-Z])(?:(?<=\()(?P<plc>[A-Z]{3,5})(?=\))|(?:" + "|".join(
        f"(?<={x}:)|(?<={x}: )" for x in ("NYSE", "NASDAQ", "Nasdaq", "AMEX", "TSX", "LSE", "ASX",
                                           "OTC")) + r"|(?<=\bticker )|(?<=\bsymbol ))"
        r"(?P<tkr>[A-Z]{1,5})(?![\w&'’-]|\.\w))"),
    # a pronunciation respelled in hyphened syllables, the stressed one in capitals ("cicadas
    # (sih-KAY-duhz)", "KWAH-tuh"): said as syllables (see _h_respell); one of the others
    # must be spelled as only respellings spell ("uh", "ih"), so "FBI-led" and "GMO-free" stay
    ("respell", r"(?<![\w'’./@-])(?=[A-Za-z]{1,5}-)"
        r"(?=[A-Za-z-]{0,40}?(?<![A-Za-z])[A-Z]{0,3}[AEIOUY][A-Z]{0,3}(?![A-Za-z]))"
        r"(?=[A-Za-z-]{0,40}?(?<![A-Za-z])[a-z]{0,3}(?:uh|ih)[a-z]{0,3}(?![A-Za-z]))"
        r"(?P<rsp>(?:[a-z]{1,5}|[A-Z]{1,5})(?:-(?:[a-z]{1,5}|[A-Z]{1,5})){1,5})"
        r"(?![\w'’@-]|[./]\w)"
        # ... or, after "pronounced" or alone in brackets, one whose capitals syllable holds a
        # respelling's vowel ("pronounced SHEE-vah", "(mah-REE-ah)", "(zhah-KEE)")
        r"|(?<=pronounced )" + _RESPELL_VOWELS + r"(?P<rsq>" + _SYLLABLES + r")(?=[ \t,.;:!?]|\Z)"
        r"|(?<=\()" + _RESPELL_VOWELS + r"(?P<rsr>" + _SYLLABLES + r"(?:[ \t]" + _SYLLABLES
        + r"){0,2})(?=\))"),
    ("capscontr", r"(?<![\w&])(?P<cc>[A-Z]{1,10}['’](?:T|LL|RE|VE|D|M))(?![\w&'’])"),
    # an underscore joins the parts of a code name ("CLAUDE_API_KEY"): each part is read alone
    ("caps", r"(?<![^\W_])(?<!&)(?P<cp>[A-Z][A-Z&]{0,30}[A-Z])(?P<cp_s>['’]?s|['’]S)?"
        r"(?![^\W_]|&)"),
    # initialisms written in mixed case ("DoD", "IIoT", "PhD", "iOS", "macOS", "SaaS"), and
    # their plurals ("PoPs", "MoUs")
    ("mixedacr", r"(?<![\w'’-])(?P<mx>" + MIXED_ACRONYM + r")(?P<mx_s>['’]?s)?(?![\w'’])"),
    ("word", r"[^\W\d_]{1,200}(?:['’][^\W\d_]{1,50})?"),
    ("accentapos", r"(?<=[A-Za-z])´(?=[a-z])"),
    # star glyphs: a rating said as a count ("★★★☆☆"), or silent decoration (see _h_starrun)
    ("starrun", r"(?P<st>[★⭐☆](?:\ufe0f?[★⭐☆]){0,9})\ufe0f?"),
    # check and cross marks: "yes" / "no" after text, silent bullets at a line's start
    ("tick", r"[ \t]?(?P<tk>[✅✔☑✓❌✗✘✖❎⚠])\ufe0f?[ \t]?"),
    # between two words, ">" is "over" ("Hardware > Software") and "+" is "and" ("Warp + Weft"),
    # and so is a two-way connector ("Product <> Market Fit", "Sales <-> Marketing")
    ("wordop", r"(?<=[A-Za-z]{2}[ \t])(?:[>+↔]|<-?>)(?=[ \t][A-Za-z]{2})"),
    # "A → B", "plan -> build": "to"; an arrow ending its line is silent (see _h_arrow)
    ("arrow", r"[ \t]?(?:[→⟶➔➜⇒]|(?<![<\w-])-{1,2}>(?![>=]))[ \t]?"),
    ("symrun", r"&&|={2,3}|!=|\|\|"),
    ("compounddash", r"(?<=[a-z])–(?=[a-z])"),
    # "K–12", "F—16", "K–pop": a dash glued between a lone capital and a number (or an en dash
    # before a word) is the name's hyphen, typeset long (see _h_letterdash); not "an A—not bad"
    ("letterdash", r"(?<=(?<![\w.'’@/&])[A-Z])"
        r"(?:[–—](?=\d{1,4}(?![\d.,:]?\d))|–(?=[a-z]{2,20}(?![\w'’])))"),
    # a command-line flag after a command ("emcc -O3 add.c -o add.wasm", "gcc --verbose"):
    # "dash O three"; only the dashes are taken, the flag's name is read by the other rules
    # ("-rf", "-xvf": a short lower-case name ending there is taken too, to be spelled)
    ("cliflag", r"(?<=[^\s.!?\"”’')])[ \t](?P<fl_d>--?)(?=[A-Za-z][\w-]{0,30}(?![\w'’]))"
        r"(?:(?P<fl_s>[a-z]{2,4})(?=[ \t,;:)]|\.(?:[ \t]|\Z)|\Z))?"),
    # a hyphen with a space on one side only, between words: a dash ("in town- if", "the
    # town -if"), unless it suspends a compound ("pre- and post-war") or quotes a suffix ("-ing");
    # not after a single letter, which may be a model's name ("Model O- Wireless")
    ("halfdash", r"(?<=[^\W\d_]{2})(?:-[ \t]{1,20}|[ \t]{1,20}-)(?=[^\W\d_])"),
    # a quote's attribution: a hyphen glued to the name after the quote's end ('meals.” -Brittany
    # H.', '“Superb!”-Ann'): a pause, or the name runs into the sentence before
    ("attribdash", r"(?:(?<=[.!?\"”’')][ \t])|(?<=[.!?][\"”’']))-(?=[A-Z][a-z])"),
    # the look-alikes of a dash (figure dash, box-drawing line "─", two- and three-em dashes,
    # small and full-width hyphens) are pauses like an em dash, not silence between the words
    ("dashpause", r"[ \t]?(?:-{2,20}|[—–―‒─━⸺⸻﹘－]{1,20})[ \t]?|[ \t]-[ \t]"),
    ("space", r"\s{1,1000}"),
    ("char", r"."),
]
_RULES_OTHER: list[tuple[str, str]] = [
    ("tag", r"</?[A-Za-z!?/][^<>\n]{0,200}>"),
    ("word", r"[^\W_]{1,200}"),
    ("space", r"\s{1,1000}"),
    ("char", r"."),
]


#: Programs whose name opens a command line in an article ("emcc -O3 add.c", "git log
#: --oneline"): a hyphen glued to a word after one of them, on the same line, is a flag.
_COMMANDS = (
    "emcc|emcmake|emconfigure|emrun|gcc|g\\+\\+|clang|clang\\+\\+|rustc|cargo|go|javac|java|"
    "python3?|pip3?|node|npm|npx|yarn|pnpm|deno|bun|tsc|git|docker|kubectl|helm|make|cmake|"
    "ninja|curl|wget|ssh|scp|rsync|ls|rm|cp|mv|mkdir|chmod|chown|tar|zip|unzip|grep|sed|awk|"
    "find|sudo|apt|apt-get|brew|dnf|yum|pacman|systemctl|journalctl|ffmpeg|pytest|ruff|"
    "wasm-opt|wasmtime|wasmer|wat2wasm|wasm2wat|ruby|gem|perl|php|dotnet|mvn|gradle|terraform|"
    "aws|gcloud|az|du|df|ping|openssl|gpg|ld|objdump|nm|strace|valgrind|gdb|lldb")
_COMMAND_RUN = re.compile(r"(?<![\w./+-])(?:" + _COMMANDS + r")(?=[ \t])")
#: A sentence's or a clause's end between a command and a flag: the flag is not its.
_CLAUSE_BREAK = re.compile(r"[.!?;,:](?:\s|\Z)|[ \t](?:and|or|but|then|with)[ \t]")
#: A short flag's name and its argument, a file name or a constant ("when we said -o add.wasm",
#: "one with -s STANDALONE"): a flag in prose, with no command before it.
_FLAG_ARGUMENT = re.compile(r"[A-Za-z]{1,2}[ \t]+(?:[\w-]{1,40}\.[a-z]{1,5}|[A-Z][A-Z0-9_]{2,40})"
                            r"(?![\w.])")
#: A call just before or after an operator ("abs(x) - 1", "n - len(a)"), and the operand on
#: its other side: a figure, a letter or another call.
_CALL_BEFORE = re.compile(r"(?<![\w.])" + _CALL + r"\Z")
_CALL_AFTER = re.compile(_CALL + r"(?![\w(])")
_OPERAND_AFTER = re.compile(r"(?:\d|[a-z](?![\w'’])|" + _CALL_NAME + r"\()")
_OPERAND_BEFORE = re.compile(r"(?<![\w.,])(?:\d{1,9}|[a-z]|" + _CALL + r")\Z")
#: A flag's name in prose after a spaced hyphen ("the -x flag", "-rf", "-O3"): a letter or a
#: short run ending at a space or a mark; if it is no English word, the hyphen is a flag's.
_PROSE_FLAG = re.compile(r"(?:[A-Za-z]{1,2}\d?|[a-z]{3,12})(?=[ \t,;:)]|\.(?:[ \t]|\Z)|\Z)")


def _flag_name(word: str) -> bool:
    """Is ``word``, after a spaced hyphen in prose, a flag's name rather than a word the dash
    runs into ("-x", "-rf", "-O3", "-verbose" but not "-but", "-ing", "-a", "-sharply")? A
    letter that is no one-letter word, two letters that are no common word, or a longer run
    no word list knows."""
    if word in _SUFFIXES or word in ("a", "A", "I"):
        return False
    if len(word) <= 2 or word[-1].isdigit():
        return _zipf(word.lower()) < 5.5
    return _zipf_down_to_3(word.lower()) < 3.0


#: The "halfdash" rule, to read a dash that is no flag as before.
_HALFDASH = re.compile(r"(?<=[^\W\d_]{2})[ \t]{1,20}-(?=[^\W\d_])")


#: A long flag's name after "--": lower case, maybe hyphened ("--auto-correct", "--save").
_LONG_FLAG = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+){0,4}(?![\w'’])")
#: Words a double hyphen used as a dash is glued to ("he left --and never came back"): no
#: program's flag is named so.
_DASH_WORDS = frozenset("""
a an the and but or nor so yet if then than that this these those which who whom whose what when
where while why how not no even as at in on of to for from by with i you he she it we they his her
its our their my your there here because though although unless until maybe perhaps just only also
""".split())
#: The closing half of a pair of double hyphens later in the sentence ("the plan --if it
#: works-- is fine"): the first is a dash opening an aside, not a flag.
_CLOSING_DOUBLE_DASH = re.compile(r"\w--(?:\s|[.,;:!?)]|\Z)")
#: A sentence's end after a long flag: a closing double hyphen after it is another sentence's.
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|\Z)")
#: A short flag in a paragraph that shows code: one or two letters, maybe a digit ("-v",
#: "-rf", "-O3"); a longer word after a hyphen is prose ("well -known").
_SHORT_FLAG = re.compile(r"[A-Za-z]{1,2}\d?(?![\w'’-])")


def _long_flag_at(text: str, start: int) -> bool:
    """Is the word at ``start``, after a spaced "--", a command-line flag ("with --auto-correct",
    "pass --prof")? Two hyphens glued to a lower-case name are how flags are written; a
    function word or a pair of double hyphens around an aside is a dash in plain text."""
    m = _LONG_FLAG.match(text, start)
    if m is None or m.group().split("-", 1)[0] in _DASH_WORDS:
        return False
    end = text.find("\n", start)
    rest = text[m.end() : end if end >= 0 else len(text)]
    stop = _SENTENCE_STOP.search(rest)
    return not _CLOSING_DOUBLE_DASH.search(rest[: stop.start() if stop else len(rest)])


def _command_before(text: str, start: int) -> bool:
    """Is there a command ("emcc", "git") earlier on this line, within a few tokens of
    ``start`` and in the same clause, so that a hyphened word at ``start`` is its flag?"""
    line_start = text.rfind("\n", 0, start) + 1
    window_start = max(line_start, start - 120)
    commands = list(_COMMAND_RUN.finditer(text, window_start, start + 1))
    if not commands:
        return False
    last = commands[-1]
    between = text[last.end() : start]
    return len(between.split()) <= 8 and not _CLAUSE_BREAK.search(between)


#: The word after a bracket's close ("(Fla.) University"), for _bracket_label.
_BRACKET_NEXT_WORD = re.compile(r"\)[ \t]+([A-Za-z]+)")
#: Pronouns, articles and conjunctions that open a sentence and never continue a name after a
#: bracket ("(etc.) The next step"); "Police" or "Mayor" may ("Salem (Ore.) Police").
_SENTENCE_OPENERS = frozenset({
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
    "Those", "There", "His", "Her", "Its", "Their", "Our", "But", "And", "If", "When", "Then"})


def _compile(rules: list[tuple[str, str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in rules), re.DOTALL)


_PATTERNS: dict[bool, re.Pattern[str]] = {}


def _pattern(english: bool, _unused: None = None) -> re.Pattern[str]:
    pat = _PATTERNS.get(english)
    if pat is None:
        pat = _PATTERNS[english] = _compile(_RULES_EN if english else _RULES_OTHER)
    return pat


_DISPATCHERS: dict[bool, Dispatcher | None] = {}
#: The characters whose rules are tried most often, in that order (their groups are numbered
#: first; see Dispatcher).
_DISPATCH_HOT = "etaoinsrhldcumfpgwybvkxjqz ETAOINSRHLDCUMFPGWYBVKXJQZ0123456789"


def _dispatcher(english: bool) -> Dispatcher | None:
    """The rules of :func:`_pattern`, dispatched by the character where a match would start:
    the same matches, but each position tries only the rules that can start with its
    character (see :mod:`narrate.speech.dispatch`). None if the rules' parse is not as
    expected; then the single pattern is scanned as it always was."""
    if english not in _DISPATCHERS:
        _DISPATCHERS[english] = dispatcher(_RULES_EN if english else _RULES_OTHER, re.DOTALL,
                                           _DISPATCH_HOT)
    return _DISPATCHERS[english]


# ---------------------------------------------------------------------------------------------
# The normalizer
# ---------------------------------------------------------------------------------------------


#: An initialism in capitals, alone or with a plural "s" ("EV", "EVs"), in the whole text.
_CAPS_INITIALISM = re.compile(r"(?<![\w'’-])([A-Z]{2,5})s?(?![\w'’-])")


#: A tag with a name and nothing else ("<review>", "</reviewer_name>", "<item/>").
_BARE_TAG = re.compile(r"</?([A-Za-z][\w.-]{0,30})\s{0,3}/?>")
#: A placeholder in angle brackets: a few lower-case words with no attribute value ("Chili de
#: <your name>", "log in as <user name>"); said, as the tag test reads "<your" as an element.
_PLACEHOLDER_TAG = re.compile(r"<([a-z]{2,20}(?:[ \t][a-z]{1,20}){1,3})>")
#: A word after a tag that shows the tag is being named ("the <meta> tags", "<div> element").
_TAG_NOUN_AFTER = re.compile(r"[ \t](?:tags?|elements?|attributes?|blocks?|sections?)\b")
#: An article just before a tag ("the <title>", "a <meta>"): a named element, not markup.
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:[Tt]he|an?|An?|[Ee]very|[Ee]ach|[Aa]ny|[Tt]his|[Tt]hat"
                             r"|[Ii]ts|[Yy]our|[Tt]heir|[Oo]ur|with|and|or)[ \t]\Z")
#: Element names of HTML and SSML: markup wherever it stands, so never said.
_MARKUP_NAMES = frozenset("""
a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption
cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins
kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option
output p param picture pre progress q rp rt ruby s samp script search section select slot small
source span strong style sub summary sup table tbody td template textarea tfoot th thead time
title tr track u ul var video wbr center font big tt strike nobr marquee svg path g math
speak break prosody emphasis say-as phoneme voice lang lexicon metadata desc token w amazon
""".split())

#: No-break spaces (web pages put one after a stop, between a number and its unit): spaces.
_NO_BREAK_SPACES = {0x00A0: " ", 0x2007: " ", 0x202F: " "}

#: Abbreviations the output keeps with their period before a figure ("et al. 2019", "ca. 40",
#: "no. 5"): no sentence ends there, so the figure after them stays lower-case.
_KEPT_ABBREVIATIONS = frozenset({
    "al", "ca", "cf", "vs", "etc", "approx", "ibid", "viz", "p", "pp", "vol", "vols", "no",
    "nos", "fig", "figs", "ed", "eds", "op", "cit", "seq", "c", "v", "ch", "sec", "art",
})


#: A lower-case word in the source, its period (or "?", "!") and a space, just before a
#: lower-case word: a sentence the source itself opened in lower case ("transcript. it's"), or
#: an abbreviation's period ("dept. of"). After a closing quote or bracket the outer sentence
#: goes on ('saying, "No stars for you." with a sad tone').
_WORD_STOP_BEFORE = re.compile(r"(?<![\w.'’@/-])([a-z]{3,20})[.!?][ \t]{1,3}\Z")

_LOWER_WORD = re.compile(r"[a-z]{1,40}(?:['’][a-z]{1,10})?(?![\w'’])")
#: A camel-case brand opening in lower case ("comScore", "eBay", "iPhone", "iOS"): after an
#: ordinary word's stop it opens a sentence, and eSpeak NG ends the sentence before it only if
#: it is capitalized ("EBay" and "IPhone" are said as "eBay" and "iPhone" are)
_CAMEL_BRAND = re.compile(r"[a-z]{1,4}[A-Z][A-Za-z]{0,30}(?:['’]s)?(?![\w'’])")
_STOP = frozenset(".!?")

#: Lower-case abbreviations some writers close with a period (beside those of the tables the
#: rules read, see _abbreviation_stop): a stop after them is no sentence end.
_LOWER_ABBREVIATIONS = frozenset("""
max min temp ref rev gen var vol inc incl excl cont ext est pop div dist mil cal tel fax dept
govt approx misc avg ave jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu
thur thurs fri sat sun yrs hrs mins secs sec qty pkg pcs pts tbsp tsp lbs ozs gal appt corp
""".split())


def _ordinary_word_stop(word: str) -> bool:
    """Is ``word``, before a period, an ordinary English word (so that the period is a stop),
    not an abbreviation a writer keeps in lower case ("dept.", "approx.", "govt.", "etc.")?"""
    if word in _LOWER_ABBREVIATIONS or word in _KEPT_ABBREVIATIONS or word in UNITS:
        return False
    for table in (SUFFIXES, BARE_ABBREVIATIONS, NUMBERED_ABBREVIATIONS, TITLES, TITLES_INFIX):
        if word in table or word.capitalize() in table:
            return False
    return _zipf_down_to_3(word) >= 3.5


#: "1:00 " or "01:00 " before a plural unit ("1:00 hrs"): one of it, said in the singular.
_ONE_CLOCK_BEFORE = re.compile(r"(?<![\d:.])0?1:00[ \t]\Z")
# "100", "1000", "1,000" or "100,000" as a whole number, after the article "a" ("a 100 years",
# "a 1,000 times", "a 100-year flood"): not "a 1000s", "a 100.5", "a 150"
_ROUND_AFTER_A = re.compile(r"1(?:00|000|,000)(?:,000){0,2}(?![\d]|[.,]\d|s\b)")
# the article: "a", or "A" opening a sentence or line ("Plan A 100 times" is a letter)
_BEFORE_A = re.compile(r"(?:(?<![\w'’.-])a|(?:(?<=\A)|(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t])"
                       r"|(?<=\n))A) \Z")


def _article_round(text: str, start: int, out: str) -> str:
    """The article "a" before a round hundred or thousand is its "one": "a 100 years" is
    "a hundred years", not "a one hundred years" (also "a 100% rise", "a 1,000-mile trip")."""
    if not (_ROUND_AFTER_A.match(text, start) and _BEFORE_A.search(text, max(0, start - 6),
                                                                    start)):
        return out
    return re.sub(r"\A(\s*)one (hundred|thousand|million)\b", r"\1\2", out, count=1)


#: "between" right before a token: a range written with a dash after it is "between ten and
#: fifteen percent", not "between ten to fifteen" (see ``_between_and``).
_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween[ \t]\Z")
#: A dash joining two amounts inside a token ("10-15%", "$5-$10", "1990-95", "3–4pm").
_DASHED_PAIR = re.compile(r"\d[%°]?[ \t]?[-–—][ \t]?(?:[$€£¥]|(?:dollars|pounds|euros|yen)[ \t])?"
                          r"\d")  # a currency's word for the sign ("dollars 4-dollars 5")
#: "and" after the range: "between 1990-95 and 2000-05" compares two ranges, each a "to".
_AND_AFTER = re.compile(r"[ \t]+and\b")


def _between_and(text: str, m: re.Match[str], out: str) -> str:
    """A dashed range right after "between" ("between 10-15%", "between $5-$10", "between
    3-4pm") is said with "and", which "between" asks for; the range rules say "to" elsewhere.
    Ranges written with "to", and a range compared with another ("between 1990-95 and
    2000-05"), keep their words."""
    if not _DASHED_PAIR.search(m.group(0)) or _AND_AFTER.match(text, m.end()):
        return out
    return out.replace(" to ", " and ", 1)


_SENTENCE_END = re.compile(r"[.!?;:](?:[ \t]|\Z)")


def _menu_step(text: str, line_start: int, start: int, end: int, line_end: int) -> bool:
    """Is the ">" at ``start``..``end`` one step of a menu path ("Settings > Privacy >
    Cookies"), another " > " in the same sentence? Two sentences of one line ("Start >
    Settings. Then File > Save.") are two comparisons or two steps, each read on its own."""
    before = text[line_start:start]
    stops = list(_SENTENCE_END.finditer(before))
    if stops:
        before = before[stops[-1].end():]
    after = text[end:line_end]
    stop = _SENTENCE_END.search(after)
    if stop:
        after = after[: stop.start()]
    return " > " in before or " > " in after


#: The token just before / just after a spaced operator.
_TOKEN_BEFORE = re.compile(r"[\w.]{1,60}\s*\Z")
_TOKEN_AFTER = re.compile(r"\s*([\w.]{1,60})")
#: snake_case, camelCase or a dotted attribute ("cfg.limit").
_CODE_NAME = re.compile(r"[a-z0-9]_[a-z0-9]|^[a-z]+[A-Z][a-z]|^[a-z_]+\.[a-z_]+$")


def _code_name(m: re.Match[str] | None) -> bool:
    """Whether an operand is a name from code ("enqueue_timeout", "maxRetries", "cfg.limit"):
    then "+" between words is "plus", not the "and" of "Warp + Weft"."""
    if m is None:
        return False
    return bool(_CODE_NAME.search(m.group().strip().strip(".")))


#: A short clause closed by a comma ("AS Vatican envoy, he..."): "As" opens the sentence.
_CLAUSE_TO_COMMA = re.compile(r"[^\n.;:!?]{0,80},")

#: Comparison operators, as a maths teacher reads them.
_COMPARISONS = {"<=": "less than or equal to", ">=": "greater than or equal to",
                "==": "equals", "!=": "is not equal to"}

def _power_words(exp: str) -> str:
    """The words for a power's exponent after its base: " squared", " cubed", " to the power
    of minus three", " to the power of n"."""
    if exp == "2":
        return " squared"
    if exp == "3":
        return " cubed"
    if exp[0] in "-−":
        return " to the power of minus " + cardinal(int(exp[1:]))
    return " to the power of " + (cardinal(int(exp)) if exp.isdigit() else exp)


#: The spaced operator after a power ("2^15 - 1"): arithmetic, never a range.
_CARET_OPERATORS = {"-": "minus", "−": "minus", "–": "minus", "+": "plus", "*": "times",
                    "×": "times", "x": "times", "/": "divided by"}


class _Normalizer(NumbersRules, MoneyRules, MinorMoneyRules, DatesRules, UnitsRules,
                  AbbreviationsRules, SymbolsRules, CodeRules, CodeSymbolRules, CodeTokenRules,
                  VersionPairRules, BloodPressureRules, OverPeriodRules):
    """One run over one text: the core (scanning, assembly, pauses) here, each class of
    token's handlers in its own module under :mod:`narrate.speech`."""

    def __init__(self, text: str, lang: str, lexicon: Lexicon | None,
                 vocabulary: frozenset[str] | None = None) -> None:
        self.vocabulary = vocabulary
        low = lang.lower().replace("_", "-")
        self.english = low == "en" or low.startswith("en-")
        # a no-break space is a space to every rule ("an LLC.\xa0 An LLC": a sentence end),
        # and "€49,95" is read as "€49.95"; both keep the length, so every span still maps
        # to the input
        text = text.translate(_NO_BREAK_SPACES)
        self.text = swap_decimal_commas(text) if self.english else text
        self.day_first = low in {"en-gb", "en-uk", "en-ie", "en-au", "en-nz", "en-in", "en-za"}
        self.keep_and = self.day_first
        self.lexicon = lexicon
        self.pieces: list[list] = []  # [text, in_start, in_end]
        # a handler that ends a sentence before a number asks for the next word from this input
        # position on to be capitalized: eSpeak NG reads ". twenty" as an abbreviation's period
        # and runs on without a stop (-1: no request)
        self._cap_from = -1
        self._live: list[int] = []  # indices of pieces whose text is not empty
        self._line_starts: list[int] = []
        self._line_shout: list[bool] = []
        self._line_long: list[bool] = []
        self._run_spans: list[tuple[int, int]] = []  # runs of shouted capitals in mixed lines
        self._caps_initialisms: set[str] | None = None  # "EV" of "EVs": see _initialism_plural

    # -- assembly -------------------------------------------------------------------------

    # The seam logic only looks at the last live (non-empty) pieces, kept on a stack, so that
    # assembling stays linear even when thousands of pieces are dropped in a row.

    def _last_text(self) -> str:
        return self.pieces[self._live[-1]][0] if self._live else ""

    def _after_stop(self) -> bool:
        """Does the output so far end a sentence (a stop, then perhaps closing quotes)?

        An abbreviation the output keeps ("et al.", "ca.", "The Rev. 2 board") is no sentence
        end: a title or a reference abbreviation before the period says so."""
        tail = ""
        for i in reversed(self._live[-8:]):
            tail = self.pieces[i][0] + tail
            if len(tail.strip()) > 12:
                break
        # closing marks after the stop, and a straight quote opening the next sentence ("the
        # samples. 'we"), which the output keeps after its space
        t = tail.rstrip().rstrip("\"'”’)]").rstrip().rstrip("\"'”’)]")
        if not t or t[-1] not in ".!?":
            return False
        if t[-1] == ".":
            word = t[:-1].rsplit(None, 1)[-1] if t[:-1].strip() else ""
            if word in _KEPT_ABBREVIATIONS or word in TITLES:
                return False
        return True

    def _source_sentence_start(self, start: int) -> bool:
        """Does a lower-case word at ``start`` open a sentence the source began in lower case
        ("on your transcript. it's about")? Only after an ordinary word's stop: a period after
        an abbreviation ("govt. staff", "etc. and") ends no sentence."""
        if (self.text[start - 2 : start - 1] not in _STOP
                or self.text[start - 1 : start] not in (" ", "\t")):
            return False  # the cheap test first: this runs before every lower-case word
        if not _LOWER_WORD.match(self.text, start) and not _CAMEL_BRAND.match(self.text, start):
            return False  # a brand in lower case keeps its shape ("my6sense")
        m = _WORD_STOP_BEFORE.search(self.text, max(0, start - 30), start)
        return m is not None and _ordinary_word_stop(m.group(1))

    def _last_mark(self) -> str:
        """The last non-space character emitted so far ('' at the start)."""
        for i in reversed(self._live):
            t = self.pieces[i][0].rstrip()
            if t:
                return t[-1]
        return ""

    def emit(self, out: str, start: int, end: int) -> None:
        """Append a piece, tidying spaces and pauses at the seam so the output stays clean."""
        if out.strip() and ((0 <= self._cap_from <= start) or (
                out.lstrip(" ,")[:1].islower() and (
                    not self.text[start : start + 1].islower()
                    or (self.text[start - 1 : start] in _OPENERS
                        and _OPENER_AFTER_STOP.search(self.text, max(0, start - 12), start))
                    or self._source_sentence_start(start))
                and self._after_stop())):
            # a sentence that opens with a figure, a symbol or shouted capitals ("It rose. 20
            # people came", "Order now. FREE shipping"), or with a lower-case word inside an
            # opening bracket or quote ("samples. {be sure", "rose. (see below)"): the words
            # said for it start with a capital, or eSpeak NG reads the stop as an
            # abbreviation's period and runs the two sentences together. A plain ". word" in
            # the source is left as written after an abbreviation ("dept. of", "approx. five"),
            # and capitalized after an ordinary word ("on your transcript. it's about")
            if self._cap_from <= start:  # not a request for a later piece ("2. iPhone")
                self._cap_from = -1
            lead = len(out) - len(out.lstrip(" ,"))
            out = out[:lead] + out[lead : lead + 1].upper() + out[lead + 1 :]
        if out:
            prev = self._last_text()
            if not prev or prev[-1] in " \n":
                out = out.lstrip(" ")
                if not prev or prev[-1] == "\n":
                    out = out.lstrip("\n")
            if out[:1] == "," and self._last_mark() in {",", ".", ";", ":", "!", "?", ""}:
                # the pause is already there; keep a space so the words stay apart
                # ('the world." — Susan' is not "world.Susan")
                out = " " + out[1:].lstrip(" ")
                if not prev or prev[-1] in " \n":
                    out = out.lstrip(" ")
            if out[:1] in {".", ",", ";", ":", "!", "?", "-", "\n"} or (
                    out[:1] == "'" and not self._opens_word(out, end)):
                self._trim_tail(out[0])
            if prev.endswith("-") and out[:1] == " ":
                out = out.lstrip(" ")
            if out[:1] == " " and self._after_opening_quote():
                out = out.lstrip(" ")  # "a '50 Cent' fan": no gap after the opening mark
        self.pieces.append([out, start, end])
        if out:
            self._live.append(len(self.pieces) - 1)

    def _after_opening_quote(self) -> bool:
        """Is the output so far ending in a straight quote that opens a word (" '")?"""
        if not self._live:
            return False
        last = self.pieces[self._live[-1]][0]
        if last != "'":
            return last.endswith(" '")
        return len(self._live) > 1 and self.pieces[self._live[-2]][0].endswith(" ")

    def _opens_word(self, out: str, end: int) -> bool:
        """Does an apostrophe piece open a word ("said 'hello'", "rock 'n' roll", "'em") rather
        than end the word before it ("CNN 's" with the space a source slipped in)?

        A detached ending ('s, 't, 'll, 're, 've, 'd, 'm) belongs to the word before, so the
        space before it goes; any other letter or digit after the mark starts a quotation or a
        clipped word, and the space before it must stay or eSpeak reads the two words as one
        ("those'why")."""
        rest = out[1:] if len(out) > 1 else self.text[end : end + 4]
        return bool(rest[:1].isalnum()) and not _CLITIC.match(rest)

    def _trim_tail(self, punct: str) -> None:
        """Before punctuation: drop trailing spaces, and a pause comma the new mark replaces."""
        while self._live:
            p = self.pieces[self._live[-1]]
            stripped = p[0].rstrip(" ")
            if stripped.endswith(",") and punct in ".;:!?\n":
                stripped = stripped[:-1].rstrip(" ")
            p[0] = stripped
            if stripped:
                break
            self._live.pop()

    def run(self) -> Normalized:
        """Lexicon matches first (they always win), then the rules on the text between them."""
        text = self.text
        if self.english:
            self._scan_lines()
        pos = 0
        lex_re = self.lexicon.regex() if self.lexicon is not None else None
        if lex_re is not None:
            for m in lex_re.finditer(text):
                self._scan(pos, m.start())
                assert self.lexicon is not None
                self.emit(" " + self.lexicon.replacement(m.group(0)) + " ", m.start(), m.end())
                pos = m.end()
        self._scan(pos, len(text))
        return self._finish()

    def _matches(self, start: int, end: int) -> Iterator[re.Match[str]]:
        """The rules' matches from ``start`` to ``end``, left to right, as ``finditer`` of the
        single pattern finds them: each match starts where the last one ended (or later, if
        nothing matched in between), and at each position the dispatcher tries, in their
        order, only the rules that can start with the character there, which find the same
        match the whole alternation would."""
        disp = _dispatcher(self.english)
        if disp is None:
            yield from _pattern(self.english, None).finditer(self.text, start, end)
            return
        text = self.text
        pattern_for = disp.pattern_for
        pos = start
        while pos < end:
            m = pattern_for(text[pos]).match(text, pos, end)
            if m is None:  # no rule at all here (none now: "char" takes anything); search on
                pos += 1
                continue
            if m.end() == pos:
                # a rule matched nothing: finditer's way on (after an empty match it asks the
                # next one to move on, which no single match call can) from this position
                yield from _pattern(self.english, None).finditer(text, pos, end)
                return
            yield m
            pos = m.end()
        at_end = disp.pattern_at_end()  # finditer also tries the end, for an empty match
        m = at_end.match(text, end, end) if at_end is not None else None
        if m is not None:
            yield m

    def _scan(self, start: int, end: int) -> None:
        text = self.text
        pos = start
        for m in self._matches(start, end):
            if m.start() > pos:  # cannot happen ("char" matches anything) but stay safe
                self.emit(self._safe(text[pos : m.start()]), pos, m.start())
            kind = m.lastgroup or "char"
            try:
                out = self._handle(kind, m)
            except Exception:  # a rule must never lose text: fall back to a safe reading
                out = self._safe(m.group(0))
            if text[m.start() : m.start() + 1] == "1" and text[m.start() - 2 : m.start()] in (
                    "a ", "A "):
                out = _article_round(text, m.start(), out)
            self.emit(out, m.start(), m.end())
            pos = m.end()
        if pos < end:
            self.emit(self._safe(text[pos:end]), pos, end)

    def _finish(self) -> Normalized:
        # trim trailing whitespace, and a pause with nothing after it ("(44,000 DPI)")
        while self._live:
            p = self.pieces[self._live[-1]]
            p[0] = p[0].rstrip().rstrip(",").rstrip()
            if p[0]:
                break
            self._live.pop()
        if self.english:
            self._letter_a()
        out_parts: list[str] = []
        spans: list[MapSpan] = []
        o = 0
        for piece_text, s, e in self.pieces:
            out_parts.append(piece_text)
            spans.append(MapSpan(o, o + len(piece_text), s, e))
            o += len(piece_text)
        return Normalized("".join(out_parts), tuple(spans))

    def _letter_a(self) -> None:
        """Make every spelled letter A sound as the letter, not the article "a".

        eSpeak NG reads a lone capital A before a word as the article ("Y A school" is heard
        "why uh school", "U S A team" "U S uh team"), and an A inside a hyphenated run of letters
        too ("E-E-A-T" is "E E uh T"). It says the letter name ("eI") when the A is tied to the next
        letter ("A-T", which spell() already writes) or carries a trailing hyphen ("Y A- school").
        So after every rule has run: a hyphenated run of single letters holding an A is respelled
        as spell() writes it ("E E A-T"), and an A that ends a spelled run (it follows a single
        letter) and comes before a word gets the hyphen. An A not after a spelled letter ("the A
        team", "A new plan") is left alone: it may be the article, which eSpeak reads right.
        """
        full = "".join(p[0] for p in self.pieces)
        edits: list[tuple[int, int, str]] = []
        for m in _LETTER_RUN.finditer(full):
            # as spell() writes it: hyphens become spaces, except the one tying an A to a letter
            edits += [(m.start() + k, m.start() + k + 1, " ")
                      for k, ch in enumerate(m.group()) if ch == "-" and m.group()[k - 1] != "A"]
        for m in _FINAL_A.finditer(full):
            edits.append((m.end(), m.end(), "-"))
        for m in _NOUN_LETTER_A.finditer(full):
            edits.append((m.end(), m.end(), "-"))
        # where each piece starts in ``full``, for the checks below and for applying the edits
        starts = list(itertools.accumulate((len(p[0]) for p in self.pieces[:-1]), initial=0))
        for m in _MIDDLE_A.finditer(full):
            i = bisect.bisect_right(starts, m.end() - 1) - 1
            piece_text, s, e = self.pieces[i]
            src = s + m.end() - 1 - starts[i]
            # only where the text wrote "Name A Name" itself ("A.Word.A.Day" is a title)
            if (piece_text == self.text[s:e] and self.text[src - 1 : src + 2] in (" A ", "\tA\t")
                    and _prose_line(full, m.start())
                    and (m.end(), m.end(), "-") not in edits):
                edits.append((m.end(), m.end(), "-"))
        # an A written against a digit ("A1c", "A4") is a letter: "A one c" is heard "uh one see"
        o = 0
        for piece_text, s, _e in self.pieces:
            lead = len(piece_text) - len(piece_text.lstrip())
            if (piece_text[lead : lead + 2] == "A " and _A_DIGIT.match(self.text, s)
                    and (s == 0 or not self.text[s - 1].isalnum())):
                edits.append((o + lead + 1, o + lead + 1, "-"))
            o += len(piece_text)
        if not edits:
            return
        # apply from the end so earlier offsets stay valid; each edit lies inside one piece
        # or at a piece's end (an insertion), so the piece map stays exact
        for a, b, new in sorted(edits, reverse=True):
            i = bisect.bisect_right(starts, a) - 1
            while i > 0 and a == starts[i] and a == b:
                i -= 1  # an insertion at a boundary belongs to the piece before
            off = starts[i]
            piece = self.pieces[i]
            if b - off > len(piece[0]):
                continue  # the run spans two pieces: leave it as it is
            piece[0] = piece[0][: a - off] + new + piece[0][b - off :]

    # -- helpers --------------------------------------------------------------------------

    def _scan_lines(self) -> None:
        """Mark lines written in capitals (headlines), where capitals are words, not acronyms,
        and runs of capitals inside other lines ("Then SHOP IN THE BULK BINS! It is fun")."""
        text = self.text
        start = 0
        for line in text.split("\n"):
            words = _LETTERS.findall(line)
            caps = sum(1 for w in words if w.isupper())
            shout = caps >= 2 and caps >= 0.6 * len(words)
            self._line_starts.append(start)
            self._line_shout.append(shout)
            self._line_long.append(len(words) >= 4)
            if not shout and caps >= 2:
                self._caps_runs(line, start, caps >= 3)
            start += len(line) + 1

    def _caps_runs(self, line: str, start: int, runs: bool = True) -> None:
        """Record the runs of three or more capitals words in a mixed line that are shouted
        prose: at least two of them are ordinary words ("DO NOT MISS", "SHOP IN THE BULK
        BINS"). Inside such a run a capitals word is read as in a headline, so a rarer word
        ("BINS", Zipf 3.4) is a word too, while a string of initialisms ("the FBI, CIA and NSA
        ...") is not a run and stays spelled.

        A run-in heading of two capitals words or more before a colon, one of them an
        ordinary word ("ARMY VETS: The group met"), is such a run too ("vets", not "V E T S");
        "FBI, NSA: ..." has no ordinary word and is none."""
        heading = _RUN_IN_HEADING.match(line)
        if heading and any(_emphasis_word(t) for t in _LETTERS.findall(heading.group(1))):
            self._run_spans.append((start + heading.start(1), start + heading.end(1)))
        else:
            heading = None
        if not runs:
            return
        for m in _CAPS_RUN.finditer(line):
            if heading and m.start() < heading.end():
                continue  # the heading's run, recorded already
            tokens = _LETTERS.findall(m.group())
            if sum(1 for t in tokens if _emphasis_word(t)) >= 2:
                self._run_spans.append((start + m.start(), start + m.end()))

    def _full_headline(self, pos: int) -> bool:
        """Is ``pos`` on a line of four or more words written in capitals (a real headline,
        not a short label of acronyms such as "Full EV (BEV)")?"""
        i = bisect.bisect_right(self._line_starts, pos) - 1
        return 0 <= i < len(self._line_shout) and self._line_shout[i] and self._line_long[i]

    def _shouting(self, pos: int) -> bool:
        i = bisect.bisect_right(self._line_starts, pos) - 1
        if not 0 <= i < len(self._line_shout):
            return False
        if self._line_shout[i]:
            return True
        # a dateline ("MERROW BAY — The council...") names a place in capitals
        dateline = _DATELINE.match(self.text, self._line_starts[i])
        return bool(dateline) and pos < dateline.end(1)

    def _in_caps_run(self, pos: int) -> bool:
        """Is ``pos`` inside a run of shouted capitals in a mixed line (see _caps_runs)?"""
        if not self._run_spans:
            return False
        k = bisect.bisect_right(self._run_spans, (pos, len(self.text) + 1)) - 1
        return k >= 0 and self._run_spans[k][0] <= pos < self._run_spans[k][1]

    def _ends_sentence(self, end: int, kind: str = "dotted") -> bool:
        """Does the text after an abbreviation's period look like a new sentence?

        The text or line ends there, or the next word usually starts a sentence ("in the U.S.
        The"), or it is capitalized and the abbreviation is of a ``kind`` that rarely runs into
        a capitalized word within a sentence:

        * ``"acronym"``: an undotted acronym ("the NHL.") has no period of its own, so its
          period always ends the sentence;
        * ``"suffix"``: a word that ends a name ("Harbour St.", "Acme Inc.", "Oct.") is followed
          by a capitalized word mid-sentence mainly when that word is an acronym ("Inc. CEO");
        * ``"company"``: a suffix closing a company's or person's name ("Acme Inc.", "Roe Jr."),
          as "suffix", and a number after it opens a new sentence or table row ("INC. 113.40"),
          while a post before a name does not ("Acme Inc. Chairman Ann Lee");
          the undotted ``"acronym"`` too ("the NHL. 32 teams");
        * ``"ampm"``: "7 p.m. Friday", "8 p.m. ET" and "9 a.m. Eastern" keep going;
        * ``"dotted"`` ("U.S.", "U.K."): these often start a name ("U.S. Customs"), so only a
          sentence-starting word ends the sentence.
        """
        rest = self.text[end : end + 40]
        closing = re.match(r"[\"”’')\]]{1,3}", rest)  # 'on "DWTS." His wife': past the quote
        if closing:
            if ")" in closing.group() and self._bracket_label(end):
                return False  # "Jacksonville (Fla.) University": the bracket closes a label
            rest = rest[closing.end() :]
        footnote = re.match(r"\([1-9]\d?\)", rest)  # "the U.S.(14) The": past a footnote mark
        if footnote:
            rest = rest[footnote.end() :]
        head = rest.lstrip(" \t")
        if not head or head[0] == "\n":
            return True
        if not rest[:1].isspace():
            return False
        if kind in ("suffix", "company") and head[0] == "(":
            # "Acme Pharma, Inc. (Acme) under which": a bracket naming the company goes on
            # the sentence; only a whole sentence in brackets follows a stop
            # ("Ann Vale Jr. (R-Wis.) sent": the party label goes on the name, no stop)
            return bool(_BRACKET_SENTENCE.match(head)) and not _PARTY_LABEL.match(head)
        if kind in ("company", "acronym") and _NUMBER_HEAD.match(head):
            return True  # "LOWE'S COMPANIES INC. 113.40 -1.62": a new row or sentence
        m = re.match(r"[\"“‘'(]?([A-Za-z]+)", head)
        if not m:
            return False
        word = m.group(1)
        if word in _STARTERS:
            return True
        if not word[0].isupper():
            return False
        if kind == "acronym":
            return True
        if kind == "leading":
            return False
        if kind == "company" and word in _COMPANY_POSTS and re.match(
                r"[A-Za-z-]+[ \t]+[A-Z]", head[m.start(1) :]):
            return False  # "Acme Inc. Chairman Ann Lee said": the company's post and a name
        if kind in ("suffix", "company"):
            return not (word.isupper() and len(word) > 1) and word not in SUFFIXES
        if kind == "ampm":
            return not (word in WEEKDAYS or word in _WEEKDAY_NAMES or word in MONTHS
                        or word in _TIME_WORDS or (word.isupper() and len(word) <= 4))
        return kind == "dotted" and _dotted_opener(
            word, head[m.end(1) :], bool(_PLACE_INITIALS.search(self.text[max(0, end - 10) : end])))

    def _bracket_label(self, end: int) -> bool:
        """Does the bracket closing after the period at ``end - 1`` hold only a label ending
        in an abbreviation ("Jacksonville (Fla.) University", "Newark (N.J.) police", "(Acme
        Inc.)"), no sentence of its own ("(She moved to Calif.)")? Its period then ends no
        sentence: the name or phrase goes on after the bracket, which is a pause."""
        opening = self.text.rfind("(", max(0, end - 40), end)
        if opening < 0 or ")" in self.text[opening:end]:
            return False
        words = self.text[opening + 1 : end].split()
        after = _BRACKET_NEXT_WORD.match(self.text, end)
        if after and after.group(1) in _SENTENCE_OPENERS:
            return False  # "wires (etc.) The next step": a sentence-opening word follows
        return 0 < len(words) <= 3 and not any(
            w[:1].islower() and w[1:2].isalpha() for w in words[:-1])

    def _safe(self, s: str) -> str:
        """Read arbitrary leftover text character by character, safely (digits as words)."""
        if self.english and any(c.isdecimal() for c in s):  # not "²": re's \d skips it
            return "".join(
                f" {digits(part)} " if part.isdigit() and part.isascii() else self._safe(part)
                for part in re.split(r"(\d+)", s) if part
            )
        return "".join(self._char(c) for c in s)

    def _char(self, c: str) -> str:
        """One character no other rule took: keep it, say it, pause, or drop it."""
        if c in "\n":
            return "\n"
        if c.isspace():
            return " "
        cat = unicodedata.category(c)
        if cat in _NEUTRAL_CATS or _is_emoji(c):
            return ""
        if c in "[]":  # editorial insertions ("he [Reyes] said") are read as part of the quote
            return " "
        if not self.english:
            return c
        if cat[0] in "LMN":
            if cat == "No" or cat == "Nl":  # superscripts, circled numbers...: keep the value
                val = unicodedata.numeric(c, None)
                if val is not None and float(val).is_integer():
                    return " " + cardinal(int(val)) + " "
                return ""
            return c
        if c in _SAFE_PUNCT:
            return c
        if c in _QUOTE_CHARS:
            return ""
        if c in _PAUSE_CHARS:
            return ", "
        if c == "…":
            return ". "
        if c in SYMBOL_WORDS:
            return " " + SYMBOL_WORDS[c] + " "
        if c in "*_^~`\\¦¶©®™†‡":
            return " "
        return " "

    # -- dispatch -------------------------------------------------------------------------

    def _h_nineeleven(self, _m: re.Match[str]) -> str:
        """'the 9-11 Commission', 'after 9-11': the attacks named by a hyphened month and day,
        said as "9/11" is; the range rule made it "nine to eleven"."""
        return " nine eleven "

    def _handle(self, kind: str, m: re.Match[str]) -> str:
        handler: Callable[[re.Match[str]], str] | None = getattr(self, "_h_" + kind, None)
        if handler is None:
            return self._safe(m.group(0))
        out = handler(m)
        if " to " in out and _BETWEEN_BEFORE.search(self.text, max(0, m.start() - 9), m.start()):
            out = _between_and(self.text, m, out)
        return out

    def _h_fedcase(self, m: re.Match[str]) -> str:
        """'1:13-cv-01234': a federal case's office, year, kind ("cv", "cr") and number, the
        parts set apart by pauses as a clerk reads them, the number digit by digit, the kind
        and any judge's initials spelled."""
        parts = [cardinal(int(m.group("fc_o"))), digits(m.group("fc_y")),
                 spell(m.group("fc_k").upper()), digits(m.group("fc_n"))]
        if m.group("fc_j"):
            parts.append(spell(m.group("fc_j")))
        return " " + ", ".join(parts) + " "

    def _h_xticker(self, m: re.Match[str]) -> str:
        """'(6758.T)', '(051910.KS)', '(BARC.L)': a share's code and its exchange's suffix, as
        news agencies write them. Digits are said one by one, as traders key them in, letters
        spelled, and the period is "dot": read as a number and a sentence's end, "(6752.TO)" was
        "six thousand seven hundred fifty-two. T O"."""
        code = m.group("xt_code")
        said = digits(code) if code.isdigit() else spell(code.upper())  # "BRKa": B R K A
        return f" {said} dot {spell(m.group('xt_ex'))} "

    def _h_anchormark(self, m: re.Match[str]) -> str:
        """A permalink anchor ending a heading is silent (see the "anchormark" rule)."""
        return ""

    def _h_callarg(self, m: re.Match[str]) -> str:
        """A function applied to one argument in a formula or beside code ("len(a) / len(b)",
        "get_user(id)") is said as mathematicians say it, "len of a"; the brackets read as
        pauses made "len, a, len, b". Ordinary glued brackets ("platform(s)", "Smith(2019)")
        never reach here: the rule asks for an operator or an underscore."""
        name, arg = m.group("cl_n"), m.group("cl_a")
        said = cardinal(int(arg)) if arg.isdigit() else arg.replace("_", " ").strip()
        return " " + name.replace("_", " ").strip() + " of " + said + " "

    def _h_circa(self, m: re.Match[str]) -> str:
        """"c. 1850", "ca. 1900": circa. Left alone the engine said "c" or "ca", and a year
        glued to the stop ("c.1850") was a decimal ("c zero point one eight five zero")."""
        glued = m.group("ci_y")
        said = "Circa " if m.group(0)[0] == "C" else "circa "
        return said + year(int(glued), self.keep_and) + " " if glued else said

    def _h_heart(self, m: re.Match[str]) -> str:
        """"<3" after "I" or ending a line is a drawn heart, read as one ("I heart this")."""
        return "heart"

    def _h_backarrow(self, m: re.Match[str]) -> str:
        """A left arrow points back ("from"); a two-headed "<=>" states an equivalence. Left to
        the symbol rules they lost words ("Go back less than-here", "a, equals, b")."""
        return " is equivalent to " if m.group("ba_eq") else " from "

    def _h_tag(self, m: re.Match[str]) -> str:
        """Markup is dropped, never spoken or passed to the engine ("<b>", "<break time=..>",
        "<speak>"). But extraction has already removed a page's markup, so a bare tag left in
        the text whose name is no HTML or SSML element is an article *naming* an element
        ("elements such as <review> and <reviewer_name>"): its name is said, or the sentence
        loses a word."""
        held = _PLACEHOLDER_TAG.fullmatch(m.group(0))
        if held and held.group(1).split()[0] not in _MARKUP_NAMES:
            return " " + held.group(1) + " "
        name = _BARE_TAG.fullmatch(m.group(0))
        if name and name.group(1).lower() in _MARKUP_NAMES and self._named_tag(m):
            closing = "closing " if m.group(0).startswith("</") else ""  # "with </div>"
            return " " + closing + re.sub(r"[_.-]+", " ", name.group(1)) + " "
        if name and name.group(1).lower() not in _MARKUP_NAMES:
            return " " + re.sub(r"[_.-]+", " ", name.group(1)) + " "
        return " "

    def _named_tag(self, m: re.Match[str]) -> bool:
        """Is a tag of a real element named in prose ("reads the <title> tag", "a <meta>
        element", "close every <div> with </div>")? A determiner before it (with nothing glued
        after it) or "tag"/"element" after it says so; dropped as markup, the sentence lost
        its word ("from the tag")."""
        return bool(_TAG_NOUN_AFTER.match(self.text, m.end())
                    or (_ARTICLE_BEFORE.search(self.text, max(0, m.start() - 7), m.start())
                        and not self.text[m.end() : m.end() + 1].isalnum()))

    def _h_space(self, m: re.Match[str]) -> str:
        if "\n" not in m.group(0):
            return " "
        # A line break ends a headline or list item: make the engine stop there too. Look past
        # pieces that are only a space, left where something was dropped ("More stories >>")
        for i in reversed(self._live):
            prev = self.pieces[i][0].rstrip(" ")
            if prev:
                if prev[-1] == "." and m.end() < len(self.text) and self._letter_stop(i, prev):
                    self.pieces[i][0] = prev[:-1] + ":"
                return ".\n" if prev[-1] not in ".!?:;,\n" else "\n"
        return "\n"

    def _letter_stop(self, i: int, prev: str) -> bool:
        """Does the output piece ``i`` (``prev``, ending in a period) end with a lone capital
        letter and its stop ("Madeline L.", "Plan B.", "the U S.")? Before a line break with
        more text after it, eSpeak NG takes that period for an abbreviation's and runs the
        line into the next ("Madeline L. Yale College", heard as one name). A colon makes the
        same falling stop and is kept. A name wrapped after an initial ("J." then "R. R.
        Tolkien") gets a pause too: lines in an article are headings, bylines and items far
        more often than a wrapped name."""
        if len(prev) == 1:  # the period alone: the letter is the live piece before
            before = [j for j in self._live[-8:] if j < i]
            if not before:
                return False
            prev = self.pieces[before[-1]][0].rstrip(" ") + prev
        return _LONE_LETTER_STOP.search(prev) is not None

    def _h_loneslashes(self, m: re.Match[str]) -> str:
        """'the button labeled "://"': a lone scheme separator is the content, so it is said."""
        return " colon slash slash "

    def _h_letterstar(self, m: re.Match[str]) -> str:
        """'C*-algebras', 'A*': a capital's star is said, "C-star algebras"; eSpeak drops "*"."""
        return f"{m.group('lst')}-star"

    def _h_plain(self, m: re.Match[str]) -> str:
        w = m.group(0)
        said = BARE_ABBREVIATIONS.get(w) or self._bare_unit(w, m.start())
        if said is None:
            return w.replace("’", "'")
        if w == "bc" and re.search(r"\d[ \t]?\Z", self.text[max(0, m.start() - 3) : m.start()]):
            return " B C "  # "500 bc": the era, not "because"
        if said.endswith("s") and _ONE_CLOCK_BEFORE.search(self.text, max(0, m.start() - 7),
                                                          m.start()):
            return said[:-1]  # "1:00 hrs": one hour, as "1 hr" is
        return said

    def _h_dotcall(self, m: re.Match[str]) -> str:
        """A call in prose ("datetime.utcnow()"): the dotted name read as code is read, "dot"
        between its parts and spaces for underscores; empty parentheses are not said."""
        return " dot ".join(part.replace("_", " ").strip() or part
                            for part in m.group("dc").split("."))

    def _h_cmpop(self, m: re.Match[str]) -> str:
        """A comparison in a formula or a line of code ("a <= b"): the engine says "<=" as
        "less than equals" or drops it; a listener needs the relation in words."""
        return " " + _COMPARISONS[m.group("cmp")] + " "

    def _h_position(self, m: re.Match[str]) -> str:
        """'Dodgers 2B Mark Ellis', 'RHP Zack Greinke': a baseball position before a player's
        name (two capitalized words) after a team's name or opening a roster entry, said as
        broadcasters say it ("second baseman", "right-hander"); read as written it was "two
        B" or letters. Only the numbered bases and the pitchers' hands, which nothing else
        writes so before a name, may open an entry; "SS", "RF" or "DH" need a plural (a
        team's) name before them ("the SS Edmund Fitzgerald" is a ship), unless the entry is
        in a roster: the article writes such entries (:data:`ROSTER_MARK`) or the paragraph
        shows baseball (:data:`_BASEBALL_EVIDENCE`; for all codes but "C", a transaction's
        verb too). Else the code is read as before: spelled, or the letter "C"."""
        code = m.group("ps")
        if (m.group("ps_entry") or code == "C") and not self._roster_entry(code):
            return spell(code)
        return _POSITIONS[code]

    def _roster_entry(self, code: str) -> bool:
        """Is a position's code opening an entry in a roster or a transactions list?"""
        if ROSTER_MARK in (self.vocabulary or ()):
            return True
        text = self.text
        hits = sum(1 for _ in islice(_BASEBALL_EVIDENCE.finditer(text), 2))
        if code != "C" and _TRANSACTION_EVIDENCE.search(text):
            return True
        # the code itself is one hit of the codes-before-a-name alternative, except "C"
        return hits >= (1 if code == "C" else 2)

    def _h_partno(self, m: re.Match[str]) -> str:
        """A chip's or a product's number named by itself ("the 46620 is"): a name, read as
        its figures, as the same number inside a code ("SLG46620V") is; never a count."""
        return digits(m.group("pn"))

    def _h_leadcaps(self, m: re.Match[str]) -> str:
        """Newspapers set a story's first word in capitals; "AS", "IT", "AT" there open a
        sentence ("As", "It", "At"), read as letters they were "A S", "I T". "IT departments",
        "AT&T" have no clause after them of the shape the rule asks for; "AS" before a name that
        is no English word ("AS Roma", "AS Monaco") stays spelled."""
        word = m.group()
        nxt = m.group("lc_next")
        if nxt and nxt[0].isupper() and _zipf(nxt.lower()) < 3.5 and nxt.lower() not in (
                self.vocabulary or ()) and not _CLAUSE_TO_COMMA.match(
                self.text, m.end()):
            return spell(word)  # "AS Roma beat Lazio": a club's initials before its name
        return word.capitalize()

    def _h_suptag(self, m: re.Match[str]) -> str:
        """'A<sup>x</sup>' written as text: the power of what comes before ("A to the power of
        x", "ten to the power of six"), as "A^x" is said."""
        return " " + _power_words(m.group("sup_e")).strip() + " "

    def _h_caretclose(self, m: re.Match[str]) -> str:
        """'(x+1)^2': the power of the bracketed term just read ("x plus one, squared"); the
        caret alone was a pause and the power a bare number ("x plus one, two")."""
        return " " + _power_words(m.group("cc_e")).strip() + " "

    def _h_caretpow(self, m: re.Match[str]) -> str:
        """A power written with a caret ("2^15", "x^2"), said "two to the power of fifteen",
        "x squared"; the operator after it is arithmetic ("minus", "plus", "times")."""
        base, exp = m.group("cp_b"), m.group("cp_e")
        said = cardinal(int(base)) if base.isdigit() else " ".join(base)  # "mc^2": "m c"
        said += _power_words(exp)
        op = m.group("cp_op")
        if op:
            said += " " + _CARET_OPERATORS[op] + " "
        return said

    def _h_signrange(self, m: re.Match[str]) -> str:
        return " plus "

    def _h_space1(self, m: re.Match[str]) -> str:
        return " "

    _h_space0 = _h_spacecap = _h_space1

    def _h_word(self, m: re.Match[str]) -> str:
        w = m.group(0)
        if not w.isascii() and any(_is_emoji(c) for c in w):
            return self._safe(w)  # "🄀" is a word character to re, a sign the engine cannot say
        if self.english:
            said = BARE_ABBREVIATIONS.get(w) or self._bare_unit(w, m.start())
            if said and w in NO_COMPOUND and in_compound(self.text, m.start(), m.end()):
                said = None  # "i-ie" (Japanese "no"), "Ave-Maria": part of another word
            if w == "Inc" and self._bare_company_suffix(w, m.start()):
                said = "Incorporated"  # "Acme Inc said": eSpeak NG said "ink"
            if said is None and self._initialism_plural(w):
                said = spell(w[:-1].upper()) + "'s"  # "Evs" beside "EV": E V's
            if said is None and w[1:2].isupper():
                said = letter_before_word(w)
            return said or w.replace("’", "'")
        return w

    def _initialism_plural(self, word: str) -> bool:
        """Is a title-case plural like "Evs" an initialism's plural in a writer's odd case? It
        is when the text also writes the initialism in capitals ("EV", "EVs") and "evs" is no
        common word: then eSpeak must spell it ("E V's"), not read a word "evs"."""
        if not (3 <= len(word) <= 6 and word[0].isupper() and word[1:].islower()
                and word.endswith("s") and word.isascii()):
            return False
        if self._caps_initialisms is None:
            self._caps_initialisms = set(_CAPS_INITIALISM.findall(self.text))
        return word[:-1].upper() in self._caps_initialisms and not _zipf(word.lower())

    def _h_respell(self, m: re.Match[str]) -> str:
        """'sih-KAY-duhz' -> 'sih-kay-duhz': a respelling's stressed syllable in capitals is a
        syllable, not an initialism; left to the capitals rule it was spelled ("sih-K A-Y-
        duhz"). In lower case eSpeak NG reads each syllable as the respelling means."""
        return " " + (m.group("rsp") or m.group("rsq") or m.group("rsr")).lower() + " "

    def _h_comma0(self, m: re.Match[str]) -> str:
        return self._char(",")

    def _h_tldword(self, m: re.Match[str]) -> str:
        """".com" in "the .com boom", ".amazon" in "the.Amazon domain": the dot is said."""
        return " dot " + m.group("tw").lower() + " "

    def _h_char(self, m: re.Match[str]) -> str:
        if m.group(0) == "." and self._heading_unit_stop(m.start()):
            return " "  # "Rambler 34 oz. French Press": the unit's period, no sentence end
        if m.group(0) in _DOUBLE_QUOTES and self._glued_quote(m.start()):
            return " "  # 'the lack of"squabbling"': dropped, two words fused into one
        return self._char(m.group(0))

    def _glued_quote(self, pos: int) -> bool:
        """Is the double quote at ``pos`` glued between a letter and a word ('of"squabbling',
        'said“hello”there')? A double quote is no apostrophe, so it parts two words whose
        space was lost; after a digit it is an inch mark (5'11"), not a quote. Only between
        Latin letters: Chinese writes no spaces, and an Arabic prefix ("بـ") joins its word."""
        text = self.text
        return (0 < pos < len(text) - 1 and text[pos - 1].isalpha() and text[pos - 1] < "ɐ"
                and text[pos + 1].isalnum() and text[pos + 1] < "ɐ")

    def _heading_unit_stop(self, pos: int) -> bool:
        """Is the period at ``pos`` a dotted imperial unit's ("34 oz.", "5 lb.") before a
        capitalized word, on a line written in title case (a heading or a product's name, "YETI
        Rambler 34 oz. French Press Coffee Maker")? There capitals are the name going on, not a
        new sentence; in prose ("It holds 34 oz. French presses are") most words are lower case
        and the period stays a stop, as it does before a word that opens sentences."""
        nxt = _TITLE_NEXT.match(self.text, pos)
        if not nxt or nxt.group(1) in _STARTERS or not _DOTTED_UNIT_BEFORE.search(
                self.text, max(0, pos - 12), pos):
            return False
        line_start = self.text.rfind("\n", 0, pos) + 1
        line_end = self.text.find("\n", pos)
        words = [w for w in _LETTERS.findall(
            self.text, line_start, len(self.text) if line_end < 0 else line_end)
            if w.lower() not in _TITLE_SMALL_WORDS]
        capitalized = sum(1 for w in words if w[0].isupper())
        return len(words) >= 4 and capitalized >= 0.75 * len(words)

    def _h_unitgloss(self, m: re.Match[str]) -> str:
        """'kilowatt hours (kWh)': the bracketed symbol of the unit just named is not read (it
        said the name twice); the brackets leave their pause."""
        return ", "

    def _h_dashpause(self, m: re.Match[str]) -> str:
        """A dash is a pause; but a spaced hyphen beside a call ("abs(x) - 1", "n - len(a)")
        subtracts, as the other operators there do: as a pause the minus was lost."""
        if m.group(0).strip() != "-":
            return ", "
        before = max(0, m.start() - 64)
        if (_CALL_BEFORE.search(self.text, before, m.start())
                and _OPERAND_AFTER.match(self.text, m.end())):
            return " minus "
        if (_CALL_AFTER.match(self.text, m.end())
                and _OPERAND_BEFORE.search(self.text, before, m.start())):
            return " minus "
        return ", "

    def _h_cdirective(self, m: re.Match[str]) -> str:
        """'#include <stdio.h>', '#define MAX 64': the directive's sign is "hash" (as C
        programmers say it), not a hashtag nor "number"."""
        return f" hash {m.group('cd')} "

    def _h_cheader(self, m: re.Match[str]) -> str:
        """'<sys/types.h>': a header's path, "sys slash types dot h": the brackets unsaid,
        each slash said (read as prose, "std or disclaimer.h"), the extension a word."""
        parts = m.group("chp").split("/")
        *dirs, name = parts
        stem, ext = name.rsplit(".", 1)
        ext_said = ext if ext == "h" else spell(ext.upper())
        said = " slash ".join([*(re.sub(r"[_-]+", " ", d) for d in dirs),
                               re.sub(r"[_-]+", " ", stem) + " dot " + ext_said])
        return " " + said.replace("+", " plus ") + " "

    def _h_cliflag(self, m: re.Match[str]) -> str:
        """' -O3', ' --verbose' after a command on the same line ("emcc -O3 add.c -o add.wasm"):
        a flag, said "dash O three", "dash dash verbose". Read as prose the dash was a pause
        or glued the flag to the word before ("emcc-O three", "add.c-o"). Elsewhere the
        dashes read as before: a careless dash ("in town -if you can"), a quoted suffix
        ("words in -ing"), a double hyphen as a pause."""
        dashes = m.group("fl_d")
        name = m.group("fl_s") or ""
        at = m.start("fl_d") + len(dashes)  # the flag's name, taken or not
        # a short name that is no word ("-rf", "-xvf") is spelled as a flag; a word after a
        # dash ("-but", "-ing") is read as it was
        said = (spell(name) if _zipf(name) < 3.0 and name not in _SUFFIXES else name) + " "
        said = said if name else ""
        if _command_before(self.text, m.start()) or (
                len(dashes) == 1 and _FLAG_ARGUMENT.match(self.text, at)):
            return (" dash dash " if len(dashes) == 2 else " dash ") + said
        # with no command before it: "--auto-correct" is a flag wherever it stands; "-v"
        # only in a paragraph that shows code
        if len(dashes) == 2 and _long_flag_at(self.text, at):
            return " dash dash " + said
        if len(dashes) == 1 and _SHORT_FLAG.match(self.text, at) and self._code_paragraph(
                m.start()):
            return " dash " + said
        if len(dashes) == 1 and _PROSE_FLAG.match(self.text, at):
            word = _PROSE_FLAG.match(self.text, at).group(0)  # type: ignore[union-attr]
            if _flag_name(word):
                return " dash " + said  # "pass the -x flag": glued it was "the-x"
        if len(dashes) == 2:
            return ", " + name
        half = _HALFDASH.match(self.text, m.start())
        if half is not None and half.end() == at:
            return self._h_halfdash(half) + name
        return " -" + name

    def _h_attribdash(self, m: re.Match[str]) -> str:
        """'tasty meals.” -Brittany H.': the dash before a quote's author is a pause; kept as a
        hyphen it glued the name to the sentence's end ("meals.-Brittany")."""
        return ", "

    def _h_innermark(self, m: re.Match[str]) -> str:
        """A "!" or "?" inside brackets or quotes, when the sentence goes on after them: a
        comma. The brackets and quotes are not read, so the mark would end the sentence in the
        middle ("a few! plans available")."""
        return ", "

    def _h_wordrange(self, m: re.Match[str]) -> str:
        """'May–October', 'Month–Week': a range between two months or units of time. With a
        bare hyphen only two months are a range ("Jan-Mar"): "second-year", "day-month-year
        format" are compounds."""
        word = m.group("wr")
        if m.group().endswith("-") and not m.group()[-2:-1].isspace() and not (
                word in MONTHS and _MONTH_AFTER.match(self.text, m.end())):
            return word + "-"
        a = MONTHS.get(word, word) if word[:1].isupper() and word[1:].islower() else word
        return f" {a} to "

    def _h_letterminus(self, m: re.Match[str]) -> str:
        """'Model O- 58g', 'Model D- Wireless', 'a B- average': a single capital with a minus
        after a word is a name or grade, "O minus" (kept as a hyphen it glued the letter to the
        next word, and "Model D- Wireless" sounded as "Model D Wireless", another product).
        After a noun that numbers parts by letter ("Part A- Overview") it is a dash: a pause."""
        before = self.text[max(0, m.start() - 16) : m.start()].split()
        if before and before[-1] in _NUMBERED_NOUNS:
            return m.group("lm") + ", "
        letter = "A-" if m.group("lm") == "A" else m.group("lm")
        pause = "," if _NUMBER_AFTER_SPACE.match(self.text, m.end()) else ""
        return f"{letter} minus{pause}"

    def _h_codestar(self, m: re.Match[str]) -> str:
        return " star "

    def _h_tldr(self, m: re.Match[str]) -> str:
        return " T L D R "

    def _h_wordop(self, m: re.Match[str]) -> str:
        """"Hardware > Software", "Warp + Weft", "Tent + poles": between words (not numbers or
        one-letter variables, "a > b") these read "over" and "and", not "greater than" and
        "plus"; on a line with "=" they are a formula's operators ("Work + Rest = Progress"). A line
        with two or more ">" between capitalized steps is a menu path: pauses.
        A two-way connector ("Product <> Market Fit", "Brand ↔ Creator") joins the two: "and"
        (read as symbols it was "less than greater than"); in a formula "<>" is "not equal to"."""
        op = m.group()
        line_start = self.text.rfind("\n", 0, m.start()) + 1
        line_end = self.text.find("\n", m.end())
        if "=" in self.text[line_start : len(self.text) if line_end < 0 else line_end]:
            return {">": " greater than ", "+": " plus ", "<>": " not equal to "}.get(op, " and ")
        if op in "+>" and (_code_name(_TOKEN_BEFORE.search(self.text, 0, m.start()))
                           or _code_name(_TOKEN_AFTER.match(self.text, m.end()))):
            return " plus " if op == "+" else " greater than "  # "retry_count + 1": arithmetic
        if op == ">" and self.text[m.end() + 1 : m.end() + 2].isupper() and _menu_step(
                self.text, line_start, m.start(), m.end(),
                len(self.text) if line_end < 0 else line_end):
            return ", "  # a menu path ("Settings > Privacy > Cookies"): steps, not "over"
        return " over " if op == ">" else " and "

    def _h_linkarrow(self, m: re.Match[str]) -> str:
        return " "

    def _h_bracket(self, m: re.Match[str]) -> str:
        """Square brackets: an editor's insertion ("he [Reyes] said") is read as part of the
        sentence, but a bracketed figure or price ("Trailmade 20 [$99.95]", "[PhD ’11]") is set
        off by pauses, or it runs into the number before it ("twenty ninety-nine dollars"); so is
        an aside that is a sentence of its own ("[Read the full review.]")."""
        text = self.text
        if m.group() == "[":
            end = text.find("]", m.end(), m.end() + 200)
            inside = text[m.end() : end] if end >= 0 else ""
        else:
            start = text.rfind("[", max(0, m.start() - 200), m.start())
            inside = text[start + 1 : m.start()] if start >= 0 else ""
        if "\n" not in inside and any(c.isdigit() or c in "$€£¥" for c in inside):
            return ", "
        if m.group() == "[" and _BRACKET_ASIDE.fullmatch(inside) and (
                inside[-1] in ".!?" or _LINE_END.match(text, m.end() + len(inside) + 1)):
            # "at The Good Trade [Read the full review.]": a sentence of its own in brackets,
            # or a capitalized aside closing the paragraph, is set off as round brackets are
            return ", "
        return " "

    # -- web ------------------------------------------------------------------------------


    # -- dates and times ------------------------------------------------------------------


    # -- money ----------------------------------------------------------------------------


    # -- numbers --------------------------------------------------------------------------


    def _h_bullet(self, m: re.Match[str]) -> str:
        return ""


    def _safe_text(self, words: str) -> str:
        return " ".join(cardinal(int(w)) if w.isdigit() and len(w) < 5 else
                        self._say_letters_or_word(w, 0) if w.isupper() else
                        self._say_letters_or_word(w[:-1], 0) + "'s"
                        if len(w) > 2 and w[-1] == "s" and w[:-1].isupper() else w
                        for w in words.split())


    # -- words ----------------------------------------------------------------------------


