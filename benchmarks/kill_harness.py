"""Kill harness: scripted editing in a child process, killed with SIGKILL at random moments.

After every kill the library must pass ``PRAGMA integrity_check`` and hold every edit the child had
reported done (an edit is reported only after the store call or the CLI command returned).

    python benchmarks/kill_harness.py [--kills 200] [--seed 1]

The test suite runs the same harness with a quick setting (tests/core/store/test_reliability.py).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARTICLE = ("The ministry said 4,000 troops and 120 trainers would arrive in March, at a cost of $2.5 billion. "
           "Unemployment fell 3 per cent last year. ") * 3


def child(library_path: str, seed: int) -> None:
    """Edit forever; print ``ACK {json}`` after each edit has been committed."""
    sys.path.insert(0, str(REPO))
    from workbench import cli
    from workbench.core.model import Extraction, Source
    from workbench.core.store import Library

    rng = random.Random(seed)
    library = Library.open(library_path)
    reviews = library.list_reviews()
    if reviews:
        review_id = reviews[0].id
    else:
        extractions = [Extraction(i, i + 5, ARTICLE[i:i + 5], "count", i) for i in range(0, 200, 10)]
        review_id = library.create_review(title="kill test", reviewer="harness", text=ARTICLE, extractions=extractions)
    claim_ids = [c.id for c in library.list_claims(review_id)]
    print("READY", flush=True)
    op = int(time.time() * 1000) % 10_000_000 * 100
    devnull = open(os.devnull, "w")  # noqa: SIM115
    while True:
        op += 1
        claim_id = rng.choice(claim_ids)
        choice = rng.random()
        if choice < 0.45:
            library.update_claim(claim_id, actor="harness", note=f"op{op}")
            record = {"op": op, "kind": "note", "claim": claim_id}
        elif choice < 0.7:
            library.add_source(claim_id, Source(None, f"https://example.org/src/{op}"), actor="harness")
            record = {"op": op, "kind": "source", "claim": claim_id}
        elif choice < 0.85:
            code = cli.main(["--library", library_path, "--reviewer", "cli", "mark", str(claim_id), "disputed",
                             "--note", f"op{op}", "--source", f"cli-{op}"], out=devnull)
            if code != 0:
                continue
            record = {"op": op, "kind": "note", "claim": claim_id, "source": f"cli-{op}"}
        else:
            start = rng.randrange(0, len(ARTICLE) - 10)
            added = library.add_claim(review_id, start=start, end=start + 5, kind="count", value=op, actor="harness")
            record = {"op": op, "kind": "added", "claim": added.id}
        print("ACK " + json.dumps(record), flush=True)


def verify(library_path: Path, acks: list[dict]) -> list[str]:
    """Problems found after a kill: integrity, and every acknowledged edit present."""
    problems: list[str] = []
    conn = sqlite3.connect(library_path)
    try:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            return [f"integrity_check: {check[:3]}"]
        last_note: dict[int, int] = {}
        for ack in acks:
            if ack["kind"] == "note":
                last_note[ack["claim"]] = ack["op"]
            if ack["kind"] == "source" and not conn.execute(
                "SELECT 1 FROM claim_sources cs JOIN sources s ON s.id = cs.source_id "
                "WHERE cs.claim_id = ? AND s.citation = ?", [ack["claim"], f"https://example.org/src/{ack['op']}"]
            ).fetchone():
                problems.append(f"lost source of op {ack['op']}")
            if "source" in ack and not conn.execute(
                "SELECT 1 FROM sources WHERE citation = ?", [ack["source"]]
            ).fetchone():
                problems.append(f"lost CLI source of op {ack['op']}")
            if ack["kind"] == "added" and not conn.execute(
                "SELECT 1 FROM claims WHERE id = ?", [ack["claim"]]
            ).fetchone():
                problems.append(f"lost added claim of op {ack['op']}")
        for claim_id, op in last_note.items():
            row = conn.execute("SELECT note FROM claims WHERE id = ?", [claim_id]).fetchone()
            stored = int(row[0][2:]) if row and row[0].startswith("op") else -1
            if stored < op:  # a later op may have committed just before the kill; an earlier one may not
                problems.append(f"claim {claim_id}: note of op {op} lost (has {row[0] if row else None!r})")
    finally:
        conn.close()
    return problems


def run(kills: int, seed: int = 1, max_wait: float = 0.6, folder: Path | None = None) -> dict:
    """Run ``kills`` kill cycles on one library; return counts and the problems found."""
    rng = random.Random(seed)
    own_tmp = None
    if folder is None:
        own_tmp = tempfile.TemporaryDirectory()
        folder = Path(own_tmp.name)
    library_path = folder / "killed.sqlite3"
    acked_total, problems = 0, []
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    try:
        for cycle in range(kills):
            proc = subprocess.Popen(
                [sys.executable, __file__, "--child", str(library_path), "--seed", str(seed * 100_000 + cycle)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
            )
            assert proc.stdout is not None
            ready = proc.stdout.readline()
            if ready.strip() != "READY":
                proc.kill()
                problems.append(f"cycle {cycle}: child did not start: {ready!r} {proc.stderr.read()[-500:]}")
                break
            deadline = time.monotonic() + rng.uniform(0.0, max_wait)
            os.set_blocking(proc.stdout.fileno(), False)
            buffered = ""
            while time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.002)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            os.set_blocking(proc.stdout.fileno(), True)
            buffered = proc.stdout.read()
            acks = [json.loads(line[4:]) for line in buffered.splitlines() if line.startswith("ACK ")]
            acked_total += len(acks)
            found = verify(library_path, acks)
            problems += [f"cycle {cycle}: {p}" for p in found]
            if proc.returncode not in (-signal.SIGKILL,):
                problems.append(f"cycle {cycle}: child ended by itself ({proc.returncode}): {proc.stderr.read()[-500:]}")
    finally:
        if own_tmp is not None:
            own_tmp.cleanup()
    return {"kills": kills, "acknowledged_edits": acked_total, "problems": problems}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--child", metavar="LIBRARY", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.seed)
        return
    t = time.perf_counter()
    result = run(args.kills, args.seed)
    secs = time.perf_counter() - t
    print(f"kills {result['kills']}  acknowledged edits {result['acknowledged_edits']}  "
          f"problems {len(result['problems'])}  ({secs:.1f} s)")
    for problem in result["problems"][:20]:
        print("  ", problem)
    sys.exit(1 if result["problems"] else 0)


if __name__ == "__main__":
    main()
