"""The main window: composes the start page, the review and the library, and wires the actions to them."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench import __version__
from workbench.core.errors import ImportFailedError, LibraryConnectionLostError, WorkbenchError
from workbench.core.formatting import progress_text
from workbench.core.importers import is_web_address
from workbench.core.model import Claim, Review
from workbench.core.services import recheck_text
from workbench.core.store import Library
from workbench.gui import import_flow
from workbench.gui.actions import Actions
from workbench.gui.ask import ask
from workbench.gui.connection import ConnectionKeeper
from workbench.gui.errors import show_error
from workbench.gui.library_care import LibraryCare
from workbench.gui.library_view import LibraryPage
from workbench.gui.live import LibraryWatcher
from workbench.gui.notices import UndoNotice
from workbench.gui.presence import PresenceWatcher
from workbench.gui.review_page import ReviewPage
from workbench.gui.server import is_server_location
from workbench.gui.session import ReviewSession
from workbench.gui.settings import Settings
from workbench.gui.settings_dialog import SettingsDialog
from workbench.gui.source_dialog import ask_for_source
from workbench.gui.start_page import StartPage
from workbench.gui.style import THEME_CHOICES, apply_theme
from workbench.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

REVIEW_ACTIONS = ("article_details", "export_report", "export_copy", "toggle_dated_wording", "toggle_checks",
                  "new_version",
                  "paste_new_version", "close_review", "find", "find_next", "find_previous",
                  "next_claim", "previous_claim", "next_unchecked", "filter_all", "filter_unchecked",
                  "filter_verified", "filter_disputed", "filter_kind", "clear_filters", "zoom_in", "zoom_out",
                  "zoom_reset", "add_claim")
CLAIM_ACTIONS = ("mark_verified", "mark_disputed", "mark_unchecked", "add_source", "edit_note", "edit_value",
                 "delete_claim")
LENS_ACTIONS = ("lens_accept", "lens_dismiss", "lens_still_true", "lens_reopen")
"""Decisions on dated wording: on only while that list is shown (the claim keys are off then)."""
CHECK_ACTIONS = ("lens_dismiss", "mark_disputed", "lens_reopen")
"""Decisions on consistency checks, with the keys they share with the lens and the claims (X, D, O)."""
LIBRARY_ACTIONS = ("open_article", "open_web_address", "paste_article", "open_sample", "show_library",
                   "office_holders")
WRITE_ACTIONS = ("open_article", "open_web_address", "paste_article", "open_sample", "add_claim", "back_up_now",
                 "new_version", "paste_new_version")
"""Actions that change the library: off while it is open read-only (another window is editing it)."""
LOCATION_WIDTH = 300
"""Pixels the server's address may take in the status bar (all of it is in the tooltip)."""


class MainWindow(QMainWindow):
    review_opened = Signal(int)
    """A review is on screen (its id)."""

    def __init__(self, settings: Settings, *, reviewer: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self._reviewer_override = reviewer.strip() if reviewer else None
        self.library: Library | None = None
        self.runner = TaskRunner(self)
        self.runner.busy_changed.connect(self._busy_changed)
        self.runner.task_failed.connect(lambda exc, trace: self.show_error(exc, trace=trace))
        self.undo_stack = QUndoStack(self)
        self.actions = Actions(self)
        self.menus = self.actions.build_menus(self.menuBar())
        self.version_menu = self.menus["View"].addMenu("&Version")
        self.version_menu.setObjectName("versionMenu")
        self.version_menu.aboutToShow.connect(self._fill_version_menu)
        self._text_size = settings.text_size

        self.start_page = StartPage({i: self.actions[i] for i in self.actions.ids()})
        self.review_page = ReviewPage(self.undo_stack)
        self.library_page = LibraryPage()
        self.pages = QStackedWidget()
        for page in (self.start_page, self.review_page, self.library_page):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.ready_badge = QLabel("Ready")
        self.ready_badge.setObjectName("readyBadge")
        self.ready_badge.setToolTip("Every claim is checked and none is disputed")
        self.ready_badge.hide()
        self.busy_label = QLabel()
        self.busy_label.setObjectName("busyLabel")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_label.hide()
        self.busy_bar.hide()
        status = self.statusBar()
        self.undo_notice = UndoNotice()
        status.addWidget(self.undo_notice)
        status.addWidget(self.busy_label)
        status.addWidget(self.busy_bar)
        status.addPermanentWidget(self.ready_badge)
        status.addPermanentWidget(self.progress_label)

        self.read_only_badge = QLabel("Read-only")
        self.read_only_badge.setObjectName("readOnlyBadge")
        self.read_only_badge.hide()
        status.addPermanentWidget(self.read_only_badge)
        self.presence_label = QLabel()
        self.presence_label.setObjectName("presenceLabel")
        self.presence_label.hide()
        status.addPermanentWidget(self.presence_label)
        self.library_label = QLabel()
        self.library_label.setObjectName("libraryLabel")
        status.addPermanentWidget(self.library_label)

        self.imports = import_flow.ImportFlow(self)
        self.care = LibraryCare(self)
        self.watcher = LibraryWatcher(self)
        self.watcher.changed_elsewhere.connect(self._changed_elsewhere)
        self.watcher.replaced.connect(self._library_replaced)
        self.connection = ConnectionKeeper(self)
        self.connection.message.connect(self.statusBar().showMessage)
        self.connection.went_away.connect(self._went_offline)
        self.connection.came_back.connect(self._came_back)
        self.watcher.connection_lost.connect(self.connection.connection_lost)
        self.presence = PresenceWatcher(self)
        self.presence.changed.connect(self._show_presence)
        self.presence.connection_lost.connect(self.connection.connection_lost)
        self._connect()
        self.setAcceptDrops(True)
        self.resize(1400, 880)
        self.show_start_page()

    # -------------------------------------------------------------- wiring

    def _connect(self) -> None:
        a = self.actions
        a["open_article"].triggered.connect(self.imports.choose_file)
        a["open_web_address"].triggered.connect(self.imports.choose_web_address)
        a["paste_article"].triggered.connect(lambda: self.imports.paste())
        a["open_sample"].triggered.connect(self.imports.open_sample)
        a["show_library"].triggered.connect(self.show_library)
        a["show_start"].triggered.connect(self.show_start_page)
        a["article_details"].triggered.connect(self.imports.edit_details)
        a["export_report"].triggered.connect(self.export_report)
        a["export_copy"].triggered.connect(self.export_republication_copy)
        a["new_version"].triggered.connect(self.imports.choose_new_version)
        a["paste_new_version"].triggered.connect(self.imports.paste_new_version)
        a["what_changed"].triggered.connect(self.show_what_changed)
        a["office_holders"].triggered.connect(self.show_office_holders)
        self.review_page.editor.remember_title_requested.connect(self.remember_title)
        self.imports.revised.connect(lambda _rid: self._update_actions())
        a["toggle_dated_wording"].triggered.connect(
            lambda checked: self.review_page.show_dated_wording(bool(checked)))
        a["lens_accept"].triggered.connect(lambda: self.review_page.decide_current("accepted"))
        a["lens_dismiss"].triggered.connect(self.review_page.decide_or_dismiss)
        a["lens_still_true"].triggered.connect(lambda: self.review_page.decide_current("still_true"))
        a["lens_reopen"].triggered.connect(self.review_page.reopen_shown)
        a["toggle_checks"].triggered.connect(lambda checked: self.review_page.show_checks(bool(checked)))
        a["close_review"].triggered.connect(self.close_review)
        a["settings"].triggered.connect(self.open_settings)
        a["back_up_now"].triggered.connect(self.care.back_up_now)
        a["restore_backup"].triggered.connect(self.care.choose_backup)
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(self.undo_stack.undo)
        a["redo"].triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(a["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(a["redo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda t: a["undo"].setText(f"&Undo {t}" if t else "&Undo"))
        self.undo_stack.redoTextChanged.connect(lambda t: a["redo"].setText(f"&Redo {t}" if t else "&Redo"))
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        page = self.review_page
        a["find"].triggered.connect(page.focus_search)
        a["find_next"].triggered.connect(lambda: page.find_in_article(backward=False))
        a["find_previous"].triggered.connect(lambda: page.find_in_article(backward=True))
        a["add_claim"].triggered.connect(self.add_claim_from_selection)
        a["delete_claim"].triggered.connect(page.delete_current_claim)
        a["next_claim"].triggered.connect(page.next_claim)
        a["previous_claim"].triggered.connect(page.previous_claim)
        a["next_unchecked"].triggered.connect(page.next_unchecked)
        a["mark_verified"].triggered.connect(lambda: page.set_current_status("verified"))
        a["mark_disputed"].triggered.connect(lambda: page.set_current_status("disputed"))
        a["mark_unchecked"].triggered.connect(lambda: page.set_current_status("unchecked"))
        a["add_source"].triggered.connect(self.add_source)
        a["edit_note"].triggered.connect(page.editor.focus_note)
        a["edit_value"].triggered.connect(lambda: (page.editor.value.setFocus(), page.editor.value.selectAll()))
        for status, action_id in (("", "filter_all"), ("unchecked", "filter_unchecked"),
                                  ("verified", "filter_verified"), ("disputed", "filter_disputed")):
            a[action_id].triggered.connect(lambda _checked=False, s=status: page.set_status_filter(s))
        a["filter_kind"].triggered.connect(self.choose_kind_filter)
        a["clear_filters"].triggered.connect(page.clear_filters)
        a["zoom_in"].triggered.connect(lambda: self.set_text_size(self._text_size + 1))
        a["zoom_out"].triggered.connect(lambda: self.set_text_size(self._text_size - 1))
        a["zoom_reset"].triggered.connect(lambda: self.set_text_size(self.settings.text_size))
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        for choice in THEME_CHOICES:
            a[f"theme_{choice}"].triggered.connect(lambda _checked=False, c=choice: self.set_theme(c))
        current_theme = self.settings.get("theme")
        a[f"theme_{current_theme if current_theme in THEME_CHOICES else 'system'}"].setChecked(True)
        a["about"].triggered.connect(self.show_about)
        page.editor.add_source_requested.connect(lambda _claim_id: self.add_source())
        page.editor.bind_status_actions({"verified": a["mark_verified"], "disputed": a["mark_disputed"],
                                         "unchecked": a["mark_unchecked"]})
        page.article_view.context_actions = [a["add_claim"]]
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        page.table.addActions([a["mark_verified"], a["mark_disputed"], a["mark_unchecked"], a["add_source"],
                               a["edit_note"], a["delete_claim"]])
        page.current_claim_changed.connect(self._claim_selected)
        page.tab_changed.connect(self._update_actions)
        page.dated_wording.current_finding_changed.connect(lambda _finding: self._update_actions())
        page.checks.current_check_changed.connect(lambda _row: self._update_actions())
        page.check_decided.connect(self._update_actions)
        page.checks.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        page.checks.table.addActions([a["lens_dismiss"], a["mark_disputed"], a["lens_reopen"]])
        page.progress_changed.connect(self._show_progress)
        page.error_raised.connect(self.show_error)
        page.notice_raised.connect(lambda text: self.statusBar().showMessage(text, 20000))
        page.deleted.connect(lambda text: self.undo_notice.show_notice(text, self.undo_stack.undo))
        page.window_keys = self.actions.window_keys()
        page.advance_after_verdict = self.settings.get("advance_after_verdict")
        self.library_page.trashed.connect(self._review_trashed)
        page.filters_changed.connect(self._sync_filter_actions)
        self.start_page.open_requested.connect(self.open_review)
        self.library_page.open_requested.connect(self.open_review)
        self.library_page.error_raised.connect(self.show_error)
        self.library_page.reviews_changed.connect(self._library_changed)
        self.library_page.back_requested.connect(self.show_review_page)

    # -------------------------------------------------------------- state

    @property
    def reviewer(self) -> str:
        return self._reviewer_override or self.settings.reviewer

    @property
    def session(self) -> ReviewSession | None:
        return self.review_page.session

    def show_error(self, exc: BaseException, *, doing: str = "", trace: str | None = None) -> QMessageBox | None:
        """Say what failed; a lost server connection is not an error box but a reconnection (status bar)."""
        if isinstance(exc, LibraryConnectionLostError):
            self.connection.connection_lost(exc)
            return None
        return show_error(self, exc, doing=doing, trace=trace)

    @property
    def on_server(self) -> bool:
        return self.library is not None and self.library.backend != "sqlite"

    @property
    def offline(self) -> bool:
        """The library server is away: edits are off (held ones wait) until it is back."""
        return self.connection.down

    def set_library(self, library: Library | None) -> None:
        if self.session is not None:
            self.close_review()
        self.library = library
        self.connection.watch(library)
        self.watcher.watch(library)
        self.library_page.set_library(library, self.reviewer)
        self.presence.watch(library, self.reviewer)
        self._show_location()
        writable = library is not None and not library.read_only
        self.actions.set_enabled(LIBRARY_ACTIONS, library is not None)
        self.actions.set_enabled(WRITE_ACTIONS, writable)
        self.read_only_badge.setVisible(library is not None and library.read_only)
        if library is not None and library.read_only:
            self.read_only_badge.setToolTip(self.care.read_only_reason())
        self.review_page.editor.setEnabled(library is None or not library.read_only)
        self.review_page.checks.details.set_read_only(library is not None and library.read_only)
        self.actions["restore_backup"].setEnabled(library is None or library.backend == "sqlite")
        self._refresh_recent()
        self._update_title()

    def _show_location(self) -> None:
        library = self.library
        if library is None:
            self.library_label.setText("")
            self.library_label.setToolTip("")
            return
        if library.backend == "sqlite":
            self.library_label.setText(Path(library.location).name)
            self.library_label.setToolTip(f"Library file (SQLite): {library.location}")
        else:
            self.library_label.setText(self.library_label.fontMetrics().elidedText(
                f"PostgreSQL · {library.location}", Qt.TextElideMode.ElideMiddle, LOCATION_WIDTH))
            self.library_label.setToolTip(f"Shared library on a PostgreSQL server: {library.location}. Other "
                                          "editors' changes appear here as they are made.")

    def open_library(self, path: str | Path) -> bool:
        """Open the library at ``path`` (a file, or a ``postgresql://`` URL); on failure say why, offer a
        backup, keep the window usable.

        When another window is editing the same library file, this one opens it read-only and says so; a
        library on a server has no such limit (every window writes).
        """
        server = isinstance(path, str) and is_server_location(path)
        path = path.strip() if isinstance(path, str) and server else Path(path).expanduser()
        previous = self.library
        self.set_library(None)
        if previous is not None:
            previous.close()
        try:
            library = self.care.open_server(str(path)) if server else self.care.open(Path(path))
        except WorkbenchError as exc:
            if server:
                show_error(self, exc, doing="Opening the library on the server")  # a box, even for a server that is down
                self.statusBar().showMessage("No library open: check the server in Settings ▸ Library", 0)
                return False
            self.care.show_open_error(exc, Path(path))
            self.statusBar().showMessage("No library open: restore a backup (File menu) or choose another "
                                         "library in Settings", 0)
            return False
        self.set_library(library)
        if library.read_only:
            self.statusBar().showMessage(self.care.read_only_reason(), 0)
        elif server:
            self.statusBar().showMessage(f"Shared library {library.location}: every change is saved on the "
                                         "server and shown to the other editors", 10000)
        if library.backup_made:
            self.statusBar().showMessage(f"The library was upgraded; a copy of the old file is at {library.backup_made}",
                                         15000)
        return True

    def _update_title(self) -> None:
        session = self.session
        # Titles end with the application's name, so the platform does not add it a second time.
        read_only = " (read-only)" if self.library is not None and self.library.read_only else ""
        # A shared library names its server, so two windows on two libraries are told apart.
        where = f" — {self.library.location} (PostgreSQL)" if self.on_server and self.library is not None else ""
        if session is not None and self.pages.currentWidget() is self.review_page:
            self.setWindowTitle(f"{session.review.title}{read_only}{where} — Workbench")
        elif self.pages.currentWidget() is self.library_page:
            self.setWindowTitle(f"Library{read_only}{where} — Workbench")
        elif where:
            self.setWindowTitle(f"{'Read-only library' if read_only else 'Library'}{where} — Workbench")
        else:
            self.setWindowTitle("Read-only library — Workbench" if read_only else "Workbench")

    def _update_actions(self) -> None:
        on_review = self.session is not None and self.pages.currentWidget() is self.review_page
        self.actions.set_enabled(REVIEW_ACTIONS, on_review)
        page = self.review_page
        lens = on_review and page.showing_dated_wording()
        checks = on_review and page.showing_checks()
        self.actions["toggle_dated_wording"].setChecked(lens)
        self.actions["toggle_checks"].setChecked(checks)
        has_claim = on_review and not lens and not checks and page.current_claim() is not None
        self.actions.set_enabled(CLAIM_ACTIONS, has_claim)
        self.actions.set_enabled(LENS_ACTIONS, lens and page.current_finding() is not None)
        if checks:
            row = page.current_check()
            decided = row is not None and self.session is not None and row.finding.key in self.session.check_decisions
            self.actions["lens_dismiss"].setEnabled(row is not None)
            self.actions["mark_disputed"].setEnabled(row is not None and bool(row.claim_ids))
            self.actions["lens_reopen"].setEnabled(decided)
        if self.library is not None and (self.library.read_only or self.offline):
            self.actions.set_enabled((*CLAIM_ACTIONS, *LENS_ACTIONS, *CHECK_ACTIONS, *WRITE_ACTIONS), False)
        if self.offline:
            self.actions.set_enabled(("undo", "redo"), False)
        self.actions["show_start"].setEnabled(self.pages.currentWidget() is not self.start_page)
        self.actions["export_report"].setEnabled(on_review and _report_available())
        revised = on_review and self.session is not None and self.session.article.version > 1
        self.actions["what_changed"].setEnabled(revised)
        self.version_menu.setEnabled(revised)

    def _refresh_recent(self) -> None:
        if self.library is None:
            self.start_page.set_recent([])
            return
        try:
            self.start_page.set_recent(self.library.list_reviews(limit=8),
                                       trashed=self.library.count_reviews(trashed=True))
        except WorkbenchError as exc:
            self.show_error(exc)

    def _review_trashed(self, review_id: int, title: str) -> None:
        def undo() -> None:
            if self.library is None:
                return
            try:
                self.library.restore_review(review_id, actor=self.reviewer)
            except WorkbenchError as exc:
                self.show_error(exc)
                return
            self.library_page.refresh()
            self._library_changed()
            self.statusBar().showMessage(f"“{title}” is back in the library", 5000)

        self.undo_notice.show_notice(f"Moved “{title}” to the Trash", undo)

    def _library_changed(self) -> None:
        self._refresh_recent()
        session = self.session
        if session is not None and self.library is not None:
            try:
                review = self.library.get_review(session.review_id)
            except WorkbenchError:
                return
            if review.state == "trashed":
                self.close_review()
            else:
                session.review = review
                session.review_changed.emit(review)
                self._update_title()

    def _mark_library_stale(self, *_args: object) -> None:
        self.library_page.stale = True

    def _changed_elsewhere(self) -> None:
        """Another program committed: take in its changes to the open review and refresh the lists."""
        notes: list[str] = []
        session = self.session
        try:
            if session is not None:
                self.review_page.editor.commit_note()  # a note being typed meets the change as a conflict
                notes = session.take_outside_changes()
        except LibraryConnectionLostError as exc:
            self.connection.connection_lost(exc)
            return
        except WorkbenchError as exc:
            log.warning("could not take in another program's changes: %s", exc)
        self.library_page.stale = True
        if self.pages.currentWidget() is self.library_page:
            self.library_page.refresh()
        elif self.pages.currentWidget() is self.start_page:
            self._refresh_recent()
        if notes:
            more = f" (and {len(notes) - 2} more)" if len(notes) > 2 else ""
            said = "; ".join(notes[:2]) + more
            self.statusBar().showMessage(said if self.on_server else "Changed in another program: " + said, 15000)

    # -------------------------------------------------------------- a shared library: presence, reconnecting

    def refresh_presence(self) -> None:
        """Ask the server now who is working on which review (the timer does it every few seconds)."""
        self.presence.refresh()

    def _show_presence(self, presence: dict[int, list[str]]) -> None:
        """The library list's "Working on it now" column, and "Also here: …" beside an open review."""
        self.library_page.model.set_presence(presence)
        session = self.session
        others = sorted(presence.get(session.review_id, [])) if session is not None else []
        self.presence_label.setText(("Also here: " + ", ".join(others)) if others else "")
        self.presence_label.setToolTip("Other editors with this review open now" if others else "")
        self.presence_label.setVisible(bool(others))

    def _went_offline(self) -> None:
        """The server is away: nothing may be edited (held edits wait) until it answers again."""
        self.watcher.stop()
        self.presence.pause()
        self.review_page.editor.setEnabled(False)
        self.review_page.checks.details.set_read_only(True)
        self._update_actions()

    def _came_back(self) -> None:
        library = self.library
        read_only = library is not None and library.read_only
        self.review_page.editor.setEnabled(not read_only)
        self.review_page.checks.details.set_read_only(read_only)
        self.watcher.watch(library)
        self.presence.resume()
        self._update_actions()
        self.actions["undo"].setEnabled(self.undo_stack.canUndo())
        self.actions["redo"].setEnabled(self.undo_stack.canRedo())
        QTimer.singleShot(0, self._changed_elsewhere)  # take in what the others did meanwhile

    def _library_replaced(self) -> None:
        """The library's path now names another file: open that one, as the editor would expect."""
        if self.library is None:
            return
        path = self.library.path
        if self.open_library(path):
            self.open_last_review()
            self.statusBar().showMessage("The library file was replaced by another program (a restore?); "
                                         "the window opened it again", 15000)

    # -------------------------------------------------------------- pages

    def show_start_page(self) -> None:
        self._refresh_recent()
        self.pages.setCurrentWidget(self.start_page)
        self._show_progress(None)
        self._update_title()
        self._update_actions()

    def show_library(self) -> None:
        self.library_page.refresh_if_stale()
        if self.session is not None:
            self.library_page.select_review(self.session.review_id)
        self.library_page.back_button.setVisible(self.session is not None)
        self.pages.setCurrentWidget(self.library_page)
        self._show_progress(None)
        self._update_title()
        self._update_actions()
        self.library_page.table.setFocus()

    def show_review_page(self) -> None:
        if self.session is None:
            self.show_start_page()
            return
        self.pages.setCurrentWidget(self.review_page)
        self._show_progress(self.session.review)
        self._update_title()
        self._update_actions()

    def open_review(self, review_id: int) -> bool:
        """Show a review from the library (a quick read; edits are written as they are made)."""
        if self.library is None:
            return False
        if self.session is not None and self.session.review_id == review_id:
            self.show_review_page()
            return True
        try:
            review, article, claims = ReviewSession.load(self.library, review_id, self.reviewer)
        except WorkbenchError as exc:
            self.show_error(exc, doing="Opening the review")
            return False
        if review.state == "trashed":
            self.show_error(ImportFailedError("this review is in the trash; restore it from the library first"))
            return False
        session = ReviewSession(self.library, review, article, claims, self.reviewer, self)
        session.review_changed.connect(self._mark_library_stale)
        session.write_interrupted.connect(self.connection.connection_lost)
        self._mark_library_stale()  # a new review, or one whose place in the list changes as it is edited
        self.review_page.show_review(session, self._text_size)
        self.settings.set("last_review", review_id)
        self.show_review_page()
        outside = session.titles_outside_records()
        if outside:
            names = ", ".join(f"“{c.text}”" for c in outside[:3])
            self.statusBar().showMessage(f"{len(outside)} title{'s' if len(outside) != 1 else ''} outside the "
                                         f"library's office-holder records: {names}", 20000)
        self.review_page.table.setFocus()
        self.presence.tell(review_id)
        self.presence.refresh()
        self.review_opened.emit(review_id)
        return True

    def open_last_review(self) -> bool:
        last = self.settings.get("last_review")
        if self.library is None or not last:
            return False
        try:
            review = self.library.get_review(last)
        except WorkbenchError:
            return False
        return review.state == "open" and self.open_review(last)

    def close_review(self) -> None:
        self.review_page.close_review()
        self.presence.tell(None)
        self.presence_label.hide()
        self.settings.set("last_review", 0)
        self.show_start_page()

    # -------------------------------------------------------------- review commands

    def _claim_selected(self, claim: Claim | None) -> None:
        self._update_actions()

    def _show_progress(self, review: Review | None) -> None:
        if review is None or self.pages.currentWidget() is not self.review_page:
            self.progress_label.setText("")
            self.ready_badge.hide()
            return
        text = progress_text(review.total, review.checked, review.disputed).replace(" · ready", "")
        session = self.session
        if session is not None and session.article.version > 1:
            counts: dict[str, int] = {}
            for c in session.claims.values():
                if c.refers_to is None and c.status == "unchecked" and c.revision in ("changed", "new"):
                    counts[c.revision] = counts.get(c.revision, 0) + 1
            again = recheck_text(counts)
            text = f"Version {session.article.version} · {text}" + (f" · {again}" if again else "")
        self.progress_label.setText(text)
        self.ready_badge.setVisible(review.total > 0 and review.ready)
        self._update_title()

    def _sync_filter_actions(self) -> None:
        status = self.review_page.status_filter.currentData() or ""
        action_id = {"": "filter_all", "unchecked": "filter_unchecked", "verified": "filter_verified",
                     "disputed": "filter_disputed"}[status]
        self.actions[action_id].setChecked(True)
        self._update_actions()

    def choose_kind_filter(self) -> None:
        """Ctrl+K: the kind filter's own list drops down, ready for the arrow keys and Enter."""
        combo = self.review_page.kind_filter
        combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        combo.showPopup()

    def add_claim_from_selection(self) -> None:
        if self.review_page.article_view.selected_span() is None:
            self.statusBar().showMessage("Select the words of the claim in the article first", 5000)
            return
        self.review_page.add_claim_from_selection()

    def add_source(self) -> None:
        claim = self.review_page.current_claim()
        if claim is None or self.library is None:
            return
        try:
            known = self.library.find_sources()
        except WorkbenchError as exc:
            self.show_error(exc)
            return
        claim_id = claim.id
        ask_for_source(self, known, lambda source: self.review_page.add_source(claim_id, source),
                       claim_label=f"“{html.escape(claim.text)}”")

    def set_theme(self, choice: str) -> None:
        """View ▸ Theme: System, Light or Dark; the whole window changes at once."""
        self.settings.set("theme", choice)
        self.settings.sync()
        apply_theme(choice)
        self.actions[f"theme_{choice}"].setChecked(True)
        self.review_page.restyle()
        self._refresh_recent()

    def set_text_size(self, size: int) -> None:
        self._text_size = max(8, min(32, size))
        self.review_page.article_view.set_text_size(self._text_size)

    def export_report(self) -> None:
        if self.session is None or self.library is None or not _report_available():
            return
        from workbench.gui.export_dialog import ExportDialog

        self.review_page.editor.commit_note()
        dialog = ExportDialog(self.library, self.session.review_id, self.runner, self, settings=self.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.error_raised.connect(self.show_error)
        dialog.open()

    def _fill_version_menu(self) -> None:
        self.version_menu.clear()
        session = self.session
        if session is None or self.library is None:
            return
        try:
            versions = self.library.versions(session.review_id)
        except WorkbenchError as exc:
            self.show_error(exc)
            return
        for article in versions:
            current = article.version == session.article.version
            label = f"Version &{article.version}" + (" (current)" if current else f", {article.imported_at[:10]}")
            action = self.version_menu.addAction(label)
            action.setEnabled(not current)
            action.triggered.connect(lambda _checked=False, v=article.version: self.show_version(v))

    def show_version(self, version: int) -> QDialog | None:
        """View ▸ Version ▸ N: an earlier version, read-only, with its claims as they stood."""
        from workbench.gui.revision_views import VersionDialog

        if self.session is None or self.library is None:
            return None
        try:
            article = self.library.get_article(self.session.review_id, version)
            claims = self.library.list_claims(self.session.review_id, version=version)
        except WorkbenchError as exc:
            self.show_error(exc)
            return None
        dialog = VersionDialog(article, claims, self.session.article.version, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_what_changed(self) -> QDialog | None:
        from workbench.gui.revision_views import WhatChangedDialog

        session = self.session
        if session is None or self.library is None or session.article.version < 2:
            return None
        try:
            old = self.library.get_article(session.review_id, session.article.version - 1)
            old_claims = self.library.list_claims(session.review_id, version=old.version)
        except WorkbenchError as exc:
            self.show_error(exc)
            return None
        dialog = WhatChangedDialog(old, session.article, old_claims, list(session.claims.values()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_office_holders(self) -> QDialog | None:
        from workbench.gui.office_holders import OfficeHoldersDialog

        if self.library is None:
            return None
        dialog = OfficeHoldersDialog(self.library, self.reviewer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.error_raised.connect(self.show_error)
        dialog.changed.connect(lambda: self.session.refresh_office_records() if self.session else None)
        dialog.open()
        return dialog

    def remember_title(self, claim: Claim) -> QDialog | None:
        """Keep a person's title (as the claim gives it) in the library's records, with dates and a source."""
        from workbench.core.model import OfficeHolder
        from workbench.gui.office_holders import OfficeHolderDialog

        if self.library is None or not isinstance(claim.value, dict):
            return None
        source = claim.sources[0].citation if claim.sources else ""
        record = OfficeHolder(None, claim.value.get("name") or claim.text, claim.value.get("title") or "",
                              source=source)
        dialog = OfficeHolderDialog(self.library, record, self.reviewer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.error_raised.connect(self.show_error)
        dialog.saved.connect(lambda _r: self.session.refresh_office_records() if self.session else None)
        dialog.open()
        return dialog

    def export_republication_copy(self) -> None:
        if self.session is None:
            return
        from workbench.gui.republication_dialog import RepublicationDialog

        self.review_page.editor.commit_note()
        dialog = RepublicationDialog(self.session, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.error_raised.connect(self.show_error)
        dialog.written.connect(lambda path: self.statusBar().showMessage(f"Republication copy written to {path}", 10000))
        dialog.open()

    # -------------------------------------------------------------- settings, help

    def open_settings(self) -> SettingsDialog:
        open_path = self.library.location if self.library is not None else None
        dialog = SettingsDialog(self.settings, self, open_library=open_path,
                                reviewer_override=self._reviewer_override)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            changed = dialog.apply()
            self.review_page.advance_after_verdict = self.settings.get("advance_after_verdict")
            if changed.get("text_size"):
                self.set_text_size(self.settings.text_size)
            if changed.get("reviewer") and self.session is not None:
                self.session.reviewer = self.reviewer
            self.library_page.actor = self.reviewer
            self.presence.editor = self.reviewer
            if changed.get("library_path") or self.library is None:
                self.open_library(self.settings.library_location)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setObjectName("shortcutsDialog")
        dialog.setWindowTitle("Keyboard Shortcuts")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = self.actions.shortcut_table()
        table = QTableWidget(len(rows), 3, dialog)
        table.setHorizontalHeaderLabels(["Menu", "Command", "Keys"])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        dialog.resize(560, 640)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, "About Workbench",
                          f"<b>Workbench {__version__}</b><p>Check the claims in a news article before it is "
                          "republished. Every edit is saved as it is made.</p><p>MIT licence.</p>")

    # -------------------------------------------------------------- window state, drops, closing

    def restore_window_state(self) -> None:
        geometry = self.settings.get("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            self._fit_on_screen()
        else:
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                available = screen.availableGeometry()
                self.resize(min(1400, available.width() - 40), min(880, available.height() - 60))
        self.review_page.restore_state(self.settings)
        header = self.settings.get("library_header")
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.library_page.table.horizontalHeader().restoreState(header)

    def _fit_on_screen(self) -> None:
        """A window saved on a bigger (or another) screen comes back whole on this one."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        width = min(self.width(), available.width() - (frame.width() - self.width()))
        height = min(self.height(), available.height() - (frame.height() - self.height()))
        if (width, height) != (self.width(), self.height()):
            self.resize(max(640, width), max(480, height))
        frame = self.frameGeometry()
        x = min(max(frame.x(), available.x()), available.right() - frame.width() + 1)
        y = min(max(frame.y(), available.y()), available.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def save_window_state(self) -> None:
        self.settings.set("geometry", self.saveGeometry())
        self.review_page.save_state(self.settings)
        self.settings.set("library_header", self.library_page.table.horizontalHeader().saveState())
        self.settings.sync()

    @staticmethod
    def _dropped_articles(event: QDragEnterEvent | QDropEvent) -> list[str]:
        """Files and web addresses dropped on the window (a link dragged from a browser counts too)."""
        data = event.mimeData()
        found = []
        for url in data.urls() if data.hasUrls() else []:
            if url.isLocalFile():
                found.append(url.toLocalFile())
            elif url.scheme() in ("http", "https"):
                found.append(url.toString())
        if not found and data.hasText():
            text = data.text().strip()
            if is_web_address(text) and not any(ch.isspace() for ch in text):
                found.append(text)
        return found

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_articles(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_articles(event)
        if files:
            event.acceptProposedAction()
            if self.session is not None and self.pages.currentWidget() is self.review_page \
                    and not (self.library and self.library.read_only):
                QTimer.singleShot(0, lambda: self._ask_drop(files[0]))
            else:
                QTimer.singleShot(0, lambda: self.imports.import_file(files[0]))
            if len(files) > 1:
                self.statusBar().showMessage("Importing the first file; drop the others one at a time", 8000)

    def _ask_drop(self, path: str) -> QMessageBox:
        """A file dropped on an open review: a new version of it, or a new review?"""
        name = path if is_web_address(path) else Path(path).name
        return ask(self, "dropOnReview", "New Version or New Review",
                   f"Add “{name}” as a new version of this article (its claims are re-anchored and verdicts "
                   "carried where they hold), or start a new review with it?",
                   [("New Version", QMessageBox.ButtonRole.AcceptRole, lambda: self.imports.new_version(path)),
                    ("New Review", QMessageBox.ButtonRole.YesRole, lambda: self.imports.import_file(path))],
                   default=0)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing to ask: every edit is already stored. Store the note being typed, remember the layout."""
        self.review_page.editor.commit_note()
        self.presence.tell(None)
        self.presence.watch(None, self.reviewer)
        self.connection.watch(None)
        self.watcher.watch(None)
        self.save_window_state()
        self.runner.wait_for_done(30000)
        self.care.release()
        event.accept()

    def _busy_changed(self, busy: bool, label: str) -> None:
        self.busy_label.setText(label)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)


def _report_available() -> bool:
    try:
        from workbench.core import report
    except ImportError:
        return False
    return all(hasattr(report, name) for name in ("FORMATS", "render_report", "write_report", "unchecked_warning"))


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def find_error_boxes(parent: QWidget) -> list[QMessageBox]:
    """Open error boxes (tests use this)."""
    return [w for w in parent.findChildren(QMessageBox) if w.objectName() == "errorBox" and w.isVisible()]


__all__ = ["MainWindow", "find_error_boxes"]
