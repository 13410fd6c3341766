"""Money: amounts with a currency symbol or code, scales ("$4.5bn"), ranges ("$125-$150"), and
"dollar" or "dollars" depending on whether the amount describes a noun ("a $2 cookie").

Part of the speech normalizer (:mod:`narrate.normalize`): the tables for this class of
tokens, and the rule handlers, as a mixin of the normalizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .dates import _WEEKDAY_NAMES, MONTHS, WEEKDAYS
from .spoken import _NUM, _is_one, cardinal, decimal

#: Currency symbols (longest first in the pattern): (singular, plural, minor sg, minor pl).
CURRENCY_SYMBOLS: dict[str, tuple[str, str, str | None, str | None]] = {
    "US$": ("US dollar", "US dollars", "cent", "cents"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "NZ$": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
    "HK$": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
    "S$": ("Singapore dollar", "Singapore dollars", "cent", "cents"),
    "NT$": ("New Taiwan dollar", "New Taiwan dollars", "cent", "cents"),
    "R$": ("Brazilian real", "Brazilian reais", "centavo", "centavos"),
    "AU$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "CA$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "Can$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    # the country's mark after the sign, as Australian and New Zealand papers and the wires
    # write a foreign or their own dollar ("$A8,800", "$US5 million", "$NZ40m"); read as the
    # sign alone it was "dollar A eight, eight hundred"
    "$A": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "$US": ("US dollar", "US dollars", "cent", "cents"),
    "$NZ": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
    "$HK": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
    "¢": ("cent", "cents", None, None),
    "$": ("dollar", "dollars", "cent", "cents"),
    "€": ("euro", "euros", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "¥": ("yen", "yen", None, None),
    "₴": ("hryvnia", "hryvnias", "kopiyka", "kopiykas"),
    "₽": ("ruble", "rubles", "kopeck", "kopecks"),
    "₹": ("rupee", "rupees", "paisa", "paise"),
    # "Rs 42,900", "Rs. 500", "Rs.1.2 lakh": the rupee's abbreviation in South Asian copy,
    # before an amount only (the rule needs a number after it)
    "Rs.": ("rupee", "rupees", "paisa", "paise"), "Rs": ("rupee", "rupees", "paisa", "paise"),
    "₨": ("rupee", "rupees", "paisa", "paise"),
    "₩": ("won", "won", None, None),
    "₪": ("shekel", "shekels", "agora", "agorot"),
    "₺": ("lira", "lira", "kurus", "kurus"),
    "zł": ("zloty", "zlotys", "grosz", "groszy"),
    "Fr.": ("franc", "francs", "centime", "centimes"),
}


#: Currency codes said like their symbol ("USD" as "US$"): one entry, so the two cannot drift.
_CODE_AS_SYMBOL = {
    "USD": "US$", "EUR": "€", "GBP": "£", "UAH": "₴", "JPY": "¥", "RUB": "₽", "CAD": "C$",
    "AUD": "A$", "INR": "₹", "PLN": "zł", "ILS": "₪", "NZD": "NZ$", "HKD": "HK$", "SGD": "S$",
    "BRL": "R$",
}
CURRENCY_CODES: dict[str, tuple[str, str, str | None, str | None]] = {
    "CNY": ("yuan", "yuan", None, None),
    "RMB": ("yuan", "yuan", None, None),
    "CHF": ("Swiss franc", "Swiss francs", "centime", "centimes"),
    "SEK": ("Swedish krona", "Swedish kronor", None, None),
    "NOK": ("Norwegian krone", "Norwegian kroner", None, None),
    "DKK": ("Danish krone", "Danish kroner", None, None),
    "TRY": ("lira", "lira", None, None),
    "BTC": ("bitcoin", "bitcoin", None, None),
    "MXN": ("Mexican peso", "Mexican pesos", "centavo", "centavos"),
    "ZAR": ("rand", "rand", "cent", "cents"),
    **{code: CURRENCY_SYMBOLS[sym] for code, sym in _CODE_AS_SYMBOL.items()},
}


_SYM_RE = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))


_CODE_RE = "|".join(sorted(CURRENCY_CODES))


_SCALES = {
    "thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
    "m": "million", "mn": "million", "mln": "million", "bn": "billion", "b": "billion",
    "tn": "trillion", "k": "thousand", "K": "thousand", "M": "million", "B": "billion",
    "T": "trillion",
    # title case, in headlines: "a $2 Billion Deal"
    "Thousand": "thousand", "Million": "million", "Billion": "billion", "Trillion": "trillion",
    "lakh": "lakh", "lakhs": "lakh", "Lakh": "lakh", "Lakhs": "lakh",
    "crore": "crore", "crores": "crore", "Crore": "crore", "Crores": "crore",
}


_SCALE_RE = (
    # "₹5 lakh", "Rs 1,200 crore": the Indian scales (a hundred thousand, ten million)
    r"(?:[\s-]?(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Ll]akhs?|[Cc]rores?)"
    # "$4.2 bn", "Rs 3.1 mn": the news-wire scales may stand apart; the single letters not
    r"|(?:[ \t]?(?:mn|mln|bn|tn)|m|b|k|K|M|B|T))"
    r"(?![\w])"
)


#: A token of a name or product code after an amount: "USB-C", "Logitech's", "eGift", "72W",
#: a version ("Wyze Cam v4"), and a bare number inside the name ("MX Master 3"), see
#: ``_name_run``.
_NAME_TOKEN = re.compile(r"(?:[A-Z][A-Za-z0-9'’&+-]{0,30}|[a-z]{1,2}[A-Z][A-Za-z0-9'’-]{0,30}"
                         r"|\d[\w.-]{0,12}[A-Za-z][\w-]{0,12}|[a-z]\d{1,3})\Z")
_BARE_NUMBER = re.compile(r"\d{1,4}\Z")
#: An acronym or code inside a name ("USB-C", "PD", "LPDDR5x", "GaN", "eGift").
_CODE_TOKEN = re.compile(r"[A-Z]{2}|\d|[a-z][A-Z]")
#: Measures after a bare number: "30 min" in a run of names is a table's next cell.
_MEASURE_AFTER_NUMBER = {
    "min", "mins", "sec", "secs", "hr", "hrs", "h", "km", "mi", "m", "lb", "lbs", "oz", "ft", "in",
    "g", "kg", "mm", "cm", "foot", "feet", "mile", "miles", "minute", "minutes", "second",
    "seconds", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "percent", "%", "x", "times", "pounds", "kilometers", "meters", "inches"}
_LOWER_WORD = re.compile(r"[a-z][a-z'-]*\Z")
_RUN_END = ",.;:!?)]\"”"
#: Capitalized words that are dates or the pronoun, not part of a name after an amount
#: ("paid $99 Friday", "in 10 minutes I was there").
_NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | _WEEKDAY_NAMES | {"I", "I'm", "I’m",
                                                                          "Today", "Tonight"}
#: Prepositions after which an amount followed by a name is their object ("in 10 minutes
#: Police arrived", "for $20 Freshbooks adds"), not a modifier of the name.
_NAME_RUN_PREPOSITIONS = {"in", "within", "after", "for", "during", "until", "before", "since"}
#: Verbs in -s that follow a name as its verb ("$20 Freshbooks allows"), not a plural noun.
_S_VERBS = frozenset("""
allows lets offers includes gives makes takes costs gets adds brings comes goes provides requires
needs means runs keeps helps sells buys pays saves uses works supports charges sends shows
wants seems looks feels becomes remains stays starts ends plans expects hopes announces
launches releases says claims reports estimates""".split())
#: A currency sign before an amount, with a country's mark before or after a dollar sign
#: ("US$", "$A"), for the words before an amount.
_SIGN_BEFORE = r"(?:[A-Z]{1,2}\$|\$[A-Z]{1,2}|Can\$|[$€£¥₴₽₹₩₪₺])?"
_WORD_BEFORE_AMOUNT = re.compile(
    # past a currency's word standing for the sign ("over pounds 300 stolen": "over")
    r"([A-Za-z]+)[ \t]*(?:(?:dollars|pounds|euros|yen|rupees)[ \t]+)?" + _SIGN_BEFORE
    + r"[ \t]*[\d.,]*[ \t]*(?:(?:[a-zA-Z]+|[°º][CF]?)[ \t]*)?\Z")
#: Prepositions after which an amount is their object, not an adjective ("under $500").
_OBJECT_PREPOSITIONS = {"under", "over", "below", "above", "than", "from", "between", "within",
                        "beyond", "around", "about", "nearly", "almost", "roughly", "exceeding"}
#: Words before an amount that make a following -ing word its noun ("a $20 parking fee").
_DETERMINERS = {"a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "your", "my"}
_NEXT_WORD = re.compile(r"[ \t]+[\"“‘]?([a-z][a-z'-]*)")  # past an opening quote
_NEXT_WORD_OR_HYPHEN = re.compile(r"(?:[ \t]+|-)([a-z]+)")


#: Words after an amount that show it is not an adjective ("$5 million in aid", "$5 was").
_NOT_A_NOUN = frozenset("""
a an the of in on at to for from by with and or but nor was were is are be been being has have
had will would could should may might must can per each this that these those last next over
under more less than after before since into onto as so if when while because which who whom
it its he she they we you i his her their our my your said says say a-year a-month apiece p pa
annually each every upfront up down off out back again already also only just still too even
yet then there here now plus minus about around nearly almost roughly some all both
toward towards through across against within without via despite including excluding among
between during following until unless above below beyond versus vs respectively initially
yesterday today tomorrow tonight ago earlier later recently overall total combined cash net
gross instead altogether alone outright worth less apiece monthly weekly daily yearly not
cheaper higher lower more better worse richer poorer larger smaller bigger greater costlier
pricier short shy off extra too due owed depending according starting beginning ranging
totaling totalling compared times well ill enough away far much very quite abroad elsewhere
along alongside beside near amid inside outside throughout upon beneath underneath behind past
thanks ahead prior whereas where whose whilst although though whether unlike together twice
once alike apart aside besides regardless irrespective pursuant goes went came does did seems
""".split())


#: Nouns and adjectives that head a preposition of two words after an amount ("$3 million
#: courtesy of the state", "$5 million subject to approval"): the amount is a noun, "dollars".
_PREPOSITION_HEAD = re.compile(r"[ \t]+(?:courtesy[ \t]+of|subject[ \t]+to|close[ \t]+to"
                               r"|equal[ \t]+to|similar[ \t]+to|relative[ \t]+to"
                               # bbcmoney3: a fare "one way" is a rate, not a noun ("from £6 to
                               # £10 one way"); "a £10 one way ticket" still describes the ticket
                               r"|one[ \t]+way(?![ \t]+(?:tickets?|fares?|trips?|journeys?"
                               r"|flights?|tolls?)\b))\b")


#: Adjectives that follow an amount to qualify it ("$19,000 pretax", "$500 upfront", "$40
#: total", "$99 retail"), or stand between it and the noun it describes ("a $50,000 pretax
#: salary"): the amount is a noun unless a noun comes after them.
_POSTMODIFIERS = frozenset("""
pretax pre-tax aftertax after-tax posttax post-tax tax-free upfront up-front total max
maximum minimum retail wholesale
""".split())
#: Words that are adverbs after an amount ("$286m worldwide", "$40m overseas", "paid $20
#: monthly") and adjectives before a noun ("a $5m worldwide campaign", "a $20 monthly fee"):
#: like _POSTMODIFIERS, the amount is a noun unless a noun comes after them. Words in "-wide"
#: ("nationwide", "statewide", "companywide") are of this kind too (see _adverb_or_modifier).
_ADVERB_OR_MODIFIER = frozenset("""
overseas offshore onshore stateside monthly weekly daily yearly hourly nightly quarterly
biweekly bimonthly semiannually
""".split())


def _adverb_or_modifier(word: str) -> bool:
    """Is a word after an amount an adverb said of it unless a noun follows (see
    _ADVERB_OR_MODIFIER)? "-wide" words count: "worldwide", "nationwide", "industrywide"."""
    return word in _ADVERB_OR_MODIFIER or (len(word) > 6 and word.endswith("wide"))


#: Up to three words before an amount ("a nearly $2 billion", "the firm's $40 million").
_WORDS_BEFORE_AMOUNT = re.compile(
    r"((?:[A-Za-z'’]+[ \t]+){1,3})" + _SIGN_BEFORE + r"[ \t]*[\d.,]+[ \t]*(?:[a-zA-Z]+[ \t]*)?\Z")
#: Words of approximation between a determiner and an amount ("a nearly $2 billion deal").
_APPROXIMATIONS = frozenset({"nearly", "almost", "roughly", "about", "around", "approximately"})
#: Words that praise or size an amount after a determiner ("a whopping $3 billion").
_AMOUNT_EPITHETS = frozenset({"whopping", "record", "staggering", "hefty", "additional",
                              "further", "mere", "modest", "massive", "total", "original",
                              "initial", "annual", "current", "latest", "final", "new",
                              "proposed", "first", "full", "average", "eventual"})
_POSSESSIVE = re.compile(r"\w['’]s?\Z")
#: The second amount of a range written out with "to" ("$5 million to $10 million range").
_TO_AMOUNT = re.compile(r"[ \t]+to[ \t]+(?:" + _SYM_RE + r")[ \t]?" + _NUM
                        + r"(?:" + _SCALE_RE + r")?(?![\w.,]\d)")


#: The second amount of a range with a scale word after "to", "and" or "or" ("$400 to $500
#: million", "between $4 and $5 billion"), see MoneyRules._shares_scale.
_SCALED_NEXT = re.compile(r"[ \t]+(?P<sj>to|and|or)[ \t]+(?:" + _SYM_RE + r")[ \t]?(?P<sn>" + _NUM
                          + r")" + _SCALE_RE)


def _scale_shared(first: str, second: str) -> bool:
    """May ``first`` (no scale written) take the scale of ``second`` in a range: is it smaller
    and at least a hundredth of it ("$400 to $500 million", "$5 to $10 million"), not a sum of
    another size ("from $400 to $5 million", "$1 to $500 million")?"""
    try:
        a, b = float(first.replace(",", "")), float(second.replace(",", ""))
    except ValueError:
        return False
    return 0 < a < b <= a * 100


#: Words of _NOT_A_NOUN that are adjectives when a determiner comes before the amount and a
#: noun after them ("a $2.5 billion net worth", "a $5 million cash settlement").
_AMOUNT_ADJECTIVES = frozenset({"net", "gross", "cash", "combined", "overall", "extra", "total"})


#: Plural nouns for people that open a relative clause after "the $N" ("the $0 people pay",
#: "the $12 users spend"), with the verbs or adverbs that show the clause: the amount is the
#: verb's object, a noun ("dollars"), not a modifier of the people.
_CLAUSE_SUBJECTS = frozenset("""
people users customers consumers buyers shoppers players gamers readers viewers fans drivers
riders patients residents workers employees families students parents voters taxpayers
subscribers members owners renters tenants travelers travellers investors americans
""".split())
_CLAUSE_VERBS = frozenset("""
pay paid spend spent earn earned owe owed save saved lose lost get got receive received make
made give gave expect expected need needed typically usually normally currently already often
will would could can must might may""".split())


#: Nouns in -ly, not adverbs ("a 140V supply", "a $30 family pass").
_LY_NOUNS = frozenset("""
supply family assembly rally reply ally monopoly anomaly jelly belly fly butterfly lily bully
holly trolley gully dolly melee
""".split())


def _noun_like(word: str) -> bool:
    """Could this lower-case word after an amount be the noun it describes: not a function
    word, a verb in -ed or an adverb in -ly ("supply" and "family" are nouns)?"""
    return word not in _NOT_A_NOUN and (word in _LY_NOUNS or not word.endswith(("ed", "ly")))


#: Nouns in -able/-ible an amount can describe ("a $40 cable", "a $500 table"); other words
#: in -able/-ible after an amount are adjectives said of it ("$15 million payable to").
_ABLE_NOUNS = frozenset({"cable", "cables", "table", "tables", "timetable", "vegetable",
                         "vegetables", "stable", "constable", "fable", "deliverable",
                         "deliverables", "collectible", "collectibles", "convertible",
                         "convertibles", "turntable", "turntables", "notable", "notables"})


#: A price tier in dollar signs, two to five standing alone ("$$", "$ — $$$"), no amount.
_PRICE_TIER = re.compile(r"(?<![\w$])\${2,5}(?![\w$]|[ \t]?[.,]?\d)")
#: What article_vocabulary() holds for an article that rates prices in dollar signs.
PRICE_TIER_MARK = "$$"


#: A rate's period and the noun the amount describes after it, written without hyphens
#: ("a $20 a month fee", "a $5 per week plan"): the amount is an adjective, as in "$20-a-month".
_PERIOD_MODIFIER = re.compile(
    r"[ \t]+(?:a|an|per)[ \t]+(?:month|year|week|day|night|hour)[ \t]+(?:fee|fees|subscription"
    r"|subscriptions|plan|plans|charge|membership|payment|service|tier|rent|cost|price|bill"
    r"|premium|allowance|salary|stipend|pass|job|deal|option|package|contract|habit|raise"
    r"|increase|rate|budget|upgrade|surcharge|add-on|bundle|license|licence)(?![\w'’-])")


#: A round amount with a plural "s" ("$100s", "£10,000s"), said as the plural words.
_ROUND_MONEY_PLURALS = {"100": "hundreds", "1000": "thousands", "10000": "tens of thousands",
                        "100000": "hundreds of thousands"}


#: "Revenue ($m)", "in £bn", "US$m", "paid $millions": a currency sign glued to a money scale
#: and no number is the unit of a table or a sum, "millions of dollars" (it was "dollars m";
#: "US$m" was "U S s m", "$USm" "dollars USm"). Before the variable rule, which takes a "$" glued
#: to letters.
MONEY_SCALE_SIGN_RE = (r"(?<![\w$€£])(?P<mss_sym>US\$|NZ\$|HK\$|NT\$|[SAC]\$|\$US|\$NZ|\$A|[$€£])"
                       r"(?P<mss>mn|mln|bn|tn|trn|m|millions|billions|trillions|thousands)"
                       r"(?![\w$'’-])")
_SCALE_PLURALS = {"m": "millions", "mn": "millions", "mln": "millions", "bn": "billions",
                  "tn": "trillions", "trn": "trillions"}


#: A currency written as a word BEFORE a scaled amount ("dollars 646m", "pounds 1.5bn",
#: "(euros 3m)"), as some archives print "$" and "£" once their symbols are lost; "Adollars"
#: is "A$" so damaged. The scale letter there is money, never meters: said as the sign would
#: be, "six hundred forty-six million dollars".
CURRENCY_WORDS = {"dollars": "$", "pounds": "£", "euros": "€", "yen": "¥", "rupees": "₹",
                  "Adollars": "A$", "NZdollars": "NZ$", "HKdollars": "HK$", "Sdollars": "S$",
                  "Cdollars": "C$", "USdollars": "$US", "USdollar": "$US"}
#: A country's name before "dollars" ("Australian dollars 5m"): the sign it stands for. (The
#: pattern opens on the first letters of its words, so other letters fail at once.)
_DOLLAR_COUNTRIES = {"Australian": "A$", "US": "$US", "Canadian": "C$", "New Zealand": "NZ$",
                     "Hong Kong": "HK$", "Singapore": "S$"}
#: The scale after such an amount ("646m", "1.5bn", "458 m", "3 billion").
_CW_SCALE = r"(?:[ \t]?(?:mn|bn|tn|m)|[ \t](?:million|billion|trillion))(?![\w])"
CURRENCY_WORD_RE = (r"(?=[dpeyrANHSCU])(?<![\w$£€¥-])(?<!\d[ \t])(?:(?P<cw_adj>"
                    + "|".join(_DOLLAR_COUNTRIES) + r")[ \t](?=dollars[ \t]))?(?P<cw>" + "|".join(
    sorted(CURRENCY_WORDS, key=len, reverse=True)) + r")[ \t](?P<cw_n>" + _NUM
    + r")(?:(?P<cw_sc>" + _CW_SCALE + r")"
    # bbcmoney3: a plain amount ("pounds 220", "dollars 10.48 a share"), not a weight ("pounds
    # 6 ounces"); then a range of two ("dollars 6.0-dollars 6.5", "dollars 1.5m-dollars 2m",
    # "dollars 5 to 10m"); "to" before a plain amount is two amounts ("fell dollars 2 to
    # dollars 43.25", "dollars 5m to 30 people"), as after "$" (see _h_cursym)
    + r"|(?![\w.,]\d|\w|[ \t]?(?:oz|ounces?|lbs?|st|stone)\b))(?:(?:[ \t]?[-–][ \t]?"
    r"(?:(?P=cw)[ \t])?|[ \t]+to[ \t]+(?=" + _NUM + _CW_SCALE + r"))(?P<cw_n2>" + _NUM
    + r")(?P<cw_sc2>" + _CW_SCALE + r")?(?![\w.,]\d|\w|-\d))?")


#: What opens a bracketed conversion besides a sign: an approximation, a currency's word.
_CONVERSION_OPENERS = r"|about |around |roughly |(?:A|US)?dollars |pounds |euros |yen "
#: A bracketed conversion of an amount right after it ("$250,000 (£130,000)", "A$5m (US$3.8m)").
_CONVERSION_AFTER = re.compile(r"[ \t]?\([ \t]?(?:" + _SYM_RE + _CONVERSION_OPENERS
                               + r")[^()\n]{0,30}\d[^()\n]{0,12}\)")
#: ... and the bracket an amount closes, opened right after another amount.
_CONVERSION_OPEN = re.compile(r"\d(?:[A-Za-z]{1,3}|[ \t](?:million|billion))?[ \t]?\([ \t]?"
                              r"(?:" + _SYM_RE + _CONVERSION_OPENERS + r")[^()\n]{0,36}\Z")


def _drop_zero_tenth(amount: str) -> str:
    """'4.0' is 'four' in a range of money ("dollars 4.0-dollars 5.0 a share": "four to five
    dollars"); a listener hears "four point zero" as a figure read off a table."""
    return amount[:-2] if amount.endswith(".0") else amount


class MoneyRules:
    """Rule handlers for money (mixed into the normalizer, which provides ``text``,
    ``keep_and``, ``day_first`` and the shared helpers)."""

    text: str
    keep_and: bool
    day_first: bool
    english: bool
    _vocabulary: Callable[[], frozenset[str]]

    def _h_moneyscalesign(self, m: re.Match[str]) -> str:
        """'($m)', '£bn', 'US$m', '$millions': a currency's sign on a scale with no amount
        says the unit of the figures, "millions of dollars" ("millions of US dollars")."""
        scale = m.group("mss")
        return f" {_SCALE_PLURALS.get(scale, scale)} of {CURRENCY_SYMBOLS[m.group('mss_sym')][1]} "

    def _h_moneyplural(self, m: re.Match[str]) -> str:
        """'$100s of millions', '£1000s': a round amount of money made plural, said as the
        plural words then the currency ("hundreds of millions of dollars"); read as a sum it
        was "one hundred dollars s"."""
        plural = _ROUND_MONEY_PLURALS[m.group("mp").replace(",", "")]
        scale = f" of {m.group('mp_sc')}" if m.group("mp_sc") else ""
        return f" {plural}{scale} of {CURRENCY_SYMBOLS[m.group('mp_sym')][1]} "

    def _h_countfor(self, m: re.Match[str]) -> str:
        """'3/$7': a count of items slash their price, as a shop's shelf writes a deal; said
        "three for seven dollars" (the slash alone was a pause, "three, seven dollars")."""
        return f" {cardinal(int(m.group('cf')))} for "

    def _h_pricetier(self, m: re.Match[str]) -> str:
        """'$$ – $$$$': a price tier in dollar signs (restaurant and shop guides).

        A lone "$" with no amount is the lowest tier, "one dollar sign", where the paragraph or
        its article writes a tier of two signs or more (a table row "Easy $ One-click setup"
        beside rows in "$$", a legend "($) for low price point"); "dollars" there was heard
        as money that is not there. Without tiers it stays the currency ("Price ($)")."""
        if m.group("pt_one"):
            if PRICE_TIER_MARK in self._vocabulary():
                return " one dollar sign "
            return " " + CURRENCY_SYMBOLS["$"][1] + " "
        a, b = m.group("pt_a"), m.group("pt_b")
        if a:
            return f" {cardinal(len(a))} to {cardinal(len(b))} dollar signs "
        return f" {cardinal(len(m.group('pt_c')))} dollar signs "

    def _attributive(self, end: int) -> bool:
        """Is the amount ending at ``end`` used as an adjective ("a $4.5 million contract")?

        Then English says "dollar", not "dollars". Without a parser we look at the
        next word: a lower-case word that is not a function word, a verb in -ed or
        an adverb in -ly is taken as the noun the amount describes.
        """
        if self.text.startswith("-plus", end) and not self.text[end + 5 : end + 6].isalnum():
            end += 5  # "a $100 million-plus deal": judged by the word after "-plus"
        if re.match(r"-(?:a|an|per)-", self.text[end : end + 5]) or _PERIOD_MODIFIER.match(
                self.text, end):
            return True  # "a $50,000-a-year job", "a $20 a month fee": the rate describes it
        before = _WORD_BEFORE_AMOUNT.search(self.text[max(0, end - 40) : end])
        if before and before.group(1).lower() in _OBJECT_PREPOSITIONS and not (
                before.group(1).lower() in _APPROXIMATIONS and self._determined(end)):
            return False  # "machines under $500 offer": the amount is the object of "under"
        end = self._past_conversion(end)
        nxt = _NEXT_WORD.match(self.text, end)
        if not nxt:
            return self._names_follow(end, before.group(1).lower() if before else "")
        word = nxt.group(1)
        if _PREPOSITION_HEAD.match(self.text, end):
            return False  # "$3 million courtesy of the state": a preposition, not a noun
        if word.endswith("ing") and not (
                (before and before.group(1).lower() in _DETERMINERS) or self._determined(end)):
            # "a salary of $57,000 considering": a verb; "a $20 parking fee", "its original $4
            # billion asking price": after a determiner (past its adjectives) a noun's modifier
            return False
        if word in _AMOUNT_ADJECTIVES and self._determined(end):
            # "a $2.5 billion net worth", "her $40 million cash offer": after a determiner the
            # amount and the adjective describe the noun that follows ("worth" is one here)
            after = _NEXT_WORD.match(self.text, nxt.end())
            return after is not None and (_noun_like(after.group(1)) or after.group(1) == "worth")
        if word in _POSTMODIFIERS or _adverb_or_modifier(word):
            # "$19,000 pretax to a 401(k)", "$500 upfront": said of the amount; before a noun
            # they describe it with the amount ("a $50,000 pretax salary"); so do adverbs of
            # place and period ("$286m worldwide", "a $5m worldwide campaign")
            after = _NEXT_WORD.match(self.text, nxt.end())
            return after is not None and _noun_like(after.group(1))
        if (word.endswith(("able", "ible")) and word not in _ABLE_NOUNS
                and not self._determined(end)):
            # "$15 million payable to Verizon", "$300 refundable on request": an adjective
            # said of the amount; before a noun it describes the noun with the amount ("a $5
            # million refundable deposit"); after a determiner the word is the noun itself or
            # its adjective ("a $1,000 deductible", "a $5 million refundable deposit")
            after = _NEXT_WORD.match(self.text, nxt.end())
            return after is not None and _noun_like(after.group(1))
        if word.endswith("ed") and word not in _NOT_A_NOUN:
            # "a 50MP stacked full-frame sensor": a participle is an adjective when a noun
            # follows it; "$5 million raised by", "2 lb dried." are a verb and an end
            after = _NEXT_WORD.match(self.text, nxt.end())
            return after is not None and _noun_like(after.group(1))
        if word in _CLAUSE_SUBJECTS:
            # "the $0 people pay for games": "people" opens a relative clause, not the noun
            after = _NEXT_WORD.match(self.text, nxt.end())
            if after is not None and after.group(1) in _CLAUSE_VERBS:
                return False
        return _noun_like(word)

    def _past_conversion(self, end: int) -> int:
        """Where the amount ending at ``end`` meets the word it may describe, past a bracketed
        conversion: "a $250,000 (£130,000) fine" is "a ... dollar, ... pound, fine" for both
        amounts, the first before the bracket, the second closing it."""
        conv = _CONVERSION_AFTER.match(self.text, end)
        if conv:
            return conv.end()
        if self.text.startswith(")", end) and _CONVERSION_OPEN.search(
                self.text, max(0, end - 50), end):
            return end + 1
        return end

    def _range_modifier(self, end: int) -> bool:
        """Is the amount ending at ``end`` the first of a range that describes a noun ("a $5
        million to $10 million range")? The unit is said once, after the second amount, as
        "five million to ten million dollar range"; said after both ("five million dollars to
        ten million dollar range") the first reads as a separate sum."""
        second = _TO_AMOUNT.match(self.text, end)
        return second is not None and self._attributive(second.end())

    def _determined(self, end: int) -> bool:
        """Does a determiner or a possessive come before the amount ending at ``end``, past an
        approximation or an adjective ("a $2.5 billion", "the firm's $40 million", "a nearly
        $2 billion", "an estimated $3 billion")? Then the amount describes a noun after it."""
        words = _WORDS_BEFORE_AMOUNT.search(self.text, max(0, end - 80), end)
        if words is None:
            return False
        run = words.group(1).split()
        while len(run) > 1 and run[-1] in CURRENCY_WORDS:
            run.pop()  # "a dollars 2bn funding gap": the word stands for the sign
        while len(run) > 1 and (run[-1] in _APPROXIMATIONS or run[-1] in _AMOUNT_EPITHETS
                                or run[-1].endswith("ed")):
            run.pop()  # "a nearly", "an estimated", "a whopping"
        word = run[-1]
        return word.lower() in _DETERMINERS or _POSSESSIVE.search(word) is not None

    def _names_follow(self, end: int, before: str = "", money: bool = True,
                      named_before: bool = False) -> bool:
        """Does a name or product code after the amount show it is an adjective ("a 60W USB-C
        port", "the $99 Logitech MX Master 3 advanced mouse", "$29 72W USB-C PD Car Charger")?

        The capitalized tokens are skipped; the amount describes them when a noun follows the
        run ("USB-C port"), or when the run is a product name of two tokens or more holding an
        acronym or code ("USB-C PD Car Charger is"). A date ("$99 Friday"), the pronoun I, a
        title-case function word ("$10 Off"), a verb after the name ("$20 Freshbooks allows", unless
        a determiner before the amount makes the name its noun), a
        preposition before the amount ("in 10 minutes Police arrived") keep it a noun, and so
        does another measure in the run: that is a table row whose cells lost their borders
        ("Cardio 30 min Run Easy 30 min", "Viper V3 Pro 54g Focus Pro 35K"). Only a price may
        describe a measure right after it ("$29 72W USB-C charger"); a measure before another
        is one length ("6ft 2in tall"). A name before the amount as well ("KBS 2LB Bread Maker
        is") makes a run of two capitalized words a product name without a code in it.

        After a determiner, one name is enough when it ends the clause or runs into a model code
        ("the $36 Wyze Cam v4 remains", "as a $5 Patron Member)"): "the $36" before a name is
        a price tag. A verb after the name ("the $100 Smith had") keeps the amount a noun.
        """
        if before in _NAME_RUN_PREPOSITIONS or self.text[end : end + 1] not in (" ", "\t"):
            return False
        line = self.text[end : end + 120].partition("\n")[0].split()
        count = 0
        coded = False
        for i, token in enumerate(line):
            core = token.rstrip(_RUN_END)
            if _BARE_NUMBER.match(core) and count:
                nxt = line[i + 1].rstrip(_RUN_END) if i + 1 < len(line) else ""
                if nxt in _MEASURE_AFTER_NUMBER:
                    return False  # "Run Easy 30 min": the next cell of a table
            elif not _NAME_TOKEN.match(core):
                if count and _LOWER_WORD.match(core):
                    if core in _S_VERBS:
                        # "for $20 Freshbooks allows": the amount is an object; but after a
                        # determiner the name is its noun ("the $36 Wyze Cam v4 remains")
                        return before in _DETERMINERS and count >= 2
                    if core.endswith("ed") and i + 1 < len(line):  # "... 3 advanced mouse"
                        core = line[i + 1].rstrip(_RUN_END)
                    noun = core not in _NOT_A_NOUN and not core.endswith(("ed", "ly"))
                    return noun or (count >= 2 and (coded or named_before))
                break
            elif core[0].isdigit() and (count or not money):
                return False  # "Focus Pro 35K": a measure in the next cell of a table row
            elif core in _NOT_NAMES or core.lower() in _NOT_A_NOUN:
                return False
            else:
                coded = coded or _CODE_TOKEN.search(core) is not None
            count += 1
            if core != token or count > 6:
                break  # punctuation ends the name
        return (count >= 2 and (coded or named_before)) or (
            money and count >= 1 and before in _DETERMINERS)

    def _money(self, amount: str, scale: str | None, names: tuple, sign: str | None,
               end: int | None = None) -> str:
        sg, pl, minor_sg, minor_pl = names
        neg = "minus " if sign else ""
        amount = amount.replace(",", "")
        if end is not None and self._names_currency(end, pl):
            scale_word = _SCALES.get((scale or "").strip(" -"), (scale or "").strip(" -"))
            said = neg + decimal(amount, self.keep_and)
            return f" {said} {scale_word} " if scale_word else f" {said} "
        if scale:
            scale_word = _SCALES.get(scale.strip(" -"), scale.strip(" -"))
            hyphened = scale.startswith("-") and end is not None and self._next_is_word(end)
            attributive = hyphened or (end is not None and self._attributive(end))
            unit = sg if attributive else pl
            if end is not None and self._range_modifier(end):
                return f" {neg}{decimal(amount, self.keep_and)} {scale_word} "
            return f" {neg}{decimal(amount, self.keep_and)} {scale_word} {unit} "
        if end is not None and self._shares_scale(amount, end):
            return f" {neg}{decimal(amount, self.keep_and)} "  # "$400 to $500 million"
        whole, _, frac = amount.partition(".")
        if frac and len(frac) == 2 and minor_sg:
            w = int(whole) if whole else 0
            c = int(frac)
            parts = []
            if w:
                parts.append(f"{cardinal(w, self.keep_and)} {sg if w == 1 else pl}")
            if c or not w:
                parts.append(f"{cardinal(c)} {minor_sg if c == 1 else minor_pl}")
            return " " + neg + " and ".join(parts) + " "
        attributive = end is not None and self._attributive(end)
        unit = sg if _is_one(amount) or attributive else pl  # "a $2 cookie": two dollar
        if end is not None and self._range_modifier(end):
            return f" {neg}{decimal(amount, self.keep_and)} "  # "a $5 to $10 fee"
        return f" {neg}{decimal(amount, self.keep_and)} {unit} "

    def _shares_scale(self, amount: str, end: int) -> bool:
        """Is the amount ending at ``end``, written with no scale, the first of a range whose
        second amount carries one ("$400 to $500 million", "between $4 and $5 billion", "£2
        or £3bn")? Writers give the scale once; the first amount takes it when it is smaller
        than the second and within a hundredfold of it (see _scale_shared). Said alone,
        "four hundred dollars to five hundred million dollars" was a different sum."""
        nxt = _SCALED_NEXT.match(self.text, end)
        if nxt is None or not _scale_shared(amount, nxt.group("sn")):
            return False
        if nxt.group("sj") == "and":  # "between $4 and $5 billion", not "paid $4 and $5bn"
            before = _WORDS_BEFORE_AMOUNT.search(self.text, max(0, end - 80), end)
            return before is not None and before.group(1).split()[-1].lower() == "between"
        return True

    def _names_currency(self, end: int, plural: str) -> bool:
        """Does the source name the currency right after the amount ("$75.3 billion dollar
        hit")? Then that word is the unit, and ours would make "dollar dollar"."""
        nxt = _NEXT_WORD_OR_HYPHEN.match(self.text, end)
        word = plural.rsplit(" ", 1)[-1]
        return nxt is not None and nxt.group(1) in (word, word[:-1])

    def _next_is_word(self, end: int) -> bool:
        return bool(re.match(r"[ \t]+[a-z]", self.text[end : end + 3]))

    def _h_cursym(self, m: re.Match[str]) -> str:
        said = self._cursym(m)
        if m.start() and self.text[m.start() - 1].isdigit():
            return "," + said  # "$17$15.30": an old price then a new one, two amounts
        return said

    def _cursym(self, m: re.Match[str]) -> str:
        names = CURRENCY_SYMBOLS[m.group("cs_sym")]
        if m.group("cs_code"):
            names = CURRENCY_CODES[m.group("cs_code")]
        n2 = m.group("cs_n2")
        if not n2:
            return self._money(m.group("cs_n"), m.group("cs_sc"), names, m.group("cs_sign"),
                               m.end())
        bare = self._bare_to_count(m.group("cs_n"), m.group("cs_sc"), n2, m.group("cs_sc2"),
                                   names, m.group("cs_sign"), m.end("cs_n"), m.start("cs_n2"))
        if bare:
            return bare
        return self._money_range(m.group("cs_n"), m.group("cs_sc"), n2, m.group("cs_sc2"),
                                 names, m.group("cs_sign"), m.end())

    def _bare_to_count(self, n1: str, sc1: str | None, n2: str, sc2: str | None, names: tuple,
                       sign: str | None, gap_start: int, gap_end: int) -> str:
        """'from $400 to 5 million people': a range written with "to" whose second amount has
        no sign and is no amount of the first's size is a sum, then a count of something else
        ("four hundred dollars to five million people"); '' when it is a range of money."""
        between = self.text[gap_start:gap_end]
        if "to" not in between or _scale_shared(n1, n2) or any(ch in between for ch in "$€£¥"):
            return ""
        scale = (sc2 or "").strip(" -")
        second = decimal(n2.replace(",", ""), self.keep_and) + " " + _SCALES.get(scale, scale)
        return f"{self._money(n1, sc1, names, sign)}to {second} "

    def _money_range(self, n1: str, sc1: str | None, n2: str, sc2: str | None, names: tuple,
                     sign: str | None, end: int) -> str:
        """A range, "$125-$150", "$5-10 million", "2.50–3.50 €": the first amount shares the
        unit, unless it has cents of its own ("five dollars and fifty cents to ..."; not before
        a scale: "$1.25-$1.50 billion" is "one point two five to one point five zero billion")."""
        n1 = n1.replace(",", "")
        if not sc1 and "." in n1 and len(n1.partition(".")[2]) == 2 and not sc2:
            first = self._money(n1, None, names, sign).strip()
        else:
            first = decimal(n1, self.keep_and)
            if sc1 and (sc1.strip(" -") != (sc2 or "").strip(" -")):
                first += " " + _SCALES.get(sc1.strip(" -"), sc1.strip(" -"))
            if sign:
                first = "minus " + first
        return f" {first} to{self._money(n2, sc2, names, None, end)}"

    def _h_curlabel(self, m: re.Match[str]) -> str:
        """'Low Range (S$)': a prefixed dollar sign alone labels amounts in that currency, read
        as its name ("Singapore dollars"), or after "the"/"a" as the currency ("the S$ rose")."""
        sg, pl, _, _ = CURRENCY_SYMBOLS[m.group("cl") + "$" if m.group("cl")
                                        else "$" + m.group("cl_after")]
        before = self.text[max(0, m.start() - 5) : m.start()].lower().split()
        return f" {sg if before and before[-1] in ('the', 'a') else pl} "

    def _h_numsym(self, m: re.Match[str]) -> str:
        """'60,000₩', '50 €': the currency symbol after the amount, as many countries write it."""
        if m.group("ns_a"):
            return self._money_range(m.group("ns_a"), m.group("ns_asc"), m.group("ns_n"),
                                     m.group("ns_sc"), CURRENCY_SYMBOLS[m.group("ns_sym")],
                                     None, m.end())
        return self._money(m.group("ns_n"), m.group("ns_sc"), CURRENCY_SYMBOLS[m.group("ns_sym")],
                           None, m.end())

    def _h_curcode(self, m: re.Match[str]) -> str:
        """'INR 2000', and a range after the code ('INR 1000 – 3000': "one thousand to three
        thousand rupees", as "$1000 – 3000" is read; the dash was a pause)."""
        names = CURRENCY_CODES[m.group("cc_code")]
        if m.group("cc_n2"):
            bare = self._bare_to_count(m.group("cc_n"), m.group("cc_sc"), m.group("cc_n2"),
                                       m.group("cc_sc2"), names, None, m.end("cc_n"),
                                       m.start("cc_n2"))
            if bare:
                return bare
            return self._money_range(m.group("cc_n"), m.group("cc_sc"), m.group("cc_n2"),
                                     m.group("cc_sc2"), names, None, m.end())
        return self._money(m.group("cc_n"), m.group("cc_sc"), names, None)

    def _h_curword(self, m: re.Match[str]) -> str:
        """'dollars 646m', 'pounds 1.5bn': a currency's word before a scaled amount is read as
        its sign would be ("six hundred forty-six million dollars"); the glued "m" was meters."""
        sign = CURRENCY_WORDS[m.group("cw")]
        if m.group("cw_adj"):
            sign = _DOLLAR_COUNTRIES[m.group("cw_adj")]  # "Australian dollars 5m"
        names = CURRENCY_SYMBOLS[sign]
        n1, n2 = m.group("cw_n"), m.group("cw_n2")
        sc1, sc2 = m.group("cw_sc"), m.group("cw_sc2")
        if not n2:
            return self._money(n1, sc1, names, None, m.end())
        if not sc1 and not sc2:
            # "dollars 4.0-dollars 5.0": whole amounts written with a tenth for the table
            n1, n2 = _drop_zero_tenth(n1), _drop_zero_tenth(n2)
        bare = self._bare_to_count(n1, sc1, n2, sc2, names, None, m.end("cw_n"),
                                   m.start("cw_n2"))
        return bare or self._money_range(n1, sc1, n2, sc2, names, None, m.end())

    def _h_numcode(self, m: re.Match[str]) -> str:
        return self._money(m.group("nc_n"), m.group("nc_sc"), CURRENCY_CODES[m.group("nc_code")],
                           None)


# --- money24: cents and pence glued to an amount ("27c a share", "a 5p rise") ---------------

#: A number with "c" (cents) or "p" (pence) glued to it, "US" before for the US cent
#: ("US52c"); a hyphen after only before a rate ("a 50c-a-share dividend"). The handler
#: decides from the words around whether it is money (see MinorMoneyRules._minor_is_money).
MINOR_GLUED_RE = (r"(?<![\w.,$£€/-])(?!1,080|1,440|2,160)(?P<mg_us>US)?"
                  r"(?P<mg_n>(?:\d,\d{3}|\d{1,4})(?:\.\d{1,2})?)"
                  # a range ("27-30c", "60c–65c")
                  r"(?:(?P<mg_u1>[cp])?[-–](?P<mg_n2>\d{1,3}(?:\.\d{1,2})?))?"
                  r"(?P<mg_u>[cp])"
                  r"(?![\w'’+]|-(?!a-|per-)|\.\w)"
                  # a rate with a slash ("1.5c/litre", "27c/share"): "per"
                  r"(?:(?P<mg_per>/)(?=(?:litre|liter|l|L|kg|share|kWh|kwh|unit|minute|min"
                  r"|month|week|day|hour|lb|gallon|gal|km|mile|text|call|bag)(?![\w/])))?")
#: Words after the amount that make it money: a rate ("a share", "per litre", "each"), a
#: coin, a change in a price ("a 5p rise", "2c higher"), a range's second amount.
_MINOR_AFTER = frozenset("""
a an per each apiece coin coins piece pieces stamp stamps rise rises increase increases cut cuts
hike hikes jump fall falls drop drops gain gains loss losses dividend dividends levy tax duty
surcharge discount rebate off higher lower cheaper dearer stronger weaker to or and bag bags
charge fee fare fares ticket tickets deal piece rebound slide premium
""".split())
#: Words before the amount that make it money only in a paragraph about prices ("yield of 5c"
#: in a chemistry paper is a compound's label; "shares were at 27c" is a price).
_MINOR_WEAK_BEFORE = frozenset("""
by at to from of was were is are be than under over about around nearly almost roughly some
""".split())
#: Words before the amount that make it money: its price, its move, a verb of paying.
_MINOR_BEFORE = frozenset("""
cost costs costing priced price prices fare fares ticket tickets paid pay pays paying charge
charged charges charging just only mere extra additional another worth sold sell sells selling
buy buys bought dividend dividends up down rose fell risen fallen climbed slipped gained lost
added shed eased firmed jumped dropped slumped soared surged tumbled rising falling closed
finished ended opened traded trading steady unchanged us
""".split()) | _MINOR_WEAK_BEFORE
#: Words before a number and a letter that make them a name or a code ("grade 3c", "Form 1p").
_MINOR_NOT_BEFORE = frozenset("""
grade type class form model version level stage room flat unit section article clause box figure
fig page table appendix route bus platform gate seat row block lot apartment apt suite line
paragraph part schedule rule item note exhibit step question chapter annex regulation subsection
amendment option phase zone ward bay pier terminal floor year set group team sample compound
panel tier band category division pool lane court pitch plot hole
""".split())
#: A paragraph about share prices or the cost of things: a lone "27c." there is money.
_MINOR_PARAGRAPH = re.compile(
    r"[$£€]\d|\b(?:cents?|pence|penny|shares?|dividends?|prices?|fares?|profits?|earnings"
    r"|litre|liter|gallon)\b", re.IGNORECASE)
#: Words of _MINOR_AFTER said of the amount, not nouns it describes ("2c higher", "5p a litre").
_MINOR_NOT_NOUNS = frozenset("""
a an per each apiece off higher lower cheaper dearer stronger weaker to or and up down
""".split())
#: Nouns a number of cents names ("a 50c coin", "10c pieces"): "fifty-cent".
_COINS = frozenset({"coin", "coins", "piece", "pieces", "stamp", "stamps"})
#: "p" after a video's resolution or frame rate ("1080p", "60p") is no penny without a word
#: of money right after it ("a 50p coin") or a share price's verb among prices in pence.
_VIDEO_P = frozenset({"24", "25", "30", "48", "50", "60", "120", "144", "240", "360", "480",
                      "576", "720", "1080", "1,080", "1200", "1440", "1,440", "1600", "2160",
                      "2,160", "4320"})
#: Words before an amount that make it a price even in a paragraph about the weather.
_PRICE_VERBS = frozenset("""
cost costs costing priced price prices fare fares paid pay pays charge charged charges worth
dividend just only extra
""".split())
#: A paragraph about the weather, where a lower-case "c" after a number is a temperature.
_WEATHER_PARAGRAPH = re.compile(r"\b(?:degrees?|temperatures?|weather|heat(?:wave)?|forecast\w?"
                                r"|Celsius|sunny|cloudy|humid|chilly|freezing|highs|lows|warm\w{0,3}"
                                r"|hot(?:test|ter)?|cold(?:est|er)?|balmy|scorching|Met Office"
                                r"|mercury)\b", re.IGNORECASE)
#: A paragraph of share prices in pence, and one about video (for "480p" after "at").
_PENCE_PARAGRAPH = re.compile(r"£|\b(?:pence|penny|shares?|stock|FTSE|dividends?)\b",
                              re.IGNORECASE)
_VIDEO_PARAGRAPH = re.compile(r"\b(?:video|resolution|fps|frames?|cameras?|screens?|displays?"
                              r"|monitors?|stream\w{0,3}|HD|TVs?|footage|record\w{0,3}|pixels"
                              r"|console\w?|games?|Blu-ray|DVD|YouTube)\b", re.IGNORECASE)
#: An amount in cents or pence just before, joined by "and", "or", "to" ("between 60c and 65c").
_MINOR_BEFORE_AMOUNT = re.compile(
    r"(?<![\w.,])\d{1,4}(?:\.\d{1,2})?[cp][ \t]+(?:and|or|to)[ \t]+\Z")
_WORD_BEFORE_MINOR = re.compile(r"([A-Za-z]+)[ \t]+\Z")


_ALNUM_TOKEN = re.compile(r"(?P<an>[A-Za-z0-9]+)")


def paragraph_bounds(text: str, start: int, end: int, reach: int = 1500) -> tuple[int, int]:
    """Where the paragraph around ``text[start:end]`` begins and ends, for the context rules
    that weigh a paragraph's words ("m" is million among prices, "c" cents among shares): its
    end at most ``reach`` characters after ``end``; its start, a line break within ``reach``
    characters before ``start``, else the text's start (as these rules have always read it)."""
    para_start = text.rfind("\n", max(0, start - reach), start) + 1
    para_end = text.find("\n", end, end + reach)
    return para_start, (min(len(text), end + reach) if para_end < 0 else para_end)


class MinorMoneyRules:
    """The handler for cents and pence glued to a number (mixed into the normalizer, which
    provides ``_h_alnum``, the reading of a number glued to letters)."""

    text: str
    keep_and: bool
    _h_alnum: Callable[[re.Match[str]], str]

    def _minor_is_money(self, m: re.Match[str]) -> bool:
        """Is "27c"/"5p" money? A word of money after it ("a share", "coin", "rise") or before
        it ("cost", "rose", "at"), or a paragraph about prices with a plain word before it;
        never after a word that numbers a name ("grade 3c", "Form 1p"), nor a resolution's "p"
        ("1080p", "60p") without a money word after it, nor "c" after a word of temperature."""
        if m.group("mg_us") or m.group("mg_per") or self.text[m.start() - 3 : m.start()] == "US ":
            return True  # "US61c", "US 61c", "1.5c/litre"
        if _MINOR_BEFORE_AMOUNT.search(self.text, max(0, m.start() - 20), m.start()):
            return True  # "between 60c and 65c": the second of two amounts in cents
        nxt = _NEXT_WORD.match(self.text, m.end())
        after = nxt.group(1) if nxt else ""
        if self.text[m.end() : m.end() + 3] in ("-a-", "-pe"):
            after = "a"
        before_m = _WORD_BEFORE_MINOR.search(self.text, max(0, m.start() - 30), m.start())
        before = before_m.group(1) if before_m else ""
        if before.lower() in _MINOR_NOT_BEFORE or (before and not before.islower() and (
                before.lower() not in _MINOR_BEFORE | _DETERMINERS or not before.istitle())):
            return False  # "grade 3c", "iPhone 5c", "Type 2c": a name's number
        if m.group("mg_u") == "p" and m.group("mg_n") in _VIDEO_P:
            if after in ("coin", "coins", "piece", "pieces", "rise", "cut", "stamp", "a", "per",
                         "each", "off", "increase", "levy", "tax", "charge"):
                return True  # "a 50p coin", "a 30p rise"
            # "fell 5p to 480p": a share price among prices in pence, not a video format
            para = self._paragraph(m.start(), m.end())
            return (before.lower() in _MINOR_BEFORE and _PENCE_PARAGRAPH.search(para) is not None
                    and _VIDEO_PARAGRAPH.search(para) is None)
        if len(m.group("mg_n").replace(",", "").partition(".")[0]) > 3 and (
                m.group("mg_u") == "c" or before.lower() not in _MINOR_BEFORE):
            return False  # "2019c", "1245p" alone: no money without a price's verb
        if (m.group("mg_u") == "c" and after not in _MINOR_AFTER - _MINOR_NOT_NOUNS
                and before.lower() not in _PRICE_VERBS
                and _WEATHER_PARAGRAPH.search(self._paragraph(m.start(), m.end()))):
            return False  # "highs of 30c", "a balmy 24c": a tabloid's temperature
        if m.group("mg_u1") == m.group("mg_u") and (m.group("mg_u") == "c"
                                                     or m.group("mg_n") not in _VIDEO_P):
            return True  # "60c-65c", "5p-6p": both ends of the range marked, money
        if after in _MINOR_AFTER or (before.lower() in _MINOR_BEFORE
                                     and before.lower() not in _MINOR_WEAK_BEFORE):
            return True
        if before.lower() in _MINOR_WEAK_BEFORE and before_m is not None:
            # "went up by 1p", "fell to 27c": a price's verb before the preposition
            two = _WORD_BEFORE_MINOR.search(self.text, max(0, before_m.start() - 30),
                                            before_m.start())
            if two is not None and two.group(1).lower() in _MINOR_BEFORE - _MINOR_WEAK_BEFORE:
                return True
        return _MINOR_PARAGRAPH.search(self._paragraph(m.start(), m.end())) is not None

    def _paragraph(self, start: int, end: int) -> str:
        """The paragraph around ``start:end`` (see :func:`paragraph_bounds`)."""
        para_start, para_end = paragraph_bounds(self.text, start, end)
        return self.text[para_start:para_end]

    def _minor_attributive(self, m: re.Match[str]) -> bool:
        """Does the amount of cents describe the noun after it: a coin or a stamp ("a 50c
        coin", "10c coins"), a rate in hyphens ("a 50c-a-share dividend"), or a noun after a
        determiner ("a 20c surcharge")? Then it is said "fifty-cent", not "fifty cents"."""
        if self.text[m.end() : m.end() + 3] in ("-a-", "-pe"):
            return True
        nxt = _NEXT_WORD.match(self.text, m.end())
        if nxt is None:
            return False
        if nxt.group(1) in _COINS:
            return True
        before = _WORD_BEFORE_MINOR.search(self.text, max(0, m.start() - 30), m.start())
        return (before is not None and before.group(1).lower() in _DETERMINERS
                and nxt.group(1) not in _MINOR_NOT_NOUNS and _noun_like(nxt.group(1)))

    def _h_minorglued(self, m: re.Match[str]) -> str:
        """'27c a share', '99p', 'a 5p rise', '1.5c a litre', 'US52c': cents and pence glued
        to an amount, as Australian and British papers write them; read as a letter they were
        "twenty-seven c". A coin or an amount before a noun is said in the singular for cents
        ("a 50c coin": fifty-cent coin); pence stay pence ("a 5p rise"), one is "one penny"."""
        num = m.group("mg_n")
        n2 = m.group("mg_n2")
        if not self._minor_is_money(m):
            if n2:  # "1-2p orbitals": a range of the letter, as the number rules said it
                first = f"{decimal(num, self.keep_and)} {m.group('mg_u1') or ''}".strip()
                return f" {first} to {decimal(n2, self.keep_and)} {m.group('mg_u')} "
            if "." in num or "," in num:  # "1.5c" in a chemistry paper, as the number rule says
                return f" {decimal(num, self.keep_and)} {m.group('mg_u')} "
            token = _ALNUM_TOKEN.match(self.text, m.start(), m.end())
            assert token is not None
            return self._h_alnum(token)  # "1080p", "iPhone 5c": the letter of a name
        said = decimal(num, self.keep_and)
        one = _is_one(num) and not n2
        if n2:
            said += " to " + decimal(n2, self.keep_and)  # "27-30c": twenty-seven to thirty cents
        per = "per " if m.group("mg_per") else ""
        if m.group("mg_u") == "p":
            return f" {said} {'penny' if one else 'pence'} {per}"
        us = "US " if m.group("mg_us") else ""
        if self._minor_attributive(m):
            return f" {said}-{us}cent "  # "a 50c coin", "a 50c-a-share dividend"
        return f" {said} {us}{'cent' if one else 'cents'} {per}"
