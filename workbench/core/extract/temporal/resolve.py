"""Valuing anaphoric dates in text order, from what the earlier claims established."""

from __future__ import annotations

import contextlib
import datetime as dt

from workbench.core.extract.base import Candidate
from workbench.core.extract.patterns import lazy
from workbench.core.extract.temporal.common import State, TCand

_YM_RE = lazy(r"(\d{4})-(\d\d)(?:$|-\d\d$)")
_MONTHS_RE = lazy(r"P(?:[4-9]|1[0-2])M$")
_HALF_RE = lazy(r"\d{4}-H[12]$")
_YQ_RE = lazy(r"(\d{4})-Q([1-4])$")
_YMD_RE = lazy(r"(\d{4})-(\d\d)-(\d\d)(?:T|$)")


def _value(c: TCand, st: State) -> None:
    """Call the candidate's valuer: it sets the value and says what it was resolved against."""
    assert c.valuer is not None
    res = c.valuer(st)
    c.valuer = None
    if res is None:
        c.value = None
        return
    c.value, c.resolved, c.anchor_value, c.anchor_start = res


def _remember(c: TCand, st: State) -> None:
    """Record the years, quarters, months and days a valued candidate establishes."""
    value = c.value
    if c.anchor_year is not None:
        st.year, st.year_pos, st.year_value = c.anchor_year, c.start, value
    if c.anchor_quarter is not None:
        st.quarter, st.quarter_pos, st.quarter_value = c.anchor_quarter, c.start, value
    if not isinstance(value, str):
        return
    if c.kind == "duration" and _MONTHS_RE.match(value) or c.kind == "date" and _HALF_RE.match(value):
        st.months_pos = c.start
    if c.kind != "date":
        return
    mm = _YM_RE.match(value)
    if mm and c.anchor_month is None:
        st.month, st.month_pos, st.month_value = (int(mm.group(1)), int(mm.group(2))), c.start, value
        if len(value) == 7 and not c.backward:
            st.bare_month_pos = c.start
    mq = _YQ_RE.match(value)
    if mq and c.anchor_quarter is None and not c.backward:  # "the quarter", valued just now
        st.quarter, st.quarter_pos, st.quarter_value = (int(mq.group(1)), int(mq.group(2))), c.start, value
    md = _YMD_RE.match(value)
    if md:
        with contextlib.suppress(ValueError):
            st.day, st.day_pos, st.day_value = dt.date(*map(int, md.groups())), c.start, value


def resolve_values(cands: list[Candidate]) -> None:
    """Value anaphoric expressions in text order, tracking the years and quarters mentioned so far."""
    st = State()
    for c in cands:
        if not isinstance(c, TCand):
            continue
        if c.valuer is not None:
            _value(c, st)
        if c.value is not None:
            _remember(c, st)
