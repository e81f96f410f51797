"""HTML pages: the article's main text and its metadata, via trafilatura and htmldate."""

from __future__ import annotations

import codecs
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from workbench.core.errors import ImportFailedError
from workbench.core.importers._common import FROM_PAGE_METADATA, LoadedArticle, normalise_newlines, word_count
from workbench.core.importers._decode import Decoded, decode_bytes

MIN_ARTICLE_WORDS = 25
"""Fewer words than this in the extracted text means the page holds no article (a menu, a login...)."""
MIN_PARAGRAPH_WORDS = 8
"""At least one block of the extracted text must be a sentence of this many words or more."""

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def looks_like_html(data: bytes) -> bool:
    """True when the first bytes hold an HTML doctype or one of the usual top-level tags."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"\x00" in head[:200]:
        try:
            head = data[:8192].decode("utf-16").lower().encode("utf-8", errors="ignore")
        except UnicodeDecodeError:
            return False
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    return bool(re.search(rb"<(html|head|body)[\s>]", head))


def decode_html_bytes(data: bytes, name: str, declared: str | None = None) -> Decoded:
    """Decode an HTML page: BOM, then the HTTP charset, then ``<meta charset>``, then detection."""
    for encoding in (declared, _meta_charset(data)):
        if not encoding:
            continue
        try:
            codecs.lookup(encoding)
        except LookupError:
            continue
        if encoding.lower().replace("_", "-") in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            encoding = "cp1252"  # as browsers do
        if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            break
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    return decode_bytes(data, name)


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", errors="ignore") if match else None


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _block_text(element: Any) -> str:
    """The text of one extracted block; ``<lb/>`` becomes a line break."""
    parts: list[str] = []

    def walk(el: Any) -> None:
        if el.tag == "lb":
            parts.append("\n")
        elif el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = [_clean(line) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


def _body_blocks(body: Any) -> list[str]:
    """Paragraph-level blocks of trafilatura's extracted tree, in reading order."""
    blocks: list[str] = []
    for el in body:
        tag = el.tag
        if tag == "list":
            items = [_block_text(item) for item in el if item.tag == "item"]
            text = "\n".join(f"• {item}" for item in items if item)
        elif tag == "table":
            rows = []
            for row in el.iter("row"):
                cells = [_block_text(cell) for cell in row if cell.tag == "cell"]
                if any(cells):
                    rows.append(" | ".join(cells))
            text = "\n".join(rows)
        elif tag in ("graphic", "ref"):
            continue
        else:
            text = _block_text(el)
        if text:
            blocks.append(text)
    return blocks


def _http_url(value: Any, base: str | None) -> str:
    if not isinstance(value, str) or not value.strip():
        return ""
    url = urljoin(base or "", value.strip())
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else ""


def _find_date(html: str, url: str | None) -> str | None:
    try:
        from htmldate import find_date

        found = find_date(html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # htmldate is best-effort; a page it cannot parse simply has no date
        return None
    return found or None


def extract_html(html: str, *, name: str, base_url: str | None = None) -> LoadedArticle:
    """The main text and metadata of an HTML page, or :class:`ImportFailedError` when it holds no article."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=base_url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken markup
        raise ImportFailedError(
            f"{name} could not be read as a web page ({type(exc).__name__}); save it again or paste its text"
        ) from None
    body = getattr(doc, "body", None) if doc is not None else None
    blocks = _body_blocks(body) if body is not None else []
    text = normalise_newlines("\n\n".join(blocks))
    if word_count(text) < MIN_ARTICLE_WORDS or not any(word_count(b) >= MIN_PARAGRAPH_WORDS for b in blocks):
        raise ImportFailedError(
            f"no article text found in {name}; open the article's own page (not a home page or a menu), or paste its text"
        )
    found: dict[str, str] = {}
    title = _clean(getattr(doc, "title", None) or "")
    if title:
        found["title"] = title
    byline = _clean(getattr(doc, "author", None) or "")
    if byline:
        found["byline"] = byline
    publisher = _clean(getattr(doc, "sitename", None) or "")
    if publisher:
        found["publisher"] = publisher
    canonical = _http_url(getattr(doc, "url", None), base_url)
    if canonical:
        found["url"] = canonical
    published = _find_date(html, base_url) or (getattr(doc, "date", None) or None)
    if published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        found["published"] = published
    return LoadedArticle(
        text=text,
        title=found.get("title", ""),
        byline=found.get("byline", ""),
        publisher=found.get("publisher", ""),
        published=found.get("published"),
        url=canonical,
        format="html",
        found=found,
        found_from=dict.fromkeys(found, FROM_PAGE_METADATA),
    )
