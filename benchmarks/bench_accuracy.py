"""Accuracy of the figure extractor (money, counts, percentages, quantities) on our own news paragraphs.

    python benchmarks/bench_accuracy.py [--data benchmarks/data/newsdev.jsonl] [--misses] [--kind money]

``benchmarks/data/newsdev.jsonl`` holds news-style paragraphs written for this project (invented figures,
not copied from any article), one JSON object a line: ``id``, ``text``, ``published`` (ISO date) and
``gold``, a list of ``{start, end, text, kind, value, unit?, currency?}`` labelled by docs/claims.md.
Only the figure kinds are labelled; temporal claims (date, time, duration) are not scored here, so the
extractor's temporal output is ignored.

Matching follows the project's scorer for held-out news, on characters:
  relaxed  a claim of the same kind overlaps a gold span (nearest start wins, each claim used once)
  strict   same span, ignoring a leading "the"/"a"/"an" and trailing punctuation
  value    over relaxed matches: numbers within 0.5%; for money the currency must agree as well

Prints precision, recall, F1, strict F1 and value accuracy per kind and overall. A benchmark, not a test:
it prints figures and always exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core.extract import extract  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "newsdev.jsonl"
KINDS = ("money", "percent", "count", "quantity")


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _span(text: str, s: int, e: int) -> tuple[int, int]:
    m = re.match(r"(?i)(the|a|an)\s+", text[s:e])
    s += m.end() if m else 0
    while e > s and text[e - 1] in ".,;:!?)\"'\u201d\u2019":
        e -= 1
    return s, e


def _amount(v: object) -> float | None:
    v = v.get("amount") if isinstance(v, dict) else v
    try:
        return float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def same_value(kind: str, gold: object, got: object) -> bool:
    a, b = _amount(gold), _amount(got)
    if a is None or b is None:
        return a is None and b is None
    if abs(a - b) > 0.005 * max(abs(a), 1e-9):
        return False
    if kind == "money" and isinstance(gold, dict):
        return isinstance(got, dict) and str(got.get("currency", "")).upper() == gold["currency"]
    return True


def score(docs: list[dict]) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Per-kind tallies (gold, sys, rel, strict, vn, vok) and a list of misses, wrong values and extras."""
    tally = {k: dict.fromkeys(("gold", "sys", "rel", "strict", "vn", "vok"), 0) for k in KINDS}
    misses: list[str] = []
    for d in docs:
        published = dt.date.fromisoformat(d["published"]) if d.get("published") else None
        text = d["text"]
        claims = [c.to_dict() for c in extract(text, published) if c.kind in KINDS]
        for c in claims:
            tally[c["kind"]]["sys"] += 1
        used: set[int] = set()
        for g in d["gold"]:
            t = tally[g["kind"]]
            t["gold"] += 1
            cands = [i for i, c in enumerate(claims) if i not in used and c["kind"] == g["kind"]
                     and c["start"] < g["end"] and g["start"] < c["end"]]
            if not cands:
                other = [c for c in claims if c["start"] < g["end"] and g["start"] < c["end"]]
                note = f"  [found as {other[0]['kind']} {other[0]['text']!r}]" if other else ""
                misses.append(f"MISSED  {d['id']}: {g['text']!r} ({g['kind']} {g['value']}){note}")
                continue
            i = min(cands, key=lambda i: abs(claims[i]["start"] - g["start"]))
            used.add(i)
            c = claims[i]
            t["rel"] += 1
            if _span(text, c["start"], c["end"]) == _span(text, g["start"], g["end"]):
                t["strict"] += 1
            else:
                misses.append(f"SPAN    {d['id']}: gold {g['text']!r} got {c['text']!r}")
            t["vn"] += 1
            if same_value(g["kind"], g["value"], c.get("value")):
                t["vok"] += 1
            else:
                misses.append(f"VALUE   {d['id']}: {g['text']!r} gold {g['value']} got {c.get('value')}")
        for i, c in enumerate(claims):
            if i not in used:
                misses.append(f"EXTRA   {d['id']}: {c['text']!r} ({c['kind']} {c.get('value')})")
    return tally, misses


def _prf(rel: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = rel / n_sys if n_sys else 0.0
    r = rel / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--misses", action="store_true", help="list misses, wrong values, span errors and extras")
    ap.add_argument("--kind", choices=KINDS, help="list errors of this kind only (with --misses)")
    args = ap.parse_args()
    docs = load(args.data)
    tally, misses = score(docs)
    if args.misses:
        for m in misses:
            if args.kind is None or f"({args.kind} " in m or (args.kind in m and "SPAN" in m):
                print("   ", m)
    print(f"{len(docs)} paragraphs, {sum(t['gold'] for t in tally.values())} gold figures")
    print(f"{'kind':9s} {'P':>6s} {'R':>6s} {'F1':>6s} {'strictF1':>9s} {'valueAcc':>9s} {'gold':>5s} {'sys':>5s}")
    total = dict.fromkeys(("gold", "sys", "rel", "strict", "vn", "vok"), 0)
    for k in KINDS:
        t = tally[k]
        for key in total:
            total[key] += t[key]
    for name, t in [*((k, tally[k]) for k in KINDS), ("all", total)]:
        p, r, f = _prf(t["rel"], t["sys"], t["gold"])
        fs = _prf(t["strict"], t["sys"], t["gold"])[2]
        va = t["vok"] / t["vn"] if t["vn"] else 0.0
        print(f"{name:9s} {p:6.3f} {r:6.3f} {f:6.3f} {fs:9.3f} {va:9.3f} {t['gold']:5d} {t['sys']:5d}")


if __name__ == "__main__":
    main()
