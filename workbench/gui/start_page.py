"""What the window shows when no review is open: recent reviews and the ways to bring in an article."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.formatting import format_timestamp, progress_text
from workbench.core.model import Review
from workbench.gui.theme import status_icon

RECENT_COUNT = 8


class StartPage(QWidget):
    open_requested = Signal(int)

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel("Workbench")
        title.setObjectName("startTitle")
        subtitle = QLabel("Check every date, sum and figure in a story before it is republished.")
        subtitle.setObjectName("startSubtitle")
        subtitle.setWordWrap(True)

        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for action_id, label in (("open_article", "Open Article…"), ("paste_article", "Paste Article…"),
                                 ("open_sample", "Open the Sample Article"), ("show_library", "Library")):
            action = actions[action_id]
            button = QPushButton(label)
            button.setObjectName(f"start_{action_id}")
            button.setToolTip(action.toolTip())
            button.setMinimumHeight(36)
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            action.enabledChanged.connect(button.setEnabled)  # e.g. off while the library is read-only
            buttons.addWidget(button)
            self.buttons[action_id] = button
        hint = QLabel("You can also drop an article file on this window.")
        hint.setObjectName("startHint")
        hint.setWordWrap(True)
        buttons.addSpacing(8)
        buttons.addWidget(hint)
        buttons.addStretch(1)

        recent_title = QLabel("Recent reviews")
        recent_title.setObjectName("sectionTitle")
        self.recent = QListWidget()
        self.recent.setObjectName("recentReviews")
        self.recent.setFrameShape(QFrame.Shape.NoFrame)
        self.recent.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent.itemActivated.connect(self._activated)
        self.recent.itemClicked.connect(self._activated)
        self.no_recent = QLabel("No reviews yet. Open an article, paste one, or try the sample article.")
        self.no_recent.setObjectName("noRecent")
        self.no_recent.setWordWrap(True)
        recent_box = QVBoxLayout()
        recent_box.setSpacing(6)
        recent_box.addWidget(recent_title)
        recent_box.addWidget(self.recent)
        recent_box.addWidget(self.no_recent)
        recent_box.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(40)
        left = QWidget()
        left.setLayout(buttons)
        left.setFixedWidth(260)
        buttons.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(left)
        columns.addLayout(recent_box, 1)

        card = QFrame()
        card.setObjectName("startCard")
        card.setMaximumWidth(980)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(40, 48, 40, 36)
        card_layout.setSpacing(8)
        card_layout.addWidget(title)
        card_layout.addWidget(subtitle)
        card_layout.addSpacing(28)
        card_layout.addLayout(columns)
        card_layout.addStretch(1)

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 6)
        outer.addStretch(1)

    def set_recent(self, reviews: list[Review], *, trashed: int = 0) -> None:
        """The latest reviews; with none left outside the trash, say what the trash holds."""
        self.recent.clear()
        for review in reviews[:RECENT_COUNT]:
            progress = progress_text(review.total, review.checked, review.disputed)
            item = QListWidgetItem(f"{review.title}\n{progress} · edited {format_timestamp(review.updated)}")
            item.setData(Qt.ItemDataRole.UserRole, review.id)
            item.setToolTip(html.escape(review.title))
            icon = "disputed" if review.disputed else ("verified" if review.ready and review.total else "unchecked")
            item.setIcon(status_icon(icon))
            self.recent.addItem(item)
        rows = sum(self.recent.sizeHintForRow(r) for r in range(self.recent.count()))
        self.recent.setFixedHeight(rows + 2 * self.recent.frameWidth() + 4)
        self.recent.setVisible(bool(reviews))
        if trashed:
            noun = "review" if trashed == 1 else "reviews"
            self.no_recent.setText(f"{trashed} {noun} in the Trash (File ▸ Library ▸ Trash to restore). Open an "
                                   "article, paste one, or try the sample article.")
        else:
            self.no_recent.setText("No reviews yet. Open an article, paste one, or try the sample article.")
        self.no_recent.setVisible(not reviews)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
