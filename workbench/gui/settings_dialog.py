"""The Settings dialog: reviewer name, library location, text size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workbench.core.identity import default_reviewer, full_name
from workbench.gui.settings import Settings


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("muted")
    return label


class ReviewerDialog(QDialog):
    """Asked once, on the first start: the name printed on verdicts and reports (never a login like "root")."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewerDialog")
        self.setWindowTitle("Welcome to Workbench")
        self.settings = settings
        intro = _muted("Your name is recorded on every verdict you give and printed in the reports you export. "
                       "You can change it later in Settings.")
        self.name = QLineEdit(full_name())
        self.name.setObjectName("reviewerName")
        self.name.setPlaceholderText("e.g. Amira Haddad")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Start")
        buttons.accepted.connect(self.accept)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(bool(self.name.text().strip()))
        form = QFormLayout()
        form.addRow("Your &name:", self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            return
        self.settings.set("reviewer", name)
        self.settings.sync()
        super().accept()


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None, *, open_library: str | None = None,
                 reviewer_override: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.settings = settings
        form = QFormLayout()
        self.reviewer = QLineEdit(settings.get("reviewer") if settings.is_set("reviewer") else "")
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setPlaceholderText(default_reviewer())
        self.reviewer.setToolTip("Your name, as it is recorded on every verdict and printed in reports")
        self.library_path = QLineEdit(settings.library_path)
        self.library_path.setObjectName("libraryPath")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        library_row = QHBoxLayout()
        library_row.addWidget(self.library_path, 1)
        library_row.addWidget(browse)
        self.text_size = QSpinBox()
        self.text_size.setObjectName("textSize")
        self.text_size.setRange(8, 32)
        self.text_size.setSuffix(" pt")
        self.text_size.setValue(settings.text_size)
        self.advance = QCheckBox("After V or D, go on to the next unchecked claim")
        self.advance.setObjectName("advanceAfterVerdict")
        self.advance.setChecked(settings.get("advance_after_verdict"))
        form.addRow("&Reviewer name:", self.reviewer)
        if reviewer_override:
            form.addRow("", _muted(f"This window records verdicts as “{reviewer_override}” (--reviewer)."))
        library_label = QLabel("&Library file:")
        library_label.setBuddy(self.library_path)
        form.addRow(library_label, library_row)
        if open_library and Path(open_library) != Path(settings.library_path).expanduser():
            self.open_library = _muted(f"Open now: {open_library} (chosen with --library or WORKBENCH_LIBRARY; "
                                       "the file above is used when neither is given)")
            self.open_library.setObjectName("openLibrary")
            form.addRow("", self.open_library)
        form.addRow("Article &text size:", self.text_size)
        form.addRow("Checking:", self.advance)
        note = _muted("A new library file is created if none exists there. Changing it reopens the window's library.")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Library File", self.library_path.text(),
                                              "Workbench libraries (*.sqlite3 *.db);;All files (*)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.library_path.setText(path)

    def apply(self) -> dict[str, bool]:
        """Store the values; return which ones changed."""
        changed = {}
        reviewer = self.reviewer.text().strip()
        changed["reviewer"] = reviewer != self.settings.get("reviewer")
        if reviewer:
            self.settings.set("reviewer", reviewer)
        else:
            self.settings.reset("reviewer")
        library = self.library_path.text().strip() or str(self.settings.default("library_path"))
        changed["library_path"] = library != self.settings.library_path
        self.settings.set("library_path", library)
        changed["text_size"] = self.text_size.value() != self.settings.text_size
        self.settings.set("text_size", self.text_size.value())
        self.settings.set("advance_after_verdict", self.advance.isChecked())
        self.settings.sync()
        return changed
