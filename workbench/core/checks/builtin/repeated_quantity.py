"""``repeated_quantity``: one quantity stated twice with different values or scales.

Only when the text makes clear it is the same thing: the same noun ("a $2 million fine" ... "the $2 billion
fine", "a budget of £12m" ... "the £15m budget", "fined $2m" ... "the $2bn fine"), the later mention
definite ("the", "this", "its"), the noun one that names a thing rather than a measure ("fine", "contract",
"bridge", not "people" or "sales"), exactly two mentions of it with an amount, in different sentences, and
nothing beside either that lets the amount differ: no "new", "revised", "initial", no rise or cut, no "from"
or "to" another figure, no rate. The same digits with another scale ("$2 million" and "$2 billion" for the
same noun) are read whatever else the noun's mentions say. Counts are read for such scale slips only.
Otherwise: silence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.core.checks import CheckContext, CheckFinding, Rule, register_rule, vocab
from workbench.core.checks.builtin._common import finding, quoted
from workbench.core.checks.context import Figure
from workbench.core.checks.numbers import Interval

NAME = "repeated_quantity"
_READ = frozenset({"money", "quantity", "count"})
_WORD = re.compile(r"[a-z][a-z-]*")
_DIGITS = re.compile(r"\d[\d,.]*")
_SCALED = re.compile(r"\d\s*(?:thousand|million|billion|trillion|m|bn|k)\b", re.I)
_PHRASE = re.compile(r"[ -]((?:of|in)\s+)?([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?")


@dataclass
class Mention:
    fig: Figure
    heads: frozenset[str]
    definite: bool
    distinct: bool
    """A word beside it lets the amount differ from another of the same noun ("new", "initial")."""


def _noun(word: str) -> str:
    word = vocab.VERB_HEADS.get(word, word)
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3 else word


def _content(word: str | None) -> bool:
    return bool(word) and word not in vocab.GENERIC_HEADS and word not in vocab.FUNCTION_WORDS \
        and word not in vocab.NOT_SAME


def mention(ctx: CheckContext, fig: Figure) -> Mention | None:
    """The nouns a money, count or quantity figure is the amount of, with what surrounds it."""
    if fig.kind not in ("money", "count", "quantity") or fig.amount is None or fig.unit in vocab.AGE_UNITS:
        return None
    if fig.kind == "count" and not (fig.amount >= 1000 and _SCALED.search(fig.text)):
        return None  # counts differ for too many reasons; only a million written for a billion is read
    before = ctx.before(fig, 30)
    words_before = [w.strip(".,;:()'\"\u2018\u2019\u201c\u201d") for w in before.lower().split()[-3:]]
    glued = bool(words_before) and before[-1:].isspace() and before.rstrip()[-1:].isalpha()
    last = words_before[-1] if glued else ""
    heads: set[str] = set()
    definite = bool(words_before) and glued and (last in vocab.DEFINITE or words_before[-2:] == ["the", "same"])
    if fig.kind == "count" and fig.unit:
        heads.add(fig.unit.lower().split()[-1])
    m = _PHRASE.match(ctx.lower, fig.end, ctx.sentence_of(fig).end)
    if m:
        words = [w for w in m.groups()[1:] if w]
        if m.group(1):  # "2.5 tonnes of cocaine"
            words = words[:1]
        phrase = []
        for w in words:
            if not _content(w) or w in vocab.VERBS or w.endswith(("ed", "ing")) and phrase:
                break
            phrase.append(w)
        if phrase:
            heads.update(phrase[1:] or phrase)  # "a $3.5 billion rescue package": the package
            if len(phrase) >= 2 and phrase[1].endswith("s"):
                heads.add(phrase[0])  # "the £450m hospital begins": perhaps a verb after the noun
    if last in vocab.HEAD_LINKS and len(words_before) >= 2 and _content(words_before[-2]):
        heads.add(words_before[-2])  # "a fine of $2 million"
        definite = len(words_before) >= 3 and words_before[-3] in vocab.DEFINITE
    elif last in vocab.VERB_HEADS:
        heads.add(vocab.VERB_HEADS[last])  # "fined $2 million"
    elif last in ("for", "at") and len(words_before) >= 2 and words_before[-2] in vocab.VERB_HEADS:
        heads.add(vocab.VERB_HEADS[words_before[-2]])  # "sold for £300m"
    heads = {_noun(h) for h in heads if _content(h)}
    if not heads:
        return None
    following = m.group(2) if m and not m.group(1) else None
    distinct = any(w in vocab.NOT_SAME for w in words_before[-2:]) or following in vocab.NOT_SAME
    return Mention(fig, frozenset(heads), definite, distinct)


def _same_measure(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "money":
        return a.currency == b.currency
    if a.kind == "quantity":
        return a.unit == b.unit
    return True


def _scale_slip(a: Figure, b: Figure) -> bool:
    """The same digits with another scale: "$2 million" and "$2 billion"."""
    da, db = _DIGITS.findall(a.text), _DIGITS.findall(b.text)
    if len(da) != 1 or len(db) != 1 or da[0].replace(",", "") != db[0].replace(",", ""):
        return False
    if not a.amount or not b.amount:
        return False
    ratio = max(a.amount, b.amount) / min(a.amount, b.amount)
    return any(abs(ratio - k) < 1e-6 * k for k in (1e3, 1e6, 1e9))


def _changing(ctx: CheckContext, fig: Figure) -> bool:
    """The figure's clause lets it differ from another: a rise or cut, "from"/"to" another figure, a rate."""
    near = ctx.before(fig, 40) + " \u2026 " + ctx.after(fig, 25)
    return bool(vocab.CHANGED.search(near) or vocab.RATE_AFTER.match(ctx.after(fig, 30)))


def _rounding(ctx: CheckContext, fig: Figure) -> Interval | None:
    """The figure's band with half its rounding: "$2 million" and "$3 million" are not one amount rounded
    two ways (a qualifier's width is kept)."""
    return ctx.band(fig, 0.5)


def _pairs(mentions: list[Mention]) -> Iterator[tuple[Mention, Mention, bool]]:
    """(earlier, later, only two) for the pairs worth comparing among the mentions of one noun: the two
    when there are two; with more, those written with the same digits (a scale slip)."""
    if len(mentions) == 2:
        yield mentions[0], mentions[1], True
        return
    by_digits: dict[str, list[Mention]] = {}
    for m in mentions:
        digits = _DIGITS.findall(m.fig.text)
        if len(digits) == 1:
            by_digits.setdefault(digits[0].replace(",", ""), []).append(m)
    for same in by_digits.values():
        scales: dict[float | None, Mention] = {}
        for m in same:
            scales.setdefault(m.fig.amount, m)
        ordered = sorted(scales.values(), key=lambda m: m.fig.start)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:i + 3]:
                yield a, b, False


def _other_times(ctx: CheckContext, a: Figure, b: Figure) -> bool:
    """The two mentions are dated differently nearby ("in 2010" ... "in 2015"): amounts may differ."""
    def years(fig: Figure) -> set[str]:
        return {f.value[:4] for f in ctx.sentence_of(fig).figures
                if f.kind == "date" and isinstance(f.value, str) and f.value[:4].isdigit()
                and (fig.start - f.end <= 40 if f.end <= fig.start else f.start - fig.end <= 40)}
    ya, yb = years(a), years(b)
    return bool(ya and yb and ya != yb)


def check(ctx: CheckContext) -> Iterator[CheckFinding]:
    by_head: dict[tuple[str, str, str], list[Mention]] = {}
    for fig in ctx.figures:
        if fig.kind not in _READ or fig.amount is None:
            continue
        m = mention(ctx, fig)
        if m is not None:
            for head in m.heads:
                by_head.setdefault((fig.kind, fig.currency or fig.unit or "", head), []).append(m)
    seen: set[tuple[int, int]] = set()
    for (_, _, head), mentions in by_head.items():
        for a, b, only_two in _pairs(mentions):
            if (a.fig.index, b.fig.index) in seen:
                continue
            if a.distinct or b.distinct or a.fig.sentence == b.fig.sentence or not _same_measure(a.fig, b.fig):
                continue
            band_a, band_b = _rounding(ctx, a.fig), _rounding(ctx, b.fig)
            if band_a is None or band_b is None or band_a.overlaps(band_b):
                continue
            slip = _scale_slip(a.fig, b.fig)
            if not slip and (a.fig.kind == "count" or not only_two or not b.definite
                             or _changing(ctx, a.fig) or _changing(ctx, b.fig) or _other_times(ctx, a.fig, b.fig)):
                continue
            if slip and _changing(ctx, b.fig) and not b.definite:
                continue
            seen.add((a.fig.index, b.fig.index))
            yield finding(NAME, [a.fig, b.fig],
                          f"the {head} is {quoted(a.fig)} here and {quoted(b.fig)} later"
                          + (": the same digits, another scale" if slip else ""),
                          quoted(a.fig), quoted(b.fig))


register_rule(Rule(NAME, "Repeated quantity", "The same thing given two different amounts in one story.", check))
