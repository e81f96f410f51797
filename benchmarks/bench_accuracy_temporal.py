"""Score the temporal extractor on our own modern news paragraphs (benchmarks/data/newsdev-temporal.jsonl).

    python benchmarks/bench_accuracy_temporal.py [--misses N] [--data FILE]

Each line of the data file is one paragraph written for this benchmark (not copied from any article):
``{"id", "published", "text", "gold": [{"start", "end", "kind", "value", "mod"?}]}`` with TIMEX3 values as
docs/claims.md describes them. Gold covers dates, times and durations; claims of other kinds are ignored.
Matching follows the development scorer (shared/devdata/score.py), on characters:

  relaxed  a temporal claim (date, time, duration, set) overlaps a gold span of a temporal kind
  strict   same span, ignoring a leading "the"/"a"/"an" and trailing punctuation
  value    over relaxed matches: values equal as TIMEX3 strings

Prints precision, recall, F1, strict F1, value accuracy and value F1 (value accuracy x F1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_accuracy import _span, load  # noqa: E402  (the same span rule and file reader)
from workbench.core.extract import extract  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "newsdev-temporal.jsonl"
TEMPORAL = {"date", "time", "duration", "set"}


def score(docs: list[dict], show_misses: int = 0) -> dict[str, float]:
    n_gold = n_sys = rel = strict = vn = vok = 0
    misses: list[str] = []
    for d in docs:
        published = dt.date.fromisoformat(d["published"]) if d.get("published") else None
        text = d["text"]
        claims = [c for c in extract(text, published) if c.kind in TEMPORAL]
        gold = d["gold"]
        n_gold += len(gold)
        n_sys += len(claims)
        used: set[int] = set()
        for g in gold:
            gtext = text[g["start"]:g["end"]]
            cands = [i for i, c in enumerate(claims) if i not in used
                     and c.start < g["end"] and g["start"] < c.end]
            if not cands:
                misses.append(f"MISSED  {d['id']}: {gtext!r} ({g['kind']} {g['value']})")
                continue
            i = min(cands, key=lambda i: abs(claims[i].start - g["start"]))
            used.add(i)
            c = claims[i]
            rel += 1
            if _span(text, c.start, c.end) == _span(text, g["start"], g["end"]):
                strict += 1
            else:
                misses.append(f"SPAN    {d['id']}: gold {gtext!r} got {c.text!r}")
            if g.get("value") is not None:
                vn += 1
                if str(c.value) == str(g["value"]):
                    vok += 1
                else:
                    misses.append(f"VALUE   {d['id']}: {gtext!r} gold {g['value']} got {c.value}")
        for i, c in enumerate(claims):
            if i not in used:
                misses.append(f"EXTRA   {d['id']}: {c.text!r} ({c.kind} {c.value})")
    p = rel / n_sys if n_sys else 0.0
    r = rel / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    ps, rs = (strict / n_sys if n_sys else 0.0), (strict / n_gold if n_gold else 0.0)
    fs = 2 * ps * rs / (ps + rs) if ps + rs else 0.0
    va = vok / vn if vn else 0.0
    for m in misses[:show_misses]:
        print("   ", m)
    return {"P": p, "R": r, "F1": f, "strictF1": fs, "valueAcc": va, "valueF1": va * f,
            "gold": n_gold, "claims": n_sys}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", type=int, default=0, help="print this many misses, wrong spans/values, extras")
    ap.add_argument("--data", type=Path, default=DATA, help="JSONL file of paragraphs with gold")
    args = ap.parse_args()
    docs = load(args.data)
    t = time.perf_counter()
    s = score(docs, args.misses)
    secs = time.perf_counter() - t
    print(f"newsdev  P {s['P']:.3f} R {s['R']:.3f} F1 {s['F1']:.3f} strictF1 {s['strictF1']:.3f} "
          f"valueAcc {s['valueAcc']:.3f} valueF1 {s['valueF1']:.3f}  gold {s['gold']} claims {s['claims']}  "
          f"{len(docs)} paragraphs  {secs:.2f}s")


if __name__ == "__main__":
    main()
