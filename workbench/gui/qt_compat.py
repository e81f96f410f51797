"""Work-arounds for defects in the Qt bindings, each detected before it is applied.

PySide6 6.12 on Python 3.11 drops one reference to ``None`` every time a Python override called from C++
returns ``None`` (every ``paintEvent``, ``resizeEvent``, ``QUndoCommand.redo`` and every ``data()`` with
nothing to say), and one reference to ``True`` every time ``QTimer.timeout`` calls a Python slot. These
singletons are not immortal before Python 3.12, so after some thousands of such calls a count reaches
zero and the interpreter aborts ("none_dealloc", "bool_dealloc"). :func:`protect_none` probes for the
defect and, only if it is present, raises the reference counts of ``None``, ``True`` and ``False`` far
beyond anything a session can use up, which is what Python 3.12 does for every build.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QAbstractListModel, QIdentityProxyModel, QModelIndex, QPersistentModelIndex

log = logging.getLogger(__name__)

_NONE_HEADROOM = 1 << 40
_protected = False


class _Probe(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> None:
        return None


def none_refcount_leaks() -> bool:
    """True when the installed bindings lose a reference to ``None`` per override call."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal
    probe = _Probe()
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(probe)
    index = proxy.index(0, 0)
    calls = 64
    before = sys.getrefcount(None)
    for _ in range(calls):
        index.data()
    return sys.getrefcount(None) <= before - calls // 2


def protect_none() -> bool:
    """Apply the ``None`` work-around if the defect is present; return whether it was needed."""
    global _protected
    if _protected:
        return True
    if not none_refcount_leaks():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _NONE_HEADROOM
    _protected = True
    log.info("PySide6 drops references to None and True on this Python; work-around applied")
    return True
