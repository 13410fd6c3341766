"""Table tests for branch bbcmoney3 (issue 12, BBC audit 50): a currency word before a plain
amount ("pounds 220", "dollars 6.0-dollars 6.5"), "m" before a counted compound ("133m text
messages"), a fare "one way", and days coordinated around a month ("March 3 and 4")."""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    # 1. a currency word standing for the sign before a plain amount
    ("The council was fined pounds 340 for the breach.",
     "The council was fined three hundred forty pounds for the breach."),
    ("Its stock closed at dollars 12.36 a share on Friday.",
     "Its stock closed at twelve dollars and thirty-six cents a share on Friday."),
    ("The nurse accepted a pounds 48,000 payout from the trust.",
     "The nurse accepted a forty-eight thousand pound payout from the trust."),
    ("Millions of farmers survive on less than dollars 1 a day.",
     "Millions of farmers survive on less than one dollar a day."),
    ("Parking now costs pounds 3.20 for two hours.",
     "Parking now costs three pounds and twenty pence for two hours."),
    ("It forecast earnings of dollars 2.0-dollars 2.5 per share.",
     "It forecast earnings of two to two point five dollars per share."),
    ("Analysts expect between dollars 3.0-dollars 4.0 a barrel more.",
     "Analysts expect between three and four dollars a barrel more."),
    ("Fares will rise from pounds 8 to pounds 12 next month.",
     "Fares will rise from eight pounds to twelve pounds next month."),
    ("The stock slid dollars 3 to dollars 41.50 on Monday.",
     "The stock slid three dollars to forty-one dollars and fifty cents on Monday."),
    ("Their arrears are now over pounds 400 unpaid.",
     "Their arrears are now over four hundred pounds unpaid."),
    ("Its budget grew from dollars 4m-dollars 6m to dollars 8m to 9m.",
     "Its budget grew from four to six million dollars to eight to nine million dollars."),
    ("The appeal raised dollars 2m to 40 villages.",
     "The appeal raised two million dollars to forty villages."),
    ("The studio spent dollars 95 m on the sequel.",
     "The studio spent ninety-five million dollars on the sequel."),
    ("A ticket costs euros 15 at the door.", "A ticket costs fifteen euros at the door."),
    ("The firm lost dollars 310m last year.",
     "The firm lost three hundred ten million dollars last year."),
    # counter-examples: weights, a number before the word
    ("The baby weighed seven pounds 4 ounces.", "The baby weighed seven pounds four ounces."),
    ("She has lost 30 pounds since May.", "She has lost thirty pounds since May."),
    ("The tyre holds 40 pounds of pressure.", "The tyre holds forty pounds of pressure."),
    # 2. "m" before a modifier and a counted plural is million
    ("Britons sent 96m text messages on Christmas Day.",
     "Britons sent ninety-six million text messages on Christmas Day."),
    ("There are now 14m broadband connections and 2m digital radios.",
     "There are now fourteen million broadband connections and two million digital radios."),
    # counter-examples: lengths before a modifier
    ("She won the 200m freestyle final.", "She won the two hundred meter freestyle final."),
    ("Workers built a 6m high fence.", "Workers built a six meter high fence."),
    ("He ran the 400m hurdles in Athens.", "He ran the four hundred meter hurdles in Athens."),
    ("The 10m air rifle events start today.", "The ten meter air rifle events start today."),
    # 3. a range's fare "one way" stays plural
    ("Seats cost from £9 to £14 one way.",
     "Seats cost from nine pounds to fourteen pounds one way."),
    ("She bought a £25 one way ticket.", "She bought a twenty-five pound one way ticket."),
    # 4. days coordinated after or before a month are all dates
    ("The talks resume on April 11 and 12 in Geneva.",
     "The talks resume on April eleventh and twelfth in Geneva."),
    ("Polls open on June 5, 6 and 7.", "Polls open on June fifth, sixth and seventh."),
    ("The match is on Sept. 9 or 10.", "The match is on September ninth or tenth."),
    ("Strikes are planned for 22 and 23 November.",
     "Strikes are planned for the twenty-second and twenty-third of November."),
    # counter-examples: years, a count after the days
    ("Sales fell in March 2003 and 2004.",
     "Sales fell in March two thousand three and two thousand four."),
    ("On May 2 and 3 people were hurt.", "On May second and three people were hurt."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_bbcmoney3(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
