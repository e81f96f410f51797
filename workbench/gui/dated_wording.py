"""The Dated wording list: the republication lens's findings, with the editor's decision on each.

Keyboard-first like the claims: J/K walk the list, Y accepts the rewrite (edited first if need be),
X dismisses it with a reason, T marks the wording still true, O opens a decided finding again. Every
decision is an undoable command, stored at once (see :mod:`workbench.gui.commands`).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
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

from workbench.core.lens import Finding, lens_classes
from workbench.core.model import LensDecision
from workbench.gui.theme import palette

AnyIndex = QModelIndex | QPersistentModelIndex
FindingRole = Qt.ItemDataRole.UserRole + 11

DECISION_LABELS = {None: "Open", "accepted": "Rewritten", "dismissed": "Dismissed", "still_true": "Still true"}


def class_label(name: str) -> str:
    return next((c.label for c in lens_classes() if c.name == name), name.replace("_", " ").capitalize())


def class_colour(name: str) -> str:
    return next((c.colour for c in lens_classes() if c.name == name), "#8E44AD")


class FindingsModel(QAbstractTableModel):
    """One row per finding, in text order, with the decision taken on it."""

    COLUMNS = ("#", "Kind", "Words", "Reads as", "Suggestion", "Decision")
    NUMBER, CLASS, WORDS, READS, SUGGESTION, DECISION = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._decisions: dict[tuple[int, int, str], LensDecision] = {}

    def set_findings(self, findings: list[Finding], decisions: dict[tuple[int, int, str], LensDecision]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self._decisions = dict(decisions)
        self.endResetModel()

    def set_decision(self, key: tuple[int, int, str], decision: LensDecision | None) -> None:
        if decision is None:
            self._decisions.pop(key, None)
        else:
            self._decisions[key] = decision
        for row, finding in enumerate(self._findings):
            if finding.key == key:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def finding_at(self, row: int) -> Finding:
        return self._findings[row]

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def decision_for(self, finding: Finding) -> LensDecision | None:
        return self._decisions.get(finding.key)

    def row_of(self, key: tuple[int, int, str]) -> int:
        return next((row for row, f in enumerate(self._findings) if f.key == key), -1)

    def open_count(self) -> int:
        return sum(1 for f in self._findings if f.key not in self._decisions)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._findings)

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
        if not index.isValid() or not (0 <= index.row() < len(self._findings)):
            return None
        finding = self._findings[index.row()]
        decision = self._decisions.get(finding.key)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(index.row() + 1)
            if column == self.CLASS:
                return class_label(finding.cls)
            if column == self.WORDS:
                return finding.text.replace("\n", " ") + ("  (in a quote)" if finding.in_quote else "")
            if column == self.READS:
                return finding.reads_as
            if column == self.SUGGESTION:
                if decision is not None and decision.decision == "accepted":
                    return decision.rewrite
                return finding.suggestion or ""
            if column == self.DECISION:
                return DECISION_LABELS.get(decision.decision if decision else None, "Open")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CLASS:
            return QColor(palette().text)
        if role == Qt.ItemDataRole.DecorationRole and column == self.CLASS:
            return QColor(class_colour(finding.cls))
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.explanation
        if role == FindingRole:
            return finding
        return None


class FindingEditor(QWidget):
    """The selected finding: what it meant, the suggested rewrite (editable), and the three decisions."""

    decide_requested = Signal(object, str, str, str)
    """(finding, decision, rewrite, reason)."""
    reopen_requested = Signal(object)
    done_editing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingEditor")
        self._finding: Finding | None = None
        self._decision: LensDecision | None = None
        self.heading = QLabel()
        self.heading.setObjectName("findingHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setObjectName("muted")
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.rewrite = QLineEdit()
        self.rewrite.setObjectName("rewrite")
        self.rewrite.setToolTip("The words that replace the finding in the republication copy (edit before accepting)")
        self.rewrite.returnPressed.connect(lambda: self._decide("accepted"))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText("Why it stays as it is, e.g. “the date is in the dateline”")
        self.reason.returnPressed.connect(lambda: self._decide("dismissed"))
        self.accept_button = QPushButton("Accept Rewrite")
        self.accept_button.setObjectName("acceptRewrite")
        self.accept_button.clicked.connect(lambda: self._decide("accepted"))
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.setObjectName("dismissFinding")
        self.dismiss_button.clicked.connect(lambda: self._decide("dismissed"))
        self.still_true_button = QPushButton("Still True")
        self.still_true_button.setObjectName("stillTrue")
        self.still_true_button.clicked.connect(lambda: self._decide("still_true"))
        self.reopen_button = QPushButton("Open Again")
        self.reopen_button.setObjectName("reopenFinding")
        self.reopen_button.clicked.connect(lambda: self._finding and self.reopen_requested.emit(self._finding))
        self.decided = QLabel()
        self.decided.setObjectName("muted")
        self.decided.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.dismiss_button, self.still_true_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow("&Rewrite:", self.rewrite)
        form.addRow("Re&ason:", self.reason)
        self.placeholder = QLabel("Select a finding to decide what the story should say now.")
        self.placeholder.setObjectName("editorPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.explanation)
        body.addLayout(form)
        body.addLayout(buttons)
        body.addWidget(self.decided)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.placeholder, 1)
        self.set_finding(None, None)

    def finding(self) -> Finding | None:
        return self._finding

    def set_finding(self, finding: Finding | None, decision: LensDecision | None) -> None:
        self._finding, self._decision = finding, decision
        self.body.setVisible(finding is not None)
        self.placeholder.setVisible(finding is None)
        if finding is None:
            return
        colours = palette()
        label = html.escape(class_label(finding.cls))
        quote = " · in a quote: its words stay" if finding.in_quote else ""
        self.heading.setText(f"<span style='font-size:large; font-weight:600'>“{html.escape(finding.text)}”</span>"
                             f"&nbsp;&nbsp;<span style='color:{colours.muted}'>{label}{html.escape(quote)}</span>")
        self.explanation.setText(finding.explanation)
        if decision is not None and decision.decision == "accepted":
            self.rewrite.setText(decision.rewrite)
        else:
            self.rewrite.setText(finding.suggestion or "")
        self.rewrite.setEnabled(finding.substitutes)
        self.rewrite.setPlaceholderText("" if finding.substitutes else "Nothing to substitute: a note for the editor")
        self.accept_button.setEnabled(finding.substitutes and bool(finding.suggestion or self.rewrite.text()))
        self.reason.setText(decision.reason if decision is not None else "")
        self.reopen_button.setEnabled(decision is not None)
        if decision is not None:
            self.decided.setText(f"{DECISION_LABELS[decision.decision]} by {decision.decided_by}, "
                                 f"{decision.decided_at[:10]}")
        else:
            self.decided.setText("Not decided yet")

    def _decide(self, decision: str) -> None:
        finding = self._finding
        if finding is None:
            return
        if decision == "accepted" and not finding.substitutes:
            return
        rewrite = self.rewrite.text().strip() if decision == "accepted" else ""
        if decision == "accepted" and not rewrite:
            return
        self.decide_requested.emit(finding, decision, rewrite, self.reason.text().strip())
        self.done_editing.emit()


class DatedWordingPanel(QWidget):
    """The list of findings above, the selected one's editor below."""

    current_finding_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("datedWording")
        self.model = FindingsModel(self)
        self.table = QTableView()
        self.table.setObjectName("findingsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setAccessibleName("Dated wording")
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FindingsModel.SUGGESTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((FindingsModel.NUMBER, 36), (FindingsModel.CLASS, 130), (FindingsModel.WORDS, 150),
                              (FindingsModel.READS, 150), (FindingsModel.DECISION, 96)):
            self.table.setColumnWidth(column, width)
        self.editor = FindingEditor()
        self.empty = QLabel("No dated wording: nothing in this story reads differently on the republication date.")
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
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.editor.done_editing.connect(lambda: self.table.setFocus())

    def set_findings(self, findings: list[Finding], decisions: dict[tuple[int, int, str], LensDecision]) -> None:
        current = self.current_finding()
        self.model.set_findings(findings, decisions)
        self.empty.setVisible(not findings)
        self.table.setVisible(bool(findings))
        row = self.model.row_of(current.key) if current is not None else -1
        if row < 0 and findings:
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:
            self.editor.set_finding(None, None)

    def current_finding(self) -> Finding | None:
        index = self.table.currentIndex()
        return self.model.finding_at(index.row()) if index.isValid() else None

    def select_key(self, key: tuple[int, int, str]) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.scrollTo(self.model.index(row, 0))

    def move(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        index = self.table.currentIndex()
        row = max(0, min(rows - 1, (index.row() + step) if index.isValid() else 0))
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.setFocus()

    def next_open(self) -> bool:
        """Go to the next finding still open (wrapping round); False when none is left."""
        rows = self.model.rowCount()
        start = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        for offset in range(1, rows + 1):
            row = (start + offset) % rows
            if self.model.decision_for(self.model.finding_at(row)) is None:
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def decision_changed(self, key: tuple[int, int, str], decision: LensDecision | None) -> None:
        self.model.set_decision(key, decision)
        current = self.current_finding()
        if current is not None and current.key == key:
            self.editor.set_finding(current, decision)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = self.model.finding_at(current.row()) if current.isValid() else None
        self.editor.set_finding(finding, self.model.decision_for(finding) if finding else None)
        self.current_finding_changed.emit(finding)
