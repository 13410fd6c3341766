"""Units of measure: symbols after a number ("5 km", "100m", "75F"), singular when the amount
describes a noun ("a 72W charger"), and "per" after a slash ("km/h", "$150/hour").

Part of the speech normalizer (:mod:`narrate.normalize`): the tables for this class of
tokens, and the rule handlers, as a mixin of the normalizer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .abbreviations import _zipf
from .money import _NEXT_WORD, _NOT_A_NOUN, _S_VERBS, paragraph_bounds
from .spoken import _is_one, cardinal, decimal

#: Units after a slash that make it "per" ("$150/hour", "30 kg/day").
_PER_UNITS = {
    "hour": "hour", "hr": "hour", "h": "hour", "day": "day", "week": "week", "wk": "week",
    "month": "month", "mo": "month", "year": "year", "yr": "year", "night": "night",
    "person": "person", "head": "head", "share": "share", "barrel": "barrel", "bbl": "barrel",
    "ton": "ton", "tonne": "tonne", "gallon": "gallon", "gal": "gallon", "litre": "litre",
    "liter": "liter", "l": "liter", "kg": "kilogram", "lb": "pound", "mile": "mile",
    "km": "kilometer", "m": "meter", "kWh": "kilowatt hour", "MWh": "megawatt hour",
    "ounce": "ounce", "oz": "ounce", "unit": "unit", "s": "second", "sec": "second",
    "second": "second", "min": "minute", "minute": "minute", "sqft": "square foot",
    "seat": "seat", "user": "user", "visit": "visit", "game": "game", "household": "household",
    "student": "student", "employee": "employee", "capita": "capita", "item": "item",
}


#: Words left of a slash that are amounts of something ("miles/hour", "dollars/month").
_PER_LEFT = {
    "dollars", "dollar", "euros", "euro", "pounds", "pound", "cents", "miles", "mile",
    "kilometers", "kilometres", "meters", "metres", "feet", "foot", "gallons", "liters",
    "litres", "calories", "words", "beats", "points", "k", "million", "billion", "thousand",
    "mi", "canadian", "australian", "american",  # "mi/kWh", "$410 Canadian/night"
}


UNITS: dict[str, tuple[str, str]] = {
    # symbol: (singular, plural)
    "km²": ("square kilometer", "square kilometers"),
    "km2": ("square kilometer", "square kilometers"),
    "sq km": ("square kilometer", "square kilometers"),
    "m²": ("square meter", "square meters"),
    "sq ft": ("square foot", "square feet"),
    "sq. ft": ("square foot", "square feet"),
    "sq.ft": ("square foot", "square feet"),
    # table headers capitalize them ("Price per Sq. Ft.", "SQ FT")
    "Sq Ft": ("square foot", "square feet"),
    "Sq. Ft": ("square foot", "square feet"),
    "Sq.Ft": ("square foot", "square feet"),
    "SQ FT": ("square foot", "square feet"),
    "SQ. FT": ("square foot", "square feet"),
    "sq mi": ("square mile", "square miles"),
    "cu ft": ("cubic foot", "cubic feet"),
    "cu. ft": ("cubic foot", "cubic feet"),
    "cu.ft": ("cubic foot", "cubic feet"),
    "km/h": ("kilometer per hour", "kilometers per hour"),
    "kmh": ("kilometer per hour", "kilometers per hour"),
    "kph": ("kilometer per hour", "kilometers per hour"),
    "mph": ("mile per hour", "miles per hour"),
    "km": ("kilometer", "kilometers"),
    "cm": ("centimeter", "centimeters"),
    "mm": ("millimeter", "millimeters"),
    "kg": ("kilogram", "kilograms"),
    "mg": ("milligram", "milligrams"),
    "lb": ("pound", "pounds"),
    "lbs": ("pound", "pounds"),
    "lb-ft": ("pound-foot", "pound-feet"),
    "oz": ("ounce", "ounces"),
    "ft": ("foot", "feet"),
    "ml": ("milliliter", "milliliters"),
    "mL": ("milliliter", "milliliters"),
    "kW": ("kilowatt", "kilowatts"),
    "kWh": ("kilowatt hour", "kilowatt hours"),
    "mAh": ("milliamp hour", "milliamp hours"),
    "fps": ("frame per second", "frames per second"),
    "m/s²": ("meter per second squared", "meters per second squared"),
    "m/s2": ("meter per second squared", "meters per second squared"),
    "m/s": ("meter per second", "meters per second"),
    "Wh": ("watt hour", "watt hours"),
    "mi/kWh": ("mile per kilowatt hour", "miles per kilowatt hour"),
    "m/kWh": ("mile per kilowatt hour", "miles per kilowatt hour"),  # an EV's miles, not meters
    "mi": ("mile", "miles"),
    "dB": ("decibel", "decibels"),
    "dBA": ("decibel", "decibels"),
    "mpg": ("mile per gallon", "miles per gallon"),
    "psi": ("P S I", "P S I"),
    "rpm": ("R P M", "R P M"),
    "bpm": ("B P M", "B P M"),
    "ppm": ("part per million", "parts per million"),
    "lm": ("lumen", "lumens"),
    "nm": ("nanometer", "nanometers"),
    "µm": ("micrometer", "micrometers"),
    "μm": ("micrometer", "micrometers"),
    "Nm": ("newton meter", "newton meters"),
    "mA": ("milliamp", "milliamps"),
    "mW": ("milliwatt", "milliwatts"),
    "kcal": ("calorie", "calories"),
    "KHz": ("kilohertz", "kilohertz"),
    "LB": ("pound", "pounds"),
    "LBS": ("pound", "pounds"),
    "Lbs": ("pound", "pounds"),
    "Mbps": ("megabit per second", "megabits per second"),
    "Gbps": ("gigabit per second", "gigabits per second"),
    "kbps": ("kilobit per second", "kilobits per second"),
    "Kbps": ("kilobit per second", "kilobits per second"),
    "Tbps": ("terabit per second", "terabits per second"),
    "gal": ("gallon", "gallons"),
    "MW": ("megawatt", "megawatts"),
    "MWh": ("megawatt hour", "megawatt hours"),
    "GW": ("gigawatt", "gigawatts"),
    "GWh": ("gigawatt hour", "gigawatt hours"),
    "TW": ("terawatt", "terawatts"), "TWh": ("terawatt hour", "terawatt hours"),
    "kVA": ("kilovolt-ampere", "kilovolt-amperes"), "MVA": ("megavolt-ampere", "megavolt-amperes"),
    "hp": ("horsepower", "horsepower"),
    "KB": ("kilobyte", "kilobytes"),
    "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"),
    "TB": ("terabyte", "terabytes"),
    # a capital multiple and a lower-case "b" is bits, as memory dies and areal densities are
    # given ("a 1Tb NAND die", "1.14Tb per square inch", "a 16Gb DRAM chip"): no word is
    # spelled so. "Mb" and "kb" are bits too, as SI and IEC usage writes them ("a 100 Mb link",
    # "a 56 kb modem"); lower-case "mb" stays out (a millibar, or a megabyte typed carelessly)
    "Gb": ("gigabit", "gigabits"), "Tb": ("terabit", "terabits"),
    "Mb": ("megabit", "megabits"), "kb": ("kilobit", "kilobits"), "Kb": ("kilobit", "kilobits"),
    # "20Gbs", "100 Mbs": a rate in bits written without the "p" of "Gbps" (hardware prose);
    # "Tbs" stays out (tablespoons). "GBs", "MBs": the plural of "GB", gigabytes, not letters
    "Gbs": ("gigabit per second", "gigabits per second"),
    "Mbs": ("megabit per second", "megabits per second"),
    "Kbs": ("kilobit per second", "kilobits per second"),
    "kbs": ("kilobit per second", "kilobits per second"),
    "GBs": ("gigabyte", "gigabytes"), "MBs": ("megabyte", "megabytes"),
    "TBs": ("terabyte", "terabytes"), "KBs": ("kilobyte", "kilobytes"),
    "Gbit": ("gigabit", "gigabits"), "Mbit": ("megabit", "megabits"),
    "kbit": ("kilobit", "kilobits"),
    "Gbit/s": ("gigabit per second", "gigabits per second"),
    "Mbit/s": ("megabit per second", "megabits per second"),
    "kbit/s": ("kilobit per second", "kilobits per second"),
    # binary multiples ("a 5GiB heap", "50 MiB"), as memory limits and disk images give them
    "KiB": ("kibibyte", "kibibytes"), "MiB": ("mebibyte", "mebibytes"),
    "GiB": ("gibibyte", "gibibytes"), "TiB": ("tebibyte", "tebibytes"),
    "PiB": ("pebibyte", "pebibytes"),
    # the masses of carbon budgets ("5 Gt of carbon", "2.9 Pg C yr−1", "3 Tg of methane")
    "Gt": ("gigatonne", "gigatonnes"), "Pg": ("petagram", "petagrams"),
    "Tg": ("teragram", "teragrams"),
    # ... and of a warhead's yield or a mine's output ("a 50 Mt blast", "12 Mt of coal"):
    # after a number "Mt" is no mountain (eSpeak NG spelled it "M T")
    "Mt": ("megatonne", "megatonnes"),
    # the same masses counted as carbon ("9.5 GtC", "300 MtC", "2 PgC"): "of carbon"
    "GtC": ("gigatonne of carbon", "gigatonnes of carbon"),
    "MtC": ("megatonne of carbon", "megatonnes of carbon"),
    "PgC": ("petagram of carbon", "petagrams of carbon"),
    "tC": ("tonne of carbon", "tonnes of carbon"),
    # oil in barrels ("4.9 million bbl", "800,000 bbls"), a score's points ("up 30 pts")
    "bbl": ("barrel", "barrels"), "bbls": ("barrel", "barrels"),
    "bpd": ("barrel per day", "barrels per day"), "b/d": ("barrel per day", "barrels per day"),
    "bbl/d": ("barrel per day", "barrels per day"),
    "mb/d": ("million barrels per day", "million barrels per day"),
    "pts": ("point", "points"),
    "Hz": ("hertz", "hertz"),
    "kPa": ("kilopascal", "kilopascals"), "hPa": ("hectopascal", "hectopascals"),
    "MPa": ("megapascal", "megapascals"),
    "kHz": ("kilohertz", "kilohertz"),
    "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"),
    # the common mis-cased spellings of frequency and bit-rate units ("a 2.3Ghz chip", "800
    # MHZ", "100 mbps"): no word or initialism is spelled so after a number, so they are the
    # unit; "Mb"/"mb"/"kb" stay out (megabit or megabyte, the writer does not say which)
    "Ghz": ("gigahertz", "gigahertz"), "GHZ": ("gigahertz", "gigahertz"),
    "Mhz": ("megahertz", "megahertz"), "MHZ": ("megahertz", "megahertz"),
    "Khz": ("kilohertz", "kilohertz"), "KHZ": ("kilohertz", "kilohertz"),
    "khz": ("kilohertz", "kilohertz"), "mhz": ("megahertz", "megahertz"),
    "ghz": ("gigahertz", "gigahertz"),
    "mbps": ("megabit per second", "megabits per second"),
    "MBPS": ("megabit per second", "megabits per second"),
    "gbps": ("gigabit per second", "gigabits per second"),
    "GBPS": ("gigabit per second", "gigabits per second"),
    "KBPS": ("kilobit per second", "kilobits per second"),
    "°C": ("degree Celsius", "degrees Celsius"),
    "° C": ("degree Celsius", "degrees Celsius"),
    "ºC": ("degree Celsius", "degrees Celsius"),
    "℃": ("degree Celsius", "degrees Celsius"),
    "°F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "° F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "ºF": ("degree Fahrenheit", "degrees Fahrenheit"),
    "℉": ("degree Fahrenheit", "degrees Fahrenheit"),
    "°": ("degree", "degrees"),
    "º": ("degree", "degrees"),
    "min": ("minute", "minutes"),
    "mins": ("minute", "minutes"),
    "hr": ("hour", "hours"),
    "hrs": ("hour", "hours"),
    "sec": ("second", "seconds"),
    "secs": ("second", "seconds"),
    # a table's or a spec sheet's capitals ("Lamp Life 25,000 Hrs", "30 Mins"); "HR" and
    # "HRS" in capitals are no unit ("2026 HR Management": human resources), nor "Min" (a
    # minimum in a table: "Max 30 Min 10")
    "Hr": ("hour", "hours"), "Hrs": ("hour", "hours"), "Mins": ("minute", "minutes"),
    "Secs": ("second", "seconds"),
    # paces ("min/km", "sec/mi"): both halves are units, or "min" is left a clipped word
    "min/km": ("minute per kilometer", "minutes per kilometer"),
    "min/mi": ("minute per mile", "minutes per mile"),
    "min/mile": ("minute per mile", "minutes per mile"),
    "mins/km": ("minute per kilometer", "minutes per kilometer"),
    "mins/mi": ("minute per mile", "minutes per mile"),
    "mins/mile": ("minute per mile", "minutes per mile"),
    "sec/km": ("second per kilometer", "seconds per kilometer"),
    "sec/mi": ("second per mile", "seconds per mile"),
    "sec/mile": ("second per mile", "seconds per mile"),
    "secs/km": ("second per kilometer", "seconds per kilometer"),
    "secs/mi": ("second per mile", "seconds per mile"),
    "secs/mile": ("second per mile", "seconds per mile"),
    # cooking measures in recipes ("2 tbsp oil", "1 Tbsp. butter", "½ tsp salt"); "gm"/"gms"
    # is an Indian and older British spelling of grams ("200 gm okra")
    "tbsp": ("tablespoon", "tablespoons"), "tbsps": ("tablespoon", "tablespoons"),
    "Tbsp": ("tablespoon", "tablespoons"), "Tbsps": ("tablespoon", "tablespoons"),
    "TBSP": ("tablespoon", "tablespoons"), "tbs": ("tablespoon", "tablespoons"),
    "Tbs": ("tablespoon", "tablespoons"), "tblsp": ("tablespoon", "tablespoons"),
    "tsp": ("teaspoon", "teaspoons"), "tsps": ("teaspoon", "teaspoons"),
    "Tsp": ("teaspoon", "teaspoons"), "TSP": ("teaspoon", "teaspoons"),
    "gm": ("gram", "grams"), "gms": ("gram", "grams"),
    "yd": ("yard", "yards"),
    "yds": ("yard", "yards"),
    # --- normfix56: finance and box-score shorthand after a number ("raised rates 75 bps",
    # "a 25bp cut", "10 reb. and 8 ast."): read as written they were "bps", "reb." or "ast.";
    # only after a figure (an "ast." elsewhere is no assist). "pts" is the points rule's.
    "bps": ("basis point", "basis points"), "bp": ("basis point", "basis points"),
    "reb": ("rebound", "rebounds"), "rebs": ("rebound", "rebounds"),
    "ast": ("assist", "assists"), "asts": ("assist", "assists"),
    "stl": ("steal", "steals"), "stls": ("steal", "steals"),
    "blk": ("block", "blocks"), "blks": ("block", "blocks"),
    "gls": ("goal", "goals"),
    # per-game averages ("25.4 ppg and 11 rpg"), and basis points in capitals ("50 BPS")
    "ppg": ("point per game", "points per game"), "rpg": ("rebound per game", "rebounds per game"),
    "apg": ("assist per game", "assists per game"), "spg": ("steal per game", "steals per game"),
    "bpg": ("block per game", "blocks per game"), "BPS": ("basis point", "basis points"),
    # --- end normfix56
    "bn": ("billion", "billion"),
    # "1.5mn people", "3.2 mln barrels": news-wire spellings of million after a number
    "mn": ("million", "million"), "mln": ("million", "million"),
    "tn": ("trillion", "trillion"),
    # clipped durations after a number ("2 wks", "6 mos. later", "a 2 yr deal"), as "hrs"
    # and "mins" are; only ever read after a number, so "mo" and "yr" are safe here
    "wk": ("week", "weeks"), "wks": ("week", "weeks"),
    "mo": ("month", "months"), "mos": ("month", "months"),
    "mth": ("month", "months"), "mths": ("month", "months"),
    "yr": ("year", "years"), "yrs": ("year", "years"),
    "k": ("thousand", "thousand"),
    "K": ("thousand", "thousand"),
    "%": ("percent", "percent"),
    " %": ("percent", "percent"),
    "percent": ("percent", "percent"),
}


#: Unit letters that are words or initials on their own: a unit only glued to a number
#: ("100m", "2in", "9.58s", "75F", "200g", "24h").
GLUED_UNITS: dict[str, tuple[str, str]] = {
    "m": ("meter", "meters"), "in": ("inch", "inches"), "s": ("second", "seconds"),
    "F": ("degree Fahrenheit", "degrees Fahrenheit"), "C": ("degree Celsius", "degrees Celsius"),
    "g": ("gram", "grams"), "h": ("hour", "hours"), "ms": ("millisecond", "milliseconds"),
    "t": ("tonne", "tonnes"), "L": ("liter", "liters"), "W": ("watt", "watts"),
    # a watt in lower case ("a 10w speaker", "60w bulbs"); "5w-30" is an oil's grade
    "w": ("watt", "watts"),
    "V": ("volt", "volts"), "MP": ("megapixel", "megapixels"), "Pa": ("pascal", "pascals"),
    # a capitals unit written in lower case ("a 5mp camera", "2.4ghz", "16gb"): glued to its
    # number it is still the unit; alone these are no words eSpeak can say ("mp", "ghz")
    "mp": ("megapixel", "megapixels"), "ghz": ("gigahertz", "gigahertz"),
    "mhz": ("megahertz", "megahertz"), "khz": ("kilohertz", "kilohertz"),
    "gb": ("gigabyte", "gigabytes"), "tb": ("terabyte", "terabytes"),
    # "256mb of memory", "a 10kb file": glued in lower case, as "gb" is, the size of memory or
    # a file; a weather map's pressure is millibars ("a 980mb low", see ``_glued_unit``)
    "mb": ("megabyte", "megabytes"), "kb": ("kilobyte", "kilobytes"),
    "kwh": ("kilowatt hour", "kilowatt hours"), "mah": ("milliamp hour", "milliamp hours"),
}

#: What shows a "Mb" or "kb" after a number is bits: a line's speed ("a 100 Mb link", "a 56 kb
#: modem", "20 Mb/s"). Writers also type them for megabytes and kilobytes ("a 5 Mb file", "the
#: 75kb limit"), so without it they are left as written (see ``BITS_UNITS``).
BITS_CONTEXT = (r"[ \t]+(?:[a-z]{3,12}[ \t]+)?(?:links?|lines?|connections?|modems?|broadband"
                r"|Ethernet|networks?|bandwidth|speeds?|uplinks?|downlinks?|fib(?:re|er)|LAN|WAN"
                r"|per[ \t]+second|leased)\b|/s\b")
BITS_UNITS = frozenset({"Mb", "kb", "Kb"})


# --- normfix53: clipped units of time in a hyphenated amount ("a 5-min walk") ----------------
#: Units of time clipped in a hyphenated modifier ("a 5-min walk", "a 3-mo. delay", "a 30-yr
#: mortgage"): the amount describes the noun, so the unit is said singular and joined,
#: "five-minute"; read as written it was "five-min", "three-mo." or "thirty-yr".
HYPHEN_TIME_UNITS = {
    "sec": "second", "secs": "second", "min": "minute", "mins": "minute", "hr": "hour",
    "hrs": "hour", "wk": "week", "wks": "week", "mo": "month", "mos": "month", "yr": "year",
    "yrs": "year", "mth": "month", "mths": "month",
}
#: Their pattern; a "mo." or "yr." keeps its period where no sentence ends (``_UNIT_DOT``).
HYPHEN_TIME_RE = (r"(?:" + "|".join(sorted(HYPHEN_TIME_UNITS, key=len, reverse=True))
                  + r")(?:\.(?=[ \t]+[a-z]|[,;:)]))?")
# --- end normfix53 ---------------------------------------------------------------------------


#: Words after "5m" that show the m means million ("5m people"), not meters ("100m sprint").
_M_IS_METERS = {
    "sprint", "race", "dash", "hurdles", "freestyle", "butterfly", "backstroke", "breaststroke",
    "relay", "medley", "final", "tall", "high", "long", "wide", "deep", "away", "above", "below",
    "from", "of", "in", "into", "on", "at", "to", "across", "under", "over", "down", "up",
    "record", "title", "world", "gold", "silver", "bronze", "heat", "and", "or",
}

#: Words that are no modifier of a counted noun after "5m" ("5m was spent", "10m this year").
_NOT_MODIFIER = frozenset("""
a an the this that these those its his her their our my your was were is are be been has have had
will would could should may might can did does do not than then there here per each every more
less fewer some all most many much new last next first high long wide deep tall
""".split())
#: A plural that is no counted noun ("5m long swims" aside): verbs and words ending in "s".
_NOT_PLURAL = frozenset("has was is does goes this its his hers us as thus plus yes less".split())


def _counted_compound(word: str, text: str, end: int) -> bool:
    """Is the word after "5m" the modifier of a counted plural ("133m text messages", "5m
    mobile phones", "2m credit cards", "40m internet users")? Then the "m" is million, as it
    is before a plural ("5m phones"); a length's modifier ("a 100m freestyle swim", "a 5m
    high wall") is left to the meter words."""
    if not word or word in _M_STRONG_METERS or word in _M_IS_METERS or word in _NOT_MODIFIER:
        return False
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    head = nxt.group(1)
    return (len(head) > 3 and head.endswith("s") and not head.endswith("ss")
            and head not in _NOT_PLURAL and head not in _M_STRONG_METERS
            and head not in _S_VERBS)


#: Words of _M_IS_METERS that are no function word: after "5m" they make it a length whatever
#: the paragraph is about ("a 100m sprint", "5m tall"), with nouns of places measured so.
_M_STRONG_METERS = frozenset(w for w in _M_IS_METERS if w not in {
    "from", "of", "in", "into", "on", "at", "to", "across", "under", "over", "down", "up", "and",
    "or", "away", "above", "below", "record", "title", "world", "final"}) | {
    "platform", "springboard", "altitude", "elevation", "depth", "height", "drop", "fall",
    "swim", "run", "tower", "wall", "waves", "wave", "yacht", "boat", "pool", "track"}
#: Words in a paragraph that count things or money ("sold 7.4m units", "a net loss of 0.5m",
#: "6.8m handset sales", "down from 5m the previous quarter"), and an amount of money with a
#: scale ("€115m", "$2bn"): with no word of length near, a bare "5m" there is million.
_COUNT_PARAGRAPH = re.compile(
    r"\b(?:sold|sells?|selling|sales|shipped|shipments?|units|revenues?|profits?|loss(?:es)?"
    r"|earnings|quarter(?:ly)?|subscribers|users|customers|shares(?:holders)?|investors"
    r"|downloads|viewers|visitors|listeners|readers|members|accounts|copies|handsets?"
    r"|smartphones|devices|tablets|households|population|voters|votes|budget|funding|valued"
    r"|audiences?|viewing|ratings|circulation|attendance|visits|streams|followers|tickets"
    r"|passengers|tourists|employees|workers|residents|people|patients|apps?|costs?|spending"
    r"|spent|paid|debts?|income|deficit|cash|raised|fees|salary|salaries|wages|fines"
    r"|investments?|invested|bonus(?:es)?|donations?|grants?|compensation"
    r"|valuation|turnover|fiscal|year-on-year|million|billion|bn)\b"
    r"|[$€£¥][ \t]?\d[\d.,]*(?:m|bn|k)?\b", re.IGNORECASE)
#: Words in a paragraph that measure lengths, heights or depths ("the 10m platform", "at
#: 3,000m", "a 100m sprint"): "5m" there stays meters; "long-term" and "wide-ranging" are
#: no lengths.
_LENGTH_PARAGRAPH = re.compile(
    r"\b(?:met(?:er|re)s?|kilomet(?:er|re)s?|km|cm|mm|feet|foot|ft|miles?|tall|heights?|depths?"
    r"|altitudes?|elevations?|sea[ \t]level|sprint\w{0,3}|hurdles|freestyle|backstroke"
    r"|breaststroke|butterfly|medley|relays?|swim\w{0,4}|div(?:e|es|er|ers|ing)|platform"
    r"|springboard|athletics|Olympic\w{0,2}|marathon|races?|track|laps?|pool|towers?|bridges?"
    r"|tunnels?|walls?|cliffs?|waves?|mountains?|summit|peaks?|storeys?|yachts?|ships?|vessels?"
    r"|runways?|jump\w{0,3}|javelin|discus|vault\w{0,3}|throw\w{0,2}|square|wide(?!-)|width"
    r"|long(?!-)|length)\b", re.IGNORECASE)
#: A capitalized plural after "7.4m" ("7.4m Lumias", "2m Britons"): things counted.
_CAP_PLURAL_NEXT = re.compile(r"[ \t]+[A-Z][a-z]{2,20}[a-rt-z]s(?![\w'’-])")


#: Words around "75F"/"30C" that show a temperature is being given.
_TEMPERATURE_BEFORE = {
    "was", "is", "were", "be", "been", "reached", "reach", "reaches", "hit", "hits", "to", "at",
    "of", "around", "about", "near", "below", "above", "than", "from", "highs", "lows", "high",
    "low", "temperature", "temperatures", "minus", "over", "under", "roughly", "nearly",
}
_TEMPERATURE_AFTER = {
    "heat", "weather", "temperatures", "temperature", "today", "tomorrow", "outside", "degrees",
    "during", "overnight", "highs", "lows", "water",
}
#: Words or signs in a paragraph that show it gives weather or temperatures (see
#: UnitsRules._weather_paragraph).
_WEATHER_WORDS = re.compile(r"\b(?:[Dd]egrees?|[Tt]emperatures?|[Ww]eather|[Hh]eat(?:wave)?"
                            r"|[Ff]orecasts?|Fahrenheit|Celsius|[Ss]unny|[Cc]loudy|[Hh]umid|[Cc]hilly|[Ff]reezing"
                            r"|[Hh]ighs|[Ll]ows)\b|\d[ \t]?[°º℃℉]")
#: Words near "980mb" that make it air pressure in millibars, not megabytes.
_PRESSURE_WORDS = re.compile(r"\b(?:pressure|barometer|barometric|millibars?|isobars?|lows?"
                             r"|depression|cyclone|hurricane|typhoon|storm|weather|forecast\w{0,3}"
                             r"|Met[ \t]Office|hPa)\b", re.IGNORECASE)
#: Words near "256mb" that make it a size of memory or data, even beside a weather word.
_COMPUTING_WORDS = re.compile(r"\b(?:memory|RAM|cards?|files?|downloads?|uploads?|storage|disks?"
                              r"|drives?|broadband|data|cache|attachments?|software|computers?"
                              r"|laptops?|PCs?|phones?|MB|GB|gb)\b")
#: A reading on one scale glued to its figure ("41C", "105F").
_GLUED_SCALE = {u: re.compile(r"(?<![\w.,-])\d{1,3}(?:\.\d)?" + u + r"(?![\w'’-])") for u in "CF"}
#: Words before an amount that make it describe the next noun ("the 15-inch screen").
_DETERMINERS = {"a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "your",
                "each", "every", "one", "my", "these", "those"}
#: Words after a length that say which way it runs ("55" wide", "6' tall"): the amount is not
#: an adjective before a noun there, so the unit stays plural ("fifty-five inches wide").
_EXTENT_WORDS = frozenset({
    "tall", "wide", "long", "high", "deep", "thick", "across", "apart", "away", "square",
    "diagonal", "diagonally", "around", "round", "up", "down", "off", "behind", "ahead",
    "below", "above", "overall", "max", "min", "minimum", "maximum", "or", "and", "to", "by",
})
#: Marks that may open a line before a label ("· 7 min read", "| 5 min read").
_LABEL_MARKS = set("·•|-–—*")
#: Words after a measure that say how far, long or big something is, not a noun it describes
#: ("30 cm wide", "10 minutes away", "5 km home").
_MEASURE_WORDS = {
    "tall", "wide", "long", "deep", "high", "thick", "old", "away", "apart", "ahead", "behind",
    "early", "late", "left", "remaining", "straight", "home", "uphill", "downhill", "round",
    "north", "south", "east", "west", "across", "heavy", "max", "min", "maximum", "minimum",
    "flat", "longer", "shorter", "wider", "taller", "faster", "slower", "ago",
}
# --- normfix53: compound units ("g/cm3", "m3/s", "µg/m³", "mg/dL", "L/100 km") -------------
#: The parts compound units are made of: a symbol and its singular and plural names. The
#: compounds are composed from them once, at import, so every pairing is read the same way.
_COMPOUND_TOPS: dict[str, tuple[str, str]] = {
    "g": ("gram", "grams"), "kg": ("kilogram", "kilograms"), "mg": ("milligram", "milligrams"),
    "µg": ("microgram", "micrograms"), "μg": ("microgram", "micrograms"),
    "ug": ("microgram", "micrograms"), "ng": ("nanogram", "nanograms"),
    "pg": ("picogram", "picograms"),
    "mmol": ("millimole", "millimoles"), "µmol": ("micromole", "micromoles"),
    "μmol": ("micromole", "micromoles"), "mol": ("mole", "moles"),
    "kWh": ("kilowatt hour", "kilowatt hours"), "Wh": ("watt hour", "watt hours"),
    "MWh": ("megawatt hour", "megawatt hours"), "kJ": ("kilojoule", "kilojoules"),
    "MJ": ("megajoule", "megajoules"), "kcal": ("calorie", "calories"),
    "W": ("watt", "watts"), "kW": ("kilowatt", "kilowatts"), "mL": ("milliliter", "milliliters"),
    "ml": ("milliliter", "milliliters"), "L": ("liter", "liters"), "t": ("tonne", "tonnes"),
    "IU": ("international unit", "international units"), "mEq": ("milliequivalent",
                                                                 "milliequivalents"),
}
#: Lengths that a "2"/"²" squares and a "3"/"³" cubes ("m3", "cm²").
_COMPOUND_LENGTHS: dict[str, tuple[str, str]] = {
    "m": ("meter", "meters"), "cm": ("centimeter", "centimeters"),
    "mm": ("millimeter", "millimeters"), "km": ("kilometer", "kilometers"),
    "ft": ("foot", "feet"), "in": ("inch", "inches"),
}
#: A length's power, written as a digit, a superscript or a caret ("m2", "m²", "m^2": the
#: caret is how extraction keeps a superscript it cannot write, see cleaning.mark_exponents).
_COMPOUND_POWERS = {"2": "square", "²": "square", "3": "cubic", "³": "cubic",
                    "^2": "square", "^3": "cubic"}
#: What a compound divides by, said after "per" ("per deciliter", "per second").
_COMPOUND_BOTTOMS: dict[str, str] = {
    "L": "liter", "l": "liter", "dL": "deciliter", "dl": "deciliter", "mL": "milliliter",
    "ml": "milliliter", "kg": "kilogram", "g": "gram", "mol": "mole", "s": "second", "h": "hour",
    "hr": "hour", "day": "day", "d": "day", "yr": "year", "year": "year", "min": "minute",
    "m": "meter", "km": "kilometer", "ha": "hectare", "t": "tonne", "kWh": "kilowatt hour",
    # normfix56: time over a longer time ("12 h/day", "40 hrs/week")
    "week": "week", "wk": "week",
}
#: normfix56: units of time that a longer period divides ("12 h/day" is "twelve hours per day";
#: it was "twelve h per day").
_COMPOUND_TIME_TOPS: dict[str, tuple[str, str]] = {
    "h": ("hour", "hours"), "hr": ("hour", "hours"), "hrs": ("hour", "hours"),
    "min": ("minute", "minutes"), "mins": ("minute", "minutes"),
}
#: ... over these periods only ("min/km" is a pace, written by hand in UNITS).
_TIME_PERIODS = ("day", "d", "week", "wk", "yr", "year")


def _powered(names: tuple[str, str], power: str) -> tuple[str, str]:
    """A length raised to a power: 'm3' -> ('cubic meter', 'cubic meters')."""
    word = _COMPOUND_POWERS[power]
    return f"{word} {names[0]}", f"{word} {names[1]}"


#: Squared and cubed lengths ("m3", "cm²", "km³"); "in2" is no way prose writes a square inch.
_POWERED_UNITS = {sym + power: _powered(names, power)
                  for sym, names in _COMPOUND_LENGTHS.items() if sym != "in"
                  for power in _COMPOUND_POWERS}
#: Fuel and energy used per hundred kilometers ("6.5 L/100 km", "15 kWh/100km").
_PER_HUNDRED_TOPS = {"L": "liter", "l": "liter", "kWh": "kilowatt hour"}


def _compound_units() -> dict[str, tuple[str, str]]:
    """Compound units composed from their parts: a squared or cubed length ("m3", "cm²"), and
    an amount per another unit ("g/cm3" is "grams per cubic centimeter", "m3/s" is "cubic
    meters per second", "mg/dL" is "milligrams per deciliter"). Read in pieces they were "m
    three", "grams, cm three" or "milligrams slash dL"."""
    tops = {**_COMPOUND_TOPS, **_POWERED_UNITS}
    bottoms = {**_COMPOUND_BOTTOMS, **{s: n[0] for s, n in _POWERED_UNITS.items()}}
    out: dict[str, tuple[str, str]] = dict(_POWERED_UNITS)
    for top, (sg, pl) in tops.items():
        for bottom, name in bottoms.items():
            if top != bottom:
                out[f"{top}/{bottom}"] = (f"{sg} per {name}", f"{pl} per {name}")
    for top, (sg, pl) in _COMPOUND_TIME_TOPS.items():
        for bottom in _TIME_PERIODS:
            name = _COMPOUND_BOTTOMS[bottom]
            out[f"{top}/{bottom}"] = (f"{sg} per {name}", f"{pl} per {name}")
    for top, name in _PER_HUNDRED_TOPS.items():
        for gap in (" ", ""):
            out[f"{top}/100{gap}km"] = (f"{name} per hundred kilometers",
                                       f"{name}s per hundred kilometers")
    # pressures in millimeters of mercury, blood pressure's unit ("10 mmHg")
    out["mmHg"] = out["mm Hg"] = ("millimeter of mercury", "millimeters of mercury")
    return out


def _alternation(symbols: Iterable[str]) -> str:
    """Symbols as a regex alternation, the longest first (so "m³" is tried before "m")."""
    return "|".join(re.escape(u) for u in sorted(symbols, key=len, reverse=True))


#: Symbols written by hand in UNITS, before the compounds are added (see ``_UNIT_RE``).
_SIMPLE_UNITS = tuple(UNITS)
#: The compounds, added to UNITS so every rule reading a unit names them; an entry written by
#: hand ("m/s2", "km/h") stays as it is.
COMPOUND_UNITS = {s: n for s, n in _compound_units().items() if s not in UNITS}
UNITS.update(COMPOUND_UNITS)
_TOP_RE = _alternation({**_COMPOUND_TOPS, **_POWERED_UNITS})
_BOTTOM_RE = _alternation({**_COMPOUND_BOTTOMS, **_POWERED_UNITS})
#: The compounds as one structured pattern, not two thousand alternatives: an amount's unit
#: over another ("g/cm3"), a powered length ("m3"), a fuel use ("L/100 km"), "mmHg".
_COMPOUND_RE = (r"(?:" + _TOP_RE + r")/(?:" + _BOTTOM_RE + r")|"
                + _alternation(_POWERED_UNITS) + r"|(?:L|l|kWh)/100[ ]?km|mm[ ]?Hg"
                # normfix56: "12 h/day", "40 hrs/week"
                + r"|(?:" + _alternation(_COMPOUND_TIME_TOPS) + r")/(?:"
                + _alternation(_TIME_PERIODS) + r")")
#: ... and the slashed compounds said with no number before them ("levels in µg/m³"): a
#: one-letter amount ("W/L", a win-loss record) is no unit there.
_BARE_COMPOUND_RE = (r"(?:" + _alternation(s for s in {**_COMPOUND_TOPS, **_POWERED_UNITS}
                                           if len(s) > 1)
                     + r")/(?:" + _BOTTOM_RE + r")")
# --- end normfix53 ---------------------------------------------------------------------------


_UNIT_RE = _COMPOUND_RE + "|" + _alternation(_SIMPLE_UNITS)


#: normfix56: words around a "bp" that make it DNA's base pairs ("a 500 bp fragment"), not
#: finance's basis points ("a 25 bp cut").
_GENETICS = re.compile(r"\b(?:DNA|RNA|genes?|genomes?|genomic|genetic|sequenc\w{0,6}|nucleotides?"
                       r"|chromosomes?|PCR|primers?|amplicons?|alleles?|mutations?)\b")


#: ... and around a "bps" that make it bits per second ("a 9,600 bps modem").
_DATA_RATES = re.compile(r"\b(?:modems?|baud|bits?|bandwidth|serial|kbps|Mbps|Gbps|bitrate"
                         r"|download|upload|throughput)\b")


#: normfix56: an amount after a slash in a list of measures (see ``UnitsRules._h_unitalt``).
_ALT_AMOUNT_RE = re.compile(r"(?<=/)(\d[\d,.]*\d|\d)")


# --- normfix56: a slash between two measures in one unit ("the 256 GB/512 GB models") ------
#: Units a slash may join two alternatives in: the written units, not the scales ("4K/8K"
#: names a resolution and a rate), nor a percentage (a ratio's two sides), nor those that hold
#: a slash; and the glued letters that are units only glued, less "m" (meters or million) and
#: "s" (seconds or a plural).
_ALT_UNITS = ({u for u in _SIMPLE_UNITS if "/" not in u and u not in {
    "k", "K", "bn", "tn", "%", " %", "percent"}}
    | {u for u in GLUED_UNITS if u not in {"m", "s", "C", "F", "w"}})
#: Two measures in one unit joined by a slash ("1 L/2 L bottles", "256GB/512GB"): the slash
#: offers alternatives, "or" (see ``UnitsRules._h_unitalt``); two units ("5 kg/11 lb") are one
#: amount written twice and stay as they were.
_ALT_AMOUNT = r"\d{1,3}(?:,\d{3}){1,2}(?:\.\d{1,3})?|\d{1,5}(?:\.\d{1,3})?"
UNIT_ALT_RE = (r"(?=\d)(?:(?<![\w.,/$€£¥-])(?P<ua_a>" + _ALT_AMOUNT + r")(?P<ua_sp>[ \t]?)(?P<ua_u>"
               + _alternation(_ALT_UNITS) + r")(?P<ua_bs>(?:/(?:" + _ALT_AMOUNT
               + r")(?P=ua_sp)(?P=ua_u)(?![\w²³]|[.,]\d)){1,4})(?!/)"
               # "the 64/128 GB models", "5/10 kg bags": two amounts sharing the unit after
               # them; only amounts no fraction is written as (both even, or both multiples of
               # five: "1/2 kg" and "3/4 lb" stay fractions)
               r"|(?<![\w.,/$€£¥-])(?P<ua_sa>\d{0,3}[02468]/\d{0,3}[02468]|\d{0,3}[05]/\d{0,3}[05])"
               r"(?P<ua_ssp>[ \t]?)(?P<ua_su>" + _alternation(_ALT_UNITS - {"in"})  # "60/40 in"
               + r")(?![\w/²³]|[.,]\d)"
               # ... and two hyphened measures in one word ("13-inch/15-inch", "3-day/5-day")
               r"|(?<![\w.,/$€£¥-])(?P<ua_ha>\d{1,4})-(?P<ua_hw>[a-z]{3,12})/(?P<ua_hb>\d{1,4})-"
               r"(?P=ua_hw)(?![\w/-]))")
#: "£30,000 p.a.", "$80k pa": per annum after an amount, said "a year" (it was "P A-").
PER_ANNUM_RE = (r"(?=p)(?:(?:(?<=\d[ \t])|(?<=\d[kKmM][ \t])|(?<=\d%[ \t]))"
                r"p\.a(?![\w'’-])(?:\.(?=[ \t]+[a-z]|[,;:)]))?"
                # a bare "pa" only after an amount ("£30,000 pa", "$80k pa", "7% pa"), not
                # a count ("5 pa speakers")
                r"|(?:(?<=,\d\d\d[ \t])|(?<=\d[kKmM][ \t])|(?<=\dbn[ \t])|(?<=\d%[ \t]))pa"
                r"(?=[ \t]+[a-z]|[,;:)]|\.(?:[ \t]|\Z)|[ \t]*(?:\n|\Z)))")
# --- end normfix56 ---------------------------------------------------------------------------
#: units written with a slash ("mi/kWh", "km/h"): alone, with no number before them (a
#: glossary heading, "speed in km/h"), they are still the unit, not two words and a slash
SLASH_UNIT_RE = _BARE_COMPOUND_RE + "|" + _alternation(u for u in _SIMPLE_UNITS if "/" in u)
_INITIALISM_NEXT = re.compile(r"[ \t]+(?!I\b)[A-Z]{2,5}s?(?![\w'’-])")
#: A product name right before a number: a capitalized word in lower case after its first
#: letter ("Intel Arc 140V"), not an initialism ("US 120V") nor the first word of a sentence.
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!\A)(?<!\n)\b[A-Z][a-z]{1,20}[ \t]\Z")
#: A capitalized word right before a number, even opening a sentence ("Studio 54 W").
_CAP_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{1,20})[ \t]\Z")
#: Capitalized words that open an amount, not a name ("About 1,500 W", "Only 300 W").
_AMOUNT_OPENERS = frozenset({
    "a", "an", "the", "about", "around", "nearly", "almost", "roughly", "approximately", "over",
    "under", "only", "just", "some", "up", "at", "with", "from", "to", "and", "or", "by", "each",
    "all", "its", "their", "our", "uses", "draws", "rated", "max", "maximum", "power", "output",
})
#: Nouns a wattage describes even after a brand name ("the Anker 65 W charger").
_POWERED_NOUNS = frozenset({
    "charger", "chargers", "adapter", "adapters", "bulb", "bulbs", "heater", "heaters", "motor",
    "motors", "speaker", "speakers", "amplifier", "amp", "amps", "panel", "panels", "laser",
    "lasers", "output", "power", "element", "elements", "subwoofer", "inverter", "station",
})
#: Mains and grid voltages: volts even right after a name ("Greenworks 120V").
_MAINS_VOLTS = {100.0, 110.0, 115.0, 120.0, 127.0, 200.0, 208.0, 220.0, 230.0, 240.0, 400.0,
                480.0}
#: Words after volts that say a current or a supply: "120V outlets" stays volts.
_POWER_WORDS = frozenset("""
outlet outlets socket sockets supply supplies power mains plug plugs circuit circuits line lines
battery batteries charger chargers adapter adapters system systems input output current wiring
grid electricity model models version versions variant variants motor motors
""".split())
# a straight single quote opening a quotation ("my 'starter"), not a clipped word or year
# ("'90s", "rock 'n' roll", "'em"), and one closing it ("kit'", "done.'")
_STRAIGHT_OPEN = re.compile(r"(?:(?<=[\s(\[“\"—–])|\A)'(?=[A-Za-z0-9])"
                            r"(?!\d\ds?\b|(?:em|n|til|cause|tis|twas)\b)", re.I)
_STRAIGHT_CLOSE = re.compile(r"(?<=[\w.,!?])'(?![\w])")
# the end of a sentence before a number (a quotation opened before it is closed or forgotten)
_LAST_STOP = re.compile(r"[.!?][\"”’']?[ \t]+(?=\S)")


#: A count glued to an "x" after a measure ("5W x2"): the measure is not an adjective.
_COUNT_AFTER = re.compile(r"[ \t]?[x×]\d")
#: The letter of a box's side after a length in a size ('3.87" W x 2.25" H x 3.87" D'):
#: width, depth, height or length, then the size's next "x" ...
_SIDE_AFTER = re.compile(r"[ \t]+[WDHL](?![\w'’.-])(?=[ \t]*[x×X][ \t]?[\d.])")
#: ... or the size's last side, after an "x" (a lone letter elsewhere is a name: "a 9V D
#: battery", 'a 60" W console')
_SIDE_LAST = re.compile(r"[x×X][ \t]?\Z")
_SIDE_LETTER = re.compile(r"[ \t]+[WDHL](?![\w'’.-])")


def _side_of_size(text: str, start: int, end: int) -> bool:
    """Is the length at ``start:end`` one side of a size whose sides are lettered ('3.87" W x
    2.25" H x 3.87" D')? The letter says which way it runs, as "wide" does: no noun follows
    that the length describes, so the unit stays plural ("three point eight seven inches W")."""
    return _SIDE_AFTER.match(text, end) is not None or (
        _SIDE_LETTER.match(text, end) is not None
        and _SIDE_LAST.search(text, max(0, start - 3), start) is not None)


#: A temperature given on both scales ("200C/400F", "(180°C/350F)"): the other scale's
#: glued letter across the slash shows this one is degrees too ("100C/200C" are models).
_TEMP_PAIR_BEFORE = {u: re.compile(r"\d[ \t]?[°º]?" + o + r"[ \t]?/[ \t]?\Z")
                     for u, o in (("C", "F"), ("F", "C"))}
_TEMP_PAIR_AFTER = {u: re.compile(r"[ \t]?/[ \t]?\d{1,3}[ \t]?[°º]?" + o + r"(?![\w'’-])")
                    for u, o in (("C", "F"), ("F", "C"))}
#: A comment's age ("2w ago", "Dana Lee · 2w", a line of its own): weeks, not watts.
_AGO_NEXT = re.compile(r"[ \t]+ago\b")
_STAMP_BEFORE = re.compile(r"(?:\A|\n|[·•|][ \t]?)[ \t]*\Z")
_STAMP_AFTER = re.compile(r"[ \t]*(?:\n|\Z|[·•|])")
_FOOT_BY_BEFORE = re.compile(r"\d[’′'][ \t]?[x×][ \t]?\Z")


def _open_straight_quote(before: str) -> bool:
    """Does ``before`` (the line up to a number) hold a straight single quote opening a
    quotation in the same sentence, not closed yet ("here's my 'starter for 10")? Then the mark
    after the number closes it and is no foot mark; an apostrophe inside a word ("here's") or
    a clipped year ("the '90s") opens nothing."""
    start = 0
    for stop in _LAST_STOP.finditer(before):
        start = stop.end()
    opened = -1
    for q in _STRAIGHT_OPEN.finditer(before, start):
        opened = q.start()
    if opened < 0:
        return False
    return _STRAIGHT_CLOSE.search(before, opened + 1) is None


_FIRST_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: The unit letters or sign that end a measure's text ("360°", "5000mAh", "10 min").
_UNIT_TAIL = re.compile(r"[^\d\s.,]{1,8}\Z")
#: Masses and volumes: "200 g flour" is a quantity of flour, not a kind of it.
_QUANTITY_UNITS = {"g", "kg", "mg", "lb", "lbs", "LB", "LBS", "Lbs", "oz", "ml", "mL", "L", "l",
                   "gal", "kcal", "t", "%", "k", "K", "bn", "tn", "gm", "gms", "tbsp", "tbsps",
                   "Tbsp", "Tbsps", "TBSP", "tbs", "Tbs", "tblsp", "tsp", "tsps", "Tsp", "TSP"}
#: Adverbs and comparatives after a measure (how far, where or when) and mass nouns it measures
#: out: not a noun the measure describes.
_NOT_AFTER_MEASURE = {
    "overnight", "inland", "offshore", "outside", "inside", "indoors", "outdoors", "underground",
    "upstream", "downstream", "overhead", "uphill", "downhill", "tops", "flat", "each",
    "round-trip", "roundtrip", "faster", "slower", "warmer", "colder", "cooler", "hotter",
    "further", "farther", "closer", "nearer", "less", "more", "short", "off", "out", "in",
    "higher", "lower", "deeper", "shallower", "thicker", "thinner", "heavier", "lighter",
    "bigger", "smaller", "larger", "louder", "quieter", "brighter", "dimmer", "sooner", "later",
    "back", "forward", "forwards", "backwards", "underwater", "aloft", "above", "below",
    "clockwise", "counterclockwise", "anticlockwise", "right", "sideways", "upward", "upwards",
    "downward", "downwards", "inward", "outward", "there", "here", "everywhere",
    # mass nouns measured out ("50 mm rain", "5 cm snow"): a quantity of them, not a kind
    "rain", "rainfall", "snow", "snowfall", "precipitation", "water", "fuel", "ice", "hail",
    "sleet", "sand", "soil", "gravel", "concrete", "milk", "flour", "sugar", "oil", "gas",
    "petrol", "diesel", "juice", "wine", "beer", "rice", "butter", "cream", "salt",
}


#: Unit symbols named without a number ("units such as kW and kWh", "we know our kWs from our
#: KWhs"): singular after "per", "a" or "each" ("the price per kWh"), plural otherwise, and a
#: plural "s" is the unit's plural, not a letter to spell.
BARE_UNITS: dict[str, tuple[str, str]] = {
    "kW": ("kilowatt", "kilowatts"), "kWh": ("kilowatt hour", "kilowatt hours"),
    "KWh": ("kilowatt hour", "kilowatt hours"), "MWh": ("megawatt hour", "megawatt hours"),
    "GWh": ("gigawatt hour", "gigawatt hours"),
    "TW": ("terawatt", "terawatts"), "TWh": ("terawatt hour", "terawatt hours"),
    "kVA": ("kilovolt-ampere", "kilovolt-amperes"), "MVA": ("megavolt-ampere", "megavolt-amperes"),
}
BARE_UNITS.update({sym + "s": (pl, pl) for sym, (_, pl) in list(BARE_UNITS.items())})
#: The mass units glued before "CO2" in climate writing ("GtCO2e", "tCO2", "kgCO2e").
_EMISSION_UNITS = {
    "Gt": ("gigatonne", "gigatonnes"), "Mt": ("megatonne", "megatonnes"),
    "kt": ("kilotonne", "kilotonnes"), "t": ("tonne", "tonnes"), "kg": ("kilogram", "kilograms"),
    "g": ("gram", "grams"),
}
#: The figure 1 right before a unit ("1 tCO2e"): a singular amount.
_ONE_NUMBER_BEFORE = re.compile(r"(?<![\d.,])1[ \t]?\Z")
_ONE_BEFORE = re.compile(r"(?:\b(?:per|a|an|each|one|every)[ \t]+|/)\Z", re.I)


#: One more measure of a list, after this one (", 2.5 lb", " and 3 lb", ", or 2LB") or
#: before it ("1.5 lb and "); the unit is compared with the measure's own.
#: ... a slash between them offers alternatives too ("1 L/2 L bottles": normfix56).
_CONJUNCT_AFTER = re.compile(r"(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+|/)"
                             r"\d{1,4}(?:[.,]\d{1,3})?[ \t]?(?P<u>[A-Za-z]{1,4})(?:\.(?=[ \t]))?"
                             r"(?![\w]|\.\w)")
_CONJUNCT_BEFORE = re.compile(r"(?<![\w.,])\d{1,4}(?:[.,]\d{1,3})?[ \t]?(?P<u>[A-Za-z]{1,4})"
                              r"\.?(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+|/)\Z")
#: A possessive before a measure is a determiner ("the machine's 2 lb capacity").
_POSSESSIVE = re.compile(r"[a-z][a-z-]{0,30}(?:['’]s|s['’])\Z")
#: A name: a capitalized word or an initialism ("Breadman", "KBS").
_NAME_WORD = re.compile(r"[A-Z][A-Za-z]{1,30}\Z")
#: What opens a sentence or a line: a word after it is capitalized for that, not a name.
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\n\"“(]|\s[-–—|•·])\s*\Z")
#: Units of time (lower case), see ``_name_before``.
_DURATION_UNITS = frozenset({"min", "mins", "sec", "secs", "hr", "hrs", "h", "s", "ms"})
#: Comparatives of size before a measure: an adjective of the noun phrase it opens ("freeze
#: larger 2 lb loaves").
_SIZE_COMPARATIVES = frozenset({"larger", "smaller", "bigger", "heavier", "lighter", "longer",
                                "shorter", "taller", "wider", "thicker", "thinner"})
#: Prefixes hyphened to a measure that bound it ("sub-35 lb scooters", "over-50 kg dogs").
_BOUND_PREFIXES = frozenset({"sub-", "over-", "under-", "super-", "ultra-", "near-"})
#: Quantifiers before a measure and a plural noun ("most 35 lb scooters", "both 2 kg bags").
_PLURAL_QUANTIFIERS = frozenset({"most", "many", "several", "both", "all", "few"})
#: Units written in their plural form ("46.3 lbs", "2 hrs", "10 mins"): never an adjective's
#: singular ("the 46.3 lbs limits portability": a noun phrase, "lbs" its head); a writer who
#: means the adjective writes "lb" or hyphens it ("a 5-lbs bag" is read by the hyphen rule).
_PLURAL_SPELLINGS = frozenset({"lbs", "LBS", "Lbs", "hrs", "Hrs", "mins", "Mins", "secs",
                               "Secs", "yds"})
#: Adverbs that grade the adjective after them ("my more fluffy 2 lb recipes").
_INTENSIFIERS = frozenset({"more", "most", "very", "less", "least", "extra", "super"})
#: Words that open a verb's object or complement ("demands more care", "takes an hour", "works
#: fine"), never a verb after a plural noun ("lenses are"): an -s word before one is a verb.
_OBJECT_OPENERS = frozenset("""
a an the more less much some no your my his her its their our this these those it you them me
us fine well better best great twice
""".split())
#: Words after which a clause, and its subject, begins.
_CLAUSE_OPENERS = frozenset("and but while so because that which where when if as since".split())
#: Past tenses that are not in -ed ("the dog ate 2 lb chocolate"): not adjectives.
_IRREGULAR_PAST = frozenset("""
ate ran lost got bought sold made put took gave held kept brought cut set hit won spent paid left
sent found grew drew threw fell rose shed sat stood wore saw did had was were came went
""".split())


def _unit_of(text: str, start: int, end: int) -> str:
    """The unit letters ending a measure, lower case ("1.5 lb" -> "lb", "2LB" -> "lb")."""
    found = _UNIT_TAIL.search(text.rstrip(".") if end == len(text) else text, start,
                              end - (text[end - 1 : end] == "."))
    return found.group(0).lower() if found else ""


def _adjectives_after_determiner(before: list[str]) -> bool:
    """Do two or three adjectives stand between a determiner and the measure ("my super
    fluffy/tall 1.5 lb recipes", "the two larger 2 lb loaves")? Words that are verbs or
    function words ("the dog ate 2 lb", "the price of 2 lb") end the search."""
    for k in (3, 4):
        if len(before) < k or before[-k] not in _DETERMINERS:
            continue
        words = before[-k + 1 :]
        if all(re.fullmatch(r"[a-z]{2,20}(?:[/-][a-z]{2,20})?", w)
               and (w not in _NOT_A_NOUN or w in _INTENSIFIERS)
               and w not in _S_VERBS and w not in _IRREGULAR_PAST and not w.endswith("ed")
               for w in words):
            return True
    return False


#: A unit raised to a negative power in a scientific unit run ("m-2", "s⁻¹", "yr-1").
_UNIT_EXP = (r"(?:mol|day|yr|ha|km|cm|kg|m|s|d|h|g|L)(?:-|[ \t]?[−⁻])[123¹²³]"
             r"(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹_]|[.,]\d|[A-Za-z](?![A-Za-z]{0,2}(?:-|−|⁻)[123¹²³]))")
_EXP_AFTER = re.compile(r"[ \t]?" + _UNIT_EXP)
#: Units in a scientific unit run ("µmol m-2 s-1"), see ``_h_unitexp``.
_EXP_UNITS = {"mol": "mole", "day": "day", "yr": "year", "ha": "hectare", "km": "kilometer",
              "cm": "centimeter", "kg": "kilogram", "m": "meter", "s": "second", "d": "day",
              "h": "hour", "g": "gram", "L": "liter"}
_EXP_HEADS = {"µmol": "micromoles", "mmol": "millimoles", "nmol": "nanomoles",
              "pmol": "picomoles", "mol": "moles", "µg": "micrograms", "g": "grams",
              "kJ": "kilojoules", "MJ": "megajoules", "J": "joules", "W": "watts"}
_EXP_PART = re.compile(r"([A-Za-z]{1,3})(?:-|[ \t]?[−⁻])([123¹²³])")
_SUPER_DIGITS = {"¹": "1", "²": "2", "³": "3"}
_POWERS = {"1": "", "2": "square ", "3": "cubic "}
# a squared unit written without a number ("in m²"): its length unit, singular and plural
_SQUARE = {"km": ("kilometer", "kilometers"), "cm": ("centimeter", "centimeters"),
           "mm": ("millimeter", "millimeters"), "m": ("meter", "meters"), "ft": ("foot", "feet"),
           "in": ("inch", "inches"), "mi": ("mile", "miles"), "yd": ("yard", "yards")}


#: A lone "1" right before a spaced unit ("1 t ha−1"): the unit is singular.
_FIGURE_ONE_BEFORE = re.compile(r"(?<![\d.,])1[ \t]\Z")


class UnitsRules:
    """Rule handlers for units (mixed into the normalizer, which provides ``text``,
    ``keep_and``, ``day_first`` and the shared helpers)."""

    text: str
    keep_and: bool
    day_first: bool
    english: bool

    def _h_unithead(self, m: re.Match[str]) -> str:
        """'Average ping (ms)', 'Weight (kg)': a unit's symbol alone in brackets after a noun
        gives the unit of a quantity (a table's header); said by name, "milliseconds", as
        the reader would, not spelled or read as a word ("ms")."""
        if _AMOUNT_BEFORE.search(self.text, max(0, m.start() - 40), m.start()):
            # "3 pounds (kg)": after a measured amount the bracket glosses (or mislabels)
            # its unit, a symbol read as written, not a header naming a quantity's unit
            return f", {m.group('uh')}, "
        return f", {HEADER_UNITS[m.group('uh')]}, "

    def _unit(self, unit: str | None, num: str, start: int | None = None,
              end: int | None = None) -> str:
        if not unit:
            return ""
        written = " ".join(unit.rstrip(".").split())
        sg, pl = UNITS[written]
        if written == "bp" and start is not None and _GENETICS.search(
                self.text, max(0, start - 300), start + 300):
            sg, pl = "base pair", "base pairs"  # "a 500 bp fragment" of DNA (normfix56)
        if written == "bps" and start is not None and _DATA_RATES.search(
                self.text, max(0, start - 300), start + 300):
            sg, pl = "bit per second", "bits per second"  # "a 9,600 bps modem" (normfix56)
        if (start is not None and end is not None and written not in _PLURAL_SPELLINGS
                and self._unit_attributive(start, end)):
            # "a 30fps experience": frames per; but "a 1 Gbps link": one gigabit per second
            return " " + (pl if " per " in sg and not _is_one(num) else sg)
        return " " + (sg if _is_one(num) else pl)

    def _unit_attributive(self, start: int, end: int) -> bool:
        """'an 82 kWh battery', 'a 72W charger': after "a"/"an", an amount with a unit
        describes the noun that follows, and English keeps the unit singular.

        A list of measures in one unit ("1.5 lb and 2 lb recipes", "2 lb, 2.5 lb and 3 lb
        loaves") is judged as one: by the words before its first item and after its last."""
        if _EXP_AFTER.match(self.text, end):
            return False  # "3 mg L-1": a unit run follows, the amount is of the first unit
        if _HYPHEN_WORD_AFTER.match(self.text, end):
            return True  # "a 3 hr-long delay", "a 5 yr-old tree": one compound adjective
        if _COUNT_AFTER.match(self.text, end) or _side_of_size(self.text, start, end):
            # "5W x2": the measure is counted; '3.87" W x 2.25" H': the letter names the
            # side the length runs along, as "wide" does; no noun the measure describes
            return False
        first, last = self._first_conjunct(start, end), self._last_conjunct(start, end)
        listed = (first, last) != (start, end)
        start, end = first, last
        line = self.text[max(0, start - 50) : start].rpartition("\n")[2]
        raw = line.split()
        before = line.lower().split()
        named = self._name_before(raw, line, start, end)
        det = (bool(before) and (before[-1] in _DETERMINERS or _POSSESSIVE.match(before[-1])
                                 is not None)) or (
            # "a solid 59g mouse", "a tiny 5W speaker": one adjective after the determiner
            len(before) >= 2 and before[-2] in _DETERMINERS and before[-1].isalpha()) or (
            # "the $29 72W charger": a price before the measure describes the same noun
            bool(before) and before[-1][:1] in "$€£¥" and before[-1][1:2].isdigit()) or (
            # "my super fluffy/tall 1.5 lb recipes", "the larger 2 lb loaves"
            _adjectives_after_determiner(before)) or (
            # a plural has no article: "freeze larger 2 lb loaves", "makes up to 2 lb loaves"
            bool(before) and (before[-1] in _SIZE_COMPARATIVES or (
                # "sub-35 lb scooters", "most 2 lb loaves": a bound or a quantifier before
                # the measure, a plural noun after it
                (before[-1] in _BOUND_PREFIXES or before[-1] in _PLURAL_QUANTIFIERS)
                and self._plural_noun_next(end)) or (
                before[-2:] == ["up", "to"] and self._plural_noun_next(end))))
        if det:
            if before[-1] not in _DETERMINERS and before[-1][:1] not in "$€£¥":
                # "the farm 10 km away": a noun, not an adjective, may sit after "the"
                nxt = _NEXT_WORD.match(self.text, end)
                if nxt and (nxt.group(1) in _MEASURE_WORDS or nxt.group(1) in _NOT_AFTER_MEASURE):
                    return False
            if _INITIALISM_NEXT.match(self.text, end):
                return True  # "a 55\" TV", "a 2 TB SSD": after "a", the initialism is the noun
            return self._attributive(end) or (named and self._names_follow(
                end, before[-1], money=False, named_before=True))
        if self._verb_follows_measure(start, end):
            return False  # "600mm demands more care": the measure is the subject, a plural
        if not before or all(c in _LABEL_MARKS for c in before[-1]):
            # a label opening its line ("7 min read", "· 8 min read"): a noun after it is
            # the noun it describes, unless it is a measure word ("30 cm wide")
            nxt = _NEXT_WORD.match(self.text, end)
            if nxt and nxt.group(1) in _MEASURE_WORDS:
                return False
            return self._attributive(end)
        if self._noun_follows_measure(start, end, listed):
            return True  # "runs 360° reviews", "with 5000mAh capacity", "10 min walk"
        # no determiner: only a name or code after the amount shows it ("dual 18W USB-C PD
        # ports", "RAVPower's 61W USB-C Power Delivery GaN Wall Charger"), or a name on both
        # sides of it ("the KBS 2LB Bread Maker", "Breadman 2 lb Professional Bread Maker")
        return self._names_follow(end, before[-1], money=False, named_before=named)

    def _h_perannum(self, m: re.Match[str]) -> str:
        """'£30,000 p.a.' -> 'thirty thousand pounds a year': per annum, as a reader says it
        (normfix56)."""
        return " a year "

    def _h_unitalt(self, m: re.Match[str]) -> str:
        """'the 256 GB/512 GB models' -> 'the two hundred fifty-six gigabyte or five hundred
        twelve gigabyte models': a slash between two measures in one unit offers alternatives
        (normfix56); each keeps its unit, singular where the pair describes a noun. Read as
        written it was a pause, or "one L, two L"."""
        if m.group("ua_hw"):  # "a 13-inch/15-inch laptop", "5-min/10-min drives"
            word = HYPHEN_TIME_UNITS.get(m.group("ua_hw"), m.group("ua_hw"))
            return (f" {cardinal(int(m.group('ua_ha')))}-{word}"
                    f" or {cardinal(int(m.group('ua_hb')))}-{word} ")
        shared = m.group("ua_su")
        unit = shared or m.group("ua_u")
        sg, pl = UNITS.get(unit) or GLUED_UNITS[unit]
        # judged on the last measure, so the slash makes it a list (_CONJUNCT_BEFORE)
        last = m.start() if shared else (
            m.end("ua_bs") - len(m.group("ua_bs").rpartition("/")[2]))
        attributive = unit not in _PLURAL_SPELLINGS and self._unit_attributive(last, m.end())

        def said(num: str) -> str:
            one = _is_one(num)
            name = (pl if " per " in sg and not one else sg) if attributive else (
                sg if one else pl)
            return f"{decimal(num, self.keep_and)} {name}"

        if shared:  # "the 64/128 GB models": the unit is said once, after the last amount
            a, b = m.group("ua_sa").split("/")
            return f" {decimal(a, self.keep_and)} or {said(b)} "
        amounts = [m.group("ua_a"), *_ALT_AMOUNT_RE.findall(m.group("ua_bs"))]
        said_all = [said(a) for a in amounts]
        return f" {', '.join(said_all[:-1])} or {said_all[-1]} "

    def _verb_follows_measure(self, start: int, end: int) -> bool:
        """Is the -s word after a measure without a determiner a verb, the measure its subject
        ("600mm demands more care", "50mm works fine", "5 km takes an hour")? A word like
        "demands" or "needs" is a noun or a verb; only at the head of a sentence or clause is the
        measure a subject, and what follows tells: an object's determiner,
        "more"/"less" or an adverb after it make it the verb ("600mm lenses are heavy": a
        noun, as the verb after it shows)."""
        before = self.text[max(0, start - 40) : start].split()[-1:]
        if before and not (before[0][-1] in ".!?:;" or before[0].lower() in _CLAUSE_OPENERS):
            return False  # "use 600mm lenses the way pros do": an object, its noun after it
        nxt = _NEXT_WORD.match(self.text, end)
        if not nxt or not nxt.group(1).endswith("s") or nxt.group(1).endswith(("ss", "us", "is")):
            return False
        after = _NEXT_WORD.match(self.text, nxt.end())
        return after is not None and after.group(1) in _OBJECT_OPENERS

    def _plural_noun_next(self, end: int) -> bool:
        """Is the next word a plural noun ("up to 2 lb loaves"), not a mass noun ("up to 20 kg
        luggage")?"""
        nxt = _NEXT_WORD.match(self.text, end)
        return bool(nxt) and nxt.group(1).endswith("s") and not nxt.group(1).endswith(
            ("ss", "us", "is")) and nxt.group(1) not in _S_VERBS

    def _name_before(self, raw: list[str], line: str, start: int, end: int) -> bool:
        """Is the word right before the measure a name ("the KBS 2LB", "Breadman 2 lb")? A
        capitalized word opening a sentence counts only when it is no common English word. A
        duration is never taken inside a name: between capitalized words it is a cell of a
        schedule that lost its borders."""
        if not raw or self.text[start - 1 : start] != " " or not _NAME_WORD.match(raw[-1]):
            return False
        if _unit_of(self.text, start, end) in _DURATION_UNITS:
            return False  # "Cardio 30 min Run Easy": a schedule's cells, not a product name
        if not _SENTENCE_START.search(line[: len(line.rstrip()) - len(raw[-1])]):
            return True
        return raw[-1].isupper() or not _zipf(raw[-1].lower())

    def _first_conjunct(self, start: int, end: int) -> int:
        """The start of the first measure of a list ending with this one ("1.5 lb and | 2 lb
        recipes"): items in the same unit joined by commas, "and" or "or"."""
        unit = _unit_of(self.text, start, end)
        for _ in range(6):
            prev = _CONJUNCT_BEFORE.search(self.text, max(0, start - 28), start)
            if not prev or prev.group("u").lower() != unit:
                break
            start = prev.start()
        return start

    def _last_conjunct(self, start: int, end: int) -> int:
        """The end of the last measure of a list starting with this one ("1.5 lb | and 2 lb
        recipes")."""
        unit = _unit_of(self.text, start, end)
        for _ in range(6):
            nxt = _CONJUNCT_AFTER.match(self.text, end)
            if not nxt or nxt.group("u").lower() != unit:
                break
            end = nxt.end()
        return end

    def _noun_follows_measure(self, start: int, end: int, listed: bool = False) -> bool:
        """Without a determiner, a measure before a lower-case noun describes it ("runs 360°
        reviews", "a tower of 120.5m height"): English keeps the unit singular. Not a word that
        says how far or when ("30 cm wide", "rose 2° overnight", "20 min later"), a verb
        ("5 km takes"), or a mass or volume, which is a quantity of the noun even without "of"
        in recipes and lists ("200 g flour", "100 ml milk"). A list of masses before the noun
        ("2 lb, 2.5 lb and 3 lb loaves") is a list of sizes: nobody adds two amounts of one
        flour."""
        unit = _UNIT_TAIL.search(self.text, start, end)
        if unit and unit.group(0) in _QUANTITY_UNITS and not listed:
            return False
        nxt = _NEXT_WORD.match(self.text, end)
        if not nxt:
            return False
        word = nxt.group(1)
        if (word in _MEASURE_WORDS or word in _NOT_AFTER_MEASURE or word in _S_VERBS
                or word.endswith("ing")):
            return False
        return self._attributive(end)

    def _bare_unit(self, symbol: str, start: int) -> str | None:
        """A unit symbol with no number before it ("per kWh", "our kWs"), said as its name; None
        for any other word."""
        names = BARE_UNITS.get(symbol)
        if names is None:
            return None
        one = _ONE_BEFORE.search(self.text, max(0, start - 8), start)
        return names[0] if one else names[1]

    def _h_emission(self, m: re.Match[str]) -> str:
        """'4.4 GtCO2-eq' -> 'gigatonnes of C O two equivalent', '3 tCO2e' -> 'tonnes of C O two
        equivalent': climate writing glues a mass unit and an "e"/"eq" (equivalent) to "CO2",
        which read piece by piece was "GtCO two-eq". Singular after "1", "per", "a" or a slash."""
        unit = m.group("em_u")
        said = "C O two" + (" equivalent" if m.group("em_e") else "")
        if not unit:
            return f" {said} "
        sg, pl = _EMISSION_UNITS[unit]
        start = m.start()
        one = (_ONE_BEFORE.search(self.text, max(0, start - 8), start)
               or _ONE_NUMBER_BEFORE.search(self.text, max(0, start - 4), start))
        per = "per " if m.group("em_per") else ""
        return f" {per}{sg if one or per else pl} of {said} "

    def _h_bareunit(self, m: re.Match[str]) -> str:
        """'mi/kWh' heading a glossary entry, 'speed in km/h': a slashed unit with no number is
        named in the plural ("miles per kilowatt hour"), as "in m²" is."""
        return " " + UNITS[m.group("bu")][1] + " "

    def _h_carbonof(self, m: re.Match[str]) -> str:
        """'Pg C yr−1': the element a mass counts ("petagrams of carbon per year"), said as
        scientists say it, not the letter; '2 t yr−1': tonnes, one tonne after a one."""
        if m.group("co_t"):
            one = _FIGURE_ONE_BEFORE.search(self.text, max(0, m.start() - 4), m.start())
            return " tonne " if one else " tonnes "
        said = ["of", "carbon" if m.group("co_e") == "C" else "nitrogen"]
        for unit, power in _EXP_PART.findall(m.group("co_run") or ""):
            said.append("per " + _POWERS[_SUPER_DIGITS.get(power, power)] + _EXP_UNITS[unit])
        return " " + " ".join(said) + " "

    def _h_unitexp(self, m: re.Match[str]) -> str:
        """'50 µmol m-2 s-1' -> 'fifty micromoles per square meter per second': in a run of
        units a negative power divides ("m-2" is per square meter), the way scientists say
        it; eSpeak would say "m minus two" or "m-two"."""
        head = m.group("ue_h")
        said = [_EXP_HEADS[head.replace("u", "µ").replace("μ", "µ")]] if head else []
        for unit, power in _EXP_PART.findall(m.group("ue_run")):
            said.append("per " + _POWERS[_SUPER_DIGITS.get(power, power)] + _EXP_UNITS[unit])
        return " " + " ".join(said) + " "

    def _h_sqft(self, m: re.Match[str]) -> str:
        """'Home Size (Sq. Ft.)' -> 'square feet'; 'price per sq. ft.' -> 'per square foot'.
        Its period is taken as the abbreviation's only where no sentence ends (_UNIT_DOT)."""
        before = self.text[max(0, m.start() - 8) : m.start()].lower()
        one = m.group("sf_per") or re.search(r"(?:\bper|\ba|\beach|\bone)[ \t]$|/$", before)
        per = "per " if m.group("sf_per") else ""
        return f" {per}square {'foot' if one else 'feet'} "

    def _h_squnit(self, m: re.Match[str]) -> str:
        """'size in m²' -> 'square meters'; 'price per m²' -> 'per square meter'."""
        sg, pl = _SQUARE[m.group("sq")]
        before = self.text[max(0, m.start() - 8) : m.start()].lower()
        one = re.search(r"(?:\bper|\ba|\beach|\bone)[ \t]$|/$", before)
        return f" square {sg if one else pl} "

    def _h_hyphunit(self, m: re.Match[str]) -> str:
        """'a 53.0-kW battery', 'a 12-V socket': a hyphenated amount describes the noun after it."""
        unit = m.group("hu_u").rstrip(".")
        if unit in HYPHEN_TIME_UNITS:  # normfix53: "a 5-min walk" -> "a five-minute walk"
            num, name = decimal(m.group("hu_n"), self.keep_and), HYPHEN_TIME_UNITS[unit]
            if m.group("hu_old"):
                return f" {num}-{name}-old "
            if unit.endswith("s") and not _is_one(m.group("hu_n")):
                return f" {num} {name}s "  # "signed for 2-yrs": a plural, a length of time
            return f" {num}-{name} "
        sg, _ = UNITS.get(unit) or GLUED_UNITS[unit]
        old = " old" if m.group("hu_old") else ""
        return f" {decimal(m.group('hu_n'), self.keep_and)} {sg}{old} "

    def _mark_attributive(self, end: int, start: int | None = None) -> bool:
        """An inch or foot mark before a noun ("a 29.5” desk", "Standard 27" monitors", "50’
        nylon cord") is an adjective and English says "inch"/"foot"; before a word that says
        which way the length runs ("6' tall", "55" wide") it stays plural.

        Unlike units in letters, no determiner is asked for: a number with a mark is a size in
        a product listing far more often than a distance run or driven."""
        if start is not None and _side_of_size(self.text, start, end):
            return False  # '3.87" W x 2.25" H': the letter names the side, as "wide" does
        nxt = _NEXT_WORD.match(self.text, end)
        return self._attributive(end) and not (nxt and nxt.group(1) in _EXTENT_WORDS)

    def _h_feetmark(self, m: re.Match[str]) -> str:
        """'50’ nylon cord': a prime after a number is feet; a closing quote ends a quote
        opened in the same line or sentence ("my ‘starter for 10’ of", "my 'top 10' of")."""
        before = self.text[max(0, m.start() - 200) : m.start()].rpartition("\n")[2]
        n = m.group("fm_n")
        if before.rfind("‘") > before.rfind("’"):
            return f" {cardinal(int(n))} "
        if _open_straight_quote(before):
            return f" {cardinal(int(n))}' "  # the quotation's marks stay paired, as in words
        one = _is_one(n) or self._mark_attributive(m.end(), m.start()) or (
            # "(2' x 2')": the second side is said as the first, "two foot by two foot"
            _FOOT_BY_BEFORE.search(before) is not None)
        return f" {cardinal(int(n))} {'foot' if one else 'feet'} "

    def _h_scaleunit(self, m: re.Match[str]) -> str:
        return " " + UNITS[m.group("su")][1] + " "

    def _h_karat(self, m: re.Match[str]) -> str:
        """'18kt gold', '24K gold': karats, the purity of gold ("eighteen karat gold"), not
        "eighteen K T" nor twenty-four thousand; always singular, as an adjective."""
        return f" {cardinal(int(m.group('kt')))} karat "

    def _spaced_w_is_letter(self, start: int) -> bool:
        """Is the "W" spaced after a number (at ``start``) a letter of a name, not watts? After
        a name ("Route 66 W", "Studio 54 W", "Highway 10 W") the number and the letter name a
        road's direction or a place; a power is written after a count or an article ("a 1400 W
        element", "draws 1,500 W")."""
        word = _CAP_WORD_BEFORE.search(self.text, max(0, start - 24), start)
        if word is None or word.group(1).lower() in _AMOUNT_OPENERS:
            return False
        nxt = _NEXT_WORD.match(self.text, self.text.find("W", start) + 1)
        return not (nxt and nxt.group(1) in _POWERED_NOUNS)  # "the Anker 65 W charger"

    def _volt_is_model(self, num: str, end: int, start: int | None) -> bool:
        """Is the "V" glued to a number a model letter ("Core Ultra 7 258V", "Intel Arc 140V
        graphics"), not volts ("a 12V socket", "230V mains")? Volts are small or round; a round
        number of a hundred or more right after a product name is a model too, unless it is a
        mains voltage ("the Ryobi 120V mower") or a word about power follows it ("Acme 300V
        supply")."""
        # the written number, not the "1" an adjective ("120V outlets") is passed as
        found = _FIRST_NUMBER.search(self.text, start, end) if start is not None else None
        volts = float(found.group(0) if found else num)
        if not (volts <= 48 or volts % 10 == 0):
            return True
        if volts < 100 or volts in _MAINS_VOLTS or start is None or not _NAME_BEFORE.search(
                self.text, max(0, start - 24), start):
            return False
        nxt = _NEXT_WORD.match(self.text, end)
        return not (nxt and nxt.group(1) in _POWER_WORDS)

    def _weather_paragraph(self, unit: str, pos: int) -> bool:
        """Does the paragraph around ``pos`` give weather or temperatures ("sunny and 77F",
        "hit 41C and 105F")? A weather word, a degree sign, or a figure with the other scale's
        letter glued ("41C" beside "105F") says "75F" is a reading. The same letter twice
        ("the 2C ... the 2C at Amazon") is a model name repeated, not evidence."""
        para_start = self.text.rfind("\n", 0, pos) + 1
        para_end = self.text.find("\n", pos)
        para_end = len(self.text) if para_end < 0 else para_end
        if _WEATHER_WORDS.search(self.text, para_start, para_end):
            return True
        other = "C" if unit == "F" else "F"
        return bool(_GLUED_SCALE[other].search(self.text, para_start, para_end))

    def _pressure_paragraph(self, end: int) -> bool:
        """Is a glued "mb" ending at ``end`` a barometer's millibars ("a 980mb low", "pressure
        fell to 950mb")? Only weather words near it say so; elsewhere it is megabytes."""
        if _COMPUTING_WORDS.search(self.text, max(0, end - 120), end + 60):
            return False  # "a 256mb memory card": a size, whatever the weather
        return bool(_PRESSURE_WORDS.search(self.text, max(0, end - 120), end + 60))

    def _million_paragraph(self, end: int, word: str) -> bool:
        """Is a bare "5m" ending at ``end`` million, not meters, by its paragraph: it counts
        things or money ("sold 7.4m Lumias", "a net loss of 0.5m", "down from 5m the previous
        quarter to 4.3m", "its 6.8m handset sales") and no word of length, height or sport
        measured in meters is near ("a 300m tower", "the 10m platform")? The word after it
        alone says so only when it is a plural noun; a length needs a physical context."""
        para_start, para_end = paragraph_bounds(self.text, end, end)
        if _LENGTH_PARAGRAPH.search(self.text, para_start, para_end):
            return False
        return bool(_CAP_PLURAL_NEXT.match(self.text, end) or _COUNT_PARAGRAPH.search(
            self.text, para_start, para_end))

    def _h_meterhyphen(self, m: re.Match[str]) -> str:
        """'a 2m-long python', 'a 3m-wide crater': a length in meters glued to the dimension it
        measures, one compound adjective, "two meter-long" (as "a 5km-long road" is read); the
        number rule left the "m" alone before a hyphen ("$2m-deal"), so it was "two m-long"."""
        return f" {decimal(m.group('mh'), self.keep_and)} meter"

    def _glued_unit(self, unit: str, num: str, end: int, start: int | None = None) -> str:
        """A unit letter glued to a number; 'm' is million before most nouns ("5m people"),
        and 'C'/'F' are degrees only where a temperature is being given ("it was 75F",
        "highs of 30C"), not in a product name ("the X2D 100C")."""
        if unit in ("C", "F") and start is not None:
            before = self.text[max(0, start - 14) : start].lower().split()
            nxt = _NEXT_WORD.match(self.text, end)
            if not ((before and before[-1] in _TEMPERATURE_BEFORE) or (
                    nxt and nxt.group(1) in _TEMPERATURE_AFTER)
                    or _TEMP_PAIR_BEFORE[unit].search(self.text, max(0, start - 12), start)
                    or _TEMP_PAIR_AFTER[unit].match(self.text, end)
                    or self._weather_paragraph(unit, start)):
                return unit
        if (unit == "m" and start is not None and _MINUTES_TOKEN.fullmatch(self.text, start, end)
                and (_SECONDS_NEXT.match(self.text, end)
                     or _HOURS_BEFORE.search(self.text, max(0, start - 6), start))):
            # "a lap of 1m 32s", "1h 20m": minutes beside seconds or hours, never meters
            return "minute" if _is_one(num) else "minutes"
        if unit == "m":
            nxt = _NEXT_WORD.match(self.text, end)
            word = nxt.group(1) if nxt else ""
            if word not in _M_IS_METERS and (word == "people" or (
                    word.endswith("s") and not word.endswith("ss"))):
                return "million"
            if _counted_compound(word, self.text, nxt.end() if nxt else end):
                return "million"  # "133m text messages", "5m mobile phones"
            if word not in _M_STRONG_METERS and self._million_paragraph(end, word):
                return "million"
        if unit == "w" and (_AGO_NEXT.match(self.text, end) or (
                start is not None and _STAMP_BEFORE.search(self.text, max(0, start - 4), start)
                and _STAMP_AFTER.match(self.text, end))):
            # "posted 2w ago", "Dana Lee · 2w": a comment's age in weeks, not watts
            return "week" if _is_one(num) else "weeks"
        if unit == "mb" and self._pressure_paragraph(end):
            return "millibar" if _is_one(num) else "millibars"
        if unit == "V" and self._volt_is_model(num, end, start):
            return "V"
        sg, pl = GLUED_UNITS[unit]
        return sg if _is_one(num) and " per " not in sg else pl


#: A word hyphened to a spaced unit ("3 hr-long", "10 km-wide", "5 yr-old"): the measure is
#: part of a compound adjective, and its unit stays singular.
_HYPHEN_WORD_AFTER = re.compile(r"-(?:long|old|wide|high|tall|deep|thick|plus|term|run|ride"
                                r"|drive|walk|flight|trip|journey|stretch|span|mark)(?![\w-])")


#: A time written in clock units: seconds after minutes ("1m 32s", "2m30.5s"), hours before
#: minutes ("1h 20m"); the "m" between is a minute.
_SECONDS_NEXT = re.compile(r"[ \t]?[0-5]?\d(?:\.\d{1,3})?s(?![\w'’])")
_MINUTES_TOKEN = re.compile(r"\d{1,2}[ \t]?m")
_HOURS_BEFORE = re.compile(r"(?<![\w.,])\d{1,2}h[ \t]?\Z")


def _spellings(form: str) -> list[str]:
    """A unit's name as writers spell it: American and British ("meters", "metres"), and a
    compound with a space or a hyphen ("kilowatt hours", "kilowatt-hours")."""
    forms = {form, form.replace("meter", "metre").replace("liter", "litre")}
    return [re.escape(f).replace(r"\ ", "[ -]") for f in sorted(forms)]


def _gloss_re() -> str:
    """The pattern of a unit's symbol in brackets right after its own name ("kilowatt hours
    (kWh)", "pounds (lbs)", "2 kilograms (kg)"): the writer glosses the name for the eye, and
    read aloud the bracket says the name again ("kilowatt hours, kilowatt hours") or spells
    the symbol ("K G"). Each symbol carries look-behinds for its own names only, so a symbol
    after another unit's name ("pounds (kg)") or after no name ("the usage (kWh)") is read."""
    symbols: dict[tuple[str, str], list[str]] = {}
    for symbol, names in {**UNITS, **GLUED_UNITS}.items():
        if symbol in COMPOUND_UNITS:
            continue  # composed units (normfix53) are read by the number and bare-unit rules
        if (re.fullmatch(r"[A-Za-z]{1,5}(?:/[A-Za-z]{1,4})?", symbol)
                and symbol not in ("bn", "tn", "k", "K", "percent", "in")
                and not names[1].replace(" ", "").isupper()):
            # not a name the engine spells ("psi" is "P S I"), nor a word ("in")
            symbols.setdefault(names, []).append(re.escape(symbol))
    alts = []
    for names, syms in symbols.items():
        behind = "|".join(f"(?<=\\b(?i:{f})[ \\t])" for name in dict.fromkeys(names)
                          for f in _spellings(name))
        alts.append(f"(?:{behind})\\((?:{'|'.join(syms)})\\.?\\)")
    return r"(?=\()(?:" + "|".join(alts) + r")"


#: A unit's symbol in brackets after its own name (see ``_gloss_re``).
UNIT_GLOSS_RE = _gloss_re()


def _header_units() -> dict[str, str]:
    """Symbols that name a unit alone in brackets after a noun ("Latency (ms)", "Weight
    (kg)"), with the plural name said there: two letters or more with a small one, so not
    "(MS)" (multiple sclerosis), "(PM)" nor a one-letter "(m)" (million or meters?)."""
    return {sym: names[1] for sym, names in {**UNITS, **GLUED_UNITS}.items()
            if sym not in COMPOUND_UNITS  # composed units (normfix53), see ``_gloss_re``
            if re.fullmatch(r"[A-Za-z]{2,5}(?:/[A-Za-z]{1,4})?", sym)
            and sym not in ("in", "bn", "tn", "mp", "Pa")  # a word, a scale, a state ("Pa")
            and not sym.isupper() and not names[1].replace(" ", "").isupper()}


#: An amount and a word before a bracket ("3 pounds (kg)").
_AMOUNT_BEFORE = re.compile(r"\d[ \t]?[A-Za-z]{1,20}[ \t]\Z")
#: Unit symbols said by name in a table header's brackets (see ``UnitsRules._h_unithead``).
HEADER_UNITS = _header_units()
#: A unit's symbol alone in brackets after a word ("Average ping (ms)", "Speed (Mbps)").
UNIT_HEAD_RE = (r"(?<=[A-Za-z][ \t])\((?P<uh>" + "|".join(
    re.escape(u) for u in sorted(HEADER_UNITS, key=len, reverse=True)) + r")\)")


# --- normfix53: blood pressure and changes over a period -------------------------------------
#: One reading in a list of them (see ``BloodPressureRules._h_bloodpressure``).
_BP_READING = re.compile(r"(\d{2,3})/(\d{2,3})")


class BloodPressureRules:
    """Rule handler for blood pressure readings (mixed into the normalizer with UnitsRules)."""

    keep_and: bool

    def _h_bloodpressure(self, m: re.Match[str]) -> str:
        """'120/80 mmHg' -> 'one hundred twenty over eighty millimeters of mercury': a reading is
        systolic over diastolic, as doctors say it; read as written it was "slash", or a date."""
        said = f" {cardinal(int(m.group('bp_a')))} over {cardinal(int(m.group('bp_b')))}"
        if m.group("bp_more"):
            # "readings of 145/92 and 150/96": every reading of the list is a pressure
            pos = 0
            more = m.group("bp_more")
            for reading in _BP_READING.finditer(more):
                joiner = more[pos : reading.start()].strip()
                word = joiner.lstrip(", ")
                word = "versus" if word in ("vs", "vs.") else word
                said += ("," if joiner.startswith(",") else "") + (f" {word} " if word else " ")
                said += f"{cardinal(int(reading.group(1)))} over {cardinal(int(reading.group(2)))}"
                pos = reading.end()
        unit = m.group("bp_u") or m.group("bp_u2")
        return said + (" millimeters of mercury " if unit else " ")


#: The periods of a change ("YoY", "q-o-q", "MoM"): see ``_h_overperiod``.
_PERIODS = {"y": "year", "q": "quarter", "m": "month", "w": "week"}
#: The start of a text, a line or a sentence (not a bracket: "0.5% (MoM)" opens none).
_OPENS_SENTENCE = re.compile(r"(?:\A|\n|[.!?][\"”’']?[ \t]+)\Z")


class OverPeriodRules:
    """Rule handler for changes over a period (mixed into the normalizer)."""

    text: str

    def _h_overperiod(self, m: re.Match[str]) -> str:
        """'up 5% YoY' -> 'year over year', '0.4% MoM' -> 'month over month': analysts' shorthand
        for the period a change is measured over; spelled it was "Y O Y" or "M O M"."""
        written = m.group("ovp") or m.group("ovp_c") or m.group("ovp_n")
        period = _PERIODS[written[0].lower()]
        start = m.start()
        if written[0].isupper() and _OPENS_SENTENCE.search(self.text, max(0, start - 4), start):
            return f" {period.capitalize()} over {period} "  # "MoM growth slowed."
        return f" {period} over {period} "
# --- end normfix53 ---------------------------------------------------------------------------
