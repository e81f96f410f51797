"""One open review: the bridge between the views and the library.

Every method writes through :class:`~workbench.core.store.Library` (committed when it returns) and then
announces exactly what changed, so each view refreshes only that claim.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from workbench.core.model import Article, Claim, Review, Source
from workbench.core.store import Library


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

    def __init__(self, library: Library, review: Review, article: Article, claims: list[Claim],
                 reviewer: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.review = review
        self.article = article
        self.claims: dict[int, Claim] = {c.id: c for c in claims}
        self.reviewer = reviewer

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

    def set_status(self, claim_id: int, status: str) -> Claim:
        return self._changed(self.library.set_claim_status(claim_id, status, actor=self.reviewer))

    def update_claim(self, claim_id: int, **fields: Any) -> Claim:
        return self._changed(self.library.update_claim(claim_id, actor=self.reviewer, **fields))

    def add_source(self, claim_id: int, source: Source) -> Source:
        linked = self.library.add_source(claim_id, source, actor=self.reviewer)
        self._changed(self.library.get_claim(claim_id))
        return linked

    def remove_source(self, claim_id: int, source_id: int) -> None:
        self.library.remove_source(claim_id, source_id, actor=self.reviewer)
        self._changed(self.library.get_claim(claim_id))

    def add_claim(self, start: int, end: int, kind: str, value: Any, **extra: Any) -> Claim:
        claim = self.library.add_claim(self.review.id, start=start, end=end, kind=kind, value=value,
                                       actor=self.reviewer, **extra)
        self.claims[claim.id] = claim
        self.claim_added.emit(claim)
        self._refresh_review()
        return claim

    def delete_claim(self, claim_id: int) -> Claim:
        claim = self.library.delete_claim(claim_id, actor=self.reviewer)
        self.claims.pop(claim_id, None)
        self.claim_removed.emit(claim_id)
        self._refresh_review()
        return claim

    def restore_claim(self, claim: Claim) -> Claim:
        restored = self.library.restore_claim(claim, actor=self.reviewer)
        self.claims[restored.id] = restored
        self.claim_added.emit(restored)
        self._refresh_review()
        return restored

    def rename(self, title: str) -> Review:
        self.review = self.library.rename_review(self.review.id, title, actor=self.reviewer)
        self.review_changed.emit(self.review)
        return self.review

    def reload(self) -> None:
        """Read the article and claims again (after the publication date changed)."""
        review, article, claims = self.load(self.library, self.review.id, self.reviewer)
        self.review, self.article = review, article
        self.claims = {c.id: c for c in claims}
        self.article_changed.emit(article)
        self.claims_reloaded.emit()
        self.review_changed.emit(review)
