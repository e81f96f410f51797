"""``present_state``: words that describe the day of publication ("now", "still", "so far", "recently")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from workbench.core.lens.context import LensContext, phrase_pattern, shifted_back
from workbench.core.lens.model import Finding, LensClass
from workbench.core.lens.registry import register_lens_class
from workbench.core.lens.vocab import (
    BY_AFTER_PERFECT,
    LATEST_AS_NOUN_AFTER,
    NEGATIONS,
    NOW_AFTER_PREPOSITION,
    PAST_MARKERS,
    PAST_REF,
    PERFECT_AUXILIARIES,
    PLUPERFECT_MARKERS,
    PRESENT_STATE,
    THAT_VERBS,
    TODAY_WORDS,
    StateWord,
)

_SENTENCE_END = re.compile(r"[.!?\n]")
_DAY_AFTER = frozenset({"between", "from", "since", "before", "after"})
"""Prepositions after which "now" is a day ("between now and March")."""


def _words(phrases: tuple[str, ...]) -> str:
    return "|".join(r"[\s-]*".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _source() -> str:
    """The pattern of every present-state phrase, in lower case (``LensContext.scan`` ignores case)."""
    return r"\b(?<!-)(?:" + phrase_pattern(PRESENT_STATE, r"[\s-]*") + r")(?![\w])"


@cache
def _after_pattern(key: str) -> re.Pattern[str] | None:
    words = tuple(w for w in PRESENT_STATE[key].not_after if w != "-")
    return re.compile(rf"(?i)\s*(?:{_words(words)})(?![\w])") if words else None


@cache
def _before_pattern(key: str) -> re.Pattern[str] | None:
    words = PRESENT_STATE[key].not_before
    return re.compile(rf"(?i)(?<![\w])(?:{_words(words)})[\s-]*$") if words else None


def _fixed_phrase(ctx: LensContext, key: str, entry: StateWord, start: int, end: int) -> bool:
    """Whether the words are part of a phrase not about the present ("now and then", "stand still")."""
    text = ctx.text
    if "-" in entry.not_after and text[end:end + 1] == "-":
        return True
    after = _after_pattern(key)
    if after is not None and after.match(text, end):
        return True
    before = _before_pattern(key)
    if before is not None and before.search(text, max(0, start - 24), start):
        return True
    if entry.adverb_initial and text[end:end + 1] == "," and (
            ctx.sentence_start(start) or ctx.word_before(start) in ("but", "and", "yet")):
        return True  # "Still, the alliance ...": a connective
    if entry.guard == "negated":
        near = ctx.clause_words_before(start, 8)
        return not any(w in NEGATIONS or w.endswith(("n't", "n\u2019t")) for w in near)
    if entry.guard:
        markers = PAST_MARKERS if entry.guard == "past" else PLUPERFECT_MARKERS
        near = ctx.clause_words_before(start, 4 if entry.guard == "past" else 3)
        if entry.guard == "past":
            near.append(ctx.word_after(end))
        if markers & set(near) and not _still_of_publication(ctx, start, end, markers):
            return True
    return False


def _still_of_publication(ctx: LensContext, start: int, end: int, markers: frozenset[str]) -> bool:
    """A clause told in the past that still describes the day of publication: reported speech ("groups warned
    that firms were already stockpiling") or a clause dated that day ("were still unknown this morning")."""
    if shifted_back(ctx.clause_words_before(start, 14), markers):
        return True
    stop = _SENTENCE_END.search(ctx.text, end, end + 120)
    rest = ctx.text[end:stop.start() if stop else end + 120].lower()
    return any(w in rest for w in TODAY_WORDS)


def _rewrite(ctx: LensContext, key: str, entry: StateWord, start: int, end: int) -> str:
    before = ctx.word_before(start)
    if key == "now" and before in _DAY_AFTER:
        return ctx.fill(NOW_AFTER_PREPOSITION)
    if key == "now" and before == "than":
        return ctx.fill("in {month}")
    if key == "now that" and before in THAT_VERBS:
        return ctx.fill("as of {month} that")
    if key in ("now", "already") and before in PERFECT_AUXILIARIES:
        return ctx.fill(BY_AFTER_PERFECT)  # "has now appointed" -> "has by June 2003 appointed"
    words = ctx.fill(entry.rewrite)
    if key == "the latest" and (ctx.word_after(end) in LATEST_AS_NOUN_AFTER or not ctx.word_after(end)):
        words = ctx.fill("the latest, as of {month},")  # "the latest in a string of setbacks"
    if words.endswith(",") and (end >= len(ctx.text) or not ctx.text[end].isspace()
                                or ctx.text[end + 1:end + 2] in ",.;:!?)"):
        words = words[:-1]  # "still, as of February 2018." not "..., as of February 2018,."
    return words


def find_present_state(ctx: LensContext) -> Iterator[Finding]:
    """Present-state words outside fixed phrases and narratives told in the past."""
    if not ctx.text:
        return
    for m in ctx.scan(_source()):
        start, end = m.span()
        written = ctx.text[start:end]
        key = " ".join(m.group().replace("-", " ").split())
        entry = PRESENT_STATE.get(key)
        if entry is None or written == "NOW" or _fixed_phrase(ctx, key, entry, start, end):
            continue
        if not ctx.published:
            yield ctx.finding(start, end, "present_state", anchor=entry.anchor,
                              reads_as="the publication date, which is not set", suggestion=None,
                              explanation=f"“{written}” describes the day the story was published, "
                                          "which is not set")
            continue
        reads = ctx.fill(entry.reads)
        if key == "now" and ctx.word_before(start) in _DAY_AFTER:
            reads = ctx.day
        explanation = (f"“{written}” meant {reads}, when the story was published" if entry.anchor == PAST_REF
                       else f"“{written}” describes {reads}, when the story was published: check it still holds")
        yield ctx.finding(start, end, "present_state", anchor=entry.anchor, reads_as=reads,
                          suggestion=_rewrite(ctx, key, entry, start, end), explanation=explanation)


register_lens_class(LensClass(
    name="present_state", label="Present state",
    description="Words about the day the story was published (\u201cnow\u201d, \u201cstill\u201d, \u201cso far"
                "\u201d): say which day, or check that they still hold.",
    colour="#e69138", find=find_present_state, order=30))
