"""Word-level differences between two versions of a text, and the position map they give.

The texts are first compared sentence by sentence (each sentence, with the space after it, is one symbol),
so that only the stretches that differ are compared word by word: on article-length text this is what
keeps the diff fast. Both passes are diff-match-patch's ``diff_main`` on symbol strings (the
``diff_linesToChars`` technique); the word pass is followed by ``diff_cleanupSemantic`` so that a reworded
phrase reads as one change rather than a salad of single-word edits.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

EQUAL, CHANGED = 0, 1
DIFF_TIMEOUT = 0.5
"""Seconds diff-match-patch may spend on one comparison before it settles for a coarser (still exact) diff."""

_SEGMENT_END_RE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*[ \t\f\v]+|\s*\n\s*")
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['\u2019-]\w+)*|\s+|.", re.S)


@dataclass(frozen=True)
class Change:
    """One difference: ``old_text`` at ``old_start..old_end`` became ``new_text`` at ``new_start..new_end``."""

    kind: str
    """``insert`` (nothing was there), ``delete`` (nothing is there now) or ``replace``."""
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str
    new_text: str


@dataclass(frozen=True)
class _Op:
    op: int
    a0: int
    a1: int
    b0: int
    b1: int


def _symbols(pieces: Iterable[str], table: dict[str, str]) -> str:
    """Encode each piece as one character, shared through ``table`` (diff-match-patch's linesToChars)."""
    out = []
    for piece in pieces:
        code = table.get(piece)
        if code is None:
            n = len(table) + 1
            if n >= 0xD800:  # skip the surrogate block
                n += 0x800
            code = table[piece] = chr(n)
        out.append(code)
    return "".join(out)


def _segments(text: str) -> list[str]:
    """The text cut after each sentence end and each line break, keeping every character."""
    out, last = [], 0
    for m in _SEGMENT_END_RE.finditer(text):
        if m.end() > last:
            out.append(text[last:m.end()])
            last = m.end()
    if last < len(text):
        out.append(text[last:])
    return out


def _engine() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = DIFF_TIMEOUT
    return dmp


def _word_ops(dmp: diff_match_patch, a: str, b: str, a_base: int, b_base: int) -> Iterator[_Op]:
    """Word-level operations for one stretch that differs, with offsets into the whole texts."""
    if not a or not b:
        yield _Op(CHANGED, a_base, a_base + len(a), b_base, b_base + len(b))
        return
    tokens_a, tokens_b = _TOKEN_RE.findall(a), _TOKEN_RE.findall(b)
    table: dict[str, str] = {}
    diffs = dmp.diff_main(_symbols(tokens_a, table), _symbols(tokens_b, table), False)
    dmp.diff_cleanupSemantic(diffs)
    ia = ib = 0
    pa, pb = a_base, b_base
    for op, symbols in diffs:
        n = len(symbols)
        if op == 0:
            length = sum(map(len, tokens_a[ia:ia + n]))
            yield _Op(EQUAL, pa, pa + length, pb, pb + length)
            ia, ib, pa, pb = ia + n, ib + n, pa + length, pb + length
        elif op < 0:
            length = sum(map(len, tokens_a[ia:ia + n]))
            yield _Op(CHANGED, pa, pa + length, pb, pb)
            ia, pa = ia + n, pa + length
        else:
            length = sum(map(len, tokens_b[ib:ib + n]))
            yield _Op(CHANGED, pa, pa, pb, pb + length)
            ib, pb = ib + n, pb + length


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by first item) whose second items increase (patience sorting)."""
    tails: list[int] = []  # second item ending the best run of each length
    tail_at: list[int] = []  # index in pairs of that pair
    back = [-1] * len(pairs)
    for i, (_, j) in enumerate(pairs):
        n = bisect.bisect_left(tails, j)
        if n == len(tails):
            tails.append(j)
            tail_at.append(i)
        else:
            tails[n], tail_at[n] = j, i
        back[i] = tail_at[n - 1] if n else -1
    out, i = [], tail_at[-1] if tail_at else -1
    while i >= 0:
        out.append(pairs[i])
        i = back[i]
    return out[::-1]


def _anchored_diff(dmp: diff_match_patch, a: str, b: str) -> list[tuple[int, str]]:
    """diff-match-patch's diff of two symbol strings, first cut at the symbols found once in each and in
    the same order (the "patience" anchors), so that a long deletion, insertion or move stays cheap."""
    count_a, count_b = Counter(a), Counter(b)
    where_b = {ch: j for j, ch in enumerate(b) if count_b[ch] == 1}
    pairs = [(i, where_b[ch]) for i, ch in enumerate(a) if count_a[ch] == 1 and ch in where_b]
    diffs: list[tuple[int, str]] = []
    pa = pb = 0
    for i, j in [*_increasing(pairs), (len(a), len(b))]:
        if i > pa or j > pb:
            diffs.extend(dmp.diff_main(a[pa:i], b[pb:j], False))
        if i < len(a):
            diffs.append((0, a[i]))
        pa, pb = i + 1, j + 1
    dmp.diff_cleanupMerge(diffs)
    return diffs


def _merged(ops: Iterable[_Op]) -> list[_Op]:
    """Adjacent operations of the same sort joined: the changes between two equal stretches become one."""
    out: list[_Op] = []
    for o in ops:
        if o.a0 == o.a1 and o.b0 == o.b1:
            continue
        if out and out[-1].op == o.op:
            last = out[-1]
            out[-1] = _Op(o.op, last.a0, o.a1, last.b0, o.b1)
        else:
            out.append(o)
    return out


class Alignment:
    """The word-level alignment of two texts: equal stretches and changes, covering both texts in order."""

    def __init__(self, old_text: str, new_text: str) -> None:
        self.old_text, self.new_text = old_text, new_text
        self.ops = _merged(self._compute(old_text, new_text))
        self._starts = [o.a0 for o in self.ops]

    @staticmethod
    def _compute(a: str, b: str) -> Iterator[_Op]:
        if a == b:
            yield _Op(EQUAL, 0, len(a), 0, len(b))
            return
        dmp = _engine()
        seg_a, seg_b = _segments(a), _segments(b)
        table: dict[str, str] = {}
        diffs = _anchored_diff(dmp, _symbols(seg_a, table), _symbols(seg_b, table))
        ia = ib = pa = pb = 0
        pending_a, pending_b = pa, pb  # where the current stretch of differing sentences began
        for op, symbols in diffs:
            n = len(symbols)
            if op == 0:
                if (pa, pb) != (pending_a, pending_b):
                    yield from _word_ops(dmp, a[pending_a:pa], b[pending_b:pb], pending_a, pending_b)
                length = sum(map(len, seg_a[ia:ia + n]))
                yield _Op(EQUAL, pa, pa + length, pb, pb + length)
                ia, ib, pa, pb = ia + n, ib + n, pa + length, pb + length
                pending_a, pending_b = pa, pb
            elif op < 0:
                pa += sum(map(len, seg_a[ia:ia + n]))
                ia += n
            else:
                pb += sum(map(len, seg_b[ib:ib + n]))
                ib += n
        if (pa, pb) != (pending_a, pending_b):
            yield from _word_ops(dmp, a[pending_a:pa], b[pending_b:pb], pending_a, pending_b)

    def _op_at(self, pos: int) -> _Op:
        """The operation covering old offset ``pos`` (the equal stretch after an insertion made there)."""
        i = max(0, bisect.bisect_right(self._starts, pos) - 1)
        return self.ops[i] if self.ops else _Op(EQUAL, 0, 0, 0, 0)

    def map_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where old ``start..end`` is in the new text, if no change touches it; else None."""
        o = self._op_at(start)
        if o.op != EQUAL or not (o.a0 <= start and end <= o.a1) or end <= start:
            return None
        return start + o.b0 - o.a0, end + o.b0 - o.a0

    def new_range(self, start: int, end: int) -> tuple[int, int]:
        """The stretch of the new text that stands where old ``start..end`` stood."""
        o = self._op_at(start)
        lo = start + o.b0 - o.a0 if o.op == EQUAL else o.b0
        o = self._op_at(max(start, end - 1))
        hi = end + o.b0 - o.a0 if o.op == EQUAL else o.b1
        return min(lo, hi), max(lo, hi)

    def changes(self) -> list[Change]:
        """Every change, in text order."""
        out = []
        for o in self.ops:
            if o.op == EQUAL:
                continue
            kind = "insert" if o.a0 == o.a1 else "delete" if o.b0 == o.b1 else "replace"
            out.append(Change(kind, o.a0, o.a1, o.b0, o.b1, self.old_text[o.a0:o.a1], self.new_text[o.b0:o.b1]))
        return out

    def changed_new_spans(self) -> list[tuple[int, int]]:
        """The stretches of the new text that are not in the old one at the same place (insertions included)."""
        return [(o.b0, o.b1) for o in self.ops if o.op != EQUAL]


def word_diff(old_text: str, new_text: str) -> list[Change]:
    """Word-level differences with semantic clean-up (a reworded phrase is one change), in text order."""
    return Alignment(old_text, new_text).changes()
