"""Finding and normalising checkable claims in article text (see docs/claims.md).

``extract(text, published)`` runs the pipeline in ``pipeline.py``: the registered recognisers
(``registry.py``; dates, times and durations in ``temporal/``, figures in ``figures/``) propose overlapping
candidates around the triggers of one fast pass; the longest, most specific ones win; anaphoric dates are
valued in text order; times are joined to the day they fall on; each claim gets its sentence span.
Importing this package loads no recogniser and compiles no pattern (that happens on the first call),
so ``core.formatting`` can read ``vocab.currencies`` without paying for the extractor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from workbench.core.extract.result import Extraction

__all__ = ["extract", "Extraction"]


def __getattr__(name: str) -> Any:
    """``Extraction`` is loaded on first use, so that reading a vocabulary table imports nothing else."""
    if name == "Extraction":
        from workbench.core.extract.result import Extraction

        return Extraction
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def extract(text: str, published: dt.date | None = None, kinds: Iterable[str] | None = None) -> list[Extraction]:
    """Return the claims in ``text`` in text order, resolving relative dates against ``published``.

    By default the dates, times, durations and figures; ``kinds`` picks others too ("person", "quote"; all
    of them: ``workbench.core.extract.pipeline.ALL_KINDS``)."""
    from workbench.core.extract.pipeline import extract as run

    return run(text, published, kinds)
