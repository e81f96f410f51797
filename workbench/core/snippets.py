"""The words around a claim, as every view shows them: the window, each report format, ClaimReview.

A snippet is the claim's sentence; a sentence too long to show whole is cut at word boundaries (never
inside a word, never leaving a dangling "…els:"), with an ellipsis only where something was left out.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"
_WORD_EDGE = re.compile(r"\s+")


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]`` (widened to cover the span when it runs over)."""
    from workbench.core.extract.sentences import Sentences  # the extractor loads only when needed

    s_start, s_end = Sentences(text).find(start) if text else (0, 0)
    return min(s_start, start), max(s_end, end)


def _cut_left(text: str, lo: int, start: int, reach: int) -> tuple[str, bool]:
    """Text between ``lo`` and ``start``, keeping at most ``reach`` characters, starting at a word."""
    if start - lo <= reach:
        return text[lo:start], False
    window = text[start - reach:start]
    match = _WORD_EDGE.search(window)
    if match is None or match.end() >= len(window):
        return "", True
    return window[match.end():], True


def _cut_right(text: str, end: int, hi: int, reach: int) -> tuple[str, bool]:
    if hi - end <= reach:
        return text[end:hi], False
    window = text[end:end + reach]
    edges = list(_WORD_EDGE.finditer(window))
    if not edges:
        return "", True
    return window[:edges[-1].start()], True


def snippet(text: str, start: int, end: int, *, sentence: tuple[int, int] | None = None,
            reach: int = 160) -> tuple[str, str, str]:
    """``(before, quote, after)`` around ``text[start:end]``: the sentence, cut at words past ``reach``.

    ``before`` starts and ``after`` ends at a word (or sentence) boundary; an ellipsis marks a cut.
    """
    if not (0 <= start <= end <= len(text)):
        return "", text[start:end] if 0 <= start < end else "", ""
    lo, hi = sentence if sentence is not None else sentence_span(text, start, end)
    lo, hi = max(0, min(lo, start)), min(len(text), max(hi, end))
    before, cut_before = _cut_left(text, lo, start, reach)
    after, cut_after = _cut_right(text, end, hi, reach)
    before = " ".join(before.split("\n")).lstrip()
    after = " ".join(after.split("\n")).rstrip()
    if cut_before:
        before = ELLIPSIS + before
    if cut_after:
        after = after.rstrip(",;:–—- ") + ELLIPSIS
    return before, text[start:end], after


def snippet_text(text: str, start: int, end: int, *, sentence: tuple[int, int] | None = None,
                 reach: int = 160) -> str:
    """The snippet as one line of plain text."""
    before, quote, after = snippet(text, start, end, sentence=sentence, reach=reach)
    return " ".join(f"{before}{quote}{after}".split())
