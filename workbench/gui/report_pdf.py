"""PDF reports drawn by Qt: the report's :class:`PrintDocument` laid out on A4 pages with QPainter.

``write_pdf`` is the ``pdf_writer`` that ``workbench.core.report.write_report`` expects. Each paragraph is
one ``QTextLayout`` (no HTML is parsed: that, and laying out one huge QTextDocument table, was where a
2,000-claim PDF spent its 7 seconds), drawn at its place on the page; pages are cut by hand, so a claim
card is never split across two pages and the article breaks only between lines. Only QPainter, QImage,
QPdfWriter and QTextLayout are used: no widget and no pixmap, so a report can be drawn in a worker thread
while the window stays responsive (the export dialog does that) and report its progress.

It needs a Qt GUI application; when none exists (the command line) it starts an offscreen one on first
use, never at import time. Handing it HTML instead of a document still works (QTextDocument draws it).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

from workbench.core.errors import ReportError
from workbench.core.report import PrintDocument
from workbench.core.report._print import Block, Para

Progress = Callable[[int, int], None]
"""``progress(done, total)``, called from the thread that draws the PDF."""

PDF_DPI = 300
CACHED_PARAGRAPH = 120
"""Paragraphs up to this many characters are laid out once and drawn wherever they recur."""
_MISSING = object()
A4_MM = (210.0, 297.0)
PAGE_MARGIN_MM = 0.0
"""Extra page margin for HTML drawn by QTextDocument (it keeps 2 cm itself and numbers the pages)."""
_APP = None  # an application this module had to start; kept alive for later reports


def _ensure_app() -> None:
    """Make sure a Qt GUI application exists (offscreen when there is no display)."""
    global _APP

    from workbench.gui.qt_compat import protect_none

    instance = QCoreApplication.instance()
    if instance is not None:
        if not isinstance(instance, QGuiApplication):
            raise ReportError("PDF reports need Qt's GUI module; a console-only Qt application is running")
        protect_none()
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:  # a QApplication, so that widgets may still be made in this process later
        from PySide6.QtWidgets import QApplication

        _APP = QApplication(["workbench-report"])
    except ImportError:
        _APP = QGuiApplication(["workbench-report"])
    protect_none()  # thousands of painter calls below; see workbench/gui/qt_compat.py


# ------------------------------------------------------------------------------------------ styles


_COMPLEX = re.compile("[\u0300-\u036f\u0590-\u1fff\u20d0-\u20ff\ua000-\uabff\ufb1d-\ufdff\ufe20-\ufe2f"
                      "\ufe70-\ufeff\U00010000-\U0001efff]")
"""Characters of scripts (or marks) that need OpenType shaping to be drawn right: Arabic, Hebrew, Indic…"""
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")
"""Right-to-left letters: only a span holding some needs isolating from its neighbours."""
ISOLATE, POP_ISOLATE = "\u2068", "\u2069"


def _span_texts(spans: list[Any]) -> list[str]:
    """The spans' text, those styled ``bdi`` (names, notes, titles) wrapped in a bidi isolate.

    So a right-to-left name cannot pull the date after it into its run ("by قال, 2024-03-15" stays in
    that order), exactly as ``<bdi>`` does in the HTML report.
    """
    return [f"{ISOLATE}{s.text}{POP_ISOLATE}" if not s.text.isascii() and "bdi" in s.style and _RTL.search(s.text)
            else s.text for s in spans]


def _right_to_left(text: str) -> bool:
    """The paragraph's direction by its first strong letter (Unicode's rule P2): True for Arabic, Hebrew…"""
    if text.isascii():
        return False
    depth = 0
    for ch in text:
        if ch in "\u2066\u2067\u2068":  # text inside an isolate does not count (rule P2)
            depth += 1
        elif ch == POP_ISOLATE:
            depth = max(0, depth - 1)
        elif not depth:
            kind = unicodedata.bidirectional(ch)
            if kind == "L":
                return False
            if kind in ("R", "AL"):
                return True
    return False


def _utf16_len(text: str) -> int:
    """Length in UTF-16 code units: the positions QTextLayout counts (an emoji is two)."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


@dataclass
class _ParaStyle:
    font: Any
    shaped_font: Any
    colour: Any
    before: float
    after: float
    line_height: float
    rule: dict[str, Any]


class _Theme:
    """Fonts, colours and character formats from the print style sheet, in device pixels."""

    def __init__(self, style: dict[str, Any], dpi: float) -> None:
        self.style = style
        self.px = dpi / 72.0
        self._paras: dict[str, _ParaStyle] = {}
        self.formats: dict[tuple[str, str, str | None, bool], Any] = {}
        self._colours: dict[str, Any] = {}

    def colour(self, name: str | None, status: str = "") -> Any:

        if not name:
            return None
        if name == "status-bg":
            name = f"{status}-bg"
        if name not in self._colours:
            self._colours[name] = QColor(self.style["colours"].get(name, name))
        return self._colours[name]

    def font(self, rule: dict[str, Any], shaped: bool = False) -> Any:
        """The font of a rule; ``shaped`` for text that needs OpenType shaping (Arabic, Devanagari…).

        Other text is laid out without shaping, which Qt does four times quicker.
        """
        font = QFont(self.style["fonts"].get(rule.get("font", "sans"), "DejaVu Sans"))
        font.setPointSizeF(float(rule.get("size", 8)))
        font.setBold(bool(rule.get("bold")))
        font.setItalic(bool(rule.get("italic")))
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        if not shaped:
            font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        return font

    def para(self, name: str) -> _ParaStyle:
        found = self._paras.get(name)
        if found is None:
            rule = dict(self.style["paragraphs"].get(name) or self.style["paragraphs"]["body"])
            found = _ParaStyle(self.font(rule), self.font(rule, shaped=True), self.colour(rule.get("colour", "ink")),
                               float(rule.get("before", 0)) * self.px, float(rule.get("after", 0)) * self.px,
                               float(rule.get("line_height", 1.0)), rule)
            self._paras[name] = found
        return found

    def char_format(self, para: str, names: str, href: str | None, shaped: bool = False) -> Any:
        key = (para, names, href, shaped)
        if key not in self.formats and "bdi" in names.split():  # an isolate, not a look of its own
            looks = " ".join(n for n in names.split() if n != "bdi")
            self.formats[key] = self.char_format(para, looks, href, shaped) if looks or href else None
        if key not in self.formats and href:  # a link: the look, with the address on a copy of it
            look = self.char_format(para, names, None, shaped)
            fmt = QTextCharFormat(look) if look is not None else QTextCharFormat()
            fmt.setAnchor(True)
            fmt.setAnchorHref(href)
            self.formats[key] = fmt
        if key not in self.formats:
            base = self.para(para).rule
            rule = dict(base)
            for name in names.split():
                rule.update(self.style["spans"].get(name, {}))
            fmt = QTextCharFormat()
            if any(rule.get(k) != base.get(k) for k in ("font", "size", "bold", "italic")):
                fmt.setFont(self.font(rule, shaped))
            if rule.get("colour") and rule.get("colour") != base.get("colour"):
                fmt.setForeground(self.colour(rule["colour"]))
            if rule.get("background"):
                fmt.setBackground(self.colour(rule["background"]))
            if rule.get("raise"):
                fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
            if href:
                fmt.setAnchor(True)
                fmt.setAnchorHref(href)
            self.formats[key] = fmt if not fmt.isEmpty() else None
        return self.formats[key]


# ------------------------------------------------------------------------------------------ layout


@dataclass(slots=True)
class _Item:
    layout: Any
    x: float
    y: float
    height: float
    colour: Any
    step: float
    """Line height factor of its paragraph."""


@dataclass(slots=True)
class _Laid:
    """A block laid out at the page's width, in its own coordinates (0 = its top)."""

    block: Block
    height: float
    margin: float
    items: list[_Item]
    padding_bottom: float
    boxes: list[tuple[float, float, float, str]] = field(default_factory=list)
    """Cell frames: (x, width, height, frame name)."""
    _cuts: list[float] | None = None

    @property
    def cuts(self) -> list[float]:
        """Heights at which the block may be cut between pages: line bottoms no other column crosses.

        Worked out only for the blocks that need it (the article's paragraphs, a card taller than a page).
        """
        if self._cuts is None:
            every = []
            for item in self.items:
                layout = item.layout
                for i in range(layout.lineCount()):
                    line = layout.lineAt(i)
                    top = item.y + line.y()
                    every.append((top, top + line.height() * item.step))
            columns = {item.x for item in self.items}
            if len(columns) > 1:
                bottoms = {b for _, b in every if not any(t < b - 0.5 and b + 0.5 < e for t, e in every)}
            else:
                bottoms = {b for _, b in every}
            limit = self.height - self.padding_bottom - 0.5
            self._cuts = sorted({b for b in bottoms if b < limit} | {self.height})
        return self._cuts


@dataclass(slots=True)
class _Placement:
    laid: _Laid
    y: float
    """Where on the page (from the top of the text area) the piece starts."""
    start: float
    end: float
    """The piece of the block shown: block coordinates."""


@dataclass(slots=True)
class _Frame:
    top: float
    right: float
    bottom: float
    left: float
    gap: float
    after: float
    rule: dict[str, Any]


class _Engine:
    """Lays a PrintDocument out on pages of a paint device and draws the pages."""

    def __init__(self, document: PrintDocument, device: Any, dpi: float) -> None:
        self.document = document
        self.device = device
        self.theme = _Theme(document.style, dpi)
        px = self.theme.px
        margins = document.style["page"]["margins_pt"]
        self.page_w = A4_MM[0] / 25.4 * dpi
        self.page_h = A4_MM[1] / 25.4 * dpi
        self.left, self.top = margins["left"] * px, margins["top"] * px
        self.width = self.page_w - self.left - margins["right"] * px
        self.height = self.page_h - self.top - margins["bottom"] * px
        self.option = QTextOption()
        self.option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.rtl_option = QTextOption(self.option)  # a right-to-left paragraph: its direction and alignment
        self.rtl_option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        self.rtl_option.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.frames: dict[str, _Frame] = {}
        for name, rule in document.style["frames"].items():
            top, right, bottom, left = (float(v) * px for v in rule.get("padding", (0, 0, 0, 0)))
            self.frames[name] = _Frame(top, right, bottom, left, float(rule.get("gap", 0)) * px,
                                       float(rule.get("after", 0)) * px, rule)
        self.no_frame = _Frame(0, 0, 0, 0, 0, 0, {})
        self._cache: dict[tuple[Any, ...], tuple[Any, float]] = {}

    # -- paragraphs and blocks

    def _paras(self, paras: list[Para], x: float, y: float, width: float, items: list[_Item]) -> float:
        """Lay ``paras`` out one under the other from (x, y); return the height they take."""
        top = y
        theme, device, option, cache = self.theme, self.device, self.option, self._cache
        formats = theme.formats
        for para in paras:
            pstyle = para.style
            style = theme.para(pstyle)
            y += style.before
            spans = para.spans
            texts = _span_texts(spans)
            text = texts[0] if len(texts) == 1 else "".join(texts)
            shaped = not text.isascii() and _COMPLEX.search(text) is not None
            key = None
            if len(text) <= CACHED_PARAGRAPH:  # short paragraphs repeat: "none recorded", a source's title
                key = (pstyle, width, text, *[(s.style, s.href, len(s.text)) for s in spans])
                found = cache.get(key)
                if found is not None:
                    layout, height = found
                    items.append(_Item(layout, x, y, height, style.colour, style.line_height))
                    y += height + style.after
                    continue
            layout = QTextLayout(text, style.shaped_font if shaped else style.font, device)
            layout.setTextOption(self.rtl_option if shaped and _right_to_left(text) else option)
            layout.setCacheEnabled(True)
            ranges = []
            position = 0
            last = None
            for span, shown in zip(spans, texts, strict=True):
                length = _utf16_len(shown)
                if (span.style or span.href) and length:
                    fmt = formats.get((pstyle, span.style, span.href, shaped), _MISSING)
                    if fmt is _MISSING:
                        fmt = theme.char_format(pstyle, span.style, span.href, shaped)
                    if fmt is not None:
                        if fmt is last and ranges[-1].start + ranges[-1].length == position:
                            ranges[-1].length += length  # one run for neighbours that look alike
                        else:
                            piece = QTextLayout.FormatRange()
                            piece.start, piece.length, piece.format = position, length, fmt
                            ranges.append(piece)
                    last = fmt
                else:
                    last = None
                position += length
            if ranges:
                layout.setFormats(ranges)
            layout.beginLayout()
            height = 0.0
            step = style.line_height
            line = layout.createLine()
            while line.isValid():
                line.setLineWidth(width)
                if height:
                    line.setPosition(QPointF(0, height))
                height += line.height() * step
                line = layout.createLine()
            layout.endLayout()
            if key is not None:
                cache[key] = (layout, height)
            items.append(_Item(layout, x, y, height, style.colour, step))
            y += height + style.after
        return y - top

    def lay_out(self, block: Block) -> _Laid:
        frame = self.frames.get(block.frame, self.no_frame)
        cells = block.cells
        inner = self.width - frame.left - frame.right
        items: list[_Item] = []
        boxes = []
        if len(cells) == 1 and not cells[0].frame:
            content = self._paras(cells[0].paras, frame.left, frame.top, inner, items)
        else:
            total_share = sum(max(c.width, 0.0) for c in cells) or 1.0
            free = inner - frame.gap * (len(cells) - 1)
            x = frame.left
            content = 0.0
            for cell in cells:
                width = free * max(cell.width, 0.0) / total_share
                box = self.frames.get(cell.frame, self.no_frame)
                used = box.top + self._paras(cell.paras, x + box.left, frame.top + box.top,
                                             width - box.left - box.right, items) + box.bottom
                content = max(content, used)
                if cell.frame:
                    boxes.append((x, width, cell.frame))
                x += width + frame.gap
        below = self._paras(block.below, frame.left, frame.top + content, inner, items) if block.below else 0.0
        height = frame.top + content + below + frame.bottom
        return _Laid(block, height, frame.after, items, frame.bottom,
                     [(bx, bw, content, name) for bx, bw, name in boxes])

    # -- pages

    def paginate(self, laid: list[_Laid], *, pages_wanted: int | None = None) -> list[list[_Placement]]:
        """Cut the blocks into pages: keep-together blocks whole, headings with what follows them.

        A block that may break (the article's paragraphs) is cut between lines; so is one taller than a
        page. With ``pages_wanted``, stops once that many pages are full.
        """
        pages: list[list[_Placement]] = [[]]
        room = self.height
        y = 0.0
        table_head: _Laid | None = None  # repeated at the top of a page a table's rows run on to

        def new_page() -> bool:
            nonlocal y
            pages.append([])
            y = 0.0
            return pages_wanted is None or len(pages) <= pages_wanted

        for index, item in enumerate(laid):
            block = item.block
            if block.frame == "table-head":
                table_head = item
            elif block.frame != "row":
                table_head = None
            if block.page_break_before and pages[-1] and not new_page():
                break
            if block.keep_with_next and index + 1 < len(laid):
                # a heading (or a run of them) goes to the next page unless what follows starts here too
                need, ahead = item.height + item.margin, index + 1
                while ahead < len(laid) and laid[ahead].block.keep_with_next:
                    need += laid[ahead].height + laid[ahead].margin
                    ahead += 1
                if ahead < len(laid):
                    following = laid[ahead]
                    if following.block.keep_together and following.height <= room:
                        need += following.height
                    else:
                        need += following.cuts[min(1, len(following.cuts) - 1)]  # two lines of it at least
                if y + need > room and pages[-1] and need <= room and not new_page():
                    break
            elif (block.keep_together and y + item.height > room and item.height <= room and pages[-1]
                  and not new_page()):
                break
            if table_head is not None and block.frame == "row" and not pages[-1]:
                pages[-1].append(_Placement(table_head, 0.0, 0.0, table_head.height))
                y = table_head.height + table_head.margin
            if y + item.height <= room:
                pages[-1].append(_Placement(item, y, 0.0, item.height))
                y += item.height + item.margin
                continue
            start = 0.0
            while True:
                fits = [c for c in item.cuts if start + 0.5 < c <= start + room - y]
                if not fits:
                    if pages[-1]:
                        if not new_page():
                            return pages[:-1]
                        continue
                    fits = [min(start + room, item.height)]  # one line taller than a page
                end = max(fits)
                pages[-1].append(_Placement(item, y, start, end))
                if end >= item.height - 0.5:
                    y += end - start + item.margin
                    break
                start = end
                if not new_page():
                    return pages[:-1]
        if len(pages) > 1 and not pages[-1]:
            pages.pop()
        if pages_wanted is not None and len(pages) > pages_wanted:
            return pages[:pages_wanted]
        return pages

    def draw_page(self, painter: Any, placements: list[_Placement], number: int, count: int) -> None:
        theme = self.theme
        px = theme.px
        left, width = self.left, self.width
        pen = None
        for place in placements:
            laid = place.laid
            block = laid.block
            rule = self.frames.get(block.frame, self.no_frame).rule
            dy = self.top + place.y - place.start  # page y of the block's own 0
            partial = place.start > 0 or place.end < laid.height
            if partial:
                painter.save()
                painter.setClipRect(QRectF(left - px, dy + place.start, width + 2 * px, place.end - place.start))
            if rule:
                rect = QRectF(left, dy + place.start, width, place.end - place.start)
                if rule.get("fill"):
                    painter.fillRect(rect, theme.colour(rule["fill"], block.status))
                if rule.get("border"):
                    painter.setPen(QPen(theme.colour(rule["border"]), 0.6 * px))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(rect)
                    pen = None
                if rule.get("stripe"):
                    painter.fillRect(QRectF(left, rect.top(), float(rule["stripe"]) * px, rect.height()),
                                     theme.colour(block.status or "muted"))
                if rule.get("rule_below") and place.end >= laid.height - 0.5:
                    painter.setPen(QPen(theme.colour(rule["rule_below"]), 0.6 * px))
                    painter.drawLine(QPointF(left, dy + laid.height), QPointF(left + width, dy + laid.height))
                    pen = None
            for bx, bw, bh, name in laid.boxes:
                box = self.frames.get(name, self.no_frame)
                if box.rule.get("border"):
                    painter.setPen(QPen(theme.colour(box.rule["border"]), 0.6 * px))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    top = self.frames.get(block.frame, self.no_frame).top
                    painter.drawRect(QRectF(left + bx, dy + top, bw, bh))
                    pen = None
            for item in laid.items:
                if partial and (item.y + item.height <= place.start + 0.5 or item.y >= place.end - 0.5):
                    continue
                if item.colour is not pen:
                    painter.setPen(item.colour)
                    pen = item.colour
                item.layout.draw(painter, QPointF(left + item.x, dy + item.y))
            if partial:
                painter.restore()
                pen = None
        self._footer(painter, number, count)

    def _footer(self, painter: Any, number: int, count: int) -> None:

        theme = self.theme
        rule = {"font": "sans", "size": self.document.style["page"].get("footer_pt", 7)}
        painter.setFont(theme.font(rule))
        painter.setPen(theme.colour("muted"))
        y = self.top + self.height + 14 * theme.px
        box = QRectF(self.left, y, self.width, 12 * theme.px)
        footer = self.document.footer if len(self.document.footer) < 110 else self.document.footer[:108] + "…"
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), footer)
        shown = f"Page {number} of {count}" if count else f"Page {number}"
        painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), shown)


# ------------------------------------------------------------------------------------------ writers


def _steps(total: int) -> int:
    return max(1, total // 100)


def _draw_document(document: PrintDocument, target: Path, progress: Progress | None) -> int:
    """Draw ``document`` into a PDF at ``target``; return the number of pages."""

    writer = QPdfWriter(str(target))
    writer.setCreator("Workbench")
    writer.setTitle(f"Verification report: {document.title}"[:200])
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    engine = _Engine(document, writer, PDF_DPI)
    blocks = document.blocks
    total = 2 * len(blocks) + 1
    every = _steps(total)
    laid = []
    for i, block in enumerate(blocks, start=1):
        laid.append(engine.lay_out(block))
        if progress is not None and i % every == 0:
            progress(i, total)
    pages = engine.paginate(laid)
    painter = QPainter()
    if not painter.begin(writer):
        raise ReportError(f"Qt could not start the PDF {target.name}; check the disk and the folder")
    try:
        done = len(blocks)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            engine.draw_page(painter, page, number, len(pages))
            done += len(page)
            if progress is not None:
                progress(min(done, total - 1), total)
    finally:
        painter.end()
    del writer  # finishes and closes the file
    if progress is not None:
        progress(total, total)
    return len(pages)


def _draw_html(html: str, target: Path) -> None:
    """HTML (the ``html-print`` report, say) laid out by QTextDocument on A4 pages."""

    writer = QPdfWriter(str(target))
    writer.setCreator("Workbench")
    writer.setTitle("Verification report")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(QSizeF())  # unpaginated: print_ lays it out on the writer's pages, numbered
    document.print_(writer)
    del writer


def write_pdf(content: PrintDocument | str, path: Path, *, progress: Progress | None = None) -> None:
    """Write the report as an A4 PDF at ``path``, atomically (a temporary file renamed when complete).

    ``content`` is the report's :class:`PrintDocument` (``workbench.core.report.print_document``) or
    HTML. ``progress(done, total)`` is called as the pages are laid out and drawn, from this thread.
    """
    _ensure_app()
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    temp = Path(name)
    try:
        if isinstance(content, str):
            _draw_html(content, temp)
        else:
            _draw_document(content, temp, progress)
        with open(temp, "rb") as produced:
            if produced.read(5) != b"%PDF-":
                raise ReportError(f"Qt could not write the PDF {path.name}; check the disk and the folder")
        with contextlib.suppress(OSError):
            os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def render_page(document: PrintDocument, *, width: int = 900, page: int = 1) -> Any:
    """Page ``page`` of the printed report as a QImage ``width`` pixels wide (the export preview).

    Lays out only the blocks up to that page, so it is quick even for a long review; safe in a worker.
    """

    _ensure_app()
    dpi = width / (A4_MM[0] / 25.4)
    image = QImage(width, round(width * A4_MM[1] / A4_MM[0]), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    engine = _Engine(document, image, dpi)
    laid: list[_Laid] = []
    used = 0.0
    for block in document.blocks:  # enough blocks to fill the pages asked for, and one more
        laid.append(engine.lay_out(block))
        used += laid[-1].height + laid[-1].margin
        if used > engine.height * (page + 1):
            break
    pages = engine.paginate(laid, pages_wanted=page)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        if len(pages) >= page:
            engine.draw_page(painter, pages[page - 1], page, 0)
    finally:
        painter.end()
    return image
