"""Starting the window: ``run_window`` is what ``workbench`` (no command) and ``workbench FILE`` call."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from workbench.core.store import LIBRARY_ENV
from workbench.gui.errors import install_excepthook, setup_logging
from workbench.gui.main_window import MainWindow
from workbench.gui.qt_compat import protect_none
from workbench.gui.server import is_server_location
from workbench.gui.settings import APPLICATION, ORGANIZATION, Settings
from workbench.gui.style import STYLE_SHEET, THEME_CHOICES, apply_theme

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The QApplication (created on first use, never at import time)."""
    protect_none()
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough)
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Workbench")
    app.setDesktopFileName("workbench")
    icon = Path(__file__).resolve().parents[2] / "resources" / "icons" / "workbench.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    if not app.styleSheet():
        app.setStyleSheet(STYLE_SHEET)  # the theme chosen in Settings is applied when the window opens
    font = app.font()
    if font.pointSize() < 10:
        font = QFont(font)
        font.setPointSize(10)
        app.setFont(font)
    return app


def library_location(library_path: str | None, settings: Settings) -> str:
    """``--library``, else ``$WORKBENCH_LIBRARY``, else the one chosen in Settings (default: user data folder).

    A ``postgresql://`` URL is passed on as it is (a path would fold its slashes)."""
    chosen = library_path or os.environ.get(LIBRARY_ENV, "").strip()
    if chosen:
        return chosen.strip() if is_server_location(chosen) else str(Path(chosen).expanduser())
    return settings.library_location


def create_window(*, library_path: str | None = None, file: str | None = None, reviewer: str | None = None,
                  settings: Settings | None = None) -> MainWindow:
    """Build and show the window; open ``file`` (imported as a new review) or the last review."""
    settings = settings or Settings()
    apply_theme(settings.get("theme") if settings.get("theme") in THEME_CHOICES else "system")
    window = MainWindow(settings, reviewer=reviewer)
    window.restore_window_state()
    window.open_library(library_location(library_path, settings))
    window.show()
    if file:
        def start() -> None:
            window.imports.import_file(file)
    else:
        def start() -> None:
            window.open_last_review()
    if needs_reviewer_name(settings, reviewer):
        from workbench.gui.settings_dialog import ReviewerDialog

        dialog = ReviewerDialog(settings, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: start())
        dialog.open()
    elif file:
        QTimer.singleShot(0, start)
    else:
        start()
    return window


def needs_reviewer_name(settings: Settings, reviewer: str | None) -> bool:
    """The first start: nobody has said whose verdicts these are (not in Settings, nor --reviewer, nor
    ``$WORKBENCH_REVIEWER``)."""
    return not (reviewer or os.environ.get("WORKBENCH_REVIEWER", "").strip() or settings.is_set("reviewer"))


def run_window(library_path: str | None, file: str | None, reviewer: str | None) -> int:
    """Run the window until it closes; return the exit code."""
    app = application()
    from platformdirs import user_log_path

    setup_logging(user_log_path("Workbench", appauthor=False))
    window = create_window(library_path=library_path, file=file, reviewer=reviewer)
    install_excepthook(lambda: window)
    code = app.exec()
    if window.library is not None:
        window.library.close()
    return int(code)
