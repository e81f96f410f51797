"""Colours, marks and icons shared by the article highlights, the claims table and the legend.

Statuses use the Okabe-Ito palette (safe for the common kinds of colour blindness) *and* a second cue:
a different underline style in the article and a different icon shape in the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QTextCharFormat

from workbench.core.kinds import claim_kinds


@dataclass(frozen=True)
class StatusLook:
    label: str
    background: str
    """Highlight behind the claim in the article (and behind a checked verdict button)."""
    strong: str
    """Icon and underline colour."""
    underline: QTextCharFormat.UnderlineStyle


@dataclass(frozen=True)
class Palette:
    """Every colour the window draws with, for one theme. Each text colour is chosen against the
    backgrounds it sits on so that every pair reaches WCAG's 4.5:1 (a test checks them all)."""

    name: str
    window: str
    base: str
    text: str
    muted: str
    """Secondary text: meta lines, hints, the sentence around a claim."""
    link: str
    error: str
    border: str
    status_background: dict[str, str]
    status_strong: dict[str, str]
    kind_text: dict[str, str]
    """Claim text in the article, readable on every status background."""
    current_background: str
    current_foreground: str
    selection_background: str
    selection_foreground: str
    badge_background: str
    badge_foreground: str
    find_background: str
    check_background: str
    """The claims of the consistency check being read, filled together in the article."""
    check_foreground: str
    check_outline: str
    """The other checks' words, outlined while the Checks list is shown."""


LIGHT = Palette(
    name="light", window="#F4F5F7", base="#FFFFFF", text="#1F2328", muted="#5B6067", link="#0B57A6",
    error="#B3261E", border="#C4C8CE",
    status_background={"unchecked": "#FFF0B3", "verified": "#D5E8F7", "disputed": "#F9D5C2"},
    status_strong={"unchecked": "#8A6D00", "verified": "#0072B2", "disputed": "#C24E00"},
    kind_text={kind.name: kind.text_colours[0] for kind in claim_kinds()},
    current_background="#1D5FA8", current_foreground="#FFFFFF",
    selection_background="#1D5FA8", selection_foreground="#FFFFFF",
    badge_background="#0066A1", badge_foreground="#FFFFFF", find_background="#FFD54F",
    check_background="#A3136F", check_foreground="#FFFFFF", check_outline="#A3136F",
)

DARK = Palette(
    name="dark", window="#1B1D21", base="#23262B", text="#E8EAED", muted="#B4BAC2", link="#8CC4F5",
    error="#FF8A80", border="#4A4F57",
    status_background={"unchecked": "#4A3F12", "verified": "#163A59", "disputed": "#5A2A14"},
    status_strong={"unchecked": "#E3C04D", "verified": "#56B4E9", "disputed": "#F08A4B"},
    kind_text={kind.name: kind.text_colours[1] for kind in claim_kinds()},
    current_background="#8CC4F5", current_foreground="#10161D",
    selection_background="#3D6FA8", selection_foreground="#FFFFFF",
    badge_background="#56B4E9", badge_foreground="#0E1A24", find_background="#7A6400",
    check_background="#F59AD6", check_foreground="#10161D", check_outline="#F59AD6",
)

THEMES = {"light": LIGHT, "dark": DARK}

_STATUS_LABELS = {"unchecked": "Unchecked", "verified": "Verified", "disputed": "Disputed"}
_UNDERLINES = {"unchecked": QTextCharFormat.UnderlineStyle.DotLine,
               "verified": QTextCharFormat.UnderlineStyle.SingleUnderline,
               "disputed": QTextCharFormat.UnderlineStyle.WaveUnderline}


def _looks(palette: Palette) -> dict[str, StatusLook]:
    return {status: StatusLook(_STATUS_LABELS[status], palette.status_background[status],
                               palette.status_strong[status], _UNDERLINES[status]) for status in _STATUS_LABELS}


_current = LIGHT
STATUS_LOOKS: dict[str, StatusLook] = _looks(LIGHT)
"""The looks of the current theme (updated in place by :func:`use_palette`)."""

KIND_LABELS: dict[str, str] = {kind.name: kind.label for kind in claim_kinds()}
KIND_COLOURS: dict[str, str] = {kind.name: kind.colour for kind in claim_kinds()}
"""Icon colours (the same in both themes: each icon is a glyph on its own coloured square)."""
KIND_TEXT_COLOURS: dict[str, str] = dict(LIGHT.kind_text)
"""The current theme's claim text colours (updated in place by :func:`use_palette`)."""
KIND_GLYPHS: dict[str, str] = {kind.name: kind.glyph for kind in claim_kinds()}
"""Labels, icon colours and glyphs come from the claim-kind registry (:mod:`workbench.core.kinds`)."""


def palette() -> Palette:
    """The theme the window draws with now."""
    return _current


def use_palette(chosen: Palette) -> None:
    """Draw from now on with ``chosen``: the shared tables change in place and cached icons go."""
    global _current
    _current = chosen
    STATUS_LOOKS.update(_looks(chosen))
    KIND_TEXT_COLOURS.update(chosen.kind_text)
    status_icon.cache_clear()


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def colour_pairs(chosen: Palette) -> list[tuple[str, str, str]]:
    """(what, foreground, background): every text colour against every background it is drawn on."""
    pairs = [("text", chosen.text, chosen.base), ("text on window", chosen.text, chosen.window),
             ("muted text", chosen.muted, chosen.base), ("muted text on window", chosen.muted, chosen.window),
             ("link", chosen.link, chosen.base), ("error", chosen.error, chosen.base),
             ("error on window", chosen.error, chosen.window),
             ("current claim", chosen.current_foreground, chosen.current_background),
             ("selected row", chosen.selection_foreground, chosen.selection_background),
             ("ready badge", chosen.badge_foreground, chosen.badge_background),
             ("found words", chosen.text, chosen.find_background),
             ("claims of the check read", chosen.check_foreground, chosen.check_background)]
    for status, background in chosen.status_background.items():
        pairs.append((f"verdict button ({status})", chosen.text, background))
        pairs.append((f"legend ({status})", chosen.text, background))
        for kind, colour in chosen.kind_text.items():
            pairs.append((f"{kind} claim on {status}", colour, background))
    for kind, colour in chosen.kind_text.items():
        pairs.append((f"{kind} in the legend", colour, chosen.base))
    return pairs


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
        fmt.setBackground(QColor(_current.current_background))
        fmt.setForeground(QColor(_current.current_foreground))
        fmt.setUnderlineColor(QColor(_current.current_foreground))
    elif kind == "quote":
        # A quote runs over whole sentences: it is underlined in its verdict's colour, never filled, so the
        # figures and names inside it keep their own highlight.
        fmt.setUnderlineColor(QColor(look.strong))
    else:
        fmt.setBackground(QColor(look.background))
        fmt.setForeground(QColor(KIND_TEXT_COLOURS.get(kind, _current.text)))
        fmt.setUnderlineColor(QColor(look.strong))
    fmt.setUnderlineStyle(look.underline)
    return fmt
