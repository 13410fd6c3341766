"""Issue 12 classes (normfix61): "m" for million in business prose, plurals of numbered things
("Game 1s"), three-part fight records, "dollars" before a preposition-like word, the hour
after midnight with a zone, "Gbs"/"GBs" after a number. Invented sentences; counter-examples
must not change."""

import pytest

from narrate.normalize import normalize

M_MILLION = [
    ('The carmaker posted a net loss of 0.8m in the quarter.',
     'The carmaker posted a net loss of zero point eight million in the quarter.'),
    ("The studio sold 3.2m copies in Japan, up from 2.9m a year earlier.",
     "The studio sold three point two million copies in Japan, up from two point nine million"
     " a year earlier."),
    ('Its rival shipped 4.1m Galaxies last month.',
     'Its rival shipped four point one million Galaxies last month.'),
    ("The operator added 1.6m broadband customers, against 1.1m the previous quarter.",
     "The operator added one point six million broadband customers, against one point one"
     " million the previous quarter."),
    ("The chain's 2.4m loyalty members were told of the breach.",
     "The chain's two point four million loyalty members were told of the breach."),
    ('Revenue hit €84m as shipments climbed to 9.5m.',
     'Revenue hit eighty-four million euros as shipments climbed to nine point five million.'),
    ('The broadcaster said viewing peaked at 11.2m.',
     'The broadcaster said viewing peaked at eleven point two million.'),
    ('The network said the app reached 3.5m in its first month.',
     'The network said the app reached three point five million in its first month.'),
    ('Staff costs rose to 2.1m, the filing showed.',
     'Staff costs rose to two point one million, the filing showed.'),
    ('The club paid 4m for the young striker.',
     'The club paid four million for the young striker.'),
    ('Its long-term plan lifted sales to 7.4m, against 5m a year earlier.',
     'Its long-term plan lifted sales to seven point four million, against five million a year'
     ' earlier.'),
    ('She won the 200m sprint in Moscow.',
     'She won the two hundred meter sprint in Moscow.'),
    ('The new bridge is 40m tall.',
     'The new bridge is forty meters tall.'),
    ('He dived from the 10m platform.',
     'He dived from the ten meter platform.'),
    ('The climbers camped at 6,500m altitude.',
     'The climbers camped at six thousand five hundred meter altitude.'),
    ('The trawler sank 300m from the harbour.',
     'The trawler sank three hundred meters from the harbour.'),
    ('The company will build a 150m tower in the city.',
     'The company will build a one hundred fifty meter tower in the city.'),
    ('The wreck lies in 60m of water.',
     'The wreck lies in sixty meters of water.'),
]


@pytest.mark.parametrize(("text", "spoken"), M_MILLION)
def test_m_million(text: str, spoken: str) -> None:
    """A bare "m" after a number counting money or things is million; a length needs a
    physical context."""
    assert normalize(text) == spoken

NUMBERED_PLURALS = [
    ('Home sides have won 14 straight Game 1s in the series.',
     'Home sides have won fourteen straight Game ones in the series.'),
    ('Road teams are 3-19 in Game 7s since 1990.',
     'Road teams are three to nineteen in Game sevens since nineteen ninety.'),
    ('Forecasters warned that two Category 4s could hit by Friday.',
     'Forecasters warned that two Category fours could hit by Friday.'),
    ('The Level 2s must be cleared before the audit.',
     'The Level twos must be cleared before the audit.'),
    ('The shop had run out of size 9s by noon.',
     'The shop had run out of size nines by noon.'),
    ('The sprinter clocked 10.02s in the heat.',
     'The sprinter clocked ten point zero two seconds in the heat.'),
    ('In the final round 5s remained on the clock.',
     'In the final round five seconds remained on the clock.'),
    ('Most buyers were in their 30s.',
     'Most buyers were in their thirties.'),
    ('The airline grounded its Boeing 787s.',
     'The airline grounded its Boeing seven eighty-sevens.'),
]


@pytest.mark.parametrize(("text", "spoken"), NUMBERED_PLURALS)
def test_numbered_plurals(text: str, spoken: str) -> None:
    """A noun that numbers things before "1s": the numbered things, plural, not seconds."""
    assert normalize(text) == spoken

FIGHT_RECORDS = [
    ('Reyes (21-6-1 MMA, 4-2 UFC) faces a late replacement.',
     'Reyes, twenty-one and six and one M M A, four to two U F C, faces a late replacement.'),
    ('Okafor, a 15-4-1 fighter from Texas, signed a new deal.',
     'Okafor, a fifteen and four and one fighter from Texas, signed a new deal.'),
    ('The Flyers (11-7-3, 25 points) visit Detroit on Tuesday.',
     'The Flyers, eleven and seven and three, twenty-five points, visit Detroit on Tuesday.'),
    ('Diaz is now 17-5-1 after the stoppage.',
     'Diaz is now seventeen and five and one after the stoppage.'),
    ('Kim improved to 12-2-1 with the decision.',
     'Kim improved to twelve and two and one with the decision.'),
    ('The Celtics (22-9) host Miami.',
     'The Celtics, twenty-two to nine, host Miami.'),
    ('Chelsea won 2-1 at home.',
     'Chelsea won two to one at home.'),
    ('The side lined up in a 4-4-2 formation.',
     'The side lined up in a four four two formation.'),
    ('Coaches love the 4-3-3 formation.',
     'Coaches love the four three three formation.'),
    ('She follows the 50-30-20 rule.',
     'She follows the fifty thirty twenty rule.'),
]


@pytest.mark.parametrize(("text", "spoken"), FIGHT_RECORDS)
def test_fight_records(text: str, spoken: str) -> None:
    """Three-part win-loss-draw records before MMA/UFC, after a bracket, before "fighter"."""
    assert normalize(text) == spoken

MONEY_BEFORE_PREPOSITIONS = [
    ('The guard signed for $31.5 million thanks to a late bidding war.',
     'The guard signed for thirty-one point five million dollars thanks to a late bidding war.'),
    ('Shares jumped after profit reached $6 million ahead of forecasts.',
     'Shares jumped after profit reached six million dollars ahead of forecasts.'),
    ('The city received $12 million courtesy of a federal grant.',
     'The city received twelve million dollars courtesy of a federal grant.'),
    ('The board set aside $4 million prior to the vote.',
     'The board set aside four million dollars prior to the vote.'),
    ("She was paid $900,000 whereas her deputy got $400,000.",
     "She was paid nine hundred thousand dollars whereas her deputy got four hundred thousand"
     " dollars."),
    ('The $2 million goes to flood relief.',
     'The two million dollars goes to flood relief.'),
    ('He signed a $31.5 million contract.',
     'He signed a thirty-one point five million dollar contract.'),
    ('They sold a $3 muffin.',
     'They sold a three dollar muffin.'),
    ('He earned $4 million a year.',
     'He earned four million dollars a year.'),
]


@pytest.mark.parametrize(("text", "spoken"), MONEY_BEFORE_PREPOSITIONS)
def test_money_before_prepositions(text: str, spoken: str) -> None:
    """An amount before a preposition-like word is a noun: "dollars", not "dollar"."""
    assert normalize(text) == spoken

MIDNIGHT_HOURS = [
    ('Published: 4 Mar 2013 - 0:00 PST',
     'Published: the fourth of March, twenty thirteen, midnight P S T'),
    ('The polls close at 00:00 GMT.',
     'The polls close at midnight G M T.'),
    ('Trading resumes at 00:30 UTC.',
     'Trading resumes at twelve thirty A-M U T C.'),
    ('The deadline passed at 24:00 CET.',
     'The deadline passed at midnight C E T.'),
    ('The patch goes live at 0:15 EDT.',
     'The patch goes live at twelve fifteen A-M E D T.'),
    ('He scored with 0:30 left in the third period.',
     'He scored with zero thirty left in the third period.'),
    ('The ceremony starts at 12:00.',
     "The ceremony starts at twelve o'clock."),
    ('Kickoff is at 20:00 BST.',
     'Kickoff is at twenty hundred B S T.'),
]


@pytest.mark.parametrize(("text", "spoken"), MIDNIGHT_HOURS)
def test_midnight_hours(text: str, spoken: str) -> None:
    """The hour after midnight on a 24-hour clock with a zone or written "00"."""
    assert normalize(text) == spoken

BITS_PER_SECOND_PLURALS = [
    ('The new 40Gbs port doubles the old bandwidth.',
     'The new forty gigabits per second port doubles the old bandwidth.'),
    ('Rural users get 10 Mbs at best.',
     'Rural users get ten megabits per second at best.'),
    ('The old 56Kbs modem still works.',
     'The old fifty-six kilobits per second modem still works.'),
    ('The tablet ships with 128GBs of flash.',
     'The tablet ships with one hundred twenty-eight gigabytes of flash.'),
    ('Add 2 Tbs of butter.',
     'Add two tablespoons of butter.'),
    ('The 10Gbps link and the 16Gb chip.',
     'The ten gigabits per second link and the sixteen gigabit chip.'),
]


@pytest.mark.parametrize(("text", "spoken"), BITS_PER_SECOND_PLURALS)
def test_bits_per_second_plurals(text: str, spoken: str) -> None:
    """"Gbs"/"Mbs" glued to a number are bits per second; "GBs" gigabytes."""
    assert normalize(text) == spoken
