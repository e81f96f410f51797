"""Where direct speech is: a small quote-span finder, kept behind :func:`quote_spans` alone.

Marks are paired within a paragraph (a line): “…”, ‘…’, "…", ``…'', «…», „…“. An apostrophe is not a
closing mark ("NATO’s", "harm’s way"): a ’ closes a ‘ only when no letter follows it. A quote opened with
“, ", `` or « and not closed runs to the end of its paragraph (a paragraph-long quote whose next
paragraph opens again). A people-and-quotes recogniser is to replace this module.
"""

from __future__ import annotations

import bisect
import re

_OPENING = re.compile(r"``|[\u201c\u2018\"\u00ab\u201e]")
_CLOSERS = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"', "``": "''", "\u00ab": "\u00bb",
            "\u201e": "\u201c"}
_RUNS_TO_PARAGRAPH_END = frozenset({"\u201c", '"', "``", "\u00ab", "\u201e"})
_OPEN_AFTER = " \t\n([{\u2014\u2013-/:;,"
"""Characters a ‘ or " may follow to open a quote (else it is an apostrophe or an inch mark)."""


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each quotation in ``text``, marks included, in text order."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while m := _OPENING.search(text, pos):
        mark, start = m.group(), m.start()
        if not _opens(text, mark, start, m.end()):
            pos = m.end()
            continue
        paragraph_end = text.find("\n", m.end())
        if paragraph_end < 0:
            paragraph_end = len(text)
        closer, i, closed = _CLOSERS[mark], m.end(), -1
        while (j := text.find(closer, i, paragraph_end)) >= 0:
            i = j + len(closer)
            if _closes(text, closer, j, i):
                closed = i
                break
        if closed >= 0:
            spans.append((start, closed))
            pos = closed
        elif mark in _RUNS_TO_PARAGRAPH_END:
            spans.append((start, paragraph_end))
            pos = paragraph_end
        else:  # a ‘ never closed: not a quote
            pos = m.end()
    return spans


def _opens(text: str, mark: str, pos: int, end: int) -> bool:
    if end >= len(text) or text[end].isspace():
        return False
    if mark in ("\u2018", '"'):
        return pos == 0 or text[pos - 1] in _OPEN_AFTER
    return True


def _closes(text: str, mark: str, start: int, end: int) -> bool:
    if mark == "\u2019":  # an apostrophe has a letter after it: "NATO’s"
        return end >= len(text) or not text[end].isalpha()
    if mark == '"':
        return start > 0 and not text[start - 1].isspace()
    return True


class QuoteSpans:
    """Quote spans with a fast "is this inside a quote" lookup."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def containing(self, start: int, end: int) -> tuple[int, int] | None:
        """The quotation the words [start, end) lie in, if any."""
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0 and self.spans[i][0] <= start and end <= self.spans[i][1]:
            return self.spans[i]
        return None
