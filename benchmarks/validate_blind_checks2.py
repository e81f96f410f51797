#!/usr/bin/env python3
"""Validate the blind-checks-2 sets: every line parses, fields and types are right, every span lies
inside its text (and inside the full article for the TimeBank items), ids are unique, and the counts
meet the minimums (16 inconsistent and 16 consistent items per rule, 288 in all, ~20 articles).

Scores nothing: it never runs workbench. Exit status 1 on any problem.

Run:  python3 benchmarks/validate_blind_checks2.py
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SET = os.path.join(HERE, "data", "blind-checks-2.jsonl")
ARTICLES = os.path.join(HERE, "data", "blind-checks-2-articles.jsonl")
RULES = ["weekday", "parts_total", "percentage", "change", "rate", "repeated_quantity",
         "currency", "age", "duration"]
FIELDS = {"id", "rule", "consistent", "published", "text", "spans", "expected", "note"}


def check_spans(spans, text: str, where: str, problems: list[str]) -> None:
    if not isinstance(spans, list) or not spans:
        problems.append(f"{where}: spans must be a non-empty list")
        return
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)
                and 0 <= sp[0] < sp[1] <= len(text)):
            problems.append(f"{where}: bad span {sp} (text length {len(text)})")
        elif text[sp[0]:sp[1]] != text[sp[0]:sp[1]].strip():
            problems.append(f"{where}: span {sp} has edge whitespace: {text[sp[0]:sp[1]]!r}")


def validate_set(problems: list[str]) -> dict:
    counts = {r: {"inconsistent": 0, "consistent": 0, "tempting": 0} for r in RULES}
    ids = set()
    with open(SET, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{os.path.basename(SET)}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: does not parse: {exc}")
                continue
            missing = FIELDS - row.keys()
            if missing:
                problems.append(f"{where}: missing {sorted(missing)}")
                continue
            if row["id"] in ids:
                problems.append(f"{where}: duplicate id {row['id']}")
            ids.add(row["id"])
            if row["rule"] not in RULES:
                problems.append(f"{where}: unknown rule {row['rule']!r}")
                continue
            if not isinstance(row["consistent"], bool):
                problems.append(f"{where}: consistent must be true/false")
            try:
                dt.date.fromisoformat(row["published"])
            except (TypeError, ValueError):
                problems.append(f"{where}: published must be YYYY-MM-DD")
            text = row["text"]
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{where}: empty text")
                continue
            check_spans(row["spans"], text, where, problems)
            if not row["consistent"] and not row["expected"]:
                problems.append(f"{where}: inconsistent item without expected")
            if row["consistent"] and row["expected"] is not None:
                problems.append(f"{where}: consistent item with expected")
            c = counts[row["rule"]]
            c["consistent" if row["consistent"] else "inconsistent"] += 1
            if row.get("tempting"):
                if not row["consistent"]:
                    problems.append(f"{where}: tempting items must be consistent")
                c["tempting"] += 1
    for rule, c in counts.items():
        for k in ("inconsistent", "consistent"):
            if c[k] < 16:
                problems.append(f"{rule}: only {c[k]} {k} items (minimum 16)")
    total = sum(c["inconsistent"] + c["consistent"] for c in counts.values())
    if total < 288:
        problems.append(f"only {total} items (minimum 288)")
    return counts


def validate_articles(problems: list[str]) -> list[dict]:
    from checks_timebank import planted_articles
    with open(ARTICLES, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{os.path.basename(ARTICLES)}:{n}"
            row = json.loads(line)
            for key in ("id", "source", "after", "sentence", "planted"):
                if key not in row:
                    problems.append(f"{where}: missing {key}")
            p = row["planted"]
            if p.get("rule") not in RULES:
                problems.append(f"{where}: unknown rule {p.get('rule')!r}")
            check_spans(p.get("spans"), row["sentence"], where, problems)
            if not p["consistent"] and not p.get("expected"):
                problems.append(f"{where}: inconsistent plant without expected")
    try:
        arts = planted_articles(ARTICLES)
    except FileNotFoundError as exc:
        problems.append(f"TimeBank not readable in place: {exc}")
        return []
    for a in arts:
        check_spans(a["planted"]["article_spans"], a["text"], a["id"], problems)
        if not a["published"]:
            problems.append(f"{a['id']}: no DCT")
    if not 15 <= len(arts) <= 30:
        problems.append(f"{len(arts)} articles, expected about 20")
    return arts


def main() -> int:
    problems: list[str] = []
    counts = validate_set(problems)
    arts = validate_articles(problems)
    print(f"{'rule':20} {'incons':>6} {'cons':>5} {'tempting':>8}")
    for rule, c in counts.items():
        print(f"{rule:20} {c['inconsistent']:6} {c['consistent']:5} {c['tempting']:8}")
    tot = {k: sum(c[k] for c in counts.values()) for k in ("inconsistent", "consistent", "tempting")}
    print(f"{'total':20} {tot['inconsistent']:6} {tot['consistent']:5} {tot['tempting']:8}"
          f"   ({tot['inconsistent'] + tot['consistent']} items)")
    print(f"articles: {len(arts)} ({sum(not a['planted']['consistent'] for a in arts)} planted errors, "
          f"{sum(a['planted']['consistent'] for a in arts)} controls)")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
