# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Software versions glued to "v", and a slot's letter-dot name after a capitalized word.

Both were found by the fixer of check audit 36 while testing its counter-examples (not
independent): "v2.5" read "v two. Five" (a code, then a stray sentence end) and "The M.2 slot"
read "M zero point two", because the Roman-numeral rule took "The M" as a name and a numeral.
Sentences are invented in the shape of news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

VERSIONS = [
    ("The app moved to v2.5 last week.", "The app moved to version two point five last week."),
    ("Upgrade to Node v20.11.0 before Friday.", "Upgrade to Node version twenty point eleven point zero before Friday."),
    ("Firmware v1.04 adds a night mode.", "Firmware version one point zero four adds a night mode."),
    ("In v1.10, the bug is gone.", "In version one point ten, the bug is gone."),
    # counter-examples: no dot, capitals naming models, plain decimals
    ("The v2 model ships in May.", "The v two model ships in May."),
    ("It has a V8 engine.", "It has a V eight engine."),
    ("Shares rose 2.5 percent.", "Shares rose two point five percent."),
]

LETTER_DOT = [
    ("The M.2 slot sits under the fan.", "The M dot two slot sits under the fan."),
    ("An M.2 drive is faster.", "An M dot two drive is faster."),
    # counter-examples: Roman numerals after a name stay regnal numbers
    ("King Charles III spoke.", "King Charles the Third spoke."),
    ("Henry VIII had six wives.", "Henry the Eighth had six wives."),
    ("Pope Leo XIV, elected in 2025, spoke.", "Pope Leo the Fourteenth, elected in twenty twenty-five, spoke."),
]


@pytest.mark.parametrize("text, spoken", VERSIONS + LETTER_DOT)
def test_versions_and_letter_dot_names(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
