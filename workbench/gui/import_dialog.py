"""Dialogs for bringing an article in: confirm its details before extraction, or paste its text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.date_field import DateField  # noqa: E402


class ArticleDetailsDialog(QDialog):
    """Title, publication date, publisher and URL. Relative dates ("last month") resolve against the date."""

    def __init__(self, *, title: str, published: str | None, publisher: str, url: str, preview: str = "",
                 confirm_text: str = "Find Claims", parent: QWidget | None = None,
                 window_title: str = "Article Details", found_from: dict[str, str] | None = None,
                 warnings: list[str] | None = None, republication: bool = False,
                 republish_on: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleDetailsDialog")
        self.setWindowTitle(window_title)
        layout = QVBoxLayout(self)
        intro = QLabel("Check the article's details. The publication date is used to work out dates such as "
                       "“last month” or “on Thursday”.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title = QLineEdit(title)
        self.title.setObjectName("title")
        try:
            date = dt.date.fromisoformat(published) if published else None
        except ValueError:
            date = None
        self.published = DateField(date or dt.date.today())
        self.published.setObjectName("published")
        self.date_unknown = QCheckBox("Not known")
        self.date_unknown.setObjectName("dateUnknown")
        self.date_unknown.setToolTip("Relative dates stay unresolved until a date is set")
        self.date_unknown.toggled.connect(lambda unknown: self.published.setEnabled(not unknown))
        self.date_unknown.toggled.connect(lambda _unknown: self._validate())
        self.published.changed.connect(self._validate)
        if date is None:
            self.date_unknown.setChecked(True)
        date_row = QHBoxLayout()
        date_row.addWidget(self.published, 1)
        date_row.addWidget(self.date_unknown)
        self.publisher = QLineEdit(publisher)
        self.publisher.setObjectName("publisher")
        self.url = QLineEdit(url)
        self.url.setObjectName("url")
        self.url.setPlaceholderText("https://…")
        found_from = found_from or {}
        self.origins: dict[str, QLabel] = {}

        def with_origin(field: str, widget: QWidget | QHBoxLayout) -> QWidget:
            """The field, and under it where its value came from ("from the file's properties")."""
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            if isinstance(widget, QHBoxLayout):
                column.addLayout(widget)
            else:
                column.addWidget(widget)
            origin = QLabel(found_from.get(field, "").capitalize() if found_from.get(field) else "")
            origin.setObjectName("muted")
            origin.setTextFormat(Qt.TextFormat.PlainText)
            origin.setVisible(bool(found_from.get(field)))
            column.addWidget(origin)
            self.origins[field] = origin
            return box

        form.addRow("&Title:", with_origin("title", self.title))
        date_label = QLabel("Publication &date:")
        date_label.setBuddy(self.published)
        form.addRow(date_label, with_origin("published", date_row))
        form.addRow("&Publisher:", with_origin("publisher", self.publisher))
        form.addRow("&URL:", with_origin("url", self.url))
        self.republish: DateField | None = None
        if republication:
            try:
                again = dt.date.fromisoformat(republish_on) if republish_on else None
            except ValueError:
                again = None
            self.republish = DateField(again, allow_empty=True)
            self.republish.setObjectName("republishOn")
            self.republish.edit.setPlaceholderText("today")
            self.republish.changed.connect(self._validate)
            label = QLabel("&Republication date:")
            label.setBuddy(self.republish)
            form.addRow(label, self.republish)
            form.addRow("", _hint("Dated wording (“last month”, “now”) is read against this day; empty means "
                                  "today."))
        layout.addLayout(form)
        for text in warnings or []:
            warning = QLabel(f"⚠ {text}")
            warning.setObjectName("importWarning")
            warning.setWordWrap(True)
            warning.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(warning)
        if preview:
            shown = preview.strip()[:600]
            label = QLabel(shown + ("…" if len(preview.strip()) > 600 else ""))
            label.setObjectName("articlePreview")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMaximumHeight(140)
            layout.addWidget(label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(confirm_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._validate)
        layout.addWidget(self.buttons)
        self._validate()
        self.resize(560, self.sizeHint().height())

    def _validate(self) -> None:
        if not hasattr(self, "buttons"):
            return
        date_ok = (self.date_unknown.isChecked() or self.published.is_valid()) and \
            (self.republish is None or self.republish.is_valid())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title.text().strip()) and date_ok)

    def details(self) -> dict[str, str | None]:
        return {
            "title": self.title.text().strip(),
            "published": None if self.date_unknown.isChecked() or self.published.date() is None
            else self.published.date().isoformat(),
            "publisher": self.publisher.text().strip(),
            "origin": self.url.text().strip(),
            "republish_on": (day.isoformat() if self.republish is not None and (day := self.republish.date())
                             else None),
        }


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class PasteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("pasteDialog")
        self.setWindowTitle("Paste Article")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Paste the article's text. Its first line becomes the title; you can change it next."))
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("pastedText")
        self.text.setPlaceholderText("Paste the article here (Ctrl+V)")
        layout.addWidget(self.text, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Continue")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(
            lambda: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text.toPlainText().strip())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
        layout.addWidget(self.buttons)
        self.resize(640, 480)
