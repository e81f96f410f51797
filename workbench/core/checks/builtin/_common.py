"""Helpers the rules share: making findings and writing computed figures like the text's."""

from __future__ import annotations

import re

from workbench.core.checks import CheckFinding
from workbench.core.checks.context import Figure
from workbench.core.checks.numbers import plain, significant
from workbench.core.formatting import format_money

_PREFIX = re.compile(r"^([^\w\s]{1,3}|[A-Z]{1,3}\$)(?=\s?\d)")
_NUMBER_START = re.compile(r"\d")
_SUBUNIT = re.compile(r"\b(?:cents?|pence|paise|centimes)\b", re.I)


def finding(rule: str, figures: list[Figure] | tuple[Figure, ...], message: str, expected: str, found: str,
            extra: tuple[tuple[int, int], ...] = ()) -> CheckFinding:
    """A finding on these figures (and extra word spans), spans in text order without repeats."""
    spans = sorted({*(f.span for f in figures), *extra})
    return CheckFinding(rule=rule, spans=tuple(spans), message=message, expected=expected, found=found)


def say(value: float, like: Figure, *, digits: int = 3) -> str:
    """A computed figure written the way ``like`` is: "£18.2 billion", "30%", "32", "4.5 km"."""
    if like.kind == "money" and like.currency:
        sub = _SUBUNIT.search(like.text)
        if sub and abs(value) < 1:
            return f"{plain(value * 100, digits)} {sub.group(0).lower()}"
        amount = significant(value, digits)
        if 1 <= abs(value) < 1000 and not float(amount).is_integer():
            amount = round(value, 2)  # "$5.20", not "$5.2"
        written = format_money({"amount": amount, "currency": like.currency})
        if 1 <= abs(value) < 1000 and not float(amount).is_integer() and re.search(r"\.\d$", written):
            written += "0"
        prefix = _PREFIX.match(like.text)
        if prefix and not written.startswith(prefix.group(1)):
            number = _NUMBER_START.search(written)
            if number:
                return prefix.group(1) + written[number.start():]
        return written
    if like.kind == "percent":
        if like.unit == "pp":
            return f"{plain(value, digits)} percentage point{'s' if abs(value) != 1 else ''}"
        if like.unit == "bp":
            return f"{plain(value, digits)} basis points"
        return f"{plain(value, digits)}%"
    if like.kind == "quantity" and like.unit:
        unit = like.unit.split("/")[0]
        plural = unit + "s" if re.search(rf"\b{re.escape(unit)}s\b", like.text) else unit
        return f"{plain(value, digits)} {plural}"
    return plain(value, digits)


def quoted(fig: Figure) -> str:
    """The figure as the text writes it, on one line."""
    return " ".join(fig.text.split())
