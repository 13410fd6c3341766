# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Class from check audit 39 (not independent): climate writing glues a mass unit and an
"equivalent" mark to "CO2" ("GtCO2-eq", "tCO2e", "kgCO2e", "gCO2/km"), which was read piece by
piece ("four point four GtCO two-eq"). The unit is said in full, "of C O two", and "e", "eq" or
"-eq" as "equivalent"; singular after "1", "per" or a slash. "CO2" alone stays letters and a
number. Sentences are invented in the shape of news copy."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    ("Global farming emits 7.1 GtCO2-eq each year.", "Global farming emits seven point one gigatonnes of C O two equivalent each year."),
    ("The average diet costs 2 tCO2e per person.", "The average diet costs two tonnes of C O two equivalent per person."),
    ("The plant saves 40 MtCO2e and the depot 250 ktCO2e.", "The plant saves forty megatonnes of C O two equivalent and the depot two hundred fifty kilotonnes of C O two equivalent."),
    ("A burger comes to 3.5 kgCO2e, a bowl of lentils 1 kgCO2e.", "A burger comes to three point five kilograms of C O two equivalent, a bowl of lentils one kilogram of C O two equivalent."),
    ("New cars must average 95 gCO2/km by then.", "New cars must average ninety-five grams of C O two per kilometer by then."),
    ("Carbon traded at $85/tCO2e on Monday.", "Carbon traded at eighty-five dollars per tonne of C O two equivalent on Monday."),
    ("Households emit 9 tCO2e/yr on average.", "Households emit nine tonnes of C O two equivalent per year on average."),
    ("The region emitted 12 Mt CO2e last year.", "The region emitted twelve megatonnes of C O two equivalent last year."),
    ("Its CO2e total rose, as did CO2-eq figures elsewhere.", "Its C O two equivalent total rose, as did C O two equivalent figures elsewhere."),
    ("CO2-equivalent emissions fell.", "C O two equivalent emissions fell."),
    # counter-examples: plain "CO2", its plural, other codes that hold it
    ("CO2 levels hit a record in May.", "C O two levels hit a record in May."),
    ("Plants take up CO2 and release oxygen.", "Plants take up C O two and release oxygen."),
    ("The MtG deck sold out.", "The M T G deck sold out."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_emission_units(text: str, expected: str) -> None:
    assert normalize(text) == expected
