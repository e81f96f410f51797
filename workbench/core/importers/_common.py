"""Shared pieces of the importers: the result type, limits and small helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_TEXT_BYTES = 20 * 1024 * 1024
"""The largest article (file or download) accepted; larger ones are refused with a message."""

FORMATS_READ = "plain text (.txt), Markdown (.md), HTML (.html), Word (.docx) or an http(s) address"
"""How messages name what Workbench can open."""


@dataclass
class LoadedArticle:
    """An article read from somewhere, before it becomes a review."""

    text: str
    title: str = ""
    publisher: str = ""
    byline: str = ""
    origin: str = ""
    """The article's URL when known (canonical link, fetched address, sidecar), else the file path."""
    published: str | None = None
    """ISO date YYYY-MM-DD, when known."""
    format: str = "text"
    """One of ``text``, ``markdown``, ``html``, ``docx``, ``pasted``."""
    url: str = ""
    """The article's own http(s) address when one was found (canonical link or the fetched address)."""
    location: str = ""
    """Where the bytes were read from: the file path, the address fetched, or ``pasted text``."""
    encoding: str = ""
    """The text encoding used to decode the bytes, when there was one to detect."""
    found: dict[str, str] = field(default_factory=dict)
    """Metadata found in the document itself (``title``, ``byline``, ``publisher``, ``url``,
    ``published``), for the editor to confirm before the review is created."""
    found_from: dict[str, str] = field(default_factory=dict)
    """Where each pre-filled field (``title``, ``byline``, ``published``, ``publisher``, ``url``) came
    from, as a phrase for people: ``"from the file's properties"``, ``"from the page's address"``..."""
    warnings: list[str] = field(default_factory=list)
    """One-line notes the editor should see (e.g. parts of the file read in another encoding)."""


FROM_PROPERTIES = "from the file's properties"
FROM_HEADING = "from the document's first heading"
FROM_PAGE_METADATA = "from the page's metadata"
FROM_PAGE_ADDRESS = "from the page's address"
FROM_FIRST_LINE = "from the text's first line"
FROM_FILE_NAME = "from the file's name"


def from_sidecar(name: str) -> str:
    """The ``found_from`` phrase for a value taken from the sidecar file ``name``."""
    return f"from the sidecar file {name}"


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; this is the only change ever made to article text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def first_line_title(text: str, limit: int = 120) -> str:
    """The first line that reads as a headline (it has a word, and it is short enough), else ``""``.

    Lines of no words before it are passed over: a photo or story id ("1.2174207-107084890") or a
    dateline of figures is no title. The first line with words decides: too long, and there is no title.
    """
    for line in text.splitlines()[:20]:
        line = line.strip()
        if not _WORD.search(line):
            continue
        return line if len(line) <= limit else ""
    return ""


_WORD = re.compile(r"[^\W\d_]{2,}")


def word_count(text: str) -> int:
    return len(text.split())


def is_web_address(source: str) -> bool:
    """True for strings that start with ``http://`` or ``https://``."""
    return source.strip().lower().startswith(("http://", "https://"))
