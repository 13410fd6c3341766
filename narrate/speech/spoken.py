"""Number words: num2words does the words; these helpers shape them for speech (American
style unless asked to keep "and", years in pairs, digits one by one for identifiers).

Part of the speech normalizer (:mod:`narrate.normalize`): the tables for this class of
tokens, and the rule handlers, as a mixin of the normalizer.
"""

from __future__ import annotations

from num2words import num2words

_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


_MAX_DIGITS = 15  # longer integers are read digit by digit (IDs, and num2words' limits)


def _clean(words: str, keep_and: bool = False) -> str:
    words = words.replace(",", "")
    if not keep_and:
        words = words.replace(" and ", " ")
    return words


def cardinal(n: int, keep_and: bool = False) -> str:
    """'1234' -> 'one thousand two hundred thirty-four' (American style unless keep_and)."""
    if n < 0:
        return "minus " + cardinal(-n, keep_and)
    if len(str(n)) > _MAX_DIGITS:
        return digits(str(n))
    return _clean(num2words(n, lang="en"), keep_and)


def ordinal(n: int, keep_and: bool = False) -> str:
    if len(str(n)) > _MAX_DIGITS:
        return digits(str(n))
    return _clean(num2words(n, lang="en", to="ordinal"), keep_and)


def year(n: int, keep_and: bool = False) -> str:
    """'2024' -> 'twenty twenty-four', '2005' -> 'two thousand five', '1905' -> 'nineteen oh five'.
    """
    if not 1000 <= n <= 2999:
        return cardinal(n, keep_and)
    return _clean(num2words(n, lang="en", to="year"), keep_and).replace("oh-", "oh ")


def digits(s: str) -> str:
    """Read a string of digits one by one: '0451' -> 'zero four five one'."""
    return " ".join(_DIGITS[int(c)] for c in s if c.isdigit() and c.isascii())


def decimal(s: str, keep_and: bool = False) -> str:
    """'4.5' -> 'four point five', '1,234' -> 'one thousand two hundred thirty-four'."""
    s = s.replace(",", "")
    if not s:
        return ""
    whole, _, frac = s.partition(".")
    head = cardinal(int(whole), keep_and) if whole else "zero"
    if whole and len(whole) > 1 and whole.startswith("0"):
        head = digits(whole)
    if frac:
        return f"{head} point {digits(frac)}"
    return head


def _is_one(s: str) -> bool:
    try:
        return float(s.replace(",", "")) == 1.0 and "." not in s
    except ValueError:
        return False


def _in_pairs(four: str) -> str:
    """'6700' -> 'sixty-seven hundred', '1080' -> 'ten eighty', '2005' -> 'twenty oh five':
    how model numbers and resolutions are said."""
    hi, lo = int(four[:2]), int(four[2:])
    if lo == 0 and hi % 10 == 0:  # "3000": three thousand
        return cardinal(int(four))
    if lo == 0:
        return f"{cardinal(hi)} hundred"
    if lo < 10:
        return f"{cardinal(hi)} oh {cardinal(lo)}"
    return f"{cardinal(hi)} {cardinal(lo)}"


def _pluralize_last(words: str) -> str:
    head, _, last = words.rpartition(" ")
    if last.endswith("y"):
        last = last[:-1] + "ies"
    elif last.endswith("x"):
        last += "es"  # "sixes"
    else:
        last += "s"
    return f"{head} {last}" if head else last


_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,12})?|\d{1,20}(?:\.\d{1,12})?|\.\d{1,12})"
