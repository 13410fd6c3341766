"""Symbols and punctuation: web addresses, slashes, file names and dotted names ("ASP.NET"),
"C#", hashtags, ellipses and brackets, read as a listener expects or turned into pauses.

Part of the speech normalizer (:mod:`narrate.normalize`): the tables for this class of
tokens, and the rule handlers, as a mixin of the normalizer.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from .abbreviations import (
    _DATELINE,
    _LETTER_NOUNS,
    _NAME_PLURALS,
    _STARTERS,
    ALWAYS_SPELLED,
    SAY_AS_WORD,
    _zipf,
    _zipf_down_to_3,
    defined_initialisms,
    initialism_mark,
    is_known_word,
    spell,
)
from .money import _CODE_RE, _NOT_A_NOUN, _PRICE_TIER, PRICE_TIER_MARK
from .spoken import cardinal, digits, year
from .units import _PER_LEFT, _PER_UNITS, GLUED_UNITS, UNITS

#: File extensions and dotted product suffixes: how to say them after "dot".
FILE_EXTENSIONS = {
    "NET": "net", "js": "J S", "ts": "T S", "yml": "Y M L", "yaml": "yamel", "json": "Jason",
    "txt": "text", "csv": "C S V", "pdf": "P D F", "doc": "doc", "docx": "doc x", "xls": "X L S",
    "xlsx": "X L S X", "ppt": "P P T", "pptx": "P P T X", "html": "H T M L", "htm": "H T M",
    "py": "P Y", "md": "M D", "exe": "E X E", "zip": "zip", "png": "P N G", "jpg": "J P G",
    "jpeg": "J peg", "gif": "gif", "svg": "S V G", "mp3": "M P three", "mp4": "M P four",
    "wav": "wave", "sh": "S H", "toml": "tom-mel", "ini": "I N I", "cfg": "config",
    "xml": "X M L", "log": "log", "sql": "S Q L", "cpp": "C P P", "rs": "R S", "java": "java",
    "rb": "R B", "php": "P H P", "css": "C S S", "dll": "D L L", "apk": "A P K", "iso": "I S O",
    "tar": "tar", "gz": "G Z", "env": "env", "lock": "lock", "ipynb": "I P Y N B",
}


_EXT_RE = "|".join(sorted(FILE_EXTENSIONS, key=len, reverse=True))


SYMBOL_WORDS = {
    "&": "and", "+": "plus", "=": "equals", "@": "at", "#": "number", "§": "section",
    "§§": "sections", "%": "percent", "°": "degrees", "º": "degrees", "№": "number",
    "×": "times", "÷": "divided by", "≠": "does not equal", "∞": "infinity",
    "±": "plus or minus", "<": "less than",
    ">": "greater than", "≤": "at most", "≥": "at least", "≈": "about", "~": "about",
    "€": "euros", "$": "dollars", "£": "pounds", "¥": "yen", "₴": "hryvnias", "‰": "per mille",
    "½": "one half", "¼": "one quarter", "¾": "three quarters", "⅓": "one third",
    "⅔": "two thirds", "⅛": "one eighth", "⅜": "three eighths", "⅝": "five eighths",
    "⅞": "seven eighths", "⅕": "one fifth",
}


#: A symbol named as a character ("the $ sign", "the # key", "the + button"): its name before
#: the noun, not an amount's unit or a joining "and".
SIGN_NAMES = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "&": "ampersand", "#": "hash",
              "+": "plus", "/": "slash", "\\": "backslash", "@": "at", "%": "percent",
              "=": "equals", "*": "asterisk", "|": "vertical bar", "^": "caret", "~": "tilde",
              "<": "less-than", ">": "greater-than"}
#: The same characters named on their own ("not the symbol ($)", "separate them with a /").
CHAR_NAMES = {c: n + " sign" for c, n in SIGN_NAMES.items()} | {
    "&": "ampersand", "/": "slash", "\\": "backslash", "*": "asterisk", "|": "vertical bar",
    "^": "caret", "~": "tilde"}
#: Characters of a programming operator written in brackets ("(|>)", "(:=)"), by name.
_OP_CHAR_NAMES = {"|": "pipe", ">": "greater than", "<": "less than", "=": "equals",
                  "!": "exclamation mark", "&": "ampersand", "+": "plus", "-": "minus",
                  "*": "star", "/": "slash", "%": "percent", "^": "caret", "~": "tilde",
                  ":": "colon", ".": "dot", "?": "question mark"}
#: The characters of SIGN_NAMES as a regex class.
SIGN_CHARS = "[" + re.escape("".join(SIGN_NAMES)) + "]"


_SIZE_ORDER = ["XXXXS", "XXXS", "XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "XXXXL"]
_DIGIT_NAMES = ["zero", "one", "two", "three", "four", "five", "six"]
_DIGIT_WORDS = dict(zip("0123456789", [*_DIGIT_NAMES, "seven", "eight", "nine"], strict=True))


def _size_rank(size: str) -> float:
    """Order of a clothing size: letters XXS..XXXXL, then plus sizes (1X = XL, 2X = 2XL = XXL);
    a counted small size sits with its letters (2XS = XXS)."""
    if size.endswith("XS") and size[0].isdigit():
        return float(_SIZE_ORDER.index("XS") - int(size[0]) + 1)  # "2XS" is XXS
    if size[0].isdigit():
        return 6 + int(size[0]) + 0.5 * size.endswith("L")
    return float(_SIZE_ORDER.index(size))


def _say_size(size: str) -> str:
    """'XS' -> 'X S', '6X' -> 'six X', '2XL' -> 'two X L'."""
    if size[0].isdigit():
        return _DIGIT_NAMES[int(size[0])] + " " + " ".join(size[1:])
    return " ".join(size)


#: Check and cross marks after text: the answer they give.
_TICK_WORDS = {"✅": "yes", "✔": "yes", "☑": "yes", "✓": "yes", "❌": "no", "✗": "no", "✘": "no",
               "✖": "no", "❎": "no"}


#: Words between two ratings in one cell ("Green ★ and ★"): a lone star beside them is a count.
_STAR_JOINERS = frozenset({"and", "or", "to", "plus"})
#: A number just before a star ("4.5★", "4 ⭐"): the star is the rating's unit.
_NUMBER_BEFORE_STAR = re.compile(r"(?<![\w.,])(?P<n>\d{1,2}(?:\.\d)?)[ \t]?\Z")


#: Punctuation the engine reads as a pause, not as a name: allowed in output as is.
_SAFE_PUNCT = set(".,;:!?'-")


#: Characters that become a pause (comma) in English output.
_PAUSE_CHARS = set("(){}—–―‒─━⸺⸻﹘－|•·●▪■◦‣⁃/\\")


_QUOTE_CHARS = set("\"“”„‟«»‹›‘’‚‛`´")


_TLD = (
    r"(?:com|org|net|gov|edu|mil|int|io|co|uk|ua|de|fr|eu|ru|pl|it|es|nl|ca|au|in|jp|cn|info|"
    r"news|tv|me|ai|app|dev|us|ch|at|se|no|dk|fi|be|cz|ly|gl|to|ie|nz|za|br|mx|sg|hk|il|kr|tw|"
    r"gr|pt|ro|hu|tr|xyz)"
)


#: More country endings, matched in lower case only ("expo2020.ae", "news.gov.ng"): none is
#: an English word or an abbreviation's tail ("e.g", "a.m"), and none is in :data:`_TLD`,
#: whose capitals and title case other rules also read.
_CC_TLD = (
    r"(?:ae|sa|qa|kw|bh|om|jo|lb|ng|ke|gh|tz|ug|zw|pk|bd|lk|np|vn|th|ph|tw|kz|ar|cl|pe|uy|ve|"
    r"sk|si|hr|rs|bg|lt|lv|ee|lu|cy|mt|md|ge|az|mk|ir)"
)
#: Any two-letter ending after a label mixing letters and digits ("expo2020.ae") or after
#: "www." ("www.example.xy"): a host, as two-letter endings are all countries' (not "a.m",
#: "e.g", "U.S": one letter, no digit, capitals).
_ANY_CC_HOST = (
    r"(?:www\.(?:[a-z0-9-]{1,63}\.){1,3}|(?=[a-z0-9-]{0,62}[a-z])(?=[a-z0-9-]{0,62}\d)"
    r"[a-z0-9-]{2,63}\.)(?!am\b|pm\b)[a-z]{2}"
)
#: Endings that come before a country's in a host ("BBC.CO.UK", "ABC.NET.AU"): said as
#: the lower-case ending is, not as capitals in prose ("C O").
_SECOND_LEVEL = frozenset({"CO", "AC", "COM", "NET", "GOV", "ORG", "EDU"})


_NEUTRAL_CATS = {"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"}


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0x2B00 <= cp <= 0x2BFF
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0000 <= cp <= 0xE007F
        or 0x1F900 <= cp <= 0x1F9FF
        or cp in (0x20E3, 0x3030, 0x303D, 0x3297, 0x3299, 0x00A9 + 0x10000)
    )


#: Words beside a spaced "x" that show it is a letter or a variable, not "times": a function
#: word before it ("where x is", "let x be", "the x axis") or a verb or link word after it.
_X_LEFT_STOP = frozenset("""
a an the of in on at to for from by with and or but nor where when while which who what why how
if then than that this these those let so as via vs versus is are was were be equals plus minus
times into onto over under between per each every your our their its his her my solve find
""".split())
_X_RIGHT_STOP = frozenset("""
is are was were be been being has have had will would can could should may might must does did
and or but nor equals to in on at of for from by with as than then axis axes coordinate
coordinates value values chromosome chromosomes marks
""".split())
#: Length units: "10 feet x 12 feet" is a size, read "by".
#: The letters that name a box's sides in a size ("W x D x H", "L x W x H"): width, depth,
#: height, length.
_SIDE_LETTERS = frozenset("WDHL")
_LENGTHS = frozenset("""
feet foot ft inches inch in meters metres meter metre m cm mm km yards yard yd miles mile mi
centimeters centimetres millimeters millimetres kilometers kilometres
""".split())
#: Units after a spaced slash that make a rate ("$15 / hour"), for the pattern.
_PER_RE = "|".join(sorted((u for u in _PER_UNITS if len(u) > 1 or u == "h"), key=len, reverse=True))
#: A web address's path plain enough to read aloud: lower-case letters in at most two
#: segments, no digits, query or file name ("/merchants", "/how-to-vote/"); see _sayable_path.
_PLAIN_PATH = re.compile(r"[a-z]{2,20}(?:[-/][a-z]{2,20}){0,2}")


def _spelled_country(ending: str) -> str:
    """A two-letter ending said letter by letter ("ae": "A E"), as listeners hear country
    endings, unless it is one of the lists' (:data:`_TLD`) left to eSpeak NG; "" otherwise."""
    if len(ending) == 2 and ending.isalpha() and not re.fullmatch(_TLD, ending):
        return " ".join(ending.upper())
    return ""


def _sayable_path(path: str) -> bool:
    """Whether a web address's path is worth reading: at most three English words (Zipf 3 and up) in
    at most two segments ("/merchants", "/news", "/how-to-vote"). Product slugs, ids and coined
    names ("/dns-leaktest", "/webrtc") are no use heard and stay behind "a link to"."""
    return bool(_PLAIN_PATH.fullmatch(path)) and path.count("/") <= 1 and all(
        _zipf_down_to_3(w) > 0 for w in re.split(r"[-/]", path))


#: Link shorteners: a path on one of these hosts is an opaque id that redirects elsewhere.
_SHORTENERS = frozenset({
    "bit.ly", "bitly.com", "t.co", "ow.ly", "goo.gl", "tinyurl.com", "is.gd", "buff.ly",
    "dlvr.it", "j.mp", "tiny.cc", "rb.gy", "cutt.ly", "shorturl.at", "lnkd.in", "fb.me",
    "amzn.to", "wp.me", "trib.al", "ift.tt", "youtu.be", "tr.im", "su.pr", "shar.es"})
#: A publisher's own short link ("reut.rs/1291uap", "nyti.ms/1aBcD", "cnn.it/2xYz"): a short
#: name on a two-letter ending, and one path segment that is an id (a digit, or a capital
#: after a small letter), no word.
SHORT_LINK_RE = (r"(?<![\w.@/-])(?:https?://)?(?!(?:co|ac|com|net|gov|org|edu)\.)"
                 r"[a-z0-9]{1,6}\.[a-z]{2}/(?=[A-Za-z0-9]{0,11}\d|[A-Za-z0-9]{0,11}[a-z][A-Z])"
                 r"[A-Za-z0-9]{3,12}(?![\w/-]|\.\w)")
_SHORT_PATH = re.compile(r"[A-Za-z0-9_-]{1,16}")
_SHORT_HOST = re.compile(r"(?!(?:co|ac|com|net|gov|org|edu)\.)[a-z0-9]{1,6}\.[a-z]{2}")
_ID_PATH = re.compile(r"(?=.{0,15}\d|.{0,15}[a-z][A-Z])[A-Za-z0-9]{3,12}")


def _short_link(host: str, path: str) -> bool:
    """Is ``host/path`` a short link? Its host is a link shortener's ("bit.ly/11AbC") or a
    publisher's short name on a two-letter ending with an id for its path ("reut.rs/1291uap").
    Named, its host was "a link to reut dot R S" or "bit dot ly": syllables that tell a
    listener nothing about where it leads, so it is "a short link" (the host alone, "bit.ly",
    is a company's name in prose and stays read)."""
    host = host.lower()
    if not path:
        return False
    if host in _SHORTENERS:
        return True
    return bool(_SHORT_HOST.fullmatch(host) and _ID_PATH.fullmatch(path)
                and _SHORT_PATH.fullmatch(path))


#: Web address endings people spell but eSpeak NG reads as a word (measured: "io" "ee-oh",
#: "us" the pronoun, "ca" "kah", "de" "duh", "ie" "eye-ee", "xyz" "zize"); "ai" it spells
#: already, written here so no other reading can take it for the word. Endings it spells
#: itself ("tv", "uk", "eu") or that are said as words ("com", "org", "ly", "me") are left.
_SPELLED_ENDINGS = {"ai": "A-I", "io": "I O", "us": "U S", "ca": "C A", "de": "D E",
                    "ie": "I E", "xyz": "X Y Z"}

# a dotted code name: a lower-case module glued to the dot, then one name and no sentence after
_CODE_MODULE = re.compile(r"(?<![\w.])[a-z][a-z0-9_]{2,30}\Z")
_CODE_MEMBER = re.compile(r"[A-Z][A-Za-z0-9_]{1,40}(?=\(|[ \t]*(?:[—–,;:)]|[ \t]-[ \t]|\n|\Z))")
# a dotted chain of lower-case code names ending at a dot ("android.permission", "os.environ")
_CODE_CHAIN = re.compile(r"(?<![\w.])[a-z][a-z0-9_]{1,30}(?:\.[a-z][a-z0-9_]{1,30})+\Z")
# a dotted name ending at a dot that opens with a lower-case identifier ("stuff",
# "stuff.privateStuff", "my_lib"), and the capitalized identifier after the dot
_DOT_LEFT_ID = re.compile(r"(?<![\w.])[a-z_][A-Za-z0-9_]{0,40}(?:\.[A-Za-z_][A-Za-z0-9_]{0,40})*\Z")
_DOT_RIGHT_ID = re.compile(r"[A-Z][A-Za-z0-9_]{0,60}")
# a part that only code writes: an underscore, a digit, or a capital inside a lower-case word
_CODE_LIKE_PART = re.compile(r"_|\d|[a-z][A-Z]")
# a lower-case identifier dotted to a capitalized one with a capital inside it
# ("tools.DataLoader"), counted over an article by its prefix (see _code_prefixes)
_DOTTED_CODE_USE = re.compile(r"(?<![\w.])([a-z_][a-z0-9_]{1,40})\.[A-Z][a-z0-9]+[A-Z]")
# what an article's vocabulary holds for a prefix it dots to code names twice or more
CODE_PREFIX_MARK = "code-prefix:"
# nouns that name a code object near a dotted name ("the tools.DataLoader class")
_CODE_NOUNS = re.compile(r"\b(?:class|classes|module|modules|function|functions|method|methods"
                         r"|constructor|attribute|package|API|SDK)\b")
# "ThingIWant", "HiddenStuff": a capital inside a capitalized word; "McDonald" is a name
_INNER_CAPITAL = re.compile(r"(?!Mc|Mac[A-Z])[A-Z][a-z0-9]*[A-Z]")
# the marks of code in a paragraph: an import, a call "()", a dunder, a snake_case name, a
# source file, a backquote
_CODE_CONTEXT = re.compile(r"\bimport[ \t]+[A-Za-z_]|\w\(\)|__\w+__"
                           r"|(?<![\w.])[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]"
                           r"|\w\.(?:py|js|rb|ts|java|go|rs|cpp|php)\b|`")
# the operands of a spaced slash that divides: counts ("#errors"), code names with an
# underscore, an inner capital or a call ("total_bytes", "byteCount", "len(xs)"), or letters
_COUNT_OPERAND = re.compile(r"#[A-Za-z_][\w]{0,40}")
_CODE_OPERAND = re.compile(r"(?:[a-z][a-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9]"
                           r"|[a-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+|[A-Za-z_]\w{0,30}\([^()\s]{0,30}\))")
_LETTER_OPERAND = re.compile(r"[a-z]")
# a call as an operand ("len(xs)", "sum(x)")
_CALL_OPERAND = re.compile(r"[A-Za-z_][\w.]{0,30}\([^()\s]{1,30}\)")


def _strip_close(word: str) -> str:
    """The word after a slash without its trailing punctuation, keeping a call's own closing
    bracket ("len(b)." is "len(b)"; "(b)." or "b)." lose theirs)."""
    word = word.rstrip(".,;:!?")
    while word.endswith(")") and word.count(")") > word.count("("):
        word = word[:-1].rstrip(".,;:!?")
    return word
# a Ruby operator method's name after "#", as Rubyists say it ("String#=~", "Array#<<")
_RUBY_OPERATORS = {"=~": "equals tilde", "!~": "bang tilde", "[]": "brackets",
                   "[]=": "brackets equals", "<=>": "spaceship", "==": "double equals",
                   "===": "triple equals", "<<": "shovel", "**": "double star", "+": "plus",
                   "-": "minus", "*": "star", "/": "slash", "%": "percent", "<": "less than",
                   ">": "greater than"}
# a linter's or a code tool's noun after a "Group/Name" pair: the pair names a rule
_RULE_NOUN_AFTER = re.compile(r"[ \t]+(?:cops?|rules?|checks?|linters?|namespaces?|modules?)\b")
# the capitals inside a word ("ThingIWant": "I", "W"); a lower-case folder's name before "/"
_INNER_CAPITALS = re.compile(r"(?<=[a-z0-9])[A-Z]")
_FOLDER_LEFT = re.compile(r"(?<![\w/])[a-z_][\w.-]{0,40}\Z")
_FOLDER_NOUNS = frozenset(("folder", "folders", "directory", "directories", "dir", "subfolder"))
# the words of a host name's part: "Pro|Thrity|One", "NY|Times", "aice|2022"; a name with
# "Mc"/"Mac" before its capital stays one word ("McDonalds")
# capitals glued to a lower-case word in a host name ("MMAjunkie", "HBOmax")
_CAPS_LEAD = re.compile(r"([A-Z]{2,5})([a-z]{4,20})")
_HOST_WORDS = re.compile(r"(?:Ma?c)?[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+|-")
# a capitalized word ending at a dot ("Xamarin", "A"): a name, which a brand dots to the next
_TITLE_LEFT = re.compile(r"(?<![\w.])[A-Z][a-z]{0,20}(?:\.[A-Z][a-z]{0,20}){0,6}\Z")
# ... ending in a capital: with a lower-case letter in the chain ("Word.A") or a lone initial
_TITLE_CAPS = re.compile(r"(?:(?<![\w.])[A-Z]|(?<![\w.])(?=[\w.]*[a-z])[A-Z][a-z]{0,20}"
                         r"(?:\.[A-Z][a-z]{0,20}){1,6})\Z")
# the word an ellipsis follows, and the function words no sentence ends on
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]+)[ \t]?\Z")
_FUNCTION_WORDS = frozenset(
    "of the a an to and with for from in on at by or nor but as than into onto about like"
    " my your his her its our their this these those that which whose is are was were be"
    " been".split())
#: Function words that can also end a sentence as pronouns ("change that… There's"): before a
#: word that opens sentences (see _OPENER_AFTER), an ellipsis after one is a stop.
_PRONOUN_ENDS = frozenset({"that", "this", "these", "those"})
#: Words that open a sentence far more often than they name anything: after "Paris." glued to
#: one, the dot is a sentence's end with its space lost ("in Paris.The next day").
_SENTENCE_OPENERS = frozenset(
    "The A An It Its He She They We I You This That These Those There Then But And Or So In On"
    " At For With As If When While After Before His Her Their Our My Your Some Most All Each No"
    " Yet Still Also However Meanwhile".split())
#: A sentence's first word after an ellipsis: an opener, or a pronoun's contraction ("There's",
#: "It's", "I'm", "We'll").
_OPENER_AFTER = re.compile(r"[ \t]*(?:(?:There|It|That|He|She|We|They|You|I|Here|What|Who)['’]"
                           r"(?:s|re|ll|ve|m|d)\b|(?:" + "|".join(sorted(_SENTENCE_OPENERS))
                           + r")\b)")
# verbs that introduce a chat command typed with its slash ("type /imagine", "use /help")
_COMMAND_VERBS = frozenset({"type", "typed", "typing", "use", "using", "used", "run", "runs",
                            "send", "enter", "try", "called", "command", "the", "a", "with"})
# a rate already begun by an amount a few words back: "$15/core seat/month" (the unit of the
# first slash may be two words, so the second slash is "per" as well, not "or")
_RATE_BEFORE = re.compile(r"[\d%]/[a-z]{2,20}(?:[ \t](?!(?:or|and|but|nor|to|for|with|the|an"
                          r"|in|on|at|of|per|vs|versus|then)\b)[a-z]{2,20}){1,2}\Z")
#: Words after "pre- " that show a suspended compound ("pre- and post-war").
_SUSPENDED_JOINERS = frozenset({"and", "or", "to", "nor", "through", "thru", "versus", "vs",
                                "und", "oder"})
#: Endings cited after a hyphen ("the suffix -ing"): not a dash.
_SUFFIXES = frozenset("""
ing ism ist ed ly ness er ers est ful less ish esque able ible tion ment s es ize ise ity
""".split())
_WORD_AFTER = re.compile(r"[^\W\d_]+")
# a year just before a slash ("late 2022/early 2023"), not a price or a grouped amount
#: A label in capitals ending right before a spaced hyphen ("COSMOS -Cosmos flowers").
_CAPS_LABEL_BEFORE = re.compile(r"(?<![\w'’-])[A-Z]{2,30}\Z")
#: A currency code closing an amount ("$20USD", "20 CAD"): a slash after it is "per".
_CODE_AFTER_AMOUNT = re.compile(r"\d[ \t]?(?:" + _CODE_RE + r")\Z")
#: normfix56: an amount's scale glued to its figure ("$12.5M/yr", "$3bn/year", "40K/month"):
#: the amount is closed, a rate follows ("per year", not "slash yr").
_SCALE_AFTER_AMOUNT = re.compile(r"\d(?:[KMB]|k|m|bn|tn|mln)\Z")
#: normfix56: a counted noun before a unit of time ("120 calls/hr", "5,000 tonnes/yr"): a rate,
#: "per hour" (it was "calls or hr"); the periods it is said for.
_COUNT_BEFORE = re.compile(r"\d[\d,.]{0,12}\+?[ \t]+[a-z]{2,20}\Z")
_TIME_PERIODS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year"})
_YEAR_LEFT = re.compile(r"(?<![\w$€£.,])(?:19|20)\d\d\Z")
# a number after the word that follows the slash: the word opens a second date or amount
_NUMBER_NEXT = re.compile(r"(?:[ \t]+|-)\d")
# a lower-case word anywhere in a text (see SymbolsRules._vocabulary)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,30}(?![\w'’-])")
# the capitalized words joined by slashes up to a slash ("Pan/Tilt" before "/Swivel"), and after
_CHAIN_HEAD = re.compile(r"(?<![\w/])[A-Za-z]{3,30}(?:/[A-Za-z]{3,30}){0,4}\Z")
_CHAIN_TAIL = re.compile(r"[A-Za-z]{3,30}(?:/[A-Za-z]{3,30}){0,4}(?![\w/])")
# capitalized items of one to three words joined by two slashes or more ("Extra Dry/Extra
# Sec/Extra Seco", "Pan/Tilt/Swivel"): one chain of alternatives (see _chain_reads_or)
_TITLE_WORD = r"[A-Z][a-z]{1,30}"
_TITLE_ITEM = _TITLE_WORD + r"(?:[ \t]" + _TITLE_WORD + r"){0,2}"
_TITLE_CHAIN = re.compile(r"(?<![\w/])" + _TITLE_ITEM + r"(?:/" + _TITLE_ITEM + r"){2,8}"
                          r"(?![\w/])")
# lower-case segments joined by slashes, one of them maybe a version ("encoding/json/v2")
_PATH_SEG = r"[a-z][a-z0-9_]{0,30}"
_PATH_HEAD = re.compile(r"(?<![\w/.:@-])" + _PATH_SEG + r"(?:/" + _PATH_SEG + r"){0,6}\Z")
_PATH_TAIL = re.compile(_PATH_SEG + r"(?:/" + _PATH_SEG + r"){0,6}(?![\w/@-]|\.\w)")
_WORD_LEFT = re.compile(r"[A-Za-z]+\Z")
_WORD_RIGHT = re.compile(r"[A-Za-z]+")
# a model code just before a slash ("i7" in "i7/i9", "PS4/PS5")
#: a product's name before a model letter or number's slash ("Blue Gene/L", "OS/2"): a
#: capitalized word or an initialism of two letters or more, no month or weekday ("Jan/5")
_MODEL_NAME_LEFT = re.compile(
    r"(?<![\w/&.'’-])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed"
    r"|Thu|Thur|Thurs|Fri|Sat|Sun|No|Vol|Ch|Pg|Page|Rev)\Z)(?:[A-Z][a-z]{1,14}|[A-Z]{2,5})\Z")
_CODE_LEFT = re.compile(r"(?<![\w/.,-])[A-Za-z]{1,4}\d{1,4}[A-Za-z]{0,2}\Z")
#: Scores written with a spaced slash ("5 / 10"): the scale after it.
_SCALES_OF = {"5", "10", "100"}


# a four-digit number written as a model's: glued to a code's capitals ("PAW3395", "RX6800"),
# or after a series code ("RTX 4080") or a name with a capital inside ("PixArt 3395")
# (not after a currency's code: "USD 2500" is an amount)
# a model's name with a number and one capital letter ("Vertix 2S", "Forerunner 9X"): the
# article's evidence that the same name with a lower-case letter ("the Vertix 2s") is the
# model, not a number of seconds (kept as written, with the space; see article_vocabulary)
_MODEL_SUFFIX = re.compile(r"(?<![\w.'’-])[A-Z][A-Za-z]{1,20} \d{1,3}[A-Z](?![\w'’-])")
_MODEL_NUMBER = re.compile(r"(?<![\w.,'’-])(?!(?:" + _CODE_RE + r")[ \t]?\d)"
                           r"(?:[A-Z]{1,5}|[A-Z]{2,5}[ \t]"
                           r"|[A-Z][a-z]{1,12}[A-Z][A-Za-z]{0,12}[ \t])([1-9]\d{3})"
                           r"(?![\w.,]\d|[\w%$€£-])")


# a capitals token, and the words of a line (as the normalizer counts them for shouting)
_CAPS_TOKEN = re.compile(r"(?<![^\W_])[A-Z]{2,6}(?![^\W_'’])")
_LINE_WORD = re.compile(r"(?<![^\W_])[^\W\d_]{2,}(?![^\W_])")
# another capitals word right before or after a token ("MERROW BAY", "SHOP IN THE BINS"), or
# joined to it by a hyphen ("OEKO-TEX": one name, whose prose spelling says nothing of its parts)
_CAPS_WORD_BEFORE = re.compile(r"(?<![^\W_])[A-Z]{2,}(?:[ \t]+|-)\Z")
_CAPS_WORD_AFTER = re.compile(r"(?:[ \t]+|-)[A-Z]{2,}(?![^\W_])")


#: Title-case words in a row, joined by single spaces or hyphens ("Oxo Brew", "Oeko-Tex").
#: a short title-case name hyphened to a number ("Cox-2", "Sars-2"), see title_case_words
_TITLE_CODE = re.compile(r"(?<![\w'’-])[A-Z][a-z]{1,3}-\d{1,4}(?![\w-]|[.,]\d)")
_TITLE_RUN = re.compile(r"(?<![\w'’-])[A-Z][a-z]{1,30}(?:[ \t-][A-Z][a-z]{1,30}){0,8}(?![\w'’])")


#: A name with an exclamation mark that the phrase goes on after ("Yahoo! said", "Jeopardy!
#: host", "J!-ENT"): evidence that the mark is part of the name (see brand_bangs).
_BRAND_BANG = re.compile(r"(?<![\w!])([A-Za-z0-9][\w'’]{0,30})!(?:-?[A-Za-z0-9]|[ \t]+[a-z])")
#: Interjections and commands shouted on their own ("Wow! that was close", "Help! we are
#: stuck"): their mark is the exclamation, even before a lower-case word.
EXCLAMATIONS = frozenset("""
wow oh ah ha haha hey yes no yay yeah hooray bravo help stop wait look oops ouch damn gosh
god boom bang whoa yikes ugh hurrah alas hi hello bye thanks sorry please amen cheers welcome
congratulations great omg wtf lol eureka bingo aha voila phew whew yippee woohoo whoopee gee
geez jeez ahem duh yum argh hurray huzzah shh psst
""".split())
#: Commands that open the sentence after a shop's or a promotion's exclamation ("check out
#: Winc! Check the list"), never a section of a brand's name.
_IMPERATIVES = frozenset("""
Check Shop Get Buy Sign Find Read Watch Listen Order Book Call Grab Head Come Go Take Make
Give Keep See Tell Stay Follow Share Vote Hurry Act Save Start Pick Use Ask Meet Bring Enter
""".split())
#: Pronouns that open the sentence after an exclamation ("I loved Lisbon! Everyone should").
_PRONOUN_OPENERS = frozenset("""
Everyone Everybody Everything Someone Somebody Something Anyone Anybody Anything Nobody
Nothing None Neither Either
""".split())
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")


def _plural_opener(word: str, after: str) -> bool:
    """Is a capitalized plural before a lower-case word the subject of a new sentence ("Visit
    Lisbon! Locals are kind")? A name's plural ("Yahoo! News said", "Yahoo! Sports reported")
    goes on the name (_NAME_PLURALS), as one before a comma does ("Yahoo! Sports, which")."""
    return (len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in _NAME_PLURALS and bool(_LOWER_NEXT.match(after)))


#: A name going on after a brand's exclamation mark: one to three capitalized words, then a
#: comma or a lower-case word ("Yahoo! Sports, which", "Yahoo! Finance reported", "Wham!
#: Bar owners"): a phrase's subject, not a new sentence after an exclamation.
_BANG_NAME_NEXT = re.compile(r"[ \t]+[A-Z][a-z]{1,20}(?:[ \t]+[A-Z][a-z]{1,20}){0,2}"
                             r"(?:,|[ \t]+[a-z])")


#: The word after an exclamation mark and its space ("Yahoo! said": "said").
_BANG_NEXT_WORD = re.compile(r"[ \t]+[\"“‘(]?([A-Za-z]+)")
#: The word an exclamation mark is glued to.
_BANG_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z0-9][\w'’]{0,30})\Z")


def brand_bangs(text: str) -> set[str]:
    """The names ``text`` writes with an exclamation mark the phrase goes on after ("Yahoo!
    said", "Panic! at the Disco", "J!-ENT"), each with its mark ("Yahoo!"): in that article
    the mark is the name's, silent also before a capitalized word ("Yahoo! News"). A word in
    lower case or an interjection ("Wow! that") is no name."""
    if "!" not in text:
        return set()
    return {m.group(1) + "!" for m in _BRAND_BANG.finditer(text)
            if not m.group(1).islower() and m.group(1).lower() not in EXCLAMATIONS}


def title_case_words(text: str) -> set[str]:
    """The names and words ``text`` writes in title case: each word of four letters or more
    ("Hyer"), and each pair of neighbours ("Oxo Brew", "Santa Fe", "Oeko Tex"). A token the
    same article sets in capitals ("HYER GOODS", "OXO BREW 9-Cup") is then that word, not
    letters; a short token needs its neighbour too, since a short title-case word is often
    another word than the initialism ("It", "Us", "Ai Weiwei" beside "AI")."""
    found: set[str] = set()
    for m in _TITLE_RUN.finditer(text):
        words = re.split(r"[ \t-]", m.group())
        found.update(w for w in words if len(w) >= 4)
        found.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    # a short name hyphened to a number ("Cox-2" beside "COX-2 inhibitors"): the number
    # pins it to the same name, so the title case shows the capitals are said as a word
    found.update(m.group() for m in _TITLE_CODE.finditer(text))
    return found


def _prose_capitals(text: str) -> set[str]:
    """The capitals tokens ``text`` writes alone on lines of mixed-case prose (six words or
    more, not a line in capitals): there they are initialisms or names as the writer means
    them. Not a dateline ("MERROW BAY — The council") nor a run of capitals words, which are
    a name or words written in capitals."""
    found: set[str] = set()
    for line in text.split("\n"):
        if not _CAPS_TOKEN.search(line):
            continue
        words = _LINE_WORD.findall(line)
        caps = sum(1 for w in words if w.isupper())
        if len(words) < 6 or (caps >= 2 and caps >= 0.6 * len(words)):
            continue
        dateline = _DATELINE.match(line)
        start = dateline.end(1) if dateline else 0
        for m in _CAPS_TOKEN.finditer(line, start):
            if not (_CAPS_WORD_BEFORE.search(line, 0, m.start())
                    or _CAPS_WORD_AFTER.match(line, m.end())):
                found.add(m.group())
    return found


#: A two-capitals name with a period before a capitalized word ("ID. Buzz"), with the word
#: before it: a capitalized one in "Volkswagen ID. Buzz".
_DOTTED_NAME = re.compile(r"(?:(?<=[A-Z][a-z])|(?<=[A-Z]{2})|(?<=\b[a-z])|(?<=[a-z]{2}))"
                          r"[ \t]([A-Z]{2}\.[ \t][A-Z][a-z]{1,20})(?![\w'’])")


#: Capitals that abbreviate a numbered noun ("NO.1", "VOL.2", "FIG.3"), not a model's name.
NOT_NUMBERED_CAPS = r"(?:NOS?|VOL|CH|SEC|ART|EX|EQ|TAB|EP|FIGS?|PT|PP|STE?|PG|REV)\b"
#: Two or three capitals with a dot glued to a small number or a word in capitals ("ID.3",
#: "ID.7", "IQ.LIGHT"): the prefix of a model's dotted name.
#: (Not a web address in capitals: "FBI.GOV" is a site, not a model.)
CAPS_TLD = _TLD.upper() + r"\b"
_DOTTED_PREFIX = re.compile(r"(?<![\w.])(?!" + NOT_NUMBERED_CAPS + r")([A-Z]{2,3})\."
                            r"(?=\d{1,2}(?![\w]|[.,]\d)|(?!" + CAPS_TLD + r")[A-Z]{2,20}"
                            r"(?![\w]|\.\w))")


def dotted_prefix(letters: str) -> str:
    """How :func:`article_vocabulary` marks a dotted name's prefix: "ID." for "ID"."""
    return letters + "."


def _dotted_names(text: str) -> set[str]:
    """The model names the text writes as two capitals, a period and a capitalized word ("ID.
    Buzz"): at least twice, and once right after a capitalized word ("Volkswagen ID. Buzz"),
    where no sentence ends. Then "the brilliant ID. Buzz look" reads through the period, while
    "in the US. Biden said" (a sentence end before a name) keeps its stop: no article writes
    that twice with a name before it. A word that opens sentences never counts."""
    seen: dict[str, int] = {}
    named: set[str] = set()
    for m in _DOTTED_NAME.finditer(text):
        pair = m.group(1)
        if pair.split()[-1] in _STARTERS:
            continue
        seen[pair] = seen.get(pair, 0) + 1
        if text[m.start() - 1].isalpha() and re.search(r"(?<![\w.])[A-Z][A-Za-z]{1,20}\Z",
                                                       text[max(0, m.start() - 22) : m.start()]):
            named.add(pair)
    pairs = {pair for pair in named if seen[pair] >= 2}
    # the prefix of each ("ID."), and of the names written glued ("ID.3", "IQ.LIGHT")
    prefixes = {dotted_prefix(pair.split(".")[0]) for pair in pairs}
    prefixes.update(dotted_prefix(m.group(1)) for m in _DOTTED_PREFIX.finditer(text))
    return pairs | prefixes


#: A product named by a word and three digits ("Xbox 360", "Boeing 737"): its number, kept
#: in :func:`article_vocabulary` as ``"#" + digits`` when the name is no ordinary word.
_PRODUCT_NUMBER = re.compile(r"(?<![\w.'’-])([A-Z][a-z]{1,12})[ \t]([1-9]\d[1-9]|[1-9][1-9]0)"
                             r"(?![\w.,%$€£-]|[.,]\d)")


def product_numbers(text: str, lower: frozenset[str]) -> frozenset[str]:
    """The three-digit numbers ``text`` writes after a product's name ("Xbox 360"), marked
    "#360": where the article later writes the number alone as the product ("your entire 360
    library") it is said as after the name. A name the article also writes in lower case
    ("About 360 people") is an ordinary word, not a product."""
    return frozenset("#" + n for name, n in _PRODUCT_NUMBER.findall(text)
                     if name.lower() not in lower and name not in _NOT_PRODUCT_NAMES)


#: Words that open a sentence before a count ("About 360 people"), or label a page or a table.
_NOT_PRODUCT_NAMES = frozenset({
    "About", "Around", "Nearly", "Almost", "Some", "Over", "Under", "Only", "Just", "All", "The",
    "In", "On", "At", "By", "For", "With", "From", "To", "Of", "And", "But", "Or", "Than",
    "Page", "Chapter", "Figure", "Table", "Room", "Step", "Level", "Top", "Approximately",
    "Roughly", "Exactly", "Another", "Those", "These", "Its", "Their", "Our", "Your", "My"})


#: The mark :func:`article_vocabulary` adds when the article cites its sources with bracketed
#: numbers after its clauses ("as trials show (4).", "in adults (3, 16)."): a bracketed
#: number ending a clause is then a reference marker after a preposition or a bracket too.
CITATION_STYLE_MARK = "(1)."
#: A reference marker after a lower-case word at a clause's end ("show (4).", "adults (3, 16)").
#: (the whole word before it in lower case: "Sugar (1)." ends a list of items, not a clause)
_CITED_CLAUSE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{1,30}[)”\"]?[ \t]"
                           r"\([ \t]?(\d{1,3})(?:[ \t]?,[ \t]?\d{1,3}){0,8}[ \t]?\)(?=[.;])")


def cites_by_number(text: str) -> bool:
    """Does ``text`` cite sources by bracketed numbers at clause ends: three markers or more,
    after lower-case words, numbering three sources or more? A list of counts ("Sugar (1).",
    "Honey (1).") follows names and repeats one number; citations number many sources."""
    found = _CITED_CLAUSE.findall(text)
    return len(found) >= 3 and len(set(found)) >= 3


#: The mark :func:`article_vocabulary` adds when the article lists counts after item names
#: ("Poppy (1) Wheat Flour (1)", "Honey (2), Wheat (1)") and does not cite by numbers: a
#: bracketed number after a capitalized name ending a sentence is then a count too.
COUNT_STYLE_MARK = "(1),"
#: A count after a capitalized item name, before the next item.
_ITEM_COUNT = re.compile(r"\b[A-Z][a-z]{1,30}[ \t]\(\d{1,3}\)[ \t]*,?[ \t]+[A-Z][a-z]")


def article_vocabulary(text: str) -> frozenset[str]:
    """What a whole article shows about how its tokens are said, as one set of strings.

    A paragraph alone often cannot tell; the article around it can. Computed once per article
    and passed to each paragraph's normalizing (``vocabulary``). Eight kinds of evidence, whose
    shapes never collide, share the set:

    * the words of three letters or more it writes in **lower case**: a capitalized word that
      an article also writes in lower case is an ordinary word there ("Pan/Tilt" in a heading,
      "the camera can pan"), which no word list can say, since word lists lose the capitals;
    * the **four-digit numbers** it writes as a model's number ("PixArt 3395", "PAW3950"): that
      model where the number stands bare ("a top-end 3950 sensor"), said in pairs, not counted;
    * the **capitals tokens its prose uses** ("by SCI.", "the SCI View app"): read in a heading
      in capitals as the prose reads them ("S C I", not the word "Sci");
    * the **dotted names** it writes more than once after a name ("Volkswagen ID. Buzz"): read
      through, not as a sentence end; and their **prefixes** ("ID."), also of the names it
      writes glued ("ID.3", "IQ.LIGHT"), so that "the ID. SPACE VIZZION" reads through too;
    * :data:`PRICE_TIER_MARK` when it rates prices in dollar signs ("$$"): a lone "$" in another
      paragraph is then the lowest tier ("one dollar sign");
    * :data:`CITATION_STYLE_MARK` when it cites sources by bracketed numbers after clauses (see
      :func:`cites_by_number`), or else :data:`COUNT_STYLE_MARK` when it lists counts after
      item names ("Poppy (1) Sugar (1)");
    * the **initialisms it defines**, marked in brackets ("(BED)" for "binge eating disorder
      (BED)" or "BED (binge eating disorder)"): letters in every paragraph ("treat BED early"
      is "B E D", not the word "bed"), see :func:`defined_initialisms`;
    * the **words and pairs it writes in title case** ("Hyer", "Oxo Brew"): a name the
      article also sets in capitals ("HYER GOODS", "OXO BREW 9-Cup") is read as that word,
      see :func:`title_case_words`;
    * the **three-digit numbers after a product's name** ("Xbox 360"), marked "#360", see
      :func:`product_numbers`;
    * the **model names with a number and a capital letter** ("Vertix 2S"): the same name
      with the letter in lower case ("Shop the Vertix 2s") is the model, not seconds;
    * the **names written with an exclamation mark** the phrase goes on after ("Yahoo!
      said"), with the mark, see :func:`brand_bangs`;
    * :data:`ROSTER_MARK` when it writes baseball roster entries ("RHP Ryan Vogelsong"):
      then "OF" or "C" opening another entry is a position too.
    """
    tiers = frozenset({PRICE_TIER_MARK}) if _PRICE_TIER.search(text) else frozenset()
    if cites_by_number(text):
        tiers |= {CITATION_STYLE_MARK}
    elif len(_ITEM_COUNT.findall(text)) >= 2:
        tiers |= {COUNT_STYLE_MARK}
    if _ROSTER_ENTRY.search(text):
        tiers |= {ROSTER_MARK}
    lower = frozenset(_LOWER_WORD.findall(text))
    return (lower | frozenset(_MODEL_NUMBER.findall(text)) | product_numbers(text, lower)
            | frozenset(_prose_capitals(text)) | frozenset(_dotted_names(text)) | tiers
            | frozenset(defined_initialisms(text)) | frozenset(title_case_words(text))
            | frozenset(_MODEL_SUFFIX.findall(text)) | _code_prefixes(text)
            | frozenset(brand_bangs(text)))


def _code_prefixes(text: str) -> frozenset[str]:
    """The lower-case prefixes an article dots to capitalized code names with a capital inside
    twice or more ("tools.DataLoader ... tools.BatchSampler"), marked with
    :data:`CODE_PREFIX_MARK`: in any of its paragraphs such a dot is code, not a stop."""
    counts: dict[str, int] = {}
    for head in _DOTTED_CODE_USE.findall(text):
        counts[head] = counts.get(head, 0) + 1
    return frozenset(CODE_PREFIX_MARK + h for h, n in counts.items() if n >= 2)


#: The mark :func:`article_vocabulary` adds when the article writes baseball roster entries: a
#: numbered base or a pitcher's hand before a player's name opening a line or a bracket ("RHP
#: Ryan Vogelsong (broken hand):", "2B Marco Scutaro"). In such an article every position's
#: code opening an entry is the position ("OF Angel Pagan", "C Hector Sanchez").
ROSTER_MARK = "RHP Name"
_ROSTER_ENTRY = re.compile(r"(?:^|(?<=\n)|(?<=\())(?:[123]B|[RL]HP)[ \t]+[A-Z][A-Za-z'’.-]{0,20}"
                           r"[ \t]+[A-Z][a-z]")


#: Marks that close an aside or a quotation after an ellipsis ("buy…) or", "said…” and").
_ELLIPSIS_CLOSERS = frozenset(")]”’\"'—–-")
_AFTER_CLOSER = re.compile(r"[)\]”’\"'—–-]{1,3}[ \t]{1,3}")
#: Verbs that attribute a quotation to its speaker ("…has…” Alito asked", "…” I replied").
_SPEECH_VERBS = (r"(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies"
                 r"|continued|explained|noted|recalled|responded|answered|insisted|argued"
                 r"|countered|quipped|shouted|whispered|joked|remarked|observed|admitted"
                 r"|acknowledged|warned|declared|stated|testified|tweeted|posted|interjected"
                 r"|pressed|concluded|wondered|mused|cautioned|conceded|pointed)")
#: After a quotation's closing mark: a speaker's name (up to four capitalized words, the
#: first not a word that opens sentences) or a pronoun, then a speech verb.
_ATTRIBUTION_AFTER = re.compile(
    r"(?:(?:He|She|They|We|I|You)|(?!(?:" + "|".join(sorted(_SENTENCE_OPENERS)) + r")\b)"
    r"[A-Z][\w'’.-]{0,30}(?:[ \t]+[A-Z][\w'’.-]{0,30}){0,3})[ \t]+" + _SPEECH_VERBS + r"\b")
#: The closing mark of a quotation right after an ellipsis ("has…” Alito asked").
_QUOTE_CLOSE = re.compile(r"[”’\"'][ \t]+")


#: A currency code and an amount after a tilde ("~INR 2000", "~USD5").
_CODE_AMOUNT = re.compile(r"(?:" + _CODE_RE + r")[ \t]?\d")
#: What follows a footnote's star after a stop: the next sentence, or the end of the line.
_FOOTNOTE_AFTER = re.compile(r"\*{0,2}(?:[ \t]+[\"“(‘']?[A-Z0-9]|[ \t]*(?:\n|\Z))")
#: The end of a dotted code path before a star ("java.util."), which makes it a wildcard.
_DOTTED_PATH_END = re.compile(r"[a-z]\.[a-z]\w{0,40}\.\Z")


#: The parts of a social handle: digits, a run of capitals (before a capitalized word or
#: alone), a word in lower or title case, a lone capital ("MichelleDBeadle": "D").
_HANDLE_PART = re.compile(r"\d+|[A-Z]+(?=[A-Z][a-z])|[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]")
#: A clause after an arrow, opened by a subject pronoun and a word ("word -> I got robbed",
#: "click Save → it asks again"): the arrow glosses or leads on, a pause, not "to".
_CLAUSE_AFTER_ARROW = re.compile(r"[\"“‘']?(?:I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Tt]here)"
                                 r"(?:['’][a-z]{1,2})?[ \t]+[a-z]")
#: Endings kept after a starred-out word ("f***ing": "bleeping").
_BLEEP_ENDINGS = frozenset({"ing", "in", "ed", "er", "ers", "s"})
#: A name's own prefix before a capital, not a word of its own: "McDonalds", "iPhone", "eBay".
_HANDLE_PREFIXES = frozenset({"Mc", "i", "e"})


#: The word before a bracket: "Airport (SEA)", "Seattle (SEA)", "Sea-Tac (SEA)".
_WORD_BEFORE_BRACKET = re.compile(r"(?<![\w'’])([A-Za-z][a-z]{1,30}|[A-Z]{2,30})[ \t]\(\Z")
#: A company's legal suffix before a bracket ("Google Inc. (GOOG)", "Tesco plc (TSCO)"): the
#: capitals in the bracket are its share's ticker.
_COMPANY_BEFORE_BRACKET = re.compile(r"(?<![\w'’])(?:Inc|Corp|Co|Ltd|Plc|plc|PLC|LLC|Bhd|AG|SA|NV"
                                     r"|SE|AB|ASA|Holdings|Group)\.?,?[ \t]\(\Z")
#: Nouns for a place a three-letter code names: an airport, a station, a port.
_PLACE_NOUNS = frozenset("airport airfield field international intl station terminal port"
                         " airbase hub".split())


_VOWEL = re.compile(r"[aeiouy]")


#: An arithmetic operator next to a "#name" ("#lambdas x #priorities", "n / #nodes").
#: Not "<" or ">": "#include <stdio.h>" is a line of C, not a count.
_OP_AFTER = re.compile(r"[ \t]?[x×*/+][ \t]?(?=[\w#(])")
_OP_BEFORE = re.compile(r"(?<=[\w)])[ \t]?[x×*/+=][ \t]?\Z")


#: Two-letter words a hashtag may be glued from ("#gameofthrones", "#metoo"); other short
#: entries of a word list ("th", "ll") are fragments, not words a writer glued.
_GLUE_SHORT_WORDS = frozenset({
    "a", "i", "of", "in", "on", "to", "my", "we", "me", "go", "be", "is", "it", "at", "up",
    "no", "so", "do", "us", "by", "an", "or", "oh", "he", "ok", "am"})
#: How common a short part must be: the word list's short rarities ("ret", "ting") made
#: "#retweeting" "ret wee ting".
_GLUE_MIN_ZIPF = {1: 99.0, 2: 99.0, 3: 4.0, 4: 3.5}
#: A hashtag's piece in capitals glued to a word ("NFLdraft"); and a capitalized run.
_CAPS_THEN_WORD = re.compile(r"([A-Z]{2,6})([a-z]{3,30})")


def _inflected_word(run: str) -> bool:
    """'timeouts', 'livestreamed', 'retweeting': a word of the list with an ending (the list
    does not hold every inflected form); split, "timeouts" was "time outs"."""
    stems = [run[:-1], run[:-2]] if run.endswith(("s", "d")) else []
    if run.endswith("ing"):
        stems += [run[:-3], run[:-3] + "e"]
    return any(len(st) >= 4 and _zipf_down_to_3(st) for st in stems)


@functools.lru_cache(maxsize=1024)
def split_glued(run: str) -> tuple[str, ...] | None:
    """'mlbdraft' -> ('MLB', 'draft'), 'icebucketchallenge' -> ('ice', 'bucket', 'challenge'):
    the words a lower-case hashtag was glued from, or None. Sent whole, eSpeak NG reads one
    made-up word ("enbafinals" for "nbafinals"). A small dynamic programme over the word list
    (Zipf 3 and up) and the initialisms always spelled (unless a common word too, Zipf 5 and
    up: "who", "it"): fewest parts first, then the commonest words. Only when every part is
    known and the run is not a word or initialism itself ("travel", "tbt", "nba" stay whole;
    "#nba" is spelled by hashtag_words)."""
    n = len(run)
    if not (5 <= n <= 60 and run.isascii() and run.isalpha() and run.islower()):
        return None
    if _zipf_down_to_3(run) or run.upper() in ALWAYS_SPELLED or _inflected_word(run):
        return None
    best: list[tuple[float, tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = (0.0, ())
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        for j in range(i + 1, min(n, i + 20) + 1):
            part = run[i:j]
            zipf = _zipf_down_to_3(part)
            if part.upper() in ALWAYS_SPELLED and part not in _GLUE_SHORT_WORDS and (
                    len(part) == 2 or zipf < 5.0):
                cost, piece = 1.25, part.upper()  # "mlb", "nfl": spelled; "who", "it" words
            elif part in _GLUE_SHORT_WORDS or zipf >= _GLUE_MIN_ZIPF.get(len(part), 3.0):
                cost, piece = 1.0 + (7.5 - min(zipf, 7.5)) / 3, part
            else:
                continue
            cand = (here[0] + cost, here[1] + (piece,))
            old = best[j]
            if old is None or cand[0] < old[0]:
                best[j] = cand
    done = best[n]
    return done[1] if done is not None and len(done[1]) > 1 else None


def hashtag_words(tag: str) -> str:
    """A hashtag's words, space-separated: camel case split at its capitals ("BlackLivesMatter",
    "NBAFinals"), capitals glued to a word at the word ("NFLdraft"), a known initialism in
    lower case spelled ("#nfl"), letters from digits ("Sochi2014"), and a
    lower-case run split into its words when it is glued from known ones ("mlbdraft")."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)"
                   r"|(?<=\d)(?=[A-Za-z])", " ", tag)
    out: list[str] = []
    for w in words.split():
        if w.islower() and w.upper() in ALWAYS_SPELLED and _zipf_down_to_3(w) < 5.0:
            out.append(w.upper())  # "#nfl": the initialism, spelled
            continue
        caps = _CAPS_THEN_WORD.fullmatch(w)
        if caps and _zipf_down_to_3(caps.group(2)):
            out += [caps.group(1), caps.group(2)]
            continue
        parts = split_glued(w)  # lower case only: "#CarrowRising" is a name, not "car row"
        out += parts if parts else [w]
    return " ".join(out)


def _count_in_formula(text: str, start: int, end: int) -> bool:
    """Whether the "#name" at ``text[start:end]`` is a count in a formula, "number of name":
    an operator beside it. A hashtag in social text ("#metoo trended") has words around it."""
    return bool(_OP_AFTER.match(text, end) or _OP_BEFORE.search(text, max(0, start - 4), start))


#: The number before a glued stop, standing alone after a space or bracket ("in 2011.", "sold
#: 1,200."): no letters nor a dotted part glued before it ("v2.", "1.5.", "10.2.")
_NUMBER_BEFORE_STOP = re.compile(r"(?<=[ \t(])[0-9][0-9,]{0,12}\Z")

class SymbolsRules:
    """Rule handlers for symbols (mixed into the normalizer, which provides ``text``,
    ``keep_and``, ``day_first`` and the shared helpers)."""

    _lower_cache: frozenset[str] | None = None
    vocabulary: frozenset[str] | None = None
    text: str
    keep_and: bool
    day_first: bool
    english: bool

    def _h_etcetera(self, m: re.Match[str]) -> str:
        """'&c.': "et cetera"; the ampersand alone would be "and", then a stray letter "c"."""
        return " et cetera "

    def _h_tick(self, m: re.Match[str]) -> str:
        """'Free plan available ❌': a mark after text is an answer in a table cell or a
        checklist, "yes" or "no" (dropping a cross reverses the sense); a warning sign there
        is a pause between cells. At the start of a line or after another mark it is a bullet
        and stays silent ("✅ Step 1", "❌ Cons"); so is a check ending a line, unless a label
        asks for it ("Free plan: ✅"): there it decorates a line or heads a column."""
        line = self.text[max(0, m.start() - 200) : m.start()].rpartition("\n")[2]
        if not line.strip(" \t-*•·|:✅✔☑✓❌✗✘✖❎⚠\ufe0f"):
            return ""
        said = _TICK_WORDS.get(m.group("tk"))
        rest = self.text[m.end() : m.end() + 200].partition("\n")[0]
        if said == "yes" and not rest.strip() and not line.rstrip().endswith(":"):
            return ""  # a check closing a line is decoration or a header ("Period Task ✓")
        if not rest.strip():
            return f", {said}" if said else ""  # the line's stop follows
        return f", {said}, " if said else ", "

    def _h_starrun(self, m: re.Match[str]) -> str:
        """Star glyphs ("★", "⭐", hollow "☆") are a rating said as a count: "★★★" three stars,
        "★★★☆☆" three out of five stars, "4.5★" four point five stars (the number is read by
        its rule), "Green ★" the Michelin Green Star. They were dropped as emoji, and a guide's
        "★★ | Midtown" lost its rating.

        A lone star counts only where it stands as a value: alone between a line's start, a
        "|", a tab or a colon and the end of the cell ("★ | Chinatown", "Rating: ★"), or
        beside another rating ("Green ★ and ★"). Elsewhere a lone star decorates, as emoji
        do: a bullet before a sentence ("★ Best pizza in town") or a flourish after one
        ("Loved it ⭐"), and stays silent, as does a lone hollow star."""
        run = m.group("st").replace("\ufe0f", "")
        full = sum(1 for c in run if c != "☆")
        line_start = self.text.rfind("\n", 0, m.start()) + 1
        before = self.text[max(line_start, m.start() - 40) : m.start()]
        number = _NUMBER_BEFORE_STAR.search(before)
        if number:
            return " star " if number.group("n") == "1" else " stars "
        if len(run) == 1:
            words = before.split()
            if full and words and words[-1].lower() == "green":
                return " Star "  # Michelin's Green Star for sustainable cooking
            if not full or not (self._star_cell_opens(before) and self._star_cell_closes(m.end())):
                return " "
            return " one star "
        if full < len(run):
            return f" {cardinal(full)} out of {cardinal(len(run))} stars "
        return f" {cardinal(full)} stars "

    @staticmethod
    def _star_cell_opens(before: str) -> bool:
        """Does a lone star start a value: after a line's start, a tab, "|", ":" or "(", or
        a word joining two ratings ("Green ★ and ★")?"""
        if "\t" in before[len(before.rstrip()) :]:
            return True
        head = before.rstrip()
        if not head or head[-1] in "|:(":
            return True
        return head.split()[-1].lower() in _STAR_JOINERS

    def _star_cell_closes(self, end: int) -> bool:
        """Does a lone star ending at ``end`` close a value: before a line's end, a tab, "|",
        ",", ";" or ")", or a word joining two ratings?"""
        rest = self.text[end : end + 40].partition("\n")[0]
        if "\t" in rest[: len(rest) - len(rest.lstrip())]:
            return True
        tail = rest.strip()
        if not tail or tail[0] in "|,;)":
            return True
        return tail.split()[0].lower() in _STAR_JOINERS

    def _h_sizerange(self, m: re.Match[str]) -> str:
        """'XS — 6X', 'S–XL': a range of clothing sizes reads "X S to six X" (the dash is no
        pause). Only a range that grows ("XS-XL", not "XL-S") is taken for sizes."""
        a, b = m.group("sz_a"), m.group("sz_b")
        if _size_rank(a) >= _size_rank(b):
            return f" {_say_size(a)}-{_say_size(b)} "
        return f" {_say_size(a)} to {_say_size(b)} "

    def _h_signname(self, m: re.Match[str]) -> str:
        """'the $ sign', 'the + button': the character's name before the noun that names it
        ("dollar sign", "plus button"), not the plural of an amount nor a joining "and"."""
        if m.group("sgn_minus"):
            return " minus "  # "the + and - keys"
        return " " + SIGN_NAMES[m.group("sgn")] + " "

    def _h_charname(self, m: re.Match[str]) -> str:
        """A character the text names as itself: after a noun for it ("not the symbol ($)",
        'the character "/"') its name replaces the pair ("the dollar sign", "the slash"); after
        a verb and an article ("use a /", "type a #", "with a |") or a bare "with"/"by" closing
        the phrase ("separated with /."), it is said by name, with an article if none was
        written ("with a slash"). Read as an amount's unit or a pause it was "the symbol,
        dollars" or lost ("separate them with a.")."""
        name = CHAR_NAMES[m.group("cn")]
        ctx = m.group("cn_ctx")
        article = "an" if name[:1] in "aei" and not name.startswith("eu") else "a"
        if m.group("cn_noun"):
            art = m.group("cn_art")
            if art.lower() == "a":
                art = article.capitalize() if art == "A" else article
            return f" {art} {name} "
        if m.group("cn_bare"):
            return f" {ctx.strip()} {article} {name} "
        return " " + ctx.strip() + " " + name + " "

    def _say_host(self, host: str, pos: int = 0) -> str:
        """A host name, its parts joined by "dot". A name in capitals before the ending
        ("FBI.GOV", "CYBER.ORG") is said as the same capitals are in prose: letters for an
        initialism ("F B I dot gov"), a word for a word ("cyber dot org"); the rest, and
        every part of a lower-case host, is left to eSpeak NG as written."""
        if host[:4].lower() == "www.":
            host = host[4:]
        parts = [p for p in host.split(".") if p]
        said = " dot ".join(self._host_part(p, pos) if i < len(parts) - 1
                            else _SPELLED_ENDINGS.get(p.lower()) or _spelled_country(p.lower())
                            or p.lower().replace("-", " dash ")
                            for i, p in enumerate(parts))
        return re.sub(r"\d+", lambda d: " " + digits(d.group()) + " ", said).replace("  ", " ")

    def _host_part(self, part: str, pos: int) -> str:
        """One part of a host name: capitals as prose reads them, lower-case otherwise; a
        camel-case name split at its capitals, and letters glued to a year (see
        _host_words)."""
        lead = self._initialism_lead(part, pos)
        if lead:
            return lead
        words = _HOST_WORDS.findall(part)
        if len(words) > 1 and "".join(words) == part:
            return " ".join(self._host_word(w, pos, len(words) > 1) for w in words)
        return self._host_word(part, pos, False)

    def _initialism_lead(self, part: str, pos: int) -> str | None:
        """'mmajunkie', 'MMAjunkie', 'nbasports': a host name's part that opens with a known
        initialism, then an English word of four letters or more, is the letters and the
        word ("M M A junkie"); run together, eSpeak NG read one made-up word ("mmajunkie",
        or "M M Ajunkie" for the capitals). Known: written in capitals (glued to the word, or
        in a lower-case name elsewhere in the text, "MMA fighter") or always spelled ("NBA").
        Never a part that is a word itself ("facebook") or letters said as a word."""
        m = _CAPS_LEAD.fullmatch(part)
        if m:
            heads = [m.group(1)]
        elif part.islower() and part.isalpha() and 7 <= len(part) <= 24 and not _zipf_down_to_3(
                part):
            heads = [h for h in (part[:3], part[:4]) if h.upper() in ALWAYS_SPELLED
                     or re.search(r"(?<![A-Za-z])" + h.upper() + r"(?![A-Z])", self.text)]
        else:
            return None
        best = max(heads, key=lambda h: _zipf_down_to_3(part[len(h):]), default="")
        rest = part[len(best):]
        if not best or len(rest) < 4 or _zipf_down_to_3(rest) < 3.0:
            return None
        said = self._say_letters_or_word(best.upper(), pos)  # type: ignore[attr-defined]
        return f"{said} {rest}" if " " in said else None

    def _host_word(self, part: str, pos: int, split: bool) -> str:
        """One word of a host name's part. "ProThrityOne.com": the name's words, split at its
        capitals as a handle's are ("Pro Thrity One"); run together eSpeak NG says one garbled
        word. "aice2022.com": letters the article writes in capitals elsewhere ("AICE") are
        spelled as there, and four digits from 1900 to 2099 after letters are a year
        ("twenty twenty-two"), not a string of digits."""
        if part.isdigit():
            if split and len(part) == 4 and part[:2] in ("19", "20"):
                return year(int(part))
            return part
        if split and part.isalpha() and len(part) >= 2 and (
                part.upper() in self._vocabulary() and part.upper() != part.capitalize()):
            said = self._say_letters_or_word(part.upper(), pos)  # type: ignore[attr-defined]
            if " " in said:
                return said
        if split and part[:1].isupper() and part[1:].islower():
            return part
        if (len(part) < 2 or not part.isupper() or not part.isalpha()
                or part in _SECOND_LEVEL):  # "CO" in "BBC.CO.UK" is an ending too
            return part.lower().replace("-", " dash ")
        said = self._say_letters_or_word(part, pos)  # type: ignore[attr-defined]
        return said if " " in said else said.lower()

    def _h_url(self, m: re.Match[str]) -> str:
        return self._say_url(m.group(0), m.start())

    def _say_url(self, url: str, pos: int = 0) -> str:
        """A web address: its host, and "a link to" it when it has a path no one could say.

        A path of one or two plain words ("chatgpt.com/merchants", "bbc.co.uk/news") is part
        of what the article tells a reader to type, and short enough to hear: it is read
        ("slash merchants"). Any other path (ids, queries, file names, long slugs) would be a
        string of characters no listener can use, so the address is named, not read."""
        trail = ""
        while url and url[-1] in ".,;:!?":
            trail = url[-1] + trail
            url = url[:-1]
        rest = re.sub(r"^https?://", "", url)
        host, _, path = rest.partition("/")
        host = host.split("@")[-1].split(":")[0]
        spoken = self._say_host(host, pos) if host else ""
        path = path.strip("/")
        if not spoken:
            words = " a link"
        elif _short_link(host, path):
            words = " a short link"
        elif not path:
            words = " " + spoken
        elif _sayable_path(path):
            words = " " + spoken + "".join(
                " slash " + seg.replace("-", " ") for seg in path.split("/"))
        else:
            words = " a link to " + spoken
        return words + self._safe(trail) + " "

    def _h_shortlink(self, m: re.Match[str]) -> str:
        """'nyti.ms/1aBcD': a publisher's short link, on an ending the address rules do not
        know (it was read piecemeal, "nyti.ms, one aBcD")."""
        return self._say_url(m.group(0), m.start())

    def _h_domain(self, m: re.Match[str]) -> str:
        poss = m.group("dom_s")
        if poss:  # "Make.com's limits"
            return self._say_url(m.group(0)[: -len(poss)], m.start()).rstrip() + "'s "
        return self._say_url(m.group(0), m.start())

    def _h_doi(self, m: re.Match[str]) -> str:
        """'doi: 10.3389/fpsyt.2021.705559': a DOI names a paper the way a web address names a
        page, and like one (" a link to ...") it is named, not read out: character by
        character it is a long string of digits no listener can use, and piecemeal the number
        rules made it arithmetic ("ten point three three eight nine per ..."). With its label
        it is "D O I link"; alone, "a D O I link". Closing punctuation stays."""
        raw = m.group(0)
        trail = ""
        while raw and raw[-1] in ".,;:":
            trail = raw[-1] + trail
            raw = raw[:-1]
        said = " D O I link" if m.group("doi_l") else " a D O I link"
        return said + self._safe(trail) + " "

    def _h_linklabel(self, m: re.Match[str]) -> str:
        """'[ DOI ] [ PMC free article ] [ PubMed ] [ Google Scholar ]': the links a reference
        list repeats after every entry, to the paper and to scholarly databases. They are
        buttons, not text, and heard after each reference they bury the list; in square
        brackets these database names are never an editor's insertion."""
        return ""

    def _h_aperture(self, m: re.Match[str]) -> str:
        """'f/2.8': a lens aperture, "f two point eight"."""
        return " f "

    def _h_possessive(self, m: re.Match[str]) -> str:
        """"Z9's", "Inov8's": a possessive after a token another rule read."""
        return "'s "

    def _h_parenposs(self, m: re.Match[str]) -> str:
        """'The Go 15 (AG15-31P)’s display': the "’s" after the closing bracket is said on the
        bracket's last word ("A G fifteen P's display"); the bracket's pause is dropped, which
        would have cut it off as a lone "s"."""
        return "'s "

    def _h_angle(self, m: re.Match[str]) -> str:
        """Angle brackets around a title ("<The Palace>", a convention of East Asian sites) are
        pauses; a lone ">" is still "greater than"."""
        if m.group(0) == ">":
            line = self.text[: m.start()].rpartition("\n")[2]
            if line.rfind("<") <= line.rfind(">"):
                return " greater than "
        return ", "

    def _h_tilde(self, m: re.Match[str]) -> str:
        """'~80%' is about; '10~20' is a range; elsewhere a tilde is a pause. An amount
        written with a currency code ("~INR 2000", "~USD 5") is "about" as one with a sign."""
        before = self.text[max(0, m.start() - 1) : m.start()]
        after = self.text[m.end() : m.end() + 1]
        if after and (after.isdigit() or after in "$€£¥₹" or (
                after.isupper() and _CODE_AMOUNT.match(self.text, m.end()))):
            return " to " if before.isdigit() else " about "
        rest = self.text[m.end() : m.end() + 40].split("\n")[0]
        return ", " if any(c.isalnum() for c in rest) else " "

    def _h_dollarword(self, m: re.Match[str]) -> str:
        """"Ballpark E$timate", "Ca$h prizes": the "$" stands for the letter S it looks like;
        read as a currency sign it was "E dollars timate"."""
        return m.group("dlw").replace("$", "s")

    def _h_colonword(self, m: re.Match[str]) -> str:
        """"re:Invent": a brand spelled with a colon between its parts is said as two words."""
        return m.group("clw") + " "

    def _h_accentapos(self, m: re.Match[str]) -> str:
        """"you´ll": an acute accent typed for an apostrophe."""
        return "'"

    def _h_arrow(self, m: re.Match[str]) -> str:
        """"Cow’s milk → plant milk": an arrow between two things reads "to". An arrow ending
        its line ("Access newsletters from RSS feeds →", a step of a workflow list, or "Read
        more →") points at what follows; "to" would hang with nothing after it, so it is a
        pause, and the line break says the rest."""
        end = self.text.find("\n", m.end())
        rest = self.text[m.end() : end if end >= 0 else len(self.text)]
        if not any(c.isalnum() for c in rest):
            return " "
        if _CLAUSE_AFTER_ARROW.match(rest):
            return ", "  # "ausgeraubt -> I got robbed": a gloss, a clause, not a destination
        return " to "

    def _h_symrun(self, m: re.Match[str]) -> str:
        """Programmers' operators in prose ("&&", "===", "!="): said once, as a word."""
        return {"&&": " and ", "||": " or ", "!=": " is not "}.get(m.group(0), " equals ")

    def _h_halfdash(self, m: re.Match[str]) -> str:
        """A hyphen spaced on one side only, between words, is a dash typed carelessly ("Call
        us ASAP- it's free", "in town -if you can"): a pause, or the words are heard as one
        ("town-if"). Two shapes keep the hyphen: a compound whose second half is shared ("pre-
        and post-war", "mid- to late-2000s"), and a suffix cited on its own ("words in -ing")."""
        after = _WORD_AFTER.match(self.text, m.end())
        word = after.group(0).lower() if after else ""
        if m.group(0)[0] == "-":
            return "-" if word in _SUSPENDED_JOINERS else ", "
        if after and after.group(0)[:1].isupper() and _CAPS_LABEL_BEFORE.search(
                self.text, max(0, m.start() - 30), m.start()):
            # "COSMOS -Cosmos flowers": after a label in capitals the dash opens its text,
            # however rare the capitalized word after it (no compound starts with a capital)
            return ", "
        if word in _SUFFIXES or len(word) < 2 or _zipf(word) < 4.0:
            return "-"
        return ", "

    def _h_letterdash(self, m: re.Match[str]) -> str:
        """'K–12', 'F—16', 'K–pop': an en or em dash glued between a lone capital and a number
        (an en dash before a word; an em dash there is a clause's: "an A—not bad") is a
        hyphen set long (a typesetter's or a word processor's), so it reads as
        "K-12" does ("K twelve"), not as a pause ("K, twelve"). After a noun that names a
        letter ("Part B—12 weeks"), an em dash is a real dash and pauses."""
        if m.group(0) == "—":
            before = self.text[max(0, m.start() - 20) : m.start() - 1].split()
            if before and before[-1].lower() in _LETTER_NOUNS:
                return ", "
        if self.text[m.end()].isdigit():
            # "K–12": kindergarten through twelfth grade, read as "K-12" is ("K through twelve")
            # ("K–9" is the police dog, as "K-9" is: see numbers._GRADE_SPAN)
            grades = (self.text[m.start() - 1] == "K"
                      and not re.match(r"9(?!\d)", self.text[m.end() :]))
            return " through " if grades else " "
        return "-"

    def _h_compounddash(self, m: re.Match[str]) -> str:
        """'low-light–tolerant': an en dash joining a compound is a hyphen, not a pause."""
        before = self.text[max(0, m.start() - 30) : m.start()].split()
        return "-" if before and "-" in before[-1] else ", "

    def _h_email(self, m: re.Match[str]) -> str:
        addr = m.group(0)
        trail = ""
        while addr and addr[-1] in ".-":
            trail = addr[-1] + trail
            addr = addr[:-1]
        local, _, host = addr.partition("@")
        local_words = re.sub(r"[._+-]", lambda c: {".": " dot ", "_": " underscore ",
                                                   "+": " plus ", "-": " dash "}[c.group()], local)
        local_words = re.sub(r"\d+", lambda d: " " + digits(d.group()) + " ", local_words)
        end = ". " if trail.startswith(".") else ""
        return f" {local_words} at {self._say_host(host, m.start())} {end}"

    def _line_of(self, pos: int) -> str:
        """The input line holding ``pos``."""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        return self.text[start : len(self.text) if end < 0 else end]

    def _h_timesop(self, m: re.Match[str]) -> str:
        """A spaced lower-case "x" between two terms of a formula ("40 hours x 120 hours",
        "hours x operating time", "3 x the price") is "times"; between lengths ("10 feet x 12
        feet", "6' x 4'") it is "by". Two bare numbers never reach here: the dimension rule
        reads "3 x 5" as a size ("a 3 x 5 card").

        Left as a letter: next to a function word ("where x is", "the x axis", "x and y"),
        after a capitalized word ("Gen x", "Nike x Sacai", a collaboration) or before one."""
        before = self.text[max(0, m.start() - 40) : m.start()].split()
        after = self.text[m.end() : m.end() + 40].split()
        left = before[-1].rstrip(")") if before else ""
        right = after[0].lstrip("(") if after else ""
        word = right.rstrip(".,;:!?)").lower()
        if left.lstrip("(") in _SIDE_LETTERS and (right.rstrip(".,;:!?)") in _SIDE_LETTERS
                                                 or right[:1].isdigit()):
            return " by "  # "(W x D x H)", '3.87" W x 2.25" H': sides of a box, as "3 x 4"
        if (left.lower() in _X_LEFT_STOP or word in _X_RIGHT_STOP or not right
                or (left[:1].isupper() and left.isalpha() and not right[:1].isdigit())
                or right[:1].isupper()):
            return " x "  # ("Bread x 2" is a count: times)
        # a formula has an amount on one side ("40 hours x 120 hours", "3 x the price") or
        # an equals sign on its line ("time = hours x operating time"); elsewhere a lone x is a
        # letter ("a double x shaped base", "an x chromosome")
        amount = any(c.isdigit() for c in left) or right[:1].isdigit() or (
            len(before) >= 2 and before[-2][-1:].isdigit())
        count = left.startswith("#") or right.startswith("#")  # "#rows x #columns": counts
        if not amount and not count and "=" not in self._line_of(m.start()):
            return " x "
        mark = len(left) > 1 and left[-2].isdigit() and left[-1] in "'’′\"”″"
        if (left.lower() in _LENGTHS or mark) and right[:1].isdigit():
            return " by "
        return " times "

    def _h_spacedslash(self, m: re.Match[str]) -> str:
        """A slash with a space on each side: a score ("5 / 10", five out of ten), a rate
        ("$15 / hour", "100 km / h": per), or in a formula (the line holds "=") "divided by"
        ("capacity = lawn size / mowing time", "1,000 m² / 40 hours = 25 m²"). Anywhere else it
        is a pause, as before: two amounts side by side are often the same thing in two units
        ("5 kg / 11 lb"), and words either side may be a list or a verse ("writer / director")."""
        line = self._line_of(m.start())
        line_start = self.text.rfind("\n", 0, m.start()) + 1
        before = self.text[max(line_start, m.start() - 40) : m.start()].split()
        after = self.text[m.end() : m.end() + 40].split("\n")[0].split()
        left = before[-1] if before else ""
        unit = m.group("ss_u")
        right = unit or (_strip_close(after[0]) if after else "")
        if not left or not right:
            return ", " + (self._safe_text(unit) + " " if unit else "")
        amount = left[-1:].isdigit() or left.lower() in _PER_LEFT or (
            len(before) >= 2 and before[-2][-1:].isdigit() and (left in UNITS or left in GLUED_UNITS
                                                                or left.isalpha()))
        if (left, right) == ("24", "7"):
            return " "  # "open 24 / 7": twenty-four seven
        if left.isdigit() and right in _SCALES_OF and int(left) <= int(right):
            ended = after[0][-1:] in ".,;:!?)"  # "8 / 10, and": the phrase ends at the score
            nxt = after[1].lower().rstrip(".,;:!?)") if len(after) > 1 and not ended else ""
            if not nxt[:1].isalpha() or nxt in _NOT_A_NOUN or nxt in ("stars", "points"):
                return " out of "  # "rated 8 / 10", not "3 / 5 days"
        if unit:  # the pattern took the word after the slash: say it whatever we decide
            if amount:
                return f" per {_PER_UNITS[unit]} "
            return ", " + self._safe_text(unit) + " "
        if self.http_path_slash(m.start()):  # type: ignore[attr-defined]
            return " slash "  # "GET / HTTP/1.1": the request's path, not a division
        if "=" in line and (right[:1].isdigit() or right[:1].isalpha()) and (
                left[-1:].isalnum() or left[-1:] in "²³)%"):
            return " divided by "
        if self._code_quotient(left.lstrip("([{\"'“‘`"), right.rstrip("`\"'”’"), m.start()):
            return " divided by "
        return ", "

    def _code_quotient(self, left: str, right: str, pos: int) -> bool:
        """Are the two sides of a spaced slash counts or code names, so that it divides
        ("#errors / #requests", "total_bytes / elapsed_ms", "a / b" in code)? A count's "#"
        and a name's underscore or inner capital are no prose; one-letter operands divide
        only in a paragraph that shows code ("writer / director" stays a pause)."""
        if _COUNT_OPERAND.fullmatch(left) and _COUNT_OPERAND.fullmatch(right):
            return True
        if _CODE_OPERAND.fullmatch(left) and _CODE_OPERAND.fullmatch(right):
            return True
        if _CALL_OPERAND.fullmatch(left) or _CALL_OPERAND.fullmatch(right):
            # "sum(x) / n", "len(a) / 2": a call divided (a call is a code operand too)
            return all(_LETTER_OPERAND.fullmatch(s) or _CODE_OPERAND.fullmatch(s) or s.isdigit()
                       for s in (left, right))
        return bool(_LETTER_OPERAND.fullmatch(left) and _LETTER_OPERAND.fullmatch(right)
                    and self._code_paragraph(pos))

    def _h_codeslash(self, m: re.Match[str]) -> str:
        """'i7/i9', 'PS4/PS5', 'M1/M2': two model codes joined by a slash are alternatives,
        "or" (a bare slash was a pause: "i seven, i nine"). A number that is no code before
        the slash ("2/B4") keeps the pause."""
        if _CODE_LEFT.search(self.text, max(0, m.start() - 12), m.start()):
            return " or "
        return ", "

    def _h_modelslash(self, m: re.Match[str]) -> str:
        """'OS/2', 'AS/400', 'System/360': a slash between a capitalized name or initialism and
        a model number is the name's separator, said as a space ("O S two"); read as a pause
        ("O S, two") the model was broken in two. A lower-case word or a month before it
        ("page/2", "Jan/5") keeps the pause."""
        if _MODEL_NAME_LEFT.search(self.text, max(0, m.start() - 16), m.start()):
            return " "
        return self._char("/")

    def _h_slashname(self, m: re.Match[str]) -> str:
        """A Reddit user or community ("u/klubmo", "r/espresso") or a chat command ("/goodmorning",
        "type /imagine"): the slash is said, or "u/x" is heard "you or x". A slash glued to a
        word after a space or a quote only starts a command when no word is glued before it;
        "coffee /tea" (a lower-case common word after a space) stays the alternatives it was,
        and a rate unit after "r/" ("r/min") is left to the unit rules."""
        name = m.group("sn")
        letter = m.group("sn_l")
        if letter:
            return f" {letter} slash "  # the name itself is read by the rules after this one
        before = self.text[max(0, m.start() - 1) : m.start()]
        if before in (" ", "\t") and name.islower() and _zipf(name) >= 4.0:
            prev = self.text[max(0, m.start() - 30) : m.start()].split()
            word = prev[-1] if prev else ""
            if word.isalpha() and word.islower() and word not in _COMMAND_VERBS:
                return " or "  # "coffee /tea"
        return " slash "

    def _h_slashabbr(self, m: re.Match[str]) -> str:
        return " " + {"w/o": "without", "w/": "with", "c/o": "care of", "n/a": "not applicable",
                      "b/c": "because",
                      "y/y": "year over year", "q/q": "quarter over quarter",
                      "m/m": "month over month"}.get(m.group("sa").lower(), "slash") + " "

    def _h_slashword(self, m: re.Match[str]) -> str:
        """A slash before a word (or a space and a lower-case word: "coffee/ tea"): 'per' after
        an amount or unit ('$150/hour', 'miles/hour'), 'or' between two lower-case words
        ('he/she'; 'and/or' becomes 'and or'), a space between letters ('I/O'), else a pause.

        The 'or' reading rests on the right-hand word: a lower-case word after the slash is an
        ordinary word, never a name, so the pair is two alternatives whatever the left word's
        capital says (a sentence or heading start, "Bar/alcohol", or an initialism, "DJ/band").
        A lower-case word before the slash is no name either ("trucks/SUVs", "truck/SUV":
        a thing or an initialism, alternatives). When both sides are capitalized they may be
        names or products ("Israel/Gaza",
        "Pub/Sub", "Windows/Mac") and "or" would change the meaning, so only two long, common
        words read "or" ("Small/Basic"); letters on both sides ("AC/DC", "TCP/IP") are
        spelled. "slash" is the safe reading when nothing says the pair is alternatives."""
        right, _, clitic = m.group("sw").replace("’", "'").partition("'")
        if clitic:
            # "fits/doesn’t": the contraction is read whole, whatever the slash becomes
            return self._slashword(m, right).rstrip() + "'" + clitic + " "
        return self._slashword(m, right)

    def _slashword(self, m: re.Match[str], right: str) -> str:
        """The slash before ``right`` (see _h_slashword)."""
        if m.group(0)[1:2].isspace() and (right in _FOLDER_NOUNS or self._code_paragraph(
                m.start())) and _FOLDER_LEFT.search(self.text, max(0, m.start() - 42), m.start()):
            # "the __init__.py inside of bar/ replaces it", "the docs/ folder": a folder's
            # trailing slash, in a paragraph about code or before "folder", is not said (it
            # was "bar or replaces")
            return " " + self._safe_text(right) + " "
        if m.group(0)[1:2].isspace() and (not right.islower() or right in _NOT_A_NOUN):
            # "coffee/ tea" is "or", but "2 minutes/ Run easy" and "lifting/ you use" are
            # separators, and "$35/ each" is no rate: a pause, as before
            return ", " + self._safe_text(right) + " "
        before = self.text[max(0, m.start() - 20) : m.start()]
        if before.endswith("+") and before[-2:-1].isdigit():
            before = before[:-1]  # "$11+/serving": the "+" is said, the rate read after it
        left_m = re.search(r"([A-Za-z]+|[\d%.]|)\Z", before)
        left = left_m.group(1) if left_m else ""
        if _CODE_AFTER_AMOUNT.search(before) or (_SCALE_AFTER_AMOUNT.search(before) and (
                right in _PER_UNITS or right.lower() in _PER_UNITS)):
            # "$20USD/month", "20 CAD/user": the code closes an amount, a rate follows;
            # "$12.5M/yr": so does a scale before a unit of rate ("4K/HDR" is no rate)
            left = "0"
        elif left in ("e", "eq") and before.endswith(("CO2e", "CO2eq", "CO2-eq", "CO2-e")):
            left = "t"  # "2 tCO2e/yr": an emission unit (see _h_emission), a rate follows
        per = _PER_UNITS.get(right) or _PER_UNITS.get(right.lower())
        chained = per is not None and (self.text[
            max(0, m.start() - len(left) - 1) : m.start() - len(left)] == "/" or bool(
            _RATE_BEFORE.search(self.text, max(0, m.start() - 40), m.start())))
        # "$8/user/month", "$49/contractor/month": the second slash is "per" as well
        if per is None and left[-1:].isdigit() and right.islower() and _YEAR_LEFT.search(
                before) and _NUMBER_NEXT.match(self.text, m.end()):
            return f" or {right} "  # "late 2022/early 2023": two dates, not a rate
        if per is None and left[-1:].isdigit() and right.islower():
            per = right  # "$15/seat": any singular noun after an amount
        if per and (not left or left[-1] in "0123456789%." or left.lower() in _PER_LEFT
                    or left in UNITS or left in GLUED_UNITS or chained or (
                        per in _TIME_PERIODS and _COUNT_BEFORE.search(before))):
            return f" per {per} "
        if left.lower() == "and" and right == "or":
            return " or "  # "and/or", "And/or" at a heading's start: "and or", not "or or"
        if right in ("s", "es", "ies") and left.islower():
            return " "  # "variety/ies", "platform/s": the plural alternative is not read
        if len(right) == 1 and right.isupper() and _MODEL_NAME_LEFT.search(
                self.text, max(0, m.start() - 16), m.start()) and not left.isupper():
            return f" {right} "  # "Blue Gene/L": a model letter, the slash not said
        if left.isupper() and right.isupper():
            said = self._say_letters_or_word(right, m.start())
            whole = re.search(r"[A-Za-z0-9]+\Z", self.text[max(0, m.start() - 20) : m.start()])
            if " " in said.strip() and whole and len(whole.group(0)) + len(right) > 5:
                # "4WD/AWD": spelled initialisms longer than "TCP/IP" name alternatives, as
                # in the initialism-pair rule ("AML/CFT" keeps its slash)
                return " slash " + said + " "
            return " " + said + " "
        if left.islower() and right.islower():
            if self._code_path(m.start()):
                return f" slash {right} "  # "testing/synctest", "net/http": a package path
            return f" or {right} "
        if right.islower() and len(right) >= 2 and len(left) >= 2 and (
                left[1:].islower() or left.isupper()):
            return f" or {right} "  # "Bar/alcohol", "DJ/band": a lower-case word is not a name
        if (right[:1].isupper() and (left in UNITS or left in GLUED_UNITS)
                and re.search(r"\d[ \t]?" + re.escape(left) + r"\Z", before)):
            # "(Walk 1 min/Run Easy 1 min)": after an amount, a capitalized word starts the
            # next step of a sequence; the slash is a separator
            return ", " + self._safe_text(right) + " "
        if left.islower() and len(left) >= 3 and right[:1].isupper() and left not in UNITS:
            # not after a unit: "Walk 1 min/Run 1 min" is a sequence of steps
            return " or " + self._safe_text(right) + " "  # "trucks/SUVs", "clamp/Brake tool"
        if right[:1].isupper() and left[:1].isupper() and self._code_rule_name(m, right):
            return " slash " + self._safe_text(right) + " "  # "Performance/Detect cop"
        if self._words_pair(m.start(), left, right) or self._chain_reads_or(m.start()):
            return f" or {right} "
        return " slash " + self._safe_text(right) + " "

    def _code_rule_name(self, m: re.Match[str], right: str) -> bool:
        """Do the capitalized words around the slash of ``m`` name a linter's rule or a code
        namespace ("Performance/Detect cop", "Style/StringLiterals", "Lint/UselessAssignment"),
        not two alternatives ("Sales/Marketing")? A side in camel case says so, and so does a
        rule's noun after the pair ("cop", "rule", "check"), or code elsewhere in the
        paragraph (an import, "()", a snake_case name, a source file)."""
        left = re.search(r"[A-Za-z]+\Z", self.text[max(0, m.start() - 40) : m.start()])
        if (left and _INNER_CAPITAL.match(left.group(0))) or _INNER_CAPITAL.match(right):
            return True
        if _RULE_NOUN_AFTER.match(self.text, m.end()):
            return True
        return self._code_paragraph(m.start())

    def _code_paragraph(self, pos: int) -> bool:
        """Does the paragraph holding ``pos`` show code: an import, a call "()", a dunder
        ("__init__"), a snake_case name, a source file's name, a backquote?"""
        para_start = self.text.rfind("\n", 0, pos) + 1
        para_end = self.text.find("\n", pos)
        return bool(_CODE_CONTEXT.search(
            self.text, para_start, para_end if para_end >= 0 else len(self.text)))

    def _h_opchars(self, m: re.Match[str]) -> str:
        """'the pipe operator (|>)': the bracket shows how the operator is typed, so each
        character is said by its name ("pipe greater than"); read as a comparison it was
        "greater than" with the bar dropped."""
        return ", " + " ".join(_OP_CHAR_NAMES[c] for c in m.group("opc")) + ", "

    def _h_pathversion(self, m: re.Match[str]) -> str:
        """'encoding/json/v2', 'api/v1': a version at the end of a code path is its last
        segment, read after "slash" (a bare slash was a pause: "json, v two")."""
        return " slash "

    def _code_path(self, slash: int) -> bool:
        """Is the slash at ``slash`` inside a code path of lower-case segments ("testing/
        synctest", "my_app/config")? A segment that is no English word even a rare one
        ("synctest", "urljoin"), or holds a digit or underscore ("my_app"), says so: such a
        chain names a package or folder, read "slash". Words, rare ones too ("and/or",
        "his/her", "kneading/proofing"), are alternatives, "or"."""
        head = _PATH_HEAD.search(self.text, max(0, slash - 200), slash)
        tail = _PATH_TAIL.match(self.text, slash + 1)
        if not head or not tail:
            return False
        segments = head.group().split("/") + tail.group().split("/")
        # a segment with no vowel is an initialism or a code name, no word ("net/http",
        # "crypto/tls"); "by" and "my" count their "y"
        return any(not seg.isalpha() or not is_known_word(seg)
                   or (len(seg) >= 3 and not _VOWEL.search(seg)) for seg in segments)

    def _words_pair(self, slash: int, left: str, right: str) -> bool:
        """Are the words on either side of the slash at ``slash`` ordinary words, alternatives:
        two long common words ("Small/Basic Remodel", "Comb/brush"), or capitalized words the
        article writes in lower case ("Planner/Delegate", "Pan/Tilt/Swivel")?"""
        if (len(left) >= 4 and len(right) >= 4 and not left.isupper() and not right.isupper()
                and left[1:].islower() and right[1:].islower()
                and _zipf(left.lower()) >= 4.0 and _zipf(right.lower()) >= 4.0):
            return True
        return self._common_chain(slash, slash + 1 + len(right))

    def _chain_reads_or(self, slash: int) -> bool:
        """Does another slash of the chain of capitalized items holding the slash at ``slash``
        join ordinary words ("Extra Dry/Extra Sec/Extra Seco": "Dry/Extra" does)?

        One chain names one set of alternatives, so its slashes are read alike: a chain read
        "Extra Dry or Extra Sec slash Extra Seco" mixed two readings of one separator."""
        chain = None
        for found in _TITLE_CHAIN.finditer(self.text, max(0, slash - 120), slash + 120):
            if found.start() < slash < found.end():
                chain = found
                break
        if chain is None:
            return False
        for k, ch in enumerate(chain.group(), chain.start()):
            if ch != "/" or k == slash:
                continue
            left = _WORD_LEFT.search(self.text, chain.start(), k)
            right = _WORD_RIGHT.match(self.text, k + 1, chain.end())
            if left and right and self._words_pair(k, left.group(), right.group()):
                return True
        return False

    def _vocabulary(self) -> frozenset[str]:
        """The words this text, or the article it belongs to (``vocabulary``), writes in lower
        case somewhere (computed once, on demand)."""
        if self._lower_cache is None:
            self._lower_cache = article_vocabulary(self.text) | (self.vocabulary or frozenset())
        return self._lower_cache

    def _common_chain(self, start: int, end: int) -> bool:
        """Are the capitalized words joined by slashes around the slash at ``start`` ordinary words
        (alternatives, "or"), not names ("Israel/Gaza", "Simon/Garfunkel": "slash")?

        Word lists lose the capital, so frequency alone cannot tell "Planner" from "Israel".
        The text itself can: an ordinary word capitalized in a heading or a product's name
        ("Pan/Tilt Cam") is written in lower case elsewhere in the same article ("the camera
        can pan and tilt"), a name never is. Two words of the chain written so, or one and the
        rest known English words, make it alternatives."""
        line_start = self.text.rfind("\n", max(0, start - 100), start) + 1
        head = _CHAIN_HEAD.search(self.text, max(line_start, start - 100), start)
        tail = _CHAIN_TAIL.match(self.text, start + 1, end + 100)
        if not head or not tail:
            return False
        words = head.group(0).split("/") + tail.group(0).split("/")
        if not all(w[:1].isupper() and w[1:].islower() for w in words):
            return False
        lower = self._vocabulary()
        seen = sum(1 for w in words if w.lower() in lower)
        return seen >= 2 or (seen == 1 and all(
            w.lower() in lower or _zipf_down_to_3(w.lower()) >= 3.0 for w in words))

    def _h_dotdot(self, m: re.Match[str]) -> str:
        """'dot.com', 'Dot.life': the word "dot" stands for the dot after it, said once."""
        return m.group("dd") + " "

    def _h_dotwords(self, m: re.Match[str]) -> str:
        """'every.single.time': common words joined by dots for emphasis are the words; anything
        else (a name, a code) is left as written."""
        parts = m.group("dw").split(".")
        if all(_zipf(p) >= 4.0 for p in parts):
            return " " + " ".join(parts) + " "
        return m.group(0)

    def _h_sharp(self, m: re.Match[str]) -> str:
        """'C#', 'F#': a language or a note, said "sharp"."""
        return f" {m.group('sh')} sharp "

    def _h_dunder(self, m: re.Match[str]) -> str:
        """'__init__', '__all__', '__init__.py': Python's double-underscore names, said
        "dunder init" as programmers say them, a file's extension as any file's ("dot P Y").
        Without it the underscores were silent and ".py" was left glued ("init.py")."""
        said = "dunder " + m.group("dun").replace("_", " ")
        ext = m.group("dun_ext")
        if ext:
            said += " dot " + FILE_EXTENSIONS[ext]
        return f" {said} "

    def _h_filename(self, m: re.Match[str]) -> str:
        """'config.yml', '.yml', 'ASP.NET': the dot and the extension said aloud."""
        base = m.group("fn_base") or ""
        ext = FILE_EXTENSIONS[m.group("fn_ext")]
        said = self._safe_text(base.replace("-", " ").replace("_", " ")) if base else ""
        return f" {said} dot {ext} "

    def _h_ellipsis(self, m: re.Match[str]) -> str:
        """An ellipsis is a pause; a glued one ("hand….there's") must not join the words.

        Before a closing bracket, quote or dash it trails off an aside, and a lower-case word
        after that ("(the kale you buy…) or buying less") goes on with the sentence: a pause,
        not a stop. So does one after a function word ("one of ... Diana's best friends", "went
        to … Paris"), even before a capital: no sentence ends on "of" or "the"."""
        end = m.end()
        nxt = self.text[end : end + 1]
        before = _WORD_BEFORE.search(self.text, max(0, m.start() - 20), m.start())
        if before and before.group(1) in _FUNCTION_WORDS and nxt.isalnum():
            if before.group(1) in _PRONOUN_ENDS and _OPENER_AFTER.match(self.text, end):
                return ". "  # "I helped change that… There's more": a pronoun ends a sentence
            return ", "  # "one of ... Diana's friends": no sentence ends on "of"
        if nxt in _ELLIPSIS_CLOSERS:
            quote = _QUOTE_CLOSE.match(self.text, end)
            if quote and _ATTRIBUTION_AFTER.match(self.text, quote.end()):
                return ", "  # "…the agency has…” Alito asked": the attribution goes on
            after = _AFTER_CLOSER.match(self.text, end)
            nxt = self.text[after.end() : after.end() + 1] if after else ""
        if nxt.islower():
            return ", "
        dots = m.start() + len(m.group()) - len(m.group().lstrip())
        if self.text[max(0, dots - 3) : dots].rstrip()[-1:] in (".", "!", "?"):
            return " "  # "He waited. . . . Nothing": the sentence's own stop, then the dots
        return ". "

    def _h_capsdot(self, m: re.Match[str]) -> str:
        """'IQ.LIGHT': a dot glued between two words in capitals joins the parts of a brand's
        name, which no sentence end does (it has a space after it): said as a space, since
        eSpeak NG would stop at it ("I Q. Light")."""
        return " "

    def _h_dotbrand(self, m: re.Match[str]) -> str:
        """'Octane.AI', 'Character.AI': a brand styled on its web address, written as a name
        with an initialism in capitals (an address is in lower case: "judge.me" is read "judge
        dot me"), is said as its makers and the news say it, the name then the initialism
        ("Octane A I"); read as written the dot was a sentence's end ("Octane. A-I"). A file's
        extension in capitals ("Report.PDF", "Dot.NET") is read as a file name is, with "dot"."""
        part = m.group("db_b")
        ext = FILE_EXTENSIONS.get(part) or (FILE_EXTENSIONS.get(part.lower())
                                           if part != "AI" else None)
        if ext:
            return f" {m.group('db_a')} dot {ext} "
        return f" {m.group('db_a')} {self._say_letters_or_word(part, m.start('db_b'))} "

    def _h_idnumber(self, m: re.Match[str]) -> str:
        """'PMID 20175497', 'ISSN 1077-2626', 'arXiv:1512.01655v2': a catalogue number after
        the label that names it is an identifier, read digit by digit with a pause at each
        hyphen ("one zero seven seven, two six two six") and "dot" at a dot. Read as a
        quantity it was "twenty million ...", a range ("1077 to 2626") or a decimal."""
        label = m.group("idl").split("-")[0]
        said = ["archive" if label == "arXiv" else spell(label.upper())]
        for part in re.split(r"([.\-–]|v|[Xx])", m.group("idn")):
            if part in ("-", "–"):
                said[-1] += ","
            elif part == ".":
                said.append("dot")
            elif part == "v":
                said.append("version")
            elif part in ("X", "x"):
                said.append("X")
            elif part:
                said.append(digits(part))
        return " " + " ".join(said) + " "

    def _h_placecode(self, m: re.Match[str]) -> str:
        """'Seattle/Tacoma International Airport (SEA)', 'Union Station (WAS)', '(NYSE: COST)':
        an airport's, a station's or a share's code is said letter by letter, as travellers
        and traders say it, even when it is also a word (read as the word, "(SEA)" was "sea").
        A ticker after an exchange's label or the word "ticker" is always a code; three
        capitals in brackets are one after a place noun ("Airport (SEA)") or after a name in
        capitals ("Seattle (SEA)") whose initials do not spell them: the words an
        initialism stands for ("Immigration and Customs Enforcement (ICE)", "North Atlantic
        Treaty Organization (NATO)") define it, and it is read as the word lists say, as is a
        very common word set after a name as a label ("Galaxy Buds (NEW)"). Two to five
        capitals after a company's legal suffix ("Google Inc. (GOOG)'s Android", "Fastenal Co.
        (FAST)") are its ticker, spelled even where they are a word or look like one; read by
        shape, "GOOG" was the word "Goog" beside a spelled "AAPL". Four or five capitals
        elsewhere are left to the word lists ("Islamic State (ISIS)", "Watch (VIDEO)")."""
        if m.group("tkr"):
            return " " + spell(m.group("tkr")) + " "
        code = m.group("plc")
        if _COMPANY_BEFORE_BRACKET.search(self.text, max(0, m.start() - 12), m.start()):
            return " " + spell(code) + " "  # "Google Inc. (GOOG)": a ticker, a word or not
        if len(code) > 3:  # only a company's suffix says four or five capitals are a ticker
            return " " + self._say_letters_or_word(code, m.start()) + " "
        before = _WORD_BEFORE_BRACKET.search(self.text, max(0, m.start() - 40), m.start())
        if (code not in SAY_AS_WORD and before and (
                before.group(1).lower() in _PLACE_NOUNS or (
                    before.group(1)[0].isupper() and before.group(1).lower() not in _FUNCTION_WORDS
                    and _zipf(code.lower()) < 5.5  # "Galaxy Buds (NEW)": a label, the word
                    and initialism_mark(code) not in self._vocabulary()))):
            return " " + spell(code) + " "
        return " " + self._say_letters_or_word(code, m.start()) + " "

    def _h_brandbang(self, m: re.Match[str]) -> str:
        """An exclamation mark glued to a name the phrase goes on after is part of the name
        and silent ("Yahoo! said", "Jeopardy! host", "Panic! at the Disco", "J!-ENT", the
        hyphen then silent too); kept, eSpeak NG made an exclamation stop inside the phrase.
        What follows decides: a letter, a hyphen or a possessive always; a lower-case word
        unless the word before is lower case or an interjection ("Wow! that was close"); a
        capitalized word only where the article writes the same name with its mark before a
        lower-case word (see brand_bangs: "Yahoo! News" beside "Yahoo! said"), or where the
        word is rare in English (under Zipf 4: "Yahoo", "Jeopardy", "Wham") and the capitalized
        words after it go on to a comma or a lower-case word ("Yahoo! Sports, which first
        reported"): an exclamation is a common word ("Fire! Smoke poured out", "Stop! Police
        said" keep their stop). The word after must be a common one (a section's noun:
        "Sports", "Finance", "Bar"), not the name again ("Winc! Winc is"), a command ("Winc!
        Check the list") nor one that opens sentences ("Wow! The team won")."""
        if not self.english:
            return "!"
        nxt = _BANG_NEXT_WORD.match(self.text, m.end())
        if not nxt:
            return " " if m.group().endswith("-") or self.text[m.end() : m.end() + 1].isalnum() \
                else ""
        before = _BANG_WORD_BEFORE.search(self.text, max(0, m.start() - 32), m.start())
        word = before.group(1) if before else ""
        if not word or word.islower() or word.lower() in EXCLAMATIONS:
            return "!"
        following = nxt.group(1)
        if following[0].islower():
            return " "
        if following in _STARTERS:
            return "!"
        if word + "!" in self._vocabulary():
            return " "
        if (word.isalpha() and word.istitle() and not _zipf(word.lower()) and following != word
                and _zipf(following.lower()) and following not in _IMPERATIVES
                and following not in _PRONOUN_OPENERS
                and not _plural_opener(following, self.text[nxt.end() : nxt.end() + 20])
                and _BANG_NAME_NEXT.match(self.text, m.end())):
            return " "  # "Yahoo! Sports, which": a rare word with its mark names a brand
        return "!"

    def _h_grawlix(self, m: re.Match[str]) -> str:
        """'What the $%#!&?': symbols standing for a swear word are a bleep, as broadcast audio
        censors one; read as symbols it was "dollars percent number! And?", with false stops.
        The marks after it end the sentence as written, unless the sentence goes on in lower
        case ("He was &%$#@! mad": no stop)."""
        end = m.group("gw_end")
        if end and re.match(r"[ \t]+[a-z]", self.text[m.end() : m.end() + 3]):
            end = ""
        return " bleep" + end + " "

    def _h_censored1(self, m: re.Match[str]) -> str:
        """'f*ck', 'sh*t', 'b*tch': a swear word with a letter or two starred out is a bleep,
        as 'f***' is; read, its letters were split ("f ck", "sh t")."""
        tail = (m.group("cw1_end") or "").lower()
        return " bleep" + (tail if tail in _BLEEP_ENDINGS else "") + " "

    def _h_pcttpl(self, m: re.Match[str]) -> str:
        """'%kid1', '%spouse': a template variable's sigil is silent; the name after it is
        said ("kid one"), as a reader says a blank to fill."""
        return " "

    def _h_seprun(self, m: re.Match[str]) -> str:
        """'=====', '*****', '#####': a rule line drawn with one symbol is a pause between
        parts, never read ("equals equals equals", "number number")."""
        return ", "

    def _h_censored(self, m: re.Match[str]) -> str:
        """'f***', 's**t', 'f***ing': a swear word starred out is a bleep too; read, its
        letters were left ("what the f was that", "s t"). An inflection after the stars is
        kept ("bleeping")."""
        tail = m.group("cw_b")
        return " bleep" + (tail if tail in _BLEEP_ENDINGS else "") + " "

    def _h_censordash(self, m: re.Match[str]) -> str:
        """'f--k', 's--t', 'f---ing': a swear word dashed out is a bleep, as a starred one is;
        an inflection after it is kept ("bleeping")."""
        tail = m.group("cd_end") or ""
        return " bleep" + (tail if tail in _BLEEP_ENDINGS else "") + " "

    def _h_handle(self, m: re.Match[str]) -> str:
        """'@keizi666': a handle's digits are part of a name, said one by one ("keizi six six
        six"), as people spell a handle out, not as a quantity ("six hundred sixty-six").
        '@loriOKTC', '@BBCBreaking': a change of case joins words, and capitals run into a
        word; split there, each part is read as it would be alone ("lori O K T C", "B B C
        Breaking"); whole, eSpeak NG read "loriOKTC" as two made-up words."""
        said = ["at"]
        parts = _HANDLE_PART.findall(m.group("hd"))
        for k in range(len(parts) - 1, 0, -1):
            if parts[k - 1] in _HANDLE_PREFIXES and parts[k][1:].islower():
                parts[k - 1 : k + 1] = [parts[k - 1] + parts[k]]  # "@McDonalds": one name
        for part in parts:
            said.append(digits(part) if part.isdigit() else self._say_letters_or_word(
                part, m.start("hd")))
        return " " + " ".join(said) + " "

    def _h_gluedstop(self, m: re.Match[str]) -> str:
        """'lifestyle.(To' and 'said.The': a full stop with the space lost. But a dotted code
        name ("pathlib.Path", "datetime.Timedelta()") joins a lower-case module that is no English
        word to one capitalized name not followed by more words of a sentence: "dot"; so does a
        capitalized part that is no English word ("Enterprise.Nxt,"), which no sentence opens
        with. A lower-case English word before the stop ("the world order.Micropolitics,") is
        a sentence's end whatever the capitalized word after it: names are not dotted to words.
        A chain of lower-case code names before it ("android.permission.Manifest") is code, and
        a capitalized name ("Xamarin.Android", "A.Word.A.Day") a brand's parts, said as one name
        (no stop), unless the word after is one that opens sentences ("in Paris.The next")."""
        if m.start() and self.text[m.start() - 1].isupper() and not _TITLE_CAPS.search(
                self.text, max(0, m.start() - 60), m.start()):
            return self._safe(".")  # "U.S.Army": the initials' rules read it
        if _CODE_CHAIN.search(self.text, max(0, m.start() - 60), m.start()):
            return " dot "  # "android.permission.Manifest": a chain of code names
        if self._dotted_code_name(m.start(), m.end()):
            return " dot "  # "stuff.privateStuff.HiddenStuff", "library.ThingIWant"
        word = re.match(r"[A-Z][a-z]*", self.text[m.end() : m.end() + 30])
        title = _TITLE_LEFT.search(self.text, max(0, m.start() - 60), m.start())
        if word and len(word.group(0)) == 1 and not (
                title and re.search("[a-z]", title.group(0))):
            return self._safe(".")  # "order.A.Day", "U.S.Army": no name before the initial
        left = _CODE_MODULE.search(self.text, max(0, m.start() - 30), m.start())
        member = _CODE_MEMBER.match(self.text, m.end())
        if left and _zipf(left.group(0)) == 0.0 and member:
            return " dot "
        if member and _zipf(member.group(0).lower()) == 0.0 and not left:
            return " dot "
        initial = word and re.match(r"[A-Z]\.[A-Z]", self.text[m.end() : m.end() + 3])
        if word and self.english and title and (
                initial or word.group(0) not in _SENTENCE_OPENERS):
            # "Xamarin.Android", "A.Word.A.Day": names dotted together, one name. English
            # only: German writes its nouns capitalized ("der Daten.Weder")
            return " "
        return ". "

    def _dotted_code_name(self, start: int, end: int) -> bool:
        """Is the dot at ``start`` inside a code name: a lower-case identifier glued by the dot
        to a capitalized one ("stuff.Stuffinator", "library.ThingIWant")? A lost space after a
        sentence's end glues the same shapes ("the world order.Micropolitics"), so it takes a
        mark only code has: a left part with an underscore, a digit or an inner capital
        ("privateStuff"); a right part with two inner capitals ("ThingIWant") or one after a
        left part that is no common word; or, in the paragraph, another name with the same
        dotted prefix ("stuff.Stuffinator and stuff.Stuffinatrix", two different names) or
        another mark of code (an import, "()", a snake_case name)."""
        left = _DOT_LEFT_ID.search(self.text, max(0, start - 80), start)
        right = _DOT_RIGHT_ID.match(self.text, end)
        if not left or not right:
            return False
        lword, rword = left.group(0), right.group(0)
        if any(_CODE_LIKE_PART.search(part) for part in lword.split(".")):
            return True
        if "_" in rword:
            return True
        inner = len(_INNER_CAPITALS.findall(rword))
        if inner >= 2 or (inner and _zipf(lword.split(".")[-1]) < 3.0):
            return True
        if inner and self._code_name_signals(left.start(), right.end(), lword.split(".")[0]):
            return True
        if self._code_paragraph(start):
            return True
        para_start = self.text.rfind("\n", 0, start) + 1
        para_end = self.text.find("\n", end)
        para = self.text[para_start : para_end if para_end >= 0 else len(self.text)]
        head = lword.split(".")[0]
        # two different names on one prefix; the same "word.Word" twice is a repeated
        # sentence with its space lost ("can reach.Increases" in two rows of a table)
        names = set(re.findall(r"(?<![\w.])" + re.escape(head) + r"\.([A-Za-z_]\w*)", para))
        return len(names) >= 2

    def _code_name_signals(self, start: int, end: int, head: str) -> bool:
        """Around a dotted name with one inner capital after a common word ("tools.DataLoader"),
        the signs that it is code: a call's bracket glued after it, a code noun ("class",
        "module", "method") within a few words, or an article that dots the same prefix to
        such names elsewhere (its vocabulary). A lost space after a stop ("the
        order.MacBook") has none of them."""
        if self.text.startswith("(", end):
            return True
        if CODE_PREFIX_MARK + head in self._vocabulary():
            return True
        near = self.text[max(0, start - 30) : end + 40]
        return bool(_CODE_NOUNS.search(near))

    def _h_numstop(self, m: re.Match[str]) -> str:
        """'in 2011.There were', 'sold 300.Analysts said': a stop glued between a number and a
        capitalized word is a sentence's end with its space lost, as "performance.He" is. Not
        a list's number opening its line ("1.Introduction"), nor a number glued to letters
        before it ("v2.Beta", "A4.Paper"), a decimal's part ("1.5.Then") or a dotted code
        ("10.2.Final"): those keep their dot as before."""
        before = _NUMBER_BEFORE_STOP.search(self.text, max(0, m.start() - 40), m.start())
        if before and self.text[self.text.rfind("\n", 0, before.start()) + 1 : before.start()
                                ].strip():
            return ". "
        return self._safe(".")

    def _h_codecaps(self, m: re.Match[str]) -> str:
        """'android.permission.READ_CONTACTS', 'os.environ.HOME': a constant in capitals dotted
        to a chain of lower-case code names, or one with an underscore, is code: "dot", where
        the dot read as a stop cuts the name ("android.permission. Read contacts")."""
        nxt = re.match(r"\w+", self.text[m.end() : m.end() + 42])
        if (nxt and "_" in nxt.group(0)) or _CODE_CHAIN.search(
                self.text, max(0, m.start() - 60), m.start()):
            return " dot "
        return self._safe(".")

    def _h_plural(self, m: re.Match[str]) -> str:
        """'platform(s)': read the plural."""
        return m.group("pl")

    def _h_prefixpar(self, m: re.Match[str]) -> str:
        """'(re)launch': read the word whole ("relaunch"); the brackets would be pauses inside
        the word."""
        return m.group("pp")

    def _h_citation(self, m: re.Match[str]) -> str:
        """'[1]', '[citation needed]': reference marks are not read. A one-letter word ("a",
        "I") in brackets with a space on both sides, before a word, is an editor's insertion
        ("which is [a] big one"), read; a mark glued to its word ("the rule[a] says") or another
        letter ("the law [b] says") is a footnote."""
        inside = m.group().strip("[] \t")
        if (inside in ("a", "A", "I") and self.text[m.start() - 1 : m.start()] == " "
                and re.match(r"[ \t]+[A-Za-z]", self.text[m.end() : m.end() + 2])):
            return f" {inside} "
        return ""

    def _h_dotnote(self, m: re.Match[str]) -> str:
        """'in these patients.1,2 The drug': note numbers glued after a sentence's stop are
        reference marks, silent like '[1, 2]' (see _h_citation); the stop is kept. Read, they
        were a decimal ("patients zero point one, two The drug") and the sentence ran on.
        Superscript note numbers after a stop ("patients.¹˒² The") are silent as well."""
        return " " if m.group("dn_s") else ". "

    def _h_wildcard(self, m: re.Match[str]) -> str:
        """'*.txt', 'java.util.*': a wildcard in a path, "star". After a sentence's stop and
        before the next sentence ("in 1980.* Later") it is a footnote mark, silent; a
        dotted package ("java.util.* Then") keeps its star."""
        start = m.start()
        if (self.text[start - 1 : start] == "." and _FOOTNOTE_AFTER.match(self.text, m.end())
                and not _DOTTED_PATH_END.search(self.text, max(0, start - 80), start)):
            return " "
        return " star "

    def _h_hexcolour(self, m: re.Match[str]) -> str:
        """'#0f7ebe', '#FFF': a colour's hex code, said as a designer reads it, "hash" then each
        character, letters as capitals ("hash zero F seven E B E"). Read as a number sign and
        words it was "number zero f seven ebe", or a hashtag ("hashtag F F F")."""
        said = " ".join(_DIGIT_WORDS[c] if c.isdigit() else c.upper() for c in m.group("hx"))
        return f" hash {said} "

    def _h_namedigits(self, m: re.Match[str]) -> str:
        """'kevo777', 'drummer3071': the digits of a user name are part of the name and are
        said one by one ("kevo seven seven seven"), as with an "@" handle; as an amount
        ("seven hundred seventy-seven") the listener hears a quantity that is not there."""
        word = m.group("nd_w") or m.group("nd_lw")
        num = m.group("nd_d") or m.group("nd_ld")
        # no space after: a possessive's "’s" stays on the last digit ("six six six’s")
        return " " + self._safe_text(word.replace("_", " ")) + " " + digits(num)

    def _h_leftapos(self, m: re.Match[str]) -> str:
        """'Ana‘s car': a left single quote used as the apostrophe is the apostrophe."""
        return "’"

    def _h_exlist(self, m: re.Match[str]) -> str:
        """'(ex: 1-3, 6, 7)': "ex:" before an example is "for example"; eSpeak said "eks"."""
        return " for example "

    def _h_codepair(self, m: re.Match[str]) -> str:
        """'Async/await', 'try/catch': one programming construct, not a choice ("async or
        await"); said as developers say it, the two words in a row, in lower case."""
        return " " + " ".join(g.lower() for g in m.groups() if g and "/" not in g) + " "

    def _h_emojilegend(self, m: re.Match[str]) -> str:
        """'(🌟 = first patch)': a legend defines the emoji, so it is said by its Unicode name
        ("glowing star equals first patch"); dropped, as emoji are elsewhere, "equals" was
        left with no subject."""
        name = unicodedata.name(m.group("el"), "")
        name = "star" if "STAR" in name.split() else name.lower()
        return f" {name} " if name else " "

    def _h_dialcode(self, m: re.Match[str]) -> str:
        """'+972 Magazine': a "+" and a short number before a name is a country's calling
        code, said digit by digit as a caller says it ("plus nine seven two"); as an amount
        ("plus nine hundred seventy-two") it is a score or a change that is not there."""
        return " plus " + digits(m.group("dlc")) + " "

    def _h_rubymethod(self, m: re.Match[str]) -> str:
        """'String#match?', 'String#=~', 'Array#[]', 'list.empty? returns': Ruby names a
        method after its class with "#" ("hash") or after its receiver with a dot. A "?" or
        "!" ends the method's name, not the sentence (it was "match? For matching"): "?" is
        not said, "!" is "bang" as Rubyists say it; an operator method is said by its name
        ("equals tilde"), where the symbols' rules garbled it ("number equals")."""
        op = m.group("rb_op")
        if op:
            return " hash " + _RUBY_OPERATORS[op] + " "
        sep = " hash " if m.group("rb_sep") == "#" else " dot "
        bang = " bang" if m.group("rb_mark") == "!" else ""
        return sep + self._safe_text(m.group("rb_name").replace("_", " ")) + bang + " "

    def _h_gluedhash(self, m: re.Match[str]) -> str:
        """'about:preferences#advanced', 'page.html#intro': a "#" inside an address or a
        dotted name links to a part of it; it is said "hash", as a developer reads it."""
        return " hash "

    def _h_gluedquote(self, m: re.Match[str]) -> str:
        """'an omen.”Then': the glued closing quote is dropped and a space takes its place, so
        the stop or comma before it ends the clause instead of gluing two words by a dot."""
        return " "

    def _h_hashtag(self, m: re.Match[str]) -> str:
        if any(c.isdigit() and not c.isdecimal() for c in m.group("hs")):  # "#a²b"
            return self._safe(m.group())
        words = hashtag_words(m.group("hs"))
        if m.group("hsh") == "##":  # "##openfpga": an IRC channel's name, not two hashtags
            return " channel " + self._safe_text(words) + " "
        if words.islower() and _count_in_formula(m.string, m.start(), m.end()):
            return " number of " + self._safe_text(words) + " "  # "#lambdas x #priorities"
        # "share the hashtag #Name": the word is already said, do not say it twice
        said = re.search(r"\bhashtags?[ \t]*$", m.string[:m.start()], re.IGNORECASE)
        return (" " if said else " hashtag ") + self._safe_text(words) + " "
