"""The report's content, computed once from a :class:`ReviewBundle` and shared by every format.

Everything here is plain data (strings, numbers, lists, dicts); escaping is the job of each format.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any

from workbench import __version__
from workbench.core.formatting import format_value as format_claim_value
from workbench.core.model import Claim, Event, ReviewBundle, Source, now_iso

STATUS_LABELS = {"verified": "Verified", "disputed": "Disputed", "unchecked": "Unchecked"}
KIND_LABELS = {
    "date": "Date",
    "time": "Time",
    "duration": "Duration",
    "money": "Money",
    "percent": "Percent",
    "count": "Count",
    "quantity": "Quantity",
}
_STATUS_RANK = {"disputed": 3, "unchecked": 2, "verified": 1}
CONTEXT_CHARS = 160
"""How far a claim's context reaches on each side when it has to be cut from the article."""


def is_http_url(value: str | None) -> bool:
    """True for an absolute ``http``/``https`` address; nothing else may become a link."""
    if not value:
        return False
    v = value.strip()
    return (
        v.lower().startswith(("http://", "https://"))
        and len(v) > len("https://")
        and not any(ch.isspace() or ord(ch) < 32 for ch in v)
    )


def http_url(value: str | None) -> str | None:
    """The address stripped, when it may become a link, else ``None``."""
    return value.strip() if value and is_http_url(value) else None


def format_when(value: str | None) -> str:
    """An ISO timestamp as ``YYYY-MM-DD HH:MM UTC``; a date stays a date; anything else as given."""
    if not value:
        return ""
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is not None:
        return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return moment.strftime("%Y-%m-%d %H:%M")


def format_value(claim: Claim) -> str:
    """The normalised value in words an editor reads, e.g. ``Thu 15 Feb 2018`` or ``more than US$88 billion``."""
    return format_claim_value(claim.kind, claim.value, unit=claim.unit, mod=claim.mod,
                              approximate=claim.approximate)


def _offsets_valid(claim: Claim, text: str) -> bool:
    return 0 <= claim.start < claim.end <= len(text) and text[claim.start : claim.end] == claim.text


@dataclass
class SourceView:
    title: str
    citation: str
    url: str | None
    publisher: str
    accessed: str
    excerpt: str

    @property
    def label(self) -> str:
        return self.title or self.citation or self.url or "(untitled source)"

    def one_line(self) -> str:
        parts = [self.label]
        if self.publisher:
            parts.append(self.publisher)
        if self.citation and self.citation != self.label:
            parts.append(self.citation)
        if self.accessed:
            parts.append(f"accessed {self.accessed}")
        line = " — ".join(parts)
        if self.excerpt:
            line += f' — "{self.excerpt}"'
        return line


@dataclass
class ClaimView:
    number: int
    claim: Claim
    kind_label: str
    value_text: str
    status: str
    status_label: str
    before: str
    quote: str
    after: str
    sources: list[SourceView]
    marked_when: str
    located: bool
    """True when the claim's offsets index the article text (it is marked in the article)."""

    @property
    def context_text(self) -> str:
        return f"{self.before}{self.quote}{self.after}"


@dataclass
class Segment:
    """A run of article text, with the claims covering it (none for plain text)."""

    text: str
    numbers: list[int] = field(default_factory=list)
    status: str = ""
    ends: list[int] = field(default_factory=list)
    """Numbers of the claims that end with this run (their marker goes after it)."""


@dataclass
class EventView:
    when: str
    actor: str
    action: str
    claim: str
    before: str
    after: str


@dataclass
class ReportView:
    bundle: ReviewBundle
    generated: str
    title: str
    article_url: str | None
    origin: str
    claims: list[ClaimView]
    segments: list[Segment]
    events: list[EventView]
    total: int
    verified: int
    disputed: int
    unchecked: int
    ready: bool
    generator: str = f"Workbench {__version__}"

    @property
    def ready_text(self) -> str:
        if self.ready:
            return "Ready for republication"
        reasons = []
        if self.disputed:
            reasons.append(f"{self.disputed} disputed")
        if self.unchecked:
            reasons.append(f"{self.unchecked} unchecked")
        return "Not ready for republication (" + ", ".join(reasons) + ")"


def _context(claim: Claim, text: str, located: bool) -> tuple[str, str, str]:
    """``(before, quote, after)``: the sentence around the claim, cut at CONTEXT_CHARS each side."""
    if located:
        start = claim.start
        lo = max(0, start - CONTEXT_CHARS)
        window = text[lo:start]
        cut = max(window.rfind("\n"), *(window.rfind(p) for p in (". ", "! ", "? ")))
        before = window[cut + 1 :].lstrip() if cut >= 0 else ("…" if lo > 0 else "") + window.lstrip()
        end = claim.end
        hi = min(len(text), end + CONTEXT_CHARS)
        window = text[end:hi]
        stops = [i for i in (window.find("\n"), *(window.find(p) for p in (". ", "! ", "? "))) if i >= 0]
        if stops:
            stop = min(stops)
            after = window[: stop + (0 if window[stop] == "\n" else 1)]
        else:
            after = window.rstrip() + ("…" if hi < len(text) else "")
        return before, claim.text, after
    context = claim.context or ""
    index = context.find(claim.text) if claim.text else -1
    if index >= 0:
        return context[:index], claim.text, context[index + len(claim.text) :]
    return (context + " — " if context else ""), claim.text, ""


def _source_view(source: Source) -> SourceView:
    return SourceView(
        title=source.title.strip(),
        citation=source.citation.strip(),
        url=http_url(source.citation),
        publisher=source.publisher.strip(),
        accessed=source.accessed.strip(),
        excerpt=source.excerpt.strip(),
    )


def _segments(text: str, claims: list[ClaimView]) -> list[Segment]:
    """Split the article at every claim boundary; a run covered by claims takes the worst status."""
    located = [c for c in claims if c.located]
    if not located:
        return [Segment(text)] if text else []
    starts: dict[int, list[ClaimView]] = {}
    ends: dict[int, list[ClaimView]] = {}
    for c in located:
        starts.setdefault(c.claim.start, []).append(c)
        ends.setdefault(c.claim.end, []).append(c)
    points = sorted({0, len(text), *starts, *ends})
    active: dict[int, ClaimView] = {}
    segments: list[Segment] = []
    for a, b in zip(points, points[1:], strict=False):
        for c in ends.get(a, ()):
            active.pop(c.number, None)
        for c in starts.get(a, ()):
            active[c.number] = c
        if active:
            covering = sorted(active.values(), key=lambda c: c.number)
            status = max((c.status for c in covering), key=lambda s: _STATUS_RANK.get(s, 0))
            finishing = [c.number for c in covering if c.claim.end == b]
            segments.append(Segment(text[a:b], [c.number for c in covering], status, finishing))
        elif segments and not segments[-1].numbers:
            segments[-1].text += text[a:b]
        else:
            segments.append(Segment(text[a:b]))
    return segments


def _compact(value: Any, limit: int = 240) -> str:
    if value is None:
        return ""
    shown = (
        value
        if isinstance(value, str)
        else json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _event_view(event: Event, numbers: dict[int, int]) -> EventView:
    if event.claim_id is None:
        claim = ""
    elif event.claim_id in numbers:
        claim = f"#{numbers[event.claim_id]}"
    else:
        claim = f"id {event.claim_id}"
    return EventView(
        when=format_when(event.at),
        actor=event.actor,
        action=event.action,
        claim=claim,
        before=_compact(event.before),
        after=_compact(event.after),
    )


def build_view(bundle: ReviewBundle, generated: str | None = None) -> ReportView:
    """Everything a report shows, in the order it shows it."""
    article = bundle.article
    text = article.text or ""
    ordered = sorted(bundle.claims, key=lambda c: (c.position, c.start, c.id))
    views: list[ClaimView] = []
    for number, claim in enumerate(ordered, start=1):
        located = claim.article_id == article.id and _offsets_valid(claim, text)
        before, quote, after = _context(claim, text, located)
        status = claim.status if claim.status in STATUS_LABELS else "unchecked"
        views.append(
            ClaimView(
                number=number,
                claim=claim,
                kind_label=KIND_LABELS.get(claim.kind, claim.kind.capitalize()),
                value_text=format_value(claim),
                status=status,
                status_label=STATUS_LABELS[status],
                before=before,
                quote=quote,
                after=after,
                sources=[_source_view(s) for s in claim.sources],
                marked_when=format_when(claim.marked_at),
                located=located,
            )
        )
    verified = sum(1 for v in views if v.status == "verified")
    disputed = sum(1 for v in views if v.status == "disputed")
    unchecked = len(views) - verified - disputed
    numbers = {v.claim.id: v.number for v in views}
    events = sorted(bundle.events, key=lambda e: (e.at, e.id))
    return ReportView(
        bundle=bundle,
        generated=generated or now_iso(),
        title=article.title or bundle.review.title or "Untitled article",
        article_url=http_url(article.origin),
        origin=article.origin,
        claims=views,
        segments=_segments(text, views),
        events=[_event_view(e, numbers) for e in events],
        total=len(views),
        verified=verified,
        disputed=disputed,
        unchecked=unchecked,
        ready=unchecked == 0 and disputed == 0,
    )
