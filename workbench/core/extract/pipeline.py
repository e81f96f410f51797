"""The extraction pipeline: propose, select, resolve, join times to days, link people, and make the claims.

Claims come in two layers. The figures, dates, times, durations and people never overlap one another:
``select`` keeps the best of any overlapping candidates. Quotes are a layer of their own, selected among
themselves, so that a quote keeps the figures, dates and people inside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from workbench.core.extract import figures, temporal  # noqa: F401  (importing them registers the recognisers)
from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.patterns import lazy, lazy_i
from workbench.core.extract.registry import RECOGNISERS, SPEECH, propose
from workbench.core.extract.result import Extraction
from workbench.core.extract.temporal.resolve import resolve_values

TEMPORAL_KINDS = ("date", "time", "duration")
FIGURE_KINDS = ("money", "percent", "count", "quantity")
SPEECH_KINDS = ("person", "quote")
DEFAULT_KINDS = (*TEMPORAL_KINDS, *FIGURE_KINDS)
"""What ``extract()`` returns unless asked for more: the checkable figures and time expressions."""
ALL_KINDS = (*DEFAULT_KINDS, *SPEECH_KINDS)
"""Every kind of claim: the figures and time expressions, people and quotes."""
_TIME_THEN_DATE = lazy_i(r"\s*(?:on\s+|,\s*)?$")
_DATE_THEN_TIME = lazy_i(r"\s*(?:at\s+|,\s*|\s)?$")
_DAY_VALUE = lazy(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$")


def select(cands: list[Candidate]) -> list[Candidate]:
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


def _day_and_time(day: Candidate, clock: Candidate, start: int, end: int) -> Candidate:
    """One time claim for a day and a clock time ("3 p.m. on Thursday"): the day's provenance and weekday."""
    return Candidate(start, end, "time", f"{day.value}{clock.value}", mod=day.mod,
                     confidence=min(day.confidence, clock.confidence), resolved=day.resolved,
                     anchor_value=day.anchor_value, anchor_start=day.anchor_start, weekday=day.weekday,
                     source=day.source)


def _is_day(c: Candidate | None) -> bool:
    return c is not None and c.kind == "date" and isinstance(c.value, str) and bool(_DAY_VALUE.match(c.value))


def join_times(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Merge "3 p.m. on Thursday" / "Thursday at 3 p.m." into one time claim valued 2018-02-15T15:00;
    drop weak clock words ("noon") left alone."""
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if c.kind == "time" and nxt is not None and _is_day(nxt) and _TIME_THEN_DATE.match(text[c.end:nxt.start]):
            out.append(_day_and_time(nxt, c, c.start, nxt.end))
            i += 2
            continue
        if nxt is not None and nxt.kind == "time" and _is_day(c) and _DATE_THEN_TIME.match(text[c.end:nxt.start]) \
                and nxt.start - c.end <= 5:
            out.append(_day_and_time(c, nxt, c.start, nxt.end))
            i += 2
            continue
        if not (c.kind == "time" and c.confidence < 0.6):
            out.append(c)
        i += 1
    return out


def _kinds(kinds: Iterable[str] | None) -> frozenset[str] | None:
    """The kinds asked for (None: whatever the default recognisers find)."""
    if kinds is None:
        return None
    wanted = frozenset([kinds] if isinstance(kinds, str) else kinds)
    known = set(ALL_KINDS).union(*(r.kinds for r in RECOGNISERS.values()))
    unknown = wanted - known
    if unknown:
        raise ValueError(f"unknown kind of claim {sorted(unknown)}; use some of {', '.join(ALL_KINDS)}")
    return wanted


def _load_speech_layer() -> None:
    """Register the people and quote recognisers (on first use: the default extraction never loads them)."""
    from workbench.core.extract import people  # noqa: F401  (importing it registers them)


def candidates(text: str, published: dt.date | None,
               kinds: Iterable[str] | None = None) -> tuple[Context, list[Candidate]]:
    """The chosen candidates, valued and joined, before they become claims (for tests and tools)."""
    wanted = _kinds(kinds)
    ctx = Context(text, published)
    cands = propose(ctx)
    quotes: list[Candidate] = []
    speech = wanted is not None and bool(wanted & set(SPEECH_KINDS))
    if speech:
        _load_speech_layer()
        for c in SPEECH.propose(ctx):
            (quotes if c.kind == "quote" else cands).append(c)
    chosen = select(cands)
    resolve_values(chosen)
    chosen = [c for c in chosen if c.value is not None or c.kind not in TEMPORAL_KINDS]
    chosen = join_times(text, chosen)
    if quotes:
        chosen = sorted(chosen + select(quotes), key=lambda c: (c.start, c.kind == "quote"))
    if speech:
        from workbench.core.extract.people.coref import link

        link(chosen)
    return ctx, chosen if wanted is None else [c for c in chosen if c.kind in wanted]


def extract(text: str, published: dt.date | None = None, kinds: Iterable[str] | None = None) -> list[Extraction]:
    """Return the claims in ``text`` in text order, resolving relative dates against ``published``.

    ``kinds`` picks the kinds of claim: None gives what the default recognisers find (``DEFAULT_KINDS``:
    dates, times, durations and figures); ``ALL_KINDS`` adds people and quotes, which the CLI prints."""
    if isinstance(published, dt.datetime):
        published = published.date()
    if not text:
        return []
    ctx, chosen = candidates(text, published, kinds)
    out: list[Extraction] = []
    for c in chosen:
        s_start, s_end = ctx.sentences.find(c.start)
        if not s_start <= c.start < c.end <= s_end:
            s_start, s_end = min(s_start, c.start), max(s_end, c.end)
        timed = c.kind in TEMPORAL_KINDS
        out.append(Extraction(
            start=c.start, end=c.end, text=text[c.start:c.end], kind=c.kind, value=c.value, unit=c.unit,
            currency=c.currency, mod=c.mod, approximate=c.approximate, sentence_start=s_start,
            sentence_end=s_end, confidence=max(0.0, min(1.0, c.confidence)),
            resolved=c.resolved if timed else None, anchor_value=c.anchor_value if timed else None,
            anchor_start=c.anchor_start if timed else None, weekday=c.weekday if timed else None,
            refers_to=getattr(c, "refers_to", None),
        ))
    return out
