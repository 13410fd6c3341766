"""UTF-8 text that was decoded one byte per character: find it and undo it.

A page saved through a misconfigured CMS, or a ground-truth file written the same way, carries
"InvestorÃ¢Â€Â™s", "cafÃ©" or "â\\x82¬14/month" where the writer typed "Investor’s", "café" and
"€14/month". A reader skims past the garbage; a narrator would say "A circumflex" or drop the
euro. Two stages repair it with the same pattern and decoder, so they agree on what mojibake is:

* extraction repairs a whole page (:func:`fix_double_utf8`) before parsing it;
* the normalizer repairs the text it is handed (:func:`repair_with_origin`), because the API
  and ``narrate normalize`` take text that never went through extraction, and it must keep a
  map back to the characters it was given.

A run is a UTF-8 lead character followed by as many continuation characters as the lead byte
says, each shown as cp1252 (or Latin-1 for the bytes cp1252 leaves undefined). It is replaced
only when its bytes decode as UTF-8, so real accented text ("SÃO PAULO", "Straße") stays.
"""

from __future__ import annotations

import re
import unicodedata

from narrate.entities import ENTITY, decode_entity

__all__ = ["fix_double_utf8", "repair_with_origin"]

# The characters cp1252 shows for bytes 0x80-0x9F (and latin-1 controls for the gaps).
_CP1252_HIGH = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xA0)
)
_CONT = "[\u0080-\u00bf" + re.escape(_CP1252_HIGH) + "]"
#: A lead character and as many continuation characters as its UTF-8 byte says.
MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}"
)


def undo(seq: str) -> str | None:
    """The text whose UTF-8 bytes were read one byte per character as ``seq``, or None."""
    raw = bytearray()
    for ch in seq:
        try:
            raw += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            raw.append(ord(ch))  # C1 controls that cp1252 leaves undefined
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _plausible(ch: str) -> bool:
    """Whether a repaired character is one an English-or-European page plausibly meant.

    A paragraph is short, so a letter before a guillemet or a degree sign can look like a run
    ("Straße»" decodes to an N'Ko letter); a page-wide repair has the whole page as evidence,
    a paragraph does not. Latin letters, punctuation, currency and symbols, and emoji (which the
    normalizer then drops) are what double-encoding produces on the pages we read.
    """
    o = ord(ch)
    return (0xA0 <= o <= 0x24F or 0x2000 <= o <= 0x2BFF or 0x1F000 <= o <= 0x1FAFF
            or unicodedata.category(ch) == "Zs")


def fix_double_utf8(text: str) -> str:
    """Repair a page whose UTF-8 text was decoded as cp1252/Latin-1 once too often."""
    if not MOJIBAKE.search(text):
        return text
    return MOJIBAKE.sub(lambda m: undo(m.group()) or m.group(), text)


def repair_with_origin(text: str) -> tuple[str, list[int]] | None:
    """``text`` with its mojibake repaired, and for every position of the repaired text (and its
    end) the position in ``text`` it comes from; None when there is nothing to repair.

    Only runs that decode to one plausible character are repaired (see :func:`_plausible`),
    and HTML character references left in the text ("400&percnt;", see :mod:`narrate.entities`).
    The common case costs one search of a pattern that starts with a character class.
    """
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _REPAIRABLE.finditer(text):
        fixed = _repair_one(m)
        if fixed is None:
            continue
        parts.append(text[pos : m.start()])
        origin.extend(range(pos, m.start()))
        parts.append(fixed)
        origin.append(m.start())
        pos = m.end()
    if not parts:
        return None
    parts.append(text[pos:])
    origin.extend(range(pos, len(text) + 1))
    return "".join(parts), origin


#: Mojibake runs and HTML character references, repaired in one pass.
_REPAIRABLE = re.compile(f"(?:{MOJIBAKE.pattern})|(?P<entity>{ENTITY.pattern})")


def _repair_one(m: re.Match[str]) -> str | None:
    """The one character a mojibake run or a character reference stands for, or None."""
    if m.group("entity"):
        return decode_entity(m.group())
    fixed = undo(m.group())
    if not fixed or len(fixed) != 1 or not _plausible(fixed):
        return None
    return fixed
