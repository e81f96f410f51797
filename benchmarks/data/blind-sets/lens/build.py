#!/usr/bin/env python3
"""Build the republication-lens blind sets from hand-written labels.

Labels (class, anchor, reads_as, suggestion) are written by hand below.
Offsets are never typed: each finding names its phrase (and, when the phrase
is ambiguous, an occurrence number or a longer context string) and the
script locates it. The script then cross-checks every label:

* text[start:end] == text, spans do not overlap;
* anchors are well-formed TIMEX3-style values;
* an independent resolver (lenslib.resolve) recomputes the anchor of the
  commoner expressions from the publication date with datetime;
* weekday names in a span agree with the weekday of the anchor date;
* reads_as and the suggestion contain the formatted anchor date;
* then_future anchors lie after publication and before as_of, and a
  relative_date that lies after publication is still after as_of;
* findings inside quotes carry an attribution note, not a rewrite;
* sentence-initial spans get capitalised suggestions.

Run:  python3 build.py      (writes blind-lens.jsonl and blind-lens-news.jsonl)
"""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lenslib import (D, CLASSES, ANCHOR_RE, WEEKDAYS, anchor_bounds,
                     dates_in_anchor_text, resolve, locate, in_quote,
                     pub_month, quote_note, apply_rewrites, word_count)

HERE = os.path.dirname(os.path.abspath(__file__))
REL, PS, TF, RUN = "relative_date", "present_state", "then_future", "running_figure"
AS_OF = "2026-12-01"


def F(phrase, cls, anchor, reads_as, sugg=None, occ=1, ctx=None, dir=None,
      note=None, ref=None, said=None, southern=False, nocheck=False, loose=False):
    """loose: the suggestion names the date another way (e.g. 'Christmas 2020')."""
    return dict(phrase=phrase, cls=cls, anchor=anchor, reads_as=reads_as,
                sugg=sugg, occ=occ, ctx=ctx, dir=dir, note=note, ref=ref,
                said=said, southern=southern, nocheck=nocheck, loose=loose)


def Q(phrase, cls, anchor, reads_as, **kw):
    """A finding inside quoted speech (suggestion = attribution note)."""
    kw["_quote"] = True
    f = F(phrase, cls, anchor, reads_as, **{k: v for k, v in kw.items() if k != "_quote"})
    f["_quote"] = True
    return f


SHORT, NEWS = [], []


def I(id, pub, as_of, text, findings, extra=(), note=None, rewrites=None):
    SHORT.append(dict(id=id, pub=pub, as_of=as_of, text=text,
                      findings=findings, extra=list(extra), note=note,
                      rewrites=rewrites))


def N(id, pub, as_of, text, findings, note=None):
    NEWS.append(dict(id=id, pub=pub, as_of=as_of, text=text,
                     findings=findings, note=note))


# =====================================================================
# Short items
# =====================================================================
I("L001", "2018-02-15", AS_OF,
  "The central bank raised interest rates by a quarter point last month, Governor Mark Ellery said on Thursday.",
  [F("last month", REL, "2018-01", "January 2018", "in January 2018"),
   F("Thursday", REL, "2018-02-15", "Thursday 15 February 2018", "15 February 2018")],
  note="Wire copy. Thursday publication: 'on Thursday' is the publication day.")

I("L002", "2018-02-15", AS_OF,
  "Ministers published the long-awaited white paper this week, and MPs are expected to vote on it next month.",
  [F("this week", REL, "2018-W07", "the week of 12 February 2018", "in the week of 12 February 2018"),
   F("next month", TF, "2018-03", "March 2018", "the vote was expected in March 2018: check what happened")],
  note="UK broadsheet.")

I("L003", "2018-02-16", "2018-02-23",
  "The board will vote on the merger on Tuesday, two people familiar with the matter said on Friday.",
  [F("Tuesday", TF, "2018-02-20", "Tuesday 20 February 2018", "the vote was expected on 20 February 2018: check what happened"),
   F("Friday", REL, "2018-02-16", "Friday 16 February 2018", "16 February 2018")],
  note="Wire copy. as_of one week after publication: the Tuesday vote lies between publication and as_of, so then_future.")

I("L004", "2018-02-16", "2018-02-19",
  "Shareholders will vote on the merger on Tuesday, the company said in a statement.",
  [F("Tuesday", REL, "2018-02-20", "Tuesday 20 February 2018", "20 February 2018", dir="future")],
  note="Pair of L003. as_of (Monday 19 February 2018) is before the vote, so the expected date is still in the future: relative_date, rewritten to the absolute date.")

I("L005", "2019-01-02", AS_OF,
  "The city council voted last week to raise parking fees, and the new rates take effect Monday.",
  [F("last week", REL, "2018-W52", "the week of 24 December 2018", "in the week of 24 December 2018"),
   F("Monday", TF, "2019-01-07", "Monday 7 January 2019", "the new rates were due to take effect on 7 January 2019: check what happened")],
  note="US local paper (AP style, no 'on'). 'last week' crosses the year boundary.")

I("L006", "2018-12-31", AS_OF,
  "Footfall on Britain's high streets fell 3% last week compared with the same week last year, the British Retail Consortium said on Monday.",
  [F("last week", REL, "2018-W52", "the week of 24 December 2018", "in the week of 24 December 2018"),
   F("last year", REL, "2017", "2017", "in 2017"),
   F("Monday", REL, "2018-12-31", "Monday 31 December 2018", "31 December 2018")],
  note="UK. Published on a Monday that belongs to ISO week 2019-W01; 'last week' is 2018-W52.")

I("L007", "2020-01-03", AS_OF,
  "Oil prices have risen more than 4% this week after the drone strike, and analysts said on Friday they expected further gains next week.",
  [F("this week", REL, "2020-W01", "the week of 30 December 2019", "in the week of 30 December 2019"),
   F("Friday", REL, "2020-01-03", "Friday 3 January 2020", "3 January 2020"),
   F("next week", TF, "2020-W02", "the week of 6 January 2020", "further gains were expected in the week of 6 January 2020: check what happened")],
  extra=["Oil prices rose more than 4% in the week of 30 December 2019 after the drone strike, and analysts said on 3 January 2020 they expected further gains next week."],
  note="Wire copy. ISO week 2020-W01 starts on Monday 30 December 2019.")

I("L008", "2016-02-29", AS_OF,
  "The finance minister presented the Union Budget in Parliament today, a year after promising to cut the corporate tax rate to 25 per cent over the next four years.",
  [F("today", REL, "2016-02-29", "Monday 29 February 2016", "on 29 February 2016")],
  note="Indian paper, leap day. Hard call: 'a year after' and 'the next four years' are anchored on the earlier promise, not on publication, so they are not flagged.")

I("L009", "2020-03-01", AS_OF,
  "Australia's first coronavirus death was confirmed yesterday, and health officials said the number of cases nationally has risen to 27.",
  [F("yesterday", REL, "2020-02-29", "Saturday 29 February 2020", "on 29 February 2020"),
   F("has risen to", RUN, "PRESENT_REF", "27 cases as of 1 March 2020", "had by 1 March 2020 risen to")],
  note="Australian paper, Sunday publication; 'yesterday' is the leap day. Day-by-day counts are dated to the publication day.")

I("L010", "1999-12-31", AS_OF,
  "Engineers will be on standby to make sure the millennium bug does not disrupt air traffic control systems tomorrow, the agency said on Friday.",
  [F("tomorrow", TF, "2000-01-01", "Saturday 1 January 2000", "the feared disruption was expected on 1 January 2000: check what happened"),
   F("Friday", REL, "1999-12-31", "Friday 31 December 1999", "31 December 1999")],
  note="Wire copy, year end.")

I("L011", "2000-01-01", AS_OF,
  "Celebrations passed off peacefully across the country last night, and the feared computer failures had not materialised by this morning.",
  [F("last night", REL, "1999-12-31TNI", "the night of 31 December 1999", "on the night of 31 December 1999"),
   F("this morning", REL, "2000-01-01TMO", "the morning of 1 January 2000", "the morning of 1 January 2000")],
  note="UK. 'by this morning': the preposition stays, so the suggestion has none.")

I("L012", "2021-03-31", "2022-03-31",
  "The state will open vaccine eligibility to all adults next month, Gov. Laura Tate said Wednesday.",
  [F("next month", TF, "2021-04", "April 2021", "eligibility was expected to open in April 2021: check what happened"),
   F("Wednesday", REL, "2021-03-31", "Wednesday 31 March 2021", "on 31 March 2021")],
  note="US style without 'on': the suggestion supplies 'on'. Month-end publication; as_of one year later.")

I("L013", "2003-06-30", AS_OF,
  "The hospital trust, which has been in special measures for two years, has now appointed its third chief executive since 2001.",
  [F("two years", RUN, "P2Y", "two years as of June 2003", "two years as of June 2003"),
   F("now", PS, "PRESENT_REF", "June 2003", "by June 2003")],
  extra=["The hospital trust, which had been in special measures for two years as of June 2003, had by then appointed its third chief executive since 2001."],
  note="UK. 'since 2001' is an explicit year and is not flagged.")

I("L014", "2008-09-15", AS_OF,
  "Lehman Brothers filed for bankruptcy protection on Monday, hours after talks over the weekend failed to produce a buyer.",
  [F("Monday", REL, "2008-09-15", "Monday 15 September 2008", "15 September 2008"),
   F("the weekend", REL, "2008-W37-WE", "the weekend of 13-14 September 2008", "the weekend of 13-14 September 2008")],
  note="Wire copy. 'hours after' is anchored on the filing.")

I("L015", "2012-07-27", AS_OF,
  "The Olympic Games open in London tonight, seven years after the city won the right to host them.",
  [F("tonight", REL, "2012-07-27TNI", "the night of 27 July 2012", "on the night of 27 July 2012")],
  extra=["The Olympic Games opened in London on the night of 27 July 2012, seven years after the city won the right to host them."],
  note="UK. Same-day future ('tonight') is relative_date, not then_future (then_future needs a day after the publication date). 'seven years after' is anchored on the award.")

I("L016", "2015-11-05", AS_OF,
  "Voting in the final phase of the Bihar assembly election ended on Thursday, and counting will take place on November 8.",
  [F("Thursday", REL, "2015-11-05", "Thursday 5 November 2015", "5 November 2015"),
   F("November 8", TF, "2015-11-08", "8 November 2015", "counting was due on 8 November 2015: check what happened")],
  note="Indian paper. Day-month without a year.")

I("L017", "2022-08-31", AS_OF,
  "Sydney recorded 412mm of rain this winter, the most since 1998, the Bureau of Meteorology said today.",
  [F("this winter", REL, "2022-WI", "the southern winter of 2022 (June to August 2022)", "in the winter of 2022 (June to August)", southern=True),
   F("today", REL, "2022-08-31", "Wednesday 31 August 2022", "on 31 August 2022")],
  note="Australian paper. Hard call: southern-hemisphere season; TIMEX3 season codes are hemisphere-neutral, so the Australian winter June-August 2022 is given as 2022-WI.")

I("L018", "2023-10-09", AS_OF,
  '"The fighting has gone on for three days now and we still do not know how many soldiers are missing," an army spokesman told reporters on Monday.',
  [Q("three days", RUN, "P3D", "three days up to 9 October 2023"),
   Q("now", PS, "PRESENT_REF", "October 2023"),
   Q("still", PS, "PRESENT_REF", "October 2023"),
   F("Monday", REL, "2023-10-09", "Monday 9 October 2023", "9 October 2023")],
  note="Wire copy. Quoted speech keeps its words; only the attribution date is rewritten.")

I("L019", "1998-05-22", AS_OF,
  "Voters approved the $40 million school bond Tuesday, and construction on the new high school is set to begin next spring.",
  [F("Tuesday", REL, "1998-05-19", "Tuesday 19 May 1998", "on 19 May 1998"),
   F("next spring", TF, "1999-SP", "spring 1999", "construction was set to begin in spring 1999: check what happened")],
  note="US local paper.")

I("L020", "2010-04-20", AS_OF,
  "The volcano first erupted on 14 April 2010, and flights across northern Europe were grounded for six days.",
  [], note="Trap: explicit full date; 'for six days' is a completed past duration, not running at publication.")

I("L021", "2005-07-08", AS_OF,
  "Police said yesterday's explosion at the chemical plant was caused by a gas leak, and the death toll has risen to 14.",
  [F("yesterday", REL, "2005-07-07", "Thursday 7 July 2005", "7 July 2005"),
   F("has risen to", RUN, "PRESENT_REF", "14 as of 8 July 2005", "had by 8 July 2005 risen to")],
  extra=["Police said the explosion at the chemical plant on 7 July 2005 was caused by a gas leak, and the death toll had by 8 July 2005 risen to 14."],
  note="UK. Possessive: the span is 'yesterday' (TIMEX3 leaves the clitic 's outside), so the mechanical rewrite reads \"7 July 2005's explosion\"; the variant reorders.")

I("L022", "2011-03-14", AS_OF,
  '"The situation at the plant is still very serious," the chief cabinet secretary told a news conference on Monday, adding that a second explosion had occurred this morning.',
  [Q("still", PS, "PRESENT_REF", "March 2011"),
   F("Monday", REL, "2011-03-14", "Monday 14 March 2011", "14 March 2011"),
   F("this morning", REL, "2011-03-14TMO", "the morning of 14 March 2011", "on the morning of 14 March 2011")],
  note="Wire copy. 'this morning' is in reported (indirect) speech, not a quote, so it is rewritten.")

I("L023", "2014-09-19", AS_OF,
  "Scotland voted to remain part of the United Kingdom in yesterday's referendum, and the prime minister promised this morning that new powers would be set out by January.",
  [F("yesterday", REL, "2014-09-18", "Thursday 18 September 2014", "18 September 2014"),
   F("this morning", REL, "2014-09-19TMO", "the morning of 19 September 2014", "on the morning of 19 September 2014"),
   F("January", TF, "2015-01", "January 2015", "new powers were promised by January 2015: check what happened")],
  extra=["Scotland voted to remain part of the United Kingdom in the referendum on 18 September 2014, and the prime minister promised on the morning of 19 September 2014 that new powers would be set out by January."],
  note="UK. Possessive 'yesterday's'.")

I("L024", "2017-06-09", AS_OF,
  "Theresa May said she would form a government with the support of the DUP after the Conservatives lost their majority in Thursday's election.",
  [F("Thursday", REL, "2017-06-08", "Thursday 8 June 2017", "8 June 2017")],
  extra=["Theresa May said she would form a government with the support of the DUP after the Conservatives lost their majority in the election on 8 June 2017."],
  note="UK. Possessive 'Thursday's'.")

I("L025", "2019-07-15", AS_OF,
  "Bushfire crews are still mopping up after last summer's record season, and the Rural Fire Service warned today that the coming summer could be worse.",
  [F("still", PS, "PRESENT_REF", "July 2019", "still, as of July 2019,"),
   F("last summer", REL, "2018-SU", "the southern summer of 2018-19 (December 2018 to February 2019)", "the 2018-19 summer", southern=True, nocheck=True),
   F("today", REL, "2019-07-15", "Monday 15 July 2019", "on 15 July 2019"),
   F("the coming summer", TF, "2019-SU", "the southern summer of 2019-20 (December 2019 to February 2020)", "the warning was for the 2019-20 summer (December 2019 to February 2020): check what happened", southern=True, nocheck=True)],
  note="Australian paper. Hard call: southern summers straddle the new year; the TIMEX3 value uses the year the summer starts.")

I("L026", "2020-12-24", "2021-12-24",
  "Britain and the European Union struck a trade deal on Christmas Eve, days before the transition period ends on 31 December.",
  [F("Christmas Eve", REL, "2020-12-24", "Thursday 24 December 2020", "24 December 2020"),
   F("31 December", TF, "2020-12-31", "31 December 2020", "the transition period was due to end on 31 December 2020: check what happened")],
  note="UK; as_of one year later. A holiday name without a year is a relative date. 'days before' is anchored on the deal.")

I("L027", "2009-01-20", AS_OF,
  "Barack Obama will be sworn in as the 44th president of the United States at noon today on the steps of the Capitol.",
  [F("noon today", REL, "2009-01-20T12:00", "noon on Tuesday 20 January 2009", "noon on 20 January 2009")],
  extra=["Barack Obama was sworn in as the 44th president of the United States at noon on 20 January 2009 on the steps of the Capitol."],
  note="US. Same-day future: relative_date.")

I("L028", "2013-12-06", AS_OF,
  '"He is now resting. He is now at peace," President Zuma said in a televised address late last night.',
  [Q("now", PS, "PRESENT_REF", "December 2013", occ=1),
   Q("now", PS, "PRESENT_REF", "December 2013", occ=2),
   F("late last night", REL, "2013-12-05TNI", "late on the night of 5 December 2013", "late on the night of 5 December 2013")],
  note="UK. TIMEX3 keeps the modifier 'late' inside the extent.")

I("L029", "2006-10-31", AS_OF,
  "The haunted hayride, first held in 1987, raises about $5 a ticket for the volunteer fire company, organisers said.",
  [], note="Trap: explicit year, a price per ticket, a habitual present with no time word.")

I("L030", "2001-03-01", AS_OF,
  "The foot-and-mouth outbreak has now spread to Devon, and the number of confirmed cases has risen to 26 since the disease was discovered at an abattoir in Essex nine days ago.",
  [F("now", PS, "PRESENT_REF", "March 2001", "by March 2001"),
   F("has risen to", RUN, "PRESENT_REF", "26 as of 1 March 2001", "had by 1 March 2001 risen to"),
   F("nine days ago", REL, "2001-02-20", "Tuesday 20 February 2001", "on 20 February 2001")],
  extra=["The foot-and-mouth outbreak had by March 2001 spread to Devon, and the number of confirmed cases had risen to 26 by 1 March 2001, since the disease was discovered at an abattoir in Essex on 20 February 2001."],
  note="UK.")

I("L031", "2004-08-13", AS_OF,
  "The Summer Olympics, held every four years, return to Athens for the first time since 1896.",
  [], note="Trap: 'Summer Olympics' is a name, 'every four years' a recurrence, 1896 explicit. No time expression depends on publication.")

I("L032", "2007-11-28", AS_OF,
  "The Sensex has gained 40 per cent so far this year, and analysts expect the index to cross 21,000 by March.",
  [F("so far this year", RUN, "2007", "1 January to 28 November 2007", "between 1 January and 28 November 2007"),
   F("March", TF, "2008-03", "March 2008", "21,000 was expected by March 2008: check what happened")],
  extra=["The Sensex gained 40 per cent between 1 January and 28 November 2007, and analysts expect the index to cross 21,000 by March."],
  note="Indian paper. 'so far this year' attached to a figure: running_figure, anchored on the calendar year.")

I("L033", "2016-06-24", AS_OF,
  "Britain has voted to leave the European Union, and David Cameron announced this morning that he would step down by October.",
  [F("this morning", REL, "2016-06-24TMO", "the morning of 24 June 2016", "on the morning of 24 June 2016"),
   F("October", TF, "2016-10", "October 2016", "he was expected to step down by October 2016: check what happened")],
  note="UK.")

I("L034", "2021-11-15", AS_OF,
  '"We are still a long way from a deal that phases out coal by 2030," the minister said on Saturday.',
  [Q("still", PS, "PRESENT_REF", "November 2021"),
   F("Saturday", REL, "2021-11-13", "Saturday 13 November 2021", "13 November 2021")],
  note="Wire copy. 'by 2030' is an absolute year still after as_of: not flagged.")

I("L035", "2022-01-03", AS_OF,
  "The Omicron variant now accounts for 95% of new cases, and the CDC said last week that isolation periods would be shortened to five days.",
  [F("now", PS, "PRESENT_REF", "January 2022", "as of January 2022"),
   F("last week", REL, "2021-W52", "the week of 27 December 2021", "in the week of 27 December 2021")],
  extra=["As of January 2022, the Omicron variant accounted for 95% of new cases, and the CDC said in the week of 27 December 2021 that isolation periods would be shortened to five days."],
  note="US. 'five days' is a length, not anchored to now.")

I("L036", "2023-03-31", AS_OF,
  "The bank collapsed earlier this month, and regulators said the final cost to taxpayers would not be known until next year.",
  [F("earlier this month", REL, "2023-03", "earlier in March 2023", "earlier in March 2023"),
   F("next year", TF, "2024", "2024", "the cost was not expected to be known until 2024: check what happened")],
  note="UK, month-end publication.")

I("L037", "2018-02-15", AS_OF,
  "Petrol prices have climbed every week since last month's budget, and drivers are paying an average of 126p a litre at the moment.",
  [F("last month", REL, "2018-01", "January 2018", "January 2018"),
   F("at the moment", PS, "PRESENT_REF", "February 2018", "as of February 2018")],
  extra=["Petrol prices climbed every week after the January 2018 budget, and drivers were paying an average of 126p a litre as of February 2018."],
  note="UK. Possessive 'last month's'; '126p a litre' is a rate.")

I("L038", "2019-05-16", AS_OF,
  "The suspect, who was arrested on the 14th, appeared in court today.",
  [F("the 14th", REL, "2019-05-14", "Tuesday 14 May 2019", "14 May 2019"),
   F("today", REL, "2019-05-16", "Thursday 16 May 2019", "on 16 May 2019")],
  note="Day of month without month or year.")

I("L039", "2020-03-10", AS_OF,
  "Turnout in the March 3 primary was the highest in two decades, county officials said Monday.",
  [F("March 3", REL, "2020-03-03", "Tuesday 3 March 2020", "3 March 2020"),
   F("Monday", REL, "2020-03-09", "Monday 9 March 2020", "on 9 March 2020")],
  note="US local. 'the highest in two decades' is measured back from the primary, not from publication: not flagged.")

I("L040", "2015-05-20", AS_OF,
  "The new bridge should be open to traffic two years from now, the council said.",
  [F("two years from now", TF, "2017", "2017", "the bridge was expected to open in 2017: check what happened")],
  note="UK. 'N years ago/from now' takes year granularity.")

I("L041", "2012-11-07", AS_OF,
  "Until now, no Democratic presidential candidate had carried the county since 1964.",
  [F("Until now", PS, "PRESENT_REF", "November 2012", "Until November 2012")],
  note="US local. Span 'Until now' as listed in the contract.")

I("L042", "2009-06-12", AS_OF,
  "House prices have shown signs of recovery lately, but the number of repossessions is still rising.",
  [F("lately", PS, "PAST_REF", "the months before June 2009", "in the months before June 2009"),
   F("still", PS, "PRESENT_REF", "June 2009", "still, as of June 2009,")],
  extra=["House prices showed signs of recovery in the months before June 2009, but the number of repossessions was still rising as of June 2009."],
  note="UK.")

I("L043", "2016-09-30", AS_OF,
  "The appeal has raised £2.3 million to date, the charity said on Friday.",
  [F("to date", PS, "PRESENT_REF", "September 2016", "as of September 2016"),
   F("Friday", REL, "2016-09-30", "Friday 30 September 2016", "30 September 2016")],
  extra=["The appeal had raised £2.3 million as of September 2016, the charity said on 30 September 2016."],
  note="UK, month-end publication. 'to date' is present_state per the contract list even next to a figure.")

I("L044", "2010-08-05", AS_OF,
  "At present, only 40 per cent of households in the state have access to piped water, the minister told the Lok Sabha.",
  [F("At present", PS, "PRESENT_REF", "August 2010", "As of August 2010")],
  extra=["As of August 2010, only 40 per cent of households in the state had access to piped water, the minister told the Lok Sabha."],
  note="Indian paper. Sentence-initial span, capitalised suggestion.")

I("L045", "2019-10-22", AS_OF,
  "The airline currently operates 14 daily flights between Sydney and Melbourne, and plans to add four more from next month.",
  [F("currently", PS, "PRESENT_REF", "October 2019", "as of October 2019"),
   F("next month", TF, "2019-11", "November 2019", "the extra flights were planned from November 2019: check what happened")],
  extra=["As of October 2019, the airline operated 14 daily flights between Sydney and Melbourne, and planned to add four more from next month."],
  note="Australian paper.")

I("L046", "2014-03-19", AS_OF,
  "The recall is the latest in a series of setbacks for the carmaker, whose shares have fallen 12 per cent this month.",
  [F("the latest", PS, "PRESENT_REF", "March 2014", "the latest, as of March 2014,"),
   F("this month", REL, "2014-03", "March 2014", "in March 2014")],
  note="'the latest in a series' is present_state; 'this month' with a figure stays relative_date (only 'so far this year/month' + figure is running_figure).")

I("L047", "2018-02-15", AS_OF,
  "Opposition leader Ana Ruiz has been held in custody since last month, and her lawyers say she has not yet been charged.",
  [F("last month", REL, "2018-01", "January 2018", "January 2018"),
   F("yet", PS, "PRESENT_REF", "February 2018", "as of February 2018", note="'not yet' treated like 'still': a word asserting the state at publication. Not in the contract's list; hard call.")],
  extra=["Opposition leader Ana Ruiz had been held in custody since January 2018, and as of February 2018 her lawyers said she had not been charged."],
  note="'since last month': the preposition stays, so the suggestion is the bare month.")

I("L048", "2018-02-13", "2018-02-20",
  "The exhibition runs until Friday at the city's main gallery.",
  [F("Friday", TF, "2018-02-16", "Friday 16 February 2018", "the exhibition was due to close on 16 February 2018: check what happened")],
  note="as_of one week after publication; the closing date has passed by then.")

I("L049", "2022-09-15", AS_OF,
  "Energy bills will be capped at £2,500 a year from next month, the government confirmed today.",
  [F("next month", TF, "2022-10", "October 2022", "the cap was due to start in October 2022: check what happened"),
   F("today", REL, "2022-09-15", "Thursday 15 September 2022", "on 15 September 2022")],
  note="UK. '£2,500 a year' is a rate: not flagged.")

I("L050", "2017-04-12", AS_OF,
  "The company said it would complete the sale by the end of the month.",
  [F("the end of the month", TF, "2017-04", "the end of April 2017", "the sale was expected by the end of April 2017: check what happened")],
  note="TIMEX3 value is the month (mod END).")

I("L051", "2019-09-30", AS_OF,
  "The yuan has weakened 4% against the dollar over the past three months, the steepest quarterly fall since 2016.",
  [F("the past three months", REL, "P3M", "the three months to 30 September 2019 (July to September 2019)", "the three months to September 2019")],
  extra=["The yuan weakened 4% against the dollar in the three months to September 2019, the steepest quarterly fall since 2016."],
  note="Wire copy. 'the past N months' is a span ending at publication: relative_date with a duration anchor.")

I("L052", "2018-02-15", AS_OF,
  "Inflation eased to 3 per cent in December and held at that level in January, the latest figures show.",
  [F("December", REL, "2017-12", "December 2017", "December 2017"),
   F("January", REL, "2018-01", "January 2018", "January 2018"),
   F("the latest", RUN, "PRESENT_REF", "figures available in February 2018", "the then-latest (February 2018)")],
  extra=["Inflation eased to 3 per cent in December 2017 and held at that level in January 2018, figures published in February 2018 showed."],
  note="'the latest figures' is running_figure (contract example).")

I("L053", "2011-01-25", AS_OF,
  "The heatwave last summer cost farmers an estimated £200 million, and many fear a drought this spring.",
  [F("last summer", REL, "2010-SU", "summer 2010", "in summer 2010"),
   F("this spring", TF, "2011-SP", "spring 2011", "a drought was feared for spring 2011: check what happened")],
  note="UK. Seasons are meteorological (spring = March-May). 'this spring' said in January lies wholly after publication.")

I("L054", "2019-06-20", AS_OF,
  "Record flooding this spring delayed planting on nearly half of the state's corn acres, the Agriculture Department said Thursday.",
  [F("this spring", REL, "2019-SP", "spring 2019", "in spring 2019"),
   F("Thursday", REL, "2019-06-20", "Thursday 20 June 2019", "on 20 June 2019")],
  note="US.")

I("L055", "2019-04-05", AS_OF,
  "Two years ago, the club was playing in the third tier; now it is two wins from promotion to the Premier League.",
  [F("Two years ago", REL, "2017", "2017", "In 2017"),
   F("now", PS, "PRESENT_REF", "April 2019", "as of April 2019")],
  extra=["In 2017, the club was playing in the third tier; as of April 2019 it was two wins from promotion to the Premier League."],
  note="UK sport.")

I("L056", "2020-03-01", AS_OF,
  "Yesterday's win was the club's first away from home since October.",
  [F("Yesterday", REL, "2020-02-29", "Saturday 29 February 2020", "29 February 2020"),
   F("October", REL, "2019-10", "October 2019", "October 2019")],
  extra=["The win on 29 February 2020 was the club's first away from home since October 2019."],
  note="Sentence-initial possessive; leap day. House style would avoid opening with a numeral, hence the variant.")

I("L057", "2018-02-15", AS_OF,
  "Union leaders will put the offer to members at Tuesday's meeting.",
  [F("Tuesday", TF, "2018-02-20", "Tuesday 20 February 2018", "the meeting was due on 20 February 2018: check what happened")],
  note="Possessive future weekday.")

I("L058", "2018-02-15", AS_OF,
  "Last week's vote in the Senate was the closest in a generation.",
  [F("Last week", REL, "2018-W06", "the week of 5 February 2018", "The week of 5 February 2018")],
  extra=["The vote in the Senate in the week of 5 February 2018 was the closest in a generation."],
  note="Possessive week; the mechanical rewrite (\"The week of 5 February 2018's vote\") is grammatical but clumsy, the variant reorders. 'the closest in a generation' is measured from the vote.")

I("L059", "2017-01-18", AS_OF,
  "The suspect was last seen the day before yesterday near the railway station.",
  [F("the day before yesterday", REL, "2017-01-16", "Monday 16 January 2017", "on 16 January 2017")],
  note="'last seen': 'last' is not a time expression here.")

I("L060", "2015-04-10", AS_OF,
  "The ferry sank on 3 April 2015, and survivors were rescued the next day.",
  [], note="Trap: explicit date; 'the next day' is anchored on it.")

I("L061", "2014-05-02", AS_OF,
  "The mill closed in 1984 and was demolished the following year, but the Today programme revisited the site in 2009.",
  [], note="Trap: 'the following year' is anchored on 1984; 'the Today programme' is a name.")

I("L062", "2017-02-03", AS_OF,
  "Black Friday deals helped The Sunday Times's parent company report record sales in the fourth quarter of 2016.",
  [], note="Trap: names containing day words; explicit quarter with year.")

I("L063", "2019-04-10", AS_OF,
  "Members pay $5 a year, and the club meets twice a week in the village hall.",
  [], note="Trap: rates and frequencies.")

I("L064", "2008-05-14", AS_OF,
  "Residents say they hear gunfire every now and then, though the area was largely calm in April 2008.",
  [], note="Trap: 'now and then' is a fixed phrase; April 2008 explicit.")

I("L065", "2003-09-01", AS_OF,
  "The war lasted three years, and the peace talks that followed took a further 18 months.",
  [], note="Trap: durations not anchored to publication.")

I("L066", "2012-01-16", AS_OF,
  "Volunteers must complete a two-week course before working with patients on the 12-bed ward.",
  [], note="Trap: 'a two-week course' is a length.")

I("L067", "2021-07-22", AS_OF,
  "Brisbane will host the Summer Olympics in 2032, the International Olympic Committee confirmed on 21 July 2021.",
  [], note="Trap: 'in 2032' is absolute and still after as_of; the confirmation date is explicit.")

I("L068", "2014-06-02", AS_OF,
  "The Burj Khalifa, the world's tallest building, opened on 4 January 2010.",
  [], note="Trap: 'the world's tallest building' is not a running figure (contract) and has no time word.")

I("L069", "2005-05-06", AS_OF,
  "He was 34 when he was first elected to Parliament in 1997.",
  [], note="Trap: an age anchored on an explicit past year, not on publication.")

I("L070", "2001-02-12", AS_OF,
  "The 1990s were a decade of rapid growth for the port, which handled 2 million containers in 1999.",
  [], note="Trap: explicit decade and year.")

I("L071", "2015-03-05", AS_OF,
  "Still, analysts said the results, published on 3 March 2015, were better than expected.",
  [], note="Trap: sentence adverb 'Still' means 'nevertheless', not a present state.")

I("L072", "2019-06-14", AS_OF,
  "Viewers of BBC Breakfast and the Today programme heard the minister defend the policy on 12 June 2019.",
  [], note="Trap: programme names; explicit date.")

I("L073", "2016-02-10", AS_OF,
  "Sales fell 4 per cent in 2015 compared with a year earlier.",
  [], note="Trap: 'a year earlier' is anchored on 2015.")

I("L074", "2023-06-14", AS_OF,
  "The stadium is due to open in 2028, and the club will play at a temporary ground next season.",
  [F("next season", TF, None, "the 2023-24 season", "the temporary ground was planned for the 2023-24 season: check what happened")],
  note="'in 2028' is absolute and after as_of: not flagged. Seasons have no TIMEX3 value: anchor null.")

I("L075", "2023-11-20", "2023-11-27",
  "The council will set its budget next month, and bus fares will rise in January.",
  [F("next month", REL, "2023-12", "December 2023", "in December 2023", dir="future"),
   F("January", REL, "2024-01", "January 2024", "January 2024", dir="future")],
  note="as_of one week after publication: both expected dates are still in the future, so relative_date with absolute rewrites.")

I("L076", "2023-05-03", "2024-05-03",
  "The King will be crowned on Saturday, and the bank holiday on Monday will give millions a long weekend.",
  [F("Saturday", TF, "2023-05-06", "Saturday 6 May 2023", "the coronation was due on 6 May 2023: check what happened"),
   F("Monday", TF, "2023-05-08", "Monday 8 May 2023", "the bank holiday was due on 8 May 2023: check what happened")],
  note="UK; as_of one year later. 'a long weekend' is generic.")

I("L077", "2019-12-12", AS_OF,
  "Polls close at 10pm tonight, and the first results are expected tomorrow morning.",
  [F("10pm tonight", REL, "2019-12-12T22:00", "10pm on Thursday 12 December 2019", "10pm on 12 December 2019"),
   F("tomorrow morning", TF, "2019-12-13TMO", "the morning of 13 December 2019", "the first results were expected on the morning of 13 December 2019: check what happened")],
  extra=["Polls closed at 10pm on 12 December 2019, and the first results are expected tomorrow morning."],
  note="UK election day. The clock time plus 'tonight' is one TIMEX3.")

I("L078", "2012-10-10", AS_OF,
  "The government aims to provide electricity to every village by 2020, the power minister said on Wednesday.",
  [F("2020", TF, "2020", "2020", "the target was 2020: check what happened"),
   F("Wednesday", REL, "2012-10-10", "Wednesday 10 October 2012", "10 October 2012")],
  note="Indian paper. An absolute target year that fell between publication and as_of is then_future (contract: 'by 2020').")

I("L079", "2017-03-22", AS_OF,
  "Expansion of the state's desalination plant is set for 2019, the water minister said.",
  [F("2019", TF, "2019", "2019", "the expansion was set for 2019: check what happened")],
  note="Australian paper ('set for 2019').")

I("L080", "2016-11-09", AS_OF,
  '"We will begin the transition next week," the campaign manager said early Wednesday, adding that the cabinet would be named by Christmas.',
  [Q("next week", TF, "2016-W46", "the week of 14 November 2016"),
   F("early Wednesday", REL, "2016-11-09", "early on Wednesday 9 November 2016", "early on 9 November 2016"),
   F("Christmas", TF, "2016-12-25", "Christmas 2016 (25 December 2016)", "the cabinet was promised by Christmas 2016: check what happened")],
  note="US. then_future inside a quote: attribution note, quote unchanged.")

I("L081", "2018-02-15", AS_OF,
  '"Last month was our worst for sales in ten years," the shop owner said on Thursday.',
  [Q("Last month", REL, "2018-01", "January 2018"),
   F("Thursday", REL, "2018-02-15", "Thursday 15 February 2018", "15 February 2018")],
  note="'in ten years' is a record measured from last month, not flagged.")

I("L082", "2016-05-07", AS_OF,
  '"Today is a new chapter for this city," the new mayor said at his signing-in ceremony yesterday.',
  [Q("Today", REL, "2016-05-06", "Friday 6 May 2016, the day the words were spoken", ref="2016-05-06",
     sugg='said on 6 May 2016; "Today" meant 6 May 2016',
     note="Hard call: the quoted 'Today' refers to the day of speaking (yesterday), not the publication day."),
   F("yesterday", REL, "2016-05-06", "Friday 6 May 2016", "on 6 May 2016")],
  note="UK, Saturday publication.")

I("L083", "2010-08-23", AS_OF,
  '"We are still hopeful that all 33 men will be brought out alive," the mining minister said, after rescuers confirmed on Sunday that the men had survived the collapse of the mine 18 days ago.',
  [Q("still", PS, "PRESENT_REF", "August 2010"),
   F("Sunday", REL, "2010-08-22", "Sunday 22 August 2010", "22 August 2010"),
   F("18 days ago", REL, "2010-08-05", "Thursday 5 August 2010", "on 5 August 2010")],
  note="Wire copy. '18 days ago' is in the reporter's voice, counted from publication.")

I("L084", "2021-01-08", AS_OF,
  '"At the moment our intensive care units are at 120 per cent of capacity," the hospital\'s medical director said on Friday.',
  [Q("At the moment", PS, "PRESENT_REF", "January 2021"),
   F("Friday", REL, "2021-01-08", "Friday 8 January 2021", "8 January 2021")],
  note="UK.")

I("L085", "2019-03-29", AS_OF,
  '"I am not currently in a position to support the deal," the MP said this afternoon, ahead of a vote that was lost by 58 votes.',
  [Q("currently", PS, "PRESENT_REF", "March 2019"),
   F("this afternoon", REL, "2019-03-29TAF", "the afternoon of 29 March 2019", "on the afternoon of 29 March 2019")],
  note="UK.")

I("L086", "2015-09-03", AS_OF,
  '"We have already taken in more refugees per capita than any other country," the minister said yesterday.',
  [Q("already", PS, "PRESENT_REF", "September 2015"),
   F("yesterday", REL, "2015-09-02", "Wednesday 2 September 2015", "on 2 September 2015")],
  note="Australian paper.")

I("L087", "2023-09-12", "2023-09-19",
  '"We will announce the decision on October 1," the committee chair said on Monday.',
  [Q("October 1", REL, "2023-10-01", "1 October 2023", dir="future"),
   F("Monday", REL, "2023-09-11", "Monday 11 September 2023", "11 September 2023")],
  note="as_of one week later: 1 October is still ahead, so relative_date even though it is an announced plan; inside a quote, so attribution note only.")

I("L088", "2018-02-15", AS_OF,
  "The Reserve Bank of India will announce its next policy decision on April 5, and economists expect rates to stay on hold until the second half of the year.",
  [F("April 5", TF, "2018-04-05", "5 April 2018", "the decision was due on 5 April 2018: check what happened"),
   F("the second half of the year", TF, "2018-H2", "the second half of 2018", "rates were expected to stay on hold until the second half of 2018: check what happened")],
  note="Indian paper. 'its next policy decision' is not a time expression; the date after it is flagged.")

I("L089", "2018-02-15", AS_OF,
  "Next year, the company plans to open 40 stores in China.",
  [F("Next year", TF, "2019", "2019", "the openings were planned for 2019: check what happened")],
  note="Sentence-initial then_future.")

I("L090", "2018-02-15", "2018-08-15",
  "The company plans to open 40 stores in China next year and a further 60 in 2020.",
  [F("next year", REL, "2019", "2019", "in 2019", dir="future")],
  note="as_of six months after publication: 2019 is still ahead, so relative_date. 'in 2020' is absolute and after as_of: not flagged.")

I("L091", "2002-12-31", AS_OF,
  "Higher national insurance contributions take effect in April, the Treasury confirmed today.",
  [F("April", TF, "2003-04", "April 2003", "the rise was due to take effect in April 2003: check what happened"),
   F("today", REL, "2002-12-31", "Tuesday 31 December 2002", "on 31 December 2002")],
  note="UK, year end: the bare month points into the next year.")

I("L092", "1998-11-03", AS_OF,
  "Polls opened at 7 a.m. today and will stay open until 8 p.m., election officials said.",
  [F("7 a.m. today", REL, "1998-11-03T07:00", "7 a.m. on Tuesday 3 November 1998", "7 a.m. on 3 November 1998"),
   F("8 p.m.", REL, "1998-11-03T20:00", "8 p.m. on Tuesday 3 November 1998", "8 p.m. on 3 November 1998",
     note="A bare clock time reads as today; same-day future is relative_date.")],
  extra=["Polls opened at 7 a.m. on 3 November 1998 and stayed open until 8 p.m., election officials said."],
  note="US local, election day.")

I("L093", "2018-02-15", AS_OF,
  "Sarah Collins, 61, a retired teacher from Leeds, has lived on the street for more than a decade.",
  [F("61", RUN, "P61Y", "61 years old in February 2018", "then 61"),
   F("more than a decade", RUN, "P10Y", "more than ten years as of February 2018", "more than a decade as of February 2018")],
  extra=["Sarah Collins, then 61, a retired teacher from Leeds, had lived on the street for more than a decade as of February 2018."],
  note="UK. Ages are running figures (contract); the suggestion keeps the figure and marks it as past.")

I("L094", "2013-07-05", AS_OF,
  "The driver, aged 24, was charged with dangerous driving and will appear in Parramatta Local Court next month.",
  [F("aged 24", RUN, "P24Y", "24 years old in July 2013", "then aged 24"),
   F("next month", TF, "2013-08", "August 2013", "the court appearance was due in August 2013: check what happened")],
  note="Australian paper.")

I("L095", "2019-04-16", AS_OF,
  "A 17-year-old from Ohio has been named valedictorian after maintaining a perfect grade point average for four years.",
  [F("17-year-old", RUN, "P17Y", "17 years old in April 2019", "then-17-year-old")],
  note="US. 'for four years' is a completed span (high school), not running at publication.")

I("L096", "2004-03-10", AS_OF,
  "Maria Lopez has run the diner on Main Street for 20 years and says she has no plans to retire.",
  [F("20 years", RUN, "P20Y", "20 years as of March 2004", "20 years as of March 2004")],
  extra=["As of March 2004, Maria Lopez had run the diner on Main Street for 20 years and said she had no plans to retire."],
  note="US local. A duration still running at publication.")

I("L097", "2016-08-31", AS_OF,
  "So far this year, more than 270,000 migrants have crossed the Mediterranean to Europe, the International Organization for Migration said on Wednesday.",
  [F("So far this year", RUN, "2016", "1 January to 31 August 2016", "Between 1 January and 31 August 2016"),
   F("Wednesday", REL, "2016-08-31", "Wednesday 31 August 2016", "31 August 2016")],
  extra=["Between 1 January and 31 August 2016, more than 270,000 migrants crossed the Mediterranean to Europe, the International Organization for Migration said on 31 August 2016."],
  note="Wire copy, month end.")

I("L098", "2015-04-27", AS_OF,
  "The death toll from Saturday's earthquake has risen to more than 3,700, officials said on Monday, and rescuers are still searching for survivors in remote villages.",
  [F("Saturday", REL, "2015-04-25", "Saturday 25 April 2015", "25 April 2015"),
   F("has risen to", RUN, "PRESENT_REF", "more than 3,700 as of 27 April 2015", "had by 27 April 2015 risen to"),
   F("Monday", REL, "2015-04-27", "Monday 27 April 2015", "27 April 2015"),
   F("still", PS, "PRESENT_REF", "April 2015", "still, as of April 2015,")],
  extra=["The death toll from the earthquake on 25 April 2015 had risen to more than 3,700 by 27 April 2015, officials said on 27 April 2015, and rescuers were still searching for survivors in remote villages."],
  note="Wire copy.")

I("L099", "2010-01-05", AS_OF,
  "The Burj Khalifa in Dubai, which opened yesterday, is the world's tallest building, standing at 828 metres.",
  [F("yesterday", REL, "2010-01-04", "Monday 4 January 2010", "on 4 January 2010")],
  note="'the world's tallest building' is not flagged (contract: no figure tied to a moving date, no time word).")

I("L100", "2007-05-17", AS_OF,
  "The council, which recently approved plans for 300 homes on the former airfield, is now consulting on a new bypass.",
  [F("recently", PS, "PAST_REF", "shortly before May 2007", "shortly before May 2007"),
   F("now", PS, "PRESENT_REF", "May 2007", "as of May 2007")],
  extra=["The council, which approved plans for 300 homes on the former airfield shortly before May 2007, was consulting on a new bypass as of May 2007."],
  note="UK. 'former' and 'new' are not time expressions.")

I("L101", "2009-11-06", AS_OF,
  "The unemployment rate rose to 10.2 per cent in October, the highest since 1983, according to the latest figures from the Labor Department.",
  [F("October", REL, "2009-10", "October 2009", "October 2009"),
   F("the latest", RUN, "PRESENT_REF", "figures available in November 2009", "the then-latest (November 2009)")],
  extra=["The unemployment rate rose to 10.2 per cent in October 2009, the highest since 1983, according to figures published by the Labor Department in November 2009."],
  note="US wire.")

I("L102", "2020-03-12", AS_OF,
  "Three states have already shut schools and cinemas, and the Centre is considering a nationwide lockdown next week.",
  [F("already", PS, "PRESENT_REF", "March 2020", "by March 2020"),
   F("next week", TF, "2020-W12", "the week of 16 March 2020", "a lockdown was being considered for the week of 16 March 2020: check what happened")],
  note="Indian paper.")

I("L103", "2014-10-20", AS_OF,
  "No new cases of Ebola have been reported in Nigeria so far, and the WHO is expected to declare the country free of the virus today.",
  [F("so far", PS, "PRESENT_REF", "October 2014", "as of October 2014"),
   F("today", REL, "2014-10-20", "Monday 20 October 2014", "on 20 October 2014")],
  note="Wire copy. Same-day expectation: relative_date.")

I("L104", "2018-02-15", AS_OF,
  "Temperatures are forecast to fall below freezing at the weekend, with snow expected on high ground by Sunday.",
  [F("the weekend", TF, "2018-W07-WE", "the weekend of 17-18 February 2018", "the freeze was forecast for the weekend of 17-18 February 2018: check what happened"),
   F("Sunday", TF, "2018-02-18", "Sunday 18 February 2018", "snow was forecast by 18 February 2018: check what happened")],
  note="UK weather.")

I("L105", "2017-12-11", AS_OF,
  "Heavy snow over the weekend closed Birmingham airport and left thousands of homes without power.",
  [F("the weekend", REL, "2017-W49-WE", "the weekend of 9-10 December 2017", "the weekend of 9-10 December 2017")],
  note="UK, Monday publication: the weekend just gone.")

I("L106", "2011-09-09", AS_OF,
  "The prime minister, who took office earlier this year, will address the UN General Assembly later this month.",
  [F("earlier this year", REL, "2011", "earlier in 2011", "earlier in 2011"),
   F("later this month", TF, "2011-09", "later in September 2011", "the address was expected later in September 2011: check what happened")],
  note="'later this month' is then_future although its month contains the publication date: 'later' puts it after publication.")

I("L107", "2019-08-15", AS_OF,
  "A-level results published today show fewer top grades than this time last year.",
  [F("today", REL, "2019-08-15", "Thursday 15 August 2019", "on 15 August 2019"),
   F("this time last year", REL, "2018-08", "August 2018", "in August 2018")],
  extra=["A-level results published on 15 August 2019 showed fewer top grades than in August 2018."],
  note="UK.")

I("L108", "2022-03-02", AS_OF,
  "The airline will cut 1,500 jobs in the coming weeks, it said on Wednesday.",
  [F("the coming weeks", TF, "FUTURE_REF", "the weeks after 2 March 2022", "the cuts were expected in the weeks after 2 March 2022: check what happened"),
   F("Wednesday", REL, "2022-03-02", "Wednesday 2 March 2022", "2 March 2022")],
  note="Vague future: TIMEX3 FUTURE_REF.")

I("L109", "2015-07-01", AS_OF,
  "The chief executive, who has led the bank since 2009, will step down at the end of the year.",
  [F("the end of the year", TF, "2015", "the end of 2015", "he was due to step down at the end of 2015: check what happened")],
  note="'has led the bank since 2009' has an explicit year: not flagged.")

I("L110", "2001-06-07", AS_OF,
  "Results of the inquiry will be published in two weeks' time.",
  [F("two weeks' time", TF, "2001-W25", "around 21 June 2001, the week of 18 June 2001", "the results were expected around 21 June 2001: check what happened")],
  note="UK. Span excludes the preposition 'in'.")

I("L111", "2020-02-28", AS_OF,
  "The new rules take effect on 6 April, and HMRC said on Friday that self-assessment penalties would be waived until the end of next month.",
  [F("6 April", TF, "2020-04-06", "6 April 2020", "the rules were due to take effect on 6 April 2020: check what happened"),
   F("Friday", REL, "2020-02-28", "Friday 28 February 2020", "28 February 2020"),
   F("the end of next month", TF, "2020-03", "the end of March 2020", "penalties were to be waived until the end of March 2020: check what happened")],
  note="UK, leap year (publication the day before 29 February).")

I("L112", "2012-02-29", AS_OF,
  "Voters in Michigan and Arizona went to the polls yesterday, and Super Tuesday is next week.",
  [F("yesterday", REL, "2012-02-28", "Tuesday 28 February 2012", "on 28 February 2012"),
   F("next week", TF, "2012-W10", "the week of 5 March 2012", "Super Tuesday was due in the week of 5 March 2012: check what happened")],
  note="US, leap day. 'Super Tuesday' is a name and is not flagged itself.")

I("L113", "2021-06-30", AS_OF,
  "Sydney's lockdown, which began on Saturday, will last until at least July 9.",
  [F("Saturday", REL, "2021-06-26", "Saturday 26 June 2021", "26 June 2021"),
   F("July 9", TF, "2021-07-09", "9 July 2021", "the lockdown was due to last until at least 9 July 2021: check what happened")],
  note="Australian paper.")

I("L114", "1999-03-24", AS_OF,
  "NATO began air strikes against Yugoslavia tonight, the first attack on a sovereign European state in the alliance's 50-year history.",
  [F("tonight", REL, "1999-03-24TNI", "the night of 24 March 1999", "on the night of 24 March 1999"),
   F("50-year", RUN, "P50Y", "50 years as of March 1999", "then 50-year",
     note="An institution's age works like a person's age: running figure.")],
  note="UK.")

I("L115", "2017-10-02", AS_OF,
  "The suspect, a 64-year-old retired accountant, was arrested late Sunday after a four-hour standoff with police.",
  [F("64-year-old", RUN, "P64Y", "64 years old in October 2017", "then-64-year-old"),
   F("late Sunday", REL, "2017-10-01", "late on Sunday 1 October 2017", "late on 1 October 2017")],
  note="US. 'a four-hour standoff' is a length.")

I("L116", "2016-01-19", AS_OF,
  "Temperatures in Melbourne are forecast to reach 40C on Thursday, and organisers say the extreme heat policy is not in force at the moment.",
  [F("Thursday", TF, "2016-01-21", "Thursday 21 January 2016", "40C was forecast for 21 January 2016: check what happened"),
   F("at the moment", PS, "PRESENT_REF", "January 2016", "as of January 2016")],
  note="Australian paper.")

I("L117", "2013-05-15", AS_OF,
  "Until recently, the factory employed 900 people.",
  [F("recently", PS, "PAST_REF", "shortly before May 2013", "shortly before May 2013")],
  note="Span is 'recently'; 'Until' is a signal word and stays.")

I("L118", "2018-02-15", AS_OF,
  "The inquiry will resume next Tuesday, after hearing evidence from the former chief executive last Friday.",
  [F("next Tuesday", TF, "2018-02-20", "Tuesday 20 February 2018", "the inquiry was due to resume on 20 February 2018: check what happened",
     note="'next Tuesday' read as the coming Tuesday."),
   F("last Friday", REL, "2018-02-09", "Friday 9 February 2018", "on 9 February 2018")],
  note="UK.")

I("L119", "2022-11-24", AS_OF,
  "Nurses have been on strike since Tuesday, and talks with the health secretary are due to resume on Monday.",
  [F("Tuesday", REL, "2022-11-22", "Tuesday 22 November 2022", "22 November 2022"),
   F("Monday", TF, "2022-11-28", "Monday 28 November 2022", "talks were due to resume on 28 November 2022: check what happened")],
  note="'since Tuesday': the preposition stays.")

I("L120", "2019-01-15", AS_OF,
  "Profits rose 8 per cent on last year's record, the company said this morning.",
  [F("last year", REL, "2018", "2018", "2018"),
   F("this morning", REL, "2019-01-15TMO", "the morning of 15 January 2019", "on the morning of 15 January 2019")],
  extra=["Profits rose 8 per cent on the 2018 record, the company said on the morning of 15 January 2019."],
  note="Possessive 'last year's'.")

I("L121", "2016-03-04", "2016-03-11",
  '"We will know by Monday whether the factory can be saved," the union leader said yesterday.',
  [Q("Monday", TF, "2016-03-07", "Monday 7 March 2016"),
   F("yesterday", REL, "2016-03-03", "Thursday 3 March 2016", "on 3 March 2016")],
  note="as_of one week later: the Monday has passed, then_future inside a quote.")

I("L122", "2006-12-29", AS_OF,
  "The New Year's Eve fireworks display will go ahead on Sunday despite the forecast, the council said, and the bridge will reopen to traffic by 6am on New Year's Day.",
  [F("Sunday", TF, "2006-12-31", "Sunday 31 December 2006", "the display was due on 31 December 2006: check what happened"),
   F("6am on New Year's Day", TF, "2007-01-01T06:00", "6am on 1 January 2007", "the bridge was due to reopen by 6am on 1 January 2007: check what happened")],
  note="Australian paper. 'The New Year's Eve fireworks display' names the event; the date expressions are 'Sunday' and 'New Year's Day'.")


# =====================================================================
# News paragraphs
# =====================================================================
N("N01", "2019-01-17", AS_OF,
  'Theresa May survived a vote of no confidence in her government by 19 votes last night, a day after MPs rejected her Brexit deal by 230 votes. The prime minister, who has now invited opposition leaders to cross-party talks, said this morning that she would return to the Commons with a revised plan on Monday. Jeremy Corbyn, the Labour leader, has so far refused to take part unless a no-deal exit is ruled out. "The government is still pretending that nothing has changed," he told reporters yesterday. Britain is due to leave the European Union on 29 March, and business groups warned that firms were already stockpiling goods. Mrs May, 62, has led the Conservatives since July 2016. A second vote on the deal is expected later this month, although some ministers privately believe it could slip to February.',
  [F("last night", REL, "2019-01-16TNI", "the night of 16 January 2019", "on the night of 16 January 2019"),
   F("now", PS, "PRESENT_REF", "January 2019", "by January 2019"),
   F("this morning", REL, "2019-01-17TMO", "the morning of 17 January 2019", "on the morning of 17 January 2019"),
   F("Monday", TF, "2019-01-21", "Monday 21 January 2019", "the revised plan was expected on 21 January 2019: check what happened"),
   F("so far", PS, "PRESENT_REF", "January 2019", "as of January 2019"),
   Q("still", PS, "PRESENT_REF", "January 2019"),
   F("yesterday", REL, "2019-01-16", "Wednesday 16 January 2019", "on 16 January 2019"),
   F("29 March", TF, "2019-03-29", "29 March 2019", "Brexit was due on 29 March 2019: check what happened"),
   F("already", PS, "PRESENT_REF", "January 2019", "by January 2019"),
   F("62", RUN, "P62Y", "62 years old in January 2019", "then 62", ctx="May, 62,"),
   F("later this month", TF, "2019-01", "later in January 2019", "the second vote was expected later in January 2019: check what happened"),
   F("February", TF, "2019-02", "February 2019", "a slip to February 2019 was feared: check what happened")],
  note="UK politics, broadsheet. Not flagged: 'a day after' (anchored on last night), 'since July 2016' (explicit).")

N("N02", "2008-10-03", AS_OF,
  'The House of Representatives approved a $700 billion rescue of the financial system on Friday, four days after rejecting an earlier version of the plan, and President George W. Bush signed the bill into law within hours. Stocks closed lower, and the Dow Jones industrial average has fallen nearly 25 per cent so far this year. The Labor Department said employers cut 159,000 jobs in September, the ninth straight month of losses and the most since March 2003. Treasury officials said they hoped to begin buying troubled mortgage assets by the end of the month, and the Federal Reserve is widely expected to cut interest rates at its meeting on October 29. "We are not out of the woods yet," said one senior banker, who has worked on Wall Street for 30 years. "Nobody knows how many more banks will fail before the end of the year."',
  [F("Friday", REL, "2008-10-03", "Friday 3 October 2008", "3 October 2008"),
   F("so far this year", RUN, "2008", "1 January to 3 October 2008", "between 1 January and 3 October 2008"),
   F("September", REL, "2008-09", "September 2008", "September 2008"),
   F("the end of the month", TF, "2008-10", "the end of October 2008", "purchases were hoped for by the end of October 2008: check what happened"),
   F("October 29", TF, "2008-10-29", "29 October 2008", "a rate cut was expected on 29 October 2008: check what happened"),
   Q("yet", PS, "PRESENT_REF", "October 2008"),
   F("30 years", RUN, "P30Y", "30 years as of October 2008", "30 years as of October 2008"),
   Q("the end of the year", TF, "2008", "the end of 2008")],
  note="US business wire. Not flagged: 'four days after', 'within hours' (anchored on the vote), 'the ninth straight month' (counted to September), 'since March 2003' (explicit).")

N("N03", "2021-05-17", AS_OF,
  'Harbourside City were relegated from the Premier League yesterday after a 2-1 defeat at Northfield Rovers, ending a seven-season stay in the top flight. The club\'s manager, Tomas Lindqvist, 47, who took charge in November, said he intended to stay. "We are hurting now, but this club will come back stronger next season," he said. City\'s form collapsed after Christmas, and their top scorer, Danny Okafor, has already said he will leave when his contract expires this summer. Rovers, who are currently fifth, can still qualify for Europe if results go their way on the final day on Sunday. The club\'s chairman has promised to announce plans for a new stadium later this week. City\'s previous relegation, in 2009, was followed by promotion the following season.',
  [F("yesterday", REL, "2021-05-16", "Sunday 16 May 2021", "on 16 May 2021"),
   F("47", RUN, "P47Y", "47 years old in May 2021", "then 47"),
   F("November", REL, "2020-11", "November 2020", "November 2020"),
   Q("now", PS, "PRESENT_REF", "May 2021"),
   Q("next season", TF, None, "the 2021-22 season"),
   F("Christmas", REL, "2020-12-25", "Christmas 2020 (25 December 2020)", "Christmas 2020", loose=True),
   F("already", PS, "PRESENT_REF", "May 2021", "by May 2021"),
   F("this summer", TF, "2021-SU", "summer 2021", "his contract was due to expire in summer 2021: check what happened"),
   F("currently", PS, "PRESENT_REF", "May 2021", "as of May 2021"),
   F("still", PS, "PRESENT_REF", "May 2021", "still, as of May 2021,"),
   F("Sunday", TF, "2021-05-23", "Sunday 23 May 2021", "the final day was due on 23 May 2021: check what happened"),
   F("later this week", TF, "2021-W20", "later in the week of 17 May 2021", "the stadium plans were promised later in the week of 17 May 2021: check what happened")],
  note="Sport, UK (invented clubs). Not flagged: 'a seven-season stay' (ended), 'in 2009' and 'the following season' (explicit/anchored), 'the final day' (defined by the season; its date 'Sunday' is flagged).")

N("N04", "2016-03-18", AS_OF,
  'A former care home manager was jailed for six years at Leeds Crown Court yesterday for stealing more than £400,000 from elderly residents over a decade. Margaret Hollis, 58, of Wakefield, had denied 14 counts of fraud but was convicted last month after a three-week trial. The judge, Recorder Alan Pryce, said she had "betrayed the trust of people who could not protect themselves". Police said the investigation, which began in 2013, is still continuing and a second defendant will be sentenced on 8 April. Three families are currently suing the care home\'s owners, and a hearing in the civil case is expected next year. "Until now, nobody has been held to account," said Peter Lang, whose 91-year-old mother lived at the home for five years. Hollis will serve half her sentence before being released on licence.',
  [F("yesterday", REL, "2016-03-17", "Thursday 17 March 2016", "on 17 March 2016"),
   F("58", RUN, "P58Y", "58 years old in March 2016", "then 58", ctx="Hollis, 58,"),
   F("last month", REL, "2016-02", "February 2016", "in February 2016"),
   F("still", PS, "PRESENT_REF", "March 2016", "still, as of March 2016,"),
   F("8 April", TF, "2016-04-08", "8 April 2016", "sentencing was due on 8 April 2016: check what happened"),
   F("currently", PS, "PRESENT_REF", "March 2016", "as of March 2016"),
   F("next year", TF, "2017", "2017", "the civil hearing was expected in 2017: check what happened"),
   Q("Until now", PS, "PRESENT_REF", "March 2016"),
   F("91-year-old", RUN, "P91Y", "91 years old in March 2016", "then-91-year-old")],
  note="Courts, UK. Not flagged: 'for six years' (a sentence length), 'over a decade' (the completed period of the thefts), 'a three-week trial', 'in 2013', 'lived at the home for five years' (past, completed).")

N("N05", "2020-09-17", AS_OF,
  'India\'s coronavirus caseload crossed five million on Wednesday, with more than 90,000 new infections reported in the past 24 hours, the health ministry said today. The country now has the second-highest number of cases in the world after the United States and could overtake it by November, according to some epidemiologists. Maharashtra, the worst-hit state, has so far recorded more than 1.1 million cases. The death toll has risen to 82,066. Health Minister Harsh Vardhan told the Rajya Sabha yesterday that a vaccine could be available early next year. "We are currently testing more than one million samples a day," he said. Schools in most states have been shut since March and will remain closed until at least September 30, while the Indian Premier League cricket tournament begins in the United Arab Emirates on Saturday.',
  [F("Wednesday", REL, "2020-09-16", "Wednesday 16 September 2020", "16 September 2020"),
   F("the past 24 hours", REL, "P1D", "the 24 hours to 17 September 2020", "the 24 hours to 17 September 2020"),
   F("today", REL, "2020-09-17", "Thursday 17 September 2020", "on 17 September 2020"),
   F("now", PS, "PRESENT_REF", "September 2020", "as of September 2020"),
   F("November", TF, "2020-11", "November 2020", "overtaking the US was forecast by November 2020: check what happened"),
   F("so far", PS, "PRESENT_REF", "September 2020", "by September 2020"),
   F("has risen to", RUN, "PRESENT_REF", "82,066 as of 17 September 2020", "had by 17 September 2020 risen to"),
   F("yesterday", REL, "2020-09-16", "Wednesday 16 September 2020", "on 16 September 2020"),
   F("early next year", TF, "2021", "early 2021", "a vaccine was expected in early 2021: check what happened"),
   Q("currently", PS, "PRESENT_REF", "September 2020"),
   F("March", REL, "2020-03", "March 2020", "March 2020"),
   F("September 30", TF, "2020-09-30", "30 September 2020", "schools were to stay closed until at least 30 September 2020: check what happened"),
   F("Saturday", TF, "2020-09-19", "Saturday 19 September 2020", "the IPL was due to begin on 19 September 2020: check what happened")],
  note="Health, Indian paper. 'a day' in 'samples a day' is a rate.")

N("N06", "2019-12-20", AS_OF,
  'Australia recorded its hottest day on record on Wednesday, when the national average maximum temperature reached 41.9C, breaking the record of 40.9C set only the day before. The Bureau of Meteorology said today that the heatwave would continue through the weekend, with temperatures in Adelaide forecast to reach 45C on Saturday. More than 100 bushfires are still burning across New South Wales, and the state government has declared a seven-day state of emergency. Firefighters have been battling the Gospers Mountain blaze north-west of Sydney for almost two months. "This is the worst fire season I have seen in 35 years of service," said a senior Rural Fire Service officer. Cooler conditions are not expected until Christmas Day. This spring was the driest on record in Australia.',
  [F("Wednesday", REL, "2019-12-18", "Wednesday 18 December 2019", "18 December 2019"),
   F("today", REL, "2019-12-20", "Friday 20 December 2019", "on 20 December 2019"),
   F("the weekend", TF, "2019-W51-WE", "the weekend of 21-22 December 2019", "the heatwave was forecast to continue through the weekend of 21-22 December 2019: check what happened"),
   F("Saturday", TF, "2019-12-21", "Saturday 21 December 2019", "45C was forecast for 21 December 2019: check what happened"),
   F("still", PS, "PRESENT_REF", "December 2019", "still, as of December 2019,"),
   F("almost two months", RUN, "P2M", "almost two months as of December 2019", "almost two months as of December 2019"),
   Q("35 years", RUN, "P35Y", "35 years of service as of December 2019"),
   F("Christmas Day", TF, "2019-12-25", "Wednesday 25 December 2019", "cooler conditions were not expected until 25 December 2019: check what happened"),
   F("This spring", REL, "2019-SP", "the southern spring of 2019 (September to November 2019)", "The spring of 2019 (September to November)", southern=True, nocheck=True)],
  note="Weather, Australian paper. Southern-hemisphere spring. Not flagged: 'the day before' (anchored on Wednesday), 'a seven-day state of emergency' (a length).")

N("N07", "2022-03-04", AS_OF,
  'Russian forces seized Europe\'s largest nuclear power plant early on Friday after a fire broke out in a training building during shelling, Ukrainian officials said. The International Atomic Energy Agency said radiation levels at the Zaporizhzhia plant were normal and that the reactors had not been damaged. The attack came as Russian troops pressed their assault on the southern port of Mariupol, where the city council said residents had been without water and electricity for four days. More than 1.2 million people have now fled Ukraine since the invasion began on February 24, according to the United Nations refugee agency, which has warned that the number could reach 4 million by June. Ukraine\'s president, Volodymyr Zelensky, 44, accused Moscow of "nuclear terror". Talks between the two sides are due to resume next week in Belarus.',
  [F("Friday", REL, "2022-03-04", "Friday 4 March 2022", "4 March 2022"),
   F("four days", RUN, "P4D", "four days up to 4 March 2022", "four days as of 4 March 2022"),
   F("now", PS, "PRESENT_REF", "March 2022", "by March 2022"),
   F("February 24", REL, "2022-02-24", "Thursday 24 February 2022", "24 February 2022"),
   F("June", TF, "2022-06", "June 2022", "4 million refugees were forecast by June 2022: check what happened"),
   F("44", RUN, "P44Y", "44 years old in March 2022", "then 44", ctx="Zelensky, 44,"),
   F("next week", TF, "2022-W10", "the week of 7 March 2022", "talks were due to resume in the week of 7 March 2022: check what happened")],
  note="War, wire copy. 'early on Friday': the span is 'Friday', 'early on' stays. Durations in days are dated to the publication day.")

N("N08", "2018-11-07", AS_OF,
  'Democrat Karen Whitfield narrowly won the race for Marion County executive on Tuesday, defeating two-term incumbent Republican Dale Simmons by fewer than 900 votes. Whitfield, 52, a former school board president, will take office on January 1. Simmons had not conceded as of this morning and said he was considering a recount. Turnout reached 61 percent, the highest for a midterm election since 1994, county clerk Rosa Delgado said. Voters also approved a half-cent sales tax increase to fund road repairs, which takes effect in April. The county council, which has been controlled by Republicans for 16 years, will have a Democratic majority from January. "People are tired of waiting," Whitfield told supporters at a downtown hotel on Tuesday night. "Tomorrow, we get to work."',
  [F("Tuesday", REL, "2018-11-06", "Tuesday 6 November 2018", "6 November 2018", occ=1),
   F("52", RUN, "P52Y", "52 years old in November 2018", "then 52", ctx="Whitfield, 52,"),
   F("January 1", TF, "2019-01-01", "1 January 2019", "she was due to take office on 1 January 2019: check what happened"),
   F("this morning", REL, "2018-11-07TMO", "the morning of 7 November 2018", "the morning of 7 November 2018"),
   F("April", TF, "2019-04", "April 2019", "the tax was due to take effect in April 2019: check what happened"),
   F("16 years", RUN, "P16Y", "16 years as of November 2018", "16 years as of November 2018"),
   F("January", TF, "2019-01", "January 2019", "the new majority was due from January 2019: check what happened", ctx="from January"),
   F("Tuesday night", REL, "2018-11-06TNI", "the night of Tuesday 6 November 2018", "on the night of 6 November 2018"),
   Q("Tomorrow", REL, "2018-11-07", "Wednesday 7 November 2018, the day after the speech", ref="2018-11-06",
     note="Said on Tuesday night, so 'Tomorrow' is the publication day: relative_date, not then_future.")],
  note="US local politics, day after election. 'as of this morning': preposition kept. Not flagged: 'two-term incumbent', 'former', 'since 1994'.")

N("N09", "2007-01-10", AS_OF,
  'Apple unveiled its long-awaited mobile phone yesterday, a device that combines a music player, a camera and an internet browser controlled by a touch screen. The iPhone will go on sale in the United States in June, priced at $499, and in Europe in the fourth quarter of the year, with Asia to follow next year. Steve Jobs, the company\'s 51-year-old chief executive, told the Macworld conference in San Francisco that Apple hoped to sell 10 million phones in 2008. Apple shares rose 8 per cent to a record $92.57 and have now gained more than 10 per cent this week. The company, which until now has made computers and music players, also dropped the word "Computer" from its name. Analysts said the phone\'s price could limit sales at first. Cingular, currently the largest mobile operator in the US, will be the exclusive carrier.',
  [F("yesterday", REL, "2007-01-09", "Tuesday 9 January 2007", "on 9 January 2007"),
   F("June", TF, "2007-06", "June 2007", "the US launch was due in June 2007: check what happened"),
   F("the fourth quarter of the year", TF, "2007-Q4", "the fourth quarter of 2007", "the European launch was due in the fourth quarter of 2007: check what happened"),
   F("next year", TF, "2008", "2008", "the Asian launch was expected in 2008: check what happened"),
   F("51-year-old", RUN, "P51Y", "51 years old in January 2007", "then-51-year-old"),
   F("2008", TF, "2008", "2008", "the 10 million target was for 2008: check what happened", ctx="phones in 2008"),
   F("now", PS, "PRESENT_REF", "January 2007", "by January 2007", ctx="have now gained"),
   F("this week", REL, "2007-W02", "the week of 8 January 2007", "in the week of 8 January 2007"),
   F("until now", PS, "PRESENT_REF", "January 2007", "until January 2007"),
   F("currently", PS, "PRESENT_REF", "January 2007", "as of January 2007")],
  note="Technology/business. An absolute year ('in 2008') that was a target between publication and as_of is then_future. Not flagged: 'at first' (anchored on the launch).")

N("N10", "2014-05-16", AS_OF,
  'Narendra Modi\'s Bharatiya Janata Party won a landslide victory in India\'s general election today, securing the first single-party majority in the Lok Sabha in 30 years. With counting almost complete, the BJP had won or was leading in 282 of the 543 seats. The Congress party, which led the outgoing government, was heading for its worst result, with fewer than 50 seats. Mr Modi, 63, who has been chief minister of Gujarat since 2001, is expected to be sworn in as prime minister next week. "India has won. Good days are coming," he wrote on Twitter. The Sensex rose to a record high this morning before falling back. Outgoing prime minister Manmohan Singh will submit his resignation to the president tomorrow. Voting took place in nine phases over five weeks, starting on April 7.',
  [F("today", REL, "2014-05-16", "Friday 16 May 2014", "on 16 May 2014"),
   F("63", RUN, "P63Y", "63 years old in May 2014", "then 63", ctx="Modi, 63,"),
   F("next week", TF, "2014-W21", "the week of 19 May 2014", "the swearing-in was expected in the week of 19 May 2014: check what happened"),
   F("this morning", REL, "2014-05-16TMO", "the morning of 16 May 2014", "on the morning of 16 May 2014"),
   F("tomorrow", TF, "2014-05-17", "Saturday 17 May 2014", "the resignation was due on 17 May 2014: check what happened"),
   F("April 7", REL, "2014-04-07", "Monday 7 April 2014", "7 April 2014")],
  note="Politics, Indian paper. Not flagged: 'in 30 years' (a record measured from today's result), 'since 2001' (explicit), 'outgoing', 'over five weeks', and the quoted 'Good days are coming' (no time expression).")

N("N11", "2021-04-21", AS_OF,
  'A jury in Minneapolis found former police officer Derek Chauvin guilty on Tuesday of murdering George Floyd, whose death last May set off protests around the world. Chauvin, 45, was convicted on all three counts after the jury deliberated for about 10 hours over two days. He was taken into custody immediately and will be sentenced in about eight weeks. "Today, we are able to breathe again," Floyd\'s brother Philonise said at a news conference after the verdict. Three other former officers charged in connection with Floyd\'s death are due to stand trial in August. President Joe Biden, who spoke to the Floyd family by phone yesterday, said the verdict could be "a giant step forward". The Justice Department is currently investigating the city\'s police department, Attorney General Merrick Garland announced this morning.',
  [F("Tuesday", REL, "2021-04-20", "Tuesday 20 April 2021", "20 April 2021"),
   F("last May", REL, "2020-05", "May 2020", "in May 2020"),
   F("45", RUN, "P45Y", "45 years old in April 2021", "then 45", ctx="Chauvin, 45,"),
   F("about eight weeks", TF, "2021-W24", "about eight weeks after 21 April 2021, around the week of 14 June 2021", "sentencing was expected around mid-June 2021: check what happened",
     note="Span excludes 'in'; TIMEX3 value is the approximate week (mod APPROX)."),
   Q("Today", REL, "2021-04-20", "Tuesday 20 April 2021, the day of the verdict", ref="2021-04-20",
     note="Said after Tuesday's verdict: 'Today' is the day of speaking, not the publication day."),
   F("August", TF, "2021-08", "August 2021", "the trial was due in August 2021: check what happened"),
   F("yesterday", REL, "2021-04-20", "Tuesday 20 April 2021", "on 20 April 2021"),
   F("currently", PS, "PRESENT_REF", "April 2021", "as of April 2021"),
   F("this morning", REL, "2021-04-21TMO", "the morning of 21 April 2021", "on the morning of 21 April 2021")],
  note="Courts, US wire. Not flagged: 'for about 10 hours over two days' (a length), 'immediately', 'former'.")

N("N12", "2023-01-12", AS_OF,
  'Hospitals in England are under more pressure now than at any time in the NHS\'s 74-year history, according to the Royal College of Emergency Medicine, which has estimated that between 300 and 500 people are dying each week because of delays in emergency care. Ambulance response times for heart attacks and strokes averaged 93 minutes in December, more than five times the 18-minute target, figures published today show. At least 19 hospital trusts declared critical incidents over the Christmas period. The health secretary, Steve Barclay, said the government had already freed up 2,500 beds and would invest in more community care this winter. Nurses in England are due to strike again next Wednesday and Thursday, and ambulance staff will walk out on 23 January. "We have warned the government repeatedly," said the college\'s president. Waiting lists currently stand at 7.2 million.',
  [F("now", PS, "PRESENT_REF", "January 2023", "as of January 2023"),
   F("74-year", RUN, "P74Y", "74 years as of January 2023", "then 74-year"),
   F("December", REL, "2022-12", "December 2022", "December 2022"),
   F("today", REL, "2023-01-12", "Thursday 12 January 2023", "on 12 January 2023"),
   F("the Christmas period", REL, None, "the Christmas period of 2022", "the Christmas period of 2022",
     note="A holiday period without a year; no single TIMEX3 value, anchor null."),
   F("already", PS, "PRESENT_REF", "January 2023", "by January 2023"),
   F("this winter", REL, "2022-WI", "winter 2022-23 (December 2022 to February 2023)", "in winter 2022-23"),
   F("next Wednesday", TF, "2023-01-18", "Wednesday 18 January 2023", "the nurses' strike was due on 18 January 2023: check what happened"),
   F("Thursday", TF, "2023-01-19", "Thursday 19 January 2023", "and on 19 January 2023: check what happened"),
   F("23 January", TF, "2023-01-23", "23 January 2023", "the ambulance strike was due on 23 January 2023: check what happened"),
   F("currently", PS, "PRESENT_REF", "January 2023", "as of January 2023")],
  note="Health, UK. 'are dying each week' is a rate. 'this winter' contains the publication date, so relative_date even with 'would invest'.")

N("N13", "2011-04-03", AS_OF,
  'India won the cricket World Cup for the first time in 28 years last night, beating Sri Lanka by six wickets in front of 33,000 fans at Mumbai\'s Wankhede Stadium. Captain MS Dhoni, 29, hit an unbeaten 91 and finished the match with a six. Sachin Tendulkar, who was playing in his sixth World Cup, was carried around the ground on his teammates\' shoulders. "This is the proudest moment of my life," said Tendulkar, 37, who made his Test debut in 1989 and has now scored 99 international hundreds. Celebrations in Mumbai continued until 4am today. The team will be honoured at a reception in New Delhi tomorrow, and the players will join their Indian Premier League teams when the tournament begins on Friday. Sri Lanka\'s captain, Kumar Sangakkara, said he would decide on his future in the coming days.',
  [F("last night", REL, "2011-04-02TNI", "the night of 2 April 2011", "on the night of 2 April 2011"),
   F("29", RUN, "P29Y", "29 years old in April 2011", "then 29", ctx="Dhoni, 29,"),
   F("37", RUN, "P37Y", "37 years old in April 2011", "then 37", ctx="Tendulkar, 37,"),
   F("now", PS, "PRESENT_REF", "April 2011", "by April 2011"),
   F("4am today", REL, "2011-04-03T04:00", "4am on Sunday 3 April 2011", "4am on 3 April 2011"),
   F("tomorrow", TF, "2011-04-04", "Monday 4 April 2011", "the reception was due on 4 April 2011: check what happened"),
   F("Friday", TF, "2011-04-08", "Friday 8 April 2011", "the IPL was due to begin on 8 April 2011: check what happened"),
   F("the coming days", TF, "FUTURE_REF", "the days after 3 April 2011", "his decision was expected in the days after 3 April 2011: check what happened")],
  note="Sport, Indian paper. Not flagged: 'for the first time in 28 years' (measured from the win), 'in 1989'.")

N("N14", "2016-05-03", AS_OF,
  'The Reserve Bank of Australia cut the official cash rate to a record low of 1.75 per cent this afternoon, surprising many economists. The move follows figures last week showing that consumer prices fell 0.2 per cent in the March quarter, the first decline since 2008. Governor Glenn Stevens, who will retire in September after 10 years in the role, said inflation was likely to remain low for some time. The Australian dollar fell more than 1 US cent to 75.2 cents within minutes of the decision. The big four banks are now under pressure to pass on the cut in full. Treasurer Scott Morrison will hand down the federal budget tonight, and the election is widely expected to be called on Sunday for July 2. Home prices in Sydney have risen 50 per cent in the past four years.',
  [F("this afternoon", REL, "2016-05-03TAF", "the afternoon of 3 May 2016", "on the afternoon of 3 May 2016"),
   F("last week", REL, "2016-W17", "the week of 25 April 2016", "in the week of 25 April 2016"),
   F("the March quarter", REL, "2016-Q1", "the March quarter of 2016 (January to March 2016)", "the March quarter of 2016"),
   F("September", TF, "2016-09", "September 2016", "he was due to retire in September 2016: check what happened"),
   F("now", PS, "PRESENT_REF", "May 2016", "as of May 2016"),
   F("tonight", REL, "2016-05-03TNI", "the night of 3 May 2016", "on the night of 3 May 2016"),
   F("Sunday", TF, "2016-05-08", "Sunday 8 May 2016", "the election was expected to be called on 8 May 2016: check what happened"),
   F("July 2", TF, "2016-07-02", "2 July 2016", "polling day was expected on 2 July 2016: check what happened"),
   F("the past four years", REL, "P4Y", "the four years to May 2016", "the four years to May 2016")],
  note="Business, Australian paper. Not flagged: 'a record low' (no time word), 'since 2008', 'after 10 years in the role' (measured at his retirement), 'for some time' (vague, not anchored), 'within minutes'.")

N("N15", "2003-04-10", AS_OF,
  'Jubilant crowds in Baghdad toppled a statue of Saddam Hussein yesterday as US troops took control of the centre of the Iraqi capital, three weeks after the war began. The whereabouts of the Iraqi leader, 65, were still unknown this morning. US commanders said fighting was continuing in the northern cities of Mosul and Kirkuk and around Saddam\'s home town of Tikrit, which they expected to attack by the end of the week. Looting broke out across Baghdad overnight. The Pentagon says 101 American soldiers have been killed so far. "It is premature to say the war is over," a Pentagon spokesman said at a briefing on Wednesday. The United Nations Security Council is expected to meet next week to discuss the country\'s post-war administration. Oil prices have fallen more than 30 per cent since March.',
  [F("yesterday", REL, "2003-04-09", "Wednesday 9 April 2003", "on 9 April 2003"),
   F("65", RUN, "P65Y", "65 years old in April 2003", "then 65", ctx="leader, 65,"),
   F("still", PS, "PRESENT_REF", "April 2003", "still, as of April 2003,"),
   F("this morning", REL, "2003-04-10TMO", "the morning of 10 April 2003", "on the morning of 10 April 2003"),
   F("the end of the week", TF, "2003-W15", "the end of the week of 7 April 2003", "an attack on Tikrit was expected by the end of the week of 7 April 2003: check what happened"),
   F("overnight", REL, "2003-04-09TNI", "the night of 9 April 2003 (into 10 April)", "on the night of 9 April 2003"),
   F("so far", PS, "PRESENT_REF", "April 2003", "as of April 2003"),
   F("Wednesday", REL, "2003-04-09", "Wednesday 9 April 2003", "9 April 2003"),
   F("next week", TF, "2003-W16", "the week of 14 April 2003", "the council was expected to meet in the week of 14 April 2003: check what happened"),
   F("March", REL, "2003-03", "March 2003", "March 2003")],
  note="War, wire copy. Not flagged: 'three weeks after the war began' (anchored on the start of the war), 'post-war'. 'The Pentagon says' is a present-tense attribution without a time word.")

N("N16", "2022-06-21", AS_OF,
  'Britain\'s biggest rail strike in more than 30 years brought much of the network to a standstill today, with only a fifth of services running and half of all lines closed. Around 40,000 members of the RMT union walked out in a dispute over pay, jobs and conditions, and further strikes are planned for Thursday and Saturday. Talks between the union and Network Rail broke down yesterday afternoon. "We are still available for negotiations," a union spokeswoman said on a picket line at Euston this morning. Passengers have been warned that disruption will continue into tomorrow because of the late return of staff. The transport secretary, Grant Shapps, said the government would change the law next month to allow agency workers to cover for strikers. Inflation rose to 9 per cent in April, a 40-year high, and is currently expected to peak above 11 per cent in October.',
  [F("today", REL, "2022-06-21", "Tuesday 21 June 2022", "on 21 June 2022"),
   F("Thursday", TF, "2022-06-23", "Thursday 23 June 2022", "a strike was planned for 23 June 2022: check what happened"),
   F("Saturday", TF, "2022-06-25", "Saturday 25 June 2022", "and for 25 June 2022: check what happened"),
   F("yesterday afternoon", REL, "2022-06-20TAF", "the afternoon of 20 June 2022", "on the afternoon of 20 June 2022"),
   Q("still", PS, "PRESENT_REF", "June 2022", ctx="are still"),
   F("this morning", REL, "2022-06-21TMO", "the morning of 21 June 2022", "on the morning of 21 June 2022"),
   F("tomorrow", TF, "2022-06-22", "Wednesday 22 June 2022", "disruption was expected on 22 June 2022: check what happened"),
   F("next month", TF, "2022-07", "July 2022", "the law change was promised for July 2022: check what happened"),
   F("April", REL, "2022-04", "April 2022", "April 2022"),
   F("currently", PS, "PRESENT_REF", "June 2022", "as of June 2022"),
   F("October", TF, "2022-10", "October 2022", "the peak was expected in October 2022: check what happened")],
  note="Transport/strikes, UK. Not flagged: 'in more than 30 years' and 'a 40-year high' (records measured from the event).")

N("N17", "2012-08-06", AS_OF,
  'NASA\'s Curiosity rover landed safely on Mars late last night after a nail-biting descent that engineers had called "seven minutes of terror". The car-sized robot, which left Earth in November, touched down in Gale Crater at 10:32 p.m. Pacific time on Sunday and sent back its first black-and-white images within minutes. Mission managers said this morning that the rover was healthy and that they would spend the next few weeks checking its instruments before it starts driving. "The wheels of Curiosity have begun to blaze the path for human footprints on Mars," NASA\'s administrator said. The $2.5 billion mission is expected to last at least two years. The last NASA rover to land on Mars, Opportunity, arrived in 2004 and is still operating. Curiosity\'s first colour panorama is expected on Wednesday.',
  [F("late last night", REL, "2012-08-05TNI", "late on the night of 5 August 2012", "late on the night of 5 August 2012"),
   F("November", REL, "2011-11", "November 2011", "November 2011"),
   F("Sunday", REL, "2012-08-05", "Sunday 5 August 2012", "5 August 2012"),
   F("this morning", REL, "2012-08-06TMO", "the morning of 6 August 2012", "on the morning of 6 August 2012"),
   F("the next few weeks", TF, "FUTURE_REF", "the weeks after 6 August 2012", "instrument checks were planned for the weeks after 6 August 2012: check what happened"),
   F("still", PS, "PRESENT_REF", "August 2012", "still, as of August 2012,"),
   F("Wednesday", TF, "2012-08-08", "Wednesday 8 August 2012", "the panorama was expected on 8 August 2012: check what happened")],
  note="Science, US. '10:32 p.m. Pacific time' is a clock time fixed by 'on Sunday', which is the flagged span. Not flagged: 'seven minutes of terror' (quoted nickname, a length), 'within minutes', 'at least two years' (a planned length not anchored on publication), 'in 2004', 'The last NASA rover' ('last' = most recent before Curiosity, fixed by the landing).")

N("N18", "1998-04-11", AS_OF,
  'Northern Ireland\'s political parties reached a historic peace agreement in Belfast yesterday after almost two years of negotiations, ending a marathon final session that ran through the night. The deal, which still needs the approval of voters on both sides of the Irish border, will be put to referendums on 22 May. Tony Blair, who arrived in Belfast on Tuesday, said the agreement offered "a new beginning". "Today, Good Friday, is a day when the burden of history can at last start to be lifted," a senior British official said last night. The agreement creates a new assembly, elections to which are expected in June. The Ulster Unionist leader, David Trimble, 53, must persuade his party\'s ruling council to back the deal next week.',
  [F("yesterday", REL, "1998-04-10", "Friday 10 April 1998", "on 10 April 1998"),
   F("still", PS, "PRESENT_REF", "April 1998", "still, as of April 1998,"),
   F("22 May", TF, "1998-05-22", "22 May 1998", "the referendums were due on 22 May 1998: check what happened"),
   F("Tuesday", REL, "1998-04-07", "Tuesday 7 April 1998", "7 April 1998"),
   Q("Today", REL, "1998-04-10", "Friday 10 April 1998, the day the words were spoken", ref="1998-04-10"),
   Q("Good Friday", REL, "1998-04-10", "Good Friday, 10 April 1998", ref="1998-04-10", nocheck=True),
   F("last night", REL, "1998-04-10TNI", "the night of 10 April 1998", "on the night of 10 April 1998"),
   F("June", TF, "1998-06", "June 1998", "assembly elections were expected in June 1998: check what happened"),
   F("53", RUN, "P53Y", "53 years old in April 1998", "then 53", ctx="Trimble, 53,"),
   F("next week", TF, "1998-W16", "the week of 13 April 1998", "the council vote was expected in the week of 13 April 1998: check what happened")],
  note="Politics, UK, Saturday publication. The quote was spoken last night, so its 'Today' is 10 April 1998. Not flagged: 'after almost two years of negotiations', 'through the night' (anchored on the final session), 'at last', 'a new beginning'.")

N("N19", "2023-01-20", AS_OF,
  'Google\'s parent company, Alphabet, said today that it would cut 12,000 jobs, about 6 per cent of its workforce, becoming the latest in a string of technology giants to shed staff as the industry adjusts to slowing growth. Microsoft announced 10,000 job cuts on Wednesday, and Amazon began laying off more than 18,000 workers this week. Sundar Pichai, Alphabet\'s chief executive, said in an email to staff that he took "full responsibility" for the decisions. Employees in the United States have already been notified, while the process in other countries will take longer because of local laws. Alphabet will report its fourth-quarter results on February 2. More than 200,000 people have lost jobs at technology companies since the start of last year, according to the tracking site Layoffs.fyi. "The era of easy money is over for now," said one analyst.',
  [F("today", REL, "2023-01-20", "Friday 20 January 2023", "on 20 January 2023"),
   F("the latest", PS, "PRESENT_REF", "January 2023", "the latest, as of January 2023,"),
   F("Wednesday", REL, "2023-01-18", "Wednesday 18 January 2023", "18 January 2023"),
   F("this week", REL, "2023-W03", "the week of 16 January 2023", "in the week of 16 January 2023"),
   F("already", PS, "PRESENT_REF", "January 2023", "by January 2023"),
   F("fourth-quarter", REL, "2022-Q4", "the fourth quarter of 2022", "fourth-quarter 2022",
     note="A quarter named without a year, read from publication."),
   F("February 2", TF, "2023-02-02", "2 February 2023", "results were due on 2 February 2023: check what happened"),
   F("the start of last year", REL, "2022", "the start of 2022", "the start of 2022"),
   Q("for now", PS, "PRESENT_REF", "January 2023",
     note="'for now' asserts a state at the time of speaking; inside a quote.")],
  note="Business/technology, US wire.")

N("N20", "2018-03-02", AS_OF,
  'Heavy snow and freezing temperatures continued to cause disruption across Britain today, with hundreds of schools closed and thousands of drivers stranded overnight on the M80 in Scotland. The Met Office has issued a rare red warning for south-west England and south Wales, which is in force until 3pm tomorrow. Storm Emma, which arrived last night, brought up to 50cm of snow to parts of Dartmoor. At least ten deaths have now been linked to the cold weather since Monday. National Grid warned yesterday that it might not have enough gas to meet demand, and wholesale prices rose to a 12-year high. The cold spell is expected to ease on Sunday, but forecasters warned that rising temperatures next week could bring a risk of flooding as the snow melts. The last winter this severe was in 2010.',
  [F("today", REL, "2018-03-02", "Friday 2 March 2018", "on 2 March 2018"),
   F("overnight", REL, "2018-03-01TNI", "the night of 1 March 2018 (into 2 March)", "on the night of 1 March 2018"),
   F("3pm tomorrow", TF, "2018-03-03T15:00", "3pm on Saturday 3 March 2018", "the warning was due to run until 3pm on 3 March 2018: check what happened"),
   F("last night", REL, "2018-03-01TNI", "the night of 1 March 2018", "on the night of 1 March 2018"),
   F("now", PS, "PRESENT_REF", "March 2018", "by March 2018", ctx="have now"),
   F("Monday", REL, "2018-02-26", "Monday 26 February 2018", "26 February 2018"),
   F("yesterday", REL, "2018-03-01", "Thursday 1 March 2018", "on 1 March 2018"),
   F("Sunday", TF, "2018-03-04", "Sunday 4 March 2018", "the cold was expected to ease on 4 March 2018: check what happened"),
   F("next week", TF, "2018-W10", "the week of 5 March 2018", "flooding was feared in the week of 5 March 2018: check what happened")],
  note="Weather, UK. Not flagged: 'a 12-year high' (measured from the price rise), 'The last winter this severe was in 2010' (explicit year; 'last' = most recent before this one).")

N("N21", "2020-11-07", AS_OF,
  'Joe Biden was projected the winner of the US presidential election this morning, four days after polls closed, when the Associated Press called Pennsylvania for the Democrat. Mr Biden, 77, will be the oldest person to take the oath of office when he is sworn in on January 20. President Donald Trump has so far refused to concede and said his campaign would begin pursuing legal challenges on Monday. "This election is far from over," Mr Trump said in a statement. Vote counting is still under way in Georgia, Arizona and Nevada, where Mr Biden currently leads by narrow margins. Kamala Harris, who will become the first woman to serve as vice-president, is due to address supporters with Mr Biden in Wilmington, Delaware, tonight. Mr Biden turns 78 later this month. Georgia\'s two Senate seats will be decided in run-off elections on January 5.',
  [F("this morning", REL, "2020-11-07TMO", "the morning of 7 November 2020", "on the morning of 7 November 2020"),
   F("77", RUN, "P77Y", "77 years old in November 2020", "then 77", ctx="Biden, 77,"),
   F("January 20", TF, "2021-01-20", "20 January 2021", "the inauguration was due on 20 January 2021: check what happened"),
   F("so far", PS, "PRESENT_REF", "November 2020", "as of November 2020"),
   F("Monday", TF, "2020-11-09", "Monday 9 November 2020", "legal challenges were due to begin on 9 November 2020: check what happened"),
   F("still", PS, "PRESENT_REF", "November 2020", "still, as of November 2020,"),
   F("currently", PS, "PRESENT_REF", "November 2020", "as of November 2020"),
   F("tonight", REL, "2020-11-07TNI", "the night of 7 November 2020", "on the night of 7 November 2020"),
   F("later this month", TF, "2020-11", "later in November 2020", "his 78th birthday fell later in November 2020: check what happened"),
   F("January 5", TF, "2021-01-05", "5 January 2021", "the run-offs were due on 5 January 2021: check what happened")],
  note="Politics, US. Not flagged: 'four days after polls closed' (anchored on polling), 'the oldest person to take the oath' (a record without time word), the quoted 'far from over'. 'turns 78' is an age figure, but its time word 'later this month' is the flagged span.")

N("N22", "2009-06-12", AS_OF,
  'The World Health Organization declared the first global flu pandemic in 41 years yesterday, raising its alert level to the highest phase after the H1N1 swine flu virus spread to 74 countries. Nearly 30,000 cases have been confirmed so far, and the death toll has risen to 144, most of them in Mexico. Dr Margaret Chan, the WHO director-general, said further spread was "inevitable" but that most patients had mild symptoms. Britain has recorded 750 cases to date, the Health Protection Agency said this afternoon. Drug manufacturers are expected to begin producing a vaccine next month, although supplies are unlikely to be available before September. Health officials in the southern hemisphere, where the flu season is now starting, are particularly concerned. The last pandemic, in 1968, killed about one million people.',
  [F("yesterday", REL, "2009-06-11", "Thursday 11 June 2009", "on 11 June 2009"),
   F("so far", PS, "PRESENT_REF", "June 2009", "as of June 2009"),
   F("has risen to", RUN, "PRESENT_REF", "144 as of 12 June 2009", "had by 12 June 2009 risen to"),
   F("to date", PS, "PRESENT_REF", "June 2009", "as of June 2009"),
   F("this afternoon", REL, "2009-06-12TAF", "the afternoon of 12 June 2009", "on the afternoon of 12 June 2009"),
   F("next month", TF, "2009-07", "July 2009", "vaccine production was expected from July 2009: check what happened"),
   F("September", TF, "2009-09", "September 2009", "supplies were not expected before September 2009: check what happened"),
   F("now", PS, "PRESENT_REF", "June 2009", "as of June 2009")],
  note="Health, wire copy. Not flagged: 'the first ... in 41 years' (measured from the declaration), 'in 1968', 'The last pandemic' (most recent before this one).")

N("N23", "2019-01-28", AS_OF,
  'Novak Djokovic won a record seventh Australian Open title last night, beating Rafael Nadal 6-3, 6-2, 6-3 in just over two hours at Melbourne Park. The Serb, 31, has now won 15 grand slam singles titles, moving past Pete Sampras into third on the all-time list behind Roger Federer and Nadal. It is his third consecutive major title after victories at Wimbledon and the US Open last year. "I\'m still amazed by what has happened over the last 12 months," Djokovic said, referring to the elbow surgery he had a year ago. Naomi Osaka, 21, won the women\'s title on Saturday and will become world No.1 when the new rankings are published today. Djokovic will next play for Serbia in the Davis Cup in February, while Nadal said he would return at the Mexican Open next month. Federer, 37, holds the record with 20 grand slam titles.',
  [F("last night", REL, "2019-01-27TNI", "the night of 27 January 2019", "on the night of 27 January 2019"),
   F("31", RUN, "P31Y", "31 years old in January 2019", "then 31", ctx="Serb, 31,"),
   F("now", PS, "PRESENT_REF", "January 2019", "by January 2019"),
   F("last year", REL, "2018", "2018", "in 2018"),
   Q("still", PS, "PRESENT_REF", "January 2019"),
   Q("the last 12 months", REL, "P12M", "the 12 months to January 2019"),
   F("a year ago", REL, "2018", "2018, about a year before January 2019", "in early 2018"),
   F("21", RUN, "P21Y", "21 years old in January 2019", "then 21", ctx="Osaka, 21,"),
   F("Saturday", REL, "2019-01-26", "Saturday 26 January 2019", "26 January 2019"),
   F("today", REL, "2019-01-28", "Monday 28 January 2019", "on 28 January 2019"),
   F("February", TF, "2019-02", "February 2019", "his Davis Cup appearance was expected in February 2019: check what happened"),
   F("next month", TF, "2019-02", "February 2019", "Nadal's return was expected in February 2019: check what happened"),
   F("37", RUN, "P37Y", "37 years old in January 2019", "then 37", ctx="Federer, 37,")],
  note="Sport, Australian paper. 'a year ago' takes year granularity; the suggestion can be more specific. Not flagged: 'in just over two hours' (a length), 'his third consecutive major title' (counted at this win), 'holds the record' (present tense without a time word), 'world No.1' (no time word).")

N("N24", "2019-05-02", AS_OF,
  'The Central Board of Secondary Education declared the Class 12 results today, with 83.4 per cent of the 1.2 million students who sat the exams passing, up from 83.01 per cent last year. Two students, both from Uttar Pradesh, jointly topped the country with 499 marks out of 500. Girls outperformed boys, with a pass rate of 88.7 per cent. The Class 10 results are expected next week, the board said, and the results of re-evaluation requests will be announced by the end of the month. Admissions to Delhi University\'s undergraduate courses begin on May 22, and the first cut-off list will be released in June. "Students who have not yet received their mark sheets can currently download them from the DigiLocker app," a board official said. The results were declared 24 days earlier than in 2018.',
  [F("today", REL, "2019-05-02", "Thursday 2 May 2019", "on 2 May 2019"),
   F("last year", REL, "2018", "2018", "in 2018"),
   F("next week", TF, "2019-W19", "the week of 6 May 2019", "the Class 10 results were expected in the week of 6 May 2019: check what happened"),
   F("the end of the month", TF, "2019-05", "the end of May 2019", "re-evaluation results were expected by the end of May 2019: check what happened"),
   F("May 22", TF, "2019-05-22", "22 May 2019", "admissions were due to begin on 22 May 2019: check what happened"),
   F("June", TF, "2019-06", "June 2019", "the first cut-off list was due in June 2019: check what happened"),
   Q("yet", PS, "PRESENT_REF", "May 2019"),
   Q("currently", PS, "PRESENT_REF", "May 2019")],
  note="Education, Indian paper. Not flagged: '24 days earlier than in 2018' (explicit year).")

N("N25", "2022-08-26", AS_OF,
  'Household energy bills in Great Britain will rise by 80 per cent to an average of £3,549 a year from October 1, the regulator Ofgem announced this morning. The increase, which comes after a 54 per cent rise in April, will take the price cap to almost three times what it was a year ago. Ofgem said the cap would be updated every three months rather than every six. The consultancy Cornwall Insight forecasts that bills could reach £5,386 in January and £6,616 next April. Tens of thousands of people have so far signed up to a campaign pledging not to pay their bills. The two candidates to replace Boris Johnson as Conservative leader have both promised further help, and the winner will be announced on September 5. "This is a catastrophe for millions of families," said a consumer campaigner who has worked on energy costs for more than a decade.',
  [F("October 1", TF, "2022-10-01", "1 October 2022", "the rise was due on 1 October 2022: check what happened"),
   F("this morning", REL, "2022-08-26TMO", "the morning of 26 August 2022", "on the morning of 26 August 2022"),
   F("April", REL, "2022-04", "April 2022", "April 2022"),
   F("a year ago", REL, "2021", "2021, a year before August 2022", "in August 2021"),
   F("January", TF, "2023-01", "January 2023", "£5,386 was forecast for January 2023: check what happened"),
   F("next April", TF, "2023-04", "April 2023", "£6,616 was forecast for April 2023: check what happened"),
   F("so far", PS, "PRESENT_REF", "August 2022", "by August 2022"),
   F("September 5", TF, "2022-09-05", "5 September 2022", "the winner was due to be announced on 5 September 2022: check what happened"),
   F("more than a decade", RUN, "P10Y", "more than ten years as of August 2022", "more than a decade as of August 2022")],
  note="Energy/business, UK. Not flagged: '£3,549 a year' (a rate), 'every three months' (a frequency).")


# =====================================================================
# Build + checks
# =====================================================================
def build_finding(item, spec, pub, as_of, errors):
    text = item["text"]
    if spec["ctx"]:
        cs, ce = locate(text, spec["ctx"], 1)
        off = spec["ctx"].index(spec["phrase"])
        start, end = cs + off, cs + off + len(spec["phrase"])
    else:
        start, end = locate(text, spec["phrase"], spec["occ"])
    assert text[start:end] == spec["phrase"]
    if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        errors.append(f"{item['id']} {spec['phrase']!r}: span is inside a longer word")
    q = in_quote(text, start, end)
    if q != bool(spec.get("_quote")):
        errors.append(f"{item['id']} {spec['phrase']!r}: in_quote={q} but labelled {bool(spec.get('_quote'))}")
    cls, anchor = spec["cls"], spec["anchor"]
    f = {"start": start, "end": end, "text": spec["phrase"], "class": cls,
         "anchor": anchor, "reads_as": spec["reads_as"], "in_quote": q}
    if q:
        said = spec["said"] or pub_month(pub)
        f["suggestion"] = spec["sugg"] or quote_note(f, said)
    else:
        f["suggestion"] = spec["sugg"]
    if spec["note"]:
        f["note"] = spec["note"]
    _check(item["id"], f, spec, pub, as_of, errors, text)
    return f


def _check(iid, f, spec, pub, as_of, errors, text):
    tag = f"{iid} {f['text']!r}"
    if f["class"] not in CLASSES:
        errors.append(f"{tag}: bad class")
    a = f["anchor"]
    if a is not None and not ANCHOR_RE.match(a):
        errors.append(f"{tag}: bad anchor {a}")
    if not f["suggestion"]:
        errors.append(f"{tag}: no suggestion")
        return
    # independent resolver
    ref = D.fromisoformat(spec["ref"]) if spec["ref"] else pub
    direction = spec["dir"] or ("future" if f["class"] == TF else "past")
    if not spec["nocheck"] and a is not None and not a.endswith("_REF") and not a.startswith("P"):
        r = resolve(f["text"], ref, direction)
        base = a.split("T")[0] if "T" in a and r and "T" not in r else a
        if r is not None and r != base and r != a:
            errors.append(f"{tag}: anchor {a} but resolver says {r}")
    # weekday consistency
    for i, wd in enumerate(WEEKDAYS):
        if wd.lower() in f["text"].lower() and a and len(a) >= 10 and a[4] == "-" and a[7] == "-":
            if D.fromisoformat(a[:10]).weekday() != i:
                errors.append(f"{tag}: weekday mismatch with {a}")
        if wd in f["reads_as"] and a and len(a) >= 10 and a[7] == "-":
            if D.fromisoformat(a[:10]).weekday() != i:
                errors.append(f"{tag}: reads_as weekday mismatch with {a}")
    # date strings present
    if not spec["southern"]:
        for s in dates_in_anchor_text(a):
            if s not in f["reads_as"]:
                errors.append(f"{tag}: reads_as {f['reads_as']!r} lacks {s!r}")
            if not f["in_quote"] and s.lower() not in f["suggestion"].lower() and f["class"] != TF \
                    and not spec["loose"]:
                errors.append(f"{tag}: suggestion {f['suggestion']!r} lacks {s!r}")
    # class vs time
    b = anchor_bounds(a, spec["southern"])
    asof = as_of
    if f["class"] == TF:
        if b:
            if not (b[1] < asof):
                errors.append(f"{tag}: then_future anchor {a} not before as_of {asof}")
            if not (b[0] > pub or any(w in f["text"].lower() for w in ("later", "end of"))):
                errors.append(f"{tag}: then_future anchor {a} does not start after publication")
        if not f["in_quote"] and "check what happened" not in f["suggestion"]:
            errors.append(f"{tag}: then_future note lacks 'check what happened'")
    if f["class"] == REL and b and b[0] > pub and b[1] < asof:
        errors.append(f"{tag}: relative_date lies between publication and as_of: should be then_future")
    if f["class"] == PS and a not in ("PRESENT_REF", "PAST_REF"):
        errors.append(f"{tag}: present_state anchor {a}")
    if f["class"] in (PS, RUN) and not f["in_quote"] and str(pub.year) not in f["suggestion"] \
            and not f["suggestion"].startswith("then"):
        errors.append(f"{tag}: suggestion lacks publication year")
    if f["class"] == RUN and a not in ("PRESENT_REF",) and not (a and (a.startswith("P") or a.isdigit())):
        errors.append(f"{tag}: running_figure anchor {a}")
    if f["in_quote"] and not f["suggestion"].startswith("said"):
        errors.append(f"{tag}: quote suggestion must be an attribution note")
    # capitalisation at sentence start
    st = f["start"]
    sentence_start = st == 0 or text[max(0, st - 2):st] in (". ", "? ", "! ") or text[max(0, st - 1):st] == '"'
    if sentence_start and not f["in_quote"] and f["class"] != TF:
        c = f["suggestion"][0]
        if c.isalpha() and not c.isupper():
            errors.append(f"{tag}: sentence-initial span needs capitalised suggestion")


def build(items, with_rewrites, errors):
    out = []
    for it in items:
        pub = D.fromisoformat(it["pub"])
        as_of = D.fromisoformat(it["as_of"])
        assert as_of > pub, it["id"]
        fs = [build_finding(it, s, pub, as_of, errors) for s in it["findings"]]
        fs.sort(key=lambda f: f["start"])
        for x, y in zip(fs, fs[1:]):
            if y["start"] < x["end"]:
                errors.append(f"{it['id']}: overlapping spans {x['text']!r} / {y['text']!r}")
        rec = {"id": it["id"], "published": it["pub"], "as_of": it["as_of"],
               "text": it["text"], "findings": fs}
        if with_rewrites:
            mech = apply_rewrites(it["text"], fs)
            rw = [it["rewrites"]] if it["rewrites"] else [mech]
            for e in it["extra"]:
                if e not in rw:
                    rw.append(e)
            if not fs and rw != [it["text"]]:
                errors.append(f"{it['id']}: trap must rewrite to itself")
            # unchanged text must survive in quote / then_future spans
            for f in fs:
                if f["in_quote"] or f["class"] == TF:
                    for w in rw:
                        if f["text"] not in w:
                            errors.append(f"{it['id']}: unapplied span {f['text']!r} missing from rewrite {w!r}")
                elif rw[0].count(f["text"]) >= it["text"].count(f["text"]) and f["text"] not in f["suggestion"]:
                    errors.append(f"{it['id']}: span {f['text']!r} not rewritten")
            # quoted passages must survive verbatim in every rewrite
            import re as _re
            for qt in _re.findall(r'"[^"]*"', it["text"]):
                for w in rw:
                    if qt not in w:
                        errors.append(f"{it['id']}: quote {qt!r} altered in rewrite")
            rec["rewrites"] = rw[:3]
        if it.get("note"):
            rec["note"] = it["note"]
        out.append(rec)
    return out


def main():
    errors = []
    ids = [i["id"] for i in SHORT] + [i["id"] for i in NEWS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    short = build(SHORT, True, errors)
    news = build(NEWS, False, errors)
    for n in NEWS:
        wc = word_count(n["text"])
        if not 120 <= wc <= 250:
            errors.append(f"{n['id']}: {wc} words")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} errors")
        sys.exit(1)
    with open(os.path.join(HERE, "blind-lens.jsonl"), "w") as fh:
        for r in short:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "blind-lens-news.jsonl"), "w") as fh:
        for r in news:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for name, recs in (("blind-lens.jsonl", short), ("blind-lens-news.jsonl", news)):
        c = Counter(f["class"] for r in recs for f in r["findings"])
        nq = sum(1 for r in recs if any(f["in_quote"] for f in r["findings"]))
        fq = sum(1 for r in recs for f in r["findings"] if f["in_quote"])
        empty = sum(1 for r in recs if not r["findings"])
        asof = Counter(r["as_of"] == AS_OF for r in recs)
        print(f"{name}: {len(recs)} items, {sum(c.values())} findings {dict(c)}; "
              f"{empty} with no finding; {nq} items / {fq} findings in quotes; "
              f"as_of {AS_OF}: {asof[True]}, other: {asof[False]}")


if __name__ == "__main__":
    main()
