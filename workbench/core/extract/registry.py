"""Recognisers as registered units, and the generic planner that runs them around the triggers.

A recogniser declares, in one place next to its code:

- ``name`` and the claim ``kinds`` it proposes;
- ``anchors``: the trigger kinds of the fast pass (``triggers.py``) it starts near, and the window of
  text it needs around each trigger (``Anchor``), or ``WHOLE_TEXT``;
- ``priority``: breaks ties between equally long, equally specific candidates (higher wins);
- ``examples``: sentences it must find (a test runs them all, so a recogniser that never fires fails);
- the function that proposes ``Candidate``s.

Most recognisers are a regex tried in the merged windows of their triggers, with a function valuing each
match (``@recogniser``). A recogniser that walks its triggers itself (the figures) registers a ``find``
function with ``register``. The planner (``propose``) walks the triggers once and hands every recogniser
the windows of its own anchors; nothing in it knows any recogniser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.patterns import LazyPattern
from workbench.core.extract.triggers import Trigger

WHOLE_TEXT = "*"
"""The trigger kind of an anchor on the whole text (a window from 0 to the end)."""


@dataclass(frozen=True)
class Anchor:
    """Where a recogniser may match: ``before`` characters before to ``after`` characters after a trigger.

    ``when`` keeps only the triggers it accepts; ``reach`` adds characters before the window, measured on
    the text ("three more years": the words before "years"). With ``scan``, the matches of that pattern
    over the lower-cased text act as the triggers (``trigger`` is then ``WHOLE_TEXT``).
    """

    trigger: str
    before: int = 0
    after: int = 0
    when: Callable[[Trigger, Context], bool] | None = None
    reach: Callable[[Trigger, Context], int] | None = None
    scan: LazyPattern | None = None


@dataclass(frozen=True)
class Example:
    """A sentence a recogniser must find ``claim`` in (with ``value``, when given)."""

    text: str
    claim: str
    value: Any = None
    published: str | None = "2018-02-15"


@dataclass(frozen=True)
class Hit:
    """A window of text to look in, opened by ``trigger`` (None for whole-text and scanned anchors)."""

    start: int
    end: int
    trigger: Trigger | None = None


Finder = Callable[[Context, list[Hit]], Iterable[Candidate]]
Proposer = Callable[[Context, re.Match[str]], Candidate | None]


@dataclass(frozen=True)
class Recogniser:
    """A registered unit that proposes candidates (see the module docstring)."""

    name: str
    kinds: tuple[str, ...]
    anchors: tuple[Anchor, ...]
    find: Finder
    priority: int = 0
    examples: tuple[Example, ...] = ()
    pattern: LazyPattern | None = field(default=None, compare=False)


RECOGNISERS: dict[str, Recogniser] = {}
_BY_TRIGGER: dict[str, list[tuple[Recogniser, Anchor]]] = {}
_SCANNED: list[tuple[Recogniser, Anchor]] = []


def register(rec: Recogniser) -> Recogniser:
    """Add a recogniser; its anchors decide which triggers open windows for it."""
    if rec.name in RECOGNISERS:
        raise ValueError(f"recogniser {rec.name!r} is already registered")
    if not rec.anchors:
        raise ValueError(f"recogniser {rec.name!r} has no anchor: give trigger kinds or WHOLE_TEXT")
    RECOGNISERS[rec.name] = rec
    for anchor in rec.anchors:
        if anchor.trigger == WHOLE_TEXT:
            _SCANNED.append((rec, anchor))
        else:
            _BY_TRIGGER.setdefault(anchor.trigger, []).append((rec, anchor))
    return rec


def on(trigger: str, before: int = 0, after: int = 0, *, when: Callable[[Trigger, Context], bool] | None = None,
       reach: Callable[[Trigger, Context], int] | None = None) -> Anchor:
    """An anchor on a trigger kind of the fast pass."""
    return Anchor(trigger, before, after, when, reach)


def scanning(pattern: LazyPattern, before: int = 0, after: int = 0) -> Anchor:
    """An anchor on every match of ``pattern`` in the lower-cased text (words the pass has no trigger for)."""
    return Anchor(WHOLE_TEXT, before, after, scan=pattern)


def whole_text() -> Anchor:
    """An anchor on the whole text: the recogniser scans it all."""
    return Anchor(WHOLE_TEXT)


def recogniser(name: str, pattern: LazyPattern, *, kinds: tuple[str, ...], anchors: Iterable[Anchor],
               examples: Iterable[Example] = (), priority: int = 0) -> Callable[[Proposer], Proposer]:
    """Register ``pattern``, tried in the merged windows of its anchors; the function values each match."""

    def wrap(fn: Proposer) -> Proposer:
        def find(ctx: Context, hits: list[Hit]) -> Iterator[Candidate]:
            for lo, hi in merge_windows(ctx.text, hits):
                for m in pattern.finditer(ctx.text, lo, hi):
                    if m.end() > m.start():
                        c = fn(ctx, m)
                        if c is not None:
                            yield c

        register(Recogniser(name, kinds, tuple(anchors), find, priority, tuple(examples), pattern))
        return fn

    return wrap


def merge_windows(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """The hits' windows, sorted and merged, each stretched to the end of the word it cuts (by at most 40
    characters past the last window)."""
    windows = sorted((h.start, h.end) for h in hits)
    merged: list[list[int]] = []
    for lo, hi in windows:
        if merged and lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    if not merged:
        return []
    n, limit = len(text), merged[-1][1] + 40
    out = []
    for lo, hi in merged:
        while hi < n and not text[hi].isspace() and hi < limit:
            hi += 1
        out.append((lo, hi))
    return out


def plan(ctx: Context) -> dict[str, list[Hit]]:
    """The windows each recogniser should look in, from one walk over the triggers."""
    n = len(ctx.text)
    hits: dict[str, list[Hit]] = {}
    for t in ctx.triggers:
        for rec, anchor in _BY_TRIGGER.get(t.kind, ()):
            if anchor.when is not None and not anchor.when(t, ctx):
                continue
            reach = anchor.reach(t, ctx) if anchor.reach is not None else 0
            hits.setdefault(rec.name, []).append(
                Hit(max(0, t.start - anchor.before - reach), min(n, t.end + anchor.after), t))
    for rec, anchor in _SCANNED:
        if anchor.scan is None:
            hits.setdefault(rec.name, []).append(Hit(0, n))
            continue
        for m in anchor.scan.finditer(ctx.low):
            hits.setdefault(rec.name, []).append(
                Hit(max(0, m.start() - anchor.before), min(n, m.end() + anchor.after)))
    return hits


def propose(ctx: Context, only: Iterable[str] | None = None) -> list[Candidate]:
    """Every candidate of every recogniser (or of those named in ``only``), overlapping."""
    wanted = set(only) if only is not None else None
    out: list[Candidate] = []
    for name, hits in plan(ctx).items():
        if wanted is not None and name not in wanted:
            continue
        rec = RECOGNISERS[name]
        for c in rec.find(ctx, hits):
            c.source = name
            c.priority = rec.priority
            out.append(c)
    return out
