"""Word ``.docx`` files: body paragraphs (and table rows) in order, core properties as metadata."""

from __future__ import annotations

import io
from typing import Any

from workbench.core.errors import ImportFailedError
from workbench.core.importers._common import LoadedArticle, normalise_newlines


def _paragraph_text(paragraph: Any) -> str:
    return normalise_newlines(paragraph.text).replace("\t", " ").strip()


def _blocks(document: Any) -> tuple[list[str], str]:
    """Non-empty blocks and the first paragraph styled as a title or top heading."""
    from docx.table import Table

    blocks: list[str] = []
    heading = ""
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            rows = []
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(_paragraph_text(p) for p in cell.paragraphs if _paragraph_text(p))
                    if not cells or cells[-1] != value:  # merged cells repeat their text
                        cells.append(value)
                if any(cells):
                    rows.append(" | ".join(cells))
            if rows:
                blocks.append("\n".join(rows))
            continue
        text = _paragraph_text(item)
        if not text:
            continue
        style = (getattr(item.style, "name", "") or "").lower() if item.style is not None else ""
        if not heading and style in ("title", "heading 1"):
            heading = text
        blocks.append(text)
    return blocks, heading


def extract_docx(data: bytes, *, name: str) -> LoadedArticle:
    """Read a ``.docx`` document; paragraphs are joined by blank lines."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises zipfile, KeyError and lxml errors for damaged files
        raise ImportFailedError(
            f"{name} is not a readable Word document; open it in Word and save it again as .docx"
        ) from None
    blocks, heading = _blocks(document)
    text = "\n\n".join(blocks)
    if not text.strip():
        raise ImportFailedError(f"{name} holds no text")
    props = document.core_properties
    found: dict[str, str] = {}
    title = (props.title or "").strip() or heading
    if title:
        found["title"] = title
    if (props.author or "").strip():
        found["byline"] = props.author.strip()
    if props.created is not None:
        found["published"] = props.created.date().isoformat()
    return LoadedArticle(
        text=text,
        title=found.get("title", ""),
        byline=found.get("byline", ""),
        published=found.get("published"),
        format="docx",
        found=found,
    )
