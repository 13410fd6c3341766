"""Dates and times: clock times, a.m./p.m., race times, numeric dates (US month-first unless the
language says otherwise), ISO dates and written month names.

Part of the speech normalizer (:mod:`narrate.normalize`): the tables for this class of
tokens, and the rule handlers, as a mixin of the normalizer.
"""

from __future__ import annotations

import re

from .spoken import cardinal, digits, ordinal, year

MONTHS = {
    "January": "January", "February": "February", "March": "March", "April": "April",
    "May": "May", "June": "June", "July": "July", "August": "August",
    "September": "September", "October": "October", "November": "November",
    "December": "December",
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June",
    "Jul": "July", "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October",
    "Nov": "November", "Dec": "December",
}


#: A determiner before a day-month date used as a modifier ("a 26 December 2019 ruling",
#: "its 3 May report"): the date is said month first ("a December twenty-sixth, twenty
#: nineteen ruling"), as "a the twenty-sixth of December ruling" is no English.
_DATE_DETERMINER = re.compile(r"(?<![\w'’])(?:[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir"
                              r"|[Oo]ur|[Ww]hose)[ \t]\Z")
#: After "the", a lower-case word after the date makes it a modifier ("the 26 December 2019
#: ruling"), unless the word goes on the sentence ("the 26 December 2019 to ...").
_NOUN_AFTER_DATE = re.compile(r"[ \t]+(?!(?:to|and|or|until|till|through|in|at|on|by|for|from"
                              r"|was|is|were|are|when|with|as|of|the|a|an)\b)[a-z]{3,}")


#: An article ending the output so far (see _agree_article).
_ARTICLE_END = re.compile(r"(?<![\w'’])([Aa]n?)[ \t]*\Z")


_MONTH_BY_NUMBER = [
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]


WEEKDAYS = {
    "Mon": "Monday", "Tue": "Tuesday", "Tues": "Tuesday", "Wed": "Wednesday",
    "Thu": "Thursday", "Thur": "Thursday", "Thurs": "Thursday", "Fri": "Friday",
    "Sat": "Saturday", "Sun": "Sunday",
}


#: Weekday abbreviations written without a period ("Tue – Sat", "Sun & Mon").
_WEEKDAY_ALT = r"(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)"
_MONTH_ALT = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)

#: A month in capitals too ("OCTOBER 13, 2025", "JAN 5"), as headlines and event banners write
#: it: said as the month, never lower-cased into a word ("october thirteen").
_MONTH_ANY = r"(?:" + _MONTH_ALT + r"|" + _MONTH_ALT.upper() + r")"


def _month(name: str) -> str:
    """The month's full name for a written one ("Oct", "OCTOBER", "SEPT")."""
    return MONTHS[name if name in MONTHS else name.title()]


_AMPM = r"(?:[AaPp]\.[Mm]\.?|[AaPp][Mm](?![A-Za-z]))"


_WEEKDAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


#: Words that continue a clock time: "7 p.m. Eastern", "9 a.m. local time", "noon GMT".
_TIME_WORDS = {"Eastern", "Pacific", "Central", "Mountain", "Atlantic", "local", "Local"}


#: After an m:ss time, words that make it a pace or a lap ("11:00 per mile", "8:30/km",
#: "9:30 min/mile", "a 7:45 pace"): minutes and seconds, never a clock time.
_PACE_AFTER = re.compile(r"(?P<min>[ \t]?(?:minutes?|mins?)\b)?(?:[ \t]?/[ \t]?|[ \t]+per[ \t]+"
                         r"|[ \t]+a[ \t]+)(?:mile|mi|km|kilomet(?:er|re)|lap)\b"
                         r"|(?P<noun>[ \t]+(?:pace|splits?|miles?|kilomet(?:er|re)s?|km)\b)")
#: Before an m:ss time: "a pace of 9:30", "pace: 8:15", "average pace 10:05".
_PACE_BEFORE = re.compile(r"\bpace[ \t]*(?:of[ \t]+|:[ \t]*|was[ \t]+|is[ \t]+)?\Z", re.I)
#: A unit of duration or pace after an h:mm (or after a range of them): "(2:00-3:00hrs)",
#: "6:00 min/km". The figure is a length of time, not the time of day ("two o'clock").
#: A noun after "1:16" that makes it a ratio, not a clock time ("a 1:16 ratio", "a 1:10
#: mix", "a 60:40 split", "the 1:12 aspect ratio"), or "ratio of" before it.
_RATIO_NEXT = re.compile(r"[ \t]+(?:aspect[ \t]+)?(?:ratios?|mix|mixture|split|dilution)"
                         r"(?![\w'’-])")
_RATIO_BEFORE = re.compile(r"\b(?:ratios?|mix|mixture|split|dilution)[ \t]+(?:of|is|was|at)"
                           r"[ \t]+(?:about[ \t]+|roughly[ \t]+|a[ \t]+)?\Z")
_DURATION_NEXT = re.compile(r"(?:[ \t]?[-–][ \t]?\d{1,2}:[0-5]\d)?[ \t]?"
                            r"(?:hrs?|hours?|mins?|minutes?|secs?|seconds?)(?![\w'’-])")


#: "hours" right after an hh:00 ("20:00hrs", "08:00 hours"), no range between.
#: A time zone after a clock time ("0:00 PDT", "00:30 UTC", "24:00 GMT"): a time of day.
_ZONE_NEXT = re.compile(r"[ \t]?\(?(?:GMT|UTC|Zulu|[ECMPA][SD]?T|AK[SD]T|HST|BST|CES?T|EES?T"
                        r"|WES?T|IST|JST|KST|HKT|SGT|MSK|AE[SD]T|NZ[SD]T)(?![\w'’-])")
#: Words after "00:30" that make it a game clock or a countdown ("with 00:30 left").
_CLOCK_LEFT_NEXT = re.compile(r"[ \t]+(?:left|remaining|to[ \t]+(?:go|play)|mark|on[ \t]+the)\b")
_HOURS_NEXT = re.compile(r"[ \t]?(?:hrs|hours|Hrs|HRS)(?![\w'’-])")
#: The first time of a range right before the second ("2:30-" in "2:30-3:20hrs").
_RANGE_BEFORE = re.compile(r"\d:[0-5]\d[ \t]?[-–][ \t]?\Z|\d:[0-5]\d[ \t]+to[ \t]+\Z")
#: Words before a time of day ("at 10:00 hrs", "around 11:00 hours").
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|until|till|around|from|since|before|after)[ \t]+\Z")


_DAY_NUMBER = re.compile(r"\d{1,2}")


def _days_joined(written: str) -> str:
    """', 6 and 7', ' or 13': days coordinated after a date's first day, said as ordinals
    with their commas and conjunction ("June fifth, sixth and seventh"); a second day read as
    a count ("February sixteenth and seventeen") was heard as a number of something."""
    return _DAY_NUMBER.sub(lambda d: ordinal(int(d.group(0))) if 1 <= int(d.group(0)) <= 31
                           else cardinal(int(d.group(0))),
                           _DAY_SUFFIX.sub("", written)).replace("&", "and")


_DAY_SUFFIX = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")


class DatesRules:
    """Rule handlers for dates (mixed into the normalizer, which provides ``text``,
    ``keep_and``, ``day_first`` and the shared helpers)."""

    text: str
    keep_and: bool
    day_first: bool
    english: bool

    def _ampm(self, raw: str | None, end: int) -> str:
        if not raw:
            return ""
        spoken = " A-M" if raw[0] in "Aa" else " P M"
        if raw.endswith(".") and self._ends_sentence(end, "ampm"):
            spoken += "."
        return spoken

    def _h_clock24(self, m: re.Match[str]) -> str:
        """'0100 GMT', '2300 hours': a military or 24-hour time said as one, in two halves
        ("oh one hundred", "twenty-three hundred", "eighteen thirty"), not digit by digit or
        as a count of thousands."""
        hhmm = m.group("c24") or m.group("c24h")
        hh, mm = int(hhmm[:2]), int(hhmm[2:])
        hour = "zero" if hh == 0 else f"oh {cardinal(hh)}" if hhmm[0] == "0" else cardinal(hh)
        minute = "hundred" if mm == 0 else f"oh {cardinal(mm)}" if mm < 10 else cardinal(mm)
        return f" {hour} {minute} "

    def _h_time(self, m: re.Match[str]) -> str:
        if m.group("t_hrs") or m.group("t_mins"):
            return self._length_time(m)
        return self._time_said(m, m.end())

    def _length_time(self, m: re.Match[str]) -> str:
        """'1:30 hrs', '11:00 hrs', '1:00 mins': a unit after an h:mm or m:ss. A 24-hour clock
        time before "hours" (past twelve, a leading zero, or after "at"/"from"/"until") is
        said as one ("eleven hundred hours", "twenty-two thirty hours"); otherwise it is a
        length, "one hour thirty minutes" (not "one thirty hours"), "one minute" (not "one
        minutes"). The second of a range ("2:30-3:20hrs") keeps the first's shape: "two
        thirty to three twenty hours"."""
        hrs = bool(m.group("t_hrs"))
        end = m.start("t_hrs" if hrs else "t_mins")
        big, small = int(m.group("t_h")), int(m.group("t_m"))
        ranged = _RANGE_BEFORE.search(self.text, max(0, m.start() - 9), m.start())
        if ranged or (hrs and self._military_hours(m.group("t_h"), m.start(), end)):
            return self._time_said(m, end).rstrip() + (" hours " if hrs else " minutes ")
        names = (("hour", "hours"), ("minute", "minutes")) if hrs else (
            ("minute", "minutes"), ("second", "seconds"))
        said = [f"{cardinal(n)} {sg if n == 1 else pl}"
                for n, (sg, pl) in zip((big, small), names, strict=True) if n]
        return " " + (" ".join(said) if said else f"zero {names[0][1]}") + " "

    def _time_said(self, m: re.Match[str], end: int) -> str:
        """An h:mm time of day, a pace or a length ending at ``end`` (before any unit)."""
        h, mm = int(m.group("t_h")), int(m.group("t_m"))
        ap = m.group("t_ap")
        if not ap and (_RATIO_NEXT.match(self.text, end) or _RATIO_BEFORE.search(
                self.text, max(0, m.start() - 40), m.start())):
            return f" {cardinal(h)} to {cardinal(mm)} "  # "a 1:16 ratio": one to sixteen
        hw = cardinal(h) if h else "zero"
        midnight = self._midnight_hour(m, h, mm, ap, end)
        if midnight is not None:
            return midnight
        if m.group("t_f") or h > 23:
            return " " + self._minutes_seconds(hw, mm, m.group("t_f")) + " "
        pace = None if ap or mm else self._pace(m.start(), end)
        if pace is not None:
            pace = " minute" if pace == " minutes" and h == 1 else pace
            return f" {hw}{pace} "  # "11:00 per mile": eleven minutes
        if mm == 0:
            duration = not ap and _DURATION_NEXT.match(self.text, end) is not None
            if duration and self._military_hours(m.group("t_h"), m.start(), end):
                # "08:00 hours": "oh eight hundred hours", the way the 24-hour clock is said
                spoken = ("oh " if m.group("t_h")[0] == "0" and h else "") + f"{hw} hundred"
            else:
                spoken = hw if ap or duration else (
                    f"{hw} o'clock" if 0 < h <= 12 else f"{hw} hundred")
        elif mm < 10:
            spoken = f"{hw} oh {cardinal(mm)}"
        else:
            spoken = f"{hw} {cardinal(mm)}"
        return " " + spoken + self._ampm(ap, end) + " "

    def _midnight_hour(self, m: re.Match[str], h: int, mm: int, ap: str | None,
                       end: int) -> str | None:
        """'0:00 PDT', '00:00 GMT', '00:30', '24:00 UTC': the hour after midnight on a 24-hour
        clock, said as people say it ("midnight", "twelve thirty A-M"), or None. "zero
        hundred" sounded like a code and "twenty-four minutes" like a length. Only where it is
        a time of day: a zone follows, or the hour is written "00" and no game clock's "left"
        comes after ("0:30 of the second period" is a game clock: left as it is)."""
        if ap or m.group("t_f") or not (h == 0 or (h == 24 and mm == 0)):
            return None
        zone = _ZONE_NEXT.match(self.text, end) is not None
        if not (zone or (m.group("t_h") == "00" and not _CLOCK_LEFT_NEXT.match(self.text, end))):
            return None
        if mm == 0:
            return " midnight "
        said = f"oh {cardinal(mm)}" if mm < 10 else cardinal(mm)
        return f" twelve {said} A-M "

    @staticmethod
    def _minutes_seconds(minutes: str, seconds: int, fraction: str | None) -> str:
        """'57:31', '25:01', '3:43.13', '90:00': a length in minutes and seconds (no clock has
        an hour past 23, and a fraction of a second follows only a length), said the way a
        commentator reads a race or a game clock: "fifty-seven thirty-one", "twenty-five oh
        one", "three forty-three point one three", "ninety minutes". Was: "fifty-seven to
        thirty-one" (a ratio), and "3:43.13" a clock time with a false stop before "13"."""
        if seconds == 0 and not fraction:
            return f"{minutes} minutes"
        said = f"{minutes} oh {cardinal(seconds)}" if seconds < 10 else (
            f"{minutes} {cardinal(seconds)}")
        if fraction:
            said += " point " + " ".join(cardinal(int(d)) for d in fraction)
        return said

    def _military_hours(self, hour: str, start: int, end: int) -> bool:
        """Is "20:00hrs", "08:00 hours", "at 10:00 hrs" a 24-hour clock time said with
        "hours" ("twenty hundred hours"), not a length of time ("2:00 hrs", "(2:00-3:00hrs)")?
        An hour past twelve, a leading zero, or "at"/"by"/"around" before it make it the
        time of day; only "hours" follows (minutes and seconds are lengths)."""
        if not _HOURS_NEXT.match(self.text, end):
            return False
        if 12 < int(hour) < 24 or (len(hour) == 2 and hour[0] == "0"):
            return True
        return len(hour) == 2 and _CLOCK_BEFORE.search(
            self.text, max(0, start - 12), start) is not None

    def _h_dottime(self, m: re.Match[str]) -> str:
        """'9.30 a.m.', '7.00 p.m.': a dotted 12-hour time said like "9:30 a.m." ("nine thirty
        A-M", "seven P M"), not the decimal "nine point three zero"."""
        h, mm = int(m.group("dtm_h")), int(m.group("dtm_m"))
        said = cardinal(h) if mm == 0 else f"{cardinal(h)} oh {cardinal(mm)}" if mm < 10 else (
            f"{cardinal(h)} {cardinal(mm)}")
        return " " + said + self._ampm(m.group("dtm_ap"), m.end()) + " "

    def _pace(self, start: int, end: int) -> str | None:
        """The unit word for a whole-minute running pace or lap ("goal of 11:00 per mile", "a
        pace of 10:00", "8:00 miles"), or None for a clock time. A clock time is never given per
        mile, so "eleven o'clock" would be wrong. A pace with seconds is read like a clock ("ten
        forty-five per mile"), as runners say it, so only whole minutes come here: "minutes",
        "minute" before the noun it describes ("eight minute miles"), nothing before the
        source's own "min"."""
        after = _PACE_AFTER.match(self.text, end)
        if after:
            return "" if after.group("min") else " minute" if after.group("noun") else " minutes"
        if _PACE_BEFORE.search(self.text, max(0, start - 24), start):
            return " minutes"
        return None

    def _h_duration(self, m: re.Match[str]) -> str:
        """'2:03:45' (a race time): hours, minutes and seconds."""
        h, mi, se = int(m.group("du_h")), int(m.group("du_m")), int(m.group("du_s"))
        parts = [f"{cardinal(h)} hour{'s' if h != 1 else ''}"] if h else []
        parts.append(f"{cardinal(mi)} minute{'s' if mi != 1 else ''}")
        said = ", ".join(parts) + f" and {cardinal(se)} second{'s' if se != 1 else ''}"
        return " " + said + " "

    def _h_citemonth(self, m: re.Match[str]) -> str:
        """'2020 Mar;395:912-20': the month of a journal reference, written short with no
        period ("Mar" alone is a word to the engine), said in full; "Nov-Dec" is "to"."""
        said = MONTHS[m.group("cmo")]
        if m.group("cmo2"):
            said += " to " + MONTHS[m.group("cmo2")]
        return " " + said

    def _h_timeto(self, m: re.Match[str]) -> str:
        """'10pm-6am': a dash between clock times is "to"."""
        return " to "

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
            parts = [int(x) for x in m.group(0).split("/")]
            if sum(parts) == 100:  # "the 50/30/20 rule": shares of a whole, not a date
                return " " + " ".join(cardinal(x) for x in parts) + " "
            return " " + " slash ".join(cardinal(x) for x in parts) + " "
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

    def _h_ymddate(self, m: re.Match[str]) -> str:
        """'2018.04.05', '2018/04/05': year, month, day."""
        y, mo, d = int(m.group("ymd_y")), int(m.group("ymd_m")), int(m.group("ymd_d"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            parts = re.split(r"[./]", m.group(0))
            return " " + " point ".join(cardinal(int(x)) for x in parts) + " "
        return " " + self._date(mo, d, y) + " "

    def _h_weekdays(self, m: re.Match[str]) -> str:
        """'Tue – Sat', 'Sun & Mon', 'Mon-Fri': two weekday abbreviations side by side."""
        sep = m.group("wd_sep")
        word = "to" if sep in "–—-" or sep == "to" else "or" if sep in ("or", "/") else "and"
        said = f" {WEEKDAYS[m.group('wd_a')]} {word} {WEEKDAYS[m.group('wd_b')]}"
        if m.group(0).endswith(".") and self._ends_sentence(m.end(), "suffix"):
            said += "."
        return said + " "

    def _h_dayslash(self, m: re.Match[str]) -> str:
        """'May/June', 'Nov/Dec': months joined by a slash are alternatives ("May or June",
        the short names said in full; read as written it was "Nov slash Dec"). Three weekdays
        or more ("Mon/Wed/Fri") are a schedule: a list ("Monday, Wednesday, Friday")."""
        parts = m.group("dsl").split("/")
        if m.group("dsl_m"):
            names = [_month(p) for p in parts]
            return " " + ", ".join(names[:-1]) + " or " + names[-1] + " "
        return " " + ", ".join(WEEKDAYS[p] for p in parts) + " "

    def _h_wdaydate(self, m: re.Match[str]) -> str:
        """'Mon, Jan 5', 'THU, OCT 9': a weekday's short name before a date is the weekday;
        the engine said "Mon" as a word and spelled "M O N"."""
        return " " + WEEKDAYS[m.group("wdd").title()]

    def _h_isodate(self, m: re.Match[str]) -> str:
        y, mo, d = int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return " " + " ".join(digits(p) for p in m.group(0).split("-")) + " "
        return " " + self._date(mo, d, y) + " "

    def _h_monthday(self, m: re.Match[str]) -> str:
        month = _month(m.group("md_m"))
        day = int(m.group("md_d"))
        yn = m.group("md_yn")
        if not 1 <= day <= 31:
            tail = f" {cardinal(day)}"
            if yn:
                tail += f", {year(int(yn), self.keep_and)}"
            return f" {month}{tail} "
        out = f" {month} {ordinal(day)}"
        d2 = m.group("md_d2")
        to = "through" if " through " in m.group(0) else "to"  # the range's word as written
        if m.group("md_more"):
            out += _days_joined(m.group("md_more"))  # "February sixteenth and seventeenth"
        if d2 and 1 <= int(d2) <= 31:
            out += f" {to} {ordinal(int(d2))}"
        elif d2:
            out += f" {to} {cardinal(int(d2))}"
        if yn:
            out += f", {year(int(yn), self.keep_and)}"
        if m.group("md_to"):
            out += " to"
        return out + " "

    def _h_monthyear(self, m: re.Match[str]) -> str:
        return f" {_month(m.group('my_m'))} {year(int(m.group('my_y')), self.keep_and)} "

    def _agree_article(self, word: str) -> None:
        """Make an article already said agree with the word now said after it: "an 8 March
        order" becomes "a March eighth order", "a 1 April memo" "an April first memo"."""
        live: list[int] = getattr(self, "_live", [])
        pieces: list[list] = getattr(self, "pieces", [])
        for i in reversed(live[-4:]):
            said = pieces[i][0]
            if not said.strip():
                continue
            art = _ARTICLE_END.search(said)
            if art:
                want = "an" if word[:1] in "AEIOU" else "a"
                lead = art.group(1)[0]
                pieces[i][0] = (said[: art.start(1)] + (want.capitalize() if lead.isupper()
                                                       else want) + said[art.end(1) :])
            return

    def _h_daymonth(self, m: re.Match[str]) -> str:
        day = int(m.group("dm_d"))
        month = _month(m.group("dm_m"))
        yn = m.group("dm_yn")
        first = int(m.group("dm_d1")) if m.group("dm_d1") else None
        listed = _DAY_NUMBER.findall(m.group("dm_list") or "")
        if listed and all(1 <= int(d) <= 31 for d in [*listed, day]):
            # "16 and 17 February": "the sixteenth and seventeenth of February"
            before = self.text[max(0, m.start() - 7) : m.start()]
            article = "" if before.lower().endswith("the ") else "the "
            out = f" {article}{_days_joined(m.group('dm_list') + str(day))} of {month}"
        elif listed:
            out = f" {_days_joined(m.group('dm_list'))}{cardinal(day)} {month}"
        elif first is not None and not 1 <= first < day <= 31:
            out = f" {cardinal(first)} to {cardinal(day)} {month}"  # "a 2-1 March win": a score
        elif not 1 <= day <= 31:
            out = f" {cardinal(day)} {month}"
        else:
            # "16-19 March": a range of days is ordinals, as one day is ("the sixteenth to
            # nineteenth of March"), not counts ("sixteen to nineteen March")
            before = self.text[max(0, m.start() - 7) : m.start()]
            to = "through" if " through " in m.group(0) else "to"
            days = ordinal(day) if first is None else f"{ordinal(first)} {to} {ordinal(day)}"
            if _DATE_DETERMINER.search(before) or (
                    before.lower().endswith("the ") and _NOUN_AFTER_DATE.match(self.text, m.end())):
                out = f" {month} {days}"  # "a 26 December 2019 ruling": a modifier
                self._agree_article(month)
            else:
                article = "" if before.lower().endswith("the ") else "the "
                out = f" {article}{days} of {month}"
        if yn:
            out += f", {year(int(yn), self.keep_and)}"
        if m.group("dm_dot") and self._ends_sentence(m.end(), "suffix") and not yn:
            out += "."
        return out + " "
