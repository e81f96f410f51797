"""Recognisers as registered units, and the generic planner that runs them around the triggers.

A recogniser declares, in one place next to its code:

- ``name`` and the claim ``kinds`` it proposes;
- ``anchors``: the trigger kinds of the fast pass (``triggers.py``) it starts near, and the window of
  text it needs around each trigger (``Anchor``), or ``WHOLE_TEXT``;
- ``priority``: breaks ties between equally long, equally specific candidates (higher wins);
- ``examples``: sentences it must find (a test runs them all, so a recogniser that never fires fails);
- the function that proposes ``Candidate``s.

Recognisers live in a ``Registry``: ``DEFAULT`` holds the dates, times, durations and figures that
``extract()`` returns unless asked for more, ``SPEECH`` the people and quotes it finds when asked.

Most recognisers are a regex tried in the merged windows of their triggers, with a function valuing each
match (``@recogniser``). A recogniser that walks its triggers itself (the figures) registers a ``find``
function with ``register``. The planner (``propose``) walks the triggers once and hands every recogniser
the windows of its own anchors; nothing in it knows any recogniser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.patterns import LazyPattern
from workbench.core.extract.triggers import TRIGGER_KINDS, Trigger

WHOLE_TEXT = "*"
"""The trigger kind of an anchor on the whole text (a window from 0 to the end)."""


class Anchor(NamedTuple):
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
    words: frozenset[str] | None = None
    """Only triggers written as one of these words (lower case) open a window: a cheap first filter."""
    follows: frozenset[str] | None = None
    """Only triggers followed by one of these characters open a window ("-" for "2017-11-03")."""


class Example(NamedTuple):
    """A sentence a recogniser must find ``claim`` in (with ``value``, when given)."""

    text: str
    claim: str
    value: Any = None
    published: str | None = "2018-02-15"


Hit = tuple[int, int, "Trigger | None"]
"""A window of text to look in, (start, end, trigger); the trigger is None for whole-text and scanned
anchors."""


Finder = Callable[[Context, list[Hit]], Iterable[Candidate]]
Proposer = Callable[[Context, re.Match[str]], Candidate | None]


class Recogniser(NamedTuple):
    """A registered unit that proposes candidates (see the module docstring)."""

    name: str
    kinds: tuple[str, ...]
    anchors: tuple[Anchor, ...]
    find: Finder
    priority: int = 0
    examples: tuple[Example, ...] = ()
    pattern: LazyPattern | None = None


class Registry:
    """A set of recognisers run together by the planner. The extractor has two: ``DEFAULT`` (dates, times,
    durations and figures, what ``extract()`` returns unless asked for more) and the speech layer
    (``people.SPEECH``: people and quotes), run only when its kinds are asked for."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.recognisers: dict[str, Recogniser] = {}
        self._by_trigger: dict[str, list[tuple[str, int, int, Anchor]]] = {}
        self._scanned: list[tuple[str, Anchor]] = []

    def register(self, rec: Recogniser) -> Recogniser:
        """Add a recogniser; its anchors decide which triggers open windows for it. A recogniser anchored on
        no trigger kind of the fast pass (so one that could never fire) is refused."""
        if rec.name in self.recognisers:
            raise ValueError(f"recogniser {rec.name!r} is already registered")
        if not rec.anchors:
            raise ValueError(f"recogniser {rec.name!r} has no anchor: give trigger kinds or WHOLE_TEXT")
        unknown = [a.trigger for a in rec.anchors if a.trigger != WHOLE_TEXT and a.trigger not in TRIGGER_KINDS]
        if unknown:
            raise ValueError(f"recogniser {rec.name!r} is anchored on {unknown}, which the trigger pass does not "
                             "find: register the trigger kind first (triggers.register_trigger)")
        self.recognisers[rec.name] = rec
        for anchor in rec.anchors:
            if anchor.trigger == WHOLE_TEXT:
                self._scanned.append((rec.name, anchor))
            else:
                self._by_trigger.setdefault(anchor.trigger, []).append((rec.name, anchor.before, anchor.after,
                                                                        anchor))
        return rec

    def unregister(self, name: str) -> None:
        """Remove a registered recogniser (for plug-ins that are switched off, and tests)."""
        self.recognisers.pop(name)
        for kind, entries in list(self._by_trigger.items()):
            self._by_trigger[kind] = [e for e in entries if e[0] != name]
        self._scanned[:] = [e for e in self._scanned if e[0] != name]

    def plan(self, ctx: Context) -> dict[str, list[Hit]]:
        """The windows each recogniser should look in, from one walk over the triggers."""
        n = len(ctx.text)
        hits: dict[str, list[Hit]] = {name: [] for name in self.recognisers}
        by_trigger = self._by_trigger
        if by_trigger:
            for t in ctx.triggers:
                entries = by_trigger.get(t.kind)
                if entries is None:
                    continue
                for name, before, after, anchor in entries:
                    if anchor.words is not None and t.word not in anchor.words:
                        continue
                    if anchor.follows is not None and ctx.low[t.end:t.end + 1] not in anchor.follows:
                        continue
                    if anchor.when is not None and not anchor.when(t, ctx):
                        continue
                    if anchor.reach is not None:
                        before += anchor.reach(t, ctx)
                    lo, hi = t.start - before, t.end + after
                    hits[name].append((lo if lo > 0 else 0, hi if hi < n else n, t))
        for name, anchor in self._scanned:
            if anchor.scan is None:
                hits[name].append((0, n, None))
                continue
            for m in anchor.scan.finditer(ctx.low):
                hits[name].append((max(0, m.start() - anchor.before), min(n, m.end() + anchor.after), None))
        return {name: found for name, found in hits.items() if found}

    def propose(self, ctx: Context, only: Iterable[str] | None = None) -> list[Candidate]:
        """Every candidate of every recogniser (or of those named in ``only``), overlapping."""
        wanted = set(only) if only is not None else None
        out: list[Candidate] = []
        for name, hits in self.plan(ctx).items():
            if wanted is not None and name not in wanted:
                continue
            rec = self.recognisers[name]
            priority = rec.priority
            for c in rec.find(ctx, hits):
                c.source = name
                if priority:
                    c.priority = priority
                out.append(c)
        return out


DEFAULT = Registry("claims")
"""Dates, times, durations and figures: the recognisers ``extract()`` runs by default."""

SPEECH = Registry("speech")
"""People and quotes (``people/``): run only when ``extract()`` is asked for those kinds."""

RECOGNISERS: dict[str, Recogniser] = DEFAULT.recognisers


def register(rec: Recogniser) -> Recogniser:
    """Add a recogniser to the default registry (see ``Registry.register``)."""
    return DEFAULT.register(rec)


def unregister(name: str) -> None:
    """Remove a recogniser from the default registry (for plug-ins that are switched off, and tests)."""
    DEFAULT.unregister(name)


def on(trigger: str, before: int = 0, after: int = 0, *, when: Callable[[Trigger, Context], bool] | None = None,
       reach: Callable[[Trigger, Context], int] | None = None, words: Iterable[str] | None = None,
       follows: str | None = None) -> Anchor:
    """An anchor on a trigger kind of the fast pass; ``words`` and ``follows`` (characters one of which
    must come right after the trigger) filter the triggers before ``when`` is asked."""
    return Anchor(trigger, before, after, when, reach, words=frozenset(words) if words is not None else None,
                  follows=frozenset(follows) if follows is not None else None)


def scanning(pattern: LazyPattern, before: int = 0, after: int = 0) -> Anchor:
    """An anchor on every match of ``pattern`` in the lower-cased text (words the pass has no trigger for)."""
    return Anchor(WHOLE_TEXT, before, after, scan=pattern)


def whole_text() -> Anchor:
    """An anchor on the whole text: the recogniser scans it all."""
    return Anchor(WHOLE_TEXT)


def recogniser(name: str, pattern: LazyPattern, *, kinds: tuple[str, ...], anchors: Iterable[Anchor],
               examples: Iterable[Example] = (), priority: int = 0,
               registry: Registry | None = None) -> Callable[[Proposer], Proposer]:
    """Register ``pattern``, tried in the merged windows of its anchors; the function values each match."""

    def wrap(fn: Proposer) -> Proposer:
        def find(ctx: Context, hits: list[Hit]) -> Iterator[Candidate]:
            for lo, hi in merge_windows(ctx.text, hits):
                for m in pattern.finditer(ctx.text, lo, hi):
                    if m.end() > m.start():
                        c = fn(ctx, m)
                        if c is not None:
                            yield c

        (registry or DEFAULT).register(Recogniser(name, kinds, tuple(anchors), find, priority, tuple(examples),
                                                  pattern))
        return fn

    return wrap


def merge_windows(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    """The hits' windows, sorted and merged, each stretched to the end of the word it cuts (by at most 40
    characters past the last window)."""
    windows = sorted((lo, hi) for lo, hi, _ in hits)
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
    """The windows each recogniser of the default registry should look in."""
    return DEFAULT.plan(ctx)


def propose(ctx: Context, only: Iterable[str] | None = None) -> list[Candidate]:
    """Every candidate of every default recogniser (or of those named in ``only``), overlapping."""
    return DEFAULT.propose(ctx, only)
