"""What only the PostgreSQL back end has: server targets, roles and rights, many writers, the live feed,
presence, a server that goes away, and copies between back ends. Shared behaviour is tested once for both
back ends in the other store tests (``BACKENDS``)."""

from __future__ import annotations

import itertools
import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, SEED, shorten_folders
from workbench.core.errors import (
    ConflictError,
    LibraryConnectionLostError,
    LibraryDamagedError,
    LibraryError,
    LibraryReadOnlyError,
    NewerLibraryError,
)
from workbench.core.model import Extraction
from workbench.core.store import Library, library_target
from workbench.core.store.pg import describe_target, is_pg_target, mask_password, ts_query

TEXT = "The new bridge cost £5 million in 2019, and 120 workers built it in 14 months."
_ROLES = itertools.count(1)


def make_review(library: Library, title: str = "Bridge story", text: str = TEXT) -> int:
    spans = [("£5 million", "money", {"amount": 5e6}), ("120 workers", "count", 120)]
    extractions = [Extraction(start=text.index(q), end=text.index(q) + len(q), text=q, kind=k, value=v)
                   for q, k, v in spans if q in text]
    return library.create_review(title=title, reviewer="ana", text=text, extractions=extractions)


def cli(*args: str, library: str | Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "workbench"] + (["--library", str(library)] if library is not None else [])
    return subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=120, cwd=REPO,
                          env={**os.environ, **(env or {})})


def new_role(cluster, *, login: bool = True) -> str:  # type: ignore[no-untyped-def]
    name = f"editor_{next(_ROLES)}_{os.getpid()}"
    cluster.sql(f"CREATE ROLE {name} {'LOGIN' if login else ''}")
    return name


# ---------------------------------------------------------------------- targets (no server needed)


@pytest.mark.parametrize("target, shown", [
    ("postgresql://ana:s3cret@db.example/news", "postgresql://ana:***@db.example/news"),
    ("postgres://ana:p%40ss@db.example:5433/news?sslmode=require", "postgresql://ana:***@db.example:5433/news?sslmode=require"),
    ("postgresql://ana@db.example/news?password=hunter2", "postgresql://ana@db.example/news?password=***"),
    ("service=newsroom", "service=newsroom"),
    ("host=db dbname=news password='a b'", "host=db dbname=news password=***"),
    ("postgresql:///?service=newsroom", "postgresql:///?service=newsroom"),
])
def test_targets_are_recognised_and_passwords_never_shown(target: str, shown: str) -> None:
    assert is_pg_target(target)
    assert describe_target(target) == shown
    assert "s3cret" not in mask_password(target) and "hunter2" not in mask_password(target)
    assert library_target(target) == target


def test_paths_stay_paths() -> None:
    for path in ("library.sqlite3", "/tmp/postgresql/x.sqlite3", "service.sqlite3"):
        assert not is_pg_target(path)
        assert isinstance(library_target(path), Path)


def test_search_syntax_for_postgresql() -> None:
    assert ts_query("bridge cost") == "bridge:* & cost:*"
    assert ts_query('"new bridge" 2019') == "(new <-> bridge:*) & 2019:*"
    assert ts_query("it's £5m; drop table") == "it:* & s:* & 5m:* & drop:* & table:*"
    assert ts_query("  ") == ""


def test_a_url_without_psycopg_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(LibraryError, match=r"pip install 'workbench\[postgres\]'"):
        Library.open("postgresql://ana:secret@localhost/news")


# ---------------------------------------------------------------------- opening


def test_an_empty_database_becomes_a_library(pg_url: str) -> None:
    with Library.open(pg_url) as library:
        assert (library.backend, library.read_only, library.schema_version) == ("postgresql", False, 8)
        assert library.location == pg_url
        review_id = make_review(library)
        assert library.get_review(review_id).total == 2
        assert library.events()[0].db_role == "postgres"
    with Library.open(pg_url) as again:  # a second opening finds it as it was
        assert [r.title for r in again.list_reviews()] == ["Bridge story"]


def test_a_newer_schema_is_refused_untouched(pg_url: str, pg_cluster) -> None:  # type: ignore[no-untyped-def]
    Library.open(pg_url).close()
    pg_cluster.sql("UPDATE workbench_meta SET value = '99' WHERE key = 'schema_version'", pg_url.split("/")[3].split("?")[0])
    with pytest.raises(NewerLibraryError, match="newer version of Workbench.*schema 99.*left untouched"):
        Library.open(pg_url)
    import psycopg

    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT value FROM workbench_meta WHERE key = 'schema_version'").fetchone()[0] == "99"


def test_a_database_that_is_not_a_library_is_refused_untouched(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE payroll (name text)")
    with pytest.raises(LibraryDamagedError, match="not a Workbench library"):
        Library.open(pg_url)
    with psycopg.connect(pg_url) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"payroll"}


def test_wrong_password_missing_database_and_no_server_are_one_line_each(pg_cluster, pg_url, monkeypatch,  # type: ignore[no-untyped-def]
                                                                          tmp_path) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    pg_cluster.sql("DO $$ BEGIN CREATE ROLE pw_editor LOGIN PASSWORD 'right-one'; "
                   "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    database = pg_url.split("/")[3].split("?")[0]
    wrong = pg_cluster.tcp_url(database, user="pw_editor", password="wrong-one")
    with pytest.raises(LibraryError) as caught:
        Library.open(wrong)
    assert "refused the password" in str(caught.value) and "wrong-one" not in str(caught.value)
    assert "pw_editor:***@" in str(caught.value)
    with pytest.raises(LibraryError, match="asks for a password and none was found"):
        Library.open(pg_cluster.tcp_url(database, user="pw_editor"))
    with pytest.raises(LibraryError, match="there is no database nosuchdb"):
        Library.open(pg_cluster.url("nosuchdb"))
    with pytest.raises(LibraryConnectionLostError, match="cannot reach the PostgreSQL server"):
        Library.open(pg_cluster.tcp_url(database, port=1))
    for args, needle in ((["reviews"], "refused the password"), (["reviews"], "there is no database")):
        target = wrong if needle.startswith("refused") else pg_cluster.url("nosuchdb")
        result = cli(*args, library=target)
        assert result.returncode != 0 and needle in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
        assert "wrong-one" not in result.stderr


# ---------------------------------------------------------------------- roles and rights


def test_a_read_only_role_opens_read_only_and_says_so(pg_cluster, pg_library_url) -> None:  # type: ignore[no-untyped-def]
    with Library.open(pg_library_url) as owner:
        review_id = make_review(owner)
        claim = owner.list_claims(review_id)[0]
        statements = owner.grant(reader := new_role(pg_cluster), read_only=True)
        assert any("GRANT SELECT" in s for s in statements)
    as_reader = pg_library_url.replace("postgres@", f"{reader}@")
    with Library.open(as_reader) as library:
        assert library.read_only and "may only read" in library.read_only_reason
        # The socket URL is shown whole (not "postgresql:/…"), in the message and in the run's fault table.
        assert library.location == as_reader and f"the library {as_reader}: it is open" in library.read_only_reason
        assert shorten_folders(library.read_only_reason) == library.read_only_reason
        assert library.get_claim(claim.id).status == "unchecked"
        with pytest.raises(LibraryReadOnlyError, match="may only read"):
            library.set_claim_status(claim.id, "verified", actor="rui")
    result = cli("mark", str(claim.id), "verified", library=as_reader)
    assert result.returncode != 0 and "read" in result.stderr and "Traceback" not in result.stderr
    assert as_reader in result.stderr
    nobody = new_role(pg_cluster)
    with pytest.raises(LibraryError, match=f"has no rights.*workbench grant {nobody}"):
        Library.open(pg_library_url.replace("postgres@", f"{nobody}@"))


def test_the_event_log_is_append_only_for_a_granted_role_and_for_the_owner(pg_cluster, pg_library_url) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    editor = new_role(pg_cluster)
    result = cli("grant", editor, library=pg_library_url)
    assert result.returncode == 0, result.stderr
    assert f"The role {editor} may now read and edit" in result.stdout
    as_editor = pg_library_url.replace("postgres@", f"{editor}@")
    with Library.open(as_editor) as library:
        assert not library.read_only
        review_id = make_review(library)
        claim = library.list_claims(review_id)[0]
        library.set_claim_status(claim.id, "verified", actor="Amira")
        assert [(e.actor, e.db_role) for e in library.events()][-1] == ("Amira", editor)
    for dsn in (as_editor, pg_library_url):
        for statement in ("UPDATE events SET actor = 'mallory'", "DELETE FROM events", "TRUNCATE events"):
            with psycopg.connect(dsn, autocommit=True) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)  # type: ignore[arg-type]
    with Library.open(pg_library_url) as owner:
        assert [e.action for e in owner.events()] == ["review.create", "claim.mark"]


def test_grant_on_a_sqlite_library_says_it_is_for_postgresql(tmp_path: Path) -> None:
    result = cli("grant", "somebody", library=tmp_path / "l.sqlite3")
    assert result.returncode != 0 and "is for a PostgreSQL library" in result.stderr


# ---------------------------------------------------------------------- many editors


def test_a_conflicting_write_names_the_other_editor_and_loses_nothing(pg_library_url: str) -> None:
    with Library.open(pg_library_url) as mine, Library.open(pg_library_url) as hers:
        review_id = make_review(mine)
        seen = mine.list_claims(review_id)[0]
        hers.set_claim_status(seen.id, "disputed", actor="Amira", note="Budget says £6m",
                              expected_version=hers.get_claim(seen.id).version)
        with pytest.raises(ConflictError, match=r"changed since you last saw it \(.*disputed.* by Amira at \d\d:\d\d UTC, \d+ s ago\)"):
            mine.set_claim_status(seen.id, "verified", actor="Bo", expected_version=seen.version)
        now = mine.get_claim(seen.id)
        assert (now.status, now.marked_by, now.note) == ("disputed", "Amira", "Budget says £6m")
        assert mine.set_claim_status(seen.id, "verified", actor="Bo", expected_version=now.version).status == "verified"


_WRITER = """
import sys, time
from workbench.core.errors import ConflictError
from workbench.core.store import Library
url, claim_ids, name, seconds = sys.argv[1], [int(x) for x in sys.argv[2].split(',')], sys.argv[3], float(sys.argv[4])
acked = conflicts = 0
with Library.open(url) as lib:
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        cid = claim_ids[n % len(claim_ids)]
        n += 1
        seen = lib.get_claim(cid)
        note = f"{name}-{n}"
        try:
            lib.update_claim(cid, actor=name, note=note, expected_version=seen.version)
            acked += 1
            print(cid, seen.version + 1, note, flush=True)
        except ConflictError:
            conflicts += 1
print("done", acked, conflicts, flush=True)
"""


def test_concurrent_editors_in_processes_lose_no_acknowledged_edit(pg_library_url: str) -> None:
    with Library.open(pg_library_url) as library:
        review_id = make_review(library)
        claim_ids = ",".join(str(c.id) for c in library.list_claims(review_id))
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, pg_library_url, claim_ids, f"ed{i}", "2"],
                                stdout=subprocess.PIPE, text=True, cwd=REPO) for i in range(4)]
    acked: dict[tuple[int, int], str] = {}
    conflicts = 0
    for writer in writers:
        output, _ = writer.communicate(timeout=60)
        assert writer.returncode == 0
        for line in output.splitlines():
            parts = line.split()
            if parts[0] == "done":
                conflicts += int(parts[2])
                continue
            key = (int(parts[0]), int(parts[1]))
            assert key not in acked, f"two editors were both told they made version {key}"
            acked[key] = parts[2]
    with Library.open(pg_library_url) as library:
        notes = {(e.claim_id, i): e.after["note"] for i, e in enumerate(library.events()) if e.action == "claim.update"}
        assert sorted(notes.values()) == sorted(acked.values())  # every acknowledged edit is in the log, once
        for claim_id in {k[0] for k in acked}:
            final = max(v for (c, v) in acked if c == claim_id)
            assert library.get_claim(claim_id).note == acked[(claim_id, final)]
    assert len(acked) > 10


# ---------------------------------------------------------------------- live


def test_the_change_feed_hears_another_editor_within_a_second(pg_library_url: str) -> None:
    with Library.open(pg_library_url) as mine, Library.open(pg_library_url) as hers:
        review_id = make_review(mine)
        claim = mine.list_claims(review_id)[0]
        feed = mine.change_feed()
        try:
            assert isinstance(feed.fileno(), int) and feed.drain() == []
            before = mine.data_version()
            started = time.monotonic()
            hers.set_claim_status(claim.id, "verified", actor="Amira")
            ready, _, _ = select.select([feed.fileno()], [], [], 1.0)
            payloads = feed.drain()
            assert ready and time.monotonic() - started < 1.0
            assert payloads == [{"id": payloads[0]["id"], "review_id": review_id, "claim_id": claim.id,
                                 "actor": "Amira", "action": "claim.mark"}]
            assert mine.data_version() == payloads[0]["id"] > before
            assert feed.drain() == []
        finally:
            feed.close()


def test_presence_lists_the_other_editors_on_each_review(pg_library_url: str, tmp_path: Path) -> None:
    with Library.open(pg_library_url) as mine, Library.open(pg_library_url) as hers, \
            Library.open(pg_library_url) as theirs:
        first, second = make_review(mine, "One"), make_review(mine, "Two")
        mine.set_presence(first, "Bo")
        hers.set_presence(first, "Amira")
        theirs.set_presence(second, "Rui")
        assert mine.presence() == {first: ["Amira"], second: ["Rui"]}
        theirs.set_presence(None, "Rui")
        assert hers.presence() == {first: ["Bo"]}
    with Library.open(tmp_path / "l.sqlite3") as local:
        local.set_presence(1, "Bo")
        assert local.presence() == {} and local.change_feed().fileno() is None


def test_a_restarted_server_is_reconnected_and_a_stopped_one_said(pg_cluster, pg_library_url) -> None:  # type: ignore[no-untyped-def]
    with Library.open(pg_library_url) as library:
        review_id = make_review(library)
        claim = library.list_claims(review_id)[0]
        pg_cluster.restart()
        assert library.get_review(review_id).title == "Bridge story"  # a read reconnects by itself
        library.set_claim_status(claim.id, "verified", actor="ana")
        pg_cluster.stop_server()
        try:
            with pytest.raises(LibraryConnectionLostError, match="lost|cannot reach"):
                library.set_claim_status(claim.id, "disputed", actor="ana")
            with pytest.raises(LibraryConnectionLostError):
                library.reconnect()
        finally:
            pg_cluster.start_server()
        library.reconnect()
        assert library.get_claim(claim.id).status == "verified"  # the refused write was not applied


# ---------------------------------------------------------------------- copies and backups


def test_copy_library_both_ways_verified_with_merge_and_refusal(tmp_path: Path, pg_url: str, pg_cluster) -> None:  # type: ignore[no-untyped-def]
    local = tmp_path / "desk.sqlite3"
    assert cli("import", str(SEED), library=local).returncode == 0
    with Library.open(local) as library:
        review_id = make_review(library)
        claim = library.list_claims(review_id)[0]
        library.set_claim_status(claim.id, "disputed", actor="ana", note="Budget says £6m")
        library.rename_review(review_id, "Bridge (checked)", actor="ana")
    copied = cli("copy-library", str(local), pg_url)
    assert copied.returncode == 0, copied.stderr
    assert "Copied 2 review(s)" in copied.stdout and "Verified" in copied.stdout and "claims:" in copied.stdout
    with Library.open(local) as a, Library.open(pg_url) as b:
        assert [r.__dict__ for r in a.list_reviews()] == [r.__dict__ for r in b.list_reviews()]
        assert a.list_claims(review_id) == b.list_claims(review_id)
        assert [e.action for e in a.events()] == [e.action for e in b.events()]
        assert b.search_reviews("bridge")[0].id == review_id
        new_id = make_review(b, "Made on the server", "A new text with 120 workers.")  # identities go on after
        assert new_id > review_id
    refused = cli("copy-library", str(local), pg_url)
    assert refused.returncode != 0 and "not empty" in refused.stderr and "--merge" in refused.stderr
    merged = cli("copy-library", str(local), pg_url, "--merge")
    assert merged.returncode == 0, merged.stderr
    assert "Copied 0 review(s)" in merged.stdout and merged.stdout.count("skipped review") == 2
    back = tmp_path / "back.sqlite3"
    returned = cli("copy-library", pg_url, str(back))
    assert returned.returncode == 0, returned.stderr
    with Library.open(back) as c:
        assert [r.title for r in c.list_reviews()][0] == "Made on the server" and c.count_reviews() == 3
        assert c.search_reviews("workers")
    other = tmp_path / "other.sqlite3"
    with Library.open(other) as library:
        make_review(library, "Only here", "Another story: 7 ministers resigned.")
        make_review(library, "Same text elsewhere")
    merged = cli("copy-library", str(other), str(back), "--merge")
    assert merged.returncode == 0, merged.stderr
    assert "Copied 1 review(s)" in merged.stdout and "skipped review 2" in merged.stdout
    with Library.open(back) as c:
        only = next(r for r in c.list_reviews() if r.title == "Only here")
        assert [cl.text for cl in c.list_claims(only.id)] == [] or c.get_article(only.id).text.startswith("Another")


def test_backup_of_a_postgresql_library_is_a_sqlite_snapshot(pg_library_url: str, tmp_path: Path) -> None:
    with Library.open(pg_library_url) as library:
        review_id = make_review(library)
    result = cli("backup", library=pg_library_url)
    assert result.returncode == 0, result.stderr
    snapshot = Path(result.stdout.strip().removeprefix("Backed up to "))
    assert snapshot.is_file() and snapshot.read_bytes()[:16] == b"SQLite format 3\x00"
    with Library.open(snapshot, read_only=True) as copy:
        assert copy.get_review(review_id).title == "Bridge story" and not copy.integrity_problems()
    restore = cli("restore", library=pg_library_url)
    assert restore.returncode != 0 and "administrator" in restore.stderr


def test_every_cli_command_works_on_postgresql(pg_library_url: str, tmp_path: Path) -> None:
    imported = cli("import", str(SEED), library=pg_library_url)
    assert imported.returncode == 0, imported.stderr
    review_id = imported.stdout.strip().splitlines()[-1]
    claims = json.loads(cli("claims", review_id, "--json", library=pg_library_url).stdout)
    marked = cli("mark", str(claims[0]["id"]), "verified", "--note", "ok", library=pg_library_url)
    assert marked.returncode == 0, marked.stderr
    listed = json.loads(cli("reviews", "--json", library=pg_library_url).stdout)
    assert listed[0]["checked"] == 1
    found = json.loads(cli("reviews", "--search", "Stoltenberg", "--json", library=pg_library_url).stdout)
    assert [r["id"] for r in found] == [int(review_id)]
    report = cli("report", review_id, "--format", "md", library=pg_library_url)
    assert report.returncode == 0 and "verified" in report.stdout.lower()
    env_run = cli("reviews", "--json", env={"WORKBENCH_LIBRARY": pg_library_url})
    assert json.loads(env_run.stdout)[0]["id"] == int(review_id)


def test_the_fault_table_cuts_temporary_folders_but_keeps_a_server_url_whole() -> None:
    url = "postgresql://postgres@/db?host=/tmp/x&port=5432"
    assert shorten_folders(f"the library {url}: busy; the file “/tmp/pytest-1/t0/lib.sqlite3” kept") == (
        f"the library {url}: busy; the file “lib.sqlite3” kept")
