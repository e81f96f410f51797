"""The change history as people read it: "14:02 Amira Haddad marked “$88 billion” (#10) verified, source Reuters".

:func:`net_events` leaves out undo pairs that cancel out; :func:`history_entries` writes what is left in
words, in local time. Pure Python, shared by every report format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.core.formatting import describe_change, format_iso_date, format_value
from workbench.core.model import Claim, Event

QUOTE_CHARS = 60
"""Longest claim text or note quoted in a history line; longer ones are cut at a word."""

_STATUS_ACTIONS = ("claim.mark", "claim.update")
_SOURCE_PAIRS = {("source.add", "source.remove"), ("source.remove", "source.add")}


@dataclass(frozen=True)
class HistoryEntry:
    """One line of the net history."""

    at: str
    """The event's ISO timestamp, as stored."""
    day: str
    """Local date, e.g. ``Fri 15 Mar 2024``."""
    time: str
    """Local time of day, ``14:02``."""
    actor: str
    text: str
    """What happened, without who and when: ``marked “$88 billion” (#10) verified, source Reuters``."""
    claim_number: int | None = None

    @property
    def line(self) -> str:
        who = self.actor or "Someone"
        return f"{self.time} {who} {self.text}"


def _cancels(first: Event, second: Event) -> bool:
    """True when ``second`` undoes ``first`` exactly (same person, same claim)."""
    if first.actor != second.actor or first.claim_id != second.claim_id:
        return False
    pair = (first.action, second.action)
    if first.action in _STATUS_ACTIONS and second.action in _STATUS_ACTIONS:
        # a mark and the reverse mark, a note (or value) edited and edited back
        return first.before is not None and first.before == second.after and first.after == second.before
    if pair in _SOURCE_PAIRS:
        one = first.after if first.action == "source.add" else first.before
        two = second.after if second.action == "source.add" else second.before
        if not isinstance(one, dict) or not isinstance(two, dict):
            return False
        if one.get("source_id") is not None and two.get("source_id") is not None:
            return bool(one.get("source_id") == two.get("source_id"))
        return bool(one.get("citation")) and one.get("citation") == two.get("citation")
    return pair == ("claim.delete", "claim.restore")


def net_events(events: Iterable[Event]) -> list[Event]:
    """The events, oldest first, without the undo pairs that cancel out.

    Left out: a mark followed by the reverse mark of the same claim by the same person with nothing in
    between for that claim; a note (or value) edited and edited back; a source added then removed (or
    removed then added back); a claim deleted then restored. Pairs nest: after an inner pair is removed,
    the events around it may form a pair too (mark, undo, redo, undo leaves nothing).
    """
    kept: list[Event | None] = []
    open_by_claim: dict[int, list[int]] = {}
    for event in sorted(events, key=lambda e: (e.at, e.id)):
        if event.claim_id is not None:
            stack = open_by_claim.setdefault(event.claim_id, [])
            last = kept[stack[-1]] if stack else None
            if last is not None and _cancels(last, event):
                kept[stack.pop()] = None
                continue
            stack.append(len(kept))
        kept.append(event)
    return [e for e in kept if e is not None]


def _cut(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return flat
    head = flat[:limit]
    space = head.rfind(" ")
    return (head[:space] if space > limit // 2 else head).rstrip(",;:.") + "…"


def _and(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


@dataclass
class _ClaimInfo:
    words: str
    number: int | None
    kind: str
    unit: str | None = None
    mod: str | None = None
    approximate: bool = False


class _Describer:
    """Turns events into words, knowing each claim's words and number and each source's title."""

    def __init__(self, claims: Sequence[Claim], numbers: Mapping[int, int], events: Sequence[Event]) -> None:
        self.claims: dict[int, _ClaimInfo] = {
            c.id: _ClaimInfo(c.text, numbers.get(c.id), c.kind, c.unit, c.mod, c.approximate) for c in claims
        }
        self.by_citation: dict[str, str] = {}
        self.by_id: dict[int, str] = {}
        for claim in claims:
            for source in claim.sources:
                label = source.title.strip() or source.citation.strip()
                self.by_citation.setdefault(source.citation.strip(), label)
                if source.id is not None:
                    self.by_id.setdefault(source.id, label)
        for event in events:  # claims that are gone are known by the snapshot their events kept
            snapshot = event.after if event.action in ("claim.add", "claim.restore") else event.before
            if event.claim_id is not None and event.claim_id not in self.claims and isinstance(snapshot, dict):
                self.claims[event.claim_id] = _ClaimInfo(str(snapshot.get("text") or ""), None,
                                                         str(snapshot.get("kind") or ""))

    def claim(self, claim_id: int | None) -> str:
        info = self.claims.get(claim_id) if claim_id is not None else None
        if info is None:
            return "a claim" if claim_id is None else f"claim {claim_id}"
        words = f"“{_cut(info.words)}”" if info.words else "a claim"
        return f"{words} (#{info.number})" if info.number else words

    def value(self, claim_id: int | None, value: Any) -> str:
        info = self.claims.get(claim_id) if claim_id is not None else None
        if info is None or not info.kind:
            return _cut(value if isinstance(value, str) else str(value))
        return format_value(info.kind, value, unit=info.unit, mod=info.mod, approximate=info.approximate) or "no value"

    def source(self, value: Any) -> str:
        if isinstance(value, dict):
            if value.get("source_id") in self.by_id:
                return self.by_id[value["source_id"]]
            value = value.get("citation") or ""
        citation = str(value).strip()
        return _cut(self.by_citation.get(citation, citation), 80) or "a source"

    def describe(self, event: Event) -> str:
        after = event.after if isinstance(event.after, dict) else {}
        before = event.before if isinstance(event.before, dict) else {}
        what = self.claim(event.claim_id)
        action = event.action
        if action in _STATUS_ACTIONS:
            return self._claim_change(event.claim_id, what, before, after) or describe_change(action, event.after)
        if action == "claim.status" and isinstance(event.after, str):  # the first libraries' verdicts
            return self._claim_change(event.claim_id, what, {"status": event.before}, {"status": event.after})
        if action == "claim.note" and isinstance(event.after, str):
            return self._claim_change(event.claim_id, what, {"note": event.before}, {"note": event.after})
        if action == "claim.add":
            return f"added the claim {what}"
        if action == "claim.delete":
            return f"deleted the claim {what}"
        if action == "claim.restore":
            return f"put back the claim {what}"
        if action == "claim.reresolve":
            return f"re-read {what} as {self.value(event.claim_id, after.get('value'))} (new publication date)"
        if action == "source.add":
            return f"added the source {self.source(event.after)} to {what}"
        if action == "source.remove":
            return f"removed the source {self.source(event.before)} from {what}"
        if action == "review.create":
            found = after.get("claims")
            return "started the review" + (f" ({found} claims found)" if isinstance(found, int) else "")
        if action == "review.rename":
            return f"renamed the review “{_cut(str(after.get('title') or ''))}”"
        if action == "review.trash":
            return "moved the review to the trash"
        if action == "review.restore":
            return "took the review out of the trash"
        if action == "article.update":
            parts = []
            for key in after:
                if key == "published":
                    shown = format_iso_date(after[key]) or "unknown"
                    parts.append(f"set the publication date to {shown}")
                elif key == "origin":
                    parts.append("changed the article's address")
                else:
                    parts.append(f"changed the article's {key} to “{_cut(str(after[key]))}”")
            return _and(parts) or "changed the article's details"
        return describe_change(action, event.after)

    def _claim_change(self, claim_id: int | None, what: str, before: dict[str, Any],
                      after: dict[str, Any]) -> str:
        """A verdict or an edit: the claim is named once, in the first part."""
        status = after.get("status")
        parts: list[str] = []
        if status == "unchecked":
            parts.append(f"reset {what} to unchecked")
        elif status:
            parts.append(f"marked {what} {status}")
        named = bool(parts)

        def of(preposition: str) -> str:
            """Names the claim the first time only."""
            nonlocal named
            if named:
                return ""
            named = True
            return f" {preposition} {what}"

        if "value" in after:
            new = self.value(claim_id, after["value"])
            if "value" in before:
                old = self.value(claim_id, before.get("value"))
                parts.append(f"corrected the value{of('of')} from {old} to {new}")
            else:
                parts.append(f"set the value{of('of')} to {new}")
        elif "kind" in after:
            parts.append(f"changed the kind{of('of')} to {after['kind']}")
        elif any(key in after for key in ("unit", "mod", "approximate")):
            parts.append(f"edited the value{of('of')}")
        if "correction" in after:
            correction = str(after["correction"] or "").strip()
            parts.append(f"gave the correct figure{of('for')}: {_cut(correction)}" if correction
                         else f"removed the correct figure{of('for')}")
        if "note" in after:
            note = str(after["note"] or "").strip()
            parts.append(f"noted{of('on')}: “{_cut(note)}”" if note else f"removed the note{of('on')}")
        if "qualifier" in after:
            parts.append(f"edited the qualifier{of('of')}")
        if not parts:
            return ""
        text = _and(parts) if not status else ", ".join(parts)
        sources = [self.source(s) for s in after.get("sources") or []]
        if sources:
            text += f", source{'s' if len(sources) > 1 else ''} {_and(sources)}"
        return text


def _local(at: str, tz: dt.tzinfo | None) -> tuple[str, str]:
    try:
        moment = dt.datetime.fromisoformat(str(at).replace("Z", "+00:00"))
    except ValueError:
        return str(at), ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    moment = moment.astimezone(tz)
    return f"{moment:%a} {moment.day} {moment:%b} {moment.year}", f"{moment:%H:%M}"


def history_entries(events: Iterable[Event], claims: Sequence[Claim], numbers: Mapping[int, int] | None = None,
                    *, tz: dt.tzinfo | None = None) -> list[HistoryEntry]:
    """The net history (:func:`net_events`) in words, oldest first, in local time (or ``tz``).

    ``numbers`` maps claim ids to the numbers the report shows (default: each claim's own ``number``).
    """
    events = list(events)
    numbers = dict(numbers) if numbers is not None else {c.id: c.number for c in claims if c.number}
    describer = _Describer(claims, numbers, events)
    entries = []
    for event in net_events(events):
        day, time = _local(event.at, tz)
        entries.append(HistoryEntry(at=event.at, day=day, time=time, actor=event.actor,
                                    text=describer.describe(event),
                                    claim_number=numbers.get(event.claim_id) if event.claim_id else None))
    return entries


def local_zone_name(tz: dt.tzinfo | None = None, when: dt.datetime | None = None) -> str:
    """The zone the history's times are in, e.g. ``CET (UTC+01:00)``."""
    moment = (when or dt.datetime.now(dt.UTC)).astimezone(tz)
    offset = moment.strftime("%z")
    shown = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    name = moment.tzname() or ""
    return f"{name} ({shown})" if name and name not in shown and not name.startswith(("+", "-")) else shown
