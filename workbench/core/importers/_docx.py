"""Word ``.docx`` files: body paragraphs (and table rows) in order, core properties as metadata.

A ``.docx`` is a zip, so a small file can unpack to gigabytes (a "zip bomb"). Before anything is
parsed the package is checked (:func:`check_package`): from the sizes its directory declares, and
again by really unpacking every part in chunks (a directory can lie), so no more than the limits
below is ever unpacked.

Within those limits the XML is still read as a stream (``lxml.etree.iterparse``), each element
dropped once it has been used, so memory stays small however many paragraphs a file holds:
python-docx builds the whole tree and a proxy per paragraph (3.8 GB and 160 s for 150 MB of empty
paragraphs in a 15 MB file). The text is what python-docx's ``paragraph.text`` and ``row.cells``
give (a test compares the two); it is capped at the article limit too.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from typing import Any

from workbench.core.errors import ImportFailedError
from workbench.core.formatting import format_size
from workbench.core.importers._common import (
    FROM_HEADING,
    FROM_PROPERTIES,
    MAX_TEXT_BYTES,
    LoadedArticle,
    normalise_newlines,
)

XML_PER_TEXT = 8
"""A part may unpack to at most this many times the text limit (160 MB for 20 MB): Word's XML wraps
every run of text in markup, so it is several times bulkier than the text."""
OTHER_PARTS_BYTES = 2 * MAX_TEXT_BYTES
"""All parts together may unpack to the above plus this much (styles, settings, images: images are
stored, not packed, and the file itself is at most 20 MB)."""
MAX_PACK_RATIO = 100
"""A part that unpacks to more than this many times its packed size is refused as a zip bomb
(real Word XML packs 5 to 20 times); parts under :data:`RATIO_GRACE_BYTES` are not judged."""
RATIO_GRACE_BYTES = 1024 * 1024
TEMPLATE_AGE_DAYS = 30
"""A ``created`` date more than this many days before ``modified`` is the date of an older file or
template the document was made from, not the article's."""
PYTHON_DOCX_TEMPLATE_CREATED = dt.datetime(2013, 12, 23, 23, 15)
"""The ``created`` stamp (and ``python-docx`` the author) of python-docx's default template, which
every document it makes inherits unless they are set."""

_CHUNK_OUT = 1024 * 1024
_CHUNK_IN = 64 * 1024
_NOT_READABLE = "{name} is not a readable Word document; open it in Word and save it again as .docx"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BODY, _P, _R, _HYPERLINK, _TBL, _TR, _TC = (_W + t for t in ("body", "p", "r", "hyperlink", "tbl", "tr", "tc"))
_PPR, _PSTYLE, _TCPR, _GRIDSPAN, _VMERGE, _TRPR, _GRIDBEFORE = (
    _W + t for t in ("pPr", "pStyle", "tcPr", "gridSpan", "vMerge", "trPr", "gridBefore")
)
_STYLE, _NAME, _VAL = _W + "style", _W + "name", _W + "val"
_RUN_TEXT = {_W + "t": None, _W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_BR = _W + "br"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CORE_FIELDS = {
    "{http://purl.org/dc/elements/1.1/}title": "title",
    "{http://purl.org/dc/elements/1.1/}creator": "author",
    "{http://purl.org/dc/terms/}created": "created",
    "{http://purl.org/dc/terms/}modified": "modified",
}

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")
"""A full date is found from its year, then its day and month are read around it (one fast scan)."""
_ISO_AFTER = re.compile(r"-(\d{2})-(\d{2})(?!\d)")
_DAY_MONTH_BEFORE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+$")
_MONTH_DAY_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s*$|"
                               r"(?<![A-Za-z])([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s+$")


def _inflate_counting(packed: memoryview, stop_at: int) -> tuple[int, int]:
    """Unpack a raw deflate stream in chunks, keeping nothing: ``(bytes it unpacks to, bytes read)``.

    Stops early once more than ``stop_at`` bytes came out, or once they outweigh the input read by
    more than :data:`MAX_PACK_RATIO` (past :data:`RATIO_GRACE_BYTES`).
    """
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    unpacked = read = 0
    while not inflater.eof and read < len(packed):
        pending = packed[read : read + _CHUNK_IN]
        read += len(pending)
        while pending and not inflater.eof:
            unpacked += len(inflater.decompress(pending, _CHUNK_OUT))
            pending = inflater.unconsumed_tail
            if unpacked > stop_at or (unpacked > RATIO_GRACE_BYTES and unpacked > MAX_PACK_RATIO * read):
                return unpacked, read
    return unpacked, read - len(inflater.unused_data)


def check_package(data: bytes, name: str, *, max_text_bytes: int = MAX_TEXT_BYTES) -> None:
    """Refuse a package that would unpack to more than the limits, before any part of it is parsed.

    First from the sizes the zip directory declares; then every part's packed stream is unpacked
    in chunks (nothing kept) and measured, stopping as soon as a limit is passed: a directory can
    lie, and Python's zipfile unpacks a whole part into memory before it cuts it to the declared size.
    """
    max_xml = XML_PER_TEXT * max_text_bytes
    max_total = max_xml + OTHER_PARTS_BYTES
    not_readable = ImportFailedError(_NOT_READABLE.format(name=name))

    def too_big(size: str, part: str) -> ImportFailedError:
        if part == "all parts":
            limit = f"{format_size(max_total)} unpacked"
        else:
            limit = f"{format_size(max_xml)} of XML (about {format_size(max_text_bytes)} of text)"
        return ImportFailedError(
            f"{name} would unpack to {size} ({part}); Word documents over {limit} are not accepted — "
            "is this the right file?"
        )

    def bomb(part: str) -> ImportFailedError:
        return ImportFailedError(
            f"{name} unpacks to over {MAX_PACK_RATIO} times its size ({part}), which a Word document never "
            "does; it looks like a zip bomb — open it in Word and save it again as .docx"
        )

    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise not_readable from None
    for info in infos:
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise not_readable  # encrypted, or packed in a way Word never uses
        if info.file_size > max_xml:
            raise too_big(format_size(info.file_size), info.filename)
        if info.file_size > RATIO_GRACE_BYTES and info.file_size > MAX_PACK_RATIO * max(info.compress_size, 1):
            raise bomb(info.filename)
    if sum(info.file_size for info in infos) > max_total:
        raise too_big(format_size(sum(info.file_size for info in infos)), "all parts")
    view = memoryview(data)
    total = 0
    for info in infos:
        limit = max_xml
        try:
            header = struct.unpack_from("<4s22xHH", data, info.header_offset)
        except struct.error:
            raise not_readable from None
        if header[0] != b"PK\x03\x04":
            raise not_readable
        start = info.header_offset + 30 + header[1] + header[2]
        if info.compress_type == zipfile.ZIP_STORED:  # not packed: no bigger than the file itself
            unpacked = read = min(info.compress_size, max(len(data) - start, 0))
        else:
            try:
                unpacked, read = _inflate_counting(view[start:], min(limit, max_total - total))
            except zlib.error:
                raise not_readable from None
        total += unpacked
        if unpacked > limit:
            raise too_big(f"over {format_size(limit)}", info.filename)
        if total > max_total:
            raise too_big(f"over {format_size(max_total)}", "all parts")
        if unpacked > RATIO_GRACE_BYTES and unpacked > MAX_PACK_RATIO * read:
            raise bomb(info.filename)


def _parse(archive: zipfile.ZipFile, part: str, on_end: Callable[[Any], None]) -> None:
    """Stream-parse ``part``, calling ``on_end`` for each element as it closes, then dropping it."""
    from lxml import etree

    with archive.open(part) as stream:
        events = etree.iterparse(
            stream,
            events=("end",),
            remove_blank_text=True,  # as python-docx's parser does
            resolve_entities=False,
            no_network=True,
            remove_comments=True,
            remove_pis=True,
        )
        for _event, element in events:
            on_end(element)
            element.clear()
            parent = element.getparent()
            if parent is not None:
                while element.getprevious() is not None:
                    del parent[0]


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    """``{type: target part}`` from the relationships of ``part`` ("" for the package), targets resolved."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", base + ".rels")
    found: dict[str, str] = {}
    if rels not in archive.namelist():
        return found

    def on_end(element: Any) -> None:
        if element.tag == _RELATIONSHIP and element.get("TargetMode") != "External":
            target = element.get("Target") or ""
            resolved = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            found.setdefault((element.get("Type") or "").rsplit("/", 1)[-1], resolved)

    _parse(archive, rels, on_end)
    return found


def _paragraph_styles(archive: zipfile.ZipFile, part: str | None) -> tuple[dict[str, str], str]:
    """Paragraph style names (lower case) by style id, and the default paragraph style's name."""
    names: dict[str, str] = {}
    default = ""
    if part is None or part not in archive.namelist():
        return names, default
    style_names: dict[Any, str] = {}

    def on_end(element: Any) -> None:
        nonlocal default
        if element.tag == _NAME and element.getparent().tag == _STYLE:
            style_names[element.getparent()] = (element.get(_VAL) or "").lower()
        elif element.tag == _STYLE:
            name = style_names.pop(element, "")
            if element.get(_W + "type") == "paragraph":
                if element.get(_W + "styleId"):
                    names[element.get(_W + "styleId")] = name
                if element.get(_W + "default") in ("1", "true", "on"):
                    default = name  # the last default wins, as in python-docx

    _parse(archive, part, on_end)
    return names, default


def _w3cdtf(value: str) -> dt.datetime | None:
    """A core-properties date (``2018-02-15T09:00:00Z``) as naive UTC, or ``None``."""
    try:
        stamp = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return stamp.astimezone(dt.UTC).replace(tzinfo=None) if stamp.tzinfo else stamp


def _core_properties(archive: zipfile.ZipFile, part: str | None) -> dict[str, Any]:
    """``title``, ``author`` (strings) and ``created``, ``modified`` (datetimes) when present."""
    found: dict[str, Any] = {}
    if part is None or part not in archive.namelist():
        return found

    def on_end(element: Any) -> None:
        field = _CORE_FIELDS.get(element.tag)
        if field is not None and field not in found:
            text = (element.text or "").strip()
            found[field] = _w3cdtf(text) if field in ("created", "modified") else text

    _parse(archive, part, on_end)
    return found


def _clean(text: str) -> str:
    return normalise_newlines(text).replace("\t", " ").strip()


class _BodyReader:
    """Builds the article's blocks from the end events of the main document part.

    What is read matches python-docx: paragraphs and tables directly in the body, a paragraph's
    runs (directly, or in a hyperlink), a cell's own paragraphs (not nested tables), a cell merged
    down showing the text of the cell above.
    """

    def __init__(self, name: str, max_text_bytes: int, style_names: dict[str, str], default_style: str) -> None:
        self.name = name
        self.max_text_bytes = max_text_bytes
        self.style_names = style_names
        self.default_style = default_style
        self.blocks: list[str] = []
        self.heading = ""
        self._size = 0
        self._text: dict[Any, list[str]] = {}  # open paragraph -> pieces
        self._style: dict[Any, str] = {}  # open paragraph -> style id
        self._cell: dict[Any, list[str]] = {}  # open cell -> paragraph texts
        self._span: dict[Any, int] = {}
        self._merged: dict[Any, bool] = {}  # open cell -> continues the cell above
        self._row: dict[Any, list[tuple[int, bool, str]]] = {}  # open row -> (span, merged, text)
        self._before: dict[Any, int] = {}  # open row -> grid columns skipped
        self._table: dict[Any, list[tuple[int, list[tuple[int, bool, str]]]]] = {}

    def _paragraph_of(self, run: Any) -> Any:
        parent = run.getparent()
        if parent.tag == _HYPERLINK:
            parent = parent.getparent()
        return parent if parent is not None and parent.tag == _P else None

    def on_end(self, element: Any) -> None:
        tag = element.tag
        parent = element.getparent()
        if parent is None:
            return
        if tag in _RUN_TEXT or tag == _BR:
            if parent.tag == _R and (paragraph := self._paragraph_of(parent)) is not None:
                if tag == _BR:
                    piece = "\n" if element.get(_W + "type", "textWrapping") == "textWrapping" else ""
                else:
                    piece = _RUN_TEXT[tag] or element.text or ""
                self._text.setdefault(paragraph, []).append(piece)
        elif tag == _PSTYLE:
            if parent.tag == _PPR and parent.getparent() is not None and parent.getparent().tag == _P:
                self._style[parent.getparent()] = element.get(_VAL) or ""
        elif tag in (_GRIDSPAN, _VMERGE, _GRIDBEFORE):
            self._cell_property(tag, element, parent)
        elif tag == _P:
            self._end_paragraph(element, parent)
        elif tag == _TC and parent.tag == _TR:
            texts = [text for text in self._cell.pop(element, []) if text]
            cell = (self._span.pop(element, 1), self._merged.pop(element, False), " ".join(texts))
            self._row.setdefault(parent, []).append(cell)
        elif tag == _TR and parent.tag == _TBL:
            self._table.setdefault(parent, []).append((self._before.pop(element, 0), self._row.pop(element, [])))
        elif tag == _TBL:
            rows = self._table.pop(element, [])
            if parent.tag == _BODY:
                self._add(_table_text(rows))

    def _cell_property(self, tag: str, element: Any, parent: Any) -> None:
        owner = parent.getparent()
        if owner is None:
            return
        if tag == _GRIDBEFORE and parent.tag == _TRPR and owner.tag == _TR:
            self._before[owner] = _int(element.get(_VAL), 0)
        elif parent.tag == _TCPR and owner.tag == _TC:
            if tag == _GRIDSPAN:
                self._span[owner] = max(1, _int(element.get(_VAL), 1))
            else:
                self._merged[owner] = element.get(_VAL, "continue") == "continue"

    def _end_paragraph(self, paragraph: Any, parent: Any) -> None:
        pieces = self._text.pop(paragraph, None)
        text = _clean("".join(pieces)) if pieces else ""
        style_id = self._style.pop(paragraph, None) if self._style else None
        if parent.tag == _TC:
            self._cell.setdefault(parent, []).append(text)
        elif parent.tag == _BODY and text:
            if not self.heading:
                style = self.style_names.get(style_id, self.default_style) if style_id else self.default_style
                if style in ("title", "heading 1"):
                    self.heading = text
            self._add(text)

    def _add(self, text: str) -> None:
        if not text:
            return
        self._size += len(text.encode("utf-8")) + 2
        if self._size > self.max_text_bytes:
            raise ImportFailedError(
                f"the text of {self.name} is over {format_size(self.max_text_bytes)}; articles that big are "
                "not accepted — is this the right file?"
            )
        self.blocks.append(text)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _table_text(rows: list[tuple[int, list[tuple[int, bool, str]]]]) -> str:
    """Rows as ``a | b`` lines; merged cells repeat their text, which is shown once."""
    lines: list[str] = []
    above: dict[int, str] = {}  # grid column where a cell starts -> its text, in the row above
    for before, cells in rows:
        column = before
        values: list[str] = []
        here: dict[int, str] = {}
        for span, merged, text in cells:
            value = above.get(column, "") if merged else text
            here[column] = value
            if not values or values[-1] != value:
                values.append(value)
            column += span
        above = here
        if any(values):
            lines.append(" | ".join(values))
    return "\n".join(lines)


def _full_date(text: str, year_match: re.Match[str]) -> dt.date | None:
    """The full date whose year is ``year_match``: ``2018-02-15``, ``15 February 2018`` or ``February 15, 2018``."""
    year = int(year_match.group())
    start, end = year_match.span()
    month = day = 0
    if iso := _ISO_AFTER.match(text, end):
        month, day = int(iso.group(1)), int(iso.group(2))
    else:
        before = text[max(0, start - 24) : start]
        if found := _DAY_MONTH_BEFORE.search(before):
            day, month = int(found.group(1)), _MONTHS.get(found.group(2).lower(), 0)
        elif found := _MONTH_DAY_BEFORE.search(before):
            name, number = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
            day, month = int(number), _MONTHS.get(name.lower(), 0)
    try:
        return dt.date(year, month, day) if month and day else None
    except ValueError:
        return None


def latest_full_date(text: str) -> dt.date | None:
    """The latest full date written in ``text`` ("15 February 2018", "February 15, 2018", "2018-02-15").

    English month names and their usual abbreviations ("Feb.", "Sept"); a year alone or a day and
    month without a year are not full dates.
    """
    dates = (found for match in _YEAR.finditer(text) if (found := _full_date(text, match)) is not None)
    return max(dates, default=None)


def credible_created(
    created: dt.datetime | None, modified: dt.datetime | None, text: str, *, today: dt.date | None = None
) -> dt.date | None:
    """The core-properties ``created`` date when it can be the publication date, else ``None``.

    Not credible: python-docx's template stamp, a date more than :data:`TEMPLATE_AGE_DAYS` before
    ``modified`` (the document was made from an older file or template), a date in the future, or a
    date before the latest full date written in the text.
    """
    if created is None or created == PYTHON_DOCX_TEMPLATE_CREATED:
        return None
    if modified is not None and modified - created > dt.timedelta(days=TEMPLATE_AGE_DAYS):
        return None
    day = created.date()
    if day > (today or dt.date.today()) + dt.timedelta(days=1):
        return None
    latest = latest_full_date(text)
    if latest is not None and day < latest:
        return None
    return day


def _read_document(data: bytes, name: str, max_text_bytes: int) -> tuple[list[str], str, dict[str, Any]]:
    """The blocks, first heading and core properties of a package that passed :func:`check_package`."""
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            package = _relationships(archive, "")
            main = package.get("officeDocument", "word/document.xml")
            if main not in archive.namelist():
                raise ImportFailedError(_NOT_READABLE.format(name=name))
            style_names, default_style = _paragraph_styles(archive, _relationships(archive, main).get("styles"))
            reader = _BodyReader(name, max_text_bytes, style_names, default_style)
            _parse(archive, main, reader.on_end)
            props = _core_properties(archive, package.get("core-properties"))
    except ImportFailedError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, KeyError, ValueError, etree.LxmlError):
        raise ImportFailedError(_NOT_READABLE.format(name=name)) from None
    return reader.blocks, reader.heading, props


def extract_docx(data: bytes, *, name: str, max_text_bytes: int = MAX_TEXT_BYTES) -> LoadedArticle:
    """Read a ``.docx`` document; paragraphs are joined by blank lines."""
    check_package(data, name, max_text_bytes=max_text_bytes)
    blocks, heading, props = _read_document(data, name, max_text_bytes)
    text = "\n\n".join(blocks)
    if not text.strip():
        raise ImportFailedError(f"{name} holds no text")
    found: dict[str, str] = {}
    found_from: dict[str, str] = {}
    title = props.get("title", "")
    if title:
        found["title"], found_from["title"] = title, FROM_PROPERTIES
    elif heading:
        found["title"], found_from["title"] = heading, FROM_HEADING
    author = props.get("author", "")
    if author and author != "python-docx":  # the template's author, not a person
        found["byline"], found_from["byline"] = author, FROM_PROPERTIES
    created = credible_created(props.get("created"), props.get("modified"), text)
    if created is not None:
        found["published"], found_from["published"] = created.isoformat(), FROM_PROPERTIES
    return LoadedArticle(
        text=text,
        title=found.get("title", ""),
        byline=found.get("byline", ""),
        published=found.get("published"),
        format="docx",
        found=found,
        found_from=found_from,
    )
