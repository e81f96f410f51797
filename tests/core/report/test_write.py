"""Writing report files: atomic (temp name + rename), never half-written, clear errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from report_fixtures import FORMULA, SCRIPT, make_bundle

from workbench.core.errors import ReportError
from workbench.core.report import FORMATS, PrintDocument, default_filename, write_report


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "pdf"])
def test_writes_each_text_format(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"report.{fmt}"
    assert write_report(make_bundle(), fmt, target) == target
    assert target.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left behind
    assert target.stat().st_mode & 0o777 == 0o644


def test_csv_file_reads_back_with_the_csv_module(tmp_path: Path) -> None:
    target = write_report(make_bundle(), "csv", tmp_path / "claims.csv")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets see UTF-8
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["number", "claim_id", "status", "kind"]
    assert len(rows) == 5
    assert rows[2][rows[0].index("note")].startswith("'" + FORMULA)


def test_json_file_parses(tmp_path: Path) -> None:
    target = write_report(make_bundle(), "json", tmp_path / "r.json")
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["claims"] == 4


def test_failure_leaves_the_old_file_untouched_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")

    def broken_writer(html: str, path: Path) -> None:
        path.write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError):
        write_report(make_bundle(), "pdf", target, pdf_writer=broken_writer)
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_disk_error_becomes_report_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.html"
    target.write_text("previous", encoding="utf-8")
    import os

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ReportError, match="No space left on device"):
        write_report(make_bundle(), "html", target)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_pdf_writer_gets_the_print_document_and_a_temp_path(tmp_path: Path) -> None:
    calls: list[tuple[PrintDocument, Path]] = []

    def fake_writer(document: PrintDocument, path: Path) -> None:
        calls.append((document, path))
        path.write_bytes(b"%PDF-1.4 fake")

    target = write_report(make_bundle(), "pdf", tmp_path / "r.pdf", pdf_writer=fake_writer)
    assert target.read_bytes() == b"%PDF-1.4 fake"
    document, temp = calls[0]
    assert temp != target and temp.parent == tmp_path
    text = document.text()
    assert "VERIFICATION REPORT" in text and SCRIPT in text  # plain text, drawn as text by the renderer
    assert "Appendix: change history" not in text
    write_report(make_bundle(), "pdf", tmp_path / "h.pdf", pdf_writer=fake_writer, include_history=True)
    assert "Appendix: change history" in calls[-1][0].text()


def test_bad_targets(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="does not exist"):
        write_report(make_bundle(), "html", tmp_path / "missing" / "r.html")
    with pytest.raises(ReportError, match="is a folder"):
        write_report(make_bundle(), "html", tmp_path)
    with pytest.raises(ReportError, match="PDF reports need"):
        write_report(make_bundle(), "pdf", tmp_path / "r.pdf")
    with pytest.raises(ReportError, match="unknown report format"):
        write_report(make_bundle(), "xlsx", tmp_path / "r.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_default_filename() -> None:
    assert (
        default_filename(make_bundle(), "html")
        == "review-7-council-approves-4-5m-img-src-x-onerror-document-title-pwned.html"
    )
    assert default_filename(make_bundle(), "claimreview").endswith(".claimreview.json")
