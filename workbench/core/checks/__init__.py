"""Consistency checks: the arithmetic and the calendar inside one story (see docs/checks.md).

``check_story(text, published)`` reads the claims of an article (the extractor's, or the stored ones with
the editor's corrections) and runs every registered rule over them. A rule is a small unit in
``rules/``: a name, a label, a description and a function from a :class:`CheckContext` to findings.
A new rule is a new module there that calls :func:`register_rule`; nothing else changes.

Rules stay silent when they cannot tell: a finding says what the text's own figures imply, in words
("12 + 20 = 32, but the total given is 30"), never a guess.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from workbench.core.checks.context import CheckContext, Figure

__all__ = ["CheckContext", "CheckFinding", "Figure", "Rule", "check_story", "register_rule", "rules",
           "unregister_rule"]

log = logging.getLogger(__name__)

Span = tuple[int, int]


@dataclass(frozen=True)
class CheckFinding:
    """One inconsistency: which rule, which claims (or words), and the arithmetic in words."""

    rule: str
    spans: tuple[Span, ...]
    """The claims (or words) involved, ``[start, end)`` into the text, in text order."""
    message: str
    expected: str
    """What would be consistent ("32", "a Thursday")."""
    found: str
    """What the text says ("30", "Tuesday")."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``workbench check``): rule, spans as lists, message, expected, found."""
        return {"rule": self.rule, "spans": [list(s) for s in self.spans], "message": self.message,
                "expected": self.expected, "found": self.found}

    @property
    def key(self) -> tuple[str, tuple[Span, ...]]:
        """``(rule, spans)``: how an editor's decision on this finding is stored."""
        return self.rule, self.spans


@dataclass(frozen=True)
class Rule:
    """A registered check: ``check`` yields the findings of one story."""

    name: str
    label: str
    description: str
    check: Callable[[CheckContext], Iterable[CheckFinding]]


_RULES: dict[str, Rule] = {}
_loaded = False
_loading = threading.Lock()


def register_rule(rule: Rule) -> None:
    """Add a rule (or replace the one of the same name). Rules run in the order they were registered."""
    _RULES.pop(rule.name, None)
    _RULES[rule.name] = rule


def unregister_rule(name: str) -> None:
    """Remove a rule; unknown names are ignored."""
    _RULES.pop(name, None)


def _load_rules() -> None:
    """Register the built-in rules once (safe from several threads: a worker may check while the window does)."""
    global _loaded
    if _loaded:
        return
    with _loading:
        if not _loaded:
            importlib.import_module("workbench.core.checks.builtin")  # importing registers them
            _loaded = True


def rules() -> list[Rule]:
    """The registered rules, built-in ones first."""
    _load_rules()
    listed = list(_RULES.values())
    return sorted(listed, key=lambda r: not getattr(r.check, "__module__", "").startswith(__name__ + ".builtin."))


def _as_date(published: dt.date | str | None) -> dt.date | None:
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str) and published.strip():
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None
    return None


def check_story(text: str, published: dt.date | None, *, claims: Sequence[Any] | None = None
                ) -> list[CheckFinding]:
    """Findings in text order. `claims` are stored Claims or Extractions (start, end, text, kind, value, unit,
    mod, approximate, weekday, sentence_start/sentence_end attributes); when None, the extractor runs on text.
    Stored claims carry the editor's corrected values: use them as they are."""
    if not text:
        return []
    day = _as_date(published)
    if claims is None:
        from workbench.core.extract import extract

        claims = extract(text, day)
    ctx = CheckContext(text, day, claims)
    found: dict[tuple[str, tuple[Span, ...]], CheckFinding] = {}
    for rule in rules():
        try:
            for finding in rule.check(ctx):
                found.setdefault(finding.key, finding)
        except Exception:  # a bug in one rule must not hide the others' findings
            log.exception("consistency rule %r failed", rule.name)
    return sorted(found.values(), key=lambda f: (f.spans[0] if f.spans else (0, 0), f.rule, f.spans))
