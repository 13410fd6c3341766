"""Stops and abbreviations heard in audit 48 (normfix70): invented news sentences, each class
with counter-examples that must not change."""

import pytest

from narrate.normalize import normalize

CASES = [
    # 1. a name's suffix before a party-state label: no stop after "Jr."/"Sr." nor in the label
    ("Rep. Carl Dunmore Jr. (R-Wis.) wrote to the agency on Friday.",
     "Representative Carl Dunmore Junior, Republican of Wisconsin, wrote to the agency on Friday."),
    ("Sen. Ada Pell Sr. (D-Calif.) voted against the bill.",
     "Senator Ada Pell Senior, Democrat of California, voted against the bill."),
    ("Rep. Tom Reyes Jr. (D-N.Y.) said the plan would fail.",
     "Representative Tom Reyes Junior, Democrat of New York, said the plan would fail."),
    # counter: a whole sentence in brackets after a suffix still follows a stop
    ("The buyer is Acme Inc. (The deal closed in May.) Shares rose.",
     "The buyer is Acme Incorporated. The deal closed in May. Shares rose."),
    # 2. a legal case's "v." between parties is "versus", with no stop
    ("The ruling in Roe v. Wade was cited twice.",
     "The ruling in Roe versus Wade was cited twice."),
    ("Lawyers in United States v. Brightline Books filed briefs.",
     "Lawyers in United States versus Brightline Books filed briefs."),
    ("In Harlow v. Dunmore Corp. the court ruled for the town.",
     "In Harlow versus Dunmore Corporation the court ruled for the town."),
    # counter: a lower-case letter "v." ending a sentence keeps its stop
    ("He drew the letter v. Then he signed it.", "He drew the letter v. Then he signed it."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_normfix70(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
