"""Failures a person can act on are explained; settings live in one file; nothing saved is lost."""

from __future__ import annotations

import inspect
import logging
import sys

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from tests.gui.conftest import SEED_TEXT
from tests.gui.helpers import error_boxes, press, wait_dialog, window_title
from workbench.core.errors import LibraryLockedError
from workbench.gui import app as gui_app
from workbench.gui.errors import install_excepthook
from workbench.gui.import_dialog import ArticleDetailsDialog, PasteDialog
from workbench.gui.settings import SETTINGS, Settings
from workbench.gui.settings_dialog import SettingsDialog

BACKENDS = ("sqlite", "postgresql")  # every test here that opens a library runs against both back ends


def test_run_window_is_the_entry_point_the_cli_calls() -> None:
    assert list(inspect.signature(gui_app.run_window).parameters) == ["library_path", "file", "reviewer"]


@pytest.mark.sqlite_only  # a damaged file
def test_a_damaged_library_is_explained_and_left_untouched(make_window, library_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    library_path.write_bytes(b"this is not a database" * 10)
    window = make_window()
    qtbot.waitUntil(lambda: len(error_boxes()) == 1)
    box = error_boxes()[0]
    assert "not a Workbench library" in box.informativeText()
    assert "Nothing already saved has been lost" in box.informativeText()
    assert library_path.read_bytes() == b"this is not a database" * 10
    assert window.library is None
    assert not window.actions["open_article"].isEnabled()
    box.accept()


def test_an_unreadable_file_is_explained(make_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00binary")
    window.imports.import_file(str(binary))
    qtbot.waitUntil(lambda: len(error_boxes()) == 1)
    box = error_boxes()[0]
    assert box.text() == "Importing photo.txt failed"
    assert "binary" in box.informativeText()
    box.accept()
    window.imports.import_file(str(tmp_path / "missing.txt"))
    qtbot.waitUntil(lambda: len(error_boxes()) == 1)
    assert "No such file" in error_boxes()[0].informativeText()
    error_boxes()[0].accept()
    assert window.library.list_reviews() == []


def test_a_locked_library_refuses_the_edit_and_says_so(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    claim_id = page.current_claim_id()

    def locked(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise LibraryLockedError("the library is busy in another Workbench window or program; close it and try again")

    monkeypatch.setattr(window.library, "set_claim_status", locked)
    press(qtbot, page.table, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: len(error_boxes()) == 1)
    assert "busy in another Workbench window" in error_boxes()[0].informativeText()
    error_boxes()[0].accept()
    assert window.undo_stack.count() == 0, "a refused edit is not on the undo stack"
    assert page.session.claims[claim_id].status == "unchecked"
    assert page.editor.status_buttons["unchecked"].isChecked()
    monkeypatch.undo()
    press(qtbot, page.table, Qt.Key.Key_V)
    assert window.library.get_claim(claim_id).status == "verified"


def test_unexpected_errors_are_logged_with_a_trace_and_shown(window, qtbot, caplog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(lambda: window)
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        kind, exc, tb = sys.exc_info()
    with caplog.at_level(logging.ERROR):
        sys.excepthook(kind, exc, tb)  # type: ignore[arg-type]
    box = error_boxes()[0]
    assert box.text() == "Something unexpected went wrong"
    assert "RuntimeError: a bug" in box.detailedText()
    assert "Traceback" in caplog.text
    box.accept()


def test_settings_have_one_defaults_table_and_a_dialog(make_window, settings, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    fresh = Settings(str(tmp_path / "fresh.ini"))
    assert fresh.text_size == 12
    assert fresh.reviewer  # the login name
    assert set(SETTINGS) >= {"reviewer", "library_path", "text_size"}
    window = make_window()
    window.actions["settings"].trigger()
    dialog = wait_dialog(qtbot, SettingsDialog)
    assert dialog.reviewer.text() == "tester"
    dialog.reviewer.setText("Amira Haddad")
    dialog.text_size.setValue(15)
    dialog.accept()
    assert Settings(settings.file_name).reviewer == "Amira Haddad"
    assert window.reviewer == "Amira Haddad"
    assert window.review_page.article_view.text_size() == 15


def test_paste_an_article(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.actions["paste_article"].trigger()
    paste = wait_dialog(qtbot, PasteDialog)
    paste.text.setPlainText("Council approves budget\n\nThe council approved a $4.5 million budget on 3 March 2021.")
    paste.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    details = wait_dialog(qtbot, ArticleDetailsDialog)
    assert details.title.text() == "Council approves budget"
    assert details.date_unknown.isChecked()
    details.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20000)
    assert window.windowTitle() == window_title(window, "Council approves budget")
    texts = {c.text for c in window.session.claims.values()}
    assert "$4.5 million" in texts


def test_dropping_a_file_imports_it(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SEED_TEXT))])
    event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    details = wait_dialog(qtbot, ArticleDetailsDialog)
    assert details.publisher.text() == "Gulf News"
    details.reject()
