"""One QUndoCommand per kind of edit. Each writes through the session, so every step is stored at once.

A command whose first write fails (a locked library, say) marks itself obsolete, so QUndoStack drops it
and the failure is reported through :attr:`ReviewSession`'s owner instead. One that fails because the
library server went away is kept and handed to the window (``ReviewSession.write_interrupted``), which
sends it again when the server is back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from workbench.core.errors import ConflictError, LibraryConnectionLostError, WorkbenchError
from workbench.core.model import CheckDecision, Claim, Source
from workbench.gui.session import CheckKey, ReviewSession

log = logging.getLogger(__name__)

STATUS_WORDS = {"verified": "verified", "disputed": "disputed", "unchecked": "unchecked"}
NOTE_MERGE_ID = 1001
VALUE_MERGE_ID = 1002

ErrorHandler = Callable[[BaseException], None]


def _quote(claim: Claim) -> str:
    text = claim.text if len(claim.text) <= 30 else claim.text[:29] + "…"
    return f"“{text}”"


class _SessionCommand(QUndoCommand):
    """Base: runs the write; on a first-time failure the command becomes obsolete and is not kept."""

    def __init__(self, session: ReviewSession, text: str, on_error: ErrorHandler) -> None:
        super().__init__(text)
        self.session = session
        self._on_error = on_error
        self._first = True
        self._interrupted = False

    def _apply(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _revert(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _touched(self) -> int | None:
        return None

    def _landed(self) -> bool:
        """After a conflict on a write sent again: whether the library already holds exactly this change."""
        return False

    def redo(self) -> None:
        first, self._first = self._first, False
        try:
            self._apply()
        except WorkbenchError as exc:
            self._failed(exc, drop=first)
            return
        self._interrupted = False
        if not first:
            self._announce()

    def undo(self) -> None:
        try:
            self._revert()
        except WorkbenchError as exc:
            self._failed(exc, drop=False, again=self._undo_again)
            return
        self._announce()

    def _undo_again(self) -> None:
        self.undo()

    def _failed(self, exc: WorkbenchError, *, drop: bool, again: Callable[[], None] | None = None) -> None:
        """A write that did not happen. After a conflict the window shows the claim as stored now, and
        this step leaves the history: undoing it would write over the newer change. A write cut off by
        a lost server connection is held (``again`` does it once more) and sent when the server is back."""
        if isinstance(exc, LibraryConnectionLostError):
            self._interrupted = again is None
            self.session.write_interrupted.emit(exc, again or self.redo)
            return
        if isinstance(exc, ConflictError):
            if exc.claim_id is None:
                self.session.refresh_lens()  # a decision on dated wording (or a check) made elsewhere
                self.session.refresh_checks()
            if exc.claim_id is not None:
                self.session.refresh_claim(exc.claim_id)
                if exc.claim_id in self.session.claims:
                    self.session.claim_touched.emit(exc.claim_id)  # show the editor what changed
            if self._interrupted and self._landed():
                self._interrupted = False  # the write got in before the connection broke; only its answer was lost
                return
            drop = True
        if drop:
            self.setObsolete(True)
        self._on_error(exc)

    def _announce(self) -> None:
        touched = self._touched()
        if touched is not None and touched in self.session.claims:
            self.session.claim_touched.emit(touched)


class SetStatusCommand(_SessionCommand):
    def __init__(self, session: ReviewSession, claim_id: int, status: str, on_error: ErrorHandler) -> None:
        claim = session.claim(claim_id)
        super().__init__(session, f"Mark {_quote(claim)} {STATUS_WORDS[status]}", on_error)
        self.claim_id = claim_id
        self.status = status
        self.previous = claim.status

    def _apply(self) -> None:
        self.session.set_status(self.claim_id, self.status)

    def _revert(self) -> None:
        self.session.set_status(self.claim_id, self.previous)

    def _landed(self) -> bool:
        claim = self.session.claims.get(self.claim_id)
        return claim is not None and claim.status == self.status

    def _touched(self) -> int | None:
        return self.claim_id


class UpdateClaimCommand(_SessionCommand):
    """Change kind, value, qualifier or note. Consecutive edits of the same note (or value) merge."""

    def __init__(self, session: ReviewSession, claim_id: int, fields: dict[str, Any], on_error: ErrorHandler,
                 *, merge_id: int = -1, text: str | None = None) -> None:
        claim = session.claim(claim_id)
        names = ", ".join(fields)
        super().__init__(session, text or f"Edit {names} of {_quote(claim)}", on_error)
        self.claim_id = claim_id
        self.fields = dict(fields)
        self.previous = {key: getattr(claim, key) for key in fields}
        self._merge_id = merge_id

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateClaimCommand) or other.claim_id != self.claim_id:
            return False
        if set(other.fields) != set(self.fields):
            return False
        self.fields = dict(other.fields)
        if self.fields == self.previous:
            self.setObsolete(True)
        return True

    def _apply(self) -> None:
        self.session.update_claim(self.claim_id, **self.fields)

    def _revert(self) -> None:
        self.session.update_claim(self.claim_id, **self.previous)

    def _landed(self) -> bool:
        claim = self.session.claims.get(self.claim_id)
        return claim is not None and all(getattr(claim, key) == value for key, value in self.fields.items())

    def _touched(self) -> int | None:
        return self.claim_id


class AddSourceCommand(_SessionCommand):
    def __init__(self, session: ReviewSession, claim_id: int, source: Source, on_error: ErrorHandler) -> None:
        super().__init__(session, f"Add source to {_quote(session.claim(claim_id))}", on_error)
        self.claim_id = claim_id
        self.source = source

    def _apply(self) -> None:
        self.source = self.session.add_source(self.claim_id, self.source)

    def _revert(self) -> None:
        assert self.source.id is not None
        self.session.remove_source(self.claim_id, self.source.id)

    def _touched(self) -> int | None:
        return self.claim_id


class RemoveSourceCommand(_SessionCommand):
    def __init__(self, session: ReviewSession, claim_id: int, source: Source, on_error: ErrorHandler) -> None:
        super().__init__(session, f"Remove source from {_quote(session.claim(claim_id))}", on_error)
        self.claim_id = claim_id
        self.source = source

    def _apply(self) -> None:
        assert self.source.id is not None
        self.session.remove_source(self.claim_id, self.source.id)

    def _revert(self) -> None:
        self.session.add_source(self.claim_id, self.source)

    def _touched(self) -> int | None:
        return self.claim_id


class AddClaimCommand(_SessionCommand):
    """A claim the extractor missed; undo deletes it, redo restores it with the same id."""

    def __init__(self, session: ReviewSession, start: int, end: int, kind: str, value: Any,
                 on_error: ErrorHandler) -> None:
        text = session.article.text[start:end]
        super().__init__(session, f"Add claim “{text[:30]}”", on_error)
        self.start, self.end, self.kind, self.value = start, end, kind, value
        self.claim: Claim | None = None

    def _apply(self) -> None:
        if self.claim is None:
            self.claim = self.session.add_claim(self.start, self.end, self.kind, self.value)
        else:
            self.claim = self.session.restore_claim(self.claim)

    def _revert(self) -> None:
        assert self.claim is not None
        self.claim = self.session.delete_claim(self.claim.id)

    def _touched(self) -> int | None:
        return self.claim.id if self.claim else None


class DeleteClaimCommand(_SessionCommand):
    def __init__(self, session: ReviewSession, claim_id: int, on_error: ErrorHandler) -> None:
        super().__init__(session, f"Delete claim {_quote(session.claim(claim_id))}", on_error)
        self.claim_id = claim_id
        self.claim: Claim | None = None

    def _apply(self) -> None:
        self.claim = self.session.delete_claim(self.claim_id)

    def _revert(self) -> None:
        assert self.claim is not None
        self.session.restore_claim(self.claim)

    def _touched(self) -> int | None:
        return self.claim_id


class DecideFindingCommand(_SessionCommand):
    """Accept a rewrite, dismiss a finding or mark it still true; undo puts back what was decided before."""

    WORDS = {"accepted": "Accept the rewrite of", "dismissed": "Dismiss", "still_true": "Mark still true:"}

    def __init__(self, session: ReviewSession, key: tuple[int, int, str], decision: str, on_error: ErrorHandler,
                 *, rewrite: str = "", reason: str = "") -> None:
        finding = session.finding(key)
        words = finding.text if finding is not None else key[2]
        super().__init__(session, f"{self.WORDS.get(decision, decision)} “{words[:30]}”", on_error)
        self.key, self.decision, self.rewrite, self.reason = key, decision, rewrite, reason
        self.previous = session.decisions.get(key)

    def _apply(self) -> None:
        self.session.decide(self.key, self.decision, rewrite=self.rewrite, reason=self.reason)

    def _revert(self) -> None:
        _put_back(self.session, self.key, self.previous)

    def _announce(self) -> None:
        self.session.finding_touched.emit(self.key)


class ReopenFindingCommand(_SessionCommand):
    """Take a decision back: the finding is open again."""

    def __init__(self, session: ReviewSession, key: tuple[int, int, str], on_error: ErrorHandler) -> None:
        finding = session.finding(key)
        super().__init__(session, f"Open “{(finding.text if finding else key[2])[:30]}” again", on_error)
        self.key = key
        self.previous = session.decisions.get(key)

    def _apply(self) -> None:
        self.session.undecide(self.key)

    def _revert(self) -> None:
        _put_back(self.session, self.key, self.previous)

    def _announce(self) -> None:
        self.session.finding_touched.emit(self.key)


def _put_back(session: ReviewSession, key: tuple[int, int, str], previous: object) -> None:
    if previous is None:
        session.undecide(key)
    else:
        session.decide(key, previous.decision, rewrite=previous.rewrite, reason=previous.reason)  # type: ignore[attr-defined]


def _check_words(session: ReviewSession, key: CheckKey) -> str:
    row = session.check(key)
    message = row.finding.message if row is not None else key[0].replace("_", " ")
    return f"“{message[:40]}…”" if len(message) > 40 else f"“{message}”"


def _put_check_back(session: ReviewSession, key: CheckKey, previous: CheckDecision | None) -> None:
    """The decision there was before (claims untouched: a dispute's claims are put back by its command)."""
    if previous is None:
        session.undecide_check(key)
    else:
        session.decide_check(key, previous.decision, reason=previous.reason, message=previous.message)


class DismissCheckCommand(_SessionCommand):
    """Dismiss a consistency check with the editor's reason; undo puts back what was decided before."""

    def __init__(self, session: ReviewSession, key: CheckKey, reason: str, on_error: ErrorHandler) -> None:
        super().__init__(session, f"Dismiss the check {_check_words(session, key)}", on_error)
        self.key, self.reason = key, reason
        self.previous = session.check_decisions.get(key)

    def _apply(self) -> None:
        self.session.decide_check(self.key, "dismissed", reason=self.reason)

    def _revert(self) -> None:
        _put_check_back(self.session, self.key, self.previous)

    def _announce(self) -> None:
        self.session.check_touched.emit(self.key)


class DisputeCheckCommand(_SessionCommand):
    """Dispute a check: every claim it involves is marked disputed, the arithmetic as its note, in one
    action. Undo gives each claim back its verdict and note, and the check its decision before."""

    def __init__(self, session: ReviewSession, key: CheckKey, claim_ids: tuple[int, ...],
                 on_error: ErrorHandler) -> None:
        super().__init__(session, f"Dispute the claims of the check {_check_words(session, key)}", on_error)
        self.key = key
        self.claim_ids = tuple(i for i in claim_ids if i in session.claims)
        self.previous = session.check_decisions.get(key)
        self.claims_before = {i: (session.claims[i].status, session.claims[i].note) for i in self.claim_ids}

    def _apply(self) -> None:
        self.session.decide_check(self.key, "disputed", dispute_claims=self.claim_ids)

    def _revert(self) -> None:
        _put_check_back(self.session, self.key, self.previous)
        for claim_id, (status, note) in self.claims_before.items():
            if claim_id in self.session.claims:
                self.session.update_claim(claim_id, status=status, note=note)

    def _announce(self) -> None:
        self.session.check_touched.emit(self.key)


class ReopenCheckCommand(_SessionCommand):
    """Take a decision on a check back (the claims a dispute marked keep their verdicts, as on the
    command line); undo puts the decision back."""

    def __init__(self, session: ReviewSession, key: CheckKey, on_error: ErrorHandler) -> None:
        super().__init__(session, f"Open the check {_check_words(session, key)} again", on_error)
        self.key = key
        self.previous = session.check_decisions.get(key)

    def _apply(self) -> None:
        self.session.undecide_check(self.key)

    def _revert(self) -> None:
        _put_check_back(self.session, self.key, self.previous)

    def _announce(self) -> None:
        self.session.check_touched.emit(self.key)


class NewVersionCommand(_SessionCommand):
    """A revised article as the review's new version (made in a worker before the command is pushed);
    undo brings the old version back, with its claims and states; redo re-anchors again."""

    def __init__(self, session: ReviewSession, text: str, published: str | None, summary_line: str,
                 on_error: ErrorHandler) -> None:
        super().__init__(session, f"New version of the article ({summary_line})", on_error)
        self.text, self.published = text, published
        self._done = True  # the worker made it

    def _apply(self) -> None:
        if self._done:
            self._done = False
            return
        from workbench.core.importers import load_pasted
        from workbench.core.services import revise_article

        revise_article(self.session.library, self.session.review_id, load_pasted(self.text),
                       actor=self.session.reviewer, published=self.published)
        self.session.reload()

    def _revert(self) -> None:
        version = self.session.article.version
        self.session.library.remove_latest_version(self.session.review_id, actor=self.session.reviewer,
                                                   expected_version=version)
        self.session.reload()
