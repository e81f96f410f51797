"""Calendar periods named relative to the publication date or an earlier date: "last year", "this week",
"the third quarter", "the previous year", "the year-ago quarter", "that day", "the comparable period"."""

from __future__ import annotations

import datetime as dt
import re

from workbench.core.extract import timex as tx
from workbench.core.extract.base import Context
from workbench.core.extract.patterns import lazy, lazy_i
from workbench.core.extract.registry import Example, on, recogniser, scanning
from workbench.core.extract.temporal.common import (
    MONTH,
    PARTS_OF_DAY,
    R_PREFIX,
    WEEKDAY,
    YEAR,
    Resolution,
    State,
    TCand,
    by_publication,
    deferred,
    from_publication,
    tense,
    with_prefix,
    written,
)
from workbench.core.extract.triggers import Trigger

DATE = ("date",)
_QUARTER_REACH = 1500
_YEAR_REACH = 400
_MONTH_REACH = 600
_DAY_REACH = 700


def _quarter_value(year: int, q: int) -> str:
    return f"{year}-Q{q}"


def _last_quarter(ref: dt.date) -> tuple[int, int]:
    """The last quarter that has ended at ``ref``."""
    q = tx.quarter_of(ref)
    return (ref.year, q - 1) if q > 1 else (ref.year - 1, 4)


def _quarter_in_view(st: State, pos: int, reach: int = _QUARTER_REACH) -> bool:
    return st.quarter is not None and pos - st.quarter_pos < reach


# ------------------------------------------------------------------ "last year", "this week", "the quarter"

R_UNITREL = lazy_i(
    r"(?<![\w-])(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|past|the\s+previous|previous|the\s+prior"
    r"|the\s+following|the\s+coming|coming|the\s+current|current|the\s+latest|latest|the\s+last|the\s+next"
    r"|the\s+full|the\s+entire|the\s+whole|the|that|a\s+full)\s+"
    r"(?P<fiscal>(?:fiscal|financial|calendar|tax)\s+)?"
    r"(?P<u>weekend|week|month|year|quarter|decade|century)(?![\w-])"
)
_ENDED_AFTER = lazy_i(rf"\s+(?:end(?:ed|ing|s)|to\s+date|through|that\s+end|to\s+{MONTH})")
_SET_AFTER = lazy_i(r"\s+(?:a|per|each)\s+(?:share|year|day|month|week)\b")
_OF_DATE_AFTER_RE = lazy(rf"\s+of\s+(?:{WEEKDAY}|{MONTH}|\d)")
_SHIFTS = {"this": 0, "current": 0, "the current": 0, "the": 0, "this past": -1, "last": -1, "the previous": -1,
           "previous": -1, "the prior": -1, "next": 1, "this coming": 1, "the following": 1, "the coming": 1,
           "coming": 1, "the latest": -1, "latest": -1, "that": 0}
_ANAPHORIC = {"the previous", "previous", "the prior", "the following", "that"}
_UNKNOWN = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX", "quarter": "XXXX-QX",
            "decade": "XXX", "century": "XX"}
_UNITREL_UNITS = {"week", "weekend", "month", "year", "quarter", "decade", "century"}
_REL_WORDS = {
    "this", "last", "next", "past", "previous", "prior", "following", "coming", "current", "latest", "the",
    "that", "full", "entire", "whole", "fiscal", "financial", "calendar", "tax",
}


_QUOTED_REL_WORDS = frozenset({"this", "last", "next", "past", "previous", "coming"})
"""Relative words that count from publication even right after an opening quote ("Last month was ...")."""


def _rel_word_before(t: Trigger, ctx: Context) -> bool:
    words = t.words_before(ctx.low)
    if t.word not in _UNITREL_UNITS or not words:
        return False
    word = words[-1].strip(",.;:(")
    if word in _REL_WORDS:
        return True
    # a quote may open the sentence ("Last month was our worst"), but not a title ("This Week")
    return word.lstrip("\"'\u201c\u2018") in _QUOTED_REL_WORDS and not ctx.text[t.start].isupper()


def _current_decade_or_century(ctx: Context, start: int, rel: str, u: str) -> bool:
    """"by the end of the decade", "the turn of the century": the current one (not "early in the decade")."""
    if rel != "the" or u not in ("decade", "century") or ctx.published is None:
        return False
    before = ctx.text[max(0, start - 22):start]
    return bool(R_PREFIX.search(ctx.text, max(0, start - 22), start)) and not before.rstrip().endswith(
        ("early", "late", "mid", "earlier", "later", "early in", "late in"))


def _unitrel_not_calendar(ctx: Context, m: re.Match[str], rel: str, u: str) -> TCand | bool:
    """The readings of "the/that/past + unit" that are not a calendar unit near publication: a duration
    ("the past year"), the current decade, or no claim at all (True)."""
    start, end = m.start(), m.end()
    if rel in ("the past", "the last", "the next", "past", "a full") and u != "weekend":
        return written(start, end, "duration", tx.duration(1, u), conf=0.8)
    if rel == "the" and u == "year" and _ENDED_AFTER.match(ctx.text, end):
        return written(start, end, "duration", "P1Y", conf=0.8)
    if _current_decade_or_century(ctx, start, rel, u):
        ref = ctx.published
        assert ref is not None
        value = str(ref.year // 10) if u == "decade" else f"{ref.year // 100:02d}"
        return with_prefix(ctx, from_publication(ctx, start, end, "date", value, conf=0.75))
    if rel == "the" and u in ("decade", "century") or rel == "that" and u not in ("year", "month", "quarter"):
        return True
    return rel == "the" and bool(_SET_AFTER.match(ctx.text, end) or _of_date_after(ctx.text, end))


def _of_date_after(text: str, end: int) -> bool:
    """"the week of March 6": that week, not this one."""
    return bool(_OF_DATE_AFTER_RE.match(text, end))


def _anaphoric_year(ctx: Context, start: int, end: int, rel: str, shift: int) -> TCand:
    ref = ctx.published
    assert ref is not None

    def value(st: State) -> Resolution | None:
        if st.year is not None and start - st.year_pos < _YEAR_REACH:
            return st.by_year(str(st.year + shift))
        return None if rel == "that" else by_publication(str(ref.year + shift), ref)

    return with_prefix(ctx, deferred(start, end, "date", value, conf=0.8))


def _anaphoric_month(ctx: Context, start: int, end: int, rel: str, shift: int) -> TCand:
    ref = ctx.published
    assert ref is not None

    def value(st: State) -> Resolution | None:
        if st.month is not None and start - st.month_pos < _MONTH_REACH:
            return st.by_month(tx.ym(*tx.add_months(st.month[0], st.month[1], shift)))
        if rel == "that":
            return None
        return by_publication(tx.ym(*tx.add_months(ref.year, ref.month, shift)), ref)

    return with_prefix(ctx, deferred(start, end, "date", value, conf=0.8, month=(0, 0)))


def _anaphoric_quarter(ctx: Context, start: int, end: int, rel: str) -> TCand:
    ref = ctx.published
    assert ref is not None

    def value(st: State) -> Resolution | None:
        if st.quarter is not None and _quarter_in_view(st, start):
            return st.by_quarter(_quarter_value(*st.quarter))
        return None if rel == "that" else by_publication(_quarter_value(*_last_quarter(ref)), ref)

    return deferred(start, end, "date", value, conf=0.75)


def _weekend(ctx: Context, m: re.Match[str], rel: str, shift: int, conf: float) -> TCand:
    """"the weekend": the last one looking back, the next looking ahead; on a Friday the one ahead."""
    ref = ctx.published
    assert ref is not None
    if rel in ("the past", "past", "this past", "last", "the previous", "previous"):
        direction = -1
    elif shift > 0 or ref.weekday() == 4:
        direction = 1
    else:
        direction = tense(ctx, m) or -1
    sat = tx.weekday_date(ref, 5, direction)
    if direction < 0 and ref.weekday() == 6:
        sat = ref - dt.timedelta(days=1)
    return from_publication(ctx, m.start(), m.end(), "date", tx.week(sat) + "-WE", conf=conf)


def _calendar_unit(ctx: Context, m: re.Match[str], rel: str, u: str, shift: int, conf: float) -> TCand | None:
    """"last year", "next month", "this week", "the current quarter": counted from the publication date."""
    ref = ctx.published
    assert ref is not None
    start, end = m.start(), m.end()
    if u == "year":
        y = ref.year + shift
        return with_prefix(ctx, from_publication(ctx, start, end, "date", str(y), year=y, conf=conf))
    if u == "month":
        value = tx.ym(*tx.add_months(ref.year, ref.month, shift))
        return with_prefix(ctx, from_publication(ctx, start, end, "date", value, conf=conf))
    if u == "week":
        value = tx.week(ref + dt.timedelta(days=7 * shift))
        return with_prefix(ctx, from_publication(ctx, start, end, "date", value, conf=conf))
    if u == "weekend":
        return _weekend(ctx, m, rel, shift, conf)
    if u == "quarter":
        index = ref.year * 4 + (tx.quarter_of(ref) - 1) + shift
        q = (index // 4, index % 4 + 1)
        return from_publication(ctx, start, end, "date", _quarter_value(*q), conf=conf, quarter=q)
    if u == "decade":
        return from_publication(ctx, start, end, "date", str(ref.year // 10 + shift), conf=conf)
    return from_publication(ctx, start, end, "date", f"{ref.year // 100 + shift:02d}", conf=conf)


@recogniser("unitrel", R_UNITREL, kinds=("date", "duration"), anchors=[on("unit", 40, 2, words=_UNITREL_UNITS, when=_rel_word_before)],
            examples=[Example("Exports grew 3 percent last year.", "last year", "2017"),
                      Example("The talks began this week.", "this week", "2018-W07"),
                      Example("It was sold in 2014. The following year it closed.", "The following year", "2015")])
def unitrel(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A calendar unit with a relative word: "last year", "this week", "the following month", "the quarter"."""
    rel = " ".join(m.group("rel").lower().split())
    u = m.group("u").lower()
    if rel in ("the full", "the entire", "the whole"):
        rel = "this"
    other = _unitrel_not_calendar(ctx, m, rel, u)
    if other is True:
        return None
    if isinstance(other, TCand):
        return other
    conf = 0.7 if rel in ("the", "that") else 0.9
    if ctx.published is None:
        return with_prefix(ctx, from_publication(ctx, m.start(), m.end(), "date", _UNKNOWN[u], conf=conf * 0.8))
    shift = _SHIFTS[rel]
    if u == "year" and rel in _ANAPHORIC:
        return _anaphoric_year(ctx, m.start(), m.end(), rel, shift)
    if u == "month" and rel in _ANAPHORIC:
        return _anaphoric_month(ctx, m.start(), m.end(), rel, shift)
    if u == "quarter" and rel in ("the", "the latest", "latest", "that"):
        return _anaphoric_quarter(ctx, m.start(), m.end(), rel)
    return _calendar_unit(ctx, m, rel, u, shift, conf)


R_YEARAGO = lazy_i(r"(?:the\s+)?(?<![\w-])year-(?:ago|earlier)(?:\s+(?P<u>quarter|period|month|week))?(?![\w-])")


@recogniser("yearago", R_YEARAGO, kinds=DATE,
            anchors=[on("unit", 5, 20, words={"year"},
                        when=lambda t, ctx: ctx.low.startswith(("-ago", "-earlier"), t.end))],
            examples=[Example("Profit rose from the year-ago level.", "the year-ago", "2017"),
                      Example("Sales rose 4% in the third quarter from year-earlier levels.", "year-earlier",
                              "2016-Q3")])
def yearago(ctx: Context, m: re.Match[str]) -> TCand | None:
    """"the year-ago quarter", "year-earlier": the quarter in view a year before, else last year."""
    ref = ctx.published
    if ref is None:
        return from_publication(ctx, m.start(), m.end(), "date", "XXXX", conf=0.6)
    start = m.start()

    def value(st: State) -> Resolution | None:
        if st.quarter is not None and _quarter_in_view(st, start, 600):
            return st.by_quarter(_quarter_value(st.quarter[0] - 1, st.quarter[1]))
        return by_publication(str(ref.year - 1), ref)

    return deferred(start, m.end(), "date", value, conf=0.75, backward=True)


# ------------------------------------------------------------------ quarters and halves

R_QUARTER = lazy_i(
    rf"(?:(?P<yp>{YEAR}|this\s+year|last\s+year|next\s+year)(?:'s|\u2019s)\s+)?"
    rf"(?:the\s+)?(?:(?P<ya>year-ago|year-earlier)\s+)?(?:(?P<yp2>{YEAR})\s+)?(?:fiscal\s+)?"
    r"(?<![\w-])(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous|past"
    r"|year-ago|year-earlier|comparable)[- ](?:fiscal\s+)?(?P<u>quarter|half)(?![\w-])"
    rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{YEAR})|(?P<ry>this|last|next|the)\s+year))?"
    rf"|(?<![\w-])(?P<q>(?-i:Q[1-4]|H[12]))(?:\s+(?P<qy>{YEAR}))?(?![\w-])"
)
_ENDED_CLAUSE = lazy_i(r",?\s+(?:(?:which|that)\s+)?(?:ended|closed|finished)\b")
_ORDINAL_PARTS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_WRITTEN_YEAR_GROUPS = ("yp", "yp2", "y")


def _coded_quarter(ctx: Context, m: re.Match[str]) -> TCand:
    """"Q3 2017", "H1": the year written, else the publication year."""
    code = m.group("q").upper()
    n, kind = int(code[1]), "Q" if code[0] == "Q" else "H"
    if m.group("qy"):
        year = int(m.group("qy"))
        return written(m.start(), m.end(), "date", f"{year:04d}-{kind}{n}", quarter=(year, n) if kind == "Q" else None)
    ref = ctx.published
    ys = f"{ref.year:04d}" if ref else "XXXX"
    quarter = (ref.year, n) if ref and kind == "Q" else None
    return from_publication(ctx, m.start(), m.end(), "date", f"{ys}-{kind}{n}", quarter=quarter)


def _quarter_year(ctx: Context, m: re.Match[str]) -> tuple[int | None, bool]:
    """The year a quarter is of, and whether it is written in digits ("2017's", "of 2017")."""
    year: int | None = None
    for key in _WRITTEN_YEAR_GROUPS:
        if m.group(key) and m.group(key)[:1].isdigit():
            year = int(m.group(key))
    ry = (m.group("ry") or "").lower() or (m.group("yp") or "").lower().split(" ")[0]
    if ry and ry[0].isalpha() and ctx.published is not None:
        return ctx.published.year + {"this": 0, "last": -1, "next": 1, "the": 0}.get(ry, 0), False
    return year, year is not None


def _ordinal_quarter(ctx: Context, m: re.Match[str], kind: str, n: int) -> TCand | None:
    """"the third quarter", "the first half of 2017": a year not written is inferred from publication."""
    if kind == "H" and n > 2:
        return None
    year, is_written = _quarter_year(ctx, m)
    ref = ctx.published
    if year is None and ref is not None:
        cur = tx.quarter_of(ref) if kind == "Q" else (1 if ref.month <= 6 else 2)
        direction = -1 if _ENDED_CLAUSE.match(ctx.text, m.end()) else tense(ctx, m)
        year = ref.year - 1 if n > cur and direction <= 0 else ref.year
    if m.group("ya") and year is not None:
        year -= 1
    value = f"{year:04d}-{kind}{n}" if year else f"XXXX-{kind}{n}"
    quarter = (year, n) if year and kind == "Q" else None
    if is_written:
        return written(m.start(), m.end(), "date", value, quarter=quarter, year=year)
    return from_publication(ctx, m.start(), m.end(), "date", value, quarter=quarter)


def _relative_quarter(ctx: Context, m: re.Match[str], ordw: str) -> TCand:
    """"the current quarter", "the previous quarter", and "the year-ago/latest quarter" (from the quarter
    in view)."""
    ref = ctx.published
    assert ref is not None
    start = m.start()
    if ordw in ("year-ago", "year-earlier", "latest", "comparable"):
        back = 1 if ordw in ("year-ago", "year-earlier") else 0

        def value(st: State) -> Resolution | None:
            if st.quarter is not None and _quarter_in_view(st, start):
                return st.by_quarter(_quarter_value(st.quarter[0] - back, st.quarter[1]))
            y, q = _last_quarter(ref)
            return by_publication(_quarter_value(y - back, q), ref)

        return deferred(start, m.end(), "date", value, conf=0.8, backward=bool(back))
    shift = 0 if ordw == "current" else -1
    index = ref.year * 4 + tx.quarter_of(ref) - 1 + shift
    year, n = index // 4, index % 4 + 1
    return from_publication(ctx, start, m.end(), "date", f"{year:04d}-Q{n}", quarter=(year, n))


@recogniser("quarter", R_QUARTER, kinds=DATE, anchors=[on("unit", 45, 30, words={"half", "quarter", "quarters"}), on("q", 2, 8)],
            examples=[Example("Sales fell in the third quarter.", "the third quarter", "2017-Q3"),
                      Example("Output rose in Q3 2017.", "Q3 2017", "2017-Q3"),
                      Example("Profit doubled in the first half of 2017.", "the first half of 2017", "2017-H1")])
def quarter(ctx: Context, m: re.Match[str]) -> TCand | None:
    """Quarters and halves: "the third quarter", "Q3 2017", "the first half of 2017", "the year-ago quarter"."""
    if m.group("q"):
        return _coded_quarter(ctx, m)
    ordw = m.group("ord").lower()
    kind = "Q" if m.group("u").lower() == "quarter" else "H"
    if ordw in ("last", "final") and (m.group("y") or m.group("ry")):
        ordw = "fourth" if kind == "Q" else "second"
    if ordw in _ORDINAL_PARTS:
        return _ordinal_quarter(ctx, m, kind, _ORDINAL_PARTS[ordw])
    if ctx.published is not None and kind == "Q":
        return _relative_quarter(ctx, m, ordw)
    return None


R_MONTHQ = lazy_i(
    rf"(?:the\s+)?(?<![\w-])(?P<m1>{MONTH})(?:\s*[-\u2013/]\s*(?P<m2>{MONTH}))?(?:\s+(?P<y>{YEAR}))?[- ]quarter"
    rf"(?![\w-])(?:\s+of\s+(?P<y2>{YEAR})(?!\d))?"
)


@recogniser("monthq", R_MONTHQ, kinds=DATE,
            anchors=[on("unit", 40, 12, words={"quarter", "quarters"})],
            examples=[Example("Sales fell in the December quarter.", "the December quarter", "2017-Q4"),
                      Example("It grew in the April-June quarter of 2016.", "the April-June quarter of 2016",
                              "2016-Q2")])
def month_quarter(ctx: Context, m: re.Match[str]) -> TCand | None:
    """"the June quarter", "the October-December quarter": the calendar quarter ending in that month."""
    m1 = tx.month_number(m.group("m1"))
    m2 = tx.month_number(m.group("m2")) if m.group("m2") else None
    if m2 is None and m1 % 3:
        return None  # only a quarter's last month names it ("the March quarter")
    if m2 is not None and ((m2 - m1) % 12 != 2 or m2 % 3):
        return None
    q = ((m2 or m1) - 1) // 3 + 1
    ys = m.group("y") or m.group("y2")
    if ys:
        return written(m.start(), m.end(), "date", f"{ys}-Q{q}", quarter=(int(ys), q), conf=0.85)
    if ctx.published is None:
        return from_publication(ctx, m.start(), m.end(), "date", f"XXXX-Q{q}", conf=0.8)
    year = tx.month_year(ctx.published, 3 * q - 2, tense(ctx, m) or -1)
    return from_publication(ctx, m.start(), m.end(), "date", f"{year}-Q{q}", quarter=(year, q), conf=0.85)


R_PERIOD = lazy_i(
    rf"(?<![\w-])the\s+(?:(?P<y>{YEAR})|(?P<w>latest|comparable|corresponding|same))\s+period(?![\w-])"
    r"(?:\s+(?P<ago>last\s+year|a\s+year\s+(?:ago|earlier)|of\s+(?:last|the\s+previous)\s+year))?"
)


@recogniser("period", R_PERIOD, kinds=DATE, anchors=[scanning(lazy(r"\bperiod\b"), 30, 30)],
            examples=[Example("Profit fell in the third quarter from the comparable period last year.",
                              "the comparable period last year", "2016-Q3"),
                      Example("Sales rose from the 1988 period.", "the 1988 period", "1988")])
def period(ctx: Context, m: re.Match[str]) -> TCand | None:
    """Earnings-report periods: "the latest period", "the 1988 period", "the comparable period last year".

    They name the quarter the report is about (the last one mentioned); with no quarter in view, "the
    1988 period" is the year and the others are not claims.
    """
    w = (m.group("w") or "").lower()
    ago = m.group("ago") is not None
    year = int(m.group("y")) if m.group("y") else None
    if w == "same" and not ago:
        return None  # "in the same period" alone: which period is not said
    back = 1 if ago or w in ("comparable", "corresponding") else 0
    ref, start = ctx.published, m.start()

    def value(st: State) -> Resolution | None:
        if st.quarter is not None and _quarter_in_view(st, start):
            if st.months_pos > st.quarter_pos:  # "in the first nine months ... the 1988 period"
                return st.by_quarter(str(year if year else st.quarter[0] - back))
            return st.by_quarter(_quarter_value(year if year else st.quarter[0] - back, st.quarter[1]))
        if year:
            return Resolution(str(year), "absolute")
        if ref is None:
            return None
        if ago:
            return by_publication(str(ref.year - 1), ref)
        if w == "latest":  # the last quarter that has ended
            return by_publication(_quarter_value(*_last_quarter(ref)), ref)
        return None

    return deferred(start, m.end(), "date", value, conf=0.7, backward=True)


R_YEAREND = lazy_i(r"(?<![\w-])(?:the\s+)?year(?:-|\s+|['\u2019]s\s+)end(?![\w-])")


@recogniser("yearend", R_YEAREND, kinds=DATE,
            anchors=[on("unit", 5, 10, words={"year"}, when=lambda t, ctx: ctx.low.startswith(
                ("-end", " end", "'s end", "\u2019s end"), t.end))],
            examples=[Example("The deal should close by year-end.", "year-end", "2018"),
                      Example("Rates rose before the year's end.", "the year's end", "2017")])
def yearend(ctx: Context, m: re.Match[str]) -> TCand | None:
    """"year-end", "the year's end": the end of this year (of last year, early in a year, looking back)."""
    ref = ctx.published
    if ref is None:
        return from_publication(ctx, m.start(), m.end(), "date", "XXXX", mod="END", conf=0.6)
    y = ref.year - 1 if ref.month <= 3 and tense(ctx, m) < 0 else ref.year
    return with_prefix(ctx, from_publication(ctx, m.start(), m.end(), "date", str(y), mod="END", conf=0.75))


# ------------------------------------------------------------------ "that day", "the next morning"

R_DAYANA = lazy_i(
    r"(?<![\w-])(?:(?P<pre>earlier|later|early|late)\s+(?:(?P<in>in|on)\s+)?)?"
    r"(?:(?P<that>that(?:\s+(?:same|very))?|the\s+(?:same|very)|this\s+same)"
    r"|the\s+(?P<rel>next|following|previous|preceding|prior))\s+"
    rf"(?P<u>day|{PARTS_OF_DAY})(?![\w-])"
)
_DAYANA_BEFORE = {"that", "same", "very", "next", "following", "previous", "preceding", "prior"}
_DAYANA_HEAD = lazy(r"\b(?:that|same|very|next|following|previous|preceding|prior)\s+(?:morning|afternoon|evening)\b")
_DAY_SHIFTS = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}


def _day_after_anaphor(t: Trigger, ctx: Context) -> bool:
    words = t.words_before(ctx.low)
    return t.word in ("day", "night") and bool(words) and words[-1] in _DAYANA_BEFORE


@recogniser("dayana", R_DAYANA, kinds=DATE,
            anchors=[on("unit", 40, 2, words={"day", "night"}, when=_day_after_anaphor), scanning(_DAYANA_HEAD, 40, 2)],
            examples=[Example("The bomb exploded on 3 March 2016. Later that day police arrived.",
                              "Later that day", "2016-03-03"),
                      Example("They met on 3 March 2016 and signed the next morning.", "the next morning",
                              "2016-03-04TMO")])
def day_anaphora(ctx: Context, m: re.Match[str]) -> TCand | None:
    """"that day", "the same day", "earlier that day", "the next morning": a day the article named before.

    Valued from the last full date mentioned within a few sentences ("that same day" after a month
    gives YYYY-MM-XX); without one the expression is generic ("trades made that day") and is not a claim.
    """
    u = m.group("u").lower()
    shift = _DAY_SHIFTS.get((m.group("rel") or "").lower(), 0)
    suffix = "" if u == "day" else f"T{tx.PARTS_OF_DAY[u]}"
    start = m.start()
    same = "same" in (m.group("that") or "").lower()

    def value(st: State) -> Resolution | None:
        day_ok = st.day is not None and start - st.day_pos < _DAY_REACH
        month_ok = st.month is not None and start - st.month_pos < _DAY_REACH
        if day_ok and not (same and month_ok and st.month_pos > st.day_pos):
            assert st.day is not None
            return st.by_day(tx.ymd(st.day + dt.timedelta(days=shift)) + suffix)
        if month_ok and same:  # "last October ... that same day"
            assert st.month is not None
            return st.by_month(f"{tx.ym(*st.month)}-XX{suffix}")
        return None

    return deferred(start, m.end(), "date", value, conf=0.7)
