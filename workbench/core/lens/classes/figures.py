"""``running_figure``: figures tied to a moving date (ages, durations that keep growing, tallies "so far
this year", "the toll has risen to 300", "the latest figures")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from workbench.core.extract.vocab.calendar import MONTHS, WEEKDAYS
from workbench.core.lens.context import LensContext, shifted_back
from workbench.core.lens.model import Finding, LensClass, TemporalClaim
from workbench.core.lens.readings import between_text, day_range_text, read_value
from workbench.core.lens.registry import register_lens_class
from workbench.core.lens.vocab import (
    AGE_CUES,
    AGE_FIXED_BEFORE,
    AGE_LIMITS,
    AGE_PATTERN,
    AGE_UNITS,
    CLAUSE_OPENERS,
    DURATION_PLACES,
    ENDED_WORDS,
    FUTURE_MARKERS,
    GROWING_NOUNS,
    IRREGULAR_PAST,
    LATEST_FIGURE_NOUNS,
    MOVING_VERBS,
    NOT_A_NAME,
    NOT_BEFORE_AGE,
    PAST_MARKERS,
    PERSON_NOUNS,
    PRESENT_REF,
    PRESENT_STATE,
    REACHING_VERBS,
    SO_FAR_UNITS,
)
from workbench.core.lens.wording import duration_phrase

FIGURE_KINDS = ("count", "money", "percent", "quantity")
_CALENDAR_WORDS = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))
_AGE_UNIT_CODES = {"years": "Y", "months": "M", "weeks": "W", "days": "D"}
_SO_FAR = re.compile(r"(?i)\b(?:so|thus)\s+far\s+(?:in\s+)?$")
_SO_FAR_AFTER = re.compile(r"(?i)\s+(?:so|thus)\s+far\b")
_PERFECT = frozenset({"has", "have", "'ve", "\u2019ve", "hasn't", "haven't", "hasn\u2019t", "haven\u2019t"})
_LONG = re.compile(r"^P(?:\d+|X)(?:Y|DE|C)$")
_GROWING_AFTER = frozenset({"for", "after", "than", "in"})
"""Words before a duration that keeps growing in a present-perfect clause ("has served for five years", "the
worst I have seen in 35 years"); "in" only with the perfect."""
_PERIOD_BOUNDS = frozenset({"to", "ending", "ended", "through", "until", "till", "from"})
_SHORT = re.compile(r"^P(?:T\d+[HMS]|\d+[DW])$")
"""Durations in hours, days or weeks: dated to the day of publication ("four days as of 4 March 2022")."""
_BARE_AGE_BEFORE = re.compile(r"(?P<word>[A-Za-z][\w'\u2019.-]*)(?:,\s+|\s+\()$")
_NAME_BEFORE = re.compile(r"\b([A-Z][\w'\u2019.-]*)\s+$")
_ADJECTIVE_SPAN = re.compile(r"^\d{1,4}-year$")
_POSSESSOR = re.compile(r"(?:['\u2019]s?|\b(?:its|his|her|their|our|my|your))\s+$", re.IGNORECASE)


_QUALIFIERS = r"(?:(?:more|fewer|less)\s+than|over|nearly|almost|about|around|roughly|some|at\s+least|close\s+to" \
              r"|just\s+(?:over|under))\s+"
"""Words between the verb and the figure: "has risen to more than 3,700"."""


_LEVEL_LEADS = frozenset({"to", "at", "than", "over", "nearly", "almost", "about", "around", "roughly", "some",
                          "least", "under", *REACHING_VERBS})
"""The word right before a figure reached on publication ("to", "at", "reached", "than"): a cheap first test."""


@lru_cache(maxsize=1)
def _rising() -> re.Pattern[str]:
    moving = "|".join(v.replace(" ", r"\s+") for v in MOVING_VERBS)
    reaching = "|".join(REACHING_VERBS)
    return re.compile(rf"(?i)\b(?:(?P<aux>has|have)\s+(?:now\s+|already\s+)?"
                      rf"(?:(?P<verb>{moving})(?P<to>\s+to)|(?P<reach>{reaching}))"
                      rf"|(?P<now>now\s+)?(?P<stands>stands?)\s+at)(?P<gap>\s+(?:{_QUALIFIERS})?)$")


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


def _bare_age(ctx: LensContext, claim: TemporalClaim) -> Finding | None:
    """An age between commas after a name or a person: "Mrs May, 62, has led", "the Iraqi leader, 65, was",
    "John Smith (45)" -> "then 62"."""
    value, text, start, end = claim.value, ctx.text, claim.start, claim.end
    closing = text[end:end + 1]
    if closing not in (",", ")") or text[start - 2:start] != ", " and text[start - 1:start] != "(":
        return None  # the cheap test first: most counts are not between commas
    if not isinstance(value, int) or not 1 <= value <= 120 or not claim.text.isdigit():
        return None
    m = _BARE_AGE_BEFORE.search(text, max(0, start - 40), start)
    if m is None or closing not in (",", ")") or (closing == ")") != text[m.end("word"):start].strip().startswith("("):
        return None
    if text[end + 1:end + 3].strip()[:1].isdigit():
        return None  # a list of numbers: "10, 20, 30"
    word = m["word"].rstrip(".")
    lowered = word.lower()
    if lowered in NOT_BEFORE_AGE or lowered in NOT_A_NAME or not (word[0].isupper() or lowered in PERSON_NOUNS):
        return None  # "However, 45, ...": a connective, not a name
    name = _NAME_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if lowered in _CALENDAR_WORDS and (name is None or name.group(1).lower() in NOT_A_NAME):
        return None  # "in May, 62, ..." is a date; "Mrs May, 62," and "Theresa May, 62," are people
    if _historical(ctx, start):
        return None
    return ctx.finding(start, end, "running_figure", anchor=f"P{value}Y", reads_as=ctx.month,
                       suggestion=f"then {claim.text}" if ctx.published else None,
                       explanation=f"“{claim.text}” was the age in {ctx.month or 'the publication month'}; ages grow")


def _growing_adjective(ctx: LensContext, claim: TemporalClaim) -> Finding | None:
    """A length that keeps growing, used before its noun: "the NHS's 74-year history", "its 50-year rule" ->
    "then 74-year"; not a closed one ("ended his 20-year career") nor a record ("a 40-year high")."""
    if not _ADJECTIVE_SPAN.match(claim.text) or ctx.word_after(claim.end) not in GROWING_NOUNS:
        return None
    if not _POSSESSOR.search(ctx.text, max(0, claim.start - 30), claim.start):
        return None
    if set(ctx.clause_words_before(claim.start, 8)) & ENDED_WORDS or _historical(ctx, claim.start):
        return None
    return ctx.finding(claim.start, claim.end, "running_figure", anchor=str(claim.value), reads_as=ctx.month,
                       suggestion=f"then {claim.text}" if ctx.published else None,
                       explanation=f"“{claim.text}” was counted to {ctx.month or 'the publication date'}, when the "
                                   "story was published; it has grown since")


def _aged(ctx: LensContext) -> Iterator[Finding]:
    if not ctx.mentions(*AGE_CUES):
        return
    for m in ctx.scan(AGE_PATTERN):
        if ctx.word_before(m.start()) in AGE_FIXED_BEFORE:
            continue  # "has died aged 91": the age at death does not grow
        if not _historical(ctx, m.start()) and not _a_bound(ctx, m.end()):
            n, unit = (m["aged"], "Y") if m["aged"] else (m["n"], "M" if m["unit"].startswith("m") else "Y")
            words = ctx.text[m.start():m.end()]
            yield ctx.finding(m.start(), m.end(), "running_figure", anchor=f"P{int(n)}{unit}", reads_as=ctx.month,
                              suggestion=_age_words(ctx, words) if ctx.published else None,
                              explanation=f"“{words}” was the age in {ctx.month or 'the publication month'}; "
                                          "ages grow")


def _age_words(ctx: LensContext, words: str) -> str:
    """"aged 24" -> "then aged 24"; "40 years old" -> "40 years old in February 2018"."""
    return f"then {words}" if words[:4].lower() == "aged" else f"{words} in {ctx.month}"


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
    after = ctx.word_after(claim.end)
    if after in _PERIOD_BOUNDS:
        return None  # "for the three months to September 30", "the year ending March 31": a defined period
    if lead == "in" and (after == "time" or ctx.following(claim.end, 8).startswith(("'", "\u2019"))):
        return None  # "in two weeks' time": a date ahead
    clause = ctx.clause_words_before(claim.start, 16)
    opened = max((i for i, w in enumerate(clause) if w in CLAUSE_OPENERS), default=-1)
    if opened >= 0 and shifted_back(clause[:opened], PAST_MARKERS):
        opened = -1  # "the council said residents, who had ...": the saying governs the clause
    kept = clause[opened + 1:]
    words = set(kept)
    if "had" in words and "been" in words and shifted_back(kept, PAST_MARKERS):
        words = (words - {"had"}) | {"has"}  # reported speech: "said residents had been without water for four days"
    if words & (PAST_MARKERS | FUTURE_MARKERS) or not (words & _PERFECT or (lead == "for" and not _past_verb(words))) \
            or lead == "in" and not words & _PERFECT:
        return None
    place = _place().match(ctx.text, claim.end)
    end = place.end() if place else claim.end
    words_written = ctx.text[claim.start:end]
    when = ctx.day if _SHORT.search(str(claim.value)) else ctx.month
    return ctx.finding(claim.start, end, "running_figure", anchor=None if claim.value is None else str(claim.value),
                       reads_as=when, suggestion=f"{words_written} as of {when}" if ctx.published else None,
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
    """A figure reached on the day of publication, rewritten to the past: "the toll has risen to 300" -> "the
    toll had by 15 February 2018 risen to 300" (the verb is the span; a change such as "have fallen 12 per
    cent" is no level), "now stands at 300" -> "stood at 300 in February 2018"."""
    text, start = ctx.text, claim.start
    if start < 3 or text[start - 1] != " ":
        return None
    lead = text[text.rfind(" ", max(0, start - 14), start - 1) + 1:start - 1]
    if lead not in _LEVEL_LEADS and lead.lower() not in _LEVEL_LEADS:
        return None
    m = _rising().search(ctx.text, max(0, claim.start - 56), claim.start)
    if m is None:
        return None
    if m["stands"]:
        if not m["now"] and ctx.word_before(m.start()) in PRESENT_STATE:
            return None  # "currently stand at 7.2 million": the present-state word carries the date
        figure = ctx.text[m.start("gap"):claim.end].strip()
        start, end, suggestion = m.start(), claim.end, f"stood at {figure} in {ctx.month}"
    else:  # the verb alone is reworded, the figure stays: "had by 1 March 2020 risen to 27"
        verb = " ".join(f"{m['verb']} to".split()) if m["verb"] else m["reach"]
        end = m.end("to") if m["verb"] else m.end("reach")
        start, suggestion = m.start(), f"had by {ctx.day} {verb.lower()}"
    return ctx.finding(start, end, "running_figure", anchor=PRESENT_REF, reads_as=ctx.month,
                       suggestion=suggestion if ctx.published else None,
                       explanation=f"“{claim.text}” was the figure in {ctx.month or 'the publication month'}; it "
                                   "may have changed")


def find_running_figures(ctx: LensContext) -> Iterator[Finding]:
    for claim in ctx.claims:
        found: Finding | None = None
        if claim.kind == "count" and getattr(claim, "unit", None) in AGE_UNITS:
            found = _age(ctx, claim)
        elif claim.kind == "duration":
            found = _growing(ctx, claim) or _growing_adjective(ctx, claim)
        elif claim.kind == "date":
            found = _so_far(ctx, claim)
        elif claim.kind in FIGURE_KINDS:
            found = _level(ctx, claim)
            if found is None and claim.kind == "count" and not getattr(claim, "unit", None):
                found = _bare_age(ctx, claim)
        if found is not None:
            yield found
    yield from _aged(ctx)
    if not ctx.mentions("latest"):
        return
    for m in ctx.scan(_latest()):  # "the latest figures show" -> "the then-latest (February 2018) figures show"
        end = m.start("noun")
        while end > m.start() and ctx.text[end - 1].isspace():
            end -= 1
        yield ctx.finding(m.start(), end, "running_figure", anchor=PRESENT_REF, reads_as=ctx.month,
                          suggestion=f"the then-latest ({ctx.month})" if ctx.published else None,
                          explanation=f"“{ctx.text[m.start():m.end()]}” were the latest in {ctx.month or 'the publication month'}; "
                                      "newer ones may exist")


register_lens_class(LensClass(
    name="running_figure", label="Running figure",
    description="A figure tied to a moving date (an age, a toll, a duration that keeps growing): say when it "
                "was counted.",
    colour="#6aa84f", find=find_running_figures, order=40))
