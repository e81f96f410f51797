"""A headless window for the concurrency test: the window's own session, undo commands, change watcher and
reconnection keeper (no widgets), editing one review on a shared library until told to stop.

    python tests/gui/team_editor.py LIBRARY_URL REVIEW_ID EDITOR_NAME STOP_FILE SEED [CLAIM,CLAIM,…]

Prints one line per event, flushed at once (the parent may SIGKILL this process at any moment):
``ACK <claim> <status> <version> <ms>`` when a verdict was stored (the command returned), ``CONFLICT <claim>``
when the library refused a stale write, and, after STOP_FILE appears and the window has taken in the
others' last changes, ``SHOWN {json: claim id -> status}``: what this window shows.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from workbench.core.errors import ConflictError  # noqa: E402
from workbench.core.store import Library  # noqa: E402
from workbench.gui.commands import SetStatusCommand  # noqa: E402
from workbench.gui.connection import ConnectionKeeper  # noqa: E402
from workbench.gui.live import LibraryWatcher  # noqa: E402
from workbench.gui.session import ReviewSession  # noqa: E402

STATUSES = ("verified", "disputed", "unchecked")
SETTLE_S = 1.5
"""After the stop: how long the window keeps taking in changes before it says what it shows."""


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(url: str, review_id: int, editor: str, stop_file: str, seed: int, only: str = "") -> int:
    app = QApplication(sys.argv[:1])
    rng = random.Random(seed)
    library = Library.open(url)
    session = ReviewSession(library, *ReviewSession.load(library, review_id, editor), reviewer=editor)
    stack = QUndoStack()
    keeper = ConnectionKeeper()
    keeper.watch(library)
    watcher = LibraryWatcher()
    watcher.connection_lost.connect(keeper.connection_lost)
    keeper.came_back.connect(lambda: watcher.watch(library))
    session.write_interrupted.connect(keeper.connection_lost)
    watcher.changed_elsewhere.connect(session.take_outside_changes)
    watcher.watch(library)
    library.set_presence(review_id, editor)
    claim_ids = sorted(int(c) for c in only.split(",")) if only else sorted(session.claims)
    stopping: list[float] = []

    def failed(exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            say(f"CONFLICT {exc.claim_id}")
        else:
            say(f"ERROR {type(exc).__name__}: {exc}")

    def edit() -> None:
        if stopping:
            if time.monotonic() - stopping[0] >= SETTLE_S and not keeper.down:
                session.take_outside_changes()
                say("SHOWN " + json.dumps({str(c): session.claims[c].status for c in claim_ids}))
                app.quit()
            return
        if Path(stop_file).exists():
            stopping.append(time.monotonic())
            return
        if keeper.down:
            return
        claim_id = rng.choice(claim_ids)
        status = rng.choice([s for s in STATUSES if s != session.claims[claim_id].status])
        before = session.claims[claim_id].version
        command = SetStatusCommand(session, claim_id, status, failed)
        started = time.perf_counter()
        stack.push(command)
        took = (time.perf_counter() - started) * 1000
        stored = session.claims[claim_id]
        if not command.isObsolete() and stored.version != before and stored.status == status:
            say(f"ACK {claim_id} {status} {stored.version} {took:.1f}")

    timer = QTimer()
    timer.timeout.connect(edit)
    timer.start(rng.randint(5, 25))
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]), *sys.argv[6:7]))
