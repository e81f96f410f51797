"""Percentages: "12%", "four percentage points", "25 bps", and shares written as words ("two-thirds of
voters", "half of the country", "one in five adults")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.figures.common import (
    CUR_SUFFIX,
    PERCENT,
    QUANTITY,
    SCALE_AFTER,
    STOP,
    TIME_UNIT_AFTER,
    Reading,
    modifier,
)
from workbench.core.extract.numbers import clean_value, parse_fraction, parse_number
from workbench.core.extract.patterns import lazy, lazy_i
from workbench.core.extract.registry import Example, Hit, Recogniser, register, whole_text


def percent(ctx: Context, r: Reading) -> Candidate | None:
    """"12%", "12 per cent", "4.3pc", "four percentage points" (``pp``), "25 bps" (``bp``)."""
    pm = PERCENT.match(ctx.text, r.end)
    if not pm:
        return None
    unit = "pp" if pm.group("pp") or pm.group("hpp") else "bp" if pm.group("bp") or pm.group("hbp") else None
    if pm.group("bp") and pm.group("bp").lower().startswith("bp") and not r.digits:
        return STOP
    return Candidate(r.start, pm.end(), "percent", clean_value(r.value) if r.value is not None else None,
                     unit=unit, mod=r.mod, approximate=r.approx, confidence=0.95)


_TIME_NOUNS = (r"(?:hours?|minutes?|days?|weeks?|months?|years?|decades?|century|centuries|seasons?|matches?"
               r"|games?|terms?|sessions?|innings|periods?|quarters?|races?|fights?|bouts?|laps?|way)")
_FRACTION_OF_TIME = lazy_i(rf"\s+of\s+(?:an?|the|this|that|last|next|its|their|his|her)?\s*{_TIME_NOUNS}\b")
_FRACTION_KIND_NOUN = lazy_i(r"\s+of\b")
_FRACTION_AS_SHARE = lazy_i(r"\s+(?:majority|minority|stake|cut|drop|fall|rise|increase|reduction)\b")
_PP_FRACTION = lazy_i(r"\s+(?:of\s+)?(?:a|one)\s+percentage[\s-]+point(?![\w-])|[\s-](?:percentage[\s-]+)?point(?![\w-])")
"""After a fraction, a share of one percentage point: "a quarter of a percentage point", "a half-point cut"."""
_WORD_NOUN_AFTER = lazy_i(r"\s+(?:[a-z]+(?:ly)?\s+)?(?:majority|minority|stake)\b")
_BY_BEFORE = lazy_i(
    r"\bby\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+|some\s+|over\s+"
    r"|around\s+|close\s+to\s+)?$")


def fraction_at(ctx: Context, start: int, end: int, hyphened: bool, value: float) -> Candidate | None:
    """A fraction in words as a share: "two-thirds of voters", "a two-thirds majority", "cut by one-third";
    "a quarter of a percentage point" is 0.25 pp; "a quarter of an hour" is time, not a share."""
    from workbench.core.extract.figures.reading import _CHANGE_BEFORE

    text = ctx.text
    mod, approx = modifier(ctx, start)
    pp = _PP_FRACTION.match(text, end)
    if pp:
        return Candidate(start, pp.end(), "percent", clean_value(round(value, 4)), unit="pp", mod=mod,
                         approximate=approx, confidence=0.8)
    if _FRACTION_OF_TIME.match(text, end):
        return None
    change = _BY_BEFORE.search(text, max(0, start - 30), start) or _CHANGE_BEFORE.search(
        text, max(0, start - 40), start)
    if not _FRACTION_KIND_NOUN.match(text, end) and not (change and not _WORD_NOUN_AFTER.match(text, end)) \
            and not (hyphened and _FRACTION_AS_SHARE.match(text, end)):
        return None
    return Candidate(start, end, "percent", clean_value(round(value * 100, 4)), mod=mod, approximate=True,
                     confidence=0.6)


_SHARE_RE = lazy_i(
    r"(?<![\w-])(?:(?P<fr>an?\s+(?:third|fifth|quarter|tenth))(?=-point\b|(?![\w-]))"
    r"|(?P<half>half)(?=-point\b|(?![\w-]))"
    r"|(?P<a>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<b>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a\s+hundred|\d{1,3}(?:,\d{3})?)(?![\w-]))"
)
_HALF_OF_AFTER = lazy_i(r"\s+(?:of\b|the\s|all\s|its\s|their\s)")
_HALF_NOT_BEFORE = lazy_i(
    r"\b(?:first|second|third|fourth|final|other|the|a|one|and|latter|former|back|top|bottom|lower|upper|opening"
    r"|closing|this|each|its|their|his|her)\s+$")
_HALF_ORDINAL_BEFORE = lazy_i(r"\b(?:first|second|third|fourth|final|other)\s+$")
_HALF_WORD_AFTER = lazy(r"[\w-]")
_HALF_ARTICLE_AFTER = lazy(r"\s+an?\b")
_WORDS = lazy_i(r"[a-z0-9]+")
_HALF_TIME_WORDS = set(_TIME_NOUNS.replace("?", "").replace("(?:", "").replace(")", "").split("|")) | {
    "year", "hour", "minute", "day", "week", "month", "decade", "season", "match", "game", "term", "session",
    "period", "quarter", "race", "fight", "bout", "lap", "century", "campaign", "fiscal", "calendar", "half",
    "time", "way", "distance", "journey",
}


def _half_of(ctx: Context, start: int, end: int) -> Candidate | None:
    """"half of the country's population", "half the respondents": a share of 50 percent; not "the second
    half of the match"; "cut by half" is a share too."""
    text = ctx.text
    if _PP_FRACTION.match(text, end) and not _HALF_ORDINAL_BEFORE.search(text[max(0, start - 10):start]):
        return fraction_at(ctx, start, end, False, 0.5)  # "half a percentage point", "a half-point cut"
    if _HALF_NOT_BEFORE.search(text, max(0, start - 12), start):
        return None
    if not _HALF_OF_AFTER.match(text, end) and not (
            _BY_BEFORE.search(text, max(0, start - 30), start) and not _HALF_WORD_AFTER.match(text[end:end + 2])
            and not _HALF_ARTICLE_AFTER.match(text[end:end + 4])):
        return None
    words = _WORDS.findall(text[end:end + 40].lower())[:4]
    if any(w in _HALF_TIME_WORDS or w.isdigit() and len(w) == 4 for w in words):
        return None  # "half of the season", "half of 2025", "half the time"
    mod, _ = modifier(ctx, start)
    return Candidate(start, end, "percent", 50, mod=mod, approximate=True, confidence=0.6)


def _one_in(ctx: Context, m: re.Match[str]) -> Candidate | None:
    """"one in five adults", "3 in 10 voters": 20 and 30 percent."""
    text, end = ctx.text, m.end()
    a, b = parse_number(m.group("a")), parse_number(m.group("b"))
    if a is None or b is None or not 0 < a < b or TIME_UNIT_AFTER.match(text, end) or QUANTITY.match(text, end) \
            or PERCENT.match(text, end) or CUR_SUFFIX.match(text, end) or SCALE_AFTER.match(text, end):
        return None
    mod, _ = modifier(ctx, m.start())
    return Candidate(m.start(), end, "percent", clean_value(round(100 * a / b, 4)), mod=mod, approximate=True,
                     confidence=0.75)


def find_shares(ctx: Context, hits: list[Hit]) -> Iterator[Candidate]:
    """Shares written as words that no number trigger starts: "a third of", "down a fifth", "half of the
    country", "one in five adults", "3 in 10 voters"."""
    for m in _SHARE_RE.finditer(ctx.text):
        if m.group("fr"):
            c = fraction_at(ctx, m.start(), m.end(), False, parse_fraction(m.group(0)) or 0.0)
        elif m.group("half"):
            c = _half_of(ctx, m.start(), m.end())
        else:
            c = _one_in(ctx, m)
        if c is not None:
            yield c


register(Recogniser(
    "share", ("percent",), (whole_text(),), find_shares,
    examples=(Example("A third of voters backed the plan.", "A third", 33.3333),
              Example("Half of the country voted.", "Half", 50),
              Example("One in five adults smokes.", "One in five", 20)),
))
