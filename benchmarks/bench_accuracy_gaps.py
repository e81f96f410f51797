"""Accuracy of figures and dates together, per focus, on a set of items each about one known gap.

    python benchmarks/bench_accuracy_gaps.py [--data FILE] [--misses]

The default set is ``benchmarks/data/newsdev-gaps.jsonl`` (built by ``benchmarks/make_newsdev_gaps.py``).
Each line has the shape of ``benchmarks/data/blind-figures.jsonl`` plus a ``focus``: ``{"id", "published",
"text", "focus", "gold": [{"start", "end", "text", "kind", "value", "mod"?, "currency"?}]}``; every figure,
date, time and duration of the item is in ``gold`` (an item with an empty ``gold`` says nothing there is a
claim: "the Birmingham Six"). ``focus`` is a category name (fraction, four_digit_count, season,
ordinal_day, bare_year, exchange_rate, number_name, show_name ...) or a list of them.

Matching follows the held-out scorer, on characters: a claim matches a gold item of the same kind group
(date, time, duration and set form one group) that it overlaps, nearest start first, each used once;
strict: the same span, ignoring a leading "the"/"a"/"an" and trailing punctuation; value: temporal values
equal as strings, numbers within 0.5%, and for money the currency (and ``per``, when the gold has it) too.
Prints P, R, F1, strict F1 and value accuracy per focus and overall. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_accuracy import _amount, _span, load  # noqa: E402
from workbench.core.extract import extract  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "newsdev-gaps.jsonl"
GROUP = {"date": "temporal", "time": "temporal", "duration": "temporal", "set": "temporal", "money": "money",
         "count": "count", "percent": "percent", "quantity": "quantity"}


def same_value(kind: str, gold: object, got: object) -> bool:
    if GROUP[kind] == "temporal":
        return str(got) == str(gold)
    a, b = _amount(gold), _amount(got)
    if a is None or b is None:
        return a is None and b is None
    if abs(a - b) > 0.005 * max(abs(a), 1e-9):
        return False
    if kind == "money" and isinstance(gold, dict):
        if not isinstance(got, dict) or str(got.get("currency") or "").upper() != str(gold.get("currency") or "").upper():
            return False
        return "per" not in gold or got.get("per") == gold["per"]
    return True


def score(docs: list[dict], misses: list[str]) -> dict[str, dict[str, int]]:
    tallies: dict[str, dict[str, int]] = {}
    for d in docs:
        published = dt.date.fromisoformat(d["published"]) if d.get("published") else None
        text = d["text"]
        claims = [c.to_dict() for c in extract(text, published) if c.kind in GROUP]
        focus = d.get("focus") or "none"
        focuses = [focus] if isinstance(focus, str) else list(focus)
        t = dict.fromkeys(("gold", "sys", "rel", "strict", "vn", "vok"), 0)
        t["gold"], t["sys"] = len(d["gold"]), len(claims)
        used: set[int] = set()
        for g in d["gold"]:
            cands = [i for i, c in enumerate(claims) if i not in used and GROUP[c["kind"]] == GROUP[g["kind"]]
                     and c["start"] < g["end"] and g["start"] < c["end"]]
            if not cands:
                misses.append(f"MISSED  {d['id']} [{focus}]: {g['text']!r} ({g['kind']} {g['value']})")
                continue
            i = min(cands, key=lambda i: abs(claims[i]["start"] - g["start"]))
            used.add(i)
            c = claims[i]
            t["rel"] += 1
            if _span(text, c["start"], c["end"]) == _span(text, g["start"], g["end"]):
                t["strict"] += 1
            else:
                misses.append(f"SPAN    {d['id']} [{focus}]: gold {g['text']!r} got {c['text']!r}")
            t["vn"] += 1
            if same_value(g["kind"], g["value"], c.get("value")):
                t["vok"] += 1
            else:
                misses.append(f"VALUE   {d['id']} [{focus}]: {g['text']!r} gold {g['value']} got {c.get('value')}")
        for i, c in enumerate(claims):
            if i not in used:
                misses.append(f"EXTRA   {d['id']} [{focus}]: {c['text']!r} ({c['kind']} {c.get('value')})")
        for name in [*focuses, "all"]:
            total = tallies.setdefault(name, dict.fromkeys(t, 0))
            for key, n in t.items():
                total[key] += n
    return tallies


def _prf(rel: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = rel / n_sys if n_sys else 1.0
    r = rel / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--misses", action="store_true", help="list misses, span and value errors, extras")
    args = ap.parse_args()
    docs = load(args.data)
    misses: list[str] = []
    tallies = score(docs, misses)
    if args.misses:
        for m in misses:
            print("   ", m)
    print(f"{len(docs)} items, {tallies.get('all', {}).get('gold', 0)} gold claims")
    print(f"{'focus':18s} {'P':>6s} {'R':>6s} {'F1':>6s} {'strictF1':>9s} {'valueAcc':>9s} {'gold':>5s} {'sys':>5s}")
    for name in sorted(k for k in tallies if k != "all") + ["all"]:
        t = tallies[name]
        p, r, f = _prf(t["rel"], t["sys"], t["gold"])
        fs = _prf(t["strict"], t["sys"], t["gold"])[2]
        va = t["vok"] / t["vn"] if t["vn"] else 1.0
        print(f"{name:18s} {p:6.3f} {r:6.3f} {f:6.3f} {fs:9.3f} {va:9.3f} {t['gold']:5d} {t['sys']:5d}")


if __name__ == "__main__":
    main()
