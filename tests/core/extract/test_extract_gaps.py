"""Figures and dates that used to be missed or misread (docs/claims.md): fractions, four-digit counts,
ordinal days, bare years in comparisons, exchange rates, names with numbers, paper and show names."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.extract import extract

PUBLISHED = dt.date(2018, 2, 15)


def claims(text: str) -> list[tuple[str, str, object]]:
    return [(c.kind, c.text, c.value) for c in extract(text, PUBLISHED)]


def test_four_digit_numbers_before_a_counted_plural_are_counts() -> None:
    assert claims("The survey covered more than 1200 companies.") == [("count", "1200 companies", 1200)]
    assert claims("It employs 1500 people in 2000 offices.") == [
        ("count", "1500 people", 1500), ("count", "2000 offices", 2000)]
    assert claims("The 1800 workers at the plant walked out.") == [("count", "1800 workers", 1800)]


def test_years_before_a_plural_stay_years() -> None:
    assert claims("The 2008 elections were disputed.") == [("date", "2008", "2008")]
    assert claims("In 2000 people left the city.") == [("date", "2000", "2000")]


@pytest.mark.parametrize(("text", "value"), [
    ("The contract was signed on the 14th.", "2018-02-14"),
    ("Rents are due by the 1st.", "2018-03-01"),
    ("The talks will resume on the 28th.", "2018-02-28"),
])
def test_an_ordinal_day_is_that_day_of_the_month_by_tense(text: str, value: str) -> None:
    found = [c for c in extract(text, PUBLISHED) if c.kind == "date"]
    assert [(c.text[:4], c.value, c.resolved) for c in found] == [("the ", value, "publication")]


def test_ordinals_of_rank_and_centuries_are_no_days() -> None:
    assert [c.text for c in extract("He finished 5th on the 3rd floor.", PUBLISHED)] == []


def test_a_bare_year_in_a_comparison() -> None:
    assert claims("Unlike 1992, the pound is not under attack.") == [("date", "1992", "1992")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The yuan held at 6.8 to the dollar.", "6.8 to the dollar", {"amount": 6.8, "currency": "CNY", "per": "USD"}),
    ("The rupee was trading at 83.1 per dollar.", "83.1 per dollar",
     {"amount": 83.1, "currency": "INR", "per": "USD"}),
    ("It slid to 158 yen to the dollar.", "158 yen to the dollar", {"amount": 158, "currency": "JPY", "per": "USD"}),
    ("Shares were quoted at 6.8 against the euro.", "6.8 against the euro",
     {"amount": 6.8, "currency": None, "per": "EUR"}),
])
def test_exchange_rates_are_money_priced_per_a_currency(text: str, span: str, value: dict) -> None:
    assert claims(text) == [("money", span, value)]


def test_a_percentage_against_a_currency_is_no_rate() -> None:
    assert claims("The rand fell 0.5 per cent against the dollar.") == [("percent", "0.5 per cent", 0.5)]


@pytest.mark.parametrize("text", [
    "The campaign for the Birmingham Six went on.", "He fought in World War Two.", "She listened to Radio Four.",
    "A spokesman for No 10 spoke.", "Channel 4 showed Apollo 11.", "The bonds were rated B-2 and AA+.",
    "Formula One teams read Catch-22.", "The Big Four firms and the Gang of Four met.",
])
def test_names_that_contain_numbers_are_not_counts(text: str) -> None:
    assert claims(text) == []


def test_a_number_word_starting_a_sentence_still_counts() -> None:
    assert claims("Two men were held. \u201cThree people died,\u201d he said.") == [
        ("count", "Two men", 2), ("count", "Three people", 3)]


@pytest.mark.parametrize("text", [
    "She wrote in The Sunday Telegraph.", "He spoke on the Today programme.", "He presented Monday Night Football.",
    "She read the Mail on Sunday and USA Today.", "Shoppers chased Black Friday deals.",
])
def test_paper_and_show_names_are_not_dates(text: str) -> None:
    assert claims(text) == []


def test_the_days_themselves_still_are() -> None:
    assert [c[1] for c in claims("Queues formed on Black Friday. Today, shares fell; on Sunday night too.")] == [
        "Black Friday", "Today", "Sunday night"]
