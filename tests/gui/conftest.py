"""Shared fixtures for the window tests: each test gets its own library file and its own settings file."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from workbench.core.model import Extraction  # noqa: E402
from workbench.core.store import Library  # noqa: E402
from workbench.gui.qt_compat import protect_none  # noqa: E402

protect_none()  # before any widget exists (see workbench/gui/qt_compat.py)

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = ROOT / "seeds" / "000_aad1b39bc9a57caa.txt"
SEED_TITLE = "NATO agrees bigger training mission in Iraq after US call"
SEED_LABELS = Path(__file__).parent / "data" / "seed_claims.json"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A Qt warning during a window test fails it (the offscreen platform's own notices aside)."""
    here = Path(__file__).parent
    for item in items:
        if here not in Path(str(item.fspath)).parents:
            continue
        item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
        item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support .*", r".*QFont::setPointSize.*"))


def seed_extractions() -> list[Extraction]:
    """The seed's hand-labelled claims, as the extractor would return them."""
    data = json.loads(SEED_LABELS.read_text(encoding="utf-8"))
    return [Extraction(start=g["start"], end=g["end"], text=g["text"], kind=g["kind"], value=g["value"],
                       unit=g.get("unit"), mod=g.get("mod"), approximate=g.get("approximate", False))
            for g in data["gold"]]


def create_seed_review(library: Library, title: str = SEED_TITLE) -> int:
    text = SEED_TEXT.read_text(encoding="utf-8")
    return library.create_review(title=title, reviewer="tester", text=text, extractions=seed_extractions(),
                                 publisher="Gulf News", published="2018-02-15")


@pytest.fixture
def library_path(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Path | str:
    """The test's library: a file in tmp_path, or (a module with ``BACKENDS = ("sqlite", "postgresql")``) the
    URL of a database of its own on the test server."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_library_url")
    return tmp_path / "library.sqlite3"


@pytest.fixture
def settings_path(tmp_path: Path) -> str:
    return str(tmp_path / "settings.ini")


@pytest.fixture
def settings(qapp, settings_path: str, library_path: Path):  # type: ignore[no-untyped-def]
    from workbench.gui.settings import Settings

    s = Settings(settings_path)
    s.set("reviewer", "tester")
    s.set("library_path", str(library_path))
    s.sync()
    return s


@pytest.fixture
def seed_review_id(library_path: Path) -> int:
    """A library holding the seed under review (claims made from the hand labels, no extractor needed)."""
    with Library.open(library_path) as library:
        return create_seed_review(library)


def _belongs_to(widget, window) -> bool:  # type: ignore[no-untyped-def]
    """``widget`` is ``window`` or one of its dialogs."""
    while widget is not None:
        if widget is window:
            return True
        widget = widget.parentWidget()
    return False


@pytest.fixture
def make_window(qtbot, settings, library_path):  # type: ignore[no-untyped-def]
    """Open a window on the test's library and settings; closes every window it made at the end."""

    from workbench.gui.app import application, create_window
    from workbench.gui.settings import Settings

    application()
    made = []

    def make(file: str | None = None, fresh_settings: bool = False):  # type: ignore[no-untyped-def]
        window = create_window(library_path=str(library_path), file=file,
                               settings=Settings(settings.file_name) if fresh_settings else settings)
        made.append(show_window(qtbot, window))
        return window

    yield make
    close_windows(made)


def show_window(qtbot, window):  # type: ignore[no-untyped-def]
    """Show ``window``, wait until it is the active one (not one left by an earlier test) and return it."""
    from PySide6.QtWidgets import QApplication

    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: _belongs_to(QApplication.activeWindow(), window))
    return window


def close_windows(windows) -> None:  # type: ignore[no-untyped-def]
    """Close every window and its library (a test's windows, at its end)."""
    for window in windows:
        if window.isVisible():
            window.close()
        if window.library is not None:
            window.library.close()
            window.library = None


@pytest.fixture
def window(make_window, seed_review_id, settings) -> Iterator:  # type: ignore[no-untyped-def]
    """A window showing the seed review."""
    settings.set("last_review", seed_review_id)
    return make_window()
