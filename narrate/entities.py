"""HTML character references left in text as words ("400&percnt;", "&lpar;see&rpar;").

A page that escaped its text twice ("&amp;percnt;"), or a feed that carries HTML5 names into
plain text, leaves a reference the parser already decoded once; the narrator would say
"four hundred and percnt". A reference is decoded only when it is complete (``&name;`` with
its semicolon, or ``&#...;``) and stands for one printable character (or a line break), so
"AT&T", "R&D", "Q&A" and "&c" stay as they are.
"""

from __future__ import annotations

import html
import re

__all__ = ["ENTITY", "decode_entities", "decode_entity"]

#: A complete named or numeric character reference.
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def decode_entity(ref: str) -> str | None:
    """The one character ``ref`` stands for, or None when it is not a known reference."""
    ch = html.unescape(ref)
    if ch == ref or len(ch) != 1:
        return None
    if not ch.isprintable() and ch not in "\n\t":
        return None
    return ch


def decode_entities(text: str) -> str:
    """``text`` with every complete reference to one character decoded (see the module)."""
    if "&" not in text:
        return text
    return ENTITY.sub(lambda m: decode_entity(m.group()) or m.group(), text)
