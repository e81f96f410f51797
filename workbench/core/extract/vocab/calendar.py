"""Calendar words: months, weekdays, seasons, parts of the day, relative days, holidays, time units."""

from __future__ import annotations

import functools

MONTHS: dict[str, tuple[str, ...]] = {
    "January": ("Jan",), "February": ("Feb",), "March": ("Mar",), "April": ("Apr",), "May": (),
    "June": ("Jun",), "July": ("Jul",), "August": ("Aug",), "September": ("Sep", "Sept"),
    "October": ("Oct",), "November": ("Nov",), "December": ("Dec",),
}
"""Month names with their abbreviations (written with or without a full stop: "Jan.", "Sept")."""

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "Monday": ("Mon",), "Tuesday": ("Tue", "Tues"), "Wednesday": ("Wed",), "Thursday": ("Thu", "Thur", "Thurs"),
    "Friday": ("Fri",), "Saturday": ("Sat",), "Sunday": ("Sun",),
}
"""Weekday names, Monday first, with the abbreviations the sentence splitter must not end a sentence on."""

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
"""Season words and their TIMEX3 codes."""

PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
"""Parts of the day and their TIMEX3 codes ("Thursday morning" -> 2018-02-15TMO)."""

RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
"""Days named from the publication date, with their offset in days."""

CLOCK_WORDS: dict[str, tuple[int, int]] = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
}
"""Decades written as words ("the sixties"): the decade digit of the 1900s."""

TIME_UNITS: dict[str, tuple[str, bool]] = {
    "second": ("seconds", True), "minute": ("minutes", True), "hour": ("hours", True), "day": ("days", True),
    "night": ("nights", True), "week": ("weeks", True), "weekend": ("weekends", False),
    "fortnight": ("fortnights", True), "month": ("months", True), "quarter": ("quarters", True),
    "year": ("years", True), "decade": ("decades", True), "century": ("centuries", True),
    "millennium": ("millennia", True), "yr": ("yrs", True), "hr": ("hrs", True),
}
"""Time units: the plural, and whether "N units" is a duration (a weekend is a calendar unit only)."""

HOLIDAYS: dict[str, tuple[str | int, ...]] = {
    "Christmas": ("fixed", 12, 25), "Christmas Day": ("fixed", 12, 25), "Christmas Eve": ("fixed", 12, 24),
    "New Year's": ("fixed", 1, 1), "New Year's Day": ("fixed", 1, 1), "New Year's Eve": ("fixed", 12, 31),
    "Thanksgiving": ("nth", 11, 3, 4, 0), "Thanksgiving Day": ("nth", 11, 3, 4, 0),
    "Independence Day": ("fixed", 7, 4), "Labor Day": ("nth", 9, 0, 1, 0), "Memorial Day": ("nth", 5, 0, -1, 0),
    "Halloween": ("fixed", 10, 31), "Valentine's Day": ("fixed", 2, 14), "Easter": ("easter", 0),
    "Easter Sunday": ("easter", 0), "Good Friday": ("easter", -2), "Boxing Day": ("fixed", 12, 26),
    "Veterans Day": ("fixed", 11, 11), "Bastille Day": ("fixed", 7, 14), "Election Day": ("nth", 11, 0, 1, 1),
    "Black Friday": ("nth", 11, 3, 4, 1), "Cyber Monday": ("nth", 11, 3, 4, 4),
}
"""Holidays and how to date them in a year:

- ``("fixed", month, day)``
- ``("nth", month, weekday, n, days_after)``: the n-th weekday (0 = Monday; n = -1 the last) of the month,
  plus ``days_after`` ("Black Friday" is the day after the fourth Thursday of November)
- ``("easter", days_after)``: Western Easter Sunday plus ``days_after`` ("Good Friday" is -2)

The first word of each name is a trigger of the fast pass; a name ending in a weekday ("Black Friday")
makes that weekday, after its first word, a holiday rather than a date near publication.
"""


def month_forms(*, dots: bool = True) -> list[str]:
    """Every way a month is written: "January", "Jan", "Jan." (the last only with ``dots``)."""
    out: list[str] = []
    for name, abbrevs in MONTHS.items():
        out.append(name)
        for a in abbrevs:
            out.append(a)
            if dots:
                out.append(a + ".")
    return out


def month_words() -> list[str]:
    """Lower-case month names and abbreviations (no full stops)."""
    return [w.lower() for w in month_forms(dots=False)]


def abbreviations() -> set[str]:
    """Lower-case month and weekday abbreviations: a full stop after them does not end a sentence."""
    return {a.lower() for table in (MONTHS, WEEKDAYS) for abbrevs in table.values() for a in abbrevs}


def time_unit_words(*, durations_only: bool = False) -> list[str]:
    """Time unit words, singular and plural; "half" too for the trigger pass."""
    out = []
    for unit, (plural, duration) in TIME_UNITS.items():
        if duration or not durations_only:
            out += [unit, plural]
    return out if durations_only else [*out, "half"]


def holiday_trigger_words() -> set[str]:
    """The first word of each holiday name, lower-cased ("valentine" for "Valentine's Day")."""
    return {name.split()[0].split("'")[0].lower() for name in HOLIDAYS}


@functools.lru_cache(maxsize=1)
def weekday_holiday_leads() -> tuple[str, ...]:
    """"Black ", "Cyber ", "Good ": before a weekday, they make it part of a holiday's name."""
    return tuple(sorted({name.split()[0] + " " for name in HOLIDAYS
                         if len(name.split()) == 2 and name.split()[1] in WEEKDAYS}))


NAME_WORDS_AFTER_DAYS: tuple[str, ...] = (
    "Telegraph", "Times", "Mirror", "Express", "Post", "Herald", "Sport", "People", "Mail", "Star",
    "Independent", "Tribune", "Observer", "Business", "Football", "Baseball", "Live", "Politics", "Show",
    "Review", "Magazine", "Edition", "School", "Brunch", "Kitchen", "Lights", "Raw", "Club", "Bloody",
    "Papers", "Programme",
)
"""Capitalised words that make a weekday part of a name: "The Sunday Telegraph", "Monday Night Football"."""

PAPERS_ON_DAYS: tuple[str, ...] = ("Mail on", "Independent on", "Scotland on", "Wales on", "Express on",
                                   "Mirror on", "Herald on")
"""Names that end in a weekday: "the Mail on Sunday"."""

PROGRAMME_WORDS: tuple[str, ...] = ("programme", "program", "show", "podcast", "newspaper", "paper", "edition")
"""Words after "Today"/"Tonight" that make it a programme's or a paper's name ("the Today programme")."""
