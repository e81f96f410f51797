"""How each temporal value was resolved (``resolved``, ``anchor_value``, ``anchor_start``), the weekday written
with an explicit date, and the forms the vocabulary tables now read that the old inline patterns missed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from workbench.core.extract import Extraction, extract

PUB = dt.date(2018, 2, 15)  # a Thursday
DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"


def claim(text: str, span: str, published: dt.date | None = PUB) -> Extraction:
    found = [c for c in extract(text, published) if c.text == span]
    assert found, f"{span!r} not in {[c.text for c in extract(text, published)]}"
    return found[0]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The minister resigned on Tuesday.", "Tuesday", "2018-02-13"),
    ("Prices rose last month.", "last month", "2018-01"),
    ("Sales fell this week.", "this week", "2018-W07"),
    ("The plant closed two years ago.", "two years ago", "2016"),
    ("Prices rose in December.", "December", "2017-12"),
    ("The vote is tomorrow.", "tomorrow", "2018-02-16"),
    ("Sales fell in the third quarter.", "the third quarter", "2017-Q3"),
])
def test_values_counted_from_the_publication_date(text: str, span: str, value: str) -> None:
    c = claim(text, span)
    assert (c.value, c.resolved, c.anchor_value, c.anchor_start) == (value, "publication", "2018-02-15", None)


def test_without_a_publication_date_the_value_stays_unknown_but_says_what_it_needs() -> None:
    c = claim("Prices rose last month.", "last month", None)
    assert (c.value, c.resolved, c.anchor_value) == ("XXXX-XX", "publication", None)


@pytest.mark.parametrize(("text", "span", "value", "anchor"), [
    ("It was sold in 2014. The following year it closed.", "The following year", "2015", "2014"),
    ("The bomb exploded on 3 March 2016. Later that day police arrived.", "Later that day", "2016-03-03",
     "2016-03-03"),
    ("Sales rose 4% in the third quarter from year-earlier levels.", "year-earlier", "2016-Q3", "2017-Q3"),
    ("In March, the board received an offer. The following month, the company was sold.",
     "The following month", "1989-04", "1989-03"),
])
def test_values_counted_from_an_earlier_date_in_the_text(text: str, span: str, value: str, anchor: str) -> None:
    published = dt.date(1989, 10, 30) if "board" in text else PUB
    c = claim(text, span, published)
    assert (c.value, c.resolved, c.anchor_value) == (value, "text", anchor)
    earlier = [e for e in extract(text, published) if e.value == anchor or e.start == c.anchor_start]
    assert earlier and earlier[0].start == c.anchor_start


@pytest.mark.parametrize(("text", "span"), [
    ("The report was published on 15 February 2018.", "15 February 2018"),
    ("The war ended in 2014.", "2014"),
    ("It opened in March 2016.", "March 2016"),
    ("The war lasted three years.", "three years"),
    ("Prices soared in the 1990s.", "the 1990s"),
])
def test_values_written_in_full(text: str, span: str) -> None:
    c = claim(text, span)
    assert (c.resolved, c.anchor_value, c.anchor_start) == ("absolute", None, None)


def test_other_kinds_have_no_provenance_and_the_json_grows_compatibly() -> None:
    claims = extract("Profit rose 12% to $88 billion last year.", PUB)
    assert [(c.kind, c.resolved) for c in claims] == [("percent", None), ("money", None), ("date", "publication")]
    percent, money, date = (c.to_dict() for c in claims)
    assert "resolved" not in percent and "resolved" not in money and "weekday" not in money
    assert date["resolved"] == "publication" and date["anchor_value"] == "2018-02-15"
    assert set(money) <= {"start", "end", "text", "kind", "value", "unit", "currency", "mod", "approximate",
                          "sentence", "confidence"}


def test_every_temporal_claim_of_the_news_sets_says_how_it_was_resolved() -> None:
    for name in ("newsdev-temporal.jsonl", "newsdev.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for published in (dt.date.fromisoformat(doc["published"]), None):
                for c in extract(doc["text"], published):
                    if c.kind in ("date", "time", "duration"):
                        assert c.resolved in ("absolute", "publication", "text"), (doc["id"], c.text)
                        assert (c.anchor_start is None) == (c.resolved != "text"), (doc["id"], c.text)
                    else:
                        assert c.resolved is None and c.anchor_value is None and c.weekday is None


# ------------------------------------------------------------------ the weekday as written


@pytest.mark.parametrize(("text", "span", "value", "weekday"), [
    ("The vote was held on Tuesday, 13 February 2018, in Rome.", "Tuesday, 13 February 2018", "2018-02-13",
     "Tuesday"),
    ("Voters go to the polls on Tuesday (3 March) in Texas.", "Tuesday (3 March)", "2018-03-03", "Tuesday"),
    ("The deadline is 3 March, a Tuesday, officials said.", "3 March, a Tuesday", "2018-03-03", "Tuesday"),
    ("He spoke on Thursday Feb. 15 in Paris.", "Thursday Feb. 15", "2018-02-15", "Thursday"),
    ("On Friday, March 2, the board met.", "Friday, March 2", "2018-03-02", "Friday"),
])
def test_the_weekday_written_with_a_date_is_kept_and_the_date_stays_the_value(
        text: str, span: str, value: str, weekday: str) -> None:
    c = claim(text, span)
    assert (c.kind, c.value, c.weekday) == ("date", value, weekday)
    assert c.to_dict()["weekday"] == weekday
    assert not any(e.text == weekday for e in extract(text, PUB)), "the weekday is not a second claim"


def test_a_wrong_weekday_is_kept_as_written_for_the_checker() -> None:
    c = claim("The vote was held on Monday, 13 February 2018.", "Monday, 13 February 2018")
    assert (c.value, c.weekday) == ("2018-02-13", "Monday")  # 13 February 2018 was a Tuesday


def test_a_time_on_a_written_date_keeps_its_weekday() -> None:
    c = claim("Kick-off is at 7.45pm on Friday, 26 September.", "7.45pm on Friday, 26 September",
              dt.date(2025, 9, 20))
    assert (c.kind, c.value, c.weekday) == ("time", "2025-09-26T19:45", "Friday")


def test_a_weekday_alone_has_no_weekday_field() -> None:
    c = claim("The minister resigned on Tuesday.", "Tuesday")
    assert c.weekday is None and "weekday" not in c.to_dict()


# ------------------------------------------------------------------ forms the tables read now


@pytest.mark.parametrize(("text", "span", "value"), [
    ("It cost U.S.$5 billion.", "U.S.$5 billion", {"amount": 5_000_000_000, "currency": "USD"}),
    ("The project costs Rs.500 crore.", "Rs.500 crore", {"amount": 5_000_000_000, "currency": "INR"}),
    ("The bridge cost Tk500 crore.", "Tk500 crore", {"amount": 5_000_000_000, "currency": "BDT"}),
    ("He paid KShs5,000 in fees.", "KShs5,000", {"amount": 5000, "currency": "KES"}),
    ("A ticket costs 60 Danish kroner.", "60 Danish kroner", {"amount": 60, "currency": "DKK"}),
    ("Tea rose by 50 paise a cup.", "50 paise", {"amount": 0.5, "currency": "INR"}),
    ("The quake moved 10 cubic kilometres of rock.", "10 cubic kilometres", {"amount": 10, "unit": "km\u00b3"}),
    ("It shipped 5 metric tonnes of rice.", "5 metric tonnes", {"amount": 5, "unit": "tonne"}),
])
def test_currency_and_unit_forms_read_from_the_tables(text: str, span: str, value: object) -> None:
    assert claim(text, span).value == value


def test_abbreviated_months_with_a_full_stop_and_holidays_with_a_relative_word() -> None:
    assert claim("The law took effect on Jun. 5, 2017.", "Jun. 5, 2017").value == "2017-06-05"
    assert claim("Sales fell last Black Friday.", "last Black Friday").value == "2017-11-24"
