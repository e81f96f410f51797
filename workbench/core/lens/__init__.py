"""The republication lens: words whose meaning depends on the story's publication date (docs/lens.md).

``find_dated_wording(text, published, as_of)`` runs every registered class (``register_lens_class``)
over the article and its claims and returns non-overlapping :class:`Finding`s in text order. The
built-in classes are ``relative_date``, ``present_state``, ``then_future`` and ``running_figure``
(``classes/``); their words are tables in ``vocab.py``.
"""

from __future__ import annotations

from workbench.core.lens.context import LensContext
from workbench.core.lens.finder import find_dated_wording
from workbench.core.lens.model import Finding, LensClass, TemporalClaim
from workbench.core.lens.quotes import quote_spans
from workbench.core.lens.registry import lens_class, lens_classes, register_lens_class, unregister_lens_class
from workbench.core.lens.rewrites import age_text, apply_rewrites
from workbench.core.lens.vocab import FUTURE_REF, PAST_REF, PRESENT_REF

__all__ = [
    "FUTURE_REF",
    "PAST_REF",
    "PRESENT_REF",
    "Finding",
    "LensClass",
    "LensContext",
    "TemporalClaim",
    "age_text",
    "apply_rewrites",
    "find_dated_wording",
    "lens_class",
    "lens_classes",
    "quote_spans",
    "register_lens_class",
    "unregister_lens_class",
]
