"""Counts: a number and the noun it counts ("1,350 people", "eight ministers", "thousands of refugees",
"a four-member panel", "a 6-year-old boy"), with the word lists in ``vocab.nouns``."""

from __future__ import annotations

from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.figures.common import (
    CLOCK_AFTER,
    CUR_SUFFIX,
    PERCENT,
    QUANTITY,
    STOP,
    TIME_UNIT_AFTER,
    WORD,
    Reading,
    cur_start,
)
from workbench.core.extract.numbers import clean_value
from workbench.core.extract.patterns import lazy, lazy_i
from workbench.core.extract.vocab import nouns

_OF = lazy_i(r"\s+of(?:\s+(?:the|these|those|them|us|which|whom|its|their|his|her|our))?(?=\s)")
_AGE_AFTER = lazy_i(r"-(?P<u>year|month|week|day)s?-old(?![\w-])")
_HYPHEN_WORD = lazy(r"-(?P<w>[a-z]{3,})(?![\w-])")
_HYPHEN_IDIOM = lazy_i(
    r"-(?:state|way|wheel|wheeler|wheeled|party|tier|sided|off|horse|bedroom|bed|door|seater|star|pointers?|point(?=\s+(?:range|line|shot"
    r"|attempt|play|arc|basket|conversion)\b))(?![\w-])")
"""Compounds that name a kind of thing rather than count: "a two-state solution", "a one-way street", "a
three-point shot", "a four-wheel drive", "a two-bedroom flat", "a five-star hotel"."""
_ONE_CUE_BEFORE = lazy_i(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|hurt|arrested|detained|rescued|executed"
    r"|only|just|exactly|at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|no\s+more\s+than"
    r"|nearly|almost)\s+$"
)
_VAGUE_ALONE = lazy(r"(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands)"
                    r"|(?:several|a\s+few)\s+(?:hundred|thousand|dozen)")
_VAGUE_NOT_COUNT_AFTER = lazy_i(r"\s+(?:of\s+)?(?:years|miles|dollars|times)\b|-")
_MODIFIER_ENDINGS = ("ian", "ese", "ish", "al", "ic", "ive", "ed", "ful", "ous")


def is_plural(w: str) -> bool:
    low = w.lower()
    return low in nouns.IRREGULAR_PLURALS or (len(low) > 3 and low.endswith("s") and low.isalpha()
                                              and not low.endswith(("ss", "us", "is")) and low not in nouns.NOT_PLURAL)


def _noun_word(w: str) -> str:
    """What a word after a number is on the way to its noun: "noun", "skip" (a modifier) or "stop"."""
    low = w.lower()
    if low in nouns.STOP_WORDS:
        return "stop"
    if low in nouns.IRREGULAR_PLURALS or (
            len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "\u2019s"))
            and low not in nouns.NOT_PLURAL):
        return "noun"
    if low in nouns.TIME_WORDS:
        return "stop"
    if low in nouns.NOUN_MODIFIERS or (w[:1].isupper() and not w.isupper() and len(w) > 2) or w.isupper() \
            or "-" in low or low.endswith(_MODIFIER_ENDINGS):
        return "skip"
    if w.isalpha() and w.islower() and len(w) > 2 and low not in nouns.NOT_COUNTED_BY_ONE \
            and low not in nouns.PREPOSITIONS:
        return "skip"  # a noun used as a modifier: "700 university students"
    return "stop"


def counted_noun(ctx: Context, pos: int, vague: bool) -> tuple[int, str] | None:
    """The counted noun after a number: (end offset, noun), skipping a few adjectives."""
    text = ctx.text
    om = _OF.match(text, pos)
    if om and not vague:
        return None
    if om:
        pos = om.end()
    for _ in range(4):
        wm = WORD.match(text, pos)
        if not wm or "\n" in text[pos:wm.start("w")]:
            return None
        w = wm.group("w").rstrip("'\u2019")
        what = _noun_word(w)
        if what == "noun":  # "Palestinians" keeps its capital
            return wm.end("w") - (len(wm.group("w")) - len(w)), w if w[:1].isupper() else w.lower()
        if what == "stop":
            return None
        pos = wm.end("w")
    return None


def _one_noun(ctx: Context, pos: int) -> tuple[int, str] | None:
    """The singular noun counted by "one": (end offset, noun), skipping up to two adjectives."""
    text = ctx.text
    for _ in range(3):
        wm = WORD.match(text, pos)
        if not wm or "\n" in text[pos:wm.start("w")]:
            return None
        w = wm.group("w")
        if w.endswith(("'s", "\u2019s")):
            w = w[:-2]
        low = w.lower()
        if low in nouns.STOP_WORDS or low in nouns.NOT_COUNTED_BY_ONE or low in nouns.TIME_WORDS \
                or "-" in low and low.startswith("of"):
            return None
        if low in nouns.NOUN_MODIFIERS or low.endswith(("ed", "ing", "ful", "ous", "ive")) and not low.endswith("ness"):
            pos = wm.end("w")
            continue
        if not w.islower():
            return None
        return wm.start("w") + len(w), low
    return None


def one_is_figure(ctx: Context, start: int, end: int) -> bool:
    """"one" is a figure before a currency, percent or measure word ("one cent", "one foot"), or as a
    count after a word that asks for a number ("killed one person", "only one cancellation")."""
    text = ctx.text
    if text[end:end + 1] == "-":
        return False
    sm = CUR_SUFFIX.match(text, end)
    if sm and (sm.group("cw") or sm.group("code")):
        return True
    if PERCENT.match(text, end):
        return True
    qm = QUANTITY.match(text, end)
    if qm and qm.group("u") and qm.start() == end and len(qm.group("u")) > 2:
        return True
    if not _ONE_CUE_BEFORE.search(text, max(0, start - 20), start):
        return False
    return _one_noun(ctx, end) is not None


def _count(r: Reading, end: int, value: float | None, unit: str | None, confidence: float,
           approximate: bool | None = None) -> Candidate:
    return Candidate(r.start, end, "count", clean_value(value) if value is not None else None, unit=unit,
                     mod=r.mod, approximate=r.approx if approximate is None else approximate, confidence=confidence)


def age(ctx: Context, r: Reading) -> Candidate | None:
    """An age: "a 6-year-old boy", "the 50-year-old alliance", "an 8-month-old truce"."""
    am = _AGE_AFTER.match(ctx.text, r.end)
    if not am or r.value is None or cur_start(ctx, r.start) != r.start or not 0 <= r.value < 150:
        return None
    return _count(r, am.end(), r.value, f"{am.group('u').lower()}s old", 0.8)


def part_of_time(ctx: Context, r: Reading) -> Candidate | None:
    """"three years", "1845 GMT": the number belongs to a time expression, not a figure."""
    return STOP if TIME_UNIT_AFTER.match(ctx.text, r.end) or CLOCK_AFTER.match(ctx.text, r.end) else None


def counted_one(ctx: Context, r: Reading) -> Candidate | None:
    """"killed one person": the word "one" counts a singular noun, else it is not a figure."""
    if not r.one:
        return None
    noun = _one_noun(ctx, r.end)
    return STOP if noun is None else _count(r, noun[0], 1, noun[1], 0.7)


def named_compound(ctx: Context, r: Reading) -> Candidate | None:
    """"7-Eleven" (a number glued to a name), "a two-state solution" (a kind of thing): not counts."""
    text, end = ctx.text, r.end
    if r.digits and text[end:end + 1] == "-" and text[end + 1:end + 2].isupper():
        return STOP
    return STOP if _HYPHEN_IDIOM.match(text, end) else None


def hyphen_count(ctx: Context, r: Reading) -> Candidate | None:
    """"a four-member panel", "the 22-story building": the number counts the noun after the hyphen."""
    hm = _HYPHEN_WORD.match(ctx.text, r.end)
    if not hm or r.value is None or hm.group("w").lower().endswith("ed"):
        return None
    return _count(r, hm.end(), r.value, hm.group("w").lower(), 0.7)


def _vague_count(ctx: Context, r: Reading, noun: tuple[int, str] | None) -> Candidate:
    """"thousands of refugees", "several hundred troops"; alone only "dozens", "hundreds", "thousands"."""
    text, start, end = ctx.text, r.start, r.end
    if noun is not None:
        return _count(r, noun[0], None, noun[1], 0.8, approximate=True)
    if not _VAGUE_ALONE.fullmatch(" ".join(text[start:end].lower().split())) \
            or _VAGUE_NOT_COUNT_AFTER.match(text[end:end + 12]):
        return STOP
    return _count(r, end, None, None, 0.6, approximate=True)  # "among hundreds injured"


def counted(ctx: Context, r: Reading) -> Candidate:
    """The last rule: a count of the noun after the number, or a bare cardinal ("more than 1,700 injured");
    not a year-like or code-like number with no noun."""
    noun = counted_noun(ctx, r.end, vague=r.value is None)
    if r.value is None:
        return _vague_count(ctx, r, noun)
    span = ctx.text[r.start:r.end]
    if noun is not None:
        return _count(r, noun[0], r.value, noun[1], 0.85)
    if r.digits and 1000 <= r.value <= 2100 and "," not in span and "." not in span:
        return STOP
    if r.digits and len(span) >= 5 and span.isdigit():
        return STOP  # "80486", "35527": long digit strings without separators are codes, not counts
    conf = 0.6 if r.digits else 0.45 if r.value < 10 else 0.5
    return _count(r, r.end, r.value, None, conf)
