"""Faults: kills mid-write, full disks, backups and restores, read-only and concurrent use."""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import small_disk
from workbench.core.errors import LibraryDamagedError, LibraryError, LibraryReadOnlyError
from workbench.core.model import Extraction, Source
from workbench.core.store import Library
from workbench.core.store.backups import (
    KEEP_SCHEDULED,
    backup_if_due,
    check_library_file,
    list_backups,
    make_backup,
    restore_backup,
)
from workbench.core.store.lease import WindowLease

REPO = Path(__file__).resolve().parents[3]
TEXT = "Rescuers said 312 people were saved and 14 remain missing after the floods on Monday."


def new_review(library: Library, title: str = "Floods") -> int:
    start = TEXT.index("312 people")
    return library.create_review(title=title, reviewer="ana", text=TEXT,
                                 extractions=[Extraction(start, start + 10, "312 people", "count", 312, unit="people")])


def load_harness():
    spec = importlib.util.spec_from_file_location("kill_harness", REPO / "benchmarks" / "kill_harness.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_sigkill_mid_write_never_loses_acknowledged_edits(tmp_path: Path, fault_outcome) -> None:
    """The quick setting of benchmarks/kill_harness.py (the long run does 200+ kills)."""
    result = load_harness().run(kills=int(os.environ.get("WORKBENCH_KILLS", "30")), seed=7, max_wait=0.5,
                                folder=tmp_path)
    assert result["problems"] == []
    assert result["acknowledged_edits"] > 100  # the harness really edited between kills
    fault_outcome(f"{result['kills']} SIGKILLs, {result['acknowledged_edits']:,} acknowledged edits, "
                  f"{len(result['problems'])} lost or damaged")


def test_backups_rotate_and_restore(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        review_id = new_review(library)
        first = make_backup(library, "manual")
        claim = library.list_claims(review_id)[0]
        library.set_claim_status(claim.id, "disputed", actor="ana", note="Police say 290")
        for _ in range(KEEP_SCHEDULED + 3):
            make_backup(library, "scheduled")
        backups = list_backups(path)
        assert len([b for b in backups if b.reason == "scheduled"]) == KEEP_SCHEDULED
        assert first.path in [b.path for b in backups]  # manual backups are never rotated away
        assert check_library_file(first.path) == []
    aside = restore_backup(first.path, path)
    assert aside.exists()
    with Library.open(path) as restored:
        assert restored.get_claim(claim.id).status == "unchecked"
    with Library.open(aside) as previous:
        assert previous.get_claim(claim.id).note == "Police say 290"


def test_damaged_library_is_not_backed_up_and_good_backups_stay(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        new_review(library)
        good = make_backup(library, "scheduled")
    good_bytes = good.path.read_bytes()
    # Damage the middle of the file (its pages), as a failing disk would.
    with Library.open(path) as library:
        library._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data), 4096):
        data[i + 100:i + 400] = os.urandom(300)
    path.write_bytes(bytes(data))
    with pytest.raises(LibraryDamagedError):
        library = Library.open(path)
        try:
            make_backup(library, "scheduled")
        finally:
            library.close()
    assert good.path.read_bytes() == good_bytes
    assert [b.path for b in list_backups(path)] == [good.path]


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        new_review(library)
    bad = tmp_path / "backups" / "library.20240101-000000.manual.backup"
    bad.parent.mkdir()
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    before = path.read_bytes()
    with pytest.raises(LibraryDamagedError, match="not usable"):
        restore_backup(bad, path)
    assert path.read_bytes() == before


def test_scheduled_backup_happens_once_per_interval(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        assert backup_if_due(library) is None  # an empty library is not worth a backup
        new_review(library)
        assert backup_if_due(library) is not None
        assert backup_if_due(library) is None


def test_full_disk_reports_clearly_and_keeps_earlier_work(tmp_path: Path, fault_outcome) -> None:
    """SQLITE_FULL, made by capping the file's page count (works without mounting a small disk)."""
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        review_id = new_review(library)
        pages = library._conn.execute("PRAGMA page_count").fetchone()[0]
        library._conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(LibraryError, match="full") as refused:
            for i in range(200):
                library.create_review(title=f"big {i}", reviewer="ana", text="x" * 50_000)
        assert library.get_review(review_id).title == "Floods"
        assert library.integrity_problems() == []
    fault_outcome(f"refused with “{refused.value}”; earlier review intact, integrity ok")
    with Library.open(path) as library:
        assert library.list_claims(review_id)[0].text == "312 people"


def test_full_disk_on_a_real_small_filesystem(tmp_path: Path, fault_outcome) -> None:
    with small_disk(tmp_path / "small", "600k") as mount_point:
        path = mount_point / "library.sqlite3"
        with Library.open(path) as library:
            review_id = new_review(library)
            with pytest.raises(LibraryError, match="full") as refused:
                for i in range(200):
                    library.create_review(title=f"big {i}", reviewer="ana", text=os.urandom(20_000).hex())
        with Library.open(path) as library:
            assert library.get_review(review_id).total == 1
            assert library.integrity_problems() == []
        fault_outcome(f"600 KB tmpfs filled after {i} reviews: “{refused.value}”; reopens, integrity ok")


def test_read_only_library_refuses_changes_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        review_id = new_review(library)
    before = path.read_bytes()
    with Library.open(path, read_only=True) as library:
        claim = library.list_claims(review_id)[0]
        assert library.get_review(review_id).title == "Floods"
        with pytest.raises(LibraryError, match="read-only"):
            library.set_claim_status(claim.id, "verified", actor="ana")
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_write_protected_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        new_review(library)
    path.chmod(0o444)
    try:
        with pytest.raises(LibraryError, match="read-only"), Library.open(path) as library:
            new_review(library, "second")
    finally:
        path.chmod(0o644)


def test_only_one_window_holds_the_editing_lease(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    first = WindowLease.acquire(path)
    assert first is not None
    script = ("import sys; from pathlib import Path; from workbench.core.store.lease import WindowLease; "
              "sys.exit(0 if WindowLease.acquire(Path(sys.argv[1])) is None else 3)")
    other = subprocess.run([os.sys.executable, "-c", script, str(path)], cwd=REPO)
    assert other.returncode == 0  # the second process was refused
    first.release()
    assert subprocess.run([os.sys.executable, "-c", script, str(path)], cwd=REPO).returncode == 3


def _mark_many(path: str, worker: int, claim_ids: list[int]) -> None:
    with Library.open(path) as library:
        for i, claim_id in enumerate(claim_ids):
            library.add_source(claim_id, Source(None, f"worker{worker}-{i}"), actor=f"w{worker}")


def test_two_processes_writing_lose_no_update(tmp_path: Path, fault_outcome) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        review_id = new_review(library)
        claim_id = library.list_claims(review_id)[0].id
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_mark_many, args=(str(path), w, [claim_id] * 60)) for w in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    with Library.open(path) as library:
        links = len(library.get_claim(claim_id).sources)
        events = [e for e in library.events(claim_id=claim_id) if e.action == "source.add"]
    assert links == 120 and len(events) == 120
    fault_outcome(f"2 processes × 60 writes at once: {links} source links and {len(events)} events kept")


def test_integrity_of_a_sound_file(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        new_review(library)
    assert check_library_file(path) == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_library_on_a_read_only_disk_is_explained_and_readable(read_only_disk: Path, fault_outcome) -> None:
    before = read_only_disk.read_bytes()
    with pytest.raises(LibraryReadOnlyError, match="read-only") as refused:
        Library.open(read_only_disk)
    with Library.open(read_only_disk, read_only=True) as library:  # the way out: read it
        assert [r.title for r in library.list_reviews()] == ["Floods"]
    listed = subprocess.run([sys.executable, "-m", "workbench", "--library", str(read_only_disk), "reviews"],
                            capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0 and "Floods" in listed.stdout
    marked = subprocess.run([sys.executable, "-m", "workbench", "--library", str(read_only_disk), "mark", "1",
                             "verified"], capture_output=True, text=True, timeout=60)
    assert marked.returncode != 0 and "cannot be written" in marked.stderr and "Traceback" not in marked.stderr
    assert read_only_disk.read_bytes() == before
    fault_outcome(f"refused for editing: “{refused.value}”; `workbench reviews` still lists it; "
                  "`workbench mark` exits 1 with that line; file unchanged")


def test_random_damage_is_always_reported_as_a_known_error(tmp_path: Path, fault_outcome) -> None:
    """Random bytes over random places of a real library: every use either works or says it is damaged."""
    import random

    from workbench.core.errors import WorkbenchError

    outcomes = {"worked": 0, "refused": 0}
    for trial in range(40):
        path = tmp_path / f"library{trial}.sqlite3"
        with Library.open(path) as library:
            for k in range(3):
                library.create_review(title=f"Floods {k}", reviewer="ana", text=TEXT * 150,
                                      extractions=[Extraction(14, 24, "312 people", "count", 312, unit="people")])
            library._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        data = bytearray(path.read_bytes())
        rng = random.Random(trial)
        for _ in range(rng.randint(1, 20)):
            at = rng.randrange(100, len(data) - 450)
            size = rng.randint(1, 400)
            data[at:at + size] = rng.randbytes(size)  # overwritten in place, as a failing disk would
        path.write_bytes(bytes(data))
        try:
            with Library.open(path) as library:
                for review in library.list_reviews():
                    library.list_claims(review.id)
                    library.get_article(review.id)
                library.search_reviews("floods")
                claims = [c for r in library.list_reviews() for c in library.list_claims(r.id)]
                if claims:
                    library.set_claim_status(claims[0].id, "verified", actor="ana")
                make_backup(library, "manual")
            outcomes["worked"] += 1
        except WorkbenchError:  # anything else (a bare sqlite3 or decoding error) fails the test
            outcomes["refused"] += 1
    fault_outcome(f"40 libraries with random bytes written over them: {outcomes['refused']} refused with a "
                  f"known message, {outcomes['worked']} still usable, 0 unexplained errors")
