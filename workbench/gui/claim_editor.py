"""The panel for the selected claim: kind, value, qualifier, verdict, sources and note.

It only shows and asks: every change is emitted as a request that the review page turns into an undoable
command.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.formatting import format_value, parse_value, value_to_text
from workbench.core.model import CLAIM_KINDS, STATUSES, Claim
from workbench.gui.claims_model import claim_value_text
from workbench.gui.theme import KIND_LABELS, STATUS_LOOKS, kind_icon, palette, status_icon

NOTE_COMMIT_DELAY_MS = 700


class NoteEdit(QPlainTextEdit):
    """A note field that reports when it loses focus, so the note is stored before the editor moves on."""

    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class ClaimEditor(QWidget):
    status_requested = Signal(int, str)
    fields_requested = Signal(int, dict)
    """Kind, value or qualifier changes: ``{"value": ..., "kind": ...}``."""
    note_requested = Signal(int, str)
    add_source_requested = Signal(int)
    remove_source_requested = Signal(int, int)
    done_editing = Signal()
    """Enter or Escape in a field: the keyboard goes back to the claim list."""
    remember_title_requested = Signal(object)
    """A person's title confirmed: keep it in the library's office-holder records (the claim)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimEditor")
        self._claim: Claim | None = None
        self._loading = False

        self.heading = QLabel()
        self.heading.setObjectName("claimHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.context = QLabel()
        self.context.setObjectName("claimContext")
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in CLAIM_KINDS:
            self.kind.addItem(kind_icon(kind), KIND_LABELS[kind], kind)
        self.kind.setToolTip("What kind of claim this is")
        self.kind.activated.connect(self._kind_chosen)

        self.value = QLineEdit()
        self.value.setObjectName("value")
        self.value.setToolTip("The value the claim states, e.g. 2018-02-15, US$88 billion, 1,350, 3 years")
        self.value.textEdited.connect(self._preview_value)
        self.value.editingFinished.connect(self._value_finished)
        self.value_preview = QLabel()
        self.value_preview.setObjectName("valuePreview")
        self.value_preview.setWordWrap(True)
        self.value_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.article_says = QLabel()
        self.article_says.setObjectName("articleSays")
        self.article_says.setWordWrap(True)
        self.article_says.setTextFormat(Qt.TextFormat.PlainText)
        self.article_says.hide()
        self.revision_note = QLabel()
        self.revision_note.setObjectName("revisionNote")
        self.revision_note.setWordWrap(True)
        self.revision_note.setTextFormat(Qt.TextFormat.PlainText)
        self.revision_note.hide()
        self.related = QLabel()
        self.related.setObjectName("muted")
        self.related.setWordWrap(True)
        self.related.setTextFormat(Qt.TextFormat.PlainText)
        self.related.hide()
        self.related_for: Any = None
        self.remember_title = QPushButton("Remember This Title…")
        self.remember_title.setObjectName("rememberTitle")
        self.remember_title.setToolTip("Keep who held this office when, so later reviews are checked against it")
        self.remember_title.clicked.connect(lambda: self._claim and self.remember_title_requested.emit(self._claim))
        self.remember_title.hide()
        """Set by the review page: ``claim -> list of lines`` (a person's mentions and quotes)."""

        self.correction = QLineEdit()
        self.correction.setObjectName("correction")
        self.correction.setPlaceholderText("What the story should say, e.g. “US$90 billion” or “3,600 troops”")
        self.correction.setToolTip("The correct figure or wording; the report prints it beside the disputed claim")
        self.correction.editingFinished.connect(self._correction_finished)

        self.qualifier = QLineEdit()
        self.qualifier.setObjectName("qualifier")
        self.qualifier.setPlaceholderText("e.g. “according to officials”, “estimate”")
        self.qualifier.setToolTip("Words that qualify the claim")
        self.qualifier.editingFinished.connect(self._qualifier_finished)

        self.status_buttons: dict[str, QToolButton] = {}
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        status_row = QHBoxLayout()
        status_row.setSpacing(4)
        for status in ("verified", "disputed", "unchecked"):
            button = QToolButton()
            button.setObjectName(f"status_{status}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIcon(status_icon(status))
            button.setText(STATUS_LOOKS[status].label)
            button.clicked.connect(lambda _checked=False, s=status: self._status_clicked(s))
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            status_row.addWidget(button)
        status_row.addStretch(1)
        self.marked_by = QLabel()
        self.marked_by.setObjectName("markedBy")

        self.sources = QListWidget()
        self.sources.setObjectName("sources")
        self.sources.setAlternatingRowColors(True)
        self.sources.setWordWrap(True)
        self.sources.setUniformItemSizes(False)
        self.sources.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.sources.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.sources.setToolTip("Sources backing this verdict")
        self.add_source_button = QPushButton("Add Source…")
        self.add_source_button.setObjectName("addSource")
        self.add_source_button.clicked.connect(self._add_source_clicked)
        self.remove_source_button = QPushButton("Remove")
        self.remove_source_button.setObjectName("removeSource")
        self.remove_source_button.setToolTip("Remove the selected source from this claim")
        self.remove_source_button.clicked.connect(self._remove_source_clicked)
        self.sources.currentRowChanged.connect(lambda row: self.remove_source_button.setEnabled(row >= 0))
        source_buttons = QHBoxLayout()
        source_buttons.addWidget(self.add_source_button)
        source_buttons.addWidget(self.remove_source_button)
        source_buttons.addStretch(1)

        self.note = NoteEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText("What you checked, whom you asked, what is wrong…")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_COMMIT_DELAY_MS)
        self._note_timer.timeout.connect(self.commit_note)
        self.note.textChanged.connect(self._note_typed)
        self.note.focus_left.connect(self.commit_note)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(8)

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text)
            widget.setBuddy(buddy)
            return widget

        form.addRow(label("&Kind:", self.kind), self.kind)
        value_box = QVBoxLayout()
        value_box.setSpacing(2)
        value_box.addWidget(self.value)
        value_box.addWidget(self.value_preview)
        value_box.addWidget(self.article_says)
        form.addRow(label("&Value:", self.value), value_box)
        form.addRow(label("&Qualifier:", self.qualifier), self.qualifier)
        status_box = QVBoxLayout()
        status_box.setSpacing(2)
        status_box.addLayout(status_row)
        status_box.addWidget(self.marked_by)
        form.addRow("Verdict:", status_box)
        sources_box = QVBoxLayout()
        sources_box.setSpacing(4)
        sources_box.addWidget(self.sources)
        sources_box.addLayout(source_buttons)
        self.correction_label = label("Co&rrect figure:", self.correction)
        form.addRow(self.correction_label, self.correction)
        form.addRow(label("&Note:", self.note), self.note)  # before the sources: reachable without scrolling
        form.addRow(label("Sources:", self.sources), sources_box)

        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.context)
        body_layout.addWidget(self.revision_note)
        body_layout.addWidget(self.related)
        body_layout.addWidget(self.remember_title, 0, Qt.AlignmentFlag.AlignLeft)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body_layout.addWidget(line)
        body_layout.addLayout(form, 1)

        self.placeholder = QLabel("Select a claim in the list or in the article to check it.")
        self.placeholder.setObjectName("editorPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.placeholder, 1)
        for field in (self.value, self.qualifier, self.correction, self.note):
            field.installEventFilter(self)
        self.set_claim(None)

    # -------------------------------------------------------------- showing

    def claim(self) -> Claim | None:
        return self._claim

    def set_claim(self, claim: Claim | None) -> None:
        """Show ``claim`` (or the empty state). A pending note edit for the previous claim is stored first."""
        if self._claim is not None and (claim is None or claim.id != self._claim.id):
            self.commit_note()
        previous = self._claim
        same = claim is not None and previous is not None and claim.id == previous.id
        self._claim = claim
        self.body.setVisible(claim is not None)
        self.placeholder.setVisible(claim is None)
        if claim is None:
            return
        self._loading = True
        try:
            self.heading.setText(
                f"<span style='font-size:large; font-weight:600'>“{html.escape(claim.text)}”</span>"
                f"&nbsp;&nbsp;<span style='color:{palette().muted}'>{html.escape(KIND_LABELS.get(claim.kind, claim.kind))}"
                f"{' · added by hand' if claim.origin == 'manual' else ''}</span>")
            self.context.setText(self._context_html(claim))
            self.kind.setCurrentIndex(max(0, self.kind.findData(claim.kind)))
            # A field being typed in keeps its text, unless the stored value changed under it (undo, redo).
            value_changed = not same or previous is None or (previous.kind, previous.value) != (claim.kind, claim.value)
            if not (same and self.value.hasFocus()) or value_changed:
                self.value.setText(value_to_text(claim.kind, claim.value, unit=claim.unit))
            self._show_value_ok(claim_value_text(claim))
            if not (same and self.qualifier.hasFocus()) or (previous is not None and previous.qualifier != claim.qualifier):
                self.qualifier.setText(claim.qualifier)
            self._show_article_says(claim)
            self._show_revision(claim)
            lines = self.related_for(claim) if self.related_for is not None else []
            self.related.setText("\n".join(lines))
            self.related.setVisible(bool(lines))
            titled = claim.kind == "person" and isinstance(claim.value, dict) and bool(claim.value.get("title"))
            self.remember_title.setVisible(titled and claim.refers_to is None)
            disputed = claim.status == "disputed" or bool(claim.correction)
            self.correction.setVisible(disputed)
            self.correction_label.setVisible(disputed)
            if not (same and self.correction.hasFocus()) or (previous is not None and previous.correction != claim.correction):
                self.correction.setText(claim.correction)
            for status, button in self.status_buttons.items():
                button.setChecked(status == claim.status)
            self.marked_by.setText(
                f"{STATUS_LOOKS[claim.status].label} by {claim.marked_by}, {claim.marked_at[:10]}"
                if claim.marked_by and claim.status != "unchecked" else "")
            self.marked_by.setVisible(bool(self.marked_by.text()))
            self.sources.clear()
            for source in claim.sources:
                details = " · ".join(x for x in (source.title, source.publisher,
                                                 f"accessed {source.accessed}" if source.accessed else "") if x)
                item = QListWidgetItem(source.citation + (f"\n{details}" if details else ""))
                item.setData(Qt.ItemDataRole.UserRole, source.id)
                item.setToolTip(source.excerpt or source.citation)
                self.sources.addItem(item)
            self.remove_source_button.setEnabled(False)
            note_changed = previous is not None and previous.note != claim.note
            if (not (same and self.note.hasFocus()) or note_changed) and self.note.toPlainText() != claim.note:
                self._note_timer.stop()
                self.note.setPlainText(claim.note)
        finally:
            self._loading = False

    @staticmethod
    def _context_html(claim: Claim) -> str:
        context = claim.context or claim.text
        index = context.find(claim.text)
        if index < 0:
            return html.escape(context)
        before, after = context[:index], context[index + len(claim.text):]
        return f"{html.escape(before)}<b style='color:{palette().text}'>{html.escape(claim.text)}</b>{html.escape(after)}"

    def _show_article_says(self, claim: Claim) -> None:
        """A corrected value keeps in sight what the article itself says."""
        if claim.value_edited and claim.origin == "auto":
            extracted = format_value(claim.kind, claim.original_value, unit=claim.unit, mod=claim.mod,
                                     approximate=claim.approximate) if claim.original_value is not None else ""
            found = f" (read as {extracted})" if extracted else ""
            self.article_says.setText(f"Corrected. The article says “{claim.text}”{found}.")
            self.article_says.show()
        else:
            self.article_says.hide()

    def _show_revision(self, claim: Claim) -> None:
        """What a revision did to the claim: the old verdict of a changed one, both sentences of an edited one."""
        previous = claim.previous or {}
        text = ""
        if claim.revision == "changed" and previous:
            was = format_value(previous.get("kind", claim.kind), previous.get("value"), unit=claim.unit)
            sources = previous.get("sources") or []
            verdict = previous.get("status", "unchecked")
            by = f" by {previous['marked_by']}" if previous.get("marked_by") else ""
            text = (f"Changed since the last version: was “{previous.get('text', '')}” ({was}), {verdict}{by}"
                    + (f" with {', '.join(sources)}" if sources else "") + ". Check it again.")
        elif claim.revision == "edited" and previous:
            text = (f"Sentence edited (the claim is the same, its verdict carried). Was: “{previous.get('sentence', '')}”"
                    f"\nNow: “{previous.get('new_sentence', '')}”")
        elif claim.revision == "new":
            text = "New in this version: not checked before."
        self.revision_note.setText(text)
        self.revision_note.setVisible(bool(text))

    def _show_value_ok(self, text: str) -> None:
        self.value_preview.setText(f"= {text}")
        self._mark_invalid(False)

    def _show_value_error(self, message: str) -> None:
        self.value_preview.setText(message)
        self._mark_invalid(True)

    def _mark_invalid(self, invalid: bool) -> None:
        for widget in (self.value, self.value_preview):
            if widget.property("invalid") != invalid:
                widget.setProperty("invalid", invalid)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    # -------------------------------------------------------------- requests

    def _parsed_value(self, kind: str) -> tuple[bool, Any]:
        try:
            return True, parse_value(kind, self.value.text())
        except ValueError as exc:
            return False, str(exc)

    def _preview_value(self) -> None:
        if self._claim is None:
            return
        kind = self.kind.currentData()
        ok, value = self._parsed_value(kind)
        if ok:
            self._show_value_ok(format_value(kind, value, unit=self._claim.unit, mod=self._claim.mod,
                                             approximate=self._claim.approximate))
        else:
            self._show_value_error(value)

    def _value_finished(self) -> None:
        if self._claim is None or self._loading:
            return
        ok, value = self._parsed_value(self._claim.kind)
        if ok and value != self._claim.value:
            self.fields_requested.emit(self._claim.id, {"value": value})

    def _kind_chosen(self) -> None:
        if self._claim is None or self._loading:
            return
        kind = self.kind.currentData()
        if kind == self._claim.kind:
            return
        ok, value = self._parsed_value(kind)
        self.fields_requested.emit(self._claim.id, {"kind": kind, "value": value if ok else None})

    def _qualifier_finished(self) -> None:
        if self._claim is None or self._loading:
            return
        if self.qualifier.text().strip() != self._claim.qualifier:
            self.fields_requested.emit(self._claim.id, {"qualifier": self.qualifier.text().strip()})

    def _correction_finished(self) -> None:
        if self._claim is None or self._loading:
            return
        if self.correction.text().strip() != self._claim.correction:
            self.fields_requested.emit(self._claim.id, {"correction": self.correction.text().strip()})

    # -------------------------------------------------------------- the keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter stores a field and Escape puts it back; both return the keyboard to the claim list, so the
        next V or J is a command again, never a letter typed into the field."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Escape:
                self.revert_field(watched)
                self.done_editing.emit()
                return True
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and (watched is not self.note or mods & Qt.KeyboardModifier.ControlModifier):
                if watched is self.note:
                    self.commit_note()
                else:
                    watched.editingFinished.emit()  # type: ignore[attr-defined]
                self.done_editing.emit()
                return True
        return super().eventFilter(watched, event)

    def revert_field(self, field: QObject) -> None:
        """Put the stored value back in ``field`` (what Escape does)."""
        claim = self._claim
        if claim is None:
            return
        self._loading = True
        try:
            if field is self.value:
                self.value.setText(value_to_text(claim.kind, claim.value, unit=claim.unit))
                self._show_value_ok(claim_value_text(claim))
            elif field is self.qualifier:
                self.qualifier.setText(claim.qualifier)
            elif field is self.correction:
                self.correction.setText(claim.correction)
            elif field is self.note:
                self._note_timer.stop()
                self.note.setPlainText(claim.note)
        finally:
            self._loading = False

    def holds_focus(self) -> bool:
        """Whether a field of the editor has the keyboard."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        return focus is not None and (focus is self or self.isAncestorOf(focus))

    def _status_clicked(self, status: str) -> None:
        if self._claim is not None and status != self._claim.status:
            self.status_requested.emit(self._claim.id, status)

    def _note_typed(self) -> None:
        if not self._loading and self._claim is not None:
            self._note_timer.start()

    def commit_note(self) -> None:
        """Store the note now if it differs from the claim's (also called before moving to another claim)."""
        self._note_timer.stop()
        if self._claim is None or self._loading:
            return
        text = self.note.toPlainText()
        if text != self._claim.note:
            self.note_requested.emit(self._claim.id, text)

    def _remove_source_clicked(self) -> None:
        item = self.sources.currentItem()
        if item is not None and self._claim is not None:
            self.remove_source_requested.emit(self._claim.id, int(item.data(Qt.ItemDataRole.UserRole)))

    def _add_source_clicked(self) -> None:
        if self._claim is not None:
            self.add_source_requested.emit(self._claim.id)

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        cursor = self.note.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.note.setTextCursor(cursor)

    def bind_status_actions(self, actions: dict[str, QAction]) -> None:
        """Show the shortcut of each verdict action in its button's tooltip."""
        for status in STATUSES:
            action = actions.get(status)
            if action is not None:
                self.status_buttons[status].setToolTip(
                    f"{action.toolTip()} ({action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)})")
