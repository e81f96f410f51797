"""``age``: an age against the birth date (or founding date) the story gives, at the publication date.

"Smith, 45, who was born in 1960" (published 2018: 57 or 58), "the 63-year-old, born in 1955", "Jones
(born 3 May 1960) is 45"; "the 50-year-old alliance, founded in 1949". The age is read as at publication:
when the sentence ties it to another time (another date, "died", "when he was"), the check stays silent.
A birth year alone allows two ages (before and after the birthday).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from workbench.core.checks import CheckContext, CheckFinding, Rule, register_rule, vocab
from workbench.core.checks.builtin._common import finding, quoted
from workbench.core.checks.builtin._time import date_span
from workbench.core.checks.context import Figure, Sentence

NAME = "age"
_YEARS = re.compile(r"^\s*years?\s+old\b", re.I)


def _age(ctx: CheckContext, fig: Figure) -> bool:
    """A figure that states a person's (or a thing's) age."""
    if fig.kind != "count" or fig.amount is None or not (0 < fig.amount < 130) or fig.approximate:
        return False
    if not float(fig.amount).is_integer():
        return False
    if fig.unit in vocab.AGE_UNITS:
        return True
    if fig.unit:
        return False
    before = ctx.before(fig, 40)
    after = ctx.after(fig, 15)
    if re.search(r"\b(?:is|turns)\s+$", before) and not vocab.AGE_IS_AFTER.match(after):
        return False
    return bool(vocab.AGE_BEFORE.search(before) or _YEARS.match(after)
                or (vocab.APPOSITION_BEFORE.search(before) and vocab.APPOSITION_AFTER.match(ctx.after(fig, 8))
                    and not re.search(r"\d\s*,\s*$", before)))


def _written_ages(ctx: CheckContext, sentence: Sentence) -> list[Figure]:
    """Ages the claims do not hold ("is now 30 years old"), read from the sentence as count figures."""
    out = []
    for m in vocab.AGE_WRITTEN.finditer(ctx.text, sentence.start, sentence.end):
        if any(f.start <= m.start() < f.end for f in sentence.figures):
            continue
        out.append(Figure(-1, m.start(), m.end(), m.group(0), "count", int(m.group(1)), "years old", None, None,
                          False, None, None, sentence.figures[0].sentence if sentence.figures else 0,
                          float(m.group(1))))
    return out


def _origin(ctx: CheckContext, fig: Figure) -> str | None:
    """"born" or "founded" when the date is a birth or founding date."""
    if fig.kind != "date" or date_span(fig.value) is None:
        return None
    before = ctx.before(fig, 60)
    lowered = before.lower()
    if not any(hint in lowered for hint in vocab.ORIGIN_HINTS):
        return None
    if vocab.BORN_BEFORE.search(before):
        return "born"
    if vocab.FOUNDED_BEFORE.search(before):
        return "founded"
    return None


def _other_time(ctx: CheckContext, figs: list[Figure], keep: set[int], age: Figure) -> bool:
    """The age may be given at another time than publication: a date before it in the sentence ("In 2010,
    Kim, 28, ..."), other than "since"."""
    for f in figs:
        if f.index in keep or f.kind not in ("date", "time") or f.start > age.start:
            continue
        if vocab.SINCE_BEFORE.search(ctx.before(f, 12)):
            continue
        if f.kind == "date" and f.resolved == "publication" and ctx.published:
            span = date_span(f.value)
            if span and abs((span[0] - ctx.published).days) <= 45:
                continue  # "said on Tuesday": the time of the report
        return True
    return False


def _ages(born: tuple[dt.date, dt.date], on: dt.date) -> set[int]:
    out = set()
    for day in (born[0], born[1]):
        out.add(on.year - day.year - ((on.month, on.day) < (day.month, day.day)))
    return out


def check(ctx: CheckContext) -> Iterator[CheckFinding]:
    if ctx.published is None:
        return
    with_dates = [s for s in ctx.sentences if "date" in s.kinds and s.has(ctx, vocab.ORIGIN_HINTS)]
    chosen = sorted({s.index for s in with_dates} | {s.index - 1 for s in with_dates if s.index > 0})
    for index in chosen:
        sentence = ctx.sentences[index]
        figs = sentence.figures
        if not figs:
            continue
        ages = [f for f in figs if _age(ctx, f)] or _written_ages(ctx, sentence)
        origins = [(f, kind) for f in figs if (kind := _origin(ctx, f))]
        if not origins and ages and index + 1 < len(ctx.sentences) \
                and ctx.adjacent(sentence, ctx.sentences[index + 1]):
            # "Smith, 45, ... . He was born in 1960."
            following = ctx.sentences[index + 1]
            lead = ctx.text[following.start:following.start + 40]
            if re.match(r"(?:He|She)\s+was\s+born\b", lead):
                origins = [(f, kind) for f in following.figures if (kind := _origin(ctx, f))][:1]
                figs = figs + following.figures
        if len(ages) != 1 or len(origins) != 1:
            continue
        age, (origin, kind) = ages[0], origins[0]
        if kind == "founded" and age.unit not in vocab.AGE_UNITS:
            continue
        text = ctx.text[min(age.start, origin.start):max(age.end, origin.end)]
        around = ctx.text[max(sentence.start, min(age.start, origin.start) - 40):max(age.end, origin.end) + 40]
        if vocab.PAST_AGE.search(around) or _other_time(ctx, figs, {age.index, origin.index}, age) \
                or re.search(r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?$", ctx.before(age, 25)):
            continue
        span = date_span(origin.value)
        if span is None or span[0] > ctx.published or not text:
            continue
        possible = _ages(span, ctx.published)
        if int(age.amount or 0) in possible:
            continue
        low, high = min(possible), max(possible)
        expected = f"{low}" if low == high else f"{low} or {high}"
        when = f"{ctx.published.day} {ctx.published:%B} {ctx.published.year}"
        what = "born" if kind == "born" else "founded"
        yield finding(NAME, [age, origin],
                      f"{what} {' '.join(origin.text.split())}, the age on {when} is {expected}, "
                      f"but the text says {quoted(age)}", expected, quoted(age))


register_rule(Rule(NAME, "Age and birth date", "An age that does not match the birth (or founding) date given.",
                   check))
