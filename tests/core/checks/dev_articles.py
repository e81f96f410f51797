"""Article-length texts for the consistency checks: clean, and twins with one planted inconsistency.

Each plant is ``(old, new, rule, expected)``: ``old`` is replaced by ``new`` once, and ``new`` marks the
involved figures ``[[like this]]``. Written by hand for tuning (``benchmarks/make_checks_devset.py``).
"""

from __future__ import annotations

from typing import NamedTuple


class Article(NamedTuple):
    id: str
    published: str
    text: str
    plants: tuple[tuple[str, str, str, str], ...]


JOBS = """Unemployment falls to lowest level since 1975

Britain's unemployment rate fell to 4.1% in the three months to December from 4.4% a year earlier, a fall of 0.3 percentage points, the Office for National Statistics said on Wednesday.

The number of people in work rose by 88,000 to 32.2 million, while the number out of work fell by 46,000 to 1.44 million. Of the 32.2 million people in work, 27.3 million were employees and 4.9 million were self-employed.

Average weekly earnings, including bonuses, rose 2.5% to £512, from £499 a year earlier. Once inflation of 3% is taken into account, real pay fell for the tenth month in a row.

"The labour market remains remarkably strong," said Jane Ellis, 52, the chief economist at a City bank, who was born in 1965. "But the squeeze on living standards is not over."

Some 810,000 people were not working because of long-term sickness, about 9% of the 8.9 million economically inactive people aged 16 to 64.

The number of job vacancies stood at 815,000, up 12,000 on the quarter. The public sector employed 5.4 million people, 16.6% of all workers.

The Bank of England, which raised interest rates from 0.25% to 0.5% in November, is expected to raise them again in May. A quarter of the 40 economists polled by Reuters, or 10, expected two more rises this year.

Employers spend £3.5bn a year, nearly £70m a week, on recruitment, according to a trade body. Its chairman, who has run the body since 2012, said the six years since then had been "the tightest market in a generation".
"""

QUAKE = """Rescuers race to reach survivors as quake toll climbs

Rescue teams worked through the night on Thursday to reach villages cut off by the magnitude 6.4 earthquake that struck the region at 11.50pm on Tuesday, 13 February 2018.

Officials said 142 people had been killed and 460 injured. Of the 142 dead, 58 were children and 84 adults. More than 2,000 homes were destroyed and some 15,000 people spent the night outside in temperatures of minus 4C.

The provincial governor, Omar Haddad, 61, said the army had sent 1,200 soldiers, 40 doctors and 12 helicopters. "We have reached 31 of the 45 villages in the valley, about two-thirds," he said.

The World Bank pledged $5m (£3.6m) in emergency aid, and the UN's emergency fund released a further $2.5m. Aid agencies said at least $40m would be needed over the next three months.

The last big quake to hit the province, in 2005, killed more than 1,000 people. Survivors of that disaster said that reconstruction, which began in 2006, had taken almost 10 years.

Hospitals in the provincial capital, which have 600 beds between them, were treating 320 of the injured; the rest were taken to field clinics. Doctors said 45 of the 320 patients, or 14%, were in a critical condition.

Water was being trucked in at a rate of 200,000 litres a day, enough for 20,000 people at 10 litres each. Officials said 3,500 tents had arrived, including 2,000 from neighbouring countries and 900 from the Red Crescent.
"""

EARNINGS = """Profit at Northfield Industries jumps on strong demand for chemicals

Northfield Industries said third-quarter net income rose 12% to $1.12 billion, or $2.40 a share, from $1 billion, or $2.14 a share, a year earlier.

Revenue rose 5.2% to $8.4 billion from $7.98 billion. Analysts had expected revenue of $8.3 billion.

The company's chemicals unit, which accounts for almost half of revenue, reported operating profit of $610 million, up from $520 million, an increase of 17%. Profit at the fibres unit fell to $180 million from $205 million, a decline of 12%.

Northfield shares rose $1.25, or 2.1%, to $60.75 in New York trading on Wednesday. The stock has gained 18% this year.

The company said it would cut 1,500 of its 42,000 jobs, about 3.6% of the workforce, by the end of 2018. Of the 1,500 job cuts, 900 will be in North America and 600 in Europe.

It also agreed to buy the German coatings maker Lackwerk for €1.3bn ($1.53bn), its largest acquisition since 2011. Lackwerk, founded in 1921, employs 4,000 people at 12 plants.

Northfield's chief executive, Paul Kramer, 58, has run the company for nine years, since 2008. He said the company would spend $1.5 billion a year on new plants, or about $125 million a month, through 2020.

The board raised the quarterly dividend by 5 cents to 55 cents a share, an increase of 10%.
"""

PROFILE = """Amina Yusuf: the outsider who became kingmaker

When Amina Yusuf first ran for parliament, few in her party gave her a chance. Today the 47-year-old, who was born in 1970 in Kano, holds the balance of power.

Yusuf has been a member of parliament since 2003, 15 years in which she has served under four prime ministers. Her party won 120 of the 360 seats in last year's election, a third of the chamber, up from 84 in 2013.

That rise, from 84 seats to 120, an increase of about 43%, was the party's best result since its founding in 1989. Of its 120 MPs, 52 are women and 68 men.

The party's budget has grown too. It spent N2.1 billion ($5.8 million) on last year's campaign, according to its filings, double the N1.05 billion it spent in 2013.

Yusuf, whose father was a teacher, studied law in Lagos and London. She married in 1995; she and her husband, Ibrahim, 50, have three children.

Her critics say she has changed sides too often. In 12 years she has backed three different coalitions. "She is loyal to her voters," said a former aide, who asked not to be named.

A poll last month found that 38% of the 2,000 voters surveyed, or 760 people, rated her favourably, more than any other party leader.
"""

TRANSFER = """Club breaks record with €105m signing

The club completed the signing of the Brazilian forward on Thursday, 9 August 2018, for a fee of €105m (£92m), a club record.

The 26-year-old, who was born in 1992 in Recife, has signed a five-year contract worth £300,000 a week, or £15.6m a year, making him the best-paid player in the league.

The fee beats the £75m the club paid for a defender in 2017. Of the €105m, €90m is guaranteed and €15m depends on performance.

He scored 28 goals in 45 games last season, 18 of them in the league. Since joining his previous club in 2015, three years ago, he has scored 74 goals.

The club's spending this summer has reached £180m, including £92m on the forward and £55m on a midfielder. Its wage bill rose from £220m to £264m last season, up 20%.

The club's owner, who bought it for £400m in 2010, said the club had raised ticket prices by 5%, from £40 to £42 for the cheapest seats.
"""

HOSPITAL = """Hospital waiting lists hit record 4.4 million

The number of patients waiting for planned treatment in England rose from 4.1 million to 4.4 million in the year to December, up 7%, figures published on Thursday show.

Of the 4.4 million, 2,600 had waited more than a year. Some 18% of the 5,000 nurse posts at the largest trust, or 900, were vacant, its board heard.

Accident and emergency departments treated 2.1 million patients in January, about 68,000 a day. Just 85% were seen within four hours, against a target of 95%.

The average hospital now treats 1,200 patients a day, or about 438,000 a year. The health service's budget is £125bn a year, roughly £2.4bn a week.

Ministers have promised an extra £2.8bn over the next two years, including £1.6bn for hospitals and £700m for mental health.

The chief executive, Dr Sarah Ng, 55, who was born in 1962, said: "Staff are working flat out." She has led the service since 2014, four years in which demand has risen by a fifth.
"""

ARTICLES: list[Article] = [
    Article("jobs", "2018-02-15", JOBS, (
        ("a fall of 0.3 percentage points", "a fall of [[0.5 percentage points]]", "change",
         "a fall of 0.3 percentage points"),
        ("27.3 million were employees and 4.9 million", "[[27.3 million]] were employees and [[5.9 million]]",
         "parts_total", "33.2 million"),
        ("£3.5bn a year, nearly £70m a week", "[[£3.5bn]] a year, nearly [[£90m]] a week", "rate",
         "£67.3 million a week"),
    )),
    Article("quake", "2018-02-15", QUAKE, (
        ("on Tuesday, 13 February 2018", "on [[Wednesday, 13 February 2018]]", "weekday", "a Tuesday"),
        ("58 were children and 84 adults", "[[58]] were children and [[94]] adults", "parts_total", "152"),
        ("$5m (£3.6m)", "[[$5m]] ([[£6.3m]])", "currency_conversion", "£3.3 million to £4.3 million"),
    )),
    Article("earnings", "2017-10-26", EARNINGS, (
        ("Revenue rose 5.2%", "Revenue rose [[8.2%]]", "change", "a rise of 5.26%"),
        ("900 will be in North America and 600", "[[900]] will be in North America and [[800]]", "parts_total",
         "1,700"),
        ("€1.3bn ($1.53bn)", "[[€1.3bn]] ([[$1.13bn]])", "currency_conversion", "about $1.5 billion"),
    )),
    Article("profile", "2018-02-15", PROFILE, (
        ("the 47-year-old, who was born in 1970", "the [[54-year-old]], who was born in [[1970]]", "age",
         "47 or 48"),
        ("since 2003, 15 years", "since [[2003]], [[11 years]]", "duration", "14 to 15 years"),
        ("38% of the 2,000 voters surveyed, or 760", "[[38%]] of the [[2,000]] voters surveyed, or [[860]]",
         "percentage", "760"),
    )),
    Article("transfer", "2018-08-10", TRANSFER, (
        ("£300,000 a week, or £15.6m a year", "[[£300,000]] a week, or [[£25.6m]] a year", "rate",
         "£15.6 million a year"),
        ("€90m is guaranteed and €15m", "[[€90m]] is guaranteed and [[€25m]]", "parts_total", "€115 million"),
        ("The fee beats the £75m", "The [[€150m]] fee beats the £75m", "repeated_quantity", "€105m"),
    )),
    Article("hospital", "2018-02-15", HOSPITAL, (
        ("up 7%", "up [[17%]]", "change", "a rise of 7.3%"),
        ("Dr Sarah Ng, 55, who was born in 1962", "Dr Sarah Ng, [[45]], who was born in [[1962]]", "age",
         "55 or 56"),
    )),
]
