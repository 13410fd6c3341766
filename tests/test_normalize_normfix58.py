"""Issue 12, the lead's probes (normfix58): a range's abbreviated unit and its period.

"Bake for 25–30 min., or until golden" was read "... thirty minutes. or until golden": the
range rule took the unit but left its period, which the engine heard as a sentence end before a
lower-case word (a single amount, "10 min., then", was already right). Sentences are invented
recipe and news copy; lines marked "counter-example" must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    ('Roast for 40–45 min., or until the skin is crisp.',
     'Roast for forty to forty-five minutes, or until the skin is crisp.'),
    ('The climb takes 3-4 hrs., so start early.',
     'The climb takes three to four hours, so start early.'),
    ('Whisk in 2–3 tbsp. of cream, then season.',
     'Whisk in two to three tablespoons of cream, then season.'),
    ('Expect a 10 -15 min. delay on the ring road.',
     'Expect a ten to fifteen minute delay on the ring road.'),
    # counter-examples: the period that ends a sentence stays
    ('The climb takes 3-4 hrs. The descent is quicker.',
     'The climb takes three to four hours. The descent is quicker.'),
    ('Roast for 40–45 minutes, or until golden.',
     'Roast for forty to forty-five minutes, or until golden.'),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_range_unit_period(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken
