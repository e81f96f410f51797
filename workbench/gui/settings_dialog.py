"""The Settings dialog: reviewer name, library location, text size."""

from __future__ import annotations

from PySide6.QtWidgets import (
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

from workbench.core.identity import default_reviewer
from workbench.gui.settings import Settings


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.settings = settings
        form = QFormLayout()
        self.reviewer = QLineEdit(settings.get("reviewer"))
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setPlaceholderText(default_reviewer())
        self.reviewer.setToolTip("Recorded on every verdict you give")
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
        form.addRow("&Reviewer name:", self.reviewer)
        library_label = QLabel("&Library file:")
        library_label.setBuddy(self.library_path)
        form.addRow(library_label, library_row)
        form.addRow("Article &text size:", self.text_size)
        note = QLabel("A new library file is created if none exists there. Changing it reopens the window's library.")
        note.setWordWrap(True)
        note.setStyleSheet("color: #5B6067;")
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
        self.settings.sync()
        return changed
