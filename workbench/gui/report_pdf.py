"""PDF reports drawn by Qt: the ``html-print`` report laid out by QTextDocument on A4 pages.

``write_pdf`` is the ``pdf_writer`` that ``workbench.core.report.write_report`` expects. It needs a Qt
GUI application; when none exists (the command line) it starts an offscreen one on first use, never at
import time.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from workbench.core.errors import ReportError

PAGE_MARGIN_MM = 0.0
"""Extra page margin; QTextDocument.print_ already keeps 2 cm around the text and prints page numbers."""
_APP = None  # an application this module had to start; kept alive for later reports


def _ensure_app() -> None:
    """Make sure a Qt GUI application exists (offscreen when there is no display)."""
    global _APP
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    instance = QCoreApplication.instance()
    if instance is not None:
        if not isinstance(instance, QGuiApplication):
            raise ReportError("PDF reports need Qt's GUI module; a console-only Qt application is running")
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:  # a QApplication, so that widgets may still be made in this process later
        from PySide6.QtWidgets import QApplication

        _APP = QApplication(["workbench-report"])
    except ImportError:
        _APP = QGuiApplication(["workbench-report"])


def _render(html: str, target: Path) -> None:
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(target))
    writer.setCreator("Workbench")
    writer.setTitle("Verification report")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setDocumentMargin(0)
    document.setHtml(html)
    # The document is left unpaginated (no page size set), so QTextDocument.print_ lays it out on the
    # writer's pages and adds the page number at the foot of each page.
    document.setPageSize(QSizeF())
    document.print_(writer)
    del writer  # finishes and closes the file


def write_pdf(html: str, path: Path) -> None:
    """Write ``html`` (preferably the ``html-print`` report) as an A4 PDF at ``path``, atomically."""
    _ensure_app()
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    temp = Path(name)
    try:
        _render(html, temp)
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
