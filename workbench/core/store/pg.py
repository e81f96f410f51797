"""The PostgreSQL back end: targets, connections, the schema, and a connection that speaks like sqlite3.

The :class:`~workbench.core.store.library.Library` writes its SQL once, in SQLite's dialect with ``?``
parameters. :class:`PgConnection` gives it the few sqlite3 habits it relies on (``execute`` returning a
cursor, ``lastrowid``, ``executemany``) and rewrites the statements PostgreSQL spells differently
(``?`` → ``%s``, ``INSERT OR IGNORE`` → ``ON CONFLICT DO NOTHING``, ``RETURNING id`` for ``lastrowid``).
psycopg is imported only here, and only when a PostgreSQL target is opened.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from workbench.core.errors import (
    LibraryConnectionLostError,
    LibraryDamagedError,
    LibraryError,
    LibraryLockedError,
    LibraryReadOnlyError,
    NewerLibraryError,
)

PG_SCHEMES = ("postgresql://", "postgres://")
PG_EXTRA_HINT = "pip install 'workbench[postgres]'"
NOTIFY_CHANNEL = "workbench_events"
WRITE_LOCK_KEY = 7_262_015
"""The transaction-level advisory lock every write takes: writers to one library go one at a time."""
APPLICATION_NAME = "workbench"
PRESENCE_PREFIX = "workbench:"
RETRIES = 3
"""How often a write that lost a serialization race or a deadlock is tried again."""

TABLES_WITH_ID = ("reviews", "articles", "claims", "sources", "events", "lens_decisions", "check_decisions",
                  "removed_claims", "office_holders")
DATA_TABLES = ("reviews", "articles", "claims", "sources", "claim_sources", "lens_decisions", "check_decisions",
               "removed_claims", "office_holders")


# ---------------------------------------------------------------------- targets


def is_pg_target(target: object) -> bool:
    """Whether ``target`` names a PostgreSQL library: a ``postgresql://`` URL or a libpq ``service=`` string."""
    if not isinstance(target, str):
        return False
    text = target.strip()
    if text.lower().startswith(PG_SCHEMES):
        return True
    return bool(re.match(r"^\s*service\s*=", text)) or bool(re.match(r"^\s*(host|dbname)\s*=\S", text))


def normalise_target(target: str) -> str:
    """``postgres://`` becomes ``postgresql://``; a URL that went through ``Path`` (one slash) is mended."""
    text = target.strip()
    for scheme in ("postgresql:/", "postgres:/"):
        if text.lower().startswith(scheme) and not text.lower().startswith(scheme + "/"):
            text = scheme + "/" + text[len(scheme):]
    if text.lower().startswith("postgres://"):
        text = "postgresql://" + text[len("postgres://"):]
    return text


def mask_password(target: str) -> str:
    """The target with any password replaced by ``***`` (URL user info, ``?password=``, ``password=``)."""
    text = re.sub(r"(://[^:/@?#]*):[^@/?#]*@", r"\1:***@", target)
    text = re.sub(r"([?&]password=)[^&#]*", r"\1***", text, flags=re.IGNORECASE)
    return re.sub(r"(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1***", text, flags=re.IGNORECASE)


def describe_target(target: str) -> str:
    """How a person reads the target: the URL (password masked) or ``service=name``."""
    return mask_password(normalise_target(target))


def slug(target: str) -> str:
    """A file-name-safe name for the target (host and database, or the service)."""
    text = normalise_target(target)
    if text.startswith("postgresql://"):
        parts = urlsplit(text)
        query = dict(parse_qsl(parts.query))
        if "service" in query and not parts.path.strip("/"):
            name = "service-" + query["service"]
        else:
            host = parts.hostname or query.get("host", "local")
            name = f"{host.strip('/').replace('/', '_') or 'local'}-{unquote(parts.path.strip('/')) or 'db'}"
    else:
        pairs = dict(re.findall(r"(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", text))
        name = "service-" + pairs["service"] if "service" in pairs else f"{pairs.get('host', 'local')}-{pairs.get('dbname', 'db')}"
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name)[:80] or "postgresql"


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise LibraryError(f"opening a PostgreSQL library needs psycopg; install it with {PG_EXTRA_HINT}") from None
    return psycopg


# ---------------------------------------------------------------------- errors


def is_pg_error(exc: BaseException) -> bool:
    module = type(exc).__module__
    return module.startswith("psycopg")


def connect_error(exc: BaseException, location: str) -> LibraryError:
    """One clear line for a connection that could not be made (never the password)."""
    message = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    lowered = str(exc).lower()
    if "password authentication failed" in lowered:
        user = re.search(r'for user "([^"]+)"', str(exc))
        return LibraryError(f"the server at {location} refused the password"
                            f"{' for role ' + user.group(1) if user else ''}; check ~/.pgpass, the service file or "
                            "PGPASSWORD")
    if "no password supplied" in lowered:
        return LibraryError(f"the server at {location} asks for a password and none was found; put it in "
                            "~/.pgpass or a service file (Workbench never stores passwords)")
    if "does not exist" in lowered and "database" in lowered:
        name = re.search(r'database "([^"]+)" does not exist', str(exc))
        return LibraryError(f"there is no database {name.group(1) if name else ''} on the server at {location}; "
                            "create it (createdb) or check the name".replace("database  on", "database on"))
    if "role" in lowered and "does not exist" in lowered:
        return LibraryError(f"the server at {location} does not know that role ({message}); check the user name")
    if "definition of service" in lowered or "service file" in lowered:
        return LibraryError(f"no PostgreSQL service for {location} ({message}); check ~/.pg_service.conf or "
                            "PGSERVICEFILE")
    if "invalid" in lowered and ("dsn" in lowered or "connection option" in lowered or "uri" in lowered):
        return LibraryError(f"{location} is not a valid PostgreSQL address ({message})")
    return LibraryConnectionLostError(f"cannot reach the PostgreSQL server for {location}; is it running and "
                                      f"reachable? ({mask_password(message)})")


def connection_lost(location: str) -> LibraryConnectionLostError:
    return LibraryConnectionLostError(
        f"the connection to the library {location} was lost (the server restarted or the network dropped); "
        "reconnect and try again (a change being saved may not have been applied: check it)")


def translate_pg_error(exc: BaseException, location: str, conn: Any) -> LibraryError | None:
    """A PostgreSQL failure a person can act on as a LibraryError; ``None``: a bug (or a retry, see below)."""
    psycopg = _psycopg()
    errors = psycopg.errors
    if conn is None or getattr(conn, "broken", False) or getattr(conn, "closed", False) or isinstance(
            exc, (errors.AdminShutdown, errors.CrashShutdown, errors.CannotConnectNow)):
        return connection_lost(location)
    if isinstance(exc, (errors.InsufficientPrivilege, errors.ReadOnlySqlTransaction)):
        return LibraryReadOnlyError(f"this role may not change the library {location} (read-only access); "
                                    "ask the database's owner for write rights ('workbench grant')")
    if isinstance(exc, (errors.LockNotAvailable, errors.QueryCanceled)):
        return LibraryLockedError(f"the library {location} is busy (another editor's change took too long); "
                                  "nothing was written. Try again")
    if isinstance(exc, errors.DiskFull):
        return LibraryError(f"the server holding {location} is out of disk space; nothing was written")
    if isinstance(exc, psycopg.OperationalError) and not isinstance(exc, retryable_errors()):
        return connection_lost(location)
    return None


def retryable_errors() -> tuple[type[BaseException], ...]:
    errors = _psycopg().errors
    return (errors.SerializationFailure, errors.DeadlockDetected)


# ---------------------------------------------------------------------- the sqlite3-like connection


@functools.lru_cache(maxsize=512)
def translate_sql(sql: str) -> str:
    """SQLite-dialect statement (``?``/``:name`` parameters) → psycopg's (``%s``/``%(name)s``)."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            j = sql.index(ch, i + 1) if ch in sql[i + 1:] else n - 1
            out.append(sql[i:j + 1].replace("%", "%%"))
            i = j + 1
            continue
        if ch == "%":
            out.append("%%")
        elif ch == "?":
            out.append("%s")
        elif ch == ":" and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_") and (i == 0 or sql[i - 1] != ":"):
            m = re.match(r"[A-Za-z_]\w*", sql[i + 1:])
            assert m is not None
            out.append(f"%({m.group()})s")
            i += 1 + len(m.group())
            continue
        else:
            out.append(ch)
        i += 1
    text = "".join(out)
    stripped = text.lstrip()
    upper = stripped[:40].upper()
    if upper.startswith("BEGIN IMMEDIATE"):  # a write: one round trip for BEGIN and the writers' lock
        return f"BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})"
    if upper.startswith("INSERT OR IGNORE INTO"):
        text = "INSERT INTO" + stripped[len("INSERT OR IGNORE INTO"):] + " ON CONFLICT DO NOTHING"
        stripped = text
    if stripped.upper().startswith("INSERT INTO") and " RETURNING " not in stripped.upper():
        table = stripped.split()[2].split("(")[0].strip('"')
        if table in TABLES_WITH_ID:
            text += " RETURNING id"
    return text


class PgCursor:
    """What the library reads from a cursor: rows, their names, the new row's id, the rows changed."""

    def __init__(self, cursor: Any, returning: bool) -> None:
        self._cursor = cursor
        self.lastrowid: int | None = None
        if returning:
            row = cursor.fetchone()
            self.lastrowid = None if row is None else int(row[0])

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description is not None else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor.description is not None else []

    def __iter__(self) -> Any:
        return iter(self.fetchall())


class PgConnection:
    """A psycopg connection in autocommit mode (transactions are explicit ``BEGIN``/``COMMIT``, as on
    the library's sqlite3 connection) that takes SQLite-dialect statements."""

    backend = "postgresql"

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> PgCursor:
        text = translate_sql(sql)
        cursor = self.raw.execute(text, params if params else None) if params else self.raw.execute(
            text.replace("%%", "%"))
        return PgCursor(cursor, text.endswith(" RETURNING id"))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        text = translate_sql(sql)
        if text.endswith(" RETURNING id"):
            text = text[: -len(" RETURNING id")]
        rows = list(rows)
        if rows:
            with self.raw.cursor() as cursor:
                cursor.executemany(text, rows)

    @property
    def broken(self) -> bool:
        return bool(self.raw.broken or self.raw.closed)

    def close(self) -> None:
        self.raw.close()


def open_connection(target: str, *, application_name: str = APPLICATION_NAME, lock_timeout_ms: int = 5000) -> Any:
    """A raw autocommit psycopg connection to ``target``, or one clear :class:`LibraryError`."""
    psycopg = _psycopg()
    location = describe_target(target)
    try:
        raw = psycopg.connect(normalise_target(target), autocommit=True, application_name=application_name,
                              connect_timeout=10)
    except psycopg.Error as exc:
        raise connect_error(exc, location) from None
    try:
        raw.execute("SELECT set_config('lock_timeout', %s, false)", [f"{max(lock_timeout_ms, 1)}ms"])
        raw.execute("SET TIME ZONE 'UTC'")
    except psycopg.Error as exc:
        raw.close()
        raise connect_error(exc, location) from None
    return raw


# ---------------------------------------------------------------------- the schema

PG_SCHEMA_STATEMENTS: tuple[str, ...] = (
    """CREATE TABLE workbench_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE reviews (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        title TEXT NOT NULL,
        reviewer TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'trashed')),
        trashed_at TEXT,
        total INTEGER NOT NULL DEFAULT 0,
        checked INTEGER NOT NULL DEFAULT 0,
        disputed INTEGER NOT NULL DEFAULT 0,
        republish_on TEXT
    )""",
    "CREATE INDEX reviews_state_updated ON reviews(state, updated)",
    """CREATE TABLE articles (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        review_id BIGINT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        version INTEGER NOT NULL DEFAULT 1,
        text TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        publisher TEXT NOT NULL DEFAULT '',
        byline TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT '',
        published TEXT,
        content_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        revised_by TEXT NOT NULL DEFAULT '',
        UNIQUE (review_id, version)
    )""",
    "CREATE INDEX articles_review_version ON articles(review_id, version, published)",
    "CREATE INDEX articles_content_hash ON articles(content_hash)",
    """CREATE TABLE claims (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        review_id BIGINT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" >= start),
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        value TEXT,
        unit TEXT,
        mod TEXT,
        approximate INTEGER NOT NULL DEFAULT 0,
        qualifier TEXT NOT NULL DEFAULT '',
        context TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
        status TEXT NOT NULL DEFAULT 'unchecked' CHECK (status IN ('unchecked', 'verified', 'disputed')),
        note TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        confidence DOUBLE PRECISION NOT NULL DEFAULT 1.0,
        marked_by TEXT NOT NULL DEFAULT '',
        marked_at TEXT NOT NULL DEFAULT '',
        value_edited INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL DEFAULT 1,
        number INTEGER NOT NULL DEFAULT 0,
        correction TEXT NOT NULL DEFAULT '',
        original_value TEXT,
        sentence_start INTEGER,
        sentence_end INTEGER,
        resolved TEXT,
        anchor_value TEXT,
        weekday TEXT,
        revision TEXT,
        previous TEXT,
        refers_to BIGINT
    )""",
    "CREATE INDEX claims_review ON claims(review_id, position)",
    "CREATE INDEX claims_article ON claims(article_id, position)",
    """CREATE TABLE sources (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        citation TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        publisher TEXT NOT NULL DEFAULT '',
        accessed TEXT NOT NULL DEFAULT '',
        excerpt TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
    )""",
    "CREATE INDEX sources_citation ON sources(citation)",
    """CREATE TABLE claim_sources (
        claim_id BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        source_id BIGINT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        added TEXT NOT NULL,
        PRIMARY KEY (claim_id, source_id)
    )""",
    "CREATE INDEX claim_sources_source ON claim_sources(source_id)",
    """CREATE TABLE events (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        review_id BIGINT,
        claim_id BIGINT,
        before TEXT,
        after TEXT,
        db_role TEXT NOT NULL DEFAULT current_user
    )""",
    "CREATE INDEX events_review ON events(review_id, id)",
    "CREATE INDEX events_claim ON events(claim_id, id)",
    """CREATE TABLE lens_decisions (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        review_id BIGINT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        class TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed', 'still_true')),
        rewrite TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (article_id, start, "end", class)
    )""",
    "CREATE INDEX lens_decisions_review ON lens_decisions(review_id)",
    """CREATE TABLE check_decisions (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        review_id BIGINT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        rule TEXT NOT NULL,
        spans TEXT NOT NULL,
        message TEXT NOT NULL DEFAULT '',
        decision TEXT NOT NULL CHECK (decision IN ('dismissed', 'disputed')),
        reason TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        UNIQUE (article_id, rule, spans)
    )""",
    "CREATE INDEX check_decisions_review ON check_decisions(review_id)",
    """CREATE TABLE removed_claims (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        review_id BIGINT NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        old_claim_id BIGINT NOT NULL,
        number INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        value TEXT,
        status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        sources TEXT NOT NULL DEFAULT '[]',
        marked_by TEXT NOT NULL DEFAULT '',
        old_start INTEGER NOT NULL,
        old_end INTEGER NOT NULL,
        sentence TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX removed_claims_article ON removed_claims(article_id)",
    """CREATE TABLE office_holders (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        name TEXT NOT NULL,
        title TEXT NOT NULL,
        held_from TEXT,
        held_to TEXT,
        source TEXT NOT NULL DEFAULT '',
        confirmed_by TEXT NOT NULL DEFAULT '',
        confirmed_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1
    )""",
    "CREATE INDEX office_holders_name ON office_holders(lower(name))",
    # Progress counters kept by the database itself (as SQLite's claims_count_* triggers).
    """CREATE FUNCTION workbench_claims_count() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        row_ claims;
    BEGIN
        IF coalesce(current_setting('workbench.copying', true), '') = 'on' THEN
            RETURN NULL;  -- a copy brings the source's counts along
        END IF;
        IF TG_OP = 'DELETE' THEN row_ := OLD; ELSE row_ := NEW; END IF;
        IF row_.refers_to IS NOT NULL OR row_.article_id IS DISTINCT FROM
                (SELECT MAX(a.id) FROM articles a WHERE a.review_id = row_.review_id) THEN
            RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' THEN
            UPDATE reviews SET total = total + 1, checked = checked + (NEW.status <> 'unchecked')::int,
                               disputed = disputed + (NEW.status = 'disputed')::int WHERE id = NEW.review_id;
        ELSIF TG_OP = 'DELETE' THEN
            UPDATE reviews SET total = total - 1, checked = checked - (OLD.status <> 'unchecked')::int,
                               disputed = disputed - (OLD.status = 'disputed')::int WHERE id = OLD.review_id;
        ELSE
            UPDATE reviews SET checked = checked - (OLD.status <> 'unchecked')::int + (NEW.status <> 'unchecked')::int,
                               disputed = disputed - (OLD.status = 'disputed')::int + (NEW.status = 'disputed')::int
            WHERE id = NEW.review_id;
        END IF;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER claims_count_insert AFTER INSERT ON claims FOR EACH ROW EXECUTE FUNCTION workbench_claims_count()",
    "CREATE TRIGGER claims_count_delete AFTER DELETE ON claims FOR EACH ROW EXECUTE FUNCTION workbench_claims_count()",
    "CREATE TRIGGER claims_count_status AFTER UPDATE OF status ON claims FOR EACH ROW "
    "EXECUTE FUNCTION workbench_claims_count()",
    # The log is append-only: the database refuses edits, deletions and truncation, whoever asks.
    """CREATE FUNCTION workbench_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'the event log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$""",
    "CREATE TRIGGER events_no_update BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION workbench_events_append_only()",
    "CREATE TRIGGER events_no_delete BEFORE DELETE ON events FOR EACH ROW EXECUTE FUNCTION workbench_events_append_only()",
    "CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT "
    "EXECUTE FUNCTION workbench_events_append_only()",
    # The live feed: every event is announced to the windows listening (skipped while copying a library).
    f"""CREATE FUNCTION workbench_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF coalesce(current_setting('workbench.copying', true), '') <> 'on' THEN
            PERFORM pg_notify('{NOTIFY_CHANNEL}', json_build_object('id', NEW.id, 'review_id', NEW.review_id,
                'claim_id', NEW.claim_id, 'actor', NEW.actor, 'action', NEW.action)::text);
        END IF;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER events_notify AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION workbench_events_notify()",
    # Full-text search: expression indexes (no extra columns), read by search_reviews with the same expressions.
    "CREATE INDEX reviews_search ON reviews USING gin (to_tsvector('english', title))",
    "CREATE INDEX articles_search ON articles USING gin "
    "(to_tsvector('english', coalesce(title, '') || ' ' || text))",
    "CREATE INDEX claims_search ON claims USING gin "
    "(to_tsvector('english', text || ' ' || note || ' ' || qualifier))",
    "CREATE INDEX sources_search ON sources USING gin "
    "(to_tsvector('english', citation || ' ' || title || ' ' || publisher || ' ' || excerpt))",
)

SEARCH_SQL = (
    " WHERE r.state = %(state)s AND r.id IN ("
    " SELECT id FROM reviews WHERE to_tsvector('english', title) @@ to_tsquery('english', %(q)s)"
    " UNION SELECT review_id FROM articles WHERE to_tsvector('english', coalesce(title, '') || ' ' || text) @@ to_tsquery('english', %(q)s)"
    " UNION SELECT review_id FROM claims WHERE to_tsvector('english', text || ' ' || note || ' ' || qualifier)"
    "  @@ to_tsquery('english', %(q)s)"
    " UNION SELECT c.review_id FROM claim_sources cs JOIN claims c ON c.id = cs.claim_id WHERE cs.source_id IN"
    "  (SELECT id FROM sources WHERE to_tsvector('english', citation || ' ' || title || ' ' || publisher || ' ' ||"
    "   excerpt) @@ to_tsquery('english', %(q)s))"
    ") ORDER BY r.updated DESC, r.id DESC LIMIT %(limit)s"
)


def ts_query(text: str) -> str:
    """What a person typed as a ``to_tsquery`` string: every word must match, as a prefix; a "quoted
    phrase" must match as adjacent words (``<->``). Only letters and digits reach the query."""
    parts: list[str] = []
    for i, chunk in enumerate(text.split('"')):
        words = [w for w in "".join(ch if ch.isalnum() else " " for ch in chunk).split() if w]
        if not words:
            continue
        if i % 2 == 1 and len(words) > 1:  # inside quotes
            parts.append("(" + " <-> ".join(words[:-1] + [words[-1] + ":*"]) + ")")
        else:
            parts.extend(f"{w}:*" for w in words)
    return " & ".join(parts)


def schema_state(raw: Any) -> tuple[set[str], int | None]:
    """The tables of the database's schema (``public`` or the search path's first) and the Workbench
    schema version recorded there (``None``: no ``workbench_meta``)."""
    tables = {r[0] for r in raw.execute(  # pg_tables lists tables whatever this role's rights on them
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()").fetchall()}
    if "workbench_meta" not in tables:
        return tables, None
    row = raw.execute("SELECT value FROM workbench_meta WHERE key = 'schema_version'").fetchone()
    return tables, int(row[0]) if row else 0


def prepare(raw: Any, location: str, schema_version: int, *, read_only: bool) -> bool:
    """Check (and on first use create) the schema; return whether the library must be used read-only."""
    psycopg = _psycopg()
    tables, version = schema_state(raw)
    if version is not None and version > schema_version:
        raise NewerLibraryError(
            f"the library {location} was written by a newer version of Workbench (schema {version}, this "
            f"version reads up to {schema_version}); update Workbench to open it. The database was left untouched.")
    if version is None and tables:
        raise LibraryDamagedError(f"the database {location} holds tables but is not a Workbench library; "
                                  "choose an empty database or another library. It was left untouched.")
    if version is None:
        if read_only:
            raise LibraryError(f"the database {location} holds no Workbench library yet; open it once for writing")
        try:
            with raw.transaction():
                raw.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK_KEY])
                if schema_state(raw)[1] is None:  # another program may have created it meanwhile
                    for statement in PG_SCHEMA_STATEMENTS:
                        raw.execute(statement)
                    raw.execute("INSERT INTO workbench_meta (key, value) VALUES ('schema_version', %s), "
                                "('application', 'workbench')", [str(schema_version)])
        except psycopg.errors.InsufficientPrivilege:
            raise LibraryReadOnlyError(f"this role may not create tables in {location}; ask its owner to create the "
                                       "library (open it once as the owner) and to run 'workbench grant'") from None
        return False
    if version < schema_version:
        raise LibraryError(f"the library {location} has schema {version}, older than this version's "
                           f"({schema_version}); no upgrade path exists yet")
    if read_only:
        raw.execute("SET default_transaction_read_only = on")
        return True
    may_write = raw.execute(
        "SELECT has_table_privilege('claims', 'UPDATE') AND has_table_privilege('events', 'INSERT') "
        "AND NOT pg_is_in_recovery() AND current_setting('default_transaction_read_only') = 'off'").fetchone()[0]
    return not may_write


def role_name(raw: Any) -> str:
    return str(raw.execute("SELECT current_user").fetchone()[0])


def grant(raw: Any, role: str, *, read_only: bool) -> list[str]:
    """Give ``role`` what an editor needs (or, read-only, SELECT alone); return the statements run."""
    from psycopg import sql

    ident = sql.Identifier(role)
    statements = [sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(current_schema(raw)), ident)]
    everything = ("workbench_meta", "events", *DATA_TABLES)
    statements.append(sql.SQL("GRANT SELECT ON {} TO {}").format(
        sql.SQL(", ").join(sql.Identifier(t) for t in everything), ident))
    if not read_only:
        statements.append(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(
            sql.SQL(", ").join(sql.Identifier(t) for t in DATA_TABLES), ident))
        statements.append(sql.SQL("GRANT INSERT ON events TO {}").format(ident))
        statements.append(sql.SQL("REVOKE UPDATE, DELETE, TRUNCATE ON events FROM {}").format(ident))
        statements.append(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
            sql.Identifier(current_schema(raw)), ident))
    else:
        statements.append(sql.SQL("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {} FROM {}").format(
            sql.SQL(", ").join(sql.Identifier(t) for t in everything), ident))
    done = []
    with raw.transaction():
        for statement in statements:
            raw.execute(statement)
            done.append(statement.as_string(raw))
    return done


def current_schema(raw: Any) -> str:
    return str(raw.execute("SELECT current_schema()").fetchone()[0])


def reset_sequences(raw: Any) -> None:
    """After ids were given explicitly (a copy): each identity goes on after the largest id."""
    for table in TABLES_WITH_ID:
        raw.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608 (fixed names)
                    f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)")


def parse_presence(names: Iterable[str]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for name in names:
        if not name or not name.startswith(PRESENCE_PREFIX):
            continue
        review, _, editor = name[len(PRESENCE_PREFIX):].partition(":")
        if review.isdigit():
            editors = found.setdefault(int(review), [])
            if editor not in editors:
                editors.append(editor)
    return {k: sorted(v) for k, v in found.items()}


def presence_name(review_id: int | None, editor: str) -> str:
    # application_name holds 63 bytes of printable ASCII: the editor's name is cut to fit
    safe = "".join(ch if 32 <= ord(ch) < 127 else "?" for ch in editor)
    return f"{PRESENCE_PREFIX}{'' if review_id is None else int(review_id)}:{safe}"[:63]


class ChangeFeed:
    """Other programs' events as they are committed: ``fileno()`` to wait on (``None``: poll instead),
    ``drain()`` for the payloads received so far, ``close()``."""

    def __init__(self, raw: Any | None = None) -> None:
        self._raw = raw

    def fileno(self) -> int | None:
        return None if self._raw is None else int(self._raw.fileno())

    def drain(self) -> list[dict[str, Any]]:
        if self._raw is None:
            return []
        pgconn = self._raw.pgconn
        payloads: list[dict[str, Any]] = []
        try:
            if not pgconn.consume_input():
                pass
        except Exception as exc:  # the server went away: say so once, like the library does
            raise LibraryConnectionLostError("the live feed lost its connection to the server") from exc
        while True:
            note = pgconn.notifies()
            if note is None:
                break
            try:
                payloads.append(json.loads(note.extra.decode("utf-8")))
            except ValueError:
                continue
        return payloads

    def close(self) -> None:
        if self._raw is not None:
            self._raw.close()
            self._raw = None


def open_feed(target: str) -> ChangeFeed:
    raw = open_connection(target, application_name="workbench-feed")
    raw.execute(f"LISTEN {NOTIFY_CHANNEL}")
    return ChangeFeed(raw)
