"""``duration``: a stated duration against the dates it spans.

- "since 2011 ... seven years" in one sentence, counted to the publication date;
- "from 2011 to 2014, three years" / "between 2011 and 2014";
- "after three years of war" against "the war began in 2011" elsewhere in the story (the same event noun),
  counted to the publication date when the duration's sentence names no other time.

Dates are read at the precision written ("2011" is any day of that year), durations within their
rounding ("three years" is 2.5-3.5; "more than a decade" is over 10).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from workbench.core.checks import CheckContext, CheckFinding, Rule, register_rule, vocab
from workbench.core.checks.builtin._common import finding, quoted
from workbench.core.checks.builtin._time import date_span, duration, years_of
from workbench.core.checks.context import Figure, ends
from workbench.core.checks.numbers import INF, Interval

NAME = "duration"
_YEAR_DAYS = 365.25
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:[a-z]+\s+){0,3}?(?:for\s+)?(?:the\s+(?:past|last)\s+)?"
                      r"(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+)?$|\bnow\s+in\s+its\s+$", re.I)
"""Before a duration that runs to now: "has lasted", "has raged for", "now in its"."""
_OTHER_CLAUSE = re.compile(r"\s*,?\s*(?:when|where|which|after|before|while|whereas|until|but)\b[^,;]*$", re.I)
"""Between a date and the duration after it, a clause about something else that holds the duration."""
_NOW_CLAUSE = re.compile(r"\b(?:is|are|has|have|now|remains?|continues?|still|says)\b", re.I)
_PRESENT = re.compile(r"\b(?:has|have|is|are)\s+(?!been\s+(?:over|ended))", re.I)


def _stated(ctx: CheckContext, fig: Figure) -> Interval | None:
    """The years a duration claim may stand for."""
    years = years_of(fig.value)
    parsed = duration(fig.value)
    if years is None or parsed is None or years <= 0:
        return None
    n, unit = parsed
    step = {"year": 0.5, "month": 0.5 / 12, "week": 0.5 * 7 / _YEAR_DAYS, "day": 0.5 / _YEAR_DAYS}[unit]
    if n % 10 == 0 and unit == "year" and re.search(r"decade|ten\b|10\b", fig.text, re.I):
        step = 1.0 if n == 10 else 2.0  # "a decade": 9-11 years
    band = Interval(years - step, years + step)
    mod = (fig.mod or "").upper()
    words = " ".join((ctx.before(fig, 20) + " " + fig.text).lower().split())
    if mod == "MORE_THAN" or re.search(r"\b(?:more than|over|at least|upwards of)\b", words):
        return Interval(years - step, INF)
    if mod in ("LESS_THAN", "AT_MOST", "EQUAL_OR_LESS") or re.search(r"\b(?:nearly|almost|less than|under|up to)\b",
                                                                     words):
        return Interval(years * (1 - vocab.NEARLY_SLACK) - step, years + step)
    if mod == "APPROX" or fig.approximate or re.search(r"\b(?:about|around|some|roughly)\b", words):
        return Interval(min(band.lo, years * 0.8), max(band.hi, years * 1.2))
    return band


def _elapsed(start: tuple[dt.date, dt.date], end: tuple[dt.date, dt.date]) -> Interval:
    """Years from a start to an end, each known to a span of days."""
    return Interval((end[0] - start[1]).days / _YEAR_DAYS, (end[1] - start[0]).days / _YEAR_DAYS)


def _publication(ctx: CheckContext) -> tuple[dt.date, dt.date] | None:
    return (ctx.published, ctx.published) if ctx.published else None


def _years_text(value: Interval) -> str:
    if value.hi < 15 / _YEAR_DAYS:  # less than half a month: "0 months" would say nothing
        low, high = max(0, round(value.lo * _YEAR_DAYS)), round(value.hi * _YEAR_DAYS)
        unit = "days"
    elif value.hi < 1.5:
        low, high = max(0, round(value.lo * 12)), round(value.hi * 12)
        unit = "months"
    else:
        low, high = max(0, round(value.lo)), round(value.hi)
        unit = "years"
    return f"{low} {unit}" if low == high else f"{low} to {high} {unit}"


def _years(a: Figure, b: Figure) -> bool:
    """Two dates that are years ("2014", "1990")."""
    return all(isinstance(f.value, str) and len(f.value) == 4 and f.value.isdigit() for f in (a, b))


def _other_dates(figs: list[Figure], keep: set[int]) -> bool:
    return any(f.kind in ("date", "time") and f.index not in keep and f.resolved != "publication" for f in figs)


def _tied_to_now(ctx: CheckContext, d: Figure) -> bool:
    """The duration runs up to the time of writing: "has lasted three years", "three years now", "five years on"."""
    if _PERFECT.search(ctx.before(d, 50)) or vocab.NOW_AFTER.match(ctx.after(d, 20)):
        return True
    sentence = ctx.sentence_of(d)
    if vocab.AFTER_OPENING.search(ctx.text[max(sentence.start, d.start - 20):d.start]) \
            and _NOW_CLAUSE.search(ctx.text, d.end, sentence.end):
        return True  # "After three years of war, the conflict ... has displaced": counted to now
    # "the seven-year war, which began in 2011, has killed ...": a running event named by its length
    return "-" in d.text and bool(_PRESENT.search(ctx.text, d.end, sentence.end))


def _in_sentence(ctx: CheckContext, figs: list[Figure]) -> Iterator[CheckFinding]:
    durations = [f for f in figs if f.kind == "duration"]
    dates = [f for f in figs if f.kind == "date"]
    if len(durations) != 1 or not 1 <= len(dates) <= 2 or duration(durations[0].value) is None:
        return
    d = durations[0]
    dates = [f for f in dates if date_span(f.value)]
    spans = [(a, b) for a, b in zip(dates, dates[1:], strict=False)
             if vocab.SPAN_FROM.search(ctx.before(a, 12)) and vocab.SPAN_TO.match(ctx.gap(a, b))
             or _years(a, b) and vocab.YEAR_RANGE.match(ctx.gap(a, b)) and not ctx.before(a, 2).endswith("(")
             or vocab.SPAN_START_BEFORE.search(ctx.before(a, 20)) and vocab.SPAN_END_BEFORE.search(ctx.before(b, 20))
             and not re.search(r"[;\d]", ctx.gap(a, b))]
    if len(spans) == 1 and len(dates) == 2:
        a, b = spans[0]
        yield from _compare(ctx, d, [a, b], date_span(a.value), date_span(b.value), "from")
        return
    if len(dates) == 2 and not spans and _tied_to_now(ctx, d):
        dates = [f for f in dates if f.start < d.start]  # "imposed in 1972, has now lasted 36 years, ... in 1974"
    if spans or len(dates) != 1 or ctx.published is None:
        return
    start = dates[0]
    before_start = ctx.before(start, 60)
    if d.end <= start.start and vocab.AFTER_THE.match(ctx.text[d.end:start.start]):
        # "A fortnight after the 6 April fire, dozens of residents are still living in hotels"
        if not _NOW_CLAUSE.search(ctx.text, start.end, ctx.sentence_of(start).end):
            return
    elif d.end <= start.start and vocab.SINCE_AFTER.match(ctx.after(d, 10)):
        # "It is 20 years since the factory closed in 1998"
        if not (vocab.IT_IS_BEFORE.search(ctx.before(d, 40)) or _tied_to_now(ctx, d)):
            return
    elif vocab.SINCE_BEFORE.search(ctx.before(start, 40)):
        # "since 2011 ... for seven years", "since 1990, 28 years", "for 15 years, since 2003"
        apposed = start.end <= d.start and re.fullmatch(r"\s*(?:,|\u2014|\u2013|-|\()\s*", ctx.gap(start, d))
        if not (apposed or _tied_to_now(ctx, d) or vocab.FOR_BEFORE.search(ctx.before(d, 30))):
            return
    elif ctx.sentence_of(start).has_here(ctx, vocab.START_HINTS) and ends(vocab.EVENT_START, before_start) \
            or start.start - ctx.sentence_of(start).start <= 40 \
            and vocab.STARTED_OPENING.search(ctx.text[ctx.sentence_of(start).start:start.start]):
        if not _tied_to_now(ctx, d):  # "began in 2011 and lasted three years" is over
            return
    else:
        return
    yield from _compare(ctx, d, [start], date_span(start.value), _publication(ctx), "since")


def _compare(ctx: CheckContext, d: Figure, dates: list[Figure], start: tuple[dt.date, dt.date] | None,
             end: tuple[dt.date, dt.date] | None, how: str) -> Iterator[CheckFinding]:
    stated = _stated(ctx, d)
    if stated is None or start is None or end is None or end[1] < start[0]:
        return
    if dates[-1].end <= d.start and _OTHER_CLAUSE.match(ctx.text, dates[-1].end, d.start):
        return  # "since 2010, when ash grounded flights for six days": the duration is the other event's
    elapsed = _elapsed(start, end)
    unit = (duration(d.value) or (0, "year"))[1]
    if unit in ("day", "week") and how == "from":
        # "five days, from 21 June to 25 June": days are counted with the first and the last
        elapsed = Interval(elapsed.lo, elapsed.hi + 1 / _YEAR_DAYS)
    if unit in ("day", "week") and elapsed.lo > 2:
        return  # days or weeks against years of dates: not the same span
    if elapsed.overlaps(stated):
        return
    if how == "since":
        when = f"from {' '.join(dates[0].text.split())} to {ctx.published.year if ctx.published else 'now'}"
    elif how == "from":
        when = f"from {' '.join(dates[0].text.split())} to {' '.join(dates[1].text.split())}"
    else:
        when = f"since {' '.join(dates[0].text.split())} ({how})"
    expected = _years_text(elapsed)
    yield finding(NAME, [d, *dates], f"{when} is {expected}, but the text says {quoted(d)}", expected, quoted(d))


def _event_starts(ctx: CheckContext, nouns: set[str]) -> dict[str, list[Figure]]:
    """Event nouns and the dates they began: "the war began in 2011" -> {"war": [2011]}, read in the
    sentences that name one of ``nouns`` (the events whose length the story gives)."""
    out: dict[str, list[Figure]] = {}
    for sentence in ctx.candidates(tuple(sorted(nouns))):
        if "date" not in sentence.kinds or not sentence.has_here(ctx, vocab.START_HINTS):
            continue
        for f in sentence.figures:
            if f.kind != "date" or date_span(f.value) is None:
                continue
            before = ctx.before(f, 60)
            m = ends(vocab.EVENT_START, before)
            if m and m.group(1).lower() in vocab.EVENT_NOUNS:
                out.setdefault(m.group(1).lower(), []).append(f)
    return out


def _event_of(ctx: CheckContext, d: Figure) -> str | None:
    m = vocab.DURATION_OF.match(ctx.after(d, 40))
    if not m:
        return None
    for word in (m.group(2), m.group(1)):
        if word and word.lower() in vocab.EVENT_NOUNS:
            return word.lower()
    return None


def _across(ctx: CheckContext) -> Iterator[CheckFinding]:
    if ctx.published is None:
        return
    named = [(d, noun) for d in ctx.figures if d.kind == "duration" and (noun := _event_of(ctx, d)) is not None]
    if not named:
        return  # no "three years of war": no need to look for when anything began
    starts = _event_starts(ctx, {noun for _, noun in named})
    for d, noun in named:
        if len(starts.get(noun, [])) != 1:
            continue
        start = starts[noun][0]
        figs = ctx.sentence_of(d).figures
        sentence = ctx.sentence_of(d)
        if start.sentence == d.sentence or not (_tied_to_now(ctx, d) or _NOW_CLAUSE.search(ctx.text, sentence.start,
                                                                                            sentence.end)):
            continue  # the story must say the event runs to now ("the city is in ruins")
        if _other_dates(figs, {d.index, start.index}) or re.search(
                r"\b(?:ended|end|finished|over|was|were|had|lasted)\b", ctx.text[max(ctx.sentence_of(d).start, d.start - 120):d.start]):
            continue
        span = date_span(start.value)
        stated = _stated(ctx, d)
        if span is None or stated is None:
            continue
        elapsed = _elapsed(span, _publication(ctx) or span)
        if elapsed.overlaps(stated):
            continue
        expected = _years_text(elapsed)
        yield finding(NAME, [d, start], f"the {noun} began in {' '.join(start.text.split())}: to "
                      f"{ctx.published.year} is {expected}, but the text says {quoted(d)}", expected, quoted(d))


def check(ctx: CheckContext) -> Iterator[CheckFinding]:
    for index in sorted({f.sentence for f in ctx.figures if f.kind == "duration"}):
        sentence = ctx.sentences[index]
        if "date" in sentence.kinds:
            yield from _in_sentence(ctx, sentence.figures)
    if any(f.kind == "duration" for f in ctx.figures):
        yield from _across(ctx)


register_rule(Rule(NAME, "Duration and dates", "A duration that does not match the dates it runs between.", check))
