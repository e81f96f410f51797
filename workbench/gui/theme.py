"""Colours, marks and icons shared by the article highlights, the claims table and the legend.

Statuses use the Okabe-Ito palette (safe for the common kinds of colour blindness) *and* a second cue:
a different underline style in the article and a different icon shape in the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QTextCharFormat


@dataclass(frozen=True)
class StatusLook:
    label: str
    background: str
    """Highlight behind the claim in the article."""
    strong: str
    """Icon and underline colour."""
    underline: QTextCharFormat.UnderlineStyle


STATUS_LOOKS: dict[str, StatusLook] = {
    "unchecked": StatusLook("Unchecked", "#FFF0B3", "#8A6D00", QTextCharFormat.UnderlineStyle.DotLine),
    "verified": StatusLook("Verified", "#D5E8F7", "#0072B2", QTextCharFormat.UnderlineStyle.SingleUnderline),
    "disputed": StatusLook("Disputed", "#F9D5C2", "#C24E00", QTextCharFormat.UnderlineStyle.WaveUnderline),
}

KIND_LABELS: dict[str, str] = {
    "date": "Date", "time": "Time", "duration": "Duration", "money": "Money", "percent": "Percent",
    "count": "Count", "quantity": "Quantity",
}
KIND_COLOURS: dict[str, str] = {
    "date": "#0072B2", "time": "#56B4E9", "duration": "#009E73", "money": "#E69F00", "percent": "#CC79A7",
    "count": "#5A5A5A", "quantity": "#8C6D31",
}
KIND_TEXT_COLOURS: dict[str, str] = {
    "date": "#0B4F8A", "time": "#1D6A8A", "duration": "#00664A", "money": "#8A4F00", "percent": "#8E3B73",
    "count": "#2B2B2B", "quantity": "#5E4A1F",
}
"""Darker shades of the kind colours, readable as text on every status background."""
KIND_GLYPHS: dict[str, str] = {
    "date": "D", "time": "T", "duration": "↔", "money": "$", "percent": "%", "count": "#", "quantity": "Q",
}
CURRENT_BACKGROUND = "#1D5FA8"
CURRENT_FOREGROUND = "#FFFFFF"


@cache
def status_icon(status: str, size: int = 16) -> QIcon:
    """Circle-and-check for verified, triangle-and-bang for disputed, hollow circle for unchecked."""
    look = STATUS_LOOKS[status]
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(look.strong)
    s = float(size)
    if status == "verified":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(1, 1, s - 2, s - 2))
        pen = QPen(QColor("white"), s / 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.73, s * 0.34))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    elif status == "disputed":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        path = QPainterPath(QPointF(s / 2, 1))
        path.lineTo(QPointF(s - 1, s - 2))
        path.lineTo(QPointF(1, s - 2))
        path.closeSubpath()
        painter.drawPath(path)
        painter.setPen(QPen(QColor("white"), s / 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.62))
        painter.drawPoint(QPointF(s / 2, s * 0.78))
    else:
        painter.setPen(QPen(colour, s / 10))
        painter.setBrush(QColor(look.background))
        painter.drawEllipse(QRectF(2, 2, s - 4, s - 4))
    painter.end()
    return QIcon(pixmap)


@cache
def kind_icon(kind: str, size: int = 16) -> QIcon:
    """A rounded square in the kind's colour with a one-letter glyph."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(KIND_COLOURS.get(kind, "#777777")))
    s = float(size)
    painter.drawRoundedRect(QRectF(1, 2, s - 2, s - 4), 3, 3)
    font = painter.font()
    font.setPixelSize(int(s * 0.62))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(1, 2, s - 2, s - 4), Qt.AlignmentFlag.AlignCenter, KIND_GLYPHS.get(kind, "?"))
    painter.end()
    return QIcon(pixmap)


def claim_format(status: str, kind: str, *, current: bool = False) -> QTextCharFormat:
    """How a claim is drawn in the article.

    Status: background colour *and* underline style (dotted, solid, wavy) in the status colour, so it
    reads without colour vision. Kind: the text takes a dark shade of the kind's colour.
    """
    look = STATUS_LOOKS.get(status, STATUS_LOOKS["unchecked"])
    fmt = QTextCharFormat()
    if current:
        fmt.setBackground(QColor(CURRENT_BACKGROUND))
        fmt.setForeground(QColor(CURRENT_FOREGROUND))
        fmt.setUnderlineColor(QColor(CURRENT_FOREGROUND))
    else:
        fmt.setBackground(QColor(look.background))
        fmt.setForeground(QColor(KIND_TEXT_COLOURS.get(kind, "#202020")))
        fmt.setUnderlineColor(QColor(look.strong))
    fmt.setUnderlineStyle(look.underline)
    return fmt
