# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""A slash chain of lower-case code path segments, one of them no English word or holding a digit
or underscore ("testing/synctest", "my_app/config"), or ending in a version ("json/v2"), is read
"slash"; words, rare ones too, stay alternatives ("his/her", "mixing/kneading").

Class from check audit 40 (not independent; sentences invented).
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CODE_PATHS = [
    ("The release adds testing/synctest for concurrent code.", "The release adds testing slash synctest for concurrent code."),
    ("Import the encoding/json/v2 package in the handler.", "Import the encoding slash json slash v two package in the handler."),
    ("Call the api/v1 endpoint first.", "Call the api slash v one endpoint first."),
    ("Copy it to my_app/config before launch.", "Copy it to my app slash config before launch."),
    # counter-examples: ordinary and rare words are alternatives
    ("Pick his/her seat and/or yours.", "Pick his or her seat and or yours."),
    ("Knead during the mixing/kneading stage.", "Knead during the mixing or kneading stage."),
    ("Buy recycled/upcycled fabric.", "Buy recycled or upcycled fabric."),
    ("Answer yes/no on the form.", "Answer yes or no on the form."),
]


@pytest.mark.parametrize(("text", "expected"), CODE_PATHS)
def test_code_paths(text: str, expected: str) -> None:
    assert normalize(text) == expected
