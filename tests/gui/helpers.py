"""Helpers for driving the window the way a person does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


def press(qtbot, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """Type a key into ``widget`` (which gets the focus first), as a person at the keyboard would."""
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def open_dialog(kind: type[QDialog], name: str | None = None) -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible() and (name is None or widget.objectName() == name):
            return widget
    return None


def wait_dialog(qtbot, kind: type[QDialog], name: str | None = None, timeout: int = 10000) -> QDialog:  # type: ignore[no-untyped-def]
    found: list[QDialog] = []

    def check() -> None:
        dialog = open_dialog(kind, name)
        assert dialog is not None
        found.append(dialog)

    qtbot.waitUntil(check, timeout=timeout)
    return found[-1]


def error_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "errorBox" and w.isVisible()]


def window_title(window, title: str = "") -> str:  # type: ignore[no-untyped-def]
    """The title ``window`` shows for a page called ``title`` ("" for the start page): a server library's
    title also names the server."""
    library = window.library
    if library is None or library.backend == "sqlite":
        return f"{title} — Workbench" if title else "Workbench"
    return f"{title or 'Library'} — {library.location} (PostgreSQL) — Workbench"
