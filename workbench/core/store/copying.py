"""Copying a whole library between back ends (SQLite ↔ PostgreSQL), verified, in one transaction.

Every table is copied with its ids (so event log entries still name their claims), in one write
transaction on the destination; row counts and a content hash per review are then compared. With
``merge`` the destination may already hold reviews: those whose article is already there (same content
hash) are skipped and reported, the others get new ids, and their children follow.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.core.errors import LibraryError

if TYPE_CHECKING:
    from workbench.core.store.library import Library

# Parents before children. The columns are those of SQLite schema 8 (PostgreSQL's events add db_role).
TABLES: dict[str, tuple[str, ...]] = {
    "reviews": ("id", "title", "reviewer", "created", "updated", "state", "trashed_at", "total", "checked",
                "disputed", "republish_on"),
    "articles": ("id", "review_id", "version", "text", "title", "publisher", "byline", "origin", "published",
                 "content_hash", "imported_at", "revised_by"),
    "claims": ("id", "review_id", "article_id", "start", "end", "text", "kind", "value", "unit", "mod",
               "approximate", "qualifier", "context", "origin", "status", "note", "position", "confidence",
               "marked_by", "marked_at", "value_edited", "version", "number", "correction", "original_value",
               "sentence_start", "sentence_end", "resolved", "anchor_value", "weekday", "revision", "previous",
               "refers_to"),
    "sources": ("id", "citation", "title", "publisher", "accessed", "excerpt", "created"),
    "claim_sources": ("claim_id", "source_id", "added"),
    "lens_decisions": ("id", "review_id", "article_id", "start", "end", "text", "class", "decision", "rewrite",
                       "reason", "decided_by", "decided_at", "version"),
    "check_decisions": ("id", "review_id", "article_id", "rule", "spans", "message", "decision", "reason",
                        "decided_by", "decided_at", "version"),
    "removed_claims": ("id", "review_id", "article_id", "old_claim_id", "number", "text", "kind", "value",
                       "status", "note", "sources", "marked_by", "old_start", "old_end", "sentence"),
    "office_holders": ("id", "name", "title", "held_from", "held_to", "source", "confirmed_by", "confirmed_at",
                       "version"),
    "events": ("id", "at", "actor", "action", "review_id", "claim_id", "before", "after"),
}
_ORDER = {"claim_sources": "claim_id, source_id"}
_BATCH = 2000


@dataclass
class CopyReport:
    """What a copy did: rows per table, reviews copied and skipped (already there), and the check."""

    copied: dict[str, int] = field(default_factory=dict)
    reviews_copied: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    """(source review id, title) of reviews the destination already held (``--merge``)."""
    verified: bool = False

    def lines(self) -> list[str]:
        out = [f"{table}: {count}" for table, count in self.copied.items()]
        out += [f"skipped review {rid} (already there): {title}" for rid, title in self.skipped]
        return out


def _quoted(columns: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _rows(library: Library, table: str, where: str = "", params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    columns = TABLES[table]
    sql = f"SELECT {_quoted(columns)} FROM {table}{where} ORDER BY {_ORDER.get(table, 'id')}"  # noqa: S608 (fixed names)
    with library._lock:
        return [tuple(r) for r in library._conn.execute(sql, params).fetchall()]


def _count(library: Library, table: str) -> int:
    with library._lock:
        return int(library._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # noqa: S608 (fixed names)


def is_empty(library: Library) -> bool:
    return all(_count(library, t) == 0 for t in ("reviews", "events", "sources", "office_holders"))


def review_digests(library: Library, *, event_bodies: bool = True) -> dict[int, str]:
    """A hash of each review's content (not its ids): article versions, claims, verdicts, sources, decisions,
    removed claims and its events, in their order."""
    hashers: dict[int, Any] = {}

    def feed(review_id: int, values: Any) -> None:
        hashers.setdefault(review_id, hashlib.sha256()).update(
            json.dumps(values, ensure_ascii=False, default=str).encode("utf-8"))

    for row in _rows(library, "reviews"):
        feed(row[0], [row[1:6], row[10]])
    for row in _rows(library, "articles"):
        feed(row[1], ["article", row[2], row[9], row[4:9]])
    citations = {r[0]: r[1] for r in _rows(library, "sources")}
    sources_of: dict[int, list[str]] = {}
    for claim_id, source_id, _added in _rows(library, "claim_sources"):
        sources_of.setdefault(claim_id, []).append(citations.get(source_id, ""))
    for row in _rows(library, "claims"):
        feed(row[1], ["claim", row[3:10], row[14:16], row[19], row[21:23], sorted(sources_of.get(row[0], []))])
    for table in ("lens_decisions", "check_decisions", "removed_claims"):
        for row in _rows(library, table):
            feed(row[1], [table, row[3:]])
    for row in _rows(library, "events"):
        if row[4] is not None:
            feed(row[4], ["event", row[1:4], row[6:8] if event_bodies else None])
    return {rid: h.hexdigest() for rid, h in hashers.items()}


def copy_library(src: Library, dest: Library, *, merge: bool = False,
                 progress: Callable[[str], None] | None = None) -> CopyReport:
    """Copy every table of ``src`` into ``dest`` in one transaction, then verify counts and hashes.

    Refuses a destination that holds anything unless ``merge``. Raises :class:`LibraryError` when the
    check after the copy fails (the copy is then already committed: say so; the source is untouched).
    """
    empty = is_empty(dest)
    if not empty and not merge:
        raise LibraryError(f"the destination {dest.location} is not empty; nothing was copied. Use --merge to "
                           "add the reviews it does not hold yet")
    report = CopyReport()
    data = _snapshot(src)
    maps: dict[str, dict[int, int]] = {}
    if not empty:
        data, maps = _remap_for_merge(src, dest, data, report)
    else:
        maps = {t: {r[0]: r[0] for r in data[t]} for t in TABLES if t != "claim_sources"}
    dest_pg = dest.backend == "postgresql"
    with dest._write() as conn:
        if dest_pg:
            conn.execute("SELECT set_config('workbench.copying', 'on', true)")
        for table, rows in data.items():
            columns = TABLES[table]
            if table == "events" and dest_pg:
                columns = (*columns, "db_role")
                rows = [(*r, "") for r in rows]
            sql = f"INSERT INTO {table} ({_quoted(columns)}) VALUES ({', '.join('?' * len(columns))})"  # noqa: S608
            for start in range(0, len(rows), _BATCH):
                conn.executemany(sql, rows[start:start + _BATCH])
            report.copied[table] = len(rows)
            if progress:
                progress(f"{table}: {len(rows)}")
        # The counter triggers counted the claims again: put back the counts the source had.
        conn.executemany("UPDATE reviews SET total = ?, checked = ?, disputed = ? WHERE id = ?",
                         [(r[7], r[8], r[9], r[0]) for r in data["reviews"]])
    report.reviews_copied = len(data["reviews"])
    if dest_pg:
        from workbench.core.store import pg

        with dest._lock:
            pg.reset_sequences(dest._conn.raw)
            dest._conn.raw.execute("ANALYZE")
    _verify(src, dest, data, maps, empty, report)
    return report


def _snapshot(src: Library) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of ``src`` read in one consistent snapshot (writers may go on meanwhile)."""
    with src._lock:
        src._conn.execute("BEGIN" if src.backend == "sqlite" else "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            return {table: _rows(src, table) for table in TABLES}
        finally:
            src._conn.execute("COMMIT")


def _remap_for_merge(src: Library, dest: Library, data: dict[str, list[tuple[Any, ...]]],
                     report: CopyReport) -> tuple[dict[str, list[tuple[Any, ...]]], dict[str, dict[int, int]]]:
    present = {r[0] for r in dest._conn.execute("SELECT content_hash FROM articles").fetchall()}
    latest: dict[int, tuple[int, str]] = {}
    for row in data["articles"]:
        if row[1] not in latest or row[2] > latest[row[1]][0]:
            latest[row[1]] = (row[2], row[9])
    keep = set()
    for row in data["reviews"]:
        if row[0] in latest and latest[row[0]][1] in present:
            report.skipped.append((row[0], row[1]))
        else:
            keep.add(row[0])

    def next_ids(table: str) -> int:
        found = dest._conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]  # noqa: S608
        return int(found) + 1

    maps: dict[str, dict[int, int]] = {}
    out: dict[str, list[tuple[Any, ...]]] = {}

    def renumber(table: str, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        first = next_ids(table)
        maps[table] = {r[0]: first + i for i, r in enumerate(rows)}
        return rows

    out["reviews"] = [r for r in data["reviews"] if r[0] in keep]
    renumber("reviews", out["reviews"])
    out["reviews"] = [(maps["reviews"][r[0]], *r[1:]) for r in out["reviews"]]
    arts = [r for r in data["articles"] if r[1] in keep]
    renumber("articles", arts)
    out["articles"] = [(maps["articles"][r[0]], maps["reviews"][r[1]], *r[2:]) for r in arts]
    claims = [r for r in data["claims"] if r[1] in keep]
    renumber("claims", claims)
    cmap = maps["claims"]
    out["claims"] = [(cmap[r[0]], maps["reviews"][r[1]], maps["articles"][r[2]], *r[3:32],
                      cmap.get(r[32]) if r[32] is not None else None) for r in claims]
    # Sources: one with the same citation in the destination is reused; the rest are added.
    existing = {c: i for i, c in dest._conn.execute("SELECT id, citation FROM sources ORDER BY id DESC").fetchall()}
    used = {r[1] for r in data["claim_sources"] if r[0] in cmap}
    first = next_ids("sources")
    smap: dict[int, int] = {}
    out["sources"] = []
    for r in data["sources"]:
        if r[0] not in used:
            continue
        if r[1] in existing:
            smap[r[0]] = existing[r[1]]
        else:
            smap[r[0]] = first + len(out["sources"])
            out["sources"].append((smap[r[0]], *r[1:]))
    maps["sources"] = smap
    out["claim_sources"] = [(cmap[r[0]], smap[r[1]], r[2]) for r in data["claim_sources"] if r[0] in cmap]
    for table in ("lens_decisions", "check_decisions", "removed_claims"):
        rows = [r for r in data[table] if r[1] in keep]
        renumber(table, rows)
        out[table] = []
        for r in rows:
            new = [maps[table][r[0]], maps["reviews"][r[1]], maps["articles"][r[2]], *r[3:]]
            if table == "removed_claims":
                new[3] = cmap.get(r[3], r[3])
            out[table].append(tuple(new))
    # Office holders: a record the destination already has (same name, title and dates) is not added twice.
    have = {tuple(r) for r in dest._conn.execute(
        "SELECT name, title, held_from, held_to FROM office_holders").fetchall()}
    holders = [r for r in data["office_holders"] if (r[1], r[2], r[3], r[4]) not in have]
    renumber("office_holders", holders)
    out["office_holders"] = [(maps["office_holders"][r[0]], *r[1:]) for r in holders]
    events = [r for r in data["events"] if r[4] in keep]
    renumber("events", events)
    out["events"] = [(maps["events"][r[0]], *r[1:4], maps["reviews"][r[4]],
                      cmap.get(r[5], r[5]) if r[5] is not None else None, *r[6:]) for r in events]
    return out, maps


def _verify(src: Library, dest: Library, data: dict[str, list[tuple[Any, ...]]], maps: dict[str, dict[int, int]],
            was_empty: bool, report: CopyReport) -> None:
    if was_empty:
        for table in TABLES:
            if _count(dest, table) != _count(src, table):
                raise LibraryError(f"the copy in {dest.location} holds {_count(dest, table)} rows of {table}, the "
                                   f"source {_count(src, table)}; do not use the copy")
    # A merge gives new ids, which events name in their bodies (a source's id): those are left out.
    theirs, ours = review_digests(src, event_bodies=was_empty), review_digests(dest, event_bodies=was_empty)
    for old_id, new_id in maps.get("reviews", {}).items():
        if theirs.get(old_id) != ours.get(new_id):
            raise LibraryError(f"review {old_id} reads differently in the copy {dest.location} (as review "
                               f"{new_id}); do not use the copy")
    report.verified = True


def snapshot_to_sqlite(library: Library, dest: Path) -> Path:
    """A PostgreSQL library as one SQLite file at ``dest`` (written aside, renamed when complete)."""
    from workbench.core.store.library import Library as _Library

    partial = dest.with_name(dest.name + ".partial")
    for leftover in (partial, partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    with _Library.open(partial) as copy:
        copy_library(library, copy)
        with copy._lock:
            copy._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            copy._conn.execute("PRAGMA journal_mode = DELETE")
    os.replace(partial, dest)
    for leftover in (partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    return dest
