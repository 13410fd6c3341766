"""Abbreviations and capitals: titles ("Gen.", "Lt Col"), name suffixes ("Inc.", "St."), words
written without a period ("govt", "vs"), acronyms spelled or said as words, and capitals used
for emphasis ("ONLY") told from initialisms ("FBI") with wordfreq's English word list.

Part of the speech normalizer (:mod:`narrate.normalize`): the tables for this class of
tokens, and the rule handlers, as a mixin of the normalizer.
"""

from __future__ import annotations

import functools
import re

from .dates import MONTHS, WEEKDAYS
from .spoken import cardinal, digits

#: Abbreviations that always precede a name: the period never ends a sentence.
TITLES = {
    "Gen": "General", "Sen": "Senator", "Gov": "Governor", "Rep": "Representative",
    "Reps": "Representatives", "Sens": "Senators",
    "Dr": "Doctor", "Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Mt": "Mount",
    "Prof": "Professor", "Lt": "Lieutenant", "Col": "Colonel", "Sgt": "Sergeant",
    "Capt": "Captain", "Cmdr": "Commander", "Adm": "Admiral", "Maj": "Major",
    "Cpl": "Corporal", "Pvt": "Private", "Rev": "Reverend", "Fr": "Father",
    "Supt": "Superintendent", "Atty": "Attorney", "Pres": "President", "Gens": "Generals",
    # plurals and British forms of titles ("Drs. Lee and Park", "Messrs. Brown and Green",
    # "the Revd. Jane Smith", "the Hon. Keith Mitchell")
    "Drs": "Doctors", "Profs": "Professors", "Messrs": "Messers", "Revd": "Reverend",
    "Hon": "Honourable", "Msgr": "Monsignor", "Mgr": "Monsignor",
    # ranks and offices of police, city halls and embassies ("Det. Sgt. Ray Cole", "Asst.
    # Chief", "Ald. Pat Dowell", "Amb. Ron Fox"), which eSpeak NG otherwise reads as words
    "Det": "Detective", "Insp": "Inspector", "Asst": "Assistant", "Ald": "Alderman",
    "Commr": "Commissioner", "Cmsr": "Commissioner", "Amb": "Ambassador",
}
#: Posts that "Sr." (Senior) comes before in a job title ("Sr. Director", "Sr. Vice President").
_SENIOR_JOBS = frozenset("""
Director Directors Manager Managers Vice President Analyst Engineer Engineers Editor Producer
Partner Associate Consultant Developer Designer Writer Scientist Advisor Adviser Counsel Officer
Executive Fellow Lecturer Researcher Reporter Correspondent Account Product Program Programme
Project Software Data Research Staff Principal Lead Specialist Architect Accountant Counsellor
Counselor Technician Administrator Attorney Planner Strategist Economist Buyer Recruiter
""".split())
#: AP state abbreviations in capitals that are no English word ("CALIF.", "FLA."): a state
#: before a headline's next word in capitals.
_CAPS_HEADLINE_STATES = frozenset({
    "Calif", "Fla", "Ariz", "Colo", "Conn", "Okla", "Tenn", "Mich", "Minn", "Neb", "Nev",
    "Wyo", "Kan"})
_CAPS_WORD_NEXT = re.compile(r"[ \t]+[A-Z]{2,}\b(?![.'’])")
#: A story's first word after a dateline's place ("CALIF. It's", "N.J. \"We"): mixed case.
_STORY_NEXT = re.compile(r"[ \t]+[\"“‘']?[A-Z][a-z]")
_SENIOR_JOB_NEXT = re.compile(r"[ \t]+(?:" + "|".join(sorted(_SENIOR_JOBS)) + r")\b")

#: Weekday abbreviations that are also English words ("our Sun.", "the couple Wed.", "she
#: Sat."): a weekday only where nothing makes them the word (see _weekday_word).
_WORD_WEEKDAYS = frozenset({"Sun", "Sat", "Wed"})
#: Determiners and possessives right before one: "our Sun.", "the Sun.", "a Sat." name the
#: thing, never the day ("this Sun.", "next Sat.", "every Wed." are days).
_NOUN_DETERMINERS = frozenset({"a", "an", "the", "our", "your", "their", "his", "her", "its",
                               "my"})
#: "ft." and "feat." are "featuring" in a music credit ("Only Love (ft. Ana Ruiz)").
_FEATURING_FORMS = frozenset({"ft", "Ft", "FT", "feat", "Feat", "FEAT"})
#: A credited artist's name after "ft."/"feat.": a capital or a number ("feat. 21 Savage").
_CREDIT_NAME = re.compile(r"[ \t]+([A-Z][\w'’-]*|\d{1,3}[ \t]+[A-Z])")
#: Places called "Fort" written "Ft." ("Ft. Worth", "Ft. Myers"): never a credit.
_FORT_PLACES = frozenset("""
Worth Lauderdale Myers Bragg Collins Wayne Knox Hood Campbell Benning Sill Meade Pierce Dodge
Bliss Riley Drum Polk Carson Stewart Irwin Walton Detrick Belvoir Sumter Huachuca Rucker Gordon
Eustis Greely Wainwright McMurray McHenry Erie Payne Laramie Pierre Frances Saskatchewan Cavazos
Liberty Novosel Gregg Ord Kearney Leavenworth Lee Smith Washington Myer Mill Kent Bend Stockton
Lupton Defiance Nelson Simpson Chipewyan Vermilion Hays Atkinson Madison Morgan Oglethorpe
""".split())
#: Words of an article about music, where "Ft." before a name is a credit.
_MUSIC_WORDS = ("song", "songs", "album", "albums", "track", "tracks", "single", "singles",
                "remix", "lyrics", "rapper", "rappers", "singer", "singers", "mixtape")
#: "Hon." before an office or an honour is "Honorary" ("the Hon. Secretary"), not a title.
_HONORARY_NEXT = re.compile(r"[ \t]+(?:Sec|Secretary|Treasurer|Member|Members|Fellow|Fellows"
                            r"|Life|President|Vice|Chair|Chairman|Consul|Degree|Doctorate"
                            r"|Professor|Citizen|Colonel|Curator|Editor|Auditor|Solicitor)\b")
#: "Rt." or "Rt" before "Hon": the Right Honourable (a title, never a stop or "route").
_RIGHT_HON_NEXT = re.compile(r"\.?[ \t]+Hon\b")


#: The year opening a journal reference's details ("2013;", "2019 Mar;").
_REFERENCE_YEAR = re.compile(r"[ \t]?(?:19|20)\d\d(?:;|[ \t](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
                             r"|Sep|Oct|Nov|Dec)\b)")
#: "vs." joins two names: it never ends a sentence.
TITLES_INFIX = {"vs": "versus", "Vs": "versus", "v": "versus"}
#: A legal case's first party just before "v." ("Roe v.", "United States v.", "Acme Inc. v."):
#: a capitalized word, maybe closed by a suffix's period, then one space
_CASE_PARTY_BEFORE = re.compile(r"[A-Z][A-Za-z'’&-]{0,30}\.?[ \t]\Z")
#: The second party after "v.": one space and a capitalized name ("v. Wade", "v. Apple")
#: (not a word that opens a sentence: "part v. The next")
_CASE_PARTY_AFTER = re.compile(r"[ \t](?!(?:The|Then|This|That|It|He|She|They|We|But|And|In)\b)"
                               r"[A-Z][A-Za-z'’&-]")
#: Abbreviations that follow a name or stand alone: their period may end a sentence.
SUFFIXES = {
    "Jr": "Junior", "Sr": "Senior", "Co": "Company", "Inc": "Incorporated",
    "Jnr": "Junior", "Snr": "Senior",  # British forms ("Ken Hall Jnr.")
    "Corp": "Corporation", "Ltd": "Limited", "Bros": "Brothers", "Ave": "Avenue",
    "Blvd": "Boulevard", "Rd": "Road", "Dept": "Department", "Univ": "University",
    "Assn": "Association", "Intl": "International", "Govt": "Government",
    "Utd": "United",  # a club's name ("Man Utd", "Leeds Utd."): normfix56
    "Mfg": "Manufacturing",  # a company's name ("Murata Mfg. Co.", "Acme Mfg. (7012.T)")
    # the company forms of Portuguese, Spanish and French names ("Cia. Siderurgica", "Cía.
    # Minera", "Michelin & Cie.", "Odebrecht Ltda."), said in English as "Co." and "Ltd." are;
    # read as written they were "C I A" and "Cee"
    "Cia": "Company", "Cie": "Company", "Ltda": "Limited",
    "etc": "et cetera", "approx": "approximately", "est": "estimated",
    "tsp": "teaspoon", "tbsp": "tablespoon", "Hz": "hertz", "ie": "that is",
    "eg": "for example", "vs": "versus", "ave": "avenue", "govt": "government",
    "dept": "department", "Ft": "Fort", "mins": "minutes", "hrs": "hours", "yrs": "years",
    "Calif": "California", "Ariz": "Arizona", "Ark": "Arkansas", "Colo": "Colorado",
    "Conn": "Connecticut", "Fla": "Florida", "Kan": "Kansas", "Md": "Maryland",
    "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Neb": "Nebraska",
    "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon", "Tenn": "Tennessee",
    "Wis": "Wisconsin", "Wyo": "Wyoming", "Ala": "Alabama", "Pa": "Pennsylvania",
    "Va": "Virginia", "Ga": "Georgia", "Ky": "Kentucky", "Vt": "Vermont",
    "Orig": "originally", "orig": "originally",  # shop listings: "$900 (Orig. $1,599)"
    "Avg": "Average", "avg": "average", "Misc": "Miscellaneous", "misc": "miscellaneous",
    "esp": "especially",
    # "Frances Cook (ret.)", "Col. (Ret.)": a retired officer's or judge's mark
    "ret": "retired", "Ret": "Retired",
}


#: Shorthand that stands for a phrase or closes a name and never joins a compound ("ie", "eg",
#: "aka", "tbh", "Ave", "est"): glued to a word by a hyphen, or to a letter or digit, the letters
#: are a piece of another word (Japanese "i-ie", "no"; "Ave-Maria"; French "nord-est"), never
#: the abbreviation. Shorthand that does make compounds ("us-vs-them", "govt-run", "thru-hike",
#: "hrs-long") is read inside them as before.
NO_COMPOUND = frozenset("""
ie eg etc aka bc btw imo imho tbh pls plz ppl esp ave Ave est Jr Sr Rd Blvd
""".split())


def in_compound(text: str, start: int, end: int) -> bool:
    """Is the token ``text[start:end]`` glued to a word by a hyphen ("i-ie", "ie-ie") or run
    into a letter or digit ("3ie")? Then it is part of that word, not a token of its own."""
    before = text[start - 2 : start] if start >= 2 else " " + text[:start]
    after = text[end : end + 2]
    return (before[-1:].isalnum() or (before[-1:] == "-" and before[:1].isalnum())
            or after[:1].isalnum() or (after[:1] == "-" and after[1:2].isalnum()))


#: Suffixes that close a company's or a person's name ("Acme Inc.", "Ann Roe Jr."): after a
#: name their period ends the sentence before a number too ("ACME INC. 113.40 -1.2" in a
#: ticker); not after a lower-case word, where they close no name ("the Inc. 5000 list",
#: "tester, Jr. Damato").
NAME_SUFFIXES = frozenset({"Inc", "Co", "Corp", "Ltd", "Bros", "Jr", "Sr", "Cie", "Ltda",
                           "INC", "CO", "CORP", "LTD", "LLC", "PLC"})
#: Company forms that open a Portuguese, Spanish or French name ("Cia. Vale do Rio Doce", "Cie.
#: Generale"): before a capitalized word their period is inside the name, never a stop.
_FORM_FIRST = frozenset({"Cia", "Cie"})
#: ... unless it closes a name after "&" or "et" ("Dufresne & Cie. The firm"), as "Co." does;
#: after "and" it opens another company's name ("the miners Kestrel and Cia. Norte")
_FORM_CLOSES = re.compile(r"(?:&|\bet)[ \t]\Z")
#: A name's suffix in capitals ("STENHOUSE JR", "GRIFFEY SR."), said as "Jr."/"Sr." are
_CAPS_NAME_SUFFIXES = {"JR": "Junior", "SR": "Senior"}
#: The surname in capitals before it: a word of three or more capitals, not a function word
#: ("THE JR LINE", "OF SR 91")
_CAPS_SURNAME_BEFORE = re.compile(
    r"(?<![\w.'’-])(?!(?:THE|AND|FOR|BUT|NOT|WITH|FROM|INTO|ONTO|OVER|NEW|OLD|VIA|ALL)\b)"
    r"[A-Z][A-Z'’-]{1,20}[A-Z][ \t]\Z")
#: Company suffixes in capitals said in full after a name ("ACME, INC.", "ROE LTD.").
_CAPS_COMPANY_SUFFIXES = frozenset({"INC", "CORP", "LTD", "CO"})
#: Company suffixes that are also nouns of their own after a determiner ("an LLC", "a new
#: PLC"): there, as a noun ending a phrase, the period ends the sentence before a capitalized
#: word, as after any other noun. "Inc." after "the" is mostly the magazine's name ("the Inc.
#: 5000 list", "the Inc. Magazine list"), so it stays out.
_COMPANY_NOUNS = frozenset({"llc", "plc"})
#: Words that open a noun phrase (a company suffix after one is a noun, see _COMPANY_NOUNS).
_PHRASE_DETERMINERS = frozenset({
    "a", "an", "the", "your", "our", "their", "my", "his", "her", "its", "this", "that", "each",
    "every", "any", "one", "no",
})


def _after_determiner(words: list[str]) -> bool:
    """Do ``words`` (the ones before a company suffix) end in a determiner, maybe with up to two
    lower-case modifiers between ("an", "a new", "your own single-member")?"""
    for w in reversed(words[-3:]):
        if w.lower() in _PHRASE_DETERMINERS:
            return True
        if not (w.islower() and w.replace("-", "").isalpha()):
            return False
    return False


#: Words before a capital letter and a period that make it a letter, not a person's initial
#: ("Group C. Brazil won", "vitamin D. Doctors"): there the period may end the sentence.
_LETTER_NOUNS = frozenset({
    "group", "plan", "vitamin", "hepatitis", "type", "class", "grade", "category", "tier",
    "level", "part", "phase", "stage", "section", "appendix", "annex", "exhibit", "schedule",
    "model", "series", "option", "gate", "terminal", "pool", "zone", "block", "row", "wing",
    "building", "floor", "lot", "unit", "room", "letter", "grades", "war", "division", "league",
    "size", "cup", "band", "channel", "track", "line", "route", "article", "chapter", "book",
    "gen", "generation", "serie", "pot", "pools", "groups", "categories", "classes",
})
#: Letters that end sentences as names ("on X.", "Gen Z.", "Model Y.") far more often than
#: they are a person's initial.
_END_LETTERS = frozenset("XYZ")
#: A person's initial ("T. Kingfisher", "Sonya A. Zoghlin") before a name or another initial.
#: A capitalized word or one in capitals after a period (see _h_abbr's dotted prefixes).
_NAME_GOES_ON = re.compile(r"[ \t][A-Z][A-Za-z]{1,20}(?![\w'’])")
#: A model's code before its letter ("RAZR M.", "XZ2 S.", "Lumia 920 M."): capitals (two
#: letters or more), letters and digits mixed, or a number after a capitalized name.
_MODEL_CODE = re.compile(r"[A-Z][A-Z0-9-]*[A-Z][A-Z0-9-]*|(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])"
                         r"[A-Za-z0-9-]{2,12}|\d{1,4}")
#: Posts and bodies written in capitals before a person's initial ("CEO J. Reyes").
_POSTS_BEFORE_INITIAL = frozenset({
    "CEO", "CFO", "COO", "CTO", "CIO", "CMO", "MP", "MEP", "MLA", "MSP", "DJ", "MC", "GOP",
    "AP", "UPI", "AFP", "FBI", "CIA", "NFL", "NBA", "MLB", "NHL", "RN", "MD", "PHD", "VP", "SVP",
    "EVP", "GM", "JR", "SR", "II", "III", "IV",
})


def _model_before_letter(before: list[str]) -> bool:
    """Is the token before a capital letter and its period a product model's code, so the
    letter is the model's last part ("the Motorola RAZR M.", "the Sony XZ2 S.") and not a
    person's middle initial ("John M. Smith")? Capitals ("RAZR"), letters with digits
    ("XZ2"), or a number after a capitalized name ("Lumia 920"); not a post written in
    capitals ("CEO J. Reyes") nor a year after a lower-case word ("in 2012 J. Reyes")."""
    token = before[-1]
    if not _MODEL_CODE.fullmatch(token) or token.upper() in _POSTS_BEFORE_INITIAL:
        return False
    if token.isdigit():
        return (len(before) >= 2 and before[-2][:1].isupper() and before[-2].isalpha()
                and before[-2] not in _STARTERS)
    return True


#: What follows a person's initial: a name, another initial, or a bracketed aside ("John F.
#: (Jack) Reyes", "Carlos F. (spy)": a one-word nickname or a label in lower case, no sentence).
#: In capitals: the surname after a middle initial ("ANN J. VALE") and the given name before it
_CAPS_INITIAL_NEXT = re.compile(r"[ \t]+(?P<w>[A-Z][A-Z'’-]{1,20})(?![\w.])")
#: (a byline's or a list's name: first on its line, or after "BY", "AND", "&" or a comma, not a
#: model's code inside a headline, "THE MOTOROLA RAZR M. BUYERS WAIT")
_CAPS_NAME_BEFORE = re.compile(r"(?:\A|(?<![\w.])(?:BY|By|by|AND|and|&|,))[ \t]*"
                               r"[A-Z][A-Z'’-]{1,20}[ \t]\Z")
_INITIAL_NEXT = re.compile(r"[ \t]+(?:[A-Z]\.|(?P<w>[A-Z][a-z]+)|\([a-z]|\([A-Z][a-z]+\))")
#: A reference list's author names, surname then bare initials ("Ward PB, Stubbs B. Title"):
#: there the period after the last initial ends the list of authors.
#: A reference list entry's tail: a year before ";" or ".", or a DOI ("Med J. 2019;7:12").
_CITATION_TAIL = re.compile(r"\b(?:19|20)\d\d(?:[;.]|[ \t][A-Z][a-z]{2}[;. ])|\bdoi\b"
                            r"|\((?:19|20)\d\d[a-z]?\)", re.I)
#: A journal's volume and pages after the year ("2016;174:e38", "2019 Mar;78") or before it
#: ("78, 123–130 (2019)"), or a DOI: surer than a year before a stop, which news has too.
_JOURNAL_TAIL = re.compile(r"\b(?:19|20)\d\d(?:[ \t][A-Z][a-z]{2}(?:[–-][A-Z][a-z]{2})?)?;[ \t]?\d"
                           r"|\b\d{1,4}(?:\(\d{1,4}\))?[,:][ \t]?e?\d{1,6}(?:[–-]\d{1,6})?[ \t]?"
                           r"\((?:19|20)\d\d\)|\bdoi\b")
#: The start of a reference entry up to an initial: an optional number, then authors written
#: surname and initials ("Tausche A-K, Jansen T, ", "Smith, J.A., Adwan, "), then a surname.
_AUTHORS_BEFORE = re.compile(
    r"[ \t]*(?:\[?\d{1,3}[.\]][ \t]+)?(?:[A-Z][\w'’-]{1,30},?[ \t](?:[A-Z]{1,3}|(?:[A-Z]\.){1,3}"
    r"|[A-Z]\.?-[A-Z]\.?),[ \t]+){0,12}[A-Z][\w'’-]{1,30},?[ \t]\Z")
_AUTHOR_LIST = re.compile(r"(?:^|[\s,;])[A-Z][a-z'’-]+[ \t][A-Z]{1,3}(?:,|[ \t]and)[ \t]"
                          r"|^[ \t]*\d{1,3}\.[ \t]+[A-Z][a-z'’-]+[ \t]\Z", re.MULTILINE)
#: One author of a reference list written surname then bare initials ("Halloran ME,",
#: "Longini IM Jr and"): two of them on a line make it a list of authors.
_AUTHOR_ENTRY = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]{1,30}[ \t][A-Z]{1,3}"
                           r"(?=,|\.|[ \t]+(?:and|Jr|Sr|et[ \t]al)\b)")


#: Abbreviations written without a period that are never words of their own.
BARE_ABBREVIATIONS = {
    "vs": "versus", "Vs": "versus", "Hz": "hertz", "govt": "government", "Govt": "Government",
    "ie": "that is", "eg": "for example", "approx": "approximately", "etc": "et cetera",
    "ave": "avenue", "Ave": "Avenue", "Ltd": "Limited", "Blvd": "Boulevard", "Dept": "Department",
    "Intl": "International", "Assn": "Association", "Corp": "Corporation", "Bros": "Brothers",
    "Utd": "United",  # "Man Utd", "Newcastle Utd": no word of its own (normfix56)
    "Mfg": "Manufacturing",
    "mins": "minutes", "hrs": "hours", "yrs": "years", "Jr": "Junior", "Rd": "Road",
    # a rank's or a namesake's grade written the British way ("Snr Const Ray Hall", "Ray Hall
    # Jnr"): eSpeak NG spells both ("S N R")
    "Snr": "Senior", "Jnr": "Junior",
    # informal shorthand of blogs and listings ("bc it packs small", "avg views", "aka durif")
    "bc": "because", "avg": "average", "Avg": "Average", "aka": "also known as",
    "misc": "miscellaneous", "Misc": "Miscellaneous", "btw": "by the way", "imo": "in my opinion",
    "imho": "in my humble opinion", "tbh": "to be honest", "ppl": "people", "pls": "please",
    "plz": "please", "thru": "through", "esp": "especially", "wrt": "with respect to",
    # a letter's or a form's addressee line ("Attn: Payroll Office")
    "attn": "attention", "Attn": "Attention",
}


#: Abbreviations that name a numbered part ("Fig. 3", "pp. 12-14"): only before a number.
NUMBERED_ABBREVIATIONS = {
    "Fig": "figure", "fig": "figure", "Figs": "figures", "Vol": "volume", "vol": "volume",
    "Ch": "chapter", "ch": "chapter", "p": "page", "pp": "pages", "Sec": "section",
    "Art": "article", "Ex": "exhibit", "Eq": "equation", "Tab": "table", "Ep": "episode",
    "Ste": "suite",  # "1200 Harbor Blvd., Ste. 400": an office's suite in an address
}


#: Short forms of a class or a place named by a number after them ("Cat. 4", "Rm. 204"), said
#: in full only there (see AbbreviationsRules._h_numname); kept out of
#: NUMBERED_ABBREVIATIONS, which also tells a word's stop ("my cat. The") from an abbreviation's.
_NUMBERED_NAMES = {
    "Cat": "category", "Gr": "grade", "Hwy": "highway", "Rte": "route", "Rt": "route",
    "Rm": "room", "Bldg": "building", "Div": "division", "Dist": "district", "Amdt": "amendment",
}


_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10}


#: Small Roman numerals a phase or a type is graded by ("I", "II", "IV").
_SMALL_ROMAN = re.compile(r"I{1,3}|IV|VI{0,3}")
#: The noun before "I/II" that makes the pair a grade's numbers ("phase I/II", "Type I/II").
_GRADED_NOUN_BEFORE = re.compile(r"\b(?:[Pp]hases?|[Tt]ypes?|[Ss]tages?|[Gg]rades?|[Cc]lass)"
                                 r"[ \t]\Z")


def _roman_number(numeral: str) -> int:
    """'XIV' -> 14 (the numerals _h_refnum takes: I, V and X)."""
    total = prev = 0
    for c in reversed(numeral):
        v = _ROMAN_DIGITS[c]
        total, prev = (total - v, prev) if v < prev else (total + v, v)
    return total


#: An ordinal right before "ed." ("3rd ed.", "Second ed."): the edition of a book.
_ORDINAL_BEFORE = re.compile(r"(?:\b\d{1,3}(?:st|nd|rd|th)|\b(?:[Ff]irst|[Ss]econd|[Tt]hird"
                             r"|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth"
                             r"|[Tt]enth|[Rr]ev|[Rr]evised|[Nn]ew))\.?[ \t]\Z")


#: Parts of a work named before their number in references and listings ("Vol. 3", "Pt. 2",
#: "Ep. 12"), said in full (see AbbreviationsRules._h_refnum).
_REFERENCE_PARTS = {"Vol": "volume", "Pt": "part", "Ep": "episode", "Fig": "figure",
                    "Bk": "book", "Ch": "chapter"}


#: Abbreviations that lead into the words after them ("eg. Blue", "a max. 150 characters",
#: "aka. 'rabbit tracks'", "incl. VAT"): their period is the abbreviation's, not a stop, so it
#: ends a sentence only before a word that opens sentences ("the old max. The new one") or at
#: the end of a line. Said in full, as the undotted forms are ("aka", "avg").
LEADING_ABBREVIATIONS = {
    "eg": "for example", "ie": "that is", "aka": "also known as", "approx": "approximately",
    "avg": "average", "incl": "including", "excl": "excluding", "esp": "especially",
    "max": "maximum", "min": "minimum", "attn": "attention", "wrt": "with respect to",
}

#: Of those, the ones that introduce an example, a gloss or another name: never the last word
#: of a sentence, even before a word that opens sentences ("(ie. How hard it is)", "e.g. The").
_INTRODUCERS = frozenset({"eg", "ie", "aka", "incl", "esp", "wrt"})


_EQUALS_BEFORE = re.compile(r"=[ \t]?\Z")
_EQUALS_AFTER = re.compile(r"[ \t]?=(?!=)")


def _formula_side(text: str, start: int, end: int) -> bool:
    """Is the capitals token at ``start:end`` a side of an equation ("A = AH", "AA = B")? Such
    short capitals name matrices or sets and are spelled; eSpeak reads "AH" as "ah"."""
    return bool(_EQUALS_BEFORE.search(text, max(0, start - 2), start)
                or _EQUALS_AFTER.match(text, end))


#: After "s.t.", a condition on a variable ("s.t. x > 0", "s.t. Ax = b", "s.t. f(x) ≤ 1"):
#: the maths "such that"; elsewhere ("s.t. george") the letters are left spelled.
_SUCH_THAT_AFTER = re.compile(r"[ \t]+[A-Za-z]{1,2}(?:\([^()]{1,20}\)|_?\w)?[ \t]?[=<>≤≥≠∈⊂⊆]")


#: Dotted abbreviations that are not letter-by-letter acronyms.
DOTTED = {
    "e.g.": "for example", "i.e.": "that is", "a.k.a.": "also known as",
    # capitalized at a sentence start or in capitals, still a gloss, never "I E" / "E G"
    "E.g.": "For example", "I.e.": "That is", "E.G.": "for example", "I.E.": "that is",
    "A.K.A.": "also known as", "a.m.": "A-M", "p.m.": "P M", "A.M.": "A-M", "P.M.": "P M",
    "Ph.D.": "P H D", "Ph.D": "P H D",
    # maths and science prose: "orthonormal w.r.t. the inner product"
    "w.r.t.": "with respect to", "W.R.T.": "with respect to",
}


#: Acronyms said as words (everything else in capitals is spelled letter by letter).
SAY_AS_WORD = {
    "NATO": "Nato", "NASA": "Nassa", "UNESCO": "You-nesco", "UNICEF": "Unicef", "OPEC": "Oh-peck",
    "NASDAQ": "Nasdaq", "VS": "versus", "ATTN": "Attention", "AIMO": "Aimo", "PAX": "Pax",
    "COVID": "Covid", "AIDS": "Aids", "FIFA": "Fifa", "UEFA": "Uefa",
    "NAFTA": "Nafta", "ASEAN": "Ah-see-an", "FEMA": "Feema", "SWIFT": "Swift", "ISIS": "Isis",
    "SARS": "Sars", "MERS": "Mers", "HIMARS": "High-mars", "ATACMS": "Attack-ems",
    "BRICS": "Bricks", "CERN": "Cern", "MAGA": "Maga", "DOGE": "Doge", "ICE": "Ice",
    "POTUS": "Potus", "SCOTUS": "Scotus", "SWAT": "Swat", "LIDAR": "Lidar", "RADAR": "Radar",
    "LASER": "Laser", "SCUBA": "Scuba", "GIF": "Gif", "PIN": "Pin", "ZIP": "Zip", "OK": "okay",
    # a brand said as a word the world over, and currencies' names set in capitals in a
    # price list or a settings menu ("select the YEN value"): no one spells them
    "IKEA": "Ikea", "YEN": "yen", "YUAN": "yuan", "BAHT": "baht",
    # a British bank said "aitch-boss" (Halifax and Bank of Scotland); eSpeak says the
    # capitalized word so, where an H and a syllable is no rule ("GNER", "WBAL" are letters)
    "HBOS": "Hbos",
    "UNRWA": "Unrwa", "OSHA": "Osha", "NORAD": "Norad", "INTERPOL": "Interpol",
    "EUROPOL": "Europol", "FRONTEX": "Frontex", "MERCOSUR": "Mercosur", "OFAC": "Oh-fack",
    "ESA": "Eesa", "JAXA": "Jaxa", "DARPA": "Darpa", "NOAA": "Noah", "PEN": "Pen",
    "TASS": "Tass", "AWOL": "Awol", "WASP": "Wasp", "CAPTCHA": "Captcha", "SIM": "Sim",
    "ROM": "Rom", "RAM": "Ram", "JSON": "Jason", "DAX": "Dax", "GAAP": "Gap",
    "MISC": "miscellaneous", "NVIDIA": "En-vidia", "HIIT": "hit", "HIPAA": "Hippa",
    "ASCII": "Askey",
    # common words that are also initialisms said as the word, even where an article defines
    # them ("positron emission tomography (PET)": a "pet scan"; see defined_initialisms)
    "PET": "pet", "CAT": "cat", "SAD": "sad", "MAD": "mad", "TAG": "tag",
}


#: Initialisms in mixed case said as words (the rest are spelled: "DoD", "IIoT").
MIXED_CASE_WORDS = {
    "SaaS": "sass", "PaaS": "pass", "VoIP": "voyp", "GaN": "gan", "MoMA": "moma", "NaN": "nan",
    "LoL": "lol", "WoW": "wow", "MiCA": "meeka",
    # brand names in camel case said as one word, not letters and syllables ("C H Ade M O")
    "CHAdeMO": "chademo",
}


#: Postal codes that are also words ("Yes, OK."): not read as states after a comma.
_WORD_CODES = {"OK", "IN", "OR", "ME", "HI", "OH", "AL", "LA", "DE", "PA", "MA", "ID", "MD",
               "DO", "MS", "MT", "SC", "ND"}
#: Capitals pronouns also kept spelled as initialisms ("WHO", "IT") whose "'S" in capitals is
#: the contraction of "is" or "has" ("WHO'S NEXT", "IT'S OVER"; see _caps_contraction).
_CONTRACTION_HOSTS = frozenset({"WHO", "IT"})
#: "WHO" as a whole word, and a run-in's capitals going on into lower-case words ("WHO SAYS
#: all comedians", "WHO KNEW that")
_WHO_WORD = re.compile(r"(?<![\w'’])WHO(?![\w])")
#: Words of a health story, where a run-in's "WHO" is the World Health Organization
_HEALTH_STORY = re.compile(r"\b(?:[Hh]ealth|virus|flu|influenza|pandemic|epidemic|outbreak"
                           r"|vaccin[a-z]{0,6}|disease|infection|malaria|Ebola|cholera|polio"
                           r"|measles|mpox|tuberculosis)\b")
_RUN_IN_GOES_ON = re.compile(r"WHO(?:[ \t]+[A-Z]{2,20}){1,3}[ \t]+[a-z]")
_WHO_NAMED = re.compile(r"World[ \t]+Health[ \t]+Organi[sz]ation")
#: Function words after "IT" or "US" in a headline that make it the pronoun ("LIGHT IT WITH").
_HEADLINE_FUNCTION = {
    "WITH", "FOR", "TO", "IN", "ON", "AT", "FROM", "BY", "OF", "AND", "OR", "BUT", "UP", "OUT",
    "OFF", "DOWN", "AGAIN", "ALL", "YOUR", "THE", "A", "AN", "THIS", "THAT", "NOW", "BACK",
    "AWAY", "HERE", "AS", "INTO", "ABOUT", "OVER", "WHEN", "IF", "SO", "WHAT", "HOW", "WHY",
}
#: Words before "IT" or "US" in a headline that make it the initialism ("THE US", "WITH US").
_NOT_BEFORE_PRONOUN = {
    "THE", "A", "AN", "OF", "IN", "ON", "AT", "FOR", "WITH", "FROM", "BY", "TO", "AND", "OR",
    "VS", "BETWEEN", "AGAINST", "OVER", "INTO",
}
#: Determiners and possessives before "IT" or "US" in a headline: the initialism follows
#: ("OUR IT TEAM", "YOUR US TAXES"), whatever comes after it.
_DETERMINERS = frozenset({"THE", "A", "AN", "OUR", "YOUR", "THEIR", "ITS", "MY", "HIS", "HER"})
#: Nouns that "IT" names a field of ("IT DEPARTMENT", "HOW IT TEAMS CUT COSTS"): after them
#: "IT" is the initialism even where a verb or a question word comes before it.
_IT_NOUNS = frozenset({
    "DEPARTMENT", "DEPARTMENTS", "SUPPORT", "TEAM", "TEAMS", "SECURITY", "SERVICE", "SERVICES",
    "STAFF", "MANAGER", "MANAGERS", "MANAGEMENT", "JOB", "JOBS", "SECTOR", "SYSTEM", "SYSTEMS",
    "PROS", "PROFESSIONAL", "PROFESSIONALS", "LEADER", "LEADERS", "WORKER", "WORKERS",
    "BUDGET", "BUDGETS", "SPENDING", "INFRASTRUCTURE", "SKILLS", "DIRECTOR", "DIRECTORS",
    "CONSULTANT", "CONSULTANTS", "SOLUTIONS", "OUTAGE", "OUTAGES", "FIRM", "FIRMS", "COMPANY",
    "COMPANIES", "INDUSTRY", "ADMIN", "ADMINS", "CAREER", "CAREERS", "HELPDESK", "CHIEF",
    "CHIEFS", "GIANT", "GIANTS", "SPECIALIST", "SPECIALISTS", "PROJECT", "PROJECTS", "HEAD",
})
#: Nouns the country "US" is said before ("US ECONOMY", "US OPEN"): the initialism.
_US_NOUNS = frozenset({
    "ECONOMY", "ARMY", "NAVY", "MILITARY", "OPEN", "TROOPS", "FORCES", "OFFICIALS", "EMBASSY",
    "GOVERNMENT", "ELECTION", "ELECTIONS", "PRESIDENT", "SENATE", "CONGRESS", "MARKET",
    "MARKETS", "STOCKS", "DOLLAR", "TARIFFS", "TRADE", "POLICY", "CITIZENS", "DEBT", "BANKS",
    "INFLATION", "JOBS", "SANCTIONS", "VISA", "VISAS", "BORDER", "COURT", "STATES", "CITIES",
    "TEAM", "PRICES", "FIRMS", "COMPANIES", "AIRLINES", "INTELLIGENCE", "ALLIES", "STRIKES",
})
#: Prepositions after which "IT" ending a headline or a clause is the pronoun ("DEAL WITH IT",
#: "GO FOR IT"); not "IN" ("JOBS IN IT", "WOMEN IN IT": the field).
_PRONOUN_PREPOSITIONS = frozenset({
    "WITH", "FOR", "ABOUT", "OF", "ON", "TO", "FROM", "INTO", "AT", "BY", "WITHOUT", "OVER",
})
#: Question words before which "IT" and a verb are the pronoun's clause ("WHY IT MATTERS",
#: "HOW IT WORKS", "WHAT IT TAKES").
_QUESTION_WORDS = frozenset({"HOW", "WHY", "WHAT", "WHERE", "WHEN", "WHETHER", "IF"})
#: Verbs whose object "US" is the pronoun ("JOIN US TODAY", "LET US KNOW", "TELL US").
_US_VERBS = frozenset({
    "LET", "JOIN", "TELL", "HELP", "GIVE", "SHOW", "FOLLOW", "CONTACT", "EMAIL", "CALL",
    "VISIT", "WRITE", "SEND", "ASK", "TEACH", "LEAVE", "SUPPORT", "MESSAGE", "TAKE", "BRING",
})
#: Verbs after which a capitalized "WHO", "IT" or "US" in a headline is a word.
_AUXILIARIES = {
    "IS", "ARE", "WAS", "WERE", "WILL", "CAN", "DOES", "DID", "DO", "HAS", "HAVE", "HAD",
    "SHOULD", "WOULD", "COULD", "MIGHT", "MUST",
}
#: A capitals word and a hyphen right before a token ("OEKO-" in "OEKO-TEX").
_CAPS_BEFORE_HYPHEN = re.compile(r"(?<![\w-])([A-Z]{2,12})-\Z")
#: Word prefixes written in capitals before a hyphen ("ECO-FRIENDLY", "NON-GMO", "PRE-ORDER"):
#: said as the prefix. Two-letter ones are left out: "UN-backed", "CO-OP" are letters.
_CAPS_PREFIXES = frozenset({
    "ECO", "BIO", "NON", "PRE", "SUB", "MID", "ANTI", "SEMI", "MULTI", "NANO", "MICRO",
    "AGRO", "AERO", "HYPER", "INTRA", "INTER", "TRANS", "PROTO", "PSEUDO", "NEO", "POLY",
})
#: A capitals word right before or after a token, joined by a space or a hyphen ("OXO" before
#: "BREW", "TEX" after "OEKO-"): its neighbour in a name.
_CAPS_NEIGHBOUR_BEFORE = re.compile(r"(?<![\w'’])([A-Z]{2,30})[ \t-]\Z")
#: A transcript's speaker label opening a line: one to three capitals names and a colon
#: ("INSKEEP:", "SUU KYI:", "MR. LEE:").
_SPEAKER_LABEL = re.compile(r"(?:[A-Z][A-Z'’.-]{0,20}[ \t]){0,2}[A-Z][A-Z'’.-]{1,20}:"
                            r"(?=[ \t]{1,3}[\"“‘']?[A-Za-z])")
#: The same label anywhere in a text, at a line's start (a transcript has several).
_SPEAKER_LINE = re.compile(r"^" + _SPEAKER_LABEL.pattern, re.MULTILINE)
_CAPS_NEIGHBOUR_AFTER = re.compile(r"[ \t-]([A-Z]{2,30})(?![\w'’])")
#: Function words nobody sets in capitals for stress: alone among lower-case words they are
#: initialisms ("Support TO with a tip", TO for a newsletter's name), unlike "NOT", "OR", "IS".
_NEVER_STRESSED = frozenset({"TO", "OF", "AT", "BY", "AS", "AN"})
#: Acronyms that stay spelled even inside a line written all in capitals.
ALWAYS_SPELLED = {
    "US", "USA", "UK", "EU", "UN", "AI", "TV", "PM", "CEO", "CFO", "CTO", "GDP", "FBI", "CIA",
    "NSA", "BBC", "CNN", "NBC", "CBS", "ABC", "NPR", "SUV", "EV", "NFL", "NBA", "MLB", "NHL",
    "IMF", "WHO", "UAE", "IT", "PC", "DJ", "MP", "MPS", "LA", "NYC", "DC", "HUR", "SBU", "IDF",
    "EVS", "GOP", "ID", "IDS", "USB", "HDMI", "WSJ", "NYT", "AP", "AFP", "ESPN", "FDA",
    "IRS", "SEC", "DOJ", "DHS", "NHS", "VAT", "GPS", "DNA", "RNA", "HIV", "ICU", "ER", "PR",
    "SSD", "CPU", "GPU", "WWII", "WWI", "AM", "FM", "LED", "UCLA", "LAPD", "NYPD", "HUD", "NIH",
    # shaped like words ("OPEC"), but said in letters as often as not, as "LED" is: letters
    # are never heard wrong for them
    "ASAP", "OLED",
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

#: State codes that are English words, said as the word unless read as the state; the
#: others of _WORD_CODES are also degrees and titles ("Jane Roe, MD", "Cash, ID, card").
_STATE_WORDS = {"OK", "IN", "OR", "ME", "HI", "OH", "ON", "LA", "AL"}
#: Words before ", OK" or ", OH" that make it the word, not a state.
_INTERJECTIONS = {
    "Well", "Yes", "Yeah", "No", "Fine", "Okay", "Oh", "Right", "Sure", "Good", "Great",
    "Alright", "Thanks", "Please", "Hey", "Hi", "So", "Now", "Then", "Wait", "Look", "Listen",
    "Hello", "Ah", "Wow", "Yep", "Nope", "Sorry", "Cool", "Perfect",
}
#: Words before "<Place>, MT" that make the capitalized word a place, so a code that is also
#: a degree or title (MD, MT, PA, ID, MA) is the state: "in Helena, MT", "from Boise, ID".
#: A name of several words is a place only after the first four ("in Salt Lake City, UT"):
#: "a note from Ann Roe, MD" is a person's.
_LOCATIVES = {"in", "near", "outside", "around", "from", "of", "at", "to", "across"}
_LOCATIVES_MULTI = {"in", "near", "outside", "around"}
#: The last word of a place's name that says it is a place ("Fairfield County, MD", "Sioux
#: Falls, SD", "Ocean City, MD"): no person's name ends in one.
_PLACE_NOUNS = {"County", "City", "Township", "Town", "Village", "Borough", "Parish", "Beach",
                "Springs", "Falls", "Heights", "Hills", "Valley", "Harbor", "Harbour", "Island",
                "Lake", "Creek", "Bay", "Junction", "Park"}
#: Canadian provinces and territories by their postal codes ("Toronto, ON", "Halifax, NS").
CA_PROVINCES = {
    "ON": "Ontario", "QC": "Quebec", "BC": "British Columbia", "AB": "Alberta",
    "MB": "Manitoba", "SK": "Saskatchewan", "NS": "Nova Scotia", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "PE": "Prince Edward Island", "YT": "Yukon",
    "NT": "Northwest Territories", "NU": "Nunavut",
}
#: AP-style state abbreviations that are English words or need a rule of their own after a
#: place ("Monroe, La., on": not the word "la"), for the city-state pattern.
_AP_STATES = "|".join(sorted((k for k in US_STATES if not k.isupper() and k not in SUFFIXES
                              and len(k) < 5 and "." not in k), key=len, reverse=True))

#: ... in capitals, as a dateline writes them ("FLA.", "CALIF."); not the two-letter ones, which
#: are postal codes ("GA", "PA": see the citystate rule)
_AP_STATES_UPPER = "|".join(sorted({k.upper() for k in US_STATES
                                    if k[1:].islower() and 3 <= len(k) < 6}, key=len, reverse=True))

#: The dotted state abbreviations of AP style ("N.J.", "W.Va."), without the last period.
_DOTTED_STATES = "|".join(sorted((re.escape(k) for k in US_STATES if "." in k), key=len,
                                 reverse=True))

_ZIP_AFTER = re.compile(r"[ \t]+\d{5}\b")
#: "Place, XX" followed by a comma, a semicolon, a stop or the end: a state code after a place.
_PLACE_CODE = re.compile(r"(?<=[a-z], )([A-Z]{2})(?=[,;.)]|[ \t]*(?:\n|\Z))")


def _zip_pattern() -> str:
    """The rule for a US ZIP code ("Baltimore, MD 21201", "Austin, Texas 78701-1234", "ZIP code
    90210"): five digits, and four more after a hyphen, read digit by digit as people say them.

    Five digits are a ZIP code only after a state (its postal code, AP abbreviation or name)
    or the word ZIP. After a state that follows a place and a comma ("Cleveland, Ohio 44101 by
    Friday") they always are; after a state alone, a lower-case word next makes them a count
    ("in Ohio 12000 jobs"). Each place is its own fixed-width lookbehind, tried only where the
    digits are.
    """
    codes = "(?:" + "|".join(sorted({k for k in US_STATES if k.isupper() and k.isalpha()}
                                    | {"DC", "PR"})) + ")"
    names = set(US_STATES.values()) | {k + "." for k in US_STATES
                                       if not (k.isalpha() and k.isupper())}
    names -= {n + "." for n in US_STATES.values()}  # "Ohio." ends a sentence
    places = [codes] + [re.escape(n) for n in sorted(names | {"D.C.", "Puerto Rico"})]
    after_place = "|".join(r"(?<=[a-z.], " + p + r"[ \t])" for p in places)
    after_state = "|".join(r"(?<=(?<![\w.])" + p + r"[ \t])" for p in places)
    zip_words = "|".join(r"(?<=(?<![\w-])" + re.escape(w + c + colon) + r"[ \t])"
                         for w in ("ZIP", "Zip", "zip")
                         for c in ("", " code", " Code", " CODE", "code", "-code", "-Code")
                         for colon in ("", ":"))
    digits5 = r"\d{5}(?:-\d{4})?(?![\w-]|[.,]\d)"
    return (r"(?=" + digits5 + r")(?:" + after_place + r"|" + zip_words + r"|(?:" + after_state
            + r")(?!" + digits5 + r"[ \t]+[a-z]))(?P<zp>\d{5})(?:-(?P<zp4>\d{4}))?"
            r"(?![\w-]|[.,]\d)")


ZIP_RE = _zip_pattern()


def _named_place(before: list[str], after: str) -> bool:
    """Whether the capitalized words before ", MD" are a place, not a person with a degree: a
    ZIP code follows, or a locative word precedes ("in Helena, MT", "in Salt Lake City, UT")."""
    if _ZIP_AFTER.match(after):
        return True
    n = 0
    while n < min(len(before), 4) and before[-1 - n][:1].isupper():
        n += 1
    if n and before[-1].rstrip(",") in _PLACE_NOUNS:
        return True
    if n == 0 or n == len(before):
        return False
    word = before[-1 - n]
    return word in _LOCATIVES if n == 1 else word in _LOCATIVES_MULTI


_PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
#: A political title, then a capitalized name, right before a bracket ("Rep. Jane Doe ",
#: "Gov. Noem ", "Senator Ann Vale ").
_POLITICIAN_BEFORE = re.compile(
    r"(?<![\w.])(?:Reps?|Sens?|Gov|Del|Rep|Sen|Senators?|Representatives?|Governors?|Congress"
    r"(?:man|woman|member)|Delegate|Assembly(?:man|woman|member)|Council(?:man|woman|member)"
    r"|Mayor|Speaker|Leader|Lt\.?[ \t]Gov)\.?[ \t]+(?:[A-Z][A-Za-z'’-]+[ \t]+|[A-Z]\.[ \t]+)"
    r"{0,3}[A-Z][A-Za-z'’-]+[ \t]\Z")
#: Two to four capitalized words (or initials) right before a bracket: a person's name.
_NAME_BEFORE = re.compile(r"(?<![\w.'’-])((?:[A-Z][a-z'’-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][A-Za-z'’-]+"
                          r"|[A-Z]\.)){1,3})[ \t]\Z")

#: A film's rating in the same text ("(PG-13)", "rated R"): there "Title (R)" is the rating.
_FILM_RATINGS = re.compile(r"\((?:G|PG|PG-13|NC-17)\)|\bPG-13\b|\b[Rr]ated\b")


def _named_person(before: str) -> bool:
    """Do the words just before a bracket name a person ("Kristi Noem ", "Ann B. Vale ")?
    Not a sentence's opening words ("See Part "), nor a noun naming things by letter ("World
    War ", "Plan "), which a letter in brackets follows."""
    m = _NAME_BEFORE.search(before)
    if not m:
        return False
    words = [w for w in m.group(1).split() if not w.endswith(".")]
    return len(words) >= 2 and not any(w in _STARTERS or w.lower() in _LETTER_NOUNS
                                       for w in words)


#: Titles of places written in capitals in a dateline ("ST. LOUIS", "FT. MYERS", "MT. VERNON").
_CAPS_PLACE_TITLES = {"ST": "Saint", "FT": "Fort", "MT": "Mount"}
#: Pronouns that are initialisms in capitals too ("HE": higher education, His Excellency).
_CAPS_PRONOUN_INITIALISMS = frozenset({"HE"})
#: Words after which a capitals pronoun cannot be the pronoun ("the HE sector", "in HE").
_BEFORE_INITIALISM = frozenset({
    "the", "The", "a", "an", "of", "in", "for", "into", "across", "within", "throughout",
    "UK", "English", "Scottish", "Welsh", "British", "our", "their", "its",
})
#: Capitals words that name a system, said as a name when a hyphen joins them ("UNIX-like").
_NAME_WORDS = frozenset({"unix", "linux"})
#: Capitals words that read as letters even before a hyphen ("ABBA-style" aside).
_LETTER_NAMES = frozenset({"HTML", "HTTP", "HTTPS", "HDMI", "USB"})
#: Words that open a place's name before its saint ("Port St. Lucie", "Fort St. John",
#: "Lake St. Clair", "Sault Ste. Marie"): "St." after one is the saint's title, not a street.
_PLACE_PREFIXES = frozenset({
    "Port", "Fort", "Ft", "Mount", "Mt", "Lake", "Cape", "Sault", "Bay", "Point", "Pointe",
    "Isle", "Ile", "Île", "Mont", "Bury", "Rivière", "Lac", "Baie", "Ste", "Saint", "Rue",
})
#: A US (K or W and two or three letters) or Canadian (C and three) station's call sign.
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}|C[A-Z]{3}")
#: A band or service suffix after call letters ("WUSA-TV", "KQED-FM", "WGBH-DT").
_CALL_SUFFIX = re.compile(r"-(?:TV|FM|AM|DT|HD\d?|LP|CD)(?![\w-])")
#: A mark or the end right after a token: its phrase ends with it.
_PHRASE_END = re.compile(r"[.,;:!?)\]\"”’]|[ \t]*(?:\n|\Z)")
#: A function word after a noun phrase, which ends with the token before it ("took the SAT
#: on Friday", "passed the ACT in May").
_PHRASE_GOES_ON = re.compile(r"[ \t]+(?:on|in|at|this|last|next|again|twice|and|or|but|before"
                             r"|after|when|because|with|without|early|late)\b")
#: "the" right before a token (see _paired_initialism)
_THE_BEFORE = re.compile(r"(?<![\w'’])[Tt]he[ \t]\Z")
#: A verb opening the predicate after a noun phrase ("the ACT has", "the NT was").
_CLAUSE_VERB_NEXT = re.compile(r"[ \t]+(?:is|was|has|had|will|would|could|can|said|says|government"
                               r"|today|yesterday)\b")
#: Three-letter words stressed after "the" at a phrase's end ("it was the END.", "the ONE and
#: only"): said as words, never letters.
_THE_EMPHASIS = frozenset({"END", "ONE", "TOP", "BEST", "MOST", "WAY", "MAN", "OLD", "NEW"})
#: A verb only a test or exam takes as its object, and maybe its determiner, right before a
#: token ("passed your SAT", "took the GRE", "aced her ACT", "studying for the SAT").
_TEST_VERB_BEFORE = re.compile(
    r"(?<![\w'’])(?:pass(?:ed|es|ing)?|take[ns]?|taking|took|re-?take[ns]?|re-?took|aced?|aces"
    r"|acing|fail(?:ed|s|ing)?|sat|sit|sitting|(?:stud(?:y|ying|ied)|prep(?:ping|ped)?|cram"
    r"(?:med|ming)?)[ \t]+for)[ \t]+(?:(?:the|your|my|his|her|their|our|an?)[ \t]+)?\Z")
#: The word right before a token, past a space.
_PREV_WORD = re.compile(r"([A-Za-z]+)[ \t]+\Z")
#: Words that name a broadcast station right before its call letters ("affiliate WUSA").
_STATION_NOUNS = frozenset({"affiliate", "affiliates", "station", "stations", "tv", "radio",
                            "television", "broadcaster", "channel"})
#: A possessive word ("Kansas City's St. Luke's"): no street's name, so "St." after it is Saint.
_POSSESSIVE_END = re.compile(r"['’]s\Z")
#: A saint's name in the possessive after "St." ("St. Luke's Hospital", "St. Mary's"): the
#: church, school or hospital named for the saint, not a street then a new sentence.
_SAINTS_PLACE = re.compile(r"[ \t][A-Z][a-z]{1,20}['’]s(?![\w'’])")
#: Names streets share so often that "St" after one is the street ("High St", "Main St").
_STREET_NAMES = frozenset({
    "High", "Main", "Church", "Market", "Station", "Bridge", "Mill", "Water", "Front", "Broad",
    "Wall", "Spring", "Park", "Elm", "Oak", "Pine", "Maple", "Cedar", "Walnut", "Chestnut",
    "King", "Queen", "George", "Union", "Grand", "First", "Second", "Third",
})

#: A list of three or more capitals tokens in a line ("ATLA, LORE, JUA and ODRE").
_CAPS_LIST = re.compile(r"(?<![\w'’-])[A-Z]{2,12}(?:(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+"
                        r"(?:and|or|&)[ \t]+)[A-Z]{2,12}(?![\w'’-])){2,}")
_CAPS_TOKEN = re.compile(r"[A-Z]{2,12}")

#: The numbers of the world wars, for "WWI", "WW2", "WWIII".
_WAR_NUMBERS = {1: "One", 2: "Two", 3: "Three"}


#: A state's abbreviation in capitals with its period closing a dateline's place ("RANCHO
#: MIRAGE, CALIF.", "ST. LOUIS, MO.", "NEWARK, N.J."), as lookbehinds after the place's words;
#: those that are also words ("MASS.", "ILL.") close a place only before the story's text.
_STATE_WORDS_AP = frozenset({"Mass", "Miss", "Ill", "Wash", "Ore", "Ark", "Del", "Ind", "Pa",
                             "La", "Mo", "Ga", "Md", "Va", "Vt", "Ky", "Ala", "Mont", "Wis"})
_AP_CAPS_STATES = sorted(k for k in US_STATES if k not in US_STATES.values() and not (
    k.isalpha() and k.isupper()))


def _state_end(states: list[str]) -> str:
    return "|".join(f"(?<=, {re.escape(k.upper())}\\.{sp})" for k in states
                    for sp in ("", "[ \\t]"))


#: A news dateline: place names in capitals at the start of a paragraph, then a dash
#: or an agency credit ("KYIV, Ukraine (AP) —", "MERROW BAY —"), maybe with a date ("MIAMI,
#: June 7 —"); or, with no dash, a state's abbreviation whose period ends the place before
#: the story's first sentence or the line's end ("RANCHO MIRAGE, CALIF. It's", "ST. LOUIS,
#: MO. (AP) The"): a page that sets the dateline apart drops the dash.
_DATELINE = re.compile(
    r"[ \t]*((?:[A-Z][A-Z.'’-]*[A-Z.](?:,?[ \t]+|(?=[ \t]*[—–(]|[ \t]+-|[ \t]*(?:\n|\Z))))+)"
    r"(?:(?:,?[ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,3}[ \t]*)?"
    r"(?:,?[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+"
    r"\d{1,2}(?:,[ \t]*\d{4})?[ \t]*)?"
    r"(?:\([A-Za-z. ]+\)[ \t]*|/[A-Za-z ]{2,30}/[ \t]*)?(?:[—–]|(?<=[ \t])-)"
    r"|(?:" + _state_end(_AP_CAPS_STATES) + r")(?:\([A-Za-z. ]+\)[ \t]*)?"
    r"(?=[A-Z][a-z]|[\"“‘'][A-Z])"
    r"|(?:" + _state_end([k for k in _AP_CAPS_STATES if k not in _STATE_WORDS_AP]) + r")"
    r"(?=[ \t]*(?:\n|\Z)))"
)


#: Function words (pronouns, determiners, conjunctions, sentence adverbs): a capitalized one
#: after an abbreviation's period starts a new sentence.
#: Plurals that go on a name after "U.S." or "U.K." ("U.S. Marines", "U.S. Securities and
#: Exchange Commission", "U.S. Centers for Disease Control"): never a new sentence's subject.
_NAME_PLURALS = frozenset("""
Marines Marshals Forces Airways Airlines Islands Customs Securities Treasuries Masters Nationals
Olympics Games Affairs Centers Courts Attorneys Territories Rangers Senators Representatives
Foods Sports Steelworkers Opens Mint Bancorp Lines Services Savings Highways Routes
Commissioners Ambassadors Generals Admirals Armed Special Women Men Girls Boys Juniors Seniors
Championships Trials Figures Rules Minerals Metals Markets News Times Weekly
""".split())


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
    # connectives that open a sentence of argument ("independent of A. Thus"), never a name
    "Thus", "Hence", "Therefore", "Moreover", "Furthermore", "Consequently", "Similarly",
    "Likewise", "Finally",
    # imperatives that open a sentence of promotional copy ("top destinations in the U.S.
    # Enjoy ..."), and are not the second word of a name after "U.S." or "Inc."
    "Enjoy", "Visit", "Discover", "Explore", "Learn", "Join", "Click", "Subscribe", "Download",
    "Register", "Imagine", "Remember", "Consider", "Contact", "Try",
}


_ONSETS = {
    "BL", "BR", "CH", "CL", "CR", "DR", "FL", "FR", "GL", "GR", "PL", "PR", "SC", "SH", "SK",
    "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH", "WR", "PH", "QU", "KR", "KL",
    "SCH", "STR", "SPR", "SPL", "SCR", "THR", "CHR", "SHR", "ZH", "KH", "KY", "DY", "TS",
    "DW", "GW", "SQ",  # "DWARF", "GWEN", "SQUAD" (its U is the vowel)
}


#: Small words an initialism's expansion may pass over or use ("Department of Energy (DOE)",
#: "Bureau of Labor Statistics (BLS)", "Department of Justice (DOJ)").
_LINK_WORDS = frozenset({"a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "at",
                         "by", "with", "from", "de", "du", "des", "la", "le", "van", "von"})
#: A capitals token in brackets ("(BED)"), and the words before it on the same clause
#: (letters, spaces, hyphens, commas, apostrophes and "&"; a period or a bracket ends them).
_BRACKETED_CAPS = re.compile(r"\(([A-Z]{2,6})\)")
_EXPANSION_BEFORE = re.compile(r"[A-Za-z'’,& \t\xa0-]{1,160}\Z")
#: A capitals token followed by words in brackets ("BED (binge eating disorder)").
_CAPS_THEN_WORDS = re.compile(r"(?<![\w'’-])([A-Z]{2,6})[ \t\xa0]"
                              r"\(([A-Za-z][A-Za-z'’,& \t\xa0-]{2,160})\)")
_EXPANSION_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?(?:-[A-Za-z]+(?:['’][A-Za-z]+)?){0,4}")


def initialism_mark(token: str) -> str:
    """How :func:`defined_initialisms` records a token an article defines as an initialism
    ("(BED)"): a shape no other evidence of ``article_vocabulary`` takes."""
    return f"({token})"


def _initials(words: list[str]) -> list[tuple[str, bool]]:
    """Each word or hyphenated part's initial, and whether an expansion may pass over it: a
    small word ("of") or a part after a hyphen ("Wi-Fi Protected Access (WPA)")."""
    out: list[tuple[str, bool]] = []
    for word in words:
        for k, part in enumerate(word.split("-")):
            out.append((part[0].upper(), k > 0 or part.lower() in _LINK_WORDS))
    return out


def _spells(initials: list[tuple[str, bool]], letters: str) -> bool:
    """Do these initials spell ``letters`` in order, each giving its letter or (a small word,
    a hyphen's second part) none, the first and the last giving theirs?"""
    if len(initials) < 2 or initials[0][0] != letters[0] or initials[-1][0] != letters[-1]:
        return False
    reach = {1}
    for initial, passable in initials[1:-1]:
        reach = {j + 1 for j in reach if j < len(letters) and letters[j] == initial} | (
            reach if passable else set())
        if not reach:
            return False
    return len(letters) - 1 in reach


def defined_initialisms(text: str) -> set[str]:
    """The capitals tokens ``text`` defines as initialisms, marked (:func:`initialism_mark`):
    written in brackets right after words whose initials spell them ("binge eating disorder
    (BED)", "Department of Energy (DOE)", small words passed over or used), or before such
    words in brackets ("BED (binge eating disorder)"). Such a token is letters all through that
    article, even where it is also a common word ("treat BED early", not the word "bed")."""
    found: set[str] = set()
    for m in _BRACKETED_CAPS.finditer(text):
        letters = m.group(1)
        before = _EXPANSION_BEFORE.search(text, max(0, m.start() - 160), m.start())
        if not before:
            continue
        words = _initials(_EXPANSION_WORD.findall(before.group()))
        # the expansion ends at the bracket; where it starts, its first word gives a letter
        if any(_spells(words[k:], letters)
               for k in range(max(0, len(words) - len(letters) - 4), len(words) - 1)):
            found.add(initialism_mark(letters))
    for m in _CAPS_THEN_WORDS.finditer(text):
        if _spells(_initials(_EXPANSION_WORD.findall(m.group(2))), m.group(1)):
            found.add(initialism_mark(m.group(1)))
    return found


def spell(letters: str) -> str:
    """'WSJ' -> 'W S J'. A spelled 'A' is tied to the next letter ('A-T'), because eSpeak NG reads
    a capital A followed by a word as the article "a" rather than the letter name; but an A tied
    to another A is read "uh" ("A-A-A-S": 'eIa#a#'Es), so an A before an A keeps its hyphen and
    a space ("A- A- A-S": 'eI 'eI 'eI'Es), checked on the engine."""
    return _A_BEFORE_A.sub("A- ", _A_BEFORE_LETTER.sub("A-", " ".join(letters)))


_A_BEFORE_LETTER = re.compile(r"(?<![\w-])A (?=[A-Z](?![a-z]))")
_A_BEFORE_A = re.compile(r"A-(?=A)")


def _wordfreq_buckets(name: str = "small_en") -> list[list[str]]:
    """The buckets of wordfreq's shipped English list (bucket i holds the words at -i
    centibels), or [] when the wheel's data cannot be read."""
    import gzip
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:  # pragma: no cover - a declared dependency
        return []
    try:
        import msgpack

        path = Path(spec.origin).parent / "data" / f"{name}.msgpack.gz"
        with gzip.open(path, "rb") as f:
            return msgpack.load(f, raw=False)
    except (OSError, ValueError, ImportError):  # pragma: no cover - a broken install
        return []


def _zipf_table(first: int, last: int) -> dict[str, float]:
    """Words of buckets ``first`` to ``last - 1`` with the Zipf value the rules are tuned on:
    bucket 1 is 9.0, bucket 501 is 4.0, bucket 502 is 3.99."""
    freqs: dict[str, float] = {}
    for i, bucket in enumerate(_wordfreq_buckets()[first:last], start=first):
        for word in bucket:
            freqs.setdefault(word, 9.0 - (i - 1) / 100)
    return freqs


@functools.lru_cache(maxsize=1)
def _english_frequencies() -> dict[str, float]:
    """English words with their Zipf frequency (7 is "the", 4 is "navy"), 4.0 and up.

    Read straight from the word list shipped in the wordfreq wheel (its documented "cBpack"
    format: a header, then buckets of words, bucket i holding the words at -i centibels), because
    importing wordfreq itself costs about 0.2 s of CPU (ftfy, langcodes, regex), more than
    normalizing a whole article; this costs about 15 ms, once per process.
    """
    return _zipf_table(1, 502)


@functools.lru_cache(maxsize=1)
def _rarer_frequencies() -> dict[str, float]:
    """The words of Zipf 3.0 to 4.0 in the same shipped list, read only when a rule needs to
    know a moderately common word ("amp" in "AMPed"): most articles never load it."""
    return _zipf_table(502, 602)


@functools.lru_cache(maxsize=1)
def _rare_words() -> frozenset[str]:
    """Words of wordfreq's large English list below Zipf 3 ("kneading", "syrah", "json"),
    read (about 0.1 s, once) only when a rule must tell a rare word from no word at all."""
    return frozenset(w for bucket in _wordfreq_buckets("large_en")[600:] for w in bucket)


@functools.lru_cache(maxsize=1)
def _uncommon_words() -> frozenset[str]:
    """Words of Zipf 2.4 to 3.0 in wordfreq's large English list ("fios", "moca"), read
    (about 0.1 s, once) only when a brand's mixed case needs it (see _say_mixed)."""
    return frozenset(w for bucket in _wordfreq_buckets("large_en")[602:662] for w in bucket)


def is_known_word(word: str) -> bool:
    """Is ``word`` (lower case) written in English text at all, however rarely ("bralettes",
    "upcycled"), unlike a code name glued from words ("synctest", "urljoin")?"""
    return _zipf_down_to_3(word) > 0.0 or word in _rare_words()


def _zipf_down_to_3(word: str) -> float:
    """Like _zipf, down to Zipf 3.0 (0 below)."""
    return _zipf(word) or _rarer_frequencies().get(word, 0.0)


#: A capital letter glued before a capitalized word ("AFib", "OAuth", "TMobile").
_LETTER_WORD = re.compile(r"[A-Z][A-Z][a-z]{2,12}")
#: Endings after two capitals that make an initialism a verb or a noun ("DMed", "DJing",
#: "KOer"): those are the initialism's, not a word's.
_INITIALISM_ENDINGS = frozenset({"ed", "ing", "er", "ers", "es", "d"})
#: How an English word opens: a vowel, or one consonant or a usual cluster before a vowel.
_WORD_ONSET = re.compile(r"(?:s[cpt]r|spl|thr|[bcfgp][lr]|[dt]r|[cst]h|ph|wh|wr|kn|s[cklmnptw]"
                         r"|tw|[bcdfghjklmnprstvwz])?[aeiouy]")


def letter_before_word(token: str) -> str | None:
    """'AFib' -> 'A-Fib': a capital letter glued before a capitalized word is the letter, then
    the word. Left raw, eSpeak NG reads "AFib" as "uh fib"; tied by a hyphen it says the
    letter's name. The word is a common one or opens as English words do ("Fib", "Auth",
    below the shipped word list); a rest no word opens so ("VMware", "SPbinder"), one that is
    a letter before a word ("CFexpress") or an initialism's ending ("DMed", "DJing") gives
    None."""
    if not _LETTER_WORD.fullmatch(token) or token[2:] in _INITIALISM_ENDINGS:
        return None
    rest = token[1:].lower()
    if not _zipf_down_to_3(rest) and (not _WORD_ONSET.match(rest) or (
            len(rest) > 5 and _zipf(rest[1:]))):
        return None  # "CFexpress": two letters before the word "express"
    return token[0] + "-" + token[1:]


def _zipf(word: str) -> float:
    """How common a lower-case English word is on wordfreq's Zipf scale (0 if below 4)."""
    return _english_frequencies().get(word, 0.0)


# a capitals word glued to an English suffix ("RESTful", "SCRUMless"): the suffix shows the
# capitals are a word (when they are a common one), not letters ("HTMLish" stays spelled)
_CAPS_SUFFIX = re.compile(r"([A-Z]{3,12})(ful|less|ness|ish|like|ly|ed|ing|ers?)")
#: A three-letter stem read as a word before a verb ending ("AMPed", "GIFed", "ZIPing"): an
#: English word's shape. Not a vowel and a Y that no English word has ("DIYing": letters).
_VERB_STEM_WORD = re.compile(r"[BCDFGHJKLMNPQRSTVWXZ][AEIOU][BCDFGHJKLMNPQRSTVWXZ]"
                             r"|[BCDFGHJKLMNPQRSTVWXZ][AEOU]Y|[AEIOU](?:RM|RT|RK|RN|SK|ND|NK|LM"
                             r"|LD|LK|NT|MP|FT|LL)|[AEIOU][BCDFGKLMNPRSTVZ]E")


def _verb_stem_word(caps: str) -> bool:
    """Can capitals before "-ed", "-ing" or "-er" be the word they spell ("AMP", "NASA")?
    Three letters need an English word's shape; longer ones pass (the caller asks for a
    pronounceable, fairly common word)."""
    return len(caps) > 3 or bool(_VERB_STEM_WORD.fullmatch(caps))


def _code_name_part(word: str) -> str | None:
    """A capitals part of a snake_case code name ("CLAUDE_API_KEY", "MAX_TOKENS"): capitals are
    the naming style there, not emphasis or an initialism, so a common English word is the
    word ("key", "max"), a pronounceable one a name ("CLAUDE"), else letters ("AWS"); None
    leaves the usual decision to known words and initialisms ("API")."""
    lower = word.lower()
    if word in SAY_AS_WORD or word in ALWAYS_SPELLED or len(word) < 3:
        return None
    if word in _LETTER_NAMES or not re.search("[AEIOUY]", word):
        return spell(word)  # "HTTP_PROXY": an initialism with no vowel, though "http" is common
    if _zipf(lower) >= 4.0:
        return lower
    if len(word) >= 4 and _zipf_down_to_3(lower):
        return lower  # "SOCK_STREAM", "HTTP_PROXY": a rarer word, said as one (not a name)
    # not a headline either: the capitals of the rest of the line say nothing here
    if len(word) >= 4 and _pronounceable(word):
        return word.capitalize()
    return spell(word)


# a common word of a vowel and an English final cluster ("ARM", "INK"); not "-CT", as the
# college test "ACT" is spelled
_VCC = re.compile(r"[AEIOU](?:RM|RT|RK|RN|SK|ND|NK|LM|LD|LK|NT|MP|FT|LL)\Z")
#: A consonant, a vowel, a consonant or a final glide ("MIX", "JOY", "DAY", "KEY"): a
#: three-letter shape English words have and initialisms rarely do.
_CVC = re.compile(r"[BCDFGHJKLMNPQRSTVWXZ][AEIOU][BCDFGHJKLMNPQRSTVWXYZ]\Z")
#: A vowel, a consonant and a silent E ("ACE", "ICE", "AGE", "USE"): an English word's shape.
_VCE = re.compile(r"[AEIOU][BCDFGKLMNPRSTVZ]E\Z")
#: A consonant and two vowels said as syllables or a digraph ("VIA", "SEA", "DUE", "ZOO");
#: only for very common words, since "CIA" (Zipf 4.2) has the shape too.
_CVV = re.compile(r"[BCDFGHJKLMNPQRSTVWXZ][AEIOU][AEIOU]\Z")
#: A consonant and an English vowel team ("BEE", "SEE", "ZOO", "TEA", "TOE"): a word, at any
#: frequency of four and up (an initialism's two vowels are rarely a team: "CIA", "FAA")
_CV_TEAM = re.compile(r"[BCDFGHJKLMNPRSTVWZ](?:EE|OO|EA|OA|OE|UE|IE|AI|OI|OU)\Z")
#: One syllable of five letters or more: an English onset, one vowel or vowel pair, an English
#: final cluster ("SLUSH", "CRASH", "BLAST", "CHECK", "DWARF", "SHELF"); initialisms are rarely
#: shaped so.
_ONE_SYLLABLE = re.compile(
    r"(?:" + "|".join(sorted(("BL", "BR", "CH", "CL", "CR", "DR", "FL", "FR", "GL", "GR", "PL",
                              "PR", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH",
                              "TR", "TW", "WH", "WR", "PH", "QU", "SCR", "SPL", "SPR", "STR",
                              "THR", "SHR", "CHR", "DW", "GW", "SQU"), key=len, reverse=True))
    + r")(?:[AEIOU]|EA|EE|OO|OA|AI|OU|IE)(?:SH|CH|TCH|TH|CK|NG|NK|ST|SK|SP|FT|LT|LD|ND|NT|MP"
    r"|RT|RD|RK|RN|RM|RF|RB|RL|RP|RG|LF|LK|LM|LP|RST|RSH|NCH|LL|SS|FF|[BDFGKLMNPRSTVXZ])\Z")


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
    if len(word) == 3:  # "MIX"; or a common word opening with a cluster ("PRO")
        return bool(_CVC.match(word) or (_VCE.match(word))) or (
            z >= 4.5 and bool(_CVV.match(word))) or bool(_CV_TEAM.match(word)) or (
                z >= 4.5 and word[:2] in _ONSETS
                                                      and word[2] in "AEIOUY") or (
            # "ARM", "INK", "ASK": a vowel, then an English final cluster
            z >= 4.5 and bool(_VCC.match(word)))
    return _pronounceable(word, 1) or bool(_ACRONYM_WORD.match(word))


_INFLECTIONS = ("S", "ES", "ED", "ING", "ER", "ERS", "LY")


def _inflected_word(word: str) -> bool:
    """Is an all-capitals token a form of a common word ("BINS", "BAKED", "SHOPPING") whose own
    frequency is below the word threshold (bins: Zipf 3.4)?

    wordfreq cannot tell a rarer word from an initialism of the same frequency ("usda" is 3.45
    too), but an initialism is not the plural or the -ed form of a common word, so the stem is
    what is looked up ("BIN", 4.2); a stem that is itself an initialism ("LED", "SUV") does not
    count."""
    for suffix in _INFLECTIONS:
        if len(word) - len(suffix) < 3 or not word.endswith(suffix):
            continue
        stem = word[: -len(suffix)]
        for cand in (stem, stem + "E", stem[:-1] if stem[-1] == stem[-2] else ""):
            if len(cand) >= 3 and cand not in ALWAYS_SPELLED and _emphasis_word(cand):
                return True
    return False


#: A four-letter word spelled the English way, a consonant, a vowel pair and a consonant
#: ("LEAP", "BEAN", "ROAD"): initialisms do not take this shape.
_DIGRAPH_WORD = re.compile(r"[BCDFGHJKLMNPRSTVWYZ](?:EA|EE|OO|OA|AI|OU|OI|AU)[BCDFGHKLMNPRSTVXZ]\Z"
                           r"|[BCDFGHKLMNPRSTVWZ]Y(?:NC|NX|TH|MN)\Z"  # "SYNC", "MYTH"
                           # QU is one onset, its U no vowel: "QUIC", "QUAD" are one syllable
                           r"|QU[AEIO][BCDFGKLMNPRSTVXZ]\Z")


#: Four capitals shaped as a name: a vowel, a doubled consonant, a vowel ("OLLO", "ABBA",
#: "ELLE"; an initialism rarely repeats a letter between two vowels), or a consonant, a vowel
#: pair and a vowel ("MAUI"), which wordfreq must know too ("CIAO" yes, "KAOI" no). Not a
#: doubled C, K or Z, which names rarely double but initialisms of "Chartered", "Certified",
#: "Council" or "Commission" do ("ACCA", "ICCA"): those stay letters.
_DOUBLED_MEDIAL = re.compile(r"[AEIOU]([BDFGLMNPRST])\1[AEIOUY]\Z")
_VOWEL_TEAM_END = re.compile(r"[BCDFGHJKLMNPRSTVWZ](?:AU|AI|OU|EA|OA|IA)[AEIOU]\Z")


#: Nouns only a test or exam takes ("SAT scores", "ACT prep"; see _paired_initialism).
_SCORE_NOUN_NEXT = re.compile(r"[ \t]+(?:scores?|prep|takers|tutoring|registration)\b")
#: Nouns a pair of tests takes ("SAT and ACT programs").
_TEST_NOUN_NEXT = re.compile(r"[ \t]+(?:tests?|testing|exams?|programs?|results|requirements"
                             r"|courses?|classes)\b")
#: Another capitals token joined by a slash, "and" or "or" (groups: joiner, token).
_CAPS_PARTNER_AFTER = re.compile(r"(/|[ \t]+(?:and|or)[ \t]+)([A-Z]{2,5})(?![\w'’])")
_CAPS_PARTNER_BEFORE = re.compile(r"(?<![\w'’])([A-Z]{2,5})(/|[ \t]+(?:and|or)[ \t]+)\Z")


#: Codes of states and countries that open initialisms ("NYLTA", "NJDEP", "USPTO").
_PLACE_CODE_PREFIXES = frozenset({"NY", "NJ", "US", "UK", "EU", "DC"})


#: Two vowels English spells together almost only in borrowed words and names it knows
#: ("Michael", "Hawaii", "bazaar"): in a capitals token no word list knows ("ICAEW", "NIIT")
#: they are two initials side by side, not a syllable.
_ODD_VOWEL_PAIR = re.compile(r"AE|AA|II|UU")


def _odd_vowels(word: str) -> bool:
    """Does a capitals token no word list knows hold a vowel pair English words rarely have
    (see _ODD_VOWEL_PAIR)? Then its vowels do not make it a word: "ICAEW" is letters."""
    return bool(_ODD_VOWEL_PAIR.search(word)) and not _zipf_down_to_3(word.lower())


def _split_halves(first: str, second: str) -> bool:
    """Are two short capitals tokens the halves of one English word ("SCI" "FI": scifi)?"""
    return (2 <= len(first) <= 3 and 2 <= len(second) <= 3 and first not in ALWAYS_SPELLED
            and second not in ALWAYS_SPELLED and first not in SAY_AS_WORD
            and second not in SAY_AS_WORD and _vowelled_word(first) and _vowelled_word(second)
            and is_known_word((first + second).lower()))


def _vowelled_word(half: str) -> bool:
    """Is a short capitals token a syllable English writes ("SCI", "FI", "WI"): a vowel, and
    known to the word list? (Checked first, so that the rare-word list is read only then.)"""
    return bool(re.search("[AEIOUY]", half)) and _zipf_down_to_3(half.lower()) > 0.0


def _four_letter_name(word: str) -> bool:
    """Is a four-letter capitals token a name's shape, not an initialism's ("OLLO", "MAUI")?
    See _DOUBLED_MEDIAL."""
    return bool(_DOUBLED_MEDIAL.match(word)) or (
        bool(_VOWEL_TEAM_END.match(word)) and _zipf_down_to_3(word.lower()) >= 3.0)


#: Four capitals opening with a vowel and shaped like a word: a vowel, a consonant, a vowel, a
#: consonant ("OPEC", "AMEX", "IBIS", "ATOM"), or a vowel, a consonant pair English splits
#: between two syllables or that opens the second ("APRA") and a closing A or O ("ALMA",
#: "ORCA", "ALTO", "EFTA"), or two vowels of two syllables, a consonant and a closing A or O
#: ("IATA", "UEFA", "IOTA"; not "AARA", whose doubled vowel is no pair, nor German's "OE"
#: of "OEKO"). Initialisms
#: of four letters rarely alternate so; those that do mostly open with a country's or a
#: union's code ("USAF", "UNEP", "EUCA": see _NO_WORD_PREFIXES), and a closing E, U or I
#: ("OSCE", "ACLU", "EPLI") or a consonant pair no syllable ends with ("ICMA") stays letters.
_VOWEL_FIRST_WORD = re.compile(
    r"[AEIOU][BCDFGKLMNPRSTVZ][AEIOU][BCDFGKLMNPRSTXZ]\Z"
    r"|[AEIOU](?:[LRNMS][BCDFGKLMNPSTVZ]|[CFKP]T|[BCDFGKPT]R|[BCFGKP]L)[AO]\Z"
    r"|(?:IA|IO|UE|EU|AI|UA)[BCDFGKLMNPRSTVZ][AO]\Z")
#: Codes of countries and unions that open initialisms of a word's shape ("USAF", "UNEP"), and
#: medicine's "IV" (intravenous: "IVIG", "IVAB"), spelled by clinicians and patients alike.
#: Not "UK": its four-letter names of a word's shape are said "you-" and a syllable ("UKIP",
#: "UKAD", "UKAS"), which eSpeak NG says from the capitalized word ("Ukip").
_NO_WORD_PREFIXES = frozenset({"US", "UN", "EU", "IV"})
#: Four capitals opening with a two-consonant English onset, then a vowel and a consonant
#: ("SPAC", "PLOS", "SNAP"), or two vowels ("TRIO", "BRIO"): a word's shape; the second kind
#: only when wordfreq knows the word (Zipf 3 and up), as "TRAI" (letters) has it too. Not PH,
#: SH, TH or CH, which open initialisms of the shape ("PHEV", "SHRM").
_ONSET_WORD = re.compile(r"(?:BL|BR|CL|CR|DR|FL|FR|GL|GR|PL|PR|SC|SK|SL|SM|SN|SP|ST|SW|TR|TW)"
                         r"[AEIOU](?P<end>[AEIOU]|[BCDFGKLMNPRSTVXZ])\Z")


def _acronym_word(word: str, wider: bool = True) -> bool:
    """A four-letter acronym shaped like a word (NATO, FEMA, YAML; ALMA, OPEC; SPAC), said as
    one; so is a four-letter word with an English vowel pair (LEAP) or a Y for its vowel
    (SYNC), which wordfreq may rank low, and one opening with a cluster ("TRIO") that it
    knows. eSpeak NG reads the capitalized word ("Alma") as a word; spelled, the listener
    heard "A-L M A" for a telescope every astronomy story names so. Not ``wider``: only the
    consonant-first shapes (for capitals glued to a model number, "SC5BLAD", letters)."""
    if _ACRONYM_WORD.match(word) or _DIGRAPH_WORD.match(word):
        return True
    if not wider:
        return False
    if _VOWEL_FIRST_WORD.match(word):
        return word[:2] not in _NO_WORD_PREFIXES
    onset = _ONSET_WORD.match(word)
    return bool(onset) and (onset.group("end") not in "AEIOU"
                            or _zipf_down_to_3(word.lower()) >= 3.0)


def _pronounceable(word: str, min_vowels: int = 2, known_onset: bool = True) -> bool:
    """Could an all-capitals word of five or more letters be read as a word (VOLKSWAGEN)?

    Its opening consonants must be an English onset (not "NSYNC"'s "NS"), unless the word list
    knows the word in lower case, which makes its onset an English one: "QWERTY" ("qwerty") and
    "RWANDA" are words; with only the onset list to go by, "QWERTY" was spelled. Without
    ``known_onset`` only the onset list counts (a letter glued to a word, "GSYNC", is known
    to the word list as the brand, but said as the letter and the word)."""
    w = word.upper()
    if len(w) > 2 and w[0] == "X" and w[1] not in "AEIOUY":
        w = w[1:]  # an X before a consonant is said "ex" (XTERRA, XBOX, XPENG)
    vowels = set("AEIOU")
    nv = sum(1 for c in w if c in vowels) + sum(1 for c in w[1:] if c == "Y")
    if nv < min_vowels:
        return False
    lead = 0
    while lead < len(w) and w[lead] not in vowels and not (lead and w[lead] == "Y"):
        lead += 1
    if lead >= 2 and w[:lead] not in _ONSETS and not (
            known_onset and (lead == 2 or w[:2] in _ONSETS or w[:2] == "MC")
            and is_known_word(w.lower())):
        # a word the list knows vouches for two odd consonants ("QWERTY", "RWANDA") or a
        # longer run that opens with an onset ("SCHMIDT") or a surname's "Mc" ("MCCARTHY",
        # said "mac"), not for three consonants none of
        # which pair so ("CFMEU", a union's initials that Australian news writes often enough
        # to be listed)
        return False
    run = 0
    for c in w:
        run = 0 if c in vowels or c == "Y" else run + 1
        if run > 4:
            return False
    return True


#: After "Gen" without a period: a generation's name, not a general's ("Gen Zers", "Gen Alpha").
_GENERATION = re.compile(r" (?:[XYZ](?:ers?|ennials)?|Alpha|Beta)(?![a-z])")

#: Titles and ranks British, Irish and Australian papers write without a period ("Ms Lee",
#: "Snr Const Ray Ward", "Cllr Ann Byrne", "Mt Isa") that TITLES, the dotted forms' table,
#: lacks or must not take (a dotted "Const." is also the constitution's): eSpeak NG spells
#: most of them ("M S", "C L L R") or says a word ("rev", "sen", "det"). See _h_titlenp.
BARE_TITLES = {
    "Mts": "Mounts", "Insp": "Inspector", "Const": "Constable",
    "Cllr": "Councillor", "Brig": "Brigadier", "Cdr": "Commander", "Cdre": "Commodore",
    "Pte": "Private", "Gnr": "Gunner", "Spr": "Sapper", "Bdr": "Bombardier", "Tpr": "Trooper",
    "Lieut": "Lieutenant", "Archbp": "Archbishop", "Bp": "Bishop", "Sr": "Sister",
    "LCpl": "Lance Corporal", "Ven": "Venerable", "Ldr": "Leader",
}
#: Parts of a compound rank, said in full only before the rank they open ("Det Sgt", "Sen
#: Const", "Assoc Prof", "Sqn Ldr", "Ch Supt"): alone they are other words ("the Ch 9 news",
#: "Det Norske Veritas", "Amartya Sen").
RANK_PREFIXES = {
    "Det": "Detective", "Sen": "Senior", "Ldg": "Leading", "Ch": "Chief", "Assoc": "Associate",
    "Asst": "Assistant", "Dep": "Deputy", "Sqn": "Squadron", "Wg": "Wing", "Flt": "Flight",
    "Gp": "Group", "L": "Lance",
}
#: The ranks and offices those prefixes open, dotless or in full.
_RANK_WORDS = (
    "Sgt|Sergeant|Const|Constable|Insp|Inspector|Supt|Superintendent|Snr|Senior|Sen|Det"
    "|Detective|Ch|Chief|Commr|Commissioner|Prof|Professor|Ldr|Leader|Cdr|Commander|Lt"
    "|Lieutenant|Capt|Captain|Cpl|Corporal|Gen|General|Col|Colonel|Seaman|Aircraftman"
    "|Aircraftwoman|Cdre|Commodore|Cmdr|Director|Dir|Garda|Gda|Lecturer|Nurse|Officer|Registrar")
#: What a prefix must stand before to be one ("Det Sgt", "Wg Cdr", "Sqn Ldr", "Assoc Prof").
_RANK_NEXT = re.compile(r"[ \t/](?:" + _RANK_WORDS + r")\b")
#: Words that may stand right before a title without being the surname the title would then
#: follow ("Former Sen Bob Brown", "Acting Insp Lee", "Greens Sen Bob Brown", "Dear Ms Lee"):
#: every other capitalized word of no common English makes the title a name's part ("Hun
#: Sen", "Amartya Sen") or a journal's ("Nat Rev Immunol", "Annu Rev Med").
_TITLE_OPENERS = frozenset("""
Former Acting Retired Dear Lance Leading Senior Deputy Assistant Chief Detective Federal State
Labor Labour Liberal Greens Green Democrat Democrats Democratic Republican Independent Nationals
National Tory Conservative Tasmanian Victorian Queensland Australian British Irish Scottish
Welsh American US UK NSW WA SA ACT NT Canadian New Late Then The A An Probationary First Snr
""".split())
#: Of the dotless titles, those that are also another word or a name's part: not after a
#: capitalized word that may be a name (see AbbreviationsRules._title_after_name).
_NAME_GUARDED = frozenset({"Fr", "Rev", "Sen", "Gov", "Const", "Brig", "Cdr", "Cdre", "Pte",
                           "Gnr", "Spr", "Bdr", "Tpr", "Bp", "Sr", "Ven"})
#: A journal reference's year just after the title and a word or three ("Rev Med Virol.
#: 2019;29"): the abbreviation of a journal's name, not a reverend.
_JOURNAL_AFTER = re.compile(r"(?:[ \t][A-Z][a-z]{1,12}\.?){1,4}[ \t]?(?:19|20)\d\d[;.:(]")
#: Dotted forms of BARE_TITLES read elsewhere or left alone: "Mts." (mounts or mountains),
#: "Sr." (sister or senior), "Snr." (a suffix), "Pte." ("Pte. Ltd."), "Ven.", "Bp.".
_DOTTED_OTHERWISE = frozenset({"Mts", "Sr", "Snr", "Pte", "Ven", "Bp"})
#: "Const. Art. 5", "Const. Amend. XIV": the constitution, not a constable.
_CONSTITUTION_NEXT = re.compile(r"[ \t](?:Art|Amend|Article|Amendment|Preamble|Sched)\b")
#: Roles a team sheet marks in brackets after a player's name (see _h_rolemark).
_ROLE_MARKS = {"c": "captain", "capt": "captain", "vc": "vice-captain", "wk": "wicketkeeper",
               "w/k": "wicketkeeper",
               "gk": "goalkeeper", "c/wk": "captain and wicketkeeper",
               "wk/c": "wicketkeeper and captain"}
#: A list item's name before a role mark: one to four capitalized words after a comma, a
#: colon, a semicolon, "and" or a line's start ("Australia: Steve Waugh(c), Adam Gilchrist").
_ROLE_ITEM_BEFORE = re.compile(r"(?:(?P<sep>[,;:\n(.!?]|\band|&)[ \t]*|^)"
                               r"(?:[A-Z][\w'’.-]{0,20}[ \t]+){0,3}[A-Z][A-Za-z'’-]{1,30}[ \t]?\Z")
#: What follows an item's role mark: the list going on or ending.
_ROLE_ITEM_AFTER = re.compile(r"[ \t]*(?:[,;)\n]|\.|\Z|and\b|&)")
#: "Pte Ltd": a Singapore company's "private", after the company's name.
_COMPANY_NEXT = re.compile(r"[ \t](?:Ltd|Limited)\b")


#: The shapes of a mixed-case initialism (see AbbreviationsRules._h_mixedacr).
MIXED_ACRONYM = r"[A-Z]{1,3}[a-z][A-Z]{1,3}|[A-Z]aaS"
_MIXED_ACRONYM = re.compile(MIXED_ACRONYM)


#: A brand in mixed case shaped like a word: a consonant, a small vowel, capitals with a vowel
#: ("FiOS", "MoCA"), unlike an initialism's ("DoD", "IIoT", "PhD", "MoEF").
_VOWEL_BRAND = re.compile(r"[B-DF-HJ-NP-TV-Z][aeiou](?=[A-Z]{0,2}[AEIOU])[A-Z]{2,3}")


def _say_mixed(token: str) -> str:
    """'DoD' -> 'D O D', 'SaaS' -> 'sass', 'LiDAR' -> 'Lidar', 'FiOS' -> 'Fios'."""
    said = MIXED_CASE_WORDS.get(token) or SAY_AS_WORD.get(token.upper())
    if said:
        return said
    word = token.lower()
    if _VOWEL_BRAND.fullmatch(token) and (_zipf_down_to_3(word) or word in _uncommon_words()):
        # "FiOS", "MoCA": a brand said as the word English text writes ("Fios", "Moca");
        # spelled "F I O S". An initialism of the shape is not a word ("MoEF", "DoIT")
        return token.capitalize()
    lower = next(i for i, c in enumerate(token) if c.islower())
    if lower == 1 and len(token) >= 5 and _zipf(token[:2].lower()) >= 5.3:
        return token[:2] + " " + spell(token[2:])  # "MySQL", "NoSQL": a word, then letters
    return spell(token.upper())



#: Pairs of initialisms said as one run of letters, the slash silent: names of one thing.
_SLASH_COMPOUNDS = frozenset({"AC/DC", "TCP/IP", "UDP/IP", "DC/DC", "AC/AC", "DC/AC", "UI/UX",
                              "UX/UI"})


#: A word with its possessive ("X's") or one other character, as _safe_words reads a span.
_SAFE_WORD_PART = re.compile(r"[^\W\d_]+(?:['’]s(?![^\W\d_]))?|\S")

def _regroup_caps_prefix(parts: list[str]) -> list[str]:
    """Capitals glued to a lower-case word ("MMAjunkie", "ESPNcricinfo"): the last capital
    belongs to the initialism when the lower-case rest is a word and the capital with it is
    none ("junkie", not "ajunkie"): "MMA" and "junkie", not "MM" and "Ajunkie"."""
    out: list[str] = []
    for part in parts:
        if (out and out[-1].isupper() and len(part) >= 4 and part[0].isupper()
                and part[1:].islower() and is_known_word(part[1:])
                and not is_known_word(part.lower())):
            out[-1] += part[0]
            part = part[1:]
        out.append(part)
    return out


#: an initialism hyphened before or after a token ("EV-" before "DO", "-EU" after "US")
_HYPHEN_PARTNER_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,5})-\Z")
#: a number hyphened after a capitals token ("COX-2"), see _written_as_word
_HYPHEN_NUMBER_AFTER = re.compile(r"-(\d{1,4})(?![\w-]|[.,]\d)")
_HYPHEN_PARTNER_AFTER = re.compile(r"-([A-Z]{2,5})(?![\w-])")

class AbbreviationsRules:
    """Rule handlers for abbreviations (mixed into the normalizer, which provides ``text``,
    ``keep_and``, ``day_first`` and the shared helpers)."""

    text: str
    keep_and: bool
    day_first: bool
    english: bool
    _cap_from: int

    def _h_numbered(self, m: re.Match[str]) -> str:
        """'Apt. 1C' is "Apartment one C" and 'Prop. 13' "Proposition thirteen": said as a
        word before the number, the period kept was a stop in the middle of an address or a
        ballot measure's name. "Re." or "Re:" opening a letter ("Re. the new bridge") is the
        word with no stop after it."""
        if m.group("nb_re") is not None:
            return "Re"
        return " Apartment " if m.group("nb").lower() == "apt" else " Proposition "

    def _h_refnum(self, m: re.Match[str]) -> str:
        """'Vol. #1', 'Vol 3', 'Pt. 2', 'Ep #12', 'Vol. II': a numbered part of a work, said in
        full before its number ("volume one"). Left alone, "Vol." was a stop and "#1" a new
        sentence ("Vol. Number one"). A Roman numeral is said as the number ("volume two").
        Without a period only a number may follow ("Ch" and "Pts" without one, and a bare
        number sign, are left to other rules: "Ch 4" may be a channel, "5 pts" points)."""
        ab = m.group("rf")
        key = ab.capitalize()
        if not m.group("rf_dot") and (ab.lower() in ("ch", "pts", "eps", "figs", "vols")
                                      or m.group("rf_r") or ab.isupper()):
            return self._safe_words(m)
        said = _REFERENCE_PARTS[key[:-1] if key.endswith("s") and key not in _REFERENCE_PARTS
                                else key]
        if key.endswith("s") and key not in _REFERENCE_PARTS:
            said += "s"
        roman = m.group("rf_r")
        if roman:
            return f" {said} {cardinal(_roman_number(roman))} "
        return f" {said} "

    def _h_numname(self, m: re.Match[str]) -> str:
        """'Cat. 4', 'Cat 5', 'Rm. 204', 'Hwy 101', 'Bldg. 7': a storm's or a cable's category,
        a grade, a room, a road or a building named by the number after it, said in full.
        Left alone the period was a stop ("Cat. Four", a new sentence) and the short form was
        read as a word ("cat", "R M"). Only before a number: "my cat. Then" keeps its stop."""
        ab = m.group("nn") or m.group("nn_b") or m.group("nn_d")
        return " " + _NUMBERED_NAMES[ab] + " "

    def _h_nonum(self, m: re.Match[str]) -> str:
        """'No. 1', 'NO 732', 'No #3': the number sign."""
        return " numbers " if m.group("no").lower() == "nos" else " number "

    def _h_capscontr(self, m: re.Match[str]) -> str:
        """"AREN'T", "YOU'LL" in capitals: the contraction, as a word."""
        return " " + m.group("cc").lower().replace("’", "'") + " "

    def _h_camelacr(self, m: re.Match[str]) -> str:
        """'CIOMeet', 'OpenAI', 'OnePageCRM': an acronym glued to words; each part read as
        itself. A token that is an English word in odd capitals ("LEADer") is that word. A
        possessive goes with the last part ("ECMAScript's": "E C M A- Script's"); left out,
        the whole token was left to eSpeak while the bare name was split."""
        said = self._camelacr_said(m)
        return said[:-1] + "'s " if m.group("ca_s") else said

    def _camelacr_said(self, m: re.Match[str]) -> str:
        """The name of a "camelacr" match said, without its possessive (see _h_camelacr)."""
        token = m.group("ca")
        if token in MIXED_CASE_WORDS:
            return " " + MIXED_CASE_WORDS[token] + " "
        if _zipf(token.lower()) >= 4.0:
            return " " + token.lower() + " "
        glued = _CAPS_SUFFIX.fullmatch(token)
        if glued:
            caps = glued.group(1)
            ending = glued.group(2)
            verb = ending in ("ed", "ing", "er", "ers")
            if (_zipf(caps.lower()) >= 4.0 and not verb) or (
                    verb and caps not in ALWAYS_SPELLED and _pronounceable(caps, 1)
                    and _verb_stem_word(caps) and _zipf_down_to_3(caps.lower()) >= 3.5):
                # "RESTful": a word in capitals, then its suffix; a verb ending shows a rarer
                # word is one too ("AMPed": amped)
                return " " + token.lower() + " "
            said = self._say_letters_or_word(caps, m.start())
            if verb and " " not in said:
                return f" {said}-{ending} "  # "MAGAers": "Maga-ers", one word and its ending
            if verb:
                # "DIYing", "PDFed", "GOPers": the letters, then the ending tied to the last
                # one ("D I Y-ing", "P D F'd"), not a word made of both ("diying" is "dying").
                # eSpeak NG says "F'd" as "eff-d" but "Y'd", "A'd" as words: "-ed" after those
                tie = "-" + ending
                if ending == "ed" and said[-1] not in "AEIOUY":
                    tie = "'d"
                return f" {said}{tie} "
            return f" {said} {ending} "  # "HTMLish": "H T M L ish", not "Lish"
        parts = _regroup_caps_prefix(
            re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+", m.group("ca")))
        return " " + " ".join(self._camel_part(p, parts[i - 1] if i else "", m.start())
                              for i, p in enumerate(parts)) + " "

    def _camel_part(self, part: str, before: str, pos: int) -> str:
        """One part of a camel-case name. A closing syllable in capitals after a word
        ("FinFET", "DotNET") is said as a syllable, like the word before it; initialisms of
        the same shape ("TeamGOP") and capitals with no vowel ("ChatGPT") stay spelled."""
        if not part.isupper():
            return part
        if (len(part) == 3 and _CVC.match(part) and part not in ALWAYS_SPELLED
                and part not in SAY_AS_WORD and len(before) >= 3 and before[0].isupper()
                and before[1:].islower()):
            return part.lower()
        return self._say_letters_or_word(part, pos)

    def _h_arange(self, m: re.Match[str]) -> str:
        """'A through F': the letter tied ("A-") so eSpeak says its name; 'A-F' is "A to F".
        In a reference entry's authors ("Tausche A-K, Jansen T") it is a hyphenated name's
        initials, no range."""
        if m.group("ar_d") and self.text[m.end() + 1 : m.end() + 2] in (",", ".") and (
                self.in_reference_authors(m.start(), m.end() + 1, strict=True)):
            return "A- "
        return "A- to " if m.group("ar_d") else "A-"

    def _h_zip(self, m: re.Match[str]) -> str:
        """'MD 21201', 'TX 78701-1234': a ZIP code is said digit by digit, ZIP+4 after a pause."""
        four = m.group("zp4")
        return " " + digits(m.group("zp")) + (", " + digits(four) if four else "") + " "

    def _h_citystate(self, m: re.Match[str]) -> str:
        """'Littleton, CO,' and 'Atlanta, GA': a postal state or province code after a place
        name is the state's name; 'Monroe, La., on': an AP abbreviation too.

        A code that is an English word ("OH", "ON", "IN") is a word after an interjection
        ("Fine, OK.", "Well, OH."): there the comma is no place's."""
        before = self.text[max(0, m.start() - 40) : m.start()].split()
        place = before[-1].rstrip(",") if before else ""
        if m.group("cdot"):  # "N.J.": the dotted initials' period, as "U.S." has one
            said = " " + US_STATES[m.group("cdot")]
            if self._dateline_story_next(m.start(), m.end()):
                return said + ". "  # "NEWARK, N.J. Stocks fell": the dateline ends there
            return said + (". " if self._ends_sentence(m.end(), "dotted") else " ")
        if m.group("capup"):  # "MIAMI, FLA. (AP) —": only in a dateline's place names
            if not self._in_dateline(m.start()) or place.capitalize() in _INTERJECTIONS:
                return " " + m.group("capup").capitalize() + ". "  # "OH WELL, MISS. You"
            said = " " + US_STATES[m.group("capup").capitalize()]
            return said + (". " if self._dateline_story_next(m.start(), m.end()) else " ")
        if m.group("cap"):  # its period ends the sentence unless a comma or a word follows
            ends = re.match(r"[ \t]*(?:[A-Z\n]|\Z)", self.text[m.end() : m.end() + 3])
            return " " + US_STATES[m.group("cap")] + (". " if ends else " ")
        code = m.group("cst")
        state = US_STATES.get(code) or CA_PROVINCES.get(code)
        if self.text[m.start() - 3 : m.start() - 2].isupper():
            # after capitals only a dateline's place ("BOSTON, MA —"), where a code is a state
            # even if also a degree; not a list of initialisms ("IBM, HP and") nor "WELL, OK"
            if state and self._in_dateline(m.start()) and (
                    place.capitalize() not in _INTERJECTIONS):
                return " " + state + " "
            return " " + self._say_letters_or_word(code, m.start()) + " "
        if state and place[:1].isupper() and place not in _STARTERS:
            if code not in _WORD_CODES and code != "ON":
                return " " + state + " "
            if code in _STATE_WORDS and place not in _INTERJECTIONS:
                return " " + state + " "
            if _named_place(before, self.text[m.end() : m.end() + 7]) or self._in_place_list(
                    m.start(), m.end()):
                return " " + state + " "
        return " " + self._say_letters_or_word(code, m.start()) + " "

    def _dateline_story_next(self, start: int, end: int) -> bool:
        """Does a dateline with no dash end at ``end`` with its story's first sentence after
        it ("RANCHO MIRAGE, CALIF. It's being billed")? The state's period is its stop."""
        return self._in_dateline(start) and bool(_STORY_NEXT.match(self.text, end))

    def _in_dateline(self, pos: int) -> bool:
        """Is ``pos`` in the place names of a dateline in capitals ("COLUMBUS, OH —")?"""
        dateline = _DATELINE.match(self.text, self.text.rfind("\n", 0, pos) + 1)
        return bool(dateline) and pos < dateline.end(1)

    def _in_place_list(self, start: int, end: int) -> bool:
        """Is a degree-like code ("PA", "MA", "MD") one of three or more "Place, XX" on its line,
        one of which has a code that is only a state ("Allentown, PA, Aug. 3; Mansfield, MA, Aug.
        5; St. Louis, MO")? A tour list names places; "Ann Vale, MD, of Austin, TX" is a person
        and a place, two pairs, and keeps the degree."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        codes = _PLACE_CODE.findall(line)
        return len(codes) >= 3 and any(c not in _WORD_CODES and c in US_STATES for c in codes)

    def _h_party2(self, m: re.Match[str]) -> str:
        """'Rep. Ann Vale, R-W.Va., said': the party-state tag set off by commas."""
        state = US_STATES.get(m.group("pb_s"))
        if state is None:
            return self._safe_words(m)
        return f" {_PARTIES[m.group('pb_p')]} of {state}"

    def _h_partytag(self, m: re.Match[str]) -> str:
        """'Kristi Noem (R) said', 'Sen. Ann Vale (D), who': a party's letter alone in brackets
        after a politician's name is the party, as in "(D-Mont.)" (read "R" it meant nothing).
        A name is a political title and a capitalized name, or two to four capitalized words
        that are no sentence's opening words nor a noun naming things by letter ("See Part
        (I)", "World War (I)"), in a text that rates no films ("Love Lies Bleeding (R)" beside
        "(PG-13)" or "rated"); elsewhere the letter is read as before ("Option (D)")."""
        if _POLITICIAN_BEFORE.search(self.text, max(0, m.start() - 80), m.start()) or (
                _named_person(self.text[max(0, m.start() - 60) : m.start()])
                and not _FILM_RATINGS.search(self.text)):
            return f", {_PARTIES[m.group('pt')]}, "
        return f", {m.group('pt')}, "

    def _h_rolemark(self, m: re.Match[str]) -> str:
        """'Steve Waugh(c), Adam Gilchrist (vc), Ian Healy (wk)': a team sheet marks the
        captain, the vice-captain and the keeper in brackets after their names; read, they
        were letters ("c", "v c") or a unit ("weeks"). Only after a name that is an item of a
        list (after a comma, a colon, "and" or a line's start, and before a comma, "and" or
        the end), and a lone "(c)" only in a list of two names or more: not a copyright
        ("(c) 2004 Reuters", "Photo: Ann Lee (c)") nor a lettered option ("or (c) none"); the
        other marks after any capitalized name (the rule asks for one)."""
        mark = m.group("rm").lower()
        if mark != "c":
            return ", " + _ROLE_MARKS[mark] + ", "  # "Healy (wk)": no other reading there
        item = _ROLE_ITEM_BEFORE.search(self.text, max(0, m.start() - 60), m.start())
        after = _ROLE_ITEM_AFTER.match(self.text, m.end())
        if item and after and (item.group("sep") in (",", ";") or (
                after.group().strip()[:1] in (",", ";"))):
            return ", captain, "
        return self._safe(m.group(0))

    def _h_trademark(self, m: re.Match[str]) -> str:
        """'Intel(R) Core(TM) i7': the registered and trademark signs typed as letters in
        brackets are silent, as the signs themselves are ("Intel® Core™")."""
        return " "

    def _h_party(self, m: re.Match[str]) -> str:
        """'(D-Minn.)' -> ', Democrat of Minnesota,' (US congressional style)."""
        state = US_STATES.get(m.group("pa_s"))
        if state is None:
            return f", {m.group('pa_p')} {self._safe(m.group('pa_s'))}, "
        return f", {_PARTIES[m.group('pa_p')]} of {state}, "

    def _h_worldwar(self, m: re.Match[str]) -> str:
        """'WWII', 'WW2', 'post-WWII': the short name of a world war is said in full ("World
        War Two"), as every speaker says it; spelled, "W W I I" is heard as four letters."""
        number = m.group("ww").strip()
        return " World War " + _WAR_NUMBERS[len(number) if number[0] == "I" else int(number)] + " "

    def _h_dotted(self, m: re.Match[str]) -> str:
        raw = m.group("dt")
        spoken = DOTTED.get(raw) or spell(raw.replace(".", "").upper())
        if raw == "s.t." and _SUCH_THAT_AFTER.match(self.text, m.end()):
            spoken = "such that"  # "find x s.t. x > 0": maths shorthand before a condition
        if m.group("dt_s"):
            return " " + spoken + "'s "  # "the U.K.’s election": a possessive, never a stop
        kind = "ampm" if raw.lower() in ("a.m.", "p.m.") else "dotted"
        if raw.isupper() and len(raw) <= 6 and re.match(
                r"[ \t]+[A-Z]", self.text[m.end() : m.end() + 2]) and self.in_reference_authors(
                    m.start(), m.end(), strict=True):
            return " " + spoken + ". "  # "Adwan, M.H. Drug reaction": the title follows
        if self._ends_sentence(m.end(), kind) and raw.lower() not in ("e.g.", "i.e."):
            return " " + spoken + ". "
        return " " + spoken + " "

    def _h_abbr(self, m: re.Match[str]) -> str:
        ab = m.group("ab")
        end = m.end()
        leading = self._leading_abbreviation(ab, m.start(), end)
        if leading:
            return self._end(" " + leading, end, never=ab.lower() in _INTRODUCERS,
                             kind="leading")
        if ab in _FEATURING_FORMS and self._featuring(ab, m.start(), end):
            return " featuring "
        nxt = self.text[end : end + 3]
        followed_by_digit = nxt[:1] == " " and nxt[1:2].isdigit()
        if ab == "Rt" and _RIGHT_HON_NEXT.match(self.text, m.start() + 2):
            return " Right "  # "the Rt. Hon. Keith Mitchell"
        if ab == "Hon" and _HONORARY_NEXT.match(self.text, end):
            return " Honorary "  # "the Hon. Secretary"
        if (ab in RANK_PREFIXES or ab == "Snr") and _RANK_NEXT.match(self.text, end):
            # "Det. Sgt.", "Sen. Const. Ray Hall", "Snr. Const.": a compound rank's first part
            return " " + RANK_PREFIXES.get(ab, "Senior") + " "
        if ab in BARE_TITLES and ab not in _DOTTED_OTHERWISE and _NAME_GOES_ON.match(
                self.text, end) and not _CONSTITUTION_NEXT.match(self.text, end):
            return " " + BARE_TITLES[ab] + " "  # "Const. Ray Hall", "Cllr. Ann Byrne"
        if ab == "Gen" and self.text[max(0, m.start() - 4) : m.start()] == "Gov-":
            return self._end(" General", end)  # "the Gov-Gen.": the office, a noun
        if ab == "Mts":
            # "Mts. Hood and Adams": mounts before their names; "the Snowy Mts.": a range
            if self._range_before(m.start()) or not _NAME_GOES_ON.match(self.text, end):
                return self._end(" Mountains", end)
            return " Mounts "
        if ab in TITLES:
            if re.match(r"[ \t]?\d", self.text[end : end + 2]):
                # "Syst Rev. 2013", "Mol Biol Rep. 2021", "the Rev. 2 board": a title comes
                # before a name, so before a number the word is something else. Before the year
                # of a journal reference its period is a stop, which eSpeak NG only keeps
                # before a capital
                if _REFERENCE_YEAR.match(self.text, end):
                    self._cap_from = end
                return ab + "."
            return " " + TITLES[ab] + " "
        if ab in NO_COMPOUND and in_compound(self.text, m.start(), m.start() + len(ab)):
            return ab + "."  # "she said i-ie.": a word in another language, not "that is"
        if ab in TITLES_INFIX and ab != "v":
            return " " + TITLES_INFIX[ab] + " "
        if ab == "v" and _CASE_PARTY_BEFORE.search(self.text, max(0, m.start() - 40),
                                                   m.start()) and _CASE_PARTY_AFTER.match(
                                                       self.text, end):
            return " versus "  # "Roe v. Wade", "United States v. Apple": a case's parties
        if ab in ("ret", "Ret"):
            # "Cook (ret.)", "Col. (Ret.) Ann Lee", "Ann Lee, ret.,": the mark of a retired
            # officer or judge, in brackets or after a comma, never a sentence's end inside them
            if self.text[m.start() - 1 : m.start()] == "(" and nxt[:1] == ")":
                return " " + SUFFIXES[ab] + " "
            if self.text[m.start() - 2 : m.start()] != ", ":
                return ab + "."
        if ab == "St":
            if self._saint(m.start(), end):
                return " Saint "
            return self._end(" Street", end)
        if ab in _CAPS_PLACE_TITLES and self._in_dateline(m.start()) and (
                self._saint(m.start(), end)):
            # "ST. PAUL, Minn. (AP) —", "FT. WORTH, Texas —": a place's title in a dateline's
            # capitals (spelled, "S T." ended a sentence in the middle of the name)
            return " " + _CAPS_PLACE_TITLES[ab] + " "
        if ab == "Ste" and re.match(r"[ \t-][A-Z][a-z]", self.text[end : end + 3]):
            # "Sault Ste. Marie", "Chateau Ste. Michelle": the French "Sainte" in a place's
            # or a name's title, said "Saint" as "St." is; no street is called "Ste."
            return " Saint "
        if followed_by_digit and ab in NUMBERED_ABBREVIATIONS:
            return " " + NUMBERED_ABBREVIATIONS[ab] + " "
        if ab in ("No", "Nos") and followed_by_digit:
            return " number " if ab == "No" else " numbers "
        if ab in MONTHS and ab not in ("May",):
            if MONTHS[ab] == ab:
                # "during November. ANZ said": a month written in full abbreviates nothing,
                # so its period is a full stop, also before an initialism (which, after "Nov.",
                # may go on the sentence: "Nov. IBM"; "during November A N Z" ran on)
                return self._end(" " + ab, end, followed_by_digit, kind="acronym")
            return self._end(" " + MONTHS[ab], end, followed_by_digit)
        if ab in _WORD_WEEKDAYS and self._weekday_word(m.start()):
            return ab + "."  # "as much as our Sun.": the star, not "Sunday"
        if ab in WEEKDAYS:
            return self._end(" " + WEEKDAYS[ab], end)
        if ab == "Ft" and self._saint(m.start(), end):
            return " Fort "  # "Ft. Worth": a place's title, as "St." and "Mt." are
        if ab == "Sr" and self._sister(m.start(), end):
            return " Sister "  # "Sr. Mary Agnes": a nun's title before her name
        if ab == "Sr" and _SENIOR_JOB_NEXT.match(self.text, end) and not self._sr_after_name(
                m.start()):
            return " Senior "  # "Our Sr. Director of Sales": a post's grade, never a stop
        if ab in ("ed", "Ed", "eds", "Eds", "edn"):
            said = self._editing(ab, m.start())
            if said:
                return self._end(" " + said, end)
        if (ab in _FORM_FIRST and _NAME_GOES_ON.match(self.text, end)
                and not _FORM_CLOSES.search(self.text, max(0, m.start() - 5), m.start())):
            return " " + SUFFIXES[ab] + " "  # "Cia. Vale do Rio Doce": the form opens the name
        if ab in SUFFIXES:
            return self._end(" " + SUFFIXES[ab], end, kind=self._suffix_kind(ab, m.start()))
        if ab in _CAPS_COMPANY_SUFFIXES and self._suffix_kind(ab, m.start()) == "company":
            # "ACME PHARMA, INC." in a headline in capitals: the suffix in full as in mixed
            # case (recased "Inc." was said "ink", "LTD." spelled)
            return self._end(" " + SUFFIXES[ab.capitalize()], end, kind="company")
        if ab.capitalize() in _CAPS_HEADLINE_STATES and _CAPS_WORD_NEXT.match(self.text, end):
            # "CALIF. VOTERS REJECT TAX", "FLA. MAN ARRESTED": a headline's state before its
            # noun, as "Calif. voters" is; not one that is also a word ("MASS. EXODUS")
            return " " + US_STATES[ab.capitalize()] + " "
        if ab in _CAPS_NAME_SUFFIXES and _CAPS_SURNAME_BEFORE.search(
                self.text, max(0, m.start() - 30), m.start()):
            # "RICKY STENHOUSE JR. WINS": a surname's suffix in capitals, as "Jr." is
            return self._end(" " + _CAPS_NAME_SUFFIXES[ab], end, kind="company")
        if ab.isupper() and len(ab) >= 2:
            kind = "acronym"
            if ab in NAME_SUFFIXES and self._suffix_kind(ab, m.start()) == "dotted":
                kind = "dotted"
            nxt = re.match(r"[ \t]([A-Z][a-z]{1,20})(?![\w'’])", self.text[end : end + 24])
            if len(ab) == 2 and nxt and f"{ab}. {nxt.group(1)}" in self._vocabulary():
                kind = "dotted"  # "the brilliant ID. Buzz look": a name the article writes
            elif len(ab) <= 3 and _NAME_GOES_ON.match(self.text, end) and (
                    f"{ab}." in self._vocabulary()):
                # "the ID. SPACE VIZZION concept" where the article writes "ID.3" or "ID.
                # Buzz": a dotted name's prefix, which the next capitalized word continues
                # (a word that opens sentences still ends one: "an ID. The")
                kind = "dotted"
            said = (spell(ab) if len(ab) <= 3 and self._author_initials(m.start(), end - 1)
                    else self._say_letters_or_word(ab, m.start()))  # "Halloran ME.": initials
            return self._end(" " + said, end, kind=kind)
        if _MIXED_ACRONYM.fullmatch(ab):  # "shared by the DoD."
            return self._end(" " + _say_mixed(ab), end, kind="acronym")
        if ab[-1] == "s" and _MIXED_ACRONYM.fullmatch(ab[:-1]):  # "15 new PoPs."
            return self._end(" " + _say_mixed(ab[:-1]) + "'s", end, kind="acronym")
        if len(ab) >= 3 and ab[-1] == "s" and ab[:-1].isupper():  # "EVs.", "SUVs."
            return self._end(" " + self._say_letters_or_word(ab[:-1], m.start()) + "'s", end,
                             kind="acronym")
        unit = self._bare_unit(ab, m.start())
        if unit:
            return self._end(" " + unit, end)  # "our kWs from our KWhs."
        if self._initialism_plural(ab):  # "for Evs." beside "EVs"
            return self._end(" " + spell(ab[:-1].upper()) + "'s", end, kind="acronym")
        if len(ab) == 1 and ab.isupper() and self.text[end : end + 1] == "," and (
                m.start() and self.text[m.start() - 1] in " \t"):
            # "—Henrik P., 10", "Lowe, P., Haddad": an initial before a comma; the comma is
            # the pause, and a stop before it would swallow it
            return " A-" if ab == "A" else f" {ab}"
        if len(ab) == 1 and ab.isupper() and self._initial(m.start(), end):
            return " A- " if ab == "A" else f" {ab} "
        return (letter_before_word(ab) or ab) + "."  # "with EPay.": the word's own stop

    def _featuring(self, ab: str, start: int, end: int) -> bool:
        """Is "ft." or "feat." a music credit, "featuring" ("Hold Me (feat. Ana Ruiz)"), not
        "Fort" ("Ft. Myers") or feet ("6 ft.")? A name must follow that is not a Fort's place,
        and no number come before; then any of: a bracket opening the credit, a quoted title
        before it, a title's capitalized word before a lower-case "ft."/"feat.", or an article
        about music (a song, an album, a rapper) around it."""
        name = _CREDIT_NAME.match(self.text, end)
        if not name or name.group(1) in _FORT_PLACES:
            return False
        before = self.text[max(0, start - 30) : start]
        if re.search(r"\d[ \t]*\Z", before):
            return False  # "6 ft. Tall", "5 Ft. Deep": feet
        if before[-1:] in ("(", "["):
            return True
        if re.search(r"[\"”’'][ \t]+\Z", before):
            return True  # '"Golden Hour" feat. Ana Ruiz': after a song's title in quotes
        prev = before.split()[-1:] if before[-1:].isspace() else []
        if ab in ("ft", "feat") and prev and prev[0][:1].isupper() and prev[0][-1:].isalnum():
            return True  # "Hold On ft. Ana Ruiz": between a title and a name
        if ab.lower() == "feat" and not (before.rstrip().endswith(",") or (
                prev and prev[0].lower() in _MUSIC_WORDS)):
            return False  # "quite a feat. Drake said": the noun, ending a sentence
        return name.group(1) not in _STARTERS and self._music_article()

    def _music_article(self) -> bool:
        """Is the article about music (one of _MUSIC_WORDS written in lower case)?"""
        words = self._vocabulary()
        return any(w in words for w in _MUSIC_WORDS)

    def _editing(self, ab: str, start: int) -> str | None:
        """A reference's "ed." or "eds.": "edition" after an ordinal ("3rd ed.", "second
        ed."), "editor(s)" in brackets or after a comma that closes names ("Roe A, Lee B,
        eds.", "(ed.)"); else None (a word cut short, left as it is)."""
        before = self.text[max(0, start - 24) : start]
        if ab.lower() in ("ed", "edn") and _ORDINAL_BEFORE.search(before):
            return "edition"
        if ab.lower() == "edn":
            return None
        if before.endswith("(") or before.endswith(", "):
            return "editors" if ab.lower() == "eds" else "editor"
        return None

    def _leading_abbreviation(self, ab: str, start: int, end: int) -> str | None:
        """The words for an abbreviation that leads into what follows it ("eg.", "aka.",
        "max.", see LEADING_ABBREVIATIONS), or None. Written in capitals it counts only before
        more capitals or a number ("AVG. BATTERY LIFE", a table header); "min." after a number
        is minutes ("10 min. Then"), and before a number or "of" only is it the minimum; "Max."
        with a capital is a name's ("the 737 Max.")."""
        low = ab.lower()
        said = LEADING_ABBREVIATIONS.get(low)
        if said is None or in_compound(self.text, start, end - 1):
            return None  # "i-ie." (Japanese "no"): part of another word
        if not (ab.islower() or ab.istitle() or (ab.isupper() and len(ab) > 2
                                and re.match(r"[ \t]+(?:[A-Z]{2}|\d)", self.text[end : end + 4]))):
            return None
        if low in ("max", "min") and ab.istitle():
            return None  # "the 737 Max.", "Max. Verstappen": a name more often than not
        if low == "min" and (re.search(r"\d[ \t]*\Z", self.text[max(0, start - 3) : start])
                             or not re.match(r"[ \t]+(?:\d|of\b)", self.text[end : end + 5])):
            return None
        return said.capitalize() if ab[0].isupper() else said

    def _initial(self, start: int, end: int) -> bool:
        """Is a capital letter and its period a person's initial ("by T. Kingfisher", "Sonya A.
        Zoghlin", "J. R. R. Tolkien")? eSpeak NG makes a clause break at the period, a stop in
        the middle of a name, so an initial is said without it (and an A as the letter, "A-",
        not the article). A word that opens sentences after it ("in Group C. The") or a noun
        naming things by letter before it ("vitamin D. Doctors") leaves the period alone."""
        if start and self.text[start - 1] not in " \t\n(“\"‘'":
            return False  # "Mustang Mach-E. Consumer": the end of a name, not an initial
        if self.text[start : start + 1] in _END_LETTERS:
            return False  # "posted on X. Musk said", "Gen Z. Many": rarely anyone's initial
        nxt = _INITIAL_NEXT.match(self.text, end)
        caps = None if nxt else self._caps_initial_next(start, end)
        nxt = nxt or caps
        if not nxt or (nxt.group("w") and nxt.group("w").capitalize() in _STARTERS):
            return False
        line = self.text[max(0, self.text.rfind("\n", 0, start) + 1, start - 200) : start]
        if _AUTHOR_LIST.search(line):
            return False  # "Ward PB, Stubbs B. Exercise as a treatment": a citation's authors
        if self.in_reference_authors(start, end):
            return False  # "Rowe K. Walking and mood. Front Psychol. 2019;7:12": one author
        before = line.split()
        if before and not caps and _model_before_letter(before):
            return False  # "the Motorola RAZR M. New units": a model's letter, then a stop
        return not (before and before[-1].lower() in _LETTER_NOUNS)

    def _caps_initial_next(self, start: int, end: int) -> re.Match[str] | None:
        """The surname after a middle initial in capitals ("By ANN J. VALE", "ANN J. VALE:"):
        a word in capitals after the initial, a name in capitals before it, on a line or run
        in capitals. Mixed case needs "Ann J. Vale"; in capitals the surname was missed and
        the initial's period made a stop in the middle of a byline's name."""
        line_start = max(self.text.rfind("\n", 0, start) + 1, start - 40)
        if not _CAPS_NAME_BEFORE.search(self.text[line_start:start].lstrip(" \t")):
            return None
        nxt = _CAPS_INITIAL_NEXT.match(self.text, end)
        if nxt and (self._shouting(start) or self._in_caps_run(start)):
            return nxt
        return None

    def in_reference_authors(self, start: int, end: int, strict: bool = False) -> bool:
        """Is the initial (or initials) at ``start:end`` the last of a reference entry's
        authors ("Koch U. Urate lowering therapy. Z Rheumatol. 2019;78:1", "Adwan, M.H. Drug
        reaction ... (2016)")? The line opens with authors, surname then initials, and has a
        journal's year after; the stop after the initials ends the author list, before the
        title. ``strict`` asks for a journal's volume and pages, not only a year."""
        line = self.text[max(0, self.text.rfind("\n", 0, start) + 1, start - 300) : start]
        if not _AUTHORS_BEFORE.match(line):
            return False
        tail = _JOURNAL_TAIL if strict else _CITATION_TAIL
        return bool(tail.search(self.text[end : end + 400].partition("\n")[0]))

    def _suffix_kind(self, ab: str, start: int) -> str:
        """How a suffix's period may end a sentence (see _ends_sentence). A name suffix after
        a name ("Acme Inc.") is a "company" one, which a number after it ends too; one after a
        lower-case word or a comma closes no name ("vehicle tester, Jr. Damato"), so only a
        word that opens sentences ends it there."""
        before = self.text[max(0, start - 40) : start]
        words = before.split() if before[-1:].isspace() else []
        if ab in US_STATES and _after_determiner(words):
            # "the Calif. Senate", "a Ga. Tech graduate": a state named as a modifier, after a
            # determiner, is inside a phrase; only "City, Ga." closes one before a new sentence
            return "dotted"
        if ab not in NAME_SUFFIXES:
            return "suffix"
        name = words[-1].rstrip(",") if words else ""  # "Sammy Davis, Jr.": a comma between
        if name[:1].isupper() and name[-1:].isalnum():
            return "company"
        if ab.lower() in _COMPANY_NOUNS and _after_determiner(words):
            return "suffix"  # "formed an LLC. Business owners": the noun, not a name's close
        return "dotted"

    def _weekday_word(self, start: int) -> bool:
        """Is "Sun.", "Sat." or "Wed." at ``start`` the word, not a weekday? A date or a time
        after it was read by the date rules already, so here only the word before decides: a
        determiner or possessive ("our Sun.", "the Sun.") or a capitalized name inside a
        sentence ("the Baltimore Sun.") makes it a noun; a verb, a preposition or a sentence's
        start ("closes Sun.", "on Sun.", "Closed Sun.") leaves the day, and so does a noun
        after it ("the Wed. meeting")."""
        line = self.text[max(0, self.text.rfind("\n", 0, start) + 1, start - 60) : start]
        words = line.split()
        if not words or not line[-1:].isspace():
            return False
        prev = words[-1]
        if prev.lower() in _NOUN_DETERMINERS:
            # "the Wed. meeting": the day as a modifier, before its lower-case noun
            return not re.match(r"[ \t]+[a-z]", self.text[start + 4 : start + 6])
        if not (prev[:1].isupper() and prev.isalpha()) or prev in _STARTERS or prev in (
                MONTHS.keys() | set(MONTHS.values()) | set(WEEKDAYS.values())):
            return False
        return len(words) >= 2 and words[-2][-1:] not in ".!?:;\"”"

    def _saint(self, start: int, end: int) -> bool:
        """"St." before a name is Saint ("St. Helens"); after a street's name it is Street.

        The name before it must be a capitalized word or a number ("Harbour St.", "5th St.")
        in the same clause: a period or comma before "St." means it starts a new phrase.
        """
        before = self.text[max(0, start - 30) : start].split()
        prev = before[-1] if before and self.text[start - 1 : start].isspace() else ""
        street = bool(prev) and (prev[:1].isupper() or prev[:1].isdigit()) and \
            prev[-1:].isalnum() and prev not in _STARTERS and prev not in _PLACE_PREFIXES \
            and not _POSSESSIVE_END.search(prev) and not _SAINTS_PLACE.match(self.text, end)
        nxt = self.text[end : end + 2]
        return not street and nxt[:1] in (" ", "-") and nxt[1:2].isupper()

    def _bare_saint(self, start: int) -> bool:
        """"St" with no period before a capitalized name (the rule asks that): Saint ("Bury St
        Edmunds", "near St Albans") unless it closes an address, after a number within two
        words ("12 High St London", "5th St") or a common street name ("High St Leeds").
        Unlike "St." no stop can have been lost here, so a capitalized word before it is a
        place's name as often as a street's ("Bury St Edmunds")."""
        before = self.text[max(0, start - 30) : start]
        if not before[-1:].isspace():
            return True
        words = before.split()[-3:]
        if words and words[-1][-1:] in ",;:":
            return True
        if any(w[:1].isdigit() for w in words[-2:]):
            return False
        return not (words and words[-1] in _STREET_NAMES)

    def _h_gluedtitle(self, m: re.Match[str]) -> str:
        """'St.Louis', 'Ft.Worth', 'Mt.Everest', 'Dr.Patel': a title typed without the space
        after its period. Left as "St. Louis" (a stop before the name) eSpeak NG says
        "street" and pauses; the title is said as it is with the space. "St." after a street's
        name ("Main St.Louis") is a street, a sentence run together."""
        ab = m.group("gt")
        if ab in ("St", "Ste"):
            before = self.text[max(0, m.start() - 30) : m.start()].split()
            prev = before[-1] if before and self.text[m.start() - 1].isspace() else ""
            if ab == "St" and (prev[:1].isupper() or prev[:1].isdigit()) and (
                    prev[-1:].isalnum() and prev not in _STARTERS
                    and prev not in _PLACE_PREFIXES):
                return " Street. "
            return " Saint "
        return " " + (TITLES.get(ab) or _CAPS_PLACE_TITLES[ab.upper()]) + " "

    def _h_credit(self, m: re.Match[str]) -> str:
        """"Night Drive (feat Ana Ruiz)", "[ft Leon Cole]": "ft" or "feat" without its period
        opening a bracket before a name is a music credit, "featuring" (left as it was, eSpeak
        NG said "feat" the noun, or "F T"); before a Fort's place ("(Ft Worth)") it is "Fort"."""
        name = _CREDIT_NAME.match(self.text, m.end())
        if name and name.group(1) in _FORT_PLACES:
            return " Fort " if m.group(0) == "Ft" else m.group(0)
        return " featuring "

    def _h_titlenp(self, m: re.Match[str]) -> str:
        """British style drops the period: "Lt Col Ann Reyes", "Dr Patel", "St Helens", "Ms
        Lee", "Mt Isa", "Det Sgt Ray Hall", "Cllr Ann Byrne": the title before a capitalized
        name in full, as its dotted form is. A rank's prefix ("Det", "Ch", "Sqn") only before
        the rank; a title that is also a word or a name's part ("Sen", "Rev", "Fr") not after
        a capitalized word that may be a name ("Hun Sen", "Nat Rev Immunol")."""
        ab = m.group("tn")
        end = m.end()
        if ab in RANK_PREFIXES and ab != "Asst":
            if _RANK_NEXT.match(self.text, end):
                return " " + RANK_PREFIXES[ab] + " "  # "Det Sgt", "Sen Const", "Ch Supt"
            if ab != "Sen":  # ("Sen Bob Brown": a senator, below)
                return ab  # "Det Norske Veritas", "the Ch Nine news"
        if ab == "Mts" and self._range_before(m.start()):
            return " Mountains "  # "the Blue Mts City Council": the range's name goes on
        if ab == "Sr" and _SENIOR_JOB_NEXT.match(self.text, end):
            return " Senior "  # "a Sr Software Engineer": a post's grade, as "Sr." is
        if ab == "Sr" and re.search(r"[A-Z][\w'’-]*[ \t]\Z", self.text[max(0, m.start() - 30)
                                                                       : m.start()]):
            return " Senior "  # "Ken Griffey Sr Hits": a father's suffix, not a nun's title
        if ab in _NAME_GUARDED and self._title_after_name(m.start()):
            return ab  # "Hun Sen", "Nat Rev Immunol": a name's or a journal's part
        if (ab == "Rev" and _JOURNAL_AFTER.match(self.text, end)) or (
                ab == "Pte" and _COMPANY_NEXT.match(self.text, end)):
            return ab  # "Rev Med Virol. 2019;", "Acme Pte Ltd"
        if ab == "Gen" and _GENERATION.match(self.text, m.end()):
            return " Gen "  # "Gen Zers", "Gen Alpha": a generation, not a general
        if ab == "St":
            return " Saint " if self._bare_saint(m.start()) else " Street "
        if ab == "Ste":
            return " Saint "  # "Sault Ste Marie" (see _h_abbr)
        if ab == "Rt":
            return " Right "  # "the Rt Hon Keith Mitchell" (the rule asks for "Hon" after)
        if ab == "Hon":
            return " Honourable "  # "the Rt Hon Keith Mitchell" (only after "Rt" or "the")
        return " " + (TITLES.get(ab) or BARE_TITLES[ab]) + " "

    def _range_before(self, start: int) -> bool:
        """Does a range's name come right before "Mts" at ``start`` ("the Blue Mts", "Snowy
        Mts.")? Then it is "Mountains"; before names ("Mts Hood and Adams") it is "Mounts"."""
        words = self.text[max(0, start - 30) : start].split()
        prev = words[-1] if words and self.text[start - 1 : start] == " " else ""
        return prev[:1].isupper() and prev.isalpha() and not (
            prev in _TITLE_OPENERS or prev in _STARTERS or prev in TITLES)

    def _title_after_name(self, start: int) -> bool:
        """Does a capitalized word that may be a name come right before ``start`` (one space
        between, on the line)? Not a title, a word of common English ("When", "Former",
        "Labor") nor one that opens sentences or stands before titles ("Greens Sen")."""
        before = self.text[max(0, start - 30) : start]
        if not before.endswith(" ") or before.endswith("  "):
            return False
        words = before.split()
        prev = words[-1] if words else ""
        if not (prev[:1].isupper() and prev.isalpha()):
            return False
        if prev in _TITLE_OPENERS or prev in _STARTERS or prev in TITLES or (
                prev in BARE_TITLES or prev in RANK_PREFIXES):
            return False
        return _zipf(prev.lower()) < 4.0

    def _h_streetnp(self, m: re.Match[str]) -> str:
        """"St" with no period after a capitalized name and before a mark, a word in lower case
        or the line's end ("Cornmarket St, Cork", "lives on Main St and"): the street. No name
        follows for it to be a title of, and eSpeak NG says "saint" for it. Not after a word
        that opens a sentence ("Also St"), which names no street."""
        words = self.text[max(0, m.start() - 30) : m.start()].split()
        prev = words[-1] if words else ""
        if prev[:1].isupper() and prev.isalpha() and prev not in _STARTERS:
            # "the Blue Mts,", "Dale Horvath Sr said" (not strontium: "levels of Sr and")
            return {"Mts": " Mountains ", "Sr": " Senior "}.get(m.group(0), " Street ")
        return m.group(0)

    def _end(self, spoken: str, end: int, never: bool = False, kind: str = "suffix") -> str:
        if not never and self._ends_sentence(end, kind):
            return spoken + ". "
        return spoken + " "

    def _question_word(self, word: str, pos: int) -> bool:
        """In a headline in capitals, "WHO", "IT" or "US" before a verb like IS or WILL is the
        word ("WHO IS THE FRONT-RUNNER?"), not the initialism ("WHO WARNS OF ...")."""
        if _zipf(word.lower()) < 5.3 or self.text[max(0, pos - 4) : pos] == "THE ":
            return False  # "WHY THE US IS WORRIED": after "THE" it is the initialism
        nxt = re.match(r"[A-Z]+[ \t]+([A-Z]+)\b", self.text[pos : pos + 40])
        return bool(nxt) and nxt.group(1) in _AUXILIARIES

    def _headline_pronoun(self, word: str, pos: int) -> bool:
        """In a headline in capitals, "IT" and "US" after a verb and before a function word are
        the pronouns ("LIGHT IT WITH SPECTRA", "SEND US YOUR PHOTOS"), and "AM" after "I" is
        the verb; before a noun ("THE IT DEPARTMENT", "US OFFICIALS"), after "THE" or a
        preposition ("TALKS WITH US AND EU") they stay initialisms."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        prev = self.text[line_start:pos].split()[-1:]
        if not prev or not prev[0].isupper():
            return False
        if word == "AM":
            return prev[0] == "I"
        if word not in ("IT", "US") or prev[0] in _DETERMINERS:
            return False
        nxt = re.match(r"[ \t]+([A-Z]+)\b|[ \t]*[.!?:,;]?[ \t]*(?:\n|\Z)",
                       self.text[pos + len(word) : pos + len(word) + 30])
        after = nxt.group(1) if nxt else None
        if word == "IT":
            if after in _IT_NOUNS:
                return False  # "HOW IT TEAMS CUT COSTS", "IS IT SUPPORT WORTH IT?"
            if prev[0] in _AUXILIARIES:
                return True  # "WHY IS IT IMPORTANT", "DOES IT WORK?": the inverted pronoun
            if prev[0] in _QUESTION_WORDS and after and (
                    after in _AUXILIARIES or (after.endswith(("S", "ED")) and len(after) > 3)):
                return True  # "WHY IT MATTERS", "HOW IT HAPPENED"
            if prev[0] in _PRONOUN_PREPOSITIONS and nxt and (
                    not after or after in _HEADLINE_FUNCTION):
                return True  # "DEAL WITH IT", "WHAT TO DO ABOUT IT NOW"
        elif prev[0] in _US_VERBS and after not in _US_NOUNS:
            return True  # "JOIN US TODAY", "LET US KNOW"
        elif prev[0] == "FOR" and after == "TO":
            return True  # "TIME FOR US TO GO": the subject of an infinitive, not the country
        if not nxt or prev[0] in _NOT_BEFORE_PRONOUN:
            return False
        return after in _HEADLINE_FUNCTION if after else word == "IT"

    def _safe_words(self, m: re.Match[str]) -> str:
        """A rule matched but declined: read the span as separate words. A possessive stays on
        its word ("Xbox One X's": "X's", which eSpeak says "ex-iz"; split, it was "X ' s")."""
        out = []
        for part in _SAFE_WORD_PART.findall(m.group(0)):
            poss = part[-2:] if part[-2:] in ("'s", "’s") and len(part) > 2 else ""
            base = part[: len(part) - len(poss)]
            if base.isupper() and len(base) >= 2:
                said = self._say_letters_or_word(base, m.start())
            else:
                said = self._safe(base)
            out.append(said.strip() + "'s" if poss and said.strip() else said + poss)
        return " " + " ".join(out) + " "

    def _h_caps(self, m: re.Match[str]) -> str:
        word = m.group("cp")
        tail = m.group("cp_s")
        if "&" in word:
            # "AT&T", "S&P": letters joined by "&" are initials, never emphasised words
            spoken = " and ".join(SAY_AS_WORD.get(p) or spell(p) for p in word.split("&") if p)
        elif "_" in self.text[max(0, m.start() - 1) : m.end() + 1] and not tail:
            if len(word) >= 4 and word.capitalize() in self._vocabulary():
                # "STANDALONE_WASM" where the article writes "Wasm": its word, not "W A S M"
                spoken = word.lower()
            else:
                spoken = _code_name_part(word) or self._say_letters_or_word(word, m.start())
        elif word in _CAPS_PLACE_TITLES and not tail and re.match(
                r"[ \t][A-Z]{3}", self.text[m.end() : m.end() + 4]) and self._in_dateline(
                    m.start()):
            spoken = _CAPS_PLACE_TITLES[word]  # "ST CATHERINE, Jamaica —": a dateline's place
        elif word in _CAPS_NAME_SUFFIXES and not tail and _CAPS_SURNAME_BEFORE.search(
                self.text, max(0, m.start() - 30), m.start()):
            spoken = _CAPS_NAME_SUFFIXES[word]  # "STENHOUSE JR:": "Junior", not "J R"
        elif word in _CAPS_COMPANY_SUFFIXES and word != "CO" and self._bare_company_suffix(
                word, m.start()):
            spoken = SUFFIXES[word.capitalize()]  # "ROE LTD WINS": "Limited", not "L T D"
        elif not tail and len(word) <= 3 and word not in SAY_AS_WORD and _formula_side(
                self.text, m.start(), m.end()):
            spoken = spell(word)  # "A = AH", "AA = B": matrices' names, not "ah", "aa"
        elif not tail and len(word) <= 3 and self._author_initials(m.start(), m.end()):
            spoken = spell(word)  # "Halloran ME, Lee IT,": initials, not "me", "it"
        elif tail in ("'S", "’S") and word in _CONTRACTION_HOSTS and self._caps_contraction(
                word, m.end()):
            # "WHO'S GOT WHAT IT TAKES", "IT'S TIME": the pronoun and "is", not "W H O's"
            spoken = word.capitalize() if self._shouting(m.start()) else word.lower()
        else:
            spoken = self._say_letters_or_word(word, m.start())
        if tail:
            # "NO-GOs", "MUST-HAVEs": the plural of a compound read as words is a plain "s"
            compound = tail == "s" and spoken.islower() and " " not in spoken and (
                self.text[m.start() - 1 : m.start()] == "-")
            spoken += "s" if compound else "'s"
        return " " + spoken + " "

    def _who_run_in(self, pos: int) -> bool:
        """Is "WHO" the pronoun opening a run-in in capitals at the start of a paragraph in
        mixed case ("WHO SAYS all comedians are sad?")? The line goes on in lower case, and
        the article never names the World Health Organization, writes "WHO" anywhere else nor
        is about health (an outbreak, a vaccine: "WHO WARNS of a flu outbreak" is the agency);
        a headline all in capitals ("WHO WARNS OF FLU") is left to the headline rules."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        if self.text[line_start:pos].strip(" \t\"“‘'") or self._shouting(pos):
            return False
        line_end = self.text.find("\n", pos)
        line = self.text[pos : line_end if line_end >= 0 else len(self.text)]
        if not _RUN_IN_GOES_ON.match(line):
            return False
        return (_WHO_NAMED.search(self.text) is None and len(_WHO_WORD.findall(self.text)) == 1
                and _HEALTH_STORY.search(self.text) is None)

    def _caps_contraction(self, word: str, end: int) -> bool:
        """Is "WHO'S" or "IT'S", the apostrophe's S in capitals too, the pronoun's contraction
        ("WHO'S GOT", "IT'S OVER")? An initialism's possessive set in capitals is rarer
        than a shouted "who's"/"it's", and "IT's" in mixed case keeps its small s. "WHO'S"
        is the World Health Organization's before a noun it heads ("WHO'S CHIEF WARNS") or
        where the article names the organization."""
        if word != "WHO":
            return True
        nxt = re.match(r"[ \t]+([A-Z]+)\b", self.text[end : end + 30])
        if nxt and nxt.group(1) in _IT_NOUNS:
            return False
        return _WHO_NAMED.search(self.text) is None

    def _bare_company_suffix(self, word: str, start: int) -> bool:
        """Is "INC", "CORP", "LTD" or "Inc" without a period a company's suffix after its name
        ("ROE LTD WINS", "Acme Inc said")? Not after a function word or a determiner ("HOW INC
        MAGAZINE RANKS", "THE LTD EDITION"), nor before "magazine": the business magazine."""
        prev = self.text[max(0, start - 30) : start].split()[-1:]
        if not prev or prev[0].upper() in _HEADLINE_FUNCTION or prev[0].upper() in _DETERMINERS:
            return False
        if re.match(r"[ \t]+[Mm]agazine", self.text[start + len(word) : start + len(word) + 12]):
            return False
        return self._suffix_kind(word, start) == "company"

    def _sr_after_name(self, start: int) -> bool:
        """Is the word before ``start`` part of a name (capitalized, not a determiner opening a
        sentence: "John Smith Sr." but not "Our Sr.")?"""
        before = self.text[max(0, start - 30) : start].split()
        prev = before[-1] if before else ""
        return prev[:1].isupper() and prev not in _STARTERS

    def _sister(self, start: int, end: int) -> bool:
        """Is "Sr." at ``start`` a nun's title ("Sr. Mary Agnes", "Fr. Tom and Sr. Anne"), not
        "Senior" after a name ("John Smith Sr.", "Sammy Davis, Sr.")? It is before a
        capitalized name and not after one: at the start of a sentence or after a word in
        lower case."""
        nxt = re.match(r"[ \t]+([A-Z][a-z]{1,20})", self.text[end : end + 24])
        if not nxt or nxt.group(1) in _SENIOR_JOBS:
            return False  # "our Sr. Director of Sales": a senior post
        before = self.text[max(0, start - 30) : start].split()
        if not before:
            return True
        prev = before[-1]
        return prev[-1] in ".!?:;(\"“—" or prev[0].islower()

    def _author_initials(self, start: int, end: int) -> bool:
        """Are the capitals at ``start:end`` an author's initials after the surname in a
        reference list ("Halloran ME, Longini IM Jr and Lee IT.")? Said as words, "ME", "IT",
        "AS", "OR" are heard as "me", "it". The surname must come right before, a comma, a stop,
        "and" or "Jr" after, and the line must hold at least one other such author or "et al."
        after this one, so that a sentence ("Take ME, please") is not a list."""
        lo = max(0, self.text.rfind("\n", 0, start) + 1, start - 400)
        hi = self.text.find("\n", end)
        hi = min(hi if hi >= 0 else len(self.text), end + 400)
        entries = [e.end() for e in _AUTHOR_ENTRY.finditer(self.text, lo, hi)]
        return end in entries and (len(entries) >= 2 or re.match(
            r",?[ \t]+et[ \t]al\b", self.text[end : end + 9]) is not None)

    def _h_mixedacr(self, m: re.Match[str]) -> str:
        """An initialism written in mixed case, capitals around one small letter, is spelled
        ("DoD": D O D, "IIoT": I I O T, "PoE": P O E), where eSpeak NG reads it as a word
        ("doo-dee", "poh-ee"); a few are said as words ("SaaS": sass, "VoIP", "GaN"). A small
        letter in front ("iOS", "macOS", "mRNA") is left to eSpeak, which spells the capitals.
        A plural is said as the capitals' plurals are ("PoPs": P O P's, as "VLANs" is V L A-N's);
        left whole, eSpeak read "PoPs" as "poe P S"."""
        return " " + _say_mixed(m.group("mx")) + ("'s " if m.group("mx_s") else " ")

    def _h_capslash(self, m: re.Match[str]) -> str:
        """Two initialisms joined by a slash are said as one run of letters, the slash silent,
        as people say them ("I/O", "P/E ratio", "A/C", and fixed compounds: "AC/DC", "TCP/IP");
        two initialisms of their own ("EU/UK", "AR/VR", "AML/CFT") keep the slash so the two
        stay apart: run together, "E U U K" is heard as one name of four letters. A side that is
        a word ("YES/NO", "AND/OR") or an acronym said as a word ("HIV/AIDS") is read as before.
        Plurals are alternatives: "HSAs/FSAs" is "H S A's or F S A's". A hyphened suffix is said
        as a word after the pair ("AC/DC-style": A C D C style); a longer pair before one names
        either ("PFC/PFAS-free": P F C or P F A S free), not one run of letters glued to the
        suffix."""
        a, b = m.group("csl_a"), m.group("csl_b")
        suffix = f" {m.group('csl_x')} " if m.group("csl_x") else " "
        if not (m.group("csl_p") or m.group("csl_q")) and _SMALL_ROMAN.fullmatch(a) and (
                _SMALL_ROMAN.fullmatch(b)):
            noun = _GRADED_NOUN_BEFORE.search(self.text, max(0, m.start() - 12), m.start())
            if noun:
                # "a phase I/II trial", "Type I/II": one graded thing spanning both numbers
                said = f"{cardinal(_roman_number(a))}-{cardinal(_roman_number(b))}"
                return " " + (said.capitalize() if noun.group()[0].isupper() else said) + suffix
        if m.group("csl_p") or m.group("csl_q"):  # "HSAs/FSAs": two kinds of thing, either one
            return (" " + spell(a) + ("'s" if m.group("csl_p") else "") + " or " + spell(b)
                    + "'s" + suffix)
        if any(p in SAY_AS_WORD or (len(p) > 1 and _emphasis_word(p)) for p in (a, b)):
            return (" " + self._say_letters_or_word(a, m.start()) + " "
                    + self._say_letters_or_word(b, m.start("csl_b")) + suffix)
        if len(a) + len(b) <= 5 and (min(len(a), len(b)) == 1 or f"{a}/{b}" in _SLASH_COMPOUNDS):
            return " " + spell(a + b) + suffix
        return " " + spell(a) + (" or " if m.group("csl_x") else " slash ") + spell(b) + suffix

    @staticmethod
    def _readable_caps(word: str) -> bool:
        """Is a capitals stem said as a word (a known word, or pronounceable)?"""
        return (word in SAY_AS_WORD or _emphasis_word(word)
                or (len(word) >= 4 and (_pronounceable(word) or _acronym_word(word))))

    def _after_caps_word(self, pos: int) -> bool:
        """Does a hyphen join this token to a capitals word read as a word ("OEKO-TEX"), so
        that a word-shaped three-letter half ("TEX") is part of one name, not an initialism?
        A spelled first half ("EPA-RATED", "FDA-") says nothing."""
        m = _CAPS_BEFORE_HYPHEN.search(self.text, max(0, pos - 20), pos)
        if not m:
            return False
        first = m.group(1)
        return len(first) >= 4 and " " not in self._say_letters_or_word(first, m.start(1))

    def _lone_caps(self, pos: int, length: int) -> bool:
        """Is the capitals token at ``pos`` alone, with no capitals word right before or after
        it ("Support TO with", not "our HOW TO guide")?"""
        before = self.text[max(0, pos - 30) : pos].replace("-", " ").split()
        after = self.text[pos + length : pos + length + 30].replace("-", " ").split()
        def caps(w: str) -> bool:
            # a capitals word joined by a hyphen, plural or not ("TO-DOs"), is a neighbour too
            w = w.strip(".,;:!?\"'()-")
            w = w[:-1] if w.endswith("s") and w[:-1].isupper() else w
            return len(w) >= 2 and w.isupper()
        if not before and not after:
            return False  # a line of its own ("AS" in a code listing): nothing says a name
        return not (before and caps(before[-1])) and not (after and caps(after[0]))

    def _say_letters_or_word(self, word: str, pos: int) -> str:
        """An all-capitals token: a known word, a headline word, or letters spelled out; a
        token the rules would spell is the word where the article writes it in title case
        (see _written_as_word), or where it is one of a list of names read as words (see
        _word_among_words)."""
        said = self._letters_or_word(word, pos)
        if " " in said and self.english and 2 <= len(word) <= 4 and self._speaker_name(word, pos):
            return word.capitalize()
        if " " in said and self.english and 2 <= len(word) <= 3:
            joined = self._split_word(word, pos)
            if joined is not None:
                return joined
        if " " in said and self.english and len(word) >= 2 and (
                self._written_as_word(word, pos) or self._word_among_words(word, pos)):
            return word.capitalize()
        return said

    def _speaker_name(self, word: str, pos: int) -> bool:
        """Is a short capitals token a name in a transcript's speaker label ("KYI: People
        criticize me", "SUU KYI: We will")? A radio or TV transcript sets each speaker's
        surname in capitals before a colon at a paragraph's start; such a name that can be
        said ("KYI", "SUU", "LEE") and that the word list does not know as an initialism
        (Zipf under 3: "cia" is 4.2) is the name, not letters. Only where a word follows and
        the paragraph has two such lines at least (a transcript) or the article writes the
        name in title case ("Aung San Suu Kyi"); not a price list's "EOR: $599".
        Initialisms kept spelled ("FBI:", no English onset; "US:") stay letters, and
        "Q:"/"A:" are one letter. The label's place is checked first: the word-list checks may
        read wordfreq's large list (0.1 s, once), which most capitals tokens never need."""
        if word in ALWAYS_SPELLED:
            return False
        line_start = self.text.rfind("\n", 0, pos) + 1
        if pos - line_start > 50:
            return False
        label = _SPEAKER_LABEL.match(self.text, line_start)
        if label is None or pos >= label.end():
            return False
        if not self._pronounceable_onset(word) or not _pronounceable(word, 1) or (
                _zipf_down_to_3(word.lower())):
            return False
        labels = _SPEAKER_LINE.finditer(self.text)
        if next(labels, None) is not None and next(labels, None) is not None:
            return True
        title = word.capitalize()
        return any(v == title or v.endswith(" " + title) or v.startswith(title + " ")
                   for v in self._vocabulary() if v[:1].isupper())

    def _split_word(self, word: str, pos: int) -> str | None:
        """Is a short capitals token one half of a word written in two ("SCI FI Weekly", "WI
        FI"), which English knows whole ("scifi", "wifi") and neither half is an initialism
        kept spelled? The first half says the word, hyphened ("sci-fi"); the second nothing.
        Else None."""
        after = _CAPS_NEIGHBOUR_AFTER.match(self.text, pos + len(word))
        if after and after.group()[:1] == " " and _split_halves(word, after.group(1)):
            return f"{word.lower()}-{after.group(1).lower()}"
        before = _CAPS_NEIGHBOUR_BEFORE.search(self.text, max(0, pos - 8), pos)
        if before and before.group()[-1:] == " " and _split_halves(before.group(1), word):
            return ""
        return None

    def _pronoun_initialism(self, word: str, pos: int) -> bool:
        """Is a capitals pronoun ("HE") an initialism here (higher education, "the HE
        sector", "funding for HE")? Outside a shouted line, after an article or a preposition
        no pronoun follows, or among a reference entry's author initials ("Schröder HE.")."""
        if self._shouting(pos) or self._in_caps_run(pos):
            return False
        prev = re.search(r"([A-Za-z]+)[ \t]+\Z", self.text[max(0, pos - 20) : pos])
        if prev and prev.group(1) in _BEFORE_INITIALISM:
            return True
        return self.in_reference_authors(pos, pos + len(word))

    def _word_among_words(self, word: str, pos: int) -> bool:
        """Is a pronounceable capitals token that no word list knows ("JUA", "ODRE") one of a
        list of names in capitals ("ATLA, LORE, COQODAQ, JUA and ODRE") of which two others
        are read as words by their own shape ("LORE", "COQODAQ")? Such a list is of names set
        in capitals, which are words; known acronyms said as words ("NASA, NATO") are no such
        evidence, and a token wordfreq knows ("EPA", "UFO") or that cannot be said stays
        letters ("FBI, CIA and NSA")."""
        # the onset first: it fails fast where _pronounceable would read the large word list
        if (len(word) < 3 or word in ALWAYS_SPELLED or not self._pronounceable_onset(word)
                or not _pronounceable(word, 1) or _zipf_down_to_3(word.lower())):
            return False
        line_start = self.text.rfind("\n", 0, pos) + 1
        line_end = self.text.find("\n", pos)
        for run in _CAPS_LIST.finditer(self.text, line_start,
                                       line_end if line_end >= 0 else len(self.text)):
            if run.start() <= pos < run.end():
                siblings = [t for t in _CAPS_TOKEN.finditer(run.group()) if t.group() != word]
                words = sum(1 for t in siblings if t.group() not in SAY_AS_WORD and " " not in
                            self._letters_or_word(t.group(), run.start() + t.start()))
                return words >= 2
        return False

    @staticmethod
    def _pronounceable_onset(word: str) -> bool:
        """Does a capitals token open as an English word does (a vowel, one consonant, or an
        usual cluster before the first vowel: "JUA", "ODRE", not "NSA")?"""
        lead = 0
        while lead < len(word) and word[lead] not in "AEIOU":
            lead += 1
        return lead < 2 or word[:lead] in _ONSETS

    def _written_as_word(self, word: str, pos: int) -> bool:
        """Does the article write this capitals token as a word in title case elsewhere ("Hyer
        Goods" beside "HYER GOODS is", "Oxo Brew" beside "OXO BREW 9-Cup")? Then the capitals
        are a brand's or a heading's styling, not an initialism. A token of four letters or
        more needs only its title-case form; a shorter one needs its neighbour in capitals
        written beside it in title case too ("Santa Fe" for "SANTA FE"), since a short
        title-case word is often another word ("It", "Us") or a name ("Ai Weiwei", "Jane Doe")
        while the capitals are an initialism ("AI", "the DOE"). Initialisms kept spelled
        everywhere and those the article defines stay letters."""
        if word in ALWAYS_SPELLED or word in SAY_AS_WORD or not word.isascii():
            return False
        vocabulary = self._vocabulary()
        if initialism_mark(word) in vocabulary:
            return False
        title = word.capitalize()
        if len(word) >= 4 and title in vocabulary:
            return True
        before = _CAPS_NEIGHBOUR_BEFORE.search(self.text, max(0, pos - 32), pos)
        if before and f"{before.group(1).capitalize()} {title}" in vocabulary:
            return True
        code = _HYPHEN_NUMBER_AFTER.match(self.text, pos + len(word))
        if code and f"{title}-{code.group(1)}" in vocabulary:
            return True  # "COX-2 inhibitors" beside "Cox-2": the same name, said as a word
        after = _CAPS_NEIGHBOUR_AFTER.match(self.text, pos + len(word))
        return bool(after) and f"{title} {after.group(1).capitalize()}" in vocabulary

    def _place_name_part(self, word: str, pos: int) -> bool:
        """Is a two-letter token with a vowel part of a dateline's place name, joined by a
        space to another word of it ("SANTA FE, N.M. —", "EL PASO, Texas —")? A place's name
        is words, so it is read as one ("Fe"); a code after a comma ("NEW YORK, NY") or with
        no vowel stays letters. (A short dateline is a full headline and was read so already;
        in a long paragraph the token was spelled.)"""
        if len(word) != 2 or not any(c in "AEIOU" for c in word):
            return False
        line_start = self.text.rfind("\n", 0, pos) + 1
        dateline = _DATELINE.match(self.text, line_start)
        if not dateline or pos >= dateline.end(1):
            return False
        before = _CAPS_NEIGHBOUR_BEFORE.search(self.text, max(line_start, pos - 32), pos)
        after = _CAPS_NEIGHBOUR_AFTER.match(self.text, pos + len(word), dateline.end(1))
        return any(m and len(m.group(1)) >= 3 and m.group()[:1] != "-" and m.group()[-1:] != "-"
                   for m in (before, after))

    def _paired_initialism(self, word: str, pos: int) -> bool:
        """Is a capitals token that is also an English word ("SAT", "ACT") an initialism, by
        its company: the object of a verb only tests take, ending its phrase ("passed your
        SAT?", "took the ACT exam"); slashed or joined by "and"/"or" to another capitals
        token ("SAT/ACT", "SAT and ACT programs", "the GRE or SAT") or before a noun only a
        test takes ("SAT scores", "ACT prep")? Words set in capitals for emphasis are rarely
        paired so; very common ones ("YES/NO", "AND/OR") and longer ones stay words, as do a
        headline's."""
        if not 3 <= len(word) <= 4 or _zipf(word.lower()) > 5.35:
            return False
        end = pos + len(word)
        if _SCORE_NOUN_NEXT.match(self.text, end):
            return True
        if len(word) == 3 and word not in _THE_EMPHASIS and _THE_BEFORE.search(
                self.text, max(0, pos - 5), pos) and (
                _PHRASE_END.match(self.text, end) or _PHRASE_GOES_ON.match(self.text, end)
                or _CLAUSE_VERB_NEXT.match(self.text, end)):
            # "no deaths in the ACT.", "the ACT and Tasmania": a noun phrase "the" + a word in
            # capitals closes is a place's or a body's initials; the tune half and the outside
            # pages hold five such "the ACT" (the Australian Capital Territory) and no word
            # stressed so (a stressed "the BEST for privacy" is an adjective of four letters)
            return True
        if len(word) == 3 and _TEST_VERB_BEFORE.search(self.text, max(0, pos - 40), pos) and (
                _PHRASE_END.match(self.text, end) or _TEST_NOUN_NEXT.match(self.text, end)
                or _PHRASE_GOES_ON.match(self.text, end)):
            return True  # "passed your SAT?", "took the ACT exam"
        after = _CAPS_PARTNER_AFTER.match(self.text, end)
        before = _CAPS_PARTNER_BEFORE.search(self.text, max(0, pos - 12), pos)
        for partner, slash in ((after, after and after.group(1) == "/"),
                               (before, before and before.group(2) == "/")):
            if not partner:
                continue
            other = partner.group(2) if partner is after else partner.group(1)
            if _zipf(other.lower()) > 5.35:
                continue
            if slash or not _emphasis_word(other):
                return True  # "SAT/ACT", "the GRE or SAT"
            tail = end if partner is before else partner.end()
            if _SCORE_NOUN_NEXT.match(self.text, tail) or _TEST_NOUN_NEXT.match(self.text, tail):
                return True  # "SAT and ACT programs"
        return False

    def _standalone(self, word: str, pos: int) -> bool:
        """Is the capitals token at ``pos`` a word of its own, not a part of a model code
        ("SC5BLAD", "SC2KBLAD": glued to a digit or a letter, or read as a piece of a longer
        token)?"""
        return self.text.startswith(word, pos) and not self.text[pos - 1 : pos].isalnum()

    def _code_prefixed(self, word: str) -> bool:
        """Does a capitals token open with a state's or a country's code glued to more letters
        that cannot open an English word ("NYLTA": N Y, then "LT"; after "NY", "NJ" or "DC",
        which have no vowel, any consonant), and is it no word wordfreq knows ("NYLON")? Its
        vowels made it look pronounceable, but it is an initialism."""
        if word[:2] not in _PLACE_CODE_PREFIXES or _zipf_down_to_3(word.lower()):
            return False
        rest = word[2:]
        lead = len(rest) - len(rest.lstrip("BCDFGHJKLMNPQRSTVWXZ"))
        if lead and word[:2] in ("NY", "NJ", "DC"):
            return True  # no vowel of its own: "NYSLA" is no "nys-la"
        return lead >= 2 and rest[:lead] not in _ONSETS

    def _vs_letters(self, pos: int) -> bool:
        """Is "VS" a name's letters ("I use VS Code", "VS Studio"), not "versus"? Versus stands
        between two sides; with no side before it (a lower-case word, or nothing) and a
        capitalized word after it, it opens a name ("Lakers VS Celtics", "cats VS dogs" stay
        versus)."""
        if not re.match(r"VS[ \t]+[A-Z][a-z]", self.text[pos : pos + 6]):
            return False
        before = self.text[max(0, pos - 30) : pos].split()
        prev = before[-1].strip("\"'“‘(") if before else ""
        return not prev or not (prev[0].isupper() or prev[0].isdigit())

    def _call_sign(self, word: str, pos: int) -> bool:
        """Is a capitals token a broadcast station's call letters ("CNN affiliate WUSA",
        "KIRO-TV", "radio station CKNW")? A US call sign is K or W and two or three letters, a
        Canadian one C and three; stations say them letter by letter, but read by shape "WUSA"
        was the word "Wusa". Only where the text marks a station: a band suffix after it
        ("-TV", "-FM") or a station noun before it; a headline's capitals are left alone."""
        if not _CALL_SIGN.fullmatch(word):
            return False
        if _CALL_SUFFIX.match(self.text, pos + len(word)):
            return True
        if self._shouting(pos) or self._in_caps_run(pos):
            return False
        prev = _PREV_WORD.search(self.text, max(0, pos - 30), pos)
        return prev is not None and prev.group(1).lower() in _STATION_NOUNS

    def _spelled_hyphen_partner(self, pos: int, size: int) -> bool:
        """Is the two-letter capitals token at ``pos`` hyphened to an initialism that is spelled
        ("EV-DO", "US-EU", "AM-FM")? A compound of capitals is one kind of thing: beside
        letters, a part that is also a word ("DO", "US") is letters too ("E V D O", not "E V-
        do"). A partner that is itself a word ("NO-GO", "GO-AHEAD") or one letter ("X-ON")
        leaves it a word."""
        text = self.text
        before = _HYPHEN_PARTNER_BEFORE.search(text, max(0, pos - 7), pos)
        after = _HYPHEN_PARTNER_AFTER.match(text, pos + size)
        for part in (before, after):
            if part is None:
                continue
            partner = part.group(1)
            ppos = part.start(1)
            if _emphasis_word(partner) or partner in SAY_AS_WORD:
                continue
            if " " in self._letters_or_word(partner, ppos).strip():
                return True
        return False

    def _letters_or_word(self, word: str, pos: int) -> str:
        """An all-capitals token: a known word, a headline word, or letters spelled out."""
        if not word.isupper() or not word.isalpha():
            return word
        if word == "VS" and self._vs_letters(pos):
            return spell(word)
        if self._call_sign(word, pos):
            return spell(word)
        if word in SAY_AS_WORD:
            return SAY_AS_WORD[word]
        if len(word) == 1:
            return word
        if (len(word) <= 3 and initialism_mark(word) in self._vocabulary()
                and not (self._shouting(pos) or self._in_caps_run(pos))):
            # "binge eating disorder (BED)": the article defines it as letters, so "treat BED
            # early" spells it, common word or not; a headline's capitals stay words there
            return spell(word)
        if (len(word) >= 5 and word[1] not in "AEIOUY" and (word[0] == "X" or (
                word[0] not in "AEIOU" and not _emphasis_word(word)
                and not _pronounceable(word, 1, known_onset=False)))
                and (_emphasis_word(word[1:]) or _acronym_word(word[1:], wider=False))
                and not (word[0] != "X" and _zipf_down_to_3(word.lower()))):
            # "XMARK", "GSYNC", "KPOP": a letter, then a word; not a word English writes
            # (Zipf 3 and up) whose onset the list lacks ("GHANA", "KNEEL")
            return word[0] + " " + word[1:].capitalize()
        if len(word) >= 5 and word.endswith("TM") and self._readable_caps(word[:-2]):
            # a trademark sign flattened into the word by the source ("A-PLUSTM", "NIKETM")
            return self._say_letters_or_word(word[:-2], pos)
        if word == "WHO" and self.english and self._who_run_in(pos):
            return "Who"  # "WHO SAYS all comedians are sad?": a run-in's opening pronoun
        if word in ALWAYS_SPELLED:
            if self.english and self._shouting(pos) and (
                    self._question_word(word, pos) or self._headline_pronoun(word, pos)):
                return word.capitalize()  # "WHO IS THE FRONT-RUNNER?", "LIGHT IT WITH ..."
            return spell(word)
        if len(word) == 3 and _CVC.match(word) and self._after_caps_word(pos):
            return word.capitalize()  # "OEKO-TEX": the second half of a word-read compound
        if self.english and self._shouting(pos) and (
                _emphasis_word(word) or word not in self._vocabulary()):
            # a headline in capitals: words, except letters with no vowel to say (RGB, NY);
            # a token that is no English word and that the article's prose writes in
            # capitals ("by SCI.") is read as the prose reads it ("S C I", not "Sci")
            # ... but outside a full headline, a three-letter token only if it is a known word
            # ("ADT - Most Complete", "Full EV (BEV)", "FYI – Take a look" are letters)
            readable = _emphasis_word(word) or (_pronounceable(word, 1) and (
                len(word) > 3 or self._full_headline(pos) or _zipf(word.lower()) >= 4.0
                or self._place_name_part(word, pos)))
            return word.capitalize() if readable else spell(word)
        if word in _CAPS_PREFIXES and self.text[pos + len(word) : pos + len(word) + 1] == "-":
            return word.lower()  # "ECO-FRIENDLY", "NON-GMO": a prefix, not letters
        if word in _CAPS_PRONOUN_INITIALISMS and self.english and self._pronoun_initialism(
                word, pos):
            return spell(word)  # "the HE sector": higher education, not the pronoun
        if len(word) >= 4 and re.match(r"-[a-z]", self.text[pos + len(word) : pos + len(word)
                                                                  + 2]) and (
                _zipf_down_to_3(word.lower()) and _pronounceable(word, 1)
                and word not in _LETTER_NAMES):
            # "GLUE-ten", "UNIX-like": an English word in capitals joined to lower case is the
            # word stressed (a pun, emphasis), not an initialism's letters
            return word.capitalize() if word.lower() in _NAME_WORDS else word.lower()
        if word in _NEVER_STRESSED and self._lone_caps(pos, len(word)):
            return spell(word)  # "Support TO with a tip": a name, not the word "to"
        if (len(word) == 2 and self.english and _emphasis_word(word)
                and not (self._shouting(pos) or self._in_caps_run(pos))
                and self._spelled_hyphen_partner(pos, len(word))):
            return spell(word)  # "EV-DO", "UK-US": letters, as the part it is hyphened to
        if _emphasis_word(word):
            if self.english and self._paired_initialism(word, pos):
                return spell(word)  # "SAT and ACT programs", "passed your SAT?"
            return word.lower()
        if self.english and self._in_caps_run(pos) and _inflected_word(word):
            return word.lower()  # "SHOP IN THE BULK BINS!": a rarer word among shouted words
        if len(word) >= 4 and self._code_prefixed(word):
            return spell(word)  # "the NYLTA report": N Y, then an initialism's letters
        if len(word) >= 5 and (_pronounceable(word) or _ONE_SYLLABLE.match(word)) and (
                not _odd_vowels(word)):
            return word.capitalize()
        if len(word) == 4 and (_acronym_word(word, self._standalone(word, pos))
                               or _four_letter_name(word)):
            return word.capitalize()
        return spell(word)
