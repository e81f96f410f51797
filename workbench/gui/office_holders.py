"""The library's office-holder records in the window: remember a title an editor confirmed, and look
through, change or remove the records (Edit ▸ Office Holders…)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.model import OfficeHolder
from workbench.core.store import Library
from workbench.gui.date_field import DateField


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


class OfficeHolderDialog(QDialog):
    """One record: name, office, from, to, source."""

    saved = Signal(object)
    error_raised = Signal(object)

    def __init__(self, library: Library, record: OfficeHolder, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeHolderDialog")
        self.setWindowTitle("Office Holder")
        self.library, self.record, self.actor = library, record, actor
        self.name = QLineEdit(record.name)
        self.title = QLineEdit(record.title)
        self.held_from = DateField(_date(record.held_from), allow_empty=True)
        self.held_to = DateField(_date(record.held_to), allow_empty=True)
        self.held_to.edit.setPlaceholderText("still held, or not known")
        self.source = QLineEdit(record.source)
        self.source.setPlaceholderText("Where the dates come from: an official biography, a gazette …")
        intro = QLabel("Workbench checks every later review that names this person with this title against "
                       "these dates.")
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("&Office:", self.title)
        form.addRow("Held &from:", self.held_from)
        form.addRow("Held &to:", self.held_to)
        form.addRow("&Source:", self.source)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def save(self) -> OfficeHolder | None:
        if not (self.held_from.is_valid() and self.held_to.is_valid()):
            return None
        held_from, held_to = self.held_from.date(), self.held_to.date()
        record = OfficeHolder(self.record.id, self.name.text().strip(), self.title.text().strip(),
                              held_from.isoformat() if held_from else None, held_to.isoformat() if held_to else None,
                              self.source.text().strip(), version=self.record.version)
        try:
            stored = self.library.save_office_holder(record, actor=self.actor)
        except WorkbenchError as exc:
            self.error_raised.emit(exc)
            return None
        self.saved.emit(stored)
        self.accept()
        return stored


class OfficeHoldersDialog(QDialog):
    """Every record, with Add, Edit and Remove."""

    changed = Signal()
    error_raised = Signal(object)

    def __init__(self, library: Library, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officeHoldersDialog")
        self.setWindowTitle("Office Holders")
        self.library, self.actor = library, actor
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("officeHolders")
        self.table.setHorizontalHeaderLabels(["Name", "Office", "From", "To", "Source"])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        add, edit, remove = QPushButton("Add…"), QPushButton("Edit…"), QPushButton("Remove")
        add.clicked.connect(lambda: self.edit(OfficeHolder(None, "", "")))
        edit.clicked.connect(lambda: self.edit())
        remove.clicked.connect(self.remove)
        row = QHBoxLayout()
        for button in (add, edit, remove):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(760, 420)
        self.records: list[OfficeHolder] = []
        self.refresh()

    def refresh(self) -> None:
        try:
            self.records = self.library.office_holders()
        except WorkbenchError as exc:
            self.error_raised.emit(exc)
            return
        self.table.setRowCount(len(self.records))
        for r, record in enumerate(self.records):
            for c, text in enumerate((record.name, record.title, record.held_from or "", record.held_to or "",
                                      record.source)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def selected(self) -> OfficeHolder | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def edit(self, record: OfficeHolder | None = None) -> OfficeHolderDialog | None:
        record = record or self.selected()
        if record is None:
            return None
        dialog = OfficeHolderDialog(self.library, record, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _r: (self.refresh(), self.changed.emit()))
        dialog.error_raised.connect(self.error_raised)
        dialog.open()
        return dialog

    def remove(self) -> None:
        record = self.selected()
        if record is None or record.id is None:
            return
        try:
            self.library.delete_office_holder(record.id, actor=self.actor)
        except WorkbenchError as exc:
            self.error_raised.emit(exc)
            return
        self.refresh()
        self.changed.emit()
