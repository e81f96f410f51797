"""Invariants that hold for any text: exact spans, text order, no overlaps, rewrites that apply."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.lens import apply_rewrites, find_dated_wording, quote_spans

WORDS = ["now", "still", "last month", "on Thursday", "in July", "“", "”", "‘", "’", '"', "NATO’s", "so far",
         "this year's", "a 34-year-old", "aged 61", "the death toll has risen to 300", "by 2020", "soon", "will",
         "until now", "\n", ".", ",", "İstanbul", "the past three months", "yesterday", "12", "the", "vote", "was",
         "Still,", "now and then", "December", "at the moment", "recently", "the latest figures", "next year"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from([None, dt.date(2018, 2, 15)]),
       st.dates(dt.date(2000, 1, 1), dt.date(2040, 1, 1)))
def test_findings_are_exact_ordered_and_disjoint(words: list[str], published: dt.date | None, as_of: dt.date) -> None:
    text = " ".join(words)
    found = find_dated_wording(text, published, as_of)
    for f in found:
        assert text[f.start:f.end] == f.text and f.start < f.end
        assert f.substitutes <= (f.suggestion is not None)
        assert not (f.in_quote and f.substitutes)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    rewritten = apply_rewrites(text, [(f.start, f.end, f.suggestion or "") for f in found if f.substitutes])
    assert isinstance(rewritten, str)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab “”‘’\"'`\n.s")), max_size=60))
def test_quote_spans_are_ordered_and_inside_the_text(text: str) -> None:
    spans = quote_spans(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
