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

#: A bracket glued inside or at either end of a word: letters before it, or letters after it.
#: The letters around are captured whole, so the joined word can be looked up.
_WORD_BRACKET = re.compile(
    r"(?<![^\W\d_])(?P<pre>[A-Za-z]{0,30})\[(?P<in>[A-Za-z]{1,8}(?:['’]s)?|(?<=[A-Za-z]\[)['’]s)\]"
    r"(?P<post>[a-z]{0,30})"
    r"(?![^\W\d_]|\[)")


def join_word_brackets(text: str) -> tuple[str, list[int]] | None:
    """``text`` with editorial brackets inside words taken out, and for every position of the
    result (and its end) the position in ``text`` it comes from; None when there is none.

    The common case costs one search for "[" (most texts have no bracket at all)."""
    if "[" not in text:
        return None
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _WORD_BRACKET.finditer(text):
        pre, inside, post = m.group("pre"), m.group("in"), m.group("post")
        if not (pre or post):
            continue  # "[sic]", "[A]": a bracketed word of its own
        if pre and post == "" and inside[:1].isupper():
            continue  # "DataFrame[Series]": a type's parameter, no ending
        stem = inside[:-2] if inside[-2:-1] in ("'", "’") else inside
        if stem and not _zipf_down_to_3((pre + stem + post).lower()):
            continue  # "arr[i]", "numbers[i]": an index, not a word
        lb = m.start("in") - 1
        rb = m.end("in")
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
