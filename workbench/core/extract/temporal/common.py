"""What the temporal recognisers share: their candidate record, the state anaphora are valued from, how a
value records where it was resolved from, and the pattern fragments generated from the calendar table."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.numbers import DIGITS, WORD_NUMBER, parse_number
from workbench.core.extract.patterns import alternation, lazy_i
from workbench.core.extract.triggers import Trigger
from workbench.core.extract.vocab import calendar, qualifiers

ABSOLUTE, PUBLICATION, TEXT = "absolute", "publication", "text"
"""How a temporal value was resolved: written in full, from the publication date, from an earlier date."""

MONTH = rf"(?-i:{alternation(calendar.month_forms())})(?![\w'])"
WEEKDAY = rf"(?-i:{alternation(calendar.WEEKDAYS)})(?!\w)"
YEAR = r"(?:1[0-9]|20)\d\d"
SEP = r"(?:,\s*|\s+)"
NUMP = (rf"(?:{DIGITS}(?:\s+\d/\d)?|{WORD_NUMBER}|an?|a\s+few|(?:a\s+)?couple(?:\s+of)?|several|many|a\s+handful\s+of"
        r"|dozens\s+of|hundreds\s+of|a\s+dozen)")
UNIT = f"(?:{alternation(calendar.time_unit_words(durations_only=True))})"
MODS = f"(?:{alternation(qualifiers.qualifier_words('durations'))})"
PARTS_OF_DAY = alternation(calendar.PARTS_OF_DAY)
SEASON = alternation(calendar.SEASONS)


class Resolution(NamedTuple):
    """A value and where it came from (``resolved``, and the value and offset it was resolved against)."""

    value: str
    resolved: str
    anchor_value: str | None = None
    anchor_start: int | None = None


@dataclass
class State:
    """What earlier expressions established, for anaphoric ones ("the following year", "the quarter").

    Each slot keeps the value and start of the claim that set it, so that a value resolved from it can say
    what it was resolved against.
    """

    year: int | None = None
    year_pos: int = -10_000
    year_value: str = ""
    quarter: tuple[int, int] | None = None
    quarter_pos: int = -10_000
    quarter_value: str = ""
    month: tuple[int, int] | None = None
    month_pos: int = -10_000
    month_value: str = ""
    bare_month_pos: int = -10_000  # last date valued to a month only ("in October"), not a day
    day: dt.date | None = None
    day_pos: int = -10_000
    day_value: str = ""
    months_pos: int = -10_000  # last "the first nine months", "the first half": a longer period in view

    def by_year(self, value: str) -> Resolution:
        return Resolution(value, TEXT, self.year_value, self.year_pos)

    def by_quarter(self, value: str) -> Resolution:
        return Resolution(value, TEXT, self.quarter_value, self.quarter_pos)

    def by_month(self, value: str) -> Resolution:
        return Resolution(value, TEXT, self.month_value, self.month_pos)

    def by_day(self, value: str) -> Resolution:
        return Resolution(value, TEXT, self.day_value, self.day_pos)


Valuer = Callable[[State], Resolution | None]


def by_publication(value: str | None, ref: dt.date | None) -> Resolution | None:
    """A value computed from the publication date ``ref``."""
    if value is None:
        return None
    return Resolution(value, PUBLICATION, ref.isoformat() if ref else None)


@dataclass
class TCand(Candidate):
    """A temporal candidate; anaphoric ones carry a ``valuer`` called in text order with the ``State``."""

    valuer: Valuer | None = None
    anchor_year: int | None = None
    anchor_quarter: tuple[int, int] | None = None
    anchor_month: tuple[int, int] | None = None
    backward: bool = False  # valued as an earlier period ("a year ago"): not the quarter in view


def _tcand(start: int, end: int, kind: str, value: str | None, resolved: str | None, anchor: str | None,
           mod: str | None, approx: bool, conf: float, year: int | None, quarter: tuple[int, int] | None,
           month: tuple[int, int] | None, backward: bool) -> TCand:
    return TCand(start, end, kind, value, mod=mod, approximate=approx, confidence=conf, resolved=resolved,
                 anchor_value=anchor, anchor_year=year, anchor_quarter=quarter, anchor_month=month,
                 backward=backward)


def written(start: int, end: int, kind: str, value: str, *, mod: str | None = None, approx: bool = False,
            conf: float = 0.9, year: int | None = None, quarter: tuple[int, int] | None = None) -> TCand:
    """A value written in full in the text ("15 February 2018", "2014", "three years")."""
    return _tcand(start, end, kind, value, ABSOLUTE, None, mod, approx, conf, year, quarter, None, False)


def from_publication(ctx: Context, start: int, end: int, kind: str, value: str, *, mod: str | None = None,
                     approx: bool = False, conf: float = 0.9, year: int | None = None,
                     quarter: tuple[int, int] | None = None) -> TCand:
    """A value computed from the publication date (or left with X's when there is none)."""
    return _tcand(start, end, kind, value, PUBLICATION, ctx.published_iso, mod, approx, conf, year, quarter, None,
                  False)


def deferred(start: int, end: int, kind: str, valuer: Valuer, *, mod: str | None = None, approx: bool = False,
             conf: float = 0.9, month: tuple[int, int] | None = None, backward: bool = False) -> TCand:
    """A value computed in text order by ``valuer``, which says how it resolved it."""
    c = _tcand(start, end, kind, None, None, None, mod, approx, conf, None, None, month, backward)
    c.valuer = valuer
    return c


R_PREFIX = lazy_i(
    r"(?:\b(?P<a>early|late|mid|earlier|later)(?:\s+in)?(?:\s+|-)|\bthe\s+(?P<b>beginning|start|middle|end|close"
    r"|turn)\s+of\s+|\bmid-)$"
)
_PREFIX_MODS = {"early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID",
                "late": "END", "end": "END", "close": "END", "turn": "END"}
EDGE_MODS = {"early": "START", "mid": "MID", "late": "END"}


def with_prefix(ctx: Context, c: TCand) -> TCand:
    """Extend a date back over "early", "mid-", "the end of", setting mod START/MID/END."""
    m = R_PREFIX.search(ctx.text, max(0, c.start - 22), c.start)
    if m:
        word = (m.group("a") or m.group("b") or "mid").lower()
        c.start = m.start()
        code = _PREFIX_MODS.get(word)
        if code and c.mod is None:
            c.mod = code
    return c


def tense(ctx: Context, m: re.Match[str]) -> int:
    """+1 if the clause around the match looks ahead, -1 if it looks back, 0 if unclear."""
    return ctx.tense(m.start(), m.end())


def capitalised(t: Trigger, ctx: Context) -> bool:
    """Anchor condition: the trigger word is written with a capital ("March", not "march")."""
    return ctx.text[t.start].isupper()


def num(s: str | None) -> float | None:
    """The amount of a duration's number: "a" is 1, "a couple" 2, vague words None."""
    if s is None:
        return None
    low = " ".join(s.lower().split())
    if low in ("a", "an"):
        return 1
    if low.startswith(("a few", "several", "many", "a handful", "dozens", "hundreds")):
        return None
    if low.startswith(("a couple", "couple")):
        return 2
    return parse_number(low)


def sentence_start(text: str, pos: int) -> bool:
    """True when only quotes and brackets stand between ``pos`` and the start of its sentence."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'\u201c\u2018(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;\u201d"
