"""Dates, times and durations, valued as TIMEX3 and resolved against the publication date."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from workbench.core.extract import timex as tx
from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.numbers import DIGITS, ORDINALS, UNITS, WORD_NUMBER, parse_number

MONTH = (r"(?-i:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
         r"|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![\w'])")
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\w)"
YEAR = r"(?:1[0-9]|20)\d\d"
_SEP = r"(?:,\s*|\s+)"
NUMP = (rf"(?:{DIGITS}(?:\s+\d/\d)?|{WORD_NUMBER}|an?|a\s+few|(?:a\s+)?couple(?:\s+of)?|several|many|a\s+handful\s+of"
        r"|dozens\s+of|hundreds\s+of|a\s+dozen)")
_UNIT = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?"
         r"|centuries|century|millenni(?:a|um)|yrs?|hrs?)")
_MODS = (r"(?:more\s+than|less\s+than|fewer\s+than|over|under|about|around|approximately|roughly|nearly|almost"
         r"|at\s+least|at\s+most|up\s+to|as\s+long\s+as|as\s+many\s+as|as\s+much\s+as|as\s+little\s+as"
         r"|no\s+more\s+than|no\s+less\s+than|just\s+over|just\s+under|close\s+to|only|just|well\s+over"
         r"|a\s+little\s+over|a\s+little\s+more\s+than|upwards\s+of|in\s+excess\s+of|some|barely|a\s+full"
         r"|the\s+better\s+part\s+of|the\s+last|the\s+past|the\s+next)")
MOD_CODES: dict[str, str] = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "well over": "MORE_THAN", "just over": "MORE_THAN",
    "a little over": "MORE_THAN", "a little more than": "MORE_THAN", "upwards of": "MORE_THAN",
    "in excess of": "MORE_THAN", "above": "MORE_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
    "below": "LESS_THAN", "nearly": "LESS_THAN", "almost": "LESS_THAN", "close to": "LESS_THAN",
    "barely": "LESS_THAN",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "an estimated": "APPROX", "estimated": "APPROX", "or so": "APPROX",
    "at least": "AT_LEAST", "no less than": "AT_LEAST", "no fewer than": "AT_LEAST", "a full": "AT_LEAST",
    "at most": "AT_MOST", "no more than": "AT_MOST", "up to": "EQUAL_OR_LESS", "as many as": "EQUAL_OR_LESS",
    "as much as": "EQUAL_OR_LESS", "as long as": "EQUAL_OR_LESS", "as little as": "AT_LEAST",
}
APPROX_MODS = {"APPROX", "LESS_THAN"}
_SPAN_EXCLUDED_MODS = {"only", "just", "barely", "as long as", "at least", "a full", "at most", "up to",
                       "as many as", "as much as", "as little as", "some", "the better part of"}


def mod_code(words: str | None) -> str | None:
    if not words:
        return None
    return MOD_CODES.get(" ".join(words.lower().split()))


@dataclass
class State:
    """What earlier expressions established, for anaphoric ones ("the following year", "the quarter")."""

    year: int | None = None
    year_pos: int = -10_000
    quarter: tuple[int, int] | None = None
    quarter_pos: int = -10_000
    month: tuple[int, int] | None = None
    month_pos: int = -10_000
    bare_month_pos: int = -10_000  # last date valued to a month only ("in October"), not a day
    day: dt.date | None = None
    day_pos: int = -10_000
    months_pos: int = -10_000  # last "the first nine months", "the first half": a longer period in view


Valuer = Callable[[State], str | None]


@dataclass
class TCand(Candidate):
    valuer: Valuer | None = None
    anchor_year: int | None = None
    anchor_quarter: tuple[int, int] | None = None
    anchor_month: tuple[int, int] | None = None
    backward: bool = False  # valued as an earlier period ("a year ago"): not the quarter in view


_YEAR_HEADS = {str(i) for i in range(10, 21)}
_QUARTER_REACH = 1000
_YM_RE = re.compile(r"(\d{4})-(\d\d)(?:$|-\d\d$)")
_MONTHS_RE = re.compile(r"P(?:[4-9]|1[0-2])M$")
_HALF_RE = re.compile(r"\d{4}-H[12]$")
_YQ_RE = re.compile(r"(\d{4})-Q([1-4])$")
_YMD_RE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T|$)")
_DAY_REACH = 700
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|BST|CET|[ECMP][SD]T|hours?\b|hrs\b|local\s+time)")
_AGO_AFTER = re.compile(r"\s+(?:or\s+so\s+)?(?:ago|earlier|later|before|after|from\s+now|hence)\b")
_NUMERICISH = set(UNITS) | {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
    "million", "a", "an", "few", "several", "many", "couple", "of", "half", "dozen", "dozens", "hundreds",
    "handful", "and",
}
_REL_WORDS = {
    "this", "last", "next", "past", "previous", "prior", "following", "coming", "current", "latest", "the",
    "that", "full", "entire", "whole", "fiscal", "financial", "calendar", "tax",
}
_RATE_PREPS = {
    "in", "for", "within", "over", "after", "than", "about", "nearly", "almost", "around", "some", "once",
    "under", "least", "only", "just", "past", "last", "next", "per", "to", "and", "or", "of",
}
_RATE_STOP = {
    "is", "was", "are", "were", "be", "been", "being", "not", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "it", "that", "which", "who", "and", "or", "but", "the", "this", "there",
}
_NUMERICISH_STRICT = set(UNITS) - {"one"} | {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
    "million", "billion", "dozen", "dozens", "hundreds", "thousands", "millions",
}
_UNITREL_UNITS = {"week", "weekend", "month", "year", "quarter", "decade", "century"}
_TAKE_VERBS = {"take", "takes", "took", "taking", "taken", "last", "lasts", "lasted", "lasting", "spent", "spend",
               "spends", "spending", "wait", "waited", "waiting"}
_DAYANA_BEFORE = {"that", "same", "very", "next", "following", "previous", "preceding", "prior"}
_VAGUE_BEFORE = {
    "few", "several", "many", "recent", "past", "last", "next", "coming", "for", "over", "within", "during",
    "throughout", "after", "in", "the", "previous", "first", "early", "initial", "following",
}


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


R_FULLDATE = _c(
    r"(?:(?<![\w-])(?P<rel>last|next|this\s+past|this\s+coming|this|coming)\s+(?=(?-i:[A-Z])))?"
    rf"(?:(?P<wd>{WEEKDAY}){_SEP})?(?:"
    rf"(?P<m1>{MONTH})\s*(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d)(?:{_SEP}(?P<y1>{YEAR})(?!\d))?"
    rf"|(?:the\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH})(?:{_SEP}(?P<y2>{YEAR})(?!\d))?"
    rf"|(?P<m3>{MONTH}){_SEP}(?:of\s+)?(?P<y3>{YEAR})(?!\d))"
)
R_DAYLIST = _c(
    rf"(?P<m>{MONTH})\s*(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|or|&)\s*"
    rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:(?:,\s*|\s+)(?P<y>{YEAR}))?(?=\s*(?:[,.;:)]|$)"
    r"|\s+(?-i:in|at|on|for|and|when|with|to|the|as|before|after|but|while|respectively|next|last|this)\b)"
)
R_NUMDATE = _c(
    rf"(?<![\w/.-])(?:(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"|(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<yy>(?:19|20)\d\d|\d\d))(?![\w/-])"
)
R_MONTH = _c(
    r"(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past)\s+)?"
    rf"(?P<m>{MONTH})(?:(?:\s+of)?\s+(?P<ry>this|last|next)\s+year)?"
)
R_WEEKDAY = _c(
    r"(?:(?P<rel>last|next|this\s+coming|this\s+past|this|coming|past|the\s+previous|the\s+following|the\s+next"
    r"|earlier|early|late|later)\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:\s+(?P<pod>morning|afternoon|evening|night))?"
)
R_RELDAY = _c(
    r"(?:(?P<pre>early|late|earlier|later)\s+)?(?<![\w-])(?P<w>today|yesterday|tomorrow|tonight"
    r"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?![\w-])"
    r"(?:\s+(?P<pod>morning|afternoon|evening|night))?"
)
R_UNITREL = _c(
    r"(?<![\w-])(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|past|the\s+previous|previous|the\s+prior"
    r"|the\s+following|the\s+coming|coming|the\s+current|current|the\s+latest|latest|the\s+last|the\s+next"
    r"|the\s+full|the\s+entire|the\s+whole|the|that|a\s+full)\s+"
    r"(?P<fiscal>(?:fiscal|financial|calendar|tax)\s+)?"
    r"(?P<u>weekend|week|month|year|quarter|decade|century)(?![\w-])"
)
R_YEARAGO = _c(
    r"(?:the\s+)?(?<![\w-])year-(?:ago|earlier)(?:\s+(?P<u>quarter|period|month|week))?(?![\w-])"
)
R_QUARTER = _c(
    rf"(?:(?P<yp>{YEAR}|this\s+year|last\s+year|next\s+year)(?:'s|\u2019s)\s+)?"
    rf"(?:the\s+)?(?:(?P<ya>year-ago|year-earlier)\s+)?(?:(?P<yp2>{YEAR})\s+)?(?:fiscal\s+)?"
    r"(?<![\w-])(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|previous|past"
    r"|year-ago|year-earlier|comparable)[- ](?:fiscal\s+)?(?P<u>quarter|half)(?![\w-])"
    rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{YEAR})|(?P<ry>this|last|next|the)\s+year))?"
    rf"|(?<![\w-])(?P<q>(?-i:Q[1-4]|H[12]))(?:\s+(?P<qy>{YEAR}))?(?![\w-])"
)
R_YEAR = _c(
    r"(?:(?<![\w-])(?P<pre>fiscal|calendar|the\s+year|FY|mid-|post-|pre-|the\s+class\s+of)\s*)?"
    rf"(?<![\w$\u20ac\u00a3#.,/:+])(?P<y>{YEAR})(?![\w%]|[.,]\d|-\d\d(?!\d)|:\d)"
)
R_DECADE = _c(
    r"(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?)?"
    r"(?<![\w$])(?:(?P<c>1[0-9]|20)(?P<d>\d)0(?:'s|s)|'(?P<d2>\d)0s"
    r"|(?<=the\s)(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?!\w)"
)
R_CENTURY = _c(
    r"(?:the\s+)?(?:(?P<mod>early|mid|late)[- ]?)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>"
    + "|".join(ORDINALS) + r"))[- ]century(?!\w)"
)
R_SEASON = _c(
    r"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|early|late|mid|the)[- ]\s*)?"
    rf"(?<![\w-])(?P<s>spring|summer|fall|autumn|winter)(?!\w)(?:(?:\s+of)?\s+(?P<y>{YEAR})(?!\d)"
    r"|(?:\s+of)?\s+(?P<ry>this|last|next)\s+year)?"
)
R_AGO = _c(
    rf"(?:(?P<mod>{_MODS})\s+)?(?<![\w-])(?P<n>{NUMP})\s+(?P<u>{_UNIT})(?:\s+or\s+so)?"
    r"\s+(?P<dir>ago|earlier|later|from\s+now|hence|before|after)(?!\w)"
)
R_DURATION = _c(
    rf"(?:(?P<mod>{_MODS})\s+)?(?P<det>(?:each\s+of\s+)?the\s+(?:(?P<rel>past|last|next|first|final|previous"
    r"|coming|following|latest|initial|remaining|entire|full|last\s+few|past\s+few|next\s+few|past\s+several"
    r"|last\s+several|next\s+several|first\s+few|few)\s+)?)?"
    rf"(?<![\w-])(?P<n>{NUMP})(?:\s*(?:to|or|-|\u2013)\s*(?P<n2>{DIGITS}|{WORD_NUMBER}))?"
    r"(?P<half>\s+and\s+a\s+half)?\s+(?:(?:more|additional|extra|full|straight|consecutive"
    r"|trading|business|working|calendar|long|solid|short|successive)\s+)?"
    rf"(?P<u>{_UNIT})(?![\w-])(?P<half2>\s+and\s+a\s+half)?"
)
R_DURADJ = _c(
    rf"(?<![\w-])(?P<n>{DIGITS}|{WORD_NUMBER}|several|multi|half)-(?P<u>second|minute|hour|day|night|week|month"
    r"|quarter|year|decade|century)(?:(?P<old>-old)|-long)?(?![\w-])"
    r"|(?<![\w-])(?P<u2>hours?|days?|nights?|weeks?|months?|years?|decades?|century|centuries)-long(?![\w-])"
)
R_VAGUE = _c(
    r"(?P<pre>(?:for|over|in|within|during|after|throughout)\s+)?(?P<det>(?:the\s+)?(?:(?:past|last|next|coming"
    r"|recent|previous|first|early|initial|following)\s+)?(?:(?:few|several|many)\s+)?)"
    r"(?<![\w-])(?P<u>years|months|weeks|days|decades|hours|minutes|centuries|quarters)(?![\w-])"
)
_ZONE_WORDS = r"(?:local|(?-i:Pacific|Eastern|Central|Mountain|Atlantic))\s+(?:(?:standard|daylight)\s+)?time"
R_TIME = _c(
    r"(?<![\w:.])(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am|pm)(?![\w])"
    rf"(?:\s+(?P<tz>GMT|UTC|BST|CET|[ECMP][SD]T|ET|{_ZONE_WORDS}))?"
    r"|(?<![\w:.])(?P<h2>[0-2]?\d):(?P<mi2>[0-5]\d)(?![\d:])(?:\s*(?P<tz2>GMT|UTC|BST|CET|[ECMP][SD]T|ET|hours|hrs"
    rf"|{_ZONE_WORDS}))?"
    r"|(?<![\w-])(?P<w>noon|midnight|midday)(?![\w-])"
)
R_HOLIDAY = _c(
    r"(?:(?P<rel>last|next|this)\s+)?(?<![\w-])(?P<h>(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['\u2019]s(?:\s+(?:Day|Eve))?"
    r"|Thanksgiving(?:\s+Day)?|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Halloween|Valentine['\u2019]s\s+Day"
    r"|Easter(?:\s+Sunday)?|Good\s+Friday|Boxing\s+Day|Veterans\s+Day|Bastille\s+Day|Election\s+Day|Black\s+Friday"
    r"|Cyber\s+Monday))(?!\w)"
)
_HOLIDAY_NOUN_AFTER = re.compile(
    r"\s+(?:markets?|trees?|cards?|lights|decorations?|carols?|gifts?|presents?|shopping|sales|part(?:y|ies)"
    r"|dinners?|lunch(?:es)?|puddings?|songs?|movies?|films?|specials?|spirit|message|address|jumpers?|sweaters?"
    r"|stockings?|eggs?|bunny|turkeys?|costumes?|parades?|truce|number|deals?|discounts?|bonus(?:es)?"
    r"|crackers?|hamper|bombing|offensive|uprising|rising|attacks?)\b"
)
# "the June quarter", "the April-June quarter": the calendar quarter that ends with that month
R_MONTHQ = _c(
    rf"(?:the\s+)?(?<![\w-])(?P<m1>{MONTH})(?:\s*[-\u2013/]\s*(?P<m2>{MONTH}))?(?:\s+(?P<y>{YEAR}))?[- ]quarter"
    rf"(?![\w-])(?:\s+of\s+(?P<y2>{YEAR})(?!\d))?"
)
# "the 2024-25 financial year", "FY2023/24", "the 2023-24 season": a year that straddles two calendar years
R_SPLITYEAR = _c(
    r"(?:(?<![\w-])(?P<fy>(?-i:FY)|fiscal(?:\s+year)?|financial\s+year)\s*)?"
    rf"(?:(?<=FY)|(?<![\w$\u20ac\u00a3#.,/:+-]))(?P<y1>{YEAR})\s?[-/\u2013]\s?(?P<y2>\d\d|{YEAR})(?![\w%/-]|[.,]\d)"
    r"(?P<tail>\s+(?:(?:fiscal|financial|tax|budget|academic|school|marketing|crop|football|sporting)\s+)?"
    r"(?:years?|season|budget)(?![\w-]))?"
)
R_FY = re.compile(r"(?<![\w-])(?-i:FY)\s?['\u2019]?(?P<y>\d\d)(?![\w%/-]|[.,]\d)")
R_SPELLED_YEAR = _c(
    r"(?<![\w-])(?P<pre>the\s+year\s+)?(?:(?P<a>nineteen|eighteen)[- ](?P<b>(?:twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|oh[- ](?:one|two|three|four|five"
    r"|six|seven|eight|nine))|(?<=year\s)two\s+thousand(?:\s+and)?(?:[- ](?P<c>one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)(?![\w-])"
)
R_YEAREND = _c(
    r"(?<![\w-])(?:the\s+)?year(?:-|\s+|['\u2019]s\s+)end(?![\w-])"
)
R_DAYANA = _c(
    r"(?<![\w-])(?:(?P<pre>earlier|later|early|late)\s+(?:(?P<in>in|on)\s+)?)?"
    r"(?:(?P<that>that(?:\s+(?:same|very))?|the\s+(?:same|very)|this\s+same)"
    r"|the\s+(?P<rel>next|following|previous|preceding|prior))\s+"
    r"(?P<u>day|morning|afternoon|evening|night)(?![\w-])"
)
_DAYANA_HEAD = re.compile(r"\b(?:that|same|very|next|following|previous|preceding|prior)\s+"
                          r"(?:morning|afternoon|evening)\b")
R_PERIOD = _c(
    rf"(?<![\w-])the\s+(?:(?P<y>{YEAR})|(?P<w>latest|comparable|corresponding|same))\s+period(?![\w-])"
    r"(?:\s+(?P<ago>last\s+year|a\s+year\s+(?:ago|earlier)|of\s+(?:last|the\s+previous)\s+year))?"
)
_PERIOD_WORD = re.compile(r"\bperiod\b")
R_AHEAD = _c(r"(?<![\w-])the\s+(?:(?:few|several|many)\s+)?(?P<u>years|months|weeks|days|hours)\s+ahead(?![\w-])")
R_PREFIX = re.compile(
    r"(?:\b(?P<a>early|late|mid|earlier|later)(?:\s+in)?(?:\s+|-)|\bthe\s+(?P<b>beginning|start|middle|end|close"
    r"|turn)\s+of\s+|\bmid-)$",
    re.I,
)
_RATE_BEFORE = re.compile(
    r"(?:\d|%|\b(?:million|billion|thousand|hundred|times|once|twice|thrice|cents|dollars|euros|pounds|percent"
    r"|cent|barrels|tonnes|tons|hours|meals|visits|people|deaths|sessions|shifts|miles|km|dose|doses))[\s,]*$",
    re.I,
)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|since|by|from|until|till|before|after|during|of|the|and|or|to|between|through|around|circa|c\."
    r"|early|late|mid|year|fiscal|summer|spring|autumn|fall|winter|its|his|her|their|our|this|that|than)\s*$"
    r"|['\u2019]s\s*$|[(\u2013-]\s*$",
    re.I,
)
_PLURAL_AFTER = re.compile(r"\s+(?!(?:was|has|does|goes|says|marks|remains|seems|looks|comes|becomes|begins"
                           r"|ends|starts|sees|brings|gives|takes|makes|promises|proves|lies|is)\b)(?:[a-z]+[a-rt-z]s|people|children|men|women|police|staff|troops|cattle"
                           r"|km|kg|tonnes|tons|miles|metres|meters|feet|acres|hectares|barrels)\b")
_BARE_MONTH_OK = re.compile(
    r"\b(?:in|since|until|till|by|from|through|during|of|early|late|mid|before|after|last|next|this|to|and|or"
    r"|between|end|on|as|for|into)[\s-]*$",
    re.I,
)
_YEAR_DET_BEFORE = re.compile(r"\b(?:in|since|by|the|of|from|until|before|after|during)\s*$|['\u2019]s\s*$", re.I)
_YEAR_NOT_BEFORE = re.compile(r"\b(?:about|some|nearly|almost|over|than|around|roughly|approximately|least|to|page"
                              r"|pp?\.|no\.|number|flight|route|room|version|model)\s*$", re.I)
_TO_THAN_BEFORE = re.compile(r"\b(?:to|than)\s*$", re.I)
_ENDED_AFTER = re.compile(rf"\s+(?:end(?:ed|ing|s)|to\s+date|through|that\s+end|to\s+{MONTH})", re.I)
_SPELLED_YEAR_HEAD = re.compile(rf"(?:(?P<m>{MONTH})|(?<![\w-])(?P<s>(?i:spring|summer|fall|autumn|winter))"
                                r"(?:\s+of)?)\s+$")
_PLURAL_DAY_AFTER = re.compile(rf"\s*(?:,|and|or|&)\s*{WEEKDAY}\s+(?:mornings|afternoons|evenings|nights)\b")
_RANGE_YEAR_AFTER = re.compile(rf"\s*(?:and|or|&|to|through|-|\u2013)\s*[0-3]?\d(?:st|nd|rd|th)?(?:,\s*|\s+)({YEAR})(?!\d)")
_OLD_AFTER = re.compile(r"\s+old\b", re.I)
_ENDED_CLAUSE = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:ended|closed|finished)\b", re.I)
_RANGE_WEEKDAY_BEFORE = re.compile(rf"(?P<wd>{WEEKDAY})\s*(?:to|until|till|through|thru|-|\u2013)\s*$")
_GENERIC_TODAY_AFTER = re.compile(
    r"(?:'s|\u2019s)\s+(?:[a-z-]+\s+)?(?:world|society|youth|young|generation|children|kids|teenagers|economy"
    r"|standards|terms|dollars|money|prices|culture|climate|era|age|environment|technology|politics|media"
    r"|market|marketplace|families|parents|students|workers|consumers)\b", re.I)
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+)")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?-i:[a-z]{3,})\b(?!\s+(?:of|on|to|by)\b)")
_EVERY_BEFORE = re.compile(r"\b(?:each|every)\s+$", re.I)
_OF_DATE_AFTER = re.compile(rf"\s+of\s+(?:{WEEKDAY}|{MONTH}|\d)")
_SET_AFTER = re.compile(r"\s+(?:a|per|each)\s+(?:share|year|day|month|week)\b", re.I)


def _num(s: str | None) -> float | None:
    if s is None:
        return None
    low = " ".join(s.lower().split())
    if low in ("a", "an"):
        return 1
    if low.startswith(("a few", "several", "many", "a handful", "dozens", "hundreds")):
        return None
    if low.startswith(("a couple", "couple")):
        return 2
    return parse_number(low)


class Temporal:
    """Runs every temporal recogniser over a text and values what it finds."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.ref = ctx.published

    # ------------------------------------------------------------------ helpers

    def cand(self, start: int, end: int, kind: str, value: str | Valuer | None, *, mod: str | None = None,
             approx: bool = False, conf: float = 0.9, year: int | None = None,
             quarter: tuple[int, int] | None = None, month: tuple[int, int] | None = None,
             backward: bool = False) -> TCand:
        cand = TCand(start, end, kind, None, mod=mod, approximate=approx, confidence=conf)
        cand.backward = backward
        if callable(value):
            cand.valuer = value
        else:
            cand.value = value
        cand.anchor_year = year
        cand.anchor_quarter = quarter
        cand.anchor_month = month
        return cand

    def tense(self, m: re.Match[str]) -> int:
        return self.ctx.tense(m.start(), m.end())

    def with_prefix(self, c: TCand) -> TCand:
        """Extend a date back over "early", "mid-", "the end of", setting mod START/MID/END."""
        m = R_PREFIX.search(self.text, max(0, c.start - 22), c.start)
        if m:
            word = (m.group("a") or m.group("b") or "mid").lower()
            c.start = m.start()
            code = {"early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID",
                    "late": "END", "end": "END", "close": "END", "turn": "END"}.get(word)
            if code and c.mod is None:
                c.mod = code
        return c

    # ------------------------------------------------------------------ recognisers

    def run(self) -> Iterator[TCand]:
        """Run each recogniser in windows around the triggers that can start one of its matches."""
        text, low = self.text, self.ctx.low
        n = len(text)
        plan: dict[str, list[tuple[int, int]]] = {}

        def add(name: str, lo: int, hi: int) -> None:
            plan.setdefault(name, []).append((max(0, lo), min(n, hi)))

        for t in self.ctx.triggers:
            k, s, e, w = t.kind, t.start, t.end, t.word
            if k == "dig":
                nxt = low[e:e + 4]
                if len(w) == 4 and w[:2] in _YEAR_HEADS:
                    add("year", s - 22, e + 6)
                if nxt[:1] in ("-", "/") and nxt[1:2].isdigit():
                    add("numdate", s - 1, e + 12)
                    if len(w) == 4 and w[:2] in _YEAR_HEADS:
                        add("splityear", s - 22, e + 40)
                elif nxt[:1] == "\u2013" and len(w) == 4 and w[:2] in _YEAR_HEADS:
                    add("splityear", s - 22, e + 40)
                if len(w) == 2 and low.endswith(("fy", "fy ", "fy'", "fy\u2019"), max(0, s - 3), s):
                    add("fy", s - 4, e + 1)
                if nxt[:1] == "s" or nxt[:2] == "'s" or (s > 0 and low[s - 1] in "'\u2019"):
                    add("decade", s - 15, e + 4)
                if nxt[:1] in (":", ".") or nxt.lstrip()[:1] in ("a", "p"):
                    add("time", s - 2, e + 24)
                if nxt[:2] in ("st", "nd", "rd", "th"):
                    add("century", s - 20, e + 14)
                if nxt[:1] == "-":
                    add("duradj", s - 2, e + 20)
            elif k == "unit":
                if w == "half":
                    add("quarter", s - 45, e + 30)
                    continue
                before = low[max(0, s - 40):s]
                words = before.replace("-", " ").split()[-3:]
                numeric = any(x.strip(",.;:(") in _NUMERICISH or x[-1:].isdigit() for x in words)
                if numeric:
                    parts = before.rsplit(None, 3)
                    reach = len(before) - len(parts[0]) if len(parts) == 4 else len(before)
                    add("duration", s - reach - 48, e + 20)
                    if _AGO_AFTER.match(low, e):
                        add("ago", s - reach - 48, e + 26)
                if before.endswith("-") or numeric:
                    add("duradj", s - 35, e + 11)
                elif low.startswith("-long", e):
                    add("duradj", s - 2, e + 6)
                if w in _UNITREL_UNITS and words and words[-1].strip(",.;:(") in _REL_WORDS:
                    add("unitrel", s - 40, e + 2)
                if w.startswith("quarter"):
                    add("quarter", s - 45, e + 30)
                    add("monthq", s - 40, e + 12)
                if w == "year":
                    nxt = low[e:e + 8]
                    if nxt.startswith(("-ago", "-earlier")):
                        add("yearago", s - 5, e + 20)
                    if nxt.startswith(("-end", " end", "'s end", "\u2019s end")):
                        add("yearend", s - 5, e + 10)
                if w.startswith("centur"):
                    add("century", s - 30, e + 2)
                if w in ("day", "night") and words and words[-1] in _DAYANA_BEFORE:
                    add("dayana", s - 40, e + 2)
                if w.endswith("s") and (any(x.strip(",.;:(") in _VAGUE_BEFORE for x in words)
                                        or words and words[-1] in _TAKE_VERBS):
                    add("vague", s - 45, e + 2)
                if w.endswith("s") and low.startswith(" ahead", e):
                    add("ahead", s - 25, e + 8)
            elif k == "mon":
                if text[s].isupper():
                    add("fulldate", s - 25, e + 24)
                    add("month", s - 20, e + 22)
                    add("daylist", s - 1, e + 30)
            elif k == "wd":
                if text[s].isupper():
                    add("fulldate", s - 2, e + 30)
                    add("weekday", s - 20, e + 12)
                    if low.endswith(("black ", "cyber "), max(0, s - 6), s):
                        add("holiday", s - 6, e + 1)
            elif k == "rel":
                add("relday", s - 25, e + 12)
            elif k == "season":
                add("season", s - 15, e + 26)
            elif k == "hol":
                if text[s].isupper():
                    add("holiday", s - 8, e + 16)
            elif k == "sp":
                add("spelled_year", s - 14, e + 40)
            elif k == "q":
                add("quarter", s - 2, e + 8)
            elif k == "tw":
                add("time", s - 2, e + 2)
            elif k == "dec":
                add("decade", s - 15, e + 2)
            elif k == "num" and w == "two" and low.startswith(" thousand", e) and low.endswith("year ", 0, s):
                add("spelled_year", s - 14, e + 40)
        for m in _DAYANA_HEAD.finditer(low):
            add("dayana", m.start() - 40, m.end() + 2)
        for m in _PERIOD_WORD.finditer(low):
            add("period", m.start() - 30, m.end() + 30)
        for name, windows in plan.items():
            rx, handler = self.recognisers[name]
            windows.sort()
            merged: list[list[int]] = []
            for lo, hi in windows:
                if merged and lo <= merged[-1][1]:
                    if hi > merged[-1][1]:
                        merged[-1][1] = hi
                else:
                    merged.append([lo, hi])
            for lo, hi in merged:
                while hi < n and not text[hi].isspace() and hi < merged[-1][1] + 40:
                    hi += 1
                for m in rx.finditer(text, lo, hi):
                    if m.end() == m.start():
                        continue
                    c = handler(m)
                    if c is not None:
                        yield c

    @property
    def recognisers(self) -> dict[str, tuple[re.Pattern[str], Callable[[re.Match[str]], TCand | None]]]:
        return {
            "fulldate": (R_FULLDATE, self.fulldate), "numdate": (R_NUMDATE, self.numdate),
            "month": (R_MONTH, self.month), "weekday": (R_WEEKDAY, self.weekday),
            "relday": (R_RELDAY, self.relday), "unitrel": (R_UNITREL, self.unitrel),
            "yearago": (R_YEARAGO, self.yearago), "quarter": (R_QUARTER, self.quarter),
            "year": (R_YEAR, self.year), "decade": (R_DECADE, self.decade), "century": (R_CENTURY, self.century),
            "season": (R_SEASON, self.season), "ago": (R_AGO, self.ago), "duration": (R_DURATION, self.duration),
            "duradj": (R_DURADJ, self.duradj), "vague": (R_VAGUE, self.vague), "time": (R_TIME, self.time),
            "holiday": (R_HOLIDAY, self.holiday), "spelled_year": (R_SPELLED_YEAR, self.spelled_year),
            "yearend": (R_YEAREND, self.yearend), "ahead": (R_AHEAD, self.ahead),
            "dayana": (R_DAYANA, self.day_anaphora), "daylist": (R_DAYLIST, self.daylist), "period": (R_PERIOD, self.period),
            "monthq": (R_MONTHQ, self.month_quarter), "splityear": (R_SPLITYEAR, self.split_year),
            "fy": (R_FY, self.fiscal_year),
        }

    def fulldate(self, m: re.Match[str]) -> TCand | None:
        mon = m.group("m1") or m.group("m2") or m.group("m3")
        month = tx.month_number(mon)
        day_s = m.group("d1") or m.group("d2")
        year_s = m.group("y1") or m.group("y2") or m.group("y3")
        rel = " ".join((m.group("rel") or "").lower().split())
        start = m.start()
        if rel and (year_s or not day_s):  # "last March 2016": the year decides, not "last"
            rel = ""
            start = m.start("wd") if m.group("wd") else m.start("m1") if m.group("m1") else m.start("m3")
        if day_s is None:
            c = self.cand(start, m.end(), "date", tx.ym(int(year_s), month), year=int(year_s))
            return self.with_prefix(c)
        day = int(day_s)
        if not 1 <= day <= 31:
            return None
        if m.group("d1") and not year_s and mon in ("May", "March") and day > 31:
            return None
        if not year_s and m.group("d1"):  # "March 3-5, 2016": the year after the range
            ry = _RANGE_YEAR_AFTER.match(self.text, m.end())
            year_s = ry.group(1) if ry else None
        if year_s:
            try:
                d = dt.date(int(year_s), month, day)
            except ValueError:
                return None
            return self.cand(start, m.end(), "date", tx.ymd(d), year=d.year)
        if self.ref is None:
            return self.cand(start, m.end(), "date", f"XXXX-{month:02d}-{day:02d}")
        if rel in ("last", "this past"):
            direction = -1
        elif rel in ("next", "coming", "this coming"):
            direction = 1
        else:
            direction = 0 if rel == "this" else self.tense(m)
        d = tx.nearest_day(self.ref, month, day, direction)
        if d is None:
            return None
        return self.cand(start, m.end(), "date", tx.ymd(d))

    def daylist(self, m: re.Match[str]) -> TCand | None:
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
            return self.cand(m.start("d2"), m.end(), "date", tx.ymd(d), year=d.year, conf=0.8)
        if self.ref is None:
            return self.cand(m.start("d2"), m.end("d2"), "date", f"XXXX-{month:02d}-{d2:02d}", conf=0.8)
        first = tx.nearest_day(self.ref, month, d1, self.tense(m))
        if first is None:
            return None
        try:
            d = first.replace(day=d2)
        except ValueError:
            return None
        return self.cand(m.start("d2"), m.end("d2"), "date", tx.ymd(d), conf=0.8)

    def numdate(self, m: re.Match[str]) -> TCand | None:
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
        return self.cand(m.start(), m.end(), "date", tx.ymd(d), year=d.year, conf=0.85)

    def month(self, m: re.Match[str]) -> TCand | None:
        mon = m.group("m")
        month = tx.month_number(mon)
        rel = (m.group("rel") or "").lower().split()
        ry = (m.group("ry") or "").lower()
        if len(mon) == 3 and mon != "May" and _NAME_AFTER.match(self.text, m.end()):
            return None  # "Jan Kavan", "Jun Ishikawa": a first name
        if not rel and not ry:
            before = self.text[max(0, m.start() - 12):m.start()]
            if mon in ("May", "March", "Mar", "Jan", "Sep", "Dec", "Oct", "Nov", "Aug", "Jun", "Jul", "Feb",
                       "Apr") and not _BARE_MONTH_OK.search(before) and not (
                    mon == "March" and _THE_BEFORE.search(before)
                    and _NOUN_AFTER.match(self.text, m.end())):
                return None  # but "the March accession" names the month
            if mon == "May" and re.match(r"\s+(?:be|have|not|also|well|I|we|you|he|she|they|it)\b",
                                         self.text[m.end():m.end() + 8]):
                return None
        ref = self.ref
        if ref is None:
            if ry or rel:
                return self.with_prefix(self.cand(m.start(), m.end(), "date", f"XXXX-{month:02d}"))
            return self.with_prefix(self.cand(m.start(), m.end(), "date", f"XXXX-{month:02d}", conf=0.8))
        if ry:
            year = ref.year + {"this": 0, "last": -1, "next": 1}[ry]
        elif rel and rel[-1] in ("last", "past"):
            year = ref.year if month < ref.month else ref.year - 1
        elif rel and rel[-1] in ("next", "coming"):
            year = ref.year if month > ref.month else ref.year + 1
        elif rel and rel[0] == "this":
            year = ref.year
        else:
            near = self.ctx.near_tense(m.start())
            tense = near or self.tense(m)
            sent_start = self.ctx.sentences.find(m.start())[0]

            def state_year(st: State, month: int = month, tense: int = tense,
                           sent_start: int = sent_start, strict: bool = bool(near)) -> str | None:
                if st.year is not None and st.year_pos >= sent_start and tense <= 0 and st.year != ref.year:
                    return tx.ym(st.year, month)
                return tx.ym(tx.month_year(ref, month, tense or -1, strict=strict), month)
            return self.with_prefix(self.cand(m.start(), m.end(), "date", state_year, conf=0.85))
        return self.with_prefix(self.cand(m.start(), m.end(), "date", tx.ym(year, month), year=year))

    def weekday(self, m: re.Match[str]) -> TCand | None:
        wd = tx.WEEKDAYS[m.group("wd").lower()]
        rel = " ".join((m.group("rel") or "").lower().split())
        pod = m.group("pod")
        if _EVERY_BEFORE.search(self.text, max(0, m.start() - 8), m.start()) or (
                pod and self.text[m.end():m.end() + 1].isalpha()) or _PLURAL_DAY_AFTER.match(self.text, m.end()):
            return None  # "each Thursday", "every Monday", "on Tuesday nights": a recurring day, not a date
        if self.text.endswith(("Black ", "Cyber "), max(0, m.start() - 6), m.start()):
            return None  # "Black Friday sales": the shopping day's name, not a weekday near publication
        start = m.start("wd") if rel in ("earlier", "later") else m.start()
        if rel in ("earlier", "early", "late", "later"):
            mod = {"early": "START", "late": "END"}.get(rel)
        else:
            mod = None
        suffix = f"T{tx.PARTS_OF_DAY[pod.lower()]}" if pod else ""
        if self.ref is None:
            return self.cand(start, m.end(), "date", f"XXXX-WXX-{wd + 1}{suffix}", mod=mod)
        if rel in ("last", "past", "this past"):
            d = tx.weekday_date(self.ref, wd, -1, strict=True)
        elif rel in ("next", "coming", "this coming", "the next", "the following"):
            d = tx.weekday_date(self.ref, wd, 1, strict=True)
        elif rel == "the previous":
            d = tx.weekday_date(self.ref, wd, -1, strict=True)
            if (self.ref - d).days < 7:
                d -= dt.timedelta(days=7)
        else:
            first = _RANGE_WEEKDAY_BEFORE.search(self.text, max(0, m.start() - 22), m.start())
            tense = -1 if self.text.startswith(("'s", "\u2019s"), m.end()) else self.tense(m)
            if first and not rel:  # "from Monday to Friday": the first Friday after that Monday
                tense1 = self.ctx.tense(first.start(), first.end())
                d1 = tx.weekday_date(self.ref, tx.WEEKDAYS[first.group("wd").lower()], tense1 if tense1 else -1)
                d = tx.weekday_date(d1, wd, 1, strict=True)
            else:
                d = tx.weekday_date(self.ref, wd, tense if tense else -1)
        return self.cand(start, m.end(), "date", tx.ymd(d) + suffix, mod=mod)

    def relday(self, m: re.Match[str]) -> TCand | None:
        w = " ".join(m.group("w").lower().split())
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
                  "the day after tomorrow": 2}[w]
        pod = m.group("pod")
        if w == "today" and not pod and _GENERIC_TODAY_AFTER.match(self.text, m.end()):
            return None  # "in today's world", "today's youth": the present in general, not a date
        suffix = f"T{tx.PARTS_OF_DAY[pod.lower()]}" if pod else ("TNI" if w == "tonight" else "")
        pre = (m.group("pre") or "").lower()
        mod = {"early": "START", "late": "END"}.get(pre)
        if self.ref is None:
            return self.cand(m.start(), m.end(), "date", "XXXX-XX-XX" + suffix, mod=mod, conf=0.8)
        d = self.ref + dt.timedelta(days=offset)
        conf = 0.75 if w == "today" else 0.9
        return self.cand(m.start(), m.end(), "date", tx.ymd(d) + suffix, mod=mod, conf=conf)

    def unitrel(self, m: re.Match[str]) -> TCand | None:
        rel = " ".join(m.group("rel").lower().split())
        u = m.group("u").lower()
        fiscal = bool(m.group("fiscal"))
        ref = self.ref
        start, end = m.start(), m.end()
        # "the past year", "the last month", "the next week": a stretch of time, not a calendar unit
        if rel in ("the past", "the last", "the next", "past", "a full") and u != "weekend":
            return self.cand(start, end, "duration", tx.duration(1, u), conf=0.8)
        if rel in ("the full", "the entire", "the whole"):
            rel = "this"
        if rel == "the" and u == "year" and _ENDED_AFTER.match(self.text, end):
            return self.cand(start, end, "duration", "P1Y", conf=0.8)
        if rel == "the" and u in ("decade", "century") and ref is not None and R_PREFIX.search(
                self.text, max(0, start - 22), start) and not self.text[max(0, start - 22):start].rstrip().endswith(
                ("early", "late", "mid", "earlier", "later", "early in", "late in")):
            # "by the end of the decade", "the turn of the century": the current one
            value = str(ref.year // 10) if u == "decade" else f"{ref.year // 100:02d}"
            return self.with_prefix(self.cand(start, end, "date", value, conf=0.75))
        if rel == "the" and u in ("decade", "century") or rel == "that" and u not in ("year", "month", "quarter"):
            return None
        if rel == "the" and (_SET_AFTER.match(self.text, end) or _OF_DATE_AFTER.match(self.text, end)):
            return None  # "$5 a share the year", "the week of March 6" (not this week)
        shift = {"this": 0, "current": 0, "the current": 0, "the": 0, "this past": -1, "last": -1,
                 "the previous": -1, "previous": -1, "the prior": -1, "next": 1, "this coming": 1,
                 "the following": 1, "the coming": 1, "coming": 1, "the latest": -1, "latest": -1, "that": 0}[rel]
        anaphoric = rel in ("the previous", "previous", "the prior", "the following", "that")
        conf = 0.7 if rel in ("the", "that") else 0.9
        if ref is None:
            unknown = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                       "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}[u]
            return self.with_prefix(self.cand(start, end, "date", unknown, conf=conf * 0.8))
        if u == "year":
            if anaphoric:
                def val(st: State, shift: int = shift, pos: int = start) -> str | None:
                    base = st.year if st.year is not None and pos - st.year_pos < 400 else None
                    if base is None:
                        return None if rel == "that" else str(ref.year + shift)
                    return str(base + shift)
                return self.with_prefix(self.cand(start, end, "date", val, conf=0.8))
            y = ref.year + shift
            return self.with_prefix(self.cand(start, end, "date", str(y), year=y, conf=conf))
        if u == "month" and anaphoric:
            def val_month(st: State, shift: int = shift, pos: int = start) -> str | None:
                if st.month is not None and pos - st.month_pos < 600:
                    y, mo = tx.add_months(st.month[0], st.month[1], shift)
                    return tx.ym(y, mo)
                if rel == "that":
                    return None
                y, mo = tx.add_months(ref.year, ref.month, shift)
                return tx.ym(y, mo)
            return self.with_prefix(self.cand(start, end, "date", val_month, conf=0.8, month=(0, 0)))
        if u == "month":
            y, mo = tx.add_months(ref.year, ref.month, shift)
            return self.with_prefix(self.cand(start, end, "date", tx.ym(y, mo), conf=conf))
        if u == "week":
            return self.with_prefix(
                self.cand(start, end, "date", tx.week(ref + dt.timedelta(days=7 * shift)), conf=conf))
        if u == "weekend":
            if rel in ("the past", "past", "this past", "last", "the previous", "previous"):
                direction = -1
            elif shift > 0 or ref.weekday() == 4:  # on a Friday "the weekend" is the one just ahead
                direction = 1
            else:
                direction = self.tense(m) or -1
            sat = tx.weekday_date(ref, 5, direction)
            if direction < 0 and ref.weekday() == 6:
                sat = ref - dt.timedelta(days=1)
            return self.cand(start, end, "date", tx.week(sat) + "-WE", conf=conf)
        if u == "quarter":
            q = tx.quarter_of(ref)
            if rel in ("the", "the latest", "latest", "that"):
                def val(st: State, pos: int = start) -> str | None:
                    if st.quarter is not None and pos - st.quarter_pos < 1500:
                        return f"{st.quarter[0]}-Q{st.quarter[1]}"
                    if rel == "that":
                        return None
                    y, qq = (ref.year, q - 1) if q > 1 else (ref.year - 1, 4)
                    return f"{y}-Q{qq}"
                return self.cand(start, end, "date", val, conf=0.75)
            index = ref.year * 4 + (q - 1) + shift
            return self.cand(start, end, "date", f"{index // 4}-Q{index % 4 + 1}", conf=conf,
                             quarter=(index // 4, index % 4 + 1))
        if u == "decade":
            return self.cand(start, end, "date", str(ref.year // 10 + shift), conf=conf)
        if u == "century":
            return self.cand(start, end, "date", f"{ref.year // 100 + shift:02d}", conf=conf)
        del fiscal
        return None

    def yearago(self, m: re.Match[str]) -> TCand | None:
        ref = self.ref
        if ref is None:
            return self.cand(m.start(), m.end(), "date", "XXXX", conf=0.6)

        def val(st: State, pos: int = m.start()) -> str | None:
            if st.quarter is not None and pos - st.quarter_pos < 600:
                return f"{st.quarter[0] - 1}-Q{st.quarter[1]}"
            return str(ref.year - 1)
        return self.cand(m.start(), m.end(), "date", val, conf=0.75, backward=True)

    def quarter(self, m: re.Match[str]) -> TCand | None:
        ref = self.ref
        if m.group("q"):
            code = m.group("q").upper()
            n = int(code[1])
            year = int(m.group("qy")) if m.group("qy") else (ref.year if ref else None)
            kind = "Q" if code[0] == "Q" else "H"
            ys = f"{year:04d}" if year else "XXXX"
            return self.cand(m.start(), m.end(), "date", f"{ys}-{kind}{n}",
                             quarter=(year, n) if year and kind == "Q" else None)
        ordw = m.group("ord").lower()
        u = m.group("u").lower()
        year: int | None = None
        for key in ("yp", "yp2", "y"):
            if m.group(key) and m.group(key)[:1].isdigit():
                year = int(m.group(key))
        ry = (m.group("ry") or "").lower() or (m.group("yp") or "").lower().split(" ")[0]
        if ry and ry[0].isalpha() and ref is not None:
            year = ref.year + {"this": 0, "last": -1, "next": 1, "the": 0}.get(ry, 0)
        n_map = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
        kind = "Q" if u == "quarter" else "H"
        if ordw in ("last", "final") and (m.group("y") or m.group("ry")):
            ordw = "fourth" if kind == "Q" else "second"
        if ordw in n_map:
            n = n_map[ordw]
            if kind == "H" and n > 2:
                return None
            if year is None and ref is not None:
                cur = tx.quarter_of(ref) if kind == "Q" else (1 if ref.month <= 6 else 2)
                tense = -1 if _ENDED_CLAUSE.match(self.text, m.end()) else self.tense(m)
                year = ref.year
                if n > cur and tense <= 0:
                    year -= 1
            if m.group("ya") and year is not None:
                year -= 1
        elif ref is not None and kind == "Q":
            q = tx.quarter_of(ref)
            if ordw in ("current",):
                shift = 0
            elif ordw in ("year-ago", "year-earlier"):
                def val(st: State, pos: int = m.start()) -> str | None:
                    if st.quarter is not None and pos - st.quarter_pos < 1500:
                        return f"{st.quarter[0] - 1}-Q{st.quarter[1]}"
                    y, qq = (ref.year, q - 1) if q > 1 else (ref.year - 1, 4)
                    return f"{y - 1}-Q{qq}"
                return self.cand(m.start(), m.end(), "date", val, conf=0.8, backward=True)
            elif ordw in ("latest", "comparable"):
                def val2(st: State, pos: int = m.start()) -> str | None:
                    if st.quarter is not None and pos - st.quarter_pos < 1500:
                        return f"{st.quarter[0]}-Q{st.quarter[1]}"
                    y, qq = (ref.year, q - 1) if q > 1 else (ref.year - 1, 4)
                    return f"{y}-Q{qq}"
                return self.cand(m.start(), m.end(), "date", val2, conf=0.8)
            else:
                shift = -1
            index = ref.year * 4 + q - 1 + shift
            year, n = index // 4, index % 4 + 1
        else:
            return None
        ys = f"{year:04d}" if year else "XXXX"
        written = any((m.group(k) or "")[:1].isdigit() for k in ("yp", "yp2", "y"))
        return self.cand(m.start(), m.end(), "date", f"{ys}-{kind}{n}",
                         quarter=(year, n) if year and kind == "Q" else None, year=year if written else None)

    def year(self, m: re.Match[str]) -> TCand | None:
        y = int(m.group("y"))
        pre = (m.group("pre") or "").lower()
        ys = m.start("y")
        before = self.text[max(0, ys - 25):ys]
        context = bool(pre) or bool(_YEAR_CONTEXT_BEFORE.search(before))
        if y < 1900 and not context:
            return None
        if y > 2100 or _CLOCK_AFTER.match(self.text, m.end()):
            return None
        if ys > 0 and self.text[ys - 1] == "-" and not pre and not (ys > 1 and self.text[ys - 2].isdigit()):
            return None
        plural_after = not pre and _PLURAL_AFTER.match(self.text, m.end())
        if plural_after and not _YEAR_DET_BEFORE.search(before):
            return None
        if not pre and _YEAR_NOT_BEFORE.search(before) and (
                not _TO_THAN_BEFORE.search(before) or plural_after):
            return None
        prev_word = re.search(r"([A-Z][\w]*)\s+$", before)
        if prev_word and not pre and prev_word.group(1) not in _CAP_OK and not _sentence_start(self.text,
                                                                                               prev_word.start(1)):
            return None
        start = m.start() if pre and pre != "mid-" else ys
        if pre == "mid-":
            start = m.start()
        mod = "MID" if pre == "mid-" else None
        conf = 0.9 if context else 0.75
        return self.with_prefix(self.cand(start, m.end(), "date", str(y), mod=mod, year=y, conf=conf))

    def decade(self, m: re.Match[str]) -> TCand | None:
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((m.group("mod") or "").lower())
        if m.group("c"):
            value = m.group("c") + m.group("d")
        elif m.group("d2"):
            value = "19" + m.group("d2")
        else:
            word = m.group("w").lower()
            digit = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                     "eighties": 8, "nineties": 9}[word]
            value = f"19{digit}"
        return self.cand(m.start(), m.end(), "date", value, mod=mod)

    def century(self, m: re.Match[str]) -> TCand | None:
        n = int(m.group("n")) if m.group("n") else ORDINALS[m.group("w").lower()]
        if not 1 <= n <= 22:
            return None
        mod = {"early": "START", "mid": "MID", "late": "END"}.get((m.group("mod") or "").lower())
        return self.cand(m.start(), m.end(), "date", f"{n - 1:02d}", mod=mod)

    def season(self, m: re.Match[str]) -> TCand | None:
        rel = " ".join((m.group("rel") or "").lower().split())
        s = m.group("s").lower()
        code = tx.SEASONS[s]
        y = m.group("y")
        ry = (m.group("ry") or "").lower()
        ref = self.ref
        if m.group("s")[0].isupper() and _NAME_AFTER.match(self.text, m.end()) and not (
                y or ry or _sentence_start(self.text, m.start("s"))):
            return None  # "the Summer Games", "the Winter Olympics": a name, not the season
        if not rel and not y and not ry:
            before = self.text[max(0, m.start() - 10):m.start()]
            if s == "fall" or not re.search(r"\b(?:in|during|by|until|since|over|through)\s+$", before, re.I):
                return None
        if rel == "the" and not y and not ry and s == "fall":
            return None
        mod = {"early": "START", "mid": "MID", "late": "END"}.get(rel)
        if y:
            return self.cand(m.start(), m.end(), "date", f"{y}-{code}", mod=mod, year=int(y))
        if ref is None:
            return self.cand(m.start(), m.end(), "date", f"XXXX-{code}", mod=mod, conf=0.7)
        if ry:
            year = ref.year + {"this": 0, "last": -1, "next": 1}[ry]
        elif rel in ("last", "past", "this past"):
            year = tx.nearest_season(ref, code, -1)
        elif rel in ("next", "coming", "this coming"):
            year = tx.nearest_season(ref, code, 1)
        elif rel == "this":
            year = ref.year
        else:
            tense = self.tense(m)
            cur_year, cur = tx.season_of(ref)
            year = cur_year if cur == code else tx.nearest_season(ref, code, tense if tense else -1)
        return self.cand(m.start(), m.end(), "date", f"{year}-{code}", mod=mod)

    def ago(self, m: re.Match[str]) -> TCand | None:
        n = _num(m.group("n"))
        u = m.group("u").lower().rstrip("s")
        if u == "centurie":
            u = "century"
        direction = " ".join(m.group("dir").lower().split())
        mod = mod_code(m.group("mod"))
        approx = mod in APPROX_MODS or n is None
        if direction in ("later", "after", "before"):
            end = m.start("dir")
            while end > m.start() and self.text[end - 1].isspace():
                end -= 1
            return self.cand(m.start(), end, "duration", tx.duration(n, u), mod=mod, approx=approx, conf=0.8)
        sign = 1 if direction in ("from now", "hence") else -1
        ref = self.ref
        conf = 0.85
        if ref is None or n is None:
            gran = {"year": "XXXX", "decade": "XXX", "century": "XX", "month": "XXXX-XX"}.get(u, "XXXX-XX-XX")
            if ref is not None and n is None and u in ("year", "decade"):
                gran = str(ref.year)[:3] + "X" if u == "year" else str(ref.year)[:2] + "X"
            return self.cand(m.start(), m.end(), "date", gran, mod=mod, approx=True, conf=0.6)
        if abs(n - round(n)) > 1e-9:
            return self.cand(m.start(), m.end(), "date", "XXXX", mod=mod, approx=approx, conf=0.5)
        k = int(round(n)) * sign
        if u in ("year", "yr"):
            if direction == "earlier":
                def val(st: State, pos: int = m.start(), k: int = k) -> str | None:
                    if _month_in_view(st, pos) and st.month_pos > st.quarter_pos:
                        return tx.ym(st.month[0] + k, st.month[1])  # "in January, up from a year earlier"
                    if st.quarter is not None and pos - st.quarter_pos < _QUARTER_REACH and abs(k) == 1:
                        return f"{st.quarter[0] + k}-Q{st.quarter[1]}"
                    return str(ref.year + k)
                return self.cand(m.start(), m.end(), "date", val, mod=mod, approx=approx, conf=conf,
                                 backward=True)
            if abs(k) == 1:
                def val2(st: State, pos: int = m.start(), k: int = k) -> str | None:
                    if st.quarter is not None and pos - st.quarter_pos < _QUARTER_REACH:
                        return f"{st.quarter[0] + k}-Q{st.quarter[1]}"
                    return str(ref.year + k)
                return self.cand(m.start(), m.end(), "date", val2, mod=mod, approx=approx, conf=conf,
                                 backward=True)
            return self.cand(m.start(), m.end(), "date", str(ref.year + k), mod=mod, approx=approx, conf=conf)
        if u == "decade":
            return self.cand(m.start(), m.end(), "date", str(ref.year + 10 * k), mod=mod, approx=approx)
        if u == "century":
            return self.cand(m.start(), m.end(), "date", f"{(ref.year + 100 * k) // 100:02d}", mod=mod)
        if u == "month":
            if direction == "earlier":
                def val_month(st: State, pos: int = m.start(), k: int = k) -> str | None:
                    base = st.month if _month_in_view(st, pos) else (ref.year, ref.month)
                    return tx.ym(*tx.add_months(base[0], base[1], k))  # "in October, from a month earlier"
                return self.cand(m.start(), m.end(), "date", val_month, mod=mod, approx=approx, conf=conf,
                                 backward=True)
            y, mo = tx.add_months(ref.year, ref.month, k)
            return self.cand(m.start(), m.end(), "date", tx.ym(y, mo), mod=mod, approx=approx, conf=conf)
        if u == "quarter":
            y, mo = tx.add_months(ref.year, ref.month, 3 * k)
            return self.cand(m.start(), m.end(), "date", f"{y}-Q{(mo - 1) // 3 + 1}", mod=mod)
        if u in ("week", "fortnight"):
            days = 7 * k * (2 if u == "fortnight" else 1)
            d = ref + dt.timedelta(days=days)
            value = tx.ymd(d) if abs(k) <= 3 else tx.week(d)
            return self.cand(m.start(), m.end(), "date", value, mod=mod, approx=approx, conf=conf)
        if u in ("day", "night"):
            return self.cand(m.start(), m.end(), "date", tx.ymd(ref + dt.timedelta(days=k)), mod=mod,
                             approx=approx, conf=conf)
        if u in ("hour", "hr", "minute", "second"):
            return None
        return None

    def duration(self, m: re.Match[str]) -> TCand | None:
        nstr = m.group("n")
        low = " ".join(nstr.lower().split())
        u = m.group("u").lower()
        det = m.group("det")
        mod = mod_code(m.group("mod"))
        if low in ("a", "an") and not det and not m.group("mod") and self._rate_before(m.start()):
            return None
        if low == "one" and u in ("day",) and not det and not m.group("mod"):
            return None
        if low in ("some",):
            return None
        if u in ("quarter", "quarters") and low in ("a", "an", "one") and not det:
            return None
        if u in ("second", "seconds") and low in ("a", "an") and not det:
            return None
        if m.group("n2") is not None:
            n2 = _num(m.group("n2"))
            if n2 is None or _num(nstr) is None or n2 <= (_num(nstr) or 0):
                return None
        n = _num(nstr)
        if n is None and not re.match(r"(?:a\s+few|a\s+couple|several|many|a\s+handful|dozens|hundreds)", low):
            return None
        if n is not None and n >= 1000 and re.fullmatch(r"\d{4}", nstr) and not u.endswith("s"):
            return None  # "the 1988 quarter": a year used as an adjective
        if m.group("half") or m.group("half2"):
            n = (n or 0) + 0.5 if n is not None else None
        if n is not None and n > 10000:
            return None
        start = m.start()
        mword = " ".join((m.group("mod") or "").lower().split())
        if mword == "over" and low not in ("a", "an"):
            mword, mod, start = "", None, m.start("det") if det else m.start("n")
        if mword.startswith(("the last", "the past", "the next")):
            mod = None
        elif mword and (det or mword in _SPAN_EXCLUDED_MODS):
            start = m.start("det") if det else m.start("n")
            if det:
                mod = None
        approx = mod in APPROX_MODS or n is None
        conf = 0.9 if n is not None else 0.7
        if low in ("a", "an") and not det and self._rate_before(start):
            return None
        if _OLD_AFTER.match(self.text, m.end()):
            return None  # "52 years old": an age, not a time expression
        return self.cand(start, m.end(), "duration", tx.duration(n, u), mod=mod, approx=approx, conf=conf)

    def _rate_before(self, start: int) -> bool:
        """True when "a year" follows an amount ("300,000 homes a year", "$5 a day"): a rate, not a duration."""
        if _RATE_BEFORE.search(self.text, max(0, start - 30), start):
            return True
        words = self.text[max(0, start - 45):start].split()[-4:]
        if not words or words[-1].lower().strip(",") in _RATE_PREPS:
            return False
        for w in reversed(words):
            low = w.lower().strip(",")
            if any(ch.isdigit() for ch in w) or low in _NUMERICISH_STRICT:
                return True
            if low in _RATE_STOP or w.endswith((",", ".", ";", ":")):
                return False
        return False

    def duradj(self, m: re.Match[str]) -> TCand | None:
        if m.group("u2"):  # "a day-long meeting" (one day), "a decades-long feud" (some decades)
            u2 = m.group("u2").lower()
            n1 = None if u2.endswith("s") else 1
            return self.cand(m.start(), m.end(), "duration", tx.duration(n1, u2), approx=n1 is None, conf=0.8)
        nstr = m.group("n").lower()
        if nstr in ("several", "multi"):
            n = None
        elif nstr == "half":
            n = 0.5
        else:
            n = parse_number(nstr)
            if n is None:
                return None
        u = m.group("u").lower()
        if m.group("old"):
            return None  # an age ("a 6-year-old boy") is not a time expression
        return self.cand(m.start(), m.end(), "duration", tx.duration(n, u), approx=n is None, conf=0.85)

    def vague(self, m: re.Match[str]) -> TCand | None:
        det = m.group("det") or ""
        pre = m.group("pre")
        if not det.strip() and not pre:
            # "it could take days", "talks lasted hours": a vague stretch. ("Weeks before the vote" is left
            # alone: it names a time anchored on the event, whose value cannot be told.)
            words_before = self.text[max(0, m.start() - 12):m.start()].lower().split()
            if not (words_before and words_before[-1] in _TAKE_VERBS):
                return None
            if words_before and (words_before[-1] in _NUMERICISH or words_before[-1][-1:].isdigit()):
                return None
        u = m.group("u").lower()
        words = det.lower().split()
        if not pre and words in (["the"],):
            return None
        if pre and not det.strip() and pre.strip().lower() not in ("for", "over", "within", "throughout"):
            return None
        if words and words[-1] == "the":
            return None
        start = m.start("det") if det.strip() else m.start("u")
        if "early" in words and u in ("hours", "minutes"):
            return None  # "in the early hours of Thursday": a time of day, not a duration
        if ("first" in words or "early" in words or "initial" in words) and u not in (
                "years", "days", "hours", "weeks", "months"):
            return None
        value = tx.duration(None, u)
        return self.cand(start, m.end(), "duration", value, approx=True, conf=0.65)

    def time(self, m: re.Match[str]) -> TCand | None:
        if m.group("w"):
            w = m.group("w").lower()
            hh, mm = (12, 0) if w in ("noon", "midday") else (24, 0)
            return self.cand(m.start(), m.end(), "time", f"T{hh:02d}:{mm:02d}", conf=0.5)
        if m.group("h") is not None:
            hh = int(m.group("h"))
            mm = int(m.group("mi") or 0)
            ap = m.group("ap").lower()
            if not 1 <= hh <= 12:
                return None
            if ap.startswith("p") and hh != 12:
                hh += 12
            elif ap.startswith("a") and hh == 12:
                hh = 0
        else:
            hh = int(m.group("h2"))
            mm = int(m.group("mi2"))
            if hh > 24:
                return None
            if not m.group("tz2"):
                before = self.text[max(0, m.start() - 12):m.start()]
                if not re.search(r"\b(?:at|by|from|until|to|before|after|around)\s+$", before, re.I):
                    return None
        return self.cand(m.start(), m.end(), "time", f"T{hh:02d}:{mm:02d}", conf=0.85)

    def holiday(self, m: re.Match[str]) -> TCand | None:
        name = " ".join(m.group("h").split())
        if not m.group("rel") and _HOLIDAY_NOUN_AFTER.match(self.text, m.end()):
            return None  # "a Christmas market", "Easter eggs": the holiday names a kind of thing, not a date
        rel = (m.group("rel") or "").lower()
        ref = self.ref
        if ref is None:
            d = tx.holiday(name, 2000)
            return self.cand(m.start(), m.end(), "date", f"XXXX-{d.month:02d}-{d.day:02d}" if d else "XXXX",
                             conf=0.6)
        direction = -1 if rel == "last" else 1 if rel == "next" else (self.tense(m) or -1)
        options = [(y, tx.holiday(name, y)) for y in (ref.year - 1, ref.year, ref.year + 1)]
        dates = [d for _, d in options if d is not None]
        if not dates:
            return None
        close = [d for d in dates if abs((d - ref).days) <= 21]
        if rel == "this":
            d = tx.holiday(name, ref.year)
        elif close and not rel:  # a holiday three weeks away or less is that one, whatever the tense
            d = close[0]
        elif direction < 0:
            past = [d for d in dates if d <= ref]
            d = past[-1] if past else dates[0]
        else:
            fut = [d for d in dates if d >= ref]
            d = fut[0] if fut else dates[-1]
        if d is None:
            return None
        return self.cand(m.start(), m.end(), "date", tx.ymd(d), conf=0.8)

    def yearend(self, m: re.Match[str]) -> TCand | None:
        if self.ref is None:
            return self.cand(m.start(), m.end(), "date", "XXXX", mod="END", conf=0.6)
        year = self.ref.year
        if self.ref.month <= 3 and self.tense(m) < 0:
            year -= 1
        return self.with_prefix(self.cand(m.start(), m.end(), "date", str(year), mod="END", conf=0.75))

    def day_anaphora(self, m: re.Match[str]) -> TCand | None:
        """"that day", "the same day", "earlier that day", "the next morning": a day the article named before.

        Valued from the last full date mentioned within a few sentences ("that same day" after a month
        gives YYYY-MM-XX); without one the expression is generic ("trades made that day") and is not a claim.
        """
        u = m.group("u").lower()
        shift = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}.get(
            (m.group("rel") or "").lower(), 0)
        suffix = "" if u == "day" else f"T{tx.PARTS_OF_DAY[u]}"
        start = m.start()
        same = "same" in (m.group("that") or "").lower()

        def val(st: State, pos: int = start) -> str | None:
            day_ok = st.day is not None and pos - st.day_pos < _DAY_REACH
            month_ok = st.month is not None and pos - st.month_pos < _DAY_REACH
            if day_ok and not (same and month_ok and st.month_pos > st.day_pos):
                assert st.day is not None
                return tx.ymd(st.day + dt.timedelta(days=shift)) + suffix
            if month_ok and same:  # "last October ... that same day"
                assert st.month is not None
                return f"{tx.ym(*st.month)}-XX{suffix}"
            return None
        return self.cand(start, m.end(), "date", val, conf=0.7)

    def period(self, m: re.Match[str]) -> TCand | None:
        """Earnings-report periods: "the latest period", "the 1988 period", "the comparable period last year".

        They name the quarter the report is about (the last one mentioned); with no quarter in view, "the
        1988 period" is the year and the others are not claims.
        """
        w = (m.group("w") or "").lower()
        ago = m.group("ago") is not None
        year = int(m.group("y")) if m.group("y") else None
        if w == "same" and not ago:
            return None  # "in the same period" alone: which period is not said
        back = 1 if ago or w in ("comparable", "corresponding") else 0
        ref = self.ref

        def val(st: State, pos: int = m.start()) -> str | None:
            if st.quarter is not None and pos - st.quarter_pos < 1500:
                if st.months_pos > st.quarter_pos:  # "in the first nine months ... the 1988 period"
                    return str(year if year else st.quarter[0] - back)
                return f"{year if year else st.quarter[0] - back}-Q{st.quarter[1]}"
            if year:
                return str(year)
            if ref is None:
                return None
            if ago:
                return str(ref.year - 1)
            if w == "latest":  # the last quarter that has ended
                q = tx.quarter_of(ref)
                return f"{ref.year}-Q{q - 1}" if q > 1 else f"{ref.year - 1}-Q4"
            return None
        return self.cand(m.start(), m.end(), "date", val, conf=0.7, backward=True)

    def month_quarter(self, m: re.Match[str]) -> TCand | None:
        """"the June quarter", "the October-December quarter": the calendar quarter ending in that month."""
        m1 = tx.month_number(m.group("m1"))
        m2 = tx.month_number(m.group("m2")) if m.group("m2") else None
        if m2 is None and m1 % 3:
            return None  # only a quarter's last month names it ("the March quarter")
        if m2 is not None and ((m2 - m1) % 12 != 2 or m2 % 3):
            return None
        q = ((m2 or m1) - 1) // 3 + 1
        ys = m.group("y") or m.group("y2")
        if ys:
            year: int | None = int(ys)
        elif self.ref is None:
            year = None
        else:
            year = tx.month_year(self.ref, 3 * q - 2, self.tense(m) or -1)
        if year is None:
            return self.cand(m.start(), m.end(), "date", f"XXXX-Q{q}", conf=0.8)
        return self.cand(m.start(), m.end(), "date", f"{year}-Q{q}", quarter=(year, q), conf=0.85)

    def split_year(self, m: re.Match[str]) -> TCand | None:
        """"the 2024-25 financial year", "FY2023/24": valued as the year it ends in, as "FY25" is."""
        y1 = int(m.group("y1"))
        y2s = m.group("y2")
        y2 = y1 // 100 * 100 + int(y2s) if len(y2s) == 2 else int(y2s)
        if y2 != y1 + 1:
            return None
        if not (m.group("fy") or m.group("tail")):
            if len(y2s) == 4:
                return None  # "2019-2020" without a fiscal word: two years, each its own claim
            before = self.text[max(0, m.start() - 25):m.start()]
            if not _YEAR_CONTEXT_BEFORE.search(before):
                return None
        start = m.start("fy") if m.group("fy") else m.start("y1")
        return self.cand(start, m.end(), "date", str(y2), year=y2, conf=0.85)

    def fiscal_year(self, m: re.Match[str]) -> TCand | None:
        """"FY26", "FY'25": the fiscal year ending in 2026."""
        y = 2000 + int(m.group("y"))
        if self.ref is not None and y > self.ref.year + 30:
            y -= 100
        return self.cand(m.start(), m.end(), "date", str(y), year=y, conf=0.85)

    def ahead(self, m: re.Match[str]) -> TCand | None:
        return self.cand(m.start(), m.end(), "duration", tx.duration(None, m.group("u")), approx=True, conf=0.6)

    def spelled_year(self, m: re.Match[str]) -> TCand | None:
        if m.group("a"):
            century = 19 if m.group("a").lower() == "nineteen" else 18
            rest = m.group("b").lower().replace("oh", "").strip(" -")
            if rest == "hundred":
                y = century * 100
            else:
                r = parse_number(rest)
                if r is None or r >= 100:
                    return None
                y = century * 100 + int(r)
        else:
            c = m.group("c")
            y = 2000 + (int(UNITS.get(c.lower(), 0)) if c else 0)
        before = _SPELLED_YEAR_HEAD.search(self.text, max(0, m.start() - 22), m.start())
        if before and not m.group("pre"):  # "January nineteen ninety-seven", "the winter of nineteen ninety-four"
            if before.group("m"):
                value = tx.ym(y, tx.month_number(before.group("m")))
            else:
                value = f"{y}-{tx.SEASONS[before.group('s').lower()]}"
            return self.cand(before.start(), m.end(), "date", value, year=y, conf=0.8)
        return self.cand(m.start(), m.end(), "date", str(y), year=y, conf=0.8)


_CAP_OK = {
    "In", "Since", "By", "From", "Until", "Before", "After", "During", "Of", "The", "And", "Or", "To", "Between",
    "Through", "Around", "Circa", "Early", "Late", "Mid", "Year", "Fiscal", "Summer", "Spring", "Autumn", "Fall",
    "Winter", "Its", "His", "Her", "Their", "Our", "This", "That", "Than", "On", "At", "For", "As", "Last",
    "Till", "Then", "Also", "But", "Christmas", "Easter", "FY", "Calendar", "Class", "Census",
    "Over", "Under", "About", "Some", "Nearly", "Almost",
} | {m for m in ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December")}


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'\u201c\u2018(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;\u201d"


def find_temporal(ctx: Context) -> list[TCand]:
    """Every temporal candidate in the text (overlapping; the caller picks among them)."""
    return list(Temporal(ctx).run())


_MONTH_ANCHOR_REACH = 160
"""How far back "a year earlier" / "a month earlier" look for the month they are counted from."""


def _month_in_view(st: State, pos: int) -> bool:
    """A month-only date ("in October") stands shortly before ``pos``, in the same stretch of text."""
    return st.month is not None and st.bare_month_pos == st.month_pos and pos - st.month_pos < _MONTH_ANCHOR_REACH


def resolve_values(cands: list[Candidate]) -> None:
    """Value anaphoric expressions in text order, tracking the years and quarters mentioned so far."""
    st = State()
    for c in cands:
        if not isinstance(c, TCand):
            continue
        if c.valuer is not None:
            c.value = c.valuer(st)
            c.valuer = None
        if c.value is None:
            continue
        if c.anchor_year is not None:
            st.year, st.year_pos = c.anchor_year, c.start
        if c.anchor_quarter is not None:
            st.quarter, st.quarter_pos = c.anchor_quarter, c.start
        if isinstance(c.value, str) and (c.kind == "duration" and _MONTHS_RE.match(c.value)
                                         or c.kind == "date" and _HALF_RE.match(c.value)):
            st.months_pos = c.start
        if c.kind == "date" and isinstance(c.value, str):
            mm = _YM_RE.match(c.value)
            if mm and c.anchor_month is None:
                st.month, st.month_pos = (int(mm.group(1)), int(mm.group(2))), c.start
                if len(c.value) == 7 and not c.backward:
                    st.bare_month_pos = c.start
            mq = _YQ_RE.match(c.value)
            if mq and c.anchor_quarter is None and not c.backward:  # "the quarter", valued just now
                st.quarter, st.quarter_pos = (int(mq.group(1)), int(mq.group(2))), c.start
            md = _YMD_RE.match(c.value)
            if md:
                with contextlib.suppress(ValueError):
                    st.day, st.day_pos = dt.date(*map(int, md.groups())), c.start
