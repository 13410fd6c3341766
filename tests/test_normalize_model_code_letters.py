# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Letters of a model code: a capital and a small letter glued after the number ("60Da") and
a capitals prefix before one digit and a hyphened suffix ("EQ6-R"), spelled; found by check
audit 40 (sentences invented).

Not an independent class: check audit 40 heard "sixty Da" and "EQ six-R"; the rules below
spell them, so audit 40 no longer measures it.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

MODEL_CODE_LETTERS = [
    ("He shoots nebulae with a modified 20Da body.", "He shoots nebulae with a modified twenty D A- body."),
    ("The Pentax 7Dx is weather sealed.", "The Pentax seven D X is weather sealed."),
    ("The Orion HQ5-R mount tracks well.", "The Orion H Q five R mount tracks well."),
    ("Fujifilm's XT4-B kit is cheaper.", "Fujifilm's X T four B kit is cheaper."),
    # counter-examples: glued units in any case, a plural letter, a longer code
    ("The mains run at 60Hz here.", "The mains run at sixty hertz here."),
    ("A 3Ft cable came in the box.", "A three Ft cable came in the box."),
    ("The studio owns two 5Ds bodies.", "The studio owns two five D's bodies."),
    ("The CKX9050-NP is the base model.", "The C K X ninety fifty N P is the base model."),
]


@pytest.mark.parametrize(("text", "expected"), MODEL_CODE_LETTERS)
def test_model_code_letters(text: str, expected: str) -> None:
    assert normalize(text, "en") == expected
