"""Editorial brackets inside a word: "judge[s]", "[I]f", "bill[ion]", "firm['s]".

An editor who changes a quotation marks the letters they added or altered with square brackets
glued to the word: a letter made a capital ("[I]f"), an ending added ("judge[s]"), a word
completed ("$1.8 bill[ion]"). The listener must hear the word the editor made. Read bracket by
bracket the word fell apart: the bracketed letter was a separate token ("I f"), a lone letter
after the word was dropped ("judge you"), and "bill ion" kept the money rule from seeing
"billion" ("dollar bill ion"). So, before any rule reads the text, such brackets are taken out
and the word is read whole.

Only when the joined word is an English word (wordfreq knows it at Zipf 3 or more): an array
index in code ("arr[i]", "numbers[i]", "x[n]") joins into no word and stays as it is; so does
"[sic]" or "[who are]" between spaces (nothing is glued to them) and a citation "[1]".
"""

from __future__ import annotations

import re

from .abbreviations import _zipf_down_to_3

#: A bracket of letters (an ending, a letter, a possessive), to be tested for what is glued
#: around it: the letters before it (_LETTERS_BEFORE) and after it (_LETTERS_AFTER).
_BRACKET = re.compile(r"\[(?P<in>[A-Za-z]{1,8}(?:['’]s)?|['’]s)\]")
_LETTERS_BEFORE = re.compile(r"(?<![^\W\d_])[A-Za-z]{0,30}\Z")
_LETTERS_AFTER = re.compile(r"[a-z]{0,30}(?![^\W\d_]|\[)")


def join_word_brackets(text: str) -> tuple[str, list[int]] | None:
    """``text`` with editorial brackets inside words taken out, and for every position of the
    result (and its end) the position in ``text`` it comes from; None when there is none.

    The common case costs one search for "[" (most texts have no bracket at all)."""
    if "[" not in text:
        return None
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _BRACKET.finditer(text):
        before = _LETTERS_BEFORE.search(text, max(0, m.start() - 31), m.start())
        after = _LETTERS_AFTER.match(text, m.end())
        if before is None or after is None:
            continue  # "x2[i]", "arr[i]2": a digit or more glued, code
        pre, inside, post = before.group(), m.group("in"), after.group()
        if inside[0] in "'’" and not pre:
            continue  # "['s]": a possessive of nothing
        if not (pre or post):
            continue  # "[sic]", "[A]": a bracketed word of its own
        if pre and post == "" and inside[:1].isupper():
            continue  # "DataFrame[Series]": a type's parameter, no ending
        stem = inside[:-2] if inside[-2:-1] in ("'", "’") else inside
        if stem and not _zipf_down_to_3((pre + stem + post).lower()):
            continue  # "arr[i]", "numbers[i]": an index, not a word
        lb = m.start()
        rb = m.end() - 1
        parts.append(text[pos:lb])
        origin.extend(range(pos, lb))
        parts.append(inside)
        origin.extend(range(lb + 1, rb))
        pos = rb + 1
    if not parts:
        return None
    parts.append(text[pos:])
    origin.extend(range(pos, len(text) + 1))
    return "".join(parts), origin
