"""Finding and normalising checkable claims in article text (see docs/claims.md)."""

from __future__ import annotations

import datetime as dt

from workbench.core.model import Extraction


def extract(text: str, published: dt.date | None = None) -> list[Extraction]:
    """Return the claims in ``text`` in text order, resolving relative dates against ``published``."""
    raise NotImplementedError("being built: see issue 3")
