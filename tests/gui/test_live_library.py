"""The window and other writers (issue 9, items 1 and 4): a restore from a terminal cannot take the library
from under an editing window, a stale window never overwrites a colleague's verdict, and every window
(the read-only second one too) shows other programs' changes within two seconds."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.conftest import REPO
from workbench.core.store import Library
from workbench.core.store.backups import make_backup

BACKENDS = ("sqlite", "postgresql")  # a terminal restore is about the file: that test stays on SQLite


def cli(*args: str, library) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    return subprocess.run([sys.executable, "-m", "workbench", "--library", str(library), *args],
                          capture_output=True, timeout=60, cwd=REPO, env=os.environ.copy())


def _open_on_first_claim(make_window, settings, review_id):  # type: ignore[no-untyped-def]
    settings.set("last_review", review_id)
    window = make_window()
    window.runner.wait_for_done(10000)
    claim_id = min(window.session.claims)
    window.review_page.select_claim(claim_id)
    return window, claim_id


@pytest.mark.sqlite_only  # restoring a backup file over the library file
def test_a_terminal_restore_cannot_take_the_library_from_an_editing_window(  # type: ignore[no-untyped-def]
        make_window, seed_review_id, settings, library_path, qtbot, fault_outcome) -> None:
    window, claim_id = _open_on_first_claim(make_window, settings, seed_review_id)
    make_backup(window.library, "manual")
    window.actions["mark_disputed"].trigger()
    result = cli("restore", "1", "--yes", library=library_path)
    assert result.returncode == 1 and "window" in result.stderr.decode()
    window.review_page.move(1)
    second = window.review_page.current_claim().id
    window.actions["mark_verified"].trigger()  # the window keeps editing the library at the path
    with Library.open(library_path, read_only=True) as check:
        assert check.get_claim(claim_id).status == "disputed"
        assert check.get_claim(second).status == "verified"
    fault_outcome(f"`workbench restore` beside an editing window: refused (“{result.stderr.decode().strip()[11:]}”); "
                  "the window's edits before and after are in the library")


def test_a_stale_window_does_not_overwrite_a_colleagues_verdict(  # type: ignore[no-untyped-def]
        make_window, seed_review_id, settings, library_path, qtbot, fault_outcome) -> None:
    window, claim_id = _open_on_first_claim(make_window, settings, seed_review_id)
    window.watcher.timer.stop()  # the window has not looked yet: its copy of the claim is stale
    window.actions["mark_verified"].trigger()
    assert cli("--reviewer", "Amira Haddad", "mark", str(claim_id), "disputed", library=library_path).returncode == 0
    window.actions["undo"].trigger()  # would reset the claim to unchecked over Amira's verdict
    message = window.statusBar().currentMessage()
    with Library.open(library_path, read_only=True) as check:
        assert check.get_claim(claim_id).status == "disputed"
    assert "Amira Haddad" in message and "not applied" in message
    assert window.session.claims[claim_id].status == "disputed"  # the window reloaded the claim
    assert window.review_page.editor.status_buttons["disputed"].isChecked()
    window.actions["mark_unchecked"].trigger()  # a fresh edit, made on what the window now shows, goes through
    with Library.open(library_path, read_only=True) as check:
        assert check.get_claim(claim_id).status == "unchecked"
    fault_outcome(f"stale window undoing over a verdict made from the CLI: refused, window reloaded the claim and "
                  f"said “{message}”")


def test_windows_show_other_programs_changes_within_two_seconds(  # type: ignore[no-untyped-def]
        make_window, seed_review_id, settings, library_path, backend, qtbot, fault_outcome) -> None:
    window, claim_id = _open_on_first_claim(make_window, settings, seed_review_id)
    reader = make_window()  # on SQLite the read-only second window; on PostgreSQL a second editor
    assert reader.library.read_only == (backend == "sqlite") and reader.session is not None
    started = time.monotonic()
    assert cli("--reviewer", "Amira Haddad", "mark", str(claim_id), "disputed", "--note", "figure is 3,600",
               library=library_path).returncode == 0
    marked = time.monotonic()
    for shown in (window, reader):
        qtbot.waitUntil(lambda w=shown: w.session.claims[claim_id].status == "disputed", timeout=2000)
    seen = time.monotonic() - marked
    row = window.review_page.model.row_of(claim_id)
    assert window.review_page.model.claim_at(row).status == "disputed"
    assert "disputed" in window.progress_label.text() and "disputed" in reader.progress_label.text()
    assert "Amira Haddad" in window.statusBar().currentMessage()
    assert window.review_page.editor.note.toPlainText() == "figure is 3,600"
    second = "the read-only window" if backend == "sqlite" else "a second editor's window"
    fault_outcome(f"`workbench mark` from a terminal: the editing window and {second} showed the verdict "
                  f"{seen:.1f} s after the command returned ({marked - started:.1f} s for the command itself)")
