"""Turning what an editor brings (a file, pasted text, a web address) into article text and metadata.

Formats: plain text and Markdown (encoding detected), HTML (main text and metadata via trafilatura and
htmldate), Word ``.docx``, pasted text, and http(s) addresses (fetched with a time-out and a size limit,
then read as HTML). Every bad input raises :class:`ImportFailedError` with a one-line message.

The text returned is exactly the text that claim offsets index: line endings are normalised to ``\\n``
once, here, and nothing is changed after this point. See ``docs/importers.md``.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from pathlib import Path
from typing import Any

from workbench.core.errors import EmptyArticleError, ImportFailedError
from workbench.core.formatting import format_size
from workbench.core.importers._common import (
    FORMATS_READ,
    FROM_FILE_NAME,
    FROM_FIRST_LINE,
    FROM_HEADING,
    FROM_PAGE_ADDRESS,
    MAX_TEXT_BYTES,
    LoadedArticle,
    first_line_title,
    from_sidecar,
    is_web_address,
    normalise_newlines,
)
from workbench.core.importers._decode import decode_bytes, decode_text_bytes

__all__ = [
    "DEFAULT_TIMEOUT",
    "FORMATS_READ",
    "MAX_TEXT_BYTES",
    "ImportFailedError",
    "LoadedArticle",
    "decode_text_bytes",
    "is_web_address",
    "load_article",
    "load_bytes",
    "load_pasted",
    "load_url",
]

DEFAULT_TIMEOUT = 15.0
"""Seconds allowed for fetching a web address, from connecting to the last byte."""

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
DOCX_SUFFIXES = (".docx",)

_UNSUPPORTED = {
    ".pdf": "a PDF",
    ".doc": "an old Word (.doc) document; open it in Word and save it as .docx",
    ".odt": "an OpenDocument text; save it as .docx",
    ".rtf": "an RTF document; save it as .docx",
    ".pages": "a Pages document; export it as .docx",
    ".epub": "an e-book",
    ".xlsx": "a spreadsheet",
    ".xls": "a spreadsheet",
    ".pptx": "a presentation",
    ".zip": "a zip archive",
    ".png": "an image",
    ".jpg": "an image",
    ".jpeg": "an image",
    ".gif": "an image",
    ".webp": "an image",
    ".mp3": "an audio file",
    ".mp4": "a video",
}

_MD_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
_ZIP_MAGIC = b"PK\x03\x04"
_MAX_SIDECAR_BYTES = 1024 * 1024


def _sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.json")


def _sidecar_metadata(path: Path) -> dict[str, Any]:
    """Metadata kept beside an article as ``NAME.meta.json`` (the seeds use this).

    Only a regular file of at most 1 MB is read; anything else is ignored.
    """
    meta = _sidecar_path(path)
    try:
        info = meta.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_SIDECAR_BYTES:
            return {}
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _apply_sidecar(article: LoadedArticle, meta: dict[str, Any], sidecar_name: str) -> LoadedArticle:
    """Sidecar values (given by a person) win over what was found in the document."""
    source = from_sidecar(sidecar_name)
    for key in ("title", "publisher", "byline"):
        if isinstance(meta.get(key), str) and meta[key].strip():
            setattr(article, key, meta[key].strip())
            article.found_from[key] = source
    published = meta.get("published")
    if isinstance(published, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published.strip()):
        article.published = published.strip()
        article.found_from["published"] = source
    url = meta.get("url")
    if isinstance(url, str) and is_web_address(url):
        article.url = url.strip()
        article.origin = url.strip()
        article.found_from["url"] = source
    return article


def _not_regular(mode: int) -> str:
    """What a non-regular file is, for messages: ``a named pipe``, ``a device``..."""
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a device"
    if stat.S_ISBLK(mode):
        return "a disk device"
    return "a special file"


def _check_regular(path: Path, info: os.stat_result, max_bytes: int) -> None:
    """Refuse folders, pipes, devices and sockets (reading them can hang or never end), and big files."""
    if stat.S_ISDIR(info.st_mode):
        raise ImportFailedError(f"{path} is a folder; choose an article file")
    if not stat.S_ISREG(info.st_mode):
        raise ImportFailedError(
            f"{path.name} is not a regular file ({_not_regular(info.st_mode)}); choose an article file"
        )
    if info.st_size > max_bytes:
        raise ImportFailedError(
            f"{path.name} is {format_size(info.st_size)}; articles over {format_size(max_bytes)} are not accepted — is this the right file?"
        )


def _read_limited(path: Path, max_bytes: int) -> bytes:
    """Read a regular file after checking its type and size, never more than ``max_bytes + 1`` bytes.

    The file is opened without blocking and checked again through the open descriptor, so a file
    swapped for a named pipe between the two checks cannot hang the import either.
    """
    try:
        _check_regular(path, os.stat(path), max_bytes)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ImportFailedError(f"no such file: {path}") from None
    except PermissionError:
        raise ImportFailedError(f"no permission to read {path}; check the file's permissions") from None
    except OSError as exc:
        raise ImportFailedError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        with open(fd, "rb", closefd=True) as handle:
            _check_regular(path, os.fstat(handle.fileno()), max_bytes)
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise ImportFailedError(f"no permission to read {path}; check the file's permissions") from None
    except OSError as exc:
        raise ImportFailedError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise ImportFailedError(f"{path.name} is over {format_size(max_bytes)}; articles that big are not accepted")
    return data


def _markdown_title(text: str) -> str:
    match = _MD_HEADING.search(text)
    return match.group(1).strip() if match else ""


def _text_article(data: bytes, name: str, *, markdown: bool) -> LoadedArticle:
    decoded = decode_bytes(data, name)
    text = normalise_newlines(decoded.text)
    if not text.strip():
        raise EmptyArticleError(f"{name} is empty; choose a file with the article's text")
    found: dict[str, str] = {}
    found_from: dict[str, str] = {}
    title = _markdown_title(text) if markdown else first_line_title(text)
    if title:
        found["title"] = title
        found_from["title"] = FROM_HEADING if markdown else FROM_FIRST_LINE
    return LoadedArticle(
        text=text,
        title=title,
        format="markdown" if markdown else "text",
        encoding=decoded.encoding,
        found=found,
        found_from=found_from,
        warnings=decoded.warnings,
    )


def _html_article(
    data: bytes, name: str, *, declared: str | None = None, base_url: str | None = None
) -> LoadedArticle:
    from workbench.core.importers._html import decode_html_bytes, extract_html

    decoded = decode_html_bytes(data, name, declared)
    if not decoded.text.strip():
        raise EmptyArticleError(f"{name} is empty; choose a file with the article's text")
    article = extract_html(decoded.text, name=name, base_url=base_url)
    article.encoding = decoded.encoding
    article.warnings.extend(decoded.warnings)
    return article


def load_bytes(
    data: bytes,
    name: str,
    *,
    kind: str | None = None,
    declared_charset: str | None = None,
    base_url: str | None = None,
    max_bytes: int = MAX_TEXT_BYTES,
) -> LoadedArticle:
    """Read an article from bytes. ``kind`` is ``text``, ``markdown``, ``html`` or ``docx``; ``None`` sniffs.

    ``name`` is used in messages; the caller sets ``origin``/``location``. ``max_bytes`` also bounds
    what a ``.docx`` may unpack to (see ``_docx``) and the text it may hold.
    """
    if not data.strip():
        raise EmptyArticleError(f"{name} is empty; choose a file with the article's text")
    if kind is None:
        from workbench.core.importers._html import looks_like_html

        if data.startswith(_ZIP_MAGIC) and b"word/" in data[:65536]:
            kind = "docx"
        elif looks_like_html(data):
            kind = "html"
        else:
            try:
                decode_bytes(data, name)
            except ImportFailedError:
                raise ImportFailedError(
                    f"{name} is not in a format Workbench reads; open {FORMATS_READ}"
                ) from None
            kind = "text"
    if kind == "docx":
        from workbench.core.importers._docx import extract_docx

        return extract_docx(data, name=name, max_text_bytes=max_bytes)
    if kind == "html":
        return _html_article(data, name, declared=declared_charset, base_url=base_url)
    if kind in ("text", "markdown"):
        return _text_article(data, name, markdown=kind == "markdown")
    raise ValueError(f"unknown article kind {kind!r}")


def _kind_for_suffix(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in DOCX_SUFFIXES:
        return "docx"
    if suffix in _UNSUPPORTED:
        raise ImportFailedError(
            f"{path.name} is {_UNSUPPORTED[suffix]}, which Workbench cannot read; open {FORMATS_READ}"
        )
    return None


def load_file(path: Path, *, max_bytes: int = MAX_TEXT_BYTES) -> LoadedArticle:
    """Read an article file, choosing the reader by extension (or by content for other names)."""
    kind = _kind_for_suffix(path)
    data = _read_limited(path, max_bytes)
    if not data.strip():
        raise EmptyArticleError(f"{path.name} is empty; choose a file with the article's text")
    article = load_bytes(data, path.name, kind=kind, max_bytes=max_bytes)
    location = str(path.resolve())
    article.location = location
    article.origin = article.url or location
    if not article.title:
        article.title = path.stem
        article.found_from["title"] = FROM_FILE_NAME
    return _apply_sidecar(article, _sidecar_metadata(path), _sidecar_path(path).name)


def load_url(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_TEXT_BYTES) -> LoadedArticle:
    """Fetch an http(s) address and read it as HTML (or text, when the server sends plain text)."""
    from workbench.core.importers._web import TEXT_TYPES, fetch

    fetched = fetch(url, timeout=timeout, max_bytes=max_bytes)
    if fetched.content_type.startswith(TEXT_TYPES):
        kind: str | None = "markdown" if "markdown" in fetched.content_type else "text"
    elif fetched.content_type:
        kind = "html"
    else:
        kind = None
    article = load_bytes(
        fetched.data,
        fetched.url,
        kind=kind,
        declared_charset=fetched.charset,
        base_url=fetched.url,
        max_bytes=max_bytes,
    )
    article.location = fetched.url
    if not article.url:
        article.url = fetched.url
        article.found_from["url"] = FROM_PAGE_ADDRESS
    article.origin = article.url
    if not article.title:
        article.title = fetched.url
        article.found_from["title"] = FROM_PAGE_ADDRESS
    return article


def load_article(
    source: str | Path, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_TEXT_BYTES
) -> LoadedArticle:
    """Read an article from a file path, an http(s) address, or ``-`` for standard input."""
    if isinstance(source, str) and is_web_address(source):
        return load_url(source, timeout=timeout, max_bytes=max_bytes)
    if str(source) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ImportFailedError(
                f"standard input is over {format_size(max_bytes)}; articles that big are not accepted"
            )
        decoded = decode_bytes(data, "standard input")
        article = load_pasted(decoded.text)
        article.warnings.extend(decoded.warnings)
        return article
    return load_file(Path(source), max_bytes=max_bytes)


def load_pasted(text: str, title: str = "") -> LoadedArticle:
    """An article pasted by the editor; the title defaults to its first line."""
    text = normalise_newlines(text)
    if not text.strip():
        raise EmptyArticleError("the pasted text is empty; paste the article's text first")
    first = first_line_title(text) or next((line.strip() for line in text.splitlines() if line.strip()), "")
    article = LoadedArticle(
        text=text, title=title or first[:80], origin="pasted text", location="pasted text", format="pasted"
    )
    if not title and article.title:
        article.found_from["title"] = FROM_FIRST_LINE
    return article
