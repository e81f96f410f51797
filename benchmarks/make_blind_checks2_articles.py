#!/usr/bin/env python3
"""Build benchmarks/data/blind-checks-2-articles.jsonl: one planted sentence in each of 21 TimeBank
articles (16 with an inconsistency, 5 consistent controls).

Only the file name, a short anchor snippet and our own sentence are stored; the article text is read
in place from ../shared/devdata/timebank by benchmarks/checks_timebank.py. Figures in the planted
sentence are marked with ⟦ ⟧ here and turned into [start, end] offsets into the sentence. The build
checks that each anchor occurs exactly once in the stripped article text and that the loader
reproduces every span.

Run:  python3 benchmarks/make_blind_checks2_articles.py
"""
from __future__ import annotations

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from checks_timebank import find_document, planted_articles, read_timeml  # noqa: E402

OUT = os.path.join(HERE, "data", "blind-checks-2-articles.jsonl")
MARK = re.compile(r"⟦(.*?)⟧")

# (source, after, sentence with ⟦marks⟧, rule, consistent, expected, note)
PLANTS = [
    ("APW19980213.1310.tml", "with 11 abstentions.",
     "The convention had opened on ⟦Tuesday⟧, ⟦Feb. 2⟧, with 152 delegates crowded into Old Parliament House.",
     "weekday", False, "Feb. 2, 1998 was a Monday", "year from the DCT (1998-02-13)"),
    ("APW19980219.0476.tml", "There were many conflicting accounts of his fate.",
     "Howes, who was born in ⟦1954⟧, was ⟦37⟧ when he was seized near Angkor Wat.",
     "age", False, "born in 1954, he was 41 or 42 in 1996", "the article's own 37 is left alone; the planted birth year is wrong for it"),
    ("APW19980227.0494.tml", "for at least 20 more years.",
     "The fleet has been based at Sevastopol for ⟦more than two centuries⟧, since the port was founded in ⟦1883⟧.",
     "duration", False, "1883 to 1998 is about 115 years, not more than two centuries", ""),
    ("APW19980301.0720.tml", "when two military helicopters crashed last February.",
     "In all, ⟦112⟧ soldiers died on Lebanon duty last year: ⟦39⟧ in the zone itself and ⟦73⟧ in the helicopter collision.",
     "parts_total", True, None, "control: 39 + 73 = 112, and both parts match the article"),
    ("APW19980306.1001.tml", "a disproportionately high number of Americans and Britons.",
     "Iraqi officials said ⟦30⟧ of Ritter's ⟦50⟧ inspectors, or ⟦40 percent⟧, were American or British.",
     "percentage", False, "30 of 50 is 60 percent, not 40", ""),
    ("APW19980322.0749.tml", "which has been ruled directly by London since 1972.",
     "Direct rule, imposed in ⟦1972⟧, has now lasted ⟦36 years⟧, broken only by a short-lived power-sharing executive in 1974.",
     "duration", False, "1972 to 1998 is 26 years", ""),
    ("NYT19980402.0453.tml", "suspects had been arrested in only four cases.",
     "That is an arrest rate of ⟦a third⟧ — ⟦four⟧ of ⟦nine⟧ — for the women killed last year.",
     "percentage", False, "four of nine is 44 percent, not a third (a third of nine is three)", ""),
    ("NYT19980424.0421.tml", "joined by a conservative, Chief Justice William Rehnquist.",
     "Justice Stevens, who was born in ⟦1920⟧, is ⟦78⟧ and the court's oldest member.",
     "age", True, None, "control: 1998 − 1920 = 78 (77 before his birthday); both fit"),
    ("VOA19980303.1600.2745.tml", "quite a dramatic rise.",
     "The center counted ⟦474⟧ groups last year, up from ⟦396⟧ the year before, an increase of ⟦12 percent⟧.",
     "change", False, "396 to 474 is a rise of about 20 percent, not 12", "the article's 'twenty percent' fits the right value"),
    ("VOA19980305.1800.2603.tml", "Lisa Schlein reports from Geneva.",
     "Events in Geneva begin on ⟦Friday⟧, ⟦March 7⟧, the eve of the day itself.",
     "weekday", False, "March 7, 1998 was a Saturday (the eve of Sunday, March 8)", ""),
    ("VOA19980331.1700.1533.tml", "to sick patients.",
     "About ⟦4,000 people a year⟧ die waiting for an organ, roughly ⟦30 a day⟧.",
     "rate", False, "4,000 a year is about 11 a day", ""),
    ("PRI19980303.2000.2550.tml", "would take thirty-five hundred if it had the room.",
     "Of its ⟦1,200⟧ students, ⟦700⟧ are girls and ⟦600⟧ are boys, the school says.",
     "parts_total", False, "700 + 600 = 1,300, not 1,200", ""),
    ("CNN19980227.2130.0067.tml", "One person is killed.",
     "Investigators have now spent ⟦three years⟧ on the Olympic park case, which began with the blast of ⟦July 1996⟧.",
     "duration", False, "July 1996 to February 1998 is about a year and seven months", ""),
    ("SJMN91-06338157.tml", "one highly placed source said.",
     "Sununu has been chief of staff since ⟦Friday⟧, ⟦Jan. 20, 1989⟧, the day Bush was sworn in.",
     "weekday", True, None, "control: Jan. 20, 1989 was a Friday"),
    ("wsj_0026.tml", "according to an aide to U.S. Trade Representative Carla Hills.",
     "The newly eligible watches, worth ⟦$37.3 million⟧, account for about ⟦25%⟧ of the ⟦$1.5 billion⟧ market, the aide said.",
     "percentage", False, "$37.3 million is about 2.5% of $1.5 billion, not 25%", ""),
    ("wsj_0158.tml", "termed an \"amicable separation.\"",
     "Analysts estimated his severance at about ⟦£400,000⟧ (⟦$250,000⟧).",
     "currency", False, "£400,000 was about $630,000 in late 1989 (the article itself gives 913 pence as $14.43)", ""),
    ("wsj_0184.tml", "\"an effective headcount-control program.\"",
     "About ⟦40%⟧ of the ⟦1,100⟧ eligible employees, or roughly ⟦660⟧ people, work at the Kalamazoo headquarters, the company said.",
     "percentage", False, "40% of 1,100 is 440, not 660 (660 is 60%)", ""),
    ("wsj_1011.tml", "bucking the industry trend toward declining profits.",
     "Operating profit climbed ⟦45%⟧ to ⟦$210 million⟧ from ⟦$180 million⟧, the company said.",
     "change", False, "$180 million to $210 million is a rise of about 17%, not 45%", ""),
    ("ABC19980108.1830.0711.tml", "He sold the property to five buyers and said he'd double his money.",
     "The ⟦$70 million⟧ purchase was the costliest home sale in the territory that year, and agents say the ⟦$17 million⟧ deal still holds the record.",
     "repeated_quantity", False, "the same purchase: $70 million both times", ""),
    ("wsj_0520.tml", "Nashua announced the Reiss request after the market closed.",
     "The shares have fallen ⟦about 32%⟧ from June's high of ⟦$42.875⟧ to ⟦$29⟧.",
     "change", True, None, "control: 13.875 / 42.875 = 32.4%"),
    ("APW19980501.0480.tml", "initiatives in the country.",
     "The government has set aside ⟦RM2 billion⟧ (⟦US$530 million⟧) for the corridor's first phase.",
     "currency", True, None, "control: the ringgit was about 3.75 to the dollar in May 1998"),
]


def unmark(marked: str) -> tuple[str, list[list[int]]]:
    out, spans, last = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[last:m.start()])
        start = len("".join(out))
        out.append(m.group(1))
        spans.append([start, start + len(m.group(1))])
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans


def main() -> None:
    rows = []
    for n, (source, after, marked, rule, ok, expected, note) in enumerate(PLANTS, 1):
        text, _ = read_timeml(find_document(source))
        assert text.count(after) == 1, (source, after, text.count(after))
        assert len(after) <= 90, after
        sentence, spans = unmark(marked)
        rows.append({"id": f"bc2a-{n:02d}", "source": source, "after": after, "sentence": sentence,
                     "planted": {"rule": rule, "consistent": ok, "spans": spans,
                                 "expected": expected, "note": note}})
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    arts = planted_articles(OUT)
    print(len(arts), "articles;", sum(not a["planted"]["consistent"] for a in arts), "planted errors,",
          sum(a["planted"]["consistent"] for a in arts), "controls ->", OUT)


if __name__ == "__main__":
    main()
