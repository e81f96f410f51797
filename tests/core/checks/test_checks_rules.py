"""Each rule on the issue's own examples: what an editor would be told, and when the checker keeps quiet."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import SEED
from workbench.core.checks import check_story

PUBLISHED = dt.date(2018, 2, 15)


def only(text: str, published: dt.date | None = PUBLISHED) -> tuple[str, str, str, str]:
    """The single finding on ``text``: (rule, message, expected, found)."""
    found = check_story(text, published)
    assert len(found) == 1, [f.to_dict() for f in found]
    f = found[0]
    return f.rule, f.message, f.expected, f.found


@pytest.mark.parametrize(("text", "published", "rule", "message", "expected", "found"), [
    ("Ministers met on Tuesday, 15 February 2018, in Brussels.", PUBLISHED, "weekday",
     "15 February 2018 was a Thursday, but the text says Tuesday", "a Thursday", "Tuesday"),
    ("The meeting on Thurs., Feb. 13, 2018 was cancelled.", PUBLISHED, "weekday",
     "13 February 2018 was a Tuesday, but the text says Thurs", "a Tuesday", "Thurs"),
    ("Of the 30 injured, 12 were children and 20 adults.", PUBLISHED, "parts_total",
     "12 + 20 = 32, but the total given is 30", "32", "30"),
    ("The 120 delegates included 40 from Asia and 90 from Europe.", PUBLISHED, "parts_total",
     "40 + 90 = 130, but the total given is 120 delegates: the parts add up to more than the total",
     "at least 130", "120 delegates"),
    ("Some 25%, or 60 of the 200 staff, will go.", PUBLISHED, "percentage",
     "60 of 200 is 30%, but the text says 25%", "30%", "25%"),
    ("About a third of the 30 passengers, or 15, were British.", PUBLISHED, "percentage",
     "a third of 30 is 10, but the text says 15", "10", "15"),
    ("Sales rose from £40m to £50m, a 50% increase.", PUBLISHED, "change",
     "from £40m to £50m is a rise of 25%, but the text says a rise of 50%", "a rise of 25%", "50%"),
    ("Unemployment rose from 4% to 6%, a 2% rise.", PUBLISHED, "change",
     "from 4% to 6% is a rise of 50% (2 percentage points), but the text says a rise of 2%", "a rise of 50%", "2%"),
    ("The bus said the UK sends £350m a week, or £5bn a year, to Brussels.", PUBLISHED, "rate",
     "£350m a week is £18.2 billion a year, but the text says £5bn a year", "£18.2 billion a year", "£5bn a year"),
    ("The company was fined $2 million on Monday.\n\nThe $2 billion fine is the largest on record.", PUBLISHED,
     "repeated_quantity", "the fine is $2 million here and $2 billion later: the same digits, another scale",
     "$2 million", "$2 billion"),
    ("The deal is worth €5m (£6.3m).", PUBLISHED, "currency_conversion",
     "€5m is about £3.86 million to £4.94 million at 2018 rates (0.771-0.988 GBP per EUR); the text says £6.3m "
     "(1.26 GBP per EUR)", "£3.86 million to £4.94 million", "£6.3m"),
    ("Smith, 45, who was born in 1960, said the plan would fail.", PUBLISHED, "age",
     "born 1960, the age on 15 February 2018 is 57 or 58, but the text says 45", "57 or 58", "45"),
    ("The war began in 2011. Now, after three years of war, the city is in ruins.", PUBLISHED, "duration",
     "the war began in 2011: to 2018 is 6 to 7 years, but the text says three years", "6 to 7 years",
     "three years"),
])
def test_each_rule_says_what_is_wrong_in_words(text: str, published: dt.date, rule: str, message: str,
                                               expected: str, found: str) -> None:
    assert only(text, published) == (rule, message, expected, found)


@pytest.mark.parametrize("text", [
    "Ministers met on Thursday, 15 February 2018, in Brussels.",
    "The court sits again on Friday (March 3).",  # 3 March 2017 was a Friday: the year could be either
    "Of the 30 injured, 12 were children and 18 adults.",
    "Of the 30 injured, 12 were in serious condition and two died.",  # not a breakdown that must add up
    "The 120 delegates included 40 from Asia.",  # "included": the parts may fall short
    "Police arrested 20 people on Monday, bringing the total to 45.",
    "Of the 1,000 people polled, 600 were worried about prices and 550 about jobs.",  # answers overlap
    "Some 25%, or 50 of the 200 staff, will go.",
    "About a third of the 30 passengers, or 10, were British.",  # "about a third" of 30 is 10
    "Turnout was 25%, or 249 of the 1,000 voters.",  # 24.9% written as 25%
    "Nearly a third of the 30 passengers, or nine, were British.",
    "Unemployment rose from 4% to 6%, a rise of 2 percentage points.",
    "Unemployment rose from 4% to 6%, a 50% rise.",
    "Profit rose 15% to $120 million, or $1.20 a share, from $104 million, or $1.04 a share.",
    "Sales rose from £40m in 2016 to £50m in 2017, and are expected to rise 10% this year.",
    "The plant produces 5,000 barrels a day, or 1.8 million barrels a year.",
    "It costs $3 a day, or about $1,000 a year.",
    "The UK sends £350m a week to Brussels and gets £4bn a year back.",
    "A $2 million fine was imposed in May. A $3 million fine followed in June.",
    "The council approved a £12m budget for the bridge. It later raised the budget to £15m.",
    "The deal is worth €5m (£4.3m).",
    "The state will spend $5bn (£2.7bn) on roads, the premier of New South Wales said.",  # Australian dollars
    "Smith, 57, who was born in 1960, said the plan would fail.",
    "The 63-year-old, born in 1955, died on Monday.",
    "The war began in 2011 and lasted three years.",
    "The war began in 2011. In 2014, after three years of war, the rebels took the city.",
])
def test_consistent_or_undecidable_text_gets_no_finding(text: str) -> None:
    assert check_story(text, PUBLISHED) == []


def test_the_seed_article_is_clean() -> None:
    """"after three years of war against Daesh" has no start date in the story: nothing to compare."""
    assert check_story(SEED.read_text(encoding="utf-8"), PUBLISHED) == []


def test_qualifiers_widen_or_bound_the_band() -> None:
    assert check_story("More than half of the 300 MPs, 140, signed.", PUBLISHED)  # more than half is over 150
    assert not check_story("More than half of the 300 MPs, 160, signed.", PUBLISHED)
    assert not check_story("Some 40 per cent of the 500 workers, about 190, were sacked.", PUBLISHED)
    assert check_story("Some 40 per cent of the 500 workers, about 120, were sacked.", PUBLISHED)


def test_a_weekday_on_a_date_whose_year_was_inferred_fits_either_year() -> None:
    assert [f.expected for f in check_story("The court sits again on Tuesday (March 3).", PUBLISHED)] == ["a Saturday"]


def test_without_a_publication_date_the_age_and_the_running_duration_stay_silent() -> None:
    assert check_story("Smith, 45, who was born in 1960, said.", None) == []
    assert check_story("The war, which broke out in 2011, has lasted three years.", None) == []
    # what needs no date still speaks
    assert [f.rule for f in check_story("He ruled for five years, from 1990 to 1998.", None)] == ["duration"]


def test_a_range_after_from_is_two_levels() -> None:
    [f] = check_story("Passenger numbers rose 15% from 2.4 million to 3.1 million.", PUBLISHED)
    assert f.rule == "change" and f.expected == "a rise of 29.2%"
