"""Years and longer: "2014", "fiscal 1989", "the 1990s", "the 11th century", "next spring", "FY2016/17",
"nineteen ninety-eight"."""

from __future__ import annotations

import re

from workbench.core.extract import timex as tx
from workbench.core.extract.base import Context
from workbench.core.extract.numbers import ORDINALS, UNITS, parse_number
from workbench.core.extract.patterns import alternation, lazy, lazy_i
from workbench.core.extract.registry import Example, on, recogniser
from workbench.core.extract.temporal.common import (
    EDGE_MODS,
    MONTH,
    SEASON,
    YEAR,
    TCand,
    from_publication,
    sentence_start,
    tense,
    with_prefix,
    written,
)
from workbench.core.extract.triggers import Trigger
from workbench.core.extract.vocab import calendar, nouns

DATE = ("date",)
_YEAR_HEADS = {str(i) for i in range(10, 21)}


def _year_like(t: Trigger) -> bool:
    return len(t.word) == 4 and t.word[:2] in _YEAR_HEADS


R_YEAR = lazy_i(
    r"(?:(?<![\w-])(?P<pre>fiscal|calendar|the\s+year|FY|mid-|post-|pre-|the\s+class\s+of)\s*)?"
    rf"(?<![\w$\u20ac\u00a3#.,/:+])(?P<y>{YEAR})(?![\w%]|[.,]\d|-\d\d(?!\d)|:\d)"
)
YEAR_CONTEXT_BEFORE = lazy_i(
    r"\b(?:in|since|by|from|until|till|before|after|during|of|the|and|or|to|between|through|around|circa|c\."
    rf"|early|late|mid|year|fiscal|{SEASON}|its|his|her|their|our|this|that|than)\s*$"
    r"|['\u2019]s\s*$|[(\u2013-]\s*$"
)
_CLOCK_AFTER = lazy(r"\s*(?:GMT|UTC|BST|CET|[ECMP][SD]T|hours?\b|hrs\b|local\s+time)")
_PLURAL_AFTER = lazy(r"\s+(?!(?:was|has|does|goes|says|marks|remains|seems|looks|comes|becomes|begins"
                     r"|ends|starts|sees|brings|gives|takes|makes|promises|proves|lies|is)\b)(?:[a-z]+[a-rt-z]s|people"
                     r"|children|men|women|police|staff|troops|cattle"
                     r"|km|kg|tonnes|tons|miles|metres|meters|feet|acres|hectares|barrels)\b")
_YEAR_DET_BEFORE = lazy_i(r"\b(?:in|since|by|the|of|from|until|before|after|during)\s*$|['\u2019]s\s*$")
_YEAR_NOT_BEFORE = lazy_i(r"\b(?:about|some|nearly|almost|over|than|around|roughly|approximately|least|to|page"
                          r"|pp?\.|no\.|number|flight|route|room|version|model)\s*$")
_TO_THAN_BEFORE = lazy_i(r"\b(?:to|than)\s*$")
_CAPITAL_BEFORE = lazy(r"([A-Z][\w]*)\s+$")
_CAP_OK = {
    "In", "Since", "By", "From", "Until", "Before", "After", "During", "Of", "The", "And", "Or", "To", "Between",
    "Through", "Around", "Circa", "Early", "Late", "Mid", "Year", "Fiscal", "Its", "His", "Her", "Their", "Our", "This", "That", "Than", "On", "At", "For", "As", "Last",
    "Till", "Then", "Also", "But", "Christmas", "Easter", "FY", "Calendar", "Class", "Census",
    "Over", "Under", "About", "Some", "Nearly", "Almost",
} | set(calendar.MONTHS) | {season.capitalize() for season in calendar.SEASONS}
"""Capitalised words a year may follow ("In 2014", "March 2016"); after other capitalised words a number is
a name ("Boeing 747", "Windows 2000")."""


_ARTICLE_BEFORE = lazy_i(r"\b(?:the|its|their|his|her|our|these|those|all)\s*$")
_CLAUSE_GOES_ON = lazy_i(
    r"\s*(?:[.,;:)!?]|$|\s(?:in|at|across|around|from|of|on|with|who|that|which|and|or|nationwide"
    r"|worldwide|each|a\s+year|a\s+day|per)\b)")


def _counts_a_noun(ctx: Context, m: re.Match[str], y: int, plural: re.Match[str]) -> bool:
    """A four-digit number before a plural counts it, even after "in" or "the": "more than 1200 companies",
    "in 2000 offices.", "the 1500 workers at the plant" (but "In 2000 people left", "the 2008 elections")."""
    noun = plural.group(0).strip().lower()
    if y < 1800:
        return True  # no year a news story dates things by: "the 1200 workers"
    if noun in nouns.EVENT_NOUNS:
        return False
    before = ctx.text[max(0, m.start("y") - 12):m.start("y")]
    if _ARTICLE_BEFORE.search(before):
        return noun in nouns.IRREGULAR_PLURALS or noun in nouns.COUNTED_BY_YEAR_SHAPE
    return bool(_CLAUSE_GOES_ON.match(ctx.text, plural.end())) and ctx.text[m.end():m.end() + 1] != ","


def _not_a_year(ctx: Context, m: re.Match[str], y: int, pre: str) -> bool:
    """A number of years' shape that is something else: an amount, a clock time, a name, a range."""
    text, ys = ctx.text, m.start("y")
    before = text[max(0, ys - 25):ys]
    if y < 1900 and not (pre or YEAR_CONTEXT_BEFORE.search(before)):
        return True
    if y > 2100 or _CLOCK_AFTER.match(text, m.end()):
        return True
    if ys > 0 and text[ys - 1] == "-" and not pre and not (ys > 1 and text[ys - 2].isdigit()):
        return True
    if pre:
        return False
    plural_after = _PLURAL_AFTER.match(text, m.end())
    if plural_after and (not _YEAR_DET_BEFORE.search(before) or _counts_a_noun(ctx, m, y, plural_after)):
        return True
    if _YEAR_NOT_BEFORE.search(before) and (not _TO_THAN_BEFORE.search(before) or plural_after):
        return True
    prev_word = _CAPITAL_BEFORE.search(before)
    return bool(prev_word and prev_word.group(1) not in _CAP_OK and not sentence_start(text, prev_word.start(1)))


@recogniser("year", R_YEAR, kinds=DATE, anchors=[on("dig", 22, 6, when=lambda t, ctx: _year_like(t))],
            examples=[Example("The war ended in 2014.", "2014", "2014"),
                      Example("Output fell in fiscal 1989.", "fiscal 1989", "1989")])
def year(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A year in digits: "in 2014", "fiscal 1989", "mid-2014"."""
    y = int(m.group("y"))
    pre = (m.group("pre") or "").lower()
    if _not_a_year(ctx, m, y, pre):
        return None
    context = bool(pre) or bool(YEAR_CONTEXT_BEFORE.search(ctx.text[max(0, m.start("y") - 25):m.start("y")]))
    start = m.start() if pre else m.start("y")
    mod = "MID" if pre == "mid-" else None
    return with_prefix(ctx, written(start, m.end(), "date", str(y), mod=mod, year=y, conf=0.9 if context else 0.75))


R_DECADE = lazy_i(
    r"(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?)?"
    r"(?<![\w$])(?:(?P<c>1[0-9]|20)(?P<d>\d)0(?:'s|s)|'(?P<d2>\d)0s"
    rf"|(?<=the\s)(?P<w>{alternation(calendar.DECADE_WORDS)}))(?!\w)"
)


def _decade_digits(t: Trigger, ctx: Context) -> bool:
    nxt = ctx.low[t.end:t.end + 2]
    return nxt[:1] == "s" or nxt[:2] == "'s" or (t.start > 0 and ctx.low[t.start - 1] in "'\u2019")


@recogniser("decade", R_DECADE, kinds=DATE, anchors=[on("dig", 15, 4, when=_decade_digits), on("dec", 15, 2)],
            examples=[Example("Prices soared in the 1990s.", "the 1990s", "199"),
                      Example("It was popular in the sixties.", "the sixties", "196")])
def decade(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A decade: "the 1990s", "the early 1980s", "the '60s", "the sixties"."""
    mod = EDGE_MODS.get((m.group("mod") or "").lower())
    if m.group("c"):
        value = m.group("c") + m.group("d")
    elif m.group("d2"):
        value = "19" + m.group("d2")
    else:
        value = f"19{calendar.DECADE_WORDS[m.group('w').lower()]}"
    return written(m.start(), m.end(), "date", value, mod=mod)


R_CENTURY = lazy_i(
    r"(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>"
    + "|".join(ORDINALS) + r"))[- ]century(?!\w)"
)


@recogniser("century", R_CENTURY, kinds=DATE,
            anchors=[on("dig", 20, 14, follows="snrt",
                        when=lambda t, ctx: ctx.low[t.end:t.end + 2] in ("st", "nd", "rd", "th")),
                     on("unit", 30, 2, words={"century", "centuries"})],
            examples=[Example("The church dates from the 11th century.", "the 11th century", "10"),
                      Example("In the late nineteenth century it grew.", "the late nineteenth century", "18")])
def century(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A century: "the 11th century", "the early twentieth century"."""
    n = int(m.group("n")) if m.group("n") else ORDINALS[m.group("w").lower()]
    if not 1 <= n <= 22:
        return None
    return written(m.start(), m.end(), "date", f"{n - 1:02d}", mod=EDGE_MODS.get((m.group("mod") or "").lower()))


R_SEASON = lazy_i(
    r"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|early|late|mid|the)[- ]\s*)?"
    rf"(?<![\w-])(?P<s>{SEASON})(?!\w)(?:(?:\s+of)?\s+(?P<y>{YEAR})(?!\d)"
    r"|(?:\s+of)?\s+(?P<ry>this|last|next)\s+year)?"
)
_NAME_AFTER = lazy(r"\s+(?-i:[A-Z][a-z]+)")
_SEASON_CUE_BEFORE = lazy_i(r"\b(?:in|during|by|until|since|over|through)\s+$")


def _season_is_a_name(ctx: Context, m: re.Match[str], rel: str, s: str) -> bool:
    """"the Summer Games" (a name), "the fall" (a noun), "summer" with no cue: not a date."""
    y, ry = m.group("y"), m.group("ry")
    if m.group("s")[0].isupper() and _NAME_AFTER.match(ctx.text, m.end()) and not (
            y or ry or sentence_start(ctx.text, m.start("s"))):
        return True
    if not rel and not y and not ry:
        before = ctx.text[max(0, m.start() - 10):m.start()]
        return s == "fall" or not _SEASON_CUE_BEFORE.search(before)
    return rel == "the" and not y and not ry and s == "fall"


def _season_year(ctx: Context, m: re.Match[str], rel: str, code: str, ry: str) -> int:
    ref = ctx.published
    assert ref is not None
    if ry:
        return ref.year + {"this": 0, "last": -1, "next": 1}[ry]
    if rel in ("last", "past", "this past"):
        return tx.nearest_season(ref, code, -1)
    if rel in ("next", "coming", "this coming"):
        return tx.nearest_season(ref, code, 1)
    if rel == "this":
        return ref.year
    direction = tense(ctx, m)
    cur_year, cur = tx.season_of(ref)
    return cur_year if cur == code else tx.nearest_season(ref, code, direction if direction else -1)


@recogniser("season", R_SEASON, kinds=DATE, anchors=[on("season", 15, 26)],
            examples=[Example("The plant opens next spring.", "next spring", "2018-SP"),
                      Example("It was built in the summer of 2012.", "the summer of 2012", "2012-SU")])
def season(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A season: "next spring", "last fall", "the summer of 2012"."""
    rel = " ".join((m.group("rel") or "").lower().split())
    s = m.group("s").lower()
    code = calendar.SEASONS[s]
    ry = (m.group("ry") or "").lower()
    if _season_is_a_name(ctx, m, rel, s):
        return None
    mod = EDGE_MODS.get(rel)
    if m.group("y"):
        return written(m.start(), m.end(), "date", f"{m.group('y')}-{code}", mod=mod, year=int(m.group("y")))
    if ctx.published is None:
        return from_publication(ctx, m.start(), m.end(), "date", f"XXXX-{code}", mod=mod, conf=0.7)
    y = _season_year(ctx, m, rel, code, ry)
    return from_publication(ctx, m.start(), m.end(), "date", f"{y}-{code}", mod=mod)


R_SPLITYEAR = lazy_i(
    r"(?:(?<![\w-])(?P<fy>(?-i:FY)|fiscal(?:\s+year)?|financial\s+year)\s*)?"
    rf"(?:(?<=FY)|(?<![\w$\u20ac\u00a3#.,/:+-]))(?P<y1>{YEAR})\s?[-/\u2013]\s?(?P<y2>\d\d|{YEAR})(?![\w%/-]|[.,]\d)"
    r"(?P<tail>\s+(?:(?:fiscal|financial|tax|budget|academic|school|marketing|crop|football|sporting)\s+)?"
    r"(?:years?|season|budget)(?![\w-]))?"
)


def _split_year_digits(t: Trigger, ctx: Context) -> bool:
    nxt = ctx.low[t.end:t.end + 2]
    return _year_like(t) and (nxt[:1] in ("-", "/") and nxt[1:2].isdigit() or nxt[:1] == "\u2013")


@recogniser("splityear", R_SPLITYEAR, kinds=DATE, anchors=[on("dig", 22, 40, follows="-/\u2013", when=_split_year_digits)],
            examples=[Example("Exports grew in the 2016-17 financial year.", "2016-17 financial year", "2017"),
                      Example("The FY2016/17 accounts were late.", "FY2016/17", "2017")])
def split_year(ctx: Context, m: re.Match[str]) -> TCand | None:
    """"the 2024-25 financial year", "FY2023/24": valued as the year it ends in, as "FY25" is."""
    y1 = int(m.group("y1"))
    y2s = m.group("y2")
    y2 = y1 // 100 * 100 + int(y2s) if len(y2s) == 2 else int(y2s)
    if y2 != y1 + 1:
        return None
    if not (m.group("fy") or m.group("tail")):
        if len(y2s) == 4:
            return None  # "2019-2020" without a fiscal word: two years, each its own claim
        if not YEAR_CONTEXT_BEFORE.search(ctx.text[max(0, m.start() - 25):m.start()]):
            return None
    start = m.start("fy") if m.group("fy") else m.start("y1")
    return written(start, m.end(), "date", str(y2), year=y2, conf=0.85)


R_FY = lazy(r"(?<![\w-])(?-i:FY)\s?['\u2019]?(?P<y>\d\d)(?![\w%/-]|[.,]\d)")


def _fy_digits(t: Trigger, ctx: Context) -> bool:
    return len(t.word) == 2 and ctx.low.endswith(("fy", "fy ", "fy'", "fy\u2019"), max(0, t.start - 3), t.start)


@recogniser("fy", R_FY, kinds=DATE, anchors=[on("dig", 4, 1, when=_fy_digits)],
            examples=[Example("Sales will rise in FY26, the company said.", "FY26", "2026"),
                      Example("Profit fell in FY'17.", "FY'17", "2017")])
def fiscal_year(ctx: Context, m: re.Match[str]) -> TCand | None:
    """"FY26", "FY'25": the fiscal year ending in 2026."""
    y = 2000 + int(m.group("y"))
    if ctx.published is not None and y > ctx.published.year + 30:
        y -= 100
    return written(m.start(), m.end(), "date", str(y), year=y, conf=0.85)


R_SPELLED_YEAR = lazy_i(
    r"(?<![\w-])(?P<pre>the\s+year\s+)?(?:(?P<a>nineteen|eighteen)[- ](?P<b>(?:twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|oh[- ](?:one|two|three|four|five"
    r"|six|seven|eight|nine))|(?<=year\s)two\s+thousand(?:\s+and)?(?:[- ](?P<c>one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)(?![\w-])"
)
_SPELLED_YEAR_HEAD = lazy(rf"(?:(?P<m>{MONTH})|(?<![\w-])(?P<s>(?i:{SEASON}))(?:\s+of)?)\s+$")


def _two_thousand(t: Trigger, ctx: Context) -> bool:
    return t.word == "two" and ctx.low.startswith(" thousand", t.end) and ctx.low.endswith("year ", 0, t.start)


def _spelled_year_value(m: re.Match[str]) -> int | None:
    if not m.group("a"):
        c = m.group("c")
        return 2000 + (int(UNITS.get(c.lower(), 0)) if c else 0)
    century = 19 if m.group("a").lower() == "nineteen" else 18
    rest = m.group("b").lower().replace("oh", "").strip(" -")
    if rest == "hundred":
        return century * 100
    r = parse_number(rest)
    return None if r is None or r >= 100 else century * 100 + int(r)


@recogniser("spelled_year", R_SPELLED_YEAR, kinds=DATE,
            anchors=[on("sp", 14, 40), on("num", 14, 40, when=_two_thousand)],
            examples=[Example("He left in nineteen ninety-eight.", "nineteen ninety-eight", "1998"),
                      Example("It happened in January nineteen ninety-seven.", "January nineteen ninety-seven",
                              "1997-01")])
def spelled_year(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A year read out, as transcripts write it: "nineteen ninety-eight", "the year two thousand"."""
    y = _spelled_year_value(m)
    if y is None:
        return None
    before = _SPELLED_YEAR_HEAD.search(ctx.text, max(0, m.start() - 22), m.start())
    if before and not m.group("pre"):  # "January nineteen ninety-seven", "the winter of nineteen ninety-four"
        if before.group("m"):
            value = tx.ym(y, tx.month_number(before.group("m")))
        else:
            value = f"{y}-{calendar.SEASONS[before.group('s').lower()]}"
        return written(before.start(), m.end(), "date", value, year=y, conf=0.8)
    return written(m.start(), m.end(), "date", str(y), year=y, conf=0.8)
