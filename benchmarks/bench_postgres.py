"""PostgreSQL beside SQLite, in the same run: verdicts, a big review, search, a copy, and many editors.

    python benchmarks/bench_postgres.py [--reviews 10000] [--claims 2000] [--editors 8] [--seconds 10]

Starts its own throwaway PostgreSQL cluster (tests/pg_cluster.py: initdb into a temporary folder, a unix
socket there; as the postgres system user when run as root) and stops it at the end. Prints:

- verdict write median (target on PostgreSQL over a local socket: <= 5 ms);
- opening a review of --claims claims (target: PostgreSQL <= 1.5x SQLite);
- search over --reviews reviews (target: <= 50 ms);
- copying that library SQLite -> PostgreSQL, in reviews/s;
- --editors processes marking claims of one review for --seconds: throughput, p50/p95 write latency,
  conflicts seen, and lost edits (re-read afterwards; must be 0).

Figures, not pass/fail: it exits 0 whenever it ran.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pg_cluster import Cluster, find_bindir  # noqa: E402

from benchmarks.bench_store import WORDS, article  # noqa: E402  (the same articles as the SQLite benchmark)
from workbench.core.store import Library  # noqa: E402
from workbench.core.store.copying import copy_library  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def verdict_median(library: Library, rng: random.Random) -> float:
    text, claims = article(rng, 50)
    review_id = library.create_review(title="Verdicts", reviewer="bench", text=text, extractions=claims)
    ids = [c.id for c in library.list_claims(review_id)]
    versions = {c.id: c.version for c in library.list_claims(review_id)}
    samples = []
    for i in range(300):
        claim_id = ids[i % len(ids)]
        started = time.perf_counter()
        marked = library.set_claim_status(claim_id, ("verified", "disputed")[i % 2], actor="bench",
                                          expected_version=versions[claim_id])
        samples.append(time.perf_counter() - started)
        versions[claim_id] = marked.version
    return statistics.median(samples)


def open_review(library: Library, rng: random.Random, claims: int) -> float:
    text, found = article(rng, claims)
    review_id = library.create_review(title="Big review", reviewer="bench", text=text, extractions=found)

    def read() -> None:
        library.get_review(review_id)
        library.get_article(review_id)
        library.list_claims(review_id)
        library.lens_decisions(review_id)
        library.check_decisions(review_id)

    read()
    return timed(read, 7)


_EDITOR = r"""
import json, random, sys, time
from workbench.core.errors import ConflictError
from workbench.core.store import Library
target, ids, name, seconds = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3], float(sys.argv[4])
rng = random.Random(name)
acked, latencies, conflicts, n = [], [], 0, 0
with Library.open(target) as lib:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        cid = rng.choice(ids)
        n += 1
        seen = lib.get_claim(cid)
        note = f"{name}-{n}"
        started = time.perf_counter()
        try:
            done = lib.set_claim_status(cid, rng.choice(("verified", "disputed")), actor=name, note=note,
                                        expected_version=seen.version)
        except ConflictError:
            conflicts += 1
            continue
        latencies.append(time.perf_counter() - started)
        acked.append([cid, done.version, note])
print(json.dumps({"acked": acked, "latencies": latencies, "conflicts": conflicts}))
"""


def editors(target: str, library: Library, rng: random.Random, count: int, seconds: float) -> dict[str, float]:
    text, found = article(rng, 40)
    review_id = library.create_review(title="Desk", reviewer="bench", text=text, extractions=found)
    ids = [c.id for c in library.list_claims(review_id)]
    procs = [subprocess.Popen([sys.executable, "-c", _EDITOR, target, json.dumps(ids), f"ed{i}", str(seconds)],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT) for i in range(count)]
    acked, latencies, conflicts = [], [], 0
    for proc in procs:
        out, _ = proc.communicate(timeout=seconds + 120)
        result = json.loads(out.strip().splitlines()[-1])
        acked += result["acked"]
        latencies += result["latencies"]
        conflicts += result["conflicts"]
    # Lost edits: an acknowledged edit whose note is not in the log, or a claim whose newest acknowledged
    # version is not what it now shows.
    logged = {e.after.get("note") for e in library.events(review_id=review_id) if e.action == "claim.mark"}
    lost = sum(1 for _cid, _v, note in acked if note not in logged)
    newest: dict[int, tuple[int, str]] = {}
    for cid, version, note in acked:
        if cid not in newest or version > newest[cid][0]:
            newest[cid] = (version, note)
    lost += sum(1 for cid, (version, note) in newest.items()
                if (c := library.get_claim(cid)).note != note or c.version != version)
    latencies.sort()
    pick = (lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]) if latencies else (lambda q: 0.0)
    return {"edits": len(acked), "per_s": len(acked) / seconds, "p50": pick(0.5), "p95": pick(0.95),
            "conflicts": conflicts, "lost": lost}


def build_library(path: Path, reviews: int, rng: random.Random) -> None:
    with Library.open(path) as library, library._write() as conn:  # one transaction: building is not measured
        for i in range(reviews):
            text, found = article(rng, 6)
            at = f"2026-01-01T00:00:{i % 60:02d}+00:00"
            review_id = conn.execute("INSERT INTO reviews (title, reviewer, created, updated, state) "
                                     "VALUES (?, 'bench', ?, ?, 'open')",
                                     [f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i}", at, at]).lastrowid
            article_id = conn.execute(
                "INSERT INTO articles (review_id, version, text, content_hash, imported_at) VALUES (?, 1, ?, ?, ?)",
                [review_id, text, f"h{i}", at]).lastrowid
            conn.executemany(
                'INSERT INTO claims (review_id, article_id, start, "end", text, kind, value, unit, number, '
                "position) VALUES (?, ?, ?, ?, ?, 'count', ?, 'people', ?, ?)",
                [[review_id, article_id, e.start, e.end, e.text, json.dumps(e.value), n + 1, n]
                 for n, e in enumerate(found)])
            conn.execute("INSERT INTO events (at, actor, action, review_id) VALUES (?, 'bench', 'review.create', ?)",
                         [at, review_id])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=10000)
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--editors", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL server binaries not found (apt-get install postgresql); nothing measured")
        return 0
    rng = random.Random(7)
    cluster = Cluster(bindir).start()
    folder = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    try:
        targets = {"sqlite": str(folder / "bench.sqlite3"), "postgresql": cluster.create_database("bench")}
        rows: dict[str, dict[str, float]] = {name: {} for name in targets}
        for name, target in targets.items():
            with Library.open(target) as library:
                rows[name]["verdict"] = verdict_median(library, random.Random(1))
                rows[name]["open"] = open_review(library, random.Random(2), args.claims)
        big = folder / "big.sqlite3"
        build_library(big, args.reviews, rng)
        copy_target = cluster.create_database("big")
        with Library.open(big) as src, Library.open(copy_target) as dest:
            started = time.perf_counter()
            copy_library(src, dest)
            copy_seconds = time.perf_counter() - started
        queries = ["bridge", "minister budget", "harb", "parliament 2019", "ceasefire summit"]
        for name, target in (("sqlite", str(big)), ("postgresql", copy_target)):
            with Library.open(target) as library:
                for q in queries:
                    library.search_reviews(q, limit=50)
                rows[name]["search"] = statistics.median(
                    timed(lambda lib=library, q=q: lib.search_reviews(q, limit=50), 5) for q in queries)
        desk = {}
        for name in targets:
            with Library.open(targets[name]) as library:
                desk[name] = editors(targets[name], library, random.Random(3), args.editors, args.seconds)

        print(f"{'':38} {'SQLite':>12} {'PostgreSQL':>12}   target")
        print(f"{'verdict write, median':38} {ms(rows['sqlite']['verdict']):>12} {ms(rows['postgresql']['verdict']):>12}"
              "   PG <= 5 ms")
        ratio = rows["postgresql"]["open"] / rows["sqlite"]["open"]
        print(f"{f'open a {args.claims:,}-claim review, median':38} {ms(rows['sqlite']['open']):>12} "
              f"{ms(rows['postgresql']['open']):>12}   PG <= 1.5x SQLite (now {ratio:.2f}x)")
        print(f"{f'search {args.reviews:,} reviews, median':38} {ms(rows['sqlite']['search']):>12} "
              f"{ms(rows['postgresql']['search']):>12}   <= 50 ms")
        print(f"copy {args.reviews:,} reviews SQLite -> PostgreSQL: {copy_seconds:.1f} s, "
              f"{args.reviews / copy_seconds:,.0f} reviews/s (verified)")
        print(f"{args.editors} editors marking claims of one review for {args.seconds:g} s:")
        for name, d in desk.items():
            print(f"  {name:10} {d['edits']:6d} edits ({d['per_s']:7.1f}/s)  p50 {d['p50'] * 1000:6.2f} ms  "
                  f"p95 {d['p95'] * 1000:6.2f} ms  conflicts {d['conflicts']:5d}  lost {d['lost']}")
    finally:
        cluster.stop()
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
