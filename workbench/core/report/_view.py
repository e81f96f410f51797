"""The report's content, computed once from a :class:`ReviewBundle` and shared by every format.

Everything here is plain data (strings, numbers, lists, dicts); escaping is the job of each format.
The order is the one a managing editor reads: the verdict, the counts, disputed claims (with what the
article says and the correct figure), unchecked claims, then verified claims in one line each.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import json
import re
from dataclasses import dataclass, field
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import Any

from workbench import __version__
from workbench.core.formatting import format_value as format_claim_value
from workbench.core.kinds import claim_kinds
from workbench.core.model import Claim, Event, ReviewBundle, Source, now_iso
from workbench.core.report._history import HistoryEntry, history_entries, local_zone_name
from workbench.core.snippets import snippet

STATUS_LABELS = {"verified": "Verified", "disputed": "Disputed", "unchecked": "Unchecked"}
KIND_LABELS = {kind.name: kind.label for kind in claim_kinds()}
"""Kind labels from the claim-kind registry (the same the window shows)."""
CORRECTION_NOUNS = {"date": "date", "time": "time", "duration": "length of time"}
"""What a correction gives, by kind ("the correct date is …"); every other kind gives a figure."""
_STATUS_RANK = {"disputed": 3, "unchecked": 2, "verified": 1}
CONTEXT_CHARS = 160
"""How far a claim's snippet reaches on each side of it when its sentence is too long to show whole."""
NUMBERS_SHOWN = 12
"""Claim numbers listed in the verdict's reasons before "and N more"."""

_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]")


def clean(value: Any) -> str:
    """A string fit to show: control characters, NUL and bidirectional overrides removed.

    Line breaks (LF, CR) and tabs stay; right-to-left text itself is untouched (the bidi algorithm places it).
    An override (U+202E) could otherwise reverse the words after it and make a note say something else.
    """
    return _INVISIBLE.sub("", "" if value is None else str(value))


def current_login() -> str:
    """The operating system's user name, or empty when it cannot be read."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


@functools.lru_cache(maxsize=1024)
def looks_like_login(name: str, login: str | None = None) -> bool:
    """True for a name that looks like a login rather than a person: ``root``, ``amira``, the OS user.

    Such a name is still shown (it is what was recorded); the report only says what it looks like.
    """
    shown = name.strip()
    if not shown:
        return False
    if shown == (current_login() if login is None else login):
        return True
    return not any(ch.isspace() for ch in shown) and any(ch.islower() for ch in shown) and not any(
        ch.isupper() for ch in shown)


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


def file_name(origin: str | None) -> str:
    """The file name (no folders) of an article that came from a file; empty for an address or nothing."""
    text = clean(origin or "").strip()
    if not text or "://" in text or is_http_url(text):
        return ""
    path: PurePath = PureWindowsPath(text) if "\\" in text else PurePosixPath(text)
    return path.name


def format_when(value: str | None) -> str:
    """An ISO timestamp as ``YYYY-MM-DD HH:MM UTC``; a date stays a date; anything else as given."""
    if not value:
        return ""
    return _format_when(str(value))


@functools.lru_cache(maxsize=4096)
def _format_when(value: str) -> str:
    text = value.strip()
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


def _same_words(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"[^0-9a-z]+", "", s.lower().replace("us$", "$"))

    return norm(a) == norm(b)


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

    @property
    def short(self) -> str:
        """The label, with a free-text citation after it when it says more (for one-line listings)."""
        if self.citation and self.citation != self.label and not self.url:
            return f"{self.label} ({self.citation})"
        return self.label

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
    """The claim's stable number in its review (``Claim.number``), never a position in a list."""
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
    note: str = ""
    qualifier: str = ""
    marked_by: str = ""
    marked_by_is_login: bool = False
    value_corrected: bool = False
    """The editor changed the value the extractor read from the article's words."""
    original_value_text: str = ""
    """The extractor's reading of the article's words, when the editor corrected it."""
    correct_value: str = ""
    """The correct figure or wording: the editor's ``correction`` of a disputed claim, else the corrected value."""
    correction_noun: str = "figure"

    @property
    def context_text(self) -> str:
        return f"{self.before}{self.quote}{self.after}"

    @property
    def has_correction(self) -> bool:
        return bool(self.correct_value)

    @property
    def article_says(self) -> str:
        """``“$88 billion” (read as US$88 billion)``: the article's words and the extractor's reading."""
        words = f"“{self.quote}”"
        if self.original_value_text and not _same_words(self.original_value_text, self.quote):
            words += f" (read as {self.original_value_text})"
        return words

    @property
    def correction_text(self) -> str:
        """``Correction: the article says “$88 billion”; the correct figure is US$90 billion.``"""
        if not self.correct_value:
            return ""
        end = "" if self.correct_value.endswith((".", "!", "?")) else "."
        return (f"Correction: the article says {self.article_says}; "
                f"the correct {self.correction_noun} is {self.correct_value}{end}")

    @property
    def sources_short(self) -> str:
        return "; ".join(s.short for s in self.sources)


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
    """The article's address, only when it is http(s); a file path is never shown."""
    source_file: str
    """The name (no folders) of the file the article came from; only the JSON report carries it."""
    claims: list[ClaimView]
    segments: list[Segment]
    events: list[EventView]
    total: int
    verified: int
    disputed: int
    unchecked: int
    ready: bool
    reviewer: str = ""
    reviewer_is_login: bool = False
    other_markers: list[tuple[str, bool]] = field(default_factory=list)
    """People other than the reviewer who recorded verdicts, with whether each looks like a login."""
    include_history: bool = False
    history: list[HistoryEntry] = field(default_factory=list)
    """The net history in words (only when ``include_history``)."""
    history_zone: str = ""
    generator: str = f"Workbench {__version__}"

    @property
    def disputed_claims(self) -> list[ClaimView]:
        return [c for c in self.claims if c.status == "disputed"]

    @property
    def unchecked_claims(self) -> list[ClaimView]:
        return [c for c in self.claims if c.status == "unchecked"]

    @property
    def verified_claims(self) -> list[ClaimView]:
        return [c for c in self.claims if c.status == "verified"]

    @property
    def corrected_claims(self) -> list[ClaimView]:
        """Claims whose value the editor corrected (any status)."""
        return [c for c in self.claims if c.value_corrected]

    @property
    def corrected(self) -> int:
        return len(self.corrected_claims)

    def by_number(self, number: int) -> ClaimView | None:
        return next((c for c in self.claims if c.number == number), None)

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

    @property
    def verdict_reasons(self) -> list[str]:
        """Why the article is (not) ready, one line each, with the claim numbers to look at."""
        def numbers(claims: list[ClaimView]) -> str:
            shown = ", ".join(f"#{c.number}" for c in claims[:NUMBERS_SHOWN])
            more = len(claims) - NUMBERS_SHOWN
            return shown + (f" and {more} more" if more > 0 else "")

        def count(n: int, one: str, many: str) -> str:
            return f"{n} {one if n == 1 else many}"

        lines = []
        if self.disputed:
            lines.append(f"{count(self.disputed, 'claim is', 'claims are')} disputed: "
                         f"{numbers(self.disputed_claims)}.")
        if self.unchecked:
            lines.append(f"{count(self.unchecked, 'claim is', 'claims are')} not checked yet: "
                         f"{numbers(self.unchecked_claims)}.")
        if self.corrected:
            lines.append(f"{count(self.corrected, 'value was', 'values were')} corrected by the editor "
                         f"(the article's words differ): {numbers(self.corrected_claims)}.")
        if self.ready and not self.corrected:
            lines.append("Every claim is verified." if self.total else "No claims were recorded.")
        return lines

    @property
    def history_days(self) -> list[tuple[str, list[HistoryEntry]]]:
        """The history grouped by local day, in time order."""
        days: list[tuple[str, list[HistoryEntry]]] = []
        for entry in self.history:
            if not days or days[-1][0] != entry.day:
                days.append((entry.day, []))
            days[-1][1].append(entry)
        return days

    @property
    def reviewer_shown(self) -> str:
        return _person(self.reviewer, self.reviewer_is_login)

    @property
    def others_shown(self) -> str:
        return ", ".join(_person(name, login) for name, login in self.other_markers)


def _person(name: str, login: bool) -> str:
    if not name:
        return ""
    return f"{name} (login name)" if login else name


def _source_view(source: Source) -> SourceView:
    return SourceView(
        title=clean(source.title).strip(),
        citation=clean(source.citation).strip(),
        url=http_url(source.citation),
        publisher=clean(source.publisher).strip(),
        accessed=clean(source.accessed).strip(),
        excerpt=clean(source.excerpt).strip(),
    )


def _segments(text: str, claims: list[ClaimView]) -> list[Segment]:
    """Split the article at every claim boundary; a run covered by claims takes the worst status."""
    located = [c for c in claims if c.located]
    if not located:
        return [Segment(clean(text))] if text else []
    starts: dict[int, list[ClaimView]] = {}
    ends: dict[int, list[ClaimView]] = {}
    for c in located:
        starts.setdefault(c.claim.start, []).append(c)
        ends.setdefault(c.claim.end, []).append(c)
    points = sorted({0, len(text), *starts, *ends})
    active: dict[int, ClaimView] = {}
    segments: list[Segment] = []
    for a, b in zip(points, points[1:], strict=False):
        piece = clean(text[a:b])
        for c in ends.get(a, ()):
            active.pop(id(c), None)
        for c in starts.get(a, ()):
            active[id(c)] = c
        if active:
            covering = sorted(active.values(), key=lambda c: c.number)
            status = max((c.status for c in covering), key=lambda s: _STATUS_RANK.get(s, 0))
            finishing = [c.number for c in covering if c.claim.end == b]
            segments.append(Segment(piece, [c.number for c in covering], status, finishing))
        elif segments and not segments[-1].numbers:
            segments[-1].text += piece
        else:
            segments.append(Segment(piece))
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
        actor=clean(event.actor),
        action=event.action,
        claim=claim,
        before=clean(_compact(event.before)),
        after=clean(_compact(event.after)),
    )


def _numbers(ordered: list[Claim]) -> dict[int, int]:
    """Each claim's stable number; claims without one (hand-built bundles) get the next free numbers."""
    taken = {c.number for c in ordered if c.number > 0}
    numbers: dict[int, int] = {}
    used: set[int] = set()
    following = max(taken, default=0)
    for claim in ordered:
        if claim.number > 0 and claim.number not in used:
            numbers[claim.id] = claim.number
            used.add(claim.number)
        else:
            following += 1
            numbers[claim.id] = following
    return numbers


class _Snippets:
    """Each claim's snippet, finding sentences in one pass for claims stored without their offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentences: Any = None

    def sentence(self, claim: Claim) -> tuple[int, int]:
        if claim.sentence_start is not None and claim.sentence_end is not None:
            return claim.sentence_start, claim.sentence_end
        if self._sentences is None:
            from workbench.core.extract.sentences import Sentences

            self._sentences = Sentences(self.text)
        return self._sentences.find(claim.start)

    def of(self, claim: Claim, located: bool) -> tuple[str, str, str]:
        if located:
            return snippet(self.text, claim.start, claim.end, sentence=self.sentence(claim), reach=CONTEXT_CHARS)
        context = claim.context or ""
        index = context.find(claim.text) if claim.text else -1
        if index >= 0:
            return snippet(context, index, index + len(claim.text), sentence=(0, len(context)),
                           reach=CONTEXT_CHARS)
        if context:
            cut = snippet(context, 0, 0, sentence=(0, len(context)), reach=CONTEXT_CHARS)
            return f"{cut[2].strip()} — ", claim.text, ""
        return "", claim.text, ""


def _claim_view(claim: Claim, number: int, snippets: _Snippets, located: bool, login: str) -> ClaimView:
    before, quote, after = snippets.of(claim, located)
    status = claim.status if claim.status in STATUS_LABELS else "unchecked"
    value_text = clean(format_value(claim))
    original = ""
    corrected = False
    if claim.value_edited and claim.original_value is not None:
        original = clean(format_claim_value(claim.kind, claim.original_value, unit=claim.unit, mod=claim.mod,
                                            approximate=claim.approximate))
        corrected = original != value_text
    correct_value = clean(claim.correction).strip() if status == "disputed" else ""
    if not correct_value and corrected:
        correct_value = value_text
    marked_by = clean(claim.marked_by).strip()
    return ClaimView(
        number=number,
        claim=claim,
        kind_label=KIND_LABELS.get(claim.kind, claim.kind.capitalize()),
        value_text=value_text,
        status=status,
        status_label=STATUS_LABELS[status],
        before=clean(before),
        quote=clean(quote),
        after=clean(after),
        sources=[_source_view(s) for s in claim.sources],
        marked_when=format_when(claim.marked_at),
        located=located,
        note=clean(claim.note).strip(),
        qualifier=clean(claim.qualifier).strip(),
        marked_by=marked_by,
        marked_by_is_login=looks_like_login(marked_by, login),
        value_corrected=corrected,
        original_value_text=original if corrected else "",
        correct_value=correct_value,
        correction_noun=CORRECTION_NOUNS.get(claim.kind, "figure"),
    )


def build_view(bundle: ReviewBundle, generated: str | None = None, *, include_history: bool = False,
               tz: dt.tzinfo | None = None, login: str | None = None) -> ReportView:
    """Everything a report shows, in the order it shows it.

    ``include_history`` adds the net change history (in local time, or ``tz``); ``login`` is the
    operating system's user name, used only to say that a recorded name looks like a login.
    """
    article = bundle.article
    text = article.text or ""
    login = current_login() if login is None else login
    ordered = sorted(bundle.claims, key=lambda c: (c.position, c.start, c.id))
    numbers = _numbers(ordered)
    snippets = _Snippets(text)
    views = [
        _claim_view(claim, numbers[claim.id], snippets,
                    claim.article_id == article.id and _offsets_valid(claim, text), login)
        for claim in ordered
    ]
    verified = sum(1 for v in views if v.status == "verified")
    disputed = sum(1 for v in views if v.status == "disputed")
    unchecked = len(views) - verified - disputed
    reviewer = clean(bundle.review.reviewer).strip()
    markers: dict[str, int] = {}
    for v in views:
        if v.marked_by and v.marked_by != reviewer:
            markers[v.marked_by] = markers.get(v.marked_by, 0) + 1
    others = sorted(markers, key=lambda name: (-markers[name], name))
    events = sorted(bundle.events, key=lambda e: (e.at, e.id)) if include_history else []
    history = []
    if include_history:
        history = [
            HistoryEntry(at=e.at, day=e.day, time=e.time, actor=clean(e.actor), text=clean(e.text),
                         claim_number=e.claim_number)
            for e in history_entries(bundle.events, ordered, numbers, tz=tz)
        ]
    return ReportView(
        bundle=bundle,
        generated=generated or now_iso(),
        title=clean(article.title or bundle.review.title or "Untitled article"),
        article_url=http_url(article.origin),
        source_file=file_name(article.origin),
        claims=views,
        segments=_segments(text, views),
        events=[_event_view(e, numbers) for e in events],
        total=len(views),
        verified=verified,
        disputed=disputed,
        unchecked=unchecked,
        ready=unchecked == 0 and disputed == 0,
        reviewer=reviewer,
        reviewer_is_login=looks_like_login(reviewer, login),
        other_markers=[(name, looks_like_login(name, login)) for name in others],
        include_history=include_history,
        history=history,
        history_zone=local_zone_name(tz) if include_history else "",
    )
