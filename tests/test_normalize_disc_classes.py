# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Classes from the discovery audit of session 21 (news pages of newspaper4k's test data; not
independent): "St." as Saint after a place's first word, an ellipsis before a quotation's
attribution, dotted initials before a bracket, separator dash runs, an amount of money as a
modifier, broadcast call letters, plurals of letter-number tokens, initialisms in snake-case
constants. Invented news sentences, with counter-examples that must not change."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

SAINT = [
    ("The couple moved to Port St. Lucie, Florida, last spring.", "The couple moved to Port Saint Lucie, Florida, last spring."),
    ("Crews drove north to Fort St. John on Monday.", "Crews drove north to Fort Saint John on Monday."),
    ("Ice fishing on Lake St. Clair was called off.", "Ice fishing on Lake Saint Clair was called off."),
    ("Hikers near Mount St. Helens saw ash.", "Hikers near Mount Saint Helens saw ash."),
    ("The ferry reached Cape St. George at noon.", "The ferry reached Cape Saint George at noon."),
    ("Flights to Fort St.John resumed.", "Flights to Fort Saint John resumed."),
    ("She was treated at Kansas City's St. Luke's Hospital.", "She was treated at Kansas City's Saint Luke's Hospital."),
    ("He taught at Brooklyn St. Mary's school for years.", "He taught at Brooklyn Saint Mary's school for years."),
    # counter-examples: a street's name before "St." then a new sentence
    ("The fire started on Harbour St. John Reyes called it in.", "The fire started on Harbour Street. John Reyes called it in."),
    ("The bakery is on Main St. He opened it in May.", "The bakery is on Main Street. He opened it in May."),
    ("Traffic stopped on Elm St. Dozens of cars waited.", "Traffic stopped on Elm Street. Dozens of cars waited."),
    ("A vigil was held at St. Mary's church.", "A vigil was held at Saint Mary's church."),
]

ELLIPSIS_ATTRIBUTION = [
    ("“The board never looked at the costs…” Okafor said in an interview.", "The board never looked at the costs, Okafor said in an interview."),
    ("“What exactly does the agency do …” Judge Maria Reyes asked the lawyers.", "What exactly does the agency do, Judge Maria Reyes asked the lawyers."),
    ("“We kept waiting...” Sandoval told reporters.", "We kept waiting, Sandoval told reporters."),
    ("“Nobody warned us . . .” Reyes said on Tuesday.", "Nobody warned us, Reyes said on Tuesday."),
    ("The tally kept rising . . . and rising.", "The tally kept rising, and rising."),
    # counter-examples: an ellipsis before a new sentence stays a stop
    ("They waited. . . . Nothing happened.", "They waited. Nothing happened."),
    ("“We kept waiting…” Then the doors opened.", "We kept waiting. Then the doors opened."),
    ("The crowd waited … Nobody came.", "The crowd waited. Nobody came."),
]


@pytest.mark.parametrize(("text", "expected"), SAINT + ELLIPSIS_ATTRIBUTION)
def test_disc_classes(text: str, expected: str) -> None:
    assert normalize(text) == expected

INITIALS_BRACKET = [
    ('Investigators named a contact, "Marco C.D. (informant)," who ran a security firm.', "Investigators named a contact, Marco C D, informant, who ran a security firm."),
    ("The letter was signed by Lena C.E. Voss.", "The letter was signed by Lena C E Voss."),
    ("She thanked Daniel R. (Danny) Ortiz for his help.", "She thanked Daniel R, Danny, Ortiz for his help."),
    # counter-examples: a numeral after a name; a full bracketed sentence after a letter
    ("Louis XIV built the palace.", "Louis the Fourteenth built the palace."),
    ("The team picked Plan B. (Nobody objected.)", "The team picked Plan B. Nobody objected."),
]


@pytest.mark.parametrize(("text", "expected"), INITIALS_BRACKET)
def test_initials_before_bracket(text: str, expected: str) -> None:
    assert normalize(text) == expected

DASH_RUNS = [
    ("Rescuers searched until dark, to no avail. --- Staff writers in Denver contributed.", "Rescuers searched until dark, to no avail. Staff writers in Denver contributed."),
    ("The council adjourned.---- Reporting by the city desk.", "The council adjourned. Reporting by the city desk."),
    ("The plan --- first floated in March --- never passed.", "The plan, first floated in March, never passed."),
    ("The vote passed.\n---\nStaff writers contributed.", "The vote passed.\nStaff writers contributed."),
    ("He shouted that the whole f---ing plan had failed.", "He shouted that the whole bleeping plan had failed."),
    # counter-examples: a double dash and a spaced hyphen were pauses already; a hyphen joins
    ("The mayor -- a former teacher -- spoke first.", "The mayor, a former teacher, spoke first."),
    ("A well-known author spoke.", "A well-known author spoke."),
]


@pytest.mark.parametrize(("text", "expected"), DASH_RUNS)
def test_dash_runs(text: str, expected: str) -> None:
    assert normalize(text) == expected

MONEY_MODIFIER = [
    ("The filing claimed a $3.2 billion net worth for the family.", "The filing claimed a three point two billion dollar net worth for the family."),
    ("The developer's $40 million cash offer was turned down.", "The developer's forty million dollar cash offer was turned down."),
    ("The city signed a $1.5 billion deal with the builder.", "The city signed a one point five billion dollar deal with the builder."),
    ("Analysts expect a $5 million to $10 million range for the fine.", "Analysts expect a five million to ten million dollar range for the fine."),
    ("Parents paid a $5 to $10 fee per child.", "Parents paid a five to ten dollar fee per child."),
    ("Filings show an estimated $3.2 billion net worth.", "Filings show an estimated three point two billion dollar net worth."),
    ("The county approved a nearly $2 billion budget.", "The county approved a nearly two billion dollar budget."),
    # counter-examples: the amount is an object, not a modifier
    ("The house sold for about $5 million last year.", "The house sold for about five million dollars last year."),
    ("The startup raised $2.5 billion last year.", "The startup raised two point five billion dollars last year."),
    ("The budget grew from $5 million to $10 million.", "The budget grew from five million dollars to ten million dollars."),
    ("He earned $4 million net after taxes.", "He earned four million dollars net after taxes."),
]


@pytest.mark.parametrize(("text", "expected"), MONEY_MODIFIER)
def test_money_modifier(text: str, expected: str) -> None:
    assert normalize(text) == expected

CALL_SIGNS = [
    ("One driver told CBS affiliate WJXR the roads were icy.", "One driver told C B S affiliate W J X R the roads were icy."),
    ("Anchors at KOLM-TV stayed on air all night.", "Anchors at K O L M-T V stayed on air all night."),
    ("The mayor spoke to radio station CKRW on Friday.", "The mayor spoke to radio station C K R W on Friday."),
    # counter-examples: the same shapes that are no station
    ("Crowds hailed the KING of pop.", "Crowds hailed the king of pop."),
    ("The CARE Act passed in June.", "The care Act passed in June."),
]


@pytest.mark.parametrize(("text", "expected"), CALL_SIGNS)
def test_call_signs(text: str, expected: str) -> None:
    assert normalize(text) == expected

LETTER_NUMBER_PLURALS = [
    ("The squad lost both of its 5v5s on Sunday.", "The squad lost both of its five v fives on Sunday."),
    ("Practice ends with 3v3s and 1v1s.", "Practice ends with three v threes and one v ones."),
    ("Volunteers carried stacks of 2x4s to the site.", "Volunteers carried stacks of two by fours to the site."),
    ("The relay team swam four 4x100s.", "The relay team swam four four by one hundreds."),
    # counter-examples: no plural, or a spaced unit
    ("The final was a tense 5v5 match.", "The final was a tense five v five match."),
    ("Cut the 2x4 boards first.", "Cut the two by four boards first."),
]


@pytest.mark.parametrize(("text", "expected"), LETTER_NUMBER_PLURALS)
def test_letter_number_plurals(text: str, expected: str) -> None:
    assert normalize(text) == expected

SNAKE_CASE_INITIALISMS = [
    ("Set HTTPS_PROXY before running the installer.", "Set H T T P S proxy before running the installer."),
    ("The server reads SQL_MODE at start.", "The server reads S Q L mode at start."),
    # counter-examples: words in capitals stay words
    ("The cap is MAX_VALUE for now.", "The cap is max value for now."),
    ("Open a SOCK_STREAM socket.", "Open a sock stream socket."),
]


@pytest.mark.parametrize(("text", "expected"), SNAKE_CASE_INITIALISMS)
def test_snake_case_initialisms(text: str, expected: str) -> None:
    assert normalize(text) == expected
