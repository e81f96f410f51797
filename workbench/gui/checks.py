"""The Checks list: the consistency checks' findings (the story's arithmetic and calendar against itself),
with the editor's decision on each.

Keyboard-first like the dated wording: J/K (or Up/Down) walk the list and highlight the claims of the
check together in the article, Enter brings them into view again, X dismisses the check with a reason
(asked in a small dialog), D marks every claim of the check disputed with the arithmetic as note, O
opens a decided check again. Every decision is an undoable command, stored at once
(see :mod:`workbench.gui.commands`). Everything is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.checks import rules
from workbench.core.model import CheckDecision, Claim
from workbench.core.services import CheckRow
from workbench.gui.session import CheckKey
from workbench.gui.theme import KIND_LABELS, palette, status_icon

AnyIndex = QModelIndex | QPersistentModelIndex
CheckRole = Qt.ItemDataRole.UserRole + 21

DECISION_LABELS = {None: "Open", "dismissed": "Dismissed", "disputed": "Disputed"}


def rule_label(name: str) -> str:
    """The rule's name as an editor reads it ("Weekday and date"), from the rule registry."""
    return next((r.label for r in rules() if r.name == name), name.replace("_", " ").capitalize())


def rule_description(name: str) -> str:
    return next((r.description for r in rules() if r.name == name), "")


def quoted_spans(text: str, row: CheckRow) -> str:
    """The words of the check's claims as the article has them: “30” · “12” · “20 adults”."""
    parts = []
    for start, end in row.finding.spans:
        words = " ".join(text[start:end].split())
        parts.append(f"“{words if len(words) <= 60 else words[:59] + '…'}”")
    return " · ".join(parts)


def marked_claims_text(row: CheckRow, claims: Mapping[int, Claim]) -> str:
    """What D marks disputed, by number: "#3 “30”, #4 “12”, #2 quote “Of the 30 injured, 12…”"."""
    parts = []
    for claim_id in row.claim_ids:
        claim = claims.get(claim_id)
        if claim is None:
            continue
        words = " ".join(claim.text.split())
        words = words if len(words) <= 32 else words[:31].rstrip() + "…"
        kind = f"{KIND_LABELS.get(claim.kind, claim.kind).lower()} " if claim.kind == "quote" else ""
        parts.append(f"#{claim.number or claim.id} {kind}“{words}”")
    return ", ".join(parts)


def dismissed_icon(size: int = 16) -> QIcon:
    """A muted struck-through circle: the check was looked at and left as it is."""
    return _dismissed_icon(palette().muted, size)


@cache
def _dismissed_icon(muted: str, size: int) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(muted)
    painter.setPen(QPen(colour, size / 10))
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.drawLine(4, size // 2, size - 4, size // 2)
    painter.end()
    return QIcon(pixmap)


def decided_text(decision: CheckDecision | None) -> str:
    if decision is None:
        return "Not decided yet"
    when = decision.decided_at[:10]
    who = f" by {decision.decided_by}" if decision.decided_by else ""
    why = f": {decision.reason}" if decision.reason else ""
    return f"{DECISION_LABELS.get(decision.decision, decision.decision)}{who}, {when}{why}"


class ChecksModel(QAbstractTableModel):
    """One row per check, in text order, with the decision taken on it."""

    COLUMNS = ("#", "Check", "What the figures say", "Decision")
    NUMBER, RULE, MESSAGE, DECISION = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CheckRow] = []
        self._decisions: dict[CheckKey, CheckDecision] = {}

    def set_checks(self, rows: list[CheckRow], decisions: dict[CheckKey, CheckDecision]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._decisions = dict(decisions)
        self.endResetModel()

    def set_decision(self, key: CheckKey, decision: CheckDecision | None) -> None:
        if decision is None:
            self._decisions.pop(key, None)
        else:
            self._decisions[key] = decision
        row = self.row_of(key)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def check_at(self, row: int) -> CheckRow:
        return self._rows[row]

    def checks(self) -> list[CheckRow]:
        return list(self._rows)

    def decision_for(self, row: CheckRow) -> CheckDecision | None:
        return self._decisions.get(row.finding.key)

    def row_of(self, key: CheckKey) -> int:
        return next((n for n, r in enumerate(self._rows) if r.finding.key == key), -1)

    def open_count(self) -> int:
        return sum(1 for r in self._rows if r.finding.key not in self._decisions)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return self.COLUMNS[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        decision = self._decisions.get(row.finding.key)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(index.row() + 1)
            if column == self.RULE:
                return rule_label(row.finding.rule)
            if column == self.MESSAGE:
                return row.finding.message.replace("\n", " ")
            if column == self.DECISION:
                return DECISION_LABELS.get(decision.decision if decision else None, "Open")
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.DECISION:
            if decision is None:
                return status_icon("unchecked")
            return status_icon("disputed") if decision.decision == "disputed" else dismissed_icon()
        if role == Qt.ItemDataRole.FontRole and column == self.DECISION and decision is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.finding.message, rule_description(row.finding.rule)]
            if decision is not None:
                lines.append(decided_text(decision))
            return "\n".join(x for x in lines if x)
        if role == CheckRole:
            return row
        return None


class CheckDetails(QWidget):
    """The selected check: its rule, the arithmetic in words, the claims involved and the decisions."""

    dismiss_requested = Signal(object)
    dispute_requested = Signal(object)
    reopen_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDetails")
        self._row: CheckRow | None = None
        self._decision: CheckDecision | None = None
        self._text = ""
        self._claims: Mapping[int, Claim] = {}
        self._read_only = False
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.message = QLabel()
        self.message.setObjectName("checkMessage")
        self.claims = QLabel()
        self.claims.setObjectName("muted")
        self.expected = QLabel()
        self.expected.setObjectName("muted")
        self.marks = QLabel()
        self.marks.setObjectName("muted")
        self.decided = QLabel()
        self.decided.setObjectName("checkDecided")
        for label in (self.heading, self.message, self.claims, self.expected, self.marks, self.decided):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.message.setFont(font)
        self.dismiss_button = QPushButton("Dismiss…")
        self.dismiss_button.setObjectName("dismissCheck")
        self.dismiss_button.setToolTip("Leave the story as it is, with a reason (X)")
        self.dismiss_button.clicked.connect(lambda: self._row and self.dismiss_requested.emit(self._row))
        self.dispute_button = QPushButton("Dispute the Claims")
        self.dispute_button.setObjectName("disputeCheck")
        self.dispute_button.setToolTip("Mark every claim of this check disputed, the arithmetic as note (D)")
        self.dispute_button.clicked.connect(lambda: self._row and self.dispute_requested.emit(self._row))
        self.reopen_button = QPushButton("Open Again")
        self.reopen_button.setObjectName("reopenCheck")
        self.reopen_button.setToolTip("Take the decision back (O)")
        self.reopen_button.clicked.connect(lambda: self._row and self.reopen_requested.emit(self._row))
        for button in (self.dismiss_button, self.dispute_button, self.reopen_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard on the list
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 4, 0, 0)
        for button in (self.dismiss_button, self.dispute_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.placeholder = QLabel("Select a check to see its claims in the article.")
        self.placeholder.setObjectName("editorPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        for label in (self.heading, self.message, self.claims, self.expected):
            body.addWidget(label)
        body.addLayout(buttons)
        body.addWidget(self.marks)
        body.addWidget(self.decided)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.placeholder, 1)
        self.set_check(None, None, "", {})

    def check(self) -> CheckRow | None:
        return self._row

    def set_read_only(self, read_only: bool) -> None:
        """A library open read-only: the checks can be read, not decided."""
        self._read_only = read_only
        self.set_check(self._row, self._decision, self._text, self._claims)

    def set_check(self, row: CheckRow | None, decision: CheckDecision | None, text: str,
                  claims: Mapping[int, Claim]) -> None:
        self._row, self._decision, self._text, self._claims = row, decision, text, claims
        self.body.setVisible(row is not None)
        self.placeholder.setVisible(row is None)
        if row is None:
            return
        finding = row.finding
        self.heading.setText(rule_label(finding.rule))
        self.message.setText(finding.message)
        self.claims.setText(f"In the article: {quoted_spans(text, row)}")
        self.expected.setText(f"Consistent would be: {finding.expected}  ·  The text says: {finding.found}")
        marked = marked_claims_text(row, claims)
        self.marks.setText(f"Dispute marks these claims disputed: {marked}" if marked else "No stored claim to dispute: dismiss the check, "
                           "or add its figures as claims")
        self.decided.setText(decided_text(decision))
        self.dismiss_button.setEnabled(not self._read_only)
        self.dispute_button.setEnabled(bool(row.claim_ids) and not self._read_only)
        self.reopen_button.setEnabled(decision is not None and not self._read_only)


class ChecksPanel(QWidget):
    """The list of checks above, the selected one's details below."""

    current_check_changed = Signal(object)
    """The check now selected (a :class:`CheckRow`, or None)."""
    check_activated = Signal(object)
    """Enter (or a double click) on a check: bring its claims into view again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consistencyChecks")
        self._text = ""
        self._claims: Mapping[int, Claim] = {}
        self.model = ChecksModel(self)
        self.table = QTableView()
        self.table.setObjectName("checksTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setAccessibleName("Consistency checks")
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChecksModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ChecksModel.NUMBER, 36), (ChecksModel.RULE, 170), (ChecksModel.DECISION, 110)):
            self.table.setColumnWidth(column, width)
        self.details = CheckDetails()
        self.empty = QLabel("No inconsistencies: the story's figures, dates and weekdays agree with each other.")
        self.empty.setObjectName("emptyClaims")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._activated)

    def set_checks(self, rows: list[CheckRow], decisions: dict[CheckKey, CheckDecision], text: str,
                   claims: Mapping[int, Claim]) -> None:
        """Show ``rows`` (the same check stays selected if it is still there); ``claims`` name what a
        dispute marks."""
        current = self.current_check()
        self._text = text
        self._claims = claims
        self.model.set_checks(rows, decisions)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        row = self.model.row_of(current.finding.key) if current is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self._row_changed(self.table.currentIndex(), QModelIndex())  # the same row: its details may differ
        else:
            self.details.set_check(None, None, text, claims)
            self.current_check_changed.emit(None)

    def current_check(self) -> CheckRow | None:
        index = self.table.currentIndex()
        return self.model.check_at(index.row()) if index.isValid() else None

    def select_key(self, key: CheckKey) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))

    def select_claim(self, claim_id: int) -> bool:
        """Go to the first check that involves ``claim_id`` (a click on it in the article); False if none."""
        for row in range(self.model.rowCount()):
            if claim_id in self.model.check_at(row).claim_ids:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        index = self.table.currentIndex()
        row = max(0, min(rows - 1, (index.row() + step) if index.isValid() else 0))
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.setFocus()

    def next_open(self) -> bool:
        """Go to the next check still open (wrapping round); False when none is left."""
        rows = self.model.rowCount()
        start = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        for offset in range(1, rows + 1):
            row = (start + offset) % rows
            if self.model.decision_for(self.model.check_at(row)) is None:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def decision_changed(self, key: CheckKey, decision: CheckDecision | None) -> None:
        self.model.set_decision(key, decision)
        current = self.current_check()
        if current is not None and current.finding.key == key:
            self.details.set_check(current, decision, self._text, self._claims)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.check_at(current.row()) if current.isValid() else None
        self.details.set_check(row, self.model.decision_for(row) if row else None, self._text, self._claims)
        self.current_check_changed.emit(row)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.check_activated.emit(self.model.check_at(index.row()))


class DismissCheckDialog(QDialog):
    """Why the check is dismissed: a reason is required. Enter dismisses, Escape cancels."""

    def __init__(self, row: CheckRow, previous_reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dismissCheckDialog")
        self.setWindowTitle("Dismiss Check")
        self.row = row
        rule = QLabel(rule_label(row.finding.rule))
        rule.setTextFormat(Qt.TextFormat.PlainText)
        bold = rule.font()
        bold.setBold(True)
        rule.setFont(bold)
        intro = QLabel(row.finding.message)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        prompt = QLabel("Why does the story stay as it is?")
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QLineEdit(previous_reason)
        self.reason.setObjectName("dismissReason")
        self.reason.setPlaceholderText("e.g. “the total includes 2 unidentified”")
        self.reason.setMinimumWidth(420)
        prompt.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Dismiss")
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda _text: ok.setEnabled(bool(self.reason_text())))
        ok.setEnabled(bool(self.reason_text()))
        layout = QVBoxLayout(self)
        layout.addWidget(rule)
        layout.addWidget(intro)
        layout.addWidget(prompt)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.setFocus()
        self.reason.selectAll()

    def reason_text(self) -> str:
        return " ".join(self.reason.text().split())

    def accept(self) -> None:
        if self.reason_text():  # Enter on an empty reason does nothing: a dismissal needs one
            super().accept()


def ask_dismiss_reason(parent: QWidget, row: CheckRow, on_reason: Callable[[str], None], *,
                       previous_reason: str = "", on_close: Callable[[], None] | None = None) -> DismissCheckDialog:
    """Open the dialog (window-modal, not blocking); ``on_reason`` gets the reason if the editor dismisses."""
    dialog = DismissCheckDialog(row, previous_reason, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_reason(dialog.reason_text()))
    if on_close is not None:
        dialog.finished.connect(lambda _result: on_close())
    dialog.open()
    return dialog
