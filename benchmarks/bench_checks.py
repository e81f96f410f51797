"""Benchmark the consistency checks (``workbench.core.checks``): recall, false alarms, precision, speed.

    python benchmarks/bench_checks.py                      # the blind sets if present, the dev sets, TimeBank, speed
    python benchmarks/bench_checks.py --data FILE          # a labelled set of short items (repeatable)
    python benchmarks/bench_checks.py --articles FILE      # article-length texts, clean and planted (repeatable)
    python benchmarks/bench_checks.py --no-timebank --no-speed --show

Short items, one JSON object a line: ``{"id", "rule", "consistent", "published", "text", "spans", "expected",
"note"}``. Printed per rule: recall on inconsistent items (a finding of that rule overlapping a labelled
span; and rule-agnostic, any finding overlapping), the false-alarm rate on consistent items (any finding),
and precision (findings that hit a labelled span of an inconsistent item, over all findings).

Articles: ``{"id", "published", "text", "planted": null | {"rule", "spans", "expected"}}``. Printed: recall on
planted ones, false alarms per clean article, and findings in planted twins away from what was planted.

TimeBank/AQUAINT (``../shared/devdata/timebank``, read in place, text stripped of tags as ``score.py`` does,
the DCT as publication date): every finding with its file, rule, message and sentence, to judge by hand.

Speed: extraction and checks on the same ~300 KB of news-like text (``bench_extract.news_text``) and on
TimeBank, CPU time, best of seven runs taken turn about; the ratio is what the checks add to extraction. Always exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from workbench.core.checks import CheckFinding, check_story, rules  # noqa: E402
from workbench.core.extract import extract  # noqa: E402
from workbench.core.extract.sentences import Sentences  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
BLIND_ITEMS = DATA / "blind-checks.jsonl"
BLIND_ARTICLES = DATA / "blind-checks-articles.jsonl"
DEV_ITEMS = DATA / "newsdev-checks.jsonl"
DEV_ARTICLES = DATA / "newsdev-checks-articles.jsonl"
DEVDATA = ROOT.parent / "shared" / "devdata"


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _overlaps(finding: CheckFinding, spans: list[list[int]]) -> bool:
    return any(s < e2 and s2 < e for s, e in finding.spans for s2, e2 in spans)


RULE_ALIASES = {"currency": "currency_conversion"}
"""Rule names a labelled set may use for a registered rule (sets written from the issue's wording)."""


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_items(path: Path, show: bool) -> None:
    items = _read(path)
    names = [r.name for r in rules()]
    inconsistent = defaultdict(int)
    hit_rule = defaultdict(int)
    hit_any = defaultdict(int)
    consistent = defaultdict(int)
    alarmed = defaultdict(int)
    findings_by_rule = defaultdict(int)
    correct_by_rule = defaultdict(int)
    notes = []
    for item in items:
        found = check_story(item["text"], _day(item.get("published")))
        rule = RULE_ALIASES.get(item.get("rule", "?"), item.get("rule", "?"))
        for f in found:
            findings_by_rule[f.rule] += 1
            if not item["consistent"] and _overlaps(f, item.get("spans") or []):
                correct_by_rule[f.rule] += 1
        if item["consistent"]:
            consistent[rule] += 1
            if found:
                alarmed[rule] += 1
                notes.append(f"  FALSE ALARM {item['id']}: {found[0].rule}: {found[0].message}  | {item['text'][:160]}")
        else:
            inconsistent[rule] += 1
            spans = item.get("spans") or []
            if any(f.rule == rule and _overlaps(f, spans) for f in found):
                hit_rule[rule] += 1
            else:
                got = f" (found {found[0].rule}: {found[0].message})" if found else ""
                notes.append(f"  MISSED {item['id']}{got}  | {item['text'][:160]}")
            if any(_overlaps(f, spans) for f in found):
                hit_any[rule] += 1
    print(f"\n== {path.name}: {len(items)} items")
    print(f"{'rule':<20} {'incons':>6} {'recall':>7} {'any':>7} {'cons':>5} {'alarms':>7} {'findings':>8} {'precision':>9}")
    every = sorted(set(inconsistent) | set(consistent) | set(findings_by_rule),
                   key=lambda r: (names.index(r) if r in names else len(names), r))
    for rule in every:
        n, c = inconsistent[rule], consistent[rule]
        recall = f"{hit_rule[rule] / n:.3f}" if n else "-"
        any_recall = f"{hit_any[rule] / n:.3f}" if n else "-"
        alarms = f"{alarmed[rule] / c:.3f}" if c else "-"
        fn = findings_by_rule[rule]
        precision = f"{correct_by_rule[rule] / fn:.3f}" if fn else "-"
        print(f"{rule:<20} {n:>6} {recall:>7} {any_recall:>7} {c:>5} {alarms:>7} {fn:>8} {precision:>9}")
    n, c = sum(inconsistent.values()), sum(consistent.values())
    fn = sum(findings_by_rule.values())
    print(f"{'all':<20} {n:>6} {sum(hit_rule.values()) / max(n, 1):>7.3f} {sum(hit_any.values()) / max(n, 1):>7.3f} "
          f"{c:>5} {sum(alarmed.values()) / max(c, 1):>7.3f} {fn:>8} {sum(correct_by_rule.values()) / max(fn, 1):>9.3f}")
    if show:
        print("\n".join(notes))


def _read_articles(path: Path) -> list[dict]:
    """Articles as scored: a set planted in TimeBank documents (items with a ``source``) is read through
    ``checks_timebank`` (the documents stay where they are); a planted consistent sentence makes a clean
    article."""
    articles = _read(path)
    if not articles or "source" not in articles[0]:
        return articles
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from checks_timebank import planted_articles

    out = []
    for art in planted_articles(str(path)):
        plant = art["planted"]
        out.append({**art, "planted": None if plant.get("consistent") else {
            "rule": RULE_ALIASES.get(plant["rule"], plant["rule"]), "spans": plant["article_spans"], "expected": plant.get("expected")}})
    return out


def score_articles(path: Path, show: bool) -> None:
    articles = _read_articles(path)
    planted = hits = clean = clean_alarms = stray = 0
    notes = []
    for art in articles:
        found = check_story(art["text"], _day(art.get("published")))
        plant = art.get("planted")
        if plant is None:
            clean += 1
            clean_alarms += len(found)
            notes += [f"  FALSE ALARM {art['id']}: {f.rule}: {f.message}" for f in found]
            continue
        planted += 1
        spans = plant.get("spans") or []
        if any(f.rule == plant["rule"] and _overlaps(f, spans) for f in found):
            hits += 1
        else:
            notes.append(f"  MISSED {art['id']} ({plant['rule']})")
        others = [f for f in found if not _overlaps(f, spans)]
        stray += len(others)
        notes += [f"  STRAY {art['id']}: {f.rule}: {f.message}" for f in others]
    print(f"\n== {path.name}: {len(articles)} articles, {planted} planted, {clean} clean")
    print(f"recall on planted {hits / max(planted, 1):.3f} ({hits}/{planted}); false alarms per clean article "
          f"{clean_alarms / max(clean, 1):.3f} ({clean_alarms} in {clean}); findings in planted twins away from "
          f"the plant: {stray}")
    if show:
        print("\n".join(notes))


def timebank() -> None:
    score_py = DEVDATA / "score.py"
    if not score_py.exists():
        print("\n== TimeBank/AQUAINT: ../shared/devdata not found; skipped")
        return
    sys.path.insert(0, str(DEVDATA))
    import score  # the same tag stripping and DCT reading as the extraction benchmark

    docs = score.load_timeml("TimeBank") + score.load_timeml("AQUAINT")
    total = 0
    lines = []
    for doc in docs:
        text = doc["text"]
        found = check_story(text, _day(doc["published"]))
        if not found:
            continue
        sentences = Sentences(text)
        for f in found:
            total += 1
            s, e = sentences.find(f.spans[0][0])
            e = max(e, max(b for _, b in f.spans))
            lines.append(f"  {doc['id']} | {f.rule} | {f.message}\n      \u201c{' '.join(text[s:e].split())}\u201d")
    chars = sum(len(d["text"]) for d in docs)
    print(f"\n== TimeBank/AQUAINT: {len(docs)} documents, {chars:,} characters: {total} findings")
    print("\n".join(lines))


def _best(run, repeat: int = 5) -> float:
    """The shortest CPU time of ``repeat`` runs (CPU time, so that other work on the machine counts less)."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        run()
        best = min(best, time.process_time() - t)
    return best


def speed() -> None:
    from bench_extract import news_text

    sets = [("news-like text", [(news_text(300_000), dt.date(2018, 2, 15))])]
    score_py = DEVDATA / "score.py"
    if score_py.exists():
        sys.path.insert(0, str(DEVDATA))
        import score

        docs = score.load_timeml("TimeBank") + score.load_timeml("AQUAINT")
        sets.append(("TimeBank/AQUAINT", [(d["text"], _day(d["published"])) for d in docs]))
    print("\n== speed (CPU time, best of 7 turns about; checks on the extractor's claims, as the window and the CLI run them)")
    for name, texts in sets:
        claims = [extract(t, d) for t, d in texts]
        for (t, d), c in zip(texts, claims, strict=True):
            check_story(t, d, claims=c)
        t_extract = t_checks = float("inf")
        for _ in range(7):  # turn about, so that a busy moment on the machine weighs on both alike
            t_extract = min(t_extract, _best(lambda texts=texts: [extract(t, d) for t, d in texts], 1))
            t_checks = min(t_checks, _best(lambda texts=texts, claims=claims: [
                check_story(t, d, claims=c) for (t, d), c in zip(texts, claims, strict=True)], 1))
        size = sum(len(t) for t, _ in texts)
        print(f"{name:<18} {size / 1000:,.0f} KB, {sum(map(len, claims)):,} claims: extraction {t_extract:.3f} s, "
              f"checks {t_checks:.3f} s, checks add {t_checks / t_extract:.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", action="append", type=Path, default=[], help="labelled short items (JSON lines)")
    ap.add_argument("--articles", action="append", type=Path, default=[], help="articles, clean and planted")
    ap.add_argument("--no-timebank", action="store_true", help="skip the TimeBank/AQUAINT listing")
    ap.add_argument("--no-speed", action="store_true", help="skip the speed figures")
    ap.add_argument("--show", action="store_true", help="print misses and false alarms of the labelled sets")
    args = ap.parse_args()
    data, articles = args.data, args.articles
    if not data and not articles:
        data = [p for p in (BLIND_ITEMS, DEV_ITEMS) if p.exists()]
        articles = [p for p in (BLIND_ARTICLES, DEV_ARTICLES) if p.exists()]
    for path in data:
        score_items(path, args.show)
    for path in articles:
        score_articles(path, args.show)
    if not args.no_timebank:
        timebank()
    if not args.no_speed:
        speed()


if __name__ == "__main__":
    main()
    sys.exit(0)
