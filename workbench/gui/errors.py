"""Showing failures: known ones as a plain message that says what to do, bugs with a trace in the log."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from workbench.core.errors import (
    ImportFailedError,
    InvalidInputError,
    LibraryError,
    NotFoundError,
    ReportError,
    WorkbenchError,
)

log = logging.getLogger("workbench.gui")

_log_file: Path | None = None


def setup_logging(folder: Path) -> Path | None:
    """Log warnings and errors (with traces) to ``folder/workbench.log``; return its path."""
    global _log_file
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / "workbench.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _log_file = folder / "workbench.log"
    return _log_file


def log_file() -> Path | None:
    return _log_file


def _title_for(exc: BaseException) -> str:
    if isinstance(exc, ImportFailedError):
        return "The article could not be imported"
    if isinstance(exc, LibraryError):
        return "The library cannot be used"
    if isinstance(exc, InvalidInputError):
        return "That value cannot be used"
    if isinstance(exc, NotFoundError):
        return "Not found"
    if isinstance(exc, ReportError):
        return "The report could not be written"
    return "Something went wrong"


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def error_box(parent: QWidget | None, exc: BaseException, *, doing: str = "",
              trace: str | None = None) -> QMessageBox:
    """A message box describing ``exc``; known errors say what to do, bugs point to the log."""
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setWindowTitle("Workbench")
    if isinstance(exc, WorkbenchError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(_title_for(exc) if not doing else f"{doing} failed")
        info = _sentence(str(exc))
        if isinstance(exc, LibraryError):
            info += "\n\nNothing already saved has been lost."
        box.setInformativeText(info)
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText("Something unexpected went wrong" + (f" while {doing.lower()}" if doing else ""))
        where = f" The details are in {_log_file}." if _log_file else ""
        box.setInformativeText(
            "Your edits made so far are saved. Please report this problem." + where
        )
        detail = trace or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        box.setDetailedText(detail)
        log.error("unexpected error%s: %s", f" while {doing}" if doing else "", detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, exc: BaseException, *, doing: str = "", trace: str | None = None) -> QMessageBox:
    """Show ``exc`` without blocking (window-modal); returns the box (tests look for it)."""
    box = error_box(parent, exc, doing=doing, trace=trace)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def install_excepthook(parent_getter: object = None) -> None:
    """Log unexpected exceptions raised in slots with a trace and show them instead of crashing silently."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        trace = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unhandled exception: %s", trace)
        parent = parent_getter() if callable(parent_getter) else None
        try:
            show_error(parent, exc, trace=trace)
        except Exception:  # noqa: BLE001 - never fail while reporting a failure
            previous(kind, exc, tb)

    sys.excepthook = hook
