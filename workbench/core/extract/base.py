"""Shared pieces of the extractor: the candidate record and the per-text context."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from workbench.core.extract.patterns import lazy_i
from workbench.core.extract.sentences import Sentences
from workbench.core.extract.triggers import find_triggers
from workbench.core.kinds import claim_kinds  # noqa: E402

KIND_PRIORITY = {kind.name: kind.rank for kind in claim_kinds()}
"""Which kind wins between equally long overlapping candidates (the claim-kind registry's ranks): a
person named "May" is no month."""


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
    resolved: str | None = None
    """For dates, times and durations: "absolute", "publication" or "text" (docs/claims.md)."""
    anchor_value: str | None = None
    """The value of the date it was resolved against: the publication date, or the earlier date in the text."""
    anchor_start: int | None = None
    """Where that earlier date starts in the text (resolved "text" only)."""
    weekday: str | None = None
    """The weekday written with an explicit date ("Tuesday" in "Tuesday, 15 February 2018")."""
    source: str = ""
    """The name of the recogniser that proposed it (set by the planner)."""
    priority: int = 0
    """That recogniser's priority: the last tie-breaker between overlapping candidates."""

    @property
    def rank(self) -> tuple[int, int, int, float, int]:
        """Sort key for overlaps: any specific figure beats a bare count, then longer, then more specific,
        then more confident, then the recogniser's priority."""
        return (self.kind != "count", self.end - self.start, KIND_PRIORITY.get(self.kind, 0), self.confidence,
                self.priority)


_TENSE_RE = lazy_i(
    r"\b(?P<f>will|shall|going\s+to|plans?\s+to|planned|planning|aims?|aimed|aiming|expects?|(?<!than\s)(?<!as\s)expected"
    r"|expecting|(?:forecasts?|forecast|projected|predicted|likely|poised|slated)\s+to"
    r"|scheduled|set\s+(?:to|for)|due|upcoming|intends?|intended|hopes?\s+to|hoped\s+to|would|forthcoming|next(?!\s+to\b)|coming"
    r"|is\s+to|are\s+to|was\s+to|were\s+to|to\s+be|as\s+soon\s+as|later\s+this|until|pending|prepared\s+to"
    r"|ready\s+to|promised|vowed|pledged|threatened|(?-i:may)(?!\s+have)|unless|tonight|tomorrow"
    # the present tense of a scheduled event: "leaves on Saturday", "starts production in October"
    r"|starts|begins|opens|closes|leaves|arrives|returns|meets|concludes|resumes|launches|visits|travels"
    r"|hosts|faces|expires|kicks\s+off|takes?\s+effect|heads|departs|convenes|reconvenes|agrees\s+to)\b"
    r"|(?P<f2>'ll)\b"
    r"|\b(?P<p>was|were|had|did|said|says|ago|last|earlier|since|been|took|began|came|went|made|met|told"
    r"|held|saw|won|lost|left|fell|rose|got|gave|sent|led|found|former|previous|broke|struck|hit|ran|spoke"
    r"|wrote|shot|fought|brought|bought|sold|paid|became|chose|drew|flew|grew|knew|threw)\b"
    r"|\b(?P<ed>(?-i:(?!(?:hundred|indeed|need|speed|feed|seed|red|bed|shed|proceed|exceed|succeed|breed|greed"
    r"|deed|bleed|wed)\b)[a-z]+ed))\b"
)

_ADJ_BEFORE = lazy_i(r"\b(?:a|an|the|its|his|her|their|our|this|that|these|those|still|newly|so-called)\s+$")


class Context:
    """The text being read, its publication date and sentence spans, shared by all recognisers."""

    def __init__(self, text: str, published: dt.date | None) -> None:
        self.text = text
        self.published = published
        self.sentences = Sentences(text)
        self.low, self.triggers = find_triggers(text)
        self.published_iso = published.isoformat() if published else None
        self.memo: dict[str, Any] = {}
        """Per-text caches that recognisers share ("the last qualified currency mention")."""

    def _last_tense(self, lo: int, hi: int) -> int:
        """Direction of the last tense marker in ``lo..hi``; a participle right after a future marker
        ("will be played", "is expected to be signed") stays future."""
        last, last_end = 0, -100
        for m in _TENSE_RE.finditer(self.text, lo, hi):
            if m.group("ed") and _ADJ_BEFORE.search(self.text, max(0, m.start() - 12), m.start()):
                continue  # "a still unspecified date", "the planned merger": an adjective, not a verb
            fut = 1 if m.group("f") or m.group("f2") else -1
            if not (fut < 0 and last > 0 and m.start() - last_end <= 12):
                last = fut
            last_end = m.end()
        return last

    def near_tense(self, start: int, window: int = 20) -> int:
        """Tense of a marker right before ``start`` ("was passed in May"): strong evidence, or 0."""
        s_start = self.sentences.find(start)[0]
        lo = max(s_start, start - window)
        # look a little further back so that "to be published in" sees its "to be"
        last = self._last_tense(max(s_start, lo - 12), start)
        if last and not _TENSE_RE.search(self.text, lo, start):
            return 0
        return last

    def tense(self, start: int, end: int) -> int:
        """+1 if the clause around ``start..end`` looks ahead, -1 if it looks back, 0 if unclear."""
        s_start, s_end = self.sentences.find(start)
        last = self._last_tense(max(s_start, start - 100), start)
        if last:
            return last
        for m in _TENSE_RE.finditer(self.text, end, min(s_end, end + 50)):
            if m.group("ed") and _ADJ_BEFORE.search(self.text, max(0, m.start() - 12), m.start()):
                continue
            return 1 if m.group("f") or m.group("f2") else -1
        return 0
