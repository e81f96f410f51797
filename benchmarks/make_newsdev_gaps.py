"""Build benchmarks/data/newsdev-gaps.jsonl: short news sentences, each about one known gap of the figure
and date extractor (offsets by script).

    python benchmarks/make_newsdev_gaps.py

Written for this project (invented figures). Every figure and time expression of an item is marked, so
that an item with nothing marked scores what must not be found ("the Birmingham Six"):

    <c KIND JSON-VALUE [MOD]>text</c>

Each item has a ``focus``: fraction, four_digit_count, season, ordinal_day, bare_year, exchange_rate,
number_name, show_name.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "newsdev-gaps.jsonl"

ITEMS: list[tuple[str, str, str, str]] = [
    ("g01", "fraction", "2024-05-03",
     'More than <c percent 50 MORE_THAN>half</c> of the members voted for the motion on '
     '<c date "2024-05-02">Thursday</c>.'),
    ("g02", "fraction", "2023-09-12",
     '<c percent 66.667>Two-thirds</c> of voters said the economy was their main worry.'),
    ("g03", "fraction", "2022-03-01",
     'Nearly <c percent 33.333 LESS_THAN>a third</c> of the workforce will retire within '
     '<c duration "P10Y">a decade</c>.'),
    ("g04", "fraction", "2024-01-19",
     '<c percent 75>Three-quarters</c> of households cut back on heating, and '
     '<c percent 20>one in five</c> skipped meals.'),
    ("g05", "four_digit_count", "2024-06-11",
     'The survey covered more than <c count 1200 MORE_THAN>1200 companies</c> across the region.'),
    ("g06", "four_digit_count", "2023-02-07",
     'The carmaker employs <c count 1500>1500 people</c> in <c count 2000>2000 offices</c>.'),
    ("g07", "four_digit_count", "2022-10-20",
     'The <c count 1800>1800 workers</c> at the plant walked out, <c duration "P1W">a week</c> after the '
     '<c date "2019">2019</c> elections.'),
    ("g08", "season", "2018-02-15",
     'Prices fell sharply <c date "2017-SU">last summer</c> and are expected to recover '
     '<c date "2018-FA">this autumn</c>.'),
    ("g09", "season", "2024-03-20",
     'The ferry service will resume in <c date "2024-SU">the summer</c>, after repairs that began '
     '<c date "2023-SP">last spring</c>.'),
    ("g10", "season", "2023-11-05",
     'The plant closed in <c date "2021-SP">spring 2021</c>.'),
    ("g11", "ordinal_day", "2018-02-15",
     'The contract was signed on <c date "2018-02-14">the 14th</c>.'),
    ("g12", "ordinal_day", "2024-07-09",
     'Rents are due by <c date "2024-08-01">the 1st</c>, and the next hearing is on '
     '<c date "2024-07-23">the 23rd</c>.'),
    ("g13", "ordinal_day", "2023-05-25",
     'Protesters gathered outside <c date "13">the 14th-century</c> cathedral on <c date "2023-05-21">the 21st</c>.'),
    ("g14", "bare_year", "2016-06-20",
     'Unlike <c date "1992">1992</c>, the pound is not being defended by the Bank of England.'),
    ("g15", "bare_year", "2020-03-10",
     'Since <c date "2008">2008</c>, wages have barely grown, and growth is weaker than in '
     '<c date "1999">1999</c>.'),
    ("g16", "bare_year", "2019-09-02",
     'As in <c date "1987">1987</c>, the market fell by <c percent 20>20%</c> in '
     '<c duration "P1D">a single day</c>.'),
    ("g17", "exchange_rate", "2018-02-15",
     'The yuan held at <c money {"amount": 6.8, "currency": "CNY", "per": "USD"}>6.8 to the dollar'
     '</c> on <c date "2018-02-12">Monday</c>.'),
    ("g18", "exchange_rate", "2024-04-16",
     'The rupee was trading at <c money {"amount": 83.1, "currency": "INR", "per": "USD"}>83.1 per '
     'dollar</c> in early deals.'),
    ("g19", "exchange_rate", "2024-04-29",
     'The yen slid to <c money {"amount": 158, "currency": "JPY", "per": "USD"}>158 yen to the '
     'dollar</c>, its weakest in <c duration "P34Y">34 years</c>.'),
    ("g20", "exchange_rate", "2023-10-02",
     'The naira closed at <c money {"amount": 1100, "currency": "NGN", "per": "USD"}>1,100 against the '
     'dollar</c>.'),
    ("g21", "number_name", "2023-04-12",
     'The campaign to free the Birmingham Six took 16 years.'.replace(
         "16 years", '<c duration "P16Y">16 years</c>')),
    ("g22", "number_name", "2022-11-11",
     'He served in World War Two and later presented a show on Radio Four.'),
    ("g23", "number_name", "2024-02-02",
     'A spokesman for No 10 said Channel 4 would screen the Apollo 11 film.'),
    ("g24", "number_name", "2023-07-07",
     'The bonds were rated B-2 by Moody\'s and AA+ by S&P, while Formula One teams read Catch-22.'),
    ("g25", "number_name", "2024-03-03",
     'The Big Four accounting firms and the Gang of Four were named in the report.'),
    ("g26", "show_name", "2018-02-15",
     'She told The Sunday Telegraph and the Today programme that she would stand down.'),
    ("g27", "show_name", "2023-11-24",
     'Retailers promoted Black Friday deals for <c duration "PXW">weeks</c>, and queues formed on '
     '<c date "2023-11-24">Black Friday</c>.'),
    ("g28", "show_name", "2024-09-10",
     'He presented Monday Night Football and wrote for the Mail on Sunday and USA Today.'),
]

_TAG = re.compile(r"<c (?P<k>\w+) (?P<v>[^<>]*?)(?: (?P<m>[A-Z_]{4,}))?>(?P<t>[^<]*)</c>")


def parse(marked: str) -> tuple[str, list[dict]]:
    out, gold, pos, length = [], [], 0, 0
    for m in _TAG.finditer(marked):
        out.append(marked[pos:m.start()])
        length += m.start() - pos
        value = json.loads(m.group("v"))
        g = {"start": length, "end": length + len(m.group("t")), "text": m.group("t"), "kind": m.group("k"),
             "value": value}
        if m.group("m"):
            g["mod"] = m.group("m")
        if m.group("k") == "money":
            g["currency"] = value.get("currency")
        gold.append(g)
        out.append(m.group("t"))
        length += len(m.group("t"))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), gold


def main() -> None:
    with open(OUT, "w", encoding="utf-8") as f:
        for ident, focus, published, marked in ITEMS:
            text, gold = parse(marked)
            for g in gold:
                assert text[g["start"]:g["end"]] == g["text"]
            f.write(json.dumps({"id": ident, "published": published, "focus": focus, "text": text, "gold": gold},
                               ensure_ascii=False) + "\n")
    print(f"{len(ITEMS)} items -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
