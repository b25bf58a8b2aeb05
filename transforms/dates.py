"""Dates: publication dates to ISO 8601, relative day words resolved against them, and the
wire datelines that open a body.

Pure functions over strings, no tables: `iso_date` normalises a date as a source gives it
(crawler metadata, HTML meta tags, a sidecar manifest) and `resolve_relative_date` turns
"on Sunday", "last Thursday" or "yesterday" in an article into the calendar day it means,
counting back from the publication date. Both use dateparser and never "now".
`opening_dateline` finds the dateline ("KABUL, March 3 (Reuters) - ") and its places:
normalizing splits it off, the mentions read its town as a place, and events take that town
(where the report was filed) for the event's only when the text names no other.
Known limits: numeric day/month order follows dateparser's locale default (03/04/2024 is
March 4 in English); weekday words are resolved in English only.
"""

from __future__ import annotations

from datetime import date, datetime
import re

from dateparser.date import DateDataParser

# dateparser parsers for a stated publication date. "relative-time" is left out on
# purpose: "2 hours ago" in metadata would be resolved against the clock of the machine
# running the pipeline, a guess. "timestamp" is left out too: it converts epoch seconds to
# the machine's local time zone, so the result would depend on where the pipeline runs.
_ABSOLUTE_PARSERS = ["custom-formats", "absolute-time"]

# How precise a parsed date is (dateparser's `period`) -> how much of it is written out.
# A source that gives only "March 2024" gets "2024-03", never an invented day.
_ISO_FORMAT_BY_PERIOD = {
    "year": "%Y",
    "month": "%Y-%m",
    "week": "%Y-%m-%d",
    "day": "%Y-%m-%d",
}

_RELATIVE_LANGUAGES = ["en"]  # the pipeline's spaCy model reads English
# Indexed by date.weekday(); spelled out so the result never depends on the machine's locale.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Month names and the abbreviations datelines write ("Apr 29 2016"), lower case.
MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december"})
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                 "sept", "oct", "nov", "dec"})
_WORD = re.compile(r"[a-z]+")
_YEAR_ALONE = re.compile(r"(?:the year )?((?:1[89]|20)\d\d)")
# Words news uses for a day that dateparser does not read: "overnight" in a report is the
# night before it, counted from its evening (ACLED dates an event by the day it began);
# "earlier this week" is this week.
_NEWS_TERMS = {"overnight": "yesterday", "earlier": "", "earlier in": ""}
_IN_NEWS_TERMS = re.compile(r"\b(?:overnight|earlier(?: in)?)\b", re.IGNORECASE)


def year_alone(text: str | None) -> int | None:
    """The year a date written as a year only gives ("2013", "the year 2013"): coarser than
    any ACLED time precision, but a date the text gives."""
    match = _YEAR_ALONE.fullmatch(text or "")
    return int(match.group(1)) if match else None


def iso_date(value: str | None) -> str | None:
    """A publication date as ISO 8601: a datetime when the source gives a time, else a date.

    One form whatever the source wrote: YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS (seconds, no
    fractions) with the offset as +HH:MM ("Z" becomes +00:00) when the source gives one;
    the zone is never converted, so the local publication day stays the day counted from.
    A naive time stays naive. None when the value is empty or no absolute date can be
    read from it.
    """
    text = (value or "").strip()
    if not text:
        return None
    try:
        # The common crawler forms (2024-03-14, 2024-03-14 08:30:00, ...T08:30:00Z).
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).isoformat(timespec="seconds")
    except ValueError:
        pass
    parsed = DateDataParser(settings={"PARSERS": _ABSOLUTE_PARSERS}).get_date_data(text)
    if parsed.date_obj is None:
        return None
    if parsed.period == "time" or (parsed.period == "day" and _has_time(parsed.date_obj)):
        return parsed.date_obj.isoformat(timespec="seconds")
    return parsed.date_obj.strftime(_ISO_FORMAT_BY_PERIOD.get(parsed.period, "%Y-%m-%d"))


def _has_time(moment: datetime) -> bool:
    return (moment.hour, moment.minute, moment.second, moment.microsecond) != (0, 0, 0, 0)


def _publication_day(published_at: str | None) -> datetime | None:
    """Midnight of the publication day (naive), or None when it is not a full date."""
    if not published_at:
        return None
    try:
        published = datetime.fromisoformat(published_at)
    except ValueError:
        return None  # a year or month alone ("2024-03") gives no day to count from
    return datetime.combine(published.date(), datetime.min.time())


def resolve_relative_date(text: str, published_at: str | None) -> str | None:
    """The ISO date a day expression in an article means, counted from its publication.

    "yesterday", "last Thursday", "on Sunday" resolve to the most recent such day before
    the publication date (news reports what happened); "overnight" to the day before it. A bare weekday that is the
    publication day itself ("Thursday" in a Thursday article) means that day, as in news
    style; "last Thursday" means the week before. None without a publication date or when
    nothing in `text` parses.
    """
    base = _publication_day(published_at)
    if base is None or not text.strip():
        return None
    text = _IN_NEWS_TERMS.sub(lambda m: _NEWS_TERMS[m.group(0).casefold()], text)
    parser = DateDataParser(languages=_RELATIVE_LANGUAGES,
                            settings={"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base})
    resolved = parser.get_date_data(text).date_obj
    if resolved is None:
        return None
    resolved_day = resolved.date()
    words = _WORD.findall(text.casefold())
    names_publication_weekday = _WEEKDAYS[base.weekday()] in words
    if names_publication_weekday and "last" not in words and (base.date() - resolved_day).days == 7:
        resolved_day = base.date()
    return resolved_day.isoformat()


def weekdays_named(text: str | None) -> set[str]:
    """The weekdays a date as written names ("late on Saturday" -> {"saturday"})."""
    return set(_WORD.findall((text or "").casefold())) & set(_WEEKDAYS)


# Words of a date within the week before a report ("on Sunday", "yesterday", "last night").
DAY_WORDS = frozenset(_WEEKDAYS) | {"yesterday", "today", "tonight", "overnight"}
DAY_PART_WORDS = frozenset({"morning", "afternoon", "evening", "night"})
# Units that put a date a month or more back ("last month", "two years ago").
_LONG_UNITS = frozenset({"month", "months", "year", "years", "decade", "decades"})
_DIGITS = re.compile(r"\d")


def how_long_ago(text: str | None) -> str | None:
    """How far back from its report a date as written lies, without a publication date to
    count from: "days" for a day of the week before ("on Sunday", "yesterday", "late last
    night"), "months" for a month or more ("last month", "in March", "last September",
    "earlier this year", "two years ago", "on Christmas Eve last year", "in 2019"); None
    when it does not tell ("last week", "this month", "on March 3", a weekday with its
    date). One article's "on Sunday" and "last month" are two times, whatever its date."""
    text = (text or "").casefold()
    words = set(_WORD.findall(text))
    months = words & MONTH_NAMES
    long_ago = (words & {"last", "previous", "past"} and words & (_LONG_UNITS | MONTH_NAMES)
                or "ago" in words and words & _LONG_UNITS
                or {"earlier", "this", "year"} <= words
                or (months or year_alone(text.removeprefix("in ").strip()))
                and not _DIGITS.search(_YEAR_ALONE.sub("", text)))
    recent = words & DAY_WORDS or words & {"this", "last"} and words & DAY_PART_WORDS
    if recent and not long_ago and not months and not _DIGITS.search(text):
        return "days"
    if long_ago and not recent:
        return "months"
    return None


# A wire dateline that ends in its day before a spaced dash ("JAKARTA, April 5 - ",
# "Murdochville, Quebec, April 3 - ", "LAGOS, Jan 3 (Reuters) - ", and as Reuters wrote it in
# the 1980s, "ROME, March 13, Reuter - "): the model reads the day and a count after the
# dash as one date ("April 5 - Twenty-seven") and the place as the subject of the verb after
# it, so the dateline is a sentence of its own.
DATED_DATELINE = re.compile(
    r"(?P<places>(?:[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*, )+)"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*\.? \d{1,2}"
    r"(?: \([A-Z][\w ]*\)|, Reuters?)? +[-–—]{1,2}(?= +\S)")
# Capital letters of a place in capitals, accented ones too ("SAN JOSÉ", "BOGOTÁ").
_CAPITALS = "A-ZÀ-ÖØ-Þ"
# A dateline with no day, as the AP and others write it: a place in capitals, then the
# country or state and the agency ("SRINAGAR, India (AP) — ", "KABUL (AFP) - ", "DERA ISMAIL
# KHAN, Pakistan — "); with neither ("MOGADISHU — ", "UPDATE - ") it could be any word in
# capitals, and stays in its sentence.
UNDATED_DATELINE = re.compile(
    rf"(?P<places>[{_CAPITALS}][{_CAPITALS}.'’&-]+(?: [{_CAPITALS}][{_CAPITALS}.'’&-]+)*"
    r"(?P<more>(?:, [A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*)+)?)"
    r"(?P<agency> \([A-Z][\w ]*\))? +[-–—]{1,2}(?= +\S)")
# News agencies (and outlets that write their datelines so) whose name a dateline in title
# case ends with: the world's wires, then national agencies of Africa, Asia and the Middle
# East (NAN: Nigeria, SUNA: Sudan, SONNA: Somalia, HOL: Hiiraan Online, Somalia...).
WIRE_AGENCIES = ("AFP", "AP", "EFE", "Reuters", "dpa", "Xinhua", "ANI", "IANS", "PTI", "UNI",
                 "ANSA", "Lusa", "Anadolu", "Bernama", "Yonhap", "Kyodo", "TASS", "UPI",
                 "NAN", "SUNA", "SONNA", "HOL", "KNA", "ENA", "MAP", "TAP", "APS", "MENA",
                 "SANA", "WAFA", "IRNA", "QNA", "KUNA", "SPA", "Petra", "APP", "BSS", "PNA",
                 "Antara", "AAP", "RIA", "Interfax", "Ukrinform")
# A dateline in title case, as AFP and EFE write theirs: only with a news agency's name,
# which no sentence's subject is followed by ("Ouagadougou (AFP) - ", "Mexico City, Mar 4
# (EFE).- ").
TITLED_DATELINE = re.compile(
    r"(?P<places>[A-Z][a-z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*"
    r"(?P<more>(?:, [A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*)*))"
    r"(?:, (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zA-Z]*\.? \d{1,2})?"
    # AFP's country of a town abroad, in brackets: "Kherson (Ukraine) (AFP) -".
    r"(?: \((?P<country>[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*)*)\))?"
    rf"(?P<agency> \((?:{'|'.join(WIRE_AGENCIES)})\))\.? *[-–—]{{1,2}}(?= +\S)")


def opening_dateline(text: str) -> tuple[int, list[tuple[int, int]]] | None:
    """The wire dateline a text opens with (DATED_DATELINE, UNDATED_DATELINE): where it
    ends, and its places as (start, end), each segment before its date or dash ("ST. PAUL,
    Minn., March 17 -": "ST. PAUL", "Minn"; "SRINAGAR, India (AP) -": "SRINAGAR", "India")."""
    dated = DATED_DATELINE.match(text)
    undated = None if dated else UNDATED_DATELINE.match(text)
    if undated is not None and not (undated.group("more") or undated.group("agency")):
        undated = None
    titled = None if dated or undated else TITLED_DATELINE.match(text)
    found = dated or undated or titled
    if found is None:
        return None
    segments = found.group("places").split(", ")
    places, start = [], 0
    for segment in segments[:-1] if dated else segments:
        places.append((start, start + len(segment)))
        start += len(segment) + 2
    if titled is not None and titled.group("country"):
        places.append(titled.span("country"))
    return found.end(), places


def filed_from_end(body: str) -> int:
    """Where the dateline that opens the body ends (opening_dateline), or a name in capitals
    before a dash there ("BISHKEK — Officers detained ... in the city of Osh"), which
    opening_dateline leaves in its sentence as it could be any word ("UPDATE - "): a place
    before it is where the report was filed. 0 when there is neither."""
    found = opening_dateline(body)
    if found is not None:
        return found[0]
    bare = UNDATED_DATELINE.match(body)
    return bare.end() if bare is not None else 0
