"""The window's look: a light touch over the platform style (fonts, spacing, headings)."""

from __future__ import annotations

STYLE_SHEET = """
QLabel#articleTitle { font-size: 17pt; font-weight: 600; }
QLabel#articleMeta { color: #5B6067; }
QLabel#legend { color: #5B6067; font-size: 9pt; }
QWidget#articleHeader { background: palette(base); border-bottom: 1px solid palette(midlight); }
QLabel#startTitle { font-size: 26pt; font-weight: 600; }
QLabel#startSubtitle { font-size: 12pt; color: #5B6067; }
QLabel#startHint, QLabel#noRecent { color: #5B6067; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; }
QLabel#pageTitle { font-size: 18pt; font-weight: 600; }
QLabel#emptyClaims { color: #5B6067; padding: 16px; }
QLabel#editorPlaceholder { color: #5B6067; font-size: 11pt; }
QLabel#markedBy, QLabel#claimContext { color: #5B6067; }
QListWidget#recentReviews::item { padding: 6px 4px; }
QListWidget#recentReviews { background: transparent; }
QLabel#progressLabel { padding: 0 8px; }
QLabel#readyBadge { color: white; background: #0072B2; border-radius: 3px; padding: 1px 8px; font-weight: 600; }
QTableView { selection-background-color: #1D5FA8; selection-color: white; }
QToolButton[checkable="true"] { padding: 4px 10px; }
QToolButton#status_verified:checked { background: #D5E8F7; border: 1px solid #0072B2; border-radius: 3px; }
QToolButton#status_disputed:checked { background: #F9D5C2; border: 1px solid #C24E00; border-radius: 3px; }
QToolButton#status_unchecked:checked { background: #FFF0B3; border: 1px solid #8A6D00; border-radius: 3px; }
"""
