"""The window's look: a light touch over the platform style (fonts, spacing, headings), in the colours
of the current theme (:mod:`workbench.gui.theme`)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from workbench.gui.theme import DARK, LIGHT, Palette, palette, use_palette

THEME_CHOICES = ("system", "light", "dark")


def style_sheet(p: Palette) -> str:
    s = p.status_background
    strong = p.status_strong
    return f"""
QLabel#articleTitle {{ font-size: 17pt; font-weight: 600; }}
QLabel#articleMeta, QLabel#muted, QLabel#articleSays {{ color: {p.muted}; }}
QLabel#importWarning {{ color: {p.error}; }}
QLabel#legend {{ color: {p.muted}; font-size: 9pt; }}
QWidget#articleHeader {{ background: palette(base); border-bottom: 1px solid palette(midlight); }}
QLabel#startTitle {{ font-size: 26pt; font-weight: 600; }}
QLabel#startSubtitle {{ font-size: 12pt; color: {p.muted}; }}
QLabel#startHint, QLabel#noRecent {{ color: {p.muted}; }}
QLabel#sectionTitle {{ font-size: 12pt; font-weight: 600; }}
QLabel#pageTitle {{ font-size: 18pt; font-weight: 600; }}
QLabel#emptyClaims {{ color: {p.muted}; padding: 16px; }}
QLabel#editorPlaceholder {{ color: {p.muted}; font-size: 11pt; }}
QLabel#markedBy, QLabel#claimContext, QLabel#valuePreview {{ color: {p.muted}; }}
QLabel#valuePreview[invalid="true"], QLabel#dateError {{ color: {p.error}; }}
QLineEdit[invalid="true"] {{ border: 1px solid {p.error}; }}
QLabel#articlePreview {{ color: {p.muted}; padding: 6px; border: 1px solid {p.border}; }}
QListWidget#recentReviews::item {{ padding: 6px 4px; }}
QListWidget#recentReviews {{ background: transparent; }}
QLabel#progressLabel {{ padding: 0 8px; }}
QLabel#readyBadge {{ color: {p.badge_foreground}; background: {p.badge_background}; border-radius: 3px;
                     padding: 1px 8px; font-weight: 600; }}
QTableView {{ selection-background-color: {p.selection_background}; selection-color: {p.selection_foreground}; }}
QToolButton[checkable="true"] {{ padding: 4px 10px; }}
QToolButton#status_verified:checked {{ background: {s["verified"]}; color: {p.text};
                                       border: 1px solid {strong["verified"]}; border-radius: 3px; }}
QToolButton#status_disputed:checked {{ background: {s["disputed"]}; color: {p.text};
                                       border: 1px solid {strong["disputed"]}; border-radius: 3px; }}
QToolButton#status_unchecked:checked {{ background: {s["unchecked"]}; color: {p.text};
                                        border: 1px solid {strong["unchecked"]}; border-radius: 3px; }}
QPushButton#undoNoticeButton {{ color: {p.link}; font-weight: 600; }}
"""


STYLE_SHEET = style_sheet(LIGHT)


def _qt_palette(p: Palette) -> QPalette:
    qp = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, p.window), (roles.WindowText, p.text), (roles.Base, p.base),
                         (roles.AlternateBase, p.window), (roles.Text, p.text), (roles.Button, p.window),
                         (roles.ButtonText, p.text), (roles.ToolTipBase, p.base), (roles.ToolTipText, p.text),
                         (roles.PlaceholderText, p.muted), (roles.Highlight, p.selection_background),
                         (roles.HighlightedText, p.selection_foreground), (roles.Link, p.link),
                         (roles.BrightText, p.error), (roles.Mid, p.border), (roles.Midlight, p.border),
                         (roles.Dark, p.border), (roles.Light, p.base)):
        qp.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        qp.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.muted))
    return qp


def system_is_dark() -> bool:
    """Whether the desktop asks for dark colours (Qt's colour scheme, else the palette's lightness)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None:
        from PySide6.QtCore import Qt

        value = scheme()
        if value == Qt.ColorScheme.Dark:
            return True
        if value == Qt.ColorScheme.Light:
            return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def apply_theme(choice: str) -> Palette:
    """Use theme ``choice`` (system, light or dark) for the whole application; returns the palette."""
    app = QApplication.instance()
    chosen = DARK if choice == "dark" or (choice == "system" and system_is_dark()) else LIGHT
    use_palette(chosen)
    if isinstance(app, QApplication):
        if choice == "system" and chosen is LIGHT:
            app.setPalette(app.style().standardPalette())
        else:
            app.setPalette(_qt_palette(chosen))
        app.setStyleSheet(style_sheet(chosen))
    return palette()
