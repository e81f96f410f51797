"""Rotating backups of the library, made with SQLite's backup API, and restoring from them.

A backup is written to a temporary name, checked (``PRAGMA integrity_check`` and the Workbench tables),
and only then renamed into place and allowed to push the oldest backup out. A library that fails its
own check is never backed up, so a good backup is never replaced by a damaged copy. Restoring moves the
current library aside (a copy) instead of deleting it, and is atomic: see :func:`restore_backup`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from workbench.core.errors import LibraryDamagedError, LibraryError, LibraryLockedError
from workbench.core.store.files import (
    check_library_file_kind,
    copy_database,
    fsync_path,
    partial_name,
    remove_stale_partials,
)
from workbench.core.store.lease import WindowLease, WriteGate
from workbench.core.store.library import SQLITE_HEADER, Library, translate_sqlite_error

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


def _open_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that reads ``path`` and can leave nothing beside it: immutable, unless the file has
    unmerged changes of its own (a live library chosen as a backup), which are then read too."""
    wal = path.with_name(path.name + "-wal")
    try:
        pending = wal.stat().st_size > 0
    except OSError:
        pending = False
    mode = "mode=ro" if pending else "immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def check_library_file(path: Path) -> list[str]:
    """Problems that make ``path`` unfit as a library (empty list: it is sound). Reads only."""
    try:
        exists = check_library_file_kind(path)
        if not exists:
            return ["no such file"]
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return ["not a SQLite file"]
        conn = _open_for_reading(path)
    except (OSError, sqlite3.Error, LibraryError) as exc:
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
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(f"cannot make the backups folder {folder}: {exc.strerror or exc}; "
                           "the library was not changed") from None
    remove_stale_partials(folder, library.path.stem)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{library.path.stem}.{stamp}.{reason}.backup"
    counter = 1
    while target.exists():
        target = folder / f"{library.path.stem}.{stamp}-{counter}.{reason}.backup"
        counter += 1
    try:
        library.backup(target)
    except OSError as exc:
        raise LibraryError(f"cannot write a backup into {folder}: {exc.strerror or exc}; the library was not "
                           "changed") from None
    problems = check_library_file(target)
    if problems:
        with contextlib.suppress(OSError):
            target.unlink()
        raise LibraryError(f"the backup copy failed its check ({problems[0]}); the old backups were kept")
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


def _restore_error(exc: BaseException, library_path: Path) -> LibraryError:
    """A failure while restoring, in words; the library is as it was."""
    if isinstance(exc, LibraryError):
        return exc
    if isinstance(exc, sqlite3.Error):
        known = translate_sqlite_error(exc, library_path)
        if known is not None and "full" in str(known):
            return LibraryError(f"the disk holding {library_path} is full, so the backup could not be put in "
                                "place; free some space and try again (the library was not changed)")
        if known is not None:
            return LibraryError(f"the backup could not be put in place ({known}); the library was not changed")
    text = getattr(exc, "strerror", None) or str(exc)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return LibraryError(f"the disk holding {library_path} is full, so the backup could not be put in place; "
                            "free some space and try again (the library was not changed)")
    return LibraryError(f"the backup could not be put in place ({text}); the library was not changed")


def restore_backup(backup: Path, library_path: Path, *, lease: WindowLease | None = None) -> Path | None:
    """Put ``backup`` in place of the library; return where the replaced library was kept.

    Atomic for everyone else: the library's own connection takes the backup's pages in one SQLite
    transaction, so every reader sees either the old library or the restored one, and a kill at any
    moment leaves one of the two. Before that, the library as it was (its ``-wal`` included) is copied
    aside as ``NAME.replaced-TIMESTAMP``. The editing lease is taken (refused while a window edits the
    library; pass ``lease`` when the caller already holds it) and the write gate is closed, so no
    command commits between that copy and the swap. A library too damaged to be written in place is
    swapped by renaming a complete copy over it, after its files are copied aside.
    """
    problems = check_library_file(backup)
    if problems:
        raise LibraryDamagedError(f"the backup {backup} is not usable ({problems[0]}); choose another")
    own_lease = None
    if lease is None:
        try:
            own_lease = WindowLease.acquire(library_path, purpose="restore")
        except OSError as exc:
            raise LibraryError(f"cannot restore into {library_path.parent}: {exc.strerror or exc}") from None
        if own_lease is None:
            raise LibraryLockedError(
                f"{library_path.name} is open for editing in {WindowLease.holder(library_path)}; nothing was "
                "restored. Close that window first, or restore from its File menu"
            )
    gate = WriteGate(library_path)
    try:
        with gate.exclusive(_gate_timeout()) as closed:
            if not closed:
                raise LibraryLockedError(f"{library_path.name} is busy with a change in another program; nothing "
                                         "was restored. Try again in a moment")
            remove_stale_partials(library_path.parent, library_path.name)
            try:
                return _swap_in(backup, library_path)
            except (OSError, sqlite3.Error) as exc:
                raise _restore_error(exc, library_path) from exc
    finally:
        gate.close()
        if own_lease is not None:
            own_lease.release()


def _aside_name(library_path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = library_path.with_name(f"{library_path.name}.replaced-{stamp}")
    counter = 1
    while aside.exists():
        aside = library_path.with_name(f"{library_path.name}.replaced-{stamp}-{counter}")
        counter += 1
    return aside


def _swap_in(backup: Path, library_path: Path) -> Path | None:
    source = _open_for_reading(backup)
    try:
        if library_path.exists():
            aside = _aside_name(library_path)
            try:
                current = sqlite3.connect(str(library_path), timeout=_gate_timeout(), isolation_level=None)
            except sqlite3.Error:
                current = None
            if current is not None:
                try:
                    try:
                        copy_database(current, aside)
                    except sqlite3.DatabaseError:
                        _copy_files_aside(library_path, aside)
                    if _replace_in_place(source, current):
                        return aside
                finally:
                    current.close()
            else:
                _copy_files_aside(library_path, aside)
            _replace_by_rename(source, library_path)
            return aside
        _replace_by_rename(source, library_path)
        return None
    finally:
        source.close()


def _replace_in_place(source: sqlite3.Connection, current: sqlite3.Connection) -> bool:
    """Write the backup's pages into the open library in one transaction; False if it cannot take them."""
    try:
        page_size = current.execute("PRAGMA page_size").fetchone()[0]
        if source.execute("PRAGMA page_size").fetchone()[0] != page_size:
            # A WAL library keeps its page size: bring the backup to it first, in memory.
            resized = sqlite3.connect(":memory:")
            source.backup(resized)
            resized.execute(f"PRAGMA page_size = {int(page_size)}")
            resized.execute("VACUUM")
            try:
                resized.backup(current)
            finally:
                resized.close()
        else:
            source.backup(current)
    except sqlite3.DatabaseError as exc:
        if "full" in str(exc).lower() or isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise
        return False  # a file too damaged to be written through SQLite
    with contextlib.suppress(sqlite3.Error):
        current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return True


def _copy_files_aside(library_path: Path, aside: Path) -> None:
    """Copy a library's files byte for byte (for a file SQLite cannot read); the originals stay."""
    for suffix in ("", "-wal", "-shm"):
        original = library_path.with_name(library_path.name + suffix)
        if original.exists():
            copy = aside.with_name(aside.name + suffix)
            partial = partial_name(copy)
            shutil.copyfile(original, partial)
            fsync_path(partial)
            os.replace(partial, copy)
    fsync_path(library_path.parent)


def _replace_by_rename(source: sqlite3.Connection, library_path: Path) -> None:
    """Rename a complete copy of the backup over the library path (one atomic step)."""
    staging = library_path.with_name(f"{library_path.name}.restoring-{os.getpid()}")
    copy_database(source, staging, journal_mode="WAL")
    # The old file's -wal and -shm must not meet the new file; they were copied aside above.
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            library_path.with_name(library_path.name + suffix).unlink()
    os.replace(staging, library_path)
    fsync_path(library_path.parent)


def _gate_timeout() -> float:
    try:
        return max(0.0, int(os.environ.get("WORKBENCH_BUSY_TIMEOUT_MS", 5000)) / 1000)
    except ValueError:
        return 5.0
