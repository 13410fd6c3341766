"""Numbers: cardinals, ordinals, years, decimals, fractions, ranges, records, Roman numerals,
phone numbers and model numbers, all said the way a newsreader would say them.

Part of the speech normalizer (:mod:`narrate.normalize`): the tables for this class of
tokens, and the rule handlers, as a mixin of the normalizer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from .abbreviations import _CVC, SAY_AS_WORD, _zipf, spell
from .dates import MONTHS, WEEKDAYS
from .money import _NEXT_WORD
from .spoken import _in_pairs, _is_one, _pluralize_last, cardinal, decimal, digits, ordinal, year
from .symbols import CITATION_STYLE_MARK, COUNT_STYLE_MARK, SYMBOL_WORDS
from .units import BITS_CONTEXT, BITS_UNITS, GLUED_UNITS, UNITS

#: First names of monarchs and popes: a Roman numeral after them is an ordinal ("the Third").
REGNAL = {
    "Charles", "Elizabeth", "Henry", "George", "Edward", "William", "Richard", "James", "Mary",
    "Louis", "Philip", "Felipe", "Juan", "Carlos", "Frederick", "Nicholas", "Alexander", "Peter",
    "Catherine", "Ivan", "Paul", "John", "Benedict", "Pius", "Leo", "Gregory", "Innocent",
    "Clement", "Urban", "Boniface", "Francis", "Victor", "Emmanuel", "Umberto", "Willem",
    "Harald", "Gustaf", "Olav", "Haakon", "Christian", "Margrethe", "Frederik", "Rama",
    "Abdullah", "Hussein", "Mohammed", "Mohammad", "Ramses", "Napoleon", "Constantine",
    "Wilhelm", "Friedrich", "Ludwig", "Otto", "Rudolf", "Stephen", "Matilda", "Anne", "David",
    "Robert", "Malcolm", "Kenneth", "Duncan", "Alfonso", "Ferdinand", "Isabella", "Sancho",
    "Pedro", "Manuel", "Sebastian", "Casimir", "Sigismund", "Władysław", "Boris", "Simeon",
    "Michael", "Carol", "Mihai", "Selim", "Suleiman", "Mehmed", "Murad", "Ahmed", "Tutankhamun",
    "Amenhotep", "Thutmose", "Xerxes", "Darius", "Cyrus", "Antiochus", "Ptolemy", "Cleopatra",
    "Gustav", "Oscar", "Carl", "Eric", "Magnus", "Sweyn", "Canute", "Harold", "Alfred",
    "Jr", "Sr", "Francois", "François", "Henri", "Philippe", "Guillaume", "Jean", "Felix",
}
#: Common given names of men (a generational suffix is a son's): a first name and a surname
#: before II, III or IV are a person of that name's line ("Stuart Janney III", "Davis Love
#: III", "Henry Ford II"), said "the Third" as a ruler's numeral is; a title's numeral after
#: other words stays a number ("Final Fantasy IV", "Rocky III").
_GIVEN_NAMES = frozenset("""
Aaron Adam Alan Albert Alexander Alfred Allen Andrew Anthony Arthur Austin Barry Benjamin
Bernard Bill Billy Bob Bobby Brad Bradley Brandon Brian Bruce Bryan Carl Carlton Charles Chester
Chris Christopher Clarence Clay Clifford Craig Dale Dan Daniel Darryl David Davis Dean Dennis
Donald Douglas Duncan Earl Edward Edwin Elliott Eric Ernest Eugene Frank Franklin Fred
Frederick Gary George Gerald Gordon Graham Gregory Harold Harry Harvey Henry Herbert Howard
Hugh Jack James Jay Jeffrey Jerry Jim Jimmy Joe John Johnny Jonathan Joseph Kenneth Kevin
Lawrence Lee Leonard Lewis Louis Mark Marshall Martin Matthew Michael Mitchell Nathan
Nathaniel Nicholas Norman Oliver Oscar Patrick Paul Peter Philip Phillip Ralph Randolph
Raymond Richard Robert Roger Ronald Roy Russell Samuel Scott Stanley Stephen Steven Stuart
Theodore Thomas Timothy Tom Victor Vincent Walter Warren Wayne Wesley William Willis Winthrop
""".split())
#: Words right before a round ten in seconds ("Rest 10s", "hold for 30s", "every 20s",
#: "within 30s": "within their 30s" has its pronoun between).
_TIMED_BEFORE = re.compile(r"(?<![\w'’-])(?:[Rr]est|[Hh]old|[Ww]ithin|[Pp]lank|[Ss]print"
                           r"|[Jj]og|[Ww]alk|[Mm]icrowave|[Bb]lend|[Pp]ulse|[Ww]hisk|[Ss]tir|[Ww]ait|[Pp]ause"
                           r"|[Rr]ecover|[Ee]very|[Aa]nother|[Ff]urther|[Aa]dditional)"
                           r"(?:[ \t]+for)?(?:[ \t]+(?:about|around|another|a[ \t]+further))?"
                           r"[ \t]+\Z")
#: Minutes before a round ten of seconds ("1m 30s", "2m 10s"): the ten is seconds too.
_MINUTES_BEFORE = re.compile(r"(?<![\w.,])\d{1,2}m[ \t]?\Z")
#: Words before a decade or an age ("in their 20s", "the 70s", "mid-30s"): not seconds.
_DECADE_BEFORE = re.compile(r"(?<![\w'’])(?:the|their|his|her|its|my|your|our|in|mid|early"
                            r"|late|over|under|low|high|upper|lower)[ \t-]\Z", re.I)
#: What follows a round ten in seconds ("30s on, 10s off", "20s rest", "10s each side").
_TIMED_AFTER = re.compile(r"[ \t]+(?:on|off|rest|each|per|intervals?|recovery|hold|sprint"
                          r"|between)\b(?![ \t]+(?:the|their|his|her|its|our)\b)")
#: School grades from kindergarten ("K-12", "K-8"): said "K through twelve". Not "K-9": that
#: is the police dog ("a K-9 unit", "K nine"), far more common in news than a K-9 school.
_GRADE_SPAN = re.compile(r"(?:Pre-?)?K-([1-8]|1[0-2])")
#: A noun that an identifier labels ("project 233535", "grant no. 1R01AI", "case number
#: 40721", "Bug 1553982", "pull request 48213"): five or more digits after one are read
#: digit by digit, as an identifier is. Four digits or fewer keep their usual reading
#: ("issue 5 of the magazine", "Bug 1234"), so a short number never becomes a string of digits.
_ID_LABEL_BEFORE = re.compile(
    r"(?<![\w-])(?:project|grant|award|contract|case|order|ticket|reference|ref|application"
    r"|patent|docket|permit|licen[cs]e|account|invoice|serial|policy|claim|agreement|PMID|ID"
    r"|bug|issue|PR|pull[ \t]+request|changeset|revision|rev|commit|build|CL)"
    r"(?:[ \t]+(?:number|no\.?|#)|[ \t]*#)?[ \t:]+\Z", re.I)
#: A label for a code that is keyed in or quoted, never counted ("Passcode: 11784518", "PIN
#: 4821", "Meeting ID: 812 3456 7890", "confirmation number 55210"): four digits or more after
#: it (and the groups after the first, as written) are read digit by digit.
_CODE_LABEL_BEFORE = re.compile(
    r"(?<![\w-])(?:(?i:pass[ \t]?code|(?:access|participant|conference|meeting)[ \t]+(?:code|id)"
    r"|(?:confirmation|reference|account|tracking)[ \t]+(?:number|code|no\.?|#))|PIN|ID)"
    r"(?:[ \t]+(?:is|was))?[ \t]*[:#]?[ \t]*(?:\d{1,8}[ \t-]){0,4}\Z")
#: A court's or a register's file label: the hyphenated number after it is a file number, not
#: a range ("File No. 12-3456", "Case No. 2023-1456", "Docket No. 50-247").
_NEXT_GROUP = re.compile(r"[ \t-]\d{2,8}(?![\d.,]\d)")
_FILE_LABEL_BEFORE = re.compile(r"(?<![\w-])(?:[Ff]ile|[Cc]ase|[Dd]ocket|FILE|CASE|DOCKET)"
                                r"[ \t]+(?:[Nn]o\.|[Nn]umber|NO\.|#)[ \t]*\Z")
#: A bare "No." before a file's number: with a long or zero-led second part ("No. 12-02826",
#: "No. 13-0457") the hyphen joins a docket's parts; a short one stays a range or a pair
#: ("No. 2-3 hitters", "the No. 1-2 finish").
_NO_LABEL_BEFORE = re.compile(r"(?<![\w-])(?:No|NO)\.[ \t]*\Z")
#: Labels that are never verbs ("Bug 1553982 fixes the crash", "PR 48213 adds"): the word
#: after the number is not a counted noun, so "fixes" or "adds" does not make it an amount.
_ID_NOUN_LABEL_BEFORE = re.compile(
    r"(?<![\w-])(?:bug|PR|pull[ \t]+request|changeset|revision|CL|ticket|PMID)"
    r"(?:[ \t]+(?:number|no\.?|#)|[ \t]*#)?[ \t:]+\Z", re.I)
#: A product line's name in a maker's casing right before a small number ("iPhone 15s",
#: "iPad 10's", "PlayStation 5s", "GeForce 8s"): not a word for an amount or a time.
_PRODUCT_NAME_BEFORE = re.compile(r"(?<![\w.-])(?:i[A-Z][a-z]{2,10}"
                                  r"|[A-Z][a-z]{2,10}[A-Z][a-z]{2,10})[ \t]\Z")
#: Titles of a ruler: the name after one is a ruler's, so a numeral after it is regnal
#: ("King Francois I.", "Emperor Menelik II"), even for a name the list above lacks.
_RULER_TITLES = frozenset({"King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar",
                           "Tsarina", "Kaiser", "Sultan", "Pharaoh", "Shah", "Emir", "Doge"})
#: Events numbered by a Roman numeral whatever its letters ("Super Bowl LX", "WrestleMania
#: XL", "Super Bowl L"): "LX", "XL" and "L" are sixty, forty and fifty there, not letters.
_NUMBERED_EVENTS = frozenset({"Bowl", "WrestleMania", "Wrestlemania", "Olympiad"})


#: Words after "4K"/"6.2K" that make it a resolution, not thousands.
_BITS_NEXT = re.compile(BITS_CONTEXT)
_RESOLUTION_WORDS = {"video", "videos", "resolution", "display", "displays", "screen", "screens",
                     "tv", "tvs", "monitor", "monitors", "footage", "recording", "streaming",
                     "hdr", "camera", "cameras", "content", "gaming", "output", "oled", "uhd"}
#: A frame rate after a slash shows the "K" before it is a video resolution ("6.2K/30p",
#: "5.7K/60fps"), as "4K/60p" is.
_FRAME_RATE_NEXT = re.compile(r"/[ \t]?\d{2,3}(?:\.\d{1,3})?(?:[pPi]|[ \t]?fps)(?![\w])")
#: Races named by their distance in kilometers ("a 5K run").
_K_EVENTS = {"run", "runs", "race", "races", "walk", "fun", "charity", "trail", "course"}
#: Words before "5/10" that make it a date.
_DATE_BEFORE = {"on", "by", "until", "till", "from", "since", "before", "after", "dated"}
#: Words before a win-loss-tie record ("went 14-0-1", "improved to 9-2-1").
_RECORD_BEFORE = {
    "went", "is", "was", "are", "were", "finished", "finish", "record", "improved", "fell",
    "moved", "stands", "stood", "at", "to", "a", "sit", "sits", "ended", "remain", "remains",
    "now",
}
#: Words after a number like 19-10-1 that make it a win-loss-draw record ("19-10-1 MMA",
#: "14-3-1 overall", "a 9-2-1 fighter"), and what may follow one opened by a bracket: an
#: organization's initials or a comma ("(12-4-2, 26 points)").
_RECORD_AFTER = re.compile(
    r"[ \t]+(?:MMA|UFC|overall|pro|professional|amateur|career|lifetime|all-time|fighter"
    r"|veteran|boxer|prospect|champion|kickboxer|wrestler)(?![\w'’-])")
_NOT_RECORD_AFTER = frozenset({"formation", "formations", "system", "rule", "split", "ratio",
                               "shape", "setup", "lineup", "plan", "method", "defense",
                               "defence", "offense", "zone"})
_BRACKET_RECORD_AFTER = re.compile(r"[ \t]+[A-Z]{2,6}(?![\w'’-])|,")
#: Nouns a pair of numbers names rather than bounds (issue 12, audit 47): a score's, a vote's or
#: a count's result ("a 4-3 win", "the 5-4 ruling", "a 3-2 count"), a formation ("the 3-4
#: defense", "a new 4-3 alignment") or a pair of places ("a 1-2 finish", "a 1-2 punch"). Said
#: "four-three": "four to three alignment" sounded like a range. A ratio, odds, a margin or a
#: favourite keep "to" ("a 3-1 favorite", "by a 2-1 margin"), as does a measure or count noun
#: ("a 3-5 year plan", "a 2-3 hour wait").
_PAIR_NOUNS = frozenset({
    "win", "victory", "loss", "defeat", "lead", "deficit", "edge", "triumph", "upset",
    "decision", "ruling", "vote", "verdict", "majority", "result", "scoreline", "score", "draw",
    "tie", "finish", "start", "record", "mark", "defense", "defence", "offense", "offence",
    "alignment", "formation", "front", "scheme", "zone", "punch", "combination", "combo",
    "split", "shutout", "rout", "comeback", "count", "series", "advantage", "stalemate"})
#: Their plurals, said as a pair only where the pair cannot be a range (its first number the
#: larger: "back-to-back 2-1 wins"); "2-3 wins" is a count of wins.
_PAIR_NOUNS_PLURAL = frozenset({
    "wins", "victories", "losses", "defeats", "decisions", "rulings", "votes", "leads", "draws",
    "ties", "finishes", "starts", "records", "splits", "shutouts", "routs", "comebacks"})
#: Words that may stand between a pair and its noun ("a 4-3 overtime win", "a 2-1 series
#: lead"); a measure or count noun may not ("a 2-3 hour lead" is a range).
_PAIR_MODIFIERS = frozenset({
    "overtime", "ot", "shootout", "extra-inning", "extra-innings", "extra-time", "series",
    "home", "road", "away", "opening", "season-opening", "first-round", "second-round",
    "playoff", "come-from-behind", "comeback", "upset", "party-line", "court", "early",
    "late", "first-half", "second-half", "halftime", "first-period", "second-period",
    "walk-off", "division", "conference", "preseason", "exhibition", "regular-season",
    "narrow", "surprise", "stunning", "dramatic", "thrilling", "tight", "hard-fought",
    "convincing", "final", "opening-day", "straight", "consecutive", "defensive", "offensive",
    "base", "new", "traditional", "hybrid", "aggressive"})
#: Nouns (and the words opening them) that a player's height in feet and inches stands before
#: ("the 6-4 guard", "a 6-9 power forward", "the 6-2 senior"): "six-four", not "six to four".
_HEIGHT_NOUNS = frozenset({
    "guard", "forward", "center", "centre", "lineman", "linebacker", "quarterback",
    "receiver", "end", "tackle", "safety", "cornerback", "back", "tailback", "fullback",
    "halfback", "pitcher", "right-hander", "left-hander", "righty", "lefty", "outfielder",
    "infielder", "catcher", "shortstop", "baseman", "swingman", "wing", "freshman",
    "sophomore", "junior", "senior", "rookie", "prospect", "recruit", "striker", "defender",
    "goalkeeper", "keeper", "goalie", "player", "athlete", "blocker", "rusher",
    "signal-caller", "playmaker", "hurler", "slugger", "point", "shooting", "power", "small",
    "defensive", "offensive", "wide", "tight", "running", "middle", "outside", "inside",
    "pass-rushing", "two-way", "left", "right", "volleyball", "basketball", "post", "big",
    "man", "woman", "spiker", "setter", "hitter", "transfer", "starter", "reliever", "closer"})
#: What a height is said after ("listed at", "stands", "he is", "Horton was", "I'm"), up to it.
_HEIGHT_BEFORE = re.compile(
    r"(?:\blisted[ \t]+at|\b[Ss]tands|\b[Ss]tood|\b[Ss]tanding|\b[Mm]easure[sd]|\b[Mm]easuring"
    r"|\b[Tt]owering[ \t]+at|\b(?:[Hh]e|[Ss]he|[Ww]ho)(?:['’]s|[ \t]+is|[ \t]+was)"
    r"|\b[A-Z][a-z]+[ \t]+(?:is|was)"
    r"|\bI(?:['’]m|[ \t]+am|[ \t]+was))(?:[ \t]+(?:now|about|roughly|only|just|a[ \t]+solid))?"
    r"(?:[ \t]+at)?[ \t]+\Z")
#: A weight after a height ("6-4, 215 pounds", "6-4 and 195 pounds", "(6-2, 205)", "6-4,
#: 215-pound", or the bare "is 6-2, 225." of a roster note, the weight ending the clause): the
#: pair is feet and inches, whatever came before it.
_HEIGHT_WEIGHT = re.compile(
    r"[ \t]*(?:,|and|/)[ \t]*(?:1[1-9]\d|[23]\d\d)(?:[ \t]*-?[ \t]*(?:pounds?|lbs?\b|pounder)"
    r"|[ \t]*\)|(?=[ \t]*(?:[.;,]|\Z|and\b)))")
#: What after "stands 6-4" makes it a team's record or a series' score, not a height
#: ("stands 6-4 in its last ten"), and after "listed at 6-4" a price in odds ("6-4 favourite").
_NOT_HEIGHT_AFTER = re.compile(
    r"[ \t]+(?:in|on|overall|since|against|at|this|for|after|through|entering|heading|going"
    r"|with|record|favou?rites?|fav|odds|shot|chance|by)\b")

#: Nouns that number their parts with a Roman numeral, even a one-letter one ("Part I").
_NUMBERED_NOUNS = {
    "Chapter", "Part", "Book", "Act", "Scene", "Volume", "Vol", "Phase", "Stage", "Title",
    "Article", "Appendix", "Annex", "Type", "Class", "Level", "Category", "Schedule", "Grade",
    "Tier", "Round", "Section", "Series", "Mark", "Division", "Canto", "Psalm", "Episode",
    # periodical cicadas' broods ("Brood I", "Brood XIII"), and a course's or a work's parts
    "Brood", "Module", "Lesson", "Unit", "Tome", "Stanza",
}
#: What after a numbering noun and a lone "I" makes the "I" the pronoun opening a clause
#: ("In Part I thought he lied"), not the numeral ("Part I was filmed in Rome", "Part I will
#: air" are one): only verbs of a speaker's mind and its contractions.
_PRONOUN_I_AFTER = re.compile(
    r"[ \t]+(?:am|think|thought|feel|felt|guess|know|knew|believe|believed|want|wanted|love"
    r"|loved|hope|hoped|mean|meant|remember|realized|realised|wish|wonder|don['’]t"
    r"|didn['’]t|can['’]t|wasn['’]t)\b|['’](?:m|ve|ll|d)\b")


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


#: Two-letter-or-longer numerals accepted after any capitalized word ("World War II").
_ROMAN_MULTI = (
    r"(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
)


#: A Roman numeral that may follow another one it is coordinated with ("I and II", "IV-VI"):
#: up to 39, and not a lone "I", which after "and" is the pronoun ("World War II and I").
ROMAN_TAIL = (r"(?!I(?![IVX]))X{0,3}(?:IX|IV|V?I{0,3})(?<![-–/ ])"
              r"(?![\w-]|['’](?!s\b)|[.,]\d)")
#: The spoken number words of a numeral said before a coordinated one ("One", "the Seventh").
_NUMBER_WORD_END = re.compile(r"(?P<the>the[ \t]+)?(?P<w>[A-Za-z]+(?:-[A-Za-z]+)?)[ \t]*\Z")
_CARDINALS_TO_40 = {cardinal(n).lower(): n for n in range(1, 40)}
_ORDINALS_TO_40 = {ordinal(n).lower(): n for n in range(1, 40)}


_VULGAR = {
    "½": "a half", "¼": "a quarter", "¾": "three quarters", "⅓": "a third", "⅔": "two thirds",
    "⅛": "an eighth", "⅜": "three eighths", "⅝": "five eighths", "⅞": "seven eighths",
    "⅕": "a fifth",
}


_FRACTION_DEN = {
    2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters"),
    5: ("fifth", "fifths"), 6: ("sixth", "sixths"), 8: ("eighth", "eighths"),
    10: ("tenth", "tenths"),
}


#: Words after a fraction that make it a quantity, not a month and day ("by 3/4 of a point").
_FRACTION_NOUNS = {
    "of", "inch", "inches", "cup", "cups", "teaspoon", "teaspoons", "tablespoon",
    "tablespoons", "mile", "miles", "pound", "pounds", "point", "points", "percent",
    "percentage", "hour", "hours", "ounce", "ounces", "lb", "oz", "tsp", "tbsp",
    "acre", "acres", "gallon", "gallons", "liter", "liters", "litre", "litres",
}


#: Words after a hyphened fraction that measure by it ("3/4-length", "1/4-turn", "1/8-scale").
#: Words before a fraction that make it a quantity ("cut by 2/3", "about 3/4", "was 1/2").
_QUANTITY_BEFORE = frozenset({
    "by", "about", "around", "nearly", "almost", "only", "just", "roughly", "some", "than",
    "over", "under", "was", "is", "are", "were", "be", "of", "at", "to", "down", "up", "and",
    "or", "a", "the", "another", "least", "most", "fully", "barely",
})
#: Plural measures a fraction is taken of ("3/4 yards"), never counts to choose between.
_MEASURE_PLURALS = frozenset({
    "feet", "yards", "meters", "metres", "kilometers", "kilometres", "grams", "kilograms",
    "kilos", "millimeters", "millimetres", "centimeters", "centimetres", "quarts", "pints",
    "thirds", "quarters", "halves", "fifths", "sixths", "eighths", "tenths", "tons", "lbs",
})
#: Plural nouns that do not end in "s" and count people or things ("6/7 people").
_PLURAL_COUNTS = frozenset({"people", "men", "women", "children", "kids", "times", "mice"})
_FRACTION_HYPHEN = frozenset({
    "length", "size", "scale", "turn", "price", "time", "sleeve", "sleeves", "zip",
    "mile", "foot", "ft", "in", "mm", "cm", "yard", "meter", "metre", "inch", "minute",
    "second", "day", "week", "month", "year", "pint", "quart", "ton", "carat", "share",
    "marathon", "height", "width", "page", "hp", "horsepower", "full", "empty",
})
_HYPHEN_WORD = re.compile(r"-([a-z]{2,20})(?![\w])")


#: Capitalized words before a number that count or start a sentence, not name a model.
_COUNT_WORDS = {
    "the", "in", "with", "for", "about", "over", "under", "between", "from", "to", "and", "or",
    "at", "on", "by", "of", "some", "all", "only", "nearly", "almost", "around", "just", "top",
    "approximately", "roughly", "since", "until", "after", "before", "during", "than", "as",
    "if", "when", "every", "each", "another", "fortune", "forbes", "inc", "day",
    "page", "room", "suite", "floor", "route", "highway", "interstate", "flight", "section",
    "chapter", "article", "rule", "bill", "act", "level", "stage", "grade", "year", "week",
}
#: Words before a number that name a place or a trip by it ("Highway 401", "Room 101").
_PLACE_WORDS = {"room", "suite", "route", "highway", "hwy", "interstate", "flight", "gate",
                "exit", "platform", "apartment", "apt", "rm", "rte", "bldg"}
#: Numbers like 101, 404, 205: said "one oh one" when they name something ("Wine 101").
#: A sentence's stop right before a footnote marker, perhaps with a closing quote ("plan.",
#: 'said."', "it?”").
_STOP_BEFORE = re.compile(r"[A-Za-z0-9)\]%][.!?][\"”’']?\Z")
#: What follows a footnote marker: the next sentence's capital (or its opening quote) or the
#: end of the line.
_FOOTNOTE_NEXT = re.compile(r"[ \t]+[\"“‘']?[A-Z]|[ \t]*(?:\n|\Z)")
#: A reference marker after a word: a spaced bracket after a letter or a closing quote
#: ("in the United States (1).", 'called it "unsafe" (4).').
_WORD_BEFORE_MARK = re.compile(r"(?<![\w'’-])(?P<w>[A-Za-z][A-Za-z'’-]{0,30})[”’\"']?[ \t]\Z")
#: What ends the clause after a reference marker: a stop or a semicolon. (At a line's end
#: with no stop, "USB ports (2)" is more often a count in a list of features.)
_MARK_END = re.compile(r"[.!?;]")
#: ... and, after a list of numbers (never a single value), a comma ("trials (10, 11), and").
_LIST_MARK_END = re.compile(r",(?![ \t]?\d)")
#: Nouns that a bracketed number labels ("see Table (3).", "go to Step (2)."): read.
_LABEL_NOUNS = frozenset("""
table tables figure figures fig fig. step steps chapter section appendix equation eq eq.
phase level note part option item exhibit box grade size category class type round game
volume vol number no page rule article question stage group tier model version unit
""".split())
#: Words after which a bracketed number is the value they ask for ("plotted at (10, 20).",
#: "the score was (3)."), not a marker: prepositions, conjunctions and forms of "be".
_VALUE_BEFORE = frozenset("""
at to of from by between in on with and or than is was are were be been equals as per
""".split())
_NOT_MARKED_AFTER = _LABEL_NOUNS | _VALUE_BEFORE
#: Prepositions that end a clause before a reference marker on a page that cites by numbers
#: ("the method others are compared to (3)."): a marker there, as after any word.
_CITED_AFTER = frozenset("to of from by in on with at for than as".split())
#: A closing bracket before the marker: "(3–5% fat) (3, 16)." on a page that cites by numbers.
_BRACKET_BEFORE_MARK = re.compile(r"\)[ \t]\Z")
#: A bracketed number read in the same sentence before a comma or a conjunction ("soft (4),
#: medium (6) and firm (8)."): a list of values, so the last one is a value too.
_VALUE_LIST_BEFORE = re.compile(r"\([ \t]?\d{1,3}[ \t]?\)(?:[ \t]*[,—–]|[ \t]+(?:and|or)\b"
                                # "Poppy (1) Wheat Flour (1) Sugar (1).": counts after items
                                r"|[ \t]+[A-Z][a-z])"
                                r"[^.!?\n]{0,200}\Z")
#: A round hundred of three digits (the decade rule reads "1200s"), and the words that place
#: a span of them ("the early 200s", "the low 300s"): plural hundreds, not seconds.
_ROUND_HUNDRED = re.compile(r"[1-9]00")
_SPAN_WORD_BEFORE = re.compile(r"(?<![\w-])(?:[Ee]arly|[Mm]id|[Ll]ate|[Ll]ow|[Hh]igh|[Uu]pper"
                               r"|[Ll]ower)[ \t]\Z")
_COURSE_NUMBER = re.compile(r"[1-9]0[1-9]\Z")
#: "sewing 101", "personal finance 101.": what may follow "101" as the idiom for an
#: introduction: the end of the line or text, a mark, or a word for a course ("a sewing 101
#: class"); not another word, which it would count ("sewing 101 dresses").
_COURSE_IDIOM_END = re.compile(r"[ \t]*(?:\n|\Z|[.,;:!?)\]\"”’—–]|-[ \t])|[ \t]+(?:class|course"
                               r"|guide|lesson|primer|tutorial|workshop|session|seminar)s?\b")
#: A word in lower case before "101" ending a clause: the subject of an introduction
#: ("budgeting 101", "economics 101"), unless it says how many ("rose to 101", "turned 101",
#: "nearing 101", "the death toll hit 101."): verbs of reaching, amount words, forms of "be".
_COURSE_WORD = re.compile(r"[a-z]{3,20}")
_REACH_WORDS = frozenset("""
reach reaching hit hitting turn turning near nearing exceed exceeding surpass surpassing top
topping total totaling totalling number numbering pass passing approach approaching cross
crossing count counting add adding include including score scoring rise rising fall falling
climb climbing jump jumping drop dropping fell rose grew won lost slid sank shot ran led made
got hold held now still being having be been are were was is equal equals record just
""".split())
#: Verbs after a number that make it a count ("Exactly 101 were found").
_COUNT_VERBS = {"were", "are", "was", "is", "of", "have", "had", "died", "more", "less", "new",
                "other", "million", "billion", "thousand", "percent", "per", "to", "and", "or"}
#: Three-digit service numbers (211 to 911) are dialled digit by digit ("call nine one one");
#: these words before or after one show it is the number, not a count ("called 911").
_N11 = re.compile(r"(?:[1-9]11|999|112|988|119|101)\Z")
_DIAL_BEFORE = {"call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled",
                "dialing", "dialling", "text", "texted", "texting", "contact", "contacted",
                "ring", "rings", "rang", "ringing", "phone", "phoned", "phoning", "nhs"}
#: A dialled service number, then "or"/"and" before another ("dial 101 or 999", "call NHS 111
#: or 999"): the second is dialled too.
_DIAL_PAIR_BEFORE = re.compile(r"(?<![\w-])(?:[Cc]all|[Dd]ial|[Rr]ing|[Tt]ext|[Pp]hone|NHS)[ \t]+"
                               r"(?:NHS[ \t]+)?\d{3}[ \t]+(?:or|and)[ \t]+\Z")
#: Words before a bare mention of a service number the text dials elsewhere ("where 111 isn't
#: available", "reached on 101", "use 111 online"): places, means and conditions, not amounts.
_SERVICE_MENTION_BEFORE = frozenset({"where", "if", "when", "unless", "on", "via", "use", "using",
                                     "try", "through"})
#: Imperatives before a short code or a relay prefix of four to six digits ("text 85258",
#: "dial 18001 first"): the number is dialled, digit by digit.
_DIAL_NOW = frozenset({"call", "dial", "text", "ring", "phone", "sms", "whatsapp"})
#: "text SHOUT to 85258", "Text HELP to 61222", "text the word VOTE to 83111", "SMS your
#: name to 60300", "send a text saying YES to 87020": a keyword or message sent to a short code
#: (a few words between the verb and "to", no sentence's end).
_TEXT_TO_BEFORE = re.compile(
    r"(?<![\w-])(?<![Tt]he )(?<!\ba )(?:[Tt]ext(?:ing|ed|s)?|TEXT|[Tt]xt|SMS|[Ss]ms"
    r"|[Ss]end(?:ing)?[ \t]+an?[ \t]+(?:text|SMS)(?:[ \t]+message)?)"
    r"(?:[ \t]+[^\s.!?;:\d]{1,20}){1,5}?[ \t]+to[ \t]+\Z")
#: A telephone number right after a prefix ("18001 0800 028 2878", "18001 020 7946 0000"): the
#: prefix (a text relay's) is dialled before it, so it is digits too, not a count.
_PHONE_AFTER = re.compile(r"[ \t]+(?:0\d{2,4}[ \t]?\d{3,4}[ \t]?\d{3,4}|\(0\d{2,4}\)[ \t]?\d{3})"
                          r"(?!\d)")
_DIAL_AFTER = {"call", "calls", "caller", "callers", "dispatcher", "dispatchers", "dispatch",
               "operator", "operators", "center", "centers", "centre", "centres", "line",
               "lines", "service", "services", "system", "hotline", "emergency"}
#: words after a four-digit number that show it counts something ("1269 unread", "1847 emails"):
#: a year reading ("twelve sixty-nine") would be wrong. Only nouns a year rarely describes.
_COUNTED_NOUNS = frozenset({"unread", "emails", "messages", "notifications", "followers",
                            "subscribers", "likes", "views", "downloads", "words", "steps",
                            "calories", "comments", "members", "users", "items", "tasks",
                            "signatures", "responses", "respondents", "participants"})
#: Words before a year ("in 2019 MW plants", "since 1999 GB"), not before an amount.
_YEAR_BEFORE = frozenset({"in", "since", "until", "before", "after", "circa", "year", "c."})
_COUNTED_NEXT = re.compile(r"[”\"’']?[ \t]+([a-z]+)")
#: US tax forms named by number, said in pairs ("a 1099": ten ninety-nine), and the plural
#: nouns that still go with a form ("1099 contractors"), not a count ("1099 patients").
_TAX_FORMS = {"1040", "1065", "1098", "1099"}
_AMOUNT_BEFORE = {"of", "about", "around", "nearly", "almost", "roughly", "than", "total",
                  "approximately", "some", "over", "under", "exactly", "just"}
_TAX_NOUNS = {"forms", "contractors", "workers", "employees", "filings", "freelancers",
              "returns", "payments", "vendors", "recipients"}
#: Words near a number written ".300" that make it a batting average or a caliber, said
#: "three hundred", "three oh eight" (not "point three zero zero").
_POINT_NAME_WORDS = re.compile(
    r"\b(?:hit|hits|hitting|hitter|hitters|batting|batted|bats|average|averages|avg|career"
    r"|season|slugging|on-base|OBP|caliber|calibre|rifle|rifles|Winchester|cartridge|ammo"
    r"|pistol|handgun|record|winning|[Mm]agnum|revolvers?|shotguns?|guns?|bullets?|ACP)\b")
#: Words right around a number written ".22" that make it a gun's caliber, said as its name
#: ("a twenty-two rifle", "a thirty-eight special", "a forty-five pistol"), as ".308" is.
_CALIBER_WORDS = re.compile(
    r"\b(?:caliber|calibre|rifles?|Winchester|cartridges?|ammo|ammunition|pistols?|handguns?"
    r"|revolvers?|[Ss]pecial|[Mm]agnum|ACP|guns?|shotguns?|bullets?|rounds|semi-automatic"
    r"|semiautomatic|firearms?)\b")
#: "Ultra 7", "Ryzen 5": a single tier digit after a capitalized word, before a model code.
_TIER_BEFORE = re.compile(r"(?:[A-Z][a-z]{1,12}[ \t]\d|(?<![\w-])i[3579])[ \t]?\Z")
#: A processor family's tier ("Core i7 ", "Ryzen 7 ", "i5 "): only there is a number with a
#: suffix in small letters ("4790k", "5800x") a model, not thousands or a multiplier
_CPU_TIER_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:Ryzen|Core|Threadripper|Athlon|Xeon|Pentium|Celeron|Ultra|Phenom|EPYC"
    r"|Epyc)[ \t](?:\d|[A-Z]\d)|(?<![\w-])i[3579])[ \t]?\Z")
#: A processor's number with a suffix in small letters ("4790k", "5800x", "8250u").
_CPU_LOWER_CODE = re.compile(r"\d{4,5}[a-z]{1,2}(?![\w])")
#: A processor's bare number after its tier ("Ryzen 5 3600", "Ryzen 5 240").
_CPU_BARE_NUMBER = re.compile(r"[1-9]\d{2,4}(?![\w.,]|[.,]\d)")
#: A processor's number and suffix after its tier ("14900K", "7800X3D", "13700HX")
_CPU_NUMBER = re.compile(r"(?P<n>\d{4,5})(?P<suf>[A-Z]{1,3}\d?[A-Z]?)")
#: A model code after a tier digit: digits then capitals ("258V", "7800X3D", "275HX").
_MODEL_CODE = re.compile(r"\d{3,5}[A-Z]{1,3}\d?[A-Z]?(?![\w])")
_ALNUM_TOKEN = re.compile(r"(?P<an>[A-Za-z0-9]+)")
_NUMBER_LETTER = re.compile(r"\d{1,3}[a-z]")
#: A capitalized name just before a number and a letter ("Vertix " in "Shop the Vertix 2s").
_CAP_NAME_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][A-Za-z]{1,20}) \Z")
#: A numeronym in small letters ("a16z", "i18n", "k8s", "n8n", "p2p"): a word's first and last
#: letters around the count of letters between them (or "2" for "to"), said as letters.
#: A graphics series before a chip's three-digit number ("RX 580", "GTX 970", "HD 630").
_GPU_SERIES_BEFORE = re.compile(r"(?<![\w.-])(?:RX|GTX|RTX|GT|MX|HD|Vega|Radeon|GeForce|Quadro)"
                                r"[ \t]\Z")
#: Three-digit numbers said in pairs after a name ("Xbox 360", "Microsoft 365"); written bare
#: in an article that names the product, they are said so too (see article_vocabulary).
_NAMED_PAIR_NUMBERS = frozenset({"360", "365"})
#: A determiner or adjective before a product's bare number ("your entire 360 library").
_PRODUCT_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:the|The|your|my|our|their|his|her|its|entire|whole|old|original|new"
    r"|older|this|that)[ \t]\Z")
#: After a product's bare number: a singular noun in lower case, or the phrase's end.
_PRODUCT_NOUN_NEXT = re.compile(r"[ \t]+[a-z]{2,20}(?<!s)(?![\w'’-])|[ \t]*(?:[.,;:!?)]|\Z)")
#: A brand before a model number: a possessive ("Sharp's 902 ... phone") or a capitalized
#: name inside a sentence ("the new Nokia 6630 handset"), not a sentence's first word.
_BRAND_BEFORE = re.compile(r"(?:(?<![\w'’-])[A-Z][A-Za-z]{1,15}['’]s|(?<=[a-z,][ \t])[A-Z][A-Za-z]"
                           r"{1,15})[ \t]\Z")
#: After a model number: a device noun, singular, within a few words ("902 3G mobile phone",
#: "6630 handset"), and no plural noun after it ("250 phone shops" counts shops).
_DEVICE_NEXT = re.compile(
    r"(?:[ \t]+[A-Za-z0-9-]{1,12}){0,3}?[ \t]+(?:phone|handset|mobile|camera|camcorder|printer"
    r"|player|laptop|notebook|computer|console|scanner|television|smartphone|processor)"
    r"(?![\w'’-])(?![ \t]+[a-z]{2,15}s\b)")
#: The plural of an Intel Core tier ("i7s", "i5s"): "i sevens", never a numeronym.
_INTEL_TIER_PLURAL = re.compile(r"i[3579]s")
_NUMERONYM = re.compile(r"[a-z](?P<nn>\d{1,2})[a-z]")


def _say_numeronym(token: str) -> str:
    """'a16z' -> 'A- sixteen Z', 'n8n' -> 'N eight N', 'k8s' -> 'K eight S'.

    A numeronym is letters and a number: eSpeak NG reads a small "a" before a word as the
    article ("uh sixteen z"), and "k8s" became the plural "k eights". The letters are written as
    capitals, which eSpeak says by name, an A tied with a hyphen as spell() writes it."""
    num = token[1:-1]
    said = digits(num) if num.startswith("0") else cardinal(int(num))
    first, last = token[0].upper(), token[-1].upper()
    return f"{'A-' if first == 'A' else first} {said} {last}"
#: Capitals after a glued number that measure it ("1500HP", "5000MAH"), not a model's letters.
_MEASURE_CAPS = frozenset({"HP", "BHP", "PS", "RPM", "MAH", "MPH", "KPH", "CC", "KM", "MM",
                           "CM", "KG", "FPS", "DPI", "PPI", "MPG", "BTU", "KWH", "KW", "AH",
                           "PSI", "NM", "LM", "MG", "ML", "GBPS", "MBPS", "YR", "YRS", "PCS"})
#: A number (or an amount) next after a space: two numbers side by side must not merge.
_DIGIT_NEXT = re.compile(r"[ \t]+[$€£¥]?\d")
#: A word or number after a token ("2a are"): a spelled A before it takes the hyphen.
_WORD_NEXT = re.compile(r"[ \t]+\w")
#: A label before a number that makes it a catalogue number ("model # 29882", "Part No.
#: 40512"): said digit by digit (four digits in pairs), never counted.
_MODEL_LABEL = re.compile(r"(?<![\w-])(?:[Mm]odel|MODEL|[Pp]art|PART|[Ii]tem|SKU|[Ss]tyle)s?"
                          r"[ \t]{0,2}(?:#|[Nn]o\.|[Nn]umber|[Nn]os?)?[ \t]{0,2}\Z")
#: A series code and its four-digit model earlier in the sentence ("RTX 4060 and the 4050"):
#: a bare four-digit number after it is a sibling model, said in pairs like it.
_SERIES_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}[ \t]?\d{4}(?![\d.,]\d)[^.!?\n]{0,100}\Z")
#: What follows a verb in -s rather than a plural noun after a number: an article, a
#: comparison or an amount ("the 4080 costs more", "beats the", "runs $599").
_VERB_OBJECT = re.compile(r"[ \t]+(?:(?:the|a|an|its|their|more|less|about|around|just|only"
                          r"|nearly|almost|roughly|up|out|well)(?![\w'’-])|[$€£¥]?\d)")
#: A name ending in a single capital before a number ("Focus X 26K", "Model S 25K").
_LETTER_NAME_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][A-Za-z]{1,20}[ \t][A-Z][ \t]\Z")
#: Words after a number that count it even after a capitalized word ("Then 3450 more came",
#: "Then 2400 people"): a name's number is not followed by these.
_NOT_AFTER_NAME = frozenset({"days", "degrees", "people", "times", "more", "less",
                             "million", "billion", "thousand", "percent", "men",
                             "women", "children"})
#: A measure with its unit glued ("66g ", "1.5kg "), a cell before a number in a spec row.
_MEASURE_CELL = re.compile(r"(?<![\w.,])\d{1,4}(?:\.\d{1,2})?[A-Za-z]{1,3}[ \t]\Z")
#: What ends a spec cell after a number: a capitalized cell, a comma, the end of the line.
_CELL_END = re.compile(r"[ \t]+[A-Z]|[ \t]*,|[ \t]*(?:\n|\Z)")
#: Makers whose models are three-digit numbers said in pairs, a naming convention of these
#: vendors: Boeing's 7x7 airliners ("seven thirty-seven"), Cessna 172, Embraer 190, Tupolev
#: 154, Porsche 911 ("nine eleven"), Peugeot 208 ("two oh eight"), Ferrari 488, Volvo 240.
_MAKERS = (r"(?:Boeing|Cessna|Embraer|Tupolev|Ilyushin|Antonov|Porsche|Peugeot|Ferrari|Volvo"
           r"|Saab)")
#: A model code right before a number: capitals (and digits) that are not a unit or a word
#: for an amount ("RTX 3080s", "GTX 1070's", "RX 580s"), or an aircraft or car maker.
_MODEL_CODE_BEFORE = re.compile(r"(?<![\w.-])(?:[A-Z]{2,5}|[A-Z]{1,3}\d{0,2}[A-Z]{1,3}|" + _MAKERS
                                + r")[ \t]\Z")
#: A model and its plural before a sibling in a list ("Boeing 787s and 777s", "RTX 3080s, 3070s
#: or 3060s"): the sibling is a model too.
_MODEL_SIBLING_BEFORE = re.compile(r"(?<![\w.-])(?:[A-Z]{2,5}|" + _MAKERS + r")[ \t]\d{3,4}s"
                                   r"(?:,[ \t]+\d{3,4}s){0,3}(?:,?[ \t]+(?:and|or|&)|,)[ \t]+\Z")


#: A capitalized name glued to a model's three digits ("Insta360", "Xbox360").
_NAME_PART = re.compile(r"[A-Z][a-z]{2,12}")
#: A generation in small Roman numerals after a model's number ("QC35ii", "A7iii", "A7iv").
_LOWER_ROMAN = {"ii": 2, "iii": 3, "iv": 4}


# --- normfix57: a scale letter on a count ("11k jobs", "2.5M views", "3B users") ------------
#: Nouns that show a number counts ("3M people", "10M+ downloads"): after a small whole number
#: with a capital letter ("4K", "3M", "2B" also name a resolution, a company, a pencil) only
#: these make the letter a scale.
_SCALE_COUNTED = (r"(?:people|users|followers|subscribers|views|viewers|downloads|jobs|workers"
                  r"|employees|residents|fans|visitors|customers|students|votes|signatures"
                  r"|members|cases|deaths|homes|households|listeners|readers|patients"
                  r"|children|adults|voters|refugees|migrants|troops|likes|posts|accounts"
                  r"|runners|participants|attendees|spectators|protesters|passengers|tourists"
                  r"|parameters|tokens)")
#: Plural nouns after "4K", "5k", "2B" that a resolution, a race or a pencil grade describes.
_SCALE_NOT_COUNTED = (r"(?:tvs|displays|screens|monitors|videos|cameras|runs|races|walks|pencils"
                      r"|options|models|lenses|sensors|projectors|panels|movies|films|titles"
                      r"|discs|images|photos|pictures|frames|streams|channels|formats|files"
                      r"|textures|resolutions|versions|specs|settings|modes)")
#: The count after the letter: a plural noun (not "-ss", "-us", "-is"), "people" and the like,
#: or a rate ("2k a month").
_SCALE_NOUN_NEXT = (r"\+?[ \t]+(?:a[ \t]+(?:month|year|week|day)\b|(?:people|children|men|women)\b"
                    r"|(?!" + _SCALE_NOT_COUNTED + r"\b)[a-z]{2,}(?<!ss)(?<!us)(?<!is)s\b)")
#: The first of a pair whose second has the count ("between 10k and 20k people").
_SCALE_PAIR_NEXT = (r"[ \t]+(?:and|or|to)[ \t]+\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?(?:[kKMB]|bn)"
                    + _SCALE_NOUN_NEXT)
#: The whole pattern (rule "countscale"): the number, its letter and an optional "+". Never
#: after a currency sign (money has its own rules) nor inside a longer token.
COUNT_SCALE_RE = (
    r"(?<![\w.,$£€¥+-])(?:(?!(?:1[0-6]|[1-9])[KMB]\+?[ \t])"
    r"(?P<sc_n>\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?)"
    r"(?P<sc_l>[kKMB]|bn)(?P<sc_p>\+)?(?=" + _SCALE_NOUN_NEXT + r"|" + _SCALE_PAIR_NEXT + r")"
    r"|(?P<sc_n2>1[0-6]|[1-9])(?P<sc_l2>[KMB])(?P<sc_p2>\+)?(?=(?:[ \t]+(?:and|or|to)[ \t]+"
    r"\d{1,3}(?:\.\d{1,2})?[KMB]\+?)?[ \t]+(?:" + _SCALE_COUNTED
    + r"|a[ \t]+(?:month|year|week|day))\b))")
#: Words of an earthquake report: in their paragraph "M6.4" is a magnitude (see _h_quakemag).
_QUAKE_WORDS = re.compile(r"\b(?:(?:earth)?quakes?|tremors?|seismic|seismologists?|aftershocks?"
                          r"|USGS|epicent(?:er|re)|Richter)\b", re.IGNORECASE)
_SCALE_LETTER_WORDS = {"k": "thousand", "K": "thousand", "M": "million", "B": "billion",
                       "bn": "billion"}
# --- end normfix57 ---------------------------------------------------------------------------


def _model_number(n: str) -> str:
    """'737' -> 'seven thirty-seven', '208' -> 'two oh eight'; round hundreds stay ("500")."""
    hi, lo = int(n[0]), int(n[1:])
    if lo == 0:
        return cardinal(int(n))
    return f"{cardinal(hi)} {'oh ' + cardinal(lo) if lo < 10 else cardinal(lo)}"


#: A coordinated Roman numeral right after another ("I and II", "IV-VI", "I/II").
_ROMAN_TAIL_AFTER = re.compile(r"(?:,[ \t]|[ \t](?:and|or|&|to|through)[ \t]|[-–/])"
                               + ROMAN_TAIL)


def _singular(noun: str) -> str:
    """'Parts' -> 'Part', 'Categories' -> 'Category', 'Series' -> 'Series': a numbering noun's
    singular, to find a plural before coordinated numerals in _NUMBERED_NOUNS."""
    if noun.endswith("ies") and noun != "Series":
        return noun[:-3] + "y"
    if noun.endswith("es") and noun[:-2].endswith(("ss", "x")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and noun != "Series" else noun


def _roman_value(numeral: str) -> int | None:
    total = 0
    prev = 0
    for c in reversed(numeral):
        v = _ROMAN_VALUES.get(c)
        if v is None:
            return None
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    return total or None


#: Any text: a match over a span of a rule's match, to read part of it with _safe_words.
_ANY = re.compile(r"[\s\S]+")


#: A series code before a model number ("GTX 1080", "RX 6800"): capitals, maybe a digit.
_SERIES_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}[ \t]*\Z")
# the word just before a number ("Ryzen " in "Ryzen 7/9")
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z]{2,20})[ \t]\Z")
#: The first model of a pair before a second number ("GTX 1080 & 1070", "RX 6800 and 6900").
_SERIES_PAIR = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}[ \t]+\d{4}[ \t]*(?:&|and|or|,)[ \t]*\Z")

#: Prepositions of time before a year past 2100 ("through 2100", "by 2150").
_YEAR_PREPOSITIONS = {"through", "by", "until", "till", "in", "before", "after", "since",
                      "around", "circa", "beyond", "to", "from"}
#: Words after such a year that keep it a year ("by 2100 and beyond", "until 2100 when").
_YEAR_FOLLOWERS = {"and", "or", "but", "when", "if", "as", "at", "the", "a", "is", "are", "was",
                   "were", "will", "would", "could", "under", "in", "for", "to", "than", "unless"}

def _pairs(number: str) -> str:
    """'58:01' -> 'fifty-eight oh one', '121102' -> 'twelve eleven oh two': each two-digit
    field as a number, a leading zero said "oh", as codes made of fields are read."""
    return " ".join(("oh " + digits(f[1])) if f[0] == "0" else cardinal(int(f))
                    for f in re.findall(r"\d\d", number))


def page_range(first: str, last: str, keep_and: bool = False) -> str:
    """'45', '62' -> 'forty-five to sixty-two'. A last page written short, as reference lists
    do ("301-17", "3853–62"), is said whole ("three hundred one to three hundred seventeen"):
    read as written, "to seventeen" sounds like a range going backwards."""
    if len(last) < len(first):
        whole = first[: len(first) - len(last)] + last
        if int(whole) > int(first):
            last = whole
    return f"{cardinal(int(first), keep_and)} to {cardinal(int(last), keep_and)}"



#: Plural numbers named as things ("sat in 2s and 3s", "count by 5s", "rolled two 6s"): a
#: small number glued to "s" is the number counted, not seconds, after "by"/"into" (grouping)
#: or a count word, or in a pair after "in" ("in 2s and 3s"; "in 2s" alone may be a time,
#: "for 2s or 3s" and "5s to 10s" are seconds).
_PLURAL_PAIR_AFTER = re.compile(r"[ \t](?:and|or)[ \t]\d{1,2}s\b")
#: Nouns that number things ("Game 1s", "Level 3s", "Category 5s", "size 10s"): the "s" after
#: the number makes the things so numbered plural ("Game ones"), never seconds. Capitalized,
#: as a numbered name is written; in lower case only "size", as "in the final round 5s
#: remained" is a time.
_NUMBERING_NOUN_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?:Games?|Levels?|Categor(?:y|ies)|Cat|Types?|Class|Grades?|Stages?|Tiers?"
    r"|Rounds?|Divisions?|Series|Mark|Mk|Models?|Gen|Generations?|Phases?|Seeds?|Episodes?"
    r"|Chapters?|Volumes?|Vol|Books?|Seasons?)|[Ss]izes?)[ \t]\Z")
#: What a golf round's score is said after ("3-under 68s", "even-par 72s", "rounds of 67s",
#: "shot 69s", "carded 71s"): the "s" makes the scores plural ("sixty-eights"), not seconds.
#: "under"/"over" only after a number of strokes ("3-under"), as "just under 60s" is a time.
_GOLF_SCORE_BEFORE = re.compile(
    r"(?:\d[ \t-](?:under|over)(?:[ \t-]par)?|\bpar|\brounds?[ \t]+of|\bshot|\bshooting"
    r"|\bcard(?:ed|ing)|\bposted)[ \t]+\Z", re.IGNORECASE)
_PLURAL_PAIR_BEFORE = re.compile(r"\bin[ \t]\d{1,2}s[ \t](?:and|or)[ \t]\Z")
_PLURAL_COUNT_BEFORE = re.compile(r"\b(?:by|into|two|three|four|five|six|seven|eight|nine|ten"
                                  r"|pair of|double|triple)[ \t]\Z", re.IGNORECASE)
#: Whole numbers with "s" side by side in a list ("10s, 9s and 8s", "9s and 8s"): a comma
#: or "and" beside another (see NumbersRules._in_plural_list); a decimal is a time ("9.58s").
_PLURAL_LIST_AFTER = re.compile(r"(?:,|,?[ \t]and)[ \t]\d{1,3}s(?![\w'’]|[.,]\d)")
_PLURAL_LIST_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}s(?:,|,?[ \t]and)[ \t]\Z")
#: A round number of thousands ("2,000s", "5000s"): with "s", a plural of thousands.
_ROUND_THOUSANDS = re.compile(r"[1-9]\d{0,2},?000")
_LIST_ITEM = re.compile(r"(\d{1,3})s")
#: Words that time what follows ("in 9s and 8s", "within 5s and 6s"): a list of times.
_TIME_PREP_BEFORE = re.compile(r"(?<![\w-])(?:in|under|within|after|for|ran|took|clocked|over"
                               r"|than|of)[ \t]\Z", re.IGNORECASE)
#: An age group ("free for over 65s", "Under 18s go free"): "over"/"under" before a two-digit
#: number with a glued "s", unless a time is being run or compared ("in under 10s", "just
#: over 30s", "less than 20s"): those are seconds.
_AGE_GROUP_BEFORE = re.compile(r"(?<![\w-])(?<!\bin )(?<!\bjust )(?<!\bthan )(?<!\bof )"
                               r"(?<!\bran )(?<!\btook )(?:over|under|Over|Under)[ \t]\Z")

#: A round power of ten with a plural "s" ("100s", "10,000s"), said as the plural words.
_ROUND_PLURALS = {"100": "hundreds", "1000": "thousands", "10000": "tens of thousands",
                  "100000": "hundreds of thousands", "1000000": "millions"}


#: A quotation mark closing later in the sentence ("'50 Cent' fan", "‘12 Angry Men’"): a
#: mark after a word and before a space or a stop, not an apostrophe inside a word ("it's")
#: nor a plural's possessive ("fans' ").
_QUOTE_CLOSED_AFTER = re.compile(r"[^.!?\n'’]{0,80}(?<=[\w!?.,])(?<![\w]s)['’](?!\w)")


def _short_year(sy: str) -> str:
    """A year's last two digits as said: "oh eight" (a leading zero is "oh"), "'00" the year
    two thousand, "ninety-nine"."""
    if sy == "00":
        return "two thousand"
    return ("oh " if sy[0] == "0" else "") + cardinal(int(sy))


def _unit_in_other_case(part: str) -> bool:
    """Is a letter pair a unit written in another case ("Ft", "Gb", "Ah", "Mb")?"""
    return any(form in UNITS or form in GLUED_UNITS
               for form in (part.lower(), part.upper(), part[0] + part[1].upper()))


#: A game's format in the plural: players against players, "5v5s", "3vs3s".
_VERSUS_PLURAL = re.compile(r"(\d{1,2})(vs?)(\d{1,2})s")


#: A letter's ordinal as eSpeak says it right ("eyeth" for "i-th"; "ith" is "ith").
_LETTER_ORDINALS = {"i": "eyeth", "j": "jayth", "k": "kayth", "m": "emth", "n": "enth",
                    "p": "peeth", "x": "exth"}


class NumbersRules:
    """Rule handlers for numbers (mixed into the normalizer, which provides ``text``,
    ``keep_and``, ``day_first`` and the shared helpers)."""

    text: str
    keep_and: bool
    day_first: bool
    english: bool
    _vocabulary: Callable[[], frozenset[str]]

    def _h_phone7(self, m: re.Match[str]) -> str:
        """'555-0142': a local phone number, unless it reads as a rising range ('100-1500')."""
        a, b = m.group("p7_a"), m.group("p7_b")
        if b.startswith("0") or int(b) < int(a):
            return f" {digits(a)}, {digits(b)} "
        return f" {cardinal(int(a))} to {cardinal(int(b))} "

    def _h_dotthousands(self, m: re.Match[str]) -> str:
        """'1.000.000': dots grouping thousands (two groups or more cannot be a decimal)."""
        return " " + cardinal(int(m.group("dth").replace(".", ""))) + " "

    def _h_standard(self, m: re.Match[str]) -> str:
        """'802.11ax': a standard named by a number, a dot and letters, said as engineers say it,
        "eight oh two dot eleven A X" (the number in pairs, "dot", the letters spelled); a
        decimal ("eight hundred two point one one") or the word "ax" would mislead."""
        parts = m.group("sd_b").split(".")
        said = " dot ".join(digits(p) if p.startswith("0") and len(p) > 1 else cardinal(int(p))
                            for p in parts)
        a = m.group("sd_a")
        letters = m.group("sd_l")
        tail = " " + spell(letters.upper()) if letters else ""
        return f" {_model_number(a) if len(a) == 3 else _in_pairs(a)} dot {said}{tail} "

    def _h_numgap(self, m: re.Match[str]) -> str:
        """The space between two numbers that no rule joined ("27,100 71,500", "$29 72W"): a
        pause, or the listener hears one long number ("twenty-seven thousand one hundred
        seventy-one thousand five hundred"). A model's tier digit before its code ("Core Ultra 7
        258V", "Ryzen 7 7800X3D") is one name and reads on without it."""
        if (_TIER_BEFORE.search(self.text, max(0, m.start() - 24), m.start())
                and _MODEL_CODE.match(self.text, m.end())) or (
                _CPU_TIER_BEFORE.search(self.text, max(0, m.start() - 24), m.start())
                and _CPU_LOWER_CODE.match(self.text, m.end())) or (
                _CPU_TIER_BEFORE.search(self.text, max(0, m.start() - 24), m.start())
                and _CPU_BARE_NUMBER.match(self.text, m.end())):
            return " "
        return ", "

    def _h_spacethousands(self, m: re.Match[str]) -> str:
        """'100 000 visitors': spaces (or narrow spaces) grouping thousands."""
        return " " + cardinal(int("".join(m.group("spt").split()))) + " "

    def _h_dotthousand(self, m: re.Match[str]) -> str:
        """'1.000 clients': a dot grouping thousands, as much of Europe writes it."""
        return " " + cardinal(int(m.group("dt1").replace(".", ""))) + " "

    def _h_stars(self, m: re.Match[str]) -> str:
        """'4.5*': a star rating."""
        return " stars "

    def _h_ratio(self, m: re.Match[str]) -> str:
        """'16:9' (not a clock time, which the time rule took): a ratio, 'sixteen to nine';
        so is a large or decimal left side before a small right one ("1600:1", "1.35:1",
        "100,000:1"), a contrast or aspect ratio: "sixteen hundred to one", not "sixteen
        hundred: one"."""
        left = m.group("ra_a")
        said = cardinal(int(left)) if left else self._number_words(m.group("ra_big"))
        return f" {said} to {cardinal(int(m.group('ra_b')))} "

    def _h_arith(self, m: re.Match[str]) -> str:
        """'8*7', '6 ÷ 3', and '3 - 2 = 1' (a minus, slash or x only counts before '=')."""
        op = m.group("ar_op") or m.group("ar_eq")
        word = {"*": "times", "×": "times", "x": "times", "÷": "divided by", "-": "minus",
                "−": "minus", "/": "divided by", "+": "plus"}[op]
        return (f" {decimal(m.group('ar_a'), self.keep_and)} {word} "
                f"{decimal(m.group('ar_b'), self.keep_and)} ")

    def _h_dims(self, m: re.Match[str]) -> str:
        """'8x10' and '3 x 4' are dimensions: 'eight by ten'; '5x50m' keeps its unit."""
        unit = (m.group("dm_u") or "").strip()
        said = ""
        if m.group("dm_u") == "s" and not m.group("dm_c") and m.group("dm_b").isdigit():
            # "2x4s", "4x100s": an "s" glued on is the plural of the pieces or the legs
            # ("two by fours"), not seconds; "30 x 2 s" keeps its unit
            return f" {decimal(m.group('dm_a'), self.keep_and)} by " \
                   f"{_pluralize_last(cardinal(int(m.group('dm_b'))))} "
        if unit:
            sg, pl = UNITS.get(unit) or GLUED_UNITS[unit]
            one = _is_one(m.group("dm_b")) or self._attributive(m.end())  # "30 sec sprints"
            said = " " + (sg if one else pl)
        third = m.group("dm_c")
        if (m.group("dm_a"), m.group("dm_b"), third, unit) == ("24", "7", None, ""):
            return " twenty-four seven "  # "24x7 support", like "24/7"
        a, b = m.group("dm_a"), m.group("dm_b")
        if (not third and not unit and a.isdigit() and b.isdigit() and len(a) == 4
                and 3 <= len(b) <= 4 and int(b) >= 480):
            # a screen resolution, "2880×1800": twenty-eight eighty by eighteen hundred
            bw = _in_pairs(b) if len(b) == 4 else _model_number(b)
            return f" {_in_pairs(a)} by {bw} "
        last = f" by {self._mixed(third, m.group('dm_cf'))}" if third else ""
        return (f" {decimal(m.group('dm_a'), self.keep_and)} by "
                f"{self._mixed(m.group('dm_b'), m.group('dm_bf'))}{last}{said} ")

    def _mixed(self, whole: str, frac: str | None) -> str:
        """'6' and ' 3/4' in a dimension: "six and three quarters"."""
        said = decimal(whole, self.keep_and)
        if not frac:
            return said
        a, b = (int(x) for x in frac.split("/"))
        if not 0 < a < b:
            return f"{said} {cardinal(a)} over {cardinal(b)}"
        sg, pl = _FRACTION_DEN[b]
        return f"{said} and {'a' if a == 1 else cardinal(a)} {sg if a == 1 else pl}"

    def _h_dimunits(self, m: re.Match[str]) -> str:
        """'200mm x 100mm': each side with its unit, "two hundred millimeters by ..."."""
        sg, pl = UNITS.get(m.group("dx_u")) or GLUED_UNITS[m.group("dx_u")]
        sides = [g for g in m.group("dx_a", "dx_b", "dx_c") if g]
        return " " + " by ".join(
            f"{decimal(n, self.keep_and)} {sg if _is_one(n) else pl}" for n in sides) + " "

    def _h_timesx(self, m: re.Match[str]) -> str:
        """'10x' is a multiplier, 'ten times'; a capital X is a size or a name ("up to 3X",
        "Alienware 16X") unless a comparison follows ("1.7X larger", "10X zoom")."""
        tx = m.group("tx")
        if (len(tx) in (4, 5) and tx.isdigit() and m.group(0)[-1] in "xX"
                and _CPU_TIER_BEFORE.search(self.text, max(0, m.start() - 24), m.start())):
            # "Ryzen 7 5800X", "i7 4770x": a processor's number after its tier, in groups
            return self._cpu_said(_CPU_NUMBER.fullmatch(tx + "X"))
        n = decimal(tx, self.keep_and)
        if m.group(0).endswith("X") or self._model_letter(m.group(0), m.start()):
            nxt = _NEXT_WORD.match(self.text, m.end())
            word = nxt.group(1) if nxt else ""
            if not (word.endswith("er") or word in ("more", "less", "zoom", "as", "the")):
                return f" {n} X "
        nxt = _NEXT_WORD.match(self.text, m.end())
        word = nxt.group(1) if nxt else ""
        if word.endswith(("er", "ers")) and len(word) > 5 and not word.endswith(("faster",
                "larger", "higher", "greater", "bigger", "smaller", "cheaper", "better",
                "lower", "longer", "stronger", "quicker", "slower", "brighter")):
            return f" {n} X "  # "a 10x developer", "10x engineers"
        return f" {n} times "

    def _h_sidex(self, m: re.Match[str]) -> str:
        """'(WxDxH)', 'LxWxH': the sides of a box named in a size's order, "W by D by H"."""
        return " " + " by ".join(re.split("[xX×]", m.group("sx"))) + " "

    def _h_letterth(self, m: re.Match[str]) -> str:
        """'i-th', 'nth': the letter's name made an ordinal ("eyeth"); eSpeak spells "ith"."""
        return _LETTER_ORDINALS[m.group("lth")[0]]

    def _h_letterby(self, m: re.Match[str]) -> str:
        """'n × n matrices': a size before what it measures is "n by n", not "times"."""
        a, b = (part.strip() for part in re.split("[x×]", m.group("lby"), maxsplit=1))
        return f" {self._by_side(a)} by {self._by_side(b)} "

    @staticmethod
    def _by_side(side: str) -> str:
        """One side of a size: a figure said as a number, a letter as itself."""
        return cardinal(int(side)) if side.isdigit() else side

    def _h_xcount(self, m: re.Match[str]) -> str:
        """'5W x2 + 10W': an "x" glued to a count after a measure multiplies it, "times"."""
        return " times "

    def _h_phone(self, m: re.Match[str]) -> str:
        groups = re.findall(r"\+?\d+", m.group("ph"))
        said = []
        for g in groups:
            said.append(("plus " if g.startswith("+") else "") + digits(g))
        return " " + ", ".join(said) + " "

    def _h_phonegroups(self, m: re.Match[str]) -> str:
        """'01904 373 069', '+44 20 7946 0958', '+47-99-999-9900': a phone number in groups.

        An amount never starts with a 0 and a country code is written with a "+", so a run of
        space-separated digit groups led by either, nine to fifteen digits in all (the length of a
        national or international number), is read digit by digit, a pause between groups.
        Counts side by side ("in 2024 300 people"), "007" and "0.5" do not have that shape.
        After a "+" the groups may be split by hyphens or dots too ("+33.1.23.45.67.89"):
        else the first group reads as an amount and the dashes as ranges ("plus forty-seven
        ninety-nine to ..."); a signed range ("+5-10%") is far too short for a number."""
        pg = re.sub(r"[()]", " ", m.group("pg"))  # a trunk or area code is one more group
        groups = re.split(r"[ \t.-]+", re.sub(r"\+[ \t]", "+", pg).strip())
        return " " + ", ".join(("plus " if g.startswith("+") else "") + digits(g)
                               for g in groups) + " "

    def _h_idgroups(self, m: re.Match[str]) -> str:
        """Hyphenated digit groups: a win-loss-tie record ('14-0-1') as numbers, a date
        ('10-31-2024'), else (phone numbers, ISBNs, case numbers) digit by digit."""
        groups = m.group("idg").split("-")
        if len(groups) == 3 and len(groups[2]) == 4 and all(len(g) <= 2 for g in groups[:2]):
            a, b, yr = int(groups[0]), int(groups[1]), int(groups[2])
            month, day = (b, a) if self.day_first else (a, b)
            if not (1 <= month <= 12 and 1 <= day <= 31):
                month, day = day, month
            if 1 <= month <= 12 and 1 <= day <= 31 and 1800 <= yr <= 2100:
                return " " + self._date(month, day, yr) + " "
        if len(groups) == 3 and all(len(g) <= 3 and (g == "0" or g[0] != "0") for g in groups):
            said = [cardinal(int(g)) for g in groups]
            if self._record_context(m.start(), m.end()):  # "went 14-0-1": fourteen and zero and one
                return " " + " and ".join(said) + " "
            return " " + " ".join(said) + " "  # "the 50-30-20 rule"
        return " " + ", ".join(digits(g) for g in groups) + " "

    def _h_yearposs(self, m: re.Match[str]) -> str:
        """"2016's budget": a year (or number) with a possessive, not "twenty sixteen s".
        After a model code ("the RTX 3070's launch") the number is the model's, said in pairs
        as it is alone ("thirty seventy's"), not a count."""
        num = m.group("yp")
        model = self._model_said(num, m.start())
        return " " + (model or self._number_words(num)) + "'s "

    def _model_said(self, num: str, start: int) -> str | None:
        """The words for a model number of three or four digits right after a model code in
        capitals ("RTX 3080", "GTX 1080", "RX 580") or a maker ("Boeing 737"), or None. Used
        where a plural or a possessive follows, which elsewhere reads as seconds or a count."""
        if not (1 <= len(num) <= 4 and num.isdigit() and num[0] != "0"):
            return None
        if len(num) <= 2:  # "iPhone 15s", "PlayStation 5s": a product line's generations
            if _PRODUCT_NAME_BEFORE.search(self.text, max(0, start - 24), start):
                return cardinal(int(num))
            return None
        code = _MODEL_CODE_BEFORE.search(self.text, max(0, start - 24), start) or (
            _MODEL_SIBLING_BEFORE.search(self.text, max(0, start - 60), start))
        if not code:
            return None
        return _in_pairs(num) if len(num) == 4 else _model_number(num)

    def _h_inches(self, m: re.Match[str]) -> str:
        """'a 12” screen': an inch mark, unless the quote closes one opened before it."""
        q = m.group("in_q")
        n = m.group("in_n")
        before = self.text[max(0, m.start() - 400) : m.start()]
        line = before.rpartition("\n")[2]
        rest = self.text[m.end() : m.end() + 400].partition("\n")[0]
        closing = (q == "”" and line.rfind("“") > line.rfind("”")
                   # '“Grab a 1/2” bolt,” he said': a second ” closes the quote, this one is
                   # an inch mark
                   and not -1 < rest.find("”") < (rest.find("“") % 10_000)) or (
            q == '"' and len(re.findall(r'(?<!\d)"', line)) % 2 == 1)
        if "/" in n:  # "3/4″": three quarter inch
            a, b = (int(x) for x in n.split("/"))
            den = _FRACTION_DEN.get(b)
            if closing:
                return self._quoted_slash(a, b, before)
            said = (f"{cardinal(a)} {den[0]}" if den and 0 < a < b
                    else f"{cardinal(a)} over {cardinal(b)}")
            return f" {said} inch "
        if closing:
            return " " + self._number_words(n) + (" plus " if m.group("in_plus") else " ")
        if m.group("in_plus"):
            # '70"+ TV': a size and up; before a word it describes it ("seventy-inch-plus T V")
            if re.match(r"[ \t]+[A-Z]", self.text[m.end() : m.end() + 2]) or self._attributive(
                    m.end()):
                return " " + self._number_words(n).replace(" ", "-") + "-inch-plus "
            return " " + self._number_words(n) + (" inch plus " if _is_one(n) else " inches plus ")
        one = (_is_one(n) or self._mark_attributive(m.end(), m.start())
               or self._unit_attributive(m.start(), m.end()))
        return " " + self._number_words(n) + (" inch " if one else " inches ")

    @staticmethod
    def _quoted_slash(a: int, b: int, before: str) -> str:
        """'too many 2/3”': a quote closing right after "a/b" is a quotation mark, no inch
        mark (it closes the "“" opened before). Ending a quoted post, after a word that
        measures nothing, "a/b" is a thread's counter ("two of three"); after a quantity's
        word ("cut by 2/3”", "was 3/4”") it is a fraction ("two thirds")."""
        words = before.lower().split()
        if 1 <= a <= b <= 30 and not (words and words[-1] in _QUANTITY_BEFORE):
            return f" {cardinal(a)} of {cardinal(b)} "
        den = _FRACTION_DEN.get(b)
        if den and 0 < a < b:
            return f" {cardinal(a)} {den[0] if a == 1 else den[1]} "
        return f" {cardinal(a)} over {cardinal(b)} "

    def _h_decunit(self, m: re.Match[str]) -> str:
        """'PM2.5': letters then a decimal number."""
        return f" {spell(m.group('du_l'))} {decimal(m.group('du_n'))} "

    def _h_yearsold(self, m: re.Match[str]) -> str:
        """'7 y.o.', '7yo', '10 y/o': an age, "seven years old" ("one year old"); spelled,
        "Y O" named two letters. Its period ends a sentence only before a capital or at the
        end of a line."""
        n = int(m.group("yo_n"))
        said = " " + cardinal(n, self.keep_and) + (" year old" if n == 1 else " years old")
        if m.group("yo").endswith(".") and re.match(r"[ \t]*(?:\n|\Z)|[ \t]+[A-Z]",
                                                    self.text[m.end() : m.end() + 2]):
            return said + ". "
        return said + " "

    def _h_allele(self, m: re.Match[str]) -> str:
        """'HLA-B*58:01', 'HLA-B* 5801': an allele's name is two-digit fields, said each as a
        number with a leading zero as "oh" ("fifty-eight oh one"); read whole, "5801" was five
        thousand and "58:01" a score."""
        return " " + _pairs(m.group("al")) + " "

    def _h_designation(self, m: re.Match[str]) -> str:
        """'FRB 121102', 'known as 121102': a six-digit designation (often a date, yymmdd) is a
        name, said in pairs ("twelve eleven oh two"), not a count of a hundred thousands."""
        code = re.search(r"([A-Z]+) \Z", self.text[max(0, m.start() - 6) : m.start()])
        if code and _zipf(code.group(1).lower()) >= 3.0:  # "WON 250000": a headline's word
            return cardinal(int(m.group("dg")), self.keep_and)
        return _pairs(m.group("dg"))

    def _h_citevol(self, m: re.Match[str]) -> str:
        """'2019;72(3):45–62' in a journal reference: "volume seventy-two, issue three, pages
        forty-five to sixty-two". Read as it stands, "72:45" is a score ("seventy-two to
        forty-five") and "16:22" a clock time, the dash after it a pause. A single number after
        the colon may be a page or an article number, so it gets no noun; a long one ("705559")
        is an identifier, read digit by digit. A code ("CD004366") is left to the next rule; an
        electronic page ("e38–43") is said with its "e" as a letter before the numbers."""
        said = " volume " + cardinal(int(m.group("cv_v")), self.keep_and)
        issue = m.group("cv_i")
        if issue:
            said += ", issue " + " to ".join(cardinal(int(p), self.keep_and)
                                             for p in re.split("[–-]", issue))
        first, last = m.group("cv_a"), m.group("cv_b")
        if first is None:
            return said + ", "
        if m.group("cv_e") and not last and (len(first) >= 5 or first[0] == "0"):
            return said + ", e " + digits(first) + " "  # "e011092": an article number, digits
        if m.group("cv_e"):  # "e38–43": electronic pages, "e thirty-eight to forty-three"
            return said + ", e " + (page_range(first, last, self.keep_and) if last
                                    else cardinal(int(first), self.keep_and)) + " "
        if last:
            return said + ", pages " + page_range(first, last, self.keep_and) + " "
        if len(first) >= 5:
            return said + ", " + digits(first) + " "
        return said + ", " + cardinal(int(first), self.keep_and) + " "

    def _h_pages(self, m: re.Match[str]) -> str:
        """'p.301-17', 'pp. 45-62', 'p.7': pages. Glued to the number, "p.301" would be read
        as the decimal ".301"; a range is "pages", whichever abbreviation the source used."""
        first, last = m.group("pgs_a"), m.group("pgs_b")
        if last:
            return " pages " + page_range(first, last, self.keep_and) + " "
        noun = "pages" if m.group("pgs") == "pp" else "page"
        return f" {noun} {cardinal(int(first), self.keep_and)} "

    def _h_parennum(self, m: re.Match[str]) -> str:
        """'four (4)': figures repeating the words before them are not read twice; a footnote
        marker glued after a sentence's stop ("on the free plan.(2) Picking") or a reference
        marker after a word at a clause's end ("in the United States (1).") is not read."""
        bracket = m.start() + (m.group()[:1] != "(")  # past the space before it, if any
        if self._footnote_mark(m) or self._reference_mark(bracket, m.end(), 1):
            return ""
        n = int(m.group("pd"))
        before = self.text[max(0, m.start() - 40) : m.start()].lower().replace("-", " ")
        said = cardinal(n).replace("-", " ")
        if re.search(r"\b" + re.escape(said) + r"\s*\Z", before):
            return ""
        return f", {self._number_words(m.group('pd'))}, "

    def _footnote_mark(self, m: re.Match[str]) -> bool:
        """Is a bracketed number a footnote marker: one or two digits glued after a sentence's
        stop, before a capital or the end of the line ("plan.(2) Picking", "said.”(12)")?

        Read aloud it ran into the next sentence ("plan. two, Picking"). A list's enumerator
        glued after the previous item's stop ("(1) Open the app.(2) Click") is read: the
        numbers before it in the text lead back to one that does not follow a stop."""
        pd = m.group("pd")
        if len(pd) > 2 or m.group()[:1] != "(" or pd[0] == "0":
            return False
        if not _STOP_BEFORE.search(self.text, max(0, m.start() - 3), m.start()):
            return False
        if not _FOOTNOTE_NEXT.match(self.text, m.end()):
            return False
        at = m.start()
        for k in range(int(pd) - 1, 0, -1):  # back through the numbers before it
            at = self.text.rfind(f"({k})", max(0, at - 400), at)
            if at < 0:
                break
            if not _STOP_BEFORE.search(self.text, max(0, at - 3), at):
                return False  # "(1) Open the app.(2) Click": an enumerator
        return True

    def _h_parenlist(self, m: re.Match[str]) -> str:
        """'(10, 11)': a list of numbers in brackets; after a word at a clause's end it is a
        list of reference markers ("replicated in later trials (10, 11)."), not read, as a
        single one is (see ``_reference_mark``); elsewhere the numbers are read."""
        nums = re.split(r",[ \t]?", m.group("pls"))
        if self._reference_mark(m.start(), m.end(), len(nums)):
            return ""
        return ", " + ", ".join(self._number_words(n) for n in nums) + ", "

    def _reference_mark(self, start: int, end: int, count: int) -> bool:
        """Is the bracketed number (or list of ``count`` numbers) at ``start:end`` a reference
        marker after a word: a spaced bracket of one to three digits each, after a word, at
        the end of a clause ("in the United States (1).", "trials (10, 11), and")? Read
        aloud it ran on as a number ("States, one.").

        Read as before: a label's number ("see Table (3)."), a value in a list of values
        read earlier in the sentence ("soft (4), medium (6) and firm (8)."), an enumerator
        before its item ("(1) the board"), and a single number before a comma, which may be
        such a value as often as a marker, and a number after a preposition or a verb "be"
        ("plotted at (10, 20).")."""
        if self.text[start : start + 1] != "(" or any(
                len(n) > 3 for n in re.split(r",[ \t]?", self.text[start + 1 : end - 1].strip())):
            return False
        word = _WORD_BEFORE_MARK.search(self.text, max(0, start - 40), start)
        cites = CITATION_STYLE_MARK in self._vocabulary()
        if word:
            w = word.group("w").lower()
            if w in _NOT_MARKED_AFTER and not (cites and w in _CITED_AFTER):
                return False
            if w[0] != word.group("w")[0] and COUNT_STYLE_MARK in self._vocabulary():
                return False  # "Beer: Wheat (1).": an item's count on a page of counts
        elif not (cites and _BRACKET_BEFORE_MARK.search(self.text, max(0, start - 2), start)):
            return False
        if not (_MARK_END.match(self.text, end)
                or (count > 1 and _LIST_MARK_END.match(self.text, end))):
            return False
        return not _VALUE_LIST_BEFORE.search(self.text, max(0, start - 240), start)

    def _record_context(self, start: int, end: int) -> bool:
        """Is a number like 14-0-1 a win-loss(-tie) record? A verb of standing before it or
        'record'/'season' after it says so, and so do brackets around small numbers ("(3-0-2)");
        before another noun it is a name ("50-30-20 rule")."""
        if (self.text[start - 1 : start] == "(" and self.text[end : end + 1] == ")"
                and all(len(g) <= 2 for g in self.text[start:end].split("-"))):
            return True  # "a point streak (3-0-2).": a record in brackets after its subject
        if _RECORD_AFTER.match(self.text, end) or (
                self.text[start - 1 : start] == "(" and _BRACKET_RECORD_AFTER.match(self.text, end)
                and all(len(g) <= 3 for g in self.text[start:end].split("-"))):
            # "(19-10-1 MMA, 2-1 UFC)", "14-3-1 overall", "a 9-2-1 fighter", "(12-4-2, 26
            # points)": a fighter's or a team's record; read as bare numbers, "nineteen ten one"
            # sounded like the year 1910
            return True
        before = self.text[max(0, start - 12) : start].lower().split()
        after = self.text[end : end + 12].lower().split()
        if after and after[0].strip(".,;") in _NOT_RECORD_AFTER:
            return False  # "a 4-4-2 formation", "a 3-2-1 rule": a name's numbers, not a record
        return bool(before and before[-1] in _RECORD_BEFORE) or bool(
            after and after[0].strip(".,;") in ("record", "season", "mark", "run", "start"))

    def _after_model_name(self, start: int) -> bool:
        """Is the number at ``start`` after a product line's name: a capitalized word that is
        no common English word ("Ryzen", "Apollo") or a word with a capital inside ("iPhone")?
        Then "7/9" names two models; after "Week", "Page" or "Game" it stays as it was."""
        name = _NAME_BEFORE.search(self.text, max(0, start - 25), start)
        if not name:
            return False
        word = name.group(1)
        return (word[1:] != word[1:].lower() and not word.isupper()) or (
            word[:1].isupper() and word[1:].islower() and _zipf(word.lower()) < 4.0
            and word not in MONTHS and word not in WEEKDAYS)

    def _h_scorerange(self, m: re.Match[str]) -> str:
        """'3-5/10', '30s/100': a range of scores out of a scale, "three to five out of ten",
        "thirties out of one hundred" (the slash was a bare pause after the range). Not a
        score when it would pass the scale ("8-12/10"), before "of" or after a date word."""
        of = int(m.group("sr_of"))
        said = f" out of {cardinal(of)} "
        if m.group("sr_dec"):
            dec = int(m.group("sr_dec"))
            if dec < of and self._score_context(m):
                return " " + _pluralize_last(cardinal(dec)) + said
        else:
            lo, hi = m.group("sr_lo"), m.group("sr_hi")
            if float(lo) < float(hi) <= of and self._score_context(m):
                return f" {decimal(lo, self.keep_and)} to {decimal(hi, self.keep_and)}{said}"
            lo, hi = self._number_words(lo), self._number_words(hi)
            return f" {lo} to {hi}, {cardinal(of)} "  # as the range and the slash read apart
        return f" {_pluralize_last(cardinal(int(m.group('sr_dec'))))}, {cardinal(of)} "

    def _h_rating(self, m: re.Match[str]) -> str:
        """'(9.8/10)', '(4.9/5 stars)': a decimal score out of a round number."""
        out_of = cardinal(int(m.group("rt_b")))
        return f" {decimal(m.group('rt_a'), self.keep_and)} out of {out_of} "

    def _score_context(self, m: re.Match[str]) -> bool:
        """Is 'a/5', 'a/10' or 'a/100' a score? Not before "of" (a fraction: "3/10 of a mile")
        and not after "on" or "by" (a date: "on 5/10")."""
        after = self.text[m.end() : m.end() + 4]
        before = self.text[max(0, m.start() - 7) : m.start()].lower().split()
        return not (after.startswith(" of ") or (before and before[-1] in _DATE_BEFORE))

    def _count_alternatives(self, a: int, b: int, end: int) -> bool:
        """Is 'a/b' before a hyphened word two counts to choose from ("3/5-pin", "2/3-seat",
        "2/4-door"), not a fraction ("3/4-inch", "1/4-turn", "1/2-price")? Small numbers in
        order, a word that is no measure, and no fraction's shape: a denominator of halves,
        quarters or eighths in lowest terms is a fraction ("1/8-scale"); thirds and fifths
        before a count word are not."""
        nxt = _HYPHEN_WORD.match(self.text, end)
        if not nxt or not 0 < a < b <= 10 or nxt.group(1) in _FRACTION_NOUNS | _FRACTION_HYPHEN:
            return False
        return math.gcd(a, b) > 1 or b not in (2, 4, 8)

    def _counts_either(self, a: int, b: int, start: int, end: int) -> bool:
        """Is 'a/b' one count or the next ("6/7 people", "3/4 times a week", "not 6/7 as some
        said"), not a fraction ("2/3 of", "3/4 cup", "2/3 as large")? Two counts in a row from
        two to twenty, before a plural noun that is no measure, or before "as"/"than" when
        the denominator makes no common fraction (sevenths and up: "six seven" was said)."""
        if not 2 <= a < b == a + 1 <= 20:
            return False
        before = self.text[max(0, start - 8) : start].lower().split()
        if before and before[-1] in _DATE_BEFORE | {"the"}:
            return False  # "on 6/7", "the 6/7 attacks": a month and a day
        nxt = _NEXT_WORD.match(self.text, end)
        if not nxt:
            return False
        word = nxt.group(1).lower()
        if word in ("as", "than"):
            return b not in _FRACTION_DEN
        if word in _FRACTION_NOUNS or word in _MEASURE_PLURALS:
            return False
        return word in _PLURAL_COUNTS or (
            len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))

    def _fraction_follows(self, end: int) -> bool:
        """Does what follows make 'a/b' a quantity ("by 3/4 of a point", "by 1/2 inch")? Then
        "by" or "on" before it does not make it a date."""
        nxt = _NEXT_WORD.match(self.text, end)
        return bool(nxt) and nxt.group(1).lower() in _FRACTION_NOUNS

    def _h_inchdims(self, m: re.Match[str]) -> str:
        """'a 9" x 4" x 4" pan': dimensions in inch marks, "nine by four by four inch"."""
        nums = [self._number_words(g) for g in m.group("id_a", "id_b", "id_c") if g]
        unit = "inch" if self._attributive(m.end()) else "inches"
        return f" {' by '.join(nums)} {unit} "

    def _h_address(self, m: re.Match[str]) -> str:
        """'2134 Caldwell Place', '3170 W. County Road': a house number is said in pairs
        ("twenty-one thirty-four", "one twenty-three"), as people read addresses."""
        n = m.group("adr")
        return f" {_in_pairs(n) if len(n) == 4 else _model_number(n)} "

    def _h_adrdir(self, m: re.Match[str]) -> str:
        """'3170 W. County Road': a compass letter after a house number."""
        return " " + {"N": "North", "S": "South", "E": "East", "W": "West"}[m.group("adir")] + " "

    def _year_after_time_word(self, m: re.Match[str]) -> bool:
        """Is a number past 2100 a future year ("warming by 2100", "through 2150.")? It follows
        a time preposition and no noun counts it ("by 2100 votes" is a count)."""
        before = self.text[max(0, m.start() - 10) : m.start()].split()
        if not before or before[-1].lower() not in _YEAR_PREPOSITIONS:
            return False
        nxt = _NEXT_WORD.match(self.text, m.end())
        return nxt is None or nxt.group(1) in _YEAR_FOLLOWERS

    def _after_name(self, start: int, end: int) -> bool:
        """Is the number right after a name ("PixArt 3395", "RTX 5070"), not after a word that
        starts a sentence or counts ("In 2500 cases", "About 3400 people")?"""
        # (a hyphened name counts by its last part: "Cake-Making 101", "Anti-Aging 101")
        before = re.search(r"(?:^|[\s(])(?:[A-Z][A-Za-z]{1,20}-)?([A-Z][A-Za-z]{1,20})[ \t]$",
                           self.text[max(0, start - 36) : start])
        if not before or before.group(1).lower() in _COUNT_WORDS:
            return False
        nxt = _NEXT_WORD.match(self.text, end)
        return not (nxt and nxt.group(1) in _NOT_AFTER_NAME)

    def _after_place_word(self, start: int) -> bool:
        """'Highway 401', 'room 101', 'Flight 405': roads, rooms, gates and flights are named
        by their number, said "four oh one" (pages and chapters are counted: "page 101")."""
        before = self.text[max(0, start - 14) : start].split()
        return bool(before) and before[-1].lower().rstrip(".") in _PLACE_WORDS

    def _course_idiom(self, start: int, end: int) -> bool:
        """Is "101" after a word in lower case the idiom for an introduction ("sewing 101",
        "a crash course in personal finance 101.")? Said "one oh one", as after a capitalized
        word ("Econ 101"). Only where the number ends its clause (a noun after it counts:
        "101 dalmatians", "sewing 101 dresses"), and not after a word that says how many
        ("about 101", "rose to 101", "turned 101", "the toll hit 101."): a verb in -ed or in
        -s, a verb of reaching, or an amount word. "-ics" names a subject ("economics 101")."""
        if not _COURSE_IDIOM_END.match(self.text, end) or self.text[start - 1 : start] != " ":
            return False
        before = self.text[max(0, start - 22) : start - 1].rpartition(" ")[2]
        if not _COURSE_WORD.fullmatch(before):
            return False
        if before.endswith("ed") or (before.endswith("s") and not before.endswith(("ics", "ss"))):
            return False
        return not (before in _REACH_WORDS or before in _COUNT_WORDS or before in _COUNT_VERBS
                    or before in _AMOUNT_BEFORE)

    def _names_a_thing(self, m: re.Match[str]) -> bool:
        """Is the number after a capitalized word its name ("Wine 101 because") rather than a
        count opening a sentence ("Exactly 101 were", "Roughly 101 patients")? An adverb in -ly
        before it, or a plural noun or a verb after it, makes it a count."""
        before = self.text[max(0, m.start() - 24) : m.start()].split()
        if not before or before[-1].lower().endswith("ly"):
            return False
        nxt = _NEXT_WORD.match(self.text, m.end())
        word = nxt.group(1) if nxt else ""
        return not ((word.endswith("s") and not word.endswith(("ss", "us", "is")))
                    or word in _COUNT_VERBS)

    def _spec_cell(self, start: int, end: int) -> bool:
        """Is the bare number at ``start`` a cell in a row of specifications: right after a
        measure written with its unit glued ("66g 3389 Honeycomb, symmetric"), and before a
        capitalized cell, a comma or the end of the line? Such a cell names a part (a sensor,
        a chip), where a count would have its noun after it ("66g 3389 units" stays counted)."""
        return bool(_MEASURE_CELL.search(self.text, max(0, start - 12), start)
                    and _CELL_END.match(self.text, end))

    def _amount_before(self, start: int) -> bool:
        """Does a word of amount come just before ("about 3950", "over 3389"): a count?"""
        before = self.text[max(0, start - 16) : start].lower().split()
        return bool(before) and before[-1] in _AMOUNT_BEFORE

    def _counts_next(self, end: int) -> bool:
        """Does the word after a number show it counts ("4000 units", "4500 more"), where a
        verb ("the 4050 is", "are") or a singular noun leaves it a model's name?"""
        nxt = _NEXT_WORD.match(self.text, end)
        word = nxt.group(1) if nxt else ""
        if word in ("was", "has", "does"):
            return False
        if word.endswith("s") and _VERB_OBJECT.match(self.text, end + len(nxt.group(0))):
            return False  # "the 4080 costs more", "the 3950 beats the 3395": a verb
        return (word.endswith("s") and not word.endswith(("ss", "us", "is"))) or word in (
            "of", "more", "less", "million", "billion", "thousand", "percent", "per", "new",
            "other", "to", "people", "men", "women", "children")

    def _h_listnum(self, m: re.Match[str]) -> str:
        """'1.Kitchen Costs' at a line start: a list number glued to its heading. Before a
        word in lower case ("4. phoenixNAP") the word is capitalized: eSpeak NG reads a stop
        before a lower-case word as an abbreviation's period and runs on ("four phoenix")."""
        if m.group("ln_low") is not None:
            self._cap_from = m.end()
        return f" {cardinal(int(m.group('ln')))}. "

    def _h_listletter(self, m: re.Match[str]) -> str:
        """'label? a. sunblock b. waterproof': a list's letter "a" is the letter "ay". Left as
        "a." (or capitalized, "A.") before a lower-case word, eSpeak NG reads the article
        ("uh sunblock"); a capital A before a comma is the letter's name, and the comma keeps
        the marker's pause without a sentence stop before the option's words."""
        return " A, "

    def _h_listjoin(self, m: re.Match[str]) -> str:
        """'9. + 10. Peace lily and pothos': two list numbers one heading covers. The "+" joins
        them ("nine and ten"); read as written the first number's stop and the sign made two
        items of one ("nine. Plus ten.")."""
        if self.text[m.end() : m.end() + 5].lstrip(" \t")[:1].islower():
            self._cap_from = m.end()
        return f" {cardinal(int(m.group('lj_a')))} and {cardinal(int(m.group('lj_b')))}. "

    def _h_makermodel(self, m: re.Match[str]) -> str:
        """'Boeing 737-800', 'Porsche 911': a maker's model number, said in pairs."""
        variant = m.group("mk_v")
        said = f"{_model_number(m.group('mk_n'))}" + (
            f" {self._number_words(variant)}" if variant else "")
        plural = m.group("mk_pl")
        if plural:  # "Boeing 737s", "the Boeing 737's wings": models, never seconds
            said = said + "'s" if plural[0] in "'’" else _pluralize_last(said)
        return f" {m.group('mk')} {said} "

    def _h_jetnum(self, m: re.Match[str]) -> str:
        """'the 737 MAX', '787 jets': Boeing's 7x7 airliners without the maker's name."""
        variant = m.group("jn_v")
        tail = f" {self._number_words(variant)}" if variant else ""
        return f" {_model_number(m.group('jn'))}{tail} "

    def _h_jetx(self, m: re.Match[str]) -> str:
        """'777X': the airliner's name in pairs and the letter ("seven seventy-seven X")."""
        return f" {_model_number(m.group('jx'))} X "

    def _h_airbus(self, m: re.Match[str]) -> str:
        """'A350-900': the letter, the model in pairs, then the variant ("A three fifty nine
        hundred"); the letter A is spelled "A-" so eSpeak says the letter, not the article."""
        variant, suffix = m.group("abn_v"), m.group("abn_s")
        tail = f" {self._number_words(variant)}" if variant else ""
        if suffix:
            tail = f" {suffix.lower()}" if suffix.islower() else f" {spell(suffix)}"
        said = _model_number(m.group("abn"))
        return f" A- {_pluralize_last(said) if m.group('abn_pl') else said}{tail} "

    def _h_cpumodel(self, m: re.Match[str]) -> str:
        """'Core i7-12700K', 'i5-9300H': a processor model, its number said in groups
        ("twelve seven hundred K", "ninety-three hundred H"), never "thousand" for the K."""
        pre = _ALNUM_TOKEN.match(self.text, m.start("cp_pre"), m.end("cp_pre"))
        n = m.group("cp_n")
        said = _in_pairs(n) if len(n) == 4 else f"{cardinal(int(n[:2]))} {_model_number(n[2:])}"
        # a suffix in small letters is the same model's ("i7-4790k", "i5-8250u"): capitals, so
        # that the k is no thousand
        suffix = (m.group("cp_suf") or "").upper()
        tail = " " + self._h_alnum(_ALNUM_TOKEN.match(suffix)).strip() if suffix else ""
        return f" {self._h_alnum(pre).strip()} {said}{tail} "

    def _h_cve(self, m: re.Match[str]) -> str:
        """'CVE-2021-44228': "C V E twenty twenty-one, four four two two eight": the year as a
        year, then the identifier's number digit by digit, as security teams read it out."""
        return f" C V E {year(int(m.group('cve_y')))}, {digits(m.group('cve_n'))} "

    def _h_hyphcode(self, m: re.Match[str]) -> str:
        """'Cortex-A53': the code after the hyphen is read as it is when spaced ("Cortex A-
        fifty-three", the A as the letter). Kept glued, the letter stayed tied to the hyphen
        and eSpeak NG said "cortex-uh" and a pause ("Cortex-A-- fifty-three")."""
        said = self._h_alnum(_ALNUM_TOKEN.match(self.text, m.start("hc"), m.end("hc"))).strip()
        if said[:2] == "A ":
            said = "A- " + said[2:]  # the letter, not the article "uh"
        return " " + said + " "

    def _h_letterdot(self, m: re.Match[str]) -> str:
        """'M.2', 'H.264', 'E.164': a letter, a dot and a number name a standard or a slot, said
        "M dot two", "H dot two sixty-four" (the A as the letter, "A-", not the article); two
        or three capitals name a model ("ID.3": "I D three")."""
        if m.group("ld_m"):
            # "the ID.3", "ID.7": a model's name of capitals and a number, "I D three", as the
            # maker says it; neither a decimal nor "dot"
            return f" {spell(m.group('ld_m'))} {cardinal(int(m.group('ld_k')))} "
        n = m.group("ld_n")
        said = (digits(n) if len(n) > 1 and n[0] == "0" else _model_number(n) if len(n) == 3
                else cardinal(int(n)))
        letter = "A-" if m.group("ld_l") == "A" else m.group("ld_l")
        return f" {letter} dot {said} "

    def _h_modelroman(self, m: re.Match[str]) -> str:
        """'Canon R5 II', 'Sony A7 IV', 'GFX100 II': a Roman numeral after a model code is the
        model's generation, said as photographers say it, "Mark two", not letters. A bare
        number would merge with the code's ("G F X one hundred two" is heard as 102, "Z fifty
        two" as 52), and a number after it gets a pause ("A1 II 50MP": not "two fifty")."""
        code = _ALNUM_TOKEN.match(self.text, m.start("mr_code"), m.end("mr_code"))
        value = _roman_value(m.group("mr_ro")) or 0
        pause = "," if _DIGIT_NEXT.match(self.text, m.end()) else ""
        mark = "" if self.text[max(0, m.start() - 5) : m.start()] == "Mark " else "Mark "
        return f" {self._h_alnum(code).strip()} {mark}{cardinal(value)}{pause} "

    def _h_dimrange(self, m: re.Match[str]) -> str:
        """'6-18x2-10cm': dimensions given as ranges, "six to eighteen by two to ten cm"."""
        a, b, c, d = (m.group(g) for g in ("dr_a", "dr_b", "dr_c", "dr_d"))
        said = f"{self._number_words(a)} to {self._number_words(b)} by {self._number_words(c)}"
        if d:
            said += f" to {self._number_words(d)}"
        unit = (m.group("dr_u") or "").strip()
        if unit:
            sg, pl = UNITS.get(unit) or GLUED_UNITS[unit]
            said += " " + (sg if self._attributive(m.end()) else pl)
        return f" {said} "

    def _h_plan401(self, m: re.Match[str]) -> str:
        """'401(k)', '403(b)': US retirement plans named by a tax-code section.

        A plural ('401(k)s') is said as a letter's plural, "k's" like "I R A's", not "k s"
        (which the engine reads as two letters, "kay ess").
        Glued ("401k", "403B", "457b") it is the same plan, said the same way.
        """
        n = m.group("pk_n") or m.group("pk_g")
        letter = (m.group("pk_l") or m.group("pk_gl")).lower()
        plural = "'s" if m.group("pk_s") else ""
        return f" {_model_number(n)} {letter}{plural} "

    def _h_countscale(self, m: re.Match[str]) -> str:
        """'11k jobs', '2.5M views', '3B users', '10M+ downloads', 'rent is 2k a month': a
        scale letter on a count is the scale word; read as written it was a letter ("eleven
        K", "three B"). The rule asks for a counted noun after it (see COUNT_SCALE_RE), so
        "4K TV", "a 5K run", "the 3M company" and "a 2B pencil" keep their letters."""
        n = m.group("sc_n") or m.group("sc_n2")
        letter = m.group("sc_l") or m.group("sc_l2")
        plus = " plus" if (m.group("sc_p") or m.group("sc_p2")) else ""
        return f" {self._number_words(n)} {_SCALE_LETTER_WORDS[letter]}{plus} "

    def _h_quakemag(self, m: re.Match[str]) -> str:
        """'The quake measured M6.4', 'an M 5.2 tremor': "M" before a decimal in an earthquake
        report is the magnitude; read as written it was the letter ("M six point four").
        Elsewhere ("the M2.5 screw", a model) the letter stays."""
        return " magnitude " if self._quake_paragraph(m.start()) else "M "

    def _h_quakean(self, m: re.Match[str]) -> str:
        """'an M6.4 quake': "a magnitude", the article of the word said (see _h_quakemag)."""
        return m.group(0)[0] if self._quake_paragraph(m.start()) else m.group(0)

    def _quake_paragraph(self, pos: int) -> bool:
        """Does the paragraph around ``pos`` report an earthquake (see _QUAKE_WORDS)?"""
        start = self.text.rfind("\n", 0, pos) + 1
        end = self.text.find("\n", pos)
        end = len(self.text) if end < 0 else end
        return _QUAKE_WORDS.search(self.text, start, end) is not None

    def _h_modelpl(self, m: re.Match[str]) -> str:
        """'the M4U 2s': several of a numbered model, "twos", not "two seconds"."""
        return f" {_pluralize_last(cardinal(int(m.group('mpl'))))}"

    def _h_roundplural(self, m: re.Match[str]) -> str:
        """'100s of calls', '1,000s', '10,000s': a round power of ten made plural is the
        word for many of it ("hundreds", "tens of thousands"); read as a number it was "one
        hundred seconds" or "one thousands"."""
        return f" {_ROUND_PLURALS[m.group('rp').replace(',', '')]} "

    def _h_numsuffix(self, m: re.Match[str]) -> str:
        """'49ers', '76ers', '30somethings': a suffix glued to a number's last word, which a
        final "e" joins without doubling ("nine" + "ers" is "niners", "six" "sixers"); said
        apart it was "forty-nine ers", a number then two letters."""
        said = cardinal(int(m.group("nsx_n")))
        suffix = m.group("nsx")
        # "the 49ers' coach", "a 30something's guide": a possessive
        mark = m.group("nsx_p").replace("’", "'") if m.group("nsx_p") else ""
        if suffix.startswith("er"):  # "49ers", "a 49er fan", "a 5er" (a fiver)
            return f" {said}{suffix[1:] if said.endswith('e') else suffix}{mark} "
        return f" {said}-{suffix}{mark} "

    def _h_yearshort(self, m: re.Match[str]) -> str:
        """"2008-'09": a span from a full year to one cut short, "two thousand eight to oh
        nine"; the mark after the dash was read as a quote ("eight-' zero nine")."""
        return f" {year(int(m.group('ys_y')), self.keep_and)} to {_short_year(m.group('ys_s'))} "

    def _h_shortyear(self, m: re.Match[str]) -> str:
        """"'08", "’16": a year written with its century cut off. A leading zero is said "oh"
        ("oh eight"; digit by digit it was "zero eight"), "'00" the year itself; the
        apostrophe is dropped, so the engine never reads it as a quote or a pause."""
        said = _short_year(m.group("sy"))
        if m.group("sy2"):  # "'08-'09": a season from one year to the next
            said += " to " + _short_year(m.group("sy2"))
        if _QUOTE_CLOSED_AFTER.match(self.text, m.end()):
            said = "'" + said  # "a '50 Cent' fan": a quotation opens on a number; keep its mark
        return f" {said}'s " if m.group("sy_s") else f" {said} "

    def _h_decade(self, m: re.Match[str]) -> str:
        d = m.group("dec")
        n = int(d)
        if d == "00":  # "the 90s and 00s"
            return " two thousands "
        words = year(n, self.keep_and) if len(d) == 4 else cardinal(n % 100 if len(d) == 3 else n)
        if len(d) == 2 and not m.group("dec_ap") and not m.group("dec_ap2") and self._timed_tens(
                m.start(), m.end()):
            return f" {words} seconds "  # "Rest 10s", "hold for 30s, then rest 20s"
        return " " + _pluralize_last(words) + " "

    def _timed_tens(self, start: int, end: int) -> bool:
        """Is a round ten with "s" ("10s", "30s") a time in seconds, as a workout or a recipe
        writes one ("Rest 10s", "hold 30s", "30s on, 10s off", "microwave 20s", "every 10s")?
        Elsewhere it is a decade or an age ("in the 1990s", "in their 20s", "in her 30s"), or
        golf scores ("carded 70s on both days", "even-par 70s")."""
        if "60" <= self.text[start : start + 2] <= "80" and _GOLF_SCORE_BEFORE.search(
                self.text, max(0, start - 20), start):
            return False
        if _TIMED_BEFORE.search(self.text, max(0, start - 16), start) or _MINUTES_BEFORE.search(
                self.text, max(0, start - 6), start):
            return True  # "Rest 10s", "a lap of 1m 30s"
        if _DECADE_BEFORE.search(self.text, max(0, start - 8), start):
            return False  # "in their 20s each", "the 70s between": ages, decades
        first = self._list_first(start)
        if first != start:
            # a later item of a list of times ("Rest 10s and 20s", "took 45s, 50s and 52s"):
            # as its first item is; a decade list ("their 50s, 60s and 70s") is not
            item = _LIST_ITEM.match(self.text, first)
            if _TIMED_BEFORE.search(self.text, max(0, first - 16), first) or (
                    item and item.group(1)[-1] != "0"
                    and not self._plural_number(first, item.group(1))):
                return True
        return _TIMED_AFTER.match(self.text, end) is not None

    def _h_ordnum(self, m: re.Match[str]) -> str:
        """'5th', '1,000th'; before a dash and another ordinal, a range: "fifteenth to" (a
        hyphen ran the two together, "fifteenth-sixteenth", an en dash made a pause)."""
        said = ordinal(int(m.group("ord").replace(",", "")), self.keep_and)
        return f" {said} to " if m.group("ord_to") else f" {said} "

    def _number_words(self, num: str) -> str:
        plain = num.replace(",", "")
        whole = plain.partition(".")[0]
        if "," not in num and "." not in num:
            if len(plain) > 1 and plain.startswith("0"):
                return digits(plain)  # ID-like: 007, 02134
            if len(plain) >= 9:
                return digits(plain)
        if "," not in num and "." not in num and len(whole) == 4 and 1100 <= int(whole) <= 2099:
            return year(int(whole), self.keep_and)
        return decimal(plain, self.keep_and)

    def _h_range(self, m: re.Match[str]) -> str:
        if self._labelled_code(m.start(), m.group("r_a"), m.group("r_b"), m.group("r_unit"),
                               m.group("r_gunit") or m.group("r_gin") or m.group("r_ap")):
            return f" {digits(m.group('r_a'))}, {digits(m.group('r_b'))} "
        if m.group("r_ap"):
            return self._hour_range(m, m.group("r_a"), m.group("r_b"), m.group("r_ap"))
        a, b = m.group("r_a"), m.group("r_b")
        if (not (m.group("r_unit") or m.group("r_gunit") or m.group("r_gin"))
                and a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2
                and "-" in m.group(0) and self._named_pair(m.start(), m.end(), int(a), int(b))):
            return f" {cardinal(int(a))}-{cardinal(int(b))} "
        return self._range_words(m, m.group("r_a"), m.group("r_b"), m.group("r_unit"),
                                 m.group("r_gunit") or m.group("r_gin"))

    def _named_pair(self, start: int, end: int, a: int, b: int) -> bool:
        """Is the hyphenated pair 'a-b' one thing's two numbers rather than a range: a
        player's height in feet and inches ("listed at 6-4, 215 pounds", "the 6-4 guard") or
        a score, vote, formation or pair of places before the noun it names ("a 4-3 win",
        "the 3-4 defense", "a 1-2 finish")? Then it is said "six-four"; "to" made it a range.
        A score after a verb ("won 6-4") keeps "six to four", as spoken."""
        text = self.text
        if text[end : end + 1] == "-" or text[start - 1 : start] == "-":
            return False
        words = text[end : end + 60].split()
        nxt = [w.strip(".,;:!?)\"'’”").lower() for w in words[:3]]
        if 4 <= a <= 7 and 1 <= b <= 11 and (end == len(text) or text[end] in " \t,)/;:."):
            if _HEIGHT_WEIGHT.match(text, end):
                return True  # "6-4, 215 pounds", "(6-2, 205)"
            if nxt and nxt[0] in _HEIGHT_NOUNS and not words[0].endswith((",", ".", ";")):
                return True  # "the 6-4 guard", "a 6-9 power forward"
            if (_HEIGHT_BEFORE.search(text, max(0, start - 30), start)
                    and not _NOT_HEIGHT_AFTER.match(text, end)):
                return True  # "he is listed at 6-4", "stands 6-10"
        # both numbers one word each ("sixty-forty") and neither zero: "ninety-two-eighty-
        # eight" ran into one number ("18-31" into the year 1831), and "one-zero" is no one's
        # "one-nothing"
        if text[end : end + 1] not in " \t" or not all(
                1 <= n <= 20 or (n < 100 and n % 10 == 0 and n) for n in (a, b)):
            return False
        for i, word in enumerate(nxt):
            if i and words[i - 1].endswith((",", ".", ";", ":")):
                return False
            if word in _PAIR_NOUNS or (a >= b and word in _PAIR_NOUNS_PLURAL):
                return True
            if word not in _PAIR_MODIFIERS and not words[i][:1].isupper():
                return False
        return False

    def _labelled_code(self, start: int, a: str, b: str, *units: str | None) -> bool:
        """Is 'a-b' a file number or a code after its label ("File No. 12-3456", "reference
        number 2019-4471", "No. 12-02826")? Then the hyphen joins the parts of one identifier,
        no range ("twelve to three thousand ...")."""
        if any(units) or not (a.isdigit() and b.isdigit()):
            return False
        window = max(0, start - 60)
        if (len(b) >= 4 or (len(b) >= 3 and b[0] == "0")) and _NO_LABEL_BEFORE.search(
                self.text, max(0, start - 6), start):
            return True  # "No. 12-02826": a docket's number, as "File No. 12-3456" is
        return bool(_FILE_LABEL_BEFORE.search(self.text, window, start)
                    or (len(a) + len(b) >= 4
                        and _CODE_LABEL_BEFORE.search(self.text, window, start)))

    def _h_capyears(self, m: re.Match[str]) -> str:
        """'FY2020-22': the capitals spelled, then the years as a range ("F Y twenty twenty to
        twenty-two"), not one hyphenated run of numbers."""
        years = self._range_words(m, m.group("cy_a"), m.group("cy_b"), None, None)
        return f" {spell(m.group('cy_l'))}{years}"

    def _h_spacerange(self, m: re.Match[str]) -> str:
        """'10 -20 minutes': a range typed with a space on one side of its hyphen."""
        if m.group("sr_ap"):
            return self._hour_range(m, m.group("sr_a"), m.group("sr_b"), m.group("sr_ap"))
        return self._range_words(m, m.group("sr_a"), m.group("sr_b"), m.group("sr_unit"),
                                 m.group("sr_gunit"))

    def _hour_range(self, m: re.Match[str], a: str, b: str, ap: str) -> str:
        """'10-11am': hours to an a.m. or p.m. said like a single time ("ten to eleven A-M")."""
        return f" {self._number_words(a)} to {self._number_words(b)}{self._ampm(ap, m.end())} "

    def _range_words(self, m: re.Match[str], a: str, b: str, unit: str | None,
                     gunit: str | None) -> str:
        """'a to b' and the unit; a unit letter glued to the range ("160-260ms", "5-10m")
        is read like one glued to a single number (an "m" before a plural may be million)."""
        aw = self._number_words(a)
        if (len(b) == 2 and len(a) == 4 and "," not in a and "." not in a
                and 1100 <= int(a) <= 2099):
            bw = cardinal(int(b)) if b[0] != "0" else "oh " + cardinal(int(b))
        else:
            bw = self._number_words(b)
        if gunit:
            one = "1" if self._unit_attributive(m.start(), m.end()) else b
            return f" {aw} to {bw} {self._glued_unit(gunit, one, m.end(), m.start())} "
        # "a 55 - 80 lb set": a range with its unit before a noun is an adjective, as one amount is
        return f" {aw} to {bw}{self._unit(unit, b, m.start(), m.end())} "

    def _h_innings(self, m: re.Match[str]) -> str:
        """'99 1-3 innings', '45.2 innings': whole innings and the outs of the next, in thirds
        ("ninety-nine and a third", "forty-five and two-thirds"); the hyphen is a box score's
        slash, not "to", and the decimal counts outs, not tenths."""
        whole = int(m.group("inn_w"))
        third = (m.group("inn_a") or m.group("inn_d")) == "1"
        part = "a third" if third else "two-thirds"
        if whole == 0:
            return f" {'one third' if third else 'two-thirds'} "
        return f" {cardinal(whole)} and {part} "

    def _h_fraction(self, m: re.Match[str]) -> str:
        said = self._fraction_words(m)
        if m.group("fr_from"):
            # "1 – 1 1/2 tbsp": a range ending in a mixed number ("one to one and a half"); the
            # range rule, taking "1 – 1", left the fraction without its whole ("one, one half")
            start = m.group("fr_from").rstrip(" \t–—-")
            said = f" {self._number_words(start)} to{said}"
        # "2 1/2-3 hours": a mixed number opening a range
        if m.group("fr_to"):
            return said.rstrip() + " to "
        return said + self._fraction_unit(m.group("fr_u"), m.group("fr_w") is not None, said)

    @staticmethod
    def _fraction_unit(unit: str | None, whole: bool, said: str = "") -> str:
        """The unit after a fraction ("1/2 tsp", "1 1/2 tbsp"): singular after a fraction of one
        ("one half teaspoon"), plural after a mixed number ("one and a half teaspoons"), and
        "of a" after several parts ("three quarters of a pound")."""
        if not unit:
            return ""
        sg, pl = UNITS.get(unit) or GLUED_UNITS[unit]  # "1/2 in. thick": inches, with its period
        if whole:
            return f"{pl} "
        if said.rstrip().endswith("s"):
            return f"of {'an' if sg[0] in 'aeiou' else 'a'} {sg} "
        return f"{sg} "

    def _fraction_words(self, m: re.Match[str]) -> str:
        whole = m.group("fr_w")
        a, b = int(m.group("fr_a")), int(m.group("fr_b"))
        lead = ""
        if whole:
            if b in _FRACTION_DEN and 0 < a < b:
                lead = cardinal(int(whole)) + " and "
            else:
                lead = self._number_words(whole.strip()) + " "
        if (a, b) == (24, 7):
            return f" {lead}twenty-four seven "
        if (not whole and len(m.group("fr_a")) == len(m.group("fr_b")) == 4
                and _SERIES_CODE.search(self.text, max(0, m.start() - 12), m.start())):
            # "GTX 1080/1070": two models of a series, said in pairs, either one
            return f" {_in_pairs(m.group('fr_a'))} or {_in_pairs(m.group('fr_b'))} "
        if (not whole and 5 <= b < 100 and a < b and not (a <= 12 and 13 <= b <= 31)
                and self._after_model_name(m.start()) and not self._fraction_follows(m.end())
                and self._score_context(m)):
            # "Ryzen 7/9", "iPhone 15/16": two models of a named line, in order; a date's
            # shape ("Sarah 3/14") and a small fraction ("3/4") keep their readings
            return f" {cardinal(a)} or {cardinal(b)} "
        if not whole and self._count_alternatives(a, b, m.end()):
            # "3/5-pin switches", "a 2/3-seat sofa": either count of the thing after the hyphen
            return f" {cardinal(a)} or {cardinal(b)} "
        if not whole and 1900 <= a <= 2099 and (b == a + 1 or (b < 100 and b == (a + 1) % 100)):
            # "2022/2023", "the 2022/23 season": a season or fiscal year, two years in a row
            tail = (year(b, self.keep_and) if b >= 100 else cardinal(b) if b >= 10
                    else f"oh {cardinal(b)}")
            return f" {year(a, self.keep_and)} to {tail} "
        before = self.text[max(0, m.start() - 7) : m.start()].lower().split()
        measured = b in (2, 3, 4, 8) and 0 < a < b and self._fraction_follows(m.end())
        if (not whole and before and before[-1] in _DATE_BEFORE and 1 <= a <= 12
                and 1 <= b <= 31 and not measured):
            return " " + self._date(a, b, None) + " "  # "on 5/10": May tenth
        if not whole and b in (5, 10, 100) and 0 <= a <= b and self._score_context(m):
            return f" {cardinal(a)} out of {cardinal(b)} "  # "a perfect 10/10", "9/10 doctors"
        if not whole and self._counts_either(a, b, m.start(), m.end()):
            # "6/7 people", "3/4 times a week", "not 6/7 as reported": one count or the next
            return f" {cardinal(a)} or {cardinal(b)} "
        if b in _FRACTION_DEN and 0 < a < b:
            sg, pl = _FRACTION_DEN[b]
            if whole:
                return f" {lead}{'a' if a == 1 else cardinal(a)} {sg if a == 1 else pl} "
            return f" {cardinal(a)} {sg if a == 1 else pl} "
        if b == 0:
            return f" {lead}{cardinal(a)} divided by zero "
        if a == b == 50:
            return f" {lead}fifty-fifty "
        if not whole and a + b == 100 and a % 5 == 0 and b % 5 == 0:  # "the 80/20 rule"
            return f" {cardinal(a)} {cardinal(b)} "
        if not whole and 1 <= a <= 12 and 13 <= b <= 31:  # "by 4/15": a month and a day
            return " " + self._date(a, b, None) + " "
        if 1 <= a <= 12 and 1 <= b <= 31:
            return f" {lead}{cardinal(a)} {cardinal(b)} "
        return f" {lead}{cardinal(a)} slash {cardinal(b)} "

    def _h_vulgar(self, m: re.Match[str]) -> str:
        """'2½', '2 ½': "two and a half"; a dash after it opens a range ("1½–2 cups": "one
        and a half to two"), which was a pause or "two one half-three"."""
        n = m.group("vu_n")
        to = " to " if m.group("vu_to") else " "
        unit = self._fraction_unit(m.group("vu_u"), bool(n), _VULGAR[m.group("vu")])
        if n:
            return f" {cardinal(int(n))} and {_VULGAR[m.group('vu')]}{to}{unit}"
        return " " + SYMBOL_WORDS[m.group("vu")] + to + unit

    def _h_degscale(self, m: re.Match[str]) -> str:
        """'Bake at 550 degrees F': the letter after "degrees" names the scale ("degrees
        Fahrenheit"); alone it was the letter F. Its period stays: a sentence may end there."""
        return " Fahrenheit" if m.group("dgs") == "F" else " Celsius"

    def _h_version(self, m: re.Match[str]) -> str:
        said = " point ".join(cardinal(int(p)) for p in m.group("ver").split("."))
        if m.group("ver_b"):
            said += " to " + " point ".join(cardinal(int(p)) for p in m.group("ver_b").split("."))
        letter = m.group("ver_l")
        if letter:
            # the letter, not the word "a" (eSpeak's "uh"): "A-" is the project's tied letter A
            said += " A-" if letter == "a" else " " + letter.upper()
        return " " + said + " "

    def _h_coderange(self, m: re.Match[str]) -> str:
        """'SP0-SP2', 'R1–R3': two codes of one prefix joined by a dash are a range ("SP zero to
        SP two"); the hyphen had run them together as one code. Only a short rising span
        ("SP0-SP2", not "G7-G20 talks", two groups meeting) is taken as a range."""
        p = len(m.group("cr_p"))
        lo, hi = int(m.group("cr_a")[p:]), int(m.group("cr_b")[p:])
        a = self._h_alnum(_ALNUM_TOKEN.match(m.group("cr_a"))).strip()
        b = self._h_alnum(_ALNUM_TOKEN.match(m.group("cr_b"))).strip()
        return f" {a} to {b} " if lo < hi <= lo + 9 else f" {a}-{b} "

    def _h_verwild(self, m: re.Match[str]) -> str:
        """'10.14.x', '2.x': a version whose last part is a wildcard, every release of that line
        ("ten point fourteen point x"); the decimal rule read "ten point one four" and left
        ".x" glued. Each part is a number, as in a full version."""
        parts = [cardinal(int(p)) for p in m.group("vw").split(".")]
        return " " + " point ".join([*parts, "x"]) + " "

    def _h_vversion(self, m: re.Match[str]) -> str:
        """'v2.5', 'v20.11.0', 'v1.04': a software version, "version two point five". Glued to
        the "v" it was split into a code ("v two") and a stray stop before the rest (". Five"),
        a sentence end. Each part is a number of its own ("one point ten"), a leading zero read
        as a digit ("one point zero four")."""
        parts = m.group("vv").split(".")
        said = " point ".join(digits(p) if len(p) > 1 and p[0] == "0" else cardinal(int(p))
                              for p in parts)
        return f" version {said} "

    def _h_digitrun(self, m: re.Match[str]) -> str:
        """Digits no number rule took (after a decimal comma, inside codes): still words."""
        d = m.group(0)
        if len(d) <= 4 and not (len(d) > 1 and d.startswith("0")):
            return " " + cardinal(int(d)) + " "
        return " " + digits(d) + " "

    def _h_ftin(self, m: re.Match[str]) -> str:
        """'6 ft 2 in': "six feet two inches" (the number rule left "in" as the word "in")."""
        f, i = m.group("fi_f"), m.group("fi_i")
        return (f" {cardinal(int(f))} {'foot' if f == '1' else 'feet'} "
                f"{cardinal(int(i))} {'inch' if i == '1' else 'inches'} ")

    def _h_feet(self, m: re.Match[str]) -> str:
        return f" {cardinal(int(m.group('ft')))} foot {cardinal(int(m.group('inch')))} "

    def _h_unitrange(self, m: re.Match[str]) -> str:
        """'12mm-14mm': the first end of a range whose unit is glued to both ends; the unit is
        said once, with the second number ("twelve to fourteen millimeters")."""
        return f" {self._number_words(m.group('ur_a'))} to "

    def _h_era(self, m: re.Match[str]) -> str:
        """'850 ce', '300 BCE', '1066 AD': a year before its era, the era said as letters (the
        lower-case "ce" is otherwise the word "see", "bce" a blur)."""
        return f" {year(int(m.group('era_n')), self.keep_and)} {spell(m.group('era_e').upper())} "

    def _model_letter(self, token: str, start: int) -> bool:
        """Is a number and a lower-case letter after a capitalized name ("Shop the Vertix 2s")
        the model the article writes with the capital ("Vertix 2S"), not a unit or a plural
        ("took 2s", "in 2s and 3s")?"""
        if not _NUMBER_LETTER.fullmatch(token) or self.text[start - 1 : start] != " ":
            return False
        prev = _CAP_NAME_BEFORE.search(self.text, max(0, start - 24), start)
        return bool(prev) and f"{prev.group(1)} {token.upper()}" in self._vocabulary()

    def _cpu_said(self, cpu: re.Match[str]) -> str:
        """"Core i9 14900K", "Ryzen 7 7800X3D": a processor's number after its tier, said in
        groups as with a hyphen ("i9-14900K"): never "one four nine zero zero thousand"."""
        n = cpu.group("n")
        said = (_in_pairs(n) if len(n) == 4
                else f"{cardinal(int(n[:2]))} {_model_number(n[2:])}")
        suffix = self._h_alnum(_ALNUM_TOKEN.match(cpu.group("suf"))).strip()
        return f" {said} {suffix} "

    def _h_commares(self, m: re.Match[str]) -> str:
        """'1,440p': a video resolution with a thousands comma, said in pairs like '1440p'."""
        return f" {_in_pairs(m.group('vr_a') + m.group('vr_b'))} P "

    def _h_alnum(self, m: re.Match[str]) -> str:
        token = m.group("an")
        # "Core i7 4790k": after a tier a suffix in small letters is the model's, as capitals
        cpu = _CPU_NUMBER.fullmatch(token)
        if not cpu and _CPU_LOWER_CODE.fullmatch(token) and _CPU_TIER_BEFORE.search(
                self.text, max(0, m.start() - 24), m.start()):
            cpu = _CPU_NUMBER.fullmatch(token.upper())
        if cpu and _TIER_BEFORE.search(self.text, max(0, m.start() - 24), m.start()):
            return self._cpu_said(cpu)
        if token[-1:].islower() and self._model_letter(token, m.start()):
            return self._h_alnum(_ALNUM_TOKEN.match(token.upper()))  # "Vertix 2s": 2S
        if _NUMERONYM.fullmatch(token) and not self._plural_of_code(token):
            return " " + _say_numeronym(token) + " "
        versus = _VERSUS_PLURAL.fullmatch(token)
        if versus:  # "5v5s", "1v1s": matches of five against five, "five v fives"
            a, v, b = versus.groups()
            v = "versus" if v == "vs" else v
            return f" {cardinal(int(a))} {v} {_pluralize_last(cardinal(int(b)))} "
        if token[:-1] in _TAX_FORMS and token[-1] == "s":
            return " " + _pluralize_last(_in_pairs(token[:-1])) + " "  # "1099s"
        grades = _GRADE_SPAN.fullmatch(token)
        if grades:  # "K-12 schools": kindergarten through twelfth grade, "K through twelve"
            return f" K through {cardinal(int(grades.group(1)))} "
        if token[-1] == "s" and token[:-1].isdigit():
            model = self._model_said(token[:-1], m.start())
            if model:  # "RTX 3080s", "RX 580s": the models, said as alone, never seconds
                return " " + _pluralize_last(model) + " "
        out = []
        parts = re.findall(r"[A-Za-z]+|\d+", token)
        # a code like "65UM7300" or "7800X3D" (letters between digits) is a model number too
        if len(parts) == 2 and parts[1] in ("p", "P", "i") and len(parts[0]) in (3, 4) \
                and parts[0][0] != "0" and parts[0][-1] == "0":
            # a video resolution ("720p", "1440P", "1080i"): in pairs, the letter spelled
            return f" {_in_pairs(parts[0].zfill(4))} {parts[1].upper()} "
        model = token[0].isalpha() or (len(parts) == 2 and parts[1] in ("p", "i")) or (
            # "3500HD", "6800XT": four digits and a model's capitals, not a unit ("1500HP")
            len(parts) == 2 and len(parts[0]) == 4 and re.fullmatch(r"[A-Z]{2,4}", parts[1])
            is not None and parts[1] not in UNITS and parts[1] not in GLUED_UNITS
            and parts[1] not in _MEASURE_CAPS) or (
            len(parts) >= 3 and parts[1].isalpha()) or (
            # a tax form glued to a name ("1040SCAN", "1099NEC") is said in pairs as alone
            parts[0] in _TAX_FORMS and len(parts) >= 2 and len(parts[1]) >= 2)
        for k, part in enumerate(parts):
            if part in ("a", "A") and k and parts[k - 1].isdigit():
                # "Pixel Buds 2a", "Form 2A": the letter; eSpeak says a lone "a" or "A" before a
                # word as the article ("two uh are"), tied with a hyphen as the letter's name
                tied = k + 1 < len(parts) or _WORD_NEXT.match(self.text, m.end())
                out.append("A-" if tied else "A")
                continue
            if part.isdigit():
                if (len(part) == 3 and "-" in token and token[0].isalpha() and part[1:] != "00"
                        and part[0] != "0"):  # "MBF-016" keeps its zero: "zero one six"
                    rest = int(part[1:])  # "F-150", "Tu-154": one fifty
                    tail = cardinal(rest) if rest >= 10 else f"oh {cardinal(rest)}"
                    out.append(f"{cardinal(int(part[0]))} {tail}")
                    continue
                if len(part) == 4 and model and part[0] != "0":
                    out.append(_in_pairs(part))  # "R6700", "1080p": sixty-seven hundred
                    continue
                if (len(part) == 3 and k == 1 and _NAME_PART.fullmatch(parts[0])
                        and part[0] != "0" and part[1:] != "00"):
                    out.append(_model_number(part))  # "Insta360", "Xbox360": three sixty
                    continue
                out.append(digits(part) if len(part) > 4 or part.startswith("0")
                           else cardinal(int(part)))
            elif part in ("k", "K") and len(parts) == 2 and out:
                nxt = re.match(r"[ \t]+(\w+)", self.text[m.end() : m.end() + 20])
                word = nxt.group(1).lower() if nxt else ""
                # "4K video", "a 5K run", "No 4K options" keep the K (a resolution or a race
                # has a small number); "50K residents" is fifty thousand
                small = int(parts[0]) <= 16
                # "Hero 25K sensor", "Focus X 26K": a K after a product's name names it (a
                # sensor's DPI, a model) as "Hero 16K" does, unless a noun counts it
                named = (self._after_name(m.start(), m.end()) or _LETTER_NAME_BEFORE.search(
                    self.text, max(0, m.start() - 24), m.start()) is not None) and not (
                    self._counts_next(m.end()) or self.text[max(0, m.start() - 3)
                                                            : m.start()].endswith("ly "))
                out.append("K" if not nxt or small or named or word in _RESOLUTION_WORDS
                           or word in _K_EVENTS or re.fullmatch(r"\d+p", word) else "thousand")
            elif (part == "kb" and len(parts) == 2 and out and token[0].isdigit()
                  and not _BITS_NEXT.match(self.text, m.end())):
                # "a 10kb file", "the 75kb limit": glued in lower case, as "gb" and "mb" are,
                # a size of data (a line's speed, "a 56kb modem", is bits, see BITS_CONTEXT)
                one = out[-1] == "one" or self._unit_attributive(m.start(), m.end())
                out.append(self._glued_unit(part, "1" if one else parts[0], m.end(), m.start()))
            elif part in BITS_UNITS and out and not _BITS_NEXT.match(self.text, m.end()):
                out.append(part)  # "a 5Mb file": bits or bytes, the writer does not say
            elif part in UNITS and out and part not in ("k", "K"):
                sg, pl = UNITS[part]
                one = out[-1] == "one" or self._unit_attributive(m.start(), m.end())
                out.append(sg if one and " per " not in sg else pl)
            elif part == "s" and len(out) == 1 and self._plural_number(m.start(), parts[0]):
                out[-1] = _pluralize_last(out[-1])  # "the 9s": the nines
            elif part in GLUED_UNITS and out and len(out) == 1 and token[0].isdigit():
                one = out[-1] == "one" or self._unit_attributive(m.start(), m.end())
                said = self._glued_unit(part, "1" if one else parts[0], m.end(), m.start())
                if said == "V" and len(parts[0]) == 3:
                    out[-1] = _model_number(parts[0])  # "Arc 140V", "258V": one forty V
                out.append(said)
            elif (part in _LOWER_ROMAN and k == len(parts) - 1 and k >= 2
                  and parts[k - 1].isdigit() and parts[0][:1].isupper()):
                out.append(cardinal(_LOWER_ROMAN[part]))  # "QC35ii", "A7iii": two, three
            elif part == "Mk" and k == 0 and len(parts) == 2:
                out.append("Mark")  # "Mk2": a model's mark, "Mark two"
            elif (len(part) == 2 and part[0].isupper() and part[1].islower()
                  and re.match(re.escape(part) + r"\d", token)):
                out.append(spell(part.upper()))  # "Px7": P X seven
            elif (len(part) == 2 and part[0].isupper() and part[1].islower() and part[1] != "s"
                  and k and parts[k - 1].isdigit() and not _unit_in_other_case(part)):
                # "60Da", "7Dx": a model's letters after its number (a unit, "50Hz", was
                # taken above, "3Ft" and "2Gb" are left as they were; "5Ds" is a plural,
                # below), never the word "da"
                out.append(spell(part.upper()))
            elif part == "s" and token[0].isalpha() and token.endswith("s") and out \
                    and token[-2].isdigit():
                out[-1] = _pluralize_last(out[-1])  # "ATR2100s", "PS5s": model plurals
            elif (len(part) <= 4 and part[-1] == "s" and part[:-1].isupper() and out
                  and token[: token.rindex(part)][-1:].isdigit()):
                out.append(spell(part[:-1]) + "'s")  # "Q2Us": Q two U's, not the word "us"
            elif (len(part) == 2 and part.islower() and parts[0].isupper() and out
                  and token.endswith(part) and token[-3].isdigit()):
                out.append(spell(part.upper()))  # "XM2we", "S24fe": X M two W E, not "we"
            elif len(part) >= 3 and part[:-1].isupper() and part[-1].islower():
                out.append(spell(part[:-1]) + " " + part[-1])  # "IKEv2": I K E v two
            elif part.isupper() and len(part) <= 3:
                # "AS5", "IP53" are letters; a word-shaped "COP27" is said as a word, but
                # not capitals after a leading number: "4LED", "12LED" is a count of an
                # initialism ("four L E D"), as "4 LED" is
                word_like = ((_CVC.match(part) and _zipf(part.lower()) >= 4.0
                              and not (k and token[0].isdigit()))
                             # "COX-2" in an article that writes "Cox-2": said as a word
                             or (k == 0 and self._written_as_word(part, m.start())))
                out.append(SAY_AS_WORD.get(part) or (part.capitalize() if word_like
                                                     else spell(part)))
            else:
                out.append(self._say_letters_or_word(part, m.start()))
        return " " + " ".join(out) + " "

    def _plural_of_code(self, token: str) -> bool:
        """Is a small-letter code ending in "s" the plural of one the text writes alone ("the
        i7s" beside "an i7"), not a numeronym whose last letter is an "s" ("k8s")? Intel's
        tiers ("i5s", "i9s") are plurals even alone: no numeronym is written so."""
        if _INTEL_TIER_PLURAL.fullmatch(token):
            return True
        return token[-1] == "s" and re.search(
            r"(?<![\w-])" + re.escape(token[:-1]) + r"(?![\w-])", self.text, re.IGNORECASE
        ) is not None

    def _h_number(self, m: re.Match[str]) -> str:
        num = m.group("n_num")
        sign = m.group("n_sign")
        unit = m.group("n_unit")
        words = self._number_words(num)
        if len(num) == 4 and num.isdigit() and 1000 <= int(num) < 1100 and not unit:
            raw_before = self.text[max(0, m.start() - 7) : m.start()].split()
            if raw_before and raw_before[-1].isupper() and raw_before[-1].isalpha():
                words = _in_pairs(num)  # "GTX 1060", beside "GTX 1660": ten sixty
            before = [w.lower() for w in raw_before]
            if before and before[-1] in ("in", "since", "by", "until", "from", "of", "year",
                                         "circa", "c.", "before", "after", "around"):
                words = year(int(num), self.keep_and)  # "in 1066": ten sixty-six
        if (len(num) == 4 and num.isdigit() and 2100 <= int(num) <= 2500 and not unit
                and not m.group("n_gunit") and self._year_after_time_word(m)):
            words = year(int(num), self.keep_and)  # "scenarios through 2100": twenty-one hundred
        if (len(num) == 4 and num.isdigit() and not unit and not m.group("n_gunit")
                and _SERIES_PAIR.search(self.text, max(0, m.start() - 24), m.start())):
            words = _in_pairs(num)  # "GTX 1080 & 1070": the second model of a pair, ten seventy
        if (num.isdigit() and 4 <= len(num) <= 9 and not unit and not sign
                and not m.group("n_gunit")
                and _MODEL_LABEL.search(self.text, max(0, m.start() - 16), m.start())
                and not self._counts_next(m.end())):
            # "model # 29882": a catalogue number, "two nine eight eight two"
            return " " + (_in_pairs(num) if len(num) == 4 and num[0] != "0" else digits(num)) + " "
        if (len(num) == 4 and num.isdigit() and num[0] != "0" and not unit
                and not m.group("n_gunit") and words == cardinal(int(num))
                and _SERIES_BEFORE.search(self.text, max(0, m.start() - 120), m.start())
                and not self._counts_next(m.end())):
            words = _in_pairs(num)  # "RTX 5050 beats the 4050": a sibling model, forty fifty
        if (len(num) == 4 and num.isdigit() and num[0] != "0" and not unit and not sign
                and not m.group("n_gunit") and words == cardinal(int(num))
                and (num in self._vocabulary() or self._spec_cell(m.start(), m.end()))
                and not self._counts_next(m.end()) and not self._amount_before(m.start())):
            # "a top-end 3950 sensor" in an article that writes "PixArt 3950", or a bare
            # number in a row of spec cells ("Xtrfy M4 66g 3389 Honeycomb"): a model number
            words = _in_pairs(num)
        if (len(num) == 4 and num.isdigit() and words != cardinal(int(num))
                and num[2:] != "00"):
            nxt = _COUNTED_NEXT.match(self.text, m.end())
            if (unit or m.group("n_gunit")) and not self._year_unit(m):
                words = cardinal(int(num))  # "1535 kcal", "1750mg": a quantity, not a year
            elif nxt and nxt.group(1) in _COUNTED_NOUNS:
                words = cardinal(int(num))  # "the “1269” unread count": a count, not a year
        if (3 <= len(num) <= 5 and num.isdigit() and num[0] != "0" and not unit and not sign
                and not m.group("n_gunit")
                and _CPU_TIER_BEFORE.search(self.text, max(0, m.start() - 24), m.start())):
            # "Ryzen 5 3600", "Ryzen 5 240": a processor's number after its tier, in groups
            words = (_model_number(num) if len(num) == 3 else _in_pairs(num) if len(num) == 4
                     else f"{cardinal(int(num[:2]))} {_model_number(num[2:])}")
        elif (len(num) == 3 and num.isdigit() and num[0] != "0" and not unit and not sign
              and not m.group("n_gunit")
              and _GPU_SERIES_BEFORE.search(self.text, max(0, m.start() - 12), m.start())):
            # "RX 580", "GTX 970", "HD 630": a graphics chip of a series, said as its plural
            # "RX 580s" is ("five eighties"): "five eighty", not counted
            words = _model_number(num)
        elif (3 <= len(num) <= 4 and num.isdigit() and num[0] != "0" and not unit and not sign
              and not m.group("n_gunit")
              and _BRAND_BEFORE.search(self.text, max(0, m.start() - 20), m.start())
              and _DEVICE_NEXT.match(self.text, m.end())):
            # "Sharp's 902 3G mobile phone", "a Nokia 6630 handset": a model number between a
            # brand and a device noun, said as a model ("nine oh two"), not counted
            words = _model_number(num) if len(num) == 3 else _in_pairs(num)
        elif (num in _NAMED_PAIR_NUMBERS and not unit and not sign
              and not m.group("n_gunit") and "#" + num in self._vocabulary()
              and _PRODUCT_DETERMINER_BEFORE.search(self.text, max(0, m.start() - 12), m.start())
              and _PRODUCT_NOUN_NEXT.match(self.text, m.end())):
            # "your entire 360 library" in an article that writes "Xbox 360": the product,
            # said as after its name ("three sixty"); a count ("360 degrees", "the 360 games")
            # is before a plural and stays
            words = _model_number(num)
        elif (num in _NAMED_PAIR_NUMBERS
              or (len(num) == 4 and num.isdigit() and int(num) >= 2100)) \
                and not unit and not m.group("n_gunit") and self._after_name(m.start(), m.end()):
            # "RTX 5070", "PixArt 3395", "Sonicare 4100", "Microsoft 365": a model number
            # after a name is said in pairs ("forty-one hundred", "three sixty-five")
            words = _in_pairs(num) if len(num) == 4 else _model_number(num)
        elif (_COURSE_NUMBER.match(num) and not unit and not m.group("n_gunit")
              and (self._after_place_word(m.start()) or (
                  self._after_name(m.start(), m.end()) and self._names_a_thing(m))
                   or (num == "101" and not sign and self._course_idiom(m.start(), m.end())))):
            # "Wine 101", "Highway 401", "Error 404": a number naming a course, road or code
            # after a name is said "one oh one", not counted ("one hundred one")
            words = _model_number(num)
        if not unit and not sign:
            named = self._named_number(m, num)
            if named:
                return " " + named + " "
        if sign:
            words = ("minus " if sign in "-−" else "plus ") + words
        if unit and unit.strip() in ("K", "k"):
            nxt = re.match(r"[ \t]+(\w+)", self.text[m.end() : m.end() + 20])
            if (nxt and nxt.group(1).lower() in _RESOLUTION_WORDS) or _FRAME_RATE_NEXT.match(
                    self.text, m.end()):
                return " " + words + " K "  # "6.2K video", "6.2K/30p": a resolution
            if num.isdigit() and int(num) <= 16 and re.match(r"-[A-Za-z]", self.text[
                    m.end() : m.end() + 2]):
                return " " + words + " K"  # "8K-capable", "4K-HDR": as "4K video" (see alnum)
        if (m.group("n_gunit") == "s" or unit == "s") and not sign:
            model = self._model_said(num, m.start())
            if model:
                return " " + _pluralize_last(model) + " "  # "RTX 3080s": thirty eighties
        if m.group("n_gunit") == "s" and self._plural_number(m.start(), num):
            return " " + _pluralize_last(words) + " "  # "2-in-1s", "the 9s": ones, nines
        if m.group("n_gunit") == " W" and self._spaced_w_is_letter(m.start()):
            return " " + words + " W "  # "Route 66 W toward Flagstaff": a direction or a name
        if m.group("n_gunit"):
            one = "1" if self._unit_attributive(m.start(), m.end()) else num
            unit_said = self._glued_unit(m.group("n_gunit").strip().rstrip("."), one, m.end(),
                                         m.start())
            if unit_said == "V" and len(num) == 3 and num.isdigit():
                words = _model_number(num)  # "Arc 140V", "258V": one forty V, two fifty-eight V
            return " " + words + " " + unit_said + " "
        end = m.end()
        if unit and self.text[end : end + 1] == "." and self._heading_unit_stop(end):
            end += 1  # "34 oz. French Press Coffee Maker": judged by the name after the period
        return " " + words + self._unit(unit, num, m.start(), end) + " "

    def _plural_number(self, start: int, num: str) -> bool:
        """Is the "s" glued to ``num`` (at ``start``) its plural, not seconds: after "the" or a
        hyphen ("the 9s", "2-in-1s", "the mid-200s"), or a round hundred after a word that
        places a time or an amount in a span ("the early 200s", "in the low 300s"), as
        decades are ("the early 1990s")?"""
        if self.text[max(0, start - 4) : start] == "the " or self.text[start - 1 : start] == "-":
            return True
        if len(num) <= 3 and num.isdigit() and _NUMBERING_NOUN_BEFORE.search(
                self.text, max(0, start - 14), start):
            return True  # "in Game 1s", "Category 5s", "size 10s": the things so numbered
        if (len(num) == 2 and "59" <= num <= "89"
                and _GOLF_SCORE_BEFORE.search(self.text, max(0, start - 20), start)):
            return True  # "3-under 68s", "rounds of 67s": golf scores, not seconds
        if len(num) <= 2 and (
                _PLURAL_COUNT_BEFORE.search(self.text, max(0, start - 10), start)
                or _PLURAL_PAIR_BEFORE.search(self.text, max(0, start - 16), start)
                or (self.text[max(0, start - 3) : start] == "in "
                    and _PLURAL_PAIR_AFTER.match(self.text, start + len(num) + 1))):
            return True  # "in 2s and 3s", "by 5s", "two 3s": the numbers themselves, counted
        if _ROUND_THOUSANDS.fullmatch(num) and not _TIME_PREP_BEFORE.search(
                self.text, max(0, start - 10), start):
            return True  # "in the low 5,000s", "2,000s of fans": thousands, never seconds
        if len(num) <= 2 and self._in_plural_list(start, start + len(num) + 1):
            return True  # "gave 10s, 9s and 8s": scores named in a list, not times
        if (len(num) == 2 and num >= "11"
                and _AGE_GROUP_BEFORE.search(self.text, max(0, start - 14), start)):
            return True  # "for over 65s": people of that age and over
        return _ROUND_HUNDRED.fullmatch(num) is not None and _SPAN_WORD_BEFORE.search(
            self.text, max(0, start - 8), start) is not None

    def _in_plural_list(self, start: int, end: int) -> bool:
        """Is the number with "s" at ``start:end`` one of a list of such plurals ("10s, 9s and
        8s", "9s and 8s")? A comma beside another whole number with "s" makes a list; "and"
        does too, unless a word timing a run comes first ("rest 10s and 20s"); "or" and "to"
        join times ("for 2s or 3s", "5s to 10s") and are left alone."""
        if not (_PLURAL_LIST_AFTER.match(self.text, end)
                or _PLURAL_LIST_BEFORE.search(self.text, max(0, start - 12), start)):
            return False
        first = self._list_first(start)
        return not (_TIMED_BEFORE.search(self.text, max(0, first - 16), first)
                    or _TIME_PREP_BEFORE.search(self.text, max(0, first - 10), first))

    def _list_first(self, start: int) -> int:
        """Where the list of whole numbers with "s" that the one at ``start`` ends starts
        ("took 45s, 50s and 52s": at "45s"); ``start`` itself when none is before it."""
        first = start
        for _ in range(12):
            before = _PLURAL_LIST_BEFORE.search(self.text, max(0, first - 12), first)
            if not before:
                break
            first = before.start()
        return first

    def _year_unit(self, m: re.Match[str]) -> bool:
        """Is the "unit" after a year-shaped number a word or letter that follows a year ("in
        2019 MW plants", "the 1984 m...")? After "in", "since" and the like, or as a spaced
        single letter or "in", it may be; a glued symbol ("1535kcal") or a unit after a space
        ("1750 mg") is a quantity's, said as a count, not a year ("fifteen thirty-five")."""
        unit = m.group("n_unit") or m.group("n_gunit") or ""
        before = self.text[max(0, m.start() - 7) : m.start()].split()
        if unit[:1].isspace() and before and before[-1].lower() in _YEAR_BEFORE:
            return True  # "in 2019 MW plants": a year before capitals
        if unit[:1].isspace():
            return len(unit.strip().rstrip(".")) < 2 or unit.strip().startswith("in")
        return False

    def _named_number(self, m: re.Match[str], num: str) -> str | None:
        """A number that names a thing and is said as its name, or None for a quantity:
        'called 911' (nine one one), 'the 411 on' (four one one), 'a 1099' and '1099s' (ten
        ninety-nine, ten ninety-nines), 'batting .300' (three hundred)."""
        gunit = m.group("n_gunit")
        nxt = _NEXT_WORD.match(self.text, m.end())
        word = nxt.group(1) if nxt else ""
        before = self.text[max(0, m.start() - 24) : m.start()].lower().split()
        prev = before[-1].strip("\"'“‘(") if before else ""
        counted = word.endswith("s") and not word.endswith(("ss", "us", "is"))
        if _N11.match(num) and not gunit and (word in _DIAL_AFTER or (
                not counted and (prev in _DIAL_BEFORE
                                 or (prev == "the" and self._names_a_thing(m))
                                 or _DIAL_PAIR_BEFORE.search(self.text, max(0, m.start() - 30),
                                                             m.start())
                                 or self._service_elsewhere(num, m.start())))):
            return _model_number(num) if num == "101" else digits(num)  # "call 101": one oh one
        if (not gunit and num.isdigit() and not m.group("n_sign")
                and (len(num) >= 4 or _NEXT_GROUP.match(self.text, m.end())
                     or self.text[max(0, m.start() - 2) : m.start() - 1].isdigit())
                and _CODE_LABEL_BEFORE.search(self.text, max(0, m.start() - 60), m.start())):
            return digits(num)  # "Passcode: 11784518", "Meeting ID: 812 3456": a code to key in
        if (not gunit and num.isdigit() and len(num) >= 5
                and ((not counted and _ID_LABEL_BEFORE.search(
                    self.text, max(0, m.start() - 40), m.start()))
                     or _ID_NOUN_LABEL_BEFORE.search(self.text, max(0, m.start() - 40),
                                                     m.start()))):
            return digits(num)  # "Hatch project 233535", "grant number 1234567": an identifier
        if (not gunit and num.isdigit() and 4 <= len(num) <= 6 and not counted
                and not (len(num) == 4 and num[:2] in ("19", "20"))
                and (prev in _DIAL_NOW or _PHONE_AFTER.match(self.text, m.end())
                     or _TEXT_TO_BEFORE.search(self.text, max(0, m.start() - 90), m.start()))):
            return digits(num)  # "text 85258", "18001 0800 028 2878": a short code, a prefix
        if num in _TAX_FORMS and gunit in (None, "s"):
            counted = counted and word not in _TAX_NOUNS
            if prev not in ("form", "forms", "irs") and (
                    counted or prev in _AMOUNT_BEFORE
                    or (not gunit and word in _COUNT_VERBS - {"and", "or", "to"})):
                return None  # "1099 patients", "1040 were": a count
            said = _in_pairs(num)
            return _pluralize_last(said) if gunit else said
        if (not gunit and len(num) == 3 and num[0] == "." and num[1] != "0"
                and _CALIBER_WORDS.search(self.text, max(0, m.start() - 30), m.end() + 24)):
            return cardinal(int(num[1:]))  # "a .22 calibre rifle": twenty-two
        if (not gunit and len(num) == 4 and num[0] == "." and num[1] != "0"
                and _POINT_NAME_WORDS.search(self.text, max(0, m.start() - 40),
                                             m.end() + 40)):
            return _model_number(num[1:])
        return None

    def _service_elsewhere(self, num: str, start: int) -> bool:
        """Does the text dial this service number elsewhere ("call NHS 111 ... where 111 isn't
        available")? Then a bare mention of it after a word of place, means or condition
        ("where", "on", "use") is the same number, said digit by digit; after any other word
        ("about 111", "sold 111") it may be an amount and stays one."""
        before = self.text[max(0, start - 16) : start].lower().split()
        if before and before[-1] not in _SERVICE_MENTION_BEFORE:
            return False  # "about 111", "turned 101", "sold 111 units": an amount
        return re.search(r"(?<![\w-])(?:NHS|[Cc]all|[Dd]ial|[Rr]ing|[Pp]hone)[ \t]+" + num
                         + r"(?![\w,.]\d|\d)", self.text) is not None

    def _h_romantail(self, m: re.Match[str]) -> str:
        """'World War I and II', 'Henry VII and VIII', 'Phase I/II': a Roman numeral after
        another and a joining word shares the first one's noun, so it is said as the first was
        ("One and Two", "the Seventh and the Eighth"); spelled, "I I" was two letters. A first
        numeral read as letters leaves this one letters too."""
        numeral, poss = m.group("rt"), "'s" if m.group("rt_s") else ""
        dash = m.group("rt_d") or ""
        head_end = m.start()
        while head_end > 0 and self.text[head_end - 1] not in "IVX":
            head_end -= 1
        head = self._head_numeral_said(head_end)
        value = _roman_value(numeral) or 0
        if head is None or not value:
            return dash + self._safe_words(m)
        ordinal_form, capital = head
        word = ordinal(value) if ordinal_form else cardinal(value)
        if capital:
            word = word[:1].upper() + word[1:]
        joint = {"-": " to ", "–": " to ", "/": "-", "": " "}[dash]
        return joint + ("the " if ordinal_form else "") + word + poss + " "

    def _head_numeral_said(self, pos: int) -> tuple[bool, bool] | None:
        """How the numeral ending just before ``pos`` was said, if as a number: (ordinal,
        capitalized) from the piece of output that read it ("the Seventh": (True, True); "two":
        (False, False)); None when it was read as letters or is not there."""
        for i in reversed(self._live[-6:]):
            text, start, end = self.pieces[i]
            if start < pos <= end:
                said = _NUMBER_WORD_END.search(text)
                if not said:
                    return None
                w = said.group("w").lower()
                if said.group("the") and w in _ORDINALS_TO_40:
                    return True, said.group("w")[:1].isupper()
                if w in _CARDINALS_TO_40 and not said.group("the"):
                    return False, said.group("w")[:1].isupper()
                return None
            if end <= pos - 8:
                break
        return None

    def _h_romannoun(self, m: re.Match[str]) -> str:
        """'phase III', 'class II felony', 'phase IIa', 'Man-III': a Roman numeral numbering a
        phase, a class or a sequel is its number ("phase three", "phase two A"); spelled, "I I
        I" was three letters and "IIa" a word."""
        if m.group("rn_h"):
            return cardinal(_roman_value(m.group("rn_h")) or 0).capitalize()
        said = cardinal(_roman_value(m.group("rn_n")) or 0)
        sub = m.group("rn_s")
        if sub:
            said += " A-" if sub == "a" else " " + sub.upper()
        return " " + said + " "

    def _h_letterroman(self, m: re.Match[str]) -> str:
        """'Galaxy S III', 'Samsung SIII': a product's letter and its generation in Roman
        numerals, the letter spelled and the numeral counted ("S Three"), as a model's digit
        is in "Galaxy S4"."""
        value = _roman_value(m.group("lr_g") or m.group("lr_n")) or 0
        poss = "'s" if m.group("lr_s") else ""
        return f"{m.group('lr_l')} {cardinal(value).capitalize()}{poss} "

    def _h_acroroman(self, m: re.Match[str]) -> str:
        """'the KDX IV', 'XPS III's': a product named in capitals and its generation numeral;
        the numeral is counted ("K D X four") as a model's digit is, never spelled ("I V")."""
        value = _roman_value(m.group("ar_n")) or 0
        poss = "'s" if m.group("ar_s") else ""
        return f" {cardinal(value)}{poss} "

    def _h_roman(self, m: re.Match[str]) -> str:
        said = self._roman_words(m)
        if not m.group("ro_dot"):
            return said
        if said.endswith(f" {m.group('ro_num')} ") and self._initial(m.start("ro_num"),
                                                                     m.end()):
            return said  # "Jennifer M. Johnston": a middle initial, said without its stop
        return said.rstrip() + ". "

    def _after_ruler_title(self, start: int, name: str) -> bool:
        """Is ``name`` (at ``start``) a ruler's: a title of one opens it or comes right before
        it ("King Francois", "Emperor Haile Selassie")?"""
        first = name.split(" ")[0]
        if first in _RULER_TITLES and " " in name:
            return True
        before = self.text[max(0, start - 12) : start].split()
        return bool(before) and before[-1] in _RULER_TITLES

    def _roman_words(self, m: re.Match[str]) -> str:
        name, numeral = m.group("ro_name"), m.group("ro_num")
        stop = m.end("ro_s") if m.group("ro_s") else m.end("ro_num")
        value = _roman_value(numeral)
        last = name.split(" ")[-1]
        poss = "'s" if m.group("ro_s") else ""
        if value is None or not numeral:
            return self._safe_words(_ANY.match(self.text, m.start(), stop))
        coordinated = _ROMAN_TAIL_AFTER.match(self.text, stop) is not None
        if numeral == "I" and (last == "War" or (coordinated and last == "Wars")):
            return f" {name} One{poss} "
        if coordinated and last not in _NUMBERED_NOUNS and (
                _singular(last) in _NUMBERED_NOUNS or last == "Wars"):
            last = _singular(last)  # "Parts I and II", "Chapters IV-VI": the noun's plural
        if value <= 40 and (last in REGNAL or self._after_ruler_title(m.start(), name)):
            return f" {name} the {ordinal(value).capitalize()}{poss} "
        if (2 <= value <= 4 and " " in name and name.split(" ")[0] in _GIVEN_NAMES
                and last not in _NUMBERED_NOUNS and last not in _NUMBERED_EVENTS):
            return f" {name} the {ordinal(value).capitalize()}{poss} "  # "Stuart Janney III"
        if last in _NUMBERED_EVENTS and value <= 200:
            return f" {name} {cardinal(value).capitalize()}{poss} "
        # a lone C, D, L or M after a noun that numbers things is a letter grading or naming
        # it ("Schedule C", "Type C", "Part L", "Plan D"): no one numbers a part 100 or 500
        if len(numeral) == 1 and numeral in "CDLM":
            return self._safe_words(_ANY.match(self.text, m.start(), stop))
        if last in _NUMBERED_NOUNS and value <= 100:
            if numeral == "I" and not poss and _PRONOUN_I_AFTER.match(self.text, stop):
                # "Before Act I thought...": a lone I opening a clause is the pronoun
                return self._safe_words(_ANY.match(self.text, m.start(), stop))
            return f" {name} {cardinal(value).capitalize()}{poss} "
        # after any other name only a small numeral of I, V, X, L ("Super Bowl LVIII",
        # "Apollo XI"): "Logitech MX", "Sony CD" and "MIX" are letters, not numbers
        if len(numeral) < 2 or value > 100 or set(numeral) & set("CDM") or numeral in (
                "LI", "XL", "LX", "LV"):
            return self._safe_words(_ANY.match(self.text, m.start(), stop))
        return f" {name} {cardinal(value).capitalize()}{poss} "
