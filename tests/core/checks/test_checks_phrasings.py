"""The rules on phrasings tuned after the second blind set: each general cause once, found where the story
contradicts itself, silent on its consistent twin (or where the check cannot tell)."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.checks import check_story


def day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def findings(text: str, published: str) -> list[tuple[str, str]]:
    return [(f.rule, f.expected) for f in check_story(text, day(published))]


INCONSISTENT = [
    # weekday: a year inferred from the publication date is the one the sentence's tense points to
    ("weekday", "2022-06-06", "Beacons were lit across the country on the evening of Wednesday 2 June.", "a Thursday"),
    ("weekday", "2021-07-15", "Most of the remaining restrictions are due to lift on Sunday 19 July.", "a Monday"),
    ("weekday", "2017-12-20", "Services on Monday 26 December will follow a reduced timetable.", "a Tuesday"),
    ("weekday", "2020-03-05", "Schools closed on Wednesday 3 March after two teachers tested positive, and will stay "
                              "shut until the end of the month.", "a Tuesday"),  # the verb nearest the date decides
    ("weekday", "2023-10-05", "Kick-off: Sun 7 Oct, 3pm, Ravenscroft Park.", "a Saturday"),  # no full stop
    ("weekday", "2025-03-10", "Tickets for Thursday's final on 14 March are still on sale.", "a Friday"),
    # parts and total
    ("parts_total", "2021-08-14", "The shipment totaled 1,200 tons: 700 tons of wheat, 400 tons of rice and 200 tons "
                                  "of lentils.", "1,300"),
    ("parts_total", "2025-02-03", "Police said they recovered 17 rifles and 9 pistols, 24 weapons in all, from the "
                                  "hideout.", "26"),
    ("parts_total", "2023-02-09", "The £2.4m package breaks down as £1.1m for roads, £800,000 for libraries and "
                                  "£300,000 for parks.", "£2.2 million"),
    ("parts_total", "2025-07-11", "The £48,000 bill covered £30,000 in legal fees and £12,000 in court costs, and "
                                  "nothing else, the tribunal heard.", "£42,000"),
    ("parts_total", "2019-09-03", "Of the 2,000 adults surveyed, 1,150 backed the plan, 640 opposed it and 110 did not "
                                  "know.", "1,900"),
    ("parts_total", "2014-09-10", "In the latest poll, 46% backed independence, 47% opposed it and 12% were undecided.",
     "at most 100%"),
    # percentage
    ("percentage", "2025-04-15", "Just over half of the 412 responses to the consultation, 187, opposed the new "
                                 "cycle lane.", "206"),
    ("percentage", "2023-10-16", "Turnout was 44% among the 62,000 registered voters, which means about 34,100 people "
                                 "cast a ballot.", "27,280"),
    ("percentage", "2021-03-18", "Only one in ten of the 3,600 public schools in the state, barely 90, has a library.",
     "360"),
    ("percentage", "2016-10-06", "Three out of four of the 36 schools inspected, 24 in all, were rated inadequate.",
     "27"),  # "three in four" is as tight as "one in four": 2/3 is not it
    ("percentage", "1989-11-02", "The newly eligible watches, worth $37.3 million, account for about 25% of the $1.5 "
                                 "billion market.", "2.49%"),
    # change
    ("change", "2023-12-12", "House prices in the borough fell 8% over the year, from an average of £290,000 to "
                             "£250,000.", "a fall of 13.8%"),
    ("change", "2019-12-05", "The retail price of onions jumped from ₹30 a kg to ₹80 in a month, a rise of over 200 "
                             "per cent.", "a rise of 167%"),
    ("change", "2023-06-14", "The price of a pint has risen fivefold since 1990, from £1.40 to £4.60.", "3.29 times"),
    ("change", "2022-04-15", "Pump prices rose to KSh217 a litre from KSh180, an increase of KSh27.", "a rise of KES 37"),
    ("change", "2017-06-10", "Turnout slipped 12 points to 54%, down from 62% at the last election.",
     "a fall of 8 percentage points"),
    ("change", "1998-03-03", "The center counted 474 groups last year, up from 396 the year before, an increase of 12 "
                             "percent.", "a rise of 19.7%"),
    ("change", "2019-02-25", "Average attendance fell by a third this season, from 24,000 to 20,000.",
     "a fall of 16.7%"),
    # rate
    ("rate", "2013-04-01", "Tenants with a spare room will lose £14 a week in housing benefit, or £1,400 a year.",
     "£728 a year"),
    ("rate", "2020-08-19", "The incinerator burns 2.5 tonnes of rubbish an hour, or more than 100 tonnes a day.",
     "60 tonnes a day"),
    ("rate", "2024-01-31", "Road crashes killed an average of six people a week in the province last year, about 100 "
                           "in total.", "312"),
    ("rate", "2025-05-07", "Over the five-year contract, worth £40m a year, the firm will receive £120m in total.",
     "£200 million"),
    ("rate", "2019-04-04", "The delay is costing the project £1m a day, which over a year would amount to £36.5m.",
     "£365 million"),
    ("rate", "2017-10-11", "The mill crushes 5,000 tonnes of cane a day through the 150-day season, about 2 lakh "
                           "tonnes in all.", "750,000 tonnes"),
    # repeated quantity
    ("repeated_quantity", "2023-02-17", "A retired teacher lost £45,000 to a romance scam. Police said the £54,000 she "
                                        "lost had been moved abroad.", "£45,000"),
    ("repeated_quantity", "2021-07-22", "The KSh3 billion stadium will seat 20,000 fans. Construction of the KSh300 "
                                        "million facility is due to start next month.", "KSh3 billion"),
    ("repeated_quantity", "2016-09-19", "The 85-metre tower will dominate the skyline. Councillors approved the "
                                        "58-metre building on Tuesday.", "85-metre"),
    ("repeated_quantity", "2019-05-16", "The painting sold for $91 million at Christie's on Wednesday night. The $19 "
                                        "million sale set a record.", "$91 million"),
    ("repeated_quantity", "2019-04-18", "The 340-page report was published on Thursday. The inspectors' 430-page "
                                        "document runs through 14 failings.", "340-page"),
    # age
    ("age", "2022-12-01", "He was 17 when he enlisted in 1944, having been born in the village in 1921.", "22 or 23"),
    ("age", "2019-07-20", "Born in 1967, she won the title in 1993 at the age of 22.", "25 or 26"),
    ("age", "2025-02-14", "Mary Keane, who was born on 14 February 1929, celebrates her 100th birthday today.",
     "96th birthday"),
    ("age", "2023-03-31", "The singer, who turns 40 on Tuesday, was born on 4 April 1981 in Cork.", "41 or 42"),
    ("age", "2024-07-10", "Jean-Paul Mercier (1931–2024), the architect, died on Tuesday at the age of 87.", "92 or 93"),
    # duration
    ("duration", "2022-07-01", "The bridge took 18 months to build, from March 2019 to June 2022.", "3 years"),
    ("duration", "2019-02-12", "The 2014 to 2018 programme, which ran for seven years, trained 3,000 midwives.",
     "3 to 5 years"),
    ("duration", "2019-09-01", "The 1975–1990 civil war left the city in ruins, and a decade of fighting still shapes "
                               "its politics.", "14 to 16 years"),
    ("duration", "2024-03-15", "The museum was closed for three years, from 2017 until it reopened in 2024.",
     "6 to 8 years"),
    ("duration", "2021-02-02", "The trial, which opened on 4 January and ended on 28 January, lasted two months.",
     "1 months"),
    ("duration", "1998-02-13", "The fleet has been based at Sevastopol for more than two centuries, since the port was "
                               "founded in 1883.", "114 to 115 years"),
    ("duration", "2023-02-01", "In the five years since the floods of July 2021, the town has rebuilt almost every "
                               "bridge.", "2 years"),
    ("duration", "2022-04-10", "The couple, married since 1992, marked 20 years together with a party.",
     "29 to 30 years"),
    ("duration", "2025-06-01", "After two decades in power — she first became president in 2016 — she says she will "
                               "not stand again.", "8 to 9 years"),
    ("duration", "2024-05-02", "A fortnight after the 6 April fire, dozens of residents are still living in hotels.",
     "1 months"),
    ("duration", "1998-02-13", "Direct rule, imposed in 1972, has now lasted 36 years, broken only by a short-lived "
                               "executive in 1974.", "25 to 26 years"),
]


@pytest.mark.parametrize(("rule", "published", "text", "expected"), INCONSISTENT,
                         ids=[f"{r}-{i}" for i, (r, *_) in enumerate(INCONSISTENT)])
def test_an_inconsistency_in_a_tuned_phrasing_is_found(rule: str, published: str, text: str, expected: str) -> None:
    assert (rule, expected) in findings(text, published), findings(text, published)


CONSISTENT = [
    ("2022-06-06", "Beacons were lit across the country on the evening of Thursday 2 June."),
    ("2018-02-15", "The talks resume on Friday (March 3), diplomats said."),  # no tense to tell: the year could be 2017
    ("2023-10-05", "Kick-off: Sat 7 Oct, 3pm, Ravenscroft Park."),
    ("2021-08-14", "The shipment totaled 1,200 tons: 700 tons of wheat, 400 tons of rice and 100 tons of lentils."),
    ("2025-02-03", "Police said they recovered 17 rifles and 9 pistols, 26 weapons in all, from the hideout."),
    ("2025-07-11", "The £48,000 bill covered £30,000 in legal fees and £18,000 in court costs, and nothing else."),
    ("2019-09-03", "Of the 630 MPs who voted, 312 backed the motion and 308 opposed it."),  # abstentions may make 630
    ("2014-09-10", "In the latest poll, 46% backed independence, 47% opposed it and 7% were undecided."),
    ("2014-09-10", "Some 60% of men and 55% of women backed independence."),  # shares of different wholes
    ("2016-10-06", "Three out of four of the 36 schools inspected, 27 in all, were rated inadequate."),
    ("1989-11-02", "The watches, worth $375 million, account for about 25% of the $1.5 billion market."),
    ("2017-06-10", "Turnout slipped 8 points to 54%, down from 62% at the last election."),
    ("2022-12-15", "Mortgage rates have more than doubled this year, to 6.9% from 3.1% in January."),
    ("2013-04-01", "Tenants with a spare room will lose £14 a week in housing benefit, or £728 a year."),
    ("2024-01-31", "Road crashes killed an average of six people a week in the province last year, about 300 in "
                   "total."),
    ("2025-05-07", "Over the five-year contract, worth £40m a year, the firm will receive £200m in total."),
    ("2018-02-15", "The scheme pays up to £50 a day; last year it paid out £2m in total."),  # a cap, and many payees
    ("2018-02-15", "The road carried about 120,000 vehicles a day and had been the scene of 43 collisions in the past "
                   "five years."),  # other things
    ("2021-07-22", "The KSh3 billion stadium will seat 20,000 fans. Construction of the KSh3bn facility is due to "
                   "start next month."),
    ("2021-07-22", "The KSh3 billion stadium will seat 20,000 fans. The KSh500 million facility next door is a "
                   "training ground."),  # no slip of the pen: another thing
    ("2019-07-20", "Born in 1950, he became mayor in 1990 at 40."),
    ("2022-09-03", "Mr Lowe, 71, was travelling with his granddaughter, who was born in 2004."),  # her birth
    ("2023-03-31", "The singer, who turns 42 on Tuesday, was born on 4 April 1981 in Cork."),
    ("2024-07-10", "Jean-Paul Mercier (1931–2024), the architect, died on Tuesday at the age of 92."),
    ("2019-03-01", "Harold Finch (1940-2019), who has died aged 79, taught at the school for 35 years."),
    ("2024-03-15", "The museum was closed for seven years, from 2017 until it reopened in 2024."),
    ("2024-04-07", "A fortnight after the 6 April fire, residents moved back into their homes."),  # told in the past
]


@pytest.mark.parametrize(("published", "text"), CONSISTENT)
def test_a_consistent_twin_or_an_undecidable_one_gets_no_finding(published: str, text: str) -> None:
    assert findings(text, published) == []
