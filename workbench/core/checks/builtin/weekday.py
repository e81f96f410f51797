"""``weekday``: the weekday written beside a date against the calendar ("Tuesday, 15 February 2018").

The extractor keeps the weekday written with an explicit date (``weekday``). A date whose year the
extractor inferred from the publication date ("Tuesday, 3 March") could belong to the year before or
after; when the written weekday fits that other reading, the check stays silent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from workbench.core.checks import CheckContext, CheckFinding, Rule, register_rule, vocab
from workbench.core.checks.builtin._common import finding
from workbench.core.checks.context import Figure
from workbench.core.extract.vocab.calendar import WEEKDAYS, month_forms

NAME = "weekday"
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_NAMES = list(WEEKDAYS)
_FULL = {name.lower() for name in _NAMES}
_FORMS = {form.lower().rstrip("."): i for i, (name, abbrevs) in enumerate(WEEKDAYS.items())
          for form in (name, *abbrevs)}


def weekday_index(written: str) -> int | None:
    """0 for "Monday", "Mon", "Mon."; None for anything else."""
    return _FORMS.get(written.strip().lower().rstrip("."))


def _date(value: object) -> dt.date | None:
    m = _DAY.match(value) if isinstance(value, str) else None
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _other_readings(day: dt.date, published: dt.date | None, tense: int = 0) -> list[dt.date]:
    """The same day and month in the years an inferred year could also have been. A sentence in the past
    (``tense`` -1) or in the present or future (+1) rules out the readings on the other side of the publication
    date, and any reading farther off than the extractor's when that one fits the tense: "closed on Wednesday
    3 March" in a story of 5 March 2020 is not 3 March 2021, "were lit on Wednesday 2 June" in a story of
    6 June 2022 not 2 June 2021."""
    years = [day.year - 1, day.year + 1] if published is None else [published.year - 1, published.year,
                                                                    published.year + 1]
    out = []
    for year in years:
        try:
            other = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if other != day:
            out.append(other)
    if tense and published is not None:
        def fits(d: dt.date) -> bool:
            return (d - published).days <= 1 if tense < 0 else (d - published).days >= -1
        near = abs((day - published).days) if fits(day) else None
        out = [o for o in out if fits(o) and (near is None or abs((o - published).days) < near)]
    return out


_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?|'ll")


def sentence_tense(ctx: CheckContext, fig: Figure) -> int:
    """-1 when the verb nearest the figure in its sentence is in the past ("closed on"), +1 when it is in the
    present or future ("will follow", "are due to lift", "is scheduled for"), 0 when the sentence has neither
    (the reporting verbs of any story, "said", "announced", do not count)."""
    sentence = ctx.sentence_of(fig)
    before = _WORDS.findall(ctx.lower[sentence.start:fig.start])
    after = _WORDS.findall(ctx.lower[fig.end:sentence.end])
    marks: list[tuple[int, int]] = []  # (distance from the figure, tense)
    words = [*before, *after]
    for i, word in enumerate(words):
        previous = words[i - 1] if i else ""
        if word in vocab.FUTURE_WORDS or word in vocab.SCHEDULED_PRESENT and previous not in ("has", "have", "had"):
            tense = 1
        elif previous not in vocab.AUXILIARY_BEFORE and (
                word in vocab.PAST_WORDS or word.endswith(vocab.PAST_ENDING) and len(word) > 4
                and word not in vocab.NOT_PAST):
            tense = -1
        else:
            continue
        marks.append((len(before) - i if i < len(before) else i - len(before) + 1, tense))
    return min(marks)[1] if marks else 0


_BEFORE = re.compile(r"\b(" + "|".join(sorted(_FORMS, key=len, reverse=True)) + r")\.?,?\s+(?:the\s+)?$", re.I)
_POSSESSIVE = re.compile(r"\b(" + "|".join(_NAMES) + r")(?:'s|\u2019s)\s+(?:[a-z-]+\s+){1,2}?on\s+(?:the\s+)?$")
"""A weekday's event dated just after: "Thursday's final on 14 March"."""
_ABBREVIATED = re.compile(r"(?<![Tt]he )\b(" + "|".join(sorted((a for _, abbrevs in WEEKDAYS.items() for a in abbrevs),
                                                             key=len, reverse=True)) + r")\s+$")
"""An abbreviation without its full stop, just before a date written day first ("Kick-off: Sun 7 Oct")."""
_AFTER = re.compile(r"(?:,?\s+(?:a|which\s+(?:was|is|will\s+be)|that\s+(?:was|is))\s+|\s*\(\s*(?:a\s+)?)(" +
                    "|".join(n for n in _NAMES) + r")\b", re.I)


_MONTH_WORDS = re.compile(r"\b(?:" + "|".join(sorted((re.escape(f) for f in month_forms(dots=False)), key=len,
                                                      reverse=True)) + r")\b|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}", re.I)
"""A date written out: a month's name or a numeric date (not "3 days from now", not "Thursday")."""


def written_weekday(ctx: CheckContext, fig: Figure) -> tuple[str, tuple[int, int]] | None:
    """A weekday beside a full date that the claim does not hold ("Tues., Feb. 13, 2018"): the word and its span."""
    if not _MONTH_WORDS.search(fig.text) or not any(ch.isdigit() for ch in fig.text):
        return None
    m = _BEFORE.search(ctx.text, max(0, fig.start - 16), fig.start)
    if m and m.group(1)[0].isupper() and (m.group(1).lower() in _FULL or ctx.text[m.end(1):m.end(1) + 1] == "."):
        return m.group(1), (m.start(1), m.end(1))  # an abbreviation only with its full stop ("The Sun, 15 May")
    if fig.text[:1].isdigit():
        m = _ABBREVIATED.search(ctx.text, max(0, fig.start - 12), fig.start)
        if m:
            return m.group(1), (m.start(1), m.end(1))
    m = _POSSESSIVE.search(ctx.text, max(0, fig.start - 40), fig.start)
    if m:
        return m.group(1), (m.start(1), m.end(1))
    m = _AFTER.match(ctx.text, fig.end, min(len(ctx.text), fig.end + 30))
    if m:
        return m.group(1), (m.start(1), m.end(1))
    return None


_NEAR = re.compile("|".join(name[:3] for name in _NAMES))
""""Mon" ... "Sun": a date with none of them beside it has no weekday to read."""


def check(ctx: CheckContext) -> Iterator[CheckFinding]:
    text = ctx.text
    for fig in ctx.figures:
        if fig.kind not in ("date", "time"):
            continue
        words: tuple[tuple[int, int], ...] = ()
        said = fig.weekday
        if not said:
            if not _NEAR.search(text, max(0, fig.start - 40), fig.start) \
                    and not _NEAR.search(text, fig.end, fig.end + 16):
                continue
            if not isinstance(fig.value, str) or not _DAY.match(fig.value):
                continue
            beside = written_weekday(ctx, fig)
            if beside is None:
                continue
            said, span = beside
            words = (span,)
        day = _date(fig.value)
        written = weekday_index(said)
        if day is None or written is None or day.weekday() == written:
            continue
        if fig.resolved != "absolute" and any(o.weekday() == written for o in _other_readings(
                day, ctx.published, sentence_tense(ctx, fig))):
            continue  # the year was inferred, and the weekday fits another year it could be
        actual = _NAMES[day.weekday()]
        when = f"{day.day} {day:%B} {day.year}"
        yield finding(NAME, [fig], f"{when} was a {actual}, but the text says {said}", f"a {actual}", said,
                      extra=words)


register_rule(Rule(NAME, "Weekday and date", "A weekday written beside a date that falls on another day.", check))
