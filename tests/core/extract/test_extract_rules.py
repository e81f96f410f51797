"""Hand-written cases for every rule of the extraction contract (docs/claims.md), from news-like sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.extract import extract

PUB = dt.date(2018, 2, 15)  # a Thursday


def find(text: str, span: str, published: dt.date | None = PUB):
    """The claim whose text is ``span`` (the first one), failing with the full output otherwise."""
    claims = extract(text, published)
    for c in claims:
        if c.text == span:
            return c
    raise AssertionError(f"{span!r} not found in {[(c.text, c.kind, c.value) for c in claims]}")


def texts(text: str, published: dt.date | None = PUB) -> list[str]:
    return [c.text for c in extract(text, published)]


# ---------------------------------------------------------------------------------------------- money

MONEY = [
    ("Iraq faces a bill of more than $88 billion to rebuild the country.", "$88 billion", 88e9, "USD"),
    ("The group's debt stands at US$1.2 trillion, filings show.", "US$1.2 trillion", 1.2e12, "USD"),
    ("The start-up raised €5m from investors last year.", "€5m", 5e6, "EUR"),
    ("The bank set aside £3.2bn for claims.", "£3.2bn", 3.2e9, "GBP"),
    ("The club paid 1.5 million dollars for the striker.", "1.5 million dollars", 1.5e6, "USD"),
    ("The state approved Rs 200 crore for flood relief.", "Rs 200 crore", 2e9, "INR"),
    ("Shares fell 50 cents in early trading.", "50 cents", 0.5, "USD"),
    ("He proposed a $1 billion fund to support the training efforts.", "$1 billion", 1e9, "USD"),
    ("Toyota expects a profit of 2.4 trillion yen this year.", "2.4 trillion yen", 2.4e12, "JPY"),
    ("The fund holds 300 million euros in bonds.", "300 million euros", 3e8, "EUR"),
    ("Ottawa pledged C$500 million for the project.", "C$500 million", 5e8, "CAD"),
    ("The ticket costs 40 Swiss francs.", "40 Swiss francs", 40, "CHF"),
    ("Imports were worth HK$12.5 billion in March.", "HK$12.5 billion", 12.5e9, "HKD"),
    ("A fine of £250,000 was imposed.", "£250,000", 250000, "GBP"),
    ("The company posted a loss of $992,000, or 15 cents a share.", "$992,000", 992000, "USD"),
    ("The deal values the firm at $4.5bn.", "$4.5bn", 4.5e9, "USD"),
]


@pytest.mark.parametrize(("sentence", "span", "amount", "currency"), MONEY)
def test_money(sentence: str, span: str, amount: float, currency: str) -> None:
    c = find(sentence, span)
    assert c.kind == "money"
    assert c.value["amount"] == pytest.approx(amount)
    assert c.value["currency"] == currency == c.currency


def test_money_range_and_modifier() -> None:
    c = find("Analysts put the cost at $2-3 billion.", "$2-3 billion")
    assert c.value == {"amount": 2_000_000_000, "currency": "USD", "max": 3_000_000_000}
    c = find("Iraq faces a bill of more than $88 billion to rebuild.", "$88 billion")
    assert c.mod == "MORE_THAN"
    c = find("The project will cost about $5 million.", "$5 million")
    assert c.mod == "APPROX" and c.approximate


def test_vague_money() -> None:
    c = find("The scheme lost millions of dollars over a decade.", "millions of dollars")
    assert c.kind == "money" and c.value["amount"] is None and c.approximate


# ---------------------------------------------------------------------------------------------- counts

COUNTS = [
    ("It will be smaller than what we have with 1,350 people deployed in Iraq.", "1,350 people", 1350, "people"),
    ("The Pentagon will send 3,000 troops to the region.", "3,000 troops", 3000, "troops"),
    ("The bill was signed by eight ministers on Monday.", "eight ministers", 8, "ministers"),
    ("Rebels shelled a dozen schools in the city.", "a dozen schools", 12, "schools"),
    ("Police arrested 27 protesters outside parliament.", "27 protesters", 27, "protesters"),
    ("The storm destroyed twenty-five homes.", "twenty-five homes", 25, "homes"),
    ("At least 75 people were killed and 1,643 wounded.", "75 people", 75, "people"),
    ("The airline will cut 2,500 jobs.", "2,500 jobs", 2500, "jobs"),
    ("Officials said 12 American soldiers were injured.", "12 American soldiers", 12, "soldiers"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "unit"), COUNTS)
def test_counts(sentence: str, span: str, value: int, unit: str) -> None:
    c = find(sentence, span)
    assert (c.kind, c.value, c.unit) == ("count", value, unit)


@pytest.mark.parametrize(("sentence", "span", "unit"), [
    ("The mission will need more than several hundred troops to be effective.", "several hundred troops",
     "troops"),
    ("Thousands of refugees crossed the border overnight.", "Thousands of refugees", "refugees"),
    ("Dozens of people were still missing on Saturday.", "Dozens of people", "people"),
    ("Tens of thousands of workers went on strike.", "Tens of thousands of workers", "workers"),
])
def test_vague_counts(sentence: str, span: str, unit: str) -> None:
    c = find(sentence, span)
    assert (c.kind, c.value, c.unit, c.approximate) == ("count", None, unit, True)


def test_count_without_noun_and_modifier() -> None:
    c = find("At least 82 were killed and more than 1,700 injured, officials said.", "1,700")
    assert (c.kind, c.value, c.mod) == ("count", 1700, "MORE_THAN")
    c = find("Between 200 and 300 people attended the rally.", "200 and 300 people")
    assert (c.kind, c.value, c.unit) == ("count", 200, "people")


# ---------------------------------------------------------------------------------------------- percent

PERCENT = [
    ("Unemployment fell to 12% in January.", "12%", 12, None),
    ("Turnout rose to 12 per cent, officials said.", "12 per cent", 12, None),
    ("Sales grew 12 percent from a year earlier.", "12 percent", 12, None),
    ("The party gained four percentage points.", "four percentage points", 4, "pp"),
    ("The central bank raised rates by 25 basis points.", "25 basis points", 25, "bp"),
    ("Inflation slowed to 2.4% in March.", "2.4%", 2.4, None),
    ("Exports were down 3.8 percent.", "3.8 percent", 3.8, None),
]


@pytest.mark.parametrize(("sentence", "span", "value", "unit"), PERCENT)
def test_percent(sentence: str, span: str, value: float, unit: str | None) -> None:
    c = find(sentence, span)
    assert c.kind == "percent" and c.value == pytest.approx(value) and c.unit == unit


def test_fraction_as_percent() -> None:
    c = find("Two-thirds of voters backed the plan.", "Two-thirds")
    assert c.kind == "percent" and c.value == pytest.approx(66.6667, abs=0.01) and c.approximate


# ---------------------------------------------------------------------------------------------- quantity

QUANTITY = [
    ("The convoy travelled 30 km to the border.", "30 km", 30, "km"),
    ("Customs seized 5 tonnes of cocaine.", "5 tonnes", 5, "tonne"),
    ("The cartel will cut output by 2.5 million barrels a day.", "2.5 million barrels a day", 2.5e6,
     "barrel/day"),
    ("Temperatures reached 40C in Seville.", "40C", 40, "°C"),
    ("The blasts occurred 700 kilometers (450 miles) apart.", "450 miles", 450, "mi"),
    ("The fire burned 12,000 hectares of forest.", "12,000 hectares", 12000, "ha"),
]


@pytest.mark.parametrize(("sentence", "span", "amount", "unit"), QUANTITY)
def test_quantity(sentence: str, span: str, amount: float, unit: str) -> None:
    c = find(sentence, span)
    assert c.kind == "quantity" and c.value["amount"] == pytest.approx(amount) and c.value["unit"] == unit
    assert c.unit == unit


# ---------------------------------------------------------------------------------------------- dates

DATES = [
    ("NATO defence ministers agreed on Thursday a bigger mission.", "Thursday", "2018-02-15"),
    ("Mattis requested NATO involvement last month in a letter.", "last month", "2018-01"),
    ("Al Abadi sent a letter requesting NATO help this week.", "this week", "2018-W07"),
    ("Iraq declared victory over Daesh in December.", "December", "2017-12"),
    ("The alliance aims to launch the mission in July at a summit.", "July", "2018-07"),
    ("The territory was captured by the militants in 2014.", "2014", "2014"),
    ("The report was published on Feb. 15, 2018.", "Feb. 15, 2018", "2018-02-15"),
    ("Profits fell last year, the company said.", "last year", "2017"),
    ("Prices rose sharply in the 1990s.", "the 1990s", "199"),
    ("The plant will open next spring.", "next spring", "2018-SP"),
    ("The minister resigned yesterday.", "yesterday", "2018-02-14"),
    ("The vote will be held tomorrow.", "tomorrow", "2018-02-16"),
    ("Results are due next week.", "next week", "2018-W08"),
    ("Sales rose in the third quarter.", "the third quarter", "2017-Q3"),
    ("The company was founded on 4 March 1998.", "4 March 1998", "1998-03-04"),
    ("Talks resumed on March 12.", "March 12", "2018-03-12"),
    ("The law took effect in January 2016.", "January 2016", "2016-01"),
    ("The rebels seized the town two years ago.", "two years ago", "2016"),
    ("He was elected last Friday.", "last Friday", "2018-02-09"),
    ("Voters go to the polls next Tuesday.", "next Tuesday", "2018-02-20"),
    ("The accord was signed this summer.", "this summer", "2018-SU"),
    ("Exports fell last fall.", "last fall", "2017-FA"),
    ("The deal was struck on 2017-11-03.", "2017-11-03", "2017-11-03"),
    ("The church dates from the 11th century.", "the 11th century", "10"),
    ("Growth slowed in the first half of 2017.", "the first half of 2017", "2017-H1"),
    ("Rates rose in Q3 2017.", "Q3 2017", "2017-Q3"),
    ("Prices peaked in mid-2014.", "mid-2014", "2014"),
    ("The store opened on Christmas Eve.", "Christmas Eve", "2017-12-24"),
    ("The strike began earlier this month.", "earlier this month", "2018-02"),
    ("The merger was completed in the fiscal year.", "the fiscal year", "2018"),
]


@pytest.mark.parametrize(("sentence", "span", "value"), DATES)
def test_dates(sentence: str, span: str, value: str) -> None:
    c = find(sentence, span)
    assert (c.kind, c.value) == ("date", value)


def test_date_modifiers() -> None:
    assert find("The talks collapsed in early March.", "early March").mod == "START"
    assert find("The bill passed in late 2016.", "late 2016").mod == "END"
    assert find("The talks collapsed in mid-November.", "mid-November").value == "2017-11"


def test_unresolved_without_publication_date() -> None:
    assert find("Iraq declared victory in December.", "December", None).value == "XXXX-12"
    assert find("The vote is on Thursday.", "Thursday", None).value == "XXXX-WXX-4"
    assert find("The vote was last year.", "last year", None).value == "XXXX"
    assert find("The bank was founded in 1998.", "1998", None).value == "1998"


def test_quarter_anaphora() -> None:
    text = ("Citadel posted a third-quarter net loss of $2.3 million, compared with net income of $5.3 million "
            "a year earlier. In the year-ago quarter, the company reported a profit.")
    assert find(text, "third-quarter", dt.date(1989, 11, 2)).value == "1989-Q3"
    assert find(text, "a year earlier", dt.date(1989, 11, 2)).value == "1988-Q3"
    assert find(text, "the year-ago quarter", dt.date(1989, 11, 2)).value == "1988-Q3"


# ---------------------------------------------------------------------------------------------- durations

DURATIONS = [
    ("The country emerged from three years of war.", "three years", "P3Y", None),
    ("Allies fear another assignment after more than a decade in Afghanistan.", "more than a decade", "P10Y",
     "MORE_THAN"),
    ("The inquiry lasted 18 months.", "18 months", "P18M", None),
    ("The ceasefire held for two weeks.", "two weeks", "P2W", None),
    ("Talks have been cut off for nearly two years.", "nearly two years", "P2Y", "LESS_THAN"),
    ("Stocks have plunged in the past three months.", "the past three months", "P3M", None),
    ("The flight took five hours.", "five hours", "PT5H", None),
    ("He signed a two-year contract.", "two-year", "P2Y", None),
    ("Albright will spend about 5 1/2 hours in Nairobi.", "about 5 1/2 hours", "PT5H30M", "APPROX"),
    ("Profit rose in the first nine months.", "the first nine months", "P9M", None),
    ("Fighting has gone on for years.", "years", "PXY", None),
    ("The plan has been debated for the past few weeks.", "the past few weeks", "PXW", None),
    ("Unemployment is at its lowest in two decades.", "two decades", "P20Y", None),
]


@pytest.mark.parametrize(("sentence", "span", "value", "mod"), DURATIONS)
def test_durations(sentence: str, span: str, value: str, mod: str | None) -> None:
    c = find(sentence, span)
    assert (c.kind, c.value, c.mod) == ("duration", value, mod)


def test_past_year_is_a_duration_previous_year_a_date() -> None:
    assert find("Hate crimes grew over the past year.", "the past year").value == "P1Y"
    text = "The company was founded in 2010. The previous year, its founder had left Google."
    c = find(text, "The previous year")
    assert (c.kind, c.value) == ("date", "2009")


# ---------------------------------------------------------------------------------------------- times

def test_times() -> None:
    c = find("The summit opens at 3 p.m. on Thursday.", "3 p.m. on Thursday")
    assert (c.kind, c.value) == ("time", "2018-02-15T15:00")
    c = find("Polls close Thursday at 8 p.m.", "Thursday at 8 p.m.")
    assert (c.kind, c.value) == ("time", "2018-02-15T20:00")
    c = find("The blast happened at 10:35 a.m. local time.", "10:35 a.m. local time")
    assert (c.kind, c.value) == ("time", "T10:35")


# ---------------------------------------------------------------------------------------------- numbers

@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("The ministry hired two hundred and fifty teachers.", "two hundred and fifty teachers", 250),
    ("The census counted 1,350,000 residents.", "1,350,000 residents", 1350000),
    ("The firm employs 12k workers.", "12k workers", 12000),
    ("The city has 3.5 million inhabitants.", "3.5 million inhabitants", 3500000),
    ("Forty-two deputies voted against.", "Forty-two deputies", 42),
])
def test_number_normalisation(sentence: str, span: str, value: int) -> None:
    assert find(sentence, span).value == value


# ---------------------------------------------------------------------------------------------- negatives

@pytest.mark.parametrize(("sentence", "forbidden"), [
    ("1.2174207-107084890\nFrom left: Canada's defence minister.", "1.2174207"),
    ("1.2174207-107084890\nFrom left: Canada's defence minister.", "107084890"),
    ("For details call 555-123-4567 or +44 20 7946 0958.", "555"),
    ("For details call 555-123-4567 or +44 20 7946 0958.", "7946"),
    ("The figures are on page 12 of the report.", "12"),
    ("Leaders met at the G20 summit in Buenos Aires.", "20"),
    ("A Boeing 737 crashed shortly after take-off.", "737"),
    ("The ceremony took place on the second day of the meeting.", "second day"),
    ("The alliance must now set the scope of the mission.", "now"),
    ("It will be smaller than what we have at the moment.", "at the moment"),
    ("Officials recently said the plan would soon be ready.", "recently"),
    ("Officials recently said the plan would soon be ready.", "soon"),
    ("The scheme is currently under review.", "currently"),
    ("Mistakes were made in the past.", "the past"),
    ("Nobody can predict the future.", "the future"),
    ("The 2011 withdrawal left a vacuum.", "2011 withdrawal"),
    ("The F-16 jets landed under Resolution 425.", "425"),
    ("She finished 3rd in the race.", "3rd"),
    ("Flight 370 disappeared in 2014.", "370"),
])
def test_not_claims(sentence: str, forbidden: str) -> None:
    claims = extract(sentence, PUB)
    assert not any(forbidden in c.text for c in claims), [(c.text, c.kind) for c in claims]


def test_number_in_date_or_money_is_not_also_a_count() -> None:
    claims = extract("On Feb. 15, 2018 the fund paid $88 billion to 12 banks.", PUB)
    assert [(c.text, c.kind) for c in claims] == [("Feb. 15, 2018", "date"), ("$88 billion", "money"),
                                                   ("12 banks", "count")]


def test_may_the_verb_is_not_a_month() -> None:
    assert not any(c.kind == "date" for c in extract("Prices May rise, but they may also fall.", PUB))
    assert find("The law was passed in May.", "May").value == "2017-05"


def test_sentence_spans_and_confidence() -> None:
    text = "Prices rose 5% in 2017. Wages fell. Exports grew 3 percent last year."
    for c in extract(text, PUB):
        sentence = text[c.sentence_start:c.sentence_end]
        assert c.text in sentence
        assert 0.0 <= c.confidence <= 1.0
    c = find(text, "3 percent")
    assert text[c.sentence_start:c.sentence_end] == "Exports grew 3 percent last year."


def test_to_dict_shape() -> None:
    c = find("Iraq faces a bill of more than $88 billion.", "$88 billion")
    d = c.to_dict()
    assert d["value"] == {"amount": 88_000_000_000, "currency": "USD"}
    assert d["currency"] == "USD" and d["mod"] == "MORE_THAN" and d["text"] == "$88 billion"


def test_clock_times_and_rates_are_not_dates_or_durations() -> None:
    claims = extract("The quake struck at 2:45 a.m. local time (1845 GMT) on Sunday.", PUB)
    assert not any(c.text == "1845" for c in claims)
    claims = extract("The government plans to build 300,000 homes a year by 2025.", PUB)
    assert not any(c.kind == "duration" for c in claims)
    assert find("Nobody had been paid in a year.", "a year").value == "P1Y"


def test_passive_after_future_marker_looks_ahead() -> None:
    c = find("The World Cup final will be played on July 15 in Moscow.", "July 15", dt.date(2017, 12, 8))
    assert c.value == "2018-07-15"


def test_range_second_half_is_not_a_count() -> None:
    claims = extract("Leaders meet on Dec. 14-15 in Brussels.", dt.date(2017, 12, 8))
    assert [(c.text, c.kind) for c in claims] == [("Dec. 14", "date")]


def test_month_and_year_anaphora() -> None:
    text = "In March, the board received an offer. The following month, the company put itself up for sale."
    assert find(text, "The following month", dt.date(1989, 10, 30)).value == "1989-04"
    claims = extract("Profit rose from the 1988 quarter.", dt.date(1989, 10, 30))
    assert not any(c.kind == "duration" for c in claims)
