"""``relative_date`` and ``then_future``: dates read from the publication date, and expectations that
the republication date has overtaken. Both read the extractor's record of how each date was resolved
(``resolved``, docs/claims.md); no date is worked out again here."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from workbench.core.lens.context import LensContext
from workbench.core.lens.model import Finding, LensClass, TemporalClaim
from workbench.core.lens.readings import Reading, duration_span, read_value
from workbench.core.lens.registry import register_lens_class
from workbench.core.lens.vocab import (
    FUTURE_MARKERS,
    FUTURE_REF,
    FUTURE_WORDS,
    LOOKING_AHEAD_PREFIXES,
    PAST_MARKERS,
    PAST_REF,
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


# --------------------------------------------------------------------------- relative_date


def find_relative_dates(ctx: LensContext) -> Iterator[Finding]:
    """Dates resolved from the publication date, rewritten as absolute dates in house style."""
    for claim in ctx.claims:
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
    for claim in ctx.claims:
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
        yield _expected(ctx, m.start(), m.end(), anchor=FUTURE_REF, reads_as=when, when=when)


@lru_cache(maxsize=1)
def _future_words() -> tuple[str, ...]:
    return tuple({w.cue for w in FUTURE_WORDS.values()})


@lru_cache(maxsize=1)
def _future_source() -> str:
    words = sorted(FUTURE_WORDS, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return rf"(?<![\w-])(?:{alternation})(?![\w-])"


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
