"""A question put to the editor: a window-modal message box with Cancel and one action per choice."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Choice = tuple[str, QMessageBox.ButtonRole, Callable[[], object]]
"""(button label, role, what to do when it is clicked)."""


def ask(parent: QWidget, name: str, title: str, text: str, choices: Sequence[Choice], *,
        informative: str = "", icon: QMessageBox.Icon = QMessageBox.Icon.Question,
        default: int | None = None) -> QMessageBox:
    """Open the question without blocking; Cancel is the default unless ``default`` names a choice.

    The text is shown as plain text, so titles and names taken from articles cannot inject markup.
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    actions = {}
    for label, role, action in choices:
        actions[box.addButton(label, role)] = action
    buttons = list(actions)
    box.setDefaultButton(buttons[default] if default is not None else box.button(QMessageBox.StandardButton.Cancel))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: actions[button]() if button in actions else None)
    box.open()
    return box
