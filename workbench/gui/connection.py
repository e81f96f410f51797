"""Keeping the window on a library server that goes away (a restart, a network cut).

When a call raises :class:`LibraryConnectionLostError`, :meth:`ConnectionKeeper.connection_lost` is
told (with the edit that did not get through, if any). The window says so and turns edits off; a timer
retries :meth:`Library.reconnect` with a growing pause (never blocking the window); when the server
answers, the held edits are sent again in the order they were made. Every write is conditional on the
version the editor saw, so sending one again can never overwrite another editor's change: at worst it
meets a conflict, which is shown like any other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.errors import LibraryConnectionLostError, WorkbenchError
from workbench.core.store import Library

log = logging.getLogger(__name__)

FIRST_RETRY_MS = 250
MAX_RETRY_MS = 5000
RECONNECTING = "Reconnecting to the library server…"


class ConnectionKeeper(QObject):
    went_away = Signal()
    """The server is gone: edits go off until :attr:`came_back`."""
    came_back = Signal()
    """Connected again (the feed and presence must be set up again; held edits are then sent)."""
    message = Signal(str, int)
    """Words for the status bar, and how long to show them (0: until replaced)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.down = False
        self.attempts = 0
        self._delay = FIRST_RETRY_MS
        self._held: list[Callable[[], None]] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.try_again)

    @property
    def held(self) -> int:
        """How many edits are waiting for the server."""
        return len(self._held)

    def watch(self, library: Library | None) -> None:
        self.library = library
        self.timer.stop()
        self.down = False
        self._held = []

    def connection_lost(self, _exc: BaseException | None = None, retry: Callable[[], None] | None = None) -> None:
        """A call failed because the server went away; ``retry`` (an edit) is sent again once it is back."""
        if retry is not None:
            self._held.append(retry)
        if self.down:
            self._say_waiting()
            return
        if self.library is None:
            return
        self.down = True
        self.attempts = 0
        self._delay = FIRST_RETRY_MS
        log.warning("lost the connection to the library server %s", self.library.location)
        self.went_away.emit()
        self._say_waiting()
        self.timer.start(self._delay)

    def _say_waiting(self) -> None:
        waiting = f" ({self.held} edit{'s' if self.held != 1 else ''} waiting to be sent)" if self._held else ""
        self.message.emit(RECONNECTING + waiting, 0)

    def try_again(self) -> bool:
        """One attempt; on failure the next one is scheduled a little later (at most every 5 s)."""
        library = self.library
        if library is None or not self.down:
            return False
        self.attempts += 1
        try:
            library.reconnect()
        except WorkbenchError as exc:
            if not isinstance(exc, LibraryConnectionLostError):
                log.warning("reconnecting to the library server: %s", exc)
            self._delay = min(self._delay * 2, MAX_RETRY_MS)
            self.timer.start(self._delay)
            return False
        self.down = False
        log.warning("reconnected to the library server %s after %d attempts", library.location, self.attempts)
        self.came_back.emit()
        held, self._held = self._held, []
        for retry in held:
            retry()  # one that fails again comes back through connection_lost and waits for the next time
            if self.down:
                self._held.extend(held[held.index(retry) + 1:])
                return False
        sent = f"; {len(held)} held edit{'s' if len(held) != 1 else ''} sent" if held else ""
        self.message.emit(f"Reconnected to the library server{sent}", 10000)
        return True
