"""Background work: run a function in the thread pool, get the result back on the main thread.

The window never calls anything slow on the main thread. ``TaskRunner.run(fn, on_done=...)`` runs ``fn``
in a worker; ``on_done(result)`` or ``on_error(exc)`` is then called on the main thread, where widgets
may be touched.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _TaskSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the main thread
            self._signals.failed.emit(exc, traceback.format_exc())
        else:
            self._signals.succeeded.emit(result)


class Task(QObject):
    """One piece of background work; ``finished`` fires on the main thread after the callback ran."""

    finished = Signal()

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.done = False


class TaskRunner(QObject):
    """Runs tasks in a private thread pool and reports whether any is under way."""

    busy_changed = Signal(bool, str)
    """(busy, label of the newest running task)."""
    task_failed = Signal(object, str)
    """(exception, traceback) for tasks started without their own ``on_error``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running: list[Task] = []

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(self, fn: Callable[[], Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, label: str = "Working…") -> Task:
        task = Task(label, self)
        signals = _TaskSignals()
        signals.setParent(task)

        def finish() -> None:
            task.done = True
            self._running.remove(task)
            self.busy_changed.emit(self.busy, self._running[-1].label if self._running else "")
            task.finished.emit()
            task.deleteLater()

        def succeeded(result: Any) -> None:
            try:
                if on_done is not None:
                    on_done(result)
            finally:
                finish()

        def failed(exc: BaseException, trace: str) -> None:
            try:
                if not isinstance(exc, Exception):
                    log.error("background task %r stopped: %s", label, trace)
                if on_error is not None:
                    on_error(exc)
                else:
                    self.task_failed.emit(exc, trace)
            finally:
                finish()

        signals.succeeded.connect(succeeded)
        signals.failed.connect(failed)
        self._running.append(task)
        self.busy_changed.emit(True, label)
        self._pool.start(_Runnable(fn, signals))
        return task

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until the workers are idle (used when the window closes)."""
        return self._pool.waitForDone(msecs)
