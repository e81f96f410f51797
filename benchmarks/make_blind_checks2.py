#!/usr/bin/env python3
"""Build benchmarks/data/blind-checks-2.jsonl: a blind, labelled set for the consistency checks.

Written from the contract in issue 14 alone, by a helper who never saw the rules, their tests or
their dev data. Every passage is invented for this set. The figures a check should look at are
marked in the source text below with ⟦ ⟧; the script strips the marks and turns them into
[start, end] offsets (Python str indices) so no offset is typed by hand.

Item helper:
  add(rule, consistent, published, text, expected=None, note="", tempting=False, wd=None)
  - expected: for an inconsistent item, what the correct value would be, in words
  - tempting: a consistent item written to look like an error (rounding, "more than",
    points vs percent, overlapping groups, inclusive year counting, historic exchange rates ...)
  - wd: for weekday items, (ISO date, weekday written); the build asserts that the calendar agrees
    with the label, so a mislabelled weekday item cannot slip in.

Run:  python3 benchmarks/make_blind_checks2.py   (writes the JSONL and prints counts)
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "blind-checks-2.jsonl")
RULES = ["weekday", "parts_total", "percentage", "change", "rate", "repeated_quantity",
         "currency", "age", "duration"]
ITEMS: list[dict] = []
MARK = re.compile(r"⟦(.*?)⟧", re.S)


def add(rule: str, consistent: bool, published: str, marked: str, expected: str | None = None,
        note: str = "", tempting: bool = False, wd: tuple[str, str] | None = None) -> None:
    assert rule in RULES, rule
    text, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        text.append(marked[last:m.start()])
        pos += m.start() - last
        spans.append([pos, pos + len(m.group(1))])
        text.append(m.group(1))
        pos += len(m.group(1))
        last = m.end()
    text.append(marked[last:])
    plain = "".join(text)
    assert "⟦" not in plain and "⟧" not in plain, marked
    assert spans, marked
    if not consistent:
        assert expected, marked
    if wd:
        real = dt.date.fromisoformat(wd[0]).strftime("%A")
        assert (real == wd[1]) == consistent, (marked, real)
    dt.date.fromisoformat(published)
    ITEMS.append({"rule": rule, "consistent": consistent, "published": published, "text": plain,
                  "spans": spans, "expected": None if consistent else expected, "note": note,
                  "tempting": tempting})


W, P = "weekday", "parts_total"
# ----------------------------------------------------------------------------------------- weekday
add(W, False, "2018-02-20", "The hearing opened on ⟦Tuesday⟧, ⟦15 February 2018⟧, before a packed public gallery at Leeds Crown Court.",
    "15 February 2018 was a Thursday", "explicit date with year; weekday wrong", wd=("2018-02-15", "Tuesday"))
add(W, False, "2019-11-10", "Polls in the county closed at 8 p.m. ⟦Friday⟧, ⟦Nov. 9⟧, and the count ran well past midnight, the elections office said.",
    "Nov. 9, 2019 was a Saturday", "US style, year from the dateline", wd=("2019-11-09", "Friday"))
add(W, False, "2020-03-05", "Schools across the district closed on ⟦Wednesday⟧ ⟦3 March⟧ after two teachers tested positive, and will stay shut until the end of the month.",
    "3 March 2020 was a Tuesday", "year resolved from publication date", wd=("2020-03-03", "Wednesday"))
add(W, False, "2021-07-15", "Most of the remaining restrictions in England are due to lift on ⟦Sunday⟧ ⟦19 July⟧, a date ministers have described as irreversible.",
    "19 July 2021 is a Monday", "future date in the same year", wd=("2021-07-19", "Sunday"))
add(W, False, "2024-01-20", "The consecration ceremony is scheduled for ⟦Monday⟧, ⟦January 23⟧, and security has been tightened across the city, the district magistrate said.",
    "January 23, 2024 is a Tuesday", "Indian English, month-first date", wd=("2024-01-23", "Monday"))
add(W, False, "2017-12-20", "No trains will run between London and Gatwick on Christmas Day, and services on ⟦Monday⟧ ⟦26 December⟧ will follow a reduced timetable.",
    "26 December 2017 is a Tuesday (Christmas Day is the Monday)", "Boxing Day shifted by one", wd=("2017-12-26", "Monday"))
add(W, False, "2015-04-27", "Thousands gathered at dawn on ⟦Sunday⟧ ⟦April 25⟧ at Anzac Cove to mark a hundred years since the Gallipoli landings.",
    "25 April 2015 was a Saturday", "Australian/NZ commemoration", wd=("2015-04-25", "Sunday"))
add(W, False, "2025-03-10", "Tickets for ⟦Thursday⟧'s final on ⟦14 March⟧ sold out within an hour of going on sale, the club confirmed.",
    "14 March 2025 is a Friday", "possessive weekday before the date", wd=("2025-03-14", "Thursday"))
add(W, False, "2010-05-08", "Voters went to the polls on ⟦Wednesday⟧ (⟦May 6⟧) in the closest general election for a generation, producing the first hung parliament since 1974.",
    "6 May 2010 was a Thursday", "date in brackets", wd=("2010-05-06", "Wednesday"))
add(W, False, "2012-08-14", "The closing ceremony on the night of ⟦Saturday⟧ ⟦12 August⟧ drew a peak television audience of almost 25 million.",
    "12 August 2012 was a Sunday", "", wd=("2012-08-12", "Saturday"))
add(W, False, "2001-09-20", "Flights resumed only slowly across North America after airports were shut on ⟦Monday⟧, ⟦September 11⟧.",
    "September 11, 2001 was a Tuesday", "", wd=("2001-09-11", "Monday"))
add(W, False, "2014-09-20", "The count in Glasgow finished in the early hours of Friday, a day after polls opened on ⟦Wednesday⟧ ⟦18 September⟧.",
    "18 September 2014 was a Thursday", "a second weekday (Friday) is right; only the one beside the date is wrong", wd=("2014-09-18", "Wednesday"))
add(W, False, "2023-10-05", "Kick-off: ⟦Sun⟧ ⟦7 Oct⟧, 3pm, Ravenscroft Park. Under-12s admitted free with a paying adult.",
    "7 October 2023 is a Saturday", "abbreviated listing style", wd=("2023-10-07", "Sunday"))
add(W, False, "2020-11-01", "Election Day is ⟦Wednesday⟧, ⟦Nov. 3⟧, and county officials say they expect record numbers of mail-in ballots.",
    "Nov. 3, 2020 is a Tuesday", "AP style", wd=("2020-11-03", "Wednesday"))
add(W, False, "2026-11-20", "The parade steps off at 9 a.m. on Thanksgiving, ⟦Thursday⟧, ⟦Nov. 27⟧, and will follow the usual route down Main Street.",
    "Nov. 27, 2026 is a Friday; Thanksgiving is Thursday, Nov. 26", "", wd=("2026-11-27", "Thursday"))
add(W, False, "2011-03-14", "The earthquake struck at 2.46pm local time on ⟦Thursday⟧ ⟦11 March⟧, sending a wall of water across the coast of Miyagi.",
    "11 March 2011 was a Friday", "", wd=("2011-03-11", "Thursday"))
add(W, False, "2019-04-16", "Firefighters were called to the cathedral at about 6.50pm on ⟦Sunday⟧ ⟦15th April⟧ and fought the blaze through the night.",
    "15 April 2019 was a Monday", "ordinal day", wd=("2019-04-15", "Sunday"))
add(W, False, "2022-06-06", "Beacons were lit across the Commonwealth on the evening of ⟦Wednesday 2 June⟧ to open the four-day holiday weekend.",
    "2 June 2022 was a Thursday", "weekday and date in one span", wd=("2022-06-02", "Wednesday"))

add(W, True, "2018-02-15", "Councillors will vote on the budget this evening, ⟦Thursday⟧ ⟦15 February⟧, at the Guildhall.", note="", wd=("2018-02-15", "Thursday"))
add(W, True, "2016-06-25", "Britain voted on ⟦Thursday⟧, ⟦June 23⟧, to leave the European Union, sending the pound to a 31-year low.", wd=("2016-06-23", "Thursday"))
add(W, True, "2023-05-08", "The coronation took place on ⟦Saturday⟧ ⟦6 May⟧ at Westminster Abbey, followed by a concert at Windsor the next evening.", wd=("2023-05-06", "Saturday"))
add(W, True, "2024-07-02", "Fireworks over the riverfront are set for ⟦Thursday⟧, ⟦July 4⟧, weather permitting, with the bridge closed to traffic from 6 p.m.", wd=("2024-07-04", "Thursday"))
add(W, True, "2026-02-15", "Pancake races return to the high street on Shrove ⟦Tuesday⟧, ⟦17 February⟧, after a two-year break.", wd=("2026-02-17", "Tuesday"))
add(W, True, "2005-07-08", "Four bombs exploded on London's transport network during the morning rush hour on ⟦Thursday⟧ ⟦7 July⟧.", wd=("2005-07-07", "Thursday"))
add(W, True, "2024-12-20", "Boxing Day, ⟦Thursday⟧ ⟦26 December⟧, brings a full card of racing at Kempton and Leopardstown.", wd=("2024-12-26", "Thursday"))
add(W, True, "2008-11-06", "Turnout in the state on ⟦Tuesday⟧, ⟦Nov. 4⟧, was the highest since 1960, the secretary of state said.", wd=("2008-11-04", "Tuesday"))
add(W, True, "2022-02-26", "Russian forces crossed the border before dawn on ⟦Thursday⟧ ⟦24 February⟧.", wd=("2022-02-24", "Thursday"))
add(W, True, "2025-06-25", "The new bus timetable comes into force on ⟦Monday 30 June⟧, with fewer evening services on the 42 route.", wd=("2025-06-30", "Monday"))
add(W, True, "2019-11-08", "⟦Saturday⟧ marks 30 years since the Berlin Wall fell on ⟦9 November 1989⟧, a ⟦Thursday⟧.",
    note="Saturday is the anniversary in 2019; the 1989 date was a Thursday, as stated", tempting=True)
add(W, True, "2020-12-31", "The fireworks over Sydney Harbour began at midnight local time on ⟦Friday⟧ ⟦1 January⟧, when it was still ⟦Thursday⟧ afternoon in London.",
    note="two weekdays for one moment: time zones; 1 Jan 2021 was a Friday", tempting=True, wd=("2021-01-01", "Friday"))
add(W, True, "2023-02-08", "The first quake struck in the small hours, overnight from ⟦Sunday⟧ into ⟦Monday 6 February⟧, while most families were asleep.",
    note="'Sunday into Monday': Monday is the date", tempting=True, wd=("2023-02-06", "Monday"))
add(W, True, "2017-08-22", "⟦Monday⟧'s eclipse (⟦Aug. 21⟧) drew crowds of more than 10,000 to the state fairgrounds.", wd=("2017-08-21", "Monday"))
add(W, True, "2024-10-28", "Halloween falls on a ⟦Thursday⟧ this year (⟦31 October⟧), so most schools' mid-term break ends the following Monday.", wd=("2024-10-31", "Thursday"))
add(W, True, "2009-01-22", "Barack Obama was sworn in on ⟦Tuesday⟧ ⟦20 January⟧ before a crowd estimated at 1.8 million.", wd=("2009-01-20", "Tuesday"))
add(W, True, "2025-08-28", "The new term begins on ⟦Monday⟧ ⟦1 September⟧ for Year 7 pupils only; everyone else returns on ⟦Tuesday⟧.",
    note="a second weekday that belongs to the next day, not to 1 September", tempting=True, wd=("2025-09-01", "Monday"))
add(W, True, "1998-02-12", "Superstitious shoppers may give the sale a miss: it opens on ⟦Friday⟧ the ⟦13th⟧.", wd=("1998-02-13", "Friday"))
add(W, True, "2016-08-07", "The Games opened at the Maracanã on ⟦Friday⟧ ⟦5 August⟧ with a ceremony built around the Amazon rainforest.", wd=("2016-08-05", "Friday"))
add(W, True, "2012-12-17", "The shooting happened on ⟦Friday⟧ morning; a vigil two days later, on ⟦Dec. 16⟧, drew thousands to the town's churches.",
    note="Friday is 14 Dec; 16 Dec is the Sunday vigil", tempting=True)

# ------------------------------------------------------------------------------------- parts_total
add(P, False, "2019-03-02", "Of the ⟦30⟧ people injured, ⟦12⟧ were children and ⟦20⟧ adults, a hospital spokeswoman said.",
    "12 + 20 = 32, not 30", "two parts of a stated total")
add(P, False, "2022-05-07", "With only three parties now represented, Labour holds ⟦24⟧ seats, the Conservatives ⟦15⟧ and the Liberal Democrats ⟦9⟧ on the ⟦50⟧-member council.",
    "24 + 15 + 9 = 48, not 50", "the sentence says the three parties are all there is")
add(P, False, "2021-08-14", "The shipment totaled ⟦1,200⟧ tons: ⟦700⟧ tons of wheat, ⟦400⟧ tons of rice and ⟦200⟧ tons of lentils.",
    "700 + 400 + 200 = 1,300 tons, not 1,200", "colon list after a total")
add(P, False, "2018-03-22", "A total of ⟦46⟧ homes were destroyed — ⟦31⟧ in Tathra and ⟦17⟧ in nearby Reedy Swamp — the Rural Fire Service said.",
    "31 + 17 = 48, not 46", "")
add(P, False, "2023-02-09", "The ⟦£2.4m⟧ package breaks down as ⟦£1.1m⟧ for roads, ⟦£800,000⟧ for libraries and ⟦£300,000⟧ for parks.",
    "£1.1m + £0.8m + £0.3m = £2.2m, not £2.4m", "mixed scales m and thousands")
add(P, False, "2024-08-12", "Kenya finished the Games with ⟦11⟧ medals in all: ⟦four⟧ gold, ⟦two⟧ silver and ⟦six⟧ bronze.",
    "4 + 2 + 6 = 12, not 11", "number words")
add(P, False, "2016-01-10", "Among the ⟦120⟧ passengers on board were ⟦64⟧ Britons, ⟦38⟧ Germans and ⟦23⟧ Dutch nationals, the airline said.",
    "64 + 38 + 23 = 125, more than the 120 on board", "'among' allows missing parts, but the parts exceed the total")
add(P, False, "2020-06-01", "Of the ⟦1,450⟧ samples tested on Sunday, ⟦1,392⟧ came back negative and ⟦85⟧ positive, the district health officer said.",
    "1,392 + 85 = 1,477, not 1,450", "Indian English")
add(P, False, "2023-10-15", "Ireland's ⟦24⟧ points came from three tries (⟦15⟧), two conversions (⟦4⟧) and a penalty (⟦3⟧).",
    "15 + 4 + 3 = 22, not 24", "bracketed parts")
add(P, False, "2017-06-10", "Of the ⟦640⟧ members present, ⟦318⟧ voted for the motion, ⟦250⟧ against and ⟦80⟧ abstained.",
    "318 + 250 + 80 = 648, not 640", "")
add(P, False, "2019-09-03", "Of the ⟦2,000⟧ adults surveyed, ⟦1,150⟧ backed the plan, ⟦640⟧ opposed it and ⟦110⟧ did not know.",
    "1,150 + 640 + 110 = 1,900, not 2,000", "the three answers exhaust the sample")
add(P, False, "2015-09-20", "The province's ⟦nine⟧ new wind farms — ⟦four⟧ in the north, ⟦three⟧ on the coast and ⟦three⟧ in the Annapolis Valley — will power 40,000 homes.",
    "4 + 3 + 3 = 10 wind farms, not nine", "Canadian; the 40,000 homes is a distractor")
add(P, False, "2014-07-25", "The death toll rose to ⟦57⟧ on Friday: ⟦41⟧ civilians, ⟦14⟧ soldiers and ⟦5⟧ police officers.",
    "41 + 14 + 5 = 60, not 57", "")
add(P, False, "2025-02-03", "Police said they recovered ⟦17⟧ rifles and ⟦9⟧ pistols, ⟦24⟧ weapons in all, from the hideout in Kaduna State.",
    "17 + 9 = 26 weapons, not 24", "'in all' after the parts; Nigerian")
add(P, False, "2025-07-11", "The ⟦£48,000⟧ bill covered ⟦£30,000⟧ in legal fees and ⟦£12,000⟧ in court costs, and nothing else, the tribunal heard.",
    "£30,000 + £12,000 = £42,000, not £48,000", "")
add(P, False, "2011-10-01", "The squad of ⟦23⟧ includes ⟦three⟧ goalkeepers, ⟦eight⟧ defenders, ⟦seven⟧ midfielders and ⟦four⟧ forwards.",
    "3 + 8 + 7 + 4 = 22, not 23", "a squad is exhausted by its positions")
add(P, False, "2014-09-10", "In the latest poll, ⟦46%⟧ backed independence, ⟦47%⟧ opposed it and ⟦12%⟧ were undecided.",
    "46 + 47 + 12 = 105%; the shares should total about 100%", "shares of a whole, beyond rounding")

add(P, True, "2019-03-02", "Of the ⟦30⟧ people injured, ⟦12⟧ were children and ⟦18⟧ adults.")
add(P, True, "2021-04-20", "The ⟦$4.5 million⟧ grant will be split between the library (⟦$2.5 million⟧), the senior center (⟦$1.2 million⟧) and park repairs (⟦$800,000⟧).")
add(P, True, "2019-05-23", "A total of ⟦212⟧ candidates are standing: ⟦87⟧ from the ruling party, ⟦71⟧ from the opposition alliance and ⟦54⟧ independents.")
add(P, True, "2019-10-27", "England's ⟦27⟧ points came from three tries (⟦15⟧), three conversions (⟦6⟧) and two penalties (⟦6⟧).")
add(P, True, "2023-08-21", "Of the ⟦40⟧ people arrested, ⟦31⟧ were men and ⟦12⟧ were under 18, police said.",
    note="overlapping groups (sex and age), not a split of the 40; sums to 43 without error", tempting=True)
add(P, True, "2019-03-16", "At least ⟦25⟧ people died, ⟦14⟧ of them in the capital and ⟦9⟧ in the coastal town of Beira, with reports of further deaths inland.",
    note="'at least' and 'further deaths': the listed parts need not reach the total", tempting=True)
add(P, True, "2024-06-30", "The poll put support for the measure at ⟦49%⟧, opposition at ⟦48%⟧ and don't-knows at ⟦4%⟧.",
    note="101% from rounding each share", tempting=True)
add(P, True, "2020-06-01", "Of the ⟦1,450⟧ samples tested on Sunday, ⟦1,365⟧ came back negative and ⟦85⟧ positive.")
add(P, True, "2024-08-12", "Team GB's haul of ⟦65⟧ medals was made up of ⟦14⟧ golds, ⟦22⟧ silvers and ⟦29⟧ bronzes.")
add(P, True, "2011-10-01", "The ⟦23⟧-man squad has ⟦three⟧ goalkeepers, ⟦eight⟧ defenders, ⟦seven⟧ midfielders and ⟦five⟧ forwards.")
add(P, True, "2023-11-22", "The ⟦£3.1bn⟧ settlement includes ⟦£1.46bn⟧ for hospitals, ⟦£0.92bn⟧ for GP services and ⟦£0.74bn⟧ for mental health.",
    note="parts sum to £3.12bn, which rounds to £3.1bn", tempting=True)
add(P, True, "2016-01-10", "The ⟦120⟧ passengers included ⟦64⟧ Britons and ⟦38⟧ Germans, according to the manifest.",
    note="'included': parts need not exhaust the total", tempting=True)
add(P, True, "2018-03-22", "The fires destroyed ⟦48⟧ homes in all, ⟦31⟧ in Tathra and ⟦17⟧ in Reedy Swamp.")
add(P, True, "2021-08-14", "The ⟦1,300⟧-tonne consignment comprised ⟦700⟧ tonnes of wheat, ⟦400⟧ of rice and ⟦200⟧ of lentils.")
add(P, True, "2024-06-03", "Of the ⟦400⟧ seats in the National Assembly, the ANC won ⟦159⟧, the DA ⟦87⟧, MK ⟦58⟧ and smaller parties the remaining ⟦96⟧.")
add(P, True, "2025-07-11", "The bill of ⟦£48,000⟧ was made up of ⟦£36,000⟧ in legal fees and ⟦£12,000⟧ in court costs.")
add(P, True, "2018-11-09", "The ⟦14⟧ victims ranged in age from 6 to 71; ⟦eight⟧ were women and ⟦six⟧ were men.",
    note="ages 6 and 71 are not parts")
add(P, True, "2022-12-19", "Of the ⟦£10m⟧ raised by the appeal, ⟦£6.5m⟧ came from individual donors and the remaining ⟦£3.5m⟧ from businesses.")
add(P, True, "2021-08-30", "Of the ⟦57⟧ new cases reported today, ⟦41⟧ are in Auckland, ⟦10⟧ in Wellington and ⟦six⟧ in Christchurch.")

Q, C, R = "percentage", "change", "rate"
# -------------------------------------------------------------------------------------- percentage
add(Q, False, "2023-01-18", "The charity says ⟦25%⟧ of its ⟦200⟧ staff, or ⟦60⟧ people, will lose their jobs by the summer.",
    "25% of 200 is 50, not 60", "")
add(Q, False, "2022-03-08", "About ⟦a third⟧ of the club's ⟦90⟧ members — ⟦45⟧ people — turned up to vote on the merger.",
    "a third of 90 is 30; 45 is half", "fraction word")
add(Q, False, "2021-09-14", "Nearly ⟦40 percent⟧ of the district's ⟦5,200⟧ students, about ⟦1,100⟧ children, qualify for free lunches.",
    "40% of 5,200 is about 2,080; 1,100 is about 21%", "US")
add(Q, False, "2019-05-28", "Women now hold ⟦12⟧ of the ⟦48⟧ seats on the county council, or ⟦20%⟧.",
    "12 of 48 is 25%, not 20%", "percentage stated after the counts")
add(Q, False, "2020-02-11", "⟦Two-thirds⟧ of the ⟦60⟧ delegates, or ⟦30⟧ people, walked out before the final vote.",
    "two-thirds of 60 is 40, not 30", "")
add(Q, False, "2023-06-19", "Of the ⟦3.2 lakh⟧ candidates who appeared, ⟦2.4 lakh⟧ — nearly ⟦60 per cent⟧ — cleared the examination, the board said.",
    "2.4 of 3.2 lakh is 75%, not nearly 60%", "Indian numbering (lakh)")
add(Q, False, "2018-12-21", "⟦A quarter⟧ of the ⟦1,200⟧ flights scheduled for Friday, some ⟦150⟧, were cancelled because of the drone sightings.",
    "a quarter of 1,200 is 300, not 150", "")
add(Q, False, "2022-11-02", "⟦Half⟧ of the ward's ⟦86⟧ nurses, ⟦34⟧ in total, were off sick at the peak of the outbreak.",
    "half of 86 is 43, not 34", "digits swapped")
add(Q, False, "2019-12-14", "The party took ⟦38%⟧ of the ⟦2.1 million⟧ votes cast in the region, some ⟦600,000⟧ ballots.",
    "38% of 2.1 million is about 800,000, not 600,000", "")
add(Q, False, "2024-07-09", "⟦One in five⟧ of the ⟦650⟧ MPs elected last week — about ⟦80⟧ — are serving for the first time.",
    "one in five of 650 is 130, not about 80", "'one in five' form")
add(Q, False, "2017-03-02", "Ministers will hold back ⟦15%⟧ of the ⟦£40m⟧ fund, or ⟦£8m⟧, until the councils publish their plans.",
    "15% of £40m is £6m, not £8m", "money base")
add(Q, False, "2020-01-24", "Assessors found damage at ⟦2,340⟧ of the ⟦7,800⟧ properties surveyed, roughly ⟦13 per cent⟧, the Queensland authority said.",
    "2,340 of 7,800 is 30%, not about 13%", "Australian")
add(Q, False, "2016-10-06", "⟦Three out of four⟧ of the ⟦36⟧ schools inspected, ⟦24⟧ in all, were rated inadequate for safeguarding.",
    "three out of four of 36 is 27, not 24 (24 is two-thirds)", "")
add(Q, False, "2025-04-15", "Just over ⟦half⟧ of the ⟦412⟧ responses to the consultation, ⟦187⟧, opposed the new cycle lane.",
    "187 of 412 is about 45%, under half, not just over half", "qualifier 'just over' wrong direction")
add(Q, False, "2021-11-30", "By November ⟦90%⟧ of the ⟦18,000⟧ homes in the scheme, or ⟦1,620⟧, had been connected to the new network.",
    "90% of 18,000 is 16,200, not 1,620 (a factor of ten)", "scale slip")
add(Q, False, "2018-07-05", "A ⟦fifth⟧ of the ⟦340⟧ workers at the plant — ⟦17⟧ — have been offered redeployment elsewhere in the group.",
    "a fifth of 340 is 68, not 17 (17 is a twentieth)", "")
add(Q, False, "2023-10-16", "Turnout was ⟦44%⟧ among the ⟦62,000⟧ registered voters, which means about ⟦34,100⟧ people cast a ballot.",
    "44% of 62,000 is about 27,300, not 34,100 (that would be 55%)", "")

add(Q, True, "2023-01-18", "The charity says ⟦25%⟧ of its ⟦200⟧ staff, or ⟦50⟧ people, will lose their jobs by the summer.")
add(Q, True, "2022-03-08", "About ⟦a third⟧ of the squad's ⟦31⟧ players — ⟦11⟧ — have come through the academy.",
    note="11/31 = 35%, 'about a third'", tempting=True)
add(Q, True, "2024-02-27", "Some ⟦1,245⟧ of the ⟦5,000⟧ entrants, or ⟦25%⟧, failed to finish the race in the heat.",
    note="24.9% stated as 25%", tempting=True)
add(Q, True, "2019-08-02", "⟦More than a quarter⟧ of the ⟦1,000⟧ firms surveyed — ⟦290⟧ — said they had moved stock abroad.",
    note="29% is more than a quarter", tempting=True)
add(Q, True, "2020-09-23", "⟦Nearly half⟧ of the ⟦2,000⟧ respondents (⟦960⟧) said they would not return to the office full-time.",
    note="48% is nearly half", tempting=True)
add(Q, True, "2019-05-28", "Women now hold ⟦12⟧ of the ⟦48⟧ seats on the county council, or ⟦25%⟧.")
add(Q, True, "2023-06-19", "Of the ⟦3.2 lakh⟧ candidates who appeared, ⟦2.4 lakh⟧ — ⟦75 per cent⟧ — cleared the examination.")
add(Q, True, "2020-02-11", "⟦Two-thirds⟧ of the ⟦60⟧ delegates, ⟦40⟧ in all, walked out before the final vote.")
add(Q, True, "2017-03-02", "Ministers will hold back ⟦15%⟧ of the ⟦£40m⟧ fund, or ⟦£6m⟧, until the councils publish their plans.")
add(Q, True, "2024-07-09", "⟦One in five⟧ of the ⟦650⟧ MPs elected last week, ⟦130⟧ in all, are serving for the first time.")
add(Q, True, "2019-12-14", "The party took ⟦38 percent⟧ of the ⟦2.1 million⟧ votes cast, roughly ⟦800,000⟧.")
add(Q, True, "2016-10-06", "⟦Three in four⟧ of the ⟦36⟧ schools inspected — ⟦27⟧ — were rated inadequate for safeguarding.")
add(Q, True, "2022-05-12", "⟦40%⟧ of the trust's ⟦600⟧ staff are women, and ⟦60⟧ of them hold senior posts.",
    note="60 of the 240 women, not 60 of the 600; no percentage is claimed for them", tempting=True)
add(Q, True, "2018-04-11", "⟦A tenth⟧ of the town's ⟦4,500⟧ households, about ⟦450⟧, still rely on oil for heating.")
add(Q, True, "2020-01-24", "Assessors found damage at ⟦2,340⟧ of the ⟦7,800⟧ properties surveyed, or ⟦30 per cent⟧.")
add(Q, True, "2025-04-15", "⟦Fewer than half⟧ of the ⟦412⟧ responses, ⟦187⟧, opposed the new cycle lane.")
add(Q, True, "2023-10-16", "Turnout was ⟦44%⟧ among the ⟦62,000⟧ registered voters, meaning about ⟦27,300⟧ people cast a ballot.")
add(Q, True, "2021-11-30", "By November ⟦90%⟧ of the ⟦18,000⟧ homes in the scheme, some ⟦16,200⟧, had been connected.")
add(Q, True, "2024-03-04", "⟦Six in ten⟧ of the ⟦1,510⟧ adults polled (⟦61%⟧) said the cost of living was their biggest worry.",
    note="61% is six in ten")

# ------------------------------------------------------------------------------------------ change
add(C, False, "2022-07-28", "Revenue rose from ⟦£40m⟧ to ⟦£50m⟧, a ⟦50%⟧ increase, the company said in its half-year results.",
    "£40m to £50m is a 25% increase, not 50%", "")
add(C, False, "2023-03-10", "The county's jobless rate fell from ⟦6.2%⟧ to ⟦5.4%⟧ over the year, a drop of ⟦1.8 percentage points⟧.",
    "6.2% to 5.4% is a drop of 0.8 points", "")
add(C, False, "2024-01-09", "Membership of the union grew from ⟦12,400⟧ to ⟦15,100⟧ last year, an increase of ⟦3,700⟧.",
    "15,100 − 12,400 = 2,700, not 3,700", "")
add(C, False, "2022-10-04", "The price of a dozen eggs at the farmers' market has ⟦doubled⟧ since spring, from ⟦$3⟧ to ⟦$9⟧.",
    "$3 to $9 is a tripling, not a doubling (doubling gives $6)", "multiplier word")
add(C, False, "2019-02-25", "Average attendance fell by ⟦a third⟧ this season, from ⟦24,000⟧ to ⟦20,000⟧.",
    "24,000 to 20,000 is a fall of a sixth (about 17%), not a third", "")
add(C, False, "2019-12-05", "The retail price of onions jumped from ⟦₹30⟧ a kg to ⟦₹80⟧ in a month, a rise of ⟦over 200 per cent⟧.",
    "₹30 to ₹80 is a rise of about 167%, not over 200%", "Indian")
add(C, False, "2020-05-15", "Unemployment rose from ⟦4%⟧ to ⟦5%⟧ in the three months to March, an increase of ⟦1%⟧.",
    "4% to 5% is a rise of 1 percentage point, or 25% in relative terms, not 1%", "percent written for percentage points")
add(C, False, "2017-06-10", "Turnout slipped ⟦12 points⟧ to ⟦54%⟧, down from ⟦62%⟧ at the last election.",
    "62% to 54% is a fall of 8 points, not 12", "")
add(C, False, "2021-03-04", "The deficit narrowed by ⟦£4.2bn⟧ to ⟦£31.8bn⟧, from ⟦£38bn⟧ a year earlier.",
    "£38bn − £31.8bn = £6.2bn, not £4.2bn", "")
add(C, False, "2023-12-12", "House prices in the borough fell ⟦8%⟧ over the year, from an average of ⟦£290,000⟧ to ⟦£250,000⟧.",
    "£290,000 to £250,000 is a fall of about 14%, not 8%", "")
add(C, False, "2018-07-19", "Recorded crime in the city fell ⟦40%⟧, from ⟦1,500⟧ offences to ⟦1,200⟧.",
    "1,500 to 1,200 is a fall of 20%, not 40%", "")
add(C, False, "2024-02-22", "Bus fares will go up by ⟦15p⟧ in April, from ⟦£2.40⟧ to ⟦£2.65⟧.",
    "£2.40 to £2.65 is a rise of 25p, not 15p", "")
add(C, False, "2022-04-15", "Pump prices rose to ⟦KSh217⟧ a litre from ⟦KSh180⟧, an increase of ⟦KSh27⟧, the regulator announced.",
    "KSh180 to KSh217 is an increase of KSh37, not KSh27", "Kenyan; 'to A from B' order")
add(C, False, "2015-09-30", "Support for the government has ⟦halved⟧ since January, from ⟦46%⟧ to ⟦31%⟧.",
    "46% to 31% is a fall of about a third; halving would give 23%", "")
add(C, False, "2019-02-01", "The number of people sleeping rough ⟦rose by 12%⟧ to ⟦4,266⟧, from ⟦4,751⟧ the year before.",
    "4,751 to 4,266 is a fall of about 10%, not a rise of 12%", "direction wrong")
add(C, False, "2021-08-03", "Passenger numbers at the airport recovered by ⟦85%⟧ in July, to ⟦3.7 million⟧ from ⟦2.9 million⟧ in June.",
    "2.9m to 3.7m is a rise of about 28%, not 85%", "")
add(C, False, "2018-10-25", "Profits tumbled ⟦60%⟧ to ⟦$1.2bn⟧ in the third quarter, from ⟦$2bn⟧ a year earlier.",
    "$2bn to $1.2bn is a fall of 40%, not 60%", "")

add(C, True, "2022-07-28", "Revenue rose from ⟦£40m⟧ to ⟦£50m⟧, a ⟦25%⟧ increase, the company said.")
add(C, True, "2020-05-15", "Unemployment rose from ⟦4%⟧ to ⟦5%⟧ in the three months to March, a relative rise of ⟦25%⟧.",
    note="relative rise of the rate, correct; looks like it should be 1 point", tempting=True)
add(C, True, "2023-03-10", "The jobless rate fell from ⟦6.2%⟧ to ⟦5.4%⟧ over the year, a drop of ⟦0.8 percentage points⟧.")
add(C, True, "2022-05-06", "Turnout rose from ⟦40%⟧ to ⟦50%⟧ — up ⟦10 points⟧, or ⟦a quarter⟧ in relative terms.",
    note="points and relative change both right", tempting=True)
add(C, True, "2024-01-09", "Membership grew from ⟦12,400⟧ to ⟦15,100⟧ last year, an increase of ⟦2,700⟧.")
add(C, True, "2023-04-01", "The national living wage goes up ⟦9.8%⟧ today, from ⟦£10.42⟧ to ⟦£11.44⟧ an hour.")
add(C, True, "2022-10-04", "The price of a dozen eggs has ⟦tripled⟧ since spring, from ⟦$3⟧ to ⟦$9⟧.")
add(C, True, "2019-02-25", "Average attendance fell by ⟦a fifth⟧, from ⟦25,000⟧ to ⟦20,000⟧.")
add(C, True, "2018-11-01", "Sales rose ⟦about 30%⟧ in the quarter, from ⟦$1.9bn⟧ to ⟦$2.5bn⟧.",
    note="31.6% is about 30%", tempting=True)
add(C, True, "2021-03-04", "The deficit narrowed by ⟦£6.2bn⟧ to ⟦£31.8bn⟧, from ⟦£38bn⟧ a year earlier.")
add(C, True, "2023-12-12", "House prices fell by ⟦almost 14%⟧ over the year, from an average of ⟦£290,000⟧ to ⟦£250,000⟧.")
add(C, True, "2024-02-22", "Bus fares will go up by ⟦25p⟧ in April, from ⟦£2.40⟧ to ⟦£2.65⟧.")
add(C, True, "2022-04-15", "Pump prices rose to ⟦KSh217⟧ a litre from ⟦KSh180⟧, an increase of ⟦KSh37⟧.")
add(C, True, "2025-01-30", "Applications to the course ⟦more than doubled⟧, from ⟦410⟧ to ⟦880⟧.",
    note="880 > 2 × 410 = 820", tempting=True)
add(C, True, "2018-07-19", "Recorded crime fell ⟦20%⟧, from ⟦1,500⟧ offences to ⟦1,200⟧.")
add(C, True, "2019-02-01", "The number of people sleeping rough fell ⟦10%⟧ to ⟦4,266⟧, from ⟦4,751⟧ a year earlier.",
    note="10.2% stated as 10%")
add(C, True, "2017-08-09", "Exports rose ⟦12%⟧ to ⟦$48bn⟧, while imports climbed from ⟦$40bn⟧ to ⟦$46bn⟧.",
    note="the 12% is for exports; imports rose 15%, no stated change to compare", tempting=True)
add(C, True, "2019-12-05", "Onion prices jumped from ⟦₹30⟧ a kg to ⟦₹80⟧ in a month, a rise of ⟦more than 160 per cent⟧.")
add(C, True, "2024-04-17", "Inflation eased to ⟦3.2%⟧ in March from ⟦3.4%⟧ in February, a fall of ⟦0.2 percentage points⟧.")

# -------------------------------------------------------------------------------------------- rate
add(R, False, "2016-05-20", "Leave campaigners claim Britain sends ⟦£350m a week⟧ to Brussels, or ⟦£5bn a year⟧.",
    "£350m a week is about £18bn a year", "")
add(R, False, "2022-08-09", "The bottling plant draws ⟦2 million litres a day⟧ from the aquifer — some ⟦70 million litres a year⟧.",
    "2 million litres a day is about 730 million a year", "")
add(R, False, "2020-10-13", "The program costs ⟦$1.5 million a month⟧ to run, or ⟦$12 million a year⟧.",
    "$1.5 million a month is $18 million a year", "")
add(R, False, "2023-05-03", "On average ⟦40 people a day⟧ were turned away from the food bank, ⟦more than 20,000 over the year⟧.",
    "40 a day is about 14,600 a year, not more than 20,000", "")
add(R, False, "2024-03-26", "The role pays ⟦A$75,000 a year⟧, or about ⟦A$2,000 a week⟧ before tax.",
    "A$75,000 a year is about A$1,440 a week", "Australian")
add(R, False, "2023-09-14", "Cleaners on the new contract will earn ⟦£12 an hour⟧, ⟦£600 for a 37.5-hour week⟧.",
    "£12 an hour for 37.5 hours is £450", "")
add(R, False, "2021-06-22", "The field is expected to produce ⟦300,000 barrels a day⟧, roughly ⟦9 million barrels a year⟧.",
    "300,000 a day is about 110 million barrels a year (9 million is a month)", "")
add(R, False, "2024-01-31", "Road crashes killed ⟦an average of six people a week⟧ in the province last year, ⟦about 100 in total⟧.",
    "six a week is about 312 a year", "")
add(R, False, "2019-04-04", "The delay is costing the project ⟦£1m a day⟧, which over a year would amount to ⟦£36.5m⟧.",
    "£1m a day is £365m a year", "factor of ten")
add(R, False, "2022-01-12", "The council spends ⟦£18,000 a week⟧ on temporary accommodation, ⟦almost £1.5m a year⟧.",
    "£18,000 a week is about £936,000 a year", "")
add(R, False, "2013-04-01", "Tenants with a spare room will lose ⟦£14 a week⟧ in housing benefit, or ⟦£1,400 a year⟧.",
    "£14 a week is £728 a year", "")
add(R, False, "2024-09-18", "The chief executive's salary of ⟦$250,000 a year⟧, roughly ⟦$5,000 a month⟧, was frozen.",
    "$250,000 a year is about $20,800 a month", "")
add(R, False, "2018-06-15", "At full capacity the factory turns out ⟦1,200 cars a day⟧, or ⟦about 90,000 a year⟧.",
    "1,200 a day is about 300,000 a year on working days (438,000 on every day); 90,000 fits neither", "")
add(R, False, "2019-07-30", "The park draws ⟦ten million visitors a year⟧, ⟦some 8,000 a day⟧.",
    "ten million a year is about 27,000 a day", "")
add(R, False, "2025-05-07", "Over the ⟦five-year⟧ contract, worth ⟦£40m a year⟧, the firm will receive ⟦£120m⟧ in total.",
    "five years at £40m is £200m", "total over a span against a yearly rate")
add(R, False, "2021-02-02", "The streaming service costs ⟦€9 a month⟧, or ⟦€180 a year⟧.",
    "€9 a month is €108 a year", "")
add(R, False, "2020-08-19", "The incinerator burns ⟦2.5 tonnes of rubbish an hour⟧, or ⟦more than 100 tonnes a day⟧.",
    "2.5 tonnes an hour is 60 tonnes a day", "")

add(R, True, "2016-05-20", "Britain sends ⟦£350m a week⟧ to Brussels, or ⟦about £18bn a year⟧, campaigners claim.")
add(R, True, "2022-08-09", "The plant draws ⟦2 million litres a day⟧ from the aquifer — some ⟦730 million litres a year⟧.")
add(R, True, "2020-10-13", "The program costs ⟦$1.5 million a month⟧ to run, or ⟦$18 million a year⟧.")
add(R, True, "2023-11-08", "The metro now carries ⟦25 lakh passengers daily⟧, or over ⟦nine crore a year⟧.",
    note="25 lakh × 365 = 9.1 crore; Indian numbering")
add(R, True, "2019-04-04", "The delay is costing ⟦£1m a day⟧ — ⟦more than £300m a year⟧ if it drags on.",
    note="£365m is more than £300m", tempting=True)
add(R, True, "2023-09-14", "Cleaners will earn ⟦£12 an hour⟧, or ⟦£450 for a 37.5-hour week⟧.")
add(R, True, "2021-06-22", "The field should produce ⟦300,000 barrels a day⟧, ⟦about 110 million a year⟧.")
add(R, True, "2018-06-15", "Running two shifts on weekdays, the plant builds ⟦1,200 cars a day⟧, or ⟦about 300,000 a year⟧.",
    note="working days: 1,200 × 250 = 300,000; the text says weekdays", tempting=True)
add(R, True, "2022-01-12", "The council spends ⟦£18,000 a week⟧ on temporary accommodation, ⟦almost £940,000 a year⟧.")
add(R, True, "2024-09-18", "The chief executive's salary of ⟦$250,000 a year⟧, about ⟦$21,000 a month⟧, was frozen.")
add(R, True, "2019-07-30", "The park draws ⟦ten million visitors a year⟧, ⟦some 27,000 a day⟧.")
add(R, True, "2025-05-07", "Over the ⟦five-year⟧ contract, worth ⟦£40m a year⟧, the firm will receive ⟦£200m⟧.")
add(R, True, "2021-02-02", "The service costs ⟦€9 a month⟧, or ⟦€108 a year⟧.")
add(R, True, "2023-07-04", "Agency nurses cost the trust ⟦£650 a shift⟧; its total agency bill was ⟦£650,000 a year⟧.",
    note="same digits, different things: no rate links them", tempting=True)
add(R, True, "2020-08-19", "The incinerator burns ⟦2.5 tonnes of rubbish an hour⟧, ⟦60 tonnes a day⟧.")
add(R, True, "2024-03-26", "The role pays ⟦A$75,000 a year⟧, about ⟦A$1,440 a week⟧.")
add(R, True, "2024-01-31", "Road crashes killed ⟦six people a week⟧ on average, ⟦more than 300 over the year⟧.")
add(R, True, "2019-01-02", "A pack-a-day smoker paying ⟦£10.50 a packet⟧ spends ⟦more than £3,800 a year⟧.",
    note="£10.50 × 365 = £3,832")

RQ, CU = "repeated_quantity", "currency"
# ------------------------------------------------------------------------------- repeated_quantity
add(RQ, False, "2021-05-11", "The council has approved a ⟦$2 million⟧ upgrade of the water treatment plant. Work on the ⟦$2 billion⟧ upgrade is expected to begin in the spring.",
    "the same upgrade: $2 million both times (or $2 billion both times)", "million vs billion")
add(RQ, False, "2023-02-17", "A retired teacher who lost ⟦£45,000⟧ to a romance scam has urged others to be wary. Police said the ⟦£54,000⟧ she lost had been moved through accounts in three countries.",
    "the same loss: £45,000 or £54,000, not both", "transposed digits")
add(RQ, False, "2020-10-02", "The bridge, ⟦1.2km⟧ long, will link the two halves of the town for the first time. Engineers expect the ⟦12km⟧ crossing to carry 15,000 vehicles a day.",
    "the same bridge: 1.2km both times", "unit scale")
add(RQ, False, "2019-06-26", "The ⟦£3.5m⟧ sale of the depot site to developers was approved on Tuesday. Critics said the ⟦£35m⟧ sale undervalued land the council had owned since 1948.",
    "the same sale: £3.5m both times (or £35m)", "")
add(RQ, False, "2024-09-06", "The school's new ⟦£8.4m⟧ sports hall opened on Monday. Funding for the ⟦£4.8m⟧ hall came partly from the National Lottery.",
    "the same hall: £8.4m or £4.8m", "")
add(RQ, False, "2022-12-01", "The state cabinet cleared the ⟦₹1,200 crore⟧ elevated corridor on Wednesday. Officials said the ⟦₹12,000 crore⟧ project would be finished in three years.",
    "the same project: ₹1,200 crore both times", "Indian; factor of ten")
add(RQ, False, "2018-08-30", "The findings are based on an online survey of ⟦2,000⟧ adults carried out last month. Of the ⟦1,000⟧ people questioned, most said they had cut back on eating out.",
    "the same survey sample: 2,000 (or 1,000) both times", "")
add(RQ, False, "2019-04-18", "The ⟦340-page⟧ report was published on Thursday. The inspectors' ⟦430-page⟧ document runs through 14 failings in turn.",
    "the same report: 340 or 430 pages", "")
add(RQ, False, "2010-10-14", "Rescuers brought ⟦33⟧ miners up from the shaft in a capsule barely wider than a man's shoulders. All ⟦23⟧ men were taken to the field hospital for checks.",
    "the same group: 33 miners both times", "'all' refers back")
add(RQ, False, "2012-03-13", "The ⟦€130bn⟧ bailout was signed off by finance ministers overnight. Under the terms of the ⟦€130m⟧ bailout, Athens must cut its minimum wage by a fifth.",
    "the same bailout: €130bn both times", "billion vs million")
add(RQ, False, "2021-07-22", "The ⟦KSh3 billion⟧ stadium will seat 20,000 fans. Construction of the ⟦KSh300 million⟧ facility is due to start next month.",
    "the same stadium: KSh3 billion both times", "Kenyan")
add(RQ, False, "2019-05-16", "The painting sold for ⟦$91 million⟧ at Christie's on Wednesday night. The ⟦$19 million⟧ sale set a record for a work by a living artist.",
    "the same sale: $91 million both times", "")
add(RQ, False, "2017-11-03", "The ⟦4,000-tonne⟧ cargo ship ran aground off the Donegal coast. Salvage crews fear fuel could leak from the ⟦40,000-tonne⟧ vessel.",
    "the same ship: 4,000 or 40,000 tonnes", "")
add(RQ, False, "2022-04-08", "The reservoir behind the dam holds ⟦1.2 billion cubic metres⟧ of water. Farmers downstream depend on its ⟦1.2 million cubic metres⟧ for irrigation.",
    "the same reservoir: 1.2 billion cubic metres", "")
add(RQ, False, "2020-03-12", "The prime minister unveiled a ⟦A$17.6 billion⟧ stimulus package. The ⟦A$1.76 billion⟧ package includes one-off payments to pensioners.",
    "the same package: A$17.6 billion both times", "Australian")
add(RQ, False, "2023-06-27", "The water company was handed a ⟦£250,000⟧ fine for pumping sewage into the river. The ⟦£25,000⟧ fine is the largest the regulator has imposed this year.",
    "the same fine: £250,000 both times", "")
add(RQ, False, "2016-09-19", "The ⟦85-metre⟧ tower will dominate the skyline. Planning officers had urged councillors to refuse the ⟦58-metre⟧ building on heritage grounds, but they approved it on Tuesday.",
    "the same tower: 85 or 58 metres", "")

add(RQ, True, "2021-05-11", "The council has approved a ⟦$2 million⟧ upgrade of the water treatment plant. Officials expect work on the ⟦$2 million⟧ project to start in the spring.")
add(RQ, True, "2024-05-02", "The ⟦£4.7m⟧ scheme will add 200 cycle parking spaces at the station. Councillors said the ⟦almost £5m⟧ scheme was good value.",
    note="£4.7m restated as 'almost £5m'", tempting=True)
add(RQ, True, "2023-01-31", "The club paid ⟦£30m⟧ for the striker in 2021. On Tuesday they sold him for ⟦£3m⟧.",
    note="purchase and sale: different amounts, not the same one restated", tempting=True)
add(RQ, True, "2019-03-18", "About ⟦1.5 million⟧ people marched through the capital. Organisers said ⟦one and a half million⟧ was the biggest crowd since 2003.",
    note="same figure, written once in digits and once in words", tempting=True)
add(RQ, True, "2024-09-06", "The ⟦£8.4m⟧ sports hall opened on Monday, two years late and ⟦£840,000⟧ over budget.",
    note="the overspend, not the cost", tempting=True)
add(RQ, True, "2019-04-18", "The ⟦340-page⟧ report was published on Thursday. It runs to ⟦340 pages⟧ and lists 14 failings.")
add(RQ, True, "2022-12-01", "The state cabinet cleared the ⟦₹1,200 crore⟧ elevated corridor on Wednesday. The ⟦₹12 billion⟧ project should be finished in three years.",
    note="₹1,200 crore is ₹12 billion", tempting=True)
add(RQ, True, "2018-08-30", "The survey of ⟦2,000⟧ adults was carried out online last month. Of the ⟦2,000⟧ questioned, most said they had cut back on eating out.")
add(RQ, True, "2010-10-14", "Rescuers brought ⟦33⟧ miners up from the shaft. All ⟦33⟧ were taken to the field hospital for checks.")
add(RQ, True, "2010-08-23", "There were ⟦71⟧ men working underground when the tunnel collapsed, and ⟦17⟧ of them were trapped below the rockfall.",
    note="the 17 trapped are part of the 71", tempting=True)
add(RQ, True, "2012-03-13", "The ⟦€130bn⟧ bailout was signed off overnight. Under the terms of the ⟦€130 billion⟧ deal, Athens must cut its minimum wage by a fifth.")
add(RQ, True, "2021-07-22", "The ⟦KSh3 billion⟧ stadium will seat 20,000 fans. Construction of the ⟦KSh3bn⟧ facility is due to start next month.")
add(RQ, True, "2019-05-16", "The painting sold for ⟦$91 million⟧, far above the pre-sale estimate of ⟦$19 million⟧.",
    note="price and estimate are different quantities", tempting=True)
add(RQ, True, "2017-11-03", "The ⟦4,000-tonne⟧ cargo ship ran aground off Donegal. Salvage crews fear fuel could leak from the vessel, which weighs ⟦4,000 tonnes⟧ unladen.")
add(RQ, True, "2020-03-12", "The prime minister unveiled a ⟦A$17.6 billion⟧ stimulus package, of which ⟦A$1.76 billion⟧ will go on one-off payments to pensioners.",
    note="a part of the package, a tenth of it", tempting=True)
add(RQ, True, "2023-06-27", "The water company was fined ⟦£250,000⟧. At ⟦a quarter of a million pounds⟧, it is the largest penalty the regulator has imposed this year.")
add(RQ, True, "2020-10-02", "The ⟦1.2km⟧ bridge will link the two halves of the town. Engineers expect the ⟦1,200-metre⟧ crossing to carry 15,000 vehicles a day.",
    note="1.2km = 1,200 metres")
add(RQ, True, "2019-06-26", "The ⟦£3.5m⟧ sale of the depot site was approved on Tuesday. Opponents said the ⟦£3.5 million⟧ deal undervalued the land.")

# ---------------------------------------------------------------------------------------- currency
add(CU, False, "2019-06-10", "The Dublin start-up has raised ⟦€5m⟧ (⟦£43m⟧) from a group of investors led by a Berlin fund.",
    "€5m is about £4.4m at 2019 rates", "a decimal slip in the conversion")
add(CU, False, "2023-03-01", "The studio secured ⟦$10m⟧ (⟦£2m⟧) in funding for its next game.",
    "$10m is about £8.3m in 2023", "")
add(CU, False, "2022-11-15", "The Osaka firm will invest ⟦¥1bn⟧ (⟦$70m⟧) in a new battery line.",
    "¥1bn is about $7m at ¥140 to the dollar", "yen")
add(CU, False, "2024-05-20", "The state has sanctioned ⟦₹500 crore⟧ (about ⟦$6 million⟧) for flood defences along the river.",
    "₹500 crore is about $60 million at ₹83 to the dollar", "crore conversion")
add(CU, False, "2021-09-01", "Eskom says it needs ⟦R2.5 billion⟧ (⟦$1.7 billion⟧) to repair the damaged units at Medupi.",
    "R2.5 billion is about $170 million at R14.5 to the dollar", "South African rand")
add(CU, False, "2018-04-10", "Canberra will spend ⟦A$100 million⟧ (⟦US$130 million⟧) on reef protection.",
    "A$100 million is about US$77 million; the Australian dollar was worth less than the US dollar", "")
add(CU, False, "2016-12-01", "The carmaker is investing ⟦£1bn⟧ (⟦$800m⟧) in its Midlands plants.",
    "£1bn was about $1.25bn in December 2016", "inverted rate")
add(CU, False, "2020-07-15", "The central bank set aside ⟦₦50 billion⟧ (⟦$1.3 billion⟧) for loans to small farmers.",
    "₦50 billion is about $130 million at roughly ₦380 to the dollar", "Nigerian naira")
add(CU, False, "2024-02-01", "The Geneva foundation pledged ⟦CHF 2.5 million⟧ (⟦€25 million⟧) to the vaccine alliance.",
    "CHF 2.5 million is about €2.7 million", "")
add(CU, False, "2023-08-01", "The county has budgeted ⟦KSh10 billion⟧ (⟦$700 million⟧) for new roads this financial year.",
    "KSh10 billion is about $70 million at KSh142 to the dollar", "")
add(CU, False, "2017-05-01", "Ottawa will lend the aerospace firm ⟦C$1.2 billion⟧ (⟦US$1.9 billion⟧).",
    "C$1.2 billion was about US$880 million in 2017", "")
add(CU, False, "2025-01-15", "Brussels approved ⟦$4.5bn⟧ (⟦€1.4bn⟧) in state aid for the chip plant.",
    "$4.5bn is about €4.4bn in early 2025", "")
add(CU, False, "2019-10-01", "The oligarch's yacht was reportedly bought for ⟦3 billion roubles⟧ (⟦£380m⟧).",
    "3 billion roubles was about £38m in 2019 (roughly 80 roubles to the pound)", "")
add(CU, False, "2022-03-01", "The programme will cost ⟦10 billion reais⟧ (⟦$20 billion⟧) over four years, the ministry said.",
    "10 billion reais is about $1.9 billion at about 5.2 reais to the dollar", "Brazilian real")
add(CU, False, "2021-05-05", "Wellington has committed ⟦NZ$50 million⟧ (⟦£50 million⟧) to the rail link.",
    "NZ$50 million is about £26 million", "parity assumed")
add(CU, False, "2024-09-01", "The Northern Ireland firm agreed a ⟦£600,000⟧ (⟦€500,000⟧) settlement with the Irish regulator.",
    "£600,000 is about €710,000; the euro figure should be larger, not smaller", "")
add(CU, False, "2018-08-20", "The Istanbul gallery sold the canvas for ⟦1 million lira⟧ (⟦$600,000⟧) last week.",
    "1 million lira was about $165,000 in August 2018", "Turkish lira after its slide")

add(CU, True, "2019-06-10", "The Dublin start-up has raised ⟦€5m⟧ (⟦£4.4m⟧) from a group of investors.")
add(CU, True, "2023-03-01", "The studio secured ⟦$10m⟧ (⟦£8.3m⟧) in funding for its next game.")
add(CU, True, "2022-11-15", "The Osaka firm will invest ⟦¥1bn⟧ (⟦$7m⟧) in a new battery line.")
add(CU, True, "2024-05-20", "The state has sanctioned ⟦₹500 crore⟧ (about ⟦$60 million⟧) for flood defences.")
add(CU, True, "2007-11-10", "The Premier League club paid ⟦£1m⟧ (⟦$2.1m⟧) for the teenage winger.",
    note="the pound was worth about $2.08 in November 2007", tempting=True)
add(CU, True, "2022-09-27", "The fund will invest ⟦£1bn⟧ (⟦$1.07bn⟧) in British start-ups, the chancellor said, as the pound slid towards parity.",
    note="sterling was near $1.07 in late September 2022", tempting=True)
add(CU, True, "2018-04-10", "Canberra will spend ⟦A$100 million⟧ (⟦US$77 million⟧) on reef protection.")
add(CU, True, "2020-07-15", "The central bank set aside ⟦₦50 billion⟧ (⟦$130 million⟧) for loans to small farmers.")
add(CU, True, "2024-02-01", "The Geneva foundation pledged ⟦CHF 2.5 million⟧ (⟦€2.7 million⟧) to the vaccine alliance.")
add(CU, True, "2023-08-01", "The county has budgeted ⟦KSh10 billion⟧ (⟦$70 million⟧) for new roads.")
add(CU, True, "2017-05-01", "Ottawa will lend the aerospace firm ⟦C$1.2 billion⟧ (⟦US$880 million⟧).")
add(CU, True, "2015-03-16", "The ECB's new programme will buy ⟦€200m⟧ (⟦$212m⟧) of the bank's bonds, a sign of how close the two currencies have come.",
    note="the euro was about $1.05-1.06 in March 2015", tempting=True)
add(CU, True, "2019-10-01", "The yacht was reportedly bought for ⟦3 billion roubles⟧ (⟦£38m⟧).")
add(CU, True, "2021-05-05", "Wellington has committed ⟦NZ$50 million⟧ (⟦£26 million⟧) to the rail link.")
add(CU, True, "2024-09-01", "The firm agreed a ⟦£600,000⟧ (⟦€710,000⟧) settlement with the Irish regulator.")
add(CU, True, "2018-08-20", "The canvas fetched ⟦1 million lira⟧ — about ⟦$165,000⟧ now, against some ⟦$260,000⟧ when the sale was agreed in January.",
    note="two conversions at two dates: the lira lost about 40% in between", tempting=True)
add(CU, True, "2016-12-01", "The carmaker is investing ⟦£1bn⟧ (⟦$1.25bn⟧) in its Midlands plants.")
add(CU, True, "2023-06-01", "Dublin will contribute ⟦€12m⟧ and London ⟦£12m⟧ to the cross-border peace fund.",
    note="two contributions, not a conversion of one amount", tempting=True)
add(CU, True, "2025-01-15", "Brussels approved ⟦$4.5bn⟧ (⟦€4.4bn⟧) in state aid for the chip plant.")

A, D = "age", "duration"
# --------------------------------------------------------------------------------------------- age
add(A, False, "2018-06-01", "Mr Smith, ⟦45⟧, who was born in Sunderland in ⟦1960⟧, has run the shop for three decades.",
    "born in 1960, he would be 57 or 58 in June 2018", "")
add(A, False, "2021-10-12", "Ms Okafor, who was born on ⟦3 March 1985⟧ in Enugu, is now ⟦38⟧ and a mother of three.",
    "born 3 March 1985, she is 36 in October 2021", "full birth date")
add(A, False, "2019-01-15", "The ⟦29-year-old⟧ midfielder, born in Lyon in ⟦1995⟧, signed an 18-month deal.",
    "born in 1995, he is 23 or 24 in January 2019", "")
add(A, False, "2024-07-10", "Jean-Paul Mercier (⟦1931⟧–⟦2024⟧), the architect of the city's postwar library, died on Tuesday at the age of ⟦87⟧.",
    "born 1931 and dying in 2024, he was 92 or 93", "obituary bracket years")
add(A, False, "2016-03-20", "Born in Ballarat in ⟦1990⟧, the ⟦19-year-old⟧ debutant took four wickets on the first morning.",
    "born in 1990, he would be 25 or 26 in 2016", "Australian cricket")
add(A, False, "2022-12-01", "He was ⟦17⟧ when he enlisted in ⟦1944⟧, having been born in the village in ⟦1921⟧.",
    "born 1921, he was 22 or 23 in 1944", "age at a past event")
add(A, False, "2020-08-08", "The ⟦72-year-old⟧ farmer, born in ⟦1958⟧ in Nashik district, has grown grapes for four decades.",
    "born in 1958, he is 61 or 62 in 2020", "Indian")
add(A, False, "2023-03-31", "The singer, who turns ⟦40⟧ on Tuesday, was born on ⟦4 April 1981⟧ in Cork.",
    "born 4 April 1981, she turns 42 on 4 April 2023", "upcoming birthday")
add(A, False, "2017-09-05", "Born on ⟦12 December 2001⟧, the ⟦17-year-old⟧ is the youngest player ever to appear for the club.",
    "born 12 December 2001, he is 15 in September 2017", "")
add(A, False, "2025-02-14", "Mary Keane, who was born on ⟦14 February 1929⟧, celebrates her ⟦100th birthday⟧ today with a party at the care home.",
    "born 14 February 1929, today is her 96th birthday", "")
add(A, False, "2015-05-01", "The ⟦64-year-old⟧, who was born in ⟦1961⟧, steps down as chief constable next month.",
    "born in 1961, he is 53 or 54 in 2015", "")
add(A, False, "2019-07-20", "Born in ⟦1967⟧, she won the title in ⟦1993⟧ at the age of ⟦22⟧.",
    "born 1967, she was 25 or 26 in 1993", "age at a past event")
add(A, False, "2026-01-10", "The former minister, ⟦58⟧, was born in ⟦1973⟧ and entered parliament in 2005.",
    "born in 1973, she is 52 (or just 53) in January 2026", "")
add(A, False, "2012-06-30", "Harris, ⟦51⟧, a native of Dayton, Ohio, born in ⟦1967⟧, was named coach on Friday.",
    "born in 1967, he is 44 or 45 in June 2012", "US")
add(A, False, "2024-11-20", "Wanjiru, who was born in ⟦2006⟧, is now ⟦21⟧ and studying in Eldoret.",
    "born in 2006, she is 17 or 18 in November 2024", "Kenyan")
add(A, False, "2018-02-15", "The ⟦11-year-old⟧ boy, who was born in ⟦2002⟧, was treated for smoke inhalation.",
    "born in 2002, he is 15 or 16 in 2018", "")
add(A, False, "2021-06-06", "He celebrated his ⟦80th birthday⟧ today, having been born on D-Day itself, ⟦6 June 1944⟧.",
    "born 6 June 1944, today is his 77th birthday", "")

add(A, True, "2018-06-01", "Mr Smith, ⟦58⟧, who was born in Sunderland in ⟦1960⟧, has run the shop for three decades.")
add(A, True, "2018-03-05", "Born in ⟦1980⟧, the ⟦37-year-old⟧ is the first woman to lead the authority.",
    note="2018 − 1980 = 38, but 37 is right if her birthday falls after 5 March", tempting=True)
add(A, True, "2021-10-12", "Ms Okafor, who was born on ⟦3 March 1985⟧, is now ⟦36⟧.")
add(A, True, "2024-07-10", "Jean-Paul Mercier (⟦1931⟧–⟦2024⟧) died on Tuesday at the age of ⟦92⟧.",
    note="2024 − 1931 = 93, but 92 if his birthday was still to come", tempting=True)
add(A, True, "2023-03-31", "The singer, who turns ⟦42⟧ on Tuesday, was born on ⟦4 April 1981⟧.")
add(A, True, "2017-09-05", "Born on ⟦12 December 2001⟧, the ⟦15-year-old⟧ is the youngest player ever to appear for the club.")
add(A, True, "2022-12-01", "He joined up in ⟦1944⟧ at ⟦17⟧; he had been born on a farm outside Lublin in ⟦1927⟧.",
    note="born 1927, 16 or 17 in 1944")
add(A, True, "2020-08-08", "The ⟦62-year-old⟧ farmer, born in ⟦1958⟧, has grown grapes for four decades.")
add(A, True, "2025-02-14", "Mary Keane, born on ⟦14 February 1929⟧, celebrates her ⟦96th birthday⟧ today.")
add(A, True, "2026-01-10", "The former minister, ⟦52⟧, was born in ⟦1973⟧.")
add(A, True, "2022-09-03", "Mr Lowe, ⟦71⟧, was travelling with his granddaughter, who was born in ⟦2004⟧.",
    note="the birth year belongs to a different person", tempting=True)
add(A, True, "2012-06-30", "Harris, ⟦44⟧, a Dayton native born in ⟦1967⟧, was named coach on Friday.")
add(A, True, "2021-06-06", "He celebrated his ⟦77th birthday⟧ today, having been born on D-Day itself, ⟦6 June 1944⟧.")
add(A, True, "2025-01-05", "The striker, born in ⟦2003⟧, is still only ⟦21⟧.",
    note="22 only after his 2025 birthday; on 5 January 21 is almost certainly right", tempting=True)
add(A, True, "2019-07-20", "Born in ⟦1967⟧, she won the title in ⟦1993⟧ at the age of ⟦25⟧.")
add(A, True, "2022-05-01", "The woman, in her ⟦sixties⟧ and born in ⟦1958⟧, was rescued from the roof of her car.",
    note="63 or 64: in her sixties")
add(A, True, "2024-11-20", "Wanjiru, who was born in ⟦2006⟧, is now ⟦18⟧.")
add(A, True, "2023-05-15", "The ⟦50-year-old⟧ firm, founded in ⟦1973⟧, is still run by Ms Dube, ⟦73⟧, who was born in ⟦1950⟧.",
    note="the 50 is the age of the firm, the 73 hers; both fit", tempting=True)

# ---------------------------------------------------------------------------------------- duration
add(D, False, "2014-03-15", "After ⟦three years⟧ of war, the conflict that began in ⟦2008⟧ has displaced more than a million people.",
    "from 2008 to 2014 is about six years, not three", "")
add(D, False, "2019-09-01", "The ⟦1975⟧–⟦1990⟧ civil war left the city in ruins, and ⟦a decade⟧ of fighting still shapes its politics.",
    "1975 to 1990 is fifteen years, not a decade", "")
add(D, False, "2019-02-12", "The ⟦2014⟧ to ⟦2018⟧ programme, which ran for ⟦seven years⟧, trained 3,000 midwives.",
    "2014 to 2018 is four or five years, not seven", "")
add(D, False, "2022-04-10", "The couple, married since ⟦1992⟧, marked ⟦20 years⟧ together with a party in the village hall.",
    "married since 1992, they have been together 30 years in 2022", "")
add(D, False, "2015-03-03", "He served ⟦eight years⟧ as mayor, from ⟦2005⟧ to ⟦2009⟧, before moving to the assembly.",
    "2005 to 2009 is four years", "")
add(D, False, "2022-07-01", "The bridge took ⟦18 months⟧ to build, from ⟦March 2019⟧ to ⟦June 2022⟧.",
    "March 2019 to June 2022 is about three years and three months (39 months)", "month dates")
add(D, False, "2023-03-20", "The strike lasted ⟦six weeks⟧, from ⟦1 March⟧ to ⟦12 March⟧, and closed every branch in the region.",
    "1 to 12 March is eleven or twelve days, under two weeks", "")
add(D, False, "2025-06-01", "After ⟦two decades⟧ in power — she first became president in ⟦2016⟧ — she says she will not stand again.",
    "from 2016 to 2025 is about nine years, not two decades", "")
add(D, False, "2021-02-02", "The trial, which opened on ⟦4 January⟧ and ended on ⟦28 January⟧, lasted ⟦two months⟧.",
    "4 to 28 January is 24 days, about three and a half weeks", "")
add(D, False, "2021-10-01", "He never forgot the ⟦27 years⟧ he spent in prison, from ⟦1962⟧ to ⟦1980⟧.",
    "1962 to 1980 is 18 years", "")
add(D, False, "2023-02-01", "In the ⟦five years⟧ since the floods of ⟦July 2021⟧, the town has rebuilt almost every bridge.",
    "July 2021 to February 2023 is about a year and a half", "'since' anchored to the publication date")
add(D, False, "2023-05-22", "The ⟦100-day⟧ siege, from ⟦1 May⟧ to ⟦20 May⟧, left the old town without water.",
    "1 to 20 May is 19 days (20 counting both ends)", "")
add(D, False, "2016-11-10", "The ⟦12-year⟧ rule of the governor, who was first elected in ⟦2010⟧, ended with Tuesday's defeat.",
    "2010 to 2016 is six years", "")
add(D, False, "2024-03-15", "The museum was closed for ⟦three years⟧, from ⟦2017⟧ until it reopened in ⟦2024⟧.",
    "2017 to 2024 is seven years", "")
add(D, False, "2020-04-03", "Police imposed a ⟦48-hour⟧ curfew running from ⟦6pm on Friday⟧ to ⟦6am on Saturday⟧.",
    "6pm Friday to 6am Saturday is 12 hours", "clock times")
add(D, False, "2020-01-20", "Now in its ⟦fifth year⟧, the literature festival, first held in ⟦2008⟧, has drawn more than 400 writers.",
    "first held in 2008, the 2020 festival is the 13th", "ordinal year of a series")
add(D, False, "2024-04-07", "⟦Half a century⟧ after the ⟦1994⟧ genocide, survivors gathered in Kigali to remember the dead.",
    "1994 to 2024 is 30 years", "")

add(D, True, "2014-03-15", "After ⟦three years⟧ of war, the conflict that began in ⟦2011⟧ has displaced millions.")
add(D, True, "2019-02-12", "The ⟦2014⟧–⟦2018⟧ programme, which ran for ⟦five years⟧, trained 3,000 midwives.",
    note="inclusive counting: 2014, 2015, 2016, 2017 and 2018", tempting=True)
add(D, True, "2019-03-15", "The war, now in its ⟦ninth year⟧, began with protests in ⟦2011⟧.",
    note="2019 − 2011 = 8 completed years; 2019 is the ninth year", tempting=True)
add(D, True, "2022-04-10", "The couple, married since ⟦1992⟧, marked ⟦30 years⟧ together.")
add(D, True, "2015-03-03", "He served ⟦four years⟧ as mayor, from ⟦2005⟧ to ⟦2009⟧.")
add(D, True, "2022-07-01", "The bridge took ⟦more than three years⟧ to build, from ⟦March 2019⟧ to ⟦June 2022⟧.")
add(D, True, "2023-03-20", "The ⟦11-day⟧ strike, from ⟦1 March⟧ to ⟦12 March⟧, closed every branch in the region.")
add(D, True, "2025-06-01", "After ⟦nearly a decade⟧ in power — she became president in ⟦2016⟧ — she says she will not stand again.")
add(D, True, "2021-02-02", "The trial, which opened on ⟦4 January⟧ and closed on ⟦28 January⟧, lasted ⟦three and a half weeks⟧.")
add(D, True, "2021-10-01", "He never forgot the ⟦27 years⟧ he spent in prison, from ⟦1962⟧ to ⟦1990⟧.")
add(D, True, "2023-02-01", "In the ⟦18 months⟧ since the floods of ⟦July 2021⟧, the town has rebuilt almost every bridge.")
add(D, True, "2025-11-04", "It is ⟦more than a decade⟧ since the plant closed in ⟦2012⟧.")
add(D, True, "2023-05-22", "The ⟦100-day⟧ siege ended on ⟦20 May⟧, having begun in ⟦February⟧.",
    note="9 February to 20 May is 100 days; only the month is given", tempting=True)
add(D, True, "2024-03-15", "The museum was closed for ⟦seven years⟧, from ⟦2017⟧ until it reopened in ⟦2024⟧.")
add(D, True, "2020-04-03", "Police imposed a ⟦12-hour⟧ curfew from ⟦6pm on Friday⟧ to ⟦6am on Saturday⟧.")
add(D, True, "2020-01-20", "Now in its ⟦13th year⟧, the literature festival, first held in ⟦2008⟧, has drawn more than 400 writers.")
add(D, True, "2018-11-11", "Church bells rang out across the country to mark ⟦a century⟧ since the armistice of ⟦1918⟧.")
add(D, True, "2023-09-12", "The ⟦five-year⟧ plan launched in ⟦2019⟧ has been extended by ⟦two years⟧ and will now run until 2026.",
    note="2019 + 5 + 2 = 2026", tempting=True)
add(D, True, "2020-06-30", "Over the ⟦2019-20⟧ financial year, the ⟦12 months⟧ to the end of March, the trust spent £41m on agency staff.",
    note="a financial year spans two calendar years but lasts 12 months", tempting=True)


# ---------------------------------------------------------------------- second batch, new phrasings
add(W, False, "2019-12-10", "Polling stations open at 7am on ⟦Friday⟧ ⟦12 December⟧ and close at 10pm, with the first results expected soon after midnight.",
    "12 December 2019 is a Thursday", "", wd=("2019-12-12", "Friday"))
add(W, False, "2016-03-01", "Leap-day babies finally got a birthday on ⟦Tuesday⟧, ⟦Feb. 29⟧, for the first time in four years.",
    "Feb. 29, 2016 was a Monday", "", wd=("2016-02-29", "Tuesday"))
add(W, True, "2024-03-27", "Banks will be closed on Good ⟦Friday⟧ (⟦29 March⟧) and Easter Monday.", wd=("2024-03-29", "Friday"))
add(W, True, "2026-05-20", "The bank holiday ⟦Monday⟧, ⟦25 May⟧, is forecast to be the warmest day of the year so far.", wd=("2026-05-25", "Monday"))
add(W, True, "2025-10-20", "Entries close at 11.59pm on ⟦Friday 24 October⟧, and the winners will be announced the following ⟦Monday⟧.",
    note="the second weekday is a different day", wd=("2025-10-24", "Friday"))

add(P, False, "2019-11-12", "The ⟦52⟧ people charged so far are aged between 14 and 61: ⟦29⟧ adults and ⟦21⟧ juveniles.",
    "29 + 21 = 50, not 52", "ages are distractors")
add(P, False, "2022-02-14", "The state reported ⟦1,912⟧ new cases Monday — ⟦1,204⟧ confirmed by lab test and ⟦608⟧ probable.",
    "1,204 + 608 = 1,812, not 1,912", "US")
add(P, True, "2023-07-19", "Turnout was ⟦31,410⟧, made up of ⟦30,982⟧ valid votes and ⟦428⟧ spoilt ballots.")
add(P, True, "2024-11-07", "Of the ⟦435⟧ House seats, Republicans had won ⟦211⟧ and Democrats ⟦199⟧ by Wednesday night, with the rest still too close to call.",
    note="the uncalled seats make up the difference", tempting=True)
add(P, True, "2017-04-10", "Her estate of ⟦£2.4m⟧ was divided equally between her ⟦three⟧ children, who received ⟦£800,000⟧ each.")

add(Q, False, "2018-05-27", "Some ⟦1.43 million⟧ people, or ⟦56.4%⟧ of the ⟦3.37 million⟧ on the register, voted Yes.",
    "1.43 million of 3.37 million is about 42%, not 56.4%", "")
add(Q, False, "2021-03-18", "Only ⟦one in ten⟧ of the ⟦3,600⟧ public schools in the state, barely ⟦90⟧, has a functioning library.",
    "one in ten of 3,600 is 360, not 90", "Nigerian")
add(Q, True, "2022-01-20", "The virus has now infected ⟦roughly one in 20⟧ people in the city of ⟦8.4 million⟧ — about ⟦420,000⟧.")
add(Q, True, "2019-12-16", "Women now hold ⟦34%⟧ of the ⟦650⟧ seats, about ⟦220⟧, up ⟦two points⟧ on 2017.",
    note="220/650 = 33.8%; the 'two points' is a change, not a share of the 650", tempting=True)
add(Q, True, "2024-08-30", "As many as ⟦1,842⟧ of the ⟦2,300⟧ villages, or ⟦80 per cent⟧, now have piped water, the minister told the assembly.")

add(C, False, "2020-09-17", "The jobless total climbed to ⟦992,300⟧ in August from ⟦823,300⟧ a month earlier, a jump of ⟦69,000⟧.",
    "823,300 to 992,300 is a jump of 169,000", "")
add(C, False, "2023-06-14", "The price of a pint has risen ⟦fivefold⟧ since 1990, from ⟦£1.40⟧ to ⟦£4.60⟧.",
    "£1.40 to £4.60 is a rise of about 3.3 times, not fivefold", "")
add(C, True, "2022-12-15", "Mortgage rates have ⟦more than doubled⟧ this year, to ⟦6.9%⟧ from ⟦3.1%⟧ in January.")
add(C, True, "2024-09-05", "Support fell ⟦four points⟧ to ⟦36%⟧, a drop of ⟦10%⟧ on the party's standing in July.",
    note="40% to 36%: four points, and a 10% relative fall", tempting=True)
add(C, True, "2025-02-20", "Pupil numbers dropped to ⟦412⟧ from ⟦460⟧, a fall of ⟦48⟧ in two years.")

add(R, False, "2025-03-04", "Staff at the call centre handle ⟦about 12,000 calls a week⟧, ⟦roughly 600 a day⟧ across the seven-day rota.",
    "12,000 a week over seven days is about 1,700 a day", "")
add(R, False, "2017-10-11", "The mill crushes ⟦5,000 tonnes of cane a day⟧ through the ⟦150-day⟧ season, ⟦about 2 lakh tonnes⟧ in all.",
    "5,000 × 150 = 750,000 tonnes, 7.5 lakh", "Indian; total over a span")
add(R, True, "2023-01-16", "Energy support is costing the Treasury ⟦£5.5bn a month⟧, roughly ⟦£66bn over a full year⟧.")
add(R, True, "2022-06-08", "With a train every ⟦six minutes⟧ at peak times, that is ⟦ten an hour⟧ in each direction.",
    note="60 / 6 = 10")
add(R, True, "2019-10-28", "The hospital spends ⟦$80,000 a year⟧ per bed, or ⟦about $220 a day⟧.")

add(RQ, False, "2024-04-22", "A record ⟦53,000⟧ runners crossed the finish line on Sunday. Each of the ⟦35,000⟧ finishers was handed a medal made from recycled metal.",
    "the same finishers: 53,000 both times", "")
add(RQ, False, "2019-12-07", "The utility agreed a ⟦$13.5 billion⟧ settlement with wildfire victims. Lawyers for the victims called the ⟦$1.35 billion⟧ deal the largest of its kind.",
    "the same settlement: $13.5 billion both times", "")
add(RQ, True, "2018-01-10", "The quake was first put at magnitude ⟦7.6⟧, later revised to ⟦7.5⟧ by the US Geological Survey.",
    note="a revision, stated as such", tempting=True)
add(RQ, True, "2021-09-14", "The new hospital will have ⟦350 beds⟧. The ⟦350-bed⟧ building replaces two older sites.")
add(RQ, True, "2023-04-21", "The ⟦26.2-mile⟧ route starts in Greenwich. Runners on the ⟦42km⟧ course pass the Cutty Sark after six miles.",
    note="26.2 miles is 42.2km", tempting=True)

add(CU, False, "2019-09-10", "The miner will spend ⟦US$1 billion⟧ (⟦A$1 billion⟧) on expanding the Pilbara site.",
    "US$1 billion was about A$1.46 billion in September 2019", "parity assumed")
add(CU, False, "2023-11-20", "The club is weighing a ⟦€45m⟧ (⟦£60m⟧) bid for the midfielder.",
    "€45m is about £39m; the pound figure should be the smaller", "inverted")
add(CU, True, "2021-11-22", "The start-up raised ⟦$200 million⟧ (⟦₹1,490 crore⟧) in its latest round.")
add(CU, True, "2010-06-15", "Ireland's share of the fund is ⟦£10m⟧ (⟦€12m⟧).")
add(CU, True, "2024-03-01", "Lagos will spend ⟦₦300 billion⟧ (about ⟦$200 million⟧) on the rail line, at the new market rate.",
    note="after the 2023-24 devaluations the naira was about ₦1,500 to the dollar", tempting=True)

add(A, False, "2019-03-08", "The ⟦96-year-old⟧ veteran, who was born on ⟦11 November 1920⟧, still walks to the shops every day.",
    "born 11 November 1920, he is 98 in March 2019", "")
add(A, False, "2022-10-01", "Born in Saskatoon in ⟦1988⟧, Lavoie, ⟦27⟧, is the youngest mayor in the city's history.",
    "born in 1988, she is 33 or 34 in 2022", "Canadian")
add(A, True, "2019-03-08", "The ⟦98-year-old⟧ veteran, born on ⟦11 November 1920⟧, still walks to the shops every day.")
add(A, True, "2024-02-29", "Born on ⟦29 February 2004⟧, she turns ⟦20⟧ today but celebrates only her ⟦fifth⟧ real birthday.",
    note="leap-day birthdays: 2008, 2012, 2016, 2020, 2024", tempting=True)
add(A, True, "2025-08-01", "Ortiz, who turns ⟦65⟧ in December, was born in ⟦1960⟧.")

add(D, False, "2024-05-02", "⟦A fortnight⟧ after the ⟦6 April⟧ fire, dozens of residents are still living in hotels.",
    "6 April to 2 May is almost four weeks", "anchored to the publication date")
add(D, False, "2017-07-05", "The stadium, which took ⟦a decade⟧ to build, opened in ⟦1996⟧; work had begun in ⟦1993⟧.",
    "1993 to 1996 is three years", "")
add(D, True, "2019-07-20", "⟦Fifty years⟧ ago today, on ⟦20 July 1969⟧, Apollo 11 landed on the Moon.")
add(D, True, "2023-01-10", "The ⟦third⟧ national lockdown, imposed in ⟦January 2021⟧, lasted ⟦almost three months⟧.",
    note="'third' is an ordinal of lockdowns, not a duration", tempting=True)
add(D, True, "2025-03-01", "It is ⟦five years⟧ since the state's first case was recorded on ⟦30 January 2020⟧.")


def main() -> None:
    rnd = random.Random(20261202)
    order = list(range(len(ITEMS)))
    rnd.shuffle(order)
    counters: dict[str, int] = {}
    rows = []
    for i in order:
        item = ITEMS[i]
        counters[item["rule"]] = counters.get(item["rule"], 0) + 1
        rows.append({"id": f"bc2-{item['rule']}-{counters[item['rule']]:03d}", **item})
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{'rule':20} incons cons tempting")
    for rule in RULES:
        sub = [r for r in rows if r["rule"] == rule]
        print(f"{rule:20} {sum(not r['consistent'] for r in sub):6} {sum(r['consistent'] for r in sub):4}"
              f" {sum(r['tempting'] for r in sub):8}")
    print("total", len(rows), "tempting", sum(r["tempting"] for r in rows), "->", OUT)


if __name__ == "__main__":
    main()
