"""Numbers written in digits or words: the regex fragments that find them and the parser that values them."""

from __future__ import annotations

from workbench.core.extract.patterns import alternation, lazy
from workbench.core.extract.vocab.scales import ABBREVIATED_SCALES, WORD_SCALES

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES = WORD_SCALES
ABBREV_SCALES = ABBREVIATED_SCALES
NUMBER_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion")
"""Scale words that join a number in words ("two hundred and fifty thousand"); lakh and crore do not."""
FRACTIONS: dict[str, float] = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}

_UNIT_ALT = alternation(UNITS)
_TENS_ALT = alternation(TENS)
_SMALL = rf"(?:(?:{_TENS_ALT})(?:(?:-|\s+)(?:{_UNIT_ALT}))?|{_UNIT_ALT})"
_SCALE_ALT = alternation(NUMBER_SCALE_WORDS)
_WORD_GROUP = rf"(?:{_SMALL}(?:\s+(?:{_SCALE_ALT}))*|(?:an?\s+)?(?:{_SCALE_ALT}))"

_SCALED_GROUP = rf"(?:{_SMALL}(?:\s+(?:{_SCALE_ALT}))+|(?:an?\s+)?(?:{_SCALE_ALT})(?:\s+(?:{_SCALE_ALT}))*)"

# Groups join only after a scale word: "two hundred and fifty", never "seven and nine" (two numbers).
WORD_NUMBER = (
    rf"(?:(?:{_SCALED_GROUP}(?:\s+and|,)?\s+)*{_WORD_GROUP}"
    rf"(?:\s+and\s+a\s+half)?)"
)
"""Cardinal numbers in words: "three", "twenty-five", "two hundred and fifty thousand"."""

_DIGIT_WORD_ALT = alternation(("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"))
SPOKEN_DECIMAL = rf"(?:{_SMALL}\s+point(?:\s+(?:{_DIGIT_WORD_ALT}))+)"
"""A decimal read out as broadcast transcripts write it: "one point six", "two point seven five"."""

DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
"""A number in digits with optional thousands separators and decimals."""

FRACTION_WORDS = (
    r"(?:(?:one|two|three|four|a)[- ](?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)"
    r"|half\s+an?|half)"
)

_WORD_RE = lazy(r"[a-z]+")
_MIXED_FRACTION = lazy(r"(\d+)\s+(\d)/(\d+)$")
_FRACTION = lazy(r"(\d)/(\d+)$")
_DIGITS = lazy(DIGITS)


def parse_digits(s: str) -> float:
    """Value of a digit string such as ``1,350`` or ``2.5``."""
    return float(s.replace(",", ""))


def _spoken_decimal(words: list[str]) -> float | None:
    """"one point six": the words after "point" are the decimal digits."""
    i = words.index("point")
    whole = parse_words(" ".join(words[:i])) if i else 0.0
    digits = [0 if w == "oh" else UNITS.get(w) for w in words[i + 1:]]
    if whole is None or not digits or any(d is None or d > 9 for d in digits):
        return None
    return whole + float("0." + "".join(str(d) for d in digits))


def _add_word(w: str, nxt: str, total: float, current: float) -> tuple[float, float, bool] | None:
    """(total, current, counted) after the number word ``w`` (followed by ``nxt``); None if not one."""
    if w in UNITS:
        return total, current + UNITS[w], True
    if w in TENS:
        return total, current + TENS[w], True
    if w in ("a", "an"):  # "a hundred", "a dozen", "a couple"; else nothing
        counted = nxt in SCALES or nxt in ("dozen", "couple")
        return total, current + (1 if counted else 0), counted
    if w == "dozen":
        return total, (current or 1) * 12, True
    if w == "hundred":
        return total, (current or 1) * 100, True
    if w in SCALES:
        return total + (current or 1) * SCALES[w], 0.0, True
    if w == "couple":
        return total, current + 2, True
    if w in ("and", "of"):
        return total, current, False
    return None


def parse_words(s: str) -> float | None:
    """Value of a number in words ("two hundred and fifty thousand", "a dozen"); None if not one."""
    words = _WORD_RE.findall(s.lower())
    if not words:
        return None
    if "point" in words:
        return _spoken_decimal(words)
    total = current = 0.0
    seen = half = False
    i = 0
    while i < len(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if words[i] in ("a", "an") and nxt == "half":  # "... and a half"
            half, i = True, i + 2
            continue
        step = _add_word(words[i], nxt, total, current)
        if step is None:
            return None
        total, current, counted = step
        seen = seen or counted
        i += 1
    if not seen:
        return None
    return total + current + (0.5 if half else 0)


def parse_fraction(s: str) -> float | None:
    """Value of "two-thirds", "a quarter", "half a", "1/2"."""
    low = s.lower().replace("-", " ").split()
    if not low:
        return None
    if low[0] == "half":
        return 0.5
    if len(low) >= 2 and low[1] in FRACTIONS:
        num = 1 if low[0] in ("a", "an", "one") else UNITS.get(low[0])
        if num is None:
            return None
        return num * FRACTIONS[low[1]]
    return None


def parse_number(s: str) -> float | None:
    """Value of a number written in digits, words, or a mix ("1.5 million", "3bn", "a dozen")."""
    s = s.strip()
    if not s:
        return None
    m = _MIXED_FRACTION.match(s)
    if m:
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    m = _FRACTION.match(s)
    if m:
        return int(m.group(1)) / int(m.group(2))
    m = _DIGITS.match(s)
    if m:
        value = parse_digits(m.group(0))
        rest = s[m.end():].strip().lower()
        if not rest:
            return value
        if rest in ABBREV_SCALES:
            return value * ABBREV_SCALES[rest]
        mult = parse_words(rest)
        if mult is None:
            return None
        return value * mult
    frac = parse_fraction(s)
    if frac is not None:
        return frac
    return parse_words(s)


def clean_value(value: float) -> int | float:
    """An int when the value is whole, else a float rounded to remove binary noise."""
    if abs(value - round(value)) < 1e-9:
        return int(round(value))
    return round(value, 6)
