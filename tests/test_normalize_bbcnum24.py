# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12 (BBC and ABC audits of session 24): money words before a scaled amount, ranges
after "between", "9-11" for the attacks, leading-point numbers and calibers, lower-case byte
units, and an amount before a noun past a bracketed conversion. Sentences are invented in the
shape of British, Australian and American news copy; counter-examples must not change.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

CASES = [
    # 1. a currency word or damaged sign before a scaled amount: million, billion, not meters
    ("The carrier lost dollars 312m over the winter.", "The carrier lost three hundred twelve million dollars over the winter."),
    ("Brenford signed the striker for pounds 3.4m last week.", "Brenford signed the striker for three point four million pounds last week."),
    ("Storm damage was put at 9bn baht (dollars 230m).", "Storm damage was put at nine billion baht, two hundred thirty million dollars."),
    ("The miner booked savings of Adollars 180m in the half.", "The miner booked savings of one hundred eighty million Australian dollars in the half."),
    ("The miner paid Australian dollars 60m for the lease.", "The miner paid sixty million Australian dollars for the lease."),
    ("The singer gave dollars 1m to the appeal.", "The singer gave one million dollars to the appeal."),
    ("The tower will cost euros 40m and the bridge yen 2bn.", "The tower will cost forty million euros and the bridge two billion yen."),
    ("A pounds 2bn takeover was blocked.", "A two billion pound takeover was blocked."),
    ("A dollars 4bn spending gap remains.", "A four billion dollar spending gap remains."),
    ("The fund raised USD 7m and GBP 3m.", "The fund raised seven million US dollars and three million pounds."),
    ("The state spent Rs 80m on schools.", "The state spent eighty million rupees on schools."),
    # counter-examples: lengths stay meters, weights stay pounds
    ("She won the 400m final in Oslo.", "She won the four hundred meter final in Oslo."),
    ("Workers put up a 4m wall round the site.", "Workers put up a four meter wall round the site."),
    ("The foal weighed 9 pounds 4 ounces.", "The foal weighed nine pounds four ounces."),
    # 2. a dashed range after "between" is "and"
    ("Analysts expect growth of between 6-8% next year.", "Analysts expect growth of between six and eight percent next year."),
    ("Seats will sell for between $20-$35.", "Seats will sell for between twenty and thirty-five dollars."),
    ("The clinic opens between 2-5pm on Sundays.", "The clinic opens between two and five P M on Sundays."),
    ("The mill was rebuilt between 1880-85.", "The mill was rebuilt between eighteen eighty and eighty-five."),
    # counter-examples: no "between", or two ranges compared
    ("Analysts expect growth of 6-8% next year.", "Analysts expect growth of six to eight percent next year."),
    ("Output fell between 1990-95 and 2000-05.", "Output fell between nineteen ninety to ninety-five and two thousand to oh five."),
    # 3. "9-11" naming the attacks
    ("Copies of the 9-11 Commission report sold out.", "Copies of the nine eleven Commission report sold out."),
    ("Air travel has changed since 9-11.", "Air travel has changed since nine eleven."),
    ("Security in the post-9-11 era grew tighter.", "Security in the post-nine eleven era grew tighter."),
    # counter-examples: ages, counts, scores stay ranges
    ("The club takes children aged 9-11 on Saturdays.", "The club takes children aged nine to eleven on Saturdays."),
    ("He expects to serve 9-11 years.", "He expects to serve nine to eleven years."),
    ("They lost the sets by scores of 9-11, 8-11.", "They lost the sets by scores of nine to eleven, eight to eleven."),
    # 4. a leading point before a gun's word is the caliber's name, as ".308" is
    ("Police found a .22 calibre rifle in the shed.", "Police found a twenty-two calibre rifle in the shed."),
    ("The guard carried a .38 special revolver.", "The guard carried a thirty-eight special revolver."),
    ("Detectives traced the .357 Magnum to a dealer.", "Detectives traced the three fifty-seven Magnum to a dealer."),
    ("Officers recovered a .45 pistol and ammunition.", "Officers recovered a forty-five pistol and ammunition."),
    # counter-examples: a batting average, other leading points, a leading zero, cents
    ("He finished the season batting .312 for Tampa.", "He finished the season batting three twelve for Tampa."),
    ("Rates rose 0.25 points.", "Rates rose zero point two five points."),
    ("The index slipped .4 points.", "The index slipped zero point four points."),
    ("Stamps cost $.60 each.", "Stamps cost sixty cents each."),
    # 5. lower-case byte units
    ("The handset has 128mb of memory and a 2gb card.", "The handset has one hundred twenty-eight megabytes of memory and a two gigabyte card."),
    ("The 4mb download took an hour.", "The four megabyte download took an hour."),
    ("Each 20kb file was scanned.", "Each twenty kilobyte file was scanned."),
    # counter-examples: a weather map's millibars, a modem's kilobits
    ("A 975mb low will cross the Channel tonight.", "A nine hundred seventy-five millibar low will cross the Channel tonight."),
    ("Many homes still use a 56kb modem.", "Many homes still use a fifty-six kilobit modem."),
    # 6. an amount before a noun past a bracketed conversion is an adjective
    ("The club faces a $400,000 (£210,000) penalty.", "The club faces a four hundred thousand dollar, two hundred ten thousand pound, penalty."),
    # counter-example: the amounts are the object, plural
    ("The club paid £6m ($11m) for him.", "The club paid six million pounds, eleven million dollars, for him."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_bbcnum24(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
