"""Hand-written cases for the finer temporal rules: tense cues, anaphoric days and periods, spelled-out
years, ages and recurring days. One test per rule, with the negative cases next to the positive ones."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.extract import extract

THU = dt.date(2018, 2, 15)  # a Thursday


def claims(text: str, published: dt.date | None = THU) -> list[tuple[str, str, object]]:
    """(text, kind, value) of every claim."""
    return [(c.text, c.kind, c.value) for c in extract(text, published)]


def temporal(text: str, published: dt.date | None = THU) -> list[tuple[str, str, object]]:
    """(text, kind, value) of the dates, times and durations only."""
    return [c for c in claims(text, published) if c[1] in ("date", "time", "duration")]


def value(text: str, span: str, published: dt.date | None = THU) -> object:
    for c in extract(text, published):
        if c.text == span:
            return c.value
    raise AssertionError(f"{span!r} not found in {claims(text, published)}")


# ------------------------------------------------------------------------------------ bare month names

def test_weak_past_tense_yields_to_a_month_just_ahead() -> None:
    aug = dt.date(2017, 8, 16)
    text = "The minister told oil companies of a 15 percent cutback in their supply in September."
    assert value(text, "September", aug) == "2017-09"
    # a verb right before the month is strong evidence: the last September
    assert value("The plant was closed in September.", "September", aug) == "2016-09"
    # a month well ahead with past tense stays in the past
    assert value("The board told investors of a cutback in December.", "December", aug) == "2016-12"


def test_past_tense_month_earlier_this_year_is_this_year() -> None:
    oct_ = dt.date(2017, 10, 27)
    text = "In March, the group received a takeover offer from a rival bank."
    assert value(text, "March", oct_) == "2017-03"


def test_future_tense_month_later_this_year_is_this_year() -> None:
    mar = dt.date(2018, 3, 4)
    text = "Colonel Collins will be named commander of the shuttle for a mission in December."
    assert value(text, "December", mar) == "2018-12"


def test_participle_after_future_marker_stays_future() -> None:
    oct_ = dt.date(2017, 10, 30)
    assert value("Final rules to be published in early November will decide.", "early November",
                 oct_) == "2017-11"


def test_the_march_accession_names_the_month() -> None:
    feb = dt.date(2019, 2, 10)
    assert value("The March accession will let the three countries sign.", "March", feb) == "2019-03"
    assert temporal("The March on Washington drew large crowds.", feb) == []


def test_abbreviated_month_before_a_name_is_a_first_name() -> None:
    text = "The foreign ministers of Poland and Jan Kavan of the Czech Republic signed."
    assert not [c for c in claims(text) if c[1] == "date"]
    assert value("Exports rose in Jan and fell in Feb.", "Jan") == "2018-01"


# ------------------------------------------------------------------------------------------ tense cues

def test_next_to_is_not_a_future_marker() -> None:
    sat = dt.date(2018, 2, 17)
    text = "Dozens were killed in the blasts next to the embassy on Friday."
    assert value(text, "Friday", sat) == "2018-02-16"


def test_plans_as_a_noun_is_not_a_future_marker() -> None:
    mon = dt.date(2018, 2, 19)
    text = "On Friday, when the minister set aside vacation plans for the trip, aides said little."
    assert value(text, "Friday", mon) == "2018-02-16"
    assert value("The ministry plans to open the bridge on Friday.", "Friday", mon) == "2018-02-23"


def test_adjective_in_ed_is_not_a_past_marker() -> None:
    oct_ = dt.date(2017, 10, 26)
    text = "The split would be paid on a still unspecified date in January to holders of record."
    assert value(text, "January", oct_) == "2018-01"


# ------------------------------------------------------------------------------------- anaphoric days

def test_that_day_and_the_next_morning_follow_the_last_date() -> None:
    text = ("The bombing occurred on Aug. 7, 2017. Earlier that day, the ambassador met officials. "
            "She flew home the next morning and returned the following day.")
    assert value(text, "Earlier that day") == "2017-08-07"
    assert value(text, "the next morning") == "2017-08-08TMO"
    assert value(text, "the following day") == "2017-08-09"


def test_that_same_day_after_a_month_is_a_day_of_that_month() -> None:
    text = "The doctor was shot last October. His name was crossed out on the site that same day."
    assert value(text, "that same day") == "2017-10-XX"


def test_that_day_without_a_date_in_view_is_not_a_claim() -> None:
    text = "You get a news item, it hits, and you have strong redemptions that day."
    assert temporal(text) == []


# ---------------------------------------------------------------------------------- full dates, lists

def test_last_before_a_month_and_day() -> None:
    apr = dt.date(1999, 4, 19)
    text = "He was shot to death last Oct. 23 at his home."
    assert temporal(text, apr) == [("last Oct. 23", "date", "1998-10-23")]


def test_second_day_of_a_list_takes_the_month() -> None:
    text = "A ceremony will be held at the summit on April 24 and 25."
    assert temporal(text) == [("April 24", "date", "2018-04-24"), ("25", "date", "2018-04-25")]
    dates = [c[0] for c in claims("On April 24 and 25 people were hurt.") if c[1] == "date"]
    assert dates == ["April 24"]


def test_year_after_a_day_range_applies_to_the_first_day() -> None:
    assert value("Talks ran March 3-5, 2016, in Geneva.", "March 3") == "2016-03-03"


def test_the_week_of_a_date_is_not_this_week() -> None:
    text = "The case may be heard in a court hearing the week of March 6."
    assert not any(c[0] == "the week" for c in claims(text))
    assert value(text, "March 6") == "2018-03-06"


# --------------------------------------------------------------------------------------- years, holidays

def test_spelled_out_year_after_a_month_or_season() -> None:
    text = "January nineteen ninety-seven. A bomb went off. In the winter of nineteen ninety-four it snowed."
    assert value(text, "January nineteen ninety-seven") == "1997-01"
    assert value(text, "winter of nineteen ninety-four") == "1994-WI"


def test_year_after_pre_or_post() -> None:
    text = "The post-1959 politics split families, unlike the pre-2008 rules."
    assert value(text, "post-1959") == "1959"
    assert value(text, "pre-2008") == "2008"


def test_holiday_close_to_publication_is_that_one() -> None:
    apr = dt.date(2000, 4, 17)
    assert value("Protesters prayed as Easter began.", "Easter", apr) == "2000-04-23"
    assert value("He spent Christmas in jail.", "Christmas", apr) == "1999-12-25"


# ------------------------------------------------------------------------------------------ durations

def test_unit_long_adjectives_are_durations() -> None:
    text = "Lawyers left their third day-long meeting, part of a decades-long feud and a two-year-long inquiry."
    assert value(text, "day-long") == "P1D"
    assert value(text, "decades-long") == "PXDE"
    assert value(text, "two-year-long") == "P2Y"


def test_ages_in_years_old_are_not_durations() -> None:
    assert not any(c[1] == "duration" for c in claims("Mr. Reupke, 52 years old, resigned."))
    assert value("He served 12 years in prison.", "12 years") == "P12Y"


def test_the_early_hours_is_not_a_duration() -> None:
    text = "Police arrested him in the early hours of Thursday."
    assert not any(c[1] == "duration" for c in claims(text))


# ------------------------------------------------------------------------------------------ not dates

def test_recurring_weekdays_are_not_dates() -> None:
    text = "Flights leave on Monday and Tuesday nights, and a third departs each Thursday."
    assert temporal(text) == []
    assert value("We met on Tuesday night.", "Tuesday night") == "2018-02-13TNI"


def test_today_in_general_is_not_a_date() -> None:
    assert temporal("In today's world, the case speaks to today's youth.") == []
    assert value("Today's meeting was tense.", "Today") == "2018-02-15"


# ------------------------------------------------------------------------------------ earnings periods

def test_periods_in_earnings_reports_follow_the_quarter() -> None:
    pub = dt.date(1989, 10, 26)
    text = ("Net rose 5% in the third quarter. In the year-ago period, it earned $101.4 million. "
            "The latest period included a gain. In the 1988 period, sales fell.")
    assert value(text, "the year-ago period", pub) == "1988-Q3"
    assert value(text, "The latest period", pub) == "1989-Q3"
    assert value(text, "the 1988 period", pub) == "1988-Q3"


def test_period_after_nine_months_is_the_year() -> None:
    pub = dt.date(1989, 11, 2)
    text = ("Net was $24 million in the third quarter. In the first nine months, net was $306 million, "
            "against a loss in the 1988 period.")
    assert value(text, "the 1988 period", pub) == "1988"


def test_that_quarter_and_a_quarter_valued_from_context() -> None:
    pub = dt.date(1989, 10, 26)
    text = "Profit rose in the second quarter. Results for that quarter included a write-down."
    assert value(text, "that quarter", pub) == "1989-Q2"
    text = "Sales rose in the quarter ended Sept. 30 from a year ago."
    assert value(text, "a year ago", pub) == "1988-Q3"


# ------------------------------------------------------------------------------------ modern news (round 2)

def test_than_expected_is_not_a_future_marker() -> None:
    mar = dt.date(2025, 3, 14)
    assert value("Exports grew more than expected in February.", "February", mar) == "2025-02"
    # "forecast to", "projected to" look ahead like "expected to"
    wed = dt.date(2025, 1, 8)
    assert value("Winds were forecast to ease by Thursday afternoon.", "Thursday afternoon",
                 wed) == "2025-01-09TAF"


def test_the_weekend_on_a_friday_is_the_one_ahead() -> None:
    fri = dt.date(2024, 7, 19)
    assert value("Rail operators said the strike could last through the weekend.", "the weekend",
                 fri) == "2024-W29-WE"
    mon = dt.date(2024, 7, 22)
    assert value("Rail operators said the strike lasted through the weekend.", "the weekend",
                 mon) == "2024-W29-WE"


def test_a_quarter_named_by_its_months() -> None:
    aug = dt.date(2025, 8, 6)
    assert value("Profit in the June quarter doubled.", "the June quarter", aug) == "2025-Q2"
    assert value("Bookings for the January-March quarter slowed.", "the January-March quarter",
                 aug) == "2025-Q1"
    assert value("Bookings for the October-December quarter slowed.", "the October-December quarter",
                 dt.date(2025, 2, 6)) == "2024-Q4"
    assert value("Sales for the September 2023 quarter fell.", "the September 2023 quarter", aug) == "2023-Q3"
    # a year earlier follows the quarter in view
    text = "Revenue in the March quarter rose 9% from a year earlier."
    assert value(text, "a year earlier", aug) == "2024-Q1"
    # a month that ends no quarter does not name one
    assert all("Q" not in str(c[2]) for c in temporal("Sales in the May quarter rose.", aug))


def test_split_and_fiscal_years_take_the_year_they_end_in() -> None:
    pub = dt.date(2025, 5, 2)
    assert value("Exports rose in the 2023-24 financial year.", "2023-24 financial year", pub) == "2024"
    assert value("The budget for FY2022/23 was cut.", "FY2022/23", pub) == "2023"
    assert value("Growth is seen at 6.5% in FY26.", "FY26", pub) == "2026"
    assert value("Output fell in 2019-20, the ministry said.", "2019-20", pub) == "2020"
    # a range of whole years is two years, and a span of several years is not one fiscal year
    assert [c[2] for c in temporal("Prices rose between 2014-2015, then fell.", pub)] == ["2014", "2015"]
    assert temporal("He was coach in 2012-14 at two clubs.", pub) == []


def test_shopping_days_and_holidays_used_as_adjectives() -> None:
    pub = dt.date(2025, 11, 20)
    assert value("Retailers expect record sales on Black Friday.", "Black Friday", pub) == "2025-11-28"
    assert value("Cyber Monday will follow.", "Cyber Monday", pub) == "2025-12-01"
    assert temporal("Black Friday deals started early.", pub) == []
    assert temporal("Stalls at the Christmas market sold mulled wine.", pub) == []
    assert value("The mall will close before Christmas.", "Christmas", pub) == "2025-12-25"


def test_bare_plural_after_take_or_last_is_a_duration() -> None:
    assert value("Clearing the backlog could take days, the airline said.", "days") == "PXD"
    assert value("The hearings lasted hours.", "hours") == "PTXH"
    # "weeks before the vote" names a time anchored on the event: not valued, not a claim
    assert temporal("The ads ran weeks before the vote.") == []


def test_the_end_of_the_decade_is_the_current_one() -> None:
    pub = dt.date(2024, 10, 31)
    assert value("Growth will slow to 1.5% by the end of the decade.", "the end of the decade", pub) == "202"
    assert temporal("The decade was a hard one.", pub) == []


def test_year_opening_a_sentence_before_a_verb() -> None:
    pub = dt.date(2025, 12, 30)
    assert value("2025 was one of the three hottest years on record.", "2025", pub) == "2025"
    assert value("The year 2024 marks a turning point.", "The year 2024", pub) == "2024"


def test_capitalised_season_in_a_name_is_not_a_season() -> None:
    pub = dt.date(2024, 7, 26)
    assert [c[0] for c in temporal("Paris last hosted the Summer Games in 1924.", pub)] == ["1924"]
    assert value("Athletes will train here this summer.", "this summer", pub) == "2024-SU"


def test_second_day_of_a_weekday_range_follows_the_first() -> None:
    thu = dt.date(2024, 4, 11)
    text = "Staff were given a holiday from Monday to Friday."
    assert value(text, "Monday", thu) == "2024-04-08"
    assert value(text, "Friday", thu) == "2024-04-12"


def test_quarter_that_ended_is_in_the_past() -> None:
    feb = dt.date(2025, 2, 20)
    text = "Analysts expect revenue of $38bn for the fourth quarter, which ended in late January."
    assert value(text, "the fourth quarter", feb) == "2024-Q4"
    assert value(text, "late January", feb) == "2025-01"  # an inferred quarter year anchors no month
    assert value("Analysts expect a rebound in the fourth quarter.", "the fourth quarter", feb) == "2025-Q4"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The finance minister leaves on Saturday for a trip to Washington.", "2025-03-01"),
        ("The committee concludes its three-day meeting on Friday, economists said.", "2025-02-28"),
        ("Workers will strike unless the city agrees to raise wages by Tuesday.", "2025-03-04"),
        ("Snow may disrupt trains on Monday, forecasters said.", "2025-03-03"),
        ("The plant starts production in October.", "2025-10"),
        ("The minister said on Monday that prices had fallen.", "2025-02-24"),
    ],
)
def test_the_present_of_a_scheduled_event_looks_ahead(sentence: str, expected: str) -> None:
    """Published on Wednesday 26 February 2025: a scheduled present ("leaves on Saturday") is the next one."""
    values = [c.value for c in extract(sentence, dt.date(2025, 2, 26)) if c.kind == "date"]
    assert values == [expected]


def test_a_clock_time_in_a_named_zone_joins_its_day() -> None:
    text = "The launch is set for 10 a.m. Pacific time on Tuesday, the company said."
    claims = [(c.text, c.kind, c.value) for c in extract(text, dt.date(2025, 4, 5))]
    assert claims == [("10 a.m. Pacific time on Tuesday", "time", "2025-04-08T10:00")]


def test_a_month_or_year_earlier_counts_from_the_month_in_view() -> None:
    text = ("Retail inflation eased to 4.87% in October from 5.02% a month earlier. "
            "Tax collections rose 11% in January from a year earlier. Prices were higher a year earlier.")
    values = [(c.text, c.value) for c in extract(text, dt.date(2025, 2, 26)) if c.kind == "date"]
    assert values == [("October", "2024-10"), ("a month earlier", "2024-09"), ("January", "2025-01"),
                      ("a year earlier", "2024-01"), ("a year earlier", "2024")]


# ------------------------------------------------------------------------------------ quotes, possessives, schedules

@pytest.mark.parametrize(("text", "span", "expected"), [
    ('"Last month was our worst for sales," the owner said.', "Last month", "2018-01"),
    ("\u201cNext week we go back,\u201d he said.", "Next week", "2018-W08"),
    ('"Two years ago we won," he said.', "Two years ago", "2016"),
])
def test_a_relative_date_right_after_an_opening_quote_is_read(text: str, span: str, expected: str) -> None:
    assert value(text, span) == expected


def test_a_quoted_title_is_not_a_relative_date() -> None:
    assert temporal('Baker, speaking on ABC News\' "This Week," said the talks failed.') == []
    assert temporal('"The quarter was terrible," said an analyst.', dt.date(1989, 10, 27)) == []


def test_a_possessive_weekday_governed_by_will_is_ahead() -> None:
    assert value("Union leaders will put the offer to members at Tuesday's meeting.", "Tuesday") == "2018-02-20"
    assert value("After Tuesday's attack, officials will meet.", "Tuesday") == "2018-02-13"
    assert value("They said they would look for ways around Wednesday's ruling.", "Wednesday") == "2018-02-14"


def test_take_effect_in_the_present_is_a_schedule() -> None:
    assert value("The new rates take effect Monday.", "Monday", dt.date(2019, 1, 2)) == "2019-01-07"
    assert value("Higher contributions take effect in April.", "April", dt.date(2002, 12, 31)) == "2003-04"


def test_a_holiday_before_an_event_noun_names_the_event() -> None:
    assert temporal("The New Year's Eve fireworks display will go ahead.", dt.date(2006, 12, 29)) == []
