"""Finding and normalising checkable claims in article text (see docs/claims.md).

The pipeline: recognisers for time expressions (``temporal``) and for figures (``amounts``) propose
overlapping candidates; the longest, most specific ones win; anaphoric dates are then valued in text
order; times are joined to the day they fall on; each claim gets its sentence span.
"""

from __future__ import annotations

import datetime as dt
import re

from workbench.core.extract.amounts import find_amounts
from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.temporal import find_temporal, resolve_values
from workbench.core.model import Extraction

__all__ = ["extract", "Extraction"]

_TIME_THEN_DATE = re.compile(r"\s*(?:on\s+|,\s*)?$", re.I)
_DATE_THEN_TIME = re.compile(r"\s*(?:at\s+|,\s*|\s)?$", re.I)
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$")


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Keep the best non-overlapping candidates: longer spans first, then the more specific kind."""
    chosen: list[Candidate] = []
    if not cands:
        return chosen
    taken = bytearray(max(c.end for c in cands) + 1)
    for c in sorted(cands, key=lambda c: c.rank, reverse=True):
        if c.end <= c.start or taken.find(1, c.start, c.end) >= 0:
            continue
        chosen.append(c)
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _join_times(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Merge "3 p.m. on Thursday" / "Thursday at 3 p.m." into one time claim valued 2018-02-15T15:00."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if c.kind == "time" and nxt is not None and nxt.kind == "date" and isinstance(nxt.value, str) \
                and _DAY_VALUE.match(nxt.value) and _TIME_THEN_DATE.match(text[c.end:nxt.start]):
            out.append(Candidate(c.start, nxt.end, "time", f"{nxt.value}{c.value}", mod=nxt.mod,
                                 confidence=min(c.confidence, nxt.confidence)))
            i += 2
            continue
        if c.kind == "date" and nxt is not None and nxt.kind == "time" and isinstance(c.value, str) \
                and _DAY_VALUE.match(c.value) and _DATE_THEN_TIME.match(text[c.end:nxt.start]) \
                and nxt.start - c.end <= 5:
            out.append(Candidate(c.start, nxt.end, "time", f"{c.value}{nxt.value}", mod=c.mod,
                                 confidence=min(c.confidence, nxt.confidence)))
            i += 2
            continue
        if c.kind == "time" and c.confidence < 0.6:
            i += 1
            continue
        out.append(c)
        i += 1
    return out


def extract(text: str, published: dt.date | None = None) -> list[Extraction]:
    """Return the claims in ``text`` in text order, resolving relative dates against ``published``."""
    if isinstance(published, dt.datetime):
        published = published.date()
    if not text:
        return []
    ctx = Context(text, published)
    cands: list[Candidate] = list(find_temporal(ctx))
    cands.extend(find_amounts(ctx))
    chosen = _select(cands)
    resolve_values(chosen)
    chosen = [c for c in chosen if c.value is not None or c.kind not in ("date", "duration", "time")]
    chosen = _join_times(text, chosen)
    out: list[Extraction] = []
    for c in chosen:
        s_start, s_end = ctx.sentences.find(c.start)
        if not s_start <= c.start < c.end <= s_end:
            s_start, s_end = min(s_start, c.start), max(s_end, c.end)
        out.append(Extraction(
            start=c.start, end=c.end, text=text[c.start:c.end], kind=c.kind, value=c.value, unit=c.unit,
            currency=c.currency, mod=c.mod, approximate=c.approximate, sentence_start=s_start,
            sentence_end=s_end, confidence=max(0.0, min(1.0, c.confidence)),
        ))
    return out
