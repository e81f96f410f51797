"""The library's schema, as migrations that record what ran.

Every released schema is a prefix of ``MIGRATIONS``; ``SCHEMA_VERSION`` is its length and is also kept in
``PRAGMA user_version`` so that older and newer programs can tell at once what a file holds. A fixture
file of each released schema lives in ``tests/data/schema/`` (as SQL) to prove upgrades keep every claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "workbench"

_STEPS: list[tuple[str, Callable[[Any], None]]] = []


def _migration(name: str) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
        _STEPS.append((name, fn))
        return fn

    return register


@_migration("0001_initial")
def m0001_initial(db: Database) -> None:
    """Reviews, article versions, claims, sources, their links and the event log."""
    db.execute(
        """CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            reviewer TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'trashed'))
        )"""
    )
    db.execute(
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            version INTEGER NOT NULL DEFAULT 1,
            text TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            publisher TEXT NOT NULL DEFAULT '',
            byline TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',
            published TEXT,
            content_hash TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            UNIQUE (review_id, version)
        )"""
    )
    db.execute(
        """CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
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
            confidence REAL NOT NULL DEFAULT 1.0,
            marked_by TEXT NOT NULL DEFAULT '',
            marked_at TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX claims_review ON claims(review_id, position)")
    db.execute(
        """CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            citation TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            publisher TEXT NOT NULL DEFAULT '',
            accessed TEXT NOT NULL DEFAULT '',
            excerpt TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX sources_citation ON sources(citation)")
    db.execute(
        """CREATE TABLE claim_sources (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            added TEXT NOT NULL,
            PRIMARY KEY (claim_id, source_id)
        )"""
    )
    db.execute("CREATE INDEX claim_sources_source ON claim_sources(source_id)")
    db.execute(
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            review_id INTEGER,
            claim_id INTEGER,
            before TEXT,
            after TEXT
        )"""
    )
    db.execute("CREATE INDEX events_review ON events(review_id, id)")
    # The log is append-only: the database itself refuses edits and deletions.
    db.execute(
        """CREATE TRIGGER events_no_update BEFORE UPDATE ON events
           BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"""
    )


@_migration("0002_search_trash_edits")
def m0002_search_trash_edits(db: Database) -> None:
    """Full-text search, a trash for reviews, and a flag for values an editor corrected."""
    db.execute("ALTER TABLE reviews ADD COLUMN trashed_at TEXT")
    db.execute("ALTER TABLE claims ADD COLUMN value_edited INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX reviews_state_updated ON reviews(state, updated)")
    # Covering index: listing reviews reads the publication date without touching article text.
    db.execute("CREATE INDEX articles_review_version ON articles(review_id, version, published)")
    # Progress counters kept by the database itself, so listing 10,000 reviews reads 10,000 rows.
    for column in ("total", "checked", "disputed"):
        db.execute(f"ALTER TABLE reviews ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """UPDATE reviews SET
             total = (SELECT COUNT(*) FROM claims c WHERE c.review_id = reviews.id),
             checked = (SELECT COUNT(*) FROM claims c WHERE c.review_id = reviews.id AND c.status != 'unchecked'),
             disputed = (SELECT COUNT(*) FROM claims c WHERE c.review_id = reviews.id AND c.status = 'disputed')"""
    )
    db.execute(
        """CREATE TRIGGER claims_count_insert AFTER INSERT ON claims BEGIN
             UPDATE reviews SET total = total + 1, checked = checked + (NEW.status != 'unchecked'),
                                disputed = disputed + (NEW.status = 'disputed')
             WHERE id = NEW.review_id;
           END"""
    )
    db.execute(
        """CREATE TRIGGER claims_count_delete AFTER DELETE ON claims BEGIN
             UPDATE reviews SET total = total - 1, checked = checked - (OLD.status != 'unchecked'),
                                disputed = disputed - (OLD.status = 'disputed')
             WHERE id = OLD.review_id;
           END"""
    )
    db.execute(
        """CREATE TRIGGER claims_count_status AFTER UPDATE OF status ON claims BEGIN
             UPDATE reviews SET checked = checked - (OLD.status != 'unchecked') + (NEW.status != 'unchecked'),
                                disputed = disputed - (OLD.status = 'disputed') + (NEW.status = 'disputed')
             WHERE id = NEW.review_id;
           END"""
    )
    db.execute(
        """CREATE TRIGGER events_no_delete BEFORE DELETE ON events
           BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"""
    )
    db["reviews"].enable_fts(["title"], tokenize="porter", create_triggers=True)
    db["articles"].enable_fts(["title", "text"], tokenize="porter", create_triggers=True)
    db["claims"].enable_fts(["text", "note", "qualifier"], tokenize="porter", create_triggers=True)
    db["sources"].enable_fts(["citation", "title", "publisher", "excerpt"], tokenize="porter",
                             create_triggers=True)


@_migration("0003_row_versions")
def m0003_row_versions(db: Database) -> None:
    """A version per claim, raised by every change, so a write can be made conditional on what the
    writer last saw (a stale window must not overwrite a colleague's verdict)."""
    db.execute("ALTER TABLE claims ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


@_migration("0004_claim_details")
def m0004_claim_details(db: Database) -> None:
    """Stable claim numbers, the editor's correction, the value the extractor first gave, and the
    claim's sentence as offsets into the article (instead of a copy of its words)."""
    for sql in (
        "ALTER TABLE claims ADD COLUMN number INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE claims ADD COLUMN correction TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE claims ADD COLUMN original_value TEXT",
        "ALTER TABLE claims ADD COLUMN sentence_start INTEGER",
        "ALTER TABLE claims ADD COLUMN sentence_end INTEGER",
    ):
        db.execute(sql)
    db.execute("CREATE TEMP TABLE claim_numbers (id INTEGER PRIMARY KEY, number INTEGER NOT NULL)")
    db.execute("INSERT INTO claim_numbers SELECT id, ROW_NUMBER() OVER "
               "(PARTITION BY review_id ORDER BY position, start, id) FROM claims")
    db.execute("UPDATE claims SET number = (SELECT number FROM claim_numbers n WHERE n.id = claims.id)")
    db.execute("DROP TABLE claim_numbers")


@_migration("0005_republication")
def m0005_republication(db: Database) -> None:
    """The republication lens: how each date was resolved (stored, never re-derived), the weekday the
    text wrote beside a date, each review's republication date, and the editor's decisions on dated
    wording."""
    for sql in (
        "ALTER TABLE claims ADD COLUMN resolved TEXT",
        "ALTER TABLE claims ADD COLUMN anchor_value TEXT",
        "ALTER TABLE claims ADD COLUMN weekday TEXT",
        "ALTER TABLE reviews ADD COLUMN republish_on TEXT",
    ):
        db.execute(sql)
    db.execute(
        """CREATE TABLE lens_decisions (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
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
        )"""
    )
    db.execute("CREATE INDEX lens_decisions_review ON lens_decisions(review_id)")


@_migration("0006_check_decisions")
def m0006_check_decisions(db: Database) -> None:
    """Decisions on consistency checks: a finding dismissed with a reason, or its claims disputed."""
    db.execute(
        """CREATE TABLE check_decisions (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            spans TEXT NOT NULL,
            message TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL CHECK (decision IN ('dismissed', 'disputed')),
            reason TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (article_id, rule, spans)
        )"""
    )
    db.execute("CREATE INDEX check_decisions_review ON check_decisions(review_id)")


@_migration("0007_revisions")
def m0007_revisions(db: Database) -> None:
    """Revised articles: each version keeps its own claims; a claim of a later version says how it got
    there (its revision state) and what it was before; claims whose words were cut are listed apart. People
    and quotes: a later mention of a person refers to the first. The progress counters count the current
    version's claims to check: not later mentions, which are checked with their first one."""
    for sql in (
        "ALTER TABLE claims ADD COLUMN revision TEXT",
        "ALTER TABLE claims ADD COLUMN previous TEXT",
        "ALTER TABLE articles ADD COLUMN revised_by TEXT NOT NULL DEFAULT ''",
        # A later mention of a person ("Mattis") names the claim of the first one; it is checked there.
        "ALTER TABLE claims ADD COLUMN refers_to INTEGER",
    ):
        db.execute(sql)
    db.execute("CREATE INDEX claims_article ON claims(article_id, position)")
    db.execute(
        """CREATE TABLE removed_claims (
            id INTEGER PRIMARY KEY,
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            old_claim_id INTEGER NOT NULL,
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
        )"""
    )
    db.execute("CREATE INDEX removed_claims_article ON removed_claims(article_id)")
    current = "(SELECT MAX(a.id) FROM articles a WHERE a.review_id = {row}.review_id)"
    for name, event, row, body in (
        ("claims_count_insert", "INSERT", "NEW",
         "total = total + 1, checked = checked + (NEW.status != 'unchecked'), "
         "disputed = disputed + (NEW.status = 'disputed')"),
        ("claims_count_delete", "DELETE", "OLD",
         "total = total - 1, checked = checked - (OLD.status != 'unchecked'), "
         "disputed = disputed - (OLD.status = 'disputed')"),
        ("claims_count_status", "UPDATE OF status", "NEW",
         "checked = checked - (OLD.status != 'unchecked') + (NEW.status != 'unchecked'), "
         "disputed = disputed - (OLD.status = 'disputed') + (NEW.status = 'disputed')"),
    ):
        db.execute(f"DROP TRIGGER {name}")
        db.execute(f"CREATE TRIGGER {name} AFTER {event} ON claims "
                   f"WHEN {row}.refers_to IS NULL AND {row}.article_id = {current.format(row=row)} BEGIN "
                   f"UPDATE reviews SET {body} WHERE id = {row}.review_id; END")


@_migration("0008_office_holders")
def m0008_office_holders(db: Database) -> None:
    """What editors confirmed about who held which office when, reused by every later review."""
    db.execute(
        """CREATE TABLE office_holders (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            title TEXT NOT NULL,
            held_from TEXT,
            held_to TEXT,
            source TEXT NOT NULL DEFAULT '',
            confirmed_by TEXT NOT NULL DEFAULT '',
            confirmed_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1
        )"""
    )
    db.execute("CREATE INDEX office_holders_name ON office_holders(name COLLATE NOCASE)")


SCHEMA_VERSION = len(_STEPS)
"""The schema this program writes; also stored in ``PRAGMA user_version``."""

MIGRATION_NAMES: tuple[str, ...] = tuple(name for name, _fn in _STEPS)
KNOWN_MIGRATIONS = frozenset(MIGRATION_NAMES)

_built: Migrations | None = None


def migrations() -> Migrations:
    """The sqlite-utils migrations (imported only by a program that may have to upgrade a library)."""
    global _built
    if _built is None:
        from sqlite_utils import Migrations

        built = Migrations(MIGRATION_SET)
        for name, fn in _STEPS:
            built(name=name)(fn)
        _built = built
    return _built
