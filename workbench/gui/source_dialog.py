"""Adding a source to a claim: URL or citation, title, publisher, date accessed, excerpt.

Sources used before anywhere in the library are offered as completions; picking one fills its details.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import Source
from workbench.gui.date_field import DateField


class SourceDialog(QDialog):
    def __init__(self, known_sources: list[Source], parent: QWidget | None = None,
                 claim_label: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.setWindowTitle("Add Source")
        self._known = {s.citation: s for s in known_sources}
        layout = QVBoxLayout(self)
        if claim_label:
            intro = QLabel(f"Source for {claim_label}")
            intro.setWordWrap(True)
            layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.citation = QLineEdit()
        self.citation.setObjectName("citation")
        self.citation.setPlaceholderText("https://… or “Interview with the ministry, 3 May”")
        self.citation.setClearButtonEnabled(True)
        completer = QCompleter(QStringListModel(list(self._known), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._fill_from_known)
        self.citation.setCompleter(completer)
        self.title = QLineEdit()
        self.title.setObjectName("sourceTitle")
        self.publisher = QLineEdit()
        self.publisher.setObjectName("sourcePublisher")
        self.accessed = DateField(dt.date.today(), allow_empty=True)
        self.accessed.setObjectName("accessed")
        self.accessed.edit.setToolTip("When you consulted the source, e.g. 9 Sep 2024 (empty if not known)")
        self.excerpt = QPlainTextEdit()
        self.excerpt.setObjectName("excerpt")
        self.excerpt.setPlaceholderText("The passage that backs (or contradicts) the claim")
        self.excerpt.setTabChangesFocus(True)
        self.excerpt.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        form.addRow("&URL or citation:", self.citation)
        form.addRow("&Title:", self.title)
        form.addRow("&Publisher:", self.publisher)
        form.addRow("&Accessed:", self.accessed)
        form.addRow("&Excerpt:", self.excerpt)
        layout.addLayout(form)
        QWidget.setTabOrder(self.citation, self.title)
        QWidget.setTabOrder(self.title, self.publisher)
        QWidget.setTabOrder(self.publisher, self.accessed.edit)
        QWidget.setTabOrder(self.accessed.edit, self.excerpt)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add Source")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.citation.textChanged.connect(self._validate)
        self.accessed.changed.connect(self._validate)
        self._validate()
        self.resize(520, self.sizeHint().height())

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.citation.text().strip()) and self.accessed.is_valid())

    def _fill_from_known(self, citation: str) -> None:
        known = self._known.get(citation)
        if known is None:
            return
        self.title.setText(known.title)
        self.publisher.setText(known.publisher)
        self.excerpt.setPlainText(known.excerpt)

    def source(self) -> Source:
        """The source as entered (an existing one with the same citation is reused by the library)."""
        return Source(
            id=None,
            citation=self.citation.text().strip(),
            title=self.title.text().strip(),
            publisher=self.publisher.text().strip(),
            accessed=day.isoformat() if (day := self.accessed.date()) else "",
            excerpt=self.excerpt.toPlainText().strip(),
        )


def ask_for_source(parent: QWidget, known: list[Source], on_source: Callable[[Source], None],
                   claim_label: str = "") -> SourceDialog:
    """Open the dialog (window-modal, not blocking) and call ``on_source`` if the editor adds one."""
    dialog = SourceDialog(known, parent, claim_label)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_source(dialog.source()))
    dialog.open()
    return dialog
