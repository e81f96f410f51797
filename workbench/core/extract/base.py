"""Shared pieces of the extractor: the candidate record and the per-text context."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from workbench.core.extract.sentences import Sentences
from workbench.core.extract.triggers import find_triggers

KIND_PRIORITY = {"time": 7, "date": 6, "duration": 6, "money": 5, "percent": 4, "quantity": 3, "count": 1}


@dataclass
class Candidate:
    """A claim found by one recogniser, before overlaps between recognisers are resolved."""

    start: int
    end: int
    kind: str
    value: Any
    unit: str | None = None
    currency: str | None = None
    mod: str | None = None
    approximate: bool = False
    confidence: float = 0.9

    @property
    def rank(self) -> tuple[int, int, int, float]:
        """Sort key for overlaps: any specific figure beats a bare count, then longer, then more specific."""
        return (self.kind != "count", self.end - self.start, KIND_PRIORITY.get(self.kind, 0), self.confidence)


_TENSE_RE = re.compile(
    r"\b(?P<f>will|shall|going\s+to|plans?|planned|planning|aims?|aimed|aiming|expects?|expected|expecting"
    r"|scheduled|set\s+to|due|upcoming|intends?|intended|hopes?\s+to|hoped\s+to|would|forthcoming|next|coming"
    r"|is\s+to|are\s+to|was\s+to|were\s+to|to\s+be|as\s+soon\s+as|later\s+this|until|pending|prepared\s+to"
    r"|ready\s+to|promised|vowed|pledged|threatened)\b|(?P<f2>'ll)\b"
    r"|\b(?P<p>was|were|had|did|said|says|ago|last|earlier|since|been|took|began|came|went|made|met|told"
    r"|held|saw|won|lost|left|fell|rose|got|gave|sent|led|found|former|previous|broke|struck|hit|ran|spoke"
    r"|wrote|shot|fought|brought|bought|sold|paid|became|chose|drew|flew|grew|knew|threw|(?-i:[a-z]+ed))\b",
    re.I,
)


class Context:
    """The text being read, its publication date and sentence spans, shared by all recognisers."""

    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text = text
        self.published = published
        self.sentences = Sentences(text)
        self.low, self.triggers = find_triggers(text)

    def near_tense(self, start: int, window: int = 20) -> int:
        """Tense of a marker right before ``start`` ("was passed in May"): strong evidence, or 0."""
        s_start = self.sentences.find(start)[0]
        last = 0
        for m in _TENSE_RE.finditer(self.text, max(s_start, start - window), start):
            last = 1 if m.group("f") or m.group("f2") else -1
        return last

    def tense(self, start: int, end: int) -> int:
        """+1 if the clause around ``start..end`` looks ahead, -1 if it looks back, 0 if unclear."""
        s_start, s_end = self.sentences.find(start)
        last, last_end = 0, -100
        for m in _TENSE_RE.finditer(self.text, max(s_start, start - 100), start):
            fut = 1 if m.group("f") or m.group("f2") else -1
            # "will be played", "is expected to be signed": a participle after a future marker stays future
            if not (fut < 0 and last > 0 and m.start() - last_end <= 12):
                last = fut
            last_end = m.end()
        if last:
            return last
        for m in _TENSE_RE.finditer(self.text, end, min(s_end, end + 50)):
            return 1 if m.group("f") or m.group("f2") else -1
        return 0
