# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Press-release and reference shapes (issue 12, held-out audit h_2; sentences invented).

- Note numbers glued after a sentence's stop ("in older adults.1,2 The") are silent reference
  marks and the stop stays; "fig.2", "version 2.1", "No.1" keep their readings.
- A code after its label ("Passcode: 55102937", "PIN 4821", "Meeting ID: 812 3456 7890") is
  said digit by digit, in its groups; counts after other words stay amounts.
- An international number in spaced groups ("+ 44 161 496 0000", "+44 (0)20 7946 0321") is
  digits throughout, as a national one is; "+ 5 points" and "3 + 4" stay arithmetic.
- A hyphenated number with a leading zero ("File No. 002-41877") or after a file label ("Case
  No. 2023-1456") is an identifier, not a range.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    # 1. footnote numbers after a sentence's stop
    ("The infection is common in older adults.1,2 Doctors advise rest.", "The infection is common in older adults. Doctors advise rest."),
    ("Rates were higher among smokers.3-5 Screening helps.", "Rates were higher among smokers. Screening helps."),
    ("The treatment was approved in two countries.7", "The treatment was approved in two countries."),
    ("Side effects were mild in most volunteers.12 “We were relieved,” she said.", "Side effects were mild in most volunteers. We were relieved, she said."),
    ("The virus spread quickly among farm workers.¹˒² Officials closed two sites.", "The virus spread quickly among farm workers. Officials closed two sites."),
    ("Costs fell in the U.S.³ Europe followed.", "Costs fell in the U.S. Europe followed."),
    ("Prices rose by 4%.8 The bank held rates.", "Prices rose by four percent. The bank held rates."),
    ("The trial ended early (in March).9 Results follow.", "The trial ended early, in March. Results follow."),
    # counter-examples: abbreviations and decimals before numbers
    ("Install version 2.1 Then restart.", "Install version two point one Then restart."),
    ("The band was No.1 Last week.", "The band was number one Last week."),
    ("See fig.2 The chart shows it.", "See figure two The chart shows it."),
    ("The rate was 0.1 In March it rose.", "The rate was zero point one In March it rose."),
    # 2. access codes after their labels
    ("Dial in and enter Passcode: 55102937 when asked.", "Dial in and enter Passcode: five five one zero two nine three seven when asked."),
    ("Use the passcode 62041178 to join the call.", "Use the passcode six two zero four one one seven eight to join the call."),
    ("The access code 4821 opens the gate.", "The access code four eight two one opens the gate."),
    ("Meeting ID: 812 3456 7890", "Meeting I D: eight one two, three four five six, seven eight nine zero"),
    ("Quote confirmation number 5521093 at the desk.", "Quote confirmation number five five two one zero nine three at the desk."),
    ("The reference number 2019-4471 is on the letter.", "The reference number two zero one nine, four four seven one is on the letter."),
    ("Your PIN is 7305.", "Your Pin is seven three zero five."),
    # counter-examples: amounts after other words, short numbers
    ("The company hired 2500 workers.", "The company hired two thousand five hundred workers."),
    ("The code was written in 2019.", "The code was written in twenty nineteen."),
    # 3. international phone numbers in spaced groups
    ("Media in Ireland: + 353 1 672 5521", "Media in Ireland: plus three five three, one, six seven two, five five two one"),
    ("Call +353 1 672 5590 for details.", "Call plus three five three, one, six seven two, five five nine zero for details."),
    ("London office: +44 (0)20 7946 0321.", "London office: plus four four, zero, two zero, seven nine four six, zero three two one."),
    ("The Dublin desk is on +353 (1) 672 5511.", "The Dublin desk is on plus three five three, one, six seven two, five five one one."),
    ("New York: + 1 (212) 555-0143.", "New York: plus one, two one two, five five five, zero one four three."),
    ("Or ring (0)20 7946 0123 today.", "Or ring zero, two zero, seven nine four six, zero one two three today."),
    # counter-examples: arithmetic and changes
    ("Shares closed + 5 points higher.", "Shares closed plus five points higher."),
    ("The answer to 3 + 4 is 7.", "The answer to three plus four is seven."),
    # 4. identifiers with a leading zero, and file numbers
    ("Its Commission File No. 002-41877 is listed.", "Its Commission File number zero zero two, four one eight seven seven is listed."),
    ("The form carries code 06-1234 at the top.", "The form carries code zero six, one two three four at the top."),
    ("The ruling in Case No. 2023-1456 was appealed.", "The ruling in Case number two zero two three, one four five six was appealed."),
    # counter-examples: ranges stay ranges
    ("He starred in the 09-10 season.", "He starred in the zero nine to ten season."),
    ("The team lost 0-3 at home.", "The team lost zero to three at home."),
    ("Between 10-20 people came.", "Between ten and twenty people came."),
    ("Read issues 5-7 first.", "Read issues five to seven first."),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_normfix59(text: str, expected: str) -> None:
    assert normalize(text) == expected
