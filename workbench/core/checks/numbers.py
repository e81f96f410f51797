"""Figures as journalists round them: each stated number is a band of the values it may stand for.

"25%" stands for 24.5-25.5 (24.9% written "25%" is consistent), "£5bn" for 4.5-5.5 billion, "12 people"
for exactly 12; "about" widens the band, "more than" opens it upwards, "nearly" puts it just below.
Checks compare bands (:class:`Interval`) and speak only when they cannot overlap.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed band of values ``[lo, hi]`` (``hi`` may be infinite)."""

    lo: float
    hi: float

    @staticmethod
    def exact(value: float) -> Interval:
        return Interval(value, value)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: Interval | float) -> Interval:
        if not isinstance(other, Interval):
            other = Interval(other, other)
        products = [_mul(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval | float) -> Interval | None:
        """The quotient band; None when the divisor band contains zero."""
        if not isinstance(other, Interval):
            other = Interval(other, other)
        if other.lo <= 0 <= other.hi:
            return None
        return self * Interval(1 / other.hi, 1 / other.lo)

    def widen(self, fraction: float) -> Interval:
        """The band grown by ``fraction`` of its bounds on both sides (for tolerances on a ratio)."""
        return Interval(self.lo * (1 - fraction) if self.lo >= 0 else self.lo * (1 + fraction),
                        self.hi * (1 + fraction) if self.hi >= 0 else self.hi * (1 - fraction))

    def overlaps(self, other: Interval) -> bool:
        # an open end ("more than £600bn" below zero is -inf..-600bn) must not make the tolerance infinite
        ends = [abs(v) for v in (self.lo, other.lo) if not math.isinf(v)]
        eps = 1e-9 * max(1.0, *ends, min(abs(self.hi), abs(other.hi), 1e300))
        return self.lo <= other.hi + eps and other.lo <= self.hi + eps

    def __contains__(self, value: float) -> bool:
        return self.lo - 1e-9 <= value <= self.hi + 1e-9

    @property
    def mid(self) -> float:
        return self.lo if self.hi == INF else (self.lo + self.hi) / 2


def _mul(a: float, b: float) -> float:
    if (a == 0 and math.isinf(b)) or (b == 0 and math.isinf(a)):
        return 0.0
    return a * b


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def written_step(text: str, value: float, *, rounded: bool) -> float | None:
    """Half the place value of the last digit written, in the units of ``value``.

    "£4.3m" valued 4,300,000 -> 50,000; "25%" -> 0.5; "1,350 people" -> 0 unless ``rounded`` (0.5);
    "three million" -> 500,000. None when the text holds no single readable number (a range, a code).
    """
    numbers = _DIGITS.findall(text)
    if len(numbers) > 1:
        return None
    if not numbers:
        if value and abs(value) >= 1000:  # "three million", "a billion": rounded to the scale word
            scale = 10 ** (3 * int(math.log10(abs(value)) // 3))
            return 0.5 * scale if abs(value) % scale == 0 else 0.0
        return 0.5 if rounded else 0.0
    written = numbers[0].replace(",", "")
    try:
        number = float(written)
    except ValueError:
        return None
    decimals = len(written.split(".")[1]) if "." in written else 0
    scale = value / number if number else 1.0
    if not any(abs(scale - k) <= 1e-9 * k for k in _SCALES):
        return _own_step(value, rounded=rounded)  # an editor's corrected value: the words no longer say it
    if abs(scale - 1) < 1e-9 and not decimals and not rounded:
        return 0.0
    step = 0.5 * 10 ** -decimals * abs(scale)
    if abs(scale) >= 1000:  # "£5bn", "1 million": a round figure, not anything from half to one and a half
        step = min(step, SCALED_ROUNDING * abs(value))
    return step


SCALED_ROUNDING = 0.05
"""The most a figure written with a scale word is taken to be rounded by, as a share of it: "1 million"
stands for 0.95-1.05 million, "£5bn" for £4.75-5.25bn (qualify it, "about £5bn", for more)."""

_SCALES = (1.0, 0.01, 1e3, 1e5, 1e6, 1e7, 1e9, 1e12)
"""What a written number may be multiplied by: itself, cents, thousand, lakh, million, crore, billion,
trillion."""


def _own_step(value: float, *, rounded: bool) -> float:
    """The rounding a value implies by itself (a value typed by an editor rather than read from the text)."""
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    decimals = len(text.split(".")[1]) if "." in text else 0
    if not decimals and not rounded:
        return 0.0
    return 0.5 * 10 ** -decimals


def significant(value: float, digits: int = 3) -> float:
    """``value`` rounded to ``digits`` significant figures."""
    if value == 0 or not math.isfinite(value):
        return value
    return round(value, digits - 1 - int(math.floor(math.log10(abs(value)))))


def plain(value: float, digits: int = 3) -> str:
    """A number for a message: 32, 18.2, 0.25, 1,350 (no trailing zeros)."""
    if abs(value) >= 10**6:
        from workbench.core.formatting import format_number

        return format_number(significant(value, digits))
    value = significant(value, digits) if abs(value) < 10 ** digits else round(value)
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def nearest(value: float, step: float) -> float:
    """``value`` rounded to a multiple of ``step`` (``step`` 0: unchanged)."""
    return round(value / step) * step if step else value
