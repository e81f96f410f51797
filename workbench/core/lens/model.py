"""The lens's records: a finding, a class of findings, and the claims it reads (a Protocol)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from workbench.core.lens.context import LensContext


class TemporalClaim(Protocol):
    """What the lens reads of a claim: a stored ``Claim`` or an ``Extraction`` (see docs/claims.md)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def value(self) -> Any: ...
    @property
    def mod(self) -> str | None: ...
    @property
    def resolved(self) -> str | None: ...
    @property
    def anchor_value(self) -> str | None: ...


@dataclass(frozen=True)
class Finding:
    """Words whose meaning depends on the publication date, and what to do about them.

    ``text == article[start:end]``. ``suggestion`` replaces those words when ``substitutes`` is true; it
    is a note for the editor otherwise (a date that has passed, an attribution for a quote), or ``None``
    when nothing can be proposed (no publication date).
    """

    start: int
    end: int
    text: str
    cls: str
    """``relative_date``, ``present_state``, ``then_future``, ``running_figure``, or a registered class."""
    anchor: str | None
    """The TIMEX3 value it had on publication (``2018-01``, ``2018-W07``, ``PRESENT_REF``, ``P10Y``)."""
    reads_as: str
    """The same, for people: "January 2018", "the week of 12 February 2018", "February 2018"."""
    suggestion: str | None
    substitutes: bool
    in_quote: bool
    explanation: str
    """One sentence for the editor: "“last month” meant January 2018 when the story was published"."""

    def to_dict(self) -> dict[str, Any]:
        """The contract fields (docs/lens.md): start, end, text, class, anchor, reads_as, suggestion, in_quote."""
        return {"start": self.start, "end": self.end, "text": self.text, "class": self.cls,
                "anchor": self.anchor, "reads_as": self.reads_as, "suggestion": self.suggestion,
                "in_quote": self.in_quote}

    @property
    def key(self) -> tuple[int, int, str]:
        """(start, end, cls): how the store names the finding a decision is about."""
        return (self.start, self.end, self.cls)


@dataclass(frozen=True)
class LensClass:
    """A kind of dated wording: its name, how the window shows it, and the function that finds it."""

    name: str
    label: str
    description: str
    colour: str
    """"#rrggbb", a mid-tone readable on light and dark backgrounds."""
    find: Callable[[LensContext], Iterable[Finding]]
    order: int = 0
    """Position in :func:`lens_classes`; of two findings on the same words, the lower order wins."""
