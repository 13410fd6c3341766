# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A retired officer's or judge's mark ("(ret.)", "Col. (Ret.)") and the dotted doctorate
("Ph.D."), from check audit 42 (sentences invented).

Not an independent class: audit 42 heard "ret" and "P H dot D". "ret." is "retired" in
brackets or after a comma, where it marks a name, never a sentence's end; elsewhere it is left.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

DEGREES_RETIRED = [
    ("Judge Mary Ellis (ret.) presided over the hearing.", "Judge Mary Ellis, retired, presided over the hearing."),
    ("Col. (Ret.) Dana Price spoke to reporters.", "Colonel, Retired, Dana Price spoke to reporters."),
    ("Adm. Joe Bloggs, Ret., said the fleet was ready.", "Admiral Joe Bloggs, Retired, said the fleet was ready."),
    ("She holds a Ph.D. in chemistry.", "She holds a P H D in chemistry."),
    ("He finished his Ph.D in 2019.", "He finished his P H D in twenty nineteen."),
    ("After years of work she earned a Ph.D. Then she moved.", "After years of work she earned a P H D. Then she moved."),
    # counter-examples: degrees the older rules read, a "ret." that marks no name
    ("She earned an M.B.A. at night.", "She earned an M B A- at night."),
    ("Dr. Lee, M.D., treated him.", "Doctor Lee, M D, treated him."),
    ("A PhD student wrote it.", "A P H D student wrote it."),
    ("Press the ret. key twice.", "Press the ret. key twice."),
]


@pytest.mark.parametrize(("text", "expected"), DEGREES_RETIRED)
def test_degrees_retired(text: str, expected: str) -> None:
    assert normalize(text) == expected
