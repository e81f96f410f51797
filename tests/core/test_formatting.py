"""Values written for people, and read back from what they type (pure Python, no Qt)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.core.formatting import (
    format_value,
    guess_kind,
    parse_value,
    progress_text,
    value_to_text,
)


@pytest.mark.parametrize(("kind", "value", "extra", "expected"), [
    ("date", "2018-02-15", {}, "Thu 15 Feb 2018"),
    ("date", "2018-W07", {}, "Week 7, 2018"),
    ("date", "2018-01", {}, "January 2018"),
    ("date", "2014", {}, "2014"),
    ("date", "2018-Q1", {}, "Q1 2018"),
    ("date", "201", {}, "the 2010s"),
    ("date", "PRESENT_REF", {}, "now"),
    ("date", None, {}, "date not resolved"),
    ("time", "2018-02-15T14:30", {}, "Thu 15 Feb 2018, 14:30"),
    ("time", "T09:00", {}, "09:00"),
    ("duration", "P3Y", {}, "3 years"),
    ("duration", "P1Y6M", {}, "1 year 6 months"),
    ("duration", "PT90M", {}, "90 minutes"),
    ("duration", "P10Y", {"mod": "MORE_THAN"}, "more than 10 years"),
    ("duration", "PXY", {}, "some years"),
    ("money", {"amount": 88_000_000_000, "currency": "USD"}, {}, "US$88 billion"),
    ("money", {"amount": 1_500, "currency": "EUR"}, {}, "€1,500"),
    ("money", {"amount": 2_500_000, "currency": "GBP"}, {"approximate": True}, "about £2.5 million"),
    ("money", {"amount": 300, "currency": "XYZ"}, {}, "XYZ 300"),
    ("count", 1350, {"unit": "people"}, "1,350 people"),
    ("count", None, {"unit": "troops", "approximate": True}, "several troops"),
    ("percent", 3.5, {}, "3.5%"),
    ("quantity", {"amount": 5, "unit": "km"}, {}, "5 km"),
])
def test_values_read_as_people_write_them(kind: str, value: object, extra: dict, expected: str) -> None:
    assert format_value(kind, value, **extra) == expected


@pytest.mark.parametrize(("kind", "typed", "value"), [
    ("date", "15 Feb 2018", "2018-02-15"),
    ("date", "2018-02-15", "2018-02-15"),
    ("date", "February 2018", "2018-02"),
    ("date", "week 7 2018", "2018-W07"),
    ("duration", "3 years", "P3Y"),
    ("duration", "1 year 6 months", "P1Y6M"),
    ("duration", "p10y", "P10Y"),
    ("money", "US$88 billion", {"amount": 88_000_000_000, "currency": "USD"}),
    ("money", "$88bn", {"amount": 88_000_000_000, "currency": "USD"}),
    ("money", "300 GBP", {"amount": 300, "currency": "GBP"}),
    ("count", "1,350", 1350),
    ("percent", "12.5%", 12.5),
    ("quantity", "2 million tonnes", {"amount": 2_000_000, "unit": "tonnes"}),
    ("time", "14:30", "T14:30"),
])
def test_typed_values_are_understood(kind: str, typed: str, value: object) -> None:
    assert parse_value(kind, typed) == value


@pytest.mark.parametrize(("kind", "typed"), [
    ("date", "the thirtieth of Febtober"), ("date", "2018-02-30"), ("date", "2018-13"), ("money", "88 billion"),
    ("count", "many"), ("duration", "a while"), ("quantity", "5"), ("time", "25:00"),
])
def test_unusable_values_are_refused_with_a_reason(kind: str, typed: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        parse_value(kind, typed)


@given(st.integers(min_value=0, max_value=10**13))
def test_counts_survive_the_editor(number: int) -> None:
    assert parse_value("count", value_to_text("count", number)) == number


@given(st.integers(min_value=1, max_value=10**13), st.sampled_from(["USD", "EUR", "GBP", "JPY", "CHF", "AUD"]))
def test_sums_survive_the_editor(amount: int, currency: str) -> None:
    value = {"amount": amount, "currency": currency}
    shown = value_to_text("money", value)
    parsed = parse_value("money", shown)
    assert parsed["currency"] == currency
    assert parsed["amount"] == pytest.approx(amount, rel=1e-3)


@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_dates_survive_the_editor(day) -> None:  # type: ignore[no-untyped-def]
    iso = day.isoformat()
    assert parse_value("date", value_to_text("date", iso)) == iso
    assert parse_value("date", format_value("date", iso)) == iso


@pytest.mark.parametrize(("text", "kind"), [
    ("$5 million", "money"), ("12%", "percent"), ("three weeks", "duration"), ("last month", "date"),
    ("12 March", "date"), ("200 troops", "count"), ("14:30", "time"), ("40 km", "quantity"),
])
def test_the_kind_of_a_selection_is_guessed(text: str, kind: str) -> None:
    assert guess_kind(text) == kind


def test_progress_reads_naturally() -> None:
    assert progress_text(18, 14, 2) == "14 of 18 checked · 2 disputed"
    assert progress_text(18, 18, 0) == "18 of 18 checked · ready"
    assert progress_text(18, 18, 1) == "18 of 18 checked · 1 disputed · all checked"
    assert progress_text(0, 0, 0) == "No claims"


def test_formatting_needs_no_qt() -> None:
    code = "import sys, workbench.core.formatting; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_percentage_points_basis_points_shares_and_money_ranges_read_as_written() -> None:
    assert format_value("percent", 0.25, unit="pp") == "0.25 percentage points"
    assert format_value("percent", 25, unit="bp") == "25 basis points"
    assert format_value("percent", 66.6667, approximate=True) == "about 66.7%"
    assert format_value("percent", 4.87) == "4.87%"
    assert format_value("money", {"amount": 2e9, "currency": "USD", "max": 3e9}) == "US$2\u20133 billion"
    assert format_value("money", {"amount": 500_000, "currency": "GBP", "max": 2e6}) == "£500,000\u20132 million"
