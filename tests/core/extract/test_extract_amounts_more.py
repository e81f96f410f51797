"""Money, counts, percentages and quantities: one test per rule added to ``amounts.py`` / ``numbers.py``.

Every sentence here is written for these tests (news-like, not taken from any corpus); each rule has
positive cases and the negatives it must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.extract import extract

PUB = dt.date(2019, 5, 16)  # a Thursday


def claims(text: str) -> list[tuple[str, str, object, str | None]]:
    return [(c.text, c.kind, c.value, c.unit) for c in extract(text, PUB)]


def find(text: str, span: str):
    for c in extract(text, PUB):
        if c.text == span:
            return c
    raise AssertionError(f"{span!r} not found in {claims(text)}")


def figures(text: str, kind: str | None = None) -> list[str]:
    """Texts of the non-temporal claims (of one kind if given)."""
    return [c.text for c in extract(text, PUB)
            if c.kind in ("money", "count", "percent", "quantity") and (kind is None or c.kind == kind)]


# ---------------------------------------------------------------------------------------------- ages

@pytest.mark.parametrize(("sentence", "span", "value", "unit"), [
    ("Police said a 7-year-old boy was pulled from the river on Sunday.", "7-year-old", 7, "years old"),
    ("The 61-year-old senator announced her retirement.", "61-year-old", 61, "years old"),
    ("A nine-year-old girl was among the injured.", "nine-year-old", 9, "years old"),
    ("The rebels broke the 10-month-old ceasefire overnight.", "10-month-old", 10, "months old"),
    ("The 75-year-old treaty is under review.", "75-year-old", 75, "years old"),
])
def test_age_is_a_count_in_years_old(sentence: str, span: str, value: int, unit: str) -> None:
    c = find(sentence, span)
    assert (c.kind, c.value, c.unit) == ("count", value, unit)


def test_age_rule_leaves_durations_alone() -> None:
    c = find("The coach signed a three-year contract with the club.", "three-year")
    assert c.kind == "duration"
    assert figures("Nursery places for two-year-olds will be free.") == []


# ---------------------------------------------------------------------------------------------- percent

def test_percent_glued_to_a_hyphenated_word() -> None:
    c = find("The refinery, which is 85%-owned by the state oil company, will close.", "85%")
    assert (c.kind, c.value) == ("percent", 85)
    c = find("It will pay holders of its Northwind 7% notes in cash.", "7%")  # a name before a percent
    assert (c.kind, c.value) == ("percent", 7)


def test_mixed_fraction_percent() -> None:
    c = find("The utility sold $200 million of 7 3/8% bonds due 2030.", "7 3/8%")
    assert (c.kind, c.value) == ("percent", 7.375)


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("Lawmakers passed the measure by a two-thirds majority.", "two-thirds", 66.6667),
    ("The ministry cut its staff by one-third over two years.", "one-third", 33.3333),
])
def test_hyphenated_fraction_as_percent(sentence: str, span: str, value: float) -> None:
    c = find(sentence, span)
    assert c.kind == "percent" and c.value == pytest.approx(value, abs=0.01) and c.approximate


def test_fraction_of_a_share_is_not_a_percent() -> None:
    assert figures("Each right lets holders buy one-half share of common stock.", "percent") == []


def test_spoken_decimal() -> None:
    c = find("The carmaker announced a one point six billion dollar savings plan.", "one point six billion dollar")
    assert (c.kind, c.value) == ("money", {"amount": 1_600_000_000, "currency": "USD"})
    c = find("Unemployment rose to five point two percent in April.", "five point two percent")
    assert (c.kind, c.value) == ("percent", 5.2)
    # "point" that is not a decimal point: the count after it is still found
    c = find("At one point six protesters were inside the building.", "six protesters")
    assert (c.kind, c.value) == ("count", 6)


# ---------------------------------------------------------------------------------------------- counts

@pytest.mark.parametrize(("sentence", "span", "value", "unit"), [
    ("The board set up a five-member panel to review the bids.", "five-member", 5, "member"),
    ("Fire gutted the 14-story tower on Tuesday.", "14-story", 14, "story"),
    ("The appeal goes before a three-judge panel next month.", "three-judge", 3, "judge"),
])
def test_hyphenated_compound_counts_its_noun(sentence: str, span: str, value: int, unit: str) -> None:
    c = find(sentence, span)
    assert (c.kind, c.value, c.unit) == ("count", value, unit)


@pytest.mark.parametrize("sentence", [
    "Historians call it the defining war of the twenty-first century.",
    "The company approved a two-for-one stock split.",
    "He manages a Seven-Eleven store in the suburbs.",
    "The band's singer is a twenty-something from Leeds.",
])
def test_hyphenated_words_that_are_not_counts(sentence: str) -> None:
    assert figures(sentence, "count") == []


@pytest.mark.parametrize(("sentence", "span", "unit"), [
    ("The bombing at the market killed one person and wounded 14.", "one person", "person"),
    ("The agency said it had received only one complaint about the ad.", "one complaint", "complaint"),
    ("There has been at least one attempt to settle the dispute.", "one attempt", "attempt"),
])
def test_one_as_a_count_after_a_word_that_asks_for_a_number(sentence: str, span: str, unit: str) -> None:
    c = find(sentence, span)
    assert (c.kind, c.value, c.unit) == ("count", 1, unit)


@pytest.mark.parametrize("sentence", [
    "He is my son. The one who decides for him is me.",
    "She was one of the lawyers who argued the case.",
    "No one was hurt in the blast, police said.",
    "One senior diplomat said the talks had stalled.",
    "The plan was a good one, the minister said.",
    "Only one of the suspects has been charged.",
    "Three remain in custody and one has been released.",
])
def test_pronoun_one_is_not_a_claim(sentence: str) -> None:
    assert "one" not in " ".join(figures(sentence)).lower()


def test_one_with_a_unit() -> None:
    c = find("The company earned $2.1 million, or one cent a share.", "one cent")
    assert (c.kind, c.value) == ("money", {"amount": 0.01, "currency": "USD"})
    c = find("The loan carries a rate of prime plus one percentage point.", "one percentage point")
    assert (c.kind, c.value, c.unit) == ("percent", 1, "pp")
    c = find("Investigators found the pistol buried one foot below the ground.", "one foot")
    assert (c.kind, c.value) == ("quantity", {"amount": 1, "unit": "ft"})


@pytest.mark.parametrize(("sentence", "span"), [
    ("The ambassador was among hundreds injured in the attack.", "hundreds"),
    ("\"There will be thousands here to stop them,\" an organiser said.", "thousands"),
    ("Dozens were arrested after the match.", "Dozens"),
])
def test_vague_count_without_a_noun(sentence: str, span: str) -> None:
    c = find(sentence, span)
    assert (c.kind, c.value, c.approximate) == ("count", None, True)


@pytest.mark.parametrize("sentence", [
    "The striker scores in almost every match.",
    "The scandal cost the taxpayer millions.",
])
def test_vague_words_that_stay_unclaimed(sentence: str) -> None:
    assert figures(sentence, "count") == []


@pytest.mark.parametrize(("sentence", "span", "unit"), [
    ("The president spoke to 700 university students in the capital.", "700 university students",
     "students"),
    ("Investigators are examining two car bombs found near the port.", "two car bombs", "bombs"),
    ("Several thousand chanting demonstrators filled the square.", "Several thousand chanting demonstrators",
     "demonstrators"),
])
def test_noun_used_as_modifier_before_the_counted_noun(sentence: str, span: str, unit: str) -> None:
    c = find(sentence, span)
    assert (c.kind, c.unit) == ("count", unit)


def test_modifier_skipping_stops_at_prepositions() -> None:
    c = find("The army has a force of 500 near the border.", "500")
    assert (c.kind, c.value, c.unit) == ("count", 500, None)


def test_day_of_month_in_a_list_is_not_a_count() -> None:
    assert figures("Leaders will meet in Brussels on June 20 and 21.", "count") == []
    assert figures("The festival runs 12 to 14 July this year.", "count") == []
    c = find("On March 3, 25 people were arrested.", "25 people")
    assert (c.kind, c.value) == ("count", 25)
    c = find("On June 20 and 21 people were hurt in the clashes.", "21 people")
    assert (c.kind, c.value) == ("count", 21)


def test_street_address_is_not_a_count() -> None:
    assert figures("The shop at 212 Harbor Road was searched.", "count") == []
    assert figures("Protesters gathered outside 10 Downing Street.", "count") == []
    c = find("Police detained 212 protesters on Harbor Road.", "212 protesters")
    assert c.kind == "count"


def test_decades_of_age_and_plural_digits_are_not_counts() -> None:
    assert figures("The suspect is believed to be in his 40s.", "count") == []


def test_long_digit_string_without_separators_is_not_a_count() -> None:
    assert figures("The chipmaker said its 68040 processor had a flaw.", "count") == []
    c = find("The chipmaker sold 68,040 processors in May.", "68,040 processors")
    assert c.value == 68040


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Greenfield Mining rose 2 3/4 to 41 1/8 in late trading.", [2.75, 41.125]),
    ("Harlow Foods eased 1/4 to 18.", [0.25, 18]),
])
def test_stock_price_fractions(sentence: str, expected: list[float]) -> None:
    values = [c.value for c in extract(sentence, PUB) if c.kind == "count"]
    assert values == pytest.approx(expected)


def test_slash_numbers_that_are_not_fractions() -> None:
    assert all(c.value != pytest.approx(9 / 11) for c in extract("He spoke about 9/11 and its legacy.", PUB))


def test_vote_tallies() -> None:
    assert [c.value for c in extract("The committee voted 14-9 to send the bill to the floor.", PUB)
            if c.kind == "count"] == [14, 9]
    assert [c.value for c in extract("By a 5-4 vote, the justices struck down the law.", PUB)
            if c.kind == "count"] == [5, 4]
    assert figures("See section 14-9 of the tax code.", "count") == []


@pytest.mark.parametrize(("sentence", "span", "value", "unit"), [
    ("Nearly a half million people lost power after the storm.", "a half million people", 500_000, "people"),
    ("The charity raised half a million dollars in a week.", "half a million dollars", 500_000, None),
    ("The farm bought a hundred acres of pasture.", "a hundred acres", 100, "acre"),
])
def test_half_and_a_hundred(sentence: str, span: str, value: float, unit: str | None) -> None:
    c = find(sentence, span)
    got = c.value["amount"] if isinstance(c.value, dict) else c.value
    assert got == value
    if unit:
        assert c.unit == unit


def test_reference_words_before_numbers() -> None:
    assert figures("Investigators studied the tapes of Flight eight hundred.", "count") == []
    assert figures("He was the number two official at the ministry.", "count") == []
    c = find("Eight hundred passengers were on board.", "Eight hundred passengers")
    assert c.value == 800
    c = find("Trading volume was 170,330,000 shares.", "170,330,000 shares")  # "volume" is not a reference
    assert c.value == 170_330_000


# ---------------------------------------------------------------------------------------------- money

def test_change_and_new_level_are_two_claims() -> None:
    assert figures("Harlow Foods shares fell $1.375 to $22.625 yesterday.") == ["$1.375", "$22.625"]
    assert figures("The jobless rate rose from 4.1% to 4.4% in March.") == ["4.1%", "4.4%"]
    assert figures("Brent Mining rose 3 to 41 in heavy trading.") == ["3", "41"]


def test_ranges_are_still_one_claim() -> None:
    c = find("The company priced the offering at between $14 and $16 a share.", "$14 and $16")
    assert c.value == {"amount": 14, "currency": "USD", "max": 16}
    c = find("Fares ranging from $20 to $45 were offered.", "$20 to $45")
    assert c.value["max"] == 45
    c = find("Sales are expected to rise 15 to 20 percent.", "15 to 20 percent")
    assert (c.kind, c.value) == ("percent", 15)


def test_cents_take_the_country_of_their_adjective() -> None:
    c = find("The lender earned C$4.1 million, or 18 Canadian cents a share.", "18 Canadian cents")
    assert c.value == {"amount": 0.18, "currency": "CAD"}


def test_bare_currency_word_follows_its_last_qualified_mention() -> None:
    text = ("The bank bid 950 French francs a share, or 610 million francs in all. "
            "A rival offered 980 francs.")
    assert find(text, "610 million francs").currency == "FRF"
    assert find(text, "980 francs").currency == "FRF"
    assert find("The watch costs 900 francs in Geneva.", "900 francs").currency == "CHF"


def test_exchange_rates_with_four_decimals() -> None:
    c = find("Sterling was quoted at $1.2745, down from $1.2810.", "$1.2745")
    assert c.value == {"amount": 1.2745, "currency": "USD"}
    c = find("The dollar closed at 1.8315 marks in Frankfurt.", "1.8315 marks")
    assert c.value == {"amount": 1.8315, "currency": "DEM"}
    assert figures("The sample measured 1.2745 on the scale.") == []


def test_eighteen_and_nineteen_are_numbers_too() -> None:
    c = find("The carrier will cut eighteen thousand jobs by next year.", "eighteen thousand jobs")
    assert (c.kind, c.value) == ("count", 18_000)
    c = find("Nineteen people were hurt when the bus overturned.", "Nineteen people")
    assert (c.kind, c.value) == ("count", 19)


def test_word_number_after_an_acronym_is_a_name() -> None:
    assert figures("Controllers lost contact with TWA eight hundred over the sea.", "count") == []
    c = find("The UN sent two envoys to the talks.", "two envoys")
    assert c.value == 2


def test_tallies_after_passed_or_before_majority_are_two_counts() -> None:
    text = "The bill passed the Senate 68-31 and goes to the House, where Republicans hold a 221-212 majority."
    counts = [(c.text, c.value) for c in extract(text, dt.date(2024, 2, 13)) if c.kind == "count"]
    assert counts == [("68", 68), ("31", 31), ("221", 221), ("212", 212)]


def test_a_counted_proper_noun_keeps_its_capital() -> None:
    text = "The UN says 25,000 Palestinians have been killed and 300 people injured."
    units = [c.unit for c in extract(text, dt.date(2024, 1, 20)) if c.kind == "count"]
    assert units == ["Palestinians", "people"]


# ------------------------------------------------------------- regional currencies and UK pence

@pytest.mark.parametrize(("sentence", "span", "amount", "code"), [
    ("The port operator booked revenue of Dh3.1 billion last year.", "Dh3.1 billion", 3_100_000_000, "AED"),
    ("Tickets for the concert start at Dh450.", "Dh450", 450, "AED"),
    ("The county spent KSh 1.2 billion on new clinics.", "KSh 1.2 billion", 1_200_000_000, "KES"),
    ("Farmers were paid Ksh 60 a kilo for tea leaves.", "Ksh 60", 60, "KES"),
    ("The insurer set aside R4.8 billion for claims after the storms.", "R4.8 billion", 4_800_000_000, "ZAR"),
    ("Entry to the park costs R250 for foreign visitors.", "R250", 250, "ZAR"),
    ("The carrier reported a loss of QAR 310 million.", "QAR 310 million", 310_000_000, "QAR"),
    ("Kuala Lumpur will spend RM2.5 billion on flood defences.", "RM2.5 billion", 2_500_000_000, "MYR"),
    ("The lender raised 12 billion Swedish crowns in the share sale.", "12 billion Swedish crowns",
     12_000_000_000, "SEK"),
])
def test_regional_currency_prefixes_and_words(sentence, span, amount, code) -> None:
    c = find(sentence, span)
    assert (c.kind, c.value, c.currency) == ("money", {"amount": amount, "currency": code}, code)


def test_pence_glued_to_the_number_are_sterling() -> None:
    assert find("The brewer's shares rose 9p to 412p in London.", "9p").value == {"amount": 0.09, "currency": "GBP"}
    assert find("The brewer's shares rose 9p to 412p in London.", "412p").value["amount"] == 4.12
    assert find("Diesel fell 1.5p a litre.", "1.5p").value["amount"] == 0.015


def test_real_and_crowns_need_their_country() -> None:
    assert figures("Agents closed 9,400 real estate deals in May.") == ["9,400 real estate deals"]
    assert find("The fund paid out 3 billion reais.", "3 billion reais").currency == "BRL"
    assert figures("The king wore 2 crowns.", "money") == []


def test_range_with_the_scale_on_both_ends() -> None:
    c = find("The chain expects profit of £640m-£700m this year.", "£640m-£700m")
    assert c.value == {"amount": 640_000_000, "currency": "GBP", "max": 700_000_000}


# ------------------------------------------------------------------ percent: spellings and shares

@pytest.mark.parametrize(("sentence", "span", "value", "unit"), [
    ("Retail sales grew 3.6pc in the year to June.", "3.6pc", 3.6, None),
    ("Loan growth slowed to 11 p.c. in the quarter.", "11 p.c.", 11, None),
    ("The central bank announced a 50-basis-point rise.", "50-basis-point", 50, "bp"),
    ("Bond spreads widened by 35 bps.", "35 bps", 35, "bp"),
    ("The party's lead narrowed by a 3-percentage-point margin.", "3-percentage-point", 3, "pp"),
    ("Shoppers faced a 10-per-cent surcharge.", "10-per-cent", 10, None),
    ("The bank raised rates by half a percentage point.", "half a percentage point", 0.5, "pp"),
    ("Yields rose by a quarter of a percentage point.", "a quarter of a percentage point", 0.25, "pp"),
])
def test_percent_spellings(sentence, span, value, unit) -> None:
    c = find(sentence, span)
    assert (c.kind, c.value, c.unit) == ("percent", value, unit)


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("One in three households cannot afford a week's holiday, the survey found.", "One in three", 33.3333),
    ("Doctors say 3 in 10 patients stop taking the drug.", "3 in 10", 30),
    ("Nearly one out of every four teachers plans to quit.", "one out of every four", 25),
    ("Ridership fell by roughly a third after the fare rise.", "a third", 33.3333),
    ("Exports to the bloc dropped by nearly a fifth.", "a fifth", 20),
    ("The survey found that half of the nurses had worked unpaid overtime.", "half", 50),
    ("Half the respondents backed the plan.", "Half", 50),
    ("The scheme cut waiting times by half.", "half", 50),
])
def test_shares_written_as_words(sentence, span, value) -> None:
    c = find(sentence, span)
    assert c.kind == "percent" and abs(c.value - value) < 0.01 and c.approximate


@pytest.mark.parametrize("sentence", [
    "He scored two in 10 minutes before half-time.",
    "Rain fell for the second half of the match.",
    "The project took half the time expected.",
    "Half of 2023 was lost to strikes.",
    "They stayed for a quarter of an hour.",
    "A third of the season has gone.",
])
def test_not_shares(sentence) -> None:
    assert figures(sentence, "percent") == []


def test_percent_range_with_the_sign_twice() -> None:
    c = find("Analysts expect margins of between 7.5% and 8% next year.", "7.5% and 8%")
    assert (c.kind, c.value) == ("percent", 7.5)
    assert find("Fees of 1%-2% apply.", "1%-2%").value == 1
    assert figures("Rents rose from 4% to 6%.") == ["4%", "6%"]


# -------------------------------------------------------------------- scores, points, sport counts

def test_sports_scores_and_rulings_are_two_counts() -> None:
    assert figures("Celtic beat Hibs 4-2 at Parkhead.", "count") == ["4", "2"]
    assert figures("The sides drew 1-1 in Madrid.", "count") == ["1", "1"]
    assert figures("A 3-0 win lifted the club to fifth.", "count") == ["3", "0"]
    assert figures("The appeals court ruled 2-1 against the state.", "count") == ["2", "1"]
    assert figures("Ages 12-8 were mislabelled.", "count") == []


def test_points_runs_and_wins_are_counted_nouns() -> None:
    c = find("The FTSE 100 lost 96 points on Monday.", "96 points")
    assert (c.value, c.unit) == (96, "points")
    assert find("Root made 143 runs in the first innings.", "143 runs").unit == "runs"
    assert find("The coach has 212 wins in the league.", "212 wins").value == 212


def test_hyphen_idioms_are_not_counts() -> None:
    assert figures("Envoys revived talk of a two-state solution.") == []
    assert figures("She hit a three-point shot at the buzzer.") == []
    assert figures("The town has a one-way system.") == []
    assert find("A five-member panel will review the case.", "five-member").value == 5


# -------------------------------------------------------------------------------------- quantities

@pytest.mark.parametrize(("sentence", "span", "amount", "unit"), [
    ("Temperatures fell to minus 12C in Moscow.", "minus 12C", -12, "\u00b0C"),
    ("Overnight lows of -4C are forecast.", "-4C", -4, "\u00b0C"),
    ("Trains will run at 160km/h on the new line.", "160km/h", 160, "km/h"),
    ("The limit on the expressway is 100 kmph.", "100 kmph", 100, "km/h"),
    ("Gusts reached 90 kilometres per hour.", "90 kilometres per hour", 90, "km/h"),
    ("Methane reached 1,930 parts per billion.", "1,930 parts per billion", 1930, "ppb"),
    ("A magnitude 6.1 quake shook the island.", "magnitude 6.1", 6.1, "magnitude"),
    ("A 7.0-magnitude quake hit the coast.", "7.0-magnitude", 7, "magnitude"),
    ("The tremor measured 4.7 on the Richter scale.", "4.7", 4.7, "magnitude"),
    ("She won the 800m final in Rome.", "800m", 800, "m"),
    ("A 250m-high tower is planned.", "250m", 250, "m"),
    ("Refiners expect a 2.4 million-barrel draw.", "2.4 million-barrel", 2_400_000, "barrel"),
])
def test_quantity_forms_in_news(sentence, span, amount, unit) -> None:
    c = find(sentence, span)
    assert (c.kind, c.value, c.unit) == ("quantity", {"amount": amount, "unit": unit}, unit)


def test_glued_m_before_a_counted_noun_is_millions() -> None:
    c = find("The festival drew 1.4m visitors.", "1.4m visitors")
    assert (c.kind, c.value, c.unit) == ("count", 1_400_000, "visitors")


def test_short_r_codes_are_not_rand() -> None:
    assert figures("The R5 road was closed after the crash.") == []


def test_fraction_of_a_point_is_percentage_points() -> None:
    c = find("The Fed trimmed rates by a quarter point on Wednesday.", "a quarter point")
    assert (c.kind, c.value, c.unit) == ("percent", 0.25, "pp")
    c = find("Two members wanted a half-point reduction.", "half-point")
    assert (c.kind, c.value, c.unit) == ("percent", 0.5, "pp")
    assert figures("The second half-point was awarded to the visitors.", "percent") == []


def test_two_numbers_joined_by_and_stay_two_numbers() -> None:
    text = "Two other children, aged seven and nine, were treated. The fund gave two hundred and fifty thousand dollars."
    found = [(c.text, c.value) for c in extract(text, dt.date(2024, 9, 3)) if c.kind in ("count", "money")]
    assert ("seven", 7) in found and ("nine", 9) in found
    assert any(v == {"amount": 250_000, "currency": "USD"} for _, v in found)


def test_a_figure_after_a_dash_and_a_capital_article_is_not_a_name() -> None:
    text = "ANKARA, Turkey (AP) \u2014 A 6.4-magnitude earthquake struck, but a Boeing 737 landed safely."
    found = [(c.text, c.kind) for c in extract(text, dt.date(2024, 3, 1))]
    assert found == [("6.4-magnitude", "quantity")]


def test_energy_in_watt_hours_written_out() -> None:
    text = "The plant will store 40 gigawatt hours a year, up from 350 megawatt-hours."
    units = [c.value["unit"] for c in extract(text, dt.date(2024, 3, 1)) if c.kind == "quantity"]
    assert units == ["GWh", "MWh"]


def test_kinds_of_flat_and_hotel_are_not_counts() -> None:
    text = "The family shared a two-bedroom flat near a five-star hotel with 300 rooms."
    assert [(c.text, c.value) for c in extract(text, dt.date(2024, 3, 1))] == [("300 rooms", 300)]
