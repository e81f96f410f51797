"""Noticing other writers: the window follows changes that other programs (the CLI, a script, another
window, another editor on the same server) commit to its library, within about a second.

- On SQLite, ``PRAGMA data_version`` changes only when another connection commits, so the timer costs one
  cheap query a second while nothing happens.
- On PostgreSQL, the library's change feed (a LISTEN connection) is watched with a :class:`QSocketNotifier`:
  a NOTIFY wakes the window at once, and a slow poll of the event log stays as a fallback.

When something moved, the open review takes in the events since it last looked
(:meth:`ReviewSession.take_outside_changes`) and the lists are refreshed. A lost server connection is
reported through :attr:`LibraryWatcher.connection_lost`, never as an error box.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from workbench.core.errors import LibraryConnectionLostError, WorkbenchError
from workbench.core.store import Library

log = logging.getLogger(__name__)

POLL_MS = 1000
"""SQLite: how often ``data_version`` is read."""
FALLBACK_POLL_MS = 5000
"""PostgreSQL: how often the event log is read in case a notification was missed."""
COALESCE_MS = 30
"""Notifications arriving together (one action, several rows) are taken in as one change."""


class LibraryWatcher(QObject):
    changed_elsewhere = Signal()
    """Another program committed to the library."""
    replaced = Signal()
    """The path now names another file (the library was swapped under this window)."""
    announced = Signal(object)
    """PostgreSQL: the notifications just received ({"id", "review_id", "claim_id", "actor", "action"})."""
    connection_lost = Signal(object)
    """The library server went away (the :class:`LibraryConnectionLostError`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library: Library | None = None
        self._version: int | None = None
        self._feed: Any = None
        self._notifier: QSocketNotifier | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(COALESCE_MS)
        self._soon.timeout.connect(self._announce_change)
        self._pending: list[dict[str, Any]] = []

    @property
    def live(self) -> bool:
        """Whether changes arrive as notifications (PostgreSQL) rather than by polling."""
        return self._notifier is not None

    def watch(self, library: Library | None) -> None:
        self._stop_feed()
        self._library = library
        self._version = None
        if library is None:
            self.timer.stop()
            return
        try:
            if library.backend != "sqlite":
                self._start_feed(library)
            self._version = self._look(library)
        except LibraryConnectionLostError as exc:
            self.timer.stop()
            self.connection_lost.emit(exc)
            return
        except WorkbenchError as exc:
            log.warning("cannot watch the library: %s", exc)
        self.timer.setInterval(FALLBACK_POLL_MS if self.live else POLL_MS)
        self.timer.start()

    def stop(self) -> None:
        """Stop looking (while the server is away); :meth:`watch` starts again."""
        self.timer.stop()
        self._stop_feed()

    def _start_feed(self, library: Library) -> None:
        feed = library.change_feed()
        fd = feed.fileno()
        self._feed = feed
        if fd is None:
            return
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._feed_ready)

    def _stop_feed(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._feed is not None:
            try:
                self._feed.close()
            except Exception as exc:  # noqa: BLE001 - a feed on a dead connection may fail to close
                log.info("closing the change feed: %s", exc)
            self._feed = None
        self._soon.stop()
        self._pending = []

    def _look(self, library: Library) -> int:
        """What changes when another program commits: ``data_version`` on SQLite, the newest event otherwise."""
        return library.data_version() if library.backend == "sqlite" else library.last_event_id()

    def _feed_ready(self, *_args: object) -> None:
        feed = self._feed
        if feed is None:
            return
        try:
            payloads = feed.drain()
        except LibraryConnectionLostError as exc:
            self.stop()
            self.connection_lost.emit(exc)
            return
        except WorkbenchError as exc:
            log.warning("cannot read the change feed: %s", exc)
            return
        if payloads:
            self._pending.extend(payloads)
            if not self._soon.isActive():
                self._soon.start()

    def _announce_change(self) -> None:
        payloads, self._pending = self._pending, []
        library = self._library
        if library is not None and not library.closed:
            try:
                self._version = self._look(library)
            except LibraryConnectionLostError as exc:
                self.stop()
                self.connection_lost.emit(exc)
                return
            except WorkbenchError:
                pass
        self.announced.emit(payloads)
        self.changed_elsewhere.emit()

    def check(self) -> bool:
        """Look once; True when another program changed the library since the last look."""
        library = self._library
        if library is None or library.closed:
            return False
        if library.backend == "sqlite" and library.file_replaced():
            self.replaced.emit()
            return True
        if self.live:
            self._feed_ready()
        try:
            version = self._look(library)
        except LibraryConnectionLostError as exc:
            self.stop()
            self.connection_lost.emit(exc)
            return False
        except WorkbenchError as exc:
            log.warning("cannot watch the library: %s", exc)
            return False
        if version == self._version:
            return False
        self._version = version
        self.changed_elsewhere.emit()
        return True
