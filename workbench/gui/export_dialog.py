"""Export Report in two steps: choose a format and look at a live preview; then write it, and open it.

The warning about unchecked claims is shown here, once (not asked again at save). Export asks where to
write, starting in the folder used last time (the ``export_folder`` setting) with the format's file type
filter; the report is written in a worker (a PDF shows its progress), and the dialog then offers to open
the report or show its folder. Every slow step (reading the review, the preview, the file) runs in the
worker; the window only draws.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.core import report
from workbench.core.model import ReviewBundle
from workbench.core.store import Library
from workbench.gui.tasks import TaskRunner

FORMAT_LABELS = {
    "html": "Web page (HTML)",
    "pdf": "PDF document",
    "md": "Markdown",
    "csv": "Spreadsheet (CSV)",
    "json": "JSON data",
    "claimreview": "ClaimReview (schema.org JSON-LD)",
}
PAGE_FORMATS = ("html", "pdf")
"""Formats previewed as the first printed page; the others as the start of their text."""
PREVIEW_WIDTH = 760
PREVIEW_CHARS = 40_000


class _ProgressRelay(QObject):
    """Carries a worker's progress to the dialog. The worker holds this (owned by the dialog), never the
    dialog itself, so the dialog is never let go of on a worker thread."""

    progressed = Signal(int, int)


def name_filter(fmt: str) -> str:
    """The save dialog's file type filter for a format, e.g. ``PDF document (*.pdf)``."""
    return f"{FORMAT_LABELS.get(fmt, fmt)} (*{report.SUFFIXES[fmt]})"


class ExportDialog(QDialog):
    error_raised = Signal(object)
    exported = Signal(str)
    """The path of a report just written."""
    progress_reported = Signal(int, int)
    """(done, total) from the worker drawing a PDF; shown in the progress bar."""

    def __init__(self, library: Library, review_id: int, runner: TaskRunner, parent: QWidget | None = None,
                 *, settings: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export Report")
        self.library = library
        self.review_id = review_id
        self.runner = runner
        self.settings = settings
        self.bundle: ReviewBundle | None = None
        self.written: Path | None = None
        self.writing = False
        self.file_dialog: QFileDialog | None = None
        self._preview_generation = 0

        self.format = QComboBox()
        self.format.setObjectName("reportFormat")
        for fmt in report.FORMATS:
            self.format.addItem(FORMAT_LABELS.get(fmt, fmt), fmt)
        self.history = QCheckBox("Include the change &history")
        self.history.setObjectName("includeHistory")
        self.history.setToolTip("Adds who changed what and when, in words; changes undone at once are left out")
        self.history.setChecked(False)
        self.warning = QLabel()
        self.warning.setObjectName("uncheckedWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("background: #FFF0B3; color: #3D3000; border: 1px solid #8A6D00; "
                                   "border-radius: 3px; padding: 8px;")
        self.warning.hide()

        self.page_view = QLabel("Preparing the preview…")
        self.page_view.setObjectName("reportPagePreview")
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        page_scroll = QScrollArea()
        page_scroll.setWidget(self.page_view)
        page_scroll.setWidgetResizable(True)
        page_scroll.setStyleSheet("QScrollArea { background: #8a8f96; }")
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("reportTextPreview")
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview = QStackedWidget()
        self.preview.setObjectName("reportPreview")
        self.preview.addWidget(page_scroll)
        self.preview.addWidget(self.text_view)
        self.preview_caption = QLabel()
        self.preview_caption.setObjectName("previewCaption")

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.open_button = QPushButton("&Open Report")
        self.open_button.setObjectName("openReport")
        self.folder_button = QPushButton("Show in &Folder")
        self.folder_button.setObjectName("showInFolder")
        self.open_button.clicked.connect(self.open_report)
        self.folder_button.clicked.connect(self.show_in_folder)
        self.done_row = QWidget()
        done_layout = QHBoxLayout(self.done_row)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.addWidget(self.result, 1)
        done_layout.addWidget(self.open_button)
        done_layout.addWidget(self.folder_button)
        self.done_row.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton("&Export…")
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.setEnabled(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.confirm_export)

        row = QHBoxLayout()
        label = QLabel("&Format:")
        label.setBuddy(self.format)
        row.addWidget(label)
        row.addWidget(self.format, 1)
        row.addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        layout.addWidget(self.preview_caption)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.done_row)
        layout.addWidget(self.buttons)
        self.resize(860, 900)

        self.format.currentIndexChanged.connect(self.refresh_preview)
        self.history.toggled.connect(self.refresh_preview)
        self.progress_reported.connect(self._show_progress)
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self.progress_reported)

        library, review_id = self.library, self.review_id

        def prepare() -> tuple[ReviewBundle, str | None]:
            bundle = library.bundle(review_id)
            return bundle, report.unchecked_warning(bundle)

        self.runner.run(prepare, on_done=self._prepared, on_error=self._failed, label="Preparing the report…")

    # ------------------------------------------------------------------ preview

    @property
    def chosen_format(self) -> str:
        return str(self.format.currentData())

    @property
    def include_history(self) -> bool:
        return self.history.isChecked()

    def _prepared(self, result: tuple[ReviewBundle, str | None]) -> None:
        self.bundle, warning = result
        self.warning.setText(warning or "")
        self.warning.setVisible(bool(warning))
        self.export_button.setEnabled(not self.writing)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Render the preview of the chosen format in the worker; a newer request wins over an older one."""
        if self.bundle is None:
            return
        self._preview_generation += 1
        generation = self._preview_generation
        bundle, fmt, history = self.bundle, self.chosen_format, self.include_history
        self.preview_caption.setText("Preparing the preview…")

        def render() -> tuple[int, str, Any]:
            if fmt in PAGE_FORMATS:
                from workbench.gui.report_pdf import render_page

                return generation, fmt, render_page(report.print_document(bundle, include_history=history),
                                                    width=PREVIEW_WIDTH)
            text = report.render_report(bundle, fmt, include_history=history)
            cut = len(text) > PREVIEW_CHARS
            return generation, fmt, text[:PREVIEW_CHARS] + ("\n…" if cut else "")

        self.runner.run(render, on_done=self._show_preview, on_error=self._failed, label="Preparing the preview…")

    def _show_preview(self, result: tuple[int, str, Any]) -> None:
        generation, fmt, content = result
        if generation != self._preview_generation:
            return  # the editor changed the format or the history box since
        if fmt in PAGE_FORMATS:
            self.page_view.setPixmap(QPixmap.fromImage(content))
            self.preview.setCurrentIndex(0)
            self.preview_caption.setText("Preview: the first page" + (" (as printed from the web page)"
                                                                      if fmt == "html" else ""))
        else:
            self.text_view.setPlainText(content)
            self.preview.setCurrentIndex(1)
            self.preview_caption.setText(f"Preview: the start of the {FORMAT_LABELS.get(fmt, fmt)} file")

    def _failed(self, exc: BaseException) -> None:
        self.writing = False
        self.progress.hide()
        self._set_inputs_enabled(True)
        self.error_raised.emit(exc)

    # ------------------------------------------------------------------ export

    def _folder(self) -> str:
        remembered = str(self.settings.get("export_folder") or "") if self.settings is not None else ""
        if remembered and Path(remembered).is_dir():
            return remembered
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def confirm_export(self) -> None:
        """Ask where to write (the unchecked-claims warning is already on show above)."""
        if self.bundle is not None and not self.writing:
            self.choose_path()

    def choose_path(self) -> QFileDialog:
        assert self.bundle is not None
        fmt = self.chosen_format
        folder = self._folder()
        dialog = QFileDialog(self, "Export Report", folder)
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([name_filter(fmt), "All files (*)"])
        dialog.selectNameFilter(name_filter(fmt))
        dialog.setDefaultSuffix(report.SUFFIXES[fmt].lstrip("."))
        dialog.setDirectory(folder)
        dialog.selectFile(report.default_filename(self.bundle, fmt))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), fmt))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.format, self.history, self.export_button, self.close_button):
            widget.setEnabled(enabled)

    def _show_progress(self, done: int, total: int) -> None:
        if self.writing:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def export_to(self, path: Path, fmt: str | None = None) -> None:
        """Write the report in a worker; then offer to open it or show its folder."""
        if self.bundle is None or self.writing:
            return
        fmt = fmt or self.chosen_format
        bundle, history = self.bundle, self.include_history
        path = Path(path)
        writer = None
        if fmt == "pdf":
            from functools import partial

            from workbench.gui.report_pdf import write_pdf

            writer = partial(write_pdf, progress=self._relay.progressed.emit)
        self.writing = True
        self.written = None
        self.done_row.hide()
        self._set_inputs_enabled(False)
        self.progress.setRange(0, 0)  # busy until the worker says how far it is
        self.progress.setFormat(f"Writing {path.name}… %p%")
        self.progress.show()
        if self.settings is not None:
            self.settings.set("export_folder", str(path.parent))

        def write() -> Path:
            return report.write_report(bundle, fmt, path, pdf_writer=writer, include_history=history)

        self.runner.run(write, on_done=self._written, on_error=self._failed, label=f"Writing {path.name}…")

    def _written(self, written: Path) -> None:
        self.writing = False
        self.written = Path(written)
        self.progress.hide()
        self._set_inputs_enabled(True)
        self.result.setText(f"Report written to {self.written}")
        self.done_row.show()
        self.open_button.setFocus()
        self.exported.emit(str(self.written))
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(f"Report written to {self.written}", 10000)

    def open_report(self) -> bool:
        """Open the report just written in the program the desktop uses for its type."""
        return self.written is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def show_in_folder(self) -> bool:
        return self.written is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        if self.writing:  # the worker still needs this dialog; it closes when the file is complete
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.writing:
            event.ignore()
            return
        super().closeEvent(event)
