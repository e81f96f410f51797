"""Rotating backups of the library, made with SQLite's backup API, and restoring from them.

A backup is written to a temporary name, checked (``PRAGMA integrity_check`` and the Workbench tables),
and only then renamed into place and allowed to push the oldest backup out. A library that fails its
own check is never backed up, so a good backup is never replaced by a damaged copy. Restoring moves the
current file (with its ``-wal`` and ``-shm``) aside instead of deleting it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import LibraryDamagedError, LibraryError
from workbench.core.store.library import SQLITE_HEADER, Library

BACKUP_FOLDER = "backups"
KEEP_SCHEDULED = 10
DEFAULT_INTERVAL = dt.timedelta(hours=12)
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6}(?:-\d+)?)\.(?P<reason>[a-z0-9-]+)\.backup$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    reason: str
    """``scheduled``, ``manual`` or ``before-schema-N``."""

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_folder(library_path: Path) -> Path:
    return library_path.parent / BACKUP_FOLDER


def list_backups(library_path: Path) -> list[Backup]:
    """The library's backups, newest first."""
    folder = backup_folder(library_path)
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if not match or match["stem"] != library_path.stem:
                continue
            stamp = dt.datetime.strptime(match["stamp"][:15], "%Y%m%d-%H%M%S")
            found.append(Backup(path, stamp, match["reason"]))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def check_library_file(path: Path) -> list[str]:
    """Problems that make ``path`` unfit as a library (empty list: it is sound). Reads only."""
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return ["not a SQLite file"]
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error) as exc:
        return [f"cannot be read: {exc}"]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            return rows
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = {"reviews", "articles", "claims", "events"} - tables
        return [f"missing tables: {', '.join(sorted(missing))}"] if missing else []
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return [str(exc)]
    finally:
        conn.close()


def make_backup(library: Library, reason: str = "manual", *, keep: int = KEEP_SCHEDULED) -> Backup:
    """Back up an open library now; scheduled backups beyond ``keep`` are removed, oldest first."""
    problems = library.integrity_problems()
    if problems:
        raise LibraryDamagedError(
            f"the library {library.path} failed its check ({problems[0]}); no backup was made so the "
            "existing backups stay good. Restore from a backup."
        )
    folder = backup_folder(library.path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{library.path.stem}.{stamp}.{reason}.backup"
    counter = 1
    while target.exists():
        target = folder / f"{library.path.stem}.{stamp}-{counter}.{reason}.backup"
        counter += 1
    staging = folder / (target.name + ".partial")
    try:
        library.backup(staging)
        problems = check_library_file(staging)
        if problems:
            raise LibraryError(f"the backup copy failed its check ({problems[0]}); the old backups were kept")
        os.replace(staging, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
    scheduled = [b for b in list_backups(library.path) if b.reason == "scheduled"]
    for old in scheduled[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return Backup(target, dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S"), reason)


def backup_if_due(library: Library, *, interval: dt.timedelta = DEFAULT_INTERVAL) -> Backup | None:
    """Make a scheduled backup when the newest backup is older than ``interval`` (or there is none).

    Never raises for a damaged library or a full disk: a backup that cannot be made is skipped, and the
    caller's own work goes on (it will meet the same error and report it).
    """
    newest = next(iter(list_backups(library.path)), None)
    if newest is not None and dt.datetime.now() - newest.taken < interval:
        return None
    if not library.list_reviews(limit=1):
        return None  # nothing worth keeping yet
    try:
        return make_backup(library, "scheduled")
    except (LibraryError, OSError, sqlite3.Error):
        return None


def restore_backup(backup: Path, library_path: Path) -> Path:
    """Put ``backup`` in place of the library; return where the replaced file was moved.

    The library must not be open in this process. The backup is checked first; the current file and
    its ``-wal``/``-shm`` companions are renamed aside (``NAME.replaced-TIMESTAMP``), never deleted.
    """
    problems = check_library_file(backup)
    if problems:
        raise LibraryDamagedError(f"the backup {backup} is not usable ({problems[0]}); choose another")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = library_path.with_name(f"{library_path.name}.replaced-{stamp}")
    staging = library_path.with_name(library_path.name + ".restoring")
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(staging)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()
    finally:
        source.close()
    if library_path.exists():
        os.replace(library_path, aside)
    for suffix in ("-wal", "-shm"):
        companion = library_path.with_name(library_path.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    os.replace(staging, library_path)
    return aside
