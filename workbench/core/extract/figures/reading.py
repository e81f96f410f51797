"""Reading one number at a trigger: its value, whether it is a figure at all (not a phone number, a code,
a name's number or a day of a date), its scale ("1.5 million", "3bn") and its range ("$2-3 billion")."""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.figures.common import (
    CUR_PREFIX,
    CUR_SUFFIX,
    PERCENT,
    QUANTITY,
    R_NUMBER,
    SCALE_AFTER,
    SKIP_CURRENCY,
    WORD,
    Reading,
    cur_start,
    currency_before,
    modifier,
    token_bounds,
)
from workbench.core.extract.numbers import SCALES, clean_value, parse_fraction, parse_number
from workbench.core.extract.patterns import alternation, lazy, lazy_i
from workbench.core.extract.vocab import calendar, currencies, nouns, scales

_PHONE = lazy(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){2,4}(?!\d)"
    r"|\+\d{6,}|\(\d{3}\)\s*\d{3}-\d{4}|\b\d{3}-\d{4}\b"
)
_PHONE_GROUPS = lazy(r"[\s.-]")
_PHONE_SHORT = lazy(r"\d{3}-\d{4}|\d{3}[.-]\d{3}[.-]\d{4}")


def _token_prefixes() -> str:
    signs = alternation([*currencies.symbols(), *currencies.prefixes()])
    return rf"(?:[A-Z]{{1,3}})?\$|{signs}|#|-(?=\d)"


def _range_signs() -> str:
    return r"(?:[A-Z]{1,3})?\$|" + alternation(currencies.one_char_symbols())


_ALLOWED_TOKEN = lazy(lambda: (
    rf"(?:{_token_prefixes()})?"
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    rf"(?:(?:(?:bn|mn|m|k|tn|%)?[-\u2013/](?:{_range_signs()})?(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?))"
    r"|(?:m|km|ft)?(?:-[a-zA-Z]+)+)?"
    r"(?:%(?:-[a-zA-Z]+)*|[a-zA-Z\u00b0]{1,7}(?:/[a-zA-Z]+)?|['\u2019]?s)?"
))
"""The tokens a figure may be written as; anything else with digits in it is a name or a code ("G20")."""
_ORDINAL_END = lazy(r"\d(?:st|nd|rd|th)$")
_LONG_DECIMALS = lazy(r"\.\d{5,}")
_FOUR_DECIMALS = lazy(r"\.\d{4}")
_NUMBERED_BIG = lazy(r"#\d+(?:\.\d+)?\s+(?:million|billion)")
_TWO_PARTS = lazy(r"[^\d]*([\d.,]+)[-\u2013]([\d.,]+)")
_DASHED_PAIR = lazy(r"\d+[-\u2013]\d+")
_TALLY_AT = lazy(r"\d+[-\u2013]\d+\b")
_SLASH_PARTS = lazy(r"(\d+)/(\d+)$")
_VOTE_WORD = lazy_i(
    r"\s*\b(?:vot(?:e|es|ed|ing)|majority|passed|approved|rejected|defeated|ballots?|tally|margin|ruled|ruling"
    r"|verdict|decision|beat|beats|beating|won|win|wins|winning|victory|defeat|lost|loss|losing|lead|led|leads"
    r"|draw|drew|drawn|level|score|scored|scoreline|thrashed|routed|edged|downed|trounced|hammered|crushed"
    r"|record)\b")
"""Words around "89-52" that make it a tally of two counts: a vote, a court ruling or a sports score."""
_NAME_TOKEN = lazy(r"[A-Z][\w&.-]*")
_ACRONYM = lazy(r"[A-Z]{2,5}")
_PLURAL_S_AFTER = lazy(r"['\u2019]?s(?!\w)")
_DAY_LIST_BEFORE = lazy_i(lambda: (
    rf"\b(?:{alternation(calendar.month_words())})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?)*"
    r"\s*,?\s*(?:and|or|&|to|through|thru|until|till|-|\u2013)\s*$"))
_DAY_LIST_AFTER = lazy_i(lambda: (
    r"(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*,?\s*(?:and|or|&|to|through|-|\u2013)\s*"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{alternation(calendar.month_words())})\b"))
_MONTH_AFTER = lazy(lambda: rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{alternation(calendar.month_forms(dots=False))})\b")
_STREET_AFTER = lazy(
    r"\s+(?:[A-Z][A-Za-z'-]+\.?\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Place"
    r"|Pl|Parkway|Pkwy|Terrace)\b")
_MONTH_WORDS = {w.lower() for w in calendar.month_forms()}
_YEAR_READ_OUT = lazy(r"(?:eighteen|nineteen)\s+(?:oh|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b")
_HYPHEN_NOT_COUNTED = lazy_i(
    r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth"
    r"|[a-z]+ieth|hundredth|thousandth|millionth|thirds?|quarters?|halves|half|fifths?|sixths?|sevenths?"
    r"|eighths?|ninths?|tenths?|for|to|and|or|in|of|on|by|and-a-half|plus|odd|some|ish|something|somethings"
    r"|(?:year|month|week|day)-olds)(?![a-z])"
)


# ------------------------------------------------------------------ is it a figure at all?


def _phone_like(s: str) -> bool:
    digits = sum(ch.isdigit() for ch in s)
    if s.startswith("+") or s.startswith("("):
        return digits >= 7
    if "," in s:
        return False
    groups = _PHONE_GROUPS.split(s)
    if len(groups) >= 3 and all(g.isdigit() for g in groups) and digits >= 9:
        return True
    return bool(_PHONE_SHORT.fullmatch(s))


def in_phone(ctx: Context, pos: int) -> bool:
    """True inside a phone number ("555-123-4567", "+44 20 7946 0958")."""
    for m in _PHONE.finditer(ctx.text, max(0, pos - 24), min(len(ctx.text), pos + 28)):
        if m.start() <= pos < m.end() and _phone_like(m.group(0)):
            return True
    return False


def vote_tally(ctx: Context, s: int, e: int) -> bool:
    """True for "voted 89-52", "a 6-3 vote", "passed the Senate 68-31", "a 221-212 majority"."""
    return bool(_VOTE_WORD.search(ctx.text, max(0, s - 25), s) or _VOTE_WORD.match(ctx.text, e))


def _exchange_rate(ctx: Context, m: re.Match[str]) -> bool:
    """Four decimals are kept in an exchange rate with its currency: "$1.5765", "1.8400 marks"."""
    if currency_before(ctx, m.start()):
        return True
    cur = CUR_SUFFIX.match(ctx.text, m.end())
    return bool(cur and (cur.group("cw") or cur.group("code")))


def _descending_pair(ctx: Context, token: str, s: int, e: int) -> bool:
    """"1.21-1070", "12-3" written as a code: a pair whose second half is not above the first (a year
    range "1998-99" and a tally "beat Villa 3-1" excepted)."""
    parts = _TWO_PARTS.fullmatch(token)
    if not parts:
        return False
    try:
        a, b = float(parts.group(1).replace(",", "")), float(parts.group(2).replace(",", ""))
    except ValueError:
        return True
    return b <= a and not (a >= 1900 and b < 100) and not vote_tally(ctx, s, e)


def bad_token(ctx: Context, m: re.Match[str]) -> bool:
    """True for identifiers, codes, ordinals and numbers glued into names ("G20", "1.21-1070")."""
    text, digits = ctx.text, m.group("d")
    first = digits.split()[0]  # "4 5/8": the whole number is the token; the fraction follows
    s, e = token_bounds(text, m.start(), m.start() + len(first))
    token = text[s:e]
    if not _ALLOWED_TOKEN.fullmatch(token) or _ORDINAL_END.search(token.lower()):
        return True
    if "." in digits and (_LONG_DECIMALS.search(digits) or _FOUR_DECIMALS.search(digits)
                          and not _exchange_rate(ctx, m)):
        return True  # four decimals: a code, unless an exchange rate
    if "," not in first and len(first.split(".")[0]) >= 7:
        return True
    if s < m.start() and text[s] == "#" and not _NUMBERED_BIG.search(text[s:e + 9]):
        return True
    return _descending_pair(ctx, token, s, e)


def name_before(ctx: Context, start: int) -> bool:
    """True after "page", "Flight", a month name, or a capitalised name word ("Boeing 737")."""
    text = ctx.text
    before = text[max(0, start - 30):start]
    parts = before.rsplit(None, 1)
    if not parts or not before[-1:].isspace() and before[-1:] not in ("#",):
        return False
    word = parts[-1]
    low = word.lower()
    if low in nouns.REFERENCE_WORDS or low.rstrip(".") in nouns.REFERENCE_WORDS or low in _MONTH_WORDS:
        return True
    if not word[:1].isupper() or word in nouns.CAPITALISED_FUNCTION_WORDS \
            or currencies.is_code(word.upper()) or CUR_PREFIX.fullmatch(word):
        return False
    if not _NAME_TOKEN.fullmatch(word):
        return False
    j = start - len(before) + before.rfind(word) - 1
    while j >= 0 and text[j] in " \t\"'\u201c\u2018(":
        j -= 1
    return not (j < 0 or text[j] in ".!?\n:;\u201d\u2014\u2013")


def _not_a_figure(ctx: Context, start: int, end: int, value: float) -> bool:
    """Digits that belong to something else: a day in "April 24 and 25", an address, "in his 30s"."""
    from workbench.core.extract.figures.count import counted_noun, is_plural

    text = ctx.text
    if text[end:end + 1] in ("s", "'", "\u2019") and _PLURAL_S_AFTER.match(text[end:end + 3]):
        return True  # "in his 30s", "747s": decades and plurals of names
    if value == int(value) and 1 <= value <= 31:
        if _DAY_LIST_BEFORE.search(text, max(0, start - 40), start) and counted_noun(ctx, end, False) is None:
            return True  # "on April 24 and 25" (but "on April 24 and 25 people were hurt")
        if _DAY_LIST_AFTER.match(text, end) or _MONTH_AFTER.match(text, end):
            return True
    sm = _STREET_AFTER.match(text, end)
    if sm is None:
        return False
    nm = WORD.match(text, sm.end())  # "3 Fleet Street editors" counts editors
    return not (nm and nm.group("w").islower() and nm.group("w") not in nouns.STOP_WORDS and is_plural(nm.group("w")))


# ------------------------------------------------------------------ reading the number, by how it is written


def _read_digits(ctx: Context, m: re.Match[str]) -> Reading | None:
    text, start, end, written = ctx.text, m.start(), m.end(), m.group("d")
    if in_phone(ctx, start) or bad_token(ctx, m):
        return None
    if start > 1 and text[start - 1] in "-\u2013" and text[start - 2].isdigit():
        ts, te = token_bounds(text, start, end)
        if not (_DASHED_PAIR.fullmatch(text[ts:te]) and vote_tally(ctx, ts, te)):
            return None  # the second half of a range whose first half belongs to something else
    if "/" in written:
        frac = _SLASH_PARTS.search(written)
        if frac is None or int(frac.group(1)) >= int(frac.group(2)):
            return None  # "9/11", "24/7": not a fraction
    value = parse_number(written)
    if value is not None and _not_a_figure(ctx, start, end, value):
        return None
    if value is not None and not PERCENT.match(text, end) and "," not in written and name_before(ctx, start) \
            and not (_TALLY_AT.match(text, start) and vote_tally(ctx, start, token_bounds(text, start, end)[1])):
        return None  # "Boeing 737", but not "passed the Senate 68-31"
    return Reading(m, start, end, value, digits=True)


def _starts_sentence(text: str, pos: int) -> bool:
    """Only quotes and brackets between ``pos`` and the start of its sentence, paragraph or heading."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'\u201c\u2018(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;\u201d\u2014\u2013-"


def _read_vague(ctx: Context, m: re.Match[str]) -> Reading:
    return Reading(m, m.start(), m.end(), None, digits=False, approx=True)


def _read_half(ctx: Context, m: re.Match[str]) -> Reading:
    """"half a million", "a half-dozen"."""
    hs = m.group("hs").lower()
    return Reading(m, m.start(), m.end(), 6.0 if hs == "dozen" else SCALES[hs] / 2, digits=False)


def _read_spoken(ctx: Context, m: re.Match[str]) -> Reading | None:
    """"one point six billion dollars": only before a scale, a percent, a currency or a unit."""
    value, end, text = parse_number(m.group("p")), m.end(), ctx.text
    if value is None or not (SCALE_AFTER.match(text, end) or PERCENT.match(text, end)
                             or CUR_SUFFIX.match(text, end) or QUANTITY.match(text, end)):
        return None
    return Reading(m, m.start(), end, value, digits=False)


def _read_fraction(ctx: Context, m: re.Match[str]) -> Candidate | None:
    """"two-thirds of voters": a share, read by the percent rules."""
    from workbench.core.extract.figures.percent import fraction_at

    value = parse_fraction(m.group("f"))
    if value is None or m.group("f").lower().strip() in ("half", "half a", "half an"):
        return None
    return fraction_at(ctx, m.start(), m.end(), "-" in m.group("f"), value)


def _read_words(ctx: Context, m: re.Match[str]) -> Reading | None:
    """A number in words: "eight ministers", "one person", "a dozen schools"."""
    from workbench.core.extract.figures.count import one_is_figure

    text, start, end = ctx.text, m.start(), m.end()
    word = " ".join(m.group("w").lower().split())
    if word in ("a", "an", "zero") and not SCALE_AFTER.match(text, end):
        return None
    if word == "one" and not one_is_figure(ctx, start, end):
        return None
    if text[end:end + 1] == "-" and _HYPHEN_NOT_COUNTED.match(text, end):
        return None  # "twenty-first", "two-for-one", "two-thirds"
    if word.startswith(("eighteen ", "nineteen ")) and _YEAR_READ_OUT.match(word):
        return None  # a year read out: "nineteen ninety-eight"
    value = parse_number(word)
    if value is None:
        return None
    if text[start].isupper() and not _starts_sentence(text, start):
        return None  # a capitalised number word inside a sentence is a name's: "the Birmingham Six", "Radio Four"
    before = text[max(0, start - 20):start].split()
    if before and (before[-1].lower() in nouns.REFERENCE_WORDS_FOR_WORDS or _ACRONYM.fullmatch(before[-1])
                   and not currencies.is_code(before[-1])):
        return None  # "Flight eight hundred", "TWA eight hundred", "the number two official"
    return Reading(m, start, end, value, digits=False, one=word == "one")


READERS: dict[str, Callable[[Context, re.Match[str]], Reading | Candidate | None]] = {
    "d": _read_digits, "v": _read_vague, "h": _read_half, "p": _read_spoken, "f": _read_fraction,
    "w": _read_words,
}
"""How to read a number, by the group of ``R_NUMBER`` that matched it."""


def read_number(ctx: Context, m: re.Match[str]) -> Reading | Candidate | None:
    """The number ``m`` as a Reading (a fraction in words is a Candidate at once), or None."""
    return READERS[m.lastgroup if m.lastgroup in READERS else _group(m)](ctx, m)


def _group(m: re.Match[str]) -> str:
    return next(g for g in ("d", "v", "h", "p", "f", "w") if m.group(g) is not None)


# ------------------------------------------------------------------ scale and range

_METRE_CUE_AFTER = lazy_i(
    r"(?:-|\s+)(?:high|long|deep|tall|wide|above|below|underground|away|race|final|heats?|hurdles|freestyle"
    r"|butterfly|backstroke|breaststroke|medley|relay|sprint|dash|steeplechase|world|title|record|event|gold"
    r"|silver|bronze|champion|metres?)\b")
_ARTICLE_BEFORE = lazy_i(r"\b(?:the|a|an)\s+$")
_CLAUSE_END_AFTER = lazy(r"[^\S\n]*(?:[,;:.)]|$)")
_OF_AT = lazy(r"\s+of\s")


def _glued_metres(ctx: Context, r: Reading, scale_m: re.Match[str]) -> Candidate | None:
    """"the 1,500m world record", "a 300m-high tower", "in the 10,000m,": metres, not millions."""
    text, start = ctx.text, r.start
    if _METRE_CUE_AFTER.match(text, scale_m.end()) or (
            _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
            and _CLAUSE_END_AFTER.match(text[scale_m.end():scale_m.end() + 3])):
        mod, approx = modifier(ctx, start)
        assert r.value is not None
        return Candidate(start, scale_m.end(), "quantity", {"amount": clean_value(r.value), "unit": "m"},
                         unit="m", mod=mod, approximate=approx, confidence=0.7)
    return None


def _abbreviated_scale(ctx: Context, r: Reading, scale_m: re.Match[str]) -> Candidate | None:
    """"3bn", "\u20ac5m", "2.3m attendances"; a glued "m" without a currency or counted noun is metres."""
    from workbench.core.extract.figures.count import counted_noun

    text, start, end = ctx.text, r.start, r.end
    ab = scale_m.group("a").lower()
    glued = ab == "m" and r.digits and scale_m.start() == end and not currency_before(ctx, start) \
        and not CUR_SUFFIX.match(text, scale_m.end())
    if glued:
        metres = _glued_metres(ctx, r, scale_m)
        if metres is not None:
            return metres
    if glued and (counted_noun(ctx, scale_m.end(), False) or _OF_AT.match(text, scale_m.end())):
        pass  # "2.3m attendances", "5m of them": millions of a counted thing
    elif ab == "m" and not currency_before(ctx, start) and not CUR_SUFFIX.match(text, scale_m.end()):
        return None
    if ab in ("m", "b", "k") and not (r.digits and scale_m.start() == end):
        return None
    assert r.value is not None
    r.value *= scales.ABBREVIATED_SCALES[ab]
    r.end, r.scaled = scale_m.end(), True
    return None


def apply_scale(ctx: Context, r: Reading) -> Candidate | None:
    """Multiply by a scale word or abbreviation after the number ("1.5 million", "3bn", "Rs 200 crore");
    a glued "m" may instead make the figure a distance in metres, returned as a Candidate."""
    scale_m = SCALE_AFTER.match(ctx.text, r.end)
    if not scale_m or r.value is None:
        return None
    if scale_m.group("a") is not None:
        return _abbreviated_scale(ctx, r, scale_m)
    r.value *= scales.WORD_SCALES[scale_m.group("w").lower()]
    r.end, r.scaled = scale_m.end(), True
    more = SCALE_AFTER.match(ctx.text, r.end)
    if more and more.group("w"):
        r.value *= scales.WORD_SCALES[more.group("w").lower()]
        r.end = more.end()
    return None


_BETWEEN_BEFORE = lazy_i(r"\b(?:between|from)\s+$")
_AND_SEP = lazy_i(r"\s+and\s+")
_RANGE_SEP = lazy_i(r"\s*(?:-|\u2013|\u2014|to)\s*")
_AND_SEP_PERCENT = lazy(r"\s+and\s+")
_DASH_SEP = lazy(r"\s*[-\u2013]\s*")
_RANGE_FROM_OK = lazy_i(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|somewhere)\s+from\s+$")
_CHANGE_BEFORE = lazy_i(
    r"\b(?:rose|risen|rises|rise|rising|fell|fallen|falls|fall|falling|dropped|drops|drop|dropping|declined"
    r"|declines|decline|declining|slipped|slips|slid|gained|gains|gain|lost|loses|lose|climbed|climbs|jumped"
    r"|jumps|surged|surges|soared|soars|plunged|plunges|plummeted|tumbled|tumbles|eased|eases|edged|skidded"
    r"|shed|sheds|sank|sinks|advanced|advances|added|adds|increased|increases|decreased|decreases|cut|cuts"
    r"|raised|raises|boosted|lowered|reduced|rallied|retreated|dipped|dips|slumped|slumps|widened|narrowed"
    r"|grew|grows|shrank|swelled|up|down|off|higher|lower)"
    r"(?:\s+(?:by|a\s+further|another|some|about|nearly|almost|around|roughly|just|only|more\s+than"
    r"|less\s+than|over|under))*\s+$"
)
"""A change before "N to M": "fell $1.125 to $13.625" is a change and a new level, not a range."""


def _skip_currency(ctx: Context, pos: int) -> int:
    m = SKIP_CURRENCY.match(ctx.text, pos)
    return m.end() if m else pos


def _has_unit_after(ctx: Context, end: int) -> bool:
    text = ctx.text
    return bool(PERCENT.match(text, end) or CUR_SUFFIX.match(text, end) or QUANTITY.match(text, end))


def _change_and_level(ctx: Context, r: Reading, rng: re.Match[str], between: re.Match[str] | None,
                      cur: int) -> bool:
    """"fell $1.125 to $13.625", "rose from 5% to 7%": a change and the level it reached, two claims."""
    text = ctx.text
    from_change = between is not None and between.group(0).lower().startswith("from") \
        and not _RANGE_FROM_OK.search(text, max(0, cur - 30), cur)
    if not (from_change or _CHANGE_BEFORE.search(text, max(0, cur - 40), cur)):
        return False
    own_unit = cur < r.start or _has_unit_after(ctx, r.end)
    after = _skip_currency(ctx, rng.end())
    nxt = R_NUMBER.match(text, after)
    nxt_unit = nxt is not None and (after > rng.end() or _has_unit_after(ctx, nxt.end())
                                    or bool(SCALE_AFTER.match(text, nxt.end())))
    return own_unit or not nxt_unit


def _upper_bound(ctx: Context, r: Reading, rng: re.Match[str], between: re.Match[str] | None) -> None:
    """Read the second number of "$2-3 billion", "200 to 300", "between 200 and 300" into ``r.high``."""
    text = ctx.text
    nxt = R_NUMBER.match(text, _skip_currency(ctx, rng.end()))
    if not nxt or nxt.group("d") is None:
        return
    hv, hend, mult = parse_number(nxt.group("d")), nxt.end(), 1.0
    sm = SCALE_AFTER.match(text, hend)
    if sm and (sm.group("w") or (sm.group("a") and sm.start() == hend)):
        key = (sm.group("w") or sm.group("a")).lower()
        mult = scales.WORD_SCALES.get(key) or scales.ABBREVIATED_SCALES.get(key, 1)
        hend = sm.end()
    if hv is None or r.value is None:
        return
    hv *= mult
    if not r.scaled and mult != 1:
        r.value *= mult  # "$2-3 billion": the scale after the second number is the first's too
    if hv > r.value and (between or rng.group(0).strip() in ("-", "\u2013", "\u2014")
                         or not _has_unit_after(ctx, r.end)):
        r.high, r.end = hv, hend


def _percent_range(ctx: Context, r: Reading, between: re.Match[str] | None) -> None:
    """"between 5.5% and 6.5%", "2%-3%": a range with the percent sign written twice."""
    text = ctx.text
    pm = PERCENT.match(text, r.end)
    if not (pm and pm.group("pct") == "%"):
        return
    by_and = between is not None and between.group(0).lower().startswith("between")
    sep = (_AND_SEP_PERCENT if by_and else _DASH_SEP).match(text, pm.end())
    nxt = R_NUMBER.match(text, sep.end()) if sep else None
    if nxt and nxt.group("d") and text[nxt.end():nxt.end() + 1] == "%":
        hv = parse_number(nxt.group("d"))
        if hv is not None and r.value is not None and hv > r.value:
            r.high, r.end = hv, nxt.end()


def apply_range(ctx: Context, r: Reading) -> None:
    """Ranges keep the lower bound as the value and the upper one in ``r.high``."""
    if r.value is None:
        return
    text = ctx.text
    cur = cur_start(ctx, r.start)
    between = _BETWEEN_BEFORE.search(text, max(0, r.start - 9), cur)
    by_and = between is not None and between.group(0).lower().startswith("between")
    rng = (_AND_SEP if by_and else _RANGE_SEP).match(text, r.end)
    if rng and rng.group(0).strip().lower() == "to" and _change_and_level(ctx, r, rng, between, cur):
        rng, between = None, None
    if rng:
        _upper_bound(ctx, r, rng, between)
    if r.high is None and r.digits:
        _percent_range(ctx, r, between)
