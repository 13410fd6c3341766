"""normfix68: a "$" glued to letters (variables, money scales, TeX letters), hashtags glued from
words, and short links (audit 47). Invented sentences; counter-examples must not change."""

import pytest

from narrate.normalize import normalize

CASES = [
    # a "$" glued to a letter is a variable's sign, said by its name (singular), never money
    ("The startup released $rev, its new toolkit.",
     "The startup released dollar rev, its new toolkit."),
    ("Inside a method, $this points to the object.",
     "Inside a method, dollar this points to the object."),
    ("The form data lands in $_POST on the server.",
     "The form data lands in dollar post on the server."),
    ("Her script stored the total in $sum before printing.",
     "Her script stored the total in dollar sum before printing."),
    ("Set $user_id first.", "Set dollar user id first."),
    ("Add the folder to $PATH and restart.", "Add the folder to dollar path and restart."),
    ("Call $.ajax with the address.", "Call dollar.ajax with the address."),
    ("The $Symbol constructor returns a new value.",
     "The dollar Symbol constructor returns a new value."),
    # TeX's inline mathematics: the letter alone
    ("Let $x$ be the number of riders.", "Let x be the number of riders."),
    # a currency sign on a money scale with no amount is the unit
    ("Operating profit ($m) rose in every quarter.",
     "Operating profit, millions of dollars, rose in every quarter."),
    ("All figures are in US$m unless stated.",
     "All figures are in millions of US dollars unless stated."),
    ("Net debt (£bn) fell last year.", "Net debt, billions of pounds, fell last year."),
    ("Investors poured $billions into the sector.",
     "Investors poured billions of dollars into the sector."),
    # counter-examples: amounts, currency names, cashtags and the letter-S pun keep their reading
    ("The city paid $5 for each permit.", "The city paid five dollars for each permit."),
    ("It raised $5bn in bonds.", "It raised five billion dollars in bonds."),
    ("The fund holds US$5 in cash.", "The fund holds five US dollars in cash."),
    ("a $1.2-trillion plan", "a one point two trillion dollar plan"),
    ("Tickets cost C$3 each.", "Tickets cost three Canadian dollars each."),
    ("Traders piled into $TSLA on Monday.", "Traders piled into dollar T S L A- on Monday."),
    ("Win big in the Ca$h Quiz.", "Win big in the Cash Quiz."),
    ("Prices are in S$ this year.", "Prices are in Singapore dollars this year."),
    # a short link is named as one: its host ("reut dot R S", "bit dot ly") tells nothing
    ("The full report is at bit.ly/3kQx9Zt for subscribers.",
     "The full report is at a short link for subscribers."),
    ("Details: nyti.ms/2aBcDeF.", "Details: a short link."),
    ("She posted it at https://t.co/xYz123 within minutes.",
     "She posted it at a short link within minutes."),
    ("The video (youtu.be/Q1w2E3r4T5y) spread fast.", "The video, a short link, spread fast."),
    # counter-examples: a shortener named as a company, a site with a word path, a long link
    ("Bitly runs bit.ly from New York.", "Bitly runs bit dot ly from New York."),
    ("Read more at bbc.co.uk/news today.", "Read more at bbc dot co dot uk slash news today."),
    ("The filing is at example.com/files/a1b2c3.", "The filing is at a link to example dot com."),
    # a hashtag glued from words is said as its words; initialisms spelled
    ("Fans followed the picks under #nfldraft all night.",
     "Fans followed the picks under hashtag N F L draft all night."),
    ("Viewers shared clips with #icebucketchallenge.",
     "Viewers shared clips with hashtag ice bucket challenge."),
    ("The campaign trended as #bringbackourgirls.",
     "The campaign trended as hashtag bring back our girls."),
    ("Use #NBAFinals for questions.", "Use hashtag N B A- Finals for questions."),
    ("Fans wrote #tvshow under the clip.", "Fans wrote hashtag T V show under the clip."),
    ("Spectators posted #photooftheday shots.",
     "Spectators posted hashtag photo of the day shots."),
    # counter-examples: a word hashtag (inflected too), an unknown run, a number, a name in
    # camel case (not "car row"), camel case as before
    ("Players vented under #timeouts on Sunday.",
     "Players vented under hashtag timeouts on Sunday."),
    ("Clips spread as #retweeting picked up.", "Clips spread as hashtag retweeting picked up."),
    ("Supporters used #CarrowRising all week.", "Supporters used hashtag Carrow Rising all week."),
    ("She posts under #travel every week.", "She posts under hashtag travel every week."),
    ("Old photos go up with #tbt on Thursdays.", "Old photos go up with hashtag tbt on Thursdays."),
    ("He finished #1 in the poll.", "He finished number one in the poll."),
    ("Marchers carried #BlackLivesMatter signs.",
     "Marchers carried hashtag Black Lives Matter signs."),
    ("The #MeToo movement grew.", "The hashtag Me Too movement grew."),
    # camel case glued in prose is left: eSpeak NG splits it at the capitals itself and spells
    # the initialism (checked: "microUSB" m'aIkroU j,u:,Esb'i:, "AndroidCentral" 'andrOId
    # s'Entr@L), while "MicroSD" keeps the capitals rule's reading
    ("Charge it over microUSB at night.", "Charge it over microUSB at night."),
    ("Readers of AndroidCentral noticed first.", "Readers of AndroidCentral noticed first."),
    ("It takes a MicroSD card.", "It takes a Micro S D card."),
]


@pytest.mark.parametrize(("text", "spoken"), CASES)
def test_normfix68(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
