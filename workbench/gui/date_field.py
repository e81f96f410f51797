"""A date typed as people write it, with a calendar for the mouse.

Unlike QDateEdit, Tab never lands inside a day/month/year section: the date is one text field (Tab
moves on to the next field), read by :func:`workbench.core.formatting.parse_day`; a date it cannot read
is marked and explained under the field, never silently changed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from workbench.core.formatting import format_iso_date, parse_day


class DateField(QWidget):
    changed = Signal()

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None, *,
                 allow_empty: bool = False) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("e.g. 15 Feb 2018")
        self.edit.textChanged.connect(self._check)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip("Pick the date on a calendar")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the date to the next field
        self.calendar_button.clicked.connect(self._show_calendar)
        self.error = QLabel()
        self.error.setObjectName("dateError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.set_date(value)

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(format_iso_date(value.isoformat()) if value else "")

    def date(self) -> dt.date | None:
        """The day typed; ``None`` when the field is empty or cannot be read (see :meth:`is_valid`)."""
        try:
            return parse_day(self.edit.text()) if self.edit.text().strip() else None
        except ValueError:
            return None

    def is_valid(self) -> bool:
        text = self.edit.text().strip()
        if not text:
            return self.allow_empty
        try:
            parse_day(text)
        except ValueError:
            return False
        return True

    def _check(self) -> None:
        text = self.edit.text().strip()
        message = ""
        if text:
            try:
                parse_day(text)
            except ValueError as exc:
                message = str(exc)
        elif not self.allow_empty:
            message = "a date is needed here"
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if self.edit.property("invalid") != bool(message):
            self.edit.setProperty("invalid", bool(message))
            self.edit.style().unpolish(self.edit)
            self.edit.style().polish(self.edit)
        self.changed.emit()

    def _show_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        current = self.date()
        if current:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(day: QDate) -> None:
            self.set_date(dt.date(day.year(), day.month(), day.day()))
            menu.close()

        calendar.clicked.connect(picked)
        menu.popup(self.calendar_button.mapToGlobal(self.calendar_button.rect().bottomLeft()))
