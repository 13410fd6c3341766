"""The fixed split of every evaluation set into a tuning half and a check half.

Rules are designed and debugged on the *tuning* half only; figures we report come
from the *check* half, beside plain trafilatura measured in the same run. The rule
depends on nothing but the page id, so anyone can recompute it:

    half(id) = "check" if sha256(id as UTF-8).digest()[0] is odd else "tune"

where ``id`` is the ground-truth ``id`` (the file name without ``.html.gz``). It
splits each set roughly in half and does not depend on the set's order, size or
the site a page comes from.
"""

from __future__ import annotations

import hashlib

TUNE = "tune"
CHECK = "check"
HALVES = (TUNE, CHECK)


def half(page_id: str) -> str:
    """Return ``"tune"`` or ``"check"`` for a page id (see the module docstring)."""
    return CHECK if hashlib.sha256(page_id.encode("utf-8")).digest()[0] & 1 else TUNE


def in_half(page_id: str, which: str | None) -> bool:
    """True if the page belongs to ``which`` (``None`` or ``"all"`` means every page)."""
    return which in (None, "all") or half(page_id) == which
