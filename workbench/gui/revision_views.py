"""Looking at earlier versions: View ▸ What Changed (the two versions' differences, word by word, with the
claims on each side; J/K walk the changes) and View ▸ Version ▸ N (an earlier version, read-only)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core.model import Article, Claim
from workbench.core.revisions import Change, word_diff
from workbench.gui.article_view import ArticleView
from workbench.gui.theme import palette


def _claims_in(claims: list[Claim], start: int, end: int) -> list[Claim]:
    return [c for c in claims if c.start < max(end, start + 1) and c.end > start]


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:58].rsplit(" ", 1)[0] + "…"


def change_summary(change: Change, old_claims: list[Claim], new_claims: list[Claim]) -> str:
    """One line for the list: the change and the claims on each side."""
    was, now = " ".join(change.old_text.split()), " ".join(change.new_text.split())
    short = _short
    line = {"insert": f"Added “{short(now)}”", "delete": f"Cut “{short(was)}”"}.get(
        change.kind, f"“{short(was)}” → “{short(now)}”")
    before = _claims_in(old_claims, change.old_start, change.old_end)
    after = _claims_in(new_claims, change.new_start, change.new_end)
    parts = []
    if before:
        parts.append("was: " + ", ".join(f"#{c.number} {c.text} ({c.status})" for c in before[:4]))
    if after:
        parts.append("now: " + ", ".join(f"#{c.number} {c.text} ({c.revision or 'new'})" for c in after[:4]))
    return line + (("\n" + "; ".join(parts)) if parts else "")


class WhatChangedDialog(QDialog):
    """The newer text with what was added, cut and reworded marked; J and K walk the changes."""

    def __init__(self, old: Article, new: Article, old_claims: list[Claim], new_claims: list[Claim],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatChangedDialog")
        self.setWindowTitle(f"What Changed: version {old.version} → {new.version}")
        self.changes = word_diff(old.text, new.text)
        self.text = QTextBrowser()
        self.text.setObjectName("changedText")
        self.text.setOpenLinks(False)
        self.text.setHtml(self._html(old.text, new.text))
        self.list = QListWidget()
        self.list.setObjectName("changesList")
        self.list.setWordWrap(True)
        for n, change in enumerate(self.changes):
            item = QListWidgetItem(change_summary(change, old_claims, new_claims))
            item.setData(Qt.ItemDataRole.UserRole, n)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self.go_to)
        count = QLabel(f"{len(self.changes)} change{'s' if len(self.changes) != 1 else ''} (J / K to walk them)"
                       if self.changes else "The two versions have the same words.")
        count.setObjectName("muted")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.text)
        split.addWidget(self.list)
        split.setSizes([640, 360])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(count)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(1100, 700)
        if self.changes:
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _html(self, old_text: str, new_text: str) -> str:
        colours = palette()
        parts, last = [], 0
        for n, change in enumerate(self.changes):
            parts.append(html.escape(new_text[last:change.new_start]))
            anchor = f"<a name='c{n}'></a>"
            if change.old_text.strip():
                parts.append(f"{anchor}<s style='color:{colours.error}'>{html.escape(change.old_text)}</s>")
                anchor = ""
            if change.new_text:
                parts.append(f"{anchor}<span style='background:{colours.status_background['verified']};"
                             f" color:{colours.text}'><b>{html.escape(change.new_text)}</b></span>")
            last = change.new_end
        parts.append(html.escape(new_text[last:]))
        return "<div style='white-space: pre-wrap'>" + "".join(parts) + "</div>"

    def go_to(self, row: int) -> None:
        if 0 <= row < len(self.changes):
            self.text.scrollToAnchor(f"c{row}")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_J, Qt.Key.Key_K) and self.changes:
            step = 1 if event.key() == Qt.Key.Key_J else -1
            self.list.setCurrentRow(max(0, min(len(self.changes) - 1, self.list.currentRow() + step)))
            return
        super().keyPressEvent(event)


class VersionDialog(QDialog):
    """An earlier version of the article with its claims as they stood, read-only."""

    def __init__(self, article: Article, claims: list[Claim], current: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionDialog")
        self.setWindowTitle(f"Version {article.version} of {current} (read-only)")
        checked = sum(1 for c in claims if c.status != "unchecked" and c.refers_to is None)
        total = sum(1 for c in claims if c.refers_to is None)
        intro = QLabel(f"Version {article.version}, added {article.imported_at[:10]}"
                       + (f" by {article.revised_by}" if article.revised_by else "")
                       + f": {checked} of {total} claims checked then. Edits go to the current version.")
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.view = ArticleView()
        self.view.set_article(article.text, claims)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(860, 760)
