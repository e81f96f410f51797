"""Benchmark the claim extractor against ``dateparser.search_dates`` on the same text.

    python benchmarks/bench_extract.py [--size BYTES] [--dateparser-slice BYTES] [--news-only]

The extractor is timed twice in the same run, turn about: with the default kinds (dates, times, durations,
figures) and with every kind (people and quotes too, as ``workbench extract`` prints them); the ratio
between the two is the cost of the speech layer. News text is TimeBank and AQUAINT, read in place from
``../shared/devdata/timebank`` when it is there (never copied).

Prints characters per second for the seed article and for ~1 MB of deterministic news-like text built
from templates below, and the time ``dateparser.search_dates(text, languages=["en"])`` takes on the same
text. dateparser is slow, so on the large text it is timed on a slice (100 KB by default) and extrapolated
linearly; the output says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core.extract import extract  # noqa: E402
from workbench.core.extract.pipeline import ALL_KINDS  # noqa: E402

SEED = ROOT / "seeds" / "000_aad1b39bc9a57caa.txt"
DEVDATA = ROOT.parent / "shared" / "devdata"
PUBLISHED = dt.date(2018, 2, 15)

SUBJECTS = ["The ministry", "Officials", "The central bank", "Rebel forces", "The company", "Analysts",
            "The prime minister", "Police", "The United Nations", "Investors", "The regulator", "Voters",
            "The alliance", "Hospital staff", "The union", "Exporters", "The court", "Residents"]
VERBS = ["said", "reported", "announced", "warned", "confirmed", "estimated", "disclosed", "told reporters"]
TEMPLATES = [
    "{S} {V} on {WD} that {N} people had been {KILLED} in {PLACE}.",
    "{S} {V} profits rose {P}% to ${M} {SCALE} in the {ORD} quarter, from ${M2} {SCALE} a year earlier.",
    "Inflation slowed to {P} per cent in {MONTH}, the lowest in {NW} years, {S2} {V}.",
    "{S} plans to invest \u20ac{M}m over the next {NW} years, starting in {MONTH} {YEAR}.",
    "About {N:,} troops will be deployed by the end of {YEAR}, {S2} {V} last week.",
    "The pipeline, {N} km long, will carry {P} million barrels a day when it opens next spring.",
    "Talks collapsed in {YEAR} after more than a decade of negotiations, and resumed on {MONTH} {DAY}.",
    "Thousands of refugees crossed the border this week, and several hundred remain stranded.",
    "{S} said unemployment fell {P} percentage points to {P2} percent during the past three months.",
    "Shares closed at {P2} pence on {WD}, valuing the group at \u00a3{M}bn, {S2} {V}.",
    "The storm, with winds of {N} mph, destroyed {NW} schools and left {N:,} homes without power for "
    "two weeks.",
    "The deal, worth Rs {N} crore, is expected to close at 3 p.m. on {WD}, {S2} {V}.",
    "In the 1990s the city had {N:,} residents; today it has {M} million, a rise of {P}%.",
    "{S} {V} that {NW} ministers had resigned since {MONTH}, and eight more could leave next month.",
    "The report, published on {MONTH} {DAY}, {YEAR}, found that two-thirds of voters backed the plan.",
    "For details call 555-{N3}-{N4} or see page {DAY} of the G20 communique.",
    "A Boeing 737 carrying {N} passengers landed safely at {H} a.m. {WD}, {S2} {V}.",
    "Temperatures reached {T}C yesterday, and forecasters expect a cooler weekend.",
    "{S} {V} the project had cost about $1.{M} trillion over the last {NW} years.",
    "Between {N} and {N2} people attended the rally in {PLACE} on {WD} night.",
]
PLACES = ["Baghdad", "Nairobi", "Kabul", "Caracas", "Manila", "Lagos", "Kyiv", "Dhaka", "Quito", "Sanaa"]
WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December"]


def news_text(size: int, seed: int = 20180215) -> str:
    """Deterministic news-like text of about ``size`` characters, in paragraphs of a few sentences."""
    rnd = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        para = []
        for _ in range(rnd.randint(2, 5)):
            tpl = rnd.choice(TEMPLATES)
            sentence = tpl.format(
                S=rnd.choice(SUBJECTS), S2=rnd.choice(SUBJECTS).lower(), V=rnd.choice(VERBS),
                WD=rnd.choice(WEEKDAYS), N=rnd.randint(2, 40000), N2=rnd.randint(40001, 90000),
                N3=rnd.randint(100, 999), N4=rnd.randint(1000, 9999), KILLED=rnd.choice(["killed", "injured"]),
                PLACE=rnd.choice(PLACES), P=round(rnd.uniform(0.1, 30), 1), P2=round(rnd.uniform(1, 300), 1),
                M=rnd.randint(1, 900), M2=rnd.randint(1, 900), SCALE=rnd.choice(["million", "billion"]),
                ORD=rnd.choice(["first", "second", "third", "fourth"]), MONTH=rnd.choice(MONTHS),
                NW=rnd.choice(WORDS), YEAR=rnd.randint(1985, 2017), DAY=rnd.randint(1, 28),
                H=rnd.randint(1, 11), T=rnd.randint(20, 45),
            )
            para.append(sentence)
        text = " ".join(para)
        parts.append(text)
        total += len(text) + 2
    return "\n\n".join(parts)


def rate(text: str, repeat: int, kinds: tuple[str, ...] | None = None) -> float:
    """Seconds per call of ``extract`` on ``text`` (best of ``repeat``)."""
    return rates([text], repeat, kinds)


def rates(texts: list[tuple[str, dt.date | None]] | list[str], repeat: int,
          kinds: tuple[str, ...] | None = None) -> float:
    """Seconds to extract every text once (best of ``repeat``)."""
    items = [t if isinstance(t, tuple) else (t, PUBLISHED) for t in texts]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text, published in items:
            extract(text, published, kinds)
        best = min(best, time.perf_counter() - t0)
    return best


def turn_about(texts: list, repeat: int) -> tuple[float, float]:
    """Best seconds with the default kinds and with every kind, measured alternately."""
    default = every = float("inf")
    for _ in range(repeat):
        default = min(default, rates(texts, 1))
        every = min(every, rates(texts, 1, ALL_KINDS))
    return default, every


def news_texts() -> list[tuple[str, dt.date | None]]:
    """TimeBank and AQUAINT texts with their creation dates (empty when the folder is not there)."""
    if not (DEVDATA / "score.py").exists():
        return []
    sys.path.insert(0, str(DEVDATA))
    from score import load_timeml  # type: ignore[import-not-found]

    docs = load_timeml("TimeBank") + load_timeml("AQUAINT")
    return [(d["text"], dt.date.fromisoformat(d["published"]) if d["published"] else None) for d in docs]


def print_kinds(label: str, chars: int, default: float, every: float) -> None:
    print(f"{label}: {chars:,} chars")
    print(f"  extract, default kinds:  {default:8.3f} s    {chars / default / 1000:10,.0f} KB/s")
    print(f"  extract, every kind:     {every:8.3f} s    {chars / every / 1000:10,.0f} KB/s   "
          f"(people and quotes cost {every / default:.2f}x)")


def dateparser_time(text: str) -> float:
    from dateparser.search import search_dates

    t0 = time.perf_counter()
    search_dates(text, languages=["en"])
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=1_000_000, help="characters of generated text")
    ap.add_argument("--dateparser-slice", type=int, default=100_000,
                    help="characters of the generated text dateparser is timed on (then extrapolated)")
    ap.add_argument("--news-only", action="store_true", help="time the news text only (no dateparser)")
    args = ap.parse_args()

    seed = SEED.read_text(encoding="utf-8")
    extract(seed, PUBLISHED)  # warm up: compile patterns, import modules
    extract(seed, PUBLISHED, ALL_KINDS)
    news = news_texts()
    if news:
        chars = sum(len(t) for t, _ in news)
        print_kinds(f"news text (TimeBank and AQUAINT, {len(news)} documents)", chars, *turn_about(news, 5))
    if args.news_only:
        return
    print_kinds("seed article", len(seed), *turn_about([seed], 30))
    from dateparser.search import search_dates

    search_dates("warm up on Monday, 5 March 2018", languages=["en"])

    ours = rate(seed, 30)
    theirs = min(dateparser_time(seed) for _ in range(3))
    print(f"seed article: {len(seed):,} chars")
    print(f"  extract:               {ours * 1000:8.2f} ms   {len(seed) / ours:14,.0f} chars/s")
    print(f"  dateparser.search_dates{theirs * 1000:8.2f} ms   {len(seed) / theirs:14,.0f} chars/s")
    print(f"  ratio: extract is {theirs / ours:.1f}x faster")

    big = news_text(args.size)
    ours_big = rate(big, 3)
    claims = len(extract(big, PUBLISHED))
    cut = big[:args.dateparser_slice]
    cut = cut[:cut.rfind("\n\n")] if "\n\n" in cut else cut
    theirs_cut = dateparser_time(cut)
    theirs_big = theirs_cut * len(big) / len(cut)
    print(f"generated news text: {len(big):,} chars, {claims:,} claims")
    print(f"  extract:               {ours_big:8.3f} s    {len(big) / ours_big:14,.0f} chars/s")
    print(f"  dateparser.search_dates{theirs_cut:8.3f} s    {len(cut) / theirs_cut:14,.0f} chars/s "
          f"(timed on the first {len(cut):,} chars; extrapolated to {theirs_big:.1f} s for the whole text)")
    print(f"  ratio: extract is {theirs_big / ours_big:.1f}x faster")


if __name__ == "__main__":
    main()
