"""Shared pieces of the extractor: the candidate record and the per-text context."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from workbench.core.extract.sentences import Sentences

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
    def rank(self) -> tuple[int, int, float]:
        return (self.end - self.start, KIND_PRIORITY.get(self.kind, 0), self.confidence)


_FUTURE_RE = re.compile(
    r"\b(?:will|shall|going\s+to|plans?|planned|planning|aims?|aimed|aiming|expects?|expected|expecting"
    r"|scheduled|set\s+to|due|upcoming|intends?|intended|hopes?|hoped|would|forthcoming|launching|ahead"
    r"|next|coming|could|may|might|should|must|to\s+be|to\s+(?:hold|host|visit|meet|start|begin|launch|open|end|take))\b|'ll\b",
    re.I,
)
_PAST_RE = re.compile(
    r"\b(?:was|were|had|did|said|says|ago|last|earlier|since|been|took|began|came|went|made|met|told"
    r"|held|saw|won|lost|left|fell|rose|got|gave|sent|led|found|ended|former|previous|[a-z]+ed)\b",
    re.I,
)


class Context:
    """The text being read, its publication date and sentence spans, shared by all recognisers."""

    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text = text
        self.published = published
        self.sentences = Sentences(text)

    def tense(self, start: int, end: int) -> int:
        """+1 if the clause around ``start..end`` looks ahead, -1 if it looks back, 0 if unclear."""
        s_start, s_end = self.sentences.find(start)
        left = self.text[max(s_start, start - 90):start]
        fut = [m.end() for m in _FUTURE_RE.finditer(left)]
        past = [m.end() for m in _PAST_RE.finditer(left)]
        if fut or past:
            if (fut[-1] if fut else -1) > (past[-1] if past else -1):
                return 1
            return -1
        right = self.text[end:min(s_end, end + 60)]
        fut_r = _FUTURE_RE.search(right)
        past_r = _PAST_RE.search(right)
        if fut_r and (not past_r or fut_r.start() < past_r.start()):
            return 1
        if past_r:
            return -1
        return 0
