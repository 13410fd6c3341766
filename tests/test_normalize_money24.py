# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Money classes heard in a discovery audit of Australian wire copy (session 24): a dollar sign
with a country's mark ("$A8,800", "$US5 million"), cents and pence glued to an amount ("27c a
share", "a 5p rise"), a range that writes its scale once ("$400 to $500 million"), runs of
spaces between a number and its scale or unit ("$1.5  billion"), "million-plus" before a noun,
meters glued before a dimension ("a 2m-long python") and one-letter share codes ("(F.N)").

Sentences are invented in the shape of news copy; counter-examples must not change.
"""

from __future__ import annotations

import itertools

import pytest

from narrate.normalize import normalize, normalize_with_map

COUNTRY_MARKS = [
    ("The magistrate imposed a fine of $A12,500 on the operator.", "The magistrate imposed a fine of twelve thousand five hundred Australian dollars on the operator."),
    ("The miner will spend $US5 million on the survey.", "The miner will spend five million US dollars on the survey."),
    ("It signed a $US1.2 billion supply contract.", "It signed a one point two billion US dollar supply contract."),
    ("Auckland raised $NZ40 million from the sale.", "Auckland raised forty million New Zealand dollars from the sale."),
    ("The tower sold for $HK3bn last week.", "The tower sold for three billion Hong Kong dollars last week."),
    ("Tickets cost AU$45 at the gate.", "Tickets cost forty-five Australian dollars at the gate."),
    ("The pipeline will cost Can$2 billion.", "The pipeline will cost two billion Canadian dollars."),
    ("The Australian carrier paid US$5m for the slots.", "The Australian carrier paid five million US dollars for the slots."),
    ("The $A fell against the $US in late trade.", "The Australian dollar fell against the US dollar in late trade."),
    ("All figures are in $US unless stated.", "All figures are in US dollars unless stated."),
    ("Net profit ($USm) rose in the half.", "Net profit, millions of US dollars, rose in the half."),
    # counter-examples: the marks already read, a shell variable, a spreadsheet's column name
    ("It raised NZ$40 million and C$3 billion.", "It raised forty million New Zealand dollars and three billion Canadian dollars."),
    ("The script prints $HOME and $PATH.", "The script prints dollar home and dollar path."),
    ("Prices are quoted in S$ and HK$.", "Prices are quoted in Singapore dollars and Hong Kong dollars."),
]

CENTS_AND_PENCE = [
    ("Net profit fell to $48 million, or 12c a share.", "Net profit fell to forty-eight million dollars, or twelve cents a share."),
    ("Unleaded rose 2.5c a litre overnight.", "Unleaded rose two point five cents a litre overnight."),
    ("The shares closed 3c higher at 41c.", "The shares closed three cents higher at forty-one cents."),
    ("The mint will issue a 50c coin for the jubilee.", "The mint will issue a fifty-cent coin for the jubilee."),
    ("The board declared a 20c-a-share dividend.", "The board declared a twenty-cent-a-share dividend."),
    ("A loaf now costs 95p in most shops.", "A loaf now costs ninety-five pence in most shops."),
    ("Drivers face a 3p rise in fuel duty.", "Drivers face a three pence rise in fuel duty."),
    ("Stamps went up by 1p on Monday.", "Stamps went up by one penny on Monday."),
    ("The 20p piece will be redesigned.", "The twenty pence piece will be redesigned."),
    ("The dollar bought US61c in Sydney.", "The dollar bought sixty-one US cents in Sydney."),
    ("The kiwi closed at US 58c.", "The kiwi closed at U S fifty-eight cents."),
    ("Petrol rose 1.5c/litre in the capitals.", "Petrol rose one point five cents per litre in the capitals."),
    ("The stock traded between 60c and 65c all week.", "The stock traded between sixty cents and sixty-five cents all week."),
    ("Shares in the miner traded at 27-30c.", "Shares in the miner traded at twenty-seven to thirty cents."),
    ("Bids came in from 60c–65c.", "Bids came in from sixty to sixty-five cents."),
    ("Shares in the lender rose 12p to 1,245p.", "Shares in the lender rose twelve pence to one thousand two hundred forty-five pence."),
    ("Shares in the insurer fell 4p to 240p.", "Shares in the insurer fell four pence to two hundred forty pence."),
    ("On a hot day a cone costs 50c more.", "On a hot day a cone costs fifty cents more."),
    # counter-examples: a video format, a phone's model, a grade, a temperature in capitals
    ("The old console streams at 480p.", "The old console streams at four eighty P."),
    ("A 1,440p monitor sat on the desk.", "A fourteen forty P monitor sat on the desk."),
    ("Temperatures hit highs of 31c on Sunday.", "Temperatures hit highs of thirty-one c on Sunday."),
    ("The 1-2p orbitals overlap.", "The one to two p orbitals overlap."),
    ("The yield of 5c was low in the second trial.", "The yield of five c was low in the second trial."),
    ("The polls close at 6p.m. local time.", "The polls close at six P M local time."),
    ("The camera records 1080p and 4K footage.", "The camera records ten eighty P and four K footage."),
    ("The iPhone 5c was cheaper.", "The iPhone five c was cheaper."),
    ("She reached grade 3c last term.", "She reached grade three c last term."),
    ("Ticket prices are set out in paragraph 4c of the contract.", "Ticket prices are set out in paragraph four c of the contract."),
    ("Hobart reached 27C on Sunday.", "Hobart reached twenty-seven degrees Celsius on Sunday."),
]

SHARED_SCALES = [
    ("The program's cost was set at $300 to $400 million.", "The program's cost was set at three hundred to four hundred million dollars."),
    ("Analysts expect a loss of between $2 and $3 billion.", "Analysts expect a loss of between two and three billion dollars."),
    ("The upgrade will cost $5 to 10 million.", "The upgrade will cost five to ten million dollars."),
    ("The deal is worth £2 or £3bn to the group.", "The deal is worth two or three billion pounds to the group."),
    ("Bids of $600 to $800 million were lodged.", "Bids of six hundred to eight hundred million dollars were lodged."),
    ("The miner lifted spending to A$400 to A$500 million.", "The miner lifted spending to four hundred to five hundred million Australian dollars."),
    ("The fund will raise USD 300 to 400 million this year.", "The fund will raise three hundred to four hundred million US dollars this year."),
    ("Pricier bonds pay $1.25-$1.50 billion a year.", "Pricier bonds pay one point two five to one point five zero billion dollars a year."),
    # counter-examples: a first amount of another size, both scaled, a count after the range
    ("Fees rose from $400 to $5 million in a decade.", "Fees rose from four hundred dollars to five million dollars in a decade."),
    ("Prices ran from $400 to 5 million people's delight.", "Prices ran from four hundred dollars to five million people's delight."),
    ("The charity gave $40 and $5 billion went elsewhere.", "The charity gave forty dollars and five billion dollars went elsewhere."),
    ("Tickets range from $25 to $40 at the door.", "Tickets range from twenty-five dollars to forty dollars at the door."),
    ("A luxury refit runs $500,000 – $1M.", "A luxury refit runs five hundred thousand to one million dollars."),
]

SPACE_RUNS = [
    ("It is a $1.5  billion pipeline.", "It is a one point five billion dollar pipeline."),
    ("Turnout fell 4  per cent.", "Turnout fell four per cent."),
    ("The fire burned 10 \u00a0km of scrub.", "The fire burned ten kilometers of scrub."),
    ("The council spent $3\u00a0million on roads.", "The council spent three million dollars on roads."),
    ("A £200\t million upgrade was approved.", "A two hundred million pound upgrade was approved."),
    ("The bag weighs 3\u202fkg.", "The bag weighs three kilograms."),
    ("The fund lent $  5 million to the club.", "The fund lent five million dollars to the club."),
    ("The centre is 6 ft  2 in tall.", "The centre is six feet two inches tall."),
    ("The bank booked USD  500 million.", "The bank booked five hundred million US dollars."),
    # counter-examples: a run between two numbers (a table's columns) and one space
    ("Sales 2019    2020", "Sales twenty nineteen twenty twenty"),
    ("It is a $1.5 billion pipeline.", "It is a one point five billion dollar pipeline."),
]

LEFTOVERS = [
    ("It was a $100 million-plus deal for the port.", "It was a one hundred million dollar-plus deal for the port."),
    ("The state unveiled a $2 billion-plus budget.", "The state unveiled a two billion dollar-plus budget."),
    ("Rangers caught a 4m-long crocodile near the ramp.", "Rangers caught a four meter-long crocodile near the ramp."),
    ("The blast left a 3m-wide crater.", "The blast left a three meter-wide crater."),
    ("Crews built a 10m-high wall.", "Crews built a ten meter-high wall."),
    ("Ford Motor Co (F.N) and Citigroup (C.N) fell.", "Ford Motor Co, F dot N, and Citigroup, C dot N, fell."),
    ("Royal Bank of Canada (RY.TO) rose.", "Royal Bank of Canada, R Y dot T O, rose."),
    ("The miner (BHP.L, BHP.AX) slipped.", "The miner, B H P dot L, B H P dot A-X, slipped."),
    ("Panasonic (6752.T, PCRFY.PK) gained.", "Panasonic, six seven five two dot T, P C R F Y dot P K, gained."),
    # counter-examples: "-plus" said of the amount, a bare "(U.S)", million before a noun
    ("The bill came to $100 million-plus.", "The bill came to one hundred million dollars-plus."),
    ("It sold 2m copies.", "It sold two million copies."),
]


@pytest.mark.parametrize("text,spoken", COUNTRY_MARKS + CENTS_AND_PENCE + SHARED_SCALES
                         + SPACE_RUNS + LEFTOVERS)
def test_money24(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize("text", ["It is a $1.5  billion pipeline.", "Fell 10 \u00a0km away.",
                                  "Paid $A8,800 for it.", "Rose 27c a share.\tThen 4  %"])
def test_folded_spaces_keep_the_map(text: str) -> None:
    """The folded run still maps to the input: the spans cover it in order, end to end."""
    out = normalize_with_map(text)
    spans = out.as_tuples()
    assert spans[0][2] == 0 and spans[-1][3] == len(text)
    assert all(a[3] == b[2] for a, b in itertools.pairwise(spans))
    assert out.source_of(0, len(out.text)) == (0, len(text))
