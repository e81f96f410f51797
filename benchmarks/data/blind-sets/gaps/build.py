#!/usr/bin/env python3
"""Build blind-gaps.jsonl from hand-written paragraphs and claim phrases.

Each claim names a phrase (and which occurrence of it, default the first);
offsets are computed here and checked (text[start:end] == phrase, claims in
text order, no overlaps).  Calendar values (weekdays, ISO weeks, seasons,
ordinal days, holidays) are computed with datetime rather than by hand.

Written from docs/claims.md and the task's clarifications only.
"""
import datetime as dt
import json
import os

D = dt.date
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ---------------------------------------------------------------- calendar helpers
def p(s):
    return D.fromisoformat(s)


def back_wd(pub, name):
    """Bare weekday in a clause that looks back: latest on or before pub."""
    w = WEEKDAYS.index(name)
    d = pub
    while d.weekday() != w:
        d -= dt.timedelta(days=1)
    return d


def last_wd(pub, name):
    """'last Friday': latest strictly before pub."""
    return back_wd(pub - dt.timedelta(days=1), name)


def ahead_wd(pub, name):
    """Weekday in a clause that looks ahead / 'next Tuesday': first strictly after pub."""
    w = WEEKDAYS.index(name)
    d = pub + dt.timedelta(days=1)
    while d.weekday() != w:
        d += dt.timedelta(days=1)
    return d


def iso_week(d):
    y, w, _ = d.isocalendar()
    return "%d-W%02d" % (y, w)


def add_months(d, n, day):
    m = d.month - 1 + n
    return D(d.year + m // 12, m % 12 + 1, day)


def ord_back(pub, n):
    """'on the 14th' looking back: this month if on/before pub, else previous month."""
    return D(pub.year, pub.month, n) if n <= pub.day else add_months(pub, -1, n)


def ord_ahead(pub, n):
    """'on the 30th' looking ahead: this month if after pub, else next month."""
    return D(pub.year, pub.month, n) if n > pub.day else add_months(pub, 1, n)


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # meteorological; WI of year Y = Dec Y - Feb Y+1


def season_occurrences(code, years):
    for y in years:
        s = D(y, SEASON_START[code], 1)
        e = add_months(s, 3, 1) - dt.timedelta(days=1)
        yield y, s, e


def current_season(pub):
    for code in SEASON_START:
        for y, s, e in season_occurrences(code, range(pub.year - 1, pub.year + 1)):
            if s <= pub <= e:
                return y, code


def last_season(pub, code):
    """Most recent occurrence of the season that ended before pub."""
    best = None
    for y, s, e in season_occurrences(code, range(pub.year - 2, pub.year + 1)):
        if e < pub:
            best = y
    return "%d-%s" % (best, code)


def next_season(pub, code):
    """First occurrence of the season that starts after pub."""
    for y, s, e in season_occurrences(code, range(pub.year, pub.year + 2)):
        if s > pub:
            return "%d-%s" % (y, code)


def this_season(pub, code):
    return "%d-%s" % (pub.year, code)


def thanksgiving(y):
    d = D(y, 11, 1)
    while d.weekday() != 3:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(weeks=3)


def easter(y):  # anonymous Gregorian algorithm
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return D(y, month, day)


# ---------------------------------------------------------------- claim constructors
def C(phrase, kind, value, mod=None, approx=False, unit=None, currency=None, occ=1):
    return dict(phrase=phrase, occ=occ, kind=kind, value=value, mod=mod,
                approximate=approx, unit=unit, currency=currency)


def date(phrase, value, mod=None, occ=1):
    if isinstance(value, D):
        value = value.isoformat()
    return C(phrase, "date", value, mod=mod, occ=occ)


def time(phrase, value, occ=1):
    return C(phrase, "time", value, occ=occ)


def dur(phrase, value, mod=None, approx=False, occ=1):
    return C(phrase, "duration", value, mod=mod, approx=approx, occ=occ)


def money(phrase, amount, cur, mod=None, approx=False, per=None, occ=1, **extra):
    v = {"amount": amount, "currency": cur}
    if per is not None:
        v["per"] = per
    v.update(extra)
    return C(phrase, "money", v, mod=mod, approx=approx, currency=cur, occ=occ)


def rate(phrase, amount, cur, per="USD", occ=1):
    """Exchange rate 'N to the dollar': amount in `cur` (None if unnamed) per `per`."""
    return money(phrase, amount, cur, per=per, occ=occ)


def pct(phrase, value, mod=None, approx=False, unit=None, occ=1):
    return C(phrase, "percent", value, mod=mod, approx=approx, unit=unit, occ=occ)


def frac(phrase, value, mod=None, occ=1):
    """Fraction / share of a whole: always approximate."""
    return C(phrase, "percent", value, mod=mod, approx=True, occ=occ)


def count(phrase, value, unit=None, mod=None, approx=None, occ=1):
    if approx is None:
        approx = mod in ("APPROX", "LESS_THAN") or value is None
    return C(phrase, "count", value, mod=mod, approx=approx, unit=unit, occ=occ)


def qty(phrase, amount, unit, mod=None, approx=False, occ=1):
    return C(phrase, "quantity", {"amount": amount, "unit": unit}, mod=mod, approx=approx,
             unit=unit, occ=occ)


MORE, LESS, APPROX, ATLEAST, EQLESS = "MORE_THAN", "LESS_THAN", "APPROX", "AT_LEAST", "EQUAL_OR_LESS"
THIRD, TWO_THIRDS = 33.333, 66.667

ITEMS = []


def item(id_, published, text, focus, claims, note=None):
    ITEMS.append(dict(id=id_, published=published, text=text, focus=focus, claims=claims, note=note))


# =============================================================== fraction
pub = p("2018-03-08")
item("g01", "2018-03-08",
     "More than half of the union's 4,000 members voted to strike on Tuesday, and two-thirds of "
     "those who took part backed an all-out walkout.",
     ["fraction"],
     [frac("half", 50, MORE), count("4,000 members", 4000, "members"),
      date("Tuesday", back_wd(pub, "Tuesday")), frac("two-thirds", TWO_THIRDS)])

pub = p("2019-06-12")
item("g02", "2019-06-12",
     "Nearly a third of American adults say they skipped a medical visit last year because of the "
     "cost, according to a survey of 2,150 people released Tuesday. One in five said they had not "
     "filled a prescription.",
     ["fraction"],
     [frac("a third", THIRD, LESS), date("last year", "2018"), count("2,150 people", 2150, "people"),
      date("Tuesday", back_wd(pub, "Tuesday")), frac("One in five", 20)])

item("g03", "2017-11-20",
     "Three in four farmers in the district have not received the promised loan waiver, the survey "
     "found, though the state government says it has released Rs 1,200 crore since April.",
     ["fraction"],
     [frac("Three in four", 75), money("Rs 1,200 crore", 12000000000, "INR"), date("April", "2017-04")])

pub = p("2018-01-15")
item("g04", "2018-01-15",
     "Kane has scored in half of the season's league games, and on Saturday he needed less than "
     "half an hour to open the scoring against Everton.",
     ["fraction"],
     [date("Saturday", back_wd(pub, "Saturday")), dur("less than half an hour", "PT30M", LESS, True)],
     note="trap: 'half of the season' is a fraction of time, not a percent; 'half an hour' is a duration.")

item("g05", "2016-06-25",
     "Almost two-thirds of voters in Sunderland backed Leave, while in Lambeth nearly four in five "
     "chose Remain. Turnout across the country was 72.2 per cent.",
     ["fraction"],
     [frac("two-thirds", TWO_THIRDS, LESS), frac("four in five", 80, LESS), pct("72.2 per cent", 72.2)])

pub = p("2019-05-20")
item("g06", "2019-05-20",
     "Scott Morrison won a third term for the Coalition on Saturday, defying polls that had Labor "
     "ahead for three years. About a third of seats in Queensland swung towards the government.",
     ["fraction"],
     [date("Saturday", back_wd(pub, "Saturday")), dur("three years", "P3Y"), frac("a third", THIRD, APPROX, occ=2)],
     note="trap: 'a third term' is an ordinal of rank, not a percent; the second 'a third' is.")

item("g07", "2020-04-02",
     "Sales fell by nearly a fifth in March, the steepest drop since 2009, and the company has cut "
     "its dividend by half.",
     ["fraction", "bare_year"],
     [frac("a fifth", 20, LESS), date("March", "2020-03"), date("2009", "2009"), frac("half", 50)])

item("g08", "2018-09-14",
     "Half the respondents in Mumbai said they spend more than two hours a day commuting, and three "
     "out of 10 said they had changed jobs to cut the journey.",
     ["fraction"],
     [frac("Half", 50), dur("more than two hours", "PT2H", MORE), frac("three out of 10", 30)],
     note="'a day' after the duration is a rate, not a duration of its own.")

item("g09", "2019-09-23",
     "The Third Way of the 1990s is being revived a quarter of a century after Tony Blair's first "
     "conference speech as leader. Critics dismiss it as a half-hearted effort.",
     ["fraction", "number_name"],
     [date("the 1990s", "199"), dur("a quarter of a century", "P25Y")],
     note="traps: 'Third Way' is a name, 'a quarter of a century' a fraction of time (duration P25Y, "
          "not a percent), 'half-hearted' no claim.")

pub = p("2017-01-24")
item("g10", "2017-01-24",
     "Two in three Australians support changing the date of the national day, a poll of 1,400 voters "
     "published on Monday found, but a quarter of respondents said they had never celebrated it.",
     ["fraction"],
     [frac("Two in three", TWO_THIRDS), count("1,400 voters", 1400, "voters"),
      date("Monday", back_wd(pub, "Monday")), frac("a quarter", 25)])

pub = p("2019-06-04")
item("g11", "2019-06-04",
     "The Reserve Bank cut the cash rate by a quarter of a percentage point to 1.25 per cent on "
     "Tuesday, its first move in almost three years.",
     ["fraction"],
     [pct("a quarter of a percentage point", 0.25, unit="pp"), pct("1.25 per cent", 1.25),
      date("Tuesday", back_wd(pub, "Tuesday")), dur("almost three years", "P3Y", LESS, True)],
     note="a fraction of a percentage point is an exact 0.25 pp (approximate false), unlike a fraction of a whole.")

# =============================================================== four-digit counts
item("g12", "2019-02-21",
     "More than 1200 companies have signed up to the scheme since 2015, and the government hopes "
     "to reach 2500 firms by next year.",
     ["four_digit_count"],
     [count("1200 companies", 1200, "companies", MORE), date("2015", "2015"),
      count("2500 firms", 2500, "firms"), date("next year", "2020")])

pub = p("2018-07-05")
item("g13", "2018-07-05",
     "The plant closure will cost 2500 jobs, the company said Thursday. About 1800 workers in Ohio "
     "will be offered severance of up to $40,000.",
     ["four_digit_count"],
     [count("2500 jobs", 2500, "jobs"), date("Thursday", back_wd(pub, "Thursday")),
      count("1800 workers", 1800, "workers", APPROX), money("$40,000", 40000, "USD", EQLESS)])

item("g14", "2018-04-10",
     "In 1200 the town received its royal charter; now 1200 people live there, fewer than in 1900.",
     ["four_digit_count", "bare_year"],
     [date("1200", "1200"), count("1200 people", 1200, "people"), date("1900", "1900")],
     note="same digits as a date ('In 1200') and as a count ('1200 people').")

pub = p("2020-11-05")
item("g15", "2020-11-05",
     "The margin in one Georgia county shrank to 1999 votes on Thursday morning, after 2020 postal "
     "ballots were counted overnight.",
     ["four_digit_count"],
     [count("1999 votes", 1999, "votes"), date("Thursday morning", back_wd(pub, "Thursday").isoformat() + "TMO"),
      count("2020 postal ballots", 2020, "ballots")],
     note="'2020 postal ballots' in a 2020 article is a count, not the year; 'overnight' has no value.")

item("g16", "2019-08-14",
     "The Railways will hire 1500 gatemen this year and install CCTV at 2000 stations by 2021, the "
     "minister told the Lok Sabha.",
     ["four_digit_count"],
     [count("1500 gatemen", 1500, "gatemen"), date("this year", "2019"),
      count("2000 stations", 2000, "stations"), date("2021", "2021")])

pub = p("2017-05-08")
item("g17", "2017-05-08",
     "Churchill won the 2000 Guineas at Newmarket on Saturday, and Winter took the 1000 Guineas on Sunday.",
     ["four_digit_count", "number_name", "season"],
     [date("Saturday", back_wd(pub, "Saturday")), date("Sunday", back_wd(pub, "Sunday"))],
     note="traps: the 2000 Guineas and 1000 Guineas are race names (no count, no money); 'Winter' is a horse.")

pub = p("2016-03-18")
item("g18", "2016-03-18",
     "Some 1800 firefighters were deployed after the storm on Tuesday, and about 1100 homes were "
     "still without power last night.",
     ["four_digit_count"],
     [count("1800 firefighters", 1800, "firefighters", APPROX), date("Tuesday", back_wd(pub, "Tuesday")),
      count("1100 homes", 1100, "homes", APPROX),
      date("last night", (pub - dt.timedelta(days=1)).isoformat() + "TNI")])

item("g19", "2019-01-10",
     "The chain will close 1100 stores in 2019, after shutting 1400 last year.",
     ["four_digit_count", "bare_year"],
     [count("1100 stores", 1100, "stores"), date("2019", "2019"), count("1400", 1400),
      date("last year", "2018")],
     note="'1400' has no noun: a count with unit null (not a clock time, not a year).")

item("g20", "2021-09-02",
     "Over 2000 Afghans have arrived in Scotland since the airlift began, and the council expects "
     "another 1300 families before Christmas.",
     ["four_digit_count"],
     [count("2000 Afghans", 2000, "Afghans", MORE), count("1300 families", 1300, "families"),
      date("Christmas", "2021-12-25")])

pub = p("2018-12-03")
item("g21", "2018-12-03",
     "Around 3500 farmers from 20 states marched to Parliament on Friday, the second such rally since 2017.",
     ["four_digit_count"],
     [count("3500 farmers", 3500, "farmers", APPROX), count("20 states", 20, "states"),
      date("Friday", back_wd(pub, "Friday")), date("2017", "2017")],
     note="'second' is an ordinal of rank.")

# =============================================================== seasons
pub = p("2018-03-14")
assert last_season(pub, "SU") == "2017-SU" and next_season(pub, "FA") == "2018-FA"
item("g22", "2018-03-14",
     "House prices in London have fallen since last summer, and agents expect a further dip this "
     "spring before a recovery by autumn.",
     ["season"],
     [date("last summer", last_season(pub, "SU")), date("this spring", this_season(pub, "SP")),
      date("autumn", next_season(pub, "FA"))])

pub = p("2019-11-18")
item("g23", "2019-11-18",
     "The utility warned that this winter could bring rolling blackouts, after a heat wave this summer "
     "pushed demand to a record 74,820 megawatts.",
     ["season"],
     [date("this winter", this_season(pub, "WI")), date("this summer", this_season(pub, "SU")),
      qty("74,820 megawatts", 74820, "MW")],
     note="'this winter' in November is the coming Dec-Feb winter, TIMEX3 2019-WI; 'this summer' (past) 2019-SU.")

pub = p("2018-02-26")
item("g24", "2018-02-26",
     "Team GB flew home from the Winter Olympics on Monday with five medals, its best tally at a "
     "winter Games, beating the four won at Chamonix in 1924.",
     ["season"],
     [date("Monday", back_wd(pub, "Monday")), count("five medals", 5, "medals"), count("four", 4),
      date("1924", "1924")],
     note="traps: 'Winter Olympics' and 'winter Games' are names/adjectives, not dates. 'the four won' "
          "is an elliptical count (unit null).")

pub = p("2021-01-25")
item("g25", "2021-01-25",
     "Ten years after the Arab Spring, protesters returned to Tunis on Saturday. Many of them were "
     "children when the uprising began in winter 2010.",
     ["season"],
     [dur("Ten years", "P10Y"), date("Saturday", back_wd(pub, "Saturday")), date("winter 2010", "2010-WI")],
     note="'Arab Spring' is a name, not a season.")

pub = p("2017-11-24")
item("g26", "2017-11-24",
     "The triple talaq bill will be tabled in the winter session of Parliament, which begins on "
     "December 15, the government said on Thursday. The monsoon session had passed 14 bills.",
     ["season"],
     [date("December 15", "2017-12-15"), date("Thursday", back_wd(pub, "Thursday")),
      count("14 bills", 14, "bills")],
     note="'winter session' (Indian parliament) is a name/adjective, not a date.")

pub = p("2019-06-20")
item("g27", "2019-06-20",
     "The Fed held rates steady on Wednesday but signalled cuts as early as July; markets expect at "
     "least two reductions by fall.",
     ["season"],
     [date("Wednesday", back_wd(pub, "Wednesday")), date("July", "2019-07"),
      count("two reductions", 2, "reductions", ATLEAST), date("fall", next_season(pub, "FA"))])

pub = p("2018-08-30")
assert current_season(pub) == (2018, "SU")
item("g28", "2018-08-30",
     "Sales of fans tripled over the summer, John Lewis said, as temperatures hit 35.3C in July. "
     "The heatwave was the longest since the summer of 1976.",
     ["season"],
     [date("the summer", this_season(pub, "SU"), occ=1), qty("35.3C", 35.3, "°C"), date("July", "2018-07"),
      date("the summer of 1976", "1976-SU")],
     note="'tripled' is a multiple, not labelled.")

pub = p("2020-01-16")
item("g29", "2020-01-16",
     "Apple plans to launch a low-cost iPhone in the spring, ahead of the Summer Games in Tokyo in "
     "July, and a foldable model could follow in fall 2021.",
     ["season"],
     [date("the spring", next_season(pub, "SP")), date("July", "2020-07"), date("fall 2021", "2021-FA")],
     note="'the Summer Games' is a name, not a date.")

pub = p("2018-03-06")
item("g30", "2018-03-06",
     "The chancellor's Spring Statement next Tuesday will contain no new tax measures, and the autumn "
     "Budget will remain the main fiscal event. Winter fuel payments of £200 are unchanged.",
     ["season"],
     [date("next Tuesday", ahead_wd(pub, "Tuesday")), money("£200", 200, "GBP")],
     note="traps: 'Spring Statement', 'autumn Budget', 'Winter fuel payments' are names/adjectives.")

pub = p("2019-04-11")
item("g31", "2019-04-11",
     "Temperatures crossed 44 degrees Celsius in Nagpur on Wednesday, and the Met department warned "
     "that this summer could be hotter than last summer.",
     ["season"],
     [qty("44 degrees Celsius", 44, "°C"), date("Wednesday", back_wd(pub, "Wednesday")),
      date("this summer", this_season(pub, "SU")), date("last summer", last_season(pub, "SU"))],
     note="Indian summer starts in April but the TIMEX3 code is still <year>-SU.")

item("g32", "2018-05-02",
     "Unemployment fell to 4.2 per cent in the three months to March, the lowest since the winter of 1975.",
     ["season"],
     [pct("4.2 per cent", 4.2), dur("the three months", "P3M"), date("March", "2018-03"),
      date("the winter of 1975", "1975-WI")])

pub = p("2018-08-21")
item("g33", "2018-08-21",
     "Fifty years after Soviet tanks crushed the Prague Spring, about 2,000 people gathered in "
     "Wenceslas Square on Tuesday.",
     ["season"],
     [dur("Fifty years", "P50Y"), count("2,000 people", 2000, "people", APPROX),
      date("Tuesday", back_wd(pub, "Tuesday"))],
     note="'Prague Spring' is a name.")

# =============================================================== ordinal days
pub = p("2018-03-20")
item("g34", "2018-03-20",
     "The bank raised its rate to 0.75 per cent on the 14th, and a further rise is expected on the "
     "2nd of next month.",
     ["ordinal_day"],
     [pct("0.75 per cent", 0.75), date("the 14th", ord_back(pub, 14)),
      date("the 2nd of next month", add_months(pub, 1, 2))])

pub = p("2018-03-10")
item("g35", "2018-03-10",
     "Protests began on the 28th and had spread to 40 cities by the 3rd, police said on Friday.",
     ["ordinal_day"],
     [date("the 28th", ord_back(pub, 28)), count("40 cities", 40, "cities"),
      date("the 3rd", ord_back(pub, 3)), date("Friday", back_wd(pub, "Friday"))],
     note="looking back from 10 March: the 28th is February's, the 3rd March's.")

pub = p("2019-07-25")
item("g36", "2019-07-25",
     "The results will be declared on the 30th, and counselling for the 45,000 seats will begin on the 5th.",
     ["ordinal_day"],
     [date("the 30th", ord_ahead(pub, 30)), count("45,000 seats", 45000, "seats"),
      date("the 5th", ord_ahead(pub, 5))],
     note="looking ahead from 25 July: the 30th is July's, the 5th August's.")

pub = p("2018-06-14")
item("g37", "2018-06-14",
     "The 3rd Battalion, the Rifles, will return from Estonia on the 28th after six months, in the "
     "regiment's 11th deployment since 2007.",
     ["ordinal_day", "number_name"],
     [date("the 28th", ord_ahead(pub, 28)), dur("six months", "P6M"), date("2007", "2007")],
     note="traps: '3rd Battalion' is a name, '11th deployment' an ordinal of rank.")

pub = p("2019-02-05")
item("g38", "2019-02-05",
     "The cathedral, built in the 14th century, reopened on the 1st after a £3.5m restoration that took 18 months.",
     ["ordinal_day"],
     [date("the 14th century", "13"), date("the 1st", ord_back(pub, 1)), money("£3.5m", 3500000, "GBP"),
      dur("18 months", "P18M")])

pub = p("2017-12-05")
item("g39", "2017-12-05",
     "Parliament sits for the last time this year on the 7th, when the same-sex marriage bill is "
     "expected to pass, and MPs return on the 5th of February.",
     ["ordinal_day"],
     [date("this year", "2017"), date("the 7th", ord_ahead(pub, 7)), date("the 5th of February", "2018-02-05")])

pub = p("2018-04-16")
f13 = back_wd(pub, "Friday")
assert f13.day == 13
item("g40", "2018-04-16",
     "Stocks fell sharply on Friday the 13th, the Dow losing 122 points, or 0.5%.",
     ["ordinal_day"],
     [date("Friday the 13th", f13), count("122 points", 122, "points"), pct("0.5%", 0.5)])

pub = p("2018-01-09")
item("g41", "2018-01-09",
     "Rail fares rose by an average of 3.4 per cent on the 2nd, and a strike is planned for the 24th.",
     ["ordinal_day"],
     [pct("3.4 per cent", 3.4), date("the 2nd", ord_back(pub, 2)), date("the 24th", ord_ahead(pub, 24))])

pub = p("2016-10-04")
item("g42", "2016-10-04",
     "Arrears from the 7th Pay Commission's 23.55 per cent hike will be paid with salaries on the 1st "
     "of next month.",
     ["ordinal_day", "number_name"],
     [pct("23.55 per cent", 23.55), date("the 1st of next month", add_months(pub, 1, 1))],
     note="'7th Pay Commission' is a name.")

pub = p("2019-03-21")
item("g43", "2019-03-21",
     "Disney completed its $71.3 billion purchase of 21st Century Fox's film studio on the 20th, "
     "ending an 18-month courtship.",
     ["ordinal_day", "number_name"],
     [money("$71.3 billion", 71300000000, "USD"), date("the 20th", ord_back(pub, 20)), dur("18-month", "P18M")],
     note="'21st Century Fox' is a company name, not a date (not the 21st century).")

# =============================================================== bare years
pub = p("2016-06-25")
item("g44", "2016-06-25",
     "Unlike 1992, the pound's fall this time was not forced by a currency peg; sterling dropped "
     "8 per cent to $1.3229 on Friday, its lowest since 1985.",
     ["bare_year", "exchange_rate"],
     [date("1992", "1992"), pct("8 per cent", 8), money("$1.3229", 1.3229, "USD"),
      date("Friday", back_wd(pub, "Friday")), date("1985", "1985")])

item("g45", "2019-01-30",
     "The deficit widened to $779 billion last year, compared with 2008, when it was $459 billion.",
     ["bare_year"],
     [money("$779 billion", 779000000000, "USD"), date("last year", "2018"), date("2008", "2008"),
      money("$459 billion", 459000000000, "USD")])

pub = p("2019-07-10")
item("g46", "2019-07-10",
     "Euro 2020 will be held in 12 cities next summer, and the FA's Vision 2030 plan aims to win the "
     "right to host the 2030 World Cup.",
     ["bare_year", "number_name", "season"],
     [count("12 cities", 12, "cities"), date("next summer", next_season(pub, "SU")), date("2030", "2030", occ=2)],
     note="'Euro 2020' and 'Vision 2030' are names; the year of 'the 2030 World Cup' is labelled a date "
          "(judgement: it dates the event).")

item("g47", "2018-02-08",
     "The fiscal deficit target of 3.3 per cent of GDP for 2018-19 is higher than the 3.2 per cent "
     "aimed for in 2017-18, and far below 2009-10's 6.5 per cent.",
     ["bare_year"],
     [pct("3.3 per cent", 3.3), date("2018-19", "2019"), pct("3.2 per cent", 3.2), date("2017-18", "2018"),
      date("2009-10", "2010"), pct("6.5 per cent", 6.5)],
     note="Indian split financial years are valued at the year they end in.")

pub = p("2017-09-12")
item("g48", "2017-09-12",
     "Wholesale power prices in NSW are 85 per cent above 2015 levels and higher than during the 2009 "
     "heatwave, the regulator said on Tuesday.",
     ["bare_year"],
     [pct("85 per cent", 85), date("2015", "2015"), date("2009", "2009"), date("Tuesday", back_wd(pub, "Tuesday"))],
     note="'85 per cent above 2015 levels': 'above' compares with the year, it does not qualify the figure (mod null).")

pub = p("2018-10-22")
item("g49", "2018-10-22",
     "Theresa May will address the 1922 Committee on Wednesday; 48 letters from Conservative MPs "
     "would trigger a confidence vote, a threshold last reached in 2003.",
     ["bare_year", "number_name"],
     [date("Wednesday", ahead_wd(pub, "Wednesday")), count("48 letters", 48, "letters"), date("2003", "2003")],
     note="'the 1922 Committee' is a name, not a date.")

pub = p("2020-03-17")
item("g50", "2020-03-17",
     "The Dow's 2,997-point plunge on Monday was its worst day since 1987, worse than any session in 2008 or 1929.",
     ["bare_year"],
     [count("2,997-point", 2997, "point"), date("Monday", back_wd(pub, "Monday")), date("1987", "1987"),
      date("2008", "2008"), date("1929", "1929")],
     note="hyphenated number+noun counts the noun (unit as written, singular).")

item("g51", "2015-05-08",
     "The Conservatives won 331 seats, their first majority since 1992, while Labour slumped to 232, "
     "its worst result since 1987.",
     ["bare_year"],
     [count("331 seats", 331, "seats"), date("1992", "1992"), count("232", 232), date("1987", "1987")])

pub = p("2017-10-06")
item("g52", "2017-10-06",
     "Blade Runner 2049 opens on Friday, 35 years after the original, which was set in 2019.",
     ["bare_year", "number_name"],
     [date("Friday", pub), dur("35 years", "P35Y"), date("2019", "2019")],
     note="'Blade Runner 2049' is a title; published on a Friday, 'opens on Friday' is that day.")
assert pub.weekday() == 4

pub = p("2018-08-15")
item("g53", "2018-08-15",
     "As in 1991, when India pledged its gold, the rupee's fall to 70.1 to the dollar on Tuesday has "
     "revived talk of a crisis.",
     ["bare_year", "exchange_rate"],
     [date("1991", "1991"), rate("70.1 to the dollar", 70.1, "INR"), date("Tuesday", back_wd(pub, "Tuesday"))])

# =============================================================== exchange rates
pub = p("2018-10-26")
item("g54", "2018-10-26",
     "The yuan held at 6.95 to the dollar on Friday, near its weakest level since 2008, as the central "
     "bank sold dollars.",
     ["exchange_rate"],
     [rate("6.95 to the dollar", 6.95, "CNY"), date("Friday", back_wd(pub, "Friday")), date("2008", "2008")])

pub = p("2023-10-05")
item("g55", "2023-10-05",
     "The rupee closed at 83.24 per dollar on Wednesday, down 12 paise, as crude oil rose above $90 a barrel.",
     ["exchange_rate"],
     [rate("83.24 per dollar", 83.24, "INR"), date("Wednesday", back_wd(pub, "Wednesday")),
      money("12 paise", 0.12, "INR"), money("$90", 90, "USD", MORE)],
     note="paise valued in rupees like cents/pence; 'a barrel' is a rate, not part of the span.")

pub = p("2022-09-27")
item("g56", "2022-09-27",
     "Sterling plunged to $1.0350 on Monday, its lowest ever, before recovering to $1.07. The euro fell to $0.96.",
     ["exchange_rate"],
     [money("$1.0350", 1.035, "USD"), date("Monday", back_wd(pub, "Monday")), money("$1.07", 1.07, "USD"),
      money("$0.96", 0.96, "USD")],
     note="a currency priced in dollars with a sign is a normal money claim (no 'per').")

item("g57", "2019-05-14",
     "The Australian dollar slipped to 69.2 US cents, and the kiwi bought 65.5 US cents, after China "
     "said it would raise tariffs on $US60 billion of American goods.",
     ["exchange_rate"],
     [money("69.2 US cents", 0.692, "USD"), money("65.5 US cents", 0.655, "USD"),
      money("$US60 billion", 60000000000, "USD")],
     note="Australian '$US' prefix = USD; US cents valued in dollars.")

pub = p("2016-11-10")
item("g58", "2016-11-10",
     "The Mexican peso crashed to 20.8 to the dollar on Wednesday after Trump's win, while the dollar bought 105.3 yen.",
     ["exchange_rate"],
     [rate("20.8 to the dollar", 20.8, "MXN"), date("Wednesday", back_wd(pub, "Wednesday")),
      money("105.3 yen", 105.3, "JPY")],
     note="a currency priced per dollar (rate, with 'per') beside a dollar priced in yen (plain money).")

pub = p("2018-08-13")
item("g59", "2018-08-13",
     "The Turkish lira plunged to a record 7.24 to the dollar on Monday, having lost more than 40 per cent this year.",
     ["exchange_rate"],
     [rate("7.24 to the dollar", 7.24, "TRY"), date("Monday", back_wd(pub, "Monday")),
      pct("40 per cent", 40, MORE), date("this year", "2018")])

item("g60", "2021-03-03",
     "The naira traded at 410 to the dollar at the official window but at 485 naira to the dollar on "
     "the parallel market, a gap of 18 per cent.",
     ["exchange_rate"],
     [rate("410 to the dollar", 410, "NGN"), rate("485 naira to the dollar", 485, "NGN"), pct("18 per cent", 18)])

item("g61", "2023-01-20",
     "The central bank said the new rate of 15,000 to the dollar would apply to customs duties from February 1.",
     ["exchange_rate"],
     [rate("15,000 to the dollar", 15000, None), date("February 1", "2023-02-01")],
     note="the priced currency is not named: currency null.")

pub = p("2022-07-15")
item("g62", "2022-07-15",
     "The euro fell below $1 for the first time in 20 years on Wednesday and was trading at $0.9998 on Thursday.",
     ["exchange_rate"],
     [money("$1", 1, "USD", LESS, True), dur("20 years", "P20Y"), date("Wednesday", back_wd(pub, "Wednesday")),
      money("$0.9998", 0.9998, "USD"), date("Thursday", back_wd(pub, "Thursday"))],
     note="four decimals are kept in an exchange rate with its currency.")

pub = p("2017-06-15")
item("g63", "2017-06-15",
     "Holidaymakers at airport bureaux were offered 1.02 euros to the pound on Wednesday, compared with "
     "an interbank rate of €1.13.",
     ["exchange_rate"],
     [rate("1.02 euros to the pound", 1.02, "EUR", per="GBP"), date("Wednesday", back_wd(pub, "Wednesday")),
      money("€1.13", 1.13, "EUR")])

pub = p("2019-08-06")
item("g64", "2019-08-06",
     "The South Korean won weakened to 1,215.3 per dollar on Monday, its weakest since 2016, after Washington "
     "labelled China a currency manipulator.",
     ["exchange_rate"],
     [rate("1,215.3 per dollar", 1215.3, "KRW"), date("Monday", back_wd(pub, "Monday")), date("2016", "2016")])

pub = p("2013-08-30")
thu = back_wd(pub, "Thursday")
item("g65", "2013-08-30",
     "The rupee recovered to Rs 66.8 against the dollar on Thursday after hitting a record low of "
     "68.85 to the dollar a day earlier.",
     ["exchange_rate"],
     [rate("Rs 66.8 against the dollar", 66.8, "INR"), date("Thursday", thu),
      rate("68.85 to the dollar", 68.85, "INR"), date("a day earlier", thu - dt.timedelta(days=1))],
     note="'against the dollar' treated like 'to the dollar'; 'a day earlier' is a date relative to Thursday.")

# =============================================================== names with numbers
item("g66", "2016-03-14",
     "The Birmingham Six were freed in 1991 after 16 years in prison, and 25 years later their "
     "lawyers are still seeking compensation.",
     ["number_name"],
     [date("1991", "1991"), dur("16 years", "P16Y"), dur("25 years", "P25Y")])

item("g67", "2019-05-09",
     "Radio Four's Today programme reached 6.8 million listeners a week in the first quarter, while "
     "Channel 4 News lost nearly 10 per cent of its audience.",
     ["number_name", "show_name"],
     [count("6.8 million listeners", 6800000, "listeners"), date("the first quarter", "2019-Q1"),
      pct("10 per cent", 10, LESS, True)],
     note="'a week' is a rate; 'Today programme', 'Radio Four', 'Channel 4' are names.")

pub = p("2019-08-27")
item("g68", "2019-08-27",
     "Leaders of the Group of Seven ended their summit in Biarritz on Monday, pledging $20 million to "
     "fight fires in the Amazon.",
     ["number_name"],
     [date("Monday", back_wd(pub, "Monday")), money("$20 million", 20000000, "USD")])

item("g69", "2019-07-20",
     "Fifty years after Apollo 11, NASA says it can return astronauts to the moon by 2024 if Congress "
     "adds $1.6 billion to its budget.",
     ["number_name"],
     [dur("Fifty years", "P50Y"), date("2024", "2024"), money("$1.6 billion", 1600000000, "USD")])

pub = p("2020-09-29")
item("g70", "2020-09-29",
     "Moody's cut Sri Lanka's rating to Caa1 from B2 on Monday, saying the island must repay $4.5 "
     "billion this year. S&P rates neighbouring India BBB-.",
     ["number_name"],
     [date("Monday", back_wd(pub, "Monday")), money("$4.5 billion", 4500000000, "USD"), date("this year", "2020")],
     note="credit ratings (Caa1, B2, BBB-) are not counts.")

pub = p("2019-03-18")
item("g71", "2019-03-18",
     "Formula One returned to Melbourne on Sunday, where Valtteri Bottas beat Lewis Hamilton by 20.9 "
     "seconds. The sport's 1,000th world championship race is due in Shanghai in April.",
     ["number_name"],
     [date("Sunday", back_wd(pub, "Sunday")), dur("20.9 seconds", "PT20.9S"), date("April", "2019-04")],
     note="'Formula One' is a name; '1,000th' is an ordinal of rank.")

item("g72", "2015-07-07",
     "Ten years after the 7/7 bombings, which killed 52 people, London paused in silence at 11.30am.",
     ["number_name"],
     [dur("Ten years", "P10Y"), count("52 people", 52, "people"), time("11.30am", "T11:30")],
     note="judgement: '7/7' is the name of an event, not labelled as a date (like '9/11'); the clock "
          "time has no day joined to it, so T11:30.")

item("g73", "2018-06-06",
     "Hulu's Catch-22, starring George Clooney, will premiere next spring, 58 years after Joseph "
     "Heller's novel was published in 1961.",
     ["number_name", "season"],
     [date("next spring", next_season(p("2018-06-06"), "SP")), dur("58 years", "P58Y"), date("1961", "1961")])

pub = p("2017-09-14")
item("g74", "2017-09-14",
     "No 10 said the prime minister would meet the Big Six energy firms on Monday to discuss a cap "
     "that could save households £100 a year.",
     ["number_name"],
     [date("Monday", ahead_wd(pub, "Monday")), money("£100", 100, "GBP")],
     note="'No 10' and 'the Big Six' are names; '£100 a year' is a rate (no duration).")

pub = p("2018-12-12")
item("g75", "2018-12-12",
     "Air Force One landed at Andrews on Tuesday night after the president's 13-hour trip, and Marine "
     "One flew him the last 12 miles to the White House.",
     ["number_name"],
     [date("Tuesday night", back_wd(pub, "Tuesday").isoformat() + "TNI"), dur("13-hour", "PT13H"),
      qty("12 miles", 12, "mi")])

pub = p("2019-06-06")
item("g76", "2019-06-06",
     "Seventy-five years after the Normandy landings, some 300 World War Two veterans returned to the "
     "beaches on Thursday.",
     ["number_name"],
     [dur("Seventy-five years", "P75Y"), count("300 World War Two veterans", 300, "veterans", APPROX),
      date("Thursday", back_wd(pub, "Thursday"))],
     note="'World War Two' sits inside the count span as an adjective; 'Two' is not a count.")

# =============================================================== show and paper names
pub = p("2018-01-09")
item("g77", "2018-01-09",
     "The Sunday Telegraph reported that the chancellor would cut stamp duty in March, and he declined "
     "to deny it on the Today programme on Monday.",
     ["show_name"],
     [date("March", "2018-03"), date("Monday", back_wd(pub, "Monday"))],
     note="'in March' in a looking-ahead clause ('would cut') is the coming March.")

pub = p("2018-09-11")
item("g78", "2018-09-11",
     "Monday Night Football drew 14.4 million viewers for the Jets' rout of the Lions on Monday, up 7 percent.",
     ["show_name"],
     [count("14.4 million viewers", 14400000, "viewers"), date("Monday", back_wd(pub, "Monday"), occ=2),
      pct("7 percent", 7)])

pub = p("2019-04-30")
item("g79", "2019-04-30",
     "Good Morning America beat NBC's Today show for the 20th straight week, averaging 3.7 million "
     "viewers last week.",
     ["show_name"],
     [count("3.7 million viewers", 3700000, "viewers"), date("last week", iso_week(pub - dt.timedelta(weeks=1)))],
     note="'Today show' is a name; '20th straight week' is an ordinal of rank.")

pub = p("2018-11-26")
bf = thanksgiving(2018) + dt.timedelta(days=1)
item("g80", "2018-11-26",
     "Shoppers spent £1.49bn online on Black Friday, but Black Friday deals drew fewer people to the "
     "high street than last year.",
     ["show_name"],
     [money("£1.49bn", 1490000000, "GBP"), date("Black Friday", bf, occ=1), date("last year", "2017")],
     note="the second 'Black Friday' is an adjective ('Black Friday deals') and not a date.")

pub = p("2019-08-09")
item("g81", "2019-08-09",
     "Police were deployed across Srinagar ahead of the Friday prayers, and thousands of troops "
     "patrolled the streets on Friday.",
     ["show_name"],
     [count("thousands of troops", None, "troops"), date("Friday", pub, occ=2)],
     note="judgement: 'the Friday prayers' names the weekly prayers (adjectival), not labelled; "
          "'on Friday' on a Friday is that day.")
assert pub.weekday() == 4

pub = p("2018-10-16")
item("g82", "2018-10-16",
     "Saturday Night Live opened with a sketch on the Senate's 50-48 vote to confirm Brett Kavanaugh "
     "on October 6, and The Tonight Show mocked it on Monday.",
     ["show_name"],
     [count("50", 50), count("48", 48), date("October 6", "2018-10-06"), date("Monday", back_wd(pub, "Monday"))],
     note="a vote tally is two counts (unit null); 'Saturday Night Live' and 'The Tonight Show' are names.")

pub = p("2017-11-27")
item("g83", "2017-11-27",
     "The Sunday Age revealed that the Seven Network paid A$1.3 million for the rights, and Nine's "
     "Today show will host the draw on Sunday.",
     ["show_name", "number_name"],
     [money("A$1.3 million", 1300000, "AUD"), date("Sunday", ahead_wd(pub, "Sunday"), occ=2)])

pub = p("2019-11-24")
item("g84", "2019-11-24",
     "CBS's 60 Minutes interviewed the whistleblower's lawyer for 45 minutes, and ABC's This Week "
     "aired a rebuttal on Sunday.",
     ["show_name", "number_name"],
     [dur("45 minutes", "PT45M"), date("Sunday", pub)],
     note="'60 Minutes' is a title (no duration); 'This Week' is a title (no date).")
assert pub.weekday() == 6

item("g85", "2018-04-03",
     "Twenty years after the Good Friday Agreement, more than 1,000 people marched through Belfast "
     "on Good Friday, police said.",
     ["show_name"],
     [dur("Twenty years", "P20Y"), count("1,000 people", 1000, "people", MORE),
      date("Good Friday", easter(2018) - dt.timedelta(days=2), occ=2)],
     note="'the Good Friday Agreement' is a name; 'on Good Friday' is 2018-03-30.")

item("g86", "2018-12-27",
     "Boxing Day sales fell 4 per cent, and footfall on Boxing Day was the lowest since 2010.",
     ["show_name"],
     [pct("4 per cent", 4), date("Boxing Day", "2018-12-26", occ=2), date("2010", "2010")],
     note="'Boxing Day sales' is adjectival, not a date.")

pub = p("2020-03-02")
item("g87", "2020-03-02",
     "The Mail on Sunday claimed yesterday that 3,000 officials had been told to work from home.",
     ["show_name"],
     [date("yesterday", pub - dt.timedelta(days=1)), count("3,000 officials", 3000, "officials")])

pub = p("2019-08-14")
item("g88", "2019-08-14",
     "Kaun Banega Crorepati returns to Sony on Monday at 9 pm, with a top prize of Rs 7 crore.",
     ["show_name"],
     [time("Monday at 9 pm", ahead_wd(pub, "Monday").isoformat() + "T21:00"),
      money("Rs 7 crore", 70000000, "INR")],
     note="'Crorepati' in the show name is not money.")

pub = p("2018-03-19")
item("g89", "2018-03-19",
     "Tomorrow's World returns to BBC Two this week after 15 years off air, and Sunday Brunch "
     "will move to 10am.",
     ["show_name", "number_name"],
     [date("this week", iso_week(pub)), dur("15 years", "P15Y"), time("10am", "T10:00")],
     note="'Tomorrow's World', 'Sunday Brunch' and 'BBC Two' are names.")


# ---------------------------------------------------------------- build
def find_nth(text, phrase, n):
    i = -1
    for _ in range(n):
        i = text.find(phrase, i + 1)
        if i < 0:
            raise AssertionError("phrase %r (occurrence %d) not found" % (phrase, n))
    return i


def build():
    out = []
    seen = set()
    for it in ITEMS:
        assert it["id"] not in seen, it["id"]
        seen.add(it["id"])
        text = it["text"]
        D.fromisoformat(it["published"])
        gold = []
        for c in it["claims"]:
            s = find_nth(text, c["phrase"], c["occ"])
            e = s + len(c["phrase"])
            assert text[s:e] == c["phrase"]
            g = dict(start=s, end=e, text=c["phrase"], kind=c["kind"], value=c["value"], mod=c["mod"],
                     approximate=c["approximate"], unit=c["unit"], currency=c["currency"])
            gold.append(g)
        gold.sort(key=lambda g: g["start"])
        for a, b in zip(gold, gold[1:]):
            assert a["end"] <= b["start"], (it["id"], a["text"], b["text"])
        for g in gold:
            if g["kind"] == "money":
                assert g["currency"] == g["value"]["currency"], it["id"]
            if g["kind"] == "quantity":
                assert g["unit"] == g["value"]["unit"], it["id"]
        rec = dict(id=it["id"], published=it["published"], text=text, gold=gold, focus=it["focus"])
        if it["note"]:
            rec["note"] = it["note"]
        out.append(rec)
    return out


if __name__ == "__main__":
    recs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "blind-gaps.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    cnt = Counter(x for r in recs for x in r["focus"])
    print(len(recs), "paragraphs,", sum(len(r["gold"]) for r in recs), "claims")
    for k in ["fraction", "four_digit_count", "season", "ordinal_day", "bare_year", "exchange_rate",
              "number_name", "show_name"]:
        print("  %-17s %d" % (k, cnt[k]))
        assert cnt[k] >= 8, k
