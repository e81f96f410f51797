"""Who is working on which review right now (a library on a server).

:class:`PresenceWatcher` tells the library which review this window shows (``Library.set_presence``) and
asks every few seconds who else is where (``Library.presence``), announcing it through
:attr:`PresenceWatcher.changed`. On SQLite there are no other editors to show: it stays quiet.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.core.errors import LibraryConnectionLostError, WorkbenchError
from workbench.core.store import Library

log = logging.getLogger(__name__)

PRESENCE_MS = 3000
"""How often a window on a server library asks who is working on which review."""


class PresenceWatcher(QObject):
    changed = Signal(object)
    """Review id -> names of the other editors who have it open now."""
    connection_lost = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.editor = ""
        self.review_id: int | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(PRESENCE_MS)
        self.timer.timeout.connect(self.refresh)

    @property
    def shared(self) -> bool:
        return self.library is not None and self.library.backend != "sqlite"

    def watch(self, library: Library | None, editor: str) -> None:
        self.library = library
        self.editor = editor
        self.review_id = None
        if self.shared:
            self.timer.start()
        else:
            self.timer.stop()
        self.changed.emit({})

    def pause(self) -> None:
        """The server is away: stop asking until :meth:`resume`."""
        self.timer.stop()

    def resume(self) -> None:
        """Back on line: say again where this window is (a new connection knows nothing) and ask at once."""
        if self.shared:
            self.timer.start()
            self.tell(self.review_id)
            self.refresh()

    def tell(self, review_id: int | None) -> None:
        """This window now shows ``review_id`` (``None``: no review)."""
        self.review_id = review_id
        if not self.shared or self.library is None:
            return
        try:
            self.library.set_presence(review_id, self.editor)
        except LibraryConnectionLostError as exc:
            self.connection_lost.emit(exc)
        except WorkbenchError as exc:
            log.warning("cannot tell the library which review is open: %s", exc)

    def refresh(self) -> None:
        if not self.shared or self.library is None or not self.timer.isActive():
            return
        try:
            presence = self.library.presence()
        except LibraryConnectionLostError as exc:
            self.connection_lost.emit(exc)
            return
        except WorkbenchError as exc:
            log.warning("cannot read who is working on the library: %s", exc)
            return
        self.changed.emit(presence)
