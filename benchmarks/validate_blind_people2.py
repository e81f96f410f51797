"""Check benchmarks/data/blind-people-2.jsonl: every line parses and every span matches its text.

    python benchmarks/validate_blind_people2.py [FILE]

Checks, per line: the keys (and only those), a YYYY-MM-DD ``published`` date, 120-300 words of text;
for each person ``text[start:end] == text``, the span on word boundaries, no two person spans
overlapping, ``refers_to`` null for a first mention and otherwise the index of an earlier first
mention with the same ``name``; for each quote ``text[start:end] == text``, a non-empty speaker and
verb, a boolean ``direct``, and a direct quote sitting between quotation marks (or running to the end
of its paragraph). Prints the counts and exits 1 on any problem. It does not run the extractor.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent / "data" / "blind-people-2.jsonl"
LINE_KEYS = {"id", "published", "style", "text", "people", "quotes"}
PERSON_KEYS = {"start", "end", "text", "name", "title", "refers_to"}
QUOTE_KEYS = {"start", "end", "text", "speaker", "verb", "direct"}
OPEN_MARKS = "\u201c\u2018\"'"
CLOSE_MARKS = "\u201d\u2019\"'"


def check_line(n: int, raw: str, seen: set[str]) -> list[str]:
    errs: list[str] = []
    try:
        rec = json.loads(raw)
    except json.JSONDecodeError as exc:
        return [f"line {n}: not JSON ({exc})"]
    where = f"line {n} ({rec.get('id')})"
    if set(rec) != LINE_KEYS:
        errs.append(f"{where}: keys {sorted(rec)}")
        return errs
    if rec["id"] in seen:
        errs.append(f"{where}: duplicate id")
    seen.add(rec["id"])
    try:
        dt.date.fromisoformat(rec["published"])
        assert len(rec["published"]) == 10
    except (ValueError, AssertionError, TypeError):
        errs.append(f"{where}: bad published {rec['published']!r}")
    text = rec["text"]
    words = len(text.split())
    if not 120 <= words <= 300:
        errs.append(f"{where}: {words} words")

    people = rec["people"]
    first_of: dict[str, int] = {}
    last_end = -1
    for i, p in enumerate(people):
        pw = f"{where} person {i}"
        if set(p) != PERSON_KEYS:
            errs.append(f"{pw}: keys {sorted(p)}")
            continue
        s, e = p["start"], p["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errs.append(f"{pw}: bad offsets {s}, {e}")
            continue
        if text[s:e] != p["text"]:
            errs.append(f"{pw}: text[{s}:{e}] = {text[s:e]!r} != {p['text']!r}")
        if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
            errs.append(f"{pw}: {p['text']!r} not on word boundaries")
        if s < last_end:
            errs.append(f"{pw}: overlaps or precedes the previous mention")
        last_end = e
        if not p["name"]:
            errs.append(f"{pw}: empty name")
        if p["title"] is not None and not (isinstance(p["title"], str) and p["title"].strip()):
            errs.append(f"{pw}: title must be null or a non-empty string")
        ref = p["refers_to"]
        if ref is None:
            if p["name"] in first_of:
                errs.append(f"{pw}: {p['name']!r} already introduced at {first_of[p['name']]}, refers_to is null")
            else:
                first_of[p["name"]] = i
        else:
            if not (isinstance(ref, int) and 0 <= ref < i):
                errs.append(f"{pw}: refers_to {ref!r} not an earlier index")
            elif people[ref]["refers_to"] is not None or people[ref]["name"] != p["name"]:
                errs.append(f"{pw}: refers_to {ref} is not the first mention of {p['name']!r}")

    for j, q in enumerate(rec["quotes"]):
        qw = f"{where} quote {j}"
        if set(q) != QUOTE_KEYS:
            errs.append(f"{qw}: keys {sorted(q)}")
            continue
        s, e = q["start"], q["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errs.append(f"{qw}: bad offsets {s}, {e}")
            continue
        if text[s:e] != q["text"]:
            errs.append(f"{qw}: text[{s}:{e}] = {text[s:e]!r} != {q['text']!r}")
        if not q["speaker"] or not q["verb"]:
            errs.append(f"{qw}: empty speaker or verb")
        if not isinstance(q["direct"], bool):
            errs.append(f"{qw}: direct must be a boolean")
        elif q["direct"]:
            if s == 0 or text[s - 1] not in OPEN_MARKS:
                errs.append(f"{qw}: direct quote does not open after a quotation mark")
            if e < len(text) and text[e] not in CLOSE_MARKS and text[e] != "\n":
                errs.append(f"{qw}: direct quote does not close at a quotation mark or paragraph end")
    return errs


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    errs: list[str] = []
    seen: set[str] = set()
    recs = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            errs.append(f"line {n}: blank")
            continue
        errs += check_line(n, raw, seen)
        with contextlib.suppress(json.JSONDecodeError):
            recs.append(json.loads(raw))
    people = [p for r in recs for p in r.get("people", [])]
    quotes = [q for r in recs for q in r.get("quotes", [])]
    print(f"{path}: {len(recs)} paragraphs, {len(people)} person mentions "
          f"({sum(p.get('refers_to') is None for p in people)} first, "
          f"{sum(p.get('refers_to') is not None for p in people)} later), "
          f"{sum(bool(p.get('title')) for p in people)} titled, "
          f"{sum(q.get('direct') is True for q in quotes)} direct quotes, "
          f"{sum(q.get('direct') is False for q in quotes)} indirect")
    for e in errs:
        print("ERROR", e)
    print("ok" if not errs else f"{len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
