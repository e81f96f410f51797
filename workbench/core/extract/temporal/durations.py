"""Durations and counted offsets: "three years", "more than a decade", "a two-year contract", "for years",
"two years ago", "a year earlier"."""

from __future__ import annotations

import datetime as dt
import re

from workbench.core.extract import timex as tx
from workbench.core.extract.base import Context
from workbench.core.extract.numbers import DIGITS, UNITS, WORD_NUMBER, parse_number
from workbench.core.extract.patterns import lazy_i
from workbench.core.extract.registry import Example, on, recogniser
from workbench.core.extract.temporal.common import (
    MODS,
    NUMP,
    UNIT,
    Resolution,
    State,
    TCand,
    by_publication,
    deferred,
    from_publication,
    num,
    written,
)
from workbench.core.extract.triggers import Trigger
from workbench.core.extract.vocab import calendar
from workbench.core.extract.vocab.qualifiers import APPROX_MODS, OUTSIDE_DURATION_SPAN, mod_code

DURATION = ("duration",)
_NUMERICISH = set(UNITS) | {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
    "million", "a", "an", "few", "several", "many", "couple", "of", "half", "dozen", "dozens", "hundreds",
    "handful", "and",
}
"""Words before a time unit that make it counted ("three more years", "a few weeks")."""


_WORD_EDGES = ",.;:(\"'\u201c\u2018"
"""Punctuation stripped from a word before a trigger: a quote may open the sentence ("Three years ago ...")."""


def _numeric_before(t: Trigger, ctx: Context) -> bool:
    """A time unit counted by the words before it ("three more years", "a few weeks"); computed once."""
    if t.memo is not None and "numeric" in t.memo:
        return bool(t.memo["numeric"])
    numeric = t.word != "half" and any(x.strip(_WORD_EDGES) in _NUMERICISH or x[-1:].isdigit()
                                       for x in t.words_before(ctx.low))
    if t.memo is None:
        t.memo = {}
    t.memo["numeric"] = numeric
    return numeric


def _words_reach(t: Trigger, ctx: Context) -> int:
    """The length of the last three words before the trigger (within 40 characters)."""
    before = ctx.low[max(0, t.start - 40):t.start]
    parts = before.rsplit(None, 3)
    return len(before) - len(parts[0]) if len(parts) == 4 else len(before)


# ------------------------------------------------------------------ "two years ago", "a year earlier"

R_AGO = lazy_i(
    rf"(?:(?P<mod>{MODS})\s+)?(?<![\w-])(?P<n>{NUMP})\s+(?P<u>{UNIT})(?:\s+or\s+so)?"
    r"\s+(?P<dir>ago|earlier|later|from\s+now|hence|before|after)(?!\w)"
)
_AGO_AFTER = lazy_i(r"\s+(?:or\s+so\s+)?(?:ago|earlier|later|before|after|from\s+now|hence)\b")
_QUARTER_REACH = 1000
_MONTH_ANCHOR_REACH = 160
"""How far back "a year earlier" / "a month earlier" look for the month they are counted from."""


def month_in_view(st: State, pos: int) -> bool:
    """A month-only date ("in October") stands shortly before ``pos``, in the same stretch of text."""
    return st.month is not None and st.bare_month_pos == st.month_pos and pos - st.month_pos < _MONTH_ANCHOR_REACH


def _years_earlier(ctx: Context, m: re.Match[str], k: int, earlier: bool, **kw: object) -> TCand:
    """"a year earlier" after "in January" or "the third quarter": that month or quarter a year before;
    else (and for "N years ago") counted from the publication year."""
    ref = ctx.published
    assert ref is not None
    start = m.start()
    if not earlier and abs(k) != 1:
        return from_publication(ctx, start, m.end(), "date", str(ref.year + k), **kw)

    def value(st: State) -> Resolution | None:
        if earlier and month_in_view(st, start) and st.month_pos > st.quarter_pos:
            assert st.month is not None
            return st.by_month(tx.ym(st.month[0] + k, st.month[1]))  # "in January, up from a year earlier"
        if st.quarter is not None and start - st.quarter_pos < _QUARTER_REACH and abs(k) == 1:
            return st.by_quarter(f"{st.quarter[0] + k}-Q{st.quarter[1]}")
        return by_publication(str(ref.year + k), ref)

    return deferred(start, m.end(), "date", value, backward=True, **kw)


def _months_earlier(ctx: Context, m: re.Match[str], k: int, earlier: bool, **kw: object) -> TCand:
    ref = ctx.published
    assert ref is not None
    start = m.start()
    if not earlier:
        return from_publication(ctx, start, m.end(), "date", tx.ym(*tx.add_months(ref.year, ref.month, k)), **kw)

    def value(st: State) -> Resolution | None:
        if month_in_view(st, start):  # "in October, from a month earlier"
            assert st.month is not None
            return st.by_month(tx.ym(*tx.add_months(st.month[0], st.month[1], k)))
        return by_publication(tx.ym(*tx.add_months(ref.year, ref.month, k)), ref)

    return deferred(start, m.end(), "date", value, backward=True, **kw)


def _counted_date(ctx: Context, m: re.Match[str], u: str, k: int, mod: str | None, approx: bool) -> TCand | None:
    """The date ``k`` units from publication ("three weeks ago", "two decades ago")."""
    ref = ctx.published
    assert ref is not None
    span = (m.start(), m.end())
    if u in ("year", "yr", "month"):
        kw: dict[str, object] = {"mod": mod, "approx": approx, "conf": 0.85}
        earlier = m.group("dir").lower() == "earlier"
        return (_years_earlier if u != "month" else _months_earlier)(ctx, m, k, earlier, **kw)
    if u == "decade":
        return from_publication(ctx, *span, "date", str(ref.year + 10 * k), mod=mod, approx=approx)
    if u == "century":
        return from_publication(ctx, *span, "date", f"{(ref.year + 100 * k) // 100:02d}", mod=mod)
    if u == "quarter":
        y, mo = tx.add_months(ref.year, ref.month, 3 * k)
        return from_publication(ctx, *span, "date", f"{y}-Q{(mo - 1) // 3 + 1}", mod=mod)
    if u in ("week", "fortnight"):
        d = ref + dt.timedelta(days=7 * k * (2 if u == "fortnight" else 1))
        value = tx.ymd(d) if abs(k) <= 3 else tx.week(d)
        return from_publication(ctx, *span, "date", value, mod=mod, approx=approx, conf=0.85)
    if u in ("day", "night"):
        return from_publication(ctx, *span, "date", tx.ymd(ref + dt.timedelta(days=k)), mod=mod, approx=approx,
                                conf=0.85)
    return None  # hours and minutes ago: a time of day nobody wrote


_VAGUE_GRANULARITY = {"year": "XXXX", "decade": "XXX", "century": "XX", "month": "XXXX-XX"}


@recogniser("ago", R_AGO, kinds=("date", "duration"),
            anchors=[on("unit", 48, 26, reach=_words_reach,
                        when=lambda t, ctx: _numeric_before(t, ctx) and bool(_AGO_AFTER.match(ctx.low, t.end)))],
            examples=[Example("The plant closed two years ago.", "two years ago", "2016"),
                      Example("Sales rose in January from a year earlier.", "a year earlier", "2017-01"),
                      Example("He returned three weeks later.", "three weeks", "P3W")])
def ago(ctx: Context, m: re.Match[str]) -> TCand | None:
    """"N units ago/earlier/from now" (a date) and "N units later/after/before" (a duration)."""
    n = num(m.group("n"))
    u = m.group("u").lower().rstrip("s")
    u = "century" if u == "centurie" else u
    direction = " ".join(m.group("dir").lower().split())
    mod = mod_code(m.group("mod"))
    approx = mod in APPROX_MODS or n is None
    if direction in ("later", "after", "before"):
        end = m.start("dir")
        while end > m.start() and ctx.text[end - 1].isspace():
            end -= 1
        return written(m.start(), end, "duration", tx.duration(n, u), mod=mod, approx=approx, conf=0.8)
    ref = ctx.published
    if ref is None or n is None:
        gran = _VAGUE_GRANULARITY.get(u, "XXXX-XX-XX")
        if ref is not None and u in ("year", "decade"):  # "years ago": some year of this decade or century
            gran = str(ref.year)[:3] + "X" if u == "year" else str(ref.year)[:2] + "X"
        return from_publication(ctx, m.start(), m.end(), "date", gran, mod=mod, approx=True, conf=0.6)
    if abs(n - round(n)) > 1e-9:
        return from_publication(ctx, m.start(), m.end(), "date", "XXXX", mod=mod, approx=approx, conf=0.5)
    k = int(round(n)) * (1 if direction in ("from now", "hence") else -1)
    return _counted_date(ctx, m, u, k, mod, approx)


# ------------------------------------------------------------------ "three years", "more than a decade"

R_DURATION = lazy_i(
    rf"(?:(?P<mod>{MODS})\s+)?(?P<det>(?:each\s+of\s+)?the\s+(?:(?P<rel>past|last|next|first|final|previous"
    r"|coming|following|latest|initial|remaining|entire|full|last\s+few|past\s+few|next\s+few|past\s+several"
    r"|last\s+several|next\s+several|first\s+few|few)\s+)?)?"
    rf"(?<![\w-])(?P<n>{NUMP})(?:\s*(?:to|or|-|\u2013)\s*(?P<n2>{DIGITS}|{WORD_NUMBER}))?"
    r"(?P<half>\s+and\s+a\s+half)?\s+(?:(?:more|additional|extra|full|straight|consecutive"
    r"|trading|business|working|calendar|long|solid|short|successive)\s+)?"
    rf"(?P<u>{UNIT})(?![\w-])(?P<half2>\s+and\s+a\s+half)?"
)
_VAGUE_NUMBER = lazy_i(r"(?:a\s+few|a\s+couple|several|many|a\s+handful|dozens|hundreds)")
_FOUR_DIGITS = lazy_i(r"\d{4}")
_OLD_AFTER = lazy_i(r"\s+old\b")
_RATE_BEFORE = lazy_i(
    r"(?:\d|%|\b(?:million|billion|thousand|hundred|times|once|twice|thrice|cents|dollars|euros|pounds|percent"
    r"|cent|barrels|tonnes|tons|hours|meals|visits|people|deaths|sessions|shifts|miles|km|dose|doses))[\s,]*$"
)
_RATE_PREPS = {
    "in", "for", "within", "over", "after", "than", "about", "nearly", "almost", "around", "some", "once",
    "under", "least", "only", "just", "past", "last", "next", "per", "to", "and", "or", "of",
}
_RATE_STOP = {
    "is", "was", "are", "were", "be", "been", "being", "not", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "it", "that", "which", "who", "and", "or", "but", "the", "this", "there",
}
_NUMERICISH_STRICT = set(UNITS) - {"one"} | {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
    "million", "billion", "dozen", "dozens", "hundreds", "thousands", "millions",
}


def rate_before(ctx: Context, start: int) -> bool:
    """True when "a year" follows an amount ("300,000 homes a year", "$5 a day"): a rate, not a duration."""
    if _RATE_BEFORE.search(ctx.text, max(0, start - 30), start):
        return True
    words = ctx.text[max(0, start - 45):start].split()[-4:]
    if not words or words[-1].lower().strip(",") in _RATE_PREPS:
        return False
    for w in reversed(words):
        low = w.lower().strip(",")
        if any(ch.isdigit() for ch in w) or low in _NUMERICISH_STRICT:
            return True
        if low in _RATE_STOP or w.endswith((",", ".", ";", ":")):
            return False
    return False


def _not_a_duration(ctx: Context, m: re.Match[str], low: str, u: str) -> bool:
    """"a year" as a rate, "one day" (some day), "a quarter" (a share), "a second" (an ordinal), "1988
    quarter" (a year), "5 to 3 years" (not a range)."""
    det, bare = m.group("det"), not m.group("det") and not m.group("mod")
    if low in ("a", "an") and bare and rate_before(ctx, m.start()):
        return True
    if low == "some" or (low == "one" and u == "day" and bare):
        return True
    if not det and (u in ("quarter", "quarters") and low in ("a", "an", "one")
                    or u in ("second", "seconds") and low in ("a", "an")):
        return True
    if m.group("n2") is not None:
        n1, n2 = num(m.group("n")), num(m.group("n2"))
        if n2 is None or n1 is None or n2 <= n1:
            return True
    n = num(m.group("n"))
    if n is None and not _VAGUE_NUMBER.match(low):
        return True
    return n is not None and n >= 1000 and bool(_FOUR_DIGITS.fullmatch(m.group("n"))) and not u.endswith("s")


def _duration_mod_and_start(m: re.Match[str], low: str) -> tuple[str | None, int]:
    """The qualifier reported and where the span starts: TIMEX3 keeps "more than" in the span
    ("**more than a decade**"), leaves "only", "at least" and "over N" out."""
    det = m.group("det")
    mod, start = mod_code(m.group("mod")), m.start()
    words = " ".join((m.group("mod") or "").lower().split())
    if words == "over" and low not in ("a", "an"):
        return None, m.start("det") if det else m.start("n")
    if words.startswith(("the last", "the past", "the next")):
        return None, start
    if words and (det or words in OUTSIDE_DURATION_SPAN):
        return (None if det else mod), m.start("det") if det else m.start("n")
    return mod, start


@recogniser("duration", R_DURATION, kinds=DURATION,
            anchors=[on("unit", 48, 20, when=_numeric_before, reach=_words_reach)],
            examples=[Example("The war lasted three years.", "three years", "P3Y"),
                      Example("It took more than a decade.", "more than a decade", "P10Y"),
                      Example("The next three quarters will be hard.", "The next three quarters", "P9M")])
def duration(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A counted stretch of time: "three years", "18 months", "5 1/2 hours", "the past few weeks"."""
    low = " ".join(m.group("n").lower().split())
    u = m.group("u").lower()
    if _not_a_duration(ctx, m, low, u):
        return None
    n = num(m.group("n"))
    if m.group("half") or m.group("half2"):
        n = n + 0.5 if n is not None else None
    if n is not None and n > 10000:
        return None
    mod, start = _duration_mod_and_start(m, low)
    if low in ("a", "an") and not m.group("det") and rate_before(ctx, start):
        return None
    if _OLD_AFTER.match(ctx.text, m.end()):
        return None  # "52 years old": an age, not a time expression
    approx = mod in APPROX_MODS or n is None
    return written(start, m.end(), "duration", tx.duration(n, u), mod=mod, approx=approx,
                   conf=0.9 if n is not None else 0.7)


R_DURADJ = lazy_i(
    rf"(?<![\w-])(?P<n>{DIGITS}|{WORD_NUMBER}|several|multi|half)-(?P<u>second|minute|hour|day|night|week|month"
    r"|quarter|year|decade|century)(?:(?P<old>-old)|-long)?(?![\w-])"
    r"|(?<![\w-])(?P<u2>hours?|days?|nights?|weeks?|months?|years?|decades?|century|centuries)-long(?![\w-])"
)


def _hyphen_or_numeric_before(t: Trigger, ctx: Context) -> bool:
    return t.word != "half" and (ctx.low[max(0, t.start - 40):t.start].endswith("-") or _numeric_before(t, ctx))


@recogniser("duradj", R_DURADJ, kinds=DURATION,
            anchors=[on("dig", 2, 20, follows="-"),
                     on("unit", 35, 11, when=_hyphen_or_numeric_before),
                     on("unit", 2, 6, when=lambda t, ctx: not _hyphen_or_numeric_before(t, ctx)
                        and ctx.low.startswith("-long", t.end))],
            examples=[Example("He signed a two-year contract.", "two-year", "P2Y"),
                      Example("It ended a decades-long feud.", "decades-long", "PXDE")])
def duradj(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A duration used as an adjective: "a two-year contract", "a day-long meeting", "a decades-long feud"."""
    if m.group("u2"):  # "a day-long meeting" (one day), "a decades-long feud" (some decades)
        u2 = m.group("u2").lower()
        n1 = None if u2.endswith("s") else 1
        return written(m.start(), m.end(), "duration", tx.duration(n1, u2), approx=n1 is None, conf=0.8)
    if m.group("old"):
        return None  # an age ("a 6-year-old boy") is not a time expression
    nstr = m.group("n").lower()
    n = None if nstr in ("several", "multi") else 0.5 if nstr == "half" else parse_number(nstr)
    if n is None and nstr not in ("several", "multi"):
        return None
    return written(m.start(), m.end(), "duration", tx.duration(n, m.group("u").lower()), approx=n is None,
                   conf=0.85)


R_VAGUE = lazy_i(
    r"(?P<pre>(?:for|over|in|within|during|after|throughout)\s+)?(?P<det>(?:the\s+)?(?:(?:past|last|next|coming"
    r"|recent|previous|first|early|initial|following)\s+)?(?:(?:few|several|many)\s+)?)"
    r"(?<![\w-])(?P<u>years|months|weeks|days|decades|hours|minutes|centuries|quarters)(?![\w-])"
)
_TAKE_VERBS = {"take", "takes", "took", "taking", "taken", "last", "lasts", "lasted", "lasting", "spent", "spend",
               "spends", "spending", "wait", "waited", "waiting"}
_VAGUE_BEFORE = {
    "few", "several", "many", "recent", "past", "last", "next", "coming", "for", "over", "within", "during",
    "throughout", "after", "in", "the", "previous", "first", "early", "initial", "following",
}


_PLURAL_UNITS = {w for w in calendar.time_unit_words() if w.endswith("s")}


def _vague_cue(t: Trigger, ctx: Context) -> bool:
    words = t.words_before(ctx.low)
    return any(x.strip(_WORD_EDGES) in _VAGUE_BEFORE for x in words) or bool(words) and words[-1] in _TAKE_VERBS


def _vague_rejected(ctx: Context, m: re.Match[str], det: str, pre: str | None) -> bool:
    """A bare plural needs "for", "over", "the past few", or a verb like "take" before it ("could take days");
    "weeks before the vote" names a time anchored on an event, whose value cannot be told."""
    u, words = m.group("u").lower(), det.lower().split()
    if not det.strip() and not pre:
        words_before = ctx.text[max(0, m.start() - 12):m.start()].lower().split()
        if not (words_before and words_before[-1] in _TAKE_VERBS):
            return True
        if words_before[-1] in _NUMERICISH or words_before[-1][-1:].isdigit():
            return True
    if not pre and words == ["the"] or words and words[-1] == "the":
        return True
    if pre and not det.strip() and pre.strip().lower() not in ("for", "over", "within", "throughout"):
        return True
    if "early" in words and u in ("hours", "minutes"):
        return True  # "in the early hours of Thursday": a time of day, not a duration
    return bool(("first" in words or "early" in words or "initial" in words) and u not in (
        "years", "days", "hours", "weeks", "months"))


@recogniser("vague", R_VAGUE, kinds=DURATION, anchors=[on("unit", 45, 2, words=_PLURAL_UNITS, when=_vague_cue)],
            examples=[Example("The talks could take days.", "days", "PXD"),
                      Example("Prices rose over the past few weeks.", "the past few weeks", "PXW")])
def vague(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A stretch of time with no number: "for years", "the past few weeks", "could take days"."""
    det = m.group("det") or ""
    if _vague_rejected(ctx, m, det, m.group("pre")):
        return None
    start = m.start("det") if det.strip() else m.start("u")
    return written(start, m.end(), "duration", tx.duration(None, m.group("u").lower()), approx=True, conf=0.65)


R_AHEAD = lazy_i(r"(?<![\w-])the\s+(?:(?:few|several|many)\s+)?(?P<u>years|months|weeks|days|hours)\s+ahead(?![\w-])")


@recogniser("ahead", R_AHEAD, kinds=DURATION,
            anchors=[on("unit", 25, 8, words=_PLURAL_UNITS, when=lambda t, ctx: ctx.low.startswith(" ahead", t.end))],
            examples=[Example("The months ahead will be hard.", "The months ahead", "PXM"),
                      Example("Investors see gains in the years ahead.", "the years ahead", "PXY")])
def ahead(ctx: Context, m: re.Match[str]) -> TCand | None:
    """"the months ahead", "the few years ahead": a vague stretch from now."""
    return written(m.start(), m.end(), "duration", tx.duration(None, m.group("u")), approx=True, conf=0.6)
