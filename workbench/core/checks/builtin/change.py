"""``change``: a change from A to B against the change the text states for it.

Read within one sentence, in the shapes news copy uses: "rose 15% to $120 million from $104 million",
"rose from £40m to £50m, a 25% increase", "fell 12% from 50,000 to 44,000", "a 50% rise from 4% to 6%",
"rose to 6% from 4%, up 2 percentage points", "doubled from 20 to 40", "fell $1.125 to $13.625 from
$14.75". A stated percentage is a relative change; percentage points (and basis points) are the
difference between two percentages, so "from 4% to 6%, a rise of 2 percentage points" and "a 50% rise"
are consistent and "a 2% rise" is not. A direction word ("rose", "down") must agree with A and B.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from workbench.core.checks import CheckContext, CheckFinding, Rule, register_rule, vocab
from workbench.core.checks.builtin._common import finding, quoted, say
from workbench.core.checks.context import Figure
from workbench.core.checks.numbers import Interval, plain
from workbench.core.extract.numbers import parse_number

NAME = "change"
PROPAGATED = 0.4
"""Share of the rounding of two percentages allowed for in the change between them: "from 4% to 6%" is
taken as a rise of 1.6-2.4 points, not 1-3 (such figures are usually stated as the source gives them).
Money, counts and quantities keep all of their rounding: "$1.45 billion" stands for an exact figure."""
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
_CLAUSE_END = re.compile(r"[,;:.()]|\s[\u2014\u2013-]\s")
"""Where the words after a stated change stop saying which way it went ("a drop of 18%, as higher wages ...")."""


@dataclass
class Change:
    start: Figure
    end: Figure
    stated: Figure | None
    """The stated change (None for a multiple: "doubled")."""
    direction: int
    """+1 "rose", -1 "fell", 0 not said."""
    multiple: tuple[str, float] | None = None


def _level(fig: Figure) -> bool:
    return fig.kind in ("money", "count", "quantity", "percent") and fig.amount is not None \
        and fig.unit not in ("pp", "bp") and fig.unit not in vocab.AGE_UNITS and not fig.is_fraction


def _same(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "money":
        return a.currency == b.currency
    if a.kind == "quantity":
        return a.unit == b.unit
    return True


def _change_of(x: Figure, a: Figure) -> bool:
    """``x`` can state a change between levels like ``a``."""
    if x.amount is None:
        return False
    if x.kind == "percent":
        return x.unit in (None, "pp", "bp") and (x.unit is None or a.kind == "percent")
    return _same(x, a)


def _direction(words: list[str]) -> int:
    for word in words:
        if word in vocab.UP_WORDS:
            return 1
        if word in vocab.DOWN_WORDS:
            return -1
    return 0


def _words_near(ctx: CheckContext, fig: Figure, before: int = 3, after: int = 2) -> list[str]:
    back = _WORD.findall(ctx.before(fig, 40).lower())[-before:]
    ahead = _WORD.findall(_CLAUSE_END.split(ctx.after(fig, 25).lower(), maxsplit=1)[0])[:after]
    return [*ahead, *reversed(back)]


def _split_range(ctx: CheckContext, fig: Figure) -> list[Figure]:
    """"from 2.4 million to 3.1 million", read by the extractor as one range claim: the two levels."""
    if fig.kind not in ("count", "quantity") or " to " not in fig.text or not vocab.FROM_BEFORE.search(ctx.before(fig, 20)):
        return [fig]
    m = vocab.RANGE.match(fig.text)
    if not m:
        return [fig]
    low, high = parse_number(m.group(1)), parse_number(m.group(2))
    if low is None or high is None:
        return [fig]
    scale = re.search(r"\s+(thousand|million|billion|trillion)$", m.group(2))
    if scale and not re.search(r"[a-z]", m.group(1)):
        low *= parse_number("1 " + scale.group(1)) or 1
    first = replace(fig, end=fig.start + len(m.group(1)), text=m.group(1), amount=low, top=None, _banded=False)
    second = replace(fig, start=fig.start + m.start(2), text=m.group(2), amount=high, top=None, _banded=False)
    return [first, second]


def changes(ctx: CheckContext, figs: list[Figure]) -> Iterator[Change]:
    """Every from-A-to-B with a stated change in one sentence's figures (dates, times, durations left out)."""
    figs = [part for f in figs for part in _split_range(ctx, f)]
    if any(f.kind == "percent" for f in figs):
        figs = [_as_points(f) for f in figs]
    n = len(figs)
    gap = ctx.mgap
    for i in range(n - 1):
        x = figs[i]
        # X to B from A  /  X to B, or aside, from A
        if i + 2 < n and vocab.X_TO.match(gap(x, figs[i + 1])):
            b = figs[i + 1]
            a = figs[i + 2]
            between = gap(b, a)
            if not vocab.B_FROM_A.match(between) and i + 3 < n and vocab.ASIDE.match(between) \
                    and vocab.ASIDE_FROM_A.match(gap(a, figs[i + 3])):
                a = figs[i + 3]
                between = "from"
            if vocab.B_FROM_A.match(between) or between == "from":
                if _level(a) and _level(b) and _same(a, b) and _change_of(x, a):
                    yield Change(a, b, x, _direction(_words_near(ctx, x)))
                continue
        # X from A to B
        if i + 2 < n and vocab.X_FROM.match(gap(x, figs[i + 1])) and vocab.A_TO_B.match(gap(figs[i + 1], figs[i + 2])):
            a, b = figs[i + 1], figs[i + 2]
            if _level(a) and _level(b) and _same(a, b) and _change_of(x, a):
                yield Change(a, b, x, _direction(_words_near(ctx, x)))
            continue
        a, b = x, figs[i + 1]
        if not (_level(a) and _level(b) and _same(a, b)):
            continue
        between = gap(a, b)
        if "to" in between and vocab.A_TO_B.match(between) and vocab.FROM_BEFORE.search(ctx.before(a, 40)):
            pass  # from A to B
        elif "from" in between and vocab.B_FROM_A.match(between) and (
                vocab.TO_BEFORE.search(ctx.before(a, 40)) or _UP_FROM.search(between)):
            a, b = b, a  # to B from A; B, up from A
        else:
            continue
        last = figs[i + 1]
        first = figs[i]
        words_before = _WORD.findall(ctx.before(first, 50).lower())[-4:]
        multiple = next(((w, vocab.MULTIPLES[w]) for w in reversed(words_before) if w in vocab.MULTIPLES), None)
        if i + 2 < n and vocab.CHANGE_AFTER.match(gap(last, figs[i + 2])) and _change_of(figs[i + 2], a) \
                and (figs[i + 2].kind != a.kind or figs[i + 2].kind == "percent"
                     or vocab.CHANGE_NOUN_AFTER.match(ctx.after(figs[i + 2], 20))
                     or re.search(r"\b(?:up|down|by|of)\s+" + vocab.QUAL + "$", gap(last, figs[i + 2]))):
            x = figs[i + 2]
            if x.kind == "percent" and not x.unit and a.kind == "percent" and not _is_change_word(ctx, x):
                continue  # "from 4% to 6%, 2% of ..." is not said to be the change
            words = _words_near(ctx, x) + list(reversed(words_before))
            yield Change(a, b, x, _direction(words))
        elif multiple is not None:
            yield Change(a, b, None, 0, multiple)


_UP_FROM = re.compile(r"\b(?:up|down)\s+from\b", re.I)
_POINTS = frozenset({"point", "points", "pts", "pt"})


def _as_points(fig: Figure) -> Figure:
    """"12 points" beside percentages, read by the extractor as a count: percentage points."""
    if fig.kind == "count" and fig.unit in _POINTS:
        return replace(fig, kind="percent", unit="pp", _banded=False)
    return fig


def _is_change_word(ctx: CheckContext, x: Figure) -> bool:
    before = _WORD.findall(ctx.before(x, 30).lower())[-3:]
    return bool(vocab.CHANGE_NOUN_AFTER.match(ctx.after(x, 20))) or any(
        w in vocab.UP_WORDS or w in vocab.DOWN_WORDS or w in ("by", "of", "or") for w in before)


def _multiple_band(ctx: CheckContext, c: Change, word: str, factor: float) -> Interval:
    words = _WORD.findall(ctx.before(c.start if c.start.start < c.end.start else c.end, 80).lower())
    near = " ".join(words[-7:])
    if re.search(r"\b(?:more\s+than|over|well\s+over)\s+" + word, near):
        return Interval(factor, float("inf")) if factor > 1 else Interval(0, factor)
    if re.search(r"\b(?:nearly|almost)\s+" + word, near):
        return Interval(factor * 0.8, factor) if factor > 1 else Interval(factor, factor * 1.25)
    return Interval(factor * 0.9, factor * 1.1)


def _narrowed(band: Interval, exact: float, levels: Figure) -> Interval:
    """The band of a computed change between percentages, keeping :data:`PROPAGATED` of their rounding."""
    if band.hi == float("inf") or band.lo == float("-inf") or levels.kind != "percent":
        return band
    return Interval(exact - PROPAGATED * (exact - band.lo), exact + PROPAGATED * (band.hi - exact))


def _describe(diff: float, kind_word: str) -> str:
    return f"a {'rise' if diff > 0 else 'fall'} of {kind_word}"


def check(ctx: CheckContext) -> Iterator[CheckFinding]:
    for sentence in ctx.sentences:
        figs = sentence.numbers
        if len(figs) < 2 or not sentence.has(ctx, ("from",)):  # every shape read here has "from A"
            continue
        for c in changes(ctx, ctx.numbers(sentence)):
            band_a, band_b = ctx.band(c.start), ctx.band(c.end)
            if band_a is None or band_b is None or c.start.amount is None or c.end.amount is None:
                continue
            a, b = c.start.amount, c.end.amount
            span_text = f"from {quoted(c.start)} to {quoted(c.end)}"
            if c.multiple is not None:
                word, factor = c.multiple
                ratio = band_b / band_a
                if ratio is None or a <= 0 or _narrowed(ratio, b / a, c.start).overlaps(_multiple_band(ctx, c, word, factor)):
                    continue
                yield finding(NAME, [c.start, c.end], f"{span_text} is {plain(b / a)} times, but the text says {word}",
                              f"{plain(b / a)} times", word)
                continue
            x = c.stated
            assert x is not None
            band_x = ctx.band(x)
            if band_x is None:
                continue
            if x.kind == "percent" and x.unit is None:
                ratio = band_b / band_a
                if ratio is None or a <= 0:
                    continue
                computed = (ratio * 100) - Interval(100, 100)
                exact = (b / a - 1) * 100
                what = f"{plain(abs(exact))}%"
                if c.start.kind == "percent":
                    points = b - a
                    what = f"{plain(abs(exact))}% ({plain(abs(points))} percentage point{'s' if abs(points) != 1 else ''})"
            else:
                computed = band_b - band_a
                if x.unit == "bp":
                    computed = computed * 100
                exact = (b - a) * (100 if x.unit == "bp" else 1)
                what = say(abs(exact), x, digits=4)
            computed = _narrowed(computed, exact, c.start)
            if c.direction:
                stated = band_x * c.direction
                consistent = computed.overlaps(stated)
            else:
                consistent = computed.overlaps(band_x) or computed.overlaps(band_x * -1)
            if consistent:
                continue
            said = ("a rise of " if c.direction > 0 else "a fall of " if c.direction < 0 else "") + quoted(x)
            if abs(exact) < 1e-12:
                message = f"{span_text} is no change, but the text says {said}"
                expected = "no change"
            else:
                message = f"{span_text} is {_describe(exact, what)}, but the text says {said}"
                expected = _describe(exact, what.split(" (")[0])
            yield finding(NAME, [c.start, c.end, x], message, expected, quoted(x))


register_rule(Rule(NAME, "Change from A to B", "A stated rise or fall that does not match the figures it runs between.",
                   check))
