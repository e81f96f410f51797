"""Running every registered class over an article and keeping one finding per span."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.core.lens.context import LensContext
from workbench.core.lens.model import Finding, TemporalClaim
from workbench.core.lens.registry import lens_classes


def find_dated_wording(text: str, published: dt.date | None, as_of: dt.date | None = None, *,
                       claims: Sequence[TemporalClaim] | None = None) -> list[Finding]:
    """Findings in text order, never overlapping (one finding per span; then_future wins over relative_date
    for the same span). `claims` are the article's claims (stored `Claim`s or `Extraction`s — anything with
    start, end, text, kind, value, mod, resolved, anchor_value attributes; see TemporalClaim Protocol);
    when None, the extractor is run on `text`. as_of defaults to today. Stored claims carry the editor's
    corrected values and must be used as they are."""
    if as_of is None:
        as_of = dt.date.today()
    if claims is None:
        from workbench.core.extract import extract
        from workbench.core.extract.pipeline import ALL_KINDS

        claims = extract(text, published, ALL_KINDS)  # people too: their titles date
    elif any(c.kind in _DATED and c.resolved is None for c in claims):
        claims = _with_provenance(text, published, claims)
    ctx = LensContext.build(text, published, as_of, claims)
    proposed: list[tuple[int, Finding]] = []
    for lens_class in lens_classes():
        for finding in lens_class.find(ctx):
            if 0 <= finding.start < finding.end <= len(text) and text[finding.start:finding.end] == finding.text:
                proposed.append((lens_class.order, finding))
    return _one_per_span(proposed)


_DATED = ("date", "time", "duration")


@dataclass(frozen=True)
class _Provenanced:
    """A stored claim with the provenance it lacked, read from the extractor; its value is kept."""

    start: int
    end: int
    text: str
    kind: str
    value: Any
    mod: str | None
    resolved: str | None
    anchor_value: str | None
    unit: str | None = None


_PROVENANCE_CACHE: dict[tuple[str, dt.date | None], dict[tuple[int, int, str], Any]] = {}


def _fresh_provenance(text: str, published: dt.date | None) -> dict[tuple[int, int, str], Any]:
    """The extractor's reading of ``text`` by span, kept for the few texts last asked about (a window asks
    again after every edit; the reading depends only on the text and its date)."""
    from workbench.core.extract import extract

    key = (text, published)
    found = _PROVENANCE_CACHE.get(key)
    if found is None:
        found = {(e.start, e.end, e.kind): e for e in extract(text, published) if e.resolved is not None}
        if len(_PROVENANCE_CACHE) >= 4:
            _PROVENANCE_CACHE.pop(next(iter(_PROVENANCE_CACHE)))
        _PROVENANCE_CACHE[key] = found
    return found


def _with_provenance(text: str, published: dt.date | None, claims: Sequence[TemporalClaim]) -> list[TemporalClaim]:
    """Claims stored before provenance was recorded (``resolved`` null) borrow it from the extractor's
    reading of the same words; their values, as the editor may have corrected them, are kept."""
    if not any(c.kind in _DATED and c.resolved is None for c in claims):
        return list(claims)
    fresh = _fresh_provenance(text, published)
    out: list[TemporalClaim] = []
    for c in claims:
        found = fresh.get((c.start, c.end, c.kind)) if c.kind in _DATED and c.resolved is None else None
        if found is None:
            out.append(c)
        else:
            out.append(_Provenanced(c.start, c.end, c.text, c.kind, c.value, c.mod, found.resolved,
                                    found.anchor_value, getattr(c, "unit", None)))
    return out


def _one_per_span(proposed: Iterable[tuple[int, Finding]]) -> list[Finding]:
    """The longest findings first, then the class of lower order; a finding overlapping a kept one is dropped."""
    ranked = sorted(proposed, key=lambda p: (-(p[1].end - p[1].start), p[0], p[1].start))
    kept: list[Finding] = []
    if not ranked:
        return kept
    taken = bytearray(max(f.end for _, f in ranked) + 1)
    for _, finding in ranked:
        if taken.find(1, finding.start, finding.end) >= 0:
            continue
        kept.append(finding)
        taken[finding.start:finding.end] = b"\x01" * (finding.end - finding.start)
    kept.sort(key=lambda f: f.start)
    return kept
