"""One open review: the bridge between the views and the library.

Every method writes through :class:`~workbench.core.store.Library` (committed when it returns) and then
announces exactly what changed, so each view refreshes only that claim.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Signal

from workbench.core.checks import check_story
from workbench.core.errors import NotFoundError
from workbench.core.formatting import describe_change
from workbench.core.lens import Finding, find_dated_wording
from workbench.core.model import (
    Article,
    CheckDecision,
    Claim,
    Event,
    LensDecision,
    OfficeHolder,
    Review,
    Source,
)
from workbench.core.services import CheckRow, claims_of_finding
from workbench.core.store import Library

FindingKey = tuple[int, int, str]
CheckKey = tuple[str, tuple[tuple[int, int], ...]]
"""(rule, spans): how a decision on a consistency-check finding is stored."""

CHECKED_FIELDS = frozenset({"kind", "value", "unit", "mod", "approximate"})
"""Claim fields the consistency checks read: changing one of them works the checks out again."""


class ReviewSession(QObject):
    claim_changed = Signal(object)
    """A claim's fields, verdict or sources changed (the new :class:`Claim`)."""
    claim_added = Signal(object)
    claim_removed = Signal(int)
    review_changed = Signal(object)
    """Title or progress changed (the new :class:`Review`)."""
    article_changed = Signal(object)
    claims_reloaded = Signal()
    claim_touched = Signal(int)
    """An undo or redo changed this claim: views may bring it into view."""
    lens_changed = Signal()
    """The dated wording was worked out again (new dates, a corrected value, a decision made elsewhere)."""
    decision_changed = Signal(object, object)
    """(finding key, the decision now or None): one finding decided, or opened again."""
    finding_touched = Signal(object)
    """An undo or redo changed the decision on this finding (its key): views may bring it into view."""
    checks_changed = Signal()
    """The consistency checks were worked out again (a claim added, removed or corrected; a new version)."""
    check_decision_changed = Signal(object, object)
    """(check key, the decision now or None): one check dismissed, disputed or opened again."""
    check_touched = Signal(object)
    """An undo or redo changed the decision on this check (its key): views may bring it into view."""

    write_interrupted = Signal(object, object)
    """(the :class:`LibraryConnectionLostError`, a callable that makes the write again): the server went
    away before the write got through; the window holds it and sends it when the server is back."""

    def __init__(self, library: Library, review: Review, article: Article, claims: list[Claim],
                 reviewer: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.review = review
        self.article = article
        self.claims: dict[int, Claim] = {c.id: c for c in claims}
        self.reviewer = reviewer
        self.seen_event = library.last_event_id()
        """The newest event this session has taken into account (its own and other programs')."""
        # The dated wording and the checks are worked out when first asked for (the window asks just after
        # the review is drawn), then kept up to date by every change that can alter them.
        self._findings: list[Finding] | None = None
        self._decisions: dict[FindingKey, LensDecision] = {}
        self._checks: list[CheckRow] | None = None
        self._check_decisions: dict[CheckKey, CheckDecision] = {}
        self.office_records: list[OfficeHolder] = library.office_holders()
        """The library's confirmed office-holder records, which person claims are checked against."""

    # -------------------------------------------------------------- the republication lens

    @property
    def findings(self) -> list[Finding]:
        """The dated wording of the article as the editor left its claims, in text order."""
        if self._findings is None:
            self.refresh_lens(announce=False)
        return self._findings or []

    @property
    def decisions(self) -> dict[FindingKey, LensDecision]:
        if self._findings is None:
            self.refresh_lens(announce=False)
        return self._decisions

    @property
    def checks(self) -> list[CheckRow]:
        """The consistency checks' findings on the stored (corrected) claims, in text order."""
        if self._checks is None:
            self.refresh_checks(announce=False)
        return self._checks or []

    @property
    def check_decisions(self) -> dict[CheckKey, CheckDecision]:
        if self._checks is None:
            self.refresh_checks(announce=False)
        return self._check_decisions

    @property
    def worked_out(self) -> bool:
        """Whether the dated wording and the checks have been worked out for this session yet."""
        return self._findings is not None and self._checks is not None

    @property
    def as_of(self) -> dt.date:
        """The republication date the story is read against (today unless one was set)."""
        if self.review.republish_on:
            try:
                return dt.date.fromisoformat(self.review.republish_on)
            except ValueError:
                pass
        return dt.date.today()

    @property
    def published(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.article.published) if self.article.published else None
        except ValueError:
            return None

    def refresh_lens(self, *, announce: bool = True) -> None:
        """Work out the dated wording again from the article, its claims and the two dates."""
        self._findings = find_dated_wording(self.article.text, self.published, self.as_of,
                                            claims=list(self.claims.values()))
        self._decisions = {(d.start, d.end, d.cls): d for d in
                          self.library.lens_decisions(self.review.id, article_id=self.article.id)}
        if announce:
            self.lens_changed.emit()

    def refresh_office_records(self) -> None:
        self.office_records = self.library.office_holders()
        self.claims_reloaded.emit()

    def titles_outside_records(self) -> list[Claim]:
        """Person claims whose title the library's records say was not held on the publication date."""
        from workbench.core.offices import check_title

        day = self.article.published
        return [c for c in self.claims.values()
                if (found := check_title(c, self.office_records, day)) is not None and found.held is False]

    def finding(self, key: FindingKey) -> Finding | None:
        return next((f for f in self.findings if f.key == key), None)

    def decide(self, key: FindingKey, decision: str, *, rewrite: str = "", reason: str = "") -> LensDecision:
        """Record a decision on a finding, conditional on the decision this window shows."""
        start, end, cls = key
        seen = self.decisions.get(key)
        stored = self.library.decide_finding(self.review.id, start=start, end=end, cls=cls, decision=decision,
                                             rewrite=rewrite, reason=reason, actor=self.reviewer,
                                             expected_version=seen.version if seen else 0)
        self.decisions[key] = stored
        self.decision_changed.emit(key, stored)
        self._refresh_review()
        return stored

    def undecide(self, key: FindingKey) -> None:
        start, end, cls = key
        seen = self.decisions.get(key)
        self.library.undecide_finding(self.review.id, start=start, end=end, cls=cls, actor=self.reviewer,
                                      expected_version=seen.version if seen else None)
        self.decisions.pop(key, None)
        self.decision_changed.emit(key, None)
        self._refresh_review()

    # -------------------------------------------------------------- consistency checks

    def refresh_checks(self, *, announce: bool = True) -> None:
        """Work out the consistency checks again from the claims in memory (no claim is read from the file).

        The same findings and claims as :func:`workbench.core.services.review_checks`, which reads them
        from the library: the claims of the current article version, with the editor's corrections.
        """
        article_id = self.article.id
        claims = sorted((c for c in self.claims.values() if c.article_id == article_id),
                        key=lambda c: (c.position, c.start, c.id))
        self._check_decisions = {d.key: d for d in self.library.check_decisions(self.review.id, article_id=article_id)}
        rows = []
        for finding in check_story(self.article.text, self.published, claims=claims):
            rows.append(CheckRow(finding, self._check_decisions.get(finding.key), claims_of_finding(finding, claims)))
        self._checks = rows
        if announce:
            self.checks_changed.emit()

    def check(self, key: CheckKey) -> CheckRow | None:
        return next((row for row in self.checks if row.finding.key == key), None)

    def decide_check(self, key: CheckKey, decision: str, *, reason: str = "", message: str = "",
                     dispute_claims: tuple[int, ...] = ()) -> CheckDecision:
        """Dismiss a check (with a reason) or dispute it, conditional on the decision this window shows.

        ``dispute_claims`` are marked disputed in the same action, with the finding's arithmetic as note.
        """
        rule, spans = key
        seen = self.check_decisions.get(key)
        row = self.check(key)
        words = message or (row.finding.message if row is not None else "") or (seen.message if seen else "")
        stored = self.library.decide_check(self.review.id, rule=rule, spans=spans, decision=decision,
                                           actor=self.reviewer, message=words, reason=reason,
                                           dispute_claims=dispute_claims,
                                           expected_version=seen.version if seen else 0)
        self.check_decisions[key] = stored
        for claim_id in dispute_claims:  # their verdicts and notes changed in the same action
            claim = self.library.get_claim(claim_id)
            self.claims[claim_id] = claim
            self.claim_changed.emit(claim)
        self.check_decision_changed.emit(key, stored)
        self._refresh_review()
        return stored

    def undecide_check(self, key: CheckKey) -> None:
        rule, spans = key
        seen = self.check_decisions.get(key)
        self.library.undecide_check(self.review.id, rule=rule, spans=spans, actor=self.reviewer,
                                    expected_version=seen.version if seen else None)
        self.check_decisions.pop(key, None)
        self.check_decision_changed.emit(key, None)
        self._refresh_review()

    def set_republication_date(self, day: dt.date | None) -> Review:
        """Read the story against another republication date (``None``: today); the lens follows at once."""
        self.review = self.library.set_republication_date(self.review.id, day.isoformat() if day else None,
                                                          actor=self.reviewer)
        self.review_changed.emit(self.review)
        self.refresh_lens()
        return self.review

    @classmethod
    def load(cls, library: Library, review_id: int, reviewer: str) -> tuple[Review, Article, list[Claim]]:
        """Read what a session needs (safe to call from a worker thread)."""
        return library.get_review(review_id), library.get_article(review_id), library.list_claims(review_id)

    @property
    def review_id(self) -> int:
        return self.review.id

    def claim(self, claim_id: int) -> Claim:
        return self.claims[claim_id]

    # -------------------------------------------------------------- writes

    def _changed(self, claim: Claim) -> Claim:
        self.claims[claim.id] = claim
        self.claim_changed.emit(claim)
        self._refresh_review()
        return claim

    def _refresh_review(self) -> None:
        self.review = self.library.get_review(self.review.id)
        self.review_changed.emit(self.review)

    def _seen(self, claim_id: int) -> int | None:
        """The version of the claim this window shows: every write is conditional on it."""
        claim = self.claims.get(claim_id)
        return claim.version if claim is not None else None

    def set_status(self, claim_id: int, status: str) -> Claim:
        return self._changed(self.library.set_claim_status(claim_id, status, actor=self.reviewer,
                                                           expected_version=self._seen(claim_id)))

    def update_claim(self, claim_id: int, **fields: Any) -> Claim:
        claim = self._changed(self.library.update_claim(claim_id, actor=self.reviewer,
                                                        expected_version=self._seen(claim_id), **fields))
        if "value" in fields or "kind" in fields:
            self.refresh_lens()  # a corrected date reads differently
        if CHECKED_FIELDS & set(fields):
            self.refresh_checks()  # a corrected figure may add up now
        return claim

    def add_source(self, claim_id: int, source: Source) -> Source:
        linked = self.library.add_source(claim_id, source, actor=self.reviewer, expected_version=self._seen(claim_id))
        self._changed(self.library.get_claim(claim_id))
        return linked

    def remove_source(self, claim_id: int, source_id: int) -> None:
        self.library.remove_source(claim_id, source_id, actor=self.reviewer, expected_version=self._seen(claim_id))
        self._changed(self.library.get_claim(claim_id))

    def add_claim(self, start: int, end: int, kind: str, value: Any, **extra: Any) -> Claim:
        claim = self.library.add_claim(self.review.id, start=start, end=end, kind=kind, value=value,
                                       actor=self.reviewer, **extra)
        self.claims[claim.id] = claim
        self.claim_added.emit(claim)
        self._refresh_review()
        self.refresh_lens()
        self.refresh_checks()
        return claim

    def delete_claim(self, claim_id: int) -> Claim:
        claim = self.library.delete_claim(claim_id, actor=self.reviewer, expected_version=self._seen(claim_id))
        self.claims.pop(claim_id, None)
        self.claim_removed.emit(claim_id)
        self._refresh_review()
        self.refresh_lens()
        self.refresh_checks()
        return claim

    def restore_claim(self, claim: Claim) -> Claim:
        restored = self.library.restore_claim(claim, actor=self.reviewer)
        self.claims[restored.id] = restored
        self.claim_added.emit(restored)
        self._refresh_review()
        self.refresh_lens()
        self.refresh_checks()
        return restored

    def rename(self, title: str) -> Review:
        self.review = self.library.rename_review(self.review.id, title, actor=self.reviewer)
        self.review_changed.emit(self.review)
        return self.review

    def refresh_claim(self, claim_id: int) -> None:
        """Show the claim as it is stored now (after a conflict, or a change made elsewhere)."""
        try:
            claim = self.library.get_claim(claim_id)
        except NotFoundError:
            if self.claims.pop(claim_id, None) is not None:
                self.claim_removed.emit(claim_id)
        else:
            if claim.review_id != self.review.id:
                return
            known = claim_id in self.claims
            self.claims[claim_id] = claim
            (self.claim_changed if known else self.claim_added).emit(claim)
        self._refresh_review()

    def take_outside_changes(self) -> list[str]:
        """Bring in what other programs changed in this review since the last look; say what, by whom.

        Claims whose stored version is the one shown (this window's own writes) are left alone. A log
        that went backwards means the library was restored elsewhere: everything is read again.
        """
        newest = self.library.last_event_id()
        if newest < self.seen_event:
            self.seen_event = newest
            self.reload()
            return ["The library was restored from a backup by another program; the review was read again"]
        events: list[Event] = [e for e in self.library.events_after(self.seen_event) if e.review_id == self.review.id]
        self.seen_event = newest
        notes: list[str] = []
        article_changed = False
        for claim_id in dict.fromkeys(e.claim_id for e in events if e.claim_id is not None):
            before = self.claims.get(claim_id)
            try:
                stored = self.library.get_claim(claim_id)
            except NotFoundError:
                stored = None
            if stored is not None and before is not None and stored.version == before.version:
                continue
            last = next(e for e in reversed(events) if e.claim_id == claim_id)
            label = f"“{before.text if before else stored.text if stored else claim_id}”"
            notes.append(f"{last.actor or 'Someone'} {describe_change(last.action, last.after)} ({label})")
            if stored is None:
                if self.claims.pop(claim_id, None) is not None:
                    self.claim_removed.emit(claim_id)
            elif stored.review_id == self.review.id:
                self.claims[claim_id] = stored
                (self.claim_changed if before is not None else self.claim_added).emit(stored)
        lens_changed = bool(notes)
        checks_changed = bool(notes)
        # On a server this window's own writes come back through the change feed: they need no words.
        mine = self.reviewer if self.library.backend != "sqlite" else None
        for e in events:
            if mine is not None and e.actor == mine and e.action in (
                    "check.decide", "check.undecide", "lens.decide", "lens.undecide", "review.republish"):
                continue
            if e.action in ("check.decide", "check.undecide"):
                checks_changed = True
                what = "decided on" if e.action == "check.decide" else "opened again"
                notes.append(f"{e.actor or 'Someone'} {what} a consistency check")
            if e.action in ("article.update", "review.rename") and e.claim_id is None:
                article_changed = True
            if e.action in ("lens.decide", "lens.undecide", "review.republish"):
                lens_changed = True
                what = {"lens.decide": "decided on", "lens.undecide": "opened again",
                        "review.republish": "changed the republication date of"}[e.action]
                words = (e.after or e.before or {}).get("text") if e.action != "review.republish" else None
                notes.append(f"{e.actor or 'Someone'} {what} " + (f"“{words}”" if words else "this review"))
        if article_changed:
            self.article = self.library.get_article(self.review.id)
            self.article_changed.emit(self.article)
        if events:
            self._refresh_review()
        if lens_changed or article_changed:
            self.refresh_lens()
        if checks_changed or article_changed:
            self.refresh_checks()
        return notes

    def reload(self) -> None:
        """Read the article and claims again (after the publication date changed)."""
        review, article, claims = self.load(self.library, self.review.id, self.reviewer)
        self.review, self.article = review, article
        self.claims = {c.id: c for c in claims}
        self.article_changed.emit(article)
        self.claims_reloaded.emit()
        self.review_changed.emit(review)
        self.refresh_lens()
        self.refresh_checks()
