# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, BBC and ABC audits: letters, abbreviations and acronyms a listener heard wrong.

Sentences are invented in the shape of British, Australian and American news copy (names and
places made up); the expected text is what the engine should be given. Counter-examples (what
must not change) sit with each class.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    # 1. a capital A that is a letter: after a naming noun, or a middle initial without its dot
    ("Torvale have won three Serie A titles in a decade.", "Torvale have won three Serie A- titles in a decade."),
    ("Brenning finished second in Serie A last season.", "Brenning finished second in Serie A- last season."),
    ("Officers found Class A drugs in the flat.", "Officers found Class A- drugs in the flat."),
    ("He said Plan A was dead, and Plan B too.", "He said Plan A- was dead, and Plan B too."),
    ("Detectives questioned Martin A Hollis about the fire.", "Detectives questioned Martin A- Hollis about the fire."),
    ("A statement from Janet A Corley was read to the court.", "A statement from Janet A- Corley was read to the court."),
    # counter-examples: the article
    ("A spokesman said the roads were closed.", "A spokesman said the roads were closed."),
    ("Type a command and press enter.", "Type a command and press enter."),
    ("Farmer Finds A Fortune In His Barn", "Farmer Finds A Fortune In His Barn"),
    ("Her new film, Finding A Voice, opens on Friday.", "Her new film, Finding A Voice, opens on Friday."),
    ("He read the book Life In A Day on the train.", "He read the book Life In A Day on the train."),
    ("Yesterday A man was held in the town centre.", "Yesterday A man was held in the town centre."),
    # 2. dotless "No" before a number inside a sentence: "number"
    ("Ministers gathered at No 10 before the vote.", "Ministers gathered at number ten before the vote."),
    ("A No 10 spokesman denied the claim.", "A number ten spokesman denied the claim."),
    ("The row, No 10 insists, is over.", "The row, number ten insists, is over."),
    ("She moved from No 11 to No 10 last year.", "She moved from number eleven to number ten last year."),
    # counter-examples: the word "no"
    ("He said no 10 times over.", "He said no ten times over."),
    ("No 2 cases are ever the same.", "No two cases are ever the same."),
    # 3. a generation numeral after a product named in capitals
    ("The XPS III, released in spring, sold well.", "The X P S three, released in spring, sold well."),
    ("Reviewers preferred the XPS II to its rival.", "Reviewers preferred the X P S two to its rival."),
    ("Buyers liked the KDX III.", "Buyers liked the K D X three."),
    # counter-examples: an intravenous drip, the pronoun
    ("He was put on an NHS IV drip.", "He was put on an N H S I V drip."),
    ("I said I would stay.", "I said I would stay."),
    # 4. a name whose first part is the word "dot"
    ("The dot.com crash wiped out savings.", "The dot com crash wiped out savings."),
    ("Many dot.coms folded within a year.", "Many dot coms folded within a year."),
    ("Read the Dot.music column each week.", "Read the Dot music column each week."),
    # counter-example: a dot that ends a sentence
    ("She drew a dot. Then she left.", "She drew a dot. Then she left."),
    # 5. a foreign company form that opens a name: no stop
    ("Shares in Cia. Siderurgica Paulista rose.", "Shares in Company Siderurgica Paulista rose."),
    ("The miners Kestrel and Cia. Mineira Norte bid.", "The miners Kestrel and Company Mineira Norte bid."),
    ("Cie. Financiere Lamarre agreed the deal.", "Company Financiere Lamarre agreed the deal."),
    ("The contract went to Obrasul Ltda. on Monday.", "The contract went to Obrasul Limited on Monday."),
    # counter-example: the form closing a name ends the sentence
    ("He works for Dufresne & Cie. The firm makes tyres.", "He works for Dufresne and Company. The firm makes tyres."),
    # 7. word acronyms and initialisms
    ("UKIP candidates stood in every seat.", "Ukip candidates stood in every seat."),
    ("The IATA figures showed a rise in passengers.", "The Iata figures showed a rise in passengers."),
    ("Banks must satisfy APRA rules on capital.", "Banks must satisfy Apra rules on capital."),
    ("HBOS shares rose sharply.", "Hbos shares rose sharply."),
    ("The CFMEU walked off the site.", "The C F M E U walked off the site."),
    ("Two cases were found in the ACT.", "Two cases were found in the A-C T."),
    ("Schools in the ACT and Tasmania reopened.", "Schools in the A-C T and Tasmania reopened."),
    ("The ACT government will decide today.", "The A-C T government will decide today."),
    # counter-examples: the word stressed
    ("Police caught him in the ACT of stealing.", "Police caught him in the act of stealing."),
    ("And that was the END.", "And that was the end."),
    ("The keyboard uses the QWERTY layout.", "The keyboard uses the Qwerty layout."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_bbcabbr24(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
