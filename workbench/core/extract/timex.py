"""Calendar arithmetic producing TIMEX3 value strings ("2018-02-15", "2018-W07", "2018-Q1", "P3Y")."""

from __future__ import annotations

import datetime as dt
import functools

from workbench.core.extract.vocab import calendar

MONTHS: dict[str, int] = {name[:3].lower(): i for i, name in enumerate(calendar.MONTHS, start=1)}
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.WEEKDAYS)}
SEASONS: dict[str, str] = calendar.SEASONS
SEASON_ORDER = ("WI", "SP", "SU", "FA")
PARTS_OF_DAY: dict[str, str] = calendar.PARTS_OF_DAY


def month_number(word: str) -> int:
    """1-12 for "January", "Jan.", "Sept"."""
    return MONTHS[word.lower().rstrip(".")[:3]]


def ymd(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week(d: dt.date) -> str:
    """ISO week of a day, as TIMEX3 writes it: 2018-W07."""
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def season_of(d: dt.date) -> tuple[int, str]:
    """(year, code) of the meteorological season containing ``d`` (December counts to next winter)."""
    m = d.month
    if m in (12, 1, 2):
        return (d.year + 1 if m == 12 else d.year), "WI"
    return d.year, ("SP" if m <= 5 else "SU" if m <= 8 else "FA")


def shift_season(year: int, code: str, delta: int) -> tuple[int, str]:
    """Season ``delta`` steps away (seasons ordered WI, SP, SU, FA within a year)."""
    index = year * 4 + SEASON_ORDER.index(code) + delta
    return index // 4, SEASON_ORDER[index % 4]


def nearest_season(ref: dt.date, code: str, direction: int) -> int:
    """Year of the season ``code`` relative to ``ref``: -1 the last one, +1 the next, 0 the current year's."""
    year, cur = season_of(ref)
    if direction == 0:
        return ref.year
    for step in range(1, 5):
        y, c = shift_season(year, cur, step * (1 if direction > 0 else -1))
        if c == code:
            return y
    return ref.year


def weekday_date(ref: dt.date, weekday: int, direction: int, strict: bool = False) -> dt.date:
    """The given weekday near ``ref``: direction -1 the latest on/before, +1 the first on/after."""
    diff = weekday - ref.weekday()
    if direction > 0:
        diff %= 7
        if strict and diff == 0:
            diff = 7
    elif direction < 0:
        diff = -((-diff) % 7)
        if strict and diff == 0:
            diff = -7
    else:
        if diff > 3:
            diff -= 7
        elif diff < -3:
            diff += 7
    return ref + dt.timedelta(days=diff)


def nearest_day(ref: dt.date, month: int, day: int, direction: int) -> dt.date | None:
    """The date with this month and day closest to ``ref``, preferring the past or future by tense."""
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if direction < 0:
        past = [o for o in options if o <= ref]
        if past and (ref - past[-1]).days <= 250:
            return past[-1]
    elif direction > 0:
        future = [o for o in options if o >= ref]
        if future and (future[0] - ref).days <= 250:
            return future[0]
    return min(options, key=lambda o: abs((o - ref).days))


def day_of_month_near(ref: dt.date, day: int, direction: int, this_month: bool = False) -> dt.date | None:
    """Day ``day`` of ``ref``'s month, or of the month before or after: the latest on or before ``ref`` when
    looking back, the next on or after it when looking ahead, else the nearest."""
    options = []
    for delta in ((0,) if this_month else (-1, 0, 1)):
        y, mo = add_months(ref.year, ref.month, delta)
        try:
            options.append(dt.date(y, mo, day))
        except ValueError:
            continue
    if not options:
        return None
    if this_month:
        return options[0]
    if direction < 0:
        past = [d for d in options if d <= ref]
        return past[-1] if past else None
    if direction > 0:
        fut = [d for d in options if d >= ref]
        return fut[0] if fut else None
    return min(options, key=lambda d: abs((d - ref).days))


def month_year(ref: dt.date, month: int, direction: int, strict: bool = False, reach: int = 2) -> int:
    """Year of a bare month name: the last one when looking back, the next one when looking ahead.

    Unless ``strict`` (the tense comes from a verb right before the month), weak tense evidence yields
    to a month at most ``reach`` months on the other side of ``ref``: "told of a cutback in September"
    written in August is the coming September. Without a direction, the nearest such month.
    """
    if direction < 0:
        ahead = (month - ref.month) % 12
        if strict or ahead == 0 or ahead > reach:
            return ref.year if month <= ref.month else ref.year - 1
        return ref.year if month > ref.month else ref.year + 1
    if direction > 0:
        behind = (ref.month - month) % 12
        if strict or behind == 0 or behind > reach:
            return ref.year if month >= ref.month else ref.year + 1
        return ref.year if month < ref.month else ref.year - 1
    if month - ref.month > 6:
        return ref.year - 1
    if ref.month - month > 6:
        return ref.year + 1
    return ref.year


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 for last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


@functools.lru_cache(maxsize=1)
def _holiday_rules() -> dict[str, tuple[str | int, ...]]:
    return {name.lower(): rule for name, rule in calendar.HOLIDAYS.items()}


def holiday(name: str, year: int) -> dt.date | None:
    """Date of a holiday of the holiday table (``vocab.calendar.HOLIDAYS``) in a year, or None if unknown."""
    rule = _holiday_rules().get(" ".join(name.split()).lower().replace("\u2019", "'"))
    if rule is None:
        return None
    kind, *args = rule
    if kind == "fixed":
        month, day = args
        return dt.date(year, int(month), int(day))
    if kind == "nth":
        month, weekday, n, after = (int(a) for a in args)
        return nth_weekday(year, month, weekday, n) + dt.timedelta(days=after)
    return easter(year) + dt.timedelta(days=int(args[0]))


_DURATION_UNITS: dict[str, tuple[str, int, bool]] = {
    "centurie": ("Y", 100, False), "century": ("Y", 100, False), "decade": ("Y", 10, False),
    "millennia": ("Y", 1000, False), "millennium": ("Y", 1000, False), "millenium": ("Y", 1000, False),
    "quarter": ("M", 3, False), "fortnight": ("W", 2, False), "year": ("Y", 1, False), "yr": ("Y", 1, False),
    "month": ("M", 1, False), "week": ("W", 1, False), "weekend": ("W", 1, False), "day": ("D", 1, False),
    "night": ("D", 1, False), "hour": ("H", 1, True), "hr": ("H", 1, True), "minute": ("M", 1, True),
    "min": ("M", 1, True),
}
"""Unit word (singular) -> (ISO 8601 designator, how many of it, whether it is a time-of-day unit)."""
_SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}


def _fractional(value: float, code: str, timey: bool) -> str:
    """"5 1/2 hours" -> PT5H30M, "1.5 years" -> P1Y6M: the fraction in the next smaller unit."""
    prefix = "PT" if timey else "P"
    whole = int(value)
    frac = value - whole
    smaller = {**_SMALLER, "M": ("S", 60) if timey else ("D", 30)}
    if code not in smaller:
        return f"{prefix}{value:g}{code}"
    sub, factor = smaller[code]
    part = round(frac * factor)
    if sub in ("H", "S") and not timey:
        return f"P{whole}{code}T{part}{sub}" if whole else f"PT{part}{sub}"
    if code == "H" or (timey and code == "M"):
        return f"PT{whole}{code}{part}{sub}" if whole else f"PT{part}{sub}"
    return f"{prefix}{whole}{code}{part}{sub}" if whole else f"{prefix}{part}{sub}"


def duration(amount: float | None, unit: str) -> str:
    """ISO 8601 duration for an amount of a unit word ("year", "hours"); "PXY" when the amount is vague."""
    u = unit.lower().rstrip("s")
    code, mult, timey = _DURATION_UNITS.get(u, ("S", 1, True))
    prefix = "PT" if timey else "P"
    if amount is None:
        if u in ("centurie", "century"):
            return "PXC"
        return "PXDE" if u == "decade" else f"{prefix}X{code}"
    value = amount * mult
    if abs(value - round(value)) < 1e-9:
        return f"{prefix}{int(round(value))}{code}"
    return _fractional(value, code, timey)
