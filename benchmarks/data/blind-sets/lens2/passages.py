"""Hand-written passages and labels for blind-lens-2. Each finding:
(phrase, kind, {a: date spec, occ/ctx: which occurrence, r: reads_as, s: suggestion,
 prep: preposition for the default suggestion, said: day of speaking}).
kinds: rd relative_date, tf then_future, ps present_state, age/dur/ytd/toll/latest
running_figure, ti title. Date specs are resolved by lens2lib.resolve (datetime)."""

PASSAGES = []


def P(id, published, text, findings, traps=(), note="", as_of="2026-12-01"):
    PASSAGES.append(dict(id=id, published=published, as_of=as_of, text=" ".join(text.split()),
                         findings=findings, traps=list(traps), note=note))


P("M01", "1996-03-01", '''A former bank clerk who stole £240,000 from elderly customers was jailed for six years
at Southwark Crown Court yesterday. Margaret Hale, 52, of Croydon, had pleaded guilty in January to 14 counts
of theft. Judge Peter Amis said the victims, most of whom are still waiting for compensation, had been
"betrayed by someone they trusted". The court heard that Hale, who had worked at the branch for more than
20 years, used the money to pay gambling debts. The bank said last night that it had so far repaid nine of
the 14 customers and hoped to settle the rest by the end of next month. Sentencing of a co-defendant was
adjourned until Tuesday. The case was first reported in 1994.''', [
    ("yesterday", "rd", {"a": "yesterday", "note": "leap day 1996"}),
    ("52", "age"),
    ("January", "rd", {"a": "mon-January"}),
    ("Judge Peter Amis", "ti"),
    ("still", "ps"),
    ("last night", "rd", {"a": "lastnight"}),
    ("so far", "ps"),
    ("the end of next month", "tf", {"a": "month+1", "r": "the end of April 1996",
                                      "s": "the bank hoped to settle by the end of April 1996: check what happened"}),
    ("Tuesday", "tf", {"a": "wd+Tuesday", "s": "sentencing was adjourned until 5 March 1996: check what happened"}),
], traps=["for six years", "for more than 20 years", "in 1994"],
  note="UK court report. 'had worked ... for more than 20 years' is a finished duration (past perfect, she has been jailed), not flagged.")

P("M02", "1997-12-31", '''Shares of Harlow Semiconductor rose 8 percent Wednesday after the chipmaker said it had agreed to
buy rival Teralink for $1.2 billion. The deal, expected to close in the first quarter of next year, would create
the third-largest maker of memory chips in the country. Harlow's stock has lost nearly a third of its value so far
this year as prices for memory chips fell. "We are now positioned to compete with anyone," chief executive Dan
Morrow, 49, said in a statement. Analysts said the company would report annual results next month. Teralink,
founded in 1983, currently employs 2,100 people. Trading in Teralink shares will resume Friday.''', [
    ("Wednesday", "rd", {"a": "wd-Wednesday"}),
    ("the first quarter of next year", "tf", {"a": "quarter+1", "prep": "in "}),
    ("so far this year", "ytd"),
    ("now", "ps"),
    ("49", "age"),
    ("next month", "tf", {"a": "month+1"}),
    ("currently", "ps"),
    ("Friday", "tf", {"a": "wd+Friday"}),
], traps=["founded in 1983", "chief executive Dan Morrow"],
  note="US business wire, year end. Corporate job titles are not labelled as `title`.")

P("M03", "1998-06-30", '''Astronomers have found the most distant galaxy yet seen, a faint smudge of light whose image took
10 days to gather, according to a paper published today in Nature. The team, led by Dr Helen Marsh of the
University of Leicester, used the Keck telescope in Hawaii in March. "It is the oldest object anyone has ever
measured," Dr Marsh said. The galaxy formed roughly 12 billion years ago, when the universe was less than a tenth
of its present age. A second team, which has been studying the same patch of sky for three years, expects to
publish its own measurements next month. Rival groups hope the Hubble Space Telescope's new infrared camera, due
to be installed in 1999, will push the record further.''', [
    ("yet", "ps", {"s": "yet (as of June 1998)"}),
    ("today", "rd", {"a": "today"}),
    ("March", "rd", {"a": "mon-March"}),
    ("three years", "dur", {"a": "P3Y"}),
    ("next month", "tf", {"a": "month+1"}),
    ("1999", "tf", {"a": "1999", "s": "the camera was due to be installed in 1999: check what happened"}),
], traps=["12 billion years ago", "present age", "10 days", "Dr Helen Marsh", "ever"],
  note="UK science. 'Dr' is an academic title, not an office. '12 billion years ago' does not depend on the publication date.")

P("M04", "1999-02-28", '''The Brisbane Broncos opened their premiership campaign with a 24-10 win over the Canterbury
Bulldogs at ANZ Stadium last night, but lost five-eighth Sam Ryland to a hamstring injury. Coach Wayne Bennett said
Ryland, 22, would have scans tomorrow and was unlikely to play against Parramatta next Sunday. "We're still a long
way from where we want to be," Bennett said. The Broncos now face three away games in a row. The league said
crowds at the opening round were up 12 per cent on last year. Tickets for the grand final in September go on sale
on Tuesday.''', [
    ("last night", "rd", {"a": "lastnight"}),
    ("22", "age"),
    ("tomorrow", "tf", {"a": "tomorrow", "s": "the scans were expected on 1 March 1999: check what happened"}),
    ("next Sunday", "tf", {"a": "wd+Sunday"}),
    ("still", "ps"),
    ("now", "ps"),
    ("last year", "rd", {"a": "year-1"}),
    ("September", "tf", {"a": "mon+September", "r": "September 1999"}),
    ("Tuesday", "tf", {"a": "wd+Tuesday"}),
], traps=["Coach Wayne Bennett", "three away games in a row"],
  note="Australian sport (invented player). 'next Sunday' said on a Sunday = the following Sunday, 7 March. A coach is not an office title.")

P("M05", "2000-02-29", '''NEW DELHI: Finance Minister Yashwant Sinha today presented a Budget that raises defence spending by
28 per cent, in the wake of the Kargil conflict last summer. The Budget, the first of the new millennium, also cuts
the number of customs duty rates. Mr Sinha told the Lok Sabha that the fiscal deficit, currently estimated at 5.6 per
cent of GDP, would be brought down to 5.1 per cent by March 2001. Opposition members, who had walked out yesterday
over a separate issue, heckled him for several minutes. "The economy is already on the path of recovery," he said.
The Finance Bill will be taken up for discussion next week, and the new tax rates come into effect on April 1.
Markets, which have gained 40 per cent over the past 12 months, closed higher.''', [
    ("Finance Minister Yashwant Sinha", "ti"),
    ("today", "rd", {"a": "today", "note": "leap day 2000"}),
    ("last summer", "rd", {"a": "lastseason:SU", "r": "summer 1999", "s": "in summer 1999"}),
    ("currently", "ps"),
    ("March 2001", "tf", {"a": "2001-03"}),
    ("yesterday", "rd", {"a": "yesterday"}),
    ("already", "ps"),
    ("next week", "tf", {"a": "week+1"}),
    ("April 1", "tf", {"a": "2000-04-01"}),
    ("the past 12 months", "rd", {"a": "raw:P12M", "r": "the 12 months to 29 February 2000",
                                   "s": "the 12 months to 29 February 2000"}),
], traps=["the first of the new millennium", "for several minutes", "Mr Sinha"],
  note="Indian, Budget day on a leap day. 'by March 2001' is an absolute month inside the window, flagged as then_future.")

P("M06", "2000-09-30", '''Petrol prices will rise by 2p a litre from Monday, the oil companies said yesterday, a fortnight after
fuel protesters brought much of the country to a standstill. Chancellor Gordon Brown is under pressure to cut duty in
his pre-Budget report in November, but Treasury officials insisted last night that no decision had yet been taken.
Hauliers, who are still angry at the level of tax, have given the Government until the middle of next month to act.
"We are not going away," said Brian Dunn, a farmer from Flintshire. Snow and floods have already disrupted deliveries
in parts of Scotland this week. A spokesman for the AA said the average price of unleaded is now 84.9p a litre, the
highest since records began in 1983.''', [
    ("Monday", "tf", {"a": "wd+Monday"}),
    ("yesterday", "rd", {"a": "yesterday"}),
    ("Chancellor Gordon Brown", "ti"),
    ("November", "tf", {"a": "mon+November", "r": "November 2000"}),
    ("last night", "rd", {"a": "lastnight"}),
    ("yet", "ps"),
    ("still", "ps"),
    ("the middle of next month", "tf", {"a": "month+1", "r": "the middle of October 2000",
                                         "s": "the hauliers' deadline was the middle of October 2000: check what happened"}),
    ("already", "ps"),
    ("this week", "rd", {"a": "week"}),
    ("now", "ps"),
], traps=["standstill", "Snow", "a fortnight after", "since records began in 1983"],
  note="UK broadsheet, Saturday. 'a fortnight after' is anchored on the protests. 'standstill'/'Snow' contain still/now.")

P("M07", "2001-04-30", '''SPRINGFIELD, Ill. (AP) — A tornado tore through three rural counties Sunday night, destroying at least 40
homes and injuring 11 people, officials said Monday. Gov. George Ryan declared a state disaster and planned to tour
the damage Tuesday. The National Weather Service said the storm, with winds estimated at 150 mph, was the strongest to
hit the area since 1996. Crews were still clearing debris from roads this morning, and about 3,000 customers remain
without power. "It sounded like a freight train," said Linda Carey, 67, whose farmhouse in Menard County lost its
roof. Utility officials said service should be restored by Wednesday. A Red Cross shelter will stay open through the
weekend.''', [
    ("Sunday night", "rd", {"a": "lastnight", "s": "on the night of 29 April 2001"}),
    ("Monday", "rd", {"a": "wd-Monday"}),
    ("Gov. George Ryan", "ti"),
    ("Tuesday", "tf", {"a": "wd+Tuesday"}),
    ("still", "ps"),
    ("this morning", "rd", {"a": "thismorning"}),
    ("67", "age"),
    ("Wednesday", "tf", {"a": "wd+Wednesday"}),
    ("the weekend", "tf", {"a": "weekend+"}),
], traps=["since 1996", "remain without power"],
  note="US local, AP style ('said Monday' -> 'said on 30 April 2001').")

P("M08", "2002-12-31", '''FRANKFURT (Reuters) - Euro notes and coins, which went into circulation a year ago tomorrow, are now
used for almost all cash payments in the 12 member states, the European Central Bank said on Tuesday. The bank said
about 8.1 billion banknotes were in circulation at the end of November. ECB President Wim Duisenberg, who has said he
will step down next year, told a newspaper this month that inflation should fall below 2 per cent in 2003. Ten
countries, including Poland and Hungary, are due to join the European Union in 2004 but will not adopt the euro for
several years. Trading volumes were thin this week. Financial markets are closed tomorrow for New Year's Day and
will reopen on Thursday.''', [
    ("a year ago tomorrow", "rd", {"a": "yearago+1", "r": "1 January 2002", "s": "on 1 January 2002"}),
    ("now", "ps"),
    ("Tuesday", "rd", {"a": "wd-Tuesday"}),
    ("the end of November", "rd", {"a": "mon-November", "r": "the end of November 2002",
                                    "s": "the end of November 2002"}),
    ("ECB President Wim Duisenberg", "ti"),
    ("next year", "tf", {"a": "year+1"}),
    ("this month", "rd", {"a": "month"}),
    ("2003", "tf", {"a": "2003"}),
    ("2004", "tf", {"a": "2004", "s": "accession was due in 2004: check what happened"}),
    ("this week", "rd", {"a": "week", "note": "2002-12-31 lies in ISO week 2003-W01"}),
    ("tomorrow", "tf", {"a": "tomorrow", "occ": 2}),
    ("Thursday", "tf", {"a": "wd+Thursday"}),
], traps=["for several years", "New Year's Day"],
  note="Wire, year end. 'this week' is ISO 2003-W01 (Monday 30 December 2002). 'New Year's Day' is covered by its 'tomorrow'.")

P("M09", "2003-07-19", '''Hospital waiting lists in England have fallen to their lowest level since 1988, according to figures
published yesterday by the Department of Health. The number of patients waiting more than a year for treatment is now
below 1,000, compared with more than 50,000 five years ago. Health Secretary John Reid, who took up the post last
month, said the figures showed that investment was "already paying off". But the British Medical Association warned
that the latest figures masked long delays for outpatient appointments. The Government's target of a maximum
six-month wait is due to be met by the end of 2005. A report on the NHS in Wales is expected on Monday.''', [
    ("yesterday", "rd", {"a": "yesterday"}),
    ("now", "ps"),
    ("five years ago", "rd", {"a": "ago:5:years"}),
    ("Health Secretary John Reid", "ti"),
    ("last month", "rd", {"a": "month-1"}),
    ("already", "ps"),
    ("the latest figures", "latest"),
    ("2005", "tf", {"a": "2005", "s": "the target was due to be met by the end of 2005: check what happened"}),
    ("Monday", "tf", {"a": "wd+Monday"}),
], traps=["since 1988", "more than a year", "six-month wait"],
  note="UK broadsheet, Saturday.")

P("M10", "2004-03-01", '''Marcus Hill scored 31 points Sunday as Northfield State beat Eastbrook 78-70 to clinch at least a share
of the conference title. Hill, a 22-year-old senior from Dayton, Ohio, has now scored in double figures in 41 straight
games, a school record. "He's the best player I've coached," coach Terry Vance said. The Wildcats (23-5) are currently
ranked 18th in the nation. They close the regular season at Lakeview on Saturday, and the conference tournament begins
next week in Indianapolis. Northfield State last reached the NCAA tournament in 1998. Tickets for Saturday's game sold
out last week, the school said Monday.''', [
    ("Sunday", "rd", {"a": "wd-Sunday", "note": "leap day 2004"}),
    ("22-year-old", "age"),
    ("now", "ps"),
    ("currently", "ps"),
    ("Saturday", "tf", {"a": "wd+Saturday"}),
    ("next week", "tf", {"a": "week+1"}),
    ("Saturday", "tf", {"a": "wd+Saturday", "occ": 2, "s": "the game was due on 6 March 2004: check what happened"}),
    ("last week", "rd", {"a": "week-1"}),
    ("Monday", "rd", {"a": "wd-Monday"}),
], traps=["in 1998", "regular season"],
  note="US college sport, AP style. 'Sunday' is 29 February 2004.")

P("M11", "2005-01-31", '''BAGHDAD, Iraq (AP) — Election officials counted ballots Monday from Iraq's first multiparty vote in half a
century, and said turnout in Sunday's election could reach 60 percent. Final results are not expected until next week,
officials said. Insurgents, who had threatened to "wash the streets in blood," carried out at least nine suicide
bombings during the voting, killing 44 people. The U.S. military death toll in Iraq has risen to 1,436 since the war
began in March 2003. President Bush, speaking at the White House late Monday, called the vote "a resounding success."
The new National Assembly is due to meet for the first time in March and must draft a constitution by August 15.''', [
    ("Monday", "rd", {"a": "wd-Monday"}),
    ("Sunday", "rd", {"a": "wd-Sunday"}),
    ("next week", "tf", {"a": "week+1", "prep": "in ", "s": "final results were expected in the week of 7 February 2005: check what happened"}),
    ("has risen to", "toll"),
    ("President Bush", "ti"),
    ("late Monday", "rd", {"a": "wd-Monday", "r": "late on Monday 31 January 2005", "s": "late on 31 January 2005"}),
    ("March", "tf", {"a": "mon+March", "ctx": "first time in March", "r": "March 2005"}),
    ("August 15", "tf", {"a": "2005-08-15"}),
], traps=["in half a century", "since the war began in March 2003"],
  note="US wire, month end. 'half a century' is measured from the event. 'March 2003' is absolute.")

P("M12", "2006-09-15", '''MUMBAI: Tata Steel said today that it was in talks to buy the Anglo-Dutch steelmaker Corus, in what would be
the largest overseas acquisition yet by an Indian company. The company, which has been in discussions with Corus for
about three months, said no agreement had been reached so far. Corus shares rose 12 per cent in London yesterday on
reports of the approach. Analysts expect a formal offer within weeks. Tata Steel's chairman, Ratan Tata, 68, has said the
group wants to be among the world's 10 largest steelmakers by 2015. The Sensex, which has gained 18 per cent so far this
year, ended 0.6 per cent higher. The company's board meets on Wednesday.''', [
    ("today", "rd", {"a": "today"}),
    ("yet", "ps", {"s": "yet (as of September 2006)"}),
    ("about three months", "dur", {"a": "P3M"}),
    ("so far", "ps", {"ctx": "reached so far"}),
    ("yesterday", "rd", {"a": "yesterday"}),
    ("within weeks", "tf", {"a": "FUTURE_REF", "r": "in the weeks after 15 September 2006",
                            "s": "an offer was expected in the weeks after 15 September 2006: check what happened"}),
    ("68", "age"),
    ("2015", "tf", {"a": "2015"}),
    ("so far this year", "ytd"),
    ("Wednesday", "tf", {"a": "wd+Wednesday"}),
], traps=["Tata Steel's chairman, Ratan Tata"],
  note="Indian business (modelled on the Corus talks). A company chairman is not an office title.")

P("M13", "2007-05-27", '''Gordon Brown will unveil a draft legislative programme within weeks of succeeding Tony Blair as prime
minister next month, his aides said last night. Mr Brown, who has been Chancellor for 10 years, is the only candidate
for the Labour leadership and will be confirmed at a special conference in Manchester on June 24. Prime Minister Tony
Blair, who is currently on a farewell tour of Africa, flew to Sierra Leone yesterday. The Conservatives, who have led
Labour in the polls since last autumn, called the handover "a coronation". A YouGov poll for this newspaper puts the
Tories on 37 per cent and Labour on 32 per cent. David Cameron, 40, said on Friday that the country needed "change, not
a change of face".''', [
    ("next month", "tf", {"a": "month+1"}),
    ("last night", "rd", {"a": "lastnight"}),
    ("10 years", "dur", {"a": "P10Y"}),
    ("June 24", "tf", {"a": "2007-06-24"}),
    ("Prime Minister Tony Blair", "ti"),
    ("currently", "ps"),
    ("yesterday", "rd", {"a": "yesterday"}),
    ("last autumn", "rd", {"a": "lastseason:FA", "r": "autumn 2006", "s": "autumn 2006"}),
    ("40", "age"),
    ("Friday", "rd", {"a": "wd-Friday"}),
], traps=["within weeks of succeeding", "Mr Brown"],
  note="UK Sunday paper. 'within weeks of succeeding' is anchored on the handover. 'Chancellor' after 'has been' is not a title before a name.")

P("M14", "2008-02-29", '''Jenna Morales, 20, is celebrating only her fifth real birthday today. Born on Feb. 29, 1988, the University of
Arizona junior says she usually marks the day on Feb. 28. "Most years I just pick whichever day has a party," she said.
About 4 million people worldwide share the leap-day birthday, according to the Honor Society of Leap Year Day Babies,
which now has more than 10,000 members. The extra day exists because Earth takes about 365.2422 days to orbit the sun.
Morales' family plans a party Saturday. Her grandfather, 84, was also born on a Feb. 29, in 1924. This year, the Tucson
city council will mark the date with a proclamation tonight.''', [
    ("20", "age"),
    ("today", "rd", {"a": "today"}),
    ("now", "ps"),
    ("Saturday", "tf", {"a": "wd+Saturday"}),
    ("84", "age"),
    ("This year", "rd", {"a": "year"}),
    ("tonight", "rd", {"a": "tonight", "note": "same-day future: relative_date"}),
], traps=["Born on Feb. 29, 1988", "Most years", "in 1924", "365.2422 days", "on Feb. 28"],
  note="US feature, leap day 2008. 'usually marks the day on Feb. 28' is a habit, not a date.")

P("M15", "2009-01-01", '''BRATISLAVA (Reuters) - Slovakia adopted the euro at midnight, becoming the 16th member of the euro zone just
as the bloc slides into its first recession. Prime Minister Robert Fico withdrew the first euros from a cash machine in
Bratislava shortly afterwards. "The euro is now our currency and our shield," Fico said. The Slovak koruna, which had been
fixed at 30.126 to the euro since July, will remain legal tender until January 16. Economists expect the economy to grow
by less than 3 percent this year, down from about 7 percent last year. Neighbouring Poland, the Czech Republic and
Hungary have yet to set a date for joining. Banks reopen tomorrow.''', [
    ("midnight", "rd", {"a": "midnight", "r": "midnight on 31 December 2008",
                        "s": "midnight on 31 December 2008"}),
    ("Prime Minister Robert Fico", "ti"),
    ("now", "ps"),
    ("July", "rd", {"a": "mon-July"}),
    ("January 16", "tf", {"a": "2009-01-16"}),
    ("this year", "tf", {"a": "year", "s": "growth was forecast for 2009: check what happened"}),
    ("last year", "rd", {"a": "year-1"}),
    ("yet", "ps", {"s": "had yet, as of January 2009, to"}),
    ("tomorrow", "tf", {"a": "tomorrow"}),
], traps=["16th member", "first recession", "shortly afterwards"],
  note="Wire, New Year's Day. 'this year' carries a forecast for the year, so it is then_future (see README).")

P("M16", "2009-08-19", '''The death toll from swine flu in Australia has risen to 132, with NSW Health confirming three more deaths
yesterday, including a 26-year-old pregnant woman from western Sydney. Health Minister Nicola Roxon said a vaccine
would be available from the end of next month, with 21 million doses on order. Hospital admissions appear to have peaked,
and the number of patients currently in intensive care has fallen to 89 from 110 a fortnight ago. "We are not out of
the woods yet," Ms Roxon told ABC radio this morning. The flu season in the southern hemisphere usually runs until
October. Schools in Victoria, closed during the outbreak in May, have all reopened.''', [
    ("has risen to", "toll"),
    ("yesterday", "rd", {"a": "yesterday"}),
    ("26-year-old", "age"),
    ("Health Minister Nicola Roxon", "ti"),
    ("the end of next month", "tf", {"a": "month+1", "r": "the end of September 2009",
                                      "s": "the vaccine was expected from the end of September 2009: check what happened"}),
    ("currently", "ps"),
    ("a fortnight ago", "rd", {"a": "ago:14:days"}),
    ("yet", "ps"),
    ("this morning", "rd", {"a": "thismorning"}),
    ("May", "rd", {"a": "mon-May"}),
], traps=["usually runs until October", "have all reopened", "Ms Roxon"],
  note="Australian health. 'usually runs until October' is a habitual season, not dated.")

P("M17", "2010-11-30", '''DENVER (AP) — A storm that dumped up to 18 inches of snow on the Front Range closed hundreds of schools
Tuesday and stranded travelers at Denver International Airport, where more than 400 flights were canceled. The storm is
the biggest to hit the city so far this season, forecasters said. Interstate 70 west of Denver remained closed late
Tuesday, and the Colorado Department of Transportation said it hoped to reopen it by Wednesday morning. Denver Public
Schools, which canceled classes Monday, said they would decide tonight whether to reopen. Mayor John Hickenlooper, who
takes office as governor in January, urged residents to stay home. Another storm is expected this weekend.''', [
    ("Tuesday", "rd", {"a": "wd-Tuesday"}),
    ("so far this season", "ytd", {"a": None, "r": "the 2010-11 snow season up to 30 November 2010",
                                    "s": "as of 30 November 2010"}),
    ("late Tuesday", "rd", {"a": "wd-Tuesday", "r": "late on Tuesday 30 November 2010", "s": "late on 30 November 2010"}),
    ("Wednesday morning", "tf", {"a": "tomorrowmorning", "r": "the morning of Wednesday 1 December 2010"}),
    ("Monday", "rd", {"a": "wd-Monday"}),
    ("tonight", "rd", {"a": "tonight"}),
    ("Mayor John Hickenlooper", "ti"),
    ("January", "tf", {"a": "mon+January"}),
    ("this weekend", "tf", {"a": "weekend+"}),
], traps=["snow", "remained closed"],
  note="US local, AP style, month end. Sports/weather 'season' has no TIMEX value (null).")

P("M18", "2011-06-05", '''Rafael Nadal will try to equal Bjorn Borg's record of six French Open titles when he faces Roger Federer in the
final in Paris this afternoon. Nadal, who turned 25 on Friday, has lost only one match at Roland Garros since his debut
in 2005. Federer, 29, ended Novak Djokovic's 43-match winning streak in Friday's semi-final. "I feel I am playing really
well right now," said Federer, who has not won a grand slam title since the Australian Open in January last year.
Yesterday Li Na became the first Chinese player to win a grand slam singles title. Wimbledon begins on June 20.''', [
    ("this afternoon", "rd", {"a": "thisafternoon", "note": "same-day future: relative_date"}),
    ("Friday", "rd", {"a": "wd-Friday"}),
    ("29", "age"),
    ("Friday", "rd", {"a": "wd-Friday", "occ": 2}),
    ("right now", "ps"),
    ("January last year", "rd", {"a": "mon@year-1:January"}),
    ("Yesterday", "rd", {"a": "yesterday"}),
    ("June 20", "tf", {"a": "2011-06-20"}),
], traps=["turned 25", "since his debut in 2005", "43-match winning streak"],
  note="UK sport, Sunday. 'turned 25 on Friday' is a completed event (the date is flagged, not the age).")

P("M19", "2012-02-28", '''Millions of salaried workers will in effect work for nothing tomorrow, the TUC said yesterday, because monthly pay
does not rise in a leap year. Employers' groups dismissed the claim as "a stunt". Separately, the Office for National
Statistics said unemployment, currently 2.67 million, had risen for the past six months. Business Secretary Vince Cable
will meet bank chiefs next Monday to discuss lending to small firms. The Budget is on March 21. Economists expect growth
to remain weak until the second half of the year, and the Bank of England's next interest rate decision is due a week
on Thursday.''', [
    ("tomorrow", "tf", {"a": "tomorrow", "note": "tomorrow = leap day 2012"}),
    ("yesterday", "rd", {"a": "yesterday"}),
    ("currently", "ps"),
    ("the past six months", "rd", {"a": "raw:P6M", "r": "the six months to February 2012",
                                    "s": "the six months to February 2012"}),
    ("Business Secretary Vince Cable", "ti"),
    ("next Monday", "tf", {"a": "wd+Monday"}),
    ("March 21", "tf", {"a": "2012-03-21"}),
    ("the second half of the year", "tf", {"a": "raw:2012-H2"}),
    ("a week on Thursday", "tf", {"a": "wdw+Thursday", "r": "Thursday 8 March 2012"}),
], traps=["in a leap year"],
  note="UK business. 'a week on Thursday' = the Thursday after next (8 March 2012).")

P("M20", "2012-10-26", '''MIAMI (AP) — Hurricane Sandy churned through the Bahamas on Friday after killing at least 40 people across the
Caribbean, and forecasters said it could collide with a wintry storm to slam the East Coast early next week. The storm,
currently a Category 1 hurricane with winds of 80 mph, is expected to turn north over the weekend. "This is not going to
be a typical storm," said Louis Uccellini of the National Weather Service. Officials in New Jersey urged residents of
barrier islands to prepare to leave by Sunday. The storm arrives days before the presidential election on Nov. 6. Sandy
is the 18th named storm of what has so far been a busy Atlantic hurricane season, which ends Nov. 30.''', [
    ("Friday", "rd", {"a": "wd-Friday"}),
    ("early next week", "tf", {"a": "week+1", "r": "early in the week of 29 October 2012", "s": "the storm was expected early in the week of 29 October 2012: check what happened"}),
    ("currently", "ps"),
    ("the weekend", "tf", {"a": "weekend+"}),
    ("Sunday", "tf", {"a": "wd+Sunday"}),
    ("Nov. 6", "tf", {"a": "2012-11-06"}),
    ("so far", "ps"),
    ("Nov. 30", "tf", {"a": "2012-11-30"}),
], traps=["days before the presidential election", "18th named storm"],
  note="US wire.")

P("M21", "2013-03-31", '''KOLKATA: Defending champions Kolkata Knight Riders begin their title defence against Delhi Daredevils at Eden
Gardens on Wednesday, when the sixth edition of the Indian Premier League gets under way. KKR captain Gautam Gambhir,
31, said the squad had trained at the ground since last Sunday. "Right now we are only thinking about Wednesday," he
said. The opening ceremony will be held on Tuesday evening. Tickets for the first match are already sold out, the
organisers said yesterday. The final is scheduled for May 26 in Kolkata. Bangladesh all-rounder Shakib Al Hasan, who
recently recovered from a finger injury, is expected to join the squad in the next few days.''', [
    ("Wednesday", "tf", {"a": "wd+Wednesday"}),
    ("31", "age"),
    ("last Sunday", "rd", {"a": "wd--Sunday"}),
    ("Right now", "ps"),
    ("Wednesday", "tf", {"a": "wd+Wednesday", "occ": 2}),
    ("Tuesday evening", "tf", {"a": "wd+Tuesday@TEV", "r": "the evening of Tuesday 2 April 2013"}),
    ("already", "ps"),
    ("yesterday", "rd", {"a": "yesterday"}),
    ("May 26", "tf", {"a": "2013-05-26"}),
    ("recently", "ps", {"a": "PAST_REF"}),
    ("the next few days", "tf", {"a": "FUTURE_REF", "r": "the days after 31 March 2013",
                                 "s": "he was expected to join in the days after 31 March 2013: check what happened"}),
], traps=["Defending champions", "sixth edition", "KKR captain Gautam Gambhir"],
  note="Indian sport, Sunday. 'last Sunday' said on a Sunday = 24 March. A team captain is not an office title.")

P("M22", "2014-07-24", '''The Queen declared the 20th Commonwealth Games open at Celtic Park last night, in a ceremony watched by 40,000
spectators and an estimated television audience of one billion. Competition begins this morning, with Scotland's first
medal hopes in the judo and the swimming. England's team of 416 athletes is the largest the country has ever sent. Usain
Bolt, who is still recovering from a hamstring injury, is expected to arrive in Glasgow next week to run in the relay.
Organisers said 1.1 million tickets had been sold to date. The Games, which end on August 3, are the biggest multi-sport
event held in Scotland. The referendum on independence is eight weeks away.''', [
    ("last night", "rd", {"a": "lastnight"}),
    ("this morning", "rd", {"a": "thismorning", "note": "same-day future: relative_date"}),
    ("still", "ps"),
    ("next week", "tf", {"a": "week+1"}),
    ("to date", "ps"),
    ("August 3", "tf", {"a": "2014-08-03"}),
    ("eight weeks away", "tf", {"a": "ahead:8:weeks", "r": "the week of 15 September 2014 (the referendum was on 18 September)",
                                "s": "the referendum was due in the week of 15 September 2014: check what happened"}),
], traps=["has ever sent", "The Queen", "20th Commonwealth Games"],
  note="UK broadsheet. 'The Queen' names no person, so it is no `title` finding.")

P("M23", "2015-12-31", '''Hundreds of thousands of people are expected to crowd the foreshore of Sydney Harbour tonight for the fireworks,
and police warned that alcohol-free zones would be strictly enforced. The NSW Rural Fire Service said more than 40 fires
were still burning across the state this afternoon, 12 of them uncontained, and a total fire ban remains in place until
tomorrow evening. Temperatures reached 41 degrees in Penrith on Tuesday. Several new laws take effect tomorrow, including
higher fines for using a mobile phone while driving. Premier Mike Baird, who has been in the job since April last year,
said the state had "never been in better shape". The Bureau of Meteorology expects a cooler start to next week.''', [
    ("tonight", "rd", {"a": "tonight"}),
    ("still", "ps"),
    ("this afternoon", "rd", {"a": "thisafternoon"}),
    ("tomorrow evening", "tf", {"a": "tomorrowevening"}),
    ("Tuesday", "rd", {"a": "wd-Tuesday"}),
    ("tomorrow", "tf", {"a": "tomorrow", "occ": 2}),
    ("Premier Mike Baird", "ti"),
    ("April last year", "rd", {"a": "mon@year-1:April"}),
    ("next week", "tf", {"a": "week+1", "s": "a cooler start was forecast for the week of 4 January 2016: check what happened", "note": "after ISO week 2015-W53 comes 2016-W01"}),
], traps=["remains in place", "never been in better shape"],
  note="Australian, New Year's Eve. 2015-12-31 lies in ISO week 2015-W53; 'next week' is 2016-W01.")

P("M24", "2016-02-29", '''COLUMBUS, Ohio (AP) — Ohio Gov. John Kasich campaigned in Michigan on Monday, a day before voters in 12 states go to
the polls on Super Tuesday, and said he would stay in the race at least until his home state votes March 15. Kasich, 63,
has yet to win a state. Donald Trump, who leads national polls, won the South Carolina primary earlier this month and is
now the favorite in most Super Tuesday states. "We're going to do well in the Midwest next week," Kasich told supporters
at a rally in Grand Rapids. Michigan holds its primary on March 8. Early voting in Ohio began on Feb. 17, and officials
said turnout so far is higher than in 2012.''', [
    ("Ohio Gov. John Kasich", "ti"),
    ("Monday", "rd", {"a": "wd-Monday"}),
    ("March 15", "rd", {"a": "2016-03-15", "note": "after as_of: rewritten, not a then_future"}),
    ("63", "age"),
    ("yet", "ps"),
    ("earlier this month", "rd", {"a": "month", "r": "earlier in February 2016", "s": "earlier in February 2016"}),
    ("now", "ps"),
    ("next week", "rd", {"a": "week+1", "note": "the week of 7 March 2016 contains as_of: not wholly past"}),
    ("March 8", "rd", {"a": "2016-03-08"}),
    ("so far", "ps"),
], traps=["Super Tuesday|the polls on Super Tuesday", "Super Tuesday|most Super Tuesday states", "a day before voters",
          "on Feb. 17", "in 2012"],
  as_of="2016-03-07",
  note="US politics on a leap day, republished one week later (as_of 2016-03-07): everything still ahead on 7 March is a relative_date with an absolute rewrite.")

P("M25", "2016-06-24", '''Britain has voted to leave the European Union after 43 years, and David Cameron said this morning that he would
stand down as prime minister by October. Leave won 52 per cent of the vote in yesterday's referendum, on a turnout of 72
per cent. The pound fell to its lowest level against the dollar since 1985. Mr Cameron, who has led the Conservatives for
more than a decade, said a new leader should be in place before the party conference in October. Scottish First Minister
Nicola Sturgeon said a second independence referendum was now "highly likely". Boris Johnson, 52, is the early favourite.
Bank of England Governor Mark Carney will speak later today.''', [
    ("this morning", "rd", {"a": "thismorning"}),
    ("October", "tf", {"a": "mon+October", "r": "October 2016"}),
    ("yesterday", "rd", {"a": "yesterday"}),
    ("more than a decade", "dur", {"a": "P10Y"}),
    ("October", "tf", {"a": "mon+October", "occ": 2, "r": "October 2016",
                       "s": "the party conference was due in October 2016: check what happened"}),
    ("Scottish First Minister Nicola Sturgeon", "ti"),
    ("now", "ps"),
    ("52", "age", {"ctx": "Johnson, 52,"}),
    ("Bank of England Governor Mark Carney", "ti"),
    ("later today", "rd", {"a": "today", "r": "later on 24 June 2016", "s": "later on 24 June 2016"}),
], traps=["after 43 years", "since 1985", "52 per cent", "Mr Cameron"],
  note="UK broadsheet, referendum result. 'after 43 years' is measured to the vote.")

P("M26", "2017-04-13", '''Nasa scientists said today that Saturn's moon Enceladus has all the ingredients needed for life, after the
Cassini spacecraft detected hydrogen in plumes of water erupting from its icy surface. The discovery means that the ocean
beneath the moon's crust is currently the most promising place to look for microbes beyond Earth, the team said.
Cassini, which has been orbiting Saturn for almost 13 years, is running low on fuel and will be deliberately plunged into
the planet in September. Before then it will make 22 dives through the gap between the planet and its rings, beginning
on 26 April. "We're not saying there is life there," said Hunter Waite, the study's lead author. A probe to Jupiter's
moon Europa is due to launch in 2022.''', [
    ("today", "rd", {"a": "today"}),
    ("currently", "ps"),
    ("almost 13 years", "dur", {"a": "P13Y"}),
    ("September", "tf", {"a": "mon+September", "r": "September 2017"}),
    ("26 April", "tf", {"a": "2017-04-26"}),
    ("2022", "tf", {"a": "2022", "s": "the Europa probe was due to launch in 2022: check what happened"}),
], traps=["Before then", "22 dives"],
  note="UK science.")

P("M27", "2017-09-30", '''MUMBAI: The Bombay High Court yesterday granted bail to a 29-year-old software engineer who has been in custody
since February in a cheating case involving a cryptocurrency scheme. Justice A.K. Menon said the prosecution had failed to
file a chargesheet within the 90 days allowed. The accused, Rohan Kulkarni, must surrender his passport and report to the
Economic Offences Wing every Monday. Police say the scheme, which is still under investigation, duped more than 3,000
investors of ₹42 crore. "We will challenge the order in the Supreme Court next week," a senior officer said. Two
co-accused remain absconding. The next hearing in the trial court is on October 12, after today's Dussehra holiday.''', [
    ("yesterday", "rd", {"a": "yesterday"}),
    ("29-year-old", "age"),
    ("February", "rd", {"a": "mon-February"}),
    ("Justice A.K. Menon", "ti"),
    ("still", "ps"),
    ("next week", "tf", {"a": "week+1"}),
    ("October 12", "tf", {"a": "2017-10-12"}),
    ("today", "rd", {"a": "today"}),
], traps=["within the 90 days", "every Monday", "remain absconding"],
  note="Indian court report, Saturday (Dussehra 2017).")

P("M28", "2018-05-08", '''NEW YORK (AP) — Oil prices swung sharply Tuesday after President Donald Trump said the United States would pull out
of the 2015 nuclear deal with Iran and reimpose sanctions. Benchmark U.S. crude, which has climbed 17 percent so far this
year, settled at $69.06 a barrel. Treasury officials said Tuesday that sanctions would take effect in stages. Boeing,
which agreed in December 2016 to sell 80 jets to Iran Air, said it would follow the government's lead. Analysts expect
OPEC to discuss output at its next meeting, on June 22 in Vienna. "The market is already pricing in a lot of risk," said
one trader. Iran currently exports about 2.5 million barrels a day.''', [
    ("Tuesday", "rd", {"a": "wd-Tuesday"}),
    ("President Donald Trump", "ti"),
    ("so far this year", "ytd"),
    ("Tuesday", "rd", {"a": "wd-Tuesday", "occ": 2}),
    ("June 22", "tf", {"a": "2018-06-22"}),
    ("already", "ps"),
    ("currently", "ps"),
], traps=["the 2015 nuclear deal", "in December 2016", "a barrel"],
  note="US business, AP style.")

P("M29", "2018-12-30", '''DHAKA (Reuters) - Bangladesh's ruling Awami League was heading for a landslide victory in today's general election,
early results showed, as opposition parties alleged widespread vote-rigging. At least 17 people were killed in
election-related violence, police said. Prime Minister Sheikh Hasina, 71, who has been in power since 2009, is seeking a
third straight term. The Election Commission said official results would be announced tomorrow, and the new parliament
is expected to be sworn in next week. Kamal Hossain, who leads the opposition alliance, said this evening that it would
reject the result. Mobile internet services, suspended on Saturday, remain restricted. The United States said earlier
this month that it was concerned about the campaign.''', [
    ("today", "rd", {"a": "today"}),
    ("Prime Minister Sheikh Hasina", "ti"),
    ("71", "age"),
    ("tomorrow", "tf", {"a": "tomorrow"}),
    ("next week", "tf", {"a": "week+1", "note": "2019-W01 starts on Monday 31 December 2018"}),
    ("this evening", "rd", {"a": "thisevening"}),
    ("Saturday", "rd", {"a": "wd-Saturday"}),
    ("earlier this month", "rd", {"a": "month", "r": "earlier in December 2018", "s": "earlier in December 2018"}),
], traps=["since 2009", "remain restricted", "third straight term"],
  note="Wire, Sunday 30 December 2018 (ISO 2018-W52); 'next week' is 2019-W01, which starts on 31 December 2018.")

P("M30", "2019-08-21", '''Ben Stokes has been passed fit for the third Ashes Test at Headingley, which starts tomorrow, after England's medical
staff said his shoulder had recovered. Steve Smith, 30, will miss the match with concussion after being struck by a Jofra
Archer bouncer at Lord's on Saturday. Australia, who lead the series 1-0, are still waiting to hear whether Smith will
be available for the fourth Test at Old Trafford, which begins on September 4. "We will assess him day by day, and we
will know more next week," said Australia's coach, Justin Langer. England named an unchanged squad this morning. Jason
Roy, who has struggled so far in the series, keeps his place. Tickets for the first three days at Headingley are already
sold out.''', [
    ("tomorrow", "tf", {"a": "tomorrow"}),
    ("30", "age"),
    ("Saturday", "rd", {"a": "wd-Saturday"}),
    ("still", "ps"),
    ("September 4", "rd", {"a": "2019-09-04", "note": "after as_of: rewritten, not a then_future"}),
    ("next week", "rd", {"a": "week+1", "note": "the week of 26 August 2019 contains as_of (2019-08-28)"}),
    ("this morning", "rd", {"a": "thismorning"}),
    ("so far", "ps"),
    ("already", "ps"),
], traps=["day by day", "lead the series 1-0", "Australia's coach, Justin Langer"],
  as_of="2019-08-28",
  note="UK sport republished one week later (as_of 2019-08-28).")

P("M31", "2020-03-31", '''Australia's coronavirus case count has risen to 4,557, but the daily rate of new infections has fallen for the
fourth day in a row, Chief Medical Officer Brendan Murphy said this afternoon. Nineteen people have died so far. Prime
Minister Scott Morrison said the restrictions introduced on Monday, which limit public gatherings to two people, would be
enforced with on-the-spot fines. "We are not yet seeing the flattening we need, and the next fortnight is critical," he
said. NSW Health said 2,032 cases had been confirmed in the state to date. Schools in Victoria will move to remote
learning when term two starts next month. The Reserve Bank board meets next Tuesday.''', [
    ("has risen to", "toll"),
    ("Chief Medical Officer Brendan Murphy", "ti"),
    ("this afternoon", "rd", {"a": "thisafternoon"}),
    ("so far", "ps"),
    ("Prime Minister Scott Morrison", "ti"),
    ("Monday", "rd", {"a": "wd-Monday"}),
    ("yet", "ps"),
    ("the next fortnight", "tf", {"a": "raw:P2W", "r": "the two weeks after 31 March 2020 (to 14 April 2020)"}),
    ("to date", "ps"),
    ("next month", "tf", {"a": "month+1"}),
    ("next Tuesday", "tf", {"a": "wd+Tuesday"}),
], traps=["for the fourth day in a row", "on-the-spot fines", "Nineteen people"],
  note="Australian, month end. 'the fourth day in a row' is counted to the report (as 'the ninth straight month'), not flagged.")

P("M32", "2020-12-31", '''CHICAGO (AP) — Chicago will say goodbye to 2020 tonight without its usual fireworks over Navy Pier, as city officials
urged residents to stay home to slow the spread of the coronavirus. Illinois reported 8,757 new cases Thursday and 136
deaths, bringing the state's death toll since March to 17,096. Mayor Lori Lightfoot said the city's seven-day average of
new cases is now lower than at any time since early October. The first shipments of the Moderna vaccine arrived last
week, and about 30,000 health care workers in the city have already received a first dose. Restaurants could reopen for
indoor dining as soon as mid-January, state officials said. Thursday's case total was down from 9,000 a week ago.''', [
    ("tonight", "rd", {"a": "tonight"}),
    ("Thursday", "rd", {"a": "wd-Thursday"}),
    ("March", "rd", {"a": "mon-March"}),
    ("Mayor Lori Lightfoot", "ti"),
    ("now", "ps"),
    ("early October", "rd", {"a": "mon-October", "r": "early October 2020", "s": "early October 2020"}),
    ("last week", "rd", {"a": "week-1"}),
    ("already", "ps"),
    ("mid-January", "tf", {"a": "mon+January", "r": "mid-January 2021"}),
    ("Thursday", "rd", {"a": "wd-Thursday", "occ": 2}),
    ("a week ago", "rd", {"a": "ago:7:days"}),
], traps=["bringing the state's death toll", "goodbye to 2020", "seven-day average", "at any time since"],
  note="US local, AP style, 31 December 2020 (ISO 2020-W53; 'last week' = 2020-W52).")

P("M33", "2021-07-19", '''Most of England's remaining coronavirus restrictions ended at midnight, but Boris Johnson began so-called Freedom Day
in isolation at Chequers after being identified as a contact of Health Secretary Sajid Javid, who tested positive on
Saturday. Nightclubs reopened for the first time in 16 months, and the legal limits on gatherings have gone. Cases are
still rising, with 48,161 reported yesterday. Mr Johnson, 57, will hold a virtual press conference this afternoon and is
due to leave isolation on July 26. Face coverings remain compulsory on the London Underground. Scotland will ease its own
rules on August 9, and Wales moved to its lowest alert level last month.''', [
    ("midnight", "rd", {"a": "midnight", "r": "midnight at the start of 19 July 2021",
                        "s": "midnight on 18-19 July 2021"}),
    ("Health Secretary Sajid Javid", "ti"),
    ("Saturday", "rd", {"a": "wd-Saturday"}),
    ("still", "ps"),
    ("yesterday", "rd", {"a": "yesterday"}),
    ("57", "age"),
    ("this afternoon", "rd", {"a": "thisafternoon"}),
    ("July 26", "tf", {"a": "2021-07-26"}),
    ("August 9", "tf", {"a": "2021-08-09"}),
    ("last month", "rd", {"a": "month-1"}),
], traps=["Freedom Day", "for the first time in 16 months", "remain compulsory", "remaining coronavirus restrictions"],
  note="UK broadsheet. 'remaining' (adjective) and 'Freedom Day' (a name) are not flagged.")

P("M34", "2022-01-03", '''HONG KONG (Reuters) - Asian shares made a cautious start to 2022 on Monday, with markets in Japan and mainland China
closed for holidays. Investors are now focused on U.S. payroll data due on Friday, which could show whether the labor
market recovered further last month. The Federal Reserve will release the minutes of its December meeting on Wednesday.
Oil prices, which rose more than 50% last year, were little changed. Tokyo markets reopen tomorrow. "Omicron is still
the biggest unknown for the first quarter," said one strategist in Singapore. Trading volumes were thin last week as many
investors took holidays, and MSCI's broadest index of Asia-Pacific shares ended 2021 with a 4% loss.''', [
    ("Monday", "rd", {"a": "wd-Monday"}),
    ("now", "ps"),
    ("Friday", "tf", {"a": "wd+Friday"}),
    ("last month", "rd", {"a": "month-1"}),
    ("December", "rd", {"a": "mon-December", "s": "December 2021"}),
    ("Wednesday", "tf", {"a": "wd+Wednesday"}),
    ("last year", "rd", {"a": "year-1"}),
    ("tomorrow", "tf", {"a": "tomorrow"}),
    ("still", "ps"),
    ("the first quarter", "rd", {"a": "quarter"}),
    ("last week", "rd", {"a": "week-1", "note": "2022-01-03 is in 2022-W01; last week = 2021-W52"}),
], traps=["start to 2022", "ended 2021"],
  note="Wire, first trading day of 2022 (ISO 2022-W01).")

P("M35", "2022-10-28", '''Rishi Sunak has delayed the Government's medium-term fiscal plan by more than two weeks to November 17, so that it can
be based on fresh forecasts, days after he became prime minister. Chancellor Jeremy Hunt, who was appointed on October 14,
will now set out tax rises and spending cuts in an autumn statement. Markets welcomed the delay, and the pound is
currently trading at $1.16, up from a record low of $1.03 last month. The Bank of England, which has raised rates seven
times since December, is expected to raise them again next Thursday. Inflation hit 10.1 per cent in September and is not
expected to peak until the end of the year. Energy bills are capped until April, when support will be scaled back.''', [
    ("November 17", "tf", {"a": "2022-11-17"}),
    ("Chancellor Jeremy Hunt", "ti"),
    ("October 14", "rd", {"a": "2022-10-14"}),
    ("now", "ps"),
    ("currently", "ps"),
    ("last month", "rd", {"a": "month-1"}),
    ("December", "rd", {"a": "mon-December"}),
    ("next Thursday", "tf", {"a": "wd+Thursday"}),
    ("September", "rd", {"a": "mon-September"}),
    ("the end of the year", "tf", {"a": "year", "r": "the end of 2022",
                                    "s": "inflation was expected to peak at the end of 2022: check what happened"}),
    ("April", "rd", {"a": "mon+April", "r": "April 2023", "note": "April 2023 contains as_of (2023-04-28)"}),
], traps=["more than two weeks", "days after he became prime minister", "autumn statement", "record low"],
  as_of="2023-04-28",
  note="UK business, republished six months later (as_of 2023-04-28). 'October 14' is a past date without a year: relative_date.")

P("M36", "2023-02-28", '''BENGALURU: The Indian Space Research Organisation said today that it is on track to launch Chandrayaan-3, its third
mission to the Moon, in June or July, after the lander completed a crucial test earlier this month. S. Somanath, who heads
the agency, told reporters that the first uncrewed flight of the Gaganyaan human spaceflight programme would follow by the
end of the year. "We are now in the final stage of integration," he said. Chandrayaan-2's lander crashed on the lunar
surface in September 2019. ISRO has launched two missions this year, and the next, a commercial satellite, is scheduled for
next month. Mr Somanath, 59, took charge in January last year.''', [
    ("today", "rd", {"a": "today"}),
    ("June", "tf", {"a": "mon+June"}),
    ("July", "tf", {"a": "mon+July"}),
    ("earlier this month", "rd", {"a": "month", "r": "earlier in February 2023", "s": "earlier in February 2023"}),
    ("the end of the year", "tf", {"a": "year", "r": "the end of 2023"}),
    ("now", "ps"),
    ("this year", "rd", {"a": "year"}),
    ("next month", "tf", {"a": "month+1"}),
    ("59", "age"),
    ("January last year", "rd", {"a": "mon@year-1:January"}),
], traps=["in September 2019", "third mission"],
  note="Indian science, month end. 'June or July' is two findings.")

P("M37", "2023-11-16", '''A federal judge in Manhattan on Thursday sentenced a former hedge fund analyst to five years in prison for insider trading,
saying the scheme had "corrupted the market for personal gain." U.S. District Judge Karen Walsh also ordered Peter Lindgren,
41, to forfeit $3.2 million. Lindgren, who has been free on bail since his arrest in March last year, must report to prison
by January 8. His lawyer said Thursday that he would appeal. Lindgren's co-defendant, a former trader, is currently
cooperating with prosecutors and will be sentenced next month. The Securities and Exchange Commission's civil case against
both men is scheduled for trial in September.''', [
    ("Thursday", "rd", {"a": "wd-Thursday"}),
    ("U.S. District Judge Karen Walsh", "ti"),
    ("41", "age"),
    ("March last year", "rd", {"a": "mon@year-1:March"}),
    ("January 8", "tf", {"a": "2024-01-08"}),
    ("Thursday", "rd", {"a": "wd-Thursday", "occ": 2}),
    ("currently", "ps"),
    ("next month", "tf", {"a": "month+1"}),
    ("September", "rd", {"a": "mon+September", "note": "September 2024 lies after as_of (2024-05-16)"}),
], traps=["five years in prison", "$3.2 million"],
  as_of="2024-05-16",
  note="US court report (invented), republished six months later (as_of 2024-05-16).")

P("M38", "2024-02-29", '''Shares in Coastline Energy jumped 9 per cent today after the gas producer reported a record half-year profit of $412
million and said it would pay a special dividend next month. Chief executive Mara Quinn, who announced last week that she
would retire in August, said the company was "in the strongest position in its 40-year history". The ASX 200 closed at a
record 7,698.7, its third record high so far this year. Treasurer Jim Chalmers will hand down the federal budget on May 14,
and the Reserve Bank meets on March 19. Coastline's annual meeting, held this morning, was told that production had risen
for the past 12 months. The company expects to make a final investment decision on its Timor Sea field early next year.''', [
    ("today", "rd", {"a": "today"}),
    ("next month", "rd", {"a": "month+1", "note": "March 2024 contains as_of (2024-03-07)"}),
    ("last week", "rd", {"a": "week-1"}),
    ("August", "rd", {"a": "mon+August"}),
    ("40-year", "age", {"r": "40 years of history as of February 2024"}),
    ("so far this year", "ytd"),
    ("Treasurer Jim Chalmers", "ti"),
    ("May 14", "rd", {"a": "2024-05-14"}),
    ("March 19", "rd", {"a": "2024-03-19"}),
    ("this morning", "rd", {"a": "thismorning"}),
    ("the past 12 months", "rd", {"a": "raw:P12M", "r": "the 12 months to February 2024", "s": "the 12 months to February 2024"}),
    ("early next year", "rd", {"a": "year+1", "r": "early 2025", "s": "early in 2025"}),
], traps=["Chief executive Mara Quinn", "record half-year profit"],
  as_of="2024-03-07",
  note="Australian business (invented company), leap day 2024, republished one week later (as_of 2024-03-07): nothing expected has happened yet except what fell in the week.")

P("M39", "2024-12-30", '''PLAINS, Ga. (AP) — Mourners left flowers outside Jimmy Carter's boyhood home Monday, a day after the former president
died at 100. President Joe Biden declared Jan. 9 a national day of mourning, and Carter will lie in state at the U.S.
Capitol before a state funeral at Washington National Cathedral. Carter, the longest-lived president in U.S. history,
had been in hospice care since February of last year. His family said Sunday that a private burial would follow in
Plains. Flags will fly at half-staff for 30 days. "He was our neighbor first," said Jill Stuckey, 68, who has lived in
Plains for more than 20 years. President-elect Donald Trump, who takes office Jan. 20, said he would attend the funeral.''', [
    ("Monday", "rd", {"a": "wd-Monday"}),
    ("President Joe Biden", "ti"),
    ("Jan. 9", "rd", {"a": "2025-01-09", "s": "9 January 2025", "note": "after as_of (2025-01-06)"}),
    ("February of last year", "rd", {"a": "mon@year-1:February"}),
    ("Sunday", "rd", {"a": "wd-Sunday"}),
    ("68", "age"),
    ("more than 20 years", "dur", {"a": "P20Y"}),
    ("President-elect Donald Trump", "ti"),
    ("Jan. 20", "rd", {"a": "2025-01-20"}),
], traps=["a day after", "died at 100", "for 30 days", "the longest-lived president", "the former president"],
  as_of="2025-01-06",
  note="US, AP style, 30 December 2024 (ISO 2025-W01), republished one week later (as_of 2025-01-06).")

P("M40", "1996-11-06", '''Sir Arthur Penrose, who has died aged 79, was the engineer who kept Britain's railways running through the snowbound
winter of 1963. Born in Leeds on 12 May 1917, he joined the London and North Eastern Railway in 1934 and became its
youngest district engineer at 29. In 1953 he was sent to restore the East Coast line after the floods of that January.
"Now, that was a proper winter," he would say of 1963, when drifts brought the network to a standstill for weeks. He
retired in 1982 and spent his last years restoring a windmill in Suffolk. He married, in 1946, Mary Dunn, who died in
1990. He is survived by two sons.''', [], traps=["aged 79", "snowbound", "Now", "standstill", "at 29", "that January",
                                       "his last years", "for weeks", "is survived by"],
  note="Trap passage: UK obituary with only absolute or anchored dates. 'Now,' is a discourse marker (not flagged); 'aged 79' at death and 'at 29' are fixed ages; 'that January' is anchored on 1953; snowbound/standstill contain now/still.")
