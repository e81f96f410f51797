#!/usr/bin/env python3
"""Build benchmarks/data/blind-lens-2.jsonl from the hand-written labels in passages.py.

Labels name a phrase (plus occurrence number or a unique context string) and a
date spec; anchors are resolved with datetime (lens2lib.resolve), offsets are
found by script. Exits non-zero on any failed check. Prints counts."""
import collections
import datetime as dt
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lens2lib import (DAYS, MONTHS, PREPS, D, dmy, find_span, fmt, default_prep, in_quote,
                      interval, month_of, prev_word, resolve, sentence_initial)
from passages import PASSAGES

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "blind-lens-2.jsonl")
CLASS = {"rd": "relative_date", "tf": "then_future", "ps": "present_state", "rf": "running_figure",
         "age": "running_figure", "dur": "running_figure", "ytd": "running_figure",
         "toll": "running_figure", "latest": "running_figure", "ti": "title"}
errors = []


def err(pid, msg):
    errors.append(f"{pid}: {msg}")


def cap(s):
    return s[0].upper() + s[1:] if s else s


def build_finding(pid, text, p, f):
    phrase, kind = f[0], f[1]
    kw = f[2] if len(f) > 2 else {}
    spec = kw.get("a")
    s, e = find_span(text, phrase, kw.get("occ", 1), kw.get("ctx"))
    q = in_quote(text, s, e)
    month = month_of(p)
    cls = CLASS[kind]
    if kind in ("rd", "tf"):
        anchor = resolve(spec, p)
    elif kind == "ps":
        anchor = spec or "PRESENT_REF"
    elif kind == "age":
        n = re.search(r"\d+", phrase).group(0)
        anchor = f"P{n}Y"
    elif kind == "dur":
        anchor = spec
    elif kind == "ytd":
        anchor = spec if "a" in kw else str(p.year)
    elif kind == "toll":
        anchor = p.isoformat()
    elif kind == "latest":
        anchor = "PRESENT_REF"
    elif kind == "ti":
        anchor = p.isoformat()
    else:
        anchor = spec
    # reads_as
    reads = kw.get("r")
    if reads is None:
        if kind in ("rd", "tf"):
            reads = fmt(anchor, with_day=True)
        elif kind in ("ps", "latest"):
            reads = month
        elif kind == "age":
            reads = re.search(r"\d+", phrase).group(0) + f" years old in {month}"
        elif kind == "dur":
            reads = f"{phrase} as of {month}"
        elif kind == "ytd":
            reads = f"1 January to {dmy(p)}"
        elif kind == "toll":
            reads = f"the figure on {dmy(p)}"
        elif kind == "ti":
            reads = f"title as of {dmy(p)}"
    # suggestion
    sugg = kw.get("s")
    said = kw.get("said")      # day of speaking, if not the publication day
    if q and sugg is None:
        sp = f"said on {dmy(D.fromisoformat(said))}" if said else f"said in {month}"
        if kind == "ps":
            sugg = sp
        else:
            sugg = f'{sp}; "{phrase}" meant {reads}'
            if kind == "tf":
                sugg += ": check what happened"
    if sugg is None:
        pw = prev_word(text, s)
        poss = text[e:e + 2] == "'s"
        if kind == "rd":
            prep = kw.get("prep")
            if prep is None:
                prep = "" if (pw in PREPS or poss) else default_prep(anchor)
            sugg = prep + fmt(anchor)
            if sentence_initial(text, s):
                sugg = cap(sugg)
        elif kind == "tf":
            prep = kw.get("prep")
            when = kw.get("r") or fmt(anchor)
            if prep is None:
                if pw in ("by", "until", "from", "before", "after", "through"):
                    prep = pw + " "
                elif when.startswith(("the ", "mid-", "early ", "late ")) or not re.match(r"\d{4}-\d\d-\d\d", anchor or ""):
                    prep = "in "
                else:
                    prep = "on "
                if when.startswith(("the morning", "the evening", "the afternoon", "the night", "the weekend")) and prep == "in ":
                    prep = "on "
            sugg = f"expected {prep}{when}: check what happened"
        elif kind == "ps":
            word = phrase.lower()
            if word == "already":
                sugg = f"by {month}"
            elif word == "until now":
                sugg = f"until {month}"
            elif word in ("recently",):
                sugg = f"in the months before {month}"
            elif word in ("still", "yet"):
                sugg = f"{word} (as of {month})"
            else:
                sugg = f"as of {month}"
        elif kind == "age":
            sugg = "then " + phrase
        elif kind == "dur":
            sugg = f"{phrase} as of {month}"
        elif kind == "ytd":
            sugg = f"between 1 January and {dmy(p)}"
        elif kind == "toll":
            sugg = f"had by {dmy(p)} risen to"
        elif kind == "latest":
            sugg = f"the then-latest ({month})"
        elif kind == "ti":
            sugg = "then-" + phrase
        if sentence_initial(text, s) and kind not in ("tf",):
            sugg = cap(sugg)
    rec = {"start": s, "end": e, "text": text[s:e], "class": cls, "anchor": anchor,
           "reads_as": reads, "in_quote": q, "suggestion": sugg}
    if "note" in kw:
        rec["note"] = kw["note"]
    if "q" in kw and kw["q"] != q:
        err(pid, f"in_quote label {kw['q']} != derived {q} for {phrase!r}")
    return rec


def check(pid, rec, text, p, as_of, f):
    s, e = rec["start"], rec["end"]
    if text[s:e] != rec["text"]:
        err(pid, f"span mismatch {rec['text']!r}")
    if (s > 0 and (text[s - 1].isalnum())) or (e < len(text) and text[e].isalnum()):
        err(pid, f"span inside a word {rec['text']!r}")
    a = rec["anchor"]
    iv = interval(a) if isinstance(a, str) else None
    # weekday names in span / reads_as agree with anchor day
    if iv and iv[0] == iv[1]:
        for name in DAYS:
            if name in rec["text"] or name in (rec["reads_as"] or ""):
                if DAYS[iv[0].weekday()] != name:
                    err(pid, f"weekday {name} != anchor {a} ({rec['text']})")
    abbrev = {"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
    for mname in MONTHS + list(abbrev):
        if re.search(r"\b" + re.escape(mname) + r"(?!\w)", rec["text"]) and iv:
            k = abbrev.get(mname) or MONTHS.index(mname) + 1
            if iv[0].month != k and iv[1].month != k:
                err(pid, f"month {mname} not in anchor {a}")
    if rec["class"] == "then_future":
        if iv is None and a != "FUTURE_REF" and not str(a).startswith("P"):
            err(pid, f"then_future without date anchor {rec['text']}")
        if iv:
            if iv[1] <= p:
                err(pid, f"then_future not after publication: {rec['text']} {a}")
            if iv[1] >= as_of:
                err(pid, f"then_future ends on/after as_of: {rec['text']} {a}")
        if not rec["suggestion"].endswith("check what happened"):
            err(pid, f"then_future note: {rec['suggestion']}")
    if rec["class"] == "relative_date" and iv:
        if iv[0] > p and iv[1] < as_of:
            err(pid, f"future relative_date wholly before as_of should be then_future: {rec['text']} {a}")
    if rec["in_quote"] and not rec["suggestion"].startswith("said"):
        err(pid, f"quote finding without attribution note: {rec['text']}")
    if rec["class"] in ("relative_date",) and not rec["in_quote"] and iv:
        try:
            fa = fmt(a)
        except ValueError:
            fa = None
        if fa and fa not in rec["suggestion"]:
            err(pid, f"suggestion lacks formatted anchor: {rec['suggestion']}")
    if rec["class"] == "present_state" and not rec["in_quote"]:
        if month_of(p) not in rec["suggestion"] and dmy(p) not in rec["suggestion"]:
            err(pid, f"present_state suggestion lacks the date: {rec['suggestion']}")


def main():
    out, ids = [], set()
    counts = collections.Counter()
    quote_counts = collections.Counter()
    weekdays = collections.Counter()
    nquote_items = 0
    words = []
    non_default_asof = 0
    for P in PASSAGES:
        pid, text = P["id"], P["text"]
        if pid in ids:
            err(pid, "duplicate id")
        ids.add(pid)
        p = D.fromisoformat(P["published"])
        as_of = D.fromisoformat(P.get("as_of", "2026-12-01"))
        if as_of != D(2026, 12, 1):
            non_default_asof += 1
        weekdays[DAYS[p.weekday()]] += 1
        n = len(re.findall(r"[A-Za-z0-9£$₹][\w'’.,%£$₹-]*", text))
        words.append(n)
        if not 80 <= n <= 160:
            err(pid, f"word count {n}")
        recs = []
        for f in P["findings"]:
            try:
                r = build_finding(pid, text, p, f)
            except Exception as ex:   # noqa
                err(pid, f"{f[0]!r}: {ex!r}")
                continue
            check(pid, r, text, p, as_of, f)
            recs.append(r)
        recs.sort(key=lambda r: r["start"])
        for a, b in zip(recs, recs[1:]):
            if b["start"] < a["end"]:
                err(pid, f"overlap {a['text']!r} / {b['text']!r}")
        for t in P.get("traps", []):
            tt, _, ctx = t.partition("|")
            try:
                s, e = find_span(text, tt, 1, ctx or None)
            except AssertionError as ex:
                err(pid, f"trap {t!r} not found: {ex}")
                continue
            if any(r["start"] < e and s < r["end"] for r in recs):
                err(pid, f"trap {tt!r} overlaps a finding")
        for r in recs:
            counts[r["class"]] += 1
            if r["in_quote"]:
                quote_counts[r["class"]] += 1
        if any(r["in_quote"] for r in recs):
            nquote_items += 1
        rec = {"id": pid, "published": P["published"], "as_of": as_of.isoformat(), "text": text,
               "findings": recs}
        if P.get("traps"):
            rec["not_flagged"] = [t.partition("|")[0] for t in P["traps"]]
        if P.get("note"):
            rec["note"] = P["note"]
        out.append(rec)
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} check failures", file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    total = sum(counts.values())
    print(f"{len(out)} passages, {total} findings, words {min(words)}-{max(words)}")
    print("by class:", dict(counts.most_common()))
    print("in quotes:", sum(quote_counts.values()), dict(quote_counts), "in", nquote_items, "passages")
    print("passages with no finding:", [r["id"] for r in out if not r["findings"]])
    print("as_of other than 2026-12-01:", non_default_asof)
    print("publication weekdays:", dict(weekdays))
    print("years:", min(P["published"] for P in PASSAGES)[:4], "-", max(P["published"] for P in PASSAGES)[:4])


if __name__ == "__main__":
    main()
