"""The domain: plain dataclasses shared by the store, extraction, importers, reports and the GUI.

Nothing here touches SQLite or Qt. The store turns rows into these objects and back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from workbench.core.extract.result import Extraction  # noqa: F401  (defined apart so extraction needs only it)


def _claim_kinds() -> tuple[str, ...]:
    from workbench.core.kinds import kind_names

    return kind_names()


CLAIM_KINDS: tuple[str, ...] = _claim_kinds()
"""Kinds of claim (from the registry in :mod:`workbench.core.kinds`); editors may use them for manual claims."""

STATUSES: tuple[str, ...] = ("unchecked", "verified", "disputed")
ORIGINS: tuple[str, ...] = ("auto", "manual")
REVIEW_STATES: tuple[str, ...] = ("open", "trashed")


@dataclass
class Source:
    """Where a verdict comes from. One source may back many claims across reviews."""

    id: int | None
    citation: str
    """A URL or a free-text citation ("Interview with the ministry, 3 May")."""
    title: str = ""
    publisher: str = ""
    accessed: str = ""
    """ISO date the editor consulted the source."""
    excerpt: str = ""

    @property
    def url(self) -> str | None:
        """The citation when it is an http(s) address, else ``None``."""
        lowered = self.citation.strip().lower()
        return self.citation.strip() if lowered.startswith(("http://", "https://")) else None


@dataclass
class Claim:
    """A stored claim in a review."""

    id: int
    review_id: int
    article_id: int
    start: int
    end: int
    text: str
    kind: str
    value: Any = None
    unit: str | None = None
    mod: str | None = None
    approximate: bool = False
    qualifier: str = ""
    context: str = ""
    origin: str = "auto"
    status: str = "unchecked"
    note: str = ""
    position: int = 0
    confidence: float = 1.0
    marked_by: str = ""
    marked_at: str = ""
    value_edited: bool = False
    """The editor corrected the value (or the kind) the extractor gave."""
    original_value: Any = None
    """The value the extractor gave, kept when the editor corrected it (``None`` otherwise)."""
    correction: str = ""
    """For a disputed claim: the correct figure or wording, in the editor's words."""
    number: int = 0
    """The claim's number in its review: stable, a new claim takes the next free one."""
    sentence_start: int | None = None
    sentence_end: int | None = None
    """The claim's sentence in the article text (``context`` holds its words)."""
    resolved: str | None = None
    """How a date's value was worked out: ``absolute``, ``publication`` (from the publication date) or
    ``text`` (from an earlier date in the article); ``None`` for other kinds and claims added by hand."""
    anchor_value: str | None = None
    """The date it was resolved against (the publication date, or the earlier date's value)."""
    weekday: str | None = None
    """The weekday the text wrote beside an explicit date ("Tuesday, 15 February")."""
    refers_to: int | None = None
    """A later mention of a person: the id of the claim of the first mention (checked there)."""
    revision: str | None = None
    """How the claim came into a revised version: unchanged, moved, edited, changed, new (None: version 1)."""
    previous: dict[str, Any] | None = None
    """For a changed or edited claim: what it was in the version before (text, value, status, sources …)."""
    version: int = 1
    """Raised by every change; writes from a window are conditional on the version it last read."""
    sources: list[Source] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Article:
    id: int
    review_id: int
    version: int
    text: str
    title: str = ""
    publisher: str = ""
    byline: str = ""
    origin: str = ""
    """The URL or file the article came from."""
    published: str | None = None
    """ISO date (YYYY-MM-DD) of publication, used to resolve relative dates."""
    content_hash: str = ""
    imported_at: str = ""
    revised_by: str = ""
    """Who added this version (empty for the first)."""


@dataclass
class RemovedClaim:
    """A claim of an earlier version whose words the revised version no longer has."""

    id: int
    review_id: int
    article_id: int
    """The version it is missing from."""
    old_claim_id: int
    number: int
    text: str
    kind: str
    value: Any
    status: str
    note: str
    sources: list[str]
    marked_by: str
    old_start: int
    old_end: int
    sentence: str


@dataclass
class Review:
    id: int
    title: str
    reviewer: str
    created: str
    updated: str
    state: str = "open"
    total: int = 0
    checked: int = 0
    disputed: int = 0
    published: str | None = None
    republish_on: str | None = None
    """The date the story is to be republished (``None``: today), which the lens reads the story against."""

    @property
    def unchecked(self) -> int:
        return self.total - self.checked

    @property
    def ready(self) -> bool:
        """Ready for republication: every claim checked and none disputed."""
        return self.total - self.checked == 0 and self.disputed == 0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["verified"] = self.checked - self.disputed
        out["unchecked"] = self.unchecked
        return out


LENS_DECISIONS: tuple[str, ...] = ("accepted", "dismissed", "still_true")


@dataclass
class LensDecision:
    """What the editor decided about one finding of the republication lens (dated wording)."""

    id: int
    review_id: int
    article_id: int
    start: int
    end: int
    text: str
    cls: str
    """The finding's class: ``relative_date``, ``present_state``, ``then_future``, ``running_figure`` ..."""
    decision: str
    rewrite: str = ""
    """The wording accepted (as suggested, or as the editor changed it)."""
    reason: str = ""
    """Why it was dismissed, or a note on why it is still true."""
    decided_by: str = ""
    decided_at: str = ""
    version: int = 1


CHECK_DECISIONS: tuple[str, ...] = ("dismissed", "disputed")


@dataclass
class CheckDecision:
    """What the editor decided about one consistency-check finding."""

    id: int
    review_id: int
    article_id: int
    rule: str
    spans: list[list[int]]
    message: str
    decision: str
    """``dismissed`` (with a reason: "the total includes 2 unidentified") or ``disputed`` (its claims too)."""
    reason: str = ""
    decided_by: str = ""
    decided_at: str = ""
    version: int = 1

    @property
    def key(self) -> tuple[str, tuple[tuple[int, int], ...]]:
        return self.rule, tuple((int(a), int(b)) for a, b in self.spans)


@dataclass
class OfficeHolder:
    """An editor's confirmed record: who held which office from when to when, and on what source."""

    id: int | None
    name: str
    title: str
    held_from: str | None = None
    """ISO date the office was taken (``None``: not known)."""
    held_to: str | None = None
    """ISO date it was left (``None``: still held, or not known)."""
    source: str = ""
    confirmed_by: str = ""
    confirmed_at: str = ""
    version: int = 1

    def held_on(self, day: str) -> bool | None:
        """Whether the record says the office was held on ``day`` (``None`` when its dates cannot tell)."""
        if self.held_from is None and self.held_to is None:
            return None
        return (self.held_from is None or self.held_from <= day) and (self.held_to is None or day <= self.held_to)

    def span_text(self) -> str:
        return f"{self.held_from or 'an unknown date'} to {self.held_to or 'now'}"


@dataclass
class Event:
    """One entry of the append-only change log."""

    id: int
    at: str
    actor: str
    action: str
    review_id: int | None
    claim_id: int | None
    before: Any = None
    after: Any = None
    db_role: str = ""
    """The database role that wrote it (PostgreSQL libraries only; empty on SQLite)."""


@dataclass
class ReviewBundle:
    """Everything about one review that a report or a comparison needs, read in one go."""

    review: Review
    article: Article
    claims: list[Claim]
    events: list[Event]
    lens_decisions: list[LensDecision] = field(default_factory=list)
    """The editor's decisions on the article's dated wording (the findings are worked out from the text)."""
    check_decisions: list[CheckDecision] = field(default_factory=list)
    """The editor's decisions on the consistency checks' findings."""
    versions: int = 1
    """How many versions the review's article has (``article`` is the latest, the one checked)."""
    removed_claims: list[RemovedClaim] = field(default_factory=list)
    """Claims of the version before that this version no longer has (listed, never counted)."""


def now_iso() -> str:
    """The current UTC time as an ISO 8601 string with seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
