"""Start-up cost of the extractor: a fresh ``python -m workbench extract SEED`` against ``--version``.

    python benchmarks/bench_startup.py [--runs 20] [--no-bytecode]

Prints, for fresh interpreters, the median and best wall time of ``workbench --version``, of ``workbench
extract`` on the seed article, and of ``import workbench.core.extract`` alone, the ratio of the extract run
to the version run, and (in one process) how the first extract splits between importing the recognisers,
compiling the patterns it needs and the work itself. Patterns are compiled on first use, so importing the
package compiles nothing; compiled patterns are kept between runs (``core/extract/pattern_cache.py``), in a
temporary folder here that the warm-up run fills, as the bytecode cache is. With ``--no-bytecode`` neither
cache is used: every run compiles every module and pattern. A benchmark, not a test: it prints figures and
always exits 0.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_aad1b39bc9a57caa.txt"

SPLIT = """
import time
t0 = time.perf_counter()
import workbench.core.extract as e, datetime as dt
t1 = time.perf_counter()
import workbench.core.extract.pipeline
t2 = time.perf_counter()
from workbench.core.extract import patterns
spent = [0.0]
plain = patterns.LazyPattern.compiled
def timed(self):
    t = time.perf_counter()
    try:
        return plain(self)
    finally:
        spent[0] += time.perf_counter() - t
patterns.LazyPattern.compiled = timed
text = open(SEED, encoding="utf-8").read()
t3 = time.perf_counter(); e.extract(text, dt.date(2018, 2, 15)); t4 = time.perf_counter()
e.extract(text, dt.date(2018, 2, 15)); t5 = time.perf_counter()
used = sum("match" in p.__dict__ for p in patterns._ALL)
print(f"{(t1 - t0) * 1e3:.1f} {(t2 - t1) * 1e3:.1f} {spent[0] * 1e3:.1f} {(t4 - t3 - spent[0]) * 1e3:.1f} "
      f"{(t5 - t4) * 1e3:.1f} {used} {len(patterns._ALL)}")
"""


def run_env(cache: str | None) -> dict[str, str]:
    """The environment of a run: bytecode cached in ``cache`` (as an installed program has it), or none."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if cache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["WORKBENCH_PATTERN_CACHE"] = ""
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache
        env["WORKBENCH_PATTERN_CACHE"] = os.path.join(cache, "patterns")
    return env


def timed_runs(cases: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, list[float]]:
    """Wall times of each command, the commands taking turns so that a change in the machine's load (other
    work on a shared machine) falls on all of them alike."""
    for args in cases.values():  # warm-up: fills the caches
        subprocess.run(args, env=env, check=True, capture_output=True, cwd=ROOT)  # cwd: `-m` reads it first
    out: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, args in cases.items():
            t = time.perf_counter()
            subprocess.run(args, env=env, check=True, capture_output=True, cwd=ROOT)
            out[name].append(time.perf_counter() - t)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--no-bytecode", action="store_true",
                    help="compile every module on every run (as with PYTHONDONTWRITEBYTECODE=1)")
    args = ap.parse_args()
    cache_dir = None if args.no_bytecode else tempfile.mkdtemp(prefix="wb-pycache-")
    env = run_env(cache_dir)
    print("bytecode: " + ("not cached (compiled on every run)" if cache_dir is None
                          else "cached, as after installation (a warm-up run fills it)"))
    py = [sys.executable]
    cases = {
        "workbench --version": py + ["-m", "workbench", "--version"],
        "workbench extract SEED": py + ["-m", "workbench", "extract", str(SEED), "--published", "2018-02-15"],
        "import workbench.core.extract": py + ["-c", "import workbench.core.extract"],
    }
    times = timed_runs(cases, args.runs, env)
    medians = {name: statistics.median(t) for name, t in times.items()}
    for name, t in times.items():
        print(f"{name:32s} median {medians[name] * 1e3:7.1f} ms   best {min(t) * 1e3:7.1f} ms")
    ratio = medians["workbench extract SEED"] / medians["workbench --version"]
    best = min(times["workbench extract SEED"]) / min(times["workbench --version"])
    print(f"ratio extract / --version: {ratio:.2f} (of the best runs: {best:.2f})")
    split = subprocess.run(py + ["-c", f"SEED = {str(SEED)!r}\n" + SPLIT], env=env, check=True, cwd=ROOT,
                           capture_output=True, text=True).stdout.split()
    pkg, pipeline, compiling, work, second, used, total = split
    print(f"in one process: import package {pkg} ms, import recognisers {pipeline} ms, first extract compiles "
          f"(or reads from the cache) {used} of {total} patterns in {compiling} ms and works {work} ms; "
          f"second extract {second} ms")
    if cache_dir is not None:
        shutil.rmtree(cache_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
