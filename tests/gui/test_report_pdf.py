"""PDF reports drawn by Qt: a real PDF, A4 pages, the report's content, hostile text shown as text."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
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
BACKENDS = ("sqlite", "postgresql")  # the tests that read a stored review run against both back ends


def test_writes_a_pdf_through_write_report(tmp_path: Path) -> None:
    target = write_report(make_bundle(), "pdf", tmp_path / "report.pdf", pdf_writer=write_pdf)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"%%EOF" in data[-64:]
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


@pytest.mark.skipif(PDFTOPPM is None, reason="poppler-utils (pdftoppm) is not installed")
def test_pdf_pages_render_to_png(tmp_path: Path) -> None:
    target = write_report(make_bundle(), "pdf", tmp_path / "report.pdf", pdf_writer=write_pdf,
                          include_history=True)
    subprocess.run(
        [str(PDFTOPPM), "-png", "-r", "40", str(target), str(tmp_path / "page")], check=True, timeout=120
    )
    pages = sorted(tmp_path.glob("page-*.png"))
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert len(pages) == count >= 1
    assert all(p.read_bytes().startswith(b"\x89PNG") and p.stat().st_size > 2000 for p in pages)
    assert "A4" in info or "595" in info


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils (pdftotext) is not installed")
def test_pdf_holds_the_report_content(tmp_path: Path) -> None:
    target = write_report(make_bundle(), "pdf", tmp_path / "report.pdf", pdf_writer=write_pdf,
                          include_history=True)
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
    assert "Page 1 of" in flat


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


# ---------------------------------------------------------------- the seed review on paper


def _pages(pdf: Path) -> list[str]:
    """Each page's text as pdftotext lays it out, whitespace collapsed."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    return [" ".join(subprocess.run([str(PDFTOTEXT), "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"],
                                    capture_output=True, text=True, check=True).stdout.split())
            for n in range(1, count + 1)]


def _pieces(block) -> list[str]:  # type: ignore[no-untyped-def]
    """Short runs of a block's text, from its first line to its last, to find on a page.

    Each run stops before right-to-left text (pdftotext gives it in visual order) and emoji (no glyphs
    in the fonts installed); a whole run must not be followed by more of a word ("#1" is not "#16")."""
    columns = len(block.cells) > 1  # side by side, the columns' lines interleave: look for their starts
    texts = [(p.text, 12 if columns else 28) for c in block.cells for p in c.paras]
    texts += [(p.text, 28) for p in block.below]
    pieces = []
    for text, reach in texts:
        flat = " ".join(text.replace("\u2028", " ").split())
        stop = next((i for i, ch in enumerate(flat)
                     if unicodedata.bidirectional(ch) in ("R", "AL") or ord(ch) > 0x2FFF), len(flat))
        run = flat[:min(stop, reach)].strip()
        if run:
            pieces.append(re.escape(run) + (r"(?![\w])" if len(run) == len(flat) else ""))
    return [re.compile(piece) for piece in pieces]


def _assert_cards_whole(document, pages: list[str]) -> None:  # type: ignore[no-untyped-def]
    """No claim card (or verified row) starts on one page and ends on the next."""
    cursor = [0] * len(pages)  # cards come in order: search each page after the last card found on it
    for block in document.blocks:
        if not block.name.startswith("claim-"):
            continue
        head, *rest = _pieces(block)
        found = [n for n, page in enumerate(pages) if head.search(page, cursor[n])]
        assert found, f"{block.name}: {head.pattern!r} on no page"
        page = found[0]
        match = head.search(pages[page], cursor[page])
        assert match is not None
        at = match.end()
        for piece in rest:
            spot = piece.search(pages[page], at)
            assert spot, f"{block.name} is split: {piece.pattern!r} is not on page {page + 1} with {head.pattern!r}"
            at = spot.end()
        cursor[page] = at


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils (pdftotext) is not installed")
def test_the_seed_review_fits_three_pages_and_no_card_is_split(tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    from report_fixtures import seed_review

    from workbench.core.report import print_document

    bundle = library.bundle(seed_review(library))
    pdf = write_report(bundle, "pdf", tmp_path / "seed.pdf", pdf_writer=write_pdf)
    pages = _pages(pdf)
    assert len(pages) <= 3
    first = pages[0]
    order = ["VERIFICATION REPORT", "Not ready for republication (3 disputed, 2 unchecked)",
             "3 claims are disputed: #3, #16, #18.", "18 13 3 2 1 CLAIMS VERIFIED DISPUTED UNCHECKED CORRECTED",
             "Disputed claims (3)", "#3 DISPUTED",
             "#16 DISPUTED", "#18 DISPUTED"]
    spots = [first.find(text) for text in order]
    assert -1 not in spots and spots == sorted(spots), list(zip(order, spots, strict=True))
    whole = " ".join(pages)
    assert "Correction: the article says “1,350 people”; the correct figure is 1,200 people." in whole
    assert ("Correction: the article says “$88 billion” (read as more than US$88 billion); the correct figure "
            "is more than US$90 billion.") in whole
    assert whole.index("Unchecked claims (2)") < whole.index("Verified claims (13)") < whole.index(
        "The article, with claims marked")
    assert "seeds/" not in whole and "Address" not in whole
    _assert_cards_whole(print_document(bundle), pages)
    assert b"/URI (https://www.reuters.com/article/us-nato-iraq/nato-agrees-iraq-mission)" in pdf.read_bytes()


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils (pdftotext) is not installed")
def test_cards_stay_whole_across_many_pages(tmp_path: Path) -> None:
    """Claims with long notes and several sources: page breaks fall between cards, never inside one."""
    from workbench.core.model import Source
    from workbench.core.report import print_document

    bundle = make_bundle()
    template = bundle.claims[1]
    for i in range(40):
        claim = type(template)(**{**template.__dict__, "id": 1000 + i, "number": 10 + i, "position": 10 + i,
                                  "status": ("disputed", "unchecked", "verified")[i % 3],
                                  "note": f"Note {i}: " + "the budget line does not say so. " * (i % 7 + 1),
                                  "sources": [Source(id=i, citation=f"https://x.example/{i}/{k}",
                                                     title=f"Source {i}.{k}") for k in range(i % 4)]})
        bundle.claims.append(claim)
    pdf = write_report(bundle, "pdf", tmp_path / "long.pdf", pdf_writer=write_pdf)
    pages = _pages(pdf)
    assert len(pages) >= 3
    _assert_cards_whole(print_document(bundle), pages)


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils (pdftotext) is not installed")
def test_a_right_to_left_name_does_not_pull_the_date_into_its_run(tmp_path: Path) -> None:
    """The disputed claim was marked by a name in Arabic: the date after it keeps its order."""
    target = write_report(make_bundle(), "pdf", tmp_path / "report.pdf", pdf_writer=write_pdf)
    text = " ".join(subprocess.run([str(PDFTOTEXT), str(target), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "2024-03-15 10:30 UTC" in text
    assert "10:30 15-03-2024" not in text


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils (pdftotext) is not installed")
def test_the_revised_seed_prints_every_section(tmp_path: Path, library) -> None:  # type: ignore[no-untyped-def]
    """Version 2 of the seed, with decided dated wording and checks: the sections are on paper, in order,
    the hostile reasons printed as text, and no check card or wording row split across pages."""
    from report_fixtures import CHECK_REASON, DISMISS_REASON, REWRITE, revised_seed_review

    from workbench.core.report import print_document

    bundle = library.bundle(revised_seed_review(library))
    pdf = write_report(bundle, "pdf", tmp_path / "revised.pdf", pdf_writer=write_pdf)
    pages = _pages(pdf)
    first = pages[0]
    order = ["Checked version 2 of 2", "First published Thu 15 Feb 2018 — 8 years before the republication date",
             "Republication date 1 March 2026", "Not ready for republication",
             "5 claims need re-checking: 1 changed, 4 new (since version 1).",
             "3 removed since version 1 (listed below, not counted)"]
    spots = [first.find(text) for text in order]
    assert -1 not in spots and spots == sorted(spots), list(zip(order, spots, strict=True))
    whole = " ".join(pages)
    headings = ["Removed since version 1 (3)", "Checks (3)", "Dated wording (", "The article, with claims marked"]
    at = [whole.find(h) for h in headings]
    assert -1 not in at and at == sorted(at), list(zip(headings, at, strict=True))
    for expected in ("12 + 20 = 32, but the total given is 30", "25% of 200 is 50, but the text says 60 people",
                     "DISMISSED", "DISPUTED", "OPEN", "REWRITE ACCEPTED", "STILL TRUE", "UNDECIDED",
                     f"“{REWRITE}”", "was verified by Sam Okoro", "Changed since version 1: was “$1 billion”",
                     "SPEAKER Jens Stoltenberg · told · direct speech"):
        assert expected in whole, expected
    assert _flat_pdf(CHECK_REASON) in whole  # markup printed as text (a check card is one column)
    plain = " ".join(subprocess.run([str(PDFTOTEXT), str(pdf), "-"], capture_output=True, text=True,
                                    check=True).stdout.split())
    # the dismissal's reason wraps in its narrow column, anywhere: its pieces are there, as text
    assert "The scope was set in" in plain and "<script>document.title" in plain and "'pwned';alert(1)</" in plain
    assert DISMISS_REASON.startswith("The scope was set in")
    document = print_document(bundle)
    _assert_blocks_whole(document, pages, ("check-", "wording-", "removed-"))


def _flat_pdf(text: str) -> str:
    return " ".join(text.split())


def _assert_blocks_whole(document, pages: list[str], prefixes: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    """Each block named with one of ``prefixes`` has all its pieces on the page where its first one is."""
    for block in document.blocks:
        if not block.name.startswith(prefixes) or block.name.endswith(("-heading", "-note", "-columns", "-count")):
            continue
        head, *rest = _pieces(block)
        found = [n for n, page in enumerate(pages) if head.search(page)]
        assert found, f"{block.name}: {head.pattern!r} on no page"
        assert any(all(piece.search(pages[n]) for piece in rest) for n in found), f"{block.name} is split"
