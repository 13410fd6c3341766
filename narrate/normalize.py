"""Speech-ready text: the stage between the narration script and the TTS engine.

eSpeak NG reads raw news text badly ("Oct. 23" as "oct twenty three", "$4.5 billion" as "dollar
four point five billion", "HUR" as a word). This module rewrites text so that the engine only has
to pronounce words: numbers, dates, times, money, units, abbreviations and acronyms become words.

Design, and why:

* **One pass, one regular expression.** All rules are alternatives of a single compiled pattern
  scanned left to right with ``finditer``; every quantifier that can fail repeatedly is bounded,
  so the work is linear in the input (a property test checks the output stays proportional).
* **A map back to the input.** Each rule emits a *piece* (output text, input start, input end),
  so :func:`normalize_with_map` can say which input span every output span came from: the WebVTT
  transcript keeps the original words while the engine speaks the normalized ones.
* **Neutralization for every language.** Text that would change the engine's behaviour (SSML-like
  tags, eSpeak ``[[phoneme]]`` brackets, control, zero-width and bidi characters, emoji) is dropped
  or replaced by a pause, never passed on. Only a pronunciation lexicon entry may put ``[[...]]``
  phonemes into the output (see :mod:`narrate.lexicon`).
* **English is thorough; other languages pass through** to eSpeak NG's own rules after
  neutralization, because eSpeak already knows their number and date grammar.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from num2words import num2words

if TYPE_CHECKING:  # pragma: no cover
    from .lexicon import Lexicon

__all__ = [
    "MapSpan",
    "Normalized",
    "normalize",
    "normalize_command",
    "normalize_with_map",
]

# ---------------------------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------------------------

MONTHS = {
    "January": "January", "February": "February", "March": "March", "April": "April",
    "May": "May", "June": "June", "July": "July", "August": "August",
    "September": "September", "October": "October", "November": "November",
    "December": "December",
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June",
    "Jul": "July", "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October",
    "Nov": "November", "Dec": "December",
}
_MONTH_BY_NUMBER = [
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]
WEEKDAYS = {
    "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
    "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday",
    "Sat": "Saturday", "Sun": "Sunday",
}
#: Abbreviations that always precede a name: the period never ends a sentence.
TITLES = {
    "Gen": "General", "Sen": "Senator", "Gov": "Governor", "Rep": "Representative",
    "Reps": "Representatives", "Sens": "Senators",
    "Dr": "Doctor", "Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Mt": "Mount",
    "Prof": "Professor", "Lt": "Lieutenant", "Col": "Colonel", "Sgt": "Sergeant",
    "Capt": "Captain", "Cmdr": "Commander", "Adm": "Admiral", "Maj": "Major",
    "Cpl": "Corporal", "Pvt": "Private", "Rev": "Reverend", "Fr": "Father",
    "Supt": "Superintendent", "Atty": "Attorney", "Pres": "President", "Gens": "Generals",
}
#: Abbreviations that follow a name or stand alone: their period may end a sentence.
SUFFIXES = {
    "Jr": "Junior", "Sr": "Senior", "Co": "Company", "Inc": "Incorporated",
    "Corp": "Corporation", "Ltd": "Limited", "Bros": "Brothers", "Ave": "Avenue",
    "Blvd": "Boulevard", "Rd": "Road", "Dept": "Department", "Univ": "University",
    "Assn": "Association", "Intl": "International", "Govt": "Government",
    "vs": "versus", "etc": "et cetera", "approx": "approximately", "est": "estimated",
    "tsp": "teaspoon", "tbsp": "tablespoon", "ave": "avenue", "govt": "government",
    "dept": "department", "Ft": "Fort", "mins": "minutes", "hrs": "hours", "yrs": "years",
    "Calif": "California", "Ariz": "Arizona", "Ark": "Arkansas", "Colo": "Colorado",
    "Conn": "Connecticut", "Fla": "Florida", "Kan": "Kansas", "Md": "Maryland",
    "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Neb": "Nebraska",
    "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon", "Tenn": "Tennessee",
    "Wis": "Wisconsin", "Wyo": "Wyoming", "Ala": "Alabama", "Pa": "Pennsylvania",
    "Va": "Virginia", "Ga": "Georgia", "Ky": "Kentucky", "Vt": "Vermont",
}
#: Abbreviations written without a period that are never words of their own.
BARE_ABBREVIATIONS = {
    "vs": "versus", "Vs": "versus", "govt": "government", "Govt": "Government",
    "ie": "that is", "eg": "for example", "approx": "approximately", "etc": "et cetera",
    "ave": "avenue", "Ave": "Avenue", "Ltd": "Limited", "Blvd": "Boulevard", "Dept": "Department",
    "Intl": "International", "Assn": "Association", "Corp": "Corporation", "Bros": "Brothers",
    "mins": "minutes", "hrs": "hours", "yrs": "years", "Jr": "Junior", "Rd": "Road",
}
#: Abbreviations that name a numbered part ("Fig. 3", "pp. 12-14"): only before a number.
NUMBERED_ABBREVIATIONS = {
    "Fig": "figure", "fig": "figure", "Figs": "figures", "Vol": "volume", "vol": "volume",
    "Ch": "chapter", "ch": "chapter", "p": "page", "pp": "pages", "Sec": "section",
    "Art": "article", "Ex": "exhibit", "Eq": "equation", "Tab": "table", "Ep": "episode",
}
#: Dotted abbreviations that are not letter-by-letter acronyms.
DOTTED = {
    "e.g.": "for example", "i.e.": "that is", "a.k.a.": "also known as",
    "A.K.A.": "also known as", "a.m.": "A-M", "p.m.": "P M", "A.M.": "A-M", "P.M.": "P M",
}
#: Acronyms said as words (everything else in capitals is spelled letter by letter).
SAY_AS_WORD = {
    "NATO": "Nato", "NASA": "Nassa", "UNESCO": "You-nesco", "UNICEF": "Unicef", "OPEC": "Oh-peck",
    "NASDAQ": "Nasdaq", "COVID": "Covid", "AIDS": "Aids", "FIFA": "Fifa", "UEFA": "Uefa",
    "NAFTA": "Nafta", "ASEAN": "Ah-see-an", "FEMA": "Feema", "SWIFT": "Swift", "ISIS": "Isis",
    "SARS": "Sars", "MERS": "Mers", "HIMARS": "High-mars", "ATACMS": "Attack-ems",
    "BRICS": "Bricks", "CERN": "Cern", "MAGA": "Maga", "DOGE": "Doge", "ICE": "Ice",
    "POTUS": "Potus", "SCOTUS": "Scotus", "SWAT": "Swat", "LIDAR": "Lidar", "RADAR": "Radar",
    "LASER": "Laser", "SCUBA": "Scuba", "GIF": "Gif", "PIN": "Pin", "OK": "okay",
    "UNRWA": "Unrwa", "OSHA": "Osha", "NORAD": "Norad", "INTERPOL": "Interpol",
    "EUROPOL": "Europol", "FRONTEX": "Frontex", "MERCOSUR": "Mercosur", "OFAC": "Oh-fack",
    "ESA": "Eesa", "JAXA": "Jaxa", "DARPA": "Darpa", "NOAA": "Noah", "PEN": "Pen",
    "TASS": "Tass", "AWOL": "Awol", "WASP": "Wasp", "CAPTCHA": "Captcha", "SIM": "Sim",
    "ROM": "Rom", "RAM": "Ram", "JSON": "Jason", "DAX": "Dax", "GAAP": "Gap",
}
#: Acronyms that stay spelled even inside a line written all in capitals.
ALWAYS_SPELLED = {
    "US", "USA", "UK", "EU", "UN", "AI", "TV", "PM", "CEO", "CFO", "CTO", "GDP", "FBI", "CIA",
    "NSA", "BBC", "CNN", "NBC", "CBS", "ABC", "NPR", "SUV", "EV", "NFL", "NBA", "MLB", "NHL",
    "IMF", "WHO", "UAE", "IT", "PC", "DJ", "MP", "MPS", "LA", "NYC", "DC", "HUR", "SBU", "IDF",
    "EVS", "GOP", "ID", "IDS", "USB", "HDMI", "WSJ", "NYT", "AP", "AFP", "ESPN", "FDA",
    "IRS", "SEC", "DOJ", "DHS", "NHS", "VAT", "GPS", "DNA", "RNA", "HIV", "ICU", "ER", "PR",
    "SSD", "CPU", "GPU", "WWII", "WWI", "AM", "FM", "LED", "UCLA", "LAPD", "NYPD", "HUD", "NIH",
}
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
    "Jr", "Sr",
}
#: US states as AP style and postal codes write them, for "(D-Minn.)" and "(R-TX)".
US_STATES = {
    "Ala": "Alabama", "AL": "Alabama", "Alaska": "Alaska", "AK": "Alaska", "Ariz": "Arizona",
    "AZ": "Arizona", "Ark": "Arkansas", "AR": "Arkansas", "Calif": "California",
    "CA": "California", "Colo": "Colorado", "CO": "Colorado", "Conn": "Connecticut",
    "CT": "Connecticut", "Del": "Delaware", "DE": "Delaware", "Fla": "Florida", "FL": "Florida",
    "Ga": "Georgia", "GA": "Georgia", "Hawaii": "Hawaii", "HI": "Hawaii", "Idaho": "Idaho",
    "ID": "Idaho", "Ill": "Illinois", "IL": "Illinois", "Ind": "Indiana", "IN": "Indiana",
    "Iowa": "Iowa", "IA": "Iowa", "Kan": "Kansas", "KS": "Kansas", "Ky": "Kentucky",
    "KY": "Kentucky", "La": "Louisiana", "LA": "Louisiana", "Maine": "Maine", "ME": "Maine",
    "Md": "Maryland", "MD": "Maryland", "Mass": "Massachusetts", "MA": "Massachusetts",
    "Mich": "Michigan", "MI": "Michigan", "Minn": "Minnesota", "MN": "Minnesota",
    "Miss": "Mississippi", "MS": "Mississippi", "Mo": "Missouri", "MO": "Missouri",
    "Mont": "Montana", "MT": "Montana", "Neb": "Nebraska", "NE": "Nebraska", "Nev": "Nevada",
    "NV": "Nevada", "N.H": "New Hampshire", "NH": "New Hampshire", "N.J": "New Jersey",
    "NJ": "New Jersey", "N.M": "New Mexico", "NM": "New Mexico", "N.Y": "New York",
    "NY": "New York", "N.C": "North Carolina", "NC": "North Carolina", "N.D": "North Dakota",
    "ND": "North Dakota", "Ohio": "Ohio", "OH": "Ohio", "Okla": "Oklahoma", "OK": "Oklahoma",
    "Ore": "Oregon", "OR": "Oregon", "Pa": "Pennsylvania", "PA": "Pennsylvania",
    "R.I": "Rhode Island", "RI": "Rhode Island", "S.C": "South Carolina", "SC": "South Carolina",
    "S.D": "South Dakota", "SD": "South Dakota", "Tenn": "Tennessee", "TN": "Tennessee",
    "Texas": "Texas", "TX": "Texas", "Utah": "Utah", "UT": "Utah", "Vt": "Vermont",
    "VT": "Vermont", "Va": "Virginia", "VA": "Virginia", "Wash": "Washington",
    "WA": "Washington", "W.Va": "West Virginia", "WV": "West Virginia", "Wis": "Wisconsin",
    "WI": "Wisconsin", "Wyo": "Wyoming", "WY": "Wyoming",
}
#: Nouns that number their parts with a Roman numeral, even a one-letter one ("Part I").
_NUMBERED_NOUNS = {
    "Chapter", "Part", "Book", "Act", "Scene", "Volume", "Vol", "Phase", "Stage", "Title",
    "Article", "Appendix", "Annex", "Type", "Class", "Level", "Category", "Schedule", "Grade",
    "Tier", "Round", "Section", "Series", "Mark", "Division", "Canto", "Psalm", "Episode",
}
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
}
_PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
#: Two-letter-or-longer numerals accepted after any capitalized word ("World War II").
_ROMAN_MULTI = (
    r"(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
)

UNITS: dict[str, tuple[str, str]] = {
    # symbol: (singular, plural)
    "km²": ("square kilometer", "square kilometers"),
    "km2": ("square kilometer", "square kilometers"),
    "sq km": ("square kilometer", "square kilometers"),
    "m²": ("square meter", "square meters"),
    "sq ft": ("square foot", "square feet"),
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
    "Mbps": ("megabit per second", "megabits per second"),
    "Gbps": ("gigabit per second", "gigabits per second"),
    "kbps": ("kilobit per second", "kilobits per second"),
    "gal": ("gallon", "gallons"),
    "MW": ("megawatt", "megawatts"),
    "MWh": ("megawatt hour", "megawatt hours"),
    "GW": ("gigawatt", "gigawatts"),
    "GWh": ("gigawatt hour", "gigawatt hours"),
    "hp": ("horsepower", "horsepower"),
    "KB": ("kilobyte", "kilobytes"),
    "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"),
    "TB": ("terabyte", "terabytes"),
    "Hz": ("hertz", "hertz"),
    "kHz": ("kilohertz", "kilohertz"),
    "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"),
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
    "yd": ("yard", "yards"),
    "yds": ("yard", "yards"),
    "bn": ("billion", "billion"),
    "tn": ("trillion", "trillion"),
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
    "V": ("volt", "volts"), "MP": ("megapixel", "megapixels"),
}
#: Words after "5m" that show the m means million ("5m people"), not meters ("100m sprint").
_M_IS_METERS = {
    "sprint", "race", "dash", "hurdles", "freestyle", "butterfly", "backstroke", "breaststroke",
    "relay", "medley", "final", "tall", "high", "long", "wide", "deep", "away", "above", "below",
    "from", "of", "in", "into", "on", "at", "to", "across", "under", "over", "down", "up",
    "record", "title", "world", "gold", "silver", "bronze", "heat", "and", "or",
}
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))

#: Currency symbols (longest first in the pattern): (singular, plural, minor sg, minor pl).
CURRENCY_SYMBOLS: dict[str, tuple[str, str, str | None, str | None]] = {
    "US$": ("US dollar", "US dollars", "cent", "cents"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "NZ$": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
    "HK$": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
    "$": ("dollar", "dollars", "cent", "cents"),
    "€": ("euro", "euros", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "¥": ("yen", "yen", None, None),
    "₴": ("hryvnia", "hryvnias", "kopiyka", "kopiykas"),
    "₽": ("ruble", "rubles", "kopeck", "kopecks"),
    "₹": ("rupee", "rupees", "paisa", "paise"),
    "₩": ("won", "won", None, None),
    "₪": ("shekel", "shekels", "agora", "agorot"),
    "₺": ("lira", "lira", "kurus", "kurus"),
    "zł": ("zloty", "zlotys", "grosz", "groszy"),
    "Fr.": ("franc", "francs", "centime", "centimes"),
}
CURRENCY_CODES: dict[str, tuple[str, str, str | None, str | None]] = {
    "USD": ("US dollar", "US dollars", "cent", "cents"),
    "EUR": ("euro", "euros", "cent", "cents"),
    "GBP": ("pound", "pounds", "penny", "pence"),
    "UAH": ("hryvnia", "hryvnias", "kopiyka", "kopiykas"),
    "JPY": ("yen", "yen", None, None),
    "CNY": ("yuan", "yuan", None, None),
    "RMB": ("yuan", "yuan", None, None),
    "RUB": ("ruble", "rubles", "kopeck", "kopecks"),
    "CHF": ("Swiss franc", "Swiss francs", "centime", "centimes"),
    "CAD": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "AUD": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "INR": ("rupee", "rupees", "paisa", "paise"),
    "PLN": ("zloty", "zlotys", "grosz", "groszy"),
    "SEK": ("Swedish krona", "Swedish kronor", None, None),
    "NOK": ("Norwegian krone", "Norwegian kroner", None, None),
    "DKK": ("Danish krone", "Danish kroner", None, None),
    "TRY": ("lira", "lira", None, None),
    "ILS": ("shekel", "shekels", "agora", "agorot"),
    "BTC": ("bitcoin", "bitcoin", None, None),
}
#: File extensions and dotted product suffixes: how to say them after "dot".
FILE_EXTENSIONS = {
    "NET": "net", "js": "J S", "ts": "T S", "yml": "Y M L", "yaml": "yamel", "json": "Jason",
    "txt": "text", "csv": "C S V", "pdf": "P D F", "doc": "doc", "docx": "doc x", "xls": "X L S",
    "xlsx": "X L S X", "ppt": "P P T", "pptx": "P P T X", "html": "H T M L", "htm": "H T M",
    "py": "P Y", "md": "M D", "exe": "E X E", "zip": "zip", "png": "P N G", "jpg": "J P G",
    "jpeg": "J peg", "gif": "gif", "svg": "S V G", "mp3": "M P three", "mp4": "M P four",
    "wav": "wave", "sh": "S H", "toml": "tom-mel", "ini": "I N I", "cfg": "config",
    "xml": "X M L", "log": "log", "sql": "S Q L", "cpp": "C P P", "rs": "R S", "java": "java",
    "rb": "R B", "php": "P H P", "css": "C S S", "dll": "D L L", "apk": "A P K", "iso": "I S O",
    "tar": "tar", "gz": "G Z", "env": "env", "lock": "lock", "ipynb": "I P Y N B",
}
_EXT_RE = "|".join(sorted(FILE_EXTENSIONS, key=len, reverse=True))
_SYM_RE = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_CODE_RE = "|".join(sorted(CURRENCY_CODES))
_SCALES = {
    "thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
    "m": "million", "mn": "million", "mln": "million", "bn": "billion", "b": "billion",
    "tn": "trillion", "k": "thousand", "K": "thousand", "M": "million", "B": "billion",
    "T": "trillion",
}
_SCALE_RE = (
    r"(?:[\s-]?(?:thousand|million|billion|trillion)|(?:mn|mln|bn|tn|m|b|k|K|M|B|T))(?![\w])"
)

SYMBOL_WORDS = {
    "&": "and", "+": "plus", "=": "equals", "@": "at", "#": "number", "§": "section",
    "§§": "sections", "%": "percent", "°": "degrees", "º": "degrees", "№": "number",
    "×": "times", "÷": "divided by", "±": "plus or minus", "<": "less than",
    ">": "greater than", "≤": "at most", "≥": "at least", "≈": "about", "~": "about",
    "€": "euros", "$": "dollars", "£": "pounds", "¥": "yen", "₴": "hryvnias", "‰": "per mille",
    "½": "one half", "¼": "one quarter", "¾": "three quarters", "⅓": "one third",
    "⅔": "two thirds", "⅛": "one eighth", "⅜": "three eighths", "⅝": "five eighths",
    "⅞": "seven eighths", "⅕": "one fifth",
}
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
#: Punctuation the engine reads as a pause, not as a name: allowed in output as is.
_SAFE_PUNCT = set(".,;:!?'-")
#: Characters that become a pause (comma) in English output.
_PAUSE_CHARS = set("(){}—–―‒|•·●▪■◦‣⁃/\\")
_QUOTE_CHARS = set("\"“”„‟«»‹›‘’‚‛`´")

_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapSpan:
    """Output characters ``[out_start, out_end)`` were spoken for input ``[in_start, in_end)``."""

    out_start: int
    out_end: int
    in_start: int
    in_end: int


@dataclass(frozen=True)
class Normalized:
    """Speech-ready text and the map from its spans back to the original text."""

    text: str
    spans: tuple[MapSpan, ...]

    def as_tuples(self) -> list[tuple[int, int, int, int]]:
        """The map as (out_start, out_end, in_start, in_end) tuples."""
        return [(s.out_start, s.out_end, s.in_start, s.in_end) for s in self.spans]

    def source_of(self, out_start: int, out_end: int) -> tuple[int, int] | None:
        """Smallest input span covering the output range, or None if nothing overlaps."""
        hits = [s for s in self.spans if s.out_start < out_end and s.out_end > out_start]
        if not hits:
            return None
        return min(s.in_start for s in hits), max(s.in_end for s in hits)


def normalize(text: str, lang: str = "en", lexicon: Lexicon | None = None) -> str:
    """Return speech-ready text for the engine (see the module docstring for the rules)."""
    return normalize_with_map(text, lang, lexicon).text


def normalize_with_map(
    text: str, lang: str = "en", lexicon: Lexicon | None = None
) -> Normalized:
    """Normalize ``text`` and keep, for every output span, the input span it came from.

    The spans are in input order and together cover the whole input (pieces that were dropped,
    such as markup or emoji, map to an empty output span), which is how the "nothing is lost"
    invariant is checked.
    """
    if not isinstance(text, str):
        text = str(text)
    if lexicon is not None:
        lexicon = lexicon.for_language(lang or "en")
    norm = _Normalizer(text, lang or "en", lexicon)
    return norm.run()


def normalize_command(text: str, lang: str = "en", lexicon_paths: list | None = None) -> str:
    """Body of ``narrate normalize 'TEXT' --lang en [--lexicon FILE]...``: the text to print.

    The default lexicon comes first, then the given files in order (later files win).
    """
    from .lexicon import Lexicon  # local: lexicon imports normalize for its checks

    lexicon = Lexicon.load(list(lexicon_paths or []), include_default=True)
    return normalize(text, lang, lexicon)


# ---------------------------------------------------------------------------------------------
# Number helpers (num2words does the words; we only shape them for speech)
# ---------------------------------------------------------------------------------------------

_MAX_DIGITS = 15  # longer integers are read digit by digit (IDs, and num2words' limits)


def _clean(words: str, keep_and: bool = False) -> str:
    words = words.replace(",", "")
    if not keep_and:
        words = words.replace(" and ", " ")
    return words


def cardinal(n: int, keep_and: bool = False) -> str:
    """'1234' -> 'one thousand two hundred thirty-four' (American style unless keep_and)."""
    if n < 0:
        return "minus " + cardinal(-n, keep_and)
    if len(str(n)) > _MAX_DIGITS:
        return digits(str(n))
    return _clean(num2words(n, lang="en"), keep_and)


def ordinal(n: int, keep_and: bool = False) -> str:
    if len(str(n)) > _MAX_DIGITS:
        return digits(str(n))
    return _clean(num2words(n, lang="en", to="ordinal"), keep_and)


def year(n: int, keep_and: bool = False) -> str:
    """'2024' -> 'twenty twenty-four', '2005' -> 'two thousand five', '1905' -> 'nineteen oh five'.
    """
    if not 1000 <= n <= 2999:
        return cardinal(n, keep_and)
    return _clean(num2words(n, lang="en", to="year"), keep_and).replace("oh-", "oh ")


def digits(s: str) -> str:
    """Read a string of digits one by one: '0451' -> 'zero four five one'."""
    return " ".join(_DIGITS[int(c)] for c in s if c.isdigit() and c.isascii())


def decimal(s: str, keep_and: bool = False) -> str:
    """'4.5' -> 'four point five', '1,234' -> 'one thousand two hundred thirty-four'."""
    s = s.replace(",", "")
    if not s:
        return ""
    whole, _, frac = s.partition(".")
    head = cardinal(int(whole), keep_and) if whole else "zero"
    if whole and len(whole) > 1 and whole.startswith("0"):
        head = digits(whole)
    if frac:
        return f"{head} point {digits(frac)}"
    return head


def _is_one(s: str) -> bool:
    try:
        return float(s.replace(",", "")) == 1.0 and "." not in s
    except ValueError:
        return False


_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z'-]*)")
#: Words after an amount that show it is not an adjective ("$5 million in aid", "$5 was").
_NOT_A_NOUN = frozenset("""
a an the of in on at to for from by with and or but nor was were is are be been being has have
had will would could should may might must can per each this that these those last next over
under more less than after before since into onto as so if when while because which who whom
it its he she they we you i his her their our my your said says say a-year a-month apiece
annually each every upfront up down off out back again already also only just still too even
yet then there here now plus minus about around nearly almost roughly some all both
toward towards through across against within without via despite including excluding among
between during following until unless above below beyond versus vs respectively initially
yesterday today tomorrow tonight ago earlier later recently overall total combined cash net
gross instead altogether alone outright worth less apiece monthly weekly daily yearly not
cheaper higher lower more better worse richer poorer larger smaller bigger greater costlier
pricier short shy off extra too
""".split())


def _in_pairs(four: str) -> str:
    """'6700' -> 'sixty-seven hundred', '1080' -> 'ten eighty', '2005' -> 'twenty oh five':
    how model numbers and resolutions are said."""
    hi, lo = int(four[:2]), int(four[2:])
    if lo == 0:
        return f"{cardinal(hi)} hundred"
    if lo < 10:
        return f"{cardinal(hi)} oh {cardinal(lo)}"
    return f"{cardinal(hi)} {cardinal(lo)}"


def _pluralize_last(words: str) -> str:
    head, _, last = words.rpartition(" ")
    if last.endswith("y"):
        last = last[:-1] + "ies"
    else:
        last += "s"
    return f"{head} {last}" if head else last


# ---------------------------------------------------------------------------------------------
# The pattern
# ---------------------------------------------------------------------------------------------

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,12})?|\d{1,20}(?:\.\d{1,12})?|\.\d{1,12})"
_MONTH_ALT = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_AMPM = r"(?:[AaPp]\.[Mm]\.?|[AaPp][Mm](?![A-Za-z]))"
_TLD = (
    r"(?:com|org|net|gov|edu|mil|int|io|co|uk|ua|de|fr|eu|ru|pl|it|es|nl|ca|au|in|jp|cn|info|"
    r"news|tv|me|ai|app|dev|us|ch|at|se|no|dk|fi|be|cz|ly|gl|to)"
)
_NEUTRAL_CATS = {"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"}


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0x2B00 <= cp <= 0x2BFF
        or 0xFE00 <= cp <= 0xFE0F
        or 0xE0000 <= cp <= 0xE007F
        or 0x1F900 <= cp <= 0x1F9FF
        or cp in (0x20E3, 0x3030, 0x303D, 0x3297, 0x3299, 0x00A9 + 0x10000)
    )


_RULES_EN: list[tuple[str, str]] = [
    # Fast paths first: most of a text is lowercase words and single spaces that no other rule
    # wants (a word followed by ".", "@", "-", "/" or a digit goes on to the full rules).
    ("plain", r"(?<![\w@#.&'’/-])[a-z]{1,40}(?:['’][a-z]{1,10})?(?![\w.@'’/&:-])"),
    ("space1", r" (?![\s\-—–―])"),
    ("tag", r"</?[A-Za-z!?/][^<>\n]{0,200}>"),
    ("bullet", r"(?:(?<=\n)|(?<=\A))[ \t]{0,20}[-*•·▪‣◦–—][ \t]{1,20}"),
    ("party", r"\((?P<pa_p>[DRI])-(?P<pa_s>[A-Z][A-Za-z]{0,5}(?:\.[A-Z][a-z]?)?)\.?\)"),
    ("url", r"(?<![\w@/])(?:https?://|www\.)[^\s<>\"'“”()\[\]]{1,2000}"),
    ("email", r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}"),
    ("domain", r"(?<![\w.@/-])(?:[A-Za-z0-9-]{1,63}\.){1,4}" + _TLD + r"(?![\w.]\w|@)"
        r"(?:/[^\s<>\"'“”()\[\]]{0,2000})?"),
    ("duration", r"(?<![\d:.,])(?P<du_h>\d{1,2}):(?P<du_m>[0-5]\d):(?P<du_s>[0-5]\d)"
        r"(?![\d:]|\.\d)"),
    ("timeto", r"(?<=[AaPp][Mm])[ \t]?[-–][ \t]?(?=\d)"),
    ("time", r"(?<![\d:.,])(?P<t_h>[01]?\d|2[0-3]):(?P<t_m>[0-5]\d)(?![\d:])"
        r"(?:\s?(?P<t_ap>" + _AMPM + r"))?"),
    ("ratio", r"(?<![\d:.,])(?P<ra_a>\d{1,2}):(?P<ra_b>\d{1,2})(?![\d:]|\.\d)"),
    ("hourap", r"(?<![\d.,:])(?P<h_h>1[0-2]|0?[1-9])\s?(?P<h_ap>" + _AMPM + r")"),
    ("numdate", r"(?<![\d/.])(?P<nd_a>\d{1,2})/(?P<nd_b>\d{1,2})/(?P<nd_y>\d{4}|\d{2})(?![\d/])"),
    ("dotdate", r"(?<![\d.])(?P<dd_a>\d{1,2})\.(?P<dd_b>\d{1,2})\.(?P<dd_y>(?:19|20)\d\d)"
        r"(?!\d|\.\d)"),
    ("arith", r"(?<![\w.,])(?P<ar_a>" + _NUM + r")(?:[ \t]?(?P<ar_op>[*÷])[ \t]?"
        r"|[ \t]?(?P<ar_eq>[-−/+×])[ \t]?(?=" + _NUM + r"[ \t]?=))(?P<ar_b>" + _NUM
        + r")(?![\w.,]\d)"),
    ("dims", r"(?<![\w.,])(?P<dm_a>" + _NUM + r")[ \t]?[x×][ \t]?(?P<dm_b>" + _NUM
        + r")(?![\w.,]\d)"),
    ("timesx", r"(?<![\w.,])(?P<tx>" + _NUM + r")[xX×](?![\w])"),
    ("isodate", r"(?<![\d-])(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})(?![\d-])"),
    ("monthday", r"\b(?P<md_m>" + _MONTH_ALT + r")(?P<md_dot>\.)?\s(?P<md_d>\d{1,2})"
        r"(?:st|nd|rd|th)?(?:[–-](?P<md_d2>\d{1,2})(?:st|nd|rd|th)?)?(?![\d:,.]\d|\d)(?P<md_y>,?\s(?P<md_yn>\d{4})(?!\d))?"),
    ("monthyear", r"\b(?P<my_m>" + _MONTH_ALT + r")(?P<my_dot>\.)?,?\s(?P<my_y>\d{4})(?![\d])"),
    ("daymonth", r"(?<![\w.,])(?P<dm_d>\d{1,2})(?:st|nd|rd|th)?\s(?P<dm_m>" + _MONTH_ALT
        + r")(?P<dm_dot>\.)?(?![a-z])(?P<dm_y>,?\s(?P<dm_yn>\d{4})(?!\d))?"),
    ("cursym", r"(?<![\w])(?P<cs_sign>[-−])?(?P<cs_sym>" + _SYM_RE + r")\s?(?P<cs_n>" + _NUM
        + r")(?P<cs_sc>" + _SCALE_RE + r")?(?:[ \t]?[-–—][ \t]?(?:" + _SYM_RE + r")?(?P<cs_n2>"
        + _NUM + r")(?P<cs_sc2>" + _SCALE_RE + r")?(?![\w.,]\d|-\d))?"
        r"(?:\s(?P<cs_code>" + _CODE_RE + r")(?![\w]))?"),
    ("curcode", r"(?<![\w])(?P<cc_code>" + _CODE_RE + r")\s?(?P<cc_n>" + _NUM + r")(?P<cc_sc>"
        + _SCALE_RE + r")?"),
    ("numcode", r"(?<![\w.,])(?P<nc_n>" + _NUM + r")(?P<nc_sc>" + _SCALE_RE + r")?\s(?P<nc_code>"
        + _CODE_RE + r")(?![\w])"),
    ("phone", r"(?<![\w+])(?P<ph>(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{3}[\s.-])\d{3}"
        r"[\s.-]\d{4})(?![\w-])"),
    ("phone7", r"(?<![\w.,-])(?P<p7_a>\d{3})-(?P<p7_b>\d{4})(?![\w-])"),
    ("dotthousands", r"(?<![\w.,])(?P<dth>\d{1,3}(?:\.\d{3}){2,5})(?![\w.,]\d|\d)"),
    ("idgroups", r"(?<![\w.,-])(?P<idg>\d{1,6}(?:-\d{1,6}){2,6})(?![\w-])"),
    ("decade", r"(?<![\w.,])(?P<dec_ap>['’])?(?P<dec>(?:1\d|20)?\d0)(?P<dec_ap2>['’])?s(?![\w])"),
    ("yearposs", r"(?<![\w.,])(?P<yp>\d{1,4})['’]s(?![\w])"),
    ("inches", r"(?<![\w.])(?P<in_n>\d{1,3}(?:\.\d{1,2})?)(?P<in_q>[”″\"])(?=[\s,.;:)]|\Z)"),
    ("ordnum", r"(?<![\w.,])(?P<ord>\d{1,3}(?:,\d{3}){1,4}|\d{1,15})"
        r"(?P<ord_suf>st|nd|rd|th|ST|ND|RD|TH)(?![\w])"),
    ("range", r"(?<![\w.,])(?P<r_a>" + _NUM + r")%?(?:\s?[–—]\s?|-|[ \t]-[ \t])(?P<r_b>" + _NUM
        + r")(?![\w.,]\d|-\d)(?P<r_unit>\s?(?:" + _UNIT_RE + r")(?![\w²]))?"),
    ("fraction", r"(?<![\w./])(?P<fr_w>\d{1,3}\s)?(?P<fr_a>\d{1,4})/(?P<fr_b>\d{1,4})"
        r"(?![\w/]|\.\d)"),
    ("vulgar", r"(?P<vu_n>\d{1,6})?(?P<vu>[½¼¾⅓⅔⅛⅜⅝⅞⅕])"),
    ("version", r"(?<![\w.])(?P<ver>\d{1,4}(?:\.\d{1,4}){2,6})(?![\w.]\w)"),
    ("sharp", r"(?<![\w#])(?P<sh>[A-G])#(?![\w#])"),
    ("nonum", r"(?<![\w.])(?P<no>NO|No|Nos|NOS)\.?[ \t]?(?=#?\d)#?"),
    ("hashtag", r"(?<![\w&#])#(?P<hs>[^\W\d_][^\W_]{0,100})"),
    ("feet", r"(?<![\w.])(?P<ft>\d{1,2})['′’](?P<inch>\d{1,2})(?:[\"″”]|'')"),
    ("scaleunit", r"(?:(?<=million )|(?<=billion )|(?<=thousand )|(?<=trillion ))(?P<su>"
        + _UNIT_RE + r")(?![\w²])"),
    ("decunit", r"(?<![\w.])(?P<du_l>[A-Z]{1,4})(?P<du_n>\d{1,3}\.\d{1,3})(?![\w]|\.\d)"),
    ("alnum", r"(?<![\w-])(?P<an>(?=[A-Za-z]{0,40}\d)(?=\d{0,40}[A-Za-z])[A-Za-z0-9]{1,40}"
        r"|[A-Z][A-Za-z]{0,7}-\d{1,6}[A-Za-z]{0,3})(?![\w]|-\w)"),
    ("number", r"(?<![\d.,])(?P<n_sign>(?<![\w])[-−+])?(?P<n_num>" + _NUM
        + r")(?:(?P<n_unit>\s?(?:" + _UNIT_RE + r")(?![\w²])(?:\.(?=[ \t]+[a-z]))?)"
        r"|(?P<n_gunit>ms|in|MP|[msFCghtLWV]| m)(?![\w²'’-]))?"),
    ("digitrun", r"\d{1,20}"),
    ("titlenp", r"(?<![\w.])(?P<tn>Lt|Col|Gen|Sgt|Capt|Maj|Cpl|Pvt|Adm|Cmdr|Supt|Prof|Dr|St)"
        r"(?= [A-Z][a-z])"),
    ("slashabbr", r"(?<![\w/])(?P<sa>w/o|[Ww]/|c/o|[Nn]/[Aa]|[yqmYQM]/[yqmYQM])(?![\w/])"),
    ("slashword", r"(?<=[\w%.])/(?P<sw>[A-Za-z]{1,12})(?![\w/])"),
    ("filename", r"(?<![\w.@/])(?P<fn_base>[A-Za-z][\w-]{0,40})?\.(?P<fn_ext>" + _EXT_RE
        + r")(?![\w]|\.\w)"),
    ("ellipsis", r"[ \t]?(?:\.{3,6}|…{1,3}\.{0,3})[ \t]?"),
    ("gluedstop", r"(?<=[a-z)\]”\"])\.(?=[(\[“\"‘']?[A-Z][a-z])"),
    ("plural", r"(?<=[a-z])\((?P<pl>s|es)\)(?![\w])"),
    ("parennum", r"[ \t]?\((?P<pd>\d{1,4})\)"),
    ("citation", r"\[[ \t]?(?:\d{1,3}(?:[ \t]?[,–-][ \t]?\d{1,3}){0,8}|[a-z]|citation needed"
        r"|note \d{1,3})[ \t]?\]"),
    ("stars", r"(?<=\d)\*(?![\w*])"),
    ("wildcard", r"(?<![\w*])\*(?=\.[A-Za-z0-9])|(?<=[/.])\*(?![\w*])"),
    ("dotted", r"(?<![\w.])(?P<dt>(?:[A-Za-z]\.){2,8})(?![\w])"),
    ("abbr", r"(?<![\w.])(?P<ab>[A-Za-z]{1,8})\.(?![\w.])"),
    ("roman", r"\b(?P<ro_name>[A-Z][a-z]{1,20}(?:\s[A-Z][a-z]{1,20})?)\s(?=[IVXLCDM])"
        r"(?P<ro_num>M{0,3}"
        r"(?:CM|CD|D?C{0,3})" + _ROMAN_MULTI + r")(?P<ro_s>['’]s)?(?![\w'’-])"),
    ("caps", r"(?<![\w&])(?P<cp>[A-Z][A-Z&]{0,30}[A-Z])(?P<cp_s>['’]?s|['’]S)?(?![\w&])"),
    ("word", r"[^\W\d_]{1,200}(?:['’][^\W\d_]{1,50})?"),
    ("dashpause", r"[ \t]?(?:--|[—–―])[ \t]?|[ \t]-[ \t]"),
    ("space", r"\s{1,1000}"),
    ("char", r"."),
]
_RULES_OTHER: list[tuple[str, str]] = [
    ("tag", dict(_RULES_EN)["tag"]),
    ("word", r"[^\W_]{1,200}"),
    ("space", r"\s{1,1000}"),
    ("char", r"."),
]


def _compile(rules: list[tuple[str, str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in rules), re.DOTALL)


_PATTERNS: dict[bool, re.Pattern[str]] = {}


def _pattern(english: bool, _unused: None = None) -> re.Pattern[str]:
    pat = _PATTERNS.get(english)
    if pat is None:
        pat = _PATTERNS[english] = _compile(_RULES_EN if english else _RULES_OTHER)
    return pat


# ---------------------------------------------------------------------------------------------
# The normalizer
# ---------------------------------------------------------------------------------------------


class _Normalizer:
    def __init__(self, text: str, lang: str, lexicon: Lexicon | None) -> None:
        self.text = text
        low = lang.lower().replace("_", "-")
        self.english = low == "en" or low.startswith("en-")
        self.day_first = low in {"en-gb", "en-uk", "en-ie", "en-au", "en-nz", "en-in", "en-za"}
        self.keep_and = self.day_first
        self.lexicon = lexicon
        self.pieces: list[list] = []  # [text, in_start, in_end]
        self._live: list[int] = []  # indices of pieces whose text is not empty
        self._line_starts: list[int] = []
        self._line_shout: list[bool] = []

    # -- assembly -------------------------------------------------------------------------

    # The seam logic only looks at the last live (non-empty) pieces, kept on a stack, so that
    # assembling stays linear even when thousands of pieces are dropped in a row.

    def _last_text(self) -> str:
        return self.pieces[self._live[-1]][0] if self._live else ""

    def _last_mark(self) -> str:
        """The last non-space character emitted so far ('' at the start)."""
        for i in reversed(self._live):
            t = self.pieces[i][0].rstrip()
            if t:
                return t[-1]
        return ""

    def emit(self, out: str, start: int, end: int) -> None:
        """Append a piece, tidying spaces and pauses at the seam so the output stays clean."""
        if out:
            prev = self._last_text()
            if not prev or prev[-1] in " \n":
                out = out.lstrip(" ")
                if not prev or prev[-1] == "\n":
                    out = out.lstrip("\n")
            if out[:1] == "," and self._last_mark() in {",", ".", ";", ":", "!", "?", ""}:
                out = out[1:].lstrip(" ")
            if out[:1] in {".", ",", ";", ":", "!", "?", "-", "\n"}:
                self._trim_tail(out[0])
            if prev.endswith("-") and out[:1] == " ":
                out = out.lstrip(" ")
        self.pieces.append([out, start, end])
        if out:
            self._live.append(len(self.pieces) - 1)

    def _trim_tail(self, punct: str) -> None:
        """Before punctuation: drop trailing spaces, and a pause comma the new mark replaces."""
        while self._live:
            p = self.pieces[self._live[-1]]
            stripped = p[0].rstrip(" ")
            if stripped.endswith(",") and punct in ".;:!?\n":
                stripped = stripped[:-1].rstrip(" ")
            p[0] = stripped
            if stripped:
                break
            self._live.pop()

    def run(self) -> Normalized:
        """Lexicon matches first (they always win), then the rules on the text between them."""
        text = self.text
        pattern = _pattern(self.english, None)
        if self.english:
            self._scan_lines()
        pos = 0
        lex_re = self.lexicon.regex() if self.lexicon is not None else None
        if lex_re is not None:
            for m in lex_re.finditer(text):
                self._scan(pattern, pos, m.start())
                assert self.lexicon is not None
                self.emit(" " + self.lexicon.replacement(m.group(0)) + " ", m.start(), m.end())
                pos = m.end()
        self._scan(pattern, pos, len(text))
        return self._finish()

    def _scan(self, pattern: re.Pattern[str], start: int, end: int) -> None:
        text = self.text
        pos = start
        for m in pattern.finditer(text, start, end):
            if m.start() > pos:  # cannot happen ("char" matches anything) but stay safe
                self.emit(self._safe(text[pos : m.start()]), pos, m.start())
            kind = m.lastgroup or "char"
            try:
                out = self._handle(kind, m)
            except Exception:  # a rule must never lose text: fall back to a safe reading
                out = self._safe(m.group(0))
            self.emit(out, m.start(), m.end())
            pos = m.end()
        if pos < end:
            self.emit(self._safe(text[pos:end]), pos, end)

    def _finish(self) -> Normalized:
        # trim trailing whitespace
        while self._live:
            p = self.pieces[self._live[-1]]
            p[0] = p[0].rstrip()
            if p[0]:
                break
            self._live.pop()
        out_parts: list[str] = []
        spans: list[MapSpan] = []
        o = 0
        for piece_text, s, e in self.pieces:
            out_parts.append(piece_text)
            spans.append(MapSpan(o, o + len(piece_text), s, e))
            o += len(piece_text)
        return Normalized("".join(out_parts), tuple(spans))

    # -- helpers --------------------------------------------------------------------------

    def _scan_lines(self) -> None:
        """Mark lines written in capitals (headlines), where capitals are words, not acronyms."""
        text = self.text
        start = 0
        caps_re = re.compile(r"[^\W\d_]{2,}")
        for line in text.split("\n"):
            words = caps_re.findall(line)
            caps = sum(1 for w in words if w.isupper())
            self._line_starts.append(start)
            self._line_shout.append(caps >= 2 and caps >= 0.6 * len(words))
            start += len(line) + 1

    def _shouting(self, pos: int) -> bool:
        i = bisect.bisect_right(self._line_starts, pos) - 1
        if not 0 <= i < len(self._line_shout):
            return False
        if self._line_shout[i]:
            return True
        # a dateline ("MERROW BAY — The council...") names a place in capitals
        dateline = _DATELINE.match(self.text, self._line_starts[i])
        return bool(dateline) and pos < dateline.end(1)

    def _ends_sentence(self, end: int, kind: str = "dotted") -> bool:
        """Does the text after an abbreviation's period look like a new sentence?

        The text or line ends there, or the next word usually starts a sentence ("in the U.S.
        The"), or it is capitalized and the abbreviation is of a ``kind`` that rarely runs into
        a capitalized word within a sentence:

        * ``"acronym"``: an undotted acronym ("the NHL.") has no period of its own, so its
          period always ends the sentence;
        * ``"suffix"``: a word that ends a name ("Harbour St.", "Acme Inc.", "Oct.") is followed
          by a capitalized word mid-sentence mainly when that word is an acronym ("Inc. CEO");
        * ``"ampm"``: "7 p.m. Friday", "8 p.m. ET" and "9 a.m. Eastern" keep going;
        * ``"dotted"`` ("U.S.", "U.K."): these often start a name ("U.S. Customs"), so only a
          sentence-starting word ends the sentence.
        """
        rest = self.text[end : end + 40]
        head = rest.lstrip(" \t")
        if not head or head[0] == "\n":
            return True
        if not rest[:1].isspace():
            return False
        m = re.match(r"[\"“‘'(]?([A-Za-z]+)", head)
        if not m:
            return False
        word = m.group(1)
        if word in _STARTERS:
            return True
        if not word[0].isupper():
            return False
        if kind == "acronym":
            return True
        if kind == "suffix":
            return not (word.isupper() and len(word) > 1) and word not in SUFFIXES
        if kind == "ampm":
            return not (word in WEEKDAYS or word in _WEEKDAY_NAMES or word in MONTHS
                        or word in _TIME_WORDS or (word.isupper() and len(word) <= 4))
        return False

    def _safe(self, s: str) -> str:
        """Read arbitrary leftover text character by character, safely (digits as words)."""
        if self.english and any(c.isdigit() for c in s):
            return "".join(
                f" {digits(part)} " if part.isdigit() and part.isascii() else self._safe(part)
                for part in re.split(r"(\d+)", s) if part
            )
        return "".join(self._char(c) for c in s)

    def _char(self, c: str) -> str:
        """One character no other rule took: keep it, say it, pause, or drop it."""
        if c in "\n":
            return "\n"
        if c.isspace():
            return " "
        cat = unicodedata.category(c)
        if cat in _NEUTRAL_CATS or _is_emoji(c):
            return ""
        if c in "[]":  # editorial insertions ("he [Reyes] said") are read as part of the quote
            return " "
        if not self.english:
            return c
        if cat[0] in "LMN":
            if cat == "No" or cat == "Nl":  # superscripts, circled numbers...: keep the value
                val = unicodedata.numeric(c, None)
                if val is not None and float(val).is_integer():
                    return " " + cardinal(int(val)) + " "
                return ""
            return c
        if c in _SAFE_PUNCT:
            return c
        if c in _QUOTE_CHARS:
            return ""
        if c in _PAUSE_CHARS:
            return ", "
        if c == "…":
            return ". "
        if c in SYMBOL_WORDS:
            return " " + SYMBOL_WORDS[c] + " "
        if c in "*_^~`\\¦¶©®™†‡":
            return " "
        return " "

    # -- dispatch -------------------------------------------------------------------------

    def _handle(self, kind: str, m: re.Match[str]) -> str:
        handler: Callable[[re.Match[str]], str] | None = getattr(self, "_h_" + kind, None)
        if handler is None:
            return self._safe(m.group(0))
        return handler(m)

    def _h_tag(self, m: re.Match[str]) -> str:
        return " "

    def _h_space(self, m: re.Match[str]) -> str:
        if "\n" not in m.group(0):
            return " "
        # A line break ends a headline or list item: make the engine stop there too.
        prev = self._last_text().rstrip(" ")
        if prev and prev[-1] not in ".!?:;,\n":
            return ".\n"
        return "\n"

    def _h_plain(self, m: re.Match[str]) -> str:
        w = m.group(0)
        return BARE_ABBREVIATIONS.get(w) or w.replace("’", "'")

    def _h_space1(self, m: re.Match[str]) -> str:
        return " "

    def _h_word(self, m: re.Match[str]) -> str:
        w = m.group(0)
        if self.english:
            return BARE_ABBREVIATIONS.get(w) or w.replace("’", "'")
        return w

    def _h_char(self, m: re.Match[str]) -> str:
        return self._char(m.group(0))

    def _h_dashpause(self, m: re.Match[str]) -> str:
        return ", "

    # -- web ------------------------------------------------------------------------------

    @staticmethod
    def _say_host(host: str) -> str:
        host = host.lower()
        if host.startswith("www."):
            host = host[4:]
        parts = [p for p in host.split(".") if p]
        said = " dot ".join(p.replace("-", " dash ") for p in parts)
        return re.sub(r"\d+", lambda d: " " + digits(d.group()) + " ", said).replace("  ", " ")

    def _h_url(self, m: re.Match[str]) -> str:
        url = m.group(0)
        trail = ""
        while url and url[-1] in ".,;:!?":
            trail = url[-1] + trail
            url = url[:-1]
        rest = re.sub(r"^https?://", "", url)
        host, _, path = rest.partition("/")
        host = host.split("@")[-1].split(":")[0]
        spoken = self._say_host(host) if host else ""
        words = " a link to " + spoken if spoken else " a link"
        if not path.strip("/") and spoken:
            words = " " + spoken
        return words + self._safe(trail) + " "

    def _h_domain(self, m: re.Match[str]) -> str:
        return self._h_url(m)

    def _h_email(self, m: re.Match[str]) -> str:
        addr = m.group(0)
        trail = ""
        while addr and addr[-1] in ".-":
            trail = addr[-1] + trail
            addr = addr[:-1]
        local, _, host = addr.partition("@")
        local_words = re.sub(r"[._+-]", lambda c: {".": " dot ", "_": " underscore ",
                                                   "+": " plus ", "-": " dash "}[c.group()], local)
        local_words = re.sub(r"\d+", lambda d: " " + digits(d.group()) + " ", local_words)
        end = ". " if trail.startswith(".") else ""
        return f" {local_words} at {self._say_host(host)} {end}"

    # -- dates and times ------------------------------------------------------------------

    def _ampm(self, raw: str | None, end: int) -> str:
        if not raw:
            return ""
        spoken = " A-M" if raw[0] in "Aa" else " P M"
        if raw.endswith(".") and self._ends_sentence(end, "ampm"):
            spoken += "."
        return spoken

    def _h_time(self, m: re.Match[str]) -> str:
        h, mm = int(m.group("t_h")), int(m.group("t_m"))
        ap = m.group("t_ap")
        hw = cardinal(h) if h else "zero"
        if mm == 0:
            spoken = hw if ap else (f"{hw} o'clock" if 0 < h <= 12 else f"{hw} hundred")
        elif mm < 10:
            spoken = f"{hw} oh {cardinal(mm)}"
        else:
            spoken = f"{hw} {cardinal(mm)}"
        return " " + spoken + self._ampm(ap, m.end()) + " "

    def _h_duration(self, m: re.Match[str]) -> str:
        """'2:03:45' (a race time): hours, minutes and seconds."""
        h, mi, se = int(m.group("du_h")), int(m.group("du_m")), int(m.group("du_s"))
        parts = [f"{cardinal(h)} hour{'s' if h != 1 else ''}"] if h else []
        parts.append(f"{cardinal(mi)} minute{'s' if mi != 1 else ''}")
        said = ", ".join(parts) + f" and {cardinal(se)} second{'s' if se != 1 else ''}"
        return " " + said + " "

    def _h_timeto(self, m: re.Match[str]) -> str:
        """'10pm-6am': a dash between clock times is "to"."""
        return " to "

    def _h_phone7(self, m: re.Match[str]) -> str:
        """'555-0142': a local phone number, unless it reads as a rising range ('100-1500')."""
        a, b = m.group("p7_a"), m.group("p7_b")
        if b.startswith("0") or int(b) < int(a):
            return f" {digits(a)}, {digits(b)} "
        return f" {cardinal(int(a))} to {cardinal(int(b))} "

    def _h_dotthousands(self, m: re.Match[str]) -> str:
        """'1.000.000': dots grouping thousands (two groups or more cannot be a decimal)."""
        return " " + cardinal(int(m.group("dth").replace(".", ""))) + " "

    def _h_stars(self, m: re.Match[str]) -> str:
        """'4.5*': a star rating."""
        return " stars "

    def _h_ratio(self, m: re.Match[str]) -> str:
        """'16:9' (not a clock time, which the time rule took): a ratio, 'sixteen to nine'."""
        return f" {cardinal(int(m.group('ra_a')))} to {cardinal(int(m.group('ra_b')))} "

    def _h_hourap(self, m: re.Match[str]) -> str:
        return " " + cardinal(int(m.group("h_h"))) + self._ampm(m.group("h_ap"), m.end()) + " "

    def _date(self, month: int, day: int, yr: int | None) -> str:
        out = f"{_MONTH_BY_NUMBER[month]} {ordinal(day)}"
        if yr is not None:
            out += f", {year(yr, self.keep_and)}"
        return out

    def _h_numdate(self, m: re.Match[str]) -> str:
        a, b, y = int(m.group("nd_a")), int(m.group("nd_b")), m.group("nd_y")
        yr = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
        month, day = (b, a) if self.day_first else (a, b)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            month, day = day, month  # 23/10/2024 in an American text is still a date
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return " " + " slash ".join(cardinal(int(x)) for x in m.group(0).split("/")) + " "
        return " " + self._date(month, day, yr) + " "

    def _h_dotdate(self, m: re.Match[str]) -> str:
        """'02.15.2017': a numeric date with dots (month first unless the language says not)."""
        a, b, yr = int(m.group("dd_a")), int(m.group("dd_b")), int(m.group("dd_y"))
        month, day = (b, a) if self.day_first else (a, b)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            month, day = day, month
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return " " + " point ".join(cardinal(int(x)) for x in m.group(0).split(".")) + " "
        return " " + self._date(month, day, yr) + " "

    def _h_arith(self, m: re.Match[str]) -> str:
        """'8*7', '6 ÷ 3', and '3 - 2 = 1' (a minus or slash only counts before '=')."""
        op = m.group("ar_op") or m.group("ar_eq")
        word = {"*": "times", "×": "times", "÷": "divided by", "-": "minus", "−": "minus",
                "/": "divided by", "+": "plus"}[op]
        return (f" {decimal(m.group('ar_a'), self.keep_and)} {word} "
                f"{decimal(m.group('ar_b'), self.keep_and)} ")

    def _h_dims(self, m: re.Match[str]) -> str:
        """'8x10' and '3 x 4' are dimensions: 'eight by ten'."""
        return (f" {decimal(m.group('dm_a'), self.keep_and)} by "
                f"{decimal(m.group('dm_b'), self.keep_and)} ")

    def _h_timesx(self, m: re.Match[str]) -> str:
        """'10x' is a multiplier: 'ten times'."""
        return f" {decimal(m.group('tx'), self.keep_and)} times "

    def _h_slashabbr(self, m: re.Match[str]) -> str:
        return " " + {"w/o": "without", "w/": "with", "c/o": "care of", "n/a": "not applicable",
                      "y/y": "year over year", "q/q": "quarter over quarter",
                      "m/m": "month over month"}.get(m.group("sa").lower(), "slash") + " "

    def _h_slashword(self, m: re.Match[str]) -> str:
        """A slash before a word: 'per' after an amount or unit ('$150/hour', 'miles/hour'),
        'or' between two lower-case words ('he/she'; 'and/or' becomes 'and or'), a space
        between letters ('I/O'), else a pause."""
        right = m.group("sw")
        left_m = re.search(r"([A-Za-z]+|[\d%.]|)\Z", self.text[max(0, m.start() - 20) : m.start()])
        left = left_m.group(1) if left_m else ""
        per = _PER_UNITS.get(right) or _PER_UNITS.get(right.lower())
        if per and (not left or left[-1] in "0123456789%." or left.lower() in _PER_LEFT
                    or left in UNITS or left in GLUED_UNITS):
            return f" per {per} "
        if left == "and" and right == "or":
            return " or "
        if left.isupper() and right.isupper():
            return " " + self._say_letters_or_word(right, m.start()) + " "
        if left.islower() and right.islower():
            return f" or {right} "
        return " slash " + self._safe_text(right) + " "

    def _h_isodate(self, m: re.Match[str]) -> str:
        y, mo, d = int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return " " + " ".join(digits(p) for p in m.group(0).split("-")) + " "
        return " " + self._date(mo, d, y) + " "

    def _h_monthday(self, m: re.Match[str]) -> str:
        month = MONTHS[m.group("md_m")]
        day = int(m.group("md_d"))
        yn = m.group("md_yn")
        if not 1 <= day <= 31:
            tail = f" {cardinal(day)}"
            if yn:
                tail += f", {year(int(yn), self.keep_and)}"
            return f" {month}{tail} "
        out = f" {month} {ordinal(day)}"
        d2 = m.group("md_d2")
        if d2 and 1 <= int(d2) <= 31:
            out += f" to {ordinal(int(d2))}"
        elif d2:
            out += f" to {cardinal(int(d2))}"
        if yn:
            out += f", {year(int(yn), self.keep_and)}"
        return out + " "

    def _h_monthyear(self, m: re.Match[str]) -> str:
        return f" {MONTHS[m.group('my_m')]} {year(int(m.group('my_y')), self.keep_and)} "

    def _h_daymonth(self, m: re.Match[str]) -> str:
        day = int(m.group("dm_d"))
        month = MONTHS[m.group("dm_m")]
        yn = m.group("dm_yn")
        if not 1 <= day <= 31:
            out = f" {cardinal(day)} {month}"
        else:
            before = self.text[max(0, m.start() - 4) : m.start()].lower()
            article = "" if before.endswith("the ") else "the "
            out = f" {article}{ordinal(day)} of {month}"
        if yn:
            out += f", {year(int(yn), self.keep_and)}"
        if m.group("dm_dot") and self._ends_sentence(m.end(), "suffix") and not yn:
            out += "."
        return out + " "

    # -- money ----------------------------------------------------------------------------

    def _attributive(self, end: int) -> bool:
        """Is the amount ending at ``end`` used as an adjective ("a $4.5 million contract")?

        Then English says "dollar", not "dollars". Without a parser we look at the
        next word: a lower-case word that is not a function word, a verb in -ed or
        an adverb in -ly is taken as the noun the amount describes.
        """
        if re.match(r"-(?:a|an|per)-", self.text[end : end + 5]):
            return True  # "a $50,000-a-year job"
        nxt = _NEXT_WORD.match(self.text, end)
        if not nxt:
            return False
        word = nxt.group(1)
        return word not in _NOT_A_NOUN and not word.endswith(("ed", "ly"))

    def _money(self, amount: str, scale: str | None, names: tuple, sign: str | None,
               end: int | None = None) -> str:
        sg, pl, minor_sg, minor_pl = names
        neg = "minus " if sign else ""
        amount = amount.replace(",", "")
        if scale:
            scale_word = _SCALES.get(scale.strip(" -"), scale.strip(" -"))
            hyphened = scale.startswith("-") and end is not None and self._next_is_word(end)
            attributive = hyphened or (end is not None and self._attributive(end))
            unit = sg if attributive else pl
            return f" {neg}{decimal(amount, self.keep_and)} {scale_word} {unit} "
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
        return f" {neg}{decimal(amount, self.keep_and)} {unit} "

    def _next_is_word(self, end: int) -> bool:
        return bool(re.match(r"[ \t]+[a-z]", self.text[end : end + 3]))

    def _h_cursym(self, m: re.Match[str]) -> str:
        names = CURRENCY_SYMBOLS[m.group("cs_sym")]
        if m.group("cs_code"):
            names = CURRENCY_CODES[m.group("cs_code")]
        n2 = m.group("cs_n2")
        if not n2:
            return self._money(m.group("cs_n"), m.group("cs_sc"), names, m.group("cs_sign"),
                               m.end())
        # a range, "$125-$150" or "$5-10 million": the first amount shares the unit
        sc1, sc2 = m.group("cs_sc"), m.group("cs_sc2")
        n1 = m.group("cs_n").replace(",", "")
        if not sc1 and "." in n1 and len(n1.partition(".")[2]) == 2:
            first = self._money(n1, None, names, m.group("cs_sign")).strip()
        else:
            first = decimal(n1, self.keep_and)
            if sc1 and (sc1.strip(" -") != (sc2 or "").strip(" -")):
                first += " " + _SCALES.get(sc1.strip(" -"), sc1.strip(" -"))
            if m.group("cs_sign"):
                first = "minus " + first
        return f" {first} to{self._money(n2, sc2, names, None, m.end())}"

    def _h_curcode(self, m: re.Match[str]) -> str:
        return self._money(m.group("cc_n"), m.group("cc_sc"), CURRENCY_CODES[m.group("cc_code")],
                           None)

    def _h_numcode(self, m: re.Match[str]) -> str:
        return self._money(m.group("nc_n"), m.group("nc_sc"), CURRENCY_CODES[m.group("nc_code")],
                           None)

    # -- numbers --------------------------------------------------------------------------

    def _h_phone(self, m: re.Match[str]) -> str:
        groups = re.findall(r"\+?\d+", m.group("ph"))
        said = []
        for g in groups:
            said.append(("plus " if g.startswith("+") else "") + digits(g))
        return " " + ", ".join(said) + " "

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
            return " " + " and ".join(cardinal(int(g)) for g in groups) + " "
        return " " + ", ".join(digits(g) for g in groups) + " "

    def _h_yearposs(self, m: re.Match[str]) -> str:
        """"2016's budget": a year (or number) with a possessive, not "twenty sixteen s"."""
        return " " + self._number_words(m.group("yp")) + "'s "

    def _h_inches(self, m: re.Match[str]) -> str:
        """'a 12” screen': an inch mark, unless the quote closes one opened before it."""
        q = m.group("in_q")
        n = m.group("in_n")
        before = self.text[max(0, m.start() - 400) : m.start()]
        line = before.rpartition("\n")[2]
        closing = (q == "”" and line.rfind("“") > line.rfind("”")) or (
            q == '"' and len(re.findall(r'(?<!\d)"', line)) % 2 == 1)
        if closing:
            return " " + self._number_words(n) + " "
        one = _is_one(n) or self._unit_attributive(m.start(), m.end())
        return " " + self._number_words(n) + (" inch " if one else " inches ")

    def _h_sharp(self, m: re.Match[str]) -> str:
        """'C#', 'F#': a language or a note, said "sharp"."""
        return f" {m.group('sh')} sharp "

    def _h_nonum(self, m: re.Match[str]) -> str:
        """'No. 1', 'NO 732', 'No #3': the number sign."""
        return " numbers " if m.group("no").lower() == "nos" else " number "

    def _h_filename(self, m: re.Match[str]) -> str:
        """'config.yml', '.yml', 'ASP.NET': the dot and the extension said aloud."""
        base = m.group("fn_base") or ""
        ext = FILE_EXTENSIONS[m.group("fn_ext")]
        said = self._safe_text(base.replace("-", " ").replace("_", " ")) if base else ""
        return f" {said} dot {ext} "

    def _h_decunit(self, m: re.Match[str]) -> str:
        """'PM2.5': letters then a decimal number."""
        return f" {spell(m.group('du_l'))} {decimal(m.group('du_n'))} "

    def _h_ellipsis(self, m: re.Match[str]) -> str:
        """An ellipsis is a pause; a glued one ("hand….there's") must not join the words."""
        nxt = self.text[m.end() : m.end() + 1]
        return ", " if nxt.islower() else ". "

    def _h_gluedstop(self, m: re.Match[str]) -> str:
        """'lifestyle.(To' and 'said.The': a full stop with the space lost."""
        return ". "

    def _h_plural(self, m: re.Match[str]) -> str:
        """'platform(s)': read the plural."""
        return m.group("pl")

    def _h_parennum(self, m: re.Match[str]) -> str:
        """'four (4)': figures repeating the words before them are not read twice."""
        n = int(m.group("pd"))
        before = self.text[max(0, m.start() - 40) : m.start()].lower().replace("-", " ")
        said = cardinal(n).replace("-", " ")
        if re.search(r"\b" + re.escape(said) + r"\s*\Z", before):
            return ""
        return f", {self._number_words(m.group('pd'))}, "

    def _h_citation(self, m: re.Match[str]) -> str:
        """'[1]', '[citation needed]': reference marks are not read."""
        return ""

    def _h_wildcard(self, m: re.Match[str]) -> str:
        return " star "

    def _h_decade(self, m: re.Match[str]) -> str:
        d = m.group("dec")
        n = int(d)
        words = year(n, self.keep_and) if len(d) == 4 else cardinal(n % 100 if len(d) == 3 else n)
        return " " + _pluralize_last(words) + " "

    def _h_ordnum(self, m: re.Match[str]) -> str:
        return " " + ordinal(int(m.group("ord").replace(",", "")), self.keep_and) + " "

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

    def _unit(self, unit: str | None, num: str, start: int | None = None,
              end: int | None = None) -> str:
        if not unit:
            return ""
        sg, pl = UNITS[" ".join(unit.rstrip(".").split())]
        if start is not None and end is not None and self._unit_attributive(start, end):
            return " " + sg
        return " " + (sg if _is_one(num) else pl)

    def _unit_attributive(self, start: int, end: int) -> bool:
        """'an 82 kWh battery', 'a 72W charger': after "a"/"an", an amount with a unit
        describes the noun that follows, and English keeps the unit singular."""
        before = self.text[max(0, start - 4) : start].lower()
        return (before.endswith((" a ", " an ")) or before in ("a ", "an ")) and \
            self._attributive(end)

    def _h_range(self, m: re.Match[str]) -> str:
        a, b = m.group("r_a"), m.group("r_b")
        unit = m.group("r_unit")
        aw = self._number_words(a)
        if (len(b) == 2 and len(a) == 4 and "," not in a and "." not in a
                and 1100 <= int(a) <= 2099):
            bw = cardinal(int(b)) if b[0] != "0" else "oh " + cardinal(int(b))
        else:
            bw = self._number_words(b)
        return f" {aw} to {bw}{self._unit(unit, b)} "

    def _h_fraction(self, m: re.Match[str]) -> str:
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
        if b in _FRACTION_DEN and 0 < a < b:
            sg, pl = _FRACTION_DEN[b]
            if whole:
                return f" {lead}{'a' if a == 1 else cardinal(a)} {sg if a == 1 else pl} "
            return f" {cardinal(a)} {sg if a == 1 else pl} "
        if b == 0:
            return f" {lead}{cardinal(a)} divided by zero "
        if a == b == 50:
            return f" {lead}fifty-fifty "
        if not whole and 1 <= a <= 12 and 13 <= b <= 31:  # "by 4/15": a month and a day
            return " " + self._date(a, b, None) + " "
        if 1 <= a <= 12 and 1 <= b <= 31:
            return f" {lead}{cardinal(a)} {cardinal(b)} "
        return f" {lead}{cardinal(a)} slash {cardinal(b)} "

    def _h_vulgar(self, m: re.Match[str]) -> str:
        n = m.group("vu_n")
        if n:
            return f" {cardinal(int(n))} and {_VULGAR[m.group('vu')]} "
        return " " + SYMBOL_WORDS[m.group("vu")] + " "

    def _h_version(self, m: re.Match[str]) -> str:
        return " " + " point ".join(cardinal(int(p)) for p in m.group("ver").split(".")) + " "

    def _h_party(self, m: re.Match[str]) -> str:
        """'(D-Minn.)' -> ', Democrat of Minnesota,' (US congressional style)."""
        state = US_STATES.get(m.group("pa_s"))
        if state is None:
            return f", {m.group('pa_p')} {self._safe(m.group('pa_s'))}, "
        return f", {_PARTIES[m.group('pa_p')]} of {state}, "

    def _h_bullet(self, m: re.Match[str]) -> str:
        return ""

    def _h_digitrun(self, m: re.Match[str]) -> str:
        """Digits no number rule took (after a decimal comma, inside codes): still words."""
        d = m.group(0)
        if len(d) <= 4 and not (len(d) > 1 and d.startswith("0")):
            return " " + cardinal(int(d)) + " "
        return " " + digits(d) + " "

    def _h_hashtag(self, m: re.Match[str]) -> str:
        words = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", " ",
                       m.group("hs"))
        return " hashtag " + self._safe_text(words) + " "

    def _safe_text(self, words: str) -> str:
        return " ".join(cardinal(int(w)) if w.isdigit() and len(w) < 5 else
                        self._say_letters_or_word(w, 0) if w.isupper() else w
                        for w in words.split())

    def _h_feet(self, m: re.Match[str]) -> str:
        return f" {cardinal(int(m.group('ft')))} foot {cardinal(int(m.group('inch')))} "

    def _h_scaleunit(self, m: re.Match[str]) -> str:
        return " " + UNITS[m.group("su")][1] + " "

    def _h_alnum(self, m: re.Match[str]) -> str:
        token = m.group("an")
        out = []
        parts = re.findall(r"[A-Za-z]+|\d+", token)
        model = token[0].isalpha() or (len(parts) == 2 and parts[1] in ("p", "i"))
        for part in parts:
            if part.isdigit():
                if len(part) == 3 and "-" in token and token[0].isalpha() and part[1:] != "00":
                    rest = int(part[1:])  # "F-150", "Tu-154": one fifty
                    tail = cardinal(rest) if rest >= 10 else f"oh {cardinal(rest)}"
                    out.append(f"{cardinal(int(part[0]))} {tail}")
                    continue
                if len(part) == 4 and model and part[0] != "0":
                    out.append(_in_pairs(part))  # "R6700", "1080p": sixty-seven hundred
                    continue
                out.append(digits(part) if len(part) > 4 or part.startswith("0")
                           else cardinal(int(part)))
            elif part in UNITS and out and part not in ("k", "K"):
                sg, pl = UNITS[part]
                one = out[-1] == "one" or self._unit_attributive(m.start(), m.end())
                out.append(sg if one else pl)
            elif part == "s" and len(out) == 1 and (
                    self.text[max(0, m.start() - 4) : m.start()] == "the "):
                out[-1] = _pluralize_last(out[-1])  # "the 9s": the nines
            elif part in GLUED_UNITS and out and len(out) == 1 and token[0].isdigit():
                one = out[-1] == "one" or self._unit_attributive(m.start(), m.end())
                out.append(self._glued_unit(part, "1" if one else parts[0], m.end()))
            else:
                out.append(self._say_letters_or_word(part, m.start()))
        return " " + " ".join(out) + " "

    def _h_number(self, m: re.Match[str]) -> str:
        num = m.group("n_num")
        sign = m.group("n_sign")
        unit = m.group("n_unit")
        words = self._number_words(num)
        if len(num) == 4 and num.isdigit() and 1000 <= int(num) < 1100 and not unit:
            before = self.text[max(0, m.start() - 7) : m.start()].lower().split()
            if before and before[-1] in ("in", "since", "by", "until", "from", "of", "year",
                                         "circa", "c.", "before", "after", "around"):
                words = year(int(num), self.keep_and)  # "in 1066": ten sixty-six
        if sign:
            words = ("minus " if sign in "-−" else "plus ") + words
        if m.group("n_gunit") == "s" and (self.text[m.start() - 1 : m.start()] == "-" or
                                          self.text[max(0, m.start() - 4) : m.start()] == "the "):
            return " " + _pluralize_last(words) + " "  # "2-in-1s", "the 9s": ones, nines
        if m.group("n_gunit"):
            one = "1" if self._unit_attributive(m.start(), m.end()) else num
            unit_said = self._glued_unit(m.group("n_gunit").strip(), one, m.end())
            return " " + words + " " + unit_said + " "
        return " " + words + self._unit(unit, num, m.start(), m.end()) + " "

    def _glued_unit(self, unit: str, num: str, end: int) -> str:
        """A unit letter glued to a number; 'm' is million before most nouns ("5m people")."""
        if unit == "m":
            nxt = _NEXT_WORD.match(self.text, end)
            word = nxt.group(1) if nxt else ""
            if word not in _M_IS_METERS and (word == "people" or (
                    word.endswith("s") and not word.endswith("ss"))):
                return "million"
        if unit == "V" and not (float(num) <= 48 or float(num) % 10 == 0):
            return "V"  # "258V" is a model name; volts are small or round (12V, 230V)
        sg, pl = GLUED_UNITS[unit]
        return sg if _is_one(num) else pl

    # -- words ----------------------------------------------------------------------------

    def _h_dotted(self, m: re.Match[str]) -> str:
        raw = m.group("dt")
        spoken = DOTTED.get(raw) or spell(raw.replace(".", "").upper())
        kind = "ampm" if raw.lower() in ("a.m.", "p.m.") else "dotted"
        if self._ends_sentence(m.end(), kind) and raw not in ("e.g.", "i.e."):
            return " " + spoken + ". "
        return " " + spoken + " "

    def _h_abbr(self, m: re.Match[str]) -> str:
        ab = m.group("ab")
        end = m.end()
        nxt = self.text[end : end + 3]
        followed_by_digit = nxt[:1] == " " and nxt[1:2].isdigit()
        if ab in TITLES:
            return " " + TITLES[ab] + " "
        if ab == "St":
            if self._saint(m.start(), end):
                return " Saint "
            return self._end(" Street", end)
        if followed_by_digit and ab in NUMBERED_ABBREVIATIONS:
            return " " + NUMBERED_ABBREVIATIONS[ab] + " "
        if ab in ("No", "Nos") and followed_by_digit:
            return " number " if ab == "No" else " numbers "
        if ab in MONTHS and ab not in ("May",):
            return self._end(" " + MONTHS[ab], end, followed_by_digit)
        if ab in WEEKDAYS:
            return self._end(" " + WEEKDAYS[ab], end)
        if ab in SUFFIXES:
            return self._end(" " + SUFFIXES[ab], end)
        if ab.isupper() and len(ab) >= 2:
            return self._end(" " + self._say_letters_or_word(ab, m.start()), end,
                             kind="acronym")
        if len(ab) >= 3 and ab[-1] == "s" and ab[:-1].isupper():  # "EVs.", "SUVs."
            return self._end(" " + self._say_letters_or_word(ab[:-1], m.start()) + "s", end,
                             kind="acronym")
        return ab + "."

    def _saint(self, start: int, end: int) -> bool:
        """"St." before a name is Saint ("St. Helens"); after a street's name it is Street.

        The name before it must be a capitalized word or a number ("Harbour St.", "5th St.")
        in the same clause: a period or comma before "St." means it starts a new phrase.
        """
        before = self.text[max(0, start - 30) : start].split()
        prev = before[-1] if before and self.text[start - 1 : start].isspace() else ""
        street = bool(prev) and (prev[:1].isupper() or prev[:1].isdigit()) and \
            prev[-1:].isalnum() and prev not in _STARTERS
        nxt = self.text[end : end + 2]
        return not street and nxt[:1] == " " and nxt[1:2].isupper()

    def _h_titlenp(self, m: re.Match[str]) -> str:
        """British style drops the period: "Lt Col Ann Reyes", "Dr Patel", "St Helens"."""
        ab = m.group("tn")
        if ab == "St":
            return " Saint " if self._saint(m.start(), m.end()) else " Street "
        return " " + TITLES[ab] + " "

    def _end(self, spoken: str, end: int, never: bool = False, kind: str = "suffix") -> str:
        if not never and self._ends_sentence(end, kind):
            return spoken + ". "
        return spoken + " "

    def _h_roman(self, m: re.Match[str]) -> str:
        name, numeral = m.group("ro_name"), m.group("ro_num")
        value = _roman_value(numeral)
        last = name.split(" ")[-1]
        poss = "'s" if m.group("ro_s") else ""
        if value is None or not numeral:
            return self._safe_words(m)
        if numeral == "I" and last == "War":
            return f" {name} One{poss} "
        if last in REGNAL and value <= 40:
            return f" {name} the {ordinal(value).capitalize()}{poss} "
        if last in _NUMBERED_NOUNS and value <= 100:
            return f" {name} {cardinal(value).capitalize()}{poss} "
        # after any other name only a small numeral of I, V, X, L ("Super Bowl LVIII",
        # "Apollo XI"): "Logitech MX", "Sony CD" and "MIX" are letters, not numbers
        if len(numeral) < 2 or value > 100 or set(numeral) & set("CDM") or numeral in (
                "LI", "XL", "LX", "LV"):
            return self._safe_words(m)
        return f" {name} {cardinal(value).capitalize()}{poss} "

    def _safe_words(self, m: re.Match[str]) -> str:
        """A rule matched but declined: read the span as separate words."""
        out = []
        for part in re.findall(r"[^\W\d_]+|\S", m.group(0)):
            if part.isupper() and len(part) >= 2:
                out.append(self._say_letters_or_word(part, m.start()))
            else:
                out.append(self._safe(part))
        return " " + " ".join(out) + " "

    def _h_caps(self, m: re.Match[str]) -> str:
        word = m.group("cp")
        tail = m.group("cp_s")
        if "&" in word:
            # "AT&T", "S&P": letters joined by "&" are initials, never emphasised words
            spoken = " and ".join(SAY_AS_WORD.get(p) or spell(p) for p in word.split("&") if p)
        else:
            spoken = self._say_letters_or_word(word, m.start())
        if tail:
            spoken += "'s"
        return " " + spoken + " "

    def _say_letters_or_word(self, word: str, pos: int) -> str:
        """An all-capitals token: a known word, a headline word, or letters spelled out."""
        if not word.isupper() or not word.isalpha():
            return word
        if word in SAY_AS_WORD:
            return SAY_AS_WORD[word]
        if len(word) == 1:
            return word
        if word in ALWAYS_SPELLED:
            return spell(word)
        if self.english and self._shouting(pos):
            # a headline in capitals: words, except letters with no vowel to say (RGB, NY)
            return word.capitalize() if set(word) & set("AEIOU") else spell(word)
        if _emphasis_word(word):
            return word.lower()
        if len(word) >= 5 and _pronounceable(word):
            return word.capitalize()
        if len(word) == 4 and _acronym_word(word):
            return word.capitalize()
        return spell(word)


#: A news dateline: place names in capitals at the start of a paragraph, then a dash
#: or an agency credit ("KYIV, Ukraine (AP) —", "MERROW BAY —").
_DATELINE = re.compile(
    r"[ \t]*((?:[A-Z][A-Z.'’-]*[A-Z.](?:,?[ \t]+|(?=[ \t]*[—–(-])))+)"
    r"(?:[A-Za-z,. \t]*?)(?:\([A-Za-z. ]+\)[ \t]*)?[—–-]"
)


_WEEKDAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
#: Words that continue a clock time: "7 p.m. Eastern", "9 a.m. local time", "noon GMT".
_TIME_WORDS = {"Eastern", "Pacific", "Central", "Mountain", "Atlantic", "local", "Local"}
#: Function words (pronouns, determiners, conjunctions, sentence adverbs): a capitalized one
#: after an abbreviation's period starts a new sentence.
_STARTERS = {
    "Dozens", "Hundreds", "Thousands", "Millions", "Both", "Each", "Every", "One", "Two",
    "Such", "Among", "During", "Despite", "Although", "Though", "Because", "Once", "Instead",
    "Also", "Even", "Only", "Just", "Today", "Yesterday", "Tomorrow", "Here", "Others",
    "Several", "Few", "All", "Any", "Another", "Other", "My", "Your", "Me", "Us", "Him",
    "Them", "Let", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Should",
    "Would", "Could", "Has", "Have", "Had", "Nor", "Or", "With", "Without", "From", "By",
    "To", "Of", "Under", "Over", "Until", "Unless", "Whether", "Which", "Whose", "Yes",
    "Asked", "Overall", "Still", "Indeed", "Otherwise", "Nevertheless",
    "Residents", "Witnesses", "Investigators", "Authorities", "Experts", "Critics",
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On",
    "At", "This", "That", "These", "Those", "There", "Its", "His", "Her", "Their", "Our", "As",
    "If", "When", "While", "After", "Before", "Since", "For", "So", "Yet", "Now",
    "Then", "Meanwhile", "However", "Officials", "Police", "According", "Some", "Many", "Most",
    "No", "Not", "What", "Who", "Why", "How", "Where", "Last", "Earlier", "Later",
}

_ONSETS = {
    "BL", "BR", "CH", "CL", "CR", "DR", "FL", "FR", "GL", "GR", "PL", "PR", "SC", "SH", "SK",
    "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH", "WR", "PH", "QU", "KR", "KL",
    "SCH", "STR", "SPR", "SPL", "SCR", "THR", "CHR", "SHR", "ZH", "KH", "KY", "DY", "TS",
}


def spell(letters: str) -> str:
    """'WSJ' -> 'W S J'. A spelled 'A' is tied to the next letter ('A-T'), because eSpeak NG reads
    a capital A followed by a word as the article "a" rather than the letter name."""
    return _A_BEFORE_LETTER.sub("A-", " ".join(letters))


_A_BEFORE_LETTER = re.compile(r"(?<![\w-])A (?=[A-Z](?![a-z]))")


@functools.lru_cache(maxsize=1)
def _english_frequencies() -> dict[str, float]:
    """English words with their Zipf frequency (7 is "the", 4 is "navy"), 4.0 and up.

    Read straight from the word list shipped in the wordfreq wheel (its documented "cBpack"
    format: a header, then buckets of words, bucket i holding the words at -i centibels), because
    importing wordfreq itself costs about 0.2 s of CPU (ftfy, langcodes, regex), more than
    normalizing a whole article; this costs about 15 ms, once per process.
    """
    import gzip
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:  # pragma: no cover - a declared dependency
        return {}
    try:
        import msgpack

        path = Path(spec.origin).parent / "data" / "small_en.msgpack.gz"
        with gzip.open(path, "rb") as f:
            buckets = msgpack.load(f, raw=False)
    except (OSError, ValueError, ImportError):  # pragma: no cover - a broken install
        return {}
    freqs: dict[str, float] = {}
    for i, bucket in enumerate(buckets[1:502]):
        for word in bucket:
            freqs.setdefault(word, 9.0 - i / 100)
    return freqs


def _zipf(word: str) -> float:
    """How common a lower-case English word is on wordfreq's Zipf scale (0 if below 4)."""
    return _english_frequencies().get(word, 0.0)


_CVC = re.compile(r"[BCDFGHJKLMNPQRSTVWXZ][AEIOU][BCDFGHJKLMNPQRSTVWXZ]\Z")
_ACRONYM_WORD = re.compile(
    r"[BCDFGHJKLMNPQRSTVWXYZ][AEIOU](?:[BCDFGHJKLMNPQRSTVWXZ][AEIOU]|"
    r"ST|SK|SP|ND|NT|NK|MP|LT|LD|LK|LF|LM|RT|RD|RK|RN|RM|RS|RP|CK|SH|TH|CH|NG|ML|SS|LL|FT|PT|CT|XT)"
    r"\Z"
)


def _emphasis_word(word: str) -> bool:
    """Is an all-capitals token an ordinary English word set in capitals for emphasis
    ("ONLY", "YOU", "WILL NOT WORK") rather than an initialism ("FBI", "UK", "NFL")?

    Very common words (Zipf 5.3 and up: "no", "you", "free", "case") are words; initialisms
    sit lower (uk 5.1, tv 5.2, nfl 4.5, fbi 4.4) and the few that are also very common words
    ("US", "IT", "WHO") are in ALWAYS_SPELLED. Below that, a fairly common word (Zipf 4+)
    counts only if it can be read as one: a consonant-vowel-consonant ("MIX") or a longer
    pronounceable word ("NAVY").
    """
    z = _zipf(word.lower())
    if z >= 5.3:
        return True
    if z < 4.0 or len(word) < 3:
        return False
    if len(word) == 3:
        return bool(_CVC.match(word))
    return _pronounceable(word, 1) or bool(_ACRONYM_WORD.match(word))


def _acronym_word(word: str) -> bool:
    """A four-letter acronym shaped like a word (NATO, FEMA, YAML), said as one."""
    return bool(_ACRONYM_WORD.match(word))


def _pronounceable(word: str, min_vowels: int = 2) -> bool:
    """Could an all-capitals word of five or more letters be read as a word (VOLKSWAGEN)?"""
    w = word.upper()
    vowels = set("AEIOU")
    nv = sum(1 for c in w if c in vowels) + sum(1 for c in w[1:] if c == "Y")
    if nv < min_vowels:
        return False
    lead = 0
    while lead < len(w) and w[lead] not in vowels and not (lead and w[lead] == "Y"):
        lead += 1
    if lead >= 2 and w[:lead] not in _ONSETS:
        return False
    run = 0
    for c in w:
        run = 0 if c in vowels or c == "Y" else run + 1
        if run > 4:
            return False
    return True


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
