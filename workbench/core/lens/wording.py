"""How a dated phrase is reworded so that the sentence stays grammatical.

"on Thursday" -> "on 15 February 2018" (the span is "Thursday": never "on on"), "said Thursday" -> "said on
15 February 2018", "last month" -> "in January 2018", "since last month" -> "since January 2018", "in
December" -> "in December 2017", "earlier this month" -> "earlier in February 2018", "last week's vote" ->
"the 5–11 February 2018 vote", "the past three months" -> "the three months to February 2018".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from workbench.core.extract.vocab.calendar import HOLIDAYS, MONTHS, WEEKDAYS
from workbench.core.lens.context import LensContext
from workbench.core.lens.readings import MONTH_NAMES, Reading, day_text, read_value
from workbench.core.lens.vocab import (
    DATE_PREFIXES,
    NOUN_PHRASE_ENDS,
    PART_PREPOSITIONS,
    PERIOD_NOUNS,
    PREPOSITIONS,
    SINGLE_DAY_HOLIDAY_ENDS,
    SUBJECT_VERBS,
    TAKES_PREPOSITION,
)


class Phrase(NamedTuple):
    """A new wording for text[start:end] (the span may have grown over a possessive "'s")."""

    start: int
    end: int
    words: str
    """The words without a preposition of their own ("January 2018", "earlier in February 2018")."""
    preposition: str
    """The preposition the sentence needs before ``words`` ("" when it has one, or needs none)."""
    self_contained: bool = False
    """``words`` already carry their preposition ("earlier in February 2018", "late on 15 February 2018")."""

    @property
    def rewrite(self) -> str:
        return f"{self.preposition} {self.words}" if self.preposition else self.words


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH_WORDS = _alternation([w for name, abbrevs in MONTHS.items() for w in (name, *abbrevs)])
_WEEKDAY_WORDS = _alternation([w for name, abbrevs in WEEKDAYS.items() for w in (name, *abbrevs)])
_BARE_MONTH = re.compile(rf"(?i)(?:{_MONTH_WORDS})\.?")
_DAY_MONTH = re.compile(
    rf"(?i)(?:(?P<weekday>{_WEEKDAY_WORDS})\.?(?P<comma>,)?\s+)?(?:(?:{_MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORDS})\.?)")
_HOLIDAY = re.compile(rf"(?i)(?:{_alternation(list(HOLIDAYS))})")
_SEASON = re.compile(r"(?i)(?P<the>the\s+)?(?:spring|summer|autumn|fall|winter)")
_QUARTER = re.compile(r"(?i)(?P<the>the\s+)?(?:fiscal\s+)?(?:first|second|third|fourth)(?P<hyphen>[- ])quarter"
                      rf"|(?i:q[1-4])|(?i:the\s+(?:{_MONTH_WORDS})(?:-(?:{_MONTH_WORDS}))?\s+quarter)")
_HALF = re.compile(r"(?i)the\s+(?:first|second)\s+half")
_INNER_DAY = re.compile(rf"(?i)\b(?:(?:{_WEEKDAY_WORDS})\b\.?|yesterday|today|tomorrow|tonight)")
_INNER_DAY_MONTH = re.compile(rf"(?i)(?:{_MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}\s+(?:{_MONTH_WORDS})\b")
_PREFIX_MODES = {p: mode for p, mode in DATE_PREFIXES}
_PREFIX = re.compile("(?i)(?:" + "|".join(re.escape(p) + ("" if p.endswith("-") else r"\s+") for p, _ in DATE_PREFIXES)
                     + ")")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_NOUN = re.compile(r" (?P<noun>[a-z0-9][a-z0-9-]*[a-z0-9])\b(?!['\u2019])")
_PLACE = re.compile(r" (?:in|at|on|from|near|outside|inside) (?:the |a |an )?")
_PLACE_WORD = re.compile(r"[A-Za-z][\w-]*")
_PLACE_NEXT_WORD = re.compile(r" [A-Za-z][\w-]*")
_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)\u201d\u2019\"]|$)")
_STARTS_WITH_PREPOSITION = re.compile(r"(?i)(?:" + _alternation(sorted(PREPOSITIONS)) + r")\s")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "your", "my",
                          "whose", "every", "each"})
_RELATIVE_SPAN = re.compile(r"(?i)^(?P<lead>(?:(?:over|in|during|for|within)\s+)?the\s+)?(?P<way>past|last|next|coming)"
                            r"\s+(?P<rest>.+)$")
_SHORT_UNITS = ("day", "week", "hour", "minute", "night")
_CLOCK = re.compile(r"(?i)\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|h|hrs)?|noon|midday|midnight")
_CLOCK_BEFORE = re.compile(r"(?i)\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)\s+$")


def date_phrase(ctx: LensContext, start: int, end: int, reading: Reading) -> Phrase | None:
    """The house-style wording of the date written at text[start:end] (a claim's span)."""
    key = ("date_phrase", start, end, reading)
    if key not in ctx.memo:
        ctx.memo[key] = _date_phrase(ctx, start, end, reading)
    return ctx.memo[key]  # type: ignore[return-value]


def _date_phrase(ctx: LensContext, start: int, end: int, reading: Reading) -> Phrase | None:
    text = ctx.text[start:end]
    possessive = _POSSESSIVE.match(ctx.text, end)
    if possessive and reading.unit != "time":
        return _possessive(ctx, start, possessive.end(), reading)
    if reading.unit == "time":
        return _time_phrase(ctx, start, end, reading)
    if reading.unit == "part" and _CLOCK_BEFORE.search(ctx.text, max(0, start - 12), start):
        return Phrase(start, end, day_text(reading.first), "on")  # "10pm tonight" -> "10pm on 12 December 2019"
    prefix, mode, core_at = "", "", 0
    if m := _PREFIX.match(text):
        prefix, core_at = text[:m.end()].rstrip(), m.end()
        mode = _PREFIX_MODES[" ".join(prefix.lower().split()) if not prefix.endswith("-") else prefix.lower()]
    core = text[core_at:]
    appended = _appended(core, reading, _before_noun(ctx, end))
    if appended is not None:
        return Phrase(start, end, text[:core_at] + appended, "")
    noun = _noun(core, reading)
    keeps_the = noun[:4].lower() == "the " or bool(mode)
    preposition = reading.preposition if _needs_preposition(ctx, start, end, keeps_the) else ""
    if not mode:
        return Phrase(start, end, noun, preposition)
    lowered = prefix.lower()
    if mode == "part" and reading.unit == "half" and lowered.endswith("half of"):
        return Phrase(start, end, noun, preposition)  # "the first half of next year": the value is the half
    if mode == "part":
        return Phrase(start, end, f"{prefix} {noun}", PART_PREPOSITIONS.get(lowered, "") if preposition else "")
    if mode == "within" or reading.unit in ("day", "part", "week", "weekend"):
        return Phrase(start, end, f"{prefix} {reading.preposition} {noun}", "", True)
    if mode == "mid":
        joined = f"{prefix.rstrip('-')}-{noun}" if reading.unit in ("month", "year", "season") else f"the middle of {noun}"
        return Phrase(start, end, joined, preposition)
    return Phrase(start, end, f"{prefix} {noun}", preposition)  # early/late: "early 2019", "late January 2018"


def _before_noun(ctx: LensContext, end: int) -> bool:
    """Whether the date is used as an adjective ("the summer holidays", "the third quarter results")."""
    return ctx.text[end:end + 1] == " " and ctx.word_after(end) in PERIOD_NOUNS


def _possessive(ctx: LensContext, start: int, end: int, reading: Reading) -> Phrase:
    """"last week's vote was close" -> "the vote in the week of 5 February 2018 was close" (a noun of up to
    three words: "last week's 2-0 win at" -> "the 2-0 win in the week of ..."); when the noun's end cannot be
    told, the date goes before it ("the 5–11 February 2018"); a year always does: "this year's budget" ->
    "the 2018 budget"."""
    if reading.unit not in ("year", "decade", "century"):
        pos, words = end, []
        while len(words) < 3 and (m := _NOUN.match(ctx.text, pos)) and m["noun"] not in NOUN_PHRASE_ENDS:
            words.append(m["noun"])
            pos = m.end()
            if _PHRASE_END.match(ctx.text, pos) or ctx.word_after(pos) in NOUN_PHRASE_ENDS:
                pos = _place_after(ctx, pos)
                noun = ctx.text[end:pos].strip()
                return Phrase(start, pos, f"the {noun} {reading.preposition} {reading.noun}", "")
    return Phrase(start, end, f"the {reading.attributive}", "")



def _place_after(ctx: LensContext, pos: int) -> int:
    """The end of a place after the noun, so that the date follows it ("the explosion at the chemical plant on
    7 July 2005 was caused", "the vote in the Senate in the week of 5 February 2018 was"); ``pos`` when the
    noun has none that ends its phrase."""
    m = _PLACE.match(ctx.text, pos)
    if m is None:
        return pos
    at = m.end()
    for i in range(3):
        word = (_PLACE_NEXT_WORD if i else _PLACE_WORD).match(ctx.text, at)
        if word is None:
            return pos
        at = word.end()
        if _PHRASE_END.match(ctx.text, at) or ctx.word_after(at) in SUBJECT_VERBS:
            return at
    return pos


def _appended(core: str, reading: Reading, before_noun: bool = False) -> str | None:
    """A date written without its year keeps its words and gains the year ("December" -> "December 2017");
    a day-month is written in house style ("March 12" -> "12 March 2018"). None for relative wording.
    Before a noun the year goes in front of it ("the summer holidays" -> "the summer 2025 holidays")."""
    year = reading.first.year
    if reading.unit == "month" and _BARE_MONTH.fullmatch(core):
        return f"{MONTH_NAMES[reading.first.month - 1]} {year}"
    if reading.unit == "day" and (m := _DAY_MONTH.fullmatch(core)):
        if m["weekday"]:
            return f"{m['weekday']}{',' if m['comma'] else ''} {day_text(reading.first)}"
        return day_text(reading.first)
    if reading.unit == "day" and _HOLIDAY.fullmatch(core):
        if core.endswith(SINGLE_DAY_HOLIDAY_ENDS):  # "on Christmas Eve" -> "on 24 December 2020"
            return day_text(reading.first)
        return f"{core} {year}"
    if reading.unit == "season" and (m := _SEASON.fullmatch(core)):
        written = reading.noun.split()[-1] if reading.noun.startswith("winter") else str(year)
        return f"{core} of {written}" if m["the"] and not before_noun else f"{core} {written}"
    if reading.unit == "quarter" and (m := _QUARTER.fullmatch(core)):
        if m["hyphen"] == "-" and not m["the"] or core[:1] in "Qq":
            return f"{core} {year}"
        if before_noun:  # "the third quarter results" -> "the third-quarter 2017 results"
            return f"{re.sub(r' quarter$', '-quarter', core)} {year}"
        return f"{core} of {year}"
    if reading.unit == "half" and _HALF.fullmatch(core):
        return f"{re.sub(r' half$', '-half', core)} {year}" if before_noun else f"{core} of {year}"
    return None


def _noun(core: str, reading: Reading) -> str:
    lowered = core.lower()
    if reading.unit == "season" and "fall" in lowered:
        return reading.noun.replace("autumn", "fall")
    if reading.unit == "year" and "fiscal" in lowered:
        return f"fiscal {reading.noun}"
    return reading.noun


def _needs_preposition(ctx: LensContext, start: int, end: int, keeps_the: bool = True) -> bool:
    """Whether the new wording needs its own "in"/"on": not after a preposition ("since last month"), a
    determiner ("the Thursday meeting"), or as the subject of its clause ("Last year was ..."). Words opening
    with "the" are a noun phrase when the new wording keeps it ("The second quarter includes ..."); when it
    does not, they were an adverb ("last seen the day before yesterday" -> "last seen on 16 January 2017")."""
    if _STARTS_WITH_PREPOSITION.match(ctx.text, start) or ctx.text[start:start + 4].lower() == "the " and keeps_the:
        return False
    before = ctx.word_before(start)
    if before in _DETERMINERS or (before in PREPOSITIONS and before not in TAKES_PREPOSITION):
        return False
    if before in ("and", "or") and {"between", "from"} & set(ctx.clause_words_before(start, 6)):
        return False  # "between Monday and Thursday": the first date's preposition covers both
    return not (ctx.word_after(end) in SUBJECT_VERBS and (ctx.sentence_start(start) or not before))


def _time_phrase(ctx: LensContext, start: int, end: int, reading: Reading) -> Phrase | None:
    """A clock time joined to a day ("3 p.m. on Thursday", "midday yesterday"): the day's words are
    rewritten where they stand."""
    text = ctx.text[start:end]
    day = read_value(f"{reading.first.isoformat()}")
    if day is None:
        return None
    if m := _INNER_DAY.search(text):
        inner_start = start + m.start()
        needs = _needs_preposition(ctx, inner_start, start + m.end()) if m.start() == 0 else \
            ctx.word_before(inner_start) not in PREPOSITIONS
        new = f"on {day.noun}" if needs else day.noun
        words = text[:m.start()] + new + text[m.end():]
        return Phrase(start, end, words, "")
    if m := _INNER_DAY_MONTH.search(text):
        return Phrase(start, end, text[:m.start()] + day.noun + text[m.end():], "")
    if _CLOCK.fullmatch(text):  # "until 8 p.m." on a day the sentence named: "until 8 p.m. on 3 November 1998"
        return Phrase(start, end, f"{text} on {day.noun}", "")
    return None


def duration_phrase(ctx: LensContext, start: int, end: int) -> tuple[str, str] | None:
    """("back"|"ahead", new words) for a span counted from publication: "the past three months" -> "the
    three months to February 2018"; "the next two years" -> "the two years from February 2018"."""
    m = _RELATIVE_SPAN.match(ctx.text[start:end])
    if not m or ctx.word_after(end) == "of":  # "the last three years of his life": not counted from today
        return None
    rest = m["rest"]
    short = any(rest.lower().rstrip("s").endswith(u) for u in _SHORT_UNITS)
    when = ctx.day if short else ctx.month
    lead = m["lead"] or ""
    if lead and not lead.lower().endswith("the "):
        lead += "the "
    lead = lead or ("The " if m["way"][:1].isupper() else "the ")
    if m["way"].lower() in ("next", "coming", "following"):
        return "ahead", f"{lead}{rest} from {when}"
    return "back", f"{lead}{rest} to {when}"
