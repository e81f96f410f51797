"""TIMEX3 values read for people in house style, with the days they cover.

House style: "15 February 2018", "January 2018", "the week of 12 February 2018" (the Monday of the ISO
week), "December 2017", "2019", "the third quarter of 2017", "spring 2018", "the 2010s".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from workbench.core.extract.vocab.calendar import MONTHS
from workbench.core.lens.vocab import ORDINALS, PARTS_OF_DAY, SEASON_MONTHS, SEASON_NAMES

MONTH_NAMES: tuple[str, ...] = tuple(MONTHS)
_SHORT_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class Reading(NamedTuple):
    """How a date value reads on its own, and the first and last day it covers."""

    unit: str
    """day, part (of a day), time, week, weekend, month, quarter, half, season, year, decade, century"""
    noun: str
    """"15 February 2018", "the week of 12 February 2018", "January 2018", "2017"."""
    preposition: str
    """The preposition it takes in a sentence: "on" a day, "over" a weekend, "in" the rest."""
    attributive: str
    """The form used before a noun ("the 15 February 2018 vote", "the 12–18 February 2018 talks")."""
    first: dt.date
    last: dt.date
    clock: str = ""
    """The time of day of a ``time`` value ("15:00")."""


def day_text(day: dt.date) -> str:
    """"15 February 2018"."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def month_text(day: dt.date) -> str:
    """"February 2018"."""
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


def short_day_text(day: dt.date) -> str:
    """"Thu 15 Feb 2018"."""
    return f"{_SHORT_WEEKDAYS[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1][:3]} {day.year}"


def day_range_text(first: dt.date, last: dt.date) -> str:
    """"12–18 February 2018", "29 January–4 February 2018", "31 December 2018–6 January 2019"."""
    if first.year != last.year:
        return f"{day_text(first)}\u2013{day_text(last)}"
    if first.month != last.month:
        return f"{first.day} {MONTH_NAMES[first.month - 1]}\u2013{day_text(last)}"
    return f"{first.day}\u2013{day_text(last)}"


def between_text(first: dt.date, last: dt.date) -> str:
    """"between 1 January and 15 February 2018" ("on 15 February 2018" for one day)."""
    if first == last:
        return f"on {day_text(last)}"
    if first.year != last.year:
        return f"between {day_text(first)} and {day_text(last)}"
    if first.month != last.month:
        return f"between {first.day} {MONTH_NAMES[first.month - 1]} and {day_text(last)}"
    return f"between {first.day} and {day_text(last)}"


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T(MO|AF|EV|NI|DT)|T(\d\d)(?::(\d\d))?(?::\d\d)?)?")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}")
_CENTURY = re.compile(r"\d{2}")


def read_value(value: object) -> Reading | None:
    """The reading of a TIMEX3 date or time value; ``None`` for durations, references and values with X."""
    return _cached_read(value) if isinstance(value, str) else None


@lru_cache(maxsize=4096)
def _cached_read(value: str) -> Reading | None:
    try:
        return _read(value.strip())
    except ValueError:  # an impossible date (an editor's typo): no reading rather than a crash
        return None


def _read(value: str) -> Reading | None:
    if m := _DAY.fullmatch(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        text = day_text(day)
        if m[4]:
            part = PARTS_OF_DAY[m[4]]
            return Reading("part", f"the {part} of {text}", "on", text, day, day)
        if m[5]:
            clock = f"{int(m[5]):02d}:{m[6] or '00'}"
            return Reading("time", text, "on", text, day, day, clock)
        return Reading("day", text, "on", text, day, day)
    if m := _WEEK.fullmatch(value):
        year, week = int(m[1]), int(m[2])
        if m[3]:
            first, last = dt.date.fromisocalendar(year, week, 6), dt.date.fromisocalendar(year, week, 7)
            span = day_range_text(first, last)
            return Reading("weekend", f"the weekend of {span}", "over", span, first, last)
        first, last = dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)
        return Reading("week", f"the week of {day_text(first)}", "in", day_range_text(first, last), first, last)
    if m := _MONTH.fullmatch(value):
        first = dt.date(int(m[1]), int(m[2]), 1)
        text = month_text(first)
        return Reading("month", text, "in", text, first, _month_end(first.year, first.month))
    if m := _QUARTER.fullmatch(value):
        year, q = int(m[1]), int(m[2])
        first = dt.date(year, 3 * q - 2, 1)
        ordinal = ORDINALS[q - 1]
        return Reading("quarter", f"the {ordinal} quarter of {year}", "in", f"{ordinal}-quarter {year}", first,
                       _month_end(year, 3 * q))
    if m := _HALF.fullmatch(value):
        year, h = int(m[1]), int(m[2])
        ordinal = ORDINALS[h - 1]
        return Reading("half", f"the {ordinal} half of {year}", "in", f"{ordinal}-half {year}",
                       dt.date(year, 6 * h - 5, 1), _month_end(year, 6 * h))
    if m := _SEASON.fullmatch(value):
        year, code = int(m[1]), m[2]
        if code == "WI":  # TIMEX3 winter 2018 is December 2017 to February 2018
            text = f"winter {year - 1}\u2013{str(year)[2:]}"
            return Reading("season", text, "in", text, dt.date(year - 1, 12, 1), _month_end(year, 2))
        start, end = SEASON_MONTHS[code]
        text = f"{SEASON_NAMES[code]} {year}"
        return Reading("season", text, "in", text, dt.date(year, start, 1), _month_end(year, end))
    if _YEAR.fullmatch(value):
        year = int(value)
        return Reading("year", value, "in", value, dt.date(year, 1, 1), dt.date(year, 12, 31))
    if _DECADE.fullmatch(value):
        start = int(value) * 10
        return Reading("decade", f"the {start}s", "in", f"{start}s", dt.date(max(start, 1), 1, 1),
                       dt.date(start + 9, 12, 31))
    if _CENTURY.fullmatch(value):
        start = int(value) * 100
        text = f"the {_ordinal(int(value) + 1)} century"
        return Reading("century", text, "in", text[4:], dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31))
    return None


_DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?|X)(Y|M|W|D|DE|C)|T(\d+(?:\.\d+)?|X)(H|M|S))")
_UNIT_WORDS = {"Y": "years", "M": "months", "W": "weeks", "D": "days", "DE": "decades", "C": "centuries",
               "TH": "hours", "TM": "minutes", "TS": "seconds"}


def duration_span(value: object, published: dt.date) -> tuple[str, dt.timedelta | None] | None:
    """The unit words of a simple ISO duration and its length from publication ("P3M" -> ("months", 92
    days)); the length is None for a vague one ("PXY")."""
    if not isinstance(value, str) or not (m := _DURATION.fullmatch(value)):
        return None
    amount, code = (m[1], m[2]) if m[2] else (m[3], "T" + m[4])
    words = _UNIT_WORDS[code]
    if amount == "X":
        return words, None
    n = float(amount)
    days = {"Y": 365.25, "M": 30.44, "W": 7, "D": 1, "DE": 3652.5, "C": 36525, "TH": 1 / 24, "TM": 1 / 1440,
            "TS": 1 / 86400}[code]
    return words, dt.timedelta(days=n * days)
