"""PDF reports drawn by Qt: a real PDF, A4 pages, the report's content, hostile text shown as text."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "report"))
from report_fixtures import SCRIPT, make_bundle  # noqa: E402  (the report tests' shared review)

from workbench.core.report import render_report, write_report  # noqa: E402
from workbench.gui.report_pdf import write_pdf  # noqa: E402

PDFTOPPM = shutil.which("pdftoppm")
pytestmark = pytest.mark.usefixtures("qapp")  # pytest-qt's QApplication, shared with the other GUI tests
PDFTOTEXT = shutil.which("pdftotext")


def test_writes_a_pdf_through_write_report(tmp_path: Path) -> None:
    target = write_report(make_bundle(), "pdf", tmp_path / "report.pdf", pdf_writer=write_pdf)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"%%EOF" in data[-64:]
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


@pytest.mark.skipif(PDFTOPPM is None, reason="poppler-utils (pdftoppm) is not installed")
def test_pdf_pages_render_to_png(tmp_path: Path) -> None:
    target = write_report(make_bundle(), "pdf", tmp_path / "report.pdf", pdf_writer=write_pdf)
    subprocess.run(
        [str(PDFTOPPM), "-png", "-r", "40", str(target), str(tmp_path / "page")], check=True, timeout=120
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 3  # summary and claims, the marked article, the history appendix
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in pages)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "A4" in info or "595.2" in info


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils (pdftotext) is not installed")
def test_pdf_holds_the_report_content(tmp_path: Path) -> None:
    target = write_report(make_bundle(), "pdf", tmp_path / "report.pdf", pdf_writer=write_pdf)
    text = subprocess.run(
        [str(PDFTOTEXT), str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    for expected in (
        "VERIFICATION REPORT",
        "Not ready for republication (1 disputed, 1 unchecked)",
        "€4.5 million",
        "City budget 2024, page 12",
        "The Daily <b>Ledger</b>",
        "The article, with claims marked",
        "Appendix: change history",
    ):
        assert expected in flat, expected
    assert "<script>document.title='pwned';alert(1)</script>" in flat  # printed as text
    assert "\f" in text  # more than one page


def test_write_pdf_directly_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "direct.pdf"
    target.write_bytes(b"old")
    write_pdf(render_report(make_bundle(), "html-print"), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["direct.pdf"]
    assert SCRIPT  # the shared review is the hostile one


def test_write_pdf_starts_its_own_app_when_none_exists(tmp_path: Path) -> None:
    """The command line has no Qt application; write_pdf must make one (offscreen) by itself."""
    script = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[2]);"
        "from report_fixtures import make_bundle;"
        "from workbench.core.report import write_report;"
        "from workbench.gui.report_pdf import write_pdf;"
        "from PySide6.QtCore import QCoreApplication; assert QCoreApplication.instance() is None;"
        "write_report(make_bundle(), 'pdf', Path(sys.argv[1]), pdf_writer=write_pdf)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    target = tmp_path / "cli.pdf"
    helper_dir = str(Path(__file__).resolve().parents[1] / "core" / "report")
    subprocess.run(
        [sys.executable, "-c", script, str(target), helper_dir],
        env=env,
        check=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert target.read_bytes().startswith(b"%PDF-")
