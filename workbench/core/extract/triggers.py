"""One fast pass over the text that finds the words every recogniser is anchored on.

The recognisers' full patterns are expensive to try at every position; instead they run only in small
windows around these triggers (digits, month and weekday names, time units, number words ...). Each
trigger kind is registered here with its pattern (``register_trigger``); the pass is one regex built from
all of them, in registration order, the first time a text is read. A recogniser names the trigger kinds
it is anchored on (``registry.Anchor``), and a test checks that every such kind is registered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from workbench.core.extract.numbers import NUMBER_SCALE_WORDS, TENS, UNITS
from workbench.core.extract.patterns import alternation, lazy, reset_patterns
from workbench.core.extract.vocab import calendar, currencies


class TriggerKind(NamedTuple):
    """A kind of trigger: its name (the regex group) and pattern, matched on the lower-cased text.

    ``bounded`` patterns are words, matched between word boundaries; the others (digits, symbols) are not.
    """

    name: str
    pattern: Callable[[], str]
    bounded: bool = True


TRIGGER_KINDS: dict[str, TriggerKind] = {}


def register_trigger(name: str, pattern: str | Callable[[], str], *, bounded: bool = True) -> TriggerKind:
    """Add a trigger kind to the fast pass (``pattern`` is matched on the lower-cased text).

    A new kind must not match inside the words of an existing one: the pass does not overlap triggers.
    """
    if name in TRIGGER_KINDS:
        raise ValueError(f"trigger kind {name!r} is already registered")
    kind = TriggerKind(name, pattern if callable(pattern) else (lambda: pattern), bounded)
    TRIGGER_KINDS[name] = kind
    reset_patterns()
    return kind


def unregister_trigger(name: str) -> None:
    """Remove a trigger kind added with ``register_trigger``."""
    TRIGGER_KINDS.pop(name)
    reset_patterns()


def _trigger_source() -> str:
    parts: list[str] = []
    words: list[str] = []
    for kind in TRIGGER_KINDS.values():
        group = f"(?P<{kind.name}>{kind.pattern()})"
        if kind.bounded:
            words.append(group)
            continue
        if words:
            parts.append(r"\b(?:" + "|".join(words) + r")\b")
            words = []
        parts.append(group)
    if words:
        parts.append(r"\b(?:" + "|".join(words) + r")\b")
    return "|".join(parts)


TRIGGER_RE = lazy(_trigger_source)


def _number_words() -> str:
    words = [*UNITS, *TENS]
    return "|".join(sorted(words, key=len, reverse=True)) + "|" + "|".join(
        f"{w}s?" for w in NUMBER_SCALE_WORDS) + "|dozens?|several|couple|tens|scores|few|handful"


register_trigger("dig", r"\d+", bounded=False)
register_trigger("unit", lambda: alternation(calendar.time_unit_words()))
register_trigger("mon", lambda: alternation(calendar.month_words()))
register_trigger("wd", lambda: alternation(w.lower() for w in calendar.WEEKDAYS))
register_trigger("rel", lambda: alternation(calendar.RELATIVE_DAYS))
register_trigger("season", lambda: alternation(calendar.SEASONS))
register_trigger("hol", lambda: alternation(calendar.holiday_trigger_words()))
register_trigger("sp", "nineteen|eighteen")
register_trigger("q", "q[1-4]|h[12]")
register_trigger("tw", lambda: alternation(calendar.CLOCK_WORDS))
register_trigger("dec", lambda: alternation(calendar.DECADE_WORDS))
register_trigger("num", _number_words)
register_trigger("cur", lambda: "[" + "".join(sorted(currencies.symbol_characters())) + "]", bounded=False)


class Trigger:
    """A trigger word: its kind (regex group name), span, and lower-cased text."""

    __slots__ = ("kind", "start", "end", "word", "_before", "memo")

    def __init__(self, kind: str, start: int, end: int, word: str) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.word = word
        self._before: list[str] | None = None
        self.memo: dict[str, object] | None = None
        """What anchor conditions computed about this trigger, for the next condition to reuse."""

    def words_before(self, low: str) -> list[str]:
        """The last three words in the 40 characters before the trigger (hyphens split words)."""
        if self._before is None:
            self._before = low[max(0, self.start - 40):self.start].replace("-", " ").split()[-3:]
        return self._before


def find_triggers(text: str) -> tuple[str, list[Trigger]]:
    """The lower-cased text (same length as ``text``) and its triggers in order."""
    low = text.lower()
    if len(low) != len(text):  # a few characters ("\u0130") change length when lower-cased
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    out = []
    for m in TRIGGER_RE.finditer(low):
        kind = m.lastgroup or ""
        out.append(Trigger(kind, m.start(), m.end(), m.group(0).lower()))
    return low, out
