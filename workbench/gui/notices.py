"""A notice in the status bar with a way back: "Deleted claim 7 “$88 billion” — Undo".

Deleting a claim or moving a review to the trash asks nothing; this notice offers the undo instead, for
long enough to read it (and Ctrl+Z still works after it has gone).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

NOTICE_MS = 12000


class UndoNotice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoNotice")
        self.label = QLabel()
        self.label.setObjectName("undoNoticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton("Undo")
        self.button.setObjectName("undoNoticeButton")
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays where the editor works
        self.button.clicked.connect(self._undo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(QLabel("—"))
        layout.addWidget(self.button)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTICE_MS)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_notice(self, text: str, undo: Callable[[], None]) -> None:
        self.label.setText(text)
        self._undo = undo
        self.show()
        self._timer.start()

    def text(self) -> str:
        return f"{self.label.text()} — Undo" if self.isVisible() else ""

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.hide()

    def _undo_clicked(self) -> None:
        undo, self._undo = self._undo, None
        self.dismiss()
        if undo is not None:
            undo()
