"""Operations that combine extraction and storage: what the CLI and the window both call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from workbench.core.extract import extract
from workbench.core.importers import LoadedArticle
from workbench.core.model import Article, CheckDecision, Claim, LensDecision, RemovedClaim, Review
from workbench.core.store import Library

if TYPE_CHECKING:
    from workbench.core.checks import CheckFinding
    from workbench.core.lens import Finding
    from workbench.core.revisions import Change


def _date(published: str | None) -> dt.date | None:
    return dt.date.fromisoformat(published) if published else None


def import_article(library: Library, article: LoadedArticle, *, reviewer: str) -> int:
    """Extract the claims of ``article`` and store it as a new review; return the review id.

    Extraction runs before anything is written, so a failure leaves no half-created review.
    """
    from workbench.core.extract.pipeline import ALL_KINDS

    extractions = extract(article.text, _date(article.published), ALL_KINDS)
    return library.create_review(
        title=article.title or "Untitled article",
        reviewer=reviewer,
        text=article.text,
        extractions=extractions,
        publisher=article.publisher,
        byline=article.byline,
        origin=article.origin,
        published=article.published,
    )


def change_publication_date(library: Library, review_id: int, published: str | None, *, actor: str) -> int:
    """Set the article's publication date and re-resolve relative dates of untouched automatic claims.

    Manual claims, values an editor corrected and all verdicts are kept. Returns how many values changed.
    """
    library.update_article_metadata(review_id, actor=actor, published=published)
    article = library.get_article(review_id)
    return library.replace_auto_values(review_id, extract(article.text, _date(published)), actor=actor)


@dataclass(frozen=True)
class RevisionSummary:
    """What a new version did to the claims: how many of each revision state."""

    version: int
    counts: dict[str, int]

    @property
    def carried(self) -> int:
        return sum(self.counts.get(s, 0) for s in ("unchanged", "moved", "edited"))

    @property
    def to_recheck(self) -> int:
        return self.counts.get("changed", 0) + self.counts.get("new", 0)

    def line(self) -> str:
        """"18 claims: 14 carried, 1 changed, 2 gone, 3 new"."""
        total = self.carried + self.counts.get("changed", 0) + self.counts.get("new", 0)
        parts = [f"{self.carried} carried"] + [f"{self.counts[s]} {s}" for s in ("changed", "gone", "new")
                                               if self.counts.get(s)]
        return f"{total} claim{'s' if total != 1 else ''}: " + ", ".join(parts)


def recheck_text(counts: dict[str, int]) -> str:
    """"5 claims need re-checking: 2 changed, 3 new" (empty when nothing does)."""
    changed, new = counts.get("changed", 0), counts.get("new", 0)
    if not changed + new:
        return ""
    parts = [f"{n} {s}" for s, n in (("changed", changed), ("new", new)) if n]
    total = changed + new
    return f"{total} claim{'s' if total != 1 else ''} need{'s' if total == 1 else ''} re-checking: " + ", ".join(parts)


def _map_span(changes: Sequence[Change], start: int, end: int) -> tuple[int, int] | None:
    """Where an untouched span of the old text stands in the new one (None when an edit touches it)."""
    shift = 0
    for change in changes:
        if change.old_end <= start and not (change.old_start == change.old_end == start):
            shift += (change.new_end - change.new_start) - (change.old_end - change.old_start)
            continue
        if change.old_start >= end and not (change.old_start == change.old_end == end):
            break
        return None
    return start + shift, end + shift


def revise_article(library: Library, review_id: int, article: LoadedArticle, *, actor: str,
                   published: str | None = None) -> RevisionSummary:
    """Make ``article`` the review's new current version: every claim of the old version is re-anchored
    onto it and gets a revision state; verdicts, sources and notes carry where the claim still holds, never
    onto a changed value; decisions on dated wording and checks carry where their words are untouched.
    Nothing is written until it is all worked out, then one transaction (``Library.add_version``)."""
    from workbench.core.extract.pipeline import ALL_KINDS
    from workbench.core.revisions import OldClaim, anchor_for, reanchor, word_diff
    from workbench.core.snippets import sentence_span

    old = library.get_article(review_id)
    when = published or article.published or old.published
    new_text = article.text
    found = extract(new_text, _date(when), ALL_KINDS)
    old_claims = library.list_claims(review_id)
    by_id = {c.id: c for c in old_claims}
    olds = []
    for c in old_claims:
        first_value = c.original_value if c.value_edited and c.original_value is not None else c.value
        sentence = (c.sentence_start, c.sentence_end) if c.sentence_start is not None else None
        olds.append(OldClaim(c.id, c.start, c.end, c.text, c.kind, first_value,
                             anchor_for(old.text, c.start, c.end, c.kind, c.value, sentence)))
    mappings = reanchor(old.text, new_text, olds, found)
    next_number = max((c.number for c in old_claims), default=0)
    claims: list[Claim] = []
    removed: list[RemovedClaim] = []
    counts: dict[str, int] = {}
    for m in mappings:
        before = by_id.get(m.old_id) if m.old_id is not None else None
        if m.state == "gone":
            assert before is not None
            removed.append(RemovedClaim(0, review_id, 0, before.id, before.number, before.text, before.kind,
                                        before.value, before.status, before.note, [s.citation for s in before.sources],
                                        before.marked_by, before.start, before.end, before.context))
            if before.refers_to is None:  # later mentions are checked with their first: not counted
                counts["gone"] = counts.get("gone", 0) + 1
            continue
        assert m.start is not None and m.end is not None
        e = found[m.new_index] if m.new_index is not None else None
        span = (e.sentence_start, e.sentence_end) if e is not None and e.sentence_start is not None \
            else sentence_span(new_text, m.start, m.end)
        claim = Claim(id=0, review_id=review_id, article_id=0, start=m.start, end=m.end, text=new_text[m.start:m.end],
                      kind=e.kind if e else before.kind, value=e.value if e else before.value,  # type: ignore[union-attr]
                      unit=e.unit if e else before.unit, mod=e.mod if e else before.mod,  # type: ignore[union-attr]
                      approximate=e.approximate if e else before.approximate,  # type: ignore[union-attr]
                      origin="auto" if e else "manual", confidence=e.confidence if e else 1.0,
                      sentence_start=span[0], sentence_end=span[1],
                      resolved=e.resolved if e else None, anchor_value=e.anchor_value if e else None,
                      weekday=e.weekday if e else None,
                      refers_to=e.refers_to if e is not None and e.kind == "person" else None, revision=m.state)
        if m.carried and before is not None:
            claim.status, claim.note, claim.marked_by, claim.marked_at = (before.status, before.note,
                                                                          before.marked_by, before.marked_at)
            claim.sources, claim.correction, claim.qualifier = list(before.sources), before.correction, before.qualifier
            claim.number = before.number
            if before.value_edited:  # the editor's correction holds while the words do
                claim.value, claim.value_edited, claim.original_value = before.value, True, claim.value
            if m.state == "edited":
                claim.previous = {"sentence": m.old_sentence, "new_sentence": m.new_sentence}
        elif m.state == "changed" and before is not None:
            claim.number = before.number
            claim.previous = {"text": before.text, "value": before.value, "kind": before.kind,
                              "status": before.status, "note": before.note, "marked_by": before.marked_by,
                              "sources": [s.citation for s in before.sources], "sentence": m.old_sentence}
        else:
            next_number += 1
            claim.number = next_number
        if claim.refers_to is None:
            counts[m.state] = counts.get(m.state, 0) + 1
        claims.append(claim)
    changes = word_diff(old.text, new_text)
    lens = []
    for d in library.lens_decisions(review_id, article_id=old.id):
        moved = _map_span(changes, d.start, d.end)
        if moved is not None and new_text[moved[0]:moved[1]] == d.text:
            lens.append(replace(d, start=moved[0], end=moved[1]))
    checks = []
    for d in library.check_decisions(review_id, article_id=old.id):
        spans = [_map_span(changes, a, b) for a, b in d.spans]
        if all(s is not None for s in spans):
            checks.append(replace(d, spans=[list(s) for s in spans if s is not None]))
    title = article.title if article.title and article.title != old.title else None
    added = library.add_version(review_id, text=new_text, actor=actor, claims=claims, removed=removed, lens=lens,
                                checks=checks, published=when, title=title)
    counts = {state: n for state, n in counts.items() if n}
    for state in ("unchanged", "moved", "edited", "changed", "new", "gone"):
        counts.setdefault(state, 0)
    return RevisionSummary(added.version, counts)


@dataclass(frozen=True)
class CheckRow:
    """A consistency-check finding on a stored review, with the editor's decision on it (if any)."""

    finding: CheckFinding
    decision: CheckDecision | None
    claim_ids: tuple[int, ...]
    """The stored claims the finding's spans cover (the ones a "dispute" marks)."""


SPEECH_KINDS = frozenset({"quote", "person"})
"""Claims a check never marks: a quote holding the figures, or a person named beside them."""


def claims_of_finding(finding: CheckFinding, claims: Iterable[Claim]) -> tuple[int, ...]:
    """The ids of the figure and date claims a finding's spans cover, in the order given."""
    return tuple(c.id for c in claims if c.kind not in SPEECH_KINDS and c.id is not None
                 and any(c.start < e and s < c.end for s, e in finding.spans))


def review_checks(library: Library, review_id: int) -> list[CheckRow]:
    """The checks of the review's current article version, read from its stored (corrected) claims."""
    article = library.get_article(review_id)
    claims = [c for c in library.list_claims(review_id) if c.article_id == article.id]
    return check_rows(article, claims, library.check_decisions(review_id, article_id=article.id))


def check_rows(article: Article, claims: Sequence[Claim], decisions: Sequence[CheckDecision]) -> list[CheckRow]:
    """:func:`review_checks` on what was already read: the article, its claims and the check decisions.

    Only the claims of ``article`` (its version) are read; the report computes its Checks section with it.
    """
    from workbench.core.checks import check_story

    claims = [c for c in claims if c.article_id == article.id]
    by_key = {d.key: d for d in decisions if d.article_id == article.id}
    rows = []
    for finding in check_story(article.text, _date(article.published), claims=claims):
        rows.append(CheckRow(finding, by_key.get(finding.key), claims_of_finding(finding, claims)))
    return rows


@dataclass(frozen=True)
class LensRow:
    """A finding of the republication lens on a stored review, with the editor's decision on it (if any).

    ``finding`` is ``None`` for a decision whose words the lens no longer flags (the claims were corrected
    since, say): the decision is still shown, never lost.
    """

    finding: Finding | None
    decision: LensDecision | None


def republication_day(review: Review, today: dt.date | None = None) -> dt.date:
    """The date the story is read against: the review's republication date, else ``today`` (default: now)."""
    if review.republish_on:
        try:
            return dt.date.fromisoformat(review.republish_on)
        except ValueError:
            pass
    return today or dt.date.today()


def lens_rows(article: Article, claims: Sequence[Claim], decisions: Sequence[LensDecision],
              as_of: dt.date) -> list[LensRow]:
    """The dated wording of ``article`` read on ``as_of`` from its stored claims, each with its decision, in
    text order (so row N is finding N of ``workbench lens REVIEW``); decisions on words no longer flagged
    follow at the end (``finding`` None)."""
    from workbench.core.lens import find_dated_wording

    claims = [c for c in claims if c.article_id == article.id]
    by_key = {(d.start, d.end, d.cls): d for d in decisions if d.article_id == article.id}
    findings = find_dated_wording(article.text or "", _date(article.published), as_of, claims=claims)
    rows = [LensRow(f, by_key.pop(f.key, None)) for f in findings]
    return rows + [LensRow(None, d) for d in sorted(by_key.values(), key=lambda d: (d.start, d.id))]
