"""Accuracy of the people and quotes the extractor finds, on a set of news paragraphs.

    python benchmarks/bench_accuracy_people.py [--data FILE] [--misses]

The default set is ``benchmarks/data/newsdev-people.jsonl`` (written for this project; built by
``benchmarks/make_newsdev_people.py``). Each line: ``{"id", "published", "text", "people": [{"start", "end",
"text", "name", "title", "refers_to"}], "quotes": [{"start", "end", "text", "speaker", "verb", "direct"}]}``,
where a person's ``refers_to`` is the index in ``people`` of the first mention of the same person (or null).

Scored, on characters, claims matched one to one (nearest start wins):
  people   recall and precision of the name spans, by overlap and exact; title exact over the gold
           mentions that have a title (case-insensitive, ignoring a leading "the"/"a"); refers_to accuracy
           over matched mentions (a later mention is right when it points into the gold first mention)
  quotes   recall and precision by overlap, direct and indirect separately; speaker accuracy over matched
           quotes (case-insensitive, ignoring a leading "the"/"a"); verb accuracy over matched quotes
A benchmark, not a test: it prints figures and always exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core.extract import extract  # noqa: E402
from workbench.core.extract.pipeline import ALL_KINDS  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "newsdev-people.jsonl"


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def norm(s: str | None) -> str:
    """Case-insensitive, without a leading "the"/"a"/"an", spaces and curly apostrophes evened out."""
    s = " ".join((s or "").replace("\u2019", "'").lower().split())
    for article in ("the ", "a ", "an "):
        if s.startswith(article):
            return s[len(article):]
    return s


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _match(gold: list[dict], found: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each gold item with the nearest-starting overlapping found item, each found item used once."""
    used: set[int] = set()
    out = []
    for g in gold:
        cands = [i for i, c in enumerate(found) if i not in used and _overlaps(g, c)]
        if not cands:
            out.append((g, None))
            continue
        i = min(cands, key=lambda i: abs(found[i]["start"] - g["start"]))
        used.add(i)
        out.append((g, found[i]))
    return out


class Tally(dict):
    def add(self, key: str, n: int = 1) -> None:
        self[key] = self.get(key, 0) + n


def score(docs: list[dict], misses: list[str]) -> Tally:
    t = Tally()
    for d in docs:
        published = dt.date.fromisoformat(d["published"]) if d.get("published") else None
        claims = [c.to_dict() for c in extract(d["text"], published, ALL_KINDS)]
        people = [c for c in claims if c["kind"] == "person"]
        quotes = [c for c in claims if c["kind"] == "quote"]
        gold_people = d.get("people", [])
        t.add("p_gold", len(gold_people))
        t.add("p_sys", len(people))
        matched = _match(gold_people, people)
        for g, c in matched:
            if c is None:
                misses.append(f"MISSED person  {d['id']}: {g['text']!r}")
                if g.get("title"):
                    t.add("title_n")
                continue
            t.add("p_rel")
            if (c["start"], c["end"]) == (g["start"], g["end"]):
                t.add("p_exact")
            else:
                misses.append(f"SPAN   person  {d['id']}: gold {g['text']!r} got {c['text']!r}")
            if g.get("title"):
                t.add("title_n")
                got = (c.get("value") or {}).get("title")
                if norm(got) == norm(g["title"]):
                    t.add("title_ok")
                else:
                    misses.append(f"TITLE  person  {d['id']}: {g['text']!r} gold {g['title']!r} got {got!r}")
            t.add("ref_n")
            ref = g.get("refers_to")
            got_ref = c.get("refers_to")
            if ref is None:
                ok = got_ref is None
            else:
                first = gold_people[ref]
                ok = got_ref is not None and first["start"] <= got_ref < first["end"]
                t.add("ref_later_n")
                t.add("ref_later_ok", ok)
            t.add("ref_ok", ok)
            if not ok:
                misses.append(f"REFERS person  {d['id']}: {g['text']!r} gold {ref} got {got_ref}")
        used = {id(c) for _, c in matched if c is not None}
        for c in people:
            if id(c) not in used:
                misses.append(f"EXTRA  person  {d['id']}: {c['text']!r}")
        for direct, label in ((True, "d"), (False, "i")):
            gold_q = [q for q in d.get("quotes", []) if bool(q["direct"]) == direct]
            sys_q = [q for q in quotes if bool(q["value"]["direct"]) == direct]
            t.add(f"{label}_gold", len(gold_q))
            t.add(f"{label}_sys", len(sys_q))
            pairs = _match(gold_q, sys_q)
            for g, c in pairs:
                kind = "direct" if direct else "indirect"
                if c is None:
                    misses.append(f"MISSED {kind:8s} {d['id']}: {g['text'][:70]!r}")
                    continue
                t.add(f"{label}_rel")
                t.add("q_rel")
                if norm(c["value"]["speaker"]) == norm(g["speaker"]):
                    t.add("speaker_ok")
                else:
                    misses.append(f"SPEAKER {kind:7s} {d['id']}: {g['text'][:40]!r} gold {g['speaker']!r} "
                                  f"got {c['value']['speaker']!r}")
                if norm(c["value"]["verb"]) == norm(g["verb"]):
                    t.add("verb_ok")
                else:
                    misses.append(f"VERB   {kind:8s} {d['id']}: {g['text'][:40]!r} gold {g['verb']!r} "
                                  f"got {c['value']['verb']!r}")
            used_q = {id(c) for _, c in pairs if c is not None}
            for c in sys_q:
                if id(c) not in used_q:
                    misses.append(f"EXTRA  {'direct' if direct else 'indirect':8s} {d['id']}: {c['text'][:70]!r}")
    return t


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--misses", action="store_true", help="list misses, span and value errors, extras")
    args = ap.parse_args()
    docs = load(args.data)
    misses: list[str] = []
    t = score(docs, misses)
    if args.misses:
        for m in misses:
            print("   ", m)
    g = t.get
    print(f"{len(docs)} paragraphs, {g('p_gold', 0)} person mentions, {g('d_gold', 0)} direct and "
          f"{g('i_gold', 0)} indirect quotes")
    print(f"people    recall {_ratio(g('p_rel', 0), g('p_gold', 0)):.3f}  precision "
          f"{_ratio(g('p_rel', 0), g('p_sys', 0)):.3f}  (overlap)   recall {_ratio(g('p_exact', 0), g('p_gold', 0)):.3f}"
          f"  precision {_ratio(g('p_exact', 0), g('p_sys', 0)):.3f}  (exact)")
    print(f"          title exact {_ratio(g('title_ok', 0), g('title_n', 0)):.3f} over {g('title_n', 0)} titled "
          f"mentions   refers_to {_ratio(g('ref_ok', 0), g('ref_n', 0)):.3f} "
          f"(later mentions {_ratio(g('ref_later_ok', 0), g('ref_later_n', 0)):.3f} of {g('ref_later_n', 0)})")
    for label, name in (("d", "direct"), ("i", "indirect")):
        print(f"quotes    {name:8s}  recall {_ratio(g(label + '_rel', 0), g(label + '_gold', 0)):.3f}  precision "
              f"{_ratio(g(label + '_rel', 0), g(label + '_sys', 0)):.3f}   gold {g(label + '_gold', 0)} "
              f"found {g(label + '_sys', 0)}")
    print(f"          speaker {_ratio(g('speaker_ok', 0), g('q_rel', 0)):.3f}  verb "
          f"{_ratio(g('verb_ok', 0), g('q_rel', 0)):.3f} over {g('q_rel', 0)} matched quotes")


if __name__ == "__main__":
    main()
