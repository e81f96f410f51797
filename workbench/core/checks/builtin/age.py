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
    if vocab.AGE_TURNS_BEFORE.search(before) or re.search(r"\b(?:was|were|is)\s+$", before) \
            and re.match(r"\s+when\b", after):
        return True  # "who turns 40 on Tuesday", "He was 17 when he enlisted"
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


_NAMED_BORN = re.compile(r"(He|She|[A-Z][\w'\u2019-]+),?\s+(?:who\s+)?was\s+born\b")
"""How the sentence after an age may give the birth: "She was born in ...", "Anand, who was born in ..."."""


def _names(ctx: CheckContext, ages: list[Figure], name: str) -> bool:
    """The one age in the sentence is said of ``name``: "Priya Anand, 53," ... "Anand, who was born ..."."""
    return len(ages) == 1 and re.search(r"\b" + re.escape(name) + r"\W{0,3}$", ctx.before(ages[0], 40)) is not None


def _origin(ctx: CheckContext, fig: Figure) -> str | None:
    """"born" or "founded" when the date is a birth or founding date."""
    if fig.kind != "date" or date_span(fig.value) is None:
        return None
    before = ctx.before(fig, 60)
    if before.endswith("(") and _LIFE_SPAN_END.match(ctx.text, fig.end):
        return "lifespan"  # "Jean-Paul Mercier (1931–2024)"
    lowered = before.lower()
    if not any(hint in lowered for hint in vocab.ORIGIN_HINTS):
        return None
    if vocab.BORN_BEFORE.search(before):
        return "born"
    if vocab.FOUNDED_BEFORE.search(before):
        return "founded"
    return None


_LIFE_SPAN_END = re.compile(r"\s*[\u2013\u2014-]\s*\d{4}\s*\)")
_WORD = re.compile(r"[a-z]+")
_DIED_ON = re.compile(r"\bdied\s+(?:on\s+)?$", re.I)
_SELF_KIN = re.compile(r"^\s*,\s*an?\s+(?:[a-z-]+\s+)?(?:mother|father|mum|dad|grandmother|grandfather|parent)\s+of\s+"
                       r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b")
"""Right after the age, the person described by their family ("Kerry Ames, 25, a mother of three who was born"):
not another person's birth."""


def _age_between(born: tuple[dt.date, dt.date], on: tuple[dt.date, dt.date]) -> tuple[int, int]:
    """The youngest and oldest a person born within ``born`` can be on a day within ``on``."""
    def age(b: dt.date, d: dt.date) -> int:
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day))
    return age(born[1], on[0]), age(born[0], on[1])


def _event(ctx: CheckContext, figs: list[Figure], keep: set[int], age: Figure, born: tuple[dt.date, dt.date]
           ) -> Figure | None:
    """The one date near the age, in its clause, that the age is given at: "He was 17 when he enlisted in 1944",
    "she won the title in 1993 at the age of 22" (not a day of the report: "died on Tuesday")."""
    near = []
    for f in figs:
        if f.index in keep or f.kind != "date":
            continue
        span = date_span(f.value)
        if span is None or span[0] < born[1]:
            continue
        if f.resolved == "publication" and ctx.published and abs((span[0] - ctx.published).days) <= 45 \
                and not _DIED_ON.search(ctx.before(f, 15)):
            continue  # a day of the report, unless it is the day of the death the age is given at
        first, last = (f, age) if f.start < age.start else (age, f)
        if last.start - first.end <= 50 and ";" not in ctx.text[first.end:last.start]:
            near.append(f)
    return near[0] if len(near) == 1 else None


def _birthdays(ctx: CheckContext, sentence: Sentence) -> list[Figure]:
    """Birthdays by their number ("her 100th birthday"), as count figures of that many years."""
    return [Figure(-1, m.start(), m.end(), m.group(0), "count", int(m.group(1)), "birthday", None, None, False, None,
                   None, sentence.index, float(m.group(1)))
            for m in vocab.BIRTHDAY_WRITTEN.finditer(ctx.text, sentence.start, sentence.end)]


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
    with_dates = [s for s in ctx.sentences if "date" in s.kinds and (
        s.has(ctx, vocab.ORIGIN_HINTS) or len(s.figures) >= 3 and ctx.text.find("(", s.start, s.end) >= 0)]
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
            named = _NAMED_BORN.match(lead)
            if named and (named.group(1) in ("He", "She") or _names(ctx, ages, named.group(1))):
                origins = [(f, kind) for f in following.figures if (kind := _origin(ctx, f))][:1]
                figs = figs + following.figures
        birthdays = [] if ages else _birthdays(ctx, sentence)
        ages = ages or birthdays
        if len(ages) != 1 or len(origins) != 1:
            continue
        age, (origin, kind) = ages[0], origins[0]
        if kind == "founded" and age.unit not in vocab.AGE_UNITS:
            continue
        first, last = (age, origin) if age.start < origin.start else (origin, age)
        if set(_WORD.findall(_SELF_KIN.sub(" ", ctx.lower[first.end:last.start]))) & vocab.KIN_NOUNS:
            continue  # "with his granddaughter, who was born in 2004": another person's birth
        text = ctx.text[min(age.start, origin.start):max(age.end, origin.end)]
        span = date_span(origin.value)
        if span is None or span[0] > ctx.published or not text:
            continue
        around = ctx.text[max(sentence.start, min(age.start, origin.start) - 40):max(age.end, origin.end) + 40]
        what = "born" if kind != "founded" else "founded"
        born_text = " ".join(origin.text.split())
        if kind == "lifespan" or vocab.PAST_AGE.search(around) or _other_time(ctx, figs, {age.index, origin.index}, age) \
                or re.search(r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?$", ctx.before(age, 25)):
            # the age at another time: the one date it is given at, or silence
            event = ctx.next_figure(origin) if kind == "lifespan" else _event(ctx, figs, {age.index, origin.index},
                                                                               age, span)
            event_span = date_span(event.value) if event is not None else None
            if event is None or event_span is None or age.unit == "birthday":
                continue
            low, high = _age_between(span, event_span)
            on = f"{'on' if event_span[0] == event_span[1] else 'in'} {' '.join(event.text.split())}"
        elif age.unit == "birthday":
            today = "today" in around.lower()
            years = {ctx.published.year} if today else {ctx.published.year - 1, ctx.published.year,
                                                        ctx.published.year + 1}
            if {span[0].year + int(age.amount or 0), span[1].year + int(age.amount or 0)} & years:
                continue
            number = ctx.published.year - span[0].year
            expected = f"{number}{_ordinal(number)} birthday"
            yield finding(NAME, [age, origin], f"{what} {born_text}, the birthday in {ctx.published.year} is the "
                          f"{expected}, but the text says {quoted(age)}", expected, quoted(age))
            continue
        else:
            low, high = _age_between(span, (ctx.published, ctx.published))
            if vocab.AGE_TURNS_BEFORE.search(ctx.before(age, 20)):
                high += 1  # "turns 40": the age at the next birthday
            when = f"{ctx.published.day} {ctx.published:%B} {ctx.published.year}"
            on = f"on {when}"
        if low <= int(age.amount or 0) <= high:
            continue
        expected = f"{low}" if low == high else f"{low} or {high}" if high == low + 1 else f"{low} to {high}"
        yield finding(NAME, [age, origin],
                      f"{what} {born_text}, the age {on} is {expected}, but the text says {quoted(age)}",
                      expected, quoted(age))


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


register_rule(Rule(NAME, "Age and birth date", "An age that does not match the birth (or founding) date given.",
                   check))
