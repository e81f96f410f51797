"""Library speed: recording a verdict, loading a big review, listing and searching a big library.

    python benchmarks/bench_store.py [--reviews 10000] [--claims 5000]

Prints medians and the targets from the foundation issue (5 ms, 250 ms, 50 ms), with a raw-sqlite3
baseline run in the same process for the verdict (the cost of one committed UPDATE on this disk).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.core.model import Extraction, Source  # noqa: E402
from workbench.core.store import Library  # noqa: E402

WORDS = ["minister", "council", "budget", "troops", "mission", "refugees", "election", "turnout", "inflation", "harbour", "bridge", "hospital", "teachers", "drought", "harvest", "pipeline", "tariff", "ceasefire", "summit", "parliament", "court"]


def article(rng: random.Random, sentences: int) -> tuple[str, list[Extraction]]:
    parts, claims, pos = [], [], 0
    for _ in range(sentences):
        n = rng.randint(2, 9000)
        lead = f"The {rng.choice(WORDS)} {rng.choice(WORDS)} said "
        figure = f"{n:,} people"
        tail = f" were affected in {rng.choice(WORDS)} {rng.randint(1990, 2024)}. "
        claims.append(Extraction(pos + len(lead), pos + len(lead) + len(figure), figure, "count", n, unit="people"))
        chunk = lead + figure + tail
        parts.append(chunk)
        pos += len(chunk)
    return "".join(parts), claims


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--reviews", type=int, default=10_000)
    ap.add_argument("--claims", type=int, default=5_000)
    args = ap.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library.open(Path(tmp) / "bench.sqlite3")

        # 1. Recording a verdict, against one raw committed UPDATE.
        text, claims = article(rng, 40)
        review_id = lib.create_review(title="verdicts", reviewer="bench", text=text, extractions=claims)
        ids = [c.id for c in lib.list_claims(review_id)]
        samples = []
        for i in range(200):
            t = time.perf_counter()
            lib.set_claim_status(ids[i % len(ids)], ("verified", "disputed")[i % 2], actor="bench",
                                 sources=[Source(None, f"https://example.org/{i % 7}")] if i % 3 == 0 else ())
            samples.append(time.perf_counter() - t)
        raw = sqlite3.connect(Path(tmp) / "bench.sqlite3", isolation_level=None)
        raw.execute("PRAGMA synchronous = FULL")
        raw_samples = []
        for i in range(200):
            t = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("UPDATE claims SET note = ? WHERE id = ?", [str(i), ids[i % len(ids)]])
            raw.execute("COMMIT")
            raw_samples.append(time.perf_counter() - t)
        raw.close()
        verdict, base = median_ms(samples), median_ms(raw_samples)
        print(f"record a verdict (median of 200)        {verdict:8.2f} ms   target <= 5 ms    "
              f"raw sqlite3 UPDATE+COMMIT {base:.2f} ms (x{verdict / base:.1f})")

        # 2. Loading a review of N claims.
        text, claims = article(rng, args.claims)
        big = lib.create_review(title="big", reviewer="bench", text=text, extractions=claims)
        samples = []
        for _ in range(15):
            t = time.perf_counter()
            loaded = lib.list_claims(big)
            lib.get_article(big)
            samples.append(time.perf_counter() - t)
        assert len(loaded) == args.claims
        print(f"load a review of {args.claims:,} claims (median of 15) {median_ms(samples):8.2f} ms   target <= 250 ms")

        # 2b. Creating a review is linear in its claims (sentences come from the extractor's spans).
        timings = {}
        for n in (2_000, 20_000):
            text, claims = article(rng, n)
            t = time.perf_counter()
            lib.create_review(title=f"create {n}", reviewer="bench", text=text, extractions=claims)
            timings[n] = time.perf_counter() - t
        print(f"create a review of 2,000 claims {timings[2000] * 1000:8.1f} ms, of 20,000 {timings[20000] * 1000:8.1f} ms"
              f"   ratio x{timings[20000] / timings[2000]:.1f}   target <= 10x")

        # 3. A library of many reviews: list and full-text search.
        t = time.perf_counter()
        for i in range(args.reviews):
            text, claims = article(rng, 12)
            lib.create_review(title=f"{rng.choice(WORDS).title()} story {i}", reviewer="bench", text=text,
                              extractions=claims, published="2020-01-01")
        build = time.perf_counter() - t
        print(f"(built {args.reviews:,} reviews in {build:.1f} s, {build / args.reviews * 1000:.2f} ms each)")
        samples = []
        for _ in range(15):
            t = time.perf_counter()
            listed = lib.list_reviews()
            samples.append(time.perf_counter() - t)
        print(f"list {len(listed):,} reviews (median of 15)          {median_ms(samples):8.2f} ms   target <= 50 ms")
        for query in ("harbour", "ceasefire tariff", "summit 2019"):
            samples = []
            for _ in range(15):
                t = time.perf_counter()
                found = lib.search_reviews(query)
                samples.append(time.perf_counter() - t)
            print(f"search {query!r:<20} {len(found):>5} hits (median) {median_ms(samples):8.2f} ms   target <= 50 ms")
        lib.close()
        sizes = sqlite3.connect(Path(tmp) / "bench.sqlite3")
        text_bytes = sizes.execute("SELECT SUM(LENGTH(CAST(text AS BLOB))) FROM articles").fetchone()[0]
        context_bytes = sizes.execute("SELECT SUM(LENGTH(CAST(context AS BLOB))) FROM claims").fetchone()[0] or 0
        sizes.close()
        print(f"stored article text {text_bytes / 1e6:.1f} MB; stored claim context {context_bytes / 1e6:.2f} MB "
              "(sentences are offsets into the article)")


if __name__ == "__main__":
    main()
