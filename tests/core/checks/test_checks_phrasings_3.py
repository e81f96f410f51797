"""The rules on phrasings fixed after re-scoring the first blind set: each general cause once, found where the
story contradicts itself, silent on its consistent twin (or where the check cannot tell)."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.core.checks import check_story


def findings(text: str, published: str) -> list[tuple[str, str]]:
    return [(f.rule, f.expected) for f in check_story(text, dt.date.fromisoformat(published))]


INCONSISTENT = [
    # rate: an hourly rate restated as pay for a span of hours
    ("rate", "2019-04-01", "Staff are paid £9.50 an hour, or £480 for a 40-hour week.", "£380"),
    ("rate", "2019-04-01", "Cleaners will earn £12 an hour, £600 for a 37.5-hour week.", "£450"),
    # rate: quantities by the hour or the minute, read from the extractor's unit or the words after
    ("rate", "2020-02-18", "The pumps move a million litres an hour - 2.4 million litres a day.",
     "24 million litres a day"),
    ("rate", "2018-06-26", "The burst main was losing 500 litres a minute, or 30,000 litres a day.",
     "720,000 litres a day"),
    # parts: who holds each part named before it ("Of the 650 seats, the government holds 365, ...")
    ("parts_total", "2019-12-14", "Of the 650 seats, the government holds 365, the opposition parties 202 and "
                                  "smaller parties 93.", "at least 660"),
    # parts: a total of members ("the 11-member committee") broken down by any noun
    ("parts_total", "2018-01-09", "The 11-member committee comprises six councillors, three officers and three "
                                  "residents.", "12"),
    # parts: a part of a part ("nine of them women") is left out of the sum, and the list goes on after it
    ("parts_total", "2020-01-01", "The 22 victims included 14 in the north of the city, nine of them women, and 12 "
                                  "in the south.", "at least 26"),
    # duration: days counted with the first and the last
    ("duration", "2023-06-27", "The festival ran for three days, from Wednesday 21 June to Sunday 25 June.",
     "4 to 5 days"),
    # change: the direction is read from the words of the change, not from the next clause
    # change: a stated change open at one end ("more than $600 billion") is compared, not taken as fitting anything
    ("change", "2015-10-16", "The deficit narrowed from $1.4 trillion to $984 billion, a reduction of more than $600 "
                             "billion.", "a fall of $416 billion"),
    # change: "year on year" between the change and "from"
    ("change", "2023-04-20", "Home sales jumped 35% year on year, from 8,200 in March 2022 to 9,020 in March 2023.",
     "a rise of 10%"),
    # age: a person described by their children is not another person's birth
    ("age", "2024-03-01", "Kerry Ames, 25, a mother of three who was born in 1989, said she would stand again.",
     "34 or 35"),
    # age: the age at a death reported this week is counted to the day of the death
    ("age", "2019-03-15", "Dame Olive Tarrant, who died on Tuesday aged 78, was born in 1931 in Bristol.", "87 or 88"),
    # duration: "N years after fighting broke out in ...", told of a war still running
    ("duration", "2024-09-12", "Eight years after fighting broke out in September 2019, the war in the northern "
                               "province has killed an estimated 48,000 people.", "5 years"),
    # age: the next sentence gives the birth of the person named with the age
    ("age", "2021-11-02", "Halden has appointed Priya Anand, 53, as its chief executive. Anand, who was born in "
                          "Nairobi in 1974 and grew up in Leicester, joined Halden in 2004, aged 30.", "46 or 47"),
    # parts: a total opening with "In all," and the parts after it
    ("parts_total", "2021-02-01", "In all, 1,240 people have been vaccinated at the centre, 830 in the first week and "
                                  "310 in the second.", "1,140"),
    # parts: the first part before its total, the last said to be the rest
    ("parts_total", "2021-07-19", "Twelve of the twenty passengers were British, five were French and the remaining "
                                  "four were German.", "21"),
    # parts: given in brackets after their labels
    ("parts_total", "2023-03-16", "The £2.4bn package is split between health (£1.1bn), education (£800m) and "
                                  "transport (£700m).", "£2.6 billion"),
    # weekday: a timetable's present ("come into force on") puts an inferred year ahead, as "will" does
    ("weekday", "2019-06-25", "New parking charges come into force on Sunday 1st July, the council said.", "a Monday"),
    ("change", "2023-06-27", "Profit fell from £184m to £151m in the year to 31 January, a drop of 28%, as higher "
                             "wages more than offset a rise in sales.", "a fall of 17.9%"),
]

CONSISTENT = [
    ("2019-04-01", "Staff are paid £12 an hour, or £480 for a 40-hour week."),
    ("2019-04-01", "Cleaners will earn £12 an hour, £450 for a 37.5-hour week."),
    ("2020-02-18", "The pumps move 100,000 litres an hour - 2.4 million litres a day."),
    ("2018-06-26", "The burst main was losing 500 litres a minute, or 720,000 litres a day."),
    ("2019-12-14", "Of the 650 seats, the government holds 365, the opposition parties 202 and smaller parties 83."),
    ("2018-01-09", "The 11-member committee comprises six councillors, three officers and two residents."),
    # a part of a part is not another part; "of the injured" names the whole again (another cut of it)
    ("2020-01-01", "The 22 victims included 14 in the north of the city, nine of them women, and eight in the south."),
    ("2020-01-01", "Of the 30 injured, 12 were children; 20 of the injured were taken to hospital and the rest were "
                   "treated at the scene."),
    ("2023-06-27", "A record crowd of 210,000 attended the festival over five days, from Wednesday 21 June to Sunday "
                   "25 June, despite the heat."),
    ("2015-10-16", "The deficit narrowed from $1.4 trillion to $984 billion, a reduction of more than $400 billion."),
    ("2023-04-20", "Home sales jumped 10% year on year, from 8,200 in March 2022 to 9,020 in March 2023."),
    ("2024-03-01", "Kerry Ames, 34, a mother of three who was born in 1989, said she would stand again."),
    ("2019-03-15", "Dame Olive Tarrant, who died on Tuesday aged 87, was born in 1931 in Bristol."),
    # the birth may be the other person's: silent
    ("2024-03-01", "Sam Reid, 25, a friend of the victim who was born in 1989, said he would testify."),
    ("2024-09-12", "Five years after fighting broke out in September 2019, the war in the northern province has "
                   "killed an estimated 48,000 people."),
    ("2024-09-12", "Eight years after fighting broke out in September 2019, the rebels captured the city."),  # past
    ("2021-11-02", "Halden has appointed Priya Anand, 47, as its chief executive. Anand, who was born in Nairobi in "
                   "1974 and grew up in Leicester, joined Halden in 2004, aged 30."),
    ("2021-11-02", "Halden has appointed Priya Anand, 53, as its chief executive. Smith, who was born in Nairobi in "
                   "1974, joined Halden in 2004."),  # someone else's birth
    ("2021-02-01", "In all, 1,240 people have been vaccinated at the centre, 930 in the first week and 310 in the "
                   "second."),
    ("2021-07-19", "Twelve of the twenty passengers were British, five were French and the remaining three were "
                   "German."),
    ("2021-07-19", "Twelve of the twenty passengers were British and five were French."),  # not said to be whole
    ("2023-03-16", "The £2.6bn package is split between health (£1.1bn), education (£800m) and transport (£700m)."),
    ("2023-03-16", "The £2.6bn package includes health (£1.1bn) and education (£800m)."),
    ("2019-06-25", "New parking charges come into force on Monday 1st July, the council said."),
    ("2019-06-25", "New parking charges have come into force on Sunday 1st July, the council said."),  # 2018: past
    ("2023-06-27", "Profit fell from £184m to £151m in the year to 31 January, a drop of 18%, as higher wages more "
                   "than offset a rise in sales."),
]


@pytest.mark.parametrize(("rule", "published", "text", "expected"), INCONSISTENT,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(INCONSISTENT)])
def test_an_inconsistency_in_a_newly_read_phrasing_is_found(rule: str, published: str, text: str,
                                                            expected: str) -> None:
    assert (rule, expected) in findings(text, published)


@pytest.mark.parametrize(("published", "text"), CONSISTENT)
def test_its_consistent_twin_gets_no_finding(published: str, text: str) -> None:
    assert findings(text, published) == []
