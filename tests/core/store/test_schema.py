"""Opening libraries: migrations, newer schemas, damaged and foreign files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from workbench.core.errors import LibraryDamagedError, NewerLibraryError
from workbench.core.model import Source
from workbench.core.store import SCHEMA_VERSION, Library

SCHEMAS = Path(__file__).resolve().parents[2] / "data" / "schema"


def load_fixture(name: str, dest: Path) -> Path:
    with sqlite3.connect(dest) as conn:
        conn.executescript((SCHEMAS / name).read_text(encoding="utf-8"))
    return dest


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_library_has_documented_tables_and_current_schema(library: Library, library_path: Path) -> None:
    with sqlite3.connect(library_path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"reviews", "articles", "claims", "sources", "claim_sources", "events", "_sqlite_migrations"} <= tables
        assert {"articles_fts", "claims_fts", "sources_fts", "reviews_fts"} <= tables
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert library.schema_version == SCHEMA_VERSION


def test_foreign_keys_are_enforced(library: Library) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        library._conn.execute(
            "INSERT INTO claims (review_id, article_id, start, \"end\", text, kind) VALUES (999, 999, 0, 1, 'x', 'count')"
        )


@pytest.mark.parametrize("fixture, version", [("library-v1.sql", 1), ("library-v2.sql", 2), ("library-v8.sql", 8)])
def test_every_released_schema_opens_and_keeps_every_claim(fixture: str, version: int, tmp_path: Path) -> None:
    path = load_fixture(fixture, tmp_path / "old.sqlite3")
    with Library.open(path) as library:
        assert library.schema_version == SCHEMA_VERSION
        if version < SCHEMA_VERSION:
            assert library.backup_made is not None and library.backup_made.exists()
        else:
            assert library.backup_made is None  # nothing to migrate, nothing copied
        review = library.get_review(1)
        assert (review.title, review.total, review.checked, review.disputed) == ("Budget story", 3, 2, 1)
        claims = library.list_claims(1)
        assert [(c.text, c.status) for c in claims] == [
            ("$12 million", "verified"), ("Tuesday", "disputed"), ("4%", "unchecked")]
        assert claims[0].value == {"amount": 12000000, "currency": "USD"}
        assert claims[0].sources[0].title == "Council minutes"
        assert claims[0].marked_by == "amira"
        assert claims[1].note == "Vote was Monday."
        assert library.get_article(1).published == "2025-03-01"
        # Features of the current schema work on the upgraded data.
        assert [r.id for r in library.search_reviews("minutes")] == [1]
        library.set_claim_status(claims[2].id, "verified", actor="ana", sources=[Source(None, "Budget book")])
        assert library.get_review(1).ready is False
        assert library.integrity_problems() == []
    if version < SCHEMA_VERSION:
        with sqlite3.connect(library.backup_made) as conn:  # the copy is the old file, unmigrated
            assert conn.execute("PRAGMA user_version").fetchone()[0] == version
            assert conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == 3


def test_schema_8_keeps_decisions_dates_and_office_holders(tmp_path: Path) -> None:
    """What schema 8 added (republication date, lens and check decisions, office holders) survives every
    later migration, read back through the current program."""
    path = load_fixture("library-v8.sql", tmp_path / "v8.sqlite3")
    with Library.open(path) as library:
        assert library.get_review(1).republish_on == "2026-12-01"
        [lens] = library.lens_decisions(1)
        assert (lens.start, lens.end, lens.cls, lens.decision, lens.rewrite) == (
            48, 55, "relative_date", "accepted", "on 25 February 2025")
        [check] = library.check_decisions(1)
        assert (check.rule, check.decision, check.reason) == ("weekday", "dismissed", "Tuesday of that week")
        [holder] = library.office_holders("Jane Doe")
        assert (holder.title, holder.held_from, holder.held_to, holder.source) == (
            "Council Leader", "2022-05-01", None, "council.gov.uk")
        assert library.integrity_problems() == []


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path, fault_outcome) -> None:
    path = tmp_path / "future.sqlite3"
    Library.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('workbench', '0099_future', 'x')"
        )
    before = digest(path)
    with pytest.raises(NewerLibraryError, match="newer version of Workbench") as refused:
        Library.open(path)
    assert digest(path) == before
    fault_outcome(f"refused: “{refused.value}”; file hash unchanged")


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty file"),
        (b"This is my shopping list, not a database.\n" * 20, "not a Workbench library"),
        (bytes(range(256)) * 16, "not a Workbench library"),
    ],
    ids=["zero-length", "text-file", "random-bytes"],
)
def test_files_that_are_not_libraries_are_refused_untouched(tmp_path: Path, content: bytes, message: str,
                                                             fault_outcome) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(content)
    with pytest.raises(LibraryDamagedError, match=message) as refused:
        Library.open(path)
    assert path.read_bytes() == content
    fault_outcome(f"{len(content):,} bytes: refused with “{refused.value}”; bytes unchanged")


def test_truncated_library_is_reported_damaged_not_overwritten(tmp_path: Path, fault_outcome) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        library.create_review(title="x", reviewer="a", text="Some text " * 5000)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    truncated = path.read_bytes()
    with pytest.raises(LibraryDamagedError) as refused:
        lib = Library.open(path)
        try:
            lib.list_reviews()
            if lib.integrity_problems():
                raise LibraryDamagedError("integrity")
        finally:
            lib.close()
    assert path.read_bytes()[: len(truncated)] == truncated
    fault_outcome(f"a third of a {len(data):,}-byte library: refused as damaged (“{refused.value}”); not overwritten")


def test_other_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE people (name TEXT)")
    before = digest(path)
    with pytest.raises(LibraryDamagedError, match="not a Workbench library"):
        Library.open(path)
    assert digest(path) == before


def test_core_imports_no_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, workbench.core, workbench.core.store, workbench.core.extract, workbench.core.importers, "
        "workbench.core.services, workbench.core.model, workbench.cli\n"
        "import workbench.core.report\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'workbench.gui')))\n"
        "print(bad)\nsys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
