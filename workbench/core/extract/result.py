"""What the extractor returns: one claim found in a text, before it is stored.

It lives apart from :mod:`workbench.core.model` (which re-exports it) so that ``workbench extract`` does not
build the store's and the window's dataclasses to print its claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Extraction:
    """One claim found by the extractor, before it is stored.

    ``text == article_text[start:end]`` always holds. ``value`` follows the public contract in
    ``docs/claims.md``: a TIMEX3 string for dates, times and durations, ``{"amount", "currency"}`` for
    money, a number (or ``None`` for vague amounts) for counts and percents, ``{"amount", "unit"}`` for
    quantities.

    Dates, times and durations also say how their value was resolved (``resolved``: ``"absolute"``,
    ``"publication"`` or ``"text"``; ``None`` for other kinds), against what (``anchor_value``, and
    ``anchor_start`` when it is an earlier date in the text), and the weekday written with an explicit
    date (``weekday``).

    People and quotes (asked for with ``extract(..., kinds=...)``): a person's ``value`` is ``{"name",
    "title"}``, a quote's ``{"speaker", "verb", "direct"}``; ``refers_to`` is the start offset of the first
    mention of the same person (for a quote: of its speaker), ``None`` for a first mention.
    """

    start: int
    end: int
    text: str
    kind: str
    value: Any
    unit: str | None = None
    currency: str | None = None
    mod: str | None = None
    approximate: bool = False
    sentence_start: int | None = None
    sentence_end: int | None = None
    confidence: float = 1.0
    resolved: str | None = None
    anchor_value: str | None = None
    anchor_start: int | None = None
    weekday: str | None = None
    refers_to: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form printed by ``workbench extract``: extras only where they apply."""
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "value": self.value,
        }
        for key in ("unit", "currency", "mod"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.approximate:
            out["approximate"] = True
        if self.sentence_start is not None and self.sentence_end is not None:
            out["sentence"] = [self.sentence_start, self.sentence_end]
        out["confidence"] = round(self.confidence, 3)
        if self.resolved is not None:
            out["resolved"] = self.resolved
        for key in ("anchor_value", "anchor_start", "weekday"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.kind in ("person", "quote"):
            out["refers_to"] = self.refers_to
        return out
