"""What a claim keeps so that it can be found again in a revised text (docs/revisions.md)."""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from typing import Any

CONTEXT = 32
"""Characters of context kept on either side of a claim's words."""


@dataclass(frozen=True)
class Anchor:
    """A claim's words, their context and position, its sentence and a hash of its normalised value."""

    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    sentence: str
    value_hash: str


def _normalised(value: Any) -> Any:
    """``value`` in a canonical JSON-able form: 3000.0 == 3000, tuples are lists, keys are strings."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return int(value)
        return repr(value) if not math.isfinite(value) else value
    if isinstance(value, dict):
        return {str(k): _normalised(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_normalised(v) for v in value]
    return str(value)


def value_hash(kind: str, value: Any) -> str:
    """A stable hash of ``(kind, normalised value)``: equal exactly when the claim says the same thing."""
    payload = json.dumps([kind, _normalised(value)], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) around ``start..end``, as the extractor splits sentences."""
    from workbench.core.extract.sentences import Sentences

    sentences = Sentences(text)
    return _covering(sentences, start, end, len(text))


def _covering(sentences: Any, start: int, end: int, n: int) -> tuple[int, int]:
    lo = sentences.find(start)[0]
    hi = sentences.find(max(start, end - 1))[1]
    lo, hi = min(lo, start), max(hi, end)
    return max(0, lo), min(n, hi)


def anchor_for(text: str, start: int, end: int, kind: str, value: Any,
               sentence: tuple[int, int] | None = None) -> Anchor:
    """The anchor of the claim at ``text[start:end]``; ``sentence`` is its sentence span if already known."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"claim span {start}..{end} lies outside a text of {len(text)} characters")
    s_start, s_end = sentence if sentence is not None else sentence_span(text, start, end)
    s_start, s_end = min(s_start, start), max(s_end, end)
    return Anchor(
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT):start],
        suffix=text[end:end + CONTEXT],
        start=start,
        end=end,
        sentence=text[s_start:s_end],
        value_hash=value_hash(kind, value),
    )
