"""Noticing other writers: the window follows changes that other programs (the CLI, a script, another
window) commit to its library, within about a second.

SQLite's ``PRAGMA data_version`` changes only when another connection commits, so the timer costs one
cheap query a second while nothing happens; when it moves, the open review takes in the events since it
last looked (:meth:`ReviewSession.take_outside_changes`) and the lists are refreshed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.errors import WorkbenchError
from workbench.core.store import Library

log = logging.getLogger(__name__)

POLL_MS = 1000


class LibraryWatcher(QObject):
    changed_elsewhere = Signal()
    """Another program committed to the library."""
    replaced = Signal()
    """The path now names another file (the library was swapped under this window)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._version: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)

    def watch(self, library: Library | None) -> None:
        self._library = library
        self._version = None
        if library is None:
            self.timer.stop()
            return
        try:
            self._version = library.data_version()
        except WorkbenchError as exc:
            log.warning("cannot watch the library: %s", exc)
        self.timer.start()

    def check(self) -> bool:
        """Look once; True when another program changed the library since the last look."""
        library = self._library
        if library is None or library.closed:
            return False
        if library.file_replaced():
            self.replaced.emit()
            return True
        try:
            version = library.data_version()
        except WorkbenchError as exc:
            log.warning("cannot watch the library: %s", exc)
            return False
        if version == self._version:
            return False
        self._version = version
        self.changed_elsewhere.emit()
        return True
