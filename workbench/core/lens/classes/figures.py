"""``running_figure``: figures tied to a moving date (ages, durations that keep growing, tallies "so far
this year", "the toll has risen to 300", "the latest figures")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from workbench.core.lens.context import LensContext
from workbench.core.lens.model import Finding, LensClass, TemporalClaim
from workbench.core.lens.readings import between_text, day_range_text, read_value
from workbench.core.lens.registry import register_lens_class
from workbench.core.lens.vocab import (
    AGE_CUES,
    AGE_LIMITS,
    AGE_PATTERN,
    AGE_UNITS,
    CLAUSE_OPENERS,
    DURATION_PLACES,
    FUTURE_MARKERS,
    IRREGULAR_PAST,
    LATEST_FIGURE_NOUNS,
    PAST_MARKERS,
    PRESENT_REF,
    RISING_VERBS,
    SO_FAR_UNITS,
)
from workbench.core.lens.wording import duration_phrase

FIGURE_KINDS = ("count", "money", "percent", "quantity")
_AGE_UNIT_CODES = {"years": "Y", "months": "M", "weeks": "W", "days": "D"}
_SO_FAR = re.compile(r"(?i)\b(?:so|thus)\s+far\s+(?:in\s+)?$")
_SO_FAR_AFTER = re.compile(r"(?i)\s+(?:so|thus)\s+far\b")
_PERFECT = frozenset({"has", "have", "'ve", "\u2019ve", "hasn't", "haven't", "hasn\u2019t", "haven\u2019t"})
_LONG = re.compile(r"^P(?:\d+|X)(?:Y|DE|C)$")
_GROWING_AFTER = frozenset({"for", "after", "than"})
"""Words before a duration that keeps growing in a present-perfect clause ("has served for five years")."""


@lru_cache(maxsize=1)
def _level_lead() -> re.Pattern[str]:
    """The word right before a figure reached on publication ("to", "at", "reached"): a cheap first test."""
    return re.compile(rf"(?i)\b(?:to|at|{'|'.join(RISING_VERBS)})\s+$")


@lru_cache(maxsize=1)
def _rising() -> re.Pattern[str]:
    verbs = "|".join(RISING_VERBS)
    return re.compile(rf"(?i)\b(?:(?P<aux>has|have)\s+(?:now\s+|already\s+)?(?P<verb>{verbs})(?P<to>\s+to)?"
                      rf"|(?P<now>now\s+)?(?P<stands>stands?)\s+at)\s+$")


@lru_cache(maxsize=1)
def _latest() -> str:
    return rf"\bthe\s+latest\s+(?P<noun>{'|'.join(LATEST_FIGURE_NOUNS)})\b"


def _historical(ctx: LensContext, pos: int) -> bool:
    """The sentence dates itself before publication ("In 1990, a 34-year-old ..."): the figure is of then."""
    published = ctx.published
    if published is None:
        return False
    window_start = max(ctx.text.rfind(".", 0, pos), ctx.text.rfind("\n", 0, pos), 0)
    for claim in ctx.dates:
        if claim.start >= pos:
            break
        if claim.start >= window_start and claim.kind == "date" and claim.resolved == "absolute":
            reading = read_value(claim.value)
            if reading is not None and reading.last.year < published.year:
                return True
    return False


def _a_bound(ctx: LensContext, end: int) -> bool:
    """"55 years old or older": an age limit, not someone's age."""
    after = ctx.following(end, 16)
    return any(after.startswith(w) for w in AGE_LIMITS)


def _age(ctx: LensContext, claim: TemporalClaim) -> Finding | None:
    if not isinstance(claim.value, int | float) or _historical(ctx, claim.start) or _a_bound(ctx, claim.end):
        return None
    unit = str(getattr(claim, "unit", "") or "years old").split()[0]
    anchor = f"P{int(claim.value)}{_AGE_UNIT_CODES.get(unit, 'Y')}"
    start, words = claim.start, claim.text
    if "-" in words:  # "a 34-year-old": an adjective; "an 18-year-old" becomes "a then-18-year-old"
        article = re.search(r"(?i)\b(an)\s+$", ctx.text[max(0, start - 4):start])
        suggestion = f"then-{words}"
        if article:
            start -= len(article.group())
            suggestion = ("A" if article.group(1)[0] == "A" else "a") + f" then-{words}"
    else:
        suggestion = f"{words} in {ctx.month}"
    return ctx.finding(start, claim.end, "running_figure", anchor=anchor, reads_as=ctx.month,
                       suggestion=suggestion if ctx.published else None,
                       explanation=f"“{claim.text}” was the age in {ctx.month or 'the publication month'}; "
                                   "ages grow")


def _aged(ctx: LensContext) -> Iterator[Finding]:
    if not ctx.mentions(*AGE_CUES):
        return
    for m in ctx.scan(AGE_PATTERN):
        if not _historical(ctx, m.start()) and not _a_bound(ctx, m.end()):
            n, unit = (m["aged"], "Y") if m["aged"] else (m["n"], "M" if m["unit"].startswith("m") else "Y")
            words = ctx.text[m.start():m.end()]
            yield ctx.finding(m.start(), m.end(), "running_figure", anchor=f"P{int(n)}{unit}", reads_as=ctx.month,
                              suggestion=f"{words} in {ctx.month}" if ctx.published else None,
                              explanation=f"“{words}” was the age in {ctx.month or 'the publication month'}; "
                                          "ages grow")


def _growing(ctx: LensContext, claim: TemporalClaim) -> Finding | None:
    """A duration up to the day of publication: "has served for five years", "have long been reluctant ...
    after more than a decade in Afghanistan", "in place for more than a decade" (no verb in the past)."""
    if claim.resolved not in ("absolute", None) or duration_phrase(ctx, claim.start, claim.end) is not None:
        return None
    lead = claim.text.split()[0].lower()
    if lead not in _GROWING_AFTER:
        lead = ctx.word_before(claim.start)
    if lead not in _GROWING_AFTER or (lead == "after" and not _LONG.search(str(claim.value))):
        return None  # "a ceasefire after 12 days of fighting": ended; "after more than a decade in ...": years
    clause = ctx.clause_words_before(claim.start, 16)
    opened = max((i for i, w in enumerate(clause) if w in CLAUSE_OPENERS), default=-1)
    words = set(clause[opened + 1:])
    if words & (PAST_MARKERS | FUTURE_MARKERS) or not (words & _PERFECT or (lead == "for" and not _past_verb(words))):
        return None
    place = _place().match(ctx.text, claim.end)
    end = place.end() if place else claim.end
    words = ctx.text[claim.start:end]
    return ctx.finding(claim.start, end, "running_figure", anchor=None if claim.value is None else str(claim.value),
                       reads_as=ctx.month, suggestion=f"{words} as of {ctx.month}" if ctx.published else None,
                       explanation=f"“{claim.text}” was counted to {ctx.month or 'the publication date'}, when the "
                                   "story was published; it has grown since")


@lru_cache(maxsize=1)
def _place() -> re.Pattern[str]:
    """" in Afghanistan", " in office": where the time was spent, kept inside the rewrite."""
    places = "|".join(re.escape(p) for p in DURATION_PLACES)
    return re.compile(rf" (?:in|at) (?:(?:the )?[A-Z][\w\u2019'-]*(?: [A-Z][\w\u2019'-]*){{0,3}}|(?:{places})\b)")


def _past_verb(words: set[str]) -> bool:
    """A verb in the simple past among the clause's words ("jailed", "ruled", "spent")."""
    return any(w.endswith("ed") and len(w) > 4 for w in words) or bool(words & IRREGULAR_PAST)


def _so_far(ctx: LensContext, claim: TemporalClaim) -> Finding | None:
    """"so far this year" / "this year so far": from the start of the period to the day of publication."""
    words = claim.text.lower().split()
    if len(words) != 2 or words[0] != "this" or words[1] not in SO_FAR_UNITS or claim.resolved != "publication":
        return None
    before = _SO_FAR.search(ctx.text, max(0, claim.start - 16), claim.start)
    after = _SO_FAR_AFTER.match(ctx.text, claim.end)
    if not before and not after:
        return None
    start = before.start() if before else claim.start
    end = after.end() if after else claim.end
    reading = read_value(claim.value) if ctx.published else None
    if reading is None or ctx.published is None:
        return ctx.finding(start, end, "running_figure", anchor=str(claim.value), reads_as="unknown",
                           suggestion=None, explanation="a running total up to the day of publication, which is not set")
    first = min(reading.first, ctx.published)
    suggestion = between_text(first, ctx.published)
    return ctx.finding(start, end, "running_figure", anchor=str(claim.value), reads_as=day_range_text(first, ctx.published),
                       suggestion=suggestion,
                       explanation=f"“{ctx.text[start:end]}” counted up to {ctx.day}, when the story was published")


def _level(ctx: LensContext, claim: TemporalClaim) -> Finding | None:
    """A figure reached on the day of publication, rewritten to the past: "the toll has risen to 300" ->
    "the toll had risen to 300 by February 2018", "now stands at 300" -> "stood at 300 in February 2018"."""
    if not _level_lead().search(ctx.text, max(0, claim.start - 12), claim.start):
        return None
    m = _rising().search(ctx.text, max(0, claim.start - 40), claim.start)
    if m is None:
        return None
    figure = claim.text
    if m["stands"]:
        suggestion = f"stood at {figure} in {ctx.month}"
    else:
        suggestion = f"had {m['verb']}{' to' if m['to'] else ''} {figure} by {ctx.month}"
    return ctx.finding(m.start(), claim.end, "running_figure", anchor=PRESENT_REF, reads_as=ctx.month,
                       suggestion=suggestion if ctx.published else None,
                       explanation=f"“{claim.text}” was the figure in {ctx.month or 'the publication month'}; it "
                                   "may have changed")


def find_running_figures(ctx: LensContext) -> Iterator[Finding]:
    for claim in ctx.claims:
        found: Finding | None = None
        if claim.kind == "count" and getattr(claim, "unit", None) in AGE_UNITS:
            found = _age(ctx, claim)
        elif claim.kind == "duration":
            found = _growing(ctx, claim)
        elif claim.kind == "date":
            found = _so_far(ctx, claim)
        elif claim.kind in FIGURE_KINDS:
            found = _level(ctx, claim)
        if found is not None:
            yield found
    yield from _aged(ctx)
    if not ctx.mentions("latest"):
        return
    for m in ctx.scan(_latest()):
        noun = ctx.text[m.start("noun"):m.end("noun")]
        yield ctx.finding(m.start(), m.end(), "running_figure", anchor=PRESENT_REF, reads_as=ctx.month,
                          suggestion=f"the {noun} as of {ctx.month}" if ctx.published else None,
                          explanation=f"“{ctx.text[m.start():m.end()]}” were the latest in {ctx.month or 'the publication month'}; "
                                      "newer ones may exist")


register_lens_class(LensClass(
    name="running_figure", label="Running figure",
    description="A figure tied to a moving date (an age, a toll, a duration that keeps growing): say when it "
                "was counted.",
    colour="#6aa84f", find=find_running_figures, order=40))
