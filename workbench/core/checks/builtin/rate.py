"""``rate``: a rate per period against the same rate over another period, or the total it makes.

"£350m a week, or £5bn a year" (52 weeks of £350m is £18.2bn), "$10,000 a month, or $120,000 a year",
"5,000 barrels a day, or 1.8 million barrels a year", "$500 a day for ten days, a total of $5,000". Periods
convert generously (a day rate may count working days: 250-366 a year), within the rounding written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.checks import CheckContext, CheckFinding, Rule, register_rule, vocab
from workbench.core.checks.builtin._common import finding, quoted, say
from workbench.core.checks.builtin._time import date_span, duration
from workbench.core.checks.context import Figure
from workbench.core.checks.numbers import Interval, plain

NAME = "rate"
_ORDER = ("minute", "hour", "day", "week", "fortnight", "month", "quarter", "year")


def period(ctx: CheckContext, fig: Figure) -> tuple[str, str | None, int] | None:
    """(period, base unit, end of the rate's words) of a figure written as a rate, else None."""
    if fig.kind not in ("money", "count", "quantity"):
        return None
    if fig.kind == "quantity" and fig.unit:
        m = vocab.RATE_UNIT.match(fig.unit)
        if m:
            return m.group(2), m.group(1), fig.end
    if fig.kind not in ("money", "count", "quantity"):
        return None
    m = vocab.RATE_AFTER.match(ctx.after(fig, 30))
    if not m:
        return None
    word = (m.group(1) or m.group(2)).lower()
    return vocab.PERIOD_NAMES[word], fig.unit, fig.end + m.end()


def _same(a: Figure, b: Figure, unit_a: str | None, unit_b: str | None) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "money":
        return a.currency == b.currency
    if a.kind == "quantity":
        return unit_a == unit_b
    return True


def _factor(short: str, long: str) -> tuple[float, float, float] | None:
    return vocab.PERIOD_FACTORS.get((short, long))


def _periods(per: str, count: float, unit: str) -> tuple[Interval, float] | None:
    """How many ``per`` periods lie in ``count`` ``unit``s: a band (weeks in a month vary) and its nominal value."""
    if unit == per:
        return Interval(count, count), count
    f = _factor(per, unit)
    if f is None:
        return None
    return Interval(f[0] * count, f[1] * count), f[2] * count


def _narrowed(band: Interval, exact: float, share: float = 0.5) -> Interval:
    if band.hi == float("inf"):
        return band
    return Interval(exact - share * (exact - band.lo), exact + share * (band.hi - exact))


def _rate_text(ctx: CheckContext, fig: Figure, rate: tuple[str, str | None, int]) -> str:
    """The rate as written, with its period words: "£350m a week"."""
    return " ".join(ctx.text[fig.start:rate[2]].split())


def _restated(ctx: CheckContext, end: int, start: int) -> bool:
    """The words from the end of a rate to the next figure restate it: ", or ", " (", or a short aside first
    (" to Brussels, or ", " in housing benefit, or ")."""
    if vocab.RATE_LINK.fullmatch(ctx.text, end, start):
        return True
    gap = ctx.text[end:start]
    for i, ch in enumerate(gap):
        if ch in ",(\u2014\u2013-:" and i:
            aside = gap[:i].rstrip()
            return bool(vocab.RATE_ASIDE.fullmatch(aside)) and not vocab.RATE_ASIDE_BREAK.search(aside) \
                and bool(vocab.RATE_LINK.fullmatch(ctx.text, end + i, start))
    return False


def _pairs(ctx: CheckContext, figs: list[Figure], periods: list) -> Iterator[CheckFinding]:
    for i in range(len(figs) - 1):
        a, b, pa, pb = figs[i], figs[i + 1], periods[i], periods[i + 1]
        if pa is None or pb is None or pa[0] == pb[0] or not _same(a, b, pa[1], pb[1]):
            continue
        if not _restated(ctx, pa[2], b.start):
            continue
        (short, s_fig), (long, l_fig) = sorted([(pa[0], a), (pb[0], b)], key=lambda p: _ORDER.index(p[0]))
        factors = _factor(short, long)
        band_s, band_l = ctx.band(s_fig), ctx.band(l_fig)
        if factors is None or band_s is None or band_l is None or not s_fig.amount:
            continue
        ratio = band_l / band_s
        if ratio is None:
            continue
        ratio = _narrowed(ratio, (l_fig.amount or 0) / s_fig.amount)
        if ratio.overlaps(Interval(factors[0], factors[1])):
            continue
        if a is s_fig:
            implied, other, other_period = s_fig.amount * factors[2], l_fig, long
        else:
            implied, other, other_period = l_fig.amount / factors[2] if l_fig.amount else 0, s_fig, short
        message = (f"{_rate_text(ctx, a, pa)} is {say(implied, other)} a {other_period}, "
                   f"but the text says {_rate_text(ctx, other, pb if other is b else pa)}")
        yield finding(NAME, [a, b], message, f"{say(implied, other)} a {other_period}",
                      _rate_text(ctx, other, pb if other is b else pa))


def _totals(ctx: CheckContext, figs: list[Figure], periods: list) -> Iterator[CheckFinding]:
    """A rate over a stated span and the total: "$500 a day for ten days, a total of $5,000"."""
    for i in range(len(figs) - 2):
        r, d, t = figs[i], figs[i + 1], figs[i + 2]
        p = periods[i]
        if p is None or d.kind != "duration" or t.kind != r.kind or periods[i + 2] is not None:
            continue
        if r.kind == "money" and r.currency != t.currency:
            continue
        span = duration(d.value)
        if span is None or not vocab.OVER_SPAN.fullmatch(ctx.text, p[2], d.start) \
                or not vocab.TOTAL_LINK.fullmatch(ctx.text, d.end, t.start):
            continue
        count, unit = span
        counted = _periods(p[0], count, unit)
        if counted is None:
            continue
        many, nominal = counted
        band_r, band_t = ctx.band(r), ctx.band(t)
        if band_r is None or band_t is None or not r.amount:
            continue
        if _narrowed(band_r * many, r.amount * nominal).overlaps(band_t):
            continue
        implied = r.amount * nominal
        yield finding(NAME, [r, d, t], f"{_rate_text(ctx, r, p)} for {quoted(d)} is {say(implied, t)}, "
                      f"but the text says {quoted(t)}", say(implied, t), quoted(t))


_HOURS = re.compile(r"^PT(\d+(?:\.\d+)?)H(?:(\d+)M)?$")


def _hours_totals(ctx: CheckContext, figs: list[Figure], periods: list) -> Iterator[CheckFinding]:
    """A rate by the hour restated as what it makes over a span of hours: "£9.50 an hour, or £480 for a
    40-hour week" (the hours are given, so the count is exact)."""
    for i in range(len(figs) - 2):
        r, t, d = figs[i], figs[i + 1], figs[i + 2]
        p = periods[i]
        if p is None or p[0] != "hour" or periods[i + 1] is not None or d.kind != "duration" \
                or not _same(r, t, p[1], t.unit):
            continue
        m = _HOURS.match(d.value) if isinstance(d.value, str) else None
        if m is None or not vocab.HOURS_SPAN.match(ctx.text[t.end:d.start]) or not _restated(ctx, p[2], t.start):
            continue
        hours = float(m.group(1)) + float(m.group(2) or 0) / 60
        band_r, band_t = ctx.band(r), ctx.band(t)
        if band_r is None or band_t is None or not r.amount:
            continue
        if _narrowed(band_r * Interval(hours, hours), r.amount * hours).overlaps(band_t):
            continue
        implied = r.amount * hours
        yield finding(NAME, [r, t, d], f"{_rate_text(ctx, r, p)} for {plain(hours)} hours is {say(implied, t)}, "
                      f"but the text says {quoted(t)}", say(implied, t), quoted(t))


def _spread(ctx: CheckContext, figs: list[Figure], periods: list) -> Iterator[CheckFinding]:
    """A total over a stated span and the rate it makes: "$1.5 trillion over 10 years, or $150 billion a year"."""
    for i in range(len(figs) - 2):
        t, d, r = figs[i], figs[i + 1], figs[i + 2]
        p = periods[i + 2]
        if p is None or periods[i] is not None or d.kind != "duration" or t.kind != r.kind:
            continue
        if r.kind == "money" and r.currency != t.currency:
            continue
        span = duration(d.value)
        if span is None or not vocab.OVER_SPAN.fullmatch(ctx.text, t.end, d.start) \
                or not vocab.RATE_LINK.fullmatch(ctx.text, d.end, r.start):
            continue
        count, unit = span
        counted = _periods(p[0], count, unit)
        if counted is None:
            continue
        many, nominal = counted
        band_r, band_t = ctx.band(r), ctx.band(t)
        if band_r is None or band_t is None or not t.amount or not r.amount:
            continue
        if _narrowed(band_r * many, r.amount * nominal).overlaps(band_t):
            continue
        implied = t.amount / nominal
        yield finding(NAME, [t, d, r], f"{quoted(t)} over {quoted(d)} is {say(implied, r)} a {p[0]}, "
                      f"but the text says {_rate_text(ctx, r, p)}", f"{say(implied, r)} a {p[0]}",
                      _rate_text(ctx, r, p))


def _span_of(ctx: CheckContext, fig: Figure) -> tuple[float, str] | None:
    """(count, unit) of a figure that is a span a rate can run over: a duration after "over", "for",
    "through" ... or written as a length ("the 150-day season"), or a whole year or month named as a date
    ("last year", "over the year"), but not one still running ("this year", "so far")."""
    if fig.kind != "duration" and fig.kind != "date":
        return None
    before = ctx.before(fig, 20)
    lead = fig.text.lower().split()[0] if fig.text.strip() else ""
    if fig.kind == "duration":
        span = duration(fig.value)
        if span is None or not (vocab.SPAN_BEFORE.search(before) or lead in ("over", "for", "during", "through")
                                or "-" in fig.text):
            return None
        return span
    if fig.kind != "date" or not isinstance(fig.value, str) or "this" in fig.text.lower() \
            or vocab.NOW_AFTER.match(ctx.after(fig, 20)):
        return None
    if not (vocab.SPAN_BEFORE.search(before) or lead == "last" or fig.text.lower() in ("the year", "the month")):
        return None
    if len(fig.value) == 4 and fig.value.isdigit():
        return 1.0, "year"
    if len(fig.value) == 7 and date_span(fig.value) is not None:
        return 1.0, "month"
    return None


_SPAN_NEXT = re.compile(r"\s*(?:over|in|during|for|through|throughout|across)?\s*", re.I)
"""Between a total and its span: "20,000 over the year"."""


def _same_noun(a: Figure, b: Figure) -> bool:
    """Counts of the same things, as far as their nouns tell ("120,000 vehicles a day" are not "43 collisions")."""
    if a.kind != "count" or not a.unit or not b.unit:
        return True
    return a.unit.split()[-1].lower().rstrip("s") == b.unit.split()[-1].lower().rstrip("s")


def _period_totals(ctx: CheckContext, figs: list[Figure], periods: list) -> Iterator[CheckFinding]:
    """A rate and the total it makes over the one span its sentence names, the total said to be one ("in
    total", "in all", "a total of", "would amount to", or followed by its span): "six people a week in the
    province last year, about 100 in total", "Over the five-year contract, worth £40m a year, the firm will
    receive £120m in total"."""
    spans = [(f, s) for f in figs if (f.kind == "duration" or f.kind == "date") and (s := _span_of(ctx, f)) is not None]
    if len(spans) != 1:
        return
    d, (count, unit) = spans[0]
    for i, r in enumerate(figs):
        p = periods[i]
        if p is None or p[0] == "hour":
            continue
        for j in range(i + 1, len(figs)):
            t = figs[j]
            if t.kind == "duration" or t.kind == "date" or t.kind == "time":
                continue
            if periods[j] is not None or not _same(r, t, p[1], t.unit) or not _same_noun(r, t):
                break
            before = ctx.text[max(ctx.sentence_of(t).start, t.start - 40):t.start]
            after = ctx.after(t, 30)
            total = vocab.SPAN_TOTAL_BEFORE.search(before) or vocab.TOTAL_AFTER.match(after) \
                or d.start >= t.end and _SPAN_NEXT.fullmatch(ctx.text, t.end, d.start)
            if not total or vocab.SPAN_COMPARED.search(before) \
                    or ";" in ctx.text[min(r.start, d.start):max(t.end, d.end)]:
                break  # another figure compared with the rate, or a total in another clause
            counted = _periods(p[0], count, unit)
            if counted is None:
                break
            many, nominal = counted
            band_r, band_t = ctx.band(r), ctx.band(t)
            if band_r is None or band_t is None or not r.amount or band_r.lo <= 0 or band_r.hi == float("inf"):
                break  # "up to £50 a day": a cap, not the rate the total is made of
            if not _narrowed(band_r * many, r.amount * nominal).overlaps(band_t):
                implied = r.amount * nominal
                yield finding(NAME, sorted([r, d, t], key=lambda f: f.start),
                              f"{_rate_text(ctx, r, p)} over {quoted(d)} is {say(implied, t)}, but the text says "
                              f"{quoted(t)}", say(implied, t), quoted(t))
            break


def check(ctx: CheckContext) -> Iterator[CheckFinding]:
    for sentence in ctx.sentences:
        figs = sentence.figures
        if len(sentence.numbers) >= 2 and (any("/" in (f.unit or "") for f in sentence.numbers)
                                           or sentence.has(ctx, vocab.PERIOD_HINTS)):
            periods = [period(ctx, f) for f in figs]
            if sum(p is not None for p in periods) == 0:
                continue
            yield from _pairs(ctx, figs, periods)
            yield from _totals(ctx, figs, periods)
            yield from _spread(ctx, figs, periods)
            yield from _hours_totals(ctx, figs, periods)
            yield from _period_totals(ctx, figs, periods)


register_rule(Rule(NAME, "Rate and period", "A rate per day, week, month or year that does not match the same rate "
                   "over another period, or the total it makes.", check))
