"""File ▸ Export Republication Copy…: the article with the accepted rewrites, as text, Markdown or Word."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.errors import WorkbenchError
from workbench.core.lens import Finding
from workbench.core.republication import FORMATS, SUFFIXES, default_note, render_copy, write_copy
from workbench.gui.dated_wording import class_label
from workbench.gui.session import ReviewSession
from workbench.gui.settings import Settings

FORMAT_NAMES = {"txt": "Plain text (.txt)", "md": "Markdown (.md)", "docx": "Word document (.docx)"}


def open_item(finding: Finding) -> str:
    """A finding still open, as a line of the editor's checklist."""
    where = " (in a quote)" if finding.in_quote else ""
    suggestion = f"; suggested: {finding.suggestion}" if finding.suggestion else ""
    return f"“{finding.text}”{where}, {class_label(finding.cls).lower()}: reads as {finding.reads_as}{suggestion}"


class RepublicationDialog(QDialog):
    written = Signal(str)
    error_raised = Signal(object)

    def __init__(self, session: ReviewSession, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("republicationDialog")
        self.setWindowTitle("Export Republication Copy")
        self.session = session
        self.settings = settings
        accepted = [d for d in session.decisions.values() if d.decision == "accepted"]
        self.rewrites = [(d.start, d.end, d.rewrite) for d in accepted]
        self.open_findings = [f for f in session.findings if f.key not in session.decisions]
        summary = QLabel(f"{len(accepted)} rewrite{'s' if len(accepted) != 1 else ''} accepted; "
                         f"{len(self.open_findings)} finding{'s' if len(self.open_findings) != 1 else ''} still open.")
        summary.setObjectName("muted")
        self.format = QComboBox()
        self.format.setObjectName("copyFormat")
        for fmt in FORMATS:
            self.format.addItem(FORMAT_NAMES[fmt], fmt)
        self.with_note = QCheckBox("Begin with an editor's note:")
        self.with_note.setObjectName("withNote")
        self.with_note.setChecked(True)
        self.note = QLineEdit(default_note(session.published))
        self.note.setObjectName("copyNote")
        self.with_note.toggled.connect(self.note.setEnabled)
        self.with_open = QCheckBox("End with the findings still open, as a checklist to remove before publishing")
        self.with_open.setObjectName("withOpenFindings")
        self.with_open.setChecked(bool(self.open_findings))
        self.with_open.setEnabled(bool(self.open_findings))
        form = QFormLayout()
        form.addRow("&Format:", self.format)
        form.addRow(self.with_note, self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportCopy")
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.with_open)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def copy_bytes(self) -> bytes:
        fmt = self.format.currentData()
        items = [open_item(f) for f in self.open_findings] if self.with_open.isChecked() else []
        note = self.note.text().strip() if self.with_note.isChecked() else None
        return render_copy(self.session.article.text, self.rewrites, fmt=fmt, note=note or None, open_items=items)

    def default_path(self) -> Path:
        folder = Path(self.settings.get("export_folder") or Path.home())
        stem = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in self.session.review.title).strip()
        return folder / f"{(stem or 'article')[:60]} (republication){SUFFIXES[self.format.currentData()]}"

    def choose_file(self) -> None:
        fmt = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, "Export Republication Copy", str(self.default_path()),
                                              f"{FORMAT_NAMES[fmt]} (*{SUFFIXES[fmt]})")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        try:
            written = write_copy(path, self.copy_bytes())
        except (WorkbenchError, ValueError) as exc:
            self.error_raised.emit(exc if isinstance(exc, WorkbenchError) else WorkbenchError(str(exc)))
            return None
        self.settings.set("export_folder", str(written.parent))
        self.written.emit(str(written))
        self.accept()
        return written


__all__ = ["RepublicationDialog", "open_item"]
