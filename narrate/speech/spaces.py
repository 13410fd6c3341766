"""Runs of spaces between a number and its unit or scale: "$1.5  billion", "10 \\xa0km".

Copy pasted from wire feeds and word processors often holds two spaces, a tab, or a no-break
space beside an ordinary one between an amount and the word that completes it. Every rule
accepts one space there, so such a run split the pair: "$1.5  billion" was "one point five
dollar billion", "10 \\xa0km" "ten km". Before any rule reads the text, a run of horizontal
white space after a digit and before a letter or a unit's sign (and one of two spaces or more
after a word or a sign, before a digit: "6 ft  2 in", "$  5") is folded to one space; the
origin of every character is kept, so the span map still points at the input.

Runs between two numbers (a table's columns, "2019    2020") and at a line's start (code's
indentation) are left as they are.
"""

from __future__ import annotations

import re

#: Two or more horizontal spaces (or one tab or odd space) after a digit, before a letter, a
#: percent, degree or currency sign; two or more after a letter or a sign before a digit.
_RUN = re.compile(r"(?<=\d)(?:[ \t\u00a0\u2007\u202f]{2,8}|[\t\u2007\u202f])"
                  r"(?=[A-Za-z%°$€£¥])"
                  # ... and two or more before a number, after a sign, a unit or a code
                  # ("$  5 million", "6 ft  2 in", "USD  500")
                  r"|(?<=[A-Za-z$€£¥])[ \t\u00a0\u2007\u202f]{2,8}(?=\d)")


def fold_number_spaces(text: str) -> tuple[str, list[int]] | None:
    """``text`` with every run of spaces between a number and a word or sign folded to one
    space, and for every position of the result (and its end) the position in ``text`` it
    comes from; None when there is none (one search in the common case)."""
    if _RUN.search(text) is None:
        return None
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _RUN.finditer(text):
        parts.append(text[pos : m.start()])
        origin.extend(range(pos, m.start()))
        parts.append(" ")
        origin.append(m.start())
        pos = m.end()
    parts.append(text[pos:])
    origin.extend(range(pos, len(text) + 1))
    return "".join(parts), origin
