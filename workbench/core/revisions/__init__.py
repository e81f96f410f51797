"""Revised articles: carry each claim of the old version onto the new text (docs/revisions.md).

``reanchor(old_text, new_text, old_claims, new_claims)`` gives every old claim a revision state and says
where it now stands; ``word_diff(old_text, new_text)`` lists what changed, word by word. Each claim stores
an ``Anchor`` (``anchor_for``) so that it can be found again. Nothing here touches SQLite or Qt.
"""

from __future__ import annotations

from workbench.core.revisions.anchors import Anchor, anchor_for, value_hash
from workbench.core.revisions.diff import Change, word_diff
from workbench.core.revisions.matching import (
    CARRIED_STATES,
    REVISION_STATES,
    Mapping,
    NewClaim,
    OldClaim,
    reanchor,
)

__all__ = [
    "CARRIED_STATES", "REVISION_STATES", "Anchor", "Change", "Mapping", "NewClaim", "OldClaim", "anchor_for",
    "reanchor", "value_hash", "word_diff",
]
