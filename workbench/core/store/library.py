"""The review library: one SQLite file (or a PostgreSQL database), the only place in Workbench where SQL
is written.

The same :class:`Library` serves both back ends: its statements are written once in SQLite's dialect, and
on PostgreSQL they go through :class:`workbench.core.store.pg.PgConnection`, which rewrites the few that
PostgreSQL spells differently. Where the engines differ in kind (search, the data version, backups, the
schema), a method asks :attr:`Library.backend`.

Every public method that changes something is one transaction (``BEGIN IMMEDIATE`` … ``COMMIT``) that
also appends to the event log; when the method returns, the change is on disk. SQLite failures a person
can act on (locked, full disk, read-only, damaged, newer version) become :class:`LibraryError`\\ s with a
message; anything else is a bug and propagates.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from workbench.core.errors import (
    ConflictError,
    InvalidInputError,
    LibraryConnectionLostError,
    LibraryDamagedError,
    LibraryError,
    LibraryLockedError,
    LibraryReadOnlyError,
    LibraryReplacedError,
    LibraryUpgradeNeededError,
    NewerLibraryError,
    NotFoundError,
)
from workbench.core.formatting import describe_change
from workbench.core.model import (
    CHECK_DECISIONS,
    CLAIM_KINDS,
    LENS_DECISIONS,
    STATUSES,
    Article,
    CheckDecision,
    Claim,
    Event,
    Extraction,
    LensDecision,
    OfficeHolder,
    RemovedClaim,
    Review,
    ReviewBundle,
    Source,
    now_iso,
)
from workbench.core.snippets import sentence_span
from workbench.core.store.files import (
    check_library_file_kind,
    copy_database,
    file_identity,
    quick_check_cached_ok,
    refuse_to_start_over,
    remember_quick_check_ok,
)
from workbench.core.store.lease import WriteGate
from workbench.core.store.schema import KNOWN_MIGRATIONS, MIGRATION_NAMES, MIGRATION_SET, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

P = ParamSpec("P")
T = TypeVar("T")

_CLAIM_COLUMNS = (
    'id, review_id, article_id, start, "end", text, kind, value, unit, mod, approximate, qualifier, '
    "context, origin, status, note, position, confidence, marked_by, marked_at, value_edited, original_value, "
    "correction, number, sentence_start, sentence_end, resolved, anchor_value, weekday, refers_to, revision, previous, "
    "version"
)
_CURRENT_ARTICLE = "article_id = (SELECT MAX(id) FROM articles WHERE review_id = ?)"
"""Claims of a review's current article version (article ids grow with versions)."""
_EDITABLE_CLAIM_FIELDS = ("kind", "value", "unit", "mod", "approximate", "qualifier", "note", "status", "correction")


def _writable(path: Path) -> bool:
    """Whether the library file and its folder can be written (false on a read-only disk, even for root)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _has_pending_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def translate_sqlite_error(exc: sqlite3.Error, path: Path) -> LibraryError | None:
    """Map a SQLite failure a person can act on to a clear error; ``None`` means it is a bug."""
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return LibraryLockedError(
            f"the library {path} is busy in another Workbench window or program; close it and try again"
        )
    if "disk is full" in message or "database or disk is full" in message:
        return LibraryError(f"the disk holding {path} is full; free some space and try again (nothing was lost)")
    if "readonly" in message or "read-only" in message:
        return LibraryError(f"the library {path} is read-only; choose a library in a folder you can write to")
    if ("not a database" in message or "malformed" in message or "corrupt" in message or "could not decode" in message
            or "vtable constructor failed" in message or type(exc) is sqlite3.DatabaseError):
        return LibraryDamagedError(
            f"the library {path} is damaged ({exc}); restore it from a backup or open another library"
        )
    if "unable to open" in message or "disk i/o error" in message:
        if _disk_full(path):
            return LibraryError(f"the disk holding {path} is full; free some space and try again (nothing was lost)")
        return LibraryError(f"cannot use the library {path} ({exc}); check the disk and the file's permissions")
    return None


def _disk_full(path: Path) -> bool:
    """Whether the disk holding ``path`` has no room left (an I/O error there usually means that)."""
    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def damage_summary(rows: Sequence[str]) -> str:
    """SQLite's integrity report in a few words: the first problem, without its ``*** in database`` banner."""
    first = next((r for r in rows if r and not r.startswith("***")), rows[0] if rows else "unknown damage")
    first = first.replace("*** in database main ***", "").strip()
    more = len([r for r in rows if r and not r.startswith("***")]) - 1
    return first[:120] + (f", and {more} more problem{'s' if more != 1 else ''}" if more > 0 else "")


def _known_errors(method: Callable[P, T]) -> Callable[P, T]:
    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        if args[0]._pg_target is not None:  # type: ignore[attr-defined]
            return args[0]._pg_call(method, args, kwargs)  # type: ignore[attr-defined]
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            library: Library = args[0]  # type: ignore[assignment]
            known = translate_sqlite_error(exc, library.path)
            if known is None:
                raise
            raise known from exc
        except UnicodeDecodeError as exc:  # text that is not text: damaged pages
            library = args[0]  # type: ignore[assignment]
            raise LibraryDamagedError(
                f"the library {library.path} is damaged (unreadable text); restore it from a backup"
            ) from exc

    return wrapper


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match (as a prefix)."""
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in text).split() if w]
    return " ".join(f'"{w}"*' for w in words)


_FEW_CLAIMS = 8
"""Up to this many claims, each sentence is read by itself (SQL substr counts characters, as Python does)."""

class _NoGate:
    """PostgreSQL serialises its writers itself (an advisory lock per write): no file lock to take."""

    @contextlib.contextmanager
    def shared(self, timeout: float) -> Iterator[bool]:
        yield True

    def close(self) -> None:
        pass


class Library:
    """An open review library. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(self, path: Path, conn: Any, *, read_only: bool = False, pg_target: str | None = None) -> None:
        self.path = path
        """The SQLite file; on PostgreSQL a stand-in path in the user data folder (where its snapshots go)."""
        self.read_only = read_only
        """True when opened for reading only: every change raises :class:`LibraryError`."""
        self._conn = conn
        self._lock = threading.RLock()
        self._pg_target = pg_target
        self._calls = threading.local()
        self._presence: str | None = None
        if pg_target is None:
            self.backend = "sqlite"
            self.location = str(path)
            self._gate: Any = WriteGate(path)
            self._identity = file_identity(path)
        else:
            from workbench.core.store.pg import describe_target

            self.backend = "postgresql"
            self.location = describe_target(pg_target)
            """Where the library is, fit to show (a PostgreSQL password is masked)."""
            self._gate = _NoGate()
            self._identity = None
        self._wrote = False
        self._checked_ok = False
        self.closed = False
        self.backup_made: Path | None = None
        """Where the pre-migration copy went, when opening migrated the file."""

    # ------------------------------------------------------------------ opening and closing

    @classmethod
    def open(cls, path: Path | str, *, backup_dir: Path | None = None, read_only: bool = False) -> Library:
        """Open (creating if needed) the library at ``path``, migrating it to the current schema.

        Refuses, without writing a byte, a file that is not a SQLite database, a SQLite file that is not
        a Workbench library, and a library written by a newer version (whose files, ``-wal`` included,
        are only ever read). Opening for writing also runs SQLite's quick check (once per version of
        the file) and refuses a damaged library. With ``read_only`` the file must exist and is never
        written to.
        """
        from workbench.core.store.pg import is_pg_target

        if is_pg_target(str(path)) or str(path).lower().startswith(("postgresql:/", "postgres:/")):
            return cls._open_postgresql(str(path), read_only=read_only)
        path = Path(path).expanduser()
        exists = check_library_file_kind(path)
        if exists:
            try:
                with path.open("rb") as fh:
                    header = fh.read(len(SQLITE_HEADER))
            except OSError as exc:
                raise LibraryError(f"cannot read the library {path}: {exc.strerror or exc}") from None
            if not header:
                raise LibraryDamagedError(
                    f"the library {path} is an empty file (0 bytes); restore it from a backup, "
                    "or remove it to start a new library"
                )
            if header != SQLITE_HEADER:
                raise LibraryDamagedError(
                    f"{path} is not a Workbench library (not a SQLite file); restore it from a backup "
                    "or choose another library"
                )
            if not read_only and not _writable(path):
                raise LibraryReadOnlyError(
                    f"the library {path} cannot be written to (a write-protected file or folder, or a read-only "
                    "disk); it can be opened read-only, or copied to a folder you can write to"
                )
        elif read_only:
            raise LibraryError(f"there is no library at {path} to open read-only")
        else:
            refuse_to_start_over(path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"cannot create the folder for {path}: {exc.strerror or exc}") from None
        if exists:
            # Decide from a read-only look first: a file we must refuse keeps every byte (its -wal too).
            _inspect(path)
        busy_ms = _busy_timeout_ms()
        # A read-only library in a folder we cannot write to cannot get the WAL's shared-memory file:
        # SQLite then reads it as an immutable file, which is safe once no unmerged WAL is left beside it.
        immutable = read_only and not _writable(path) and not _has_pending_wal(path)
        try:
            target = str(path)
            if read_only:
                target = f"{path.resolve().as_uri()}?{'immutable=1' if immutable else 'mode=ro'}"
            conn = sqlite3.connect(target, timeout=busy_ms / 1000, isolation_level=None,
                                   check_same_thread=False, uri=read_only)
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, path) or LibraryError(f"cannot open {path}: {exc}") from exc
        library = cls(path, conn, read_only=read_only)
        try:
            library._prepare(existing=exists, backup_dir=backup_dir)
        except UnicodeDecodeError as exc:  # names in the schema that are not text: random bytes over the file
            conn.close()
            raise LibraryDamagedError(
                f"the library {path} is damaged (unreadable schema); restore it from a backup or open another library"
            ) from exc
        except sqlite3.Error as exc:
            conn.close()
            if read_only and not _writable(path) and _has_pending_wal(path):
                raise LibraryReadOnlyError(
                    f"the library {path} has changes not yet merged (its -wal file) and sits where they cannot "
                    "be merged; open it once from a folder you can write to"
                ) from exc
            raise translate_sqlite_error(exc, path) or LibraryError(f"cannot open {path}: {exc}") from exc
        except BaseException:
            conn.close()
            raise
        return library

    @classmethod
    def _open_postgresql(cls, target: str, *, read_only: bool) -> Library:
        """Open the library in a PostgreSQL database (creating its schema in an empty one)."""
        from workbench.core.store import pg

        raw = pg.open_connection(target, lock_timeout_ms=_busy_timeout_ms())
        location = pg.describe_target(target)
        psycopg = pg._psycopg()
        try:
            must_read_only = pg.prepare(raw, location, SCHEMA_VERSION, read_only=read_only)
        except psycopg.errors.InsufficientPrivilege:
            role = pg.role_name(raw)
            raw.close()
            raise LibraryError(f"the role {role} has no rights on the library {location}; ask its owner to run "
                               f"'workbench grant {role}' (or --read-only)") from None
        except psycopg.Error as exc:
            known = pg.translate_pg_error(exc, location, raw)
            raw.close()
            if known is None:
                raise
            raise known from None
        except BaseException:
            raw.close()
            raise
        library = cls(_pg_stand_in_path(target), pg.PgConnection(raw), read_only=must_read_only,
                      pg_target=target)
        library.read_only_reason = (
            "" if not must_read_only or read_only else
            f"the role {pg.role_name(raw)} may only read the library {location}: it is open read-only")
        return library

    read_only_reason: str = ""
    """Why a library opened for writing is read-only after all (a PostgreSQL role without write rights)."""

    def _pg_call(self, method: Callable[..., T], args: Any, kwargs: Any) -> T:
        """A public method on PostgreSQL: known failures become LibraryErrors; a lost serialization race
        is tried again; a read that lost its connection reconnects and is tried once more (a write is not:
        the caller decides, and its ``expected_version`` makes a retry safe)."""
        from workbench.core.store import pg

        depth = getattr(self._calls, "depth", 0)
        if depth:
            return method(*args, **kwargs)
        attempts = 0
        reconnected = False
        while True:
            self._calls.depth, self._calls.wrote = 1, False
            try:
                return method(*args, **kwargs)
            except Exception as exc:
                if not pg.is_pg_error(exc):
                    raise
                if isinstance(exc, pg.retryable_errors()) and attempts < pg.RETRIES:
                    attempts += 1
                    continue
                known = pg.translate_pg_error(exc, self.location, self._conn.raw)
                if known is None:
                    raise
                if isinstance(known, LibraryConnectionLostError) and not self._calls.wrote and not reconnected:
                    try:
                        self.reconnect()
                    except LibraryConnectionLostError:
                        raise known from None
                    reconnected = True
                    continue
                raise known from None
            finally:
                self._calls.depth = 0

    def reconnect(self) -> None:
        """Open a new connection to the server (PostgreSQL); :class:`LibraryConnectionLostError` if it is
        still away. On SQLite there is nothing to do."""
        if self._pg_target is None:
            return
        from workbench.core.store import pg

        with self._lock:
            try:
                raw = pg.open_connection(self._pg_target, lock_timeout_ms=_busy_timeout_ms())
            except LibraryError as exc:
                raise LibraryConnectionLostError(str(exc)) from None
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = pg.PgConnection(raw)
            if self.read_only:
                raw.execute("SET default_transaction_read_only = on")
            if self._presence is not None:
                raw.execute("SELECT set_config('application_name', %s, false)", [self._presence])

    def change_feed(self) -> Any:
        """Other programs' changes as they commit (a :class:`workbench.core.store.pg.ChangeFeed`): on
        PostgreSQL a listening connection whose ``fileno()`` can be waited on; on SQLite ``fileno()`` is
        ``None`` and ``drain()`` is always empty (poll :meth:`data_version` instead)."""
        from workbench.core.store import pg

        if self._pg_target is None:
            return pg.ChangeFeed(None)
        return pg.open_feed(self._pg_target)

    def set_presence(self, review_id: int | None, editor: str) -> None:
        """Say which review this program has open, and who edits (PostgreSQL; a no-op on SQLite)."""
        if self._pg_target is None:
            return
        from workbench.core.store import pg

        name = pg.presence_name(review_id, editor)
        self._presence = name
        self._pg_read("SELECT set_config('application_name', ?, false)", [name])

    def presence(self) -> dict[int, list[str]]:
        """Review id → names of the editors that other programs say have it open (PostgreSQL; ``{}`` on
        SQLite)."""
        if self._pg_target is None:
            return {}
        from workbench.core.store import pg

        rows = self._pg_read("SELECT application_name FROM pg_stat_activity WHERE datname = current_database() "
                             "AND pid <> pg_backend_pid() AND application_name LIKE ?", ["workbench:%"])
        return pg.parse_presence(r[0] for r in rows)

    @_known_errors
    def grant(self, role: str, *, read_only: bool = False) -> list[str]:
        """PostgreSQL: let ``role`` edit the library (the event log only read and appended to) or, with
        ``read_only``, only read it. Returns the statements run."""
        if self._pg_target is None:
            raise InvalidInputError("granting rights is for a PostgreSQL library; a SQLite library's file "
                                    "permissions decide who may change it")
        from workbench.core.store import pg

        with self._lock:
            return pg.grant(self._conn.raw, role, read_only=read_only)

    @_known_errors
    def _pg_read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    @classmethod
    def empty(cls, path: Path) -> Library:
        """A read-only, empty library in memory standing for ``path``, where no library exists yet.

        Reading commands use it so that they never create a file; like :meth:`open`, it refuses when
        traces of a library that went missing lie there.
        """
        from sqlite_utils import Database

        from workbench.core.store.schema import migrations

        refuse_to_start_over(path)
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        migrations().apply(Database(conn))
        return cls(path, conn, read_only=True)

    def _prepare(self, *, existing: bool, backup_dir: Path | None) -> None:
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {_busy_timeout_ms()}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: a big library lists from memory
        _refuse_foreign_or_newer(self.path, conn)
        tables, applied = _schema_state(conn)
        pending = [name for name in MIGRATION_NAMES if name not in applied]
        if self.read_only:
            if pending and tables:
                raise LibraryUpgradeNeededError(
                    f"the library {self.path} needs an upgrade to this version's schema, which cannot be "
                    "done read-only; open it in a window that can write to it"
                )
            return
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if existing and tables:
            self._quick_check()
        if pending:
            from sqlite_utils import Database

            from workbench.core.store.schema import migrations

            if existing and tables:
                self.backup_made = self.backup(self._backup_name(backup_dir, f"before-schema-{SCHEMA_VERSION}"))
            with self._gate.shared(_busy_timeout_ms() / 1000):
                migrations().apply(Database(conn))
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._wrote = True

    def _quick_check(self) -> None:
        """``PRAGMA quick_check`` before the first write, skipped when this very file version passed it."""
        if quick_check_cached_ok(self.path):
            self._checked_ok = True
            return
        rows = [line for r in self._conn.execute("PRAGMA quick_check") for line in str(r[0]).splitlines()]
        if rows != ["ok"]:
            raise LibraryDamagedError(
                f"the library {self.path} is damaged ({damage_summary(rows)}); nothing was changed. Restore it from a backup "
                "('workbench restore', or File ▸ Restore from Backup…) or open another library"
            )
        self._checked_ok = True
        remember_quick_check_ok(self.path)

    def _backup_name(self, backup_dir: Path | None, reason: str) -> Path:
        # Same naming as workbench.core.store.backups, so these copies are listed and restorable too.
        folder = backup_dir or self.path.parent / "backups"
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        return folder / f"{self.path.stem}.{stamp}.{reason}.backup"

    def close(self) -> None:
        with self._lock:
            if self.closed:
                return
            self.closed = True
            if self._pg_target is not None:
                with contextlib.suppress(Exception):
                    self._conn.close()
                return
            if self._wrote and not self.read_only:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA optimize")
            self._conn.close()
            self._gate.close()
            if self._checked_ok and not self.read_only:
                # Our own transactions leave a sound file sound: the next opening need not check again.
                remember_quick_check_ok(self.path)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @_known_errors
    def backup(self, dest: Path | str) -> Path:
        """Copy the whole library to ``dest`` with SQLite's backup API (safe while in use).

        The copy is one self-contained file (rollback journal, no ``-wal``), written under a temporary
        name, synced, and renamed into place only when complete.
        """
        dest = Path(dest)
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"cannot create the backups folder {dest.parent}: {exc.strerror or exc}") from None
        if self._pg_target is not None:  # a SQLite snapshot, made by the same copy as copy-library
            from workbench.core.store.copying import snapshot_to_sqlite

            return snapshot_to_sqlite(self, dest)
        with self._lock:
            copy_database(self._conn, dest)
        return dest

    @_known_errors
    def integrity_problems(self) -> list[str]:
        """What ``PRAGMA integrity_check`` reports; empty when the file is sound (always, on PostgreSQL,
        whose server keeps its own files sound)."""
        if self._pg_target is not None:
            return []
        with self._lock:
            rows = [r[0] for r in self._conn.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    @property
    def schema_version(self) -> int:
        if self._pg_target is not None:
            return int(self._pg_read("SELECT value FROM workbench_meta WHERE key = 'schema_version'")[0][0])
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @property
    def free_space(self) -> int:
        if self._pg_target is not None:
            return 2**62  # the server's disk is the DBA's to watch
        return shutil.disk_usage(self.path.parent).free

    @_known_errors
    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version``: it changes when another connection commits (cheap to poll).
        On PostgreSQL, the newest event's id (every change logs one)."""
        if self._pg_target is not None:
            return self.last_event_id()
        with self._lock:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def file_replaced(self) -> bool:
        """Whether the path now names another file than the one this library opened."""
        if self._pg_target is not None:
            return False
        return file_identity(self.path) != self._identity

    # ------------------------------------------------------------------ transactions and the log

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One user action: take the write lock at once, commit on success, roll back on any error.

        The write gate is held meanwhile (a restore waits for it), and a file replaced under this
        connection is noticed before anything is written.
        """
        if self.read_only and self._pg_target is not None:
            raise LibraryReadOnlyError(
                self.read_only_reason or f"the library {self.location} is open read-only; nothing was written")
        if self.read_only:
            raise LibraryError(
                f"the library {self.path} is open read-only (another Workbench window is editing it); "
                "make this change in that window, or close it and reopen this one"
            )
        with self._lock, self._gate.shared(_busy_timeout_ms() / 1000) as open_gate:
            if not open_gate:
                raise LibraryLockedError(
                    f"the library {self.path} is being restored from a backup by another program; nothing was "
                    "written. Try again in a moment"
                )
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                if self._pg_target is not None:
                    self._calls.wrote = True  # from here on, a lost connection is not retried blindly
                    # (BEGIN IMMEDIATE became "BEGIN; SELECT pg_advisory_xact_lock(…)": writers go one at a time)
                if self.file_replaced():
                    raise LibraryReplacedError(
                        f"the library {self.path} was replaced by another file since it was opened (restored or "
                        "moved by another program); nothing was written. Open it again"
                    )
                yield self._conn
            except BaseException:
                with contextlib.suppress(Exception):
                    self._conn.execute("ROLLBACK")
                raise
            else:
                try:
                    self._conn.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(Exception):
                        self._conn.execute("ROLLBACK")
                    raise
                self._wrote = True

    def _log(self, actor: str, action: str, review_id: int | None, claim_id: int | None = None,
             before: Any = None, after: Any = None, at: str | None = None) -> None:
        self._conn.execute(
            "INSERT INTO events (at, actor, action, review_id, claim_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [at or now_iso(), actor, action, review_id, claim_id, _dump(before), _dump(after)],
        )

    def _touch(self, review_id: int, at: str) -> None:
        self._conn.execute("UPDATE reviews SET updated = ? WHERE id = ?", [at, review_id])

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cursor = self._conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]  # type: ignore[misc]

    # ------------------------------------------------------------------ reviews

    @_known_errors
    def create_review(
        self,
        *,
        title: str,
        reviewer: str,
        text: str,
        extractions: Sequence[Extraction] = (),
        publisher: str = "",
        byline: str = "",
        origin: str = "",
        published: str | None = None,
    ) -> int:
        """Create a review with its first article version and extracted claims; return its id."""
        if published is not None:
            _check_date(published)
        at = now_iso()
        with self._write() as conn:
            review_id = conn.execute(
                "INSERT INTO reviews (title, reviewer, created, updated, state) VALUES (?, ?, ?, ?, 'open')",
                [title, reviewer, at, at],
            ).lastrowid
            article_id = conn.execute(
                "INSERT INTO articles (review_id, version, text, title, publisher, byline, origin, published, "
                "content_hash, imported_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
                [review_id, text, title, publisher, byline, origin, published, content_hash(text), at],
            ).lastrowid
            conn.executemany(
                "INSERT INTO claims (review_id, article_id, start, \"end\", text, kind, value, unit, mod, "
                "approximate, sentence_start, sentence_end, origin, position, number, confidence, resolved, "
                "anchor_value, weekday) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'auto', ?, ?, ?, ?, ?, ?)",
                [
                    [review_id, article_id, e.start, e.end, e.text, e.kind, _dump(e.value), e.unit, e.mod,
                     int(e.approximate), *span, i, i + 1, e.confidence, e.resolved, e.anchor_value, e.weekday]
                    for i, (e, span) in enumerate(zip(extractions, _sentences_of(text, extractions), strict=True))
                ],
            )
            self._link_mentions(int(article_id), extractions)
            self._recount(int(review_id))
            self._log(reviewer, "review.create", review_id, after={"title": title, "claims": len(extractions),
                                                                   "origin": origin, "published": published}, at=at)
        assert review_id is not None
        return int(review_id)

    def _reviews(self, sql: str, params: Sequence[Any] | dict[str, Any]) -> list[Review]:
        # The select lists Review's fields in order, so rows become reviews without a dict per row.
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [Review(*row) for row in rows]

    _REVIEW_SELECT = (
        "SELECT r.id, r.title, r.reviewer, r.created, r.updated, r.state, r.total, r.checked, r.disputed, "
        "(SELECT a.published FROM articles a WHERE a.review_id = r.id ORDER BY a.version DESC LIMIT 1) "
        "AS published, r.republish_on FROM reviews r"
    )

    @_known_errors
    def get_review(self, review_id: int) -> Review:
        reviews = self._reviews(self._REVIEW_SELECT + " WHERE r.id = ?", [review_id])
        if not reviews:
            raise NotFoundError(f"there is no review {review_id}; 'workbench reviews' lists them")
        return reviews[0]

    @_known_errors
    def list_reviews(self, *, trashed: bool = False, limit: int | None = None) -> list[Review]:
        """Reviews, most recently edited first."""
        sql = self._REVIEW_SELECT + " WHERE r.state = ? ORDER BY r.updated DESC, r.id DESC"
        params: list[Any] = ["trashed" if trashed else "open"]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return self._reviews(sql, params)

    @_known_errors
    def count_reviews(self, *, trashed: bool = False) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM reviews WHERE state = ?",
                                          ["trashed" if trashed else "open"]).fetchone()[0])

    @_known_errors
    def reviews_of_text(self, text: str) -> list[Review]:
        """Open reviews that already hold exactly this article text (by content hash), most recent first."""
        sql = (self._REVIEW_SELECT + " WHERE r.state = 'open' AND r.id IN"
               " (SELECT review_id FROM articles WHERE content_hash = ?) ORDER BY r.updated DESC, r.id DESC")
        return self._reviews(sql, [content_hash(text)])

    @_known_errors
    def search_reviews(self, text: str, *, trashed: bool = False, limit: int = 500) -> list[Review]:
        """Reviews whose title, article, claims, notes or sources contain every word of ``text``."""
        if self._pg_target is not None:
            return self._search_postgresql(text, trashed=trashed, limit=limit)
        query = fts_query(text)
        if not query:
            return self.list_reviews(trashed=trashed)
        sql = (
            self._REVIEW_SELECT + " WHERE r.state = ? AND r.id IN ("
            " SELECT rowid FROM reviews_fts WHERE reviews_fts MATCH :q"
            " UNION SELECT review_id FROM articles WHERE id IN"
            "  (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q)"
            " UNION SELECT review_id FROM claims WHERE id IN"
            "  (SELECT rowid FROM claims_fts WHERE claims_fts MATCH :q)"
            " UNION SELECT c.review_id FROM claim_sources cs JOIN claims c ON c.id = cs.claim_id"
            "  WHERE cs.source_id IN (SELECT rowid FROM sources_fts WHERE sources_fts MATCH :q)"
            ") ORDER BY r.updated DESC, r.id DESC LIMIT :limit"
        )
        sql = sql.replace("r.state = ?", "r.state = :state")
        return self._reviews(sql, {"q": query, "state": "trashed" if trashed else "open", "limit": limit})

    def _search_postgresql(self, text: str, *, trashed: bool, limit: int) -> list[Review]:
        """tsvector search (English stemming, every word as a prefix, "quoted phrases" as adjacent words)."""
        from workbench.core.store.pg import SEARCH_SQL, ts_query

        query = ts_query(text)
        if not query:
            return self.list_reviews(trashed=trashed)
        sql = self._REVIEW_SELECT + SEARCH_SQL
        with self._lock:
            raw = self._conn.raw
            with raw.transaction():
                # A common word matches much of the library; recomputing every article's tsvector in a
                # sequential scan is far slower than the GIN indexes, which the planner undervalues.
                raw.execute("SET LOCAL enable_seqscan = off")
                rows = raw.execute(sql, {"q": query, "state": "trashed" if trashed else "open",
                                         "limit": limit}).fetchall()
        return [Review(*row) for row in rows]

    @_known_errors
    def rename_review(self, review_id: int, title: str, *, actor: str) -> Review:
        title = title.strip()
        if not title:
            raise InvalidInputError("a review needs a title")
        before = self.get_review(review_id)
        at = now_iso()
        with self._write() as conn:
            conn.execute("UPDATE reviews SET title = ?, updated = ? WHERE id = ?", [title, at, review_id])
            self._log(actor, "review.rename", review_id, before={"title": before.title}, after={"title": title}, at=at)
        return self.get_review(review_id)

    @_known_errors
    def trash_review(self, review_id: int, *, actor: str) -> None:
        """Move a review to the trash; it can be restored until the trash is emptied."""
        self.get_review(review_id)
        at = now_iso()
        with self._write() as conn:
            conn.execute("UPDATE reviews SET state = 'trashed', trashed_at = ? WHERE id = ?", [at, review_id])
            self._log(actor, "review.trash", review_id, at=at)

    @_known_errors
    def restore_review(self, review_id: int, *, actor: str) -> None:
        self.get_review(review_id)
        at = now_iso()
        with self._write() as conn:
            conn.execute("UPDATE reviews SET state = 'open', trashed_at = NULL WHERE id = ?", [review_id])
            self._log(actor, "review.restore", review_id, at=at)

    @_known_errors
    def empty_trash(self, *, actor: str) -> int:
        """Delete for good every review in the trash; return how many went."""
        at = now_iso()
        with self._write() as conn:
            rows = conn.execute("SELECT id, title FROM reviews WHERE state = 'trashed'").fetchall()
            for review_id, title in rows:
                conn.execute("DELETE FROM reviews WHERE id = ?", [review_id])
                self._log(actor, "review.delete", review_id, before={"title": title}, at=at)
        return len(rows)

    @_known_errors
    def set_republication_date(self, review_id: int, day: str | None, *, actor: str) -> Review:
        """The date the story is to be republished (``None``: whatever day it is when it is read)."""
        if day is not None:
            _check_date(day)
        before = self.get_review(review_id)
        if before.republish_on == day:
            return before
        at = now_iso()
        with self._write() as conn:
            conn.execute("UPDATE reviews SET republish_on = ?, updated = ? WHERE id = ?", [day, at, review_id])
            self._log(actor, "review.republish", review_id, before={"republish_on": before.republish_on},
                      after={"republish_on": day}, at=at)
        return self.get_review(review_id)

    # ------------------------------------------------------------------ the republication lens

    _DECISION_COLUMNS = ('id, review_id, article_id, start, "end", text, class, decision, rewrite, reason, '
                         "decided_by, decided_at, version")

    def _decisions_where(self, where: str, params: Sequence[Any]) -> list[LensDecision]:
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {self._DECISION_COLUMNS} FROM lens_decisions WHERE {where} ORDER BY start, id", params
            ).fetchall()
        return [LensDecision(*row) for row in rows]

    @_known_errors
    def lens_decisions(self, review_id: int, *, article_id: int | None = None) -> list[LensDecision]:
        """The editor's decisions on the review's dated wording (on its latest article version)."""
        if article_id is None:
            article_id = self.get_article(review_id).id
        return self._decisions_where("review_id = ? AND article_id = ?", [review_id, article_id])

    @_known_errors
    def decide_finding(self, review_id: int, *, start: int, end: int, cls: str, decision: str, actor: str,
                       rewrite: str = "", reason: str = "", expected_version: int | None = None) -> LensDecision:
        """Accept a finding's rewrite, dismiss it, or mark it still true; one action, logged like a verdict.

        The finding is named by its span and class in the latest article version. ``expected_version`` is
        the version of the decision the caller saw (0: none yet); another program's newer decision then
        raises :class:`ConflictError` instead of being overwritten.
        """
        if decision not in LENS_DECISIONS:
            raise InvalidInputError(f"unknown decision {decision!r}; use one of {', '.join(LENS_DECISIONS)}")
        article = self.get_article(review_id)
        if not (0 <= start < end <= len(article.text)):
            raise InvalidInputError(f"the span {start}-{end} is not inside the article")
        text = article.text[start:end]
        at = now_iso()
        with self._write() as conn:
            found = self._decisions_where('article_id = ? AND start = ? AND "end" = ? AND class = ?',
                                          [article.id, start, end, cls])
            before = found[0] if found else None
            seen = before.version if before is not None else 0
            if expected_version is not None and expected_version != seen:
                who = f" ({before.decision.replace('_', ' ')} by {before.decided_by})" if before else ""
                raise ConflictError(f"the wording “{text}” was decided elsewhere since you last saw it{who}; "
                                    "your decision was not applied")
            if before is None:
                conn.execute(
                    'INSERT INTO lens_decisions (review_id, article_id, start, "end", text, class, decision, rewrite, '
                    "reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [review_id, article.id, start, end, text, cls, decision, rewrite, reason, actor, at])
            else:
                conn.execute("UPDATE lens_decisions SET decision = ?, rewrite = ?, reason = ?, decided_by = ?, "
                             "decided_at = ?, version = version + 1 WHERE id = ?",
                             [decision, rewrite, reason, actor, at, before.id])
            self._touch(review_id, at)
            self._log(actor, "lens.decide", review_id, None,
                      before={"decision": before.decision, "rewrite": before.rewrite, "reason": before.reason}
                      if before else None,
                      after={"start": start, "end": end, "text": text, "class": cls, "decision": decision,
                             "rewrite": rewrite, "reason": reason}, at=at)
            stored = self._decisions_where('article_id = ? AND start = ? AND "end" = ? AND class = ?',
                                           [article.id, start, end, cls])[0]
        return stored

    @_known_errors
    def undecide_finding(self, review_id: int, *, start: int, end: int, cls: str, actor: str,
                         expected_version: int | None = None) -> None:
        """Take a decision back: the finding is open again (the undo of :meth:`decide_finding`)."""
        article = self.get_article(review_id)
        at = now_iso()
        with self._write() as conn:
            found = self._decisions_where('article_id = ? AND start = ? AND "end" = ? AND class = ?',
                                          [article.id, start, end, cls])
            if not found:
                return
            before = found[0]
            if expected_version is not None and expected_version != before.version:
                raise ConflictError(f"the wording “{before.text}” was decided elsewhere since you last saw it "
                                    f"({before.decision.replace('_', ' ')} by {before.decided_by}); nothing was changed")
            conn.execute("DELETE FROM lens_decisions WHERE id = ?", [before.id])
            self._touch(review_id, at)
            self._log(actor, "lens.undecide", review_id, None,
                      before={"start": start, "end": end, "text": before.text, "class": cls,
                              "decision": before.decision}, at=at)

    # ------------------------------------------------------------------ office holders

    _HOLDER_COLUMNS = "id, name, title, held_from, held_to, source, confirmed_by, confirmed_at, version"

    @_known_errors
    def office_holders(self, name: str | None = None) -> list[OfficeHolder]:
        """The confirmed office-holder records (of one person, by name, when ``name`` is given)."""
        sql = f"SELECT {self._HOLDER_COLUMNS} FROM office_holders"
        params: list[Any] = []
        nocase = "lower({})" if self._pg_target is not None else "{} COLLATE NOCASE"
        if name is not None:
            sql += f" WHERE {nocase.format('name')} = {nocase.format('?')}"
            params.append(name.strip())
        with self._lock:
            rows = self._conn.execute(sql + f" ORDER BY {nocase.format('name')}, held_from", params).fetchall()
        return [OfficeHolder(*row) for row in rows]

    @_known_errors
    def save_office_holder(self, record: OfficeHolder, *, actor: str) -> OfficeHolder:
        """Add a record (``id`` None) or change one (conditional on the version it was read at)."""
        for day in (record.held_from, record.held_to):
            if day:
                _check_date(day)
        if not record.name.strip() or not record.title.strip():
            raise InvalidInputError("an office-holder record needs a name and a title")
        at = now_iso()
        with self._write() as conn:
            if record.id is None:
                record_id = conn.execute(
                    "INSERT INTO office_holders (name, title, held_from, held_to, source, confirmed_by, confirmed_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", [record.name.strip(), record.title.strip(), record.held_from,
                                                     record.held_to, record.source, actor, at]).lastrowid
                self._log(actor, "office.add", None, None, after=asdict_holder(record), at=at)
            else:
                record_id = record.id
                changed = conn.execute(
                    "UPDATE office_holders SET name = ?, title = ?, held_from = ?, held_to = ?, source = ?, "
                    "confirmed_by = ?, confirmed_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                    [record.name.strip(), record.title.strip(), record.held_from, record.held_to, record.source,
                     actor, at, record.id, record.version]).rowcount
                if not changed:
                    raise ConflictError(f"the record of {record.name} was changed or removed elsewhere; your change "
                                        "was not applied")
                self._log(actor, "office.update", None, None, after=asdict_holder(record), at=at)
            row = conn.execute(f"SELECT {self._HOLDER_COLUMNS} FROM office_holders WHERE id = ?", [record_id]).fetchone()
        return OfficeHolder(*row)

    @_known_errors
    def delete_office_holder(self, record_id: int, *, actor: str) -> None:
        at = now_iso()
        with self._write() as conn:
            row = conn.execute(f"SELECT {self._HOLDER_COLUMNS} FROM office_holders WHERE id = ?", [record_id]).fetchone()
            if row is None:
                raise NotFoundError(f"there is no office-holder record {record_id}")
            conn.execute("DELETE FROM office_holders WHERE id = ?", [record_id])
            self._log(actor, "office.delete", None, None, before=asdict_holder(OfficeHolder(*row)), at=at)

    # ------------------------------------------------------------------ consistency checks

    def _check_decisions_where(self, where: str, params: Sequence[Any]) -> list[CheckDecision]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, review_id, article_id, rule, spans, message, decision, reason, decided_by, decided_at, "
                f"version FROM check_decisions WHERE {where} ORDER BY id", params).fetchall()
        return [CheckDecision(r[0], r[1], r[2], r[3], json.loads(r[4]), *r[5:]) for r in rows]

    @_known_errors
    def check_decisions(self, review_id: int, *, article_id: int | None = None) -> list[CheckDecision]:
        """The editor's decisions on the consistency checks of the review's latest article version."""
        if article_id is None:
            article_id = self.get_article(review_id).id
        return self._check_decisions_where("review_id = ? AND article_id = ?", [review_id, article_id])

    @_known_errors
    def decide_check(self, review_id: int, *, rule: str, spans: Sequence[Sequence[int]], decision: str,
                     actor: str, message: str = "", reason: str = "", dispute_claims: Sequence[int] = (),
                     expected_version: int | None = None) -> CheckDecision:
        """Dismiss a finding (with a reason) or dispute it; disputing also marks ``dispute_claims`` disputed,
        with the finding's arithmetic as their note, all in one action."""
        if decision not in CHECK_DECISIONS:
            raise InvalidInputError(f"unknown decision {decision!r}; use one of {', '.join(CHECK_DECISIONS)}")
        article = self.get_article(review_id)
        key = _dump([[int(a), int(b)] for a, b in spans])
        at = now_iso()
        with self._write() as conn:
            found = self._check_decisions_where("article_id = ? AND rule = ? AND spans = ?", [article.id, rule, key])
            before = found[0] if found else None
            seen = before.version if before is not None else 0
            if expected_version is not None and expected_version != seen:
                who = f" ({before.decision} by {before.decided_by})" if before else ""
                raise ConflictError(f"this check was decided elsewhere since you last saw it{who}; your decision "
                                    "was not applied")
            if before is None:
                conn.execute("INSERT INTO check_decisions (review_id, article_id, rule, spans, message, decision, "
                             "reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             [review_id, article.id, rule, key, message, decision, reason, actor, at])
            else:
                conn.execute("UPDATE check_decisions SET decision = ?, reason = ?, message = ?, decided_by = ?, "
                             "decided_at = ?, version = version + 1 WHERE id = ?",
                             [decision, reason, message or before.message, actor, at, before.id])
            for claim_id in dispute_claims if decision == "disputed" else ():
                claim = self._guard(claim_id, None)
                note = claim.note if message in claim.note else (f"{claim.note}\n{message}".strip())
                conn.execute("UPDATE claims SET status = 'disputed', marked_by = ?, marked_at = ?, note = ?, "
                             "version = version + 1 WHERE id = ?", [actor, at, note, claim_id])
                self._log(actor, "claim.mark", review_id, claim_id, {"status": claim.status, "note": claim.note},
                          {"status": "disputed", "note": note}, at=at)
            self._touch(review_id, at)
            self._log(actor, "check.decide", review_id, None,
                      before={"decision": before.decision, "reason": before.reason} if before else None,
                      after={"rule": rule, "spans": json.loads(key), "decision": decision, "reason": reason,
                             "message": message}, at=at)
            stored = self._check_decisions_where("article_id = ? AND rule = ? AND spans = ?", [article.id, rule, key])[0]
        return stored

    @_known_errors
    def undecide_check(self, review_id: int, *, rule: str, spans: Sequence[Sequence[int]], actor: str,
                       expected_version: int | None = None) -> None:
        """Take a decision on a check back (the claims it disputed keep their verdicts: undo those apart)."""
        article = self.get_article(review_id)
        key = _dump([[int(a), int(b)] for a, b in spans])
        at = now_iso()
        with self._write() as conn:
            found = self._check_decisions_where("article_id = ? AND rule = ? AND spans = ?", [article.id, rule, key])
            if not found:
                return
            before = found[0]
            if expected_version is not None and expected_version != before.version:
                raise ConflictError(f"this check was decided elsewhere since you last saw it ({before.decision} by "
                                    f"{before.decided_by}); nothing was changed")
            conn.execute("DELETE FROM check_decisions WHERE id = ?", [before.id])
            self._touch(review_id, at)
            self._log(actor, "check.undecide", review_id, None,
                      before={"rule": rule, "spans": json.loads(key), "decision": before.decision}, at=at)

    # ------------------------------------------------------------------ articles

    @_known_errors
    def get_article(self, review_id: int, version: int | None = None) -> Article:
        """The review's article: the latest version unless ``version`` is given."""
        sql = "SELECT * FROM articles WHERE review_id = ?"
        params: list[Any] = [review_id]
        if version is not None:
            sql += " AND version = ?"
            params.append(version)
        rows = self._query(sql + " ORDER BY version DESC LIMIT 1", params)
        if not rows:
            self.get_review(review_id)
            raise NotFoundError(f"review {review_id} has no article version {version}")
        return Article(**rows[0])

    @_known_errors
    def update_article_metadata(self, review_id: int, *, actor: str, **fields: Any) -> Article:
        """Change title, publisher, byline, origin or published of the latest article version."""
        allowed = {"title", "publisher", "byline", "origin", "published"}
        unknown = set(fields) - allowed
        if unknown:
            raise InvalidInputError(f"cannot change {', '.join(sorted(unknown))} of an article")
        if fields.get("published"):
            _check_date(fields["published"])
        article = self.get_article(review_id)
        before = {k: getattr(article, k) for k in fields}
        if before == fields:
            return article
        at = now_iso()
        with self._write() as conn:
            for key, value in fields.items():
                conn.execute(f"UPDATE articles SET {key} = ? WHERE id = ?", [value, article.id])  # noqa: S608 (fixed names)
            self._touch(review_id, at)
            self._log(actor, "article.update", review_id, before=before, after=fields, at=at)
        return self.get_article(review_id)

    # ------------------------------------------------------------------ claims

    def _claims_where(self, where: str, params: Sequence[Any]) -> list[Claim]:
        """Claims matching ``where``, with their sentences (derived from the article text) and sources."""
        rows = self._query(f"SELECT {_CLAIM_COLUMNS} FROM claims WHERE {where} ORDER BY position, start, id", params)
        claims = [_claim_from_row(row) for row in rows]
        if not claims:
            return claims
        placed = [c for c in claims if c.sentence_start is not None and c.sentence_end is not None]
        if len(placed) <= _FEW_CLAIMS:  # a claim or two: read just their sentences, not the whole article
            for c in placed:
                found = self._conn.execute("SELECT substr(text, ?, ?) FROM articles WHERE id = ?",
                                           [c.sentence_start + 1, c.sentence_end - c.sentence_start,
                                            c.article_id]).fetchone()
                c.context = found[0] if found and found[0] is not None else ""
        else:
            texts = {}
            for article_id in {c.article_id for c in placed}:
                found = self._conn.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
                texts[article_id] = found[0] if found else ""
            for c in placed:
                c.context = texts[c.article_id][c.sentence_start:c.sentence_end]
        by_id = {c.id: c for c in claims}
        if len(claims) == 1:
            link_sql, link_params = "cs.claim_id = ?", [claims[0].id]
        else:
            link_sql, link_params = f"cs.claim_id IN (SELECT id FROM claims WHERE {where})", list(params)
        for row in self._query(
            "SELECT cs.claim_id, s.id, s.citation, s.title, s.publisher, s.accessed, s.excerpt "
            f"FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE {link_sql} ORDER BY cs.added, s.id",
            link_params,
        ):
            claim = by_id.get(row.pop("claim_id"))
            if claim is not None:
                claim.sources.append(Source(**row))
        return claims

    @_known_errors
    def list_claims(self, review_id: int, *, version: int | None = None) -> list[Claim]:
        """The claims of the review's current article version (or of ``version``), in reading order."""
        if version is None:
            return self._claims_where(_CURRENT_ARTICLE, [review_id])
        return self._claims_where("article_id = (SELECT id FROM articles WHERE review_id = ? AND version = ?)",
                                  [review_id, version])

    @_known_errors
    def versions(self, review_id: int) -> list[Article]:
        """Every version of the review's article, oldest first."""
        self.get_review(review_id)
        return [Article(**row) for row in self._query(
            "SELECT * FROM articles WHERE review_id = ? ORDER BY version", [review_id])]

    @_known_errors
    def removed_claims(self, review_id: int, *, article_id: int | None = None) -> list[RemovedClaim]:
        """Claims of the version before whose words this version (the current one by default) no longer has."""
        if article_id is None:
            article_id = self.get_article(review_id).id
        rows = self._query("SELECT id, review_id, article_id, old_claim_id, number, text, kind, value, status, note, "
                           "sources, marked_by, old_start, old_end, sentence FROM removed_claims "
                           "WHERE article_id = ? ORDER BY old_start", [article_id])
        for row in rows:
            row["value"], row["sources"] = _load(row["value"]), _load(row["sources"]) or []
        return [RemovedClaim(**row) for row in rows]

    @_known_errors
    def add_version(self, review_id: int, *, text: str, actor: str, claims: Sequence[Claim],
                    removed: Sequence[RemovedClaim] = (), lens: Sequence[LensDecision] = (),
                    checks: Sequence[CheckDecision] = (), published: str | None = None,
                    title: str | None = None, publisher: str | None = None, byline: str | None = None,
                    origin: str | None = None) -> Article:
        """Make ``text`` the review's current article version, with its claims already re-anchored, in one
        transaction: the earlier version and its claims stay as they were, readable; decisions carried
        over come along. A kill before the commit leaves the old version current. A claim's ``refers_to``
        is given as the first mention's offset in ``text`` (as the extractor gives it)."""
        if published is not None:
            _check_date(published)
        before = self.get_article(review_id)
        at = now_iso()
        with self._write() as conn:
            if conn.execute("SELECT MAX(version) FROM articles WHERE review_id = ?", [review_id]).fetchone()[0] \
                    != before.version:
                raise ConflictError("another program added a version of this article meanwhile; nothing was changed")
            article_id = conn.execute(
                "INSERT INTO articles (review_id, version, text, title, publisher, byline, origin, published, "
                "content_hash, imported_at, revised_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [review_id, before.version + 1, text, before.title if title is None else title,
                 before.publisher if publisher is None else publisher, before.byline if byline is None else byline,
                 before.origin if origin is None else origin, published, content_hash(text), at, actor],
            ).lastrowid
            for position, c in enumerate(sorted(claims, key=lambda c: (c.start, c.end))):
                if not (0 <= c.start < c.end <= len(text)) or text[c.start:c.end] != c.text:
                    raise InvalidInputError(f"a claim of the new version is not where it says ({c.start}-{c.end})")
                claim_id = conn.execute(
                    'INSERT INTO claims (review_id, article_id, start, "end", text, kind, value, unit, mod, approximate, '
                    "qualifier, origin, status, note, position, confidence, marked_by, marked_at, value_edited, "
                    "original_value, correction, number, sentence_start, sentence_end, resolved, anchor_value, weekday, "
                    "revision, previous) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?)",
                    [review_id, article_id, c.start, c.end, c.text, c.kind, _dump(c.value), c.unit, c.mod,
                     int(c.approximate), c.qualifier, c.origin, c.status, c.note, position, c.confidence, c.marked_by,
                     c.marked_at, int(c.value_edited), _dump(c.original_value), c.correction, c.number,
                     c.sentence_start, c.sentence_end, c.resolved, c.anchor_value, c.weekday, c.revision,
                     _dump(c.previous)],
                ).lastrowid
                for source in c.sources:
                    self._link_source(int(claim_id), source, at)
            self._link_mentions(int(article_id), claims)
            for r in removed:
                conn.execute("INSERT INTO removed_claims (review_id, article_id, old_claim_id, number, text, kind, "
                             "value, status, note, sources, marked_by, old_start, old_end, sentence) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             [review_id, article_id, r.old_claim_id, r.number, r.text, r.kind, _dump(r.value),
                              r.status, r.note, _dump(list(r.sources)), r.marked_by, r.old_start, r.old_end,
                              r.sentence])
            for d in lens:
                conn.execute('INSERT OR IGNORE INTO lens_decisions (review_id, article_id, start, "end", text, class, '
                             "decision, rewrite, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             [review_id, article_id, d.start, d.end, text[d.start:d.end], d.cls, d.decision, d.rewrite,
                              d.reason, d.decided_by, d.decided_at])
            for d in checks:
                conn.execute("INSERT OR IGNORE INTO check_decisions (review_id, article_id, rule, spans, message, "
                             "decision, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             [review_id, article_id, d.rule, _dump(d.spans), d.message, d.decision, d.reason,
                              d.decided_by, d.decided_at])
            self._recount(review_id)
            self._touch(review_id, at)
            states: dict[str, int] = {}
            for c in claims:
                states[c.revision or "new"] = states.get(c.revision or "new", 0) + 1
            if removed:
                states["gone"] = len(removed)
            self._log(actor, "article.revise", review_id, None, before={"version": before.version},
                      after={"version": before.version + 1, "claims": states, "published": published}, at=at)
        return self.get_article(review_id)

    @_known_errors
    def remove_latest_version(self, review_id: int, *, actor: str, expected_version: int | None = None) -> Article:
        """Undo of :meth:`add_version`: the latest version goes (with its claims and decisions); the one
        before is current again, exactly as it was."""
        latest = self.get_article(review_id)
        if latest.version <= 1:
            raise InvalidInputError("the review has only its first version; there is no revision to take back")
        at = now_iso()
        with self._write() as conn:
            if expected_version is not None and latest.version != expected_version:
                raise ConflictError("the article's versions changed meanwhile; nothing was taken back")
            conn.execute("DELETE FROM articles WHERE id = ?", [latest.id])
            self._recount(review_id)
            self._touch(review_id, at)
            self._log(actor, "article.unrevise", review_id, None, before={"version": latest.version},
                      after={"version": latest.version - 1}, at=at)
        return self.get_article(review_id)

    def _recount(self, review_id: int) -> None:
        """Inside a write: the progress counters from the current version's claims to check."""
        counted = _CURRENT_ARTICLE + " AND refers_to IS NULL"
        self._conn.execute(
            "UPDATE reviews SET total = (SELECT COUNT(*) FROM claims WHERE " + counted + "), "
            "checked = (SELECT COUNT(*) FROM claims WHERE " + counted + " AND status != 'unchecked'), "
            "disputed = (SELECT COUNT(*) FROM claims WHERE " + counted + " AND status = 'disputed') "
            "WHERE id = ?", [review_id, review_id, review_id, review_id])

    def _link_mentions(self, article_id: int, claims: Sequence[Any]) -> None:
        """Inside a write: a later mention's ``refers_to`` (the first mention's offset, as the extractor gives
        it) becomes the first mention's claim id."""
        wanted = {c.start: c.refers_to for c in claims if getattr(c, "refers_to", None) is not None}
        if not wanted:
            return
        ids = dict(self._conn.execute("SELECT start, id FROM claims WHERE article_id = ? AND kind = 'person'",
                                      [article_id]).fetchall())
        for start, first in wanted.items():
            if start in ids and first in ids and first != start:
                self._conn.execute("UPDATE claims SET refers_to = ? WHERE id = ?", [ids[first], ids[start]])

    @_known_errors
    def get_claim(self, claim_id: int) -> Claim:
        claims = self._claims_where("id = ?", [claim_id])
        if not claims:
            raise NotFoundError(f"there is no claim {claim_id}; 'workbench claims REVIEW' lists a review's claims")
        return claims[0]

    def _guard(self, claim_id: int, expected_version: int | None) -> Claim:
        """Inside a write: the claim as stored now; a conflict when it is not the version the caller saw."""
        claims = self._claims_where("id = ?", [claim_id])
        if not claims:
            if expected_version is not None:
                raise self._conflict(claim_id, gone=True)
            raise NotFoundError(f"there is no claim {claim_id}; 'workbench claims REVIEW' lists a review's claims")
        claim = claims[0]
        if expected_version is not None and claim.version != expected_version:
            raise self._conflict(claim_id)
        return claim

    def _conflict(self, claim_id: int, *, gone: bool = False) -> ConflictError:
        """Say who changed the claim since the caller read it (from the event log)."""
        row = self._conn.execute(
            "SELECT actor, action, at, after FROM events WHERE claim_id = ? ORDER BY id DESC LIMIT 1", [claim_id]
        ).fetchone()
        who = ""
        if row is not None:
            actor, action, at, after = row
            what = describe_change(action, _load(after))
            who = f" ({what} by {actor or 'someone'} at {at[11:16]} UTC{_ago(at)})"
        if gone:
            return ConflictError(f"claim {claim_id} was deleted since you last saw it{who}; your change was not "
                                 "applied", claim_id=claim_id)
        return ConflictError(f"claim {claim_id} was changed since you last saw it{who}; your change was not applied, "
                             "and the claim now shows the newer version", claim_id=claim_id)

    def _bump(self, claim_id: int) -> None:
        self._conn.execute("UPDATE claims SET version = version + 1 WHERE id = ?", [claim_id])

    @_known_errors
    def set_claim_status(self, claim_id: int, status: str, *, actor: str, note: str | None = None,
                         sources: Sequence[Source] = (), expected_version: int | None = None) -> Claim:
        """Record a verdict (with optional note and sources) as one action.

        With ``expected_version``, the write happens only if the claim is still that version; otherwise
        :class:`ConflictError` says who changed it.
        """
        if status not in STATUSES:
            raise InvalidInputError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
        at = now_iso()
        with self._write() as conn:
            before = self._guard(claim_id, expected_version)
            marked_by, marked_at = (actor, at) if status != "unchecked" else ("", "")
            conn.execute(
                "UPDATE claims SET status = ?, marked_by = ?, marked_at = ?, version = version + 1 WHERE id = ?",
                [status, marked_by, marked_at, claim_id],
            )
            change_before: dict[str, Any] = {"status": before.status}
            change_after: dict[str, Any] = {"status": status}
            if note is not None and note != before.note:
                conn.execute("UPDATE claims SET note = ? WHERE id = ?", [note, claim_id])
                change_before["note"], change_after["note"] = before.note, note
            added = [self._link_source(claim_id, source, at) for source in sources]
            if added:
                change_after["sources"] = [s.citation for s in added]
            self._touch(before.review_id, at)
            self._log(actor, "claim.mark", before.review_id, claim_id, change_before, change_after, at=at)
        return self.get_claim(claim_id)

    @_known_errors
    def update_claim(self, claim_id: int, *, actor: str, expected_version: int | None = None,
                     **fields: Any) -> Claim:
        """Change any of kind, value, unit, mod, approximate, qualifier, note, status; one action."""
        unknown = set(fields) - set(_EDITABLE_CLAIM_FIELDS)
        if unknown:
            raise InvalidInputError(f"cannot change {', '.join(sorted(unknown))} of a claim")
        if "kind" in fields and fields["kind"] not in CLAIM_KINDS:
            raise InvalidInputError(f"unknown kind {fields['kind']!r}; use one of {', '.join(CLAIM_KINDS)}")
        if "status" in fields and fields["status"] not in STATUSES:
            raise InvalidInputError(f"unknown status {fields['status']!r}; use one of {', '.join(STATUSES)}")
        at = now_iso()
        with self._write() as conn:
            before = self._guard(claim_id, expected_version)
            changes = {k: v for k, v in fields.items() if getattr(before, k) != v}
            if not changes:
                return before
            for key, value in changes.items():
                stored = _dump(value) if key == "value" else (int(value) if key == "approximate" else value)
                conn.execute(f'UPDATE claims SET "{key}" = ? WHERE id = ?', [stored, claim_id])  # noqa: S608 (fixed names)
            if "value" in changes or "kind" in changes:
                conn.execute("UPDATE claims SET value_edited = 1 WHERE id = ?", [claim_id])
                if before.origin == "auto" and not before.value_edited:
                    conn.execute("UPDATE claims SET original_value = ? WHERE id = ?", [_dump(before.value), claim_id])
            if "status" in changes:
                marked = (actor, at) if changes["status"] != "unchecked" else ("", "")
                conn.execute("UPDATE claims SET marked_by = ?, marked_at = ? WHERE id = ?", [*marked, claim_id])
            self._bump(claim_id)
            self._touch(before.review_id, at)
            self._log(actor, "claim.update", before.review_id, claim_id,
                      {k: getattr(before, k) for k in changes}, changes, at=at)
        return self.get_claim(claim_id)

    @_known_errors
    def add_claim(self, review_id: int, *, start: int, end: int, kind: str, value: Any, actor: str,
                  unit: str | None = None, mod: str | None = None, approximate: bool = False,
                  qualifier: str = "", note: str = "") -> Claim:
        """Add a claim the extractor missed, at ``start:end`` of the latest article version."""
        if kind not in CLAIM_KINDS:
            raise InvalidInputError(f"unknown kind {kind!r}; use one of {', '.join(CLAIM_KINDS)}")
        article = self.get_article(review_id)
        if not (0 <= start < end <= len(article.text)):
            raise InvalidInputError(f"the span {start}-{end} is not inside the article ({len(article.text)} characters)")
        text = article.text[start:end]
        at = now_iso()
        with self._write() as conn:
            position = conn.execute(
                "SELECT COUNT(*) FROM claims WHERE article_id = ? AND start < ?", [article.id, start]
            ).fetchone()[0]
            conn.execute("UPDATE claims SET position = position + 1 WHERE article_id = ? AND position >= ?",
                         [article.id, position])
            number = conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM claims WHERE review_id = ?",
                                  [review_id]).fetchone()[0]
            claim_id = conn.execute(
                "INSERT INTO claims (review_id, article_id, start, \"end\", text, kind, value, unit, mod, approximate, "
                "qualifier, note, sentence_start, sentence_end, origin, position, number, value_edited) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'manual', ?, ?, 1)",
                [review_id, article.id, start, end, text, kind, _dump(value), unit, mod, int(approximate),
                 qualifier, note, *sentence_span(article.text, start, end), position, number],
            ).lastrowid
            self._touch(review_id, at)
            self._log(actor, "claim.add", review_id, claim_id,
                      after={"start": start, "end": end, "text": text, "kind": kind, "value": value}, at=at)
        assert claim_id is not None
        return self.get_claim(int(claim_id))

    @_known_errors
    def delete_claim(self, claim_id: int, *, actor: str, expected_version: int | None = None) -> Claim:
        """Remove a wrong claim; returns it (with sources) so it can be put back by :meth:`restore_claim`."""
        at = now_iso()
        with self._write() as conn:
            claim = self._guard(claim_id, expected_version)
            conn.execute("DELETE FROM claims WHERE id = ?", [claim_id])
            self._touch(claim.review_id, at)
            self._log(actor, "claim.delete", claim.review_id, claim_id, before=_claim_snapshot(claim), at=at)
        return claim

    @_known_errors
    def restore_claim(self, claim: Claim, *, actor: str) -> Claim:
        """Put back a deleted claim with its id, verdict and sources (undo of a deletion)."""
        at = now_iso()
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM claims WHERE id = ?", [claim.id]).fetchone() is not None:
                raise ConflictError(f"claim {claim.id} is already back (put back by another program); "
                                    "nothing was changed", claim_id=claim.id)
            conn.execute(
                f"INSERT INTO claims ({_CLAIM_COLUMNS}) VALUES ({', '.join('?' * 33)})",
                [claim.id, claim.review_id, claim.article_id, claim.start, claim.end, claim.text, claim.kind,
                 _dump(claim.value), claim.unit, claim.mod, int(claim.approximate), claim.qualifier,
                 "" if claim.sentence_start is not None else claim.context, claim.origin, claim.status, claim.note,
                 claim.position, claim.confidence, claim.marked_by, claim.marked_at, int(claim.value_edited),
                 _dump(claim.original_value), claim.correction, claim.number, claim.sentence_start,
                 claim.sentence_end, claim.resolved, claim.anchor_value, claim.weekday, claim.refers_to,
                 claim.revision, _dump(claim.previous), claim.version + 1],
            )
            for source in claim.sources:
                self._link_source(claim.id, source, at)
            self._touch(claim.review_id, at)
            self._log(actor, "claim.restore", claim.review_id, claim.id, after=_claim_snapshot(claim), at=at)
        return self.get_claim(claim.id)

    @_known_errors
    def replace_auto_values(self, review_id: int, extractions: Sequence[Extraction], *, actor: str) -> int:
        """Re-resolve automatic claims after the publication date changed.

        Claims the extractor made and nobody corrected get the new value of the extraction at the same
        span; manual claims, corrected values and verdicts are left as they are. Returns how many changed.
        """
        by_span = {(e.start, e.end, e.kind): e for e in extractions}
        changed = 0
        at = now_iso()
        with self._write() as conn:
            rows = conn.execute(
                "SELECT id, start, \"end\", kind, value FROM claims "
                "WHERE " + _CURRENT_ARTICLE + " AND origin = 'auto' AND value_edited = 0",
                [review_id],
            ).fetchall()
            for claim_id, start, end, kind, value in rows:
                found = by_span.get((start, end, kind))
                if found is None or _dump(found.value) == value:
                    continue
                conn.execute("UPDATE claims SET value = ?, mod = ?, resolved = ?, anchor_value = ?, "
                             "version = version + 1 WHERE id = ?",
                             [_dump(found.value), found.mod, found.resolved, found.anchor_value, claim_id])
                self._log(actor, "claim.reresolve", review_id, claim_id, {"value": _load(value)},
                          {"value": found.value}, at=at)
                changed += 1
            if changed:
                self._touch(review_id, at)
        return changed

    # ------------------------------------------------------------------ sources

    def _link_source(self, claim_id: int, source: Source, at: str) -> Source:
        """Inside a write: find or create the source, link it to the claim, return it with its id."""
        citation = source.citation.strip()
        if not citation:
            raise InvalidInputError("a source needs a URL or a citation")
        source_id = source.id
        if source_id is None:
            row = self._conn.execute("SELECT id FROM sources WHERE citation = ? ORDER BY id LIMIT 1",
                                     [citation]).fetchone()
            if row is None:
                source_id = self._conn.execute(
                    "INSERT INTO sources (citation, title, publisher, accessed, excerpt, created) VALUES (?, ?, ?, ?, ?, ?)",
                    [citation, source.title, source.publisher, source.accessed, source.excerpt, at],
                ).lastrowid
            else:
                source_id = row[0]
                for key in ("title", "publisher", "accessed", "excerpt"):
                    if getattr(source, key):
                        self._conn.execute(f"UPDATE sources SET {key} = ? WHERE id = ?",  # noqa: S608 (fixed names)
                                           [getattr(source, key), source_id])
        elif self._conn.execute("SELECT 1 FROM sources WHERE id = ?", [source_id]).fetchone() is None:
            self._conn.execute(
                "INSERT INTO sources (id, citation, title, publisher, accessed, excerpt, created) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [source_id, citation, source.title, source.publisher, source.accessed, source.excerpt, at],
            )
        self._conn.execute("INSERT OR IGNORE INTO claim_sources (claim_id, source_id, added) VALUES (?, ?, ?)",
                           [claim_id, source_id, at])
        row = self._conn.execute("SELECT id, citation, title, publisher, accessed, excerpt FROM sources WHERE id = ?",
                                 [source_id]).fetchone()
        return Source(*row)

    @_known_errors
    def add_source(self, claim_id: int, source: Source, *, actor: str, expected_version: int | None = None) -> Source:
        """Back a claim with a source (an existing one with the same citation is reused)."""
        at = now_iso()
        with self._write() as conn:
            claim = self._guard(claim_id, expected_version)
            linked = self._link_source(claim_id, source, at)
            self._bump(claim_id)
            del conn
            self._touch(claim.review_id, at)
            self._log(actor, "source.add", claim.review_id, claim_id,
                      after={"source_id": linked.id, "citation": linked.citation}, at=at)
        return linked

    @_known_errors
    def remove_source(self, claim_id: int, source_id: int, *, actor: str, expected_version: int | None = None) -> None:
        at = now_iso()
        with self._write() as conn:
            claim = self._guard(claim_id, expected_version)
            source = next((s for s in claim.sources if s.id == source_id), None)
            if source is None:
                raise NotFoundError(f"claim {claim_id} has no source {source_id}")
            conn.execute("DELETE FROM claim_sources WHERE claim_id = ? AND source_id = ?", [claim_id, source_id])
            self._bump(claim_id)
            self._touch(claim.review_id, at)
            self._log(actor, "source.remove", claim.review_id, claim_id,
                      before={"source_id": source_id, "citation": source.citation}, at=at)

    @_known_errors
    def update_source(self, source_id: int, *, actor: str, **fields: str) -> Source:
        """Correct a source's details; the change shows on every claim it backs."""
        allowed = {"citation", "title", "publisher", "accessed", "excerpt"}
        if set(fields) - allowed:
            raise InvalidInputError(f"cannot change {', '.join(sorted(set(fields) - allowed))} of a source")
        rows = self._query("SELECT id, citation, title, publisher, accessed, excerpt FROM sources WHERE id = ?", [source_id])
        if not rows:
            raise NotFoundError(f"there is no source {source_id}")
        before = rows[0]
        at = now_iso()
        with self._write() as conn:
            for key, value in fields.items():
                conn.execute(f"UPDATE sources SET {key} = ? WHERE id = ?", [value, source_id])  # noqa: S608 (fixed names)
            self._log(actor, "source.update", None, None, {k: before[k] for k in fields}, fields, at=at)
        return Source(**{**before, **fields})

    @_known_errors
    def find_sources(self, text: str = "", *, limit: int = 50) -> list[Source]:
        """Sources used before, most used first: completions for the claim editor."""
        sql = ("SELECT s.id, s.citation, s.title, s.publisher, s.accessed, s.excerpt FROM sources s "
               "LEFT JOIN claim_sources cs ON cs.source_id = s.id")
        params: list[Any] = []
        if text.strip():
            like = "ILIKE" if self._pg_target is not None else "LIKE"  # SQLite's LIKE ignores case
            sql += f" WHERE s.citation {like} ? ESCAPE '\\' OR s.title {like} ? ESCAPE '\\'"
            pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            params += [pattern, pattern]
        sql += " GROUP BY s.id ORDER BY COUNT(cs.claim_id) DESC, s.id DESC LIMIT ?"
        params.append(limit)
        return [Source(**row) for row in self._query(sql, params)]

    # ------------------------------------------------------------------ history and bundles

    @_known_errors
    def events(self, *, review_id: int | None = None, claim_id: int | None = None, limit: int | None = None) -> list[Event]:
        """The change log, oldest first."""
        clauses, params = [], []
        if review_id is not None:
            clauses.append("review_id = ?")
            params.append(review_id)
        if claim_id is not None:
            clauses.append("claim_id = ?")
            params.append(claim_id)
        sql = "SELECT * FROM events" + (" WHERE " + " AND ".join(clauses) if clauses else "") + " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        events = []
        for row in self._query(sql, params):
            row["before"], row["after"] = _load(row["before"]), _load(row["after"])
            events.append(Event(**row))
        return events

    @_known_errors
    def last_event_id(self) -> int:
        """The id of the newest event (0 for an empty log): where to start :meth:`events_after`."""
        with self._lock:
            return int(self._conn.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0])

    @_known_errors
    def events_after(self, event_id: int, *, limit: int = 10000) -> list[Event]:
        """Events newer than ``event_id``, oldest first: what other programs did since then."""
        events = []
        for row in self._query("SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?", [event_id, limit]):
            row["before"], row["after"] = _load(row["before"]), _load(row["after"])
            events.append(Event(**row))
        return events

    @_known_errors
    def bundle(self, review_id: int) -> ReviewBundle:
        """Everything a report needs about one review, read in one consistent snapshot."""
        with self._lock:
            self._conn.execute("BEGIN" if self._pg_target is None else "BEGIN ISOLATION LEVEL REPEATABLE READ")
            try:
                article = self.get_article(review_id)
                return ReviewBundle(
                    review=self.get_review(review_id),
                    article=article,
                    claims=self.list_claims(review_id),
                    events=self.events(review_id=review_id),
                    lens_decisions=self.lens_decisions(review_id, article_id=article.id),
                    check_decisions=self.check_decisions(review_id, article_id=article.id),
                    versions=article.version,
                    removed_claims=self.removed_claims(review_id, article_id=article.id),
                )
            finally:
                self._conn.execute("COMMIT")


# ---------------------------------------------------------------------- opening helpers


def _pg_stand_in_path(target: str) -> Path:
    """Where a PostgreSQL library's SQLite snapshots go: ``postgresql/backups`` in the user data folder."""
    from platformdirs import user_data_path

    from workbench.core.store.pg import slug

    return user_data_path("Workbench", appauthor=False) / "postgresql" / f"{slug(target)}.sqlite3"


def _schema_state(conn: sqlite3.Connection) -> tuple[set[str], set[str]]:
    """The tables of the file and the Workbench migrations recorded in it (reads only)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    applied: set[str] = set()
    if "_sqlite_migrations" in tables:
        applied = {row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
    return tables, applied


def _refuse_foreign_or_newer(path: Path, conn: sqlite3.Connection) -> None:
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables, applied = _schema_state(conn)
    if user_version > SCHEMA_VERSION or applied - KNOWN_MIGRATIONS:
        raise NewerLibraryError(
            f"the library {path} was written by a newer version of Workbench (schema "
            f"{user_version}, this version reads up to {SCHEMA_VERSION}); update Workbench to open it. "
            "The file was left untouched."
        )
    if tables and not applied:
        raise LibraryDamagedError(f"{path} is a SQLite file but not a Workbench library; choose another file")


def _inspect(path: Path) -> None:
    """Refuse a newer or foreign library after looking at it read-only, so its files keep every byte
    (a read-write connection would merge and delete a pending ``-wal`` when it closes)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=_busy_timeout_ms() / 1000)
    except sqlite3.Error:
        return  # the read-write opening reports what is wrong
    try:
        _refuse_foreign_or_newer(path, conn)
    except UnicodeDecodeError as exc:
        raise LibraryDamagedError(
            f"the library {path} is damaged (unreadable schema); restore it from a backup or open another library"
        ) from exc
    except sqlite3.Error as exc:
        known = translate_sqlite_error(exc, path)
        if isinstance(known, LibraryDamagedError):
            raise known from exc
        # busy, or a folder where a read-only look cannot get the shared-memory file: decided below
    finally:
        conn.close()


# ---------------------------------------------------------------------- row helpers


def _busy_timeout_ms() -> int:
    """How long to wait for another writer: ``$WORKBENCH_BUSY_TIMEOUT_MS`` or five seconds."""
    try:
        return max(0, int(os.environ.get("WORKBENCH_BUSY_TIMEOUT_MS", BUSY_TIMEOUT_MS)))
    except ValueError:
        return BUSY_TIMEOUT_MS


def _ago(at: str) -> str:
    """", 20 s ago" for an event time within the last day; empty when the time cannot be read or is older."""
    try:
        when = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    seconds = (dt.datetime.now(dt.UTC) - when).total_seconds()
    if seconds < 0 or seconds >= 86400:
        return ""
    if seconds < 90:
        return f", {max(1, round(seconds))} s ago"
    if seconds < 5400:
        return f", {round(seconds / 60)} min ago"
    return f", {round(seconds / 3600)} h ago"


def _check_date(value: str) -> None:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidInputError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def asdict_holder(record: OfficeHolder) -> dict[str, Any]:
    return {"name": record.name, "title": record.title, "held_from": record.held_from, "held_to": record.held_to,
            "source": record.source}


def _claim_from_row(row: dict[str, Any]) -> Claim:
    row["value"] = _load(row["value"])
    row["original_value"] = _load(row["original_value"])
    row["approximate"] = bool(row["approximate"])
    row["value_edited"] = bool(row["value_edited"])
    row["previous"] = _load(row["previous"])
    return Claim(**row)


def _claim_snapshot(claim: Claim) -> dict[str, Any]:
    return {"start": claim.start, "end": claim.end, "text": claim.text, "kind": claim.kind, "value": claim.value,
            "status": claim.status, "note": claim.note, "sources": [s.citation for s in claim.sources]}


def _sentences_of(text: str, extractions: Sequence[Extraction]) -> list[tuple[int, int]]:
    """Each extraction's sentence span: the extractor's own, else found in one pass over the text."""
    sentences = None
    spans = []
    for e in extractions:
        if e.sentence_start is not None and e.sentence_end is not None:
            spans.append((min(e.sentence_start, e.start), max(e.sentence_end, e.end)))
            continue
        if sentences is None:
            from workbench.core.extract.sentences import Sentences

            sentences = Sentences(text)
        lo, hi = sentences.find(e.start)
        spans.append((min(lo, e.start), max(hi, e.end)))
    return spans
