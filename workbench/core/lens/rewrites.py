"""Putting accepted rewrites into the text, and saying how old a story is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from workbench.core.lens.readings import short_day_text


def apply_rewrites(text: str, rewrites: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, words) put in place of text[start:end], applied right to left.

    Raises ValueError for a span outside the text or two rewrites that overlap (touching is fine).
    """
    ordered = sorted(rewrites, key=lambda r: (r[0], r[1]))
    previous_end = 0
    for start, end, _ in ordered:
        if not (0 <= start <= end <= len(text)):
            raise ValueError(f"the rewrite {start}-{end} is not inside the text (length {len(text)})")
        if start < previous_end:
            raise ValueError(f"the rewrite {start}-{end} overlaps one before it (ending at {previous_end})")
        previous_end = end
    out = text
    for start, end, words in reversed(ordered):
        out = out[:start] + words + out[end:]
    return out


def _plural(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _distance(earlier: dt.date, later: dt.date) -> str:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)
    years, months = divmod(months, 12)
    if years and months:
        return f"{_plural(years, 'year')} {_plural(months, 'month')}"
    if years or months:
        return _plural(years, "year") if years else _plural(months, "month")
    return _plural((later - earlier).days, "day")


def age_text(published: dt.date | None, as_of: dt.date) -> str:
    """"First published Thu 15 Feb 2018 — 8 years 9 months before the republication date" (or "… on the
    republication date", "… after …"; "Publication date not set" without a date)."""
    if published is None:
        return "Publication date not set"
    head = f"First published {short_day_text(published)} \u2014 "
    if published == as_of:
        return head + "on the republication date"
    if published < as_of:
        return head + f"{_distance(published, as_of)} before the republication date"
    return head + f"{_distance(as_of, published)} after the republication date"
