"""Export Report: choose a format, preview the report, be warned about unchecked claims, write it in a worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core import report
from workbench.core.model import ReviewBundle
from workbench.core.store import Library
from workbench.gui.ask import ask
from workbench.gui.tasks import TaskRunner

FORMAT_LABELS = {
    "html": "Web page (HTML)",
    "pdf": "PDF document",
    "md": "Markdown",
    "csv": "Spreadsheet (CSV)",
    "json": "JSON data",
    "claimreview": "ClaimReview (schema.org JSON-LD)",
}


class ExportDialog(QDialog):
    error_raised = Signal(object)
    exported = Signal(str)

    def __init__(self, library: Library, review_id: int, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export Report")
        self.library = library
        self.review_id = review_id
        self.runner = runner
        self.bundle: ReviewBundle | None = None
        self.written: Path | None = None

        self.format = QComboBox()
        self.format.setObjectName("reportFormat")
        for fmt in report.FORMATS:
            self.format.addItem(FORMAT_LABELS.get(fmt, fmt), fmt)
        self.warning = QLabel()
        self.warning.setObjectName("uncheckedWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #FFF0B3; border: 1px solid #8A6D00; border-radius: 3px; padding: 8px;")
        self.warning.hide()
        self.preview = QTextBrowser()
        self.preview.setObjectName("reportPreview")
        self.preview.setOpenExternalLinks(True)
        self.preview.setPlaceholderText("Preparing the preview…")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton("Export…")
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.setEnabled(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.confirm_export)

        row = QHBoxLayout()
        row.addWidget(QLabel("&Format:"))
        row.itemAt(0).widget().setBuddy(self.format)  # type: ignore[union-attr]
        row.addWidget(self.format, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        layout.addWidget(QLabel("Preview:"))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 720)

        library, review_id = self.library, self.review_id

        def prepare() -> tuple[ReviewBundle, str, str | None]:
            bundle = library.bundle(review_id)
            return bundle, report.render_report(bundle, "html"), report.unchecked_warning(bundle)

        self.runner.run(prepare, on_done=self._prepared, on_error=self._failed, label="Preparing the report…")

    def _prepared(self, result: tuple[ReviewBundle, str, str | None]) -> None:
        self.bundle, html, warning = result
        self.preview.setHtml(html)
        self.warning.setText(warning or "")
        self.warning.setVisible(bool(warning))
        self.export_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.error_raised.emit(exc)
        self.export_button.setEnabled(self.bundle is not None)

    @property
    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def confirm_export(self) -> None:
        """Warn first when claims are unchecked, then ask where to write."""
        if self.bundle is None:
            return
        warning = report.unchecked_warning(self.bundle)
        if not warning:
            self.choose_path()
            return
        ask(self, "confirmExport", "Export Report", f"{warning} Export anyway?",
            [("Export Anyway", QMessageBox.ButtonRole.AcceptRole, self.choose_path)], icon=QMessageBox.Icon.Warning)

    def choose_path(self) -> None:
        assert self.bundle is not None
        fmt = self.chosen_format
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / report.default_filename(self.bundle, fmt))
        dialog = QFileDialog(self, "Export Report", suggested)
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(suggested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), fmt))
        dialog.open()

    def export_to(self, path: Path, fmt: str | None = None) -> None:
        """Write the report in a worker; the dialog closes when the file is complete."""
        if self.bundle is None:
            return
        fmt = fmt or self.chosen_format
        bundle = self.bundle
        writer = None
        if fmt == "pdf":
            from workbench.gui.report_pdf import write_pdf

            writer = write_pdf
        self.export_button.setEnabled(False)

        def done(written: Path) -> None:
            self.written = Path(written)
            self.exported.emit(str(written))
            parent = self.parentWidget()
            if parent is not None and hasattr(parent, "statusBar"):
                parent.statusBar().showMessage(f"Report written to {written}", 10000)
            self.accept()

        self.runner.run(lambda: report.write_report(bundle, fmt, path, pdf_writer=writer), on_done=done,
                        on_error=self._failed, label=f"Writing {path.name}…")
