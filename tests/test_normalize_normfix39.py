# ruff: noqa: E501  (each sentence and its reading stay on one line)
"""Issue 12, audit 43 (normfix39): numbers, units, abbreviations and sentence ends.

Sentences are invented in the shape of news copy (names made up); the expected text is what the
engine should be given. Lines marked "counter-example" must not change with the fix.
"""

from __future__ import annotations

import pytest

from narrate.normalize import normalize

# service and phone numbers dialled digit by digit, by their context
SERVICE_NUMBERS = [
    ('If the fever persists, call NHS 111 for advice.',
     'If the fever persists, call N H S one one one for advice.'),
    ('Parents can ring NHS 111 at any hour, day or night.',
     'Parents can ring N H S one one one at any hour, day or night.'),
    ('In parts of the county where 111 is not yet running, call NHS 111 online instead.',
     'In parts of the county where one one one is not yet running, call N H S one one one online instead.'),
    ('In an emergency, call 999 straight away.',
     'In an emergency, call nine nine nine straight away.'),
    ('Holidaymakers should dial 112 anywhere in the EU.',
     'Holidaymakers should dial one one two anywhere in the E U.'),
    ('Text relay users can dial 18001 0800 555 0123 to reach the helpline.',
     'Text relay users can dial one eight zero zero one, zero eight zero zero, five five five, zero one two three to reach the helpline.'),
    ('Text SHOUT to 85258 to talk to a volunteer.',
     'Text shout to eight five two five eight to talk to a volunteer.'),
    ('To report a theft, call 101 or use the online form; dial 101 or 999.',
     'To report a theft, call one oh one or use the online form; dial one oh one or nine nine nine.'),
    # counter-example
    ('The ward has 111 beds and a waiting list of 999 patients.',
     'The ward has one hundred eleven beds and a waiting list of nine hundred ninety-nine patients.'),
    # counter-example
    ('The club scored 112 points against the visitors.',
     'The club scored one hundred twelve points against the visitors.'),
    # counter-example
    ('About 111 people attended the vigil.',
     'About one hundred eleven people attended the vigil.'),
    # counter-example
    ('Organisers said 18001 runners finished the race.',
     'Organisers said eighteen thousand one runners finished the race.'),
    # counter-example
    ('Call NHS 111 first. The ward later sold 111 beds to the trust.',
     'Call N H S one one one first. The ward later sold one hundred eleven beds to the trust.'),
]

# a model number's plural or possessive after a model code or maker
MODEL_PLURALS = [
    ('Retailers sold out of RTX 3080s within minutes.',
     'Retailers sold out of R T X thirty eighties within minutes.'),
    ('Stock of RTX 3070s repeated the pattern a week later.',
     'Stock of R T X thirty seventies repeated the pattern a week later.'),
    ('Demand surged beyond the RTX 3070’s launch window.',
     "Demand surged beyond the R T X thirty seventy's launch window."),
    ('The shop builds rigs with two GTX 1080s and an older RX 580.',
     'The shop builds rigs with two G T X ten eighties and an older R X five eighty.'),
    ("The carrier ordered 40 Boeing 737s and retired its Boeing 757's oldest frames.",
     "The carrier ordered forty Boeing seven thirty-sevens and retired its Boeing seven fifty-seven's oldest frames."),
    ('Airlines parked Boeing 787s and 777s; RTX 3080s, 3070s or 3060s stayed scarce.',
     'Airlines parked Boeing seven eighty-sevens and seven seventy-sevens; R T X thirty eighties, thirty seventies or thirty sixties stayed scarce.'),
    ('Thieves took two iPhone 15s and a PlayStation 5’s controller.',
     "Thieves took two iPhone fifteens and a PlayStation five's controller."),
    # (normfix48: the singular is said as its plural is, "five eighty")
    ('The RX 580 still sells well.',
     'The R X five eighty still sells well.'),
    # counter-example
    ('Sprint hard, then rest 15s.',
     'Sprint hard, then rest fifteen seconds.'),
]

# "101" naming an introduction after a hyphened name
COURSE_101 = [
    ("Readers can check out the bakery's guide to Cake-Making 101.",
     "Readers can check out the bakery's guide to Cake-Making one oh one."),
    ('The library runs a Bread-Baking 101 class every Saturday.',
     'The library runs a Bread-Baking one oh one class every Saturday.'),
    # counter-example
    ('The Post-War 101 veterans marched through the town.',
     'The Post-War one hundred one veterans marched through the town.'),
]

# plural and British titles; Right Honourable; Honorary
TITLES = [
    ('The prime minister, Dr the Rt. Hon. Keith Marlow, opened the session.',
     'The prime minister, Doctor the Right Honourable Keith Marlow, opened the session.'),
    ('The Rt Hon Anna Petrie spoke after lunch.',
     'The Right Honourable Anna Petrie spoke after lunch.'),
    ('Drs. Alvarez, Chen and Okafor reported grants from the foundation.',
     'Doctors Alvarez, Chen and Okafor reported grants from the foundation.'),
    ('Profs. Lee and Park wrote to Messrs. Brown and Green about the Revd. Jane Holt.',
     'Professors Lee and Park wrote to Messers Brown and Green about the Reverend Jane Holt.'),
    ('The Hon. Secretary of the rowing club resigned.',
     'The Honorary Secretary of the rowing club resigned.'),
    ('Sr. Mary Agnes ran the school, and Msgr. Lopez and the Revd Canon Holt blessed it.',
     'Sister Mary Agnes ran the school, and Monsignor Lopez and the Reverend Canon Holt blessed it.'),
    ('Our Sr. Director of Sales left in May.',
     'Our Senior Director of Sales left in May.'),
    # counter-example
    ("Foxconn's parent Hon Hai Precision reported higher sales.",
     "Foxconn's parent Hon Hai Precision reported higher sales."),
    # counter-example
    ('Martin Luther King Jr. spoke first. Rev. Al Sharpton followed.',
     'Martin Luther King Junior spoke first. Reverend Al Sharpton followed.'),
    # counter-example
    ('The founder was Sammy Dale Sr. Mary, his wife, ran the shop.',
     'The founder was Sammy Dale Senior. Mary, his wife, ran the shop.'),
]

# regnal and event numerals, a letter or an author's initial or a pronoun before a stop
SENTENCE_ENDS = [
    ('The prayer book once belonged to King Francois I. Between 2000 and 2013 it was restored.',
     'The prayer book once belonged to King Francois the First. Between two thousand and twenty thirteen it was restored.'),
    ('The gallery holds the armour of Emperor Maximilian I. Visitors queue for hours.',
     'The gallery holds the armour of Emperor Maximilian the First. Visitors queue for hours.'),
    ('The attribute C.x is independent of A. Thus the lookup falls back to the class.',
     'The attribute C.x is independent of A. Thus the lookup falls back to the class.'),
    ('Imbens GW and Lemieux T. Regression discontinuity designs: a guide. J Econom. 2008;142:615-35.',
     'Imbens G W and Lemieux T. Regression discontinuity designs: a guide. J Econom. Two thousand eight; volume one hundred forty-two, pages six hundred fifteen to six hundred thirty-five.'),
    ("I think I helped change that… There's a much bigger picture now.",
     "I think I helped change that. There's a much bigger picture now."),
    ('Super Bowl LX will be played in Santa Clara. Super Bowl L was in 2016.',
     'Super Bowl Sixty will be played in Santa Clara. Super Bowl Fifty was in twenty sixteen.'),
    ('Fans queued for WrestleMania XL tickets.',
     'Fans queued for WrestleMania Forty tickets.'),
    # counter-example
    ("The books of J. R. R. Tolkien and Harry S. Truman's letters were on display.",
     "The books of J R R Tolkien and Harry S Truman's letters were on display."),
    # counter-example
    ('We went to … Paris and then on to … Lyon.',
     'We went to, Paris and then on to, Lyon.'),
    # counter-example
    ("One of those… Diana's oldest friends called.",
     "One of those, Diana's oldest friends called."),
]

# an author's initials after the surname in a reference list are spelled
AUTHOR_INITIALS = [
    ('Halloran ME, Longini IM Jr and Basta NE. Vaccine trials in outbreaks. Lancet 2011;3:12.',
     'Halloran M E, Longini I M Junior and Basta N E. Vaccine trials in outbreaks. Lancet twenty eleven; volume three, twelve.'),
    ('Smith AM, Lee IT, Patel AS, Khan OR. Screening in clinics. BMJ 2019;6:44.',
     'Smith A-M, Lee I T, Patel A-S, Khan O R. Screening in clinics. B M J twenty nineteen; volume six, forty-four.'),
    ('Lee IT et al. Screening in rural clinics. BMJ 2020;4:21.',
     'Lee I T et al. Screening in rural clinics. B M J twenty twenty; volume four, twenty-one.'),
    # counter-example
    ('Please call ME, Anna said.',
     'Please call me, Anna said.'),
]

# binary byte multiples, spaced exponents of a year, a spaced CO2 equivalent
UNITS = [
    ('Memory use fell from 5GiB to 50MiB after the fix.',
     'Memory use fell from five gibibytes to fifty mebibytes after the fix.'),
    ('The image needs a 2 TiB disk, 512 KiB of cache and 1 GiB of swap.',
     'The image needs a two tebibyte disk, five hundred twelve kibibytes of cache and one gibibyte of swap.'),
    ('Emissions must fall to 52–58 GtCO 2 eq by 2030, and 10 MtCO 2 e of it from coal.',
     'Emissions must fall to fifty-two to fifty-eight gigatonnes of C O two equivalent by twenty thirty, and ten megatonnes of C O two equivalent of it from coal.'),
    ('Forests hold 5 Gt of carbon, soils 2.9 Pg and wetlands 3 Tg of methane.',
     'Forests hold five gigatonnes of carbon, soils two point nine petagrams and wetlands three teragrams of methane.'),
    ('Soils lost 4 kg ha−1 yr −1 and forests 9 kg yr-1 over the decade.',
     'Soils lost four kilograms per hectare per year and forests nine kilograms per year over the decade.'),
    # counter-example
    ('The 5 yr-old tree survived the winter.',
     'The five year-old tree survived the winter.'),
]

# round tens in seconds, 1:00 hrs, K-12 grades, identifiers after a label
LEFTOVERS = [
    ('Rest 10s between each set, then hold the plank for 30s.',
     'Rest ten seconds between each set, then hold the plank for thirty seconds.'),
    ('Do 30s on, 10s off for eight rounds.',
     'Do thirty seconds on, ten seconds off for eight rounds.'),
    ('The workshop takes 1:00 hrs, the tour 2:00 hrs.',
     'The workshop takes one hour, the tour two hours.'),
    ('The grant reached 40 K-12 schools and 12 K-8 academies.',
     'The grant reached forty K through twelve schools and twelve K through eight academies.'),
    ('The study was funded by Hatch project 233535 and grant number 4451207.',
     'The study was funded by Hatch project two three three five three five and grant number four four five one two zero seven.'),
    ('See BMJ Open 2016;6:e011092 for the protocol.',
     'See B M J Open twenty sixteen; volume six, e zero one one zero nine two for the protocol.'),
    # counter-example
    ('Prices soared in the 1990s; renters in their 20s each paid more.',
     'Prices soared in the nineteen nineties; renters in their twenties each paid more.'),
    # counter-example
    ('The trial enrolled 233535 people across the region.',
     'The trial enrolled two hundred thirty-three thousand five hundred thirty-five people across the region.'),
    # counter-example
    ('Circulation 2016;134:e38–43 reported the same effect.',
     'Circulation twenty sixteen; volume one hundred thirty-four, e thirty-eight to forty-three reported the same effect.'),
]


@pytest.mark.parametrize(
    ("text", "spoken"),
    SERVICE_NUMBERS + MODEL_PLURALS + COURSE_101 + TITLES + SENTENCE_ENDS + AUTHOR_INITIALS + UNITS + LEFTOVERS,
)
def test_reading(text: str, spoken: str) -> None:
    assert normalize(text) == spoken
