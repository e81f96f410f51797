"""The figure recogniser: it reads the number at each number trigger, then asks the figure rules, in order,
what kind of figure it is (money, percent, quantity, count) or whether it is none.

The order of ``RULES`` is the precedence: a currency beats a percent sign, a percent sign beats a unit, and
"three years" is a time expression, not a count. A rule returns a Candidate (the answer), ``STOP`` (not a
figure at all) or None (ask the next rule).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.figures import count, money, percent, quantity
from workbench.core.extract.figures.common import R_NUMBER, STOP, Reading, cur_start, modifier
from workbench.core.extract.figures.reading import apply_range, apply_scale, read_number
from workbench.core.extract.numbers import clean_value
from workbench.core.extract.patterns import lazy
from workbench.core.extract.registry import Example, Hit, Recogniser, on, register
from workbench.core.extract.triggers import Trigger

Rule = Callable[[Context, Reading], Candidate | None]

RULES: tuple[Rule, ...] = (
    money.exchange_rate, money.money_before, money.money_after, money.glued_subunit, percent.percent, count.age, count.part_of_time,
    quantity.magnitude, quantity.measure, money.vague_money, count.counted_one, count.named_compound,
    count.hyphen_count, count.counted,
)
"""The figure rules, in order of precedence."""

_HALF_BEFORE = lazy(r"(?<![\w-])(?:a\s+)?half(?:\s+an?)?[\s-]+$")


def classify(ctx: Context, r: Reading) -> Candidate | None:
    """The first rule's answer for the reading, with the range's upper bound as ``max``."""
    r.mod, approx = modifier(ctx, cur_start(ctx, r.start))
    r.approx = r.approx or approx
    for rule in RULES:
        c = rule(ctx, r)
        if c is STOP:
            return None
        if c is not None:
            if r.high is not None and isinstance(c.value, dict):
                c.value["max"] = clean_value(r.high)
            return c
    return None


def figure_at(ctx: Context, m: re.Match[str]) -> Candidate | None:
    """The figure the number ``m`` is, if any."""
    got = read_number(ctx, m)
    if got is None or isinstance(got, Candidate):
        return got
    metres = apply_scale(ctx, got)
    if metres is not None:
        return metres
    apply_range(ctx, got)
    return classify(ctx, got)


def _starts(ctx: Context, t: Trigger) -> tuple[int, ...]:
    """Where a number may start for a trigger: at it, or at "half a"/"a" before a number word."""
    if t.kind == "dig":
        return (t.start,)
    half = _HALF_BEFORE.search(ctx.low, max(0, t.start - 8), t.start)
    if half:
        return half.start(), t.start
    if ctx.low[t.start - 2:t.start] == "a ":
        return t.start - 2, t.start
    return (t.start,)


def find_figures(ctx: Context, hits: list[Hit]) -> Iterator[Candidate]:
    """Walk the number triggers in order; a number read (or a figure found) covers the triggers inside it."""
    done = -1
    for _, _, t in hits:
        assert t is not None
        if t.start < done:
            continue
        for start in _starts(ctx, t):
            if start < done:
                continue
            m = R_NUMBER.match(ctx.text, start)
            if m is None or m.end() <= t.start:
                continue
            c = figure_at(ctx, m)
            if c is None and m.group("p") is not None:
                continue  # "at one point six people": read the words again as plain numbers
            done = max(done, m.end())
            if c is not None:
                done = max(done, c.end)
                yield c
            break


register(Recogniser(
    "figure", ("money", "percent", "quantity", "count"),
    (on("dig"), on("num"), on("dec"), on("sp")), find_figures,
    examples=(Example("Iraq faces a bill of more than $88 billion.", "$88 billion",
                      {"amount": 88_000_000_000, "currency": "USD"}),
              Example("Police said 1,350 people were hurt.", "1,350 people", 1350),
              Example("Inflation rose to 12%.", "12%", 12),
              Example("The pipeline is 30 km long.", "30 km", {"amount": 30, "unit": "km"})),
))
