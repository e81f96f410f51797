"""Sentence boundaries for news text: enough to give each claim its sentence span and tense context."""

from __future__ import annotations

import bisect

from workbench.core.extract.patterns import lazy
from workbench.core.extract.vocab import calendar

_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "maj",
    "adm", "cmdr", "corp", "inc", "co", "ltd", "jr", "sr", "no", "vs", "etc", "u.s", "u.k", "u.n", "e.g",
    "i.e", "a.m", "p.m", "ft", "mt", "fig", "p", "pp", "approx", "est", "dept", "univ", "ave", "blvd", "rev",
    "hon", "pres",
} | calendar.abbreviations()

_END_RE = lazy(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])|\n+")
_LAST_WORD_RE = lazy(r"([A-Za-z][A-Za-z.]*)\.$")


class Sentences:
    """The sentence spans of a text, with a fast lookup from an offset to its sentence."""

    def __init__(self, text: str) -> None:
        spans: list[tuple[int, int]] = []
        start = 0
        n = len(text)
        for m in _END_RE.finditer(text):
            if m.group(0)[0] == "." and m.group(0) == ".":
                w = _LAST_WORD_RE.search(text, max(0, m.start() - 12), m.end())
                if w and (w.group(1).lower() in _ABBREV or len(w.group(1)) == 1
                          or "." in w.group(1)):
                    continue
            end = m.end() if m.group(0)[0] != "\n" else m.start()
            self._add(text, spans, start, end)
            start = m.end()
        self._add(text, spans, start, n)
        self.spans = spans
        self.starts = [s for s, _ in spans]

    @staticmethod
    def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))

    def find(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence containing ``pos``."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return self.spans[0] if self.spans else (0, 0)
        return self.spans[i]
