# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Dots glued inside names and code ("Xamarin.Android", "A.Word.A.Day",
"android.permission.READ_CONTACTS"), from check audit 42 (sentences invented).

Not an independent class: audit 42 heard a false sentence end at each. Capitalized names dotted
together are one name (no stop, no "dot"); a chain of lower-case code names, or a constant with
an underscore, says "dot". A lower-case word glued to a capitalized one is still a sentence's end
with its space lost ("order.Micropolitics"), and so is a name before a sentence opener.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

GLUED_DOTS = [
    ("Developers use Xamarin.Android to build apps.", "Developers use Xamarin Android to build apps."),
    ("She subscribes to A.Word.A.Day every morning.", "She subscribes to A Word A Day every morning."),
    ("Add android.permission.READ_CONTACTS to the manifest.", "Add android.permission dot read contacts to the manifest."),
    ("Read the value from os.environ.HOME first.", "Read the value from os.environ dot home first."),
    ("Set config.MAX_RETRIES to three.", "Set config dot max Retries to three."),
    # counter-examples: a sentence's end with its space lost, initials, abbreviations, brands
    ("It was a new world order.Micropolitics followed.", "It was a new world order. Micropolitics followed."),
    ("He flew to Paris.The next day he left.", "He flew to Paris. The next day he left."),
    ("Troops of the U.S.Army arrived.", "Troops of the U.S.Army arrived."),
    ("Shops use Octane.AI for quizzes.", "Shops use Octane A-I for quizzes."),
    ("She quit the firm.IBM hired her later.", "She quit the firm. I B M hired her later."),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_DOTS)
def test_glued_dotted_names(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_german_nouns_are_not_joined() -> None:
    # German capitalizes its nouns: "Woche.Weder" is a sentence's end with its space lost
    assert "Woche Weder" not in normalize("Bis Ende der Woche.Weder der Chef noch", "de")
