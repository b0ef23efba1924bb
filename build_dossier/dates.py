"""Dates: parse calendar expressions and resolve relative ones against a publication date, tense-aware."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import dateparser

from .model import DateValue

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Month names of the pages' other languages, as an English edition's date line may keep them
# ("Publicado em 9 fev 2031", "Publié le 3 mars 2031").
FOREIGN_MONTHS = (
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "fev",
    "abr",
    "mai",
    "dez",
    "enero",
    "febrero",
    "marzo",
    "mayo",
    "junio",
    "julio",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "ene",
    "dic",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "octobre",
    "décembre",
    "févr",
    "avr",
    "juil",
    "déc",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "mär",
    "okt",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "giu",
    "lug",
)
FOREIGN_DATE_RE = (
    rf"\d{{1,2}}\.?\s+(?:de\s+)?(?i:{'|'.join(FOREIGN_MONTHS)})\.?,?\s+(?:de\s+)?\d{{4}}"
)
FULL_DATE_RE = re.compile(
    rf"\b(?:{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{4}}[./]\d{{1,2}}[./]\d{{1,2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|{FOREIGN_DATE_RE})\b"
)
YEAR_FIRST_RE = re.compile(r"(\d{4})[./-](\d{1,2})[./-](\d{1,2})")
DAY_MONTH_RE = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
SEASON_RE = r"spring|summer|autumn|fall|winter"
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None,
}  # fmt: skip

_PARSER = dateparser.date.DateDataParser(
    languages=["en"],
    settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": True},
)
_FOREIGN_PARSER = dateparser.date.DateDataParser(
    languages=["pt", "es", "fr", "de", "it"], settings={"RETURN_TIME_AS_PERIOD": True}
)


HALF_YEAR = timedelta(days=183)

# A day named by its distance from another date in the same sentence ("after the committee
# cleared it the previous day").
NEIGHBOUR_DAYS = {
    "the previous day": -1, "the day before": -1, "a day earlier": -1, "the preceding day": -1,
    "the next day": 1, "the following day": 1, "a day later": 1, "the day after": 1,
}  # fmt: skip


NEIGHBOUR_RE = re.compile(r"(a|one|two|three|four|five|six|seven|\d{1,2}) days? (later|earlier)")


def neighbour_shift(text: str) -> int | None:
    """Days from a date of the same sentence: "the previous day" -1, "two days later" +2."""
    t = " ".join(text.lower().split())
    if t in NEIGHBOUR_DAYS:
        return NEIGHBOUR_DAYS[t]
    m = NEIGHBOUR_RE.fullmatch(t)
    if not m:
        return None
    n = int(m[1]) if m[1].isdigit() else NUMBER_WORDS[m[1]]
    return n if m[2] == "later" else -n


# Each season's months, north and south of the equator; a season whose year the two disagree on,
# or that runs over New Year, is left unresolved rather than guessed.
SEASONS = {
    "spring": ((3, 5), (9, 11)),
    "summer": ((6, 8), (12, 14)),
    "autumn": ((9, 11), (3, 5)),
    "fall": ((9, 11), (3, 5)),
    "winter": ((12, 14), (6, 8)),
}


def season_year(
    name: str, mod: str, year: int | None, published: date, hemisphere: str | None = None
) -> int | None:
    """The year of "last spring", "this summer", "the fall of 2030" in the dossier's hemisphere,
    or, where that is not known, when both hemispheres give the same one; None otherwise."""
    years = set()
    north, south = SEASONS[name]
    for first, last in {"north": [north], "south": [south]}.get(hemisphere or "", [north, south]):
        if year is not None:
            start = year
        else:
            # The occurrences around publication, as (start year, start month index, end index).
            now = published.year * 12 + published.month - 1
            runs = [(y, y * 12 + first - 1, y * 12 + last - 1) for y in range(published.year - 2, published.year + 2)]  # fmt: skip
            if mod == "last":
                start = max(y for y, _, end in runs if end < now)
            elif mod == "next":
                start = min(y for y, begin, _ in runs if begin > now)
            else:  # "this": the one under way, else the one of the publication's year
                start = next((y for y, b, e in runs if b <= now <= e), published.year)
        if last > 12:
            return None  # December to February: two calendar years
        years.add(start)
    return years.pop() if len(years) == 1 else None


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip(".")[:3])


def parse_full_date(text: str) -> date | None:
    """A complete calendar date written out ("Nov. 22, 2016", "9 November 2016", "2016-11-09",
    "2016.11.09", "14 abr 2016"). "09/11/2016" only where one reading is possible ("22/11/2016")."""
    readings = numeric_readings(text)
    if readings is not None:
        return readings[0] if len(readings) == 1 else None
    found = _PARSER.get_date_data(text)
    if not (found and found.date_obj) and re.fullmatch(FOREIGN_DATE_RE, text):
        found = _FOREIGN_PARSER.get_date_data(text)
    if found and found.date_obj and found.period == "day":
        return found.date_obj.date()
    return None


PARTS_OF_YEAR = {"first half": (1, 6), "second half": (7, 12), "first quarter": (1, 3),
                 "second quarter": (4, 6), "third quarter": (7, 9), "fourth quarter": (10, 12),
                 "last quarter": (10, 12)}  # fmt: skip


def part_of_year(words: str | None, year: int, t: str, why: str = "") -> DateValue | None:
    """ "the second half of 2028": July to December 2028, a span of months."""
    found = re.search("|".join(PARTS_OF_YEAR), (words or "").lower())
    if not found:
        return None
    first, last = PARTS_OF_YEAR[found[0]]
    value, end = f"{year}-{first:02d}", f"{year}-{last:02d}"
    return DateValue(
        value,
        "range",
        end,
        t,
        f"'{t}', {found[0]} of {year}{why and ', ' + why} → {value} to {end}",
    )


def numeric_readings(text: str) -> list[date] | None:
    """The dates a date in figures can be: one for "2016.11.09" or "22/11/2016", two for
    "09/11/2016" (9 November or 11 September); None where the text is not in figures."""
    if m := YEAR_FIRST_RE.fullmatch(text):
        y, mo, d = map(int, m.groups())
        return [x] if (x := valid(y, mo, d)) else []
    if m := DAY_MONTH_RE.fullmatch(text):
        a, b, y = map(int, m.groups())
        return list(dict.fromkeys(x for x in (valid(y, b, a), valid(y, a, b)) if x))
    return None


def valid(year: int, month: int, day: int) -> date | None:
    """The date, or None where there is none (29 February outside a leap year, a 13th month)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def precision_rank(d: DateValue) -> int:
    """How specific a date is: a day beats a month beats a week, then a year, a range, a decade."""
    return {"day": 6, "month": 5, "week": 4, "year": 3, "range": 2, "decade": 1}.get(d.precision, 0)


def fmt_day(d: date) -> str:
    return f"{d:%a} {d.isoformat()}"


def _value(d: date, precision: str) -> str:
    return {"day": d.isoformat(), "month": f"{d:%Y-%m}", "year": f"{d:%Y}"}[precision]


def tense_word(tense: str) -> str:
    return {"past": "past tense", "future": "future tense", "present": "present tense"}[tense]


def resolve(
    text: str,
    published: date | None,
    tense: str,
    basis: str = "stated",
    said: str = "",
    hemisphere: str | None = None,
) -> DateValue:
    """Turn the words of a date expression into a DateValue, or an honest "unresolved".

    `tense` is "past", "present" or "future" for the clause the expression modifies; it decides
    which way a weekday or "in April" points from the publication date. `said` names another
    base day instead ("said on Mon 2019-02-04"): "would" counts forward from when it was said.
    `hemisphere` ("north", "south") places the seasons; unknown, a season is resolved only where
    both agree.
    """
    t = " ".join(text.replace("’", "'").split())
    # "as early as Thursday", "no later than June": the bound is the date.
    t = re.sub(
        r"^(?:as early as|as soon as|as late as|no later than|not before) ", "", t, flags=re.I
    )
    low = t.lower().removeprefix("on ").removeprefix("the ")
    low = re.sub(r"^during ", "", re.sub(r"'s?$", "", low))  # "during last year's campaign"
    pub = f"published {fmt_day(published)}" if published else "publication date unknown"
    if basis == "inferred" and published:
        pub = f"published {fmt_day(published)} (inferred)"
    if said and published:
        pub = said

    def ok(d: date, precision: str, why: str) -> DateValue:
        shown = fmt_day(d) if precision == "day" else _value(d, precision)
        return DateValue(_value(d, precision), precision, None, t, f"'{t}', {why} → {shown}")

    def unresolved(why: str) -> DateValue:
        return DateValue(None, "unknown", None, t, f"'{t}': {why}")

    # "Sunday, September 10", "Tuesday, Jan. 5, 2027": the day the date names, when the weekday
    # agrees; a year left open is the one within a year of the tense's choice where it does.
    m = re.fullmatch(rf"(?:on )?({WEEKDAY_RE}),? (.*(?:{MONTH_RE}).*)", t, re.I)
    if m:
        return weekday_and_day(m[1], m[2], published, tense, basis, said, hemisphere)
    # Ranges of years: "1910-45", "from 1910 to 1945", "1910–1945".
    m = re.fullmatch(r"(?:from |between )?(\d{4})\s*(?:-|–|to|and)\s*(\d{2,4})", low)
    if m:
        start, end = int(m[1]), int(m[2])
        if end < 100:
            end = start // 100 * 100 + end
        if end > start:
            return DateValue(
                str(start), "range", str(end), t, f"'{t}', a range of years → {start}–{end}"
            )
    # Ranges of days or months: "from Oct. 15 to Nov. 14", "between July 1 and July 9",
    # "December 2027 to February 2028": each end read on its own, both as precise as each other.
    m = re.fullmatch(
        r"(?:(?:from )?(.+?) (?:to|until|through|-|–)|between (.+?) and) (.+)", t, re.I
    )
    if m and re.search(MONTH_RE, t, re.I):
        first = resolve(m[1] or m[2], published, tense, basis, said, hemisphere)
        last = resolve(m[3], published, tense, basis, said, hemisphere)
        if (
            first.precision == last.precision == "month"
            and first.value > last.value
            and not re.search(r"\d{4}", t)
        ):
            # "between September and February", both past, published in October: the September
            # before that February
            y, mo = map(int, first.value.split("-"))
            first = replace(
                first, value=f"{y - 1}-{mo:02d}", derivation=first.derivation + ", the year before"
            )
        if first.precision == last.precision and first.precision in ("day", "month"):
            if first.value < last.value:
                why = f"'{t}', a span: {first.derivation}; {last.derivation}"
                return DateValue(first.value, "range", last.value, t, why)
            return unresolved("a span whose end does not come after its start; left unresolved")
    # A bare year, possibly qualified: "2012", "early 2011", "in 2013", "the end of 2014".
    m = re.fullmatch(r"(?:in |by |since |during |until |from )?(?:(early|late|mid|mid-|(?:the )?(?:end|start|beginning|middle|first half|second half|(?:first|second|third|fourth|last) quarter) of) ?)?(\d{4})", low)  # fmt: skip
    if m:
        if part := part_of_year(m[1], int(m[2]), t):
            return part
        qual = f", '{m[1]}' kept as a note" if m[1] else ""
        return DateValue(m[2], "year", None, t, f"'{t}', a year{qual} → {m[2]}")
    # A decade: "the 1990s", "in the early 2000s".
    m = re.fullmatch(
        r"(?:in |during |since |by )?(?:the )?(?:(?:early|late|mid-?) ?)?(\d{3})0s", low
    )
    if m:
        start = int(m[1]) * 10
        return DateValue(str(start), "decade", str(start + 9), t,
                         f"'{t}', a decade → {start}–{start + 9}")  # fmt: skip
    # Month and year: "December 2014", "Dec. 2014".
    m = re.fullmatch(
        rf"(?:in |since |by |from |(?:early|late|mid-?) )?({MONTH_RE}),? (\d{{4}})", t, re.I
    )
    if m:
        mo = month_number(m[1])
        if mo:
            v = f"{int(m[2]):04d}-{mo:02d}"
            return DateValue(v, "month", None, t, f"'{t}', a month → {v}")
    # A full date.
    if re.search(r"\d{4}", low):
        d = parse_full_date(t)
        if (d and re.search(MONTH_RE, t, re.I)) or re.fullmatch(r"\d{4}-\d{2}-\d{2}", low):
            d = d or date.fromisoformat(low)
            return ok(d, "day", "a full date")
    # "the fall of 2030", "spring 2029": the year, when the season lies within it either side of
    # the equator.
    m = re.fullmatch(rf"(?:(?:in|by|from|until|during) )?(?:(?:early|late|mid-) ?)?(?:the )?({SEASON_RE})(?: of)? (\d{{4}})", low)  # fmt: skip
    if m and published is not None:
        year = season_year(m[1], "", int(m[2]), published, hemisphere)
        if year is None:
            return unresolved("a season that runs over New Year: which year is meant is unclear")
        return DateValue(str(year), "year", None, t, f"'{t}', a season of that year → {year}")
    if published is None:
        return unresolved(f"relative to a {pub}, so the dossier does not guess it")
    # "last spring", "this summer", "next fall", "in the spring": the season's year.
    m = re.fullmatch(rf"(?:(?:in|by|from|until|during|over) )?(?:(?:early|late|mid-) ?)?(?:(last|this|next|the) )?({SEASON_RE})", low)  # fmt: skip
    if m:
        mod = m[1] if m[1] in ("last", "this", "next") else {"past": "last", "future": "next"}.get(tense, "this")  # fmt: skip
        year = season_year(m[2], mod, None, published, hemisphere)
        if year is None:
            return unresolved(
                f"'{mod} {m[2]}' runs over New Year, or falls in different years north and south "
                "of the equator, and the dossier names no country that settles it; left "
                "unresolved rather than guessed"
            )
        where = f"the {hemisphere}ern hemisphere" if hemisphere else "either side of the equator"
        reading = "" if m[1] == mod else f"read as '{mod} {m[2]}', "
        return ok(date(year, 1, 1), "year", f"{reading}{pub}, {where}")
    # Weekends, like weeks: "last weekend", "this weekend", "next weekend".
    m = re.fullmatch(r"(?:over |during )?(last|this|next|the) weekend", low)
    if m:
        sunday = published + timedelta(days=6 - published.weekday())
        if m[1] == "last" or (m[1] == "the" and tense == "past"):
            sunday -= timedelta(days=7)
        elif m[1] == "next":
            sunday += timedelta(days=7)
        why = f"'{t}', {pub} → the weekend {sunday - timedelta(days=1)} to {sunday}; no single day"
        return DateValue(None, "week", sunday.isoformat(), t, why)
    # A month (and day) of the year before or after: "1 July next year", "in March last year".
    m = re.fullmatch(
        rf"(?:(?:from|on|by|until|in|before) )?(?:(?:the )?(?:end|start|beginning|middle) of )?(?:(\d{{1,2}}) )?({MONTH_RE})(?: (\d{{1,2}}))?,? (last|next|this) year",
        t,
        re.I,
    )  # fmt: skip
    if m and month_number(m[2]):
        year = published.year + {"last": -1, "next": 1}.get(m[4].lower(), 0)
        day = m[1] or m[3]
        try:
            d = date(year, month_number(m[2]), int(day or 1))
        except ValueError:
            return unresolved("not a calendar date")
        return ok(d, "day" if day else "month", f"'{m[4].lower()} year', {pub}")
    # Month and day without a year: "Nov. 30", "June 27", "1 July", "from January 1".
    m = re.fullmatch(
        rf"(?:from |on |by |until )?(?:({MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTH_RE}))",
        t,
        re.I,
    )
    if m and month_number(m[1] or m[4]):
        mo, day = month_number(m[1] or m[4]), int(m[2] or m[3])
        year = published.year
        try:
            d = date(year, mo, day)
        except ValueError:
            return unresolved("not a calendar date")
        # A past event dated later in the year than publication belongs to the year before; but a
        # news story names a day that far back with its year, so a year-less one more than half a
        # year back is more likely a plan ahead ("a final vote scheduled for Nov. 12").
        if tense == "past" and d > published:
            d = date(year - 1, mo, day)
            if published - d > HALF_YEAR:
                return unresolved(
                    "a month and day without a year that would lie more than half a year before "
                    f"publication ({pub}); left unresolved rather than guessed a year back"
                )
        if tense == "future" and d < published - timedelta(days=3):
            d = date(year + 1, mo, day)
        if tense == "present" and published - d > HALF_YEAR:
            # "The start date is March 1" in a September story: this year's is long past, and
            # the text does not say the next one is meant
            return unresolved(
                "a month and day without a year, in the present tense, that would lie more than "
                f"half a year before publication ({pub}); left unresolved rather than guessed"
            )
        return ok(d, "day", f"month and day, {tense_word(tense)}, {pub}")
    # "last June", "next April", "this March": counted from the publication month.
    m = re.fullmatch(rf"(last|next|this|(?:earlier|later) this) ({MONTH_RE})", t, re.I)
    if m and month_number(m[2]):
        mo, mod = month_number(m[2]), m[1].lower()
        year = published.year
        if mod == "last" and mo >= published.month:
            year -= 1
        if mod == "next" and mo <= published.month:
            year += 1
        return ok(date(year, mo, 1), "month", f"'{mod}' {m[2]}, {pub}")
    # A month alone: "in April".
    m = re.fullmatch(rf"(?:(?:in|since|by|from|until|before|after|during|through|at) )?(?:(?:early|late|mid-) ?|(?:the )?(?:end|start|beginning|middle) of )?({MONTH_RE})", t, re.I)  # fmt: skip
    if m and m[1] != "may":  # lower-case "may" is the modal verb
        mo = month_number(m[1])
        year = published.year
        if tense == "past" and mo > published.month:
            year -= 1
        if tense == "future" and mo < published.month:
            year += 1
        d = date(year, mo, 1)
        return ok(d, "month", f"a month, {tense_word(tense)}, {pub}")
    # Weekdays: "Tuesday", "on Wednesday", "this Friday", "last Monday", "next Tuesday".
    m = re.fullmatch(rf"(?:(?:by|from|until) )?(?:(this|last|next|on|early|late) )?({WEEKDAY_RE})(?: (?:morning|afternoon|evening|night))?(?:'s)?", t, re.I)  # fmt: skip
    if m:
        wd = WEEKDAYS.index(m[2].lower())
        mod = (m[1] or "").lower()
        delta = (wd - published.weekday()) % 7
        # "last Thursday" on a Friday is not yesterday, nor "next Thursday" on a Wednesday
        # tomorrow: the writer would have said so. Both are a week further.
        if mod == "next":
            d = published + timedelta(days=delta if delta > 1 else delta + 7)
            why = "'next', forward" + (", not tomorrow" if delta == 1 else "")
        elif mod == "last":
            back = (published.weekday() - wd) % 7
            d = published - timedelta(days=back if back > 1 else back + 7)
            why = "'last', back" + (", not yesterday" if back == 1 else "")
        elif mod == "this":
            # The day of the publication's own week, whatever the tense ("had been pencilled in
            # for this Thursday" on a Wednesday is tomorrow); forward only if that day has passed
            # and the clause looks ahead.
            d = published + timedelta(days=wd - published.weekday())
            why = "'this', the week of publication"
            if tense == "future" and d < published:
                d += timedelta(days=7)
                why = "'this', future tense, the coming one"
        elif tense == "future":
            d = published + timedelta(days=delta)
            why = tense_word("future")
        else:
            d = published - timedelta(days=(published.weekday() - wd) % 7)
            why = tense_word(tense)
        return ok(d, "day", f"{why}, {pub}")
    rel = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0}
    if low in rel:
        return ok(published + timedelta(days=rel[low]), "day", pub)
    # Weeks: "this week", "last week", "next week", "within this week".
    m = re.fullmatch(
        r"(?:within |earlier |later )?(this|last|next|earlier this|later this) week", low
    )
    if m:
        monday = published - timedelta(days=published.weekday())
        shift = {"last": -7, "next": 7}.get(m[1], 0)
        start, end = monday + timedelta(days=shift), monday + timedelta(days=shift + 6)
        return DateValue(None, "week", end.isoformat(), t,
                         f"'{t}', {pub} → the week {start.isoformat()} to {end.isoformat()}; no single day")  # fmt: skip
    # Months and years relative to publication, possibly qualified ("late last year").
    m = re.fullmatch(
        r"(?:(?:at |by |in |until |from )?(?:the )?(?:end|start|beginning|middle|first half|second half) of |(?:early|late|mid-) ?)?"
        r"(?:earlier |later )?(this|last|next|earlier this|later this|the) (month|year)",
        low,
    )  # fmt: skip
    if m:
        shift = {"last": -1, "next": 1}.get(m[1], 0)
        if m[2] == "year":
            d = date(published.year + shift, 1, 1)
            return part_of_year(low, d.year, t, pub) or ok(d, "year", pub)
        month_index = published.year * 12 + published.month - 1 + shift
        d = date(month_index // 12, month_index % 12 + 1, 1)
        return ok(d, "month", pub)
    if low in ("so far this year", "this year alone", "earlier this year", "the year",
               "later in the year", "earlier in the year"):  # fmt: skip
        return ok(date(published.year, 1, 1), "year", pub)
    # "four years ago", "a year ago", "two months ago".
    m = re.fullmatch(r"(\w+) (year|month)s? ago", low)
    if m:
        n = int(m[1]) if m[1].isdigit() else NUMBER_WORDS.get(m[1])
        if n:
            if m[2] == "year":
                return ok(date(published.year - n, 1, 1), "year", f"counted back from {pub}")
            mi = published.year * 12 + published.month - 1 - n
            return ok(date(mi // 12, mi % 12 + 1, 1), "month", f"counted back from {pub}")
    return unresolved("not a date this tool resolves; left unresolved rather than guessed")


def weekday_and_day(weekday, rest, published, tense, basis, said, hemisphere) -> DateValue:
    """ "Sunday, September 10": the day the month and day give, checked against the weekday."""
    text = f"{weekday}, {rest}"
    found = resolve(rest, published, tense, basis, said, hemisphere)
    if found.precision != "day" or not found.value:
        return DateValue(None, "unknown", None, text, f"'{text}': {found.derivation}")
    d = date.fromisoformat(found.value)
    if d.weekday() != WEEKDAYS.index(weekday.lower()):
        why = f"'{text}': {d:%B} {d.day} is a {d:%A} in {d.year}, not a {weekday}; left unresolved"
        return DateValue(None, "unknown", None, text, why)
    why = f"{found.derivation}; the {weekday} it names agrees"
    return DateValue(d.isoformat(), "day", None, text, why)


def named_month_day(text: str) -> tuple[int, int | None] | None:
    """The month, and day if given, that a date's words name without a year ("June 10",
    "set for 10 June", "in March"); None when they name no month or give a year."""
    t = " ".join(text.split())
    if re.search(r"\d{4}", t):
        return None
    m = re.search(rf"\b({MONTH_RE})(?: (\d{{1,2}})\b)?", t, re.I)
    n = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTH_RE})", t, re.I)
    if n and month_number(n[2]):
        return month_number(n[2]), int(n[1])
    if m and month_number(m[1]) and m[1] != "may":
        return month_number(m[1]), int(m[2]) if m[2] else None
    return None


NEIGHBOUR_YEARS = {
    "the following year": 1, "the next year": 1, "a year later": 1,
    "the previous year": -1, "the year before": -1, "a year earlier": -1,
}  # fmt: skip


def relative_year(text: str, ref: DateValue) -> DateValue | None:
    """ "dropped the following year", counted from the year of a date of the same sentence."""
    t = " ".join(text.split())
    shift = NEIGHBOUR_YEARS.get(t.lower())
    if shift is None or ref.precision not in ("day", "month", "year") or not ref.value:
        return None
    year = int(ref.value[:4]) + shift
    why = f"'{t}', counted from '{ref.text}' ({ref.value[:4]}) in the same sentence → {year}"
    return DateValue(str(year), "year", None, t, why)


def relative_to(text: str, ref: DateValue) -> DateValue | None:
    """ "The previous day" and the like, counted from a day-precise date of the same sentence."""
    t = " ".join(text.split())
    shift = neighbour_shift(t)
    if shift is None or ref.precision != "day" or not ref.value:
        return None
    d = date.fromisoformat(ref.value) + timedelta(days=shift)
    ref_day = fmt_day(date.fromisoformat(ref.value))
    why = f"'{t}', counted from '{ref.text}' ({ref_day}) in the same sentence → {fmt_day(d)}"
    return DateValue(d.isoformat(), "day", None, t, why)


MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day(d: date, year: bool = True) -> str:
    return f"{d.day} {MONTH_ABBR[d.month - 1]}" + (f" {d.year}" if year else "")


def display(value: str | None, precision: str, end: str | None = None) -> str:
    """A date as a reader expects it, at its own precision: "22 Nov 2016", "Dec 2014", "2012",
    "1910–1945", "the 1990s", "week of 14–20 Nov 2016"; never a day the sources do not give."""
    if precision == "week" and end:
        last = date.fromisoformat(end)
        first = last - timedelta(days=6)
        if first.month == last.month:
            return f"week of {first.day}–{_day(last)}"
        return f"week of {_day(first, first.year != last.year)} – {_day(last)}"
    if not value:
        return "date unresolved"
    if precision == "day":
        return _day(date.fromisoformat(value))
    if precision == "month":
        return f"{MONTH_ABBR[int(value[5:7]) - 1]} {value[:4]}"
    if precision == "range" and end and len(value) == len(end) == 10:  # days
        first, last = date.fromisoformat(value), date.fromisoformat(end)
        return f"{_day(first, first.year != last.year)} – {_day(last)}"
    if precision == "range" and end and len(value) == len(end) == 7:  # months
        return f"{display(value, 'month')} – {display(end, 'month')}"
    if precision == "range":
        return f"{value}–{end}" if end else f"from {value}"
    if precision == "decade":
        return f"the {value}s"
    return value
