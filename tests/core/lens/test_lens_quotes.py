"""Quoted speech keeps its words: the quote-span finder, and findings inside quotes."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.lens import find_dated_wording, quote_spans

PUBLISHED = dt.date(2018, 2, 15)


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quote_spans(text)]


@pytest.mark.parametrize(("text", "quotes"), [
    ("“We will go now,” Mattis said.", ["“We will go now,”"]),
    ('"We are ready," he said. "Now we act."', ['"We are ready,"', '"Now we act."']),
    ("A ‘train-and-advise’ mission, NATO’s first, out of harm’s way.", ["‘train-and-advise’"]),
    ("``It is over,'' Howard said.", ["``It is over,''"]),
    ("NATO’s reluctance and the allies’ doubts.", []),
    ("He is 5'10\" tall.", []),
])
def test_quote_marks_are_paired_and_apostrophes_are_not_quotes(text: str, quotes: list[str]) -> None:
    assert quoted(text) == quotes


def test_a_paragraph_long_quote_ends_with_its_paragraph() -> None:
    text = "He said: “We are still here and we will stay.\n“The fight goes on,” he added. Now it rains."
    assert quoted(text) == ["“We are still here and we will stay.", "“The fight goes on,”"]


def test_findings_in_quotes_keep_the_words_and_get_an_attribution_note() -> None:
    text = "“It will be smaller than what we have at the moment,” she said. The alliance now agrees."
    found = {f.text: f for f in find_dated_wording(text, PUBLISHED, dt.date(2026, 1, 1))}
    moment, now = found["at the moment"], found["now"]
    assert (moment.in_quote, moment.substitutes, moment.suggestion) == (True, False, "said in February 2018")
    assert "quoted" in moment.explanation
    assert (now.in_quote, now.substitutes, now.suggestion) == (False, True, "as of February 2018")


def test_a_quoted_relative_date_is_not_rewritten() -> None:
    text = "“We decided last month,” the minister said last month."
    first, second = find_dated_wording(text, PUBLISHED, dt.date(2026, 1, 1))
    assert (first.in_quote, first.suggestion, first.anchor) == (True, "said in February 2018", "2018-01")
    assert (second.in_quote, second.suggestion) == (False, "in January 2018")
