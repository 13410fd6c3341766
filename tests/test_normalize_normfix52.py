"""Issue 12, numbers with suffixes: plural numbers not seconds, "49ers", abbreviated years
('08), clipped words after a number ("1.5mn", "2 wks", "6 mos."), a count slash a price."""
import pytest

from narrate.normalize import normalize


@pytest.mark.parametrize(("text", "spoken"), [
    # news-wire and clipped spellings after a number
    ("The flood displaced 1.5mn people across the delta.",
     "The flood displaced one point five million people across the delta."),
    ("Output fell to 3.2 mln barrels a day.",
     "Output fell to three point two million barrels a day."),
    ("The club paid €4.5mn for the winger.",
     "The club paid four point five million euros for the winger."),
    ("Repairs will take 2 wks, officials said.", "Repairs will take two weeks, officials said."),
    ("She signed a 3 wk contract.", "She signed a three week contract."),
    ("The bridge reopened 6 mos. later.", "The bridge reopened six months later."),
    ("He was jailed for 2 yrs in 2019.", "He was jailed for two years in twenty nineteen."),
    ("a 5 hr flight and 10 mins to spare", "a five hour flight and ten minutes to spare"),
    ("The bank lost $4.2 bn and Rs 3.1 mn.",
     "The bank lost four point two billion dollars and three point one million rupees."),
    ("Prices rose 3 mths later.", "Prices rose three months later."),
    ("He took a 2-hr flight and a 5-min walk.",
     "He took a two-hour flight and a five-minute walk."),
    ("The 6-mo. study and a 3-yr deal", "The six-month study and a three-year deal"),
    # a spaced unit hyphened to a word is one compound adjective, its unit singular
    ("A 3 hr-long delay angered travellers.", "A three hour-long delay angered travellers."),
    ("The 5 yr-old tree survived.", "The five year-old tree survived."),
    ("They paved a 10 km-long road.", "They paved a ten kilometer-long road."),
    # counter-examples: the letters alone are not clipped words
    ("The mo. of May", "The mo. of May"),
    ("Mn is the symbol for manganese.", "Mn is the symbol for manganese."),
])
def test_clipped_words_after_a_number(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    ("Buy 2 for $5, or 3/$7 at the corner shop.",
     "Buy two for five dollars, or three for seven dollars at the corner shop."),
    ("Yogurt cups are 10/$10 this week.", "Yogurt cups are ten for ten dollars this week."),
    ("Avocados were 4/$1 in the flyer.", "Avocados were four for one dollar in the flyer."),
    ("Cans of soup sell at 12/£10.", "Cans of soup sell at twelve for ten pounds."),
    # counter-examples: a fraction, a score, a price with no count
    ("About 3/4 of voters agreed.", "About three quarters of voters agreed."),
    ("Critics rated it 5/5.", "Critics rated it five out of five."),
])
def test_a_count_slash_a_price_is_a_deal(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    ("The 49ers won in overtime.", "The forty-niners won in overtime."),
    ("Angry 76ers fans booed the referee.", "Angry seventy-sixers fans booed the referee."),
    ("The 49ers' coach was fined.", "The forty-niners' coach was fined."),
    ("Rents squeeze 20-somethings and 30somethings alike.",
     "Rents squeeze twenty-somethings and thirty-somethings alike."),
    ("A 40something banker bought the house.", "A forty-something banker bought the house."),
    ("A 49er fan paid a 5er for parking.", "A forty-niner fan paid a fiver for parking."),
    ("A 30something's guide to renting.", "A thirty-something's guide to renting."),
    # counter-examples: a number and a separate word, a plain count
    ("The 40-niners met in Sacramento.", "The forty-niners met in Sacramento."),
    ("She interviewed 49 voters.", "She interviewed forty-nine voters."),
])
def test_a_number_made_a_word_by_a_suffix(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    ("The club has not won the league since '08.",
     "The club has not won the league since oh eight."),
    ("Prices last peaked in ’05, traders said.", "Prices last peaked in oh five, traders said."),
    ("Sales have doubled since ‘08.", "Sales have doubled since oh eight."),
    ("The class of ’99 met again.", "The class of ninety-nine met again."),
    ("Turnout in '16 was low.", "Turnout in sixteen was low."),
    ("The '08-'09 season ended early.", "The oh eight to oh nine season ended early."),
    ("The ’08/09 campaign was his best.", "The oh eight to oh nine campaign was his best."),
    ("It was '08's biggest merger.", "It was oh eight's biggest merger."),
    ("The 2008-'09 season was his last.", "The two thousand eight to oh nine season was his last."),
    ("Results for Q3'24 beat forecasts.", "Results for Q three twenty-four beat forecasts."),
    # counter-examples: decades, quoted digits, feet
    ("Music from the '90s and ’80s filled the hall.",
     "Music from the nineties and eighties filled the hall."),
    ("Press the '5' key to continue.", "Press the 'five' key to continue."),
    ("The '10' button is stuck.", "The 'ten' button is stuck."),
    ("Use a 50’ cord outdoors.", "Use a fifty foot cord outdoors."),
])
def test_an_abbreviated_year(text: str, spoken: str) -> None:
    assert normalize(text) == spoken


@pytest.mark.parametrize(("text", "spoken"), [
    # a round hundred or thousand made plural
    ("Staff made 100s of calls and sent 1000s of emails.",
     "Staff made hundreds of calls and sent thousands of emails."),
    ("Tens of 1,000s marched on the capital.", "Tens of thousands marched on the capital."),
    ("The storm left 100,000s of homes dark.",
     "The storm left hundreds of thousands of homes dark."),
    ("Bids came in the 1,000s.", "Bids came in the thousands."),
    ("Bids settled in the low 5,000s.", "Bids settled in the low five thousands."),
    ("Lawyers billed $1000s for the appeal.",
     "Lawyers billed thousands of dollars for the appeal."),
    ("The fraud cost $100s of millions.", "The fraud cost hundreds of millions of dollars."),
    ("Repairs ran to £10,000s.", "Repairs ran to tens of thousands of pounds."),
    # whole numbers with "s" in a list are the numbers, counted
    ("The judges gave her 10s, 9s and 8s.", "The judges gave her tens, nines and eights."),
    ("He kept rolling 9s and 8s at the table.", "He kept rolling nines and eights at the table."),
    ("She drew 3s, 5s, and 7s.", "She drew threes, fives, and sevens."),
    ("The board was all at 6s and 7s.", "The board was all at sixes and sevens."),
    # a round ten in a list of times, or within a time, is seconds; in a list of decades not
    ("Rest 10s and 20s between sets.", "Rest ten seconds and twenty seconds between sets."),
    ("The laps took 45s, 50s and 52s.",
     "The laps took forty-five seconds, fifty seconds and fifty-two seconds."),
    ("They scored within 30s of kick-off.", "They scored within thirty seconds of kick-off."),
    ("Voters in their 50s, 60s and 70s turned out.",
     "Voters in their fifties, sixties and seventies turned out."),
    ("Hits of the 60s, 70s and 80s played.", "Hits of the sixties, seventies and eighties played."),
    # minutes beside seconds or hours
    ("He set a lap of 1m 32s in qualifying.",
     "He set a lap of one minute thirty-two seconds in qualifying."),
    ("The stage took 2m 30s longer.", "The stage took two minutes thirty seconds longer."),
    ("The flight lasted 1h 20m.", "The flight lasted one hour twenty minutes."),
    # counter-examples: measured times stay seconds, meters stay meters
    ("Bolt ran 9.58s in Berlin.", "Bolt ran nine point five eight seconds in Berlin."),
    ("He finished in 12s flat.", "He finished in twelve seconds flat."),
    ("The sprinter ran 100s in training.", "The sprinter ran one hundred seconds in training."),
    ("Pause for 2s or 3s between reps.", "Pause for two seconds or three seconds between reps."),
    ("It took 45s, 46s and 44s.",
     "It took forty-five seconds, forty-six seconds and forty-four seconds."),
    ("The 100m final starts soon.", "The one hundred meter final starts soon."),
    ("She won the 400m in 49s.", "She won the four hundred meters in forty-nine seconds."),
])
def test_plural_numbers_are_not_seconds(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
