"""The republication copy: the article with the rewrites the editor accepted, ready to publish again.

Plain text, Markdown or Word. An optional editor's note opens it ("This article was first published on
15 February 2018."), and the findings still open can follow as a checklist that is marked for removal.
The article's own words change only where a rewrite was accepted.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from workbench.core.errors import ReportError

FORMATS: tuple[str, ...] = ("txt", "md", "docx")
SUFFIXES = {"txt": ".txt", "md": ".md", "docx": ".docx"}
CHECKLIST_TITLE = "Still to check before republication (remove this list before publishing)"


def default_note(published: dt.date | None) -> str:
    """The editor's note line: "This article was first published on 15 February 2018." """
    if published is None:
        return "This article was first published earlier."
    return f"This article was first published on {published.day} {published:%B %Y}."


def apply_rewrites(text: str, rewrites: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, replacement)`` put in place (spans of the original text)."""
    ordered = sorted(rewrites, key=lambda r: (r[0], r[1]))
    for (_s1, e1, _r1), (s2, _e2, _r2) in zip(ordered, ordered[1:], strict=False):
        if s2 < e1:
            raise ValueError("two accepted rewrites overlap; take one of them back first")
    out, last = [], 0
    for start, end, replacement in ordered:
        if not (0 <= start <= end <= len(text)) or start < last:
            raise ValueError(f"a rewrite lies outside the article ({start}-{end})")
        out.append(text[last:start])
        out.append(replacement)
        last = end
    out.append(text[last:])
    return "".join(out)


def _markdown_escape(line: str) -> str:
    """Markdown's block markers at a line start, neutralised (the words are the article's)."""
    return re.sub(r"^(\s*)([#>*+-]|\d+[.)])(\s)", r"\1\\\2\3", line)


def render_copy(text: str, rewrites: Sequence[tuple[int, int, str]], *, fmt: str, note: str | None = None,
                open_items: Sequence[str] = ()) -> bytes:
    """The republication copy in ``fmt`` (``txt``, ``md`` or ``docx``)."""
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    body = apply_rewrites(text, rewrites)
    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", body) if p.strip()]
    if fmt == "docx":
        return _docx(paragraphs, note, open_items)
    parts: list[str] = []
    if fmt == "md":
        if note:
            parts.append(f"*{note}*")
        parts.extend("\n".join(_markdown_escape(line) for line in p.split("\n")) for p in paragraphs)
        if open_items:
            parts.append(f"---\n\n**{CHECKLIST_TITLE}**\n\n" + "\n".join(f"- {item}" for item in open_items))
    else:
        if note:
            parts.append(note)
        parts.extend(paragraphs)
        if open_items:
            parts.append(f"----\n{CHECKLIST_TITLE}\n" + "\n".join(f"- {item}" for item in open_items))
    return ("\n\n".join(parts) + "\n").encode("utf-8")


def _docx(paragraphs: Sequence[str], note: str | None, open_items: Sequence[str]) -> bytes:
    try:
        import docx
    except ImportError:  # pragma: no cover - a dependency
        raise ReportError("writing a Word copy needs python-docx; install Workbench again") from None
    document = docx.Document()
    properties = document.core_properties
    properties.author = ""
    properties.created = dt.datetime.now()
    if note:
        document.add_paragraph().add_run(note).italic = True
    for paragraph in paragraphs:
        document.add_paragraph(paragraph.replace("\n", " "))
    if open_items:
        document.add_heading(CHECKLIST_TITLE, level=2)
        for item in open_items:
            document.add_paragraph(item, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_copy(path: Path, data: bytes) -> Path:
    """Write atomically: a temporary file in the same folder, then renamed over ``path``."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise ReportError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
