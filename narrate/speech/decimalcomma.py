"""European decimal commas in English text: "€49,95", "3,9 gram", "1.234,56 €".

Pages translated or written by Europeans keep their number format inside English sentences.
Read with English rules, "3,9 gram" is a list ("three, nine gram") and "1.234,56 €" a decimal
followed by a list. A comma followed by one or two digits can never separate thousands, so when
the words around the number say it is a quantity (a currency symbol or code, a unit, a percent
or degree sign, a scale word, a price word before it) the comma is the decimal mark.

The repair is a pre-pass over the text the normalizer reads: it swaps "," and "." inside such
numbers ("1.234,56" becomes "1,234.56"). The text keeps its length, so every position still
points at the same input character (the span map needs no remapping, and it runs after the
mojibake repair, which already mapped positions back), and every existing money, unit and
range rule then reads the number as it reads an English one.

Without such context a comma stays a list separator: "Scores were 3,4 and 5", "pages 12,13",
"In 2019,20 people died"; "1,234" and "1,000,000" (three digits after each comma) are English
thousands and never match.
"""

from __future__ import annotations

import re

from .money import _CODE_RE, _SCALE_RE, _SYM_RE
from .units import _UNIT_RE, GLUED_UNITS

__all__ = ["swap_decimal_commas"]

#: A number whose last comma has one or two digits after it, optionally with dot-grouped
#: thousands before ("1.234,56"); not part of a longer run of numbers ("3,4,5", "1,5.2").
_CANDIDATE = re.compile(
    r"(?<![\d.,])(?P<int>\d{1,3})(?P<grp>(?:\.\d{3}){1,4})?,(?P<frac>\d{1,2})(?![\d]|[.,]\d)")

#: Measure words written out after the number ("3,9 gram", "the 1,5 litre engine").
_UNIT_WORDS = (r"(?:kilo|milli|centi)?(?:grams?|grammes?|litres?|liters?|metres?|meters?)|kilos?"
               r"|tonnes?|tons?|ounces?|pounds?|inch(?:es)?|feet|foot|miles?|degrees?|percent"
               r"|per[ \t]cent|hours?|minutes?|seconds?|euros?|dollars?|cents?|pence|francs?"
               r"|kron(?:a|e|or|er)|zloty|złoty")
_GLUED_RE = "|".join(re.escape(u) for u in sorted(GLUED_UNITS, key=len, reverse=True))

#: Before the number: a currency ("€49,95", "EUR 49,95", "€ 1.299,00"), a dimension's "x"
#: ("1x1,3x2 cm"), or a price word ("Price: 49,95", "costs 2,50", "priced at 9,99").
_BEFORE = re.compile(
    r"(?:(?:" + _SYM_RE + r")|(?<![A-Za-z])(?:" + _CODE_RE + r"))[ \t\xa0]?\Z"
    r"|\d[ \t]?[x×][ \t]?\Z"
    r"|(?<![A-Za-z])(?:[Pp]rice[sd]?|PRICE|[Cc]ost(?:s|ing)?|[Ff]ees?|[Ff]ares?|RRP|MSRP)"
    r"(?:[ \t]+(?:at|from|of))?:?[ \t\xa0]{1,3}\Z")

#: After the number: a currency, a unit symbol or word ("4,7-inch"), an inch mark before a
#: word ('a 6,1" screen', not a closing quote: 'said "3,4" twice'), a scale ("2,5 million",
#: "1,5bn"), a percent or degree sign, or the next side of a dimension ("1,3x2 cm").
_AFTER = re.compile(
    r"[ \t\xa0]?(?:" + _SYM_RE + r")"
    r"|[ \t\xa0]?(?:" + _CODE_RE + r")(?![A-Za-z])"
    r"|[ \t\xa0]?(?:" + _UNIT_RE + r")(?![\w²'’-])"
    r"|(?:" + _GLUED_RE + r")(?![\w²'’-])"
    r"|[ \t\xa0-](?:" + _UNIT_WORDS + r")(?![\w'’])"
    r"|(?P<inch>[\"”″])(?=[ \t]+[a-z]|-)"
    r"|" + _SCALE_RE +
    r"|[ \t]?[x×][ \t]?\d")

#: A currency code or a dimension's "x" glued before the number ("EUR12,50", "1x1,3").
_CODE_OR_X = re.compile(r"(?:" + _CODE_RE + r"|\d[x×])\Z")

#: Between two numbers of a range or pair ("2,50–3,50 €", "between 1,5 and 2,5 litres"):
#: one number's context is the other's.
_JOINED = re.compile(r"[ \t]?[-–—][ \t]?|[ \t](?:to|and|or)[ \t]")


def _in_context(text: str, m: re.Match[str]) -> bool:
    """Do the characters around the candidate say it is a quantity, not a list of numbers?"""
    if m.group("grp"):
        return True  # "1.234,56": dot-grouped thousands then a comma is the European format
    before = text[max(0, m.start() - 24) : m.start()]
    if before[-1:].isalpha() and not _CODE_OR_X.search(before):
        return False  # glued to a word ("A3,5"): a code, not a number
    if _BEFORE.search(before):
        return True
    after = _AFTER.match(text, m.end())
    return bool(after) and not (after.group("inch") and before.endswith(('"', "“")))


def swap_decimal_commas(text: str) -> str:
    """``text`` with "," and "." swapped inside numbers written with a European decimal comma.

    The result has the same length as ``text`` (see the module docstring for why).
    """
    if "," not in text:
        return text
    found = list(_CANDIDATE.finditer(text))
    if not found:
        return text
    keep = [_in_context(text, m) for m in found]
    # a range or pair shares its context: pass it forward, then back
    for order in (range(1, len(found)), range(len(found) - 2, -1, -1)):
        for i in order:
            j = i - 1 if order.step == 1 else i + 1
            if keep[j] and not keep[i]:
                a, b = (found[j], found[i]) if j < i else (found[i], found[j])
                if _JOINED.fullmatch(text, a.end(), b.start()):
                    keep[i] = True
    if not any(keep):
        return text
    chars = list(text)
    for m, ok in zip(found, keep, strict=True):
        if ok:
            for k in range(m.start(), m.end()):
                if chars[k] == ",":
                    chars[k] = "."
                elif chars[k] == ".":
                    chars[k] = ","
    return "".join(chars)
