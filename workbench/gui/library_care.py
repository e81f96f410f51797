"""Keeping the library safe from the window: one editing window, scheduled backups, restoring.

- The first window to open a library file takes its editing lease (:class:`WindowLease`); a second window
  opens the same file read-only and says so, so two windows never overwrite each other's work. A library
  on a PostgreSQL server has no lease: every window writes (each write is conditional on the row version
  its editor saw), and it is read-only only when the database role may not write.
- A scheduled backup is made in a worker when a library is opened and then every hour the window stays
  open (:func:`backup_if_due` decides whether one is due).
- "Back Up Library Now" and "Restore from Backup…" sit in the File menu; a library that cannot be
  opened (damaged, emptied, not a library) offers the restore too, when backups exist.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import LibraryError, LibraryReadOnlyError, WorkbenchError
from workbench.core.formatting import format_size
from workbench.core.store import Library
from workbench.core.store.backups import Backup, backup_if_due, list_backups, make_backup, restore_backup
from workbench.core.store.lease import WindowLease
from workbench.gui.ask import ask
from workbench.gui.errors import error_box

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow

log = logging.getLogger(__name__)

BACKUP_CHECK_MS = 60 * 60 * 1000
"""How often an open window asks whether a scheduled backup is due."""
FIRST_BACKUP_DELAY_MS = 3000
"""The first check waits until the window is drawn and the editor has started work."""

REASON_LABELS = {"scheduled": "Scheduled", "manual": "Made by hand"}


def reason_label(reason: str) -> str:
    if reason.startswith("before-schema-"):
        return "Before an upgrade"
    return REASON_LABELS.get(reason, reason.replace("-", " ").capitalize())


def open_for_window(path: Path) -> tuple[Library, WindowLease | None]:
    """Open ``path`` for a window: for editing with the lease, or read-only when another window holds it."""
    try:
        lease = WindowLease.acquire(path)
    except OSError:
        lease = None  # a folder we cannot write to: the library can only be read
    read_only = lease is None and path.exists()
    try:
        return Library.open(path, read_only=read_only), lease
    except LibraryReadOnlyError:
        if lease is not None:
            lease.release()
        return Library.open(path, read_only=True), None  # a write-protected file or a read-only disk
    except BaseException:
        if lease is not None:
            lease.release()
        raise


class BackupDialog(QDialog):
    """The library's backups, newest first; ``chosen()`` is the selected one."""

    def __init__(self, library_path: Path, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle("Restore from Backup")
        self.backups = backups
        intro = QLabel(
            f"Put a backup in place of <b>{html.escape(str(library_path))}</b>. The library as it is now is "
            "kept aside, not deleted, so a restore can itself be undone by hand."
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), 3, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(["Taken", "Why", "Size"])
        for row, backup in enumerate(backups):
            cells = (backup.taken.strftime("%a %d %b %Y, %H:%M"), reason_label(backup.reason), format_size(backup.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton("Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows())))
        if backups:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(backups))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None


class LibraryCare(QObject):
    """Lease, backups and restore for the window's library."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.lease: WindowLease | None = None
        self.library_path: Path | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.backup_if_due)

    # -------------------------------------------------------------- opening

    def open_server(self, location: str) -> Library:
        """Open a library on a server (raises :class:`WorkbenchError`): no lease, no scheduled file backups
        (the server's backups are its administrator's; File ▸ Back Up Library Now writes a SQLite copy)."""
        self.release()
        self.library_path = None
        return Library.open(location)

    def open(self, path: Path) -> Library:
        """Open ``path`` for this window (raises :class:`WorkbenchError`); the previous lease is let go."""
        self.release()
        self.library_path = path
        library, self.lease = open_for_window(path)
        if not library.read_only:
            self.timer.start()
            QTimer.singleShot(FIRST_BACKUP_DELAY_MS, self.backup_if_due)
        return library

    def read_only_reason(self) -> str:
        """Why the open library is read-only, in words for the status bar."""
        library = self.window.library
        if library is not None and library.backend != "sqlite":
            why = library.read_only_reason or "your database role may read this library but not change it: opened read-only"
            return why[:1].upper() + why[1:]
        if self.lease is None and self.library_path is not None and WindowLease.held_elsewhere(self.library_path):
            return "Another Workbench window is editing this library: this window opened it read-only"
        return "The library cannot be written to here (a write-protected file or a read-only disk): opened read-only"

    def release(self) -> None:
        self.timer.stop()
        if self.lease is not None:
            self.lease.release()
            self.lease = None

    # -------------------------------------------------------------- backups

    def backup_if_due(self) -> None:
        library = self.window.library
        if library is None or library.read_only or library.backend != "sqlite":
            return
        self.window.runner.run(lambda: backup_if_due(library), on_done=self._scheduled_done,
                               on_error=lambda exc: log.warning("scheduled backup skipped: %s", exc),
                               label="Backing up the library…")

    def _scheduled_done(self, backup: Backup | None) -> None:
        if backup is not None:
            self.window.statusBar().showMessage(f"Library backed up ({backup.path.name})", 5000)

    def back_up_now(self) -> None:
        library = self.window.library
        if library is None:
            return

        def done(backup: Backup) -> None:
            self.window.statusBar().showMessage(f"Library backed up to {backup.path}", 10000)

        self.window.runner.run(lambda: make_backup(library, "manual"), on_done=done,
                               on_error=lambda exc: self.window.show_error(exc, doing="Backing up the library"),
                               label="Backing up the library…")

    # -------------------------------------------------------------- restoring

    def choose_backup(self) -> QDialog | None:
        """Offer the backups of the current library file; restore the one chosen after a confirmation."""
        path = self.library_path
        if path is None:
            return None
        backups = list_backups(path)
        if not backups:
            box = QMessageBox(QMessageBox.Icon.Information, "Restore from Backup",
                              f"There are no backups of {path} yet. Workbench makes one when a library with "
                              "reviews is opened, and then every 12 hours; File ▸ Back Up Library Now makes "
                              "one at once.", QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("noBackups")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return box
        dialog = BackupDialog(path, backups, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._confirm_restore(dialog.chosen()))
        dialog.open()
        return dialog

    def _confirm_restore(self, backup: Backup | None) -> None:
        if backup is None or self.library_path is None:
            return
        ask(self.window, "confirmRestore", "Restore from Backup",
            f"Replace the library with the backup taken {backup.taken:%a %d %b %Y at %H:%M}? Work done since "
            "then is not in that backup; the current file is kept aside.",
            [("Restore", QMessageBox.ButtonRole.AcceptRole, lambda: self.restore(backup))])

    def restore(self, backup: Backup, on_done: Callable[[Path | None], None] | None = None) -> None:
        """Close the library, put ``backup`` in its place (in a worker), and open it again."""
        path = self.library_path
        if path is None:
            return
        window = self.window
        if window.library is not None and window.library.read_only:
            window.show_error(LibraryError("another Workbench window is editing this library; restore the "
                                           "backup from that window"), doing="Restoring the backup")
            return
        window.review_page.editor.commit_note()
        window.runner.wait_for_done(30000)  # no backup or import may still be using the file
        previous = window.library
        window.set_library(None)
        if previous is not None:
            previous.close()
        self.release()
        # The lease is held while the file is replaced: no other window may open it meanwhile.
        self.lease = WindowLease.acquire(path)
        if self.lease is None:
            window.show_error(LibraryError("another Workbench window has just opened this library; close it "
                                           "and try again"), doing="Restoring the backup")
            window.open_library(path)
            return

        def finished(aside: Path | None) -> None:
            if self.lease is not None:
                self.lease.release()
                self.lease = None
            if window.open_library(path):
                kept = f"; the replaced library is kept as {aside.name}" if aside is not None else ""
                window.statusBar().showMessage(
                    f"Restored the backup of {backup.taken:%d %b %Y %H:%M}{kept}", 20000)
            if on_done is not None:
                on_done(aside)

        def failed(exc: BaseException) -> None:
            if self.lease is not None:
                self.lease.release()
                self.lease = None
            window.show_error(exc, doing="Restoring the backup")
            window.open_library(path)

        lease = self.lease
        window.runner.run(lambda: restore_backup(backup.path, path, lease=lease), on_done=finished,
                          on_error=failed, label="Restoring the backup…")

    # -------------------------------------------------------------- errors on opening

    def show_open_error(self, exc: WorkbenchError, path: Path) -> QMessageBox:
        """The error box for a library that cannot be opened, with a way out when backups exist."""
        box = error_box(self.window, exc, doing="Opening the library")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(exc, LibraryError) and list_backups(path):
            box.setInformativeText(box.informativeText() + "\n\nBackups of this library exist: you can put one "
                                   "in its place (the damaged file is kept aside).")
            restore = box.addButton("Restore from Backup…", QMessageBox.ButtonRole.AcceptRole)
            restore.setObjectName("restoreFromBackup")
            box.buttonClicked.connect(lambda button: self.choose_backup() if button is restore else None)
        box.open()
        return box
