"""Verification reports: HTML, PDF, Markdown, CSV, JSON and schema.org ClaimReview.

Every format shows the same content, computed once by :func:`build_view`. User and article strings are
escaped for each format; only http(s) addresses become links; CSV cells cannot run as formulas. Files are
written to a temporary name in the target folder and renamed, so a report is never left half-written.

The core stays free of Qt: PDF is drawn by a ``pdf_writer(document, path)`` callable that the caller
passes in (``workbench.gui.report_pdf.write_pdf``), fed with a :class:`PrintDocument` (the report as
simple blocks, which the ``html-print`` variant also shows). The change history is left out unless
``include_history`` is given; when it is, it is the net history in words (undo pairs left out).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from workbench.core.errors import ReportError
from workbench.core.model import ReviewBundle
from workbench.core.report._history import HistoryEntry, history_entries, net_events
from workbench.core.report._print import PrintDocument, build_print
from workbench.core.report._text import JSON_SCHEMA
from workbench.core.report._view import ReportView, build_view, looks_like_login

__all__ = [
    "FORMATS",
    "JSON_SCHEMA",
    "SUFFIXES",
    "HistoryEntry",
    "PrintDocument",
    "ReportView",
    "build_view",
    "default_filename",
    "history_entries",
    "looks_like_login",
    "net_events",
    "print_document",
    "render_report",
    "summary_counts",
    "unchecked_warning",
    "write_report",
]

FORMATS: tuple[str, ...] = ("html", "pdf", "md", "csv", "json", "claimreview")
"""The formats a person can ask for."""

TEXT_FORMATS: tuple[str, ...] = ("html", "html-print", "md", "csv", "json", "claimreview")
"""Formats :func:`render_report` returns as text; ``html-print`` is the variant Qt's PDF renderer reads."""

SUFFIXES = {
    "html": ".html",
    "pdf": ".pdf",
    "md": ".md",
    "csv": ".csv",
    "json": ".json",
    "claimreview": ".claimreview.json",
}
"""The usual file name ending for each format."""

PdfWriter = Callable[[PrintDocument, Path], None]
"""Draws a :class:`PrintDocument` as a PDF file at the path (``workbench.gui.report_pdf.write_pdf``)."""


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        shown = ", ".join(f for f in allowed if f != "html-print")
        raise ReportError(f"unknown report format {fmt!r}; choose one of {shown}")


def render_report(bundle: ReviewBundle, fmt: str, *, generated: str | None = None,
                  include_history: bool = False) -> str:
    """The report as text in ``fmt`` (``html``, ``html-print``, ``md``, ``csv``, ``json``, ``claimreview``).

    ``generated`` is the report's timestamp (ISO 8601); it defaults to now. ``include_history`` adds the
    change history (in words, local time, undo pairs left out; the JSON report also gets the raw events).
    """
    if fmt == "pdf":
        raise ReportError("a PDF report is not text; write it to a file (write_report, or -o PATH)")
    _check_format(fmt, TEXT_FORMATS)
    view = build_view(bundle, generated, include_history=include_history)
    if fmt in ("html", "html-print"):
        from workbench.core.report._html import render_html

        return render_html(view, for_print=fmt == "html-print")
    from workbench.core.report import _text

    renderers = {
        "md": _text.render_markdown,
        "csv": _text.render_csv,
        "json": _text.render_json,
        "claimreview": _text.render_claimreview,
    }
    return renderers[fmt](view)


def print_document(bundle: ReviewBundle, *, generated: str | None = None,
                   include_history: bool = False) -> PrintDocument:
    """The report as the blocks the PDF renderer lays out (the same content as every other format)."""
    return build_print(build_view(bundle, generated, include_history=include_history))


def summary_counts(bundle: ReviewBundle) -> dict[str, int | bool]:
    """``claims``, ``verified``, ``disputed``, ``unchecked`` and ``ready``, counted from the claims.

    A person's later mentions are checked with the first and not counted (as the library counts).
    """
    view = build_view(bundle, sections=False)
    return {
        "claims": view.total,
        "verified": view.verified,
        "disputed": view.disputed,
        "unchecked": view.unchecked,
        "ready": view.ready,
    }


def unchecked_warning(bundle: ReviewBundle) -> str | None:
    """The warning to show before exporting a review that still has unchecked claims, else ``None``."""
    counts = summary_counts(bundle)
    unchecked, total = counts["unchecked"], counts["claims"]
    if not unchecked:
        return None
    verb = "is" if unchecked == 1 else "are"
    return (
        f"{unchecked} of the {total} claims {verb} still unchecked. The report will list "
        f"{'it' if unchecked == 1 else 'them'} as unchecked and the article as not ready for republication."
    )


def default_filename(bundle: ReviewBundle, fmt: str) -> str:
    """A file name for the report, from the article's title: ``review-12-council-budget.html``."""
    _check_format(fmt, FORMATS)
    import re
    import unicodedata

    title = bundle.article.title or bundle.review.title or "report"
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_title).strip("-").lower()[:60].strip("-") or "report"
    return f"review-{bundle.review.id}-{slug}{SUFFIXES[fmt]}"


def _temp_path(path: Path) -> Path:
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    return Path(name)


def _finish(temp: Path, path: Path) -> None:
    """Give the temporary file ordinary permissions and move it over the target in one step."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)
    os.replace(temp, path)


def write_report(
    bundle: ReviewBundle,
    fmt: str,
    path: Path,
    *,
    pdf_writer: PdfWriter | None = None,
    generated: str | None = None,
    include_history: bool = False,
) -> Path:
    """Write the report to ``path`` atomically and return the path.

    The content goes to a temporary file in the same folder, which is renamed over ``path`` only when
    complete; on any failure the temporary file is removed and ``path`` is left as it was. ``pdf`` needs
    ``pdf_writer(document, path)``. ``include_history`` adds the change history (off by default).
    Raises :class:`ReportError` with a message a person can act on.
    """
    _check_format(fmt, FORMATS)
    path = Path(path)
    if path.is_dir():
        raise ReportError(f"{path} is a folder; give a file name for the report")
    if not path.parent.is_dir():
        raise ReportError(f"the folder {path.parent} does not exist; choose another place for the report")
    if fmt == "pdf" and pdf_writer is None:
        raise ReportError(
            "PDF reports need the window's renderer; use the window, or choose html and print it"
        )
    document: PrintDocument | None = None
    content = ""
    if fmt == "pdf":
        document = print_document(bundle, generated=generated, include_history=include_history)
    else:
        content = render_report(bundle, fmt, generated=generated, include_history=include_history)
    try:
        temp = _temp_path(path)
    except OSError as exc:
        raise ReportError(
            f"cannot write in {path.parent}: {exc.strerror or exc}; choose another folder"
        ) from None
    try:
        if document is not None:
            assert pdf_writer is not None
            pdf_writer(document, temp)
            if not temp.is_file() or temp.stat().st_size == 0:
                raise ReportError("the PDF renderer produced no file; try the html format and print it")
        else:
            encoding = "utf-8-sig" if fmt == "csv" else "utf-8"  # the BOM lets spreadsheets see UTF-8
            with open(temp, "w", encoding=encoding, newline="") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        _finish(temp, path)
    except ReportError:
        _remove(temp)
        raise
    except OSError as exc:
        _remove(temp)
        raise ReportError(
            f"cannot write {path}: {exc.strerror or exc}; check the disk and the folder"
        ) from None
    except BaseException:
        _remove(temp)
        raise
    return path


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()
