"""Property tests: any text at all yields well-formed claims and never raises."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import extract

NEWSY = st.sampled_from([
    "$88 billion", "more than", "three years", "last month", "on Thursday", "1,350 people", "12%", " ",
    "Feb. 15, 2018", "several hundred troops", "the 1990s", "3 p.m.", "-", ",", ".", "\n", "2014", "May",
    "a year ago", "the third quarter", "US$1.2", "bn", "per cent", "between 200 and 300", "G20", "£", "€5m",
    "x", "\u0130", "\u00df", "ninety-nine", "km", "'s", "\u201c", "1.2174207-107084890", "a dozen", "of",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(NEWSY, max_size=40).map("".join),
                  st.lists(st.one_of(NEWSY, st.text(max_size=5)), max_size=30).map("".join))
DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))


@settings(max_examples=400, deadline=None)
@given(TEXTS, DATES)
def test_claims_are_well_formed(text: str, published: dt.date | None) -> None:
    claims = extract(text, published)
    last_end = 0
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text
        assert c.start >= last_end, "claims overlap or are out of order"
        last_end = c.end
        assert c.kind in ("date", "time", "duration", "money", "percent", "count", "quantity")
        assert 0.0 <= c.confidence <= 1.0
        assert c.sentence_start is not None and c.sentence_end is not None
        assert 0 <= c.sentence_start <= c.start and c.end <= c.sentence_end <= len(text)
        c.to_dict()
