# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes heard by check audit 38: a character the text names as itself ("not the symbol ($)",
"separate them with a /", "the + button"), and "+" joining two list numbers ("9. + 10.").

Sentences are invented in the shape of news copy; counter-examples (arithmetic, brands, amounts,
"+" between words) are in the same tables.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

NAMED = [
    # a noun for the character before it: the name replaces the pair
    ("Prices on the menu use the symbol (€) after the figure.", "Prices on the menu use the euro sign after the figure."),
    ("The tax office warned that the character “/” breaks the form.", "The tax office warned that the slash breaks the form."),
    ("Staff now print a symbol & between the two names.", "Staff now print an ampersand between the two names."),
    # a verb and an article, or a bare "with" closing the phrase: said by name
    ("List the towns, separated with /.", "List the towns, separated with a slash."),
    ("Tags are separated by / in the export, not commas.", "Tags are separated by a slash in the export, not commas."),
    ("Join the two parts with + and no space.", "Join the two parts with a plus sign and no space."),
    ("Split the codes with a | and no spaces.", "Split the codes with a vertical bar and no spaces."),
    ("Type a # before each tag in the post.", "Type a hash sign before each tag in the post."),
    ("Use an @ before the user's name.", "Use an at sign before the user's name."),
    # before a noun for it: its short name
    ("Tap the + button to add a guest.", "Tap the plus button to add a guest."),
    ("Press the * key twice, then the + and - keys.", "Press the asterisk key twice, then the plus and minus keys."),
    ("Drag the file onto the @ icon.", "Drag the file onto the at icon."),
    ("The $ sign sits before the amount.", "The dollar sign sits before the amount."),
    # counter-examples: amounts, arithmetic, brands, words joined by "+", alternatives
    ("She paid with a $ 5 bill and won by 10%.", "She paid with a five dollar bill and won by ten percent."),
    ("He paid with €.", "He paid with euros."),
    ("It costs 2 + 2 dollars on Disney+ and C++ courses for 18+ learners, up +5%.", "It costs two plus two dollars on Disney plus and C plus plus courses for eighteen plus learners, up plus five percent."),
    ("Ships with / without the stand, by 2 or 3 days.", "Ships with, without the stand, by two or three days."),
    ("Bring a tent + poles, with / without a cover.", "Bring a tent and poles, with, without a cover."),
    ("Add a + 5 bonus to the score.", "Add a plus five bonus to the score."),
]

LIST_JOINS = [
    ("9. + 10. Rubber plant and fig", "nine and ten. Rubber plant and fig"),
    ("Our picks\n3. & 4. snake plants", "Our picks.\nThree and four. Snake plants"),
    ("11.+12. Ferns", "eleven and twelve. Ferns"),
    # counter-examples: a list number alone, and arithmetic after one
    ("5. Spider plant", "five. Spider plant"),
    ("2. + 2 = 4 is false", "two. Plus two equals four is false"),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_named_symbols(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(("text", "expected"), LIST_JOINS)
def test_list_number_joins(text: str, expected: str) -> None:
    assert normalize(text) == expected
