"""Benchmark re-anchoring claims onto revised articles (docs/revisions.md).

    python benchmarks/bench_revisions.py [--devdata DIR] [--claims N] [--repeat N]

Builds revised versions of real articles programmatically: the seed and the TimeBank/AQUAINT texts (read in
place from ``../shared/devdata/timebank``, tags stripped as ``score.py`` does), each revised with a new
paragraph carrying new figures, a deleted paragraph, one figure changed ("3,000" -> "3,600"), one date
changed, light rewording near another figure, synonym swaps elsewhere and a paragraph moved. Short texts
with too few paragraphs are revised sentence by sentence instead. The truth comes from how each revision
was built: every old claim is known to sit in untouched text, an edited sentence, a moved paragraph, a
deleted one or to be the changed figure or date; every new claim in the inserted paragraph is new.

Then both versions are extracted (``workbench.core.extract``) and re-anchored, and the script prints:

* claims in untouched text carried with exact offsets (target >= 99%), and in edited sentences and moved
  paragraphs;
* changed figures and dates flagged ``changed``, and none of them carried (target 100%);
* claims of deleted paragraphs listed as ``gone`` (>= 95%); claims of inserted paragraphs ``new`` (>= 95%);
* the time to re-anchor a 2,000-claim article (<= 1 s) and the seed (<= 50 ms), beside the time the
  extractor takes on the same text in the same run.

Old claims whose words sit in untouched text but which the extractor reads differently in the new version
(an anaphoric date whose antecedent was edited) are counted apart: for them ``changed`` is the right answer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import os
import random
import re
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench.core.extract import extract  # noqa: E402
from workbench.core.extract.sentences import Sentences  # noqa: E402
from workbench.core.revisions import (  # noqa: E402
    Mapping,
    OldClaim,
    anchor_for,
    reanchor,
    value_hash,
    word_diff,
)

SEED = ROOT / "seeds" / "000_aad1b39bc9a57caa.txt"
SEED_PUBLISHED = dt.date(2018, 2, 15)
DEVDATA = ROOT.parent / "shared" / "devdata"

SYNONYMS = {
    "said": "stated", "says": "states", "told": "informed", "officials": "authorities", "big": "large",
    "help": "assist", "began": "started", "but": "yet", "also": "likewise", "major": "leading",
    "government": "administration", "company": "firm", "country": "nation", "because": "since",
    "however": "nevertheless", "reported": "announced", "expected": "anticipated", "asked": "requested",
    "announced": "disclosed", "plan": "scheme", "important": "significant", "show": "indicate",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
INSERTS = [
    "In a separate development, officials said on {WD} that {N:,} additional staff would be hired by "
    "{MONTH} {YEAR}, at an estimated cost of ${M} million.",
    "A report released {MONTH} {DAY} found that {P}% of those surveyed backed the proposal, up from {P2}% "
    "{NW} years earlier.",
    "The programme, which runs for {NW} months, has already drawn {N:,} applicants and a pledge of "
    "\u20ac{M} million from donors.",
]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"]
WORD_RE = re.compile(r"[A-Za-z]+")
QUALIFIERS = {"about", "more", "than", "over", "under", "nearly", "almost", "some", "last", "next", "this",
              "since", "ago", "early", "late", "from", "between", "least", "most", "only", "just", "around",
              "until", "before", "after", "through", "during", "each", "every", "with", "past"}


# --------------------------------------------------------------------------- the texts


def load_timeml(folder: Path) -> list[tuple[str, str, dt.date | None]]:
    """(name, text, publication date) of each TimeML file under ``folder``, tags stripped as score.py does."""
    out = []
    for path in sorted(glob.glob(str(folder / "*" / "*.tml"))):
        root = ET.parse(path).getroot()
        dct = next((t.get("value") for t in root.iter("TIMEX3")
                    if t.get("functionInDocument") == "CREATION_TIME"), None)
        text_el = root.find("TEXT")
        text = "".join(text_el.itertext()) if text_el is not None else ""
        published = None
        if dct:
            try:
                published = dt.date.fromisoformat(dct[:10])
            except ValueError:
                published = None
        out.append((os.path.basename(path), text, published))
    return out


# --------------------------------------------------------------------------- building a revision


@dataclass
class Edit:
    start: int
    end: int
    text: str
    tag: str
    source: int | None = None  # for "move-in": where the moved text starts in the old version


@dataclass
class Revision:
    old_text: str
    new_text: str
    edits: list[Edit]
    new_start: dict[int, int]  # id(edit) -> where its text starts in the new version
    changed_spans: list[tuple[int, int]] = field(default_factory=list)  # old spans of the figures changed
    inserted_spans: list[tuple[int, int]] = field(default_factory=list)  # new spans of inserted paragraphs

    def new_offset(self, pos: int) -> int | None:
        """Where old offset ``pos`` (in text that no edit replaced) is in the new version."""
        delta = 0
        for e in self.edits:
            if e.start <= pos < e.end:
                if e.tag == "move-out":
                    moved_in = next(m for m in self.edits if m.tag == "move-in" and m.source == e.start)
                    return self.new_start[id(moved_in)] + (pos - e.start)
                return None
            if e.end <= pos:
                delta += len(e.text) - (e.end - e.start)
        return pos + delta

    def touched(self, start: int, end: int) -> set[str]:
        """Tags of the edits (other than moves) that overlap old ``start..end``."""
        return {e.tag for e in self.edits if e.tag not in ("move-out", "move-in")
                and e.start < end and (e.end > start or (e.start == e.end and e.start > start))}


def _units(text: str) -> tuple[list[tuple[int, int]], str]:
    """Paragraph spans when there are enough of them, else sentence spans; and the separator to use."""
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    if len(paras) >= 8:
        return paras, "\n\n"
    return list(Sentences(text).spans), " "


def _bump_digits(word: str) -> str:
    """"3,000" -> "3,600": the second digit (or the only one) becomes another digit."""
    digits = [i for i, ch in enumerate(word) if ch.isdigit()]
    i = digits[1] if len(digits) > 1 else digits[0]
    new = (int(word[i]) + 6) % 10
    if i == digits[0] and new == 0:
        new = 1 if word[i] != "1" else 2
    return word[:i] + str(new) + word[i + 1:]


def _changed_value(text: str, kind: str) -> str | None:
    """The claim's words with its figure or date altered, or None if nothing simple can be altered."""
    if kind == "date":
        m = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", text)
        if m:
            return text[:m.start()] + str(int(m.group()) - 1) + text[m.end():]
        for names in (MONTHS, WEEKDAYS):
            for i, name in enumerate(names):
                m = re.search(rf"\b{name}\b", text)
                if m:
                    return text[:m.start()] + names[(i + 1) % len(names)] + text[m.end():]
        return None
    if kind in ("count", "money", "percent", "quantity") and re.search(r"\d", text):
        m = re.search(r"\d[\d,.]*\d|\d", text)
        assert m is not None
        return text[:m.start()] + _bump_digits(m.group()) + text[m.end():]
    return None


def _insert_paragraph(rnd: random.Random) -> str:
    sentences = []
    for tpl in rnd.sample(INSERTS, 2):
        sentences.append(tpl.format(
            WD=rnd.choice(WEEKDAYS), N=rnd.randint(120, 9000), MONTH=rnd.choice(MONTHS),
            YEAR=rnd.randint(1999, 2030), M=rnd.randint(2, 900), DAY=rnd.randint(2, 28),
            P=rnd.randint(11, 89), P2=rnd.randint(11, 89), NW=rnd.choice(NUMBER_WORDS)))
    return " ".join(sentences)


def build_revision(text: str, claims: list, rnd: random.Random, rounds: int = 1) -> Revision:
    """A revised ``text`` with ``rounds`` edits of each kind, in distinct paragraphs (or sentences)."""
    units, sep = _units(text)
    claims_in = [[c for c in claims if s <= c.start and c.end <= e] for s, e in units]
    free = list(range(len(units)))
    rnd.shuffle(free)
    edits: list[Edit] = []
    changed_spans: list[tuple[int, int]] = []

    def take(pred) -> int | None:  # type: ignore[no-untyped-def]
        for u in free:
            if pred(u):
                free.remove(u)
                return u
        return None

    for _ in range(rounds):
        for kind_group in (("count", "money", "percent", "quantity"), ("date",)):  # the figure, the date
            def changeable(u: int, kinds: tuple[str, ...] = kind_group) -> bool:
                return any(c.kind in kinds and _changed_value(c.text, c.kind) for c in claims_in[u])
            u = take(changeable)
            if u is None:
                continue
            c = next(c for c in claims_in[u] if c.kind in kind_group and _changed_value(c.text, c.kind))
            edits.append(Edit(c.start, c.end, _changed_value(c.text, c.kind) or "", "figure"))
            changed_spans.append((c.start, c.end))
        u = take(lambda u: bool(claims_in[u]) and u + 1 < len(units))  # a deleted paragraph
        if u is not None:
            edits.append(Edit(units[u][0], units[u + 1][0], "", "delete"))
        u = take(lambda u: bool(claims_in[u]) and u + 1 < len(units))  # a moved paragraph
        if u is not None:
            target = take(lambda t, u=u: t != u + 1 and abs(t - u) > 1)
            if target is not None:
                s, e = units[u]
                edits.append(Edit(s, units[u + 1][0], "", "move-out"))
                edits.append(Edit(units[target][0], units[target][0], text[s:e] + sep, "move-in", source=s))
        target = take(lambda t: True)  # a new paragraph with new figures
        if target is not None:
            at = units[target][0]
            edits.append(Edit(at, at, _insert_paragraph(rnd) + sep, "insert"))
        u = take(lambda u: bool(claims_in[u]))  # light rewording near a figure
        if u is not None:
            c = rnd.choice(claims_in[u])
            s0 = units[u][0]
            words = [m for m in WORD_RE.finditer(text, max(s0, c.start - 40), c.start)
                     if len(m.group()) >= 4 and m.end() <= c.start - 2 and m.group().lower() not in QUALIFIERS
                     and not any(o.start < m.end() and m.start() < o.end for o in claims)]
            if words:
                w = words[-1]
                swap = SYNONYMS.get(w.group().lower())
                edits.append(Edit(w.start(), w.end(), swap if swap else "reportedly " + w.group(), "reword"))
        for _ in range(2):  # synonym swaps away from any claim
            u = take(lambda u: any(m.group().lower() in SYNONYMS for m in WORD_RE.finditer(text, *units[u])))
            if u is None:
                break
            for m in WORD_RE.finditer(text, *units[u]):
                if m.group().lower() in SYNONYMS and all(m.end() + 12 <= c.start or m.start() >= c.end + 12
                                                         for c in claims):
                    word = SYNONYMS[m.group().lower()]
                    word = word.capitalize() if m.group()[0].isupper() else word
                    edits.append(Edit(m.start(), m.end(), word, "synonym"))
    edits.sort(key=lambda e: (e.start, e.end))
    pieces, pos, new_start = [], 0, {}
    out_len = 0
    for e in edits:
        pieces.append(text[pos:e.start])
        out_len += e.start - pos
        new_start[id(e)] = out_len
        pieces.append(e.text)
        out_len += len(e.text)
        pos = e.end
    pieces.append(text[pos:])
    new_text = "".join(pieces)
    rev = Revision(text, new_text, edits, new_start, changed_spans)
    rev.inserted_spans = [(new_start[id(e)], new_start[id(e)] + len(e.text)) for e in edits if e.tag == "insert"]
    return rev


# --------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def add(self, key: str, ok: bool) -> None:
        self.counts[key, "all"] += 1
        self.counts[key, "ok"] += ok

    def rate(self, key: str) -> str:
        n, ok = self.counts[key, "all"], self.counts[key, "ok"]
        return f"{ok}/{n} = {100 * ok / n:.1f}%" if n else "n/a"


def old_claims_of(text: str, extracted: list) -> list[OldClaim]:
    return [OldClaim(i, c.start, c.end, c.text, c.kind, c.value,
                     anchor_for(text, c.start, c.end, c.kind, c.value, (c.sentence_start, c.sentence_end)))
            for i, c in enumerate(extracted)]


def score_revision(name: str, rev: Revision, published: dt.date | None, tally: Tally) -> None:
    old = extract(rev.old_text, published)
    new = extract(rev.new_text, published)
    old_claims = old_claims_of(rev.old_text, old)
    mappings = reanchor(rev.old_text, rev.new_text, old_claims, new)
    by_old: dict[int, Mapping] = {m.old_id: m for m in mappings if m.old_id is not None}
    matched_new = {m.new_index: m for m in mappings if m.new_index is not None}
    new_at = {(c.start, c.end): c for c in new}
    for m in mappings:  # offsets slice to the claim's words
        if m.carried or m.state == "new":
            want = new[m.new_index].text if m.new_index is not None else old_claims[m.old_id].text
            tally.add("offsets slice to the claim", rev.new_text[m.start:m.end] == want)
    for c in old_claims:
        m = by_old[c.id]
        if (c.start, c.end) in rev.changed_spans:
            tally.add("changed: flagged changed", m.state == "changed")
            tally.add("changed: not carried", not m.carried)
            if m.state != "changed":
                tally.problems.append(f"{name}: changed {c.text!r} -> {m.state} "
                                      f"{rev.new_text[m.start:m.end] if m.start is not None else ''!r}")
            continue
        lo, hi = rev.new_offset(c.start), rev.new_offset(c.end - 1)
        if lo is None or hi is None:
            if any(e.tag == "delete" and e.start <= c.start and c.end <= e.end for e in rev.edits):
                tally.add("deleted: gone", m.state == "gone")
                if m.state != "gone":
                    tally.problems.append(f"{name}: deleted {c.text!r} became {m.state}")
            continue
        target = (lo, hi + 1)
        moved = any(e.tag == "move-out" and e.start <= c.start < e.end for e in rev.edits)
        sentence_edited = bool(rev.touched(old[c.id].sentence_start, old[c.id].sentence_end))
        counterpart = new_at.get(target)
        if counterpart is None or value_hash(counterpart.kind, counterpart.value) != c.anchor.value_hash:
            key = "extractor reads untouched words differently: not carried"
            ok = not m.carried if counterpart is not None else m.start == target[0]
            tally.add(key, ok)
            if not ok:
                tally.problems.append(f"{name}: re-read {c.text!r} -> {m.state}, counterpart {counterpart}")
            continue
        key = "moved" if moved else "edited sentence" if sentence_edited else "untouched"
        ok = m.carried and (m.start, m.end) == target
        tally.add(f"{key}: carried, exact offsets", ok)
        if moved:
            tally.counts["moved states", m.state] += 1
        else:
            want_state = "edited" if sentence_edited else "unchanged"
            tally.add(f"{key}: state {want_state}", m.state == want_state)
        if not ok:
            tally.problems.append(f"{name}: {key} {c.text!r} -> {m.state} {m.start}..{m.end}, want {target}")
    for j, c in enumerate(new):
        if any(s <= c.start and c.end <= e for s, e in rev.inserted_spans):
            ok = j not in matched_new or matched_new[j].state == "new"
            tally.add("inserted: new", ok)
            if not ok:
                tally.problems.append(f"{name}: inserted {c.text!r} matched as {matched_new[j].state}")


# --------------------------------------------------------------------------- timing


def _best(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """(median, minimum) seconds over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times)


def time_article(label: str, text: str, published: dt.date | None, rnd: random.Random, rounds: int,
                 repeat: int) -> None:
    rev = build_revision(text, extract(text, published), rnd, rounds)
    t0 = time.perf_counter()
    new = extract(rev.new_text, published)
    extract_time = time.perf_counter() - t0
    old = old_claims_of(rev.old_text, extract(rev.old_text, published))
    t0 = time.perf_counter()
    reanchor(rev.old_text, rev.new_text, old, new)
    first = time.perf_counter() - t0
    median, best = _best(lambda: reanchor(rev.old_text, rev.new_text, old, new), repeat)
    diff_median, _ = _best(lambda: word_diff(rev.old_text, rev.new_text), repeat)
    print(f"{label}: {len(rev.old_text):,} -> {len(rev.new_text):,} characters, {len(old):,} old claims, "
          f"{len(new):,} new, {len(word_diff(rev.old_text, rev.new_text))} changes")
    print(f"  re-anchor: median {median * 1000:.1f} ms, best {best * 1000:.1f} ms, first call {first * 1000:.1f} ms"
          f" (word_diff alone {diff_median * 1000:.1f} ms)")
    print(f"  extracting the new text: {extract_time * 1000:.1f} ms; re-anchoring takes "
          f"{median / extract_time:.1%} of that")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devdata", type=Path, default=DEVDATA)
    parser.add_argument("--claims", type=int, default=2000, help="claims in the long article (default 2000)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--problems", type=int, default=10, help="print this many misses")
    args = parser.parse_args()

    seed_text = SEED.read_text(encoding="utf-8")
    docs = [("seed", seed_text, SEED_PUBLISHED)]
    timebank = args.devdata / "timebank"
    if timebank.is_dir():
        docs += load_timeml(timebank)
    else:
        print(f"(no TimeBank/AQUAINT texts at {timebank}: the seed only)")

    tally = Tally()
    for i, (name, text, published) in enumerate(docs):
        rnd = random.Random(f"{name}-{i}")
        rev = build_revision(text, extract(text, published), rnd)
        score_revision(name, rev, published, tally)

    print(f"Re-anchoring {len(docs)} revised articles (seed + {len(docs) - 1} TimeBank/AQUAINT)")
    order = ["untouched: carried, exact offsets", "untouched: state unchanged",
             "edited sentence: carried, exact offsets", "edited sentence: state edited",
             "moved: carried, exact offsets",
             "changed: flagged changed", "changed: not carried", "deleted: gone", "inserted: new",
             "offsets slice to the claim", "extractor reads untouched words differently: not carried"]
    targets = {"untouched: carried, exact offsets": ">= 99%", "changed: flagged changed": "100%",
               "changed: not carried": "100%", "deleted: gone": ">= 95%", "inserted: new": ">= 95%"}
    for key in order:
        print(f"  {key:<58} {tally.rate(key):>22}  {targets.get(key, '')}")
    states = {state: n for (key, state), n in tally.counts.items() if key == "moved states"}
    print(f"  states of the claims in moved paragraphs: {states}; claims of untouched text marked moved (the "
          f"paragraphs jumped over, when the diff sees them as the ones that moved): "
          f"{tally.counts['untouched: state unchanged', 'all'] - tally.counts['untouched: state unchanged', 'ok']}")
    if tally.problems and args.problems:
        print(f"  first misses ({len(tally.problems)} in all):")
        for line in tally.problems[:args.problems]:
            print(f"    {line}")

    print()
    rnd = random.Random(2000)
    time_article("seed", seed_text, SEED_PUBLISHED, rnd, 1, max(args.repeat, 20))
    parts, total, published = [], 0, None
    for _name, text, pub in docs[1:] or docs:
        parts.append(text.strip())
        published = published or pub
        total += len(extract(text, pub))
        if total >= args.claims:
            break
    long_text = "\n\n".join(parts)
    time_article(f"long article ({len(parts)} texts joined)", long_text, published, rnd, 12, args.repeat)
    time_stress(long_text, published)
    time_import()
    return 0


def time_stress(text: str, published: dt.date | None) -> None:
    """Revisions far from light: every sentence copy-edited, and the first half replaced by other texts."""
    old = old_claims_of(text, extract(text, published))
    swaps = {"the": "this", "a": "one", "of": "from", "and": "plus", "said": "stated"}
    rnd = random.Random(7)
    edited = re.sub(r"\b(the|a|of|and|said)\b",
                    lambda m: swaps[m.group()] if rnd.random() < 0.5 else m.group(), text)
    half = len(text) // 2
    replaced = text[half:] + "\n\n" + "\n\n".join(reversed(text[:half].split("\n\n")))
    for label, new_text in (("every sentence copy-edited", edited), ("halves swapped, paragraphs of one reversed",
                                                                       replaced)):
        new = extract(new_text, published)
        t0 = time.perf_counter()
        mappings = reanchor(text, new_text, old, new)
        took = time.perf_counter() - t0
        states = Counter(m.state for m in mappings)
        print(f"stress, {label}: re-anchor {took * 1000:.0f} ms; {dict(sorted(states.items()))}")


def time_import() -> None:
    """What importing the package costs a fresh interpreter (rapidfuzz and diff-match-patch included)."""
    import subprocess

    code = ("import time; t = time.perf_counter(); import workbench.core.extract.sentences; "
            "u = time.perf_counter(); import workbench.core.revisions; v = time.perf_counter(); "
            "print(f'{(v - u) * 1000:.1f}')")
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                 cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout) for _ in range(5)]
    print(f"importing workbench.core.revisions: median {statistics.median(runs):.1f} ms in a fresh interpreter")


if __name__ == "__main__":
    raise SystemExit(main())
