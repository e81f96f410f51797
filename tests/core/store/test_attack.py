"""The defects an outside attack found (issue 9), each replayed through the store or the public CLI.

Every test here failed on the code before the fix; together they are the "nothing lost on every path"
promise: a restore never loses acknowledged work or leaves no library, locks follow the file rather than
the path, a stale writer cannot overwrite newer work, damaged and newer libraries are never written,
reading changes no byte, and untrusted text never reaches the terminal raw.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, small_disk
from workbench.core.errors import ConflictError, LibraryDamagedError, LibraryError, LibraryMissingError
from workbench.core.model import Extraction
from workbench.core.store import Library
from workbench.core.store.backups import list_backups, make_backup, restore_backup
from workbench.core.store.lease import WindowLease

TEXT = "Rescuers said 312 people were saved and 14 remain missing after the floods on Monday."


def new_review(library: Library, title: str = "Floods") -> int:
    start = TEXT.index("312 people")
    return library.create_review(title=title, reviewer="ana", text=TEXT,
                                 extractions=[Extraction(start, start + 10, "312 people", "count", 312, unit="people")])


def cli(*args: str, library: Path | None = None, timeout: float = 60, env: dict | None = None
        ) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "workbench"]
    if library is not None:
        cmd += ["--library", str(library)]
    return subprocess.run(cmd + list(args), capture_output=True, timeout=timeout, cwd=REPO,
                          env={**os.environ, **(env or {})})


def digest(*paths: Path) -> str:
    """A hash of the files' bytes (an absent -wal counts as an empty one: both mean "nothing unmerged")."""
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes() if path.exists() else b"")
    return h.hexdigest()


def write_without_checkpoint(path: Path, statements: str) -> None:
    """Commit in a child that dies before closing, so the changes stay in the -wal, unmerged."""
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript({statements!r})
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=30)


HOLD_LEASE = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from workbench.core.store.lease import WindowLease
    lease = WindowLease.acquire(Path(sys.argv[1]))
    print("HELD" if lease else "REFUSED", flush=True)
    time.sleep(60)
""")


def hold_lease_elsewhere(path: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLD_LEASE, str(path)], stdout=subprocess.PIPE, cwd=REPO,
                             text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "HELD"
    return child


# ---------------------------------------------------------------------- 1. restore and the lease


def test_restore_refuses_while_a_window_edits_the_library(tmp_path: Path, fault_outcome) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        review_id = new_review(library)
        make_backup(library, "manual")
        claim_id = library.list_claims(review_id)[0].id
    window = hold_lease_elsewhere(path)
    try:
        result = cli("restore", "1", "--yes", library=path)
        with Library.open(path) as library:  # the window goes on editing the file at the path
            library.set_claim_status(claim_id, "verified", actor="window")
    finally:
        window.kill()
        window.wait()
    message = result.stderr.decode()
    assert result.returncode == 1
    assert f"process {window.pid}" in message and "window" in message and "nothing was restored" in message
    with Library.open(path, read_only=True) as library:
        assert library.get_claim(claim_id).status == "verified"
    assert not list(tmp_path.glob("library.sqlite3.replaced-*"))
    fault_outcome(f"`workbench restore 1 --yes` while a window held the lease: exit 1, “{message.strip()[11:]}”; "
                  "the window's later verdict is in the library")


# ---------------------------------------------------------------------- 2. atomic restore


def _library_with_pending_wal(path: Path) -> int:
    """A library whose newest verdict is committed in its -wal only; returns that claim's id."""
    with Library.open(path) as library:
        review_id = new_review(library)
        make_backup(library, "manual")
        claim_id = library.list_claims(review_id)[0].id
    write_without_checkpoint(path, f"UPDATE claims SET note = 'only in the wal' WHERE id = {claim_id};")
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    return claim_id


def _what_the_path_holds(path: Path, claim_id: int) -> str:
    """'old' (with the -wal's change), 'new' (the backup) or a description of what is wrong."""
    if not path.exists():
        return "no library"
    with Library.open(path, read_only=True) as library:
        if library.integrity_problems():
            return "damaged"
        note = library.get_claim(claim_id).note
    return {"only in the wal": "old", "": "new"}.get(note, f"unexpected note {note!r}")


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace to kill at a chosen system call")
@pytest.mark.parametrize("syscall", ["rename", "pwrite64", "fdatasync", "fsync"])
def test_a_kill_at_any_step_of_a_restore_leaves_the_old_or_the_new_library(
        tmp_path: Path, syscall: str, fault_outcome) -> None:
    seen: dict[str, int] = {}
    whens = sorted({round(1.45 ** n) for n in range(0, 18)})  # 1, 2, 3, 4, 6, 9 ... 556: early to late steps
    for when in whens:
        folder = tmp_path / f"{syscall}-{when}"
        folder.mkdir()
        path = folder / "library.sqlite3"
        claim_id = _library_with_pending_wal(path)
        cmd = ["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"inject={syscall},renameat,renameat2:signal=SIGKILL:when={when}"
               if syscall == "rename" else f"inject={syscall}:signal=SIGKILL:when={when}",
               sys.executable, "-m", "workbench", "--library", str(path), "restore", "1", "--yes"]
        result = subprocess.run(cmd, capture_output=True, timeout=60, cwd=REPO)
        state = _what_the_path_holds(path, claim_id)
        assert state in ("old", "new"), f"killed at {syscall} #{when}: {state}"
        seen[state] = seen.get(state, 0) + 1
        # the next command finds a library, never a silently new empty one
        listing = cli("reviews", "--json", library=path)
        assert listing.returncode == 0 and b'"Floods"' in listing.stdout
        if result.returncode == 0:
            break
    fault_outcome(f"SIGKILL at each {syscall} of `workbench restore` (strace): {sum(seen.values())} kills, "
                  f"old library {seen.get('old', 0)}×, restored {seen.get('new', 0)}×, never none or damaged")


def test_restore_keeps_unmerged_wal_work_in_the_copy_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    claim_id = _library_with_pending_wal(path)
    aside = restore_backup(list_backups(path)[0].path, path)
    assert aside is not None and aside.exists()
    assert not aside.with_name(aside.name + "-wal").exists()  # one self-contained file
    with Library.open(aside, read_only=True) as kept:
        assert kept.get_claim(claim_id).note == "only in the wal"
    with Library.open(path, read_only=True) as restored:
        assert restored.get_claim(claim_id).note == ""


def test_a_library_missing_where_one_existed_is_not_started_empty(tmp_path: Path, fault_outcome) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        new_review(library)
        make_backup(library, "manual")
    path.rename(tmp_path / "library.sqlite3.replaced-20261201-101010")  # what a killed old restore left
    result = cli("import", str(REPO / "seeds" / "000_aad1b39bc9a57caa.txt"), library=path)
    assert result.returncode == 1 and not path.exists()
    assert "no library" in result.stderr.decode() and "replaced-20261201-101010" in result.stderr.decode()
    with pytest.raises(LibraryMissingError):
        Library.open(path)
    fault_outcome(f"library gone, a copy kept aside and a backup beside it: “{result.stderr.decode().strip()[11:]}”")


# ---------------------------------------------------------------------- 3. one lease per file


@pytest.mark.parametrize("route", ["symlink", "relative path", "hard link", "hard link elsewhere"])
def test_the_lease_follows_the_file_not_the_path(tmp_path: Path, route: str, monkeypatch: pytest.MonkeyPatch,
                                                 fault_outcome) -> None:
    path = tmp_path / "real" / "library.sqlite3"
    path.parent.mkdir()
    Library.open(path).close()
    other = tmp_path / "other"
    other.mkdir()
    if route == "symlink":
        second = other / "link.sqlite3"
        second.symlink_to(path)
    elif route == "relative path":
        monkeypatch.chdir(other)
        second = Path("..") / "real" / "." / "library.sqlite3"
    elif route == "hard link":
        second = path.with_name("alias.sqlite3")
        os.link(path, second)
    else:
        second = other / "alias.sqlite3"
        os.link(path, second)
    first = WindowLease.acquire(path)
    assert first is not None
    child = subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                            "from workbench.core.store.lease import WindowLease; "
                            "sys.exit(0 if WindowLease.acquire(Path(sys.argv[1])) is None else 3)",
                            str(second.resolve() if route == "relative path" else second)], cwd=REPO)
    assert WindowLease.acquire(second) is None
    first.release()
    assert child.returncode == 0, f"a second window through a {route} got the lease"
    fault_outcome(f"second window through a {route}: refused the lease (opens read-only)")


def test_the_lease_follows_a_bind_mount(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to bind-mount a folder")
    path = tmp_path / "real" / "library.sqlite3"
    path.parent.mkdir()
    Library.open(path).close()
    mount = tmp_path / "mount"
    mount.mkdir()
    if subprocess.run(["mount", "--bind", str(path.parent), str(mount)], capture_output=True).returncode:
        pytest.skip("this machine does not allow bind mounts")
    try:
        first = WindowLease.acquire(path)
        assert first is not None and WindowLease.acquire(mount / "library.sqlite3") is None
        first.release()
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


# ---------------------------------------------------------------------- 4. no lost update


def test_a_stale_write_does_not_overwrite_a_newer_verdict(tmp_path: Path, fault_outcome) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as window:
        claim = window.list_claims(new_review(window))[0]
        assert cli("--reviewer", "amira", "mark", str(claim.id), "disputed", library=path).returncode == 0
        with pytest.raises(ConflictError) as raised:
            window.set_claim_status(claim.id, "verified", actor="sam", expected_version=claim.version)
        assert window.get_claim(claim.id).status == "disputed"
        with pytest.raises(ConflictError):
            window.update_claim(claim.id, actor="sam", expected_version=claim.version, note="stale")
        fresh = window.get_claim(claim.id)
        assert window.update_claim(claim.id, actor="sam", expected_version=fresh.version, note="ok").note == "ok"
    assert "amira" in str(raised.value) and "disputed" in str(raised.value)
    assert re.search(r"UTC, \d+ s ago\)", str(raised.value)), "a conflict says how long ago the other edit was"
    fault_outcome(f"a stale window marking a claim another program had marked: “{raised.value}”; the newer verdict kept")


# ---------------------------------------------------------------------- 5-7. files that must not change


def _damage_a_later_page(path: Path) -> None:
    """Break the chain of the article text's overflow pages: a page no verdict touches, far from the schema."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'articles' AND pagetype = 'overflow' ORDER BY pageno")]
    with path.open("r+b") as fh:
        fh.seek((pages[len(pages) // 2] - 1) * page_size)
        fh.write((10**6).to_bytes(4, "big"))


def _quick_check_fails(path: Path) -> bool:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"
        except sqlite3.DatabaseError:
            return True


def test_commands_refuse_to_write_to_a_damaged_library(tmp_path: Path, fault_outcome) -> None:
    path = tmp_path / "library.sqlite3"
    text = " ".join(f"On day {i} some {i + 10} people arrived." for i in range(2000))
    with Library.open(path) as library:
        extractions = [Extraction(m, m + 3, text[m:m + 3], "count", 1) for m in range(0, 6000, 50)]
        review_id = library.create_review(title="Long", reviewer="ana", text=text, extractions=extractions)
        claim_id = library.list_claims(review_id)[0].id
    _damage_a_later_page(path)
    assert _quick_check_fails(path)
    before = digest(path)
    results = {
        "mark": cli("mark", str(claim_id), "verified", library=path),
        "import": cli("import", str(REPO / "seeds" / "000_aad1b39bc9a57caa.txt"), library=path),
    }
    for name, result in results.items():
        assert result.returncode == 1, name
        assert "damaged" in result.stderr.decode() and "restore" in result.stderr.decode(), name
    assert digest(path) == before
    with pytest.raises(LibraryDamagedError):
        Library.open(path)
    fault_outcome(f"`mark` and `import` on a library damaged in a later page: exit 1, “"
                  f"{results['mark'].stderr.decode().strip()[11:]}”; file hash unchanged")


def test_reading_commands_leave_the_library_byte_identical(tmp_path: Path, fault_outcome) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        review_id = new_review(library)
        library.set_claim_status(library.list_claims(review_id)[0].id, "verified", actor="ana")
    files = [path, path.with_name(path.name + "-wal")]
    before = digest(*files)
    for args in (("reviews",), ("reviews", "--json"), ("reviews", "--search", "floods"), ("claims", str(review_id)),
                 ("claims", str(review_id), "--json"), ("report", str(review_id), "--format", "json"),
                 ("report", str(review_id), "--format", "md")):
        assert cli(*args, library=path).returncode == 0, args
        assert digest(*files) == before, f"{' '.join(args)} changed the library"
    fault_outcome("`reviews`, `claims`, `report` (7 runs): library file byte-identical")


def test_a_newer_library_with_an_unmerged_wal_is_left_untouched(tmp_path: Path, fault_outcome) -> None:
    path = tmp_path / "future.sqlite3"
    with Library.open(path) as library:
        new_review(library)
    write_without_checkpoint(path, "PRAGMA user_version = 99; INSERT INTO reviews (title, created, updated) "
                                   "VALUES ('from the future', 'x', 'x');")
    files = [path, path.with_name(path.name + "-wal")]
    before = digest(*files)
    for args in (("reviews",), ("mark", "1", "verified"), ("import", str(REPO / "seeds" / "000_aad1b39bc9a57caa.txt"))):
        result = cli(*args, library=path)
        assert result.returncode == 1 and "newer version" in result.stderr.decode()
    assert digest(*files) == before
    assert path.with_name(path.name + "-wal").exists()
    fault_outcome("newer library with an unmerged -wal: refused by `reviews`, `mark` and `import`; "
                  "main file and -wal byte-identical")


# ---------------------------------------------------------------------- 11-13. bounded, clear, no traceback


@pytest.mark.parametrize("args", [("mark", str(2**63), "verified"), ("claims", str(2**64)),
                                  ("report", str(10**30)), ("mark", "1_0", "verified"), ("claims", "١٠")])
def test_ids_that_name_nothing_get_a_clear_line(tmp_path: Path, args: tuple[str, ...]) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        for _ in range(10):
            new_review(library)
    result = cli(*args, library=path)
    message = result.stderr.decode()
    assert result.returncode in (1, 2) and "Traceback" not in message and len(message.strip().splitlines()) == 1
    assert "there is no" in message or "not a whole number" in message
    if args[1] == "1_0":
        with Library.open(path, read_only=True) as library:
            assert library.get_claim(10).status == "unchecked"


def test_a_named_pipe_as_library_or_article_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.sqlite3"
    os.mkfifo(fifo)
    result = cli("reviews", library=fifo, timeout=20)
    assert result.returncode == 1 and "named pipe" in result.stderr.decode()
    result = cli("mark", "1", "verified", library=fifo, timeout=20)
    assert result.returncode == 1 and "named pipe" in result.stderr.decode()


def test_backup_where_it_cannot_be_written_says_so(read_only_disk: Path) -> None:
    result = cli("backup", library=read_only_disk)
    message = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in message
    assert "backup" in message and ("read-only" in message.lower() or "cannot" in message)


def test_untrusted_text_never_reaches_the_terminal_raw(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    article = tmp_path / "story.txt"
    article.write_text("Officials said 40 people were hurt.", encoding="utf-8")
    hostile = "Title\x1b]0;pwned\x07\x1b[2J\x9b31m\u202eevil"
    assert cli("import", str(article), "--title", hostile, library=path).returncode == 0
    for args in (("reviews",), ("reviews", "--json"), ("claims", "1"), ("claims", "1", "--json")):
        shown = cli(*args, library=path).stdout.decode()
        assert not any(ch in shown for ch in "\x1b\x07\x9b\u202e"), args
    weird = tmp_path / "bad\x1b[31mname\x07.pdf"
    weird.write_bytes(b"%PDF-1.4")
    message = cli("import", str(weird), library=path).stderr.decode()
    assert "\x1b" not in message and "\x07" not in message and "bad" in message


def test_backups_leave_no_litter_after_kills(tmp_path: Path, fault_outcome) -> None:
    path = tmp_path / "library.sqlite3"
    text = " ".join(f"On day {i} some {i + 10} people arrived." for i in range(3000))
    with Library.open(path) as library:
        extractions = [Extraction(m, m + 3, text[m:m + 3], "count", 1) for m in range(0, 60000, 40)]
        library.create_review(title="Long", reviewer="ana", text=text, extractions=extractions)
    for delay in (0.05, 0.1, 0.15, 0.2, 0.3):
        child = subprocess.Popen([sys.executable, "-m", "workbench", "--library", str(path), "backup"], cwd=REPO,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.kill()
        child.wait()
    assert cli("backup", library=path).returncode == 0
    folder = path.parent / "backups"
    litter = sorted(p.name for p in [*folder.iterdir(), *path.parent.iterdir()] if "partial" in p.name)
    assert litter == []
    names = sorted(p.name for p in folder.iterdir())
    assert all(n.endswith(".backup") for n in names), names
    fault_outcome(f"5 `workbench backup` runs killed mid-copy, then one more: {len(names)} backups, 0 partial files left")


def test_a_restore_on_a_full_disk_blames_the_disk(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "1m") as disk:
        path = disk / "library.sqlite3"
        with Library.open(path) as library:
            new_review(library)
            make_backup(library, "manual")
        filler = disk / "filler"
        with filler.open("wb", buffering=0) as fh, pytest.raises(OSError):
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        result = cli("restore", "1", "--yes", library=path)
        message = result.stderr.decode()
        filler.unlink()
        assert result.returncode == 1 and "full" in message and "not usable" not in message, message
        with Library.open(path, read_only=True) as library:
            assert library.list_reviews()


def test_the_library_error_for_a_stale_connection_after_replacement(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    library = Library.open(path)
    claim = library.list_claims(new_review(library))[0]
    other = tmp_path / "other.sqlite3"
    Library.open(other).close()
    os.replace(other, path)  # a file swapped in behind the open connection's back
    with pytest.raises(LibraryError, match="replaced"):
        library.set_claim_status(claim.id, "verified", actor="ana")
    library.close()
