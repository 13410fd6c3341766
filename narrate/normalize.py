"""Speech-ready text (placeholder: neutralization only; replaced by issue 4's stage)."""

from __future__ import annotations

import re
import unicodedata

_TAGS = re.compile(r"<[^>]*>|\[\[|\]\]")


def normalize(text: str, lang: str = "en", lexicon=None) -> str:
    text = _TAGS.sub(" ", text)
    text = "".join(
        ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\n\t"
    )
    return " ".join(text.split())
