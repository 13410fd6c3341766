# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes from check audit 42 (not independent): cooking measures ("2 tbsp", "1 Tbsp.",
"½ tsp", "200 gm"), a unit after a fraction, and a range ending in a mixed number
("1 – 1 1/2 tbsp").

Sentences are invented in the shape of recipe and news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

COOKING_MEASURES = [
    ("Whisk 3 tbsp olive oil with 2 tsp honey.", "Whisk three tablespoons olive oil with two teaspoons honey."),
    ("Stir in 1 Tbsp. butter until melted.", "Stir in one tablespoon butter until melted."),
    ("Season with 1 tsp salt and 4 TBSP vinegar.", "Season with one teaspoon salt and four tablespoons vinegar."),
    ("Fold in 2 tbs cream and 3 tsps sugar.", "Fold in two tablespoons cream and three teaspoons sugar."),
    ("The stall sells 250 gm packs and 500 gms of rice.", "The stall sells two hundred fifty grams packs and five hundred grams of rice."),
    ("Fry 200 gm okra in batches.", "Fry two hundred grams okra in batches."),
    ("Add 2-3 tbsp water if dry.", "Add two to three tablespoons water if dry."),
    ("Sprinkle over 3 Tbsp. Then serve.", "Sprinkle over three tablespoons. Then serve."),
    # counter-examples: words and capitals that are no cooking measure
    ("GM said sales rose in the TSP fund.", "G M said sales rose in the T S P fund."),
    ("Add a tablespoon of oil.", "Add a tablespoon of oil."),
]

FRACTION_UNITS = [
    ("Add 1/2 tsp cumin to the pan.", "Add one half teaspoon cumin to the pan."),
    ("Add ½ tsp cumin to the pan.", "Add one half teaspoon cumin to the pan."),
    ("Add 1 1/2 Tbsp. lemon juice.", "Add one and a half tablespoons lemon juice."),
    ("Add 1½ tbsp sugar.", "Add one and a half tablespoons sugar."),
    ("Brown 3/4 lb beef first.", "Brown three quarters of a pound beef first."),
    ("Pour in ¾ oz gin.", "Pour in three quarters of an ounce gin."),
    # counter-examples: a fraction before a word, a date, a mixed number before a plural word
    ("Stir in 1/2 cup of sugar.", "Stir in one half cup of sugar."),
    ("The vote is set for 5/14 at noon.", "The vote is set for May fourteenth at noon."),
    ("It took 1 1/2 hours.", "It took one and a half hours."),
]

MIXED_NUMBER_RANGES = [
    ("Add 1 – 1 1/2 tbsp soy sauce.", "Add one to one and a half tablespoons soy sauce."),
    ("You will need 2-2 1/2 cups flour.", "You will need two to two and a half cups flour."),
    # counter-examples: a plain range and a mixed number alone
    ("Simmer for 10-15 minutes.", "Simmer for ten to fifteen minutes."),
    ("Add 2 1/2 cups stock.", "Add two and a half cups stock."),
]

ORDINAL_AFTER_DASH = [
    ("The SISAP 2017 – 10th conference opens in Munich.", "The Sisap twenty seventeen, tenth conference opens in Munich."),
    ("The 2019 - 3rd edition sold out.", "The twenty nineteen, third edition sold out."),
    ("She finished in 2017 – 21st place overall.", "She finished in twenty seventeen, twenty-first place overall."),
    # counter-examples: ranges of numbers and of ordinals
    ("Grades 3-5 and ages 7–9 are welcome.", "Grades three to five and ages seven to nine are welcome."),
    ("It dates from the 15th-16th centuries.", "It dates from the fifteenth to sixteenth centuries."),
]


@pytest.mark.parametrize("text, expected", COOKING_MEASURES + FRACTION_UNITS + MIXED_NUMBER_RANGES + ORDINAL_AFTER_DASH)
def test_cooking_measures_and_ranges(text: str, expected: str) -> None:
    assert normalize(text) == expected
