"""Applying accepted rewrites, the grammar of the suggestions, and how old a story is."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from workbench.core.lens import age_text, apply_rewrites, find_dated_wording

PUBLISHED = dt.date(2018, 2, 15)
DOUBLED = re.compile(r"(?i)\b(on on|in in|in on|on in|of of|at at)\b")


def test_rewrites_are_applied_right_to_left_with_offsets_of_the_original() -> None:
    text = "Talks ended last month and resume next week."
    assert apply_rewrites(text, [(34, 43, "in March 2018"), (12, 22, "in January 2018")]) == \
        "Talks ended in January 2018 and resume in March 2018."
    assert apply_rewrites(text, []) == text
    assert apply_rewrites("ab", [(1, 1, "-"), (0, 1, "A")]) == "A-b"  # touching is not overlapping


@pytest.mark.parametrize("rewrites", [[(0, 5, "x"), (3, 8, "y")], [(0, 99, "x")], [(5, 3, "x")], [(-1, 2, "x")]])
def test_overlapping_or_outside_rewrites_are_refused(rewrites: list[tuple[int, int, str]]) -> None:
    with pytest.raises(ValueError):
        apply_rewrites("Talks ended last month.", rewrites)


@pytest.mark.parametrize(("published", "as_of", "text"), [
    (dt.date(2018, 2, 15), dt.date(2026, 11, 25),
     "First published Thu 15 Feb 2018 \u2014 8 years 9 months before the republication date"),
    (dt.date(2018, 2, 15), dt.date(2018, 2, 15), "First published Thu 15 Feb 2018 \u2014 on the republication date"),
    (dt.date(2018, 2, 15), dt.date(2019, 2, 15), "First published Thu 15 Feb 2018 \u2014 1 year before the republication date"),
    (dt.date(2018, 2, 15), dt.date(2018, 3, 14), "First published Thu 15 Feb 2018 \u2014 27 days before the republication date"),
    (dt.date(2018, 2, 5), dt.date(2018, 1, 5), "First published Mon 5 Feb 2018 \u2014 1 month after the republication date"),
    (None, dt.date(2018, 1, 5), "Publication date not set"),
])
def test_age_text(published: dt.date | None, as_of: dt.date, text: str) -> None:
    assert age_text(published, as_of) == text


SENTENCES = [
    "NATO ministers agreed on Thursday to act.",
    "The ministry said Thursday it would act, and on Monday and Thursday it did.",
    "Since last month prices rose; until next week nothing happens; by this week it ended.",
    "Last month, the ministry wrote. In December, it agreed. It happened in the past three months.",
    "It rose at the end of last year and in early next year it will fall.",
    "The meeting, on this week's agenda, was held in the week before yesterday.",
    "Between Monday and Thursday, and from today to next Tuesday, talks go on.",
    "He is now here; it has so far failed; they are still talking; until now nobody knew.",
    "So far this year 300 died. On Thursday morning at 3 p.m. on Thursday it rained.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_accepted_suggestions_never_double_a_preposition(text: str) -> None:
    for as_of in (dt.date(2018, 2, 16), dt.date(2026, 11, 25)):
        found = find_dated_wording(text, PUBLISHED, as_of)
        assert found
        rewritten = apply_rewrites(text, [(f.start, f.end, f.suggestion) for f in found if f.substitutes])
        assert not DOUBLED.search(rewritten), rewritten
        assert "'s" not in rewritten  # possessives are reworded ("this week's agenda")


def test_sentence_initial_rewrites_keep_their_capital_and_names_keep_theirs() -> None:
    found = find_dated_wording("Last month it rose. In December it fell. Now it rests.", PUBLISHED,
                               dt.date(2026, 1, 1))
    assert [f.suggestion for f in found] == ["In January 2018", "December 2017", "As of February 2018"]
