"""What the figure rules share: the number pattern, the currency, percent, unit and scale patterns
generated from the vocabulary tables, the qualifier before a figure, and the reading of one number."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.numbers import DIGITS, FRACTION_WORDS, SPOKEN_DECIMAL, WORD_NUMBER, clean_value
from workbench.core.extract.patterns import alternation, lazy, lazy_i
from workbench.core.extract.vocab import calendar, currencies, qualifiers, scales, units

# ------------------------------------------------------------------ currencies


def _symbols() -> str:
    return alternation(currencies.symbols())


def _prefixes_and_codes() -> str:
    return alternation([*currencies.prefixes(), *currencies.written_codes()])


def _glued_prefixes() -> str:
    """Lookbehinds that let a number touch its letter prefix ("Dh2.4 billion", "KSh300", "Rs.500"); one per
    prefix length, as a lookbehind must have a fixed width."""
    by_length: dict[int, list[str]] = {}
    for p in set(currencies.prefixes()):
        by_length.setdefault(len(p), []).append(p)
    return "|".join(rf"(?<=\b{alternation(ps)})" for _, ps in sorted(by_length.items()))


def currency_words() -> str:
    """A currency word with its optional nationality word: groups ``adj`` and ``cw``."""
    return (rf"(?P<adj>(?:{alternation(currencies.adjectives())})\s+)?"
            rf"(?P<cw>{alternation(currencies.word_forms())})(?![\w-])")


def _one_char_symbols() -> str:
    return "[" + "".join(re.escape(s) for s in currencies.one_char_symbols()) + "]"


CUR_PREFIX = lazy(lambda: rf"(?:(?P<sym>{_symbols()})\s?|(?P<code>{_prefixes_and_codes()})\s?)$")
"""A currency sign, prefix or code right before a number (searched in the five characters before it)."""
CUR_SUFFIX = lazy_i(lambda: rf"\s*(?:{currency_words()}|(?P<code>{alternation(currencies.written_codes())})(?!\w)"
                    rf"|(?P<sym>{_one_char_symbols()})(?!\s*\d))")
"""A currency word, code or one-character sign after a number ("5 dollars", "500m EUR", "10 \u20ac")."""
QUALIFIED_CUR = lazy(lambda: rf"(?<![\w-]){currency_words()}")
VAGUE_MONEY = lazy_i(lambda: rf"\s+of\s+{currency_words()}")
SKIP_CURRENCY = lazy(_symbols)
PENCE = lazy(lambda: f"[{''.join(currencies.GLUED_SUBUNITS)}]" + r"(?![\w\u00b0&]|\.[a-zA-Z])")
"""A subunit letter glued to the number: "14p" is 0.14 GBP."""


def currency_code(sym: str, code: str) -> str | None:
    """The ISO code of a sign or prefix found before a number."""
    written = (sym or code).strip().replace(" ", "")
    return currencies.code_for(written) if written else None


# ------------------------------------------------------------------ numbers, scales, percents, units

_VAGUE = (r"(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|hundreds\s+of\s+millions"
          r"|several\s+(?:hundred|thousand|million|billion|dozen)|a\s+few\s+(?:hundred|thousand|million|billion|dozen)"
          r"|(?:a\s+)?couple\s+(?:of\s+)?(?:hundred|thousand|million|billion|dozen)|many\s+(?:hundreds|thousands)"
          r"|dozens|hundreds|thousands|millions|billions|trillions|scores)")
FRACTION_DIGITS = r"\d{1,2}/(?:64|32|16|8|4|3|2)(?![\d/])"
"""A vulgar fraction as stock prices and rates write it: "5/8", "3/4" (also after a whole number)."""

R_NUMBER = lazy_i(lambda: (
    rf"(?:(?<![\w.,])|{_glued_prefixes()})(?P<d>{FRACTION_DIGITS}|{DIGITS}(?:\s{FRACTION_DIGITS})?)(?!\d)"
    rf"|(?<![\w-])(?P<v>{_VAGUE})(?![\w-])"
    r"|(?<![\w-])(?P<h>(?:a\s+)?half(?:\s+an?)?[\s-]+(?P<hs>dozen|hundred|thousand|million|billion|trillion))(?![\w-])"
    rf"|(?<![\w-])(?P<p>{SPOKEN_DECIMAL})(?![\w-])"
    rf"|(?<![\w-])(?P<f>{FRACTION_WORDS})(?![\w-])"
    rf"|(?<![\w-])(?P<w>(?:a\s+)?dozen|{WORD_NUMBER})(?!\w|-(?!(?-i:[a-z]{{2}})))"
))
"""A number: digits (``d``), vague amounts (``v``), "half a million" (``h``), "one point six" (``p``), fractions
in words (``f``), numbers in words (``w``)."""

SCALE_AFTER = lazy_i(lambda: (
    rf"(?:\s*-?\s*(?P<w>{alternation(scales.WORD_SCALES)})(?!\w|-(?:odd|plus)\b)"
    rf"|(?P<a>{alternation(scales.ABBREVIATED_SCALES)})(?![\w]))"
))
PERCENT = lazy_i(
    r"\s*(?:(?P<pct>%|per\s*cent(?![\w-])|percent(?![\w-])|pct(?![\w-])|(?-i:pc)(?![\w-])|p\.c\.(?!\w))"
    r"|(?P<pp>(?:per\s*cent(?:age)?|percentage)\s+points?)(?![\w-])|(?P<bp>basis\s+points?|bps?)(?![\w-]))"
    r"|-(?:(?P<hpp>(?:per-?cent(?:age)?|percentage)-points?)|(?P<hbp>basis-points?)|(?P<hpct>per-?cent))(?![\w-])"
)


def _quantity_source() -> str:
    compounds = alternation(units.COMPOUND_FORMS)
    letters = "".join(units.TEMPERATURE_LETTERS).upper()
    return (rf"(?:\s*(?P<u>{alternation(units.unit_forms())})(?![\w-])"
            rf"|(?P<t>[{letters}])(?![\w])"
            rf"|-(?P<h>{compounds})(?![\w-]))")


QUANTITY = lazy_i(_quantity_source)
"""A unit of measure after the number (``u``), a glued temperature letter (``t``), a hyphenated unit (``h``)."""
TIME_UNIT_AFTER = lazy_i(lambda: (
    r"(?:\s+|-)(?:(?:more|additional|extra|full|straight|consecutive|trading|business|working|calendar|long)\s+)?"
    rf"(?:{alternation(calendar.time_unit_words(durations_only=True))})(?![\w])"
))
CLOCK_AFTER = lazy(r"\s*(?:GMT|UTC|BST|CET|[ECMP][SD]T|hours?\s+(?:GMT|local))\b")
MOD_BEFORE = lazy_i(lambda: rf"(?P<m>{alternation(qualifiers.qualifier_words('figures'))})\s+$")
WORD = lazy(r"\s+(?P<w>[A-Za-z][A-Za-z'\u2019-]*)")


def modifier(ctx: Context, start: int) -> tuple[str | None, bool]:
    """The qualifier right before ``start`` ("more than", "about") as (mod code, approximate)."""
    m = MOD_BEFORE.search(ctx.text, max(0, start - 24), start)
    if not m:
        return None, False
    code = qualifiers.mod_code(m.group("m"))
    return code, code in qualifiers.APPROX_MODS


def cur_start(ctx: Context, start: int) -> int:
    """Where the figure starts, counting a currency sign or prefix right before the number."""
    cm = CUR_PREFIX.search(ctx.text, max(0, start - 5), start)
    return cm.start() if cm else start


def currency_before(ctx: Context, start: int) -> str | None:
    """The ISO code of a currency sign or prefix right before ``start``."""
    cm = CUR_PREFIX.search(ctx.text, max(0, start - 5), start)
    if not cm:
        return None
    return currency_code(cm.group("sym") or "", cm.group("code") or "")


def token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited token around ``start..end``, without surrounding punctuation."""
    s, e = start, end
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    while e < len(text) and not text[e].isspace():
        e += 1
    while e > end and text[e - 1] in ".,;:!?)]}\"'\u201d\u2019":
        e -= 1
    while s < start and text[s] in "([{\"'\u201c\u2018":
        s += 1
    return s, e


def money_value(amount: float | None, code: str) -> dict[str, object]:
    return {"amount": clean_value(amount) if amount is not None else None, "currency": code}


@dataclass
class Reading:
    """One number read at a trigger, before its kind is decided: span, value, and how it was written."""

    m: re.Match[str]
    start: int
    end: int
    value: float | None
    digits: bool
    approx: bool = False
    one: bool = False  # the word "one", a count only in a few contexts
    scaled: bool = False  # a scale word or abbreviation multiplied the value
    high: float | None = None  # the upper bound of a range
    mod: str | None = None


STOP = Candidate(0, 0, "", None)
"""A rule's answer for "not a figure at all": no later rule is tried."""
