"""Issue 15, the concurrency test: 8 processes (command-line `workbench mark`s and headless windows) edit
the same review on a PostgreSQL library while some are SIGKILLed at random.

Every acknowledged edit must be in the library (and in the event log), no update is lost (each window's
write was conditional on the version it saw: no two acknowledged writes made the same version), the log
holds every change of every claim in commit order, and every window still running shows the final state.

``WORKBENCH_CONCURRENCY_SECONDS`` sets how long the editors work (default 8; the issue's figure is 60).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.gui.conftest import create_seed_review
from workbench.core.store import Library

EDITOR_SCRIPT = Path(__file__).with_name("team_editor.py")
WINDOWS = 4
COMMAND_LINES = 4
STATUSES = ("verified", "disputed", "unchecked")


def _env() -> dict[str, str]:
    env = os.environ.copy()
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


class Window:
    """One headless window process and what it said."""

    def __init__(self, url: str, review_id: int, name: str, stop_file: Path, seed: int, claims: list[int]) -> None:
        self.name = name
        self.process = subprocess.Popen([sys.executable, str(EDITOR_SCRIPT), url, str(review_id), name,
                                         str(stop_file), str(seed), ",".join(map(str, claims))], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, cwd=REPO, env=_env())
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.killed = False

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    def kill(self) -> None:
        self.killed = True
        self.process.send_signal(signal.SIGKILL)


def test_eight_editors_with_random_kills_lose_nothing(pg_library_url, fault_outcome) -> None:  # type: ignore[no-untyped-def]
    seconds = float(os.environ.get("WORKBENCH_CONCURRENCY_SECONDS", "8"))
    url = pg_library_url
    with Library.open(url) as library:
        review_id = create_seed_review(library)
        claims = library.list_claims(review_id)[:12]  # a dozen claims: editors meet often
        start_versions = {c.id: c.version for c in claims}
        first_event = library.last_event_id()
    claim_ids = sorted(start_versions)
    rng = random.Random(15)
    stop_file = Path(os.environ.get("TMPDIR", "/tmp")) / f"workbench-stop-{os.getpid()}-{time.monotonic_ns()}"
    windows: list[Window] = []
    serial = iter(range(1, 10**6))

    def new_window() -> Window:
        n = next(serial)
        return Window(url, review_id, f"window-{n}", stop_file, rng.randrange(10**6), claim_ids)

    cli_acks: list[tuple[str, int, str]] = []
    cli_lock = threading.Lock()
    current_cli: dict[int, subprocess.Popen[str]] = {}
    killed_cli = Counter[str]()
    deadline = time.monotonic() + seconds

    def command_line_editor(slot: int) -> None:
        local = random.Random(slot)
        while time.monotonic() < deadline:
            name = f"cli-{slot}-{next(serial)}"
            claim_id = local.choice(claim_ids)
            status = local.choice(STATUSES)
            process = subprocess.Popen([sys.executable, "-m", "workbench", "--library", url, "--reviewer", name,
                                        "mark", str(claim_id), status], stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, text=True, cwd=REPO, env=_env())
            with cli_lock:
                current_cli[slot] = process
            out, _err = process.communicate(timeout=60)
            if process.returncode == 0 and f"marked {status}" in out:
                with cli_lock:
                    cli_acks.append((name, claim_id, status))
            elif process.returncode == -signal.SIGKILL:
                killed_cli["cli"] += 1

    windows = [new_window() for _ in range(WINDOWS)]
    threads = [threading.Thread(target=command_line_editor, args=(slot,), daemon=True) for slot in range(COMMAND_LINES)]
    for thread in threads:
        thread.start()
    kills = 0
    try:
        while time.monotonic() < deadline:
            time.sleep(rng.uniform(0.4, 1.2))
            if time.monotonic() >= deadline:
                break
            if rng.random() < 0.5:
                victim = rng.randrange(WINDOWS)
                windows[victim].kill()
                windows.append(new_window())  # a new editor takes the place (the killed one is kept for its ACKs)
                windows[victim], windows[-1] = windows[-1], windows[victim]
            else:
                with cli_lock:
                    running = [p for p in current_cli.values() if p.poll() is None]
                if running:
                    rng.choice(running).send_signal(signal.SIGKILL)
            kills += 1
        for thread in threads:
            thread.join(90)
        stop_file.touch()
        for w in windows[:WINDOWS]:
            w.process.wait(60)
    finally:
        stop_file.unlink(missing_ok=True)
        for w in windows:
            if w.process.poll() is None:
                w.process.kill()
    everyone = windows
    for w in everyone:
        w.reader.join(5)

    with Library.open(url) as library:
        stored = {c: library.get_claim(c) for c in claim_ids}
        events = [e for e in library.events_after(first_event) if e.claim_id in start_versions]

    # The log: ids strictly increasing, every version step of every claim has its event, in order.
    ids = [e.id for e in events]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    by_claim: dict[int, list] = {c: [] for c in claim_ids}
    for e in events:
        by_claim[e.claim_id].append(e)
    for c in claim_ids:
        assert len(by_claim[c]) == stored[c].version - start_versions[c], f"claim {c}: a change without its event"
        if by_claim[c]:
            assert (by_claim[c][-1].after or {}).get("status") == stored[c].status, f"claim {c}: log and row disagree"

    # Every acknowledged window write is the event that made its version: none was overwritten unseen.
    window_acks = []
    latencies = []
    for w in everyone:
        for line in w.lines:
            if line.startswith("ACK "):
                _, claim, status, version, ms = line.split()
                window_acks.append((w.name, int(claim), status, int(version)))
                latencies.append(float(ms))
    latencies.sort()
    p50 = latencies[len(latencies) // 2] if latencies else 0.0
    p95 = latencies[int(len(latencies) * 0.95)] if latencies else 0.0
    made = Counter((c, v) for _n, c, _s, v in window_acks)
    assert not [k for k, n in made.items() if n > 1], "two acknowledged writes made the same version (a lost update)"
    for name, claim, status, version in window_acks:
        event = by_claim[claim][version - start_versions[claim] - 1]
        assert event.actor == name and (event.after or {}).get("status") == status, \
            f"{name}'s acknowledged {status} of claim {claim} (version {version}) is not in the log where it belongs"
    for name, claim, status in cli_acks:
        assert any(e.actor == name and (e.after or {}).get("status") == status for e in by_claim[claim]), \
            f"{name}'s acknowledged {status} of claim {claim} is missing"

    # Every window still running shows the final state.
    final = {str(c): stored[c].status for c in claim_ids}
    shown = {}
    for w in windows[:WINDOWS]:
        said = [line for line in w.lines if line.startswith("SHOWN ")]
        assert said, f"{w.name} did not report what it shows: {w.lines[-3:]} {w.process.stderr.read()[-2000:] if w.process.stderr else ''}"
        shown[w.name] = json.loads(said[-1][6:])
        assert shown[w.name] == final, f"{w.name} shows another state than the library"
    conflicts = sum(1 for w in everyone for line in w.lines if line.startswith("CONFLICT"))
    errors = [line for w in everyone for line in w.lines if line.startswith("ERROR")]
    total = len(window_acks) + len(cli_acks)
    fault_outcome(f"{seconds:.0f} s, 8 editors ({WINDOWS} headless windows, {COMMAND_LINES} command lines), {kills} "
                  f"SIGKILLs ({len(everyone) - WINDOWS} windows replaced): {total} acknowledged edits "
                  f"({len(window_acks)} from windows, {len(cli_acks)} from the CLI, {total / seconds:.1f}/s), "
                  f"window write p50 {p50:.1f} ms / p95 {p95:.1f} ms (the write and the re-read of claim and review), "
                  f"{conflicts} conflicts refused, {len(events)} events, 0 lost; {len(windows[:WINDOWS])} surviving "
                  f"windows showed the final state" + (f"; other errors: {errors[:3]}" if errors else ""))
    assert not errors


pytestmark = pytest.mark.skipif(not EDITOR_SCRIPT.exists(), reason="the headless editor script is missing")
