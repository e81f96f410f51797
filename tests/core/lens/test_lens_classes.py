"""Each built-in class on sentences an editor would meet, and what the lens leaves alone."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.lens import Finding, find_dated_wording

PUBLISHED = dt.date(2018, 2, 15)  # a Thursday
LATER = dt.date(2026, 11, 25)


def lens(text: str, as_of: dt.date = LATER, published: dt.date | None = PUBLISHED) -> list[Finding]:
    return find_dated_wording(text, published, as_of)


def only(text: str, words: str, as_of: dt.date = LATER) -> Finding:
    hits = [f for f in lens(text, as_of) if f.text == words]
    assert len(hits) == 1, [(f.text, f.cls) for f in lens(text, as_of)]
    return hits[0]


@pytest.mark.parametrize(("text", "words", "anchor", "reads_as", "suggestion"), [
    ("Officials said yesterday that it failed.", "yesterday", "2018-02-14", "14 February 2018", "on 14 February 2018"),
    ("The ministry said Thursday it would act.", "Thursday", "2018-02-15", "15 February 2018", "on 15 February 2018"),
    ("Since last month, prices rose.", "last month", "2018-01", "January 2018", "January 2018"),
    ("Earlier this month, officials met.", "Earlier this month", "2018-02", "February 2018",
     "Earlier in February 2018"),
    ("They met a year ago.", "a year ago", "2017", "2017", "in 2017"),
    ("It was dry last summer.", "last summer", "2017-SU", "summer 2017", "in summer 2017"),
    ("He spoke today.", "today", "2018-02-15", "15 February 2018", "on 15 February 2018"),
    ("The vote is tonight.", "tonight", "2018-02-15TNI", "the night of 15 February 2018",
     "on the night of 15 February 2018"),
    ("Prices rose over the past three months.", "the past three months", "P3M",
     "the three months to February 2018", "the three months to February 2018"),
    ("Sales fell late last year.", "late last year", "2017", "2017", "in late 2017"),
    ("It rose at the end of last year.", "the end of last year", "2017", "2017", "the end of 2017"),
    ("Profits fell in the third quarter.", "the third quarter", "2017-Q3", "the third quarter of 2017",
     "the third quarter of 2017"),
    ("They met on Feb. 2 in Paris.", "Feb. 2", "2018-02-02", "2 February 2018", "2 February 2018"),
    ("Last year was the hottest.", "Last year", "2017", "2017", "2017"),
    ("Sales were higher than last year.", "last year", "2017", "2017", "in 2017"),
])
def test_relative_dates_become_absolute_dates_in_house_style(text: str, words: str, anchor: str, reads_as: str,
                                                             suggestion: str) -> None:
    f = only(text, words)
    assert (f.cls, f.anchor, f.reads_as, f.suggestion, f.substitutes) == ("relative_date", anchor, reads_as,
                                                                           suggestion, True)
    assert f.explanation == f"“{words}” meant {reads_as} when the story was published"


@pytest.mark.parametrize(("text", "words", "suggestion"), [
    ("Last week's vote was close.", "Last week's vote", "The vote in the week of 5 February 2018"),
    ("After Thursday's meeting, they left.", "Thursday's meeting", "the meeting on 15 February 2018"),
    ("Last week's crucial vote failed.", "Last week's crucial vote", "The crucial vote in the week of 5 February 2018"),
    ("After last week's 2-0 win at Brighton.", "last week's 2-0 win at Brighton",
     "the 2-0 win at Brighton in the week of 5 February 2018"),
    ("Last week's long-awaited parliamentary budget vote failed.", "Last week's", "The 5–11 February 2018"),
    ("This year's budget is late.", "This year's", "The 2018"),
])
def test_a_possessive_date_is_reworded_before_its_noun(text: str, words: str, suggestion: str) -> None:
    f = only(text, words)
    assert f.suggestion == suggestion
    assert "'s" not in f.suggestion


@pytest.mark.parametrize(("text", "words", "anchor", "suggestion"), [
    ("The company now employs 300 people.", "now", "PRESENT_REF", "as of February 2018"),
    ("It is currently hiring.", "currently", "PRESENT_REF", "as of February 2018"),
    ("At present, talks are stalled.", "At present", "PRESENT_REF", "As of February 2018"),
    ("The agency has so far hired 20.", "so far", "PRESENT_REF", "as of February 2018"),
    ("It has refused to date.", "to date", "PRESENT_REF", "as of February 2018"),
    ("The plan has not yet been approved.", "not yet", "PRESENT_REF", "not as of February 2018"),
    ("The firm recently moved.", "recently", "PAST_REF", "shortly before February 2018"),
    ("Prices have risen lately.", "lately", "PAST_REF", "in the months before February 2018"),
    ("Rents are high nowadays.", "nowadays", "PRESENT_REF", "as of February 2018"),
    ("Few people walk these days.", "these days", "PRESENT_REF", "as of February 2018"),
    ("For now, everyone waits.", "For now", "PRESENT_REF", "As of February 2018"),
    ("The talks continue between now and March.", "now", "PRESENT_REF", "15 February 2018"),
    ("Now officials say it works.", "Now", "PRESENT_REF", "As of February 2018"),
    ("It grew in recent years.", "in recent years", "PAST_REF", "in the years before 2018"),
])
def test_present_state_words_say_which_day_they_described(text: str, words: str, anchor: str,
                                                          suggestion: str) -> None:
    f = only(text, words)
    assert (f.cls, f.anchor, f.suggestion, f.substitutes) == ("present_state", anchor, suggestion, True)


@pytest.mark.parametrize("text", [
    "Now and then he visits.",
    "She stood still for a minute.",
    "A still life was sold.",
    "Still, the alliance agreed.",
    "Still more troops came.",
    "The still water was cold.",
    "He had already left when police arrived.",
    "He was still in hospital when she came.",
    "The current account deficit widened.",
    "The report is up to date.",
    "It went only so far.",
    "NOW, the women's group, said so.",
    "By the deadline he had recently moved.",
])
def test_fixed_phrases_and_past_narratives_are_not_present_state(text: str) -> None:
    assert [f.text for f in lens(text) if f.cls == "present_state"] == []


@pytest.mark.parametrize(("text", "words", "note"), [
    ("They aim to launch it in July.", "July", "was expected in July 2018: check what happened"),
    ("The board will decide next month.", "next month", "was expected in March 2018: check what happened"),
    ("The vote is set for 2019.", "2019", "was expected in 2019: check what happened"),
    ("Output should double by 2020.", "2020", "was expected by 2020: check what happened"),
    ("A report is due later this year.", "later this year", "was expected later in 2018: check what happened"),
    ("The result will be known soon.", "soon", "was expected soon after February 2018: check what happened"),
    ("Aid will arrive in the coming months.", "in the coming months",
     "was expected in the months after February 2018: check what happened"),
])
def test_what_the_story_expected_is_a_note_once_its_time_has_passed(text: str, words: str, note: str) -> None:
    f = only(text, words)
    assert (f.cls, f.suggestion, f.substitutes) == ("then_future", note, False)


def test_a_date_still_ahead_of_the_republication_date_is_rewritten_or_left() -> None:
    as_of = dt.date(2018, 6, 1)
    assert only("They aim to launch it in July.", "July", as_of).cls == "relative_date"
    assert only("They aim to launch it in July.", "July", as_of).suggestion == "July 2018"
    assert [f.text for f in lens("Output should double by 2020.", as_of)] == []  # absolute and still ahead
    assert [f.cls for f in lens("A report is due later this year.", as_of)] == ["relative_date"]
    assert lens("The result will be known soon.", dt.date(2018, 2, 20)) == []


def test_past_dates_are_not_expectations() -> None:
    text = "He soon realised his mistake. The war ended in 2014."
    assert lens(text) == []


@pytest.mark.parametrize(("text", "words", "anchor", "suggestion"), [
    ("A 34-year-old man was held.", "34-year-old", "P34Y", "then-34-year-old"),
    ("Police held an 18-year-old woman.", "an 18-year-old", "P18Y", "a then-18-year-old"),
    ("The man, aged 61, was freed.", "aged 61", "P61Y", "then aged 61"),
    ("He is 40 years old.", "40 years old", "P40Y", "40 years old in February 2018"),
    ("So far this year 1,200 people have died.", "So far this year", "2018",
     "Between 1 January and 15 February 2018,"),
    ("The death toll has risen to 300.", "has risen to", "PRESENT_REF", "had by 15 February 2018 risen to"),
    ("The toll now stands at 1,200.", "now stands at 1,200", "PRESENT_REF", "stood at 1,200 in February 2018"),
    ("The latest figures show a rise.", "The latest", "PRESENT_REF", "The then-latest (February 2018)"),
    ("He has served for five years.", "five years", "P5Y", "five years as of February 2018"),
    ("US troops, in Afghanistan for more than a decade, are leaving.", "more than a decade", "P10Y",
     "more than a decade as of February 2018"),
])
def test_running_figures_say_when_they_were_counted(text: str, words: str, anchor: str, suggestion: str) -> None:
    f = only(text, words)
    assert (f.cls, f.anchor, f.suggestion, f.substitutes) == ("running_figure", anchor, suggestion, True)


def test_a_duration_that_ended_and_an_age_of_long_ago_are_not_running_figures() -> None:
    assert lens("Ministers agreed on a mission after three years of war.") == []
    assert lens("He was jailed for more than a decade. He will serve for three years.") == []
    assert lens("Kosovo, which they ruled for hundreds of years, has long been disputed.") == []
    assert lens("Employees 55 years old or older may retire.") == []
    assert lens("In 1990, a 34-year-old man was held.") == []


def test_without_a_publication_date_words_are_flagged_without_a_rewrite() -> None:
    found = lens("Last month the company now said it would act.", published=None)
    assert [(f.text, f.cls) for f in found] == [("Last month", "relative_date"), ("now", "present_state")]
    assert all(f.suggestion is None and not f.substitutes for f in found)
    assert found[0].anchor == "XXXX-XX"


def test_then_future_wins_over_relative_date_on_the_same_words() -> None:
    found = lens("The board will decide next month.")
    assert [(f.text, f.cls) for f in found] == [("next month", "then_future")]
