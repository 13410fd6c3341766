# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, discovery audit D4 (normfix44): identifier numbers, "#" inside addresses,
model names, glued quotes, handles and apostrophes.

Sentences are invented in the shape of news and tech-blog copy (names made up); the expected
text is what the engine should be given. Lines marked "counter-example" must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

# a long number after a bug/issue/PR label is an identifier, read digit by digit
ID_NUMBERS = [
    ('Bug 2736451 fixes a crash when the window is resized.',
     'Bug two seven three six four five one fixes a crash when the window is resized.'),
    ('The patch landed in pull request 58213 last week.',
     'The patch landed in pull request five eight two one three last week.'),
    ('Reviewers approved PR 40917 and changeset 662104 on Monday.',
     'Reviewers approved P R four zero nine one seven and changeset six six two one zero four on Monday.'),
    ('The regression was filed as issue 31877 on the tracker.',
     'The regression was filed as issue three one eight seven seven on the tracker.'),
    ('Testers moved to build 26100 before the release.',
     'Testers moved to build two six one zero zero before the release.'),
    # counter-example: a short number after the label keeps its usual reading
    ('See issue 5 of the magazine for the full interview.',
     'See issue five of the magazine for the full interview.'),
    # counter-example: "build" as a verb before a count
    ('The council will build 3 houses on the site.',
     'The council will build three houses on the site.'),
    ('Developers plan to build 20000 homes by 2030.',
     'Developers plan to build twenty thousand homes by twenty thirty.'),
    # counter-example: money stays an amount
    ('The town approved a $1,553,982 budget for roads.',
     'The town approved a one million five hundred fifty-three thousand nine hundred eighty-two dollar budget for roads.'),
]


@pytest.mark.parametrize(("text", "expected"), ID_NUMBERS)
def test_id_numbers(text: str, expected: str) -> None:
    assert normalize(text) == expected
