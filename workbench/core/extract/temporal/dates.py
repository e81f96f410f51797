"""Days: written dates ("15 February 2018", "Feb. 15", "2017-11-03"), months, weekdays, "yesterday",
holidays."""

from __future__ import annotations

import datetime as dt
import re

from workbench.core.extract import timex as tx
from workbench.core.extract.base import Context
from workbench.core.extract.patterns import alternation, lazy, lazy_i
from workbench.core.extract.registry import Example, on, recogniser
from workbench.core.extract.temporal.common import (
    MONTH,
    PARTS_OF_DAY,
    SEP,
    WEEKDAY,
    YEAR,
    Resolution,
    State,
    TCand,
    by_publication,
    capitalised,
    deferred,
    from_publication,
    sentence_start,
    tense,
    with_prefix,
    written,
)
from workbench.core.extract.triggers import Trigger
from workbench.core.extract.vocab import calendar

DATE = ("date",)

R_FULLDATE = lazy_i(
    r"(?:(?<![\w-])(?P<rel>last|next|this\s+past|this\s+coming|this|coming)\s+(?=(?-i:[A-Z])))?"
    rf"(?:(?P<wd>{WEEKDAY})(?:{SEP}|\s*(?P<paren>\()\s*))?(?:"
    rf"(?P<m1>{MONTH})\s*(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)(?:{SEP}(?P<y1>{YEAR})(?!\d))?"
    rf"|(?:the\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH})(?:{SEP}(?P<y2>{YEAR})(?!\d))?"
    rf"|(?P<m3>{MONTH}){SEP}(?:of\s+)?(?P<y3>{YEAR})(?!\d))"
    rf"(?(paren)\s*\)|(?:,\s*an?\s+(?P<wd2>{WEEKDAY}))?)"
)
_RANGE_YEAR_AFTER = lazy(rf"\s*(?:and|or|&|to|through|-|\u2013)\s*[0-3]?\d(?:st|nd|rd|th)?(?:,\s*|\s+)({YEAR})(?!\d)")


def _direction(rel: str, ctx: Context, m: re.Match[str]) -> int:
    if rel in ("last", "this past"):
        return -1
    if rel in ("next", "coming", "this coming"):
        return 1
    return 0 if rel == "this" else tense(ctx, m)


@recogniser("fulldate", R_FULLDATE, kinds=DATE,
            anchors=[on("mon", 25, 24, when=capitalised), on("wd", 2, 30, when=capitalised)],
            examples=[Example("The report was published on 4 March 1998.", "4 March 1998", "1998-03-04"),
                      Example("The vote was held on Tuesday, 13 February 2018.", "Tuesday, 13 February 2018",
                              "2018-02-13"),
                      Example("Talks resume on March 12.", "March 12", "2018-03-12")])
def fulldate(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A day and month, with or without the year and the weekday: "Feb. 15, 2018", "Tuesday (3 March)"."""
    month = tx.month_number(m.group("m1") or m.group("m2") or m.group("m3"))
    day_s = m.group("d1") or m.group("d2")
    year_s = m.group("y1") or m.group("y2") or m.group("y3")
    rel = " ".join((m.group("rel") or "").lower().split())
    start, end = m.start(), m.end()
    weekday = m.group("wd") or m.group("wd2")
    if rel and (year_s or not day_s):  # "last March 2016": the year decides, not "last"
        rel = ""
        start = m.start("wd") if m.group("wd") else m.start("m1") if m.group("m1") else m.start("m3")
    if day_s is None:
        if m.group("wd2"):  # "March 2016, a Tuesday": no day to check the weekday against
            end, weekday = ctx.text.rindex(",", start, m.start("wd2")), m.group("wd")
        c = written(start, end, "date", tx.ym(int(year_s), month), year=int(year_s))
        c.weekday = weekday
        return with_prefix(ctx, c)
    day = int(day_s)
    if not 1 <= day <= 31:
        return None
    if not year_s and m.group("d1"):  # "March 3-5, 2016": the year after the range
        ry = _RANGE_YEAR_AFTER.match(ctx.text, m.end())
        year_s = ry.group(1) if ry else None
    if year_s:
        try:
            d = dt.date(int(year_s), month, day)
        except ValueError:
            return None
        c = written(start, end, "date", tx.ymd(d), year=d.year)
    elif ctx.published is None:
        c = from_publication(ctx, start, end, "date", f"XXXX-{month:02d}-{day:02d}")
    else:
        near = tx.nearest_day(ctx.published, month, day, _direction(rel, ctx, m))
        if near is None:
            return None
        c = from_publication(ctx, start, end, "date", tx.ymd(near))
    c.weekday = weekday
    return c


R_DAYLIST = lazy_i(
    rf"(?P<m>{MONTH})\s*(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|or|&)\s*"
    rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:(?:,\s*|\s+)(?P<y>{YEAR}))?(?=\s*(?:[,.;:)]|$)"
    r"|\s+(?-i:in|at|on|for|and|when|with|to|the|as|before|after|but|while|respectively|next|last|this)\b)"
)


@recogniser("daylist", R_DAYLIST, kinds=DATE, anchors=[on("mon", 1, 30, when=capitalised)],
            examples=[Example("Strikes are planned for April 24 and 25 in Paris.", "25", "2018-04-25"),
                      Example("It met on May 3 and 4, 2016, in Rome.", "4, 2016", "2016-05-04")])
def daylist(ctx: Context, m: re.Match[str]) -> TCand | None:
    """The second day of "April 24 and 25", in the month (and year) of the first ("Dec. 14-15" is one)."""
    month = tx.month_number(m.group("m"))
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not 1 <= d1 < d2 <= 31:
        return None
    if m.group("y"):
        try:
            d = dt.date(int(m.group("y")), month, d2)
        except ValueError:
            return None
        return written(m.start("d2"), m.end(), "date", tx.ymd(d), year=d.year, conf=0.8)
    if ctx.published is None:
        return from_publication(ctx, m.start("d2"), m.end("d2"), "date", f"XXXX-{month:02d}-{d2:02d}", conf=0.8)
    first = tx.nearest_day(ctx.published, month, d1, tense(ctx, m))
    if first is None:
        return None
    try:
        d = first.replace(day=d2)
    except ValueError:
        return None
    return from_publication(ctx, m.start("d2"), m.end("d2"), "date", tx.ymd(d), conf=0.8)


R_NUMDATE = lazy_i(
    rf"(?<![\w/.-])(?:(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"|(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<yy>(?:19|20)\d\d|\d\d))(?![\w/-])"
)


def dash_or_slash_digit(t: Trigger, ctx: Context) -> bool:
    """Anchor condition: digits followed by "-" or "/" and a digit ("2017-11-03", "3/4/98")."""
    nxt = ctx.low[t.end:t.end + 2]
    return nxt[:1] in ("-", "/") and nxt[1:2].isdigit()


@recogniser("numdate", R_NUMDATE, kinds=DATE, anchors=[on("dig", 1, 12, follows="-/", when=dash_or_slash_digit)],
            examples=[Example("The order is dated 2017-11-03.", "2017-11-03", "2017-11-03"),
                      Example("Filed on 3/4/98 in Ohio.", "3/4/98", "1998-03-04")])
def numdate(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A date in digits: ISO "2017-11-03" or US "3/4/98"."""
    try:
        if m.group("y"):
            d = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        else:
            a, b, yy = int(m.group("a")), int(m.group("b")), m.group("yy")
            year = int(yy) if len(yy) == 4 else (2000 + int(yy) if int(yy) < 50 else 1900 + int(yy))
            month, day = (a, b) if a <= 12 else (b, a)
            d = dt.date(year, month, day)
    except ValueError:
        return None
    return written(m.start(), m.end(), "date", tx.ymd(d), year=d.year, conf=0.85)


R_MONTH = lazy_i(
    r"(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past)\s+)?"
    rf"(?P<m>{MONTH})(?:(?:\s+of)?\s+(?P<ry>this|last|next)\s+year)?"
)
_NAME_AFTER = lazy(r"\s+(?-i:[A-Z][a-z]+)")
_BARE_MONTH_OK = lazy_i(
    r"\b(?:in|since|until|till|by|from|through|during|of|early|late|mid|before|after|last|next|this|to|and|or"
    r"|between|end|on|as|for|into)[\s-]*$"
)
_THE_BEFORE = lazy_i(r"\bthe\s+$")
_NOUN_AFTER = lazy(r"\s+(?-i:[a-z]{3,})\b(?!\s+(?:of|on|to|by)\b)")
_MAY_VERB_AFTER = lazy(r"\s+(?:be|have|not|also|well|I|we|you|he|she|they|it)\b")


def _bare_month_is_a_date(ctx: Context, m: re.Match[str], mon: str) -> bool:
    """A bare "May", "March" (words too) or three-letter abbreviation ("Jan", "Dec") needs a cue before it
    ("in May", not "May be"); other month names stand alone."""
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if (mon == "March" or len(mon) == 3) and not _BARE_MONTH_OK.search(before) and not (
            mon == "March" and _THE_BEFORE.search(before) and _NOUN_AFTER.match(ctx.text, m.end())):
        return False  # but "the March accession" names the month
    return not (mon == "May" and _MAY_VERB_AFTER.match(ctx.text[m.end():m.end() + 8]))


def _month_valuer(ctx: Context, m: re.Match[str], month: int) -> TCand:
    """A bare month: the year of the last year named in the sentence when it looks back, else the nearest
    such month on the side of the publication date the tense points to."""
    ref = ctx.published
    assert ref is not None
    near = ctx.near_tense(m.start())
    direction = near or tense(ctx, m)
    sent_start = ctx.sentences.find(m.start())[0]

    def value(st: State) -> Resolution | None:
        if st.year is not None and st.year_pos >= sent_start and direction <= 0 and st.year != ref.year:
            return st.by_year(tx.ym(st.year, month))
        return by_publication(tx.ym(tx.month_year(ref, month, direction or -1, strict=bool(near)), month), ref)

    return deferred(m.start(), m.end(), "date", value, conf=0.85)


def _month_year(ref: dt.date, month: int, rel: list[str], ry: str) -> int | None:
    if ry:
        return ref.year + {"this": 0, "last": -1, "next": 1}[ry]
    if rel and rel[-1] in ("last", "past"):
        return ref.year if month < ref.month else ref.year - 1
    if rel and rel[-1] in ("next", "coming"):
        return ref.year if month > ref.month else ref.year + 1
    if rel and rel[0] == "this":
        return ref.year
    return None


@recogniser("month", R_MONTH, kinds=DATE, anchors=[on("mon", 20, 22, when=capitalised)],
            examples=[Example("Prices rose in December.", "December", "2017-12"),
                      Example("The plant opens next March.", "next March", "2018-03")])
def month(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A month without a day: "in December", "last March", "May of next year"."""
    mon = m.group("m")
    number = tx.month_number(mon)
    rel = (m.group("rel") or "").lower().split()
    ry = (m.group("ry") or "").lower()
    if len(mon) == 3 and mon != "May" and _NAME_AFTER.match(ctx.text, m.end()):
        return None  # "Jan Kavan", "Jun Ishikawa": a first name
    if not rel and not ry and not _bare_month_is_a_date(ctx, m, mon):
        return None
    ref = ctx.published
    if ref is None:
        conf = 0.9 if ry or rel else 0.8
        return with_prefix(ctx, from_publication(ctx, m.start(), m.end(), "date", f"XXXX-{number:02d}", conf=conf))
    year = _month_year(ref, number, rel, ry)
    if year is None:
        return with_prefix(ctx, _month_valuer(ctx, m, number))
    return with_prefix(ctx, from_publication(ctx, m.start(), m.end(), "date", tx.ym(year, number), year=year))


R_WEEKDAY = lazy_i(
    r"(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past|the\s+previous|the\s+following|the\s+next"
    r"|earlier|early|late|later)\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{PARTS_OF_DAY}))?"
)
_EVERY_BEFORE = lazy_i(r"\b(?:each|every)\s+$")
_PLURAL_DAY_AFTER = lazy(rf"\s*(?:,|and|or|&)\s*{WEEKDAY}\s+(?:mornings|afternoons|evenings|nights)\b")
_RANGE_WEEKDAY_BEFORE = lazy(rf"(?P<wd>{WEEKDAY})\s*(?:to|until|till|through|thru|-|\u2013)\s*$")


def _recurring_or_named(ctx: Context, m: re.Match[str]) -> bool:
    """"each Thursday", "on Tuesday nights" (a recurring day), "Black Friday sales" (a holiday's name),
    "The Sunday Telegraph", "Monday Night Football", "the Mail on Sunday" (a paper's or a show's name)."""
    text, pod = ctx.text, m.group("pod")
    if _EVERY_BEFORE.search(text, max(0, m.start() - 8), m.start()) or (
            pod and text[m.end():m.end() + 1].isalpha()) or _PLURAL_DAY_AFTER.match(text, m.end()):
        return True
    if _DAY_IN_A_NAME.match(text, m.end("wd")) or text.endswith(_papers_on_days(), max(0, m.start("wd") - 16),
                                                                  m.start("wd") - 1):
        return True
    return text.endswith(calendar.weekday_holiday_leads(), max(0, m.start() - 6), m.start())


_DAY_IN_A_NAME = lazy(lambda: r"(?:\s+(?:Night|Morning|Evening|Afternoon))?\s+(?:"
                      + alternation(calendar.NAME_WORDS_AFTER_DAYS) + r")\b")


def _papers_on_days() -> tuple[str, ...]:
    return calendar.PAPERS_ON_DAYS


def _weekday_date(ctx: Context, m: re.Match[str], wd: int, rel: str) -> dt.date:
    ref = ctx.published
    assert ref is not None
    if rel in ("last", "past", "this past"):
        return tx.weekday_date(ref, wd, -1, strict=True)
    if rel in ("next", "coming", "this coming", "the next", "the following"):
        return tx.weekday_date(ref, wd, 1, strict=True)
    if rel == "the previous":
        d = tx.weekday_date(ref, wd, -1, strict=True)
        return d - dt.timedelta(days=7) if (ref - d).days < 7 else d
    first = _RANGE_WEEKDAY_BEFORE.search(ctx.text, max(0, m.start() - 22), m.start())
    if first and not rel:  # "from Monday to Friday": the first Friday after that Monday
        tense1 = ctx.tense(first.start(), first.end())
        d1 = tx.weekday_date(ref, tx.WEEKDAYS[first.group("wd").lower()], tense1 if tense1 else -1)
        return tx.weekday_date(d1, wd, 1, strict=True)
    if ctx.text.startswith(("'s", "\u2019s"), m.end()):  # "Tuesday's attack": past, unless "will" governs it
        direction = 1 if _WILL_BEFORE.search(ctx.text, max(0, m.start() - 48), m.start()) else -1
    else:
        direction = tense(ctx, m)
    return tx.weekday_date(ref, wd, direction if direction else -1)


_WILL_BEFORE = lazy_i(r"\b(?:will|shall)\s+(?:(?!was\b|were\b|had\b|said\b|did\b)[\w-]+\s+){0,6}(?:at|on|for|before|until|after)\s+$")
"""A future verb whose phrase a possessive weekday ends ("will put the offer to members at Tuesday's meeting")."""


@recogniser("weekday", R_WEEKDAY, kinds=DATE, anchors=[on("wd", 20, 12, when=capitalised)],
            examples=[Example("The minister resigned on Tuesday.", "Tuesday", "2018-02-13"),
                      Example("Talks resume next Tuesday morning.", "next Tuesday morning", "2018-02-20TMO")])
def weekday(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A weekday near the publication date: "on Thursday", "last Friday", "Tuesday morning"."""
    if _recurring_or_named(ctx, m):
        return None
    wd = tx.WEEKDAYS[m.group("wd").lower()]
    rel = " ".join((m.group("rel") or "").lower().split())
    pod = m.group("pod")
    start = m.start("wd") if rel in ("earlier", "later") else m.start()
    mod = {"early": "START", "late": "END"}.get(rel)
    suffix = f"T{tx.PARTS_OF_DAY[pod.lower()]}" if pod else ""
    if ctx.published is None:
        return from_publication(ctx, start, m.end(), "date", f"XXXX-WXX-{wd + 1}{suffix}", mod=mod)
    d = _weekday_date(ctx, m, wd, rel)
    return from_publication(ctx, start, m.end(), "date", tx.ymd(d) + suffix, mod=mod)


R_ORDINAL_DAY = lazy_i(
    r"\b(?:on|by|until|till|from|since|before|after|through|for|of)\s+(?P<t>the)\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?P<of>\s+of\s+(?:this|next|last|the)\s+month)?"
    r"(?=\s*(?:[.,;:)!?\u2014]|$|\s(?:and|or|to|at|when|as|because|but|if|after|before|in|with|so|while)\b))"
)


def _ordinal_suffix(t: Trigger, ctx: Context) -> bool:
    return ctx.low[t.end:t.end + 2] in ("st", "nd", "rd", "th") and len(t.word) <= 2


@recogniser("ordinal_day", R_ORDINAL_DAY, kinds=DATE, anchors=[on("dig", 10, 40, when=_ordinal_suffix)],
            examples=[Example("The vote was held on the 14th.", "the 14th", "2018-02-14"),
                      Example("Rents are due by the 1st.", "the 1st", "2018-03-01")])
def ordinal_day(ctx: Context, m: re.Match[str]) -> TCand | None:
    """"on the 14th": that day of this month, or of the last or next one, by tense."""
    day = int(m.group("d"))
    if not 1 <= day <= 31:
        return None
    if ctx.published is None:
        return from_publication(ctx, m.start("t"), m.end(), "date", f"XXXX-XX-{day:02d}", conf=0.7)
    of = (m.group("of") or "").lower()
    direction = 1 if "next" in of else -1 if "last" in of else ctx.near_tense(m.start(), 30)
    d = tx.day_of_month_near(ctx.published, day, direction, this_month="this" in of)
    if d is None:
        return None
    return from_publication(ctx, m.start("t"), m.end(), "date", tx.ymd(d), conf=0.75)


R_RELDAY = lazy_i(
    rf"(?:(?P<pre>early|late|earlier|later)\s+)?(?<![\w-])(?P<w>{alternation(calendar.RELATIVE_DAYS)})(?![\w-])"
    rf"(?:\s+(?P<pod>{PARTS_OF_DAY}))?"
)
_GENERIC_TODAY_AFTER = lazy_i(
    r"(?:'s|\u2019s)\s+(?:[a-z-]+\s+)?(?:world|society|youth|young|generation|children|kids|teenagers|economy"
    r"|standards|terms|dollars|money|prices|culture|climate|era|age|environment|technology|politics|media"
    r"|market|marketplace|families|parents|students|workers|consumers)\b")


@recogniser("relday", R_RELDAY, kinds=DATE, anchors=[on("rel", 25, 12)],
            examples=[Example("Officials said yesterday that talks had failed.", "yesterday", "2018-02-14"),
                      Example("The vote is tomorrow morning.", "tomorrow morning", "2018-02-16TMO")])
def relday(ctx: Context, m: re.Match[str]) -> TCand | None:
    """"today", "yesterday", "tomorrow", "tonight", "the day after tomorrow" (and their mornings)."""
    w = " ".join(m.group("w").lower().split())
    pod = m.group("pod")
    if w == "today" and not pod and _GENERIC_TODAY_AFTER.match(ctx.text, m.end()):
        return None  # "in today's world", "today's youth": the present in general, not a date
    if _day_names_a_programme(ctx, m.start("w"), m.end("w")):
        return None  # "the Today programme", "USA Today", "the Tonight Show"
    suffix = f"T{tx.PARTS_OF_DAY[pod.lower()]}" if pod else ("TNI" if w == "tonight" else "")
    mod = {"early": "START", "late": "END"}.get((m.group("pre") or "").lower())
    if ctx.published is None:
        return from_publication(ctx, m.start(), m.end(), "date", "XXXX-XX-XX" + suffix, mod=mod, conf=0.8)
    d = ctx.published + dt.timedelta(days=calendar.RELATIVE_DAYS[w])
    return from_publication(ctx, m.start(), m.end(), "date", tx.ymd(d) + suffix, mod=mod,
                            conf=0.75 if w == "today" else 0.9)


_PROGRAMME_AFTER = lazy_i(lambda: r"\s+(?:" + alternation(calendar.PROGRAMME_WORDS) + r")\b")
_THE_OR_NAME_BEFORE = lazy(r"(?:\b[Tt]he|[A-Z][\w&.]*)\s+$")


def _day_names_a_programme(ctx: Context, start: int, end: int) -> bool:
    """A capitalised "Today"/"Tonight" inside a sentence, after "the" or a name, or before "programme"."""
    text = ctx.text
    if not text[start].isupper() or sentence_start(text, start):
        return False
    return bool(_THE_OR_NAME_BEFORE.search(text, max(0, start - 12), start) or _PROGRAMME_AFTER.match(text, end)
                or text[end:end + 1] == " " and text[end + 1:end + 2].isupper() and text[end + 1:end + 2] != "I")


def _holiday_names() -> str:
    return "|".join(alternation(calendar.HOLIDAYS).replace("'", "['\u2019]").split("|"))


R_HOLIDAY = lazy_i(lambda: rf"(?:(?P<rel>last|next|this)\s+)?(?<![\w-])(?P<h>(?-i:{_holiday_names()}))(?!\w)")
_HOLIDAY_NOUN_AFTER = lazy(
    r"\s+(?:markets?|trees?|cards?|lights|decorations?|carols?|gifts?|presents?|shopping|sales|part(?:y|ies)"
    r"|dinners?|lunch(?:es)?|puddings?|songs?|movies?|films?|specials?|spirit|message|address|jumpers?|sweaters?"
    r"|stockings?|eggs?|bunny|turkeys?|costumes?|parades?|truce|number|deals?|discounts?|bonus(?:es)?"
    r"|crackers?|hamper|bombing|offensive|uprising|rising|attacks?|fireworks?|displays?|concerts?|festivities"
    r"|countdown|honours|honors)\b"
)


def _holiday_date(ref: dt.date, name: str, rel: str, direction: int) -> dt.date | None:
    """The holiday's date nearest ``ref``: this year's with "this", one within three weeks, else the last or
    next one by ``direction``."""
    dates = [d for d in (tx.holiday(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)) if d is not None]
    if not dates:
        return None
    close = [d for d in dates if abs((d - ref).days) <= 21]
    if rel == "this":
        return tx.holiday(name, ref.year)
    if close and not rel:  # a holiday three weeks away or less is that one, whatever the tense
        return close[0]
    if direction < 0:
        past = [d for d in dates if d <= ref]
        return past[-1] if past else dates[0]
    fut = [d for d in dates if d >= ref]
    return fut[0] if fut else dates[-1]


@recogniser("holiday", R_HOLIDAY, kinds=DATE, anchors=[on("hol", 8, 16, when=capitalised)],
            examples=[Example("Shops reopened after Christmas Eve.", "Christmas Eve", "2017-12-24"),
                      Example("Sales peaked on Black Friday.", "Black Friday", "2017-11-24")])
def holiday(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A holiday in the holiday table, dated near the publication date: "Thanksgiving", "last Easter"."""
    name = " ".join(m.group("h").split())
    if not m.group("rel") and _HOLIDAY_NOUN_AFTER.match(ctx.text, m.end()):
        return None  # "a Christmas market", "Easter eggs": the holiday names a kind of thing, not a date
    rel = (m.group("rel") or "").lower()
    ref = ctx.published
    if ref is None:
        d = tx.holiday(name, 2000)
        value = f"XXXX-{d.month:02d}-{d.day:02d}" if d else "XXXX"
        return from_publication(ctx, m.start(), m.end(), "date", value, conf=0.6)
    direction = -1 if rel == "last" else 1 if rel == "next" else (tense(ctx, m) or -1)
    d = _holiday_date(ref, name, rel, direction)
    if d is None:
        return None
    return from_publication(ctx, m.start(), m.end(), "date", tx.ymd(d), conf=0.8)
