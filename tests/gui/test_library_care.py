"""Two windows on one library, backups from the window, and the way out of a damaged library."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import create_seed_review
from tests.gui.helpers import error_boxes, wait_dialog
from workbench.core.store import Library
from workbench.core.store.backups import list_backups, make_backup
from workbench.gui.library_care import BackupDialog


def _message_box(qtbot, name: str) -> QMessageBox:  # type: ignore[no-untyped-def]
    return wait_dialog(qtbot, QMessageBox, name)  # type: ignore[return-value]


def test_a_second_window_opens_the_library_read_only_and_says_so(make_window, seed_review_id, settings,  # type: ignore[no-untyped-def]
                                                                 qtbot, fault_outcome) -> None:
    settings.set("last_review", seed_review_id)
    first = make_window()
    second = make_window()
    assert not first.library.read_only
    assert second.library.read_only
    assert second.read_only_badge.isVisible() and not first.read_only_badge.isVisible()
    assert "(read-only)" in second.windowTitle()
    assert second.session is not None  # the review is there to read
    second.review_page.select_claim(min(second.session.claims))
    assert not second.actions["mark_verified"].isEnabled()
    assert not second.actions["open_article"].isEnabled()
    assert not second.actions["back_up_now"].isEnabled()
    # The editing window goes on working, and its edits are stored.
    first.review_page.select_claim(min(first.session.claims))
    claim_id = first.review_page.current_claim().id
    first.actions["mark_verified"].trigger()
    with Library.open(first.library.path, read_only=True) as check:
        assert check.get_claim(claim_id).status == "verified"
    # Once the editing window is closed, the next window may edit.
    first.close()
    second.close()
    third = make_window()
    assert not third.library.read_only
    fault_outcome(f"second window opened read-only (title “{second.windowTitle()}”, edit actions off); the first "
                  "kept editing; after it closed, a new window could edit")


def test_opening_a_library_makes_a_scheduled_backup(make_window, seed_review_id, library_path, qtbot,  # type: ignore[no-untyped-def]
                                                    monkeypatch) -> None:
    from workbench.gui import library_care

    monkeypatch.setattr(library_care, "FIRST_BACKUP_DELAY_MS", 0)
    assert list_backups(library_path) == []
    make_window()
    qtbot.waitUntil(lambda: [b.reason for b in list_backups(library_path)] == ["scheduled"], timeout=10000)


def test_restore_from_backup_in_the_window(make_window, seed_review_id, settings, library_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    settings.set("last_review", seed_review_id)
    window = make_window()
    window.runner.wait_for_done(10000)
    make_backup(window.library, "manual")
    window.review_page.select_claim(min(window.session.claims))
    claim_id = window.review_page.current_claim().id
    window.actions["mark_disputed"].trigger()
    assert window.library.get_claim(claim_id).status == "disputed"

    window.actions["restore_backup"].trigger()
    dialog = wait_dialog(qtbot, BackupDialog)
    assert dialog.table.rowCount() >= 1
    manual = next(i for i, b in enumerate(dialog.backups) if b.reason == "manual")
    dialog.table.selectRow(manual)
    dialog.restore_button.click()
    confirm = _message_box(qtbot, "confirmRestore")
    restore = next(b for b in confirm.buttons() if b.text() == "Restore")
    restore.click()
    qtbot.waitUntil(lambda: window.library is not None and window.library.get_claim(claim_id).status == "unchecked",
                    timeout=10000)
    assert list(library_path.parent.glob("library.sqlite3.replaced-*"))  # the replaced file is kept aside
    assert not window.library.read_only


def test_a_damaged_library_offers_its_backups(make_window, library_path, qtbot, fault_outcome) -> None:  # type: ignore[no-untyped-def]
    with Library.open(library_path) as library:
        review_id = create_seed_review(library)
        make_backup(library, "manual")
    damaged = b"\x00garbage" * 4096
    library_path.write_bytes(damaged)
    for suffix in ("-wal", "-shm"):
        library_path.with_name(library_path.name + suffix).unlink(missing_ok=True)

    window = make_window()
    qtbot.waitUntil(lambda: len(error_boxes()) == 1)
    box = error_boxes()[0]
    said = box.informativeText().splitlines()[0]
    assert "not a Workbench library" in said
    assert library_path.read_bytes() == damaged  # never overwritten
    restore = next(b for b in box.buttons() if b.objectName() == "restoreFromBackup")
    restore.click()
    dialog = wait_dialog(qtbot, BackupDialog)
    assert error_boxes() == []  # the error box made way for the choice of backup
    dialog.restore_button.click()
    confirm = _message_box(qtbot, "confirmRestore")
    next(b for b in confirm.buttons() if b.text() == "Restore").click()
    qtbot.waitUntil(lambda: window.library is not None, timeout=10000)
    assert [r.id for r in window.library.list_reviews()] == [review_id]
    aside = [p for p in library_path.parent.glob("library.sqlite3.replaced-*") if not p.name.endswith(("-wal", "-shm"))]
    assert [p.read_bytes() for p in aside] == [damaged]  # the damaged file is kept aside, not deleted
    fault_outcome(f"window said “{said}”, offered Restore from Backup; restored "
                  f"{len(window.library.list_reviews())} review, damaged file kept aside as {aside[0].name}")


def test_restore_says_when_there_is_no_backup(make_window, seed_review_id, library_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.runner.wait_for_done(10000)
    for backup in list_backups(library_path):
        backup.path.unlink()
    window.actions["restore_backup"].trigger()
    box = _message_box(qtbot, "noBackups")
    assert "no backups" in box.text()
    box.accept()


def test_a_library_on_a_read_only_disk_opens_read_only_in_the_window(read_only_disk, settings, qtbot,  # type: ignore[no-untyped-def]
                                                                     fault_outcome) -> None:
    from workbench.gui.app import create_window

    window = create_window(library_path=str(read_only_disk), settings=settings)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    try:
        assert window.library is not None and window.library.read_only
        assert error_boxes() == []
        assert "read-only disk" in window.statusBar().currentMessage()
        assert not window.actions["open_article"].isEnabled()
        assert [r.title for r in window.library.list_reviews()] == ["Floods"]
        fault_outcome(f"window opened it read-only and said “{window.statusBar().currentMessage()}”")
    finally:
        window.close()
        window.library.close()
