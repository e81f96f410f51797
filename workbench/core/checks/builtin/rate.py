"""``rate``: a rate per period against the same rate over another period, or the total it makes.

"£350m a week, or £5bn a year" (52 weeks of £350m is £18.2bn), "$10,000 a month, or $120,000 a year",
"5,000 barrels a day, or 1.8 million barrels a year", "$500 a day for ten days, a total of $5,000". Periods
convert generously (a day rate may count working days: 250-366 a year), within the rounding written.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.core.checks import CheckContext, CheckFinding, Rule, register_rule, vocab
from workbench.core.checks.builtin._common import finding, quoted, say
from workbench.core.checks.builtin._time import duration
from workbench.core.checks.context import Figure
from workbench.core.checks.numbers import Interval

NAME = "rate"
_ORDER = ("day", "week", "fortnight", "month", "quarter", "year")


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


def _narrowed(band: Interval, exact: float, share: float = 0.5) -> Interval:
    if band.hi == float("inf"):
        return band
    return Interval(exact - share * (exact - band.lo), exact + share * (band.hi - exact))


def _rate_text(ctx: CheckContext, fig: Figure, rate: tuple[str, str | None, int]) -> str:
    """The rate as written, with its period words: "£350m a week"."""
    return " ".join(ctx.text[fig.start:rate[2]].split())


def _pairs(ctx: CheckContext, figs: list[Figure], periods: list) -> Iterator[CheckFinding]:
    for i in range(len(figs) - 1):
        a, b, pa, pb = figs[i], figs[i + 1], periods[i], periods[i + 1]
        if pa is None or pb is None or pa[0] == pb[0] or not _same(a, b, pa[1], pb[1]):
            continue
        if not vocab.RATE_LINK.fullmatch(ctx.text, pa[2], b.start):
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
        if unit == p[0]:
            many = Interval(count, count)
            nominal = count
        else:
            f = _factor(p[0], unit)
            if f is None:
                continue
            many, nominal = Interval(f[0] * count, f[1] * count), f[2] * count
        band_r, band_t = ctx.band(r), ctx.band(t)
        if band_r is None or band_t is None or not r.amount:
            continue
        if _narrowed(band_r * many, r.amount * nominal).overlaps(band_t):
            continue
        implied = r.amount * nominal
        yield finding(NAME, [r, d, t], f"{_rate_text(ctx, r, p)} for {quoted(d)} is {say(implied, t)}, "
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
        if unit == p[0]:
            many, nominal = Interval(count, count), count
        else:
            f = _factor(p[0], unit)
            if f is None:
                continue
            many, nominal = Interval(f[0] * count, f[1] * count), f[2] * count
        band_r, band_t = ctx.band(r), ctx.band(t)
        if band_r is None or band_t is None or not t.amount or not r.amount:
            continue
        if _narrowed(band_r * many, r.amount * nominal).overlaps(band_t):
            continue
        implied = t.amount / nominal
        yield finding(NAME, [t, d, r], f"{quoted(t)} over {quoted(d)} is {say(implied, r)} a {p[0]}, "
                      f"but the text says {_rate_text(ctx, r, p)}", f"{say(implied, r)} a {p[0]}",
                      _rate_text(ctx, r, p))


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


register_rule(Rule(NAME, "Rate and period", "A rate per day, week, month or year that does not match the same rate "
                   "over another period, or the total it makes.", check))
