"""Regular expressions compiled on first use, so that importing the extractor compiles nothing.

``lazy(source, flags)`` stands in for ``re.compile(source, flags)``. The first call to one of its methods
compiles the pattern and binds the compiled pattern's methods onto the object, so later calls cost what a
plain compiled pattern costs. ``source`` may be a function returning the pattern text: patterns generated
from the vocabulary tables are built when first used, after any ``register_*`` call has extended a table.
Compiled patterns and generated word alternations are kept between runs (:mod:`.pattern_cache`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Any

from workbench.core.extract.pattern_cache import code_version, compile_pattern, remembered_text

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
        rx = compile_pattern(self.source, self._flags)
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
    distinct = sorted(set(words))
    if not distinct:
        return ""
    key = spaces + "\x00" + "\x00".join(distinct)
    if key.count("\x00") != len(distinct):  # a word with a NUL in it: not worth a key of its own
        return _emit(distinct, 0, len(distinct), 0, spaces)
    return remembered_text("alternation", key, lambda: _emit(distinct, 0, len(distinct), 0, spaces), _EMIT_VERSION)


def _emit(words: list[str], lo: int, hi: int, depth: int, spaces: str) -> str:
    """The prefix tree below ``words[lo][:depth]``, which every word in ``words[lo:hi]`` starts with.

    Sorted, the words under a node are consecutive, the shortest first: the letters all of them share (the
    common start of the first and the last) are written at once, then one branch per next letter, whose
    words end where the next letter's begin (found by bisection)."""
    first, last = words[lo], words[hi - 1]
    end = depth
    limit = min(len(first), len(last))
    while end < limit and first[end] == last[end]:
        end += 1
    shared = first[depth:end]
    prefix = spaces.join(re.escape(part) for part in shared.split(" ")) if shared else ""
    ends_here = len(first) == end
    branches = []
    i = lo + 1 if ends_here else lo
    while i < hi:
        stem = words[i][:end + 1]
        letter = stem[-1]
        j = bisect_left(words, stem[:-1] + chr(ord(letter) + 1), i + 1, hi) if letter < "\U0010ffff" else hi
        branches.append((spaces if letter == " " else re.escape(letter)) + _emit(words, i, j, end + 1, spaces))
        i = j
    if not branches:
        return prefix
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        body = f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return prefix + body


_EMIT_VERSION = code_version(alternation, _emit)
"""Prefix trees are kept between runs (:func:`remembered_text`) under this fingerprint of the code building them."""
