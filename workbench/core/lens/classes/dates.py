"""``relative_date`` and ``then_future``: dates read from the publication date, and expectations that
the republication date has overtaken. Both read the extractor's record of how each date was resolved
(``resolved``, docs/claims.md); no date is worked out again here."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from workbench.core.extract import timex as tx
from workbench.core.lens.context import LensContext, phrase_pattern
from workbench.core.lens.model import Finding, LensClass, TemporalClaim
from workbench.core.lens.readings import Reading, duration_span, read_value
from workbench.core.lens.registry import register_lens_class
from workbench.core.lens.vocab import (
    DAY_PART_NOT_BEFORE,
    DAY_PARTS,
    FUTURE_MARKERS,
    FUTURE_REF,
    FUTURE_WORDS,
    IN_TIME_AFTER,
    LOOKING_AHEAD_PREFIXES,
    NAMED_DAY_PREFIXES,
    NEGATIONS,
    OVERNIGHT_NOT,
    PAST_MARKERS,
    PAST_REF,
    PREPOSITIONS,
    SUPERLATIVE_CUES,
    VAGUE_FUTURE_DAYS,
)
from workbench.core.lens.wording import Phrase, date_phrase, duration_phrase

DATE_KINDS = ("date", "time")
_DEICTIC = re.compile(r"(?i)\b(?:ago|latest|current|this)\b")
"""Words that count from the day of writing whatever date the extractor anchored them on ("a year ago",
"the latest quarter")."""
_EXPECTED_WITH = frozenset({"by", "before", "until", "till", "after", "from", "around", "about", "within", "since",
                            "through", "throughout", "during", "over", "beyond"})
"""Prepositions a then-future note keeps ("by 2020" -> "was expected by 2020")."""


def _counted_from_publication(claim: TemporalClaim) -> bool:
    """A date the extractor counted from the publication date, or one whose words count from it."""
    return claim.resolved == "publication" or (claim.resolved == "text" and bool(_DEICTIC.search(claim.text)))


def _unreadable(ctx: LensContext, claim: TemporalClaim, cls: str) -> Finding:
    """A relative date that cannot be dated: no publication date, or a value that is not a calendar date."""
    if ctx.published is None:
        reads, why = "unknown: the publication date is not set", "set the publication date to see what it meant"
    else:
        reads, why = f"{claim.value}", "check what it meant"
    return ctx.finding(claim.start, claim.end, cls, anchor=_anchor(claim), reads_as=reads, suggestion=None,
                       explanation=f"“{claim.text}” is counted from the publication date: {why}")


def _anchor(claim: TemporalClaim) -> str | None:
    return None if claim.value is None else str(claim.value)


def _duration_anchor(claim: TemporalClaim, way: str) -> str | None:
    """A vague span counted from publication is a reference ("the past few weeks": PAST_REF); a counted one
    keeps its duration ("the past three months": P3M)."""
    if isinstance(claim.value, str) and "X" in claim.value:
        return FUTURE_REF if way == "ahead" else PAST_REF
    return _anchor(claim)


def _reads(reading: Reading) -> str:
    return f"{reading.noun}, {reading.clock}" if reading.unit == "time" else reading.noun


# --------------------------------------------------------------------------- readings the claims leave out


@dataclass(frozen=True)
class _Reading:
    """A date the lens reads from words the extractor gives no date for ("this morning", "this time last
    year", "8 p.m." after "today"), in the shape of a claim."""

    start: int
    end: int
    text: str
    value: str
    kind: str = "date"
    mod: str | None = None
    resolved: str = "publication"
    anchor_value: str | None = None


_NAME_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_WEEKDAY_WORD = re.compile(r"(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$")
_CLOCK_ONLY = re.compile(r"^T\d\d(?::\d\d)?")
_CLOCK_BEFORE = re.compile(r"(?i)\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h)\s+$")
_THIS_TIME = re.compile(r"(?i)\bthis\s+time\s+$")
_SENTENCE_STOP = re.compile(r"[.!?][\"\u201d\u2019)]?\s+(?=[A-Z\"\u201c\u2018(])|\n")
"""The end of a sentence ("a.m. today" is not one)."""
_DAY_PART_EDGES = frozenset({"early", "late", "earlier", "later"})
_EDGE_BEFORE = re.compile(r"(?i)\b(?:early|late|earlier|later)\s+$")
_IN_AHEAD = re.compile(r"^P(\d+)(D|W|M|Y)$")


def _not_a_date(ctx: LensContext, claim: TemporalClaim) -> bool:
    """Words the extractor dated that are not a date here: a weekday in a name ("Super Tuesday"), "the last
    winter this severe" (the most recent before another), "24 days earlier than in 2018" (a comparison), "a
    year earlier" after a date the sentence gives ("sales fell in 2015 compared with a year earlier")."""
    text = claim.text
    if _WEEKDAY_WORD.match(text):
        m = _NAME_BEFORE.search(ctx.text, max(0, claim.start - 16), claim.start)
        return bool(m) and m.group(1).lower() in NAMED_DAY_PREFIXES
    if text[:5] in ("last ", "Last ") and ctx.word_before(claim.start) == "the":
        return True
    if not text.endswith(("earlier", "later")):
        return False
    if ctx.word_after(claim.end) == "than":
        return True
    stop = max((m.end() for m in _SENTENCE_STOP.finditer(ctx.text, max(0, claim.start - 200), claim.start)),
               default=0)  # "in 2015 compared with a year earlier": counted from the year the sentence names
    return any(c.resolved == "absolute" and stop <= c.start and c.end <= claim.start for c in ctx.dates)


@lru_cache(maxsize=1)
def _day_part_source() -> str:
    return r"\b(?<!-)(?:" + phrase_pattern(DAY_PARTS) + r")(?![\w-])"


def _day_parts(ctx: LensContext) -> list[_Reading]:
    """"this morning", "last night", "late last night", "overnight": parts of a day named from publication."""
    published = ctx.published
    if published is None or not ctx.mentions(*DAY_PARTS):
        return []
    found: list[_Reading] = []
    for m in ctx.scan(_day_part_source()):
        w = " ".join(m.group().lower().split())
        offset, code = DAY_PARTS[w]
        start = m.start()
        before = ctx.word_before(start)
        if before in DAY_PART_NOT_BEFORE or ctx.word_after(m.end()) == "of":
            continue  # "the last night of the tour"
        if before in _DAY_PART_EDGES and (edge := _EDGE_BEFORE.search(ctx.text, max(0, start - 12), start)):
            start = edge.start()  # "late last night": the word stays in the span
        if w == "overnight":
            after = ctx.word_after(m.end())
            clause = set(ctx.clause_words_before(m.start(), 8))
            if after and after not in PREPOSITIONS and after not in ("as", "when", "while", "but", "after"):
                continue  # "overnight trading": an adjective
            if clause & OVERNIGHT_NOT or after in OVERNIGHT_NOT or clause & NEGATIONS:
                continue  # "it will not happen overnight": suddenly
            if clause & FUTURE_MARKERS:
                offset = 0  # "will continue overnight": the coming night
        if any(c.start < m.end() and start < c.end for c in ctx.dates):
            continue
        day = published + dt.timedelta(days=offset)
        found.append(_Reading(start, m.end(), ctx.text[start:m.end()], f"{day.isoformat()}T{code}"))
    return found


def _this_time(ctx: LensContext, claim: TemporalClaim) -> _Reading | None:
    """"this time last year" -> the publication month a year before (2018-08), not the whole year."""
    published = ctx.published
    lowered = claim.text.lower() if len(claim.text) == 9 else ""
    if published is None or lowered not in ("last year", "next year"):
        return None
    m = _THIS_TIME.search(ctx.text, max(0, claim.start - 12), claim.start)
    if m is None:
        return None
    year = published.year + (1 if lowered.startswith("next") else -1)
    return _Reading(m.start(), claim.end, ctx.text[m.start():claim.end], f"{year:04d}-{published.month:02d}")


def _clock_on_the_day(ctx: LensContext, claim: TemporalClaim) -> _Reading | None:
    """A clock time without a day in a sentence whose day is counted from publication ("opened at 7 a.m.
    today and will stay open until 8 p.m.") is on that day."""
    if claim.kind != "time" or not isinstance(claim.value, str) or not _CLOCK_ONLY.match(claim.value):
        return None
    text = ctx.text
    following = next((c for c in ctx.dates if c.start >= claim.end), None)
    if following is not None and following.resolved == "publication" and isinstance(following.value, str) \
            and re.fullmatch(r"\s+(?:on\s+)?", text[claim.end:following.start]) \
            and re.match(r"\d{4}-\d\d-\d\d", following.value):  # "10pm tonight": one time
        return _Reading(claim.start, following.end, text[claim.start:following.end],
                        f"{following.value[:10]}{claim.value}", kind="time")
    stop_before = max((m.end() for m in _SENTENCE_STOP.finditer(text, max(0, claim.start - 200), claim.start)),
                      default=0)
    stop_after = _SENTENCE_STOP.search(text, claim.end)
    limit = stop_after.start() if stop_after else len(text)
    days = {str(c.value)[:10] for c in ctx.dates
            if c is not claim and stop_before <= c.start and c.end <= limit and c.resolved == "publication"
            and isinstance(c.value, str) and re.match(r"\d{4}-\d\d-\d\d", c.value)}
    if len(days) != 1:
        return None
    return _Reading(claim.start, claim.end, claim.text, f"{days.pop()}{claim.value}", kind="time")


def _ahead_in(ctx: LensContext, claim: TemporalClaim) -> tuple[int, int, _Reading] | None:
    """"in two weeks' time", "will be sentenced in about eight weeks": a date counted ahead from publication.
    Gives the span with "in", the span of the words alone, and the date they meant."""
    published = ctx.published
    start = claim.start
    if published is None or ctx.text[max(0, start - 3):start] not in ("in ", "In ") \
            or start > 3 and ctx.text[start - 4].isalpha():  # "in", not "within"
        return None
    m = _IN_AHEAD.match(str(claim.value))
    if m is None \
            or claim.text.split()[0].lower() in ("the", "this", "that", "its", "their"):
        return None  # "in the year to November": a period, not a date ahead
    end = claim.end
    timed = next((w for w in IN_TIME_AFTER if ctx.text.startswith(w, end)), None)
    if timed:
        end += len(timed)
    else:
        clause = ctx.clause_words_before(claim.start, 10)
        nearest = next((w for w in reversed(clause) if w in FUTURE_MARKERS or w in PAST_MARKERS), "")
        if nearest not in FUTURE_MARKERS or set(clause) & SUPERLATIVE_CUES:
            return None  # "the first majority in 30 years": a record measured back
    n, unit = int(m[1]), m[2]
    if unit == "D":
        value = (published + dt.timedelta(days=n)).isoformat()
    elif unit == "W":
        value = tx.week(published + dt.timedelta(weeks=n))
    elif unit == "M":
        value = tx.ym(*tx.add_months(published.year, published.month, n))
    else:
        value = str(published.year + n)
    in_start = ctx.text.rfind("in", max(0, claim.start - 4), claim.start)
    reading = _Reading(claim.start, end, ctx.text[claim.start:end], value)
    return in_start, end, reading


def _readings(ctx: LensContext) -> list[TemporalClaim]:
    """The claims, with the dates the lens reads itself put in their place (worked out once per article)."""
    key = "lens_readings"
    if key not in ctx.memo:
        out: list[TemporalClaim] = []
        covered = -1
        for claim in ctx.temporal:
            kind = claim.kind
            if kind == "duration":
                out.append(claim)
                continue
            if kind not in DATE_KINDS or claim.start < covered or _not_a_date(ctx, claim):
                continue  # the other kinds are no dates: neither class reads them
            read = _this_time(ctx, claim) if kind == "date" else _clock_on_the_day(ctx, claim)
            if read is not None:
                covered = read.end
            out.append(read or claim)
        parts = _day_parts(ctx)
        if parts:
            out = sorted([*out, *parts], key=lambda c: (c.start, c.end))
        ctx.memo[key] = out
    return ctx.memo[key]  # type: ignore[return-value]


# --------------------------------------------------------------------------- relative_date


def find_relative_dates(ctx: LensContext) -> Iterator[Finding]:
    """Dates resolved from the publication date, rewritten as absolute dates in house style."""
    for claim in _readings(ctx):
        if claim.kind == "duration" and ctx.published and (ahead := _ahead_in(ctx, claim)):
            in_start, end, dated = ahead
            reading = read_value(dated.value)
            if reading is not None and not _passed(ctx, reading, claim):
                yield ctx.finding(in_start, end, "relative_date", anchor=dated.value, reads_as=reading.noun,
                                  suggestion=f"{reading.preposition} {reading.noun}",
                                  explanation=f"“{dated.text}” meant {reading.noun} when the story was published")
                continue
        if claim.kind in DATE_KINDS and _counted_from_publication(claim):
            reading = read_value(claim.value) if ctx.published else None
            if reading is None:
                yield _unreadable(ctx, claim, "relative_date")
                continue
            phrase = date_phrase(ctx, claim.start, claim.end, reading)
            start, end = (phrase.start, phrase.end) if phrase else (claim.start, claim.end)
            yield ctx.finding(start, end, "relative_date", anchor=_anchor(claim), reads_as=_reads(reading),
                              suggestion=phrase.rewrite if phrase else None,
                              explanation=f"“{claim.text}” meant {_reads(reading)} when the story was published")
        elif claim.kind == "duration" and ctx.published:
            counted = duration_phrase(ctx, claim.start, claim.end)
            if counted is not None:
                words = counted[1]
                reads = words[0].lower() + words[1:]
                yield ctx.finding(claim.start, claim.end, "relative_date", anchor=_duration_anchor(claim, counted[0]),
                                  reads_as=reads,
                                  suggestion=words,
                                  explanation=f"“{claim.text}” meant {reads} when the story was published")


# --------------------------------------------------------------------------- then_future


def _looks_ahead(ctx: LensContext, claim: TemporalClaim) -> bool:
    """"later this year", "the rest of the year": after publication though the period contains it."""
    before = ctx.text[max(0, claim.start - 20):claim.start].lower()
    text = claim.text.lower()
    return any(text.startswith(p) or before.endswith(p + " ") for p in LOOKING_AHEAD_PREFIXES)


def _passed(ctx: LensContext, reading: Reading, claim: TemporalClaim) -> bool:
    """Expected after publication, and its time has come by the republication date."""
    published = ctx.published
    assert published is not None
    if reading.first > published:
        return reading.first <= ctx.as_of
    return reading.last > published and _looks_ahead(ctx, claim) and reading.last < ctx.as_of


def _note_time(ctx: LensContext, claim: TemporalClaim, reading: Reading, phrase: Phrase | None) -> str:
    """When the story expected it, as the note says it: "in July 2018", "by 2020", "later in 2018"."""
    if phrase is None or phrase.end != claim.end:  # a possessive ("next week's") reads better as the noun
        return f"{reading.preposition} {reading.noun}"
    if phrase.self_contained:
        return phrase.words
    before = ctx.word_before(claim.start)
    if before in _EXPECTED_WITH:
        return f"{before} {phrase.words}"
    return f"{phrase.preposition or reading.preposition} {phrase.words}"


def _expected(ctx: LensContext, start: int, end: int, *, anchor: str | None, reads_as: str, when: str) -> Finding:
    words = ctx.text[start:end]
    return ctx.finding(start, end, "then_future", anchor=anchor, reads_as=reads_as,
                       suggestion=f"was expected {when}: check what happened", substitutes=False,
                       explanation=f"“{words}” was still ahead when the story was published ({reads_as}); "
                                   "by the republication date it has passed")


def find_then_future(ctx: LensContext) -> Iterator[Finding]:
    """What the story expected after publication that lies before the republication date: a note, not a
    rewrite. A date still ahead of the republication date is left to ``relative_date``."""
    published = ctx.published
    if published is None or ctx.as_of <= published:
        return
    for claim in _readings(ctx):
        if claim.kind == "duration" and (ahead := _ahead_in(ctx, claim)):
            dated = ahead[2]
            reading = read_value(dated.value)
            if reading is not None and _passed(ctx, reading, claim):
                yield _expected(ctx, dated.start, dated.end, anchor=dated.value, reads_as=reading.noun,
                                when=f"around {reading.noun}")
                continue
        if claim.kind in DATE_KINDS and claim.resolved != "text":
            reading = read_value(claim.value)
            if reading is None or not _passed(ctx, reading, claim):
                continue
            phrase = date_phrase(ctx, claim.start, claim.end, reading)
            end = phrase.end if phrase else claim.end
            yield _expected(ctx, claim.start, end, anchor=_anchor(claim), reads_as=reading.noun,
                            when=_note_time(ctx, claim, reading, phrase))
        elif claim.kind == "duration":
            counted = duration_phrase(ctx, claim.start, claim.end)
            span = duration_span(claim.value, published)
            if counted is None or counted[0] != "ahead" or span is None:
                continue
            length = span[1] or dt.timedelta(days=VAGUE_FUTURE_DAYS)
            if ctx.as_of >= published + min(length, dt.timedelta(days=VAGUE_FUTURE_DAYS)):
                over = counted[1]
                yield _expected(ctx, claim.start, claim.end, anchor=_duration_anchor(claim, "ahead"),
                                reads_as=over[0].lower() + over[1:],
                                when=f"over {over[0].lower() + over[1:]}")
    if ctx.as_of >= published + dt.timedelta(days=VAGUE_FUTURE_DAYS) and ctx.mentions(*_future_words()):
        yield from _vague_future(ctx)


def _vague_future(ctx: LensContext) -> Iterator[Finding]:
    """"will soon", "in the coming months": expectations without a date, once a month has passed."""
    for m in ctx.scan(_future_source()):
        entry = FUTURE_WORDS[" ".join(m.group().split())]
        after = ctx.following(m.end(), 16)
        if any(after == w or after.startswith(w + " ") or after.startswith(w + ",") for w in entry.not_after):
            continue
        if entry.needs_future:
            before = set(ctx.clause_words_before(m.start(), 10))
            if not (before | {ctx.word_after(m.end())}) & FUTURE_MARKERS or before & PAST_MARKERS:
                continue
        when = ctx.fill(entry.expected)
        yield _expected(ctx, m.start(), m.end(), anchor=entry.anchor, reads_as=when, when=when)


@lru_cache(maxsize=1)
def _future_words() -> tuple[str, ...]:
    return tuple({w.cue for w in FUTURE_WORDS.values()})


@lru_cache(maxsize=1)
def _future_source() -> str:
    return r"\b(?<!-)(?:" + phrase_pattern(FUTURE_WORDS) + r")(?![\w-])"


register_lens_class(LensClass(
    name="then_future", label="Was in the future",
    description="Something the story expected after it was published that the republication date has "
                "overtaken: check what happened.",
    colour="#cc4125", find=find_then_future, order=10))

register_lens_class(LensClass(
    name="relative_date", label="Relative date",
    description="A date read from the publication date (\u201clast month\u201d, \u201con Thursday\u201d): "
                "rewrite it as an absolute date.",
    colour="#3d85c6", find=find_relative_dates, order=20))
