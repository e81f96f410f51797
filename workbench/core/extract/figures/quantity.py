"""Quantities: a number with a unit of measure from ``vocab.units`` ("30 km", "40C", "a 6.8-magnitude
quake", "2.5 million barrels a day")."""

from __future__ import annotations

from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.figures.common import QUANTITY, Reading, cur_start
from workbench.core.extract.numbers import clean_value
from workbench.core.extract.patterns import lazy_i
from workbench.core.extract.vocab import units

_MAGNITUDE_BEFORE = lazy_i(r"\bmagnitude[\s-]+$")
_RICHTER_AFTER = lazy_i(r"\s+on\s+the\s+Richter(?:\s+scale)?\b")
_RATE = lazy_i(r"\s*(?:a|per|an|/)\s*(?P<r>day|year|hour|month|week|second|d|yr|h)(?![\w-])")
_RATE_UNITS = {"d": "day", "yr": "year", "h": "hour"}
_MINUS_BEFORE = lazy_i(r"(?:\b(?:minus|negative)\s+|(?<![\w.,-])-)$")


def _quantity(r: Reading, start: int, end: int, value: float, unit: str, confidence: float = 0.85) -> Candidate:
    return Candidate(start, end, "quantity", {"amount": clean_value(value), "unit": unit}, unit=unit, mod=r.mod,
                     approximate=r.approx, confidence=confidence)


def magnitude(ctx: Context, r: Reading) -> Candidate | None:
    """"magnitude 5.9", "5.9 on the Richter scale": an earthquake's magnitude."""
    if not r.digits or r.value is None or cur_start(ctx, r.start) != r.start or not 0 < r.value < 10:
        return None
    mag = _MAGNITUDE_BEFORE.search(ctx.text, max(0, r.start - 12), r.start)
    if not (mag or _RICHTER_AFTER.match(ctx.text, r.end)):
        return None
    return _quantity(r, mag.start() if mag else r.start, r.end, r.value, "magnitude")


def measure(ctx: Context, r: Reading) -> Candidate | None:
    """A number with a unit: "30 km", "5 tonnes", "40C" (glued letters only for plausible temperatures),
    "a 10-mile walk", "2.5 million barrels a day" (a rate after a volume), "minus 7C"."""
    text = ctx.text
    qm = QUANTITY.match(text, r.end)
    if not qm or r.value is None:
        return None
    if qm.group("t") and (not r.digits or not -90 <= r.value <= 140):
        return None
    unit = units.unit_name(qm.group("u") or qm.group("t") or qm.group("h") or "")
    end = qm.end()
    rm = _RATE.match(text, end)
    if rm and unit in units.PER_TIME_UNITS:
        rate = rm.group("r").lower()
        unit, end = f"{unit}/{_RATE_UNITS.get(rate, rate)}", rm.end()
    start, value = r.start, r.value
    neg = _MINUS_BEFORE.search(text, max(0, start - 9), start) if unit.startswith("\u00b0") else None
    if neg:  # "minus 7C", "-12C": below zero
        start, value = neg.start(), -value
    return _quantity(r, start, end, value, unit)
