"""Patterns of news English the lens learned from the first blind sets (benchmarks/data/blind-lens*.jsonl):
bare ages, growing lengths, reported speech, levels reached, parts of the day, dates counted ahead, words
the extractor dates that are not dates here, and the grammar of their rewrites."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.lens import Finding, apply_rewrites, find_dated_wording

PUBLISHED = dt.date(2018, 2, 15)  # a Thursday
LATER = dt.date(2026, 11, 25)


def lens(text: str, published: dt.date = PUBLISHED, as_of: dt.date = LATER) -> list[Finding]:
    return find_dated_wording(text, published, as_of)


def found(text: str, published: dt.date = PUBLISHED, as_of: dt.date = LATER) -> dict[str, Finding]:
    return {f.text: f for f in lens(text, published, as_of)}


def rewritten(text: str, published: dt.date = PUBLISHED, as_of: dt.date = LATER) -> str:
    return apply_rewrites(text, [(f.start, f.end, f.suggestion) for f in lens(text, published, as_of)
                                 if f.substitutes and f.suggestion is not None])


# --------------------------------------------------------------------------- running figures


@pytest.mark.parametrize(("text", "age"), [
    ("Mrs May, 62, has led the Conservatives since July 2016.", "62"),
    ("Whitfield, 52, a former school board president, will take office.", "52"),
    ("The whereabouts of the Iraqi leader, 65, were unknown.", "65"),
    ("The Ulster Unionist leader, David Trimble, 53, must persuade his party.", "53"),
])
def test_a_bare_age_after_a_name_is_a_running_figure(text: str, age: str) -> None:
    f = found(text)[age]
    assert (f.cls, f.anchor, f.suggestion, f.substitutes) == ("running_figure", f"P{age}Y", f"then {age}", True)


@pytest.mark.parametrize("text", [
    "Scores of 10, 20, 30 and 40 were recorded.",
    "However, 45, not 50, people came.",
    "In May, 62, a record, was reached.",
    "In 1990, Smith, 34, was held.",
])
def test_numbers_between_commas_that_are_not_ages_are_left(text: str) -> None:
    assert [f for f in lens(text) if f.cls == "running_figure"] == []


def test_aged_reads_then_aged() -> None:
    assert rewritten("The driver, aged 24, was charged.", dt.date(2013, 7, 5)) == "The driver, then aged 24, was charged."


def test_a_growing_length_before_its_noun_says_then() -> None:
    f = found("It is the worst crisis in the NHS's 74-year history.", dt.date(2023, 1, 12))["74-year"]
    assert (f.cls, f.anchor, f.suggestion) == ("running_figure", "P74Y", "then 74-year")
    assert [f.text for f in lens("Oil hit a 40-year high. She ended her 20-year career.")] == []


def test_a_length_counted_in_a_present_perfect_with_in_grows() -> None:
    f = found("It is the worst season I have seen in 35 years.", dt.date(2019, 12, 20))["35 years"]
    assert (f.cls, f.anchor) == ("running_figure", "P35Y")
    assert lens("The party won its first majority in 30 years.", dt.date(2014, 5, 16)) == []


def test_reported_speech_keeps_a_growing_length_on_the_day_of_publication() -> None:
    text = "The city council said residents had been without water and electricity for four days."
    f = found(text, dt.date(2022, 3, 4))["four days"]
    assert (f.cls, f.suggestion) == ("running_figure", "four days as of 4 March 2022")
    assert lens("Residents had been without water for four days when help came.", dt.date(2022, 3, 4)) == []


@pytest.mark.parametrize(("text", "span", "suggestion"), [
    ("The death toll has risen to 144.", "has risen to", "had by 15 February 2018 risen to"),
    ("The toll has risen to more than 3,700, officials said.", "has risen to", "had by 15 February 2018 risen to"),
    ("Cases have now passed 1,000.", "have now passed", "had by 15 February 2018 passed"),
])
def test_a_level_reached_rewords_the_verb_and_keeps_the_figure(text: str, span: str, suggestion: str) -> None:
    f = found(text)[span]
    assert (f.cls, f.anchor, f.suggestion) == ("running_figure", "PRESENT_REF", suggestion)


def test_a_change_is_not_a_level_and_a_state_word_carries_its_own_date() -> None:
    assert [f.cls for f in lens("Shares have fallen 12 per cent this month.")] == ["relative_date"]
    assert [(f.text, f.cls) for f in lens("Waiting lists currently stand at 7.2 million.")] == [
        ("currently", "present_state")]


def test_the_latest_figures_become_the_then_latest() -> None:
    assert rewritten("The latest figures show a rise.") == "The then-latest (February 2018) figures show a rise."


# --------------------------------------------------------------------------- present state


def test_the_latest_as_a_noun_is_present_state() -> None:
    f = found("The recall is the latest in a series of setbacks.")["the latest"]
    assert (f.cls, f.suggestion) == ("present_state", "the latest, as of February 2018,")


@pytest.mark.parametrize(("text", "out"), [
    ("The trust has now appointed a chief executive.", "The trust has by February 2018 appointed a chief executive."),
    ("Three states have already shut schools.", "Three states have by February 2018 shut schools."),
    ("She has not yet been charged.", "She has not as of February 2018 been charged."),
    ("Prices have recovered lately.", "Prices have recovered in the months before February 2018."),
    ("The council recently approved it.", "The council shortly before February 2018 approved it."),
])
def test_state_words_in_a_perfect_say_how_far_things_had_got(text: str, out: str) -> None:
    assert rewritten(text) == out


@pytest.mark.parametrize(("text", "word"), [
    ("Business groups warned that firms were already stockpiling goods.", "already"),
    ("Mr Barclay said the government had already freed up 2,500 beds.", "already"),
    ("The whereabouts of the leader were still unknown this morning.", "still"),
])
def test_a_clause_told_in_the_past_can_still_describe_the_day_of_publication(text: str, word: str) -> None:
    assert found(text)[word].cls == "present_state"


# --------------------------------------------------------------------------- relative dates


@pytest.mark.parametrize(("text", "span", "anchor", "out"), [
    ("She said this morning that she would stay.", "this morning", "2018-02-15TMO",
     "She said on the morning of 15 February 2018 that she would stay."),
    ("May survived a vote last night.", "last night", "2018-02-14TNI",
     "May survived a vote on the night of 14 February 2018."),
    ("Zuma spoke late last night.", "late last night", "2018-02-14TNI",
     "Zuma spoke late on the night of 14 February 2018."),
    ("The failures had not happened by this morning.", "this morning", "2018-02-15TMO",
     "The failures had not happened by the morning of 15 February 2018."),
    ("Looting broke out across Baghdad overnight.", "overnight", "2018-02-14TNI",
     "Looting broke out across Baghdad on the night of 14 February 2018."),
])
def test_parts_of_the_day_are_dated(text: str, span: str, anchor: str, out: str) -> None:
    f = found(text)[span]
    assert (f.cls, f.anchor) == ("relative_date", anchor)
    assert rewritten(text) == out


@pytest.mark.parametrize("text", [
    "It was the last night of the tour.",
    "Overnight trading was thin.",
    "Change will not happen overnight.",
    "He became a star overnight.",
])
def test_parts_of_the_day_that_are_not_dates_are_left(text: str) -> None:
    assert lens(text) == []


def test_this_time_last_year_is_the_month_a_year_before() -> None:
    text = "Results show fewer top grades than this time last year."
    f = found(text, dt.date(2019, 8, 15))["this time last year"]
    assert (f.anchor, f.suggestion) == ("2018-08", "in August 2018")
    assert rewritten(text, dt.date(2019, 8, 15)) == "Results show fewer top grades than in August 2018."


def test_a_clock_time_takes_the_day_its_sentence_names() -> None:
    text = "Polls opened at 7 a.m. today and will stay open until 8 p.m., officials said."
    assert rewritten(text, dt.date(1998, 11, 3)) == (
        "Polls opened at 7 a.m. on 3 November 1998 and will stay open until 8 p.m. on 3 November 1998, officials said.")
    assert lens("Polls close at 8 p.m.", dt.date(1998, 11, 3)) == []


def test_a_clock_time_before_tonight_is_one_time_on_that_day() -> None:
    f = found("Polls close at 10pm tonight.", dt.date(2019, 12, 12))["10pm tonight"]
    assert (f.anchor, f.suggestion) == ("2019-12-12T22:00", "10pm on 12 December 2019")


@pytest.mark.parametrize(("text", "span", "anchor", "before_it_passed"), [
    ("Results of the inquiry will be published in two weeks' time.", "two weeks' time", "2018-W09",
     "Results of the inquiry will be published in the week of 26 February 2018."),
    ("He will be sentenced in about eight weeks.", "about eight weeks", "2018-W15",
     "He will be sentenced in the week of 9 April 2018."),
    ("Talks will resume in 10 days.", "10 days", "2018-02-25", "Talks will resume on 25 February 2018."),
])
def test_a_length_counted_ahead_after_in_is_a_date(text: str, span: str, anchor: str, before_it_passed: str) -> None:
    f = found(text)[span]
    assert (f.cls, f.anchor, f.substitutes) == ("then_future", anchor, False)
    assert rewritten(text, as_of=dt.date(2018, 2, 20)) == before_it_passed


def test_within_a_length_and_a_record_are_not_dates_counted_ahead() -> None:
    assert lens("It will finish its investigation within a year.") == []
    assert lens("It will be the first majority in 30 years.") == []


def test_next_season_was_expected_and_has_no_calendar_value() -> None:
    f = found("The club will play at a temporary ground next season.")["next season"]
    assert (f.cls, f.anchor, f.substitutes) == ("then_future", None, False)


@pytest.mark.parametrize(("text", "published", "words"), [
    ("Voters went to the polls, and Super Tuesday is next week.", dt.date(2012, 2, 29), "Tuesday"),
    ("The last winter this severe was in 2010.", dt.date(2018, 3, 2), "last winter"),
    ("The results were declared 24 days earlier than in 2018.", dt.date(2019, 5, 2), "24 days earlier"),
    ("Sales fell 4 per cent in 2015 compared with a year earlier.", dt.date(2016, 2, 10), "a year earlier"),
])
def test_words_the_extractor_dates_that_are_not_dates_here(text: str, published: dt.date, words: str) -> None:
    start = text.index(words)
    assert [f.text for f in lens(text, published) if f.start < start + len(words) and start < f.end] == []


def test_a_holiday_of_one_day_becomes_that_day() -> None:
    text = "They struck a deal on Christmas Eve."
    assert rewritten(text, dt.date(2020, 12, 24)) == "They struck a deal on 24 December 2020."
    assert rewritten("Prices fell after Christmas.") == "Prices fell after Christmas 2017."


def test_words_opening_with_the_take_a_preposition_when_the_rewrite_drops_the() -> None:
    text = "The suspect was last seen the day before yesterday near the station."
    assert rewritten(text, dt.date(2017, 1, 18)) == "The suspect was last seen on 16 January 2017 near the station."


@pytest.mark.parametrize(("text", "published", "out"), [
    ("Police said yesterday's explosion at the chemical plant was caused by a leak.", dt.date(2005, 7, 8),
     "Police said the explosion at the chemical plant on 7 July 2005 was caused by a leak."),
    ("Last week's vote in the Senate was close.", PUBLISHED,
     "The vote in the Senate in the week of 5 February 2018 was close."),
])
def test_a_possessive_date_follows_the_place_of_its_noun(text: str, published: dt.date, out: str) -> None:
    assert rewritten(text, published) == out
