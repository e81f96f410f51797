"""Regular expressions compiled on first use, so that importing the extractor compiles nothing.

``lazy(source, flags)`` stands in for ``re.compile(source, flags)``. The first call to one of its methods
compiles the pattern and binds the compiled pattern's methods onto the object, so later calls cost what a
plain compiled pattern costs. ``source`` may be a function returning the pattern text: patterns generated
from the vocabulary tables are built when first used, after any ``register_*`` call has extended a table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "split")
_ALL: list[LazyPattern] = []


class LazyPattern:
    """A regular expression compiled the first time one of its methods is used."""

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        _ALL.append(self)

    @property
    def source(self) -> str:
        """The pattern text (built now if it comes from a function)."""
        return self._source() if callable(self._source) else self._source

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern; compiling it binds its methods onto this object."""
        rx = re.compile(self.source, self._flags)
        for name in _METHODS:
            setattr(self, name, getattr(rx, name))
        self.__dict__["pattern"] = rx.pattern
        return rx

    def __getattr__(self, name: str) -> Any:  # only reached before the first compile
        if name in _METHODS or name == "pattern":
            self.compiled()
            return self.__dict__[name]
        raise AttributeError(name)

    def reset(self) -> None:
        """Forget the compiled pattern: the next use builds and compiles the source again."""
        for name in (*_METHODS, "pattern"):
            self.__dict__.pop(name, None)


def lazy(source: str | Callable[[], str], flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use (``re.compile`` deferred)."""
    return LazyPattern(source, flags)


def lazy_i(source: str | Callable[[], str]) -> LazyPattern:
    """A case-insensitive pattern compiled on first use."""
    return LazyPattern(source, re.I)


def reset_patterns() -> None:
    """Recompile every lazy pattern on its next use (after a vocabulary table was extended)."""
    for p in _ALL:
        p.reset()


def alternation(words: Iterable[str], *, spaces: str = r"\s+") -> str:
    r"""A regex matching any of ``words``, longest first, spaces matching ``spaces``.

    The words are factored into a prefix tree ("Jan|January|Jan." becomes ``Jan(?:uary|\.)?``), so the
    engine tries each letter once instead of every word in turn; where one word is a prefix of another,
    the longer one is tried first, as in a longest-first list.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie, spaces)


def _emit(node: dict[str, dict], spaces: str) -> str:
    branches = [(spaces if ch == " " else re.escape(ch)) + _emit(child, spaces)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
