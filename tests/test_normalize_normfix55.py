"""Issue 12, the lead's probes (normfix55): a state abbreviation used as a modifier, and the
titles of police, city-hall and embassy ranks.

"The Calif. Senate" was read "The California. Senate", a stop inside the phrase (a state's
period ends a sentence after "Dover, Del." but not after a determiner); "Det.", "Insp.",
"Asst.", "Ald.", "Commr." and "Amb." before a name were read as words. Sentences are invented
news copy; lines marked "counter-example" must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    ('The Calif. Senate passed the bill on Monday.',
     'The California Senate passed the bill on Monday.'),
    ('She treated patients at a Mass. General clinic for a decade.',
     'She treated patients at a Massachusetts General clinic for a decade.'),
    ('The Ga. Tech graduate now runs a lab in Boston.',
     'The Georgia Tech graduate now runs a lab in Boston.'),
    ('Det. Sgt. Ray Cole led the inquiry with Insp. Ann Lee.',
     'Detective Sergeant Ray Cole led the inquiry with Inspector Ann Lee.'),
    ('Asst. Chief Tom Rae briefed Ald. Pat Dowell and Commr. Sue Hall.',
     'Assistant Chief Tom Rae briefed Alderman Pat Dowell and Commissioner Sue Hall.'),
    ('Amb. Ron Fox presented his credentials on Friday.',
     'Ambassador Ron Fox presented his credentials on Friday.'),
    # counter-examples: a state closing a dateline or a place still ends the sentence
    ('The family moved to Dover, Del. The house sold within a week.',
     'The family moved to Dover, Delaware. The house sold within a week.'),
    ('She lives in Macon, Ga. Tech firms there are hiring.',
     'She lives in Macon, Georgia. Tech firms there are hiring.'),
    ('He grew up in Fresno, Calif., and studied in Oregon.',
     'He grew up in Fresno, California, and studied in Oregon.'),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_state_modifiers_and_rank_titles(text: str, spoken: str) -> None:
    assert normalize(text, "en") == spoken
