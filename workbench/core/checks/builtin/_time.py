"""Reading TIMEX3 values the checks need: durations in periods, dates as spans of days."""

from __future__ import annotations

import datetime as dt
import re

_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)(Y|M|W|D)$")
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
_DATE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")


def duration(value: object) -> tuple[float, str] | None:
    """``"P3Y"`` -> ``(3, "year")``; None for vague or compound durations ("PXY", "PT5H30M")."""
    m = _DURATION.match(value) if isinstance(value, str) else None
    return (float(m.group(1)), _UNITS[m.group(2)]) if m else None


def years_of(value: object) -> float | None:
    """A duration in years: "P18M" -> 1.5, "P2W" -> 0.038."""
    d = duration(value)
    if d is None:
        return None
    n, unit = d
    return n * {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25}[unit]


def date_span(value: object) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date value may stand for: "2011" -> 1 Jan-31 Dec 2011."""
    m = _DATE.match(value[:10]) if isinstance(value, str) else None
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            day = dt.date(year, int(m.group(2)), int(m.group(3)))
            return day, day
        if m.group(2):
            month = int(m.group(2))
            first = dt.date(year, month, 1)
            last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
            return first, last
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
