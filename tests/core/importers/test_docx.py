"""Word files: zip bombs refused before python-docx reads them, the text limit, and credible dates."""

from __future__ import annotations

import datetime as dt
import io
import random
import struct
import tracemalloc
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

import pytest

from workbench.core.errors import ImportFailedError
from workbench.core.importers import _docx, load_article

PARAGRAPH = b"<w:p><w:r><w:t>The council spent 4.5 million on bridges in 2024, officials said.</w:t></w:r></w:p>"


def _template(**props: object) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("placeholder")
    for key, value in props.items():
        setattr(document.core_properties, key, value)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _write_docx(path: Path, body: Iterable[bytes], *, level: int = 1, **props: object) -> Path:
    """A real .docx whose ``word/document.xml`` body is ``body``, written (and packed) streaming."""
    source = zipfile.ZipFile(io.BytesIO(_template(**props)))
    xml = source.read("word/document.xml")
    head, _, rest = xml.partition(b"<w:body>")
    tail = rest[rest.index(b"<w:sectPr") :]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                target.writestr(item, source.read(item.filename))
                continue
            info = zipfile.ZipInfo("word/document.xml")
            info.compress_type = zipfile.ZIP_DEFLATED
            with target.open(info, "w") as part:
                part.write(head + b"<w:body>")
                for chunk in body:
                    part.write(chunk)
                part.write(tail)
    return path


def _repeated(total_bytes: int) -> Iterable[bytes]:
    block = PARAGRAPH * 1000
    for _ in range(total_bytes // len(block)):
        yield block


def _numbered(count: int) -> Iterable[bytes]:
    """Paragraphs that pack about 10 to 1, like real Word XML (no zip-bomb ratio)."""
    for i in range(count):
        text = f"Paragraph {i}: the council voted {i * 7} to {i % 13} on the budget for {i % 97} bridges."
        yield f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()


def _forbid_python_docx(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, record every document handed to python-docx (and refuse to parse it)."""
    import docx

    calls: list[str] = []

    def spy(*args: object, **kwargs: object) -> None:
        calls.append("docx.Document")
        raise AssertionError("python-docx was asked to read the file")

    monkeypatch.setattr(docx, "Document", spy)
    return calls


def test_a_200_mb_document_xml_is_refused_from_the_zip_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write_docx(tmp_path / "bomb.docx", _repeated(200 * 1024 * 1024))
    assert path.stat().st_size < 3 * 1024 * 1024  # a small file...
    docx_reads = _forbid_python_docx(monkeypatch)
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailedError, match=r"bomb.docx would unpack to 200 MB \(word/document.xml\)"):
            load_article(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert docx_reads == []  # ...refused before python-docx unpacked anything
    assert peak < 30 * 1024 * 1024


def test_a_document_packed_like_a_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 20 MB of identical paragraphs: within the size limits, but packed 250 times
    path = _write_docx(tmp_path / "dense.docx", _repeated(20 * 1024 * 1024), level=9)
    docx_reads = _forbid_python_docx(monkeypatch)
    with pytest.raises(ImportFailedError, match=r"unpacks to over 100 times its size.*zip bomb") as info:
        load_article(path)
    assert "\n" not in str(info.value)
    assert docx_reads == []


def _lie_about_size(data: bytes, name: str, size: int, crc: int) -> bytes:
    """Rewrite the CRC and uncompressed size of ``name`` in its local header and central directory entry."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(name)
    patched = bytearray(data)
    struct.pack_into("<I", patched, info.header_offset + 14, crc)
    struct.pack_into("<I", patched, info.header_offset + 22, size)
    entry = archive.start_dir
    while patched[entry + 46 : entry + 46 + len(name)] != name.encode():
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", patched, entry + 28)
        entry += 46 + name_length + extra_length + comment_length
    struct.pack_into("<I", patched, entry + 16, crc)
    struct.pack_into("<I", patched, entry + 24, size)
    return bytes(patched)


def test_a_zip_directory_that_lies_about_sizes_gains_nothing(tmp_path: Path) -> None:
    """Python's zipfile unpacks a whole part before cutting it to the declared size: 460 MB for this."""
    real = _write_docx(tmp_path / "real.docx", _repeated(200 * 1024 * 1024))
    with zipfile.ZipFile(real) as archive, archive.open("word/document.xml") as part:
        first = part.read(4096)
    liar = tmp_path / "liar.docx"
    # "4 KB, packed 1 to 1", with the checksum of those 4 KB so that zipfile finds nothing wrong
    liar.write_bytes(_lie_about_size(real.read_bytes(), "word/document.xml", 4096, zlib.crc32(first)))
    assert zipfile.ZipFile(liar).read("word/document.xml") == first
    tracemalloc.start()
    try:
        with pytest.raises(ImportFailedError, match=r"liar.docx (would unpack|unpacks) to over .*\(word/document.xml\)"):
            load_article(liar)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 30 * 1024 * 1024


def test_text_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = _write_docx(tmp_path / "long.docx", _numbered(8000))  # 850 KB of XML, 650 KB of text
    with pytest.raises(ImportFailedError, match=r"the text of long.docx is over 200 KB; articles that big"):
        load_article(path, max_bytes=200 * 1024)
    assert len(load_article(path, max_bytes=1024 * 1024).text) > 500 * 1024


def _python_docx_text(data: bytes) -> tuple[str, str]:
    """The text and first heading as python-docx gives them (what the importer did before it streamed)."""
    import docx
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))

    def clean(paragraph: object) -> str:
        return paragraph.text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").strip()  # type: ignore[attr-defined]

    blocks, heading = [], ""
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            rows = []
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(clean(p) for p in cell.paragraphs if clean(p))
                    if not cells or cells[-1] != value:
                        cells.append(value)
                if any(cells):
                    rows.append(" | ".join(cells))
            if rows:
                blocks.append("\n".join(rows))
        elif text := clean(item):
            if not heading and item.style is not None and item.style.name.lower() in ("title", "heading 1"):
                heading = text
            blocks.append(text)
    return "\n\n".join(blocks), heading


def _rich_document() -> bytes:
    """Breaks, tabs, hyperlinks, tracked changes, merged and nested table cells, odd spacing."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("Kicker above the headline")
    document.add_heading("Council approves €4.5m", level=1)
    document.add_heading("A second top heading", level=1)
    paragraph = document.add_paragraph("Line one")
    paragraph.add_run().add_break()
    paragraph.add_run("line two\twith a tab")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    paragraph.add_run("  spaced  ")
    paragraph._p.append(parse_xml(f'<w:hyperlink {w}><w:r><w:t xml:space="preserve"> a link </w:t></w:r></w:hyperlink>'))
    paragraph._p.append(parse_xml(f"<w:ins {w}><w:r><w:t>inserted</w:t></w:r></w:ins>"))
    paragraph._p.append(parse_xml(f"<w:r {w}><w:t>x</w:t><w:noBreakHyphen/><w:t>y</w:t><w:cr/><w:ptab/></w:r>"))
    document.add_paragraph("")
    table = document.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            table.cell(r, c).text = f"r{r}c{c}"
    table.cell(0, 0).merge(table.cell(0, 1))  # across
    table.cell(1, 2).merge(table.cell(2, 2))  # down
    table.cell(2, 0).add_table(rows=1, cols=2).cell(0, 0).text = "nested"
    table.cell(2, 1).add_paragraph("second paragraph in a cell")
    document.add_paragraph("Closing line.", style="Title")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_text_is_what_python_docx_reads() -> None:
    data = _rich_document()
    article = _docx.extract_docx(data, name="rich.docx")
    expected_text, expected_heading = _python_docx_text(data)
    assert article.text == expected_text
    assert "Line one\nline two with a tab" in article.text and "a link" in article.text
    assert "\nr2c0 | r2c1 second paragraph in a cell | r1c2 r2c2\n" in article.text  # merged down: repeated
    assert "nested" not in article.text  # python-docx reads a cell's own paragraphs only
    assert expected_heading == "Council approves €4.5m"
    assert article.title == expected_heading


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the peak memory from /proc")
def test_many_paragraphs_are_read_in_bounded_memory(tmp_path: Path) -> None:
    """python-docx keeps the whole tree: 3.8 GB and 160 s for 150 MB of empty paragraphs."""
    import os
    import subprocess
    import sys

    def paragraphs() -> Iterable[bytes]:
        yield b"<w:p><w:r><w:t>The council voted 4.5 million for bridges.</w:t></w:r></w:p>"
        rng = random.Random(5)
        for _ in range(60):  # 600,000 empty paragraphs: ~13 MB of XML, packed about 10 to 1
            yield b"".join(b'<w:p w:rsidR="00%02X"/>' % rng.randrange(256) for _ in range(10_000))

    path = _write_docx(tmp_path / "many.docx", paragraphs())
    # VmHWM: the peak resident size of this process image (ru_maxrss would include the forked parent's)
    child = (
        "import re, sys; from workbench.core.importers import load_article; "
        "peak = lambda: int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)); "
        "before = peak(); text = load_article(sys.argv[1]).text; print(peak() - before, len(text))"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(_docx.__file__).resolve().parents[3])}
    result = subprocess.run(
        [sys.executable, "-c", child, str(path)], capture_output=True, text=True, timeout=120, env=env, check=True
    )
    grown_kb, length = map(int, result.stdout.split())
    assert length == len("The council voted 4.5 million for bridges.")
    assert grown_kb < 64 * 1024  # python-docx: several hundred MB for this file


def _story(tmp_path: Path, text: str = "The council met on 14 February 2018 and voted.", **props: object) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Council votes", level=1)
    document.add_paragraph(text)
    for key, value in props.items():
        setattr(document.core_properties, key, value)
    path = tmp_path / "story.docx"
    document.save(path)
    return path


def test_a_credible_creation_date_is_the_publication_date(tmp_path: Path) -> None:
    path = _story(
        tmp_path,
        created=dt.datetime(2018, 2, 15, 9, 0),
        modified=dt.datetime(2018, 2, 15, 11, 30),
        author="Maria Okafor",
    )
    article = load_article(path)
    assert article.published == "2018-02-15"
    assert article.found_from == {
        "title": "from the document's first heading",
        "byline": "from the file's properties",
        "published": "from the file's properties",
    }


def test_the_template_date_of_python_docx_is_not_a_publication_date(tmp_path: Path) -> None:
    article = load_article(_story(tmp_path))  # created 2013-12-23, author "python-docx": the template's
    assert article.published is None
    assert article.byline == ""
    assert "published" not in article.found and "published" not in article.found_from


def test_a_creation_date_long_before_the_last_change_is_not_a_publication_date(tmp_path: Path) -> None:
    path = _story(tmp_path, created=dt.datetime(2013, 5, 2, 8, 0), modified=dt.datetime(2018, 2, 15, 10, 0))
    assert load_article(path).published is None


def test_a_creation_date_before_the_dates_in_the_text_is_not_a_publication_date(tmp_path: Path) -> None:
    path = _story(
        tmp_path,
        "Ministers met on 15 February 2018 in Brussels.",
        created=dt.datetime(2017, 11, 3, 8, 0),
        modified=dt.datetime(2017, 11, 20, 8, 0),
    )
    assert load_article(path).published is None


@pytest.mark.parametrize(
    ("text", "latest"),
    [
        ("Talks on 2018-02-15 and on 3 March 2017.", dt.date(2018, 2, 15)),
        ("It opened on February 15, 2018; it closed on 1st Sept. 2019.", dt.date(2019, 9, 1)),
        ("Due on 31 February 2018, or in 2020, or on 15 Feb 2016.", dt.date(2016, 2, 15)),
        ("No full date here: only May 2018 and 12 June.", None),
    ],
)
def test_latest_full_date_in_the_text(text: str, latest: dt.date | None) -> None:
    assert _docx.latest_full_date(text) == latest
