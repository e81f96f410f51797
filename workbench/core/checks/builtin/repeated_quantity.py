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
_SIZE = re.compile(r"\d-[a-z]+$")
"""A count written as a size: "340-page", "350-bed"."""
_POSSESSIVE = re.compile(r"[a-z](?:'s|s'|\u2019s|s\u2019) $")
_PHRASE = re.compile(r"[ -]((?:of|in)\s+)?([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?(?:\s+([a-z][a-z-]*))?")


@dataclass
class Mention:
    fig: Figure
    heads: frozenset[str]
    definite: bool
    distinct: bool
    """A word beside it lets the amount differ from another of the same noun ("new", "initial")."""
    general: bool = False
    """Named by a general noun ("the £300m facility"): perhaps a thing named otherwise before."""


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
    if fig.kind == "count" and not (fig.amount >= 1000 and _SCALED.search(fig.text)) \
            and not ("-" in fig.text and _SIZE.search(fig.text)):
        return None  # counts differ for too many reasons; a million written for a billion, or a size ("340-page")
    before = ctx.before(fig, 30)
    words_before = [w.strip(".,;:()'\"\u2018\u2019\u201c\u201d") for w in before.lower().split()[-3:]]
    glued = bool(words_before) and before[-1:].isspace() and before.rstrip()[-1:].isalpha()
    last = words_before[-1] if glued else ""
    heads: set[str] = set()
    if fig.kind == "count" and fig.unit:
        heads.add(fig.unit.lower().split()[-1])
    m = _PHRASE.match(ctx.lower, fig.end, ctx.sentence_of(fig).end)
    general = bool(m) and not m.group(1) and m.group(2) in vocab.HYPERNYMS
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
            if phrase[0] in _VERB_NOUNS:
                heads.add(phrase[0])  # "The $19 million sale set a record": perhaps a verb after the noun
            if len(phrase) >= 2 and phrase[1].endswith("s"):
                heads.add(phrase[0])  # "the £450m hospital begins": perhaps a verb after the noun
    linked = False
    if last in vocab.HEAD_LINKS and len(words_before) >= 2 and _content(words_before[-2]):
        heads.add(words_before[-2])  # "a fine of $2 million"
        linked = True
    elif last in vocab.VERB_HEADS:
        heads.add(vocab.VERB_HEADS[last])  # "fined $2 million"
    elif last in ("for", "at") and len(words_before) >= 2 and words_before[-2] in vocab.VERB_HEADS:
        heads.add(vocab.VERB_HEADS[words_before[-2]])  # "sold for £300m"
    relative = vocab.RELATIVE_VERB.match(ctx.lower, fig.end)
    if relative and relative.group(1) in vocab.VERB_HEADS:
        heads.add(vocab.VERB_HEADS[relative.group(1)])  # "the £54,000 she lost"
    if vocab.SIZE_AFTER.match(ctx.lower, fig.end):
        noun = re.search(r"([a-z]+),\s*$", before.lower())
        if noun:
            heads.add(noun.group(1))  # "The bridge, 1.2km long,"
    heads = {_noun(h) for h in heads if _content(h)}
    if not heads and not general:
        return None
    if linked:  # "the fine of $2 million": the article goes with the noun before the link
        definite = len(words_before) >= 3 and words_before[-3] in vocab.DEFINITE
    else:
        definite = bool(words_before) and glued and (last in vocab.DEFINITE or words_before[-2:] == ["the", "same"]) \
            or ("'" in before or "\u2019" in before) and _POSSESSIVE.search(before) is not None  # "The inspectors' 430-page"
    following = m.group(2) if m and not m.group(1) else None
    distinct = any(w in vocab.NOT_SAME for w in words_before[-2:]) or following in vocab.NOT_SAME
    return Mention(fig, frozenset(heads), definite, distinct, general)


def _same_measure(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "money":
        return a.currency == b.currency
    if a.kind == "quantity":
        return a.unit == b.unit
    return True


_VERB_NOUNS = frozenset(vocab.VERB_HEADS.values())


def _significant(value: float) -> str:
    """The significant digits of a value: 3e9 -> "3", 1.35e9 -> "135", 85 -> "85"."""
    return f"{abs(value):.10g}".split("e")[0].replace(".", "").strip("0")


def digit_slip(a: Figure, b: Figure) -> str | None:
    """"scale" when two amounts have the same digits a power of ten apart ("KSh3 billion" and "KSh300 million",
    "1.2km" and "12km"), "transposed" when they have the same digits in another order ("£45,000" and "£54,000"),
    else None: the slips of a pen, not amounts that changed."""
    if not a.amount or not b.amount or a.amount == b.amount:
        return None
    da, db = _significant(a.amount), _significant(b.amount)
    if da == db:
        return "scale"
    if len(da) == len(db) >= 2 and sorted(da) == sorted(db):
        return "transposed"
    return None


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
    every: list[Mention] = []
    for fig in ctx.figures:
        if fig.kind not in _READ or fig.amount is None:
            continue
        m = mention(ctx, fig)
        if m is not None:
            every.append(m)
            for head in sorted(m.heads):  # sorted: the same message in every run (a set has no order)
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
            if not slip and (a.fig.kind == "count" and not digit_slip(a.fig, b.fig) or not only_two or not b.definite
                             or _changing(ctx, a.fig) or _changing(ctx, b.fig) or _other_times(ctx, a.fig, b.fig)):
                continue
            if slip and _changing(ctx, b.fig) and not b.definite:
                continue
            seen.add((a.fig.index, b.fig.index))
            yield finding(NAME, [a.fig, b.fig],
                          f"the {head} is {quoted(a.fig)} here and {quoted(b.fig)} later"
                          + (": the same digits, another scale" if slip else ""),
                          quoted(a.fig), quoted(b.fig))
    yield from _renamed(ctx, every, seen)


def _renamed(ctx: CheckContext, every: list[Mention], seen: set[tuple[int, int]]) -> Iterator[CheckFinding]:
    """A thing named again by a general noun with its amount's digits slipped: "The KSh3 billion stadium ...
    the KSh300 million facility", "The 85-metre tower ... the 58-metre building". The earlier mention is the
    last one of the same measure before, in an earlier sentence, and named by a noun of its own."""
    for i, b in enumerate(every):
        if not (b.general and b.definite) or b.distinct or _changing(ctx, b.fig):
            continue
        earlier = [m for m in every[:i] if _same_measure(m.fig, b.fig)]
        if not earlier:
            continue
        a = earlier[-1]
        if a.fig.sentence == b.fig.sentence or a.distinct or not a.heads or _changing(ctx, a.fig) \
                or (a.fig.index, b.fig.index) in seen or _other_times(ctx, a.fig, b.fig):
            continue
        slip = digit_slip(a.fig, b.fig)
        if slip is None:
            continue
        band_a, band_b = _rounding(ctx, a.fig), _rounding(ctx, b.fig)
        if band_a is None or band_b is None or band_a.overlaps(band_b):
            continue
        noun = sorted(a.heads)[0]
        what = "the same digits, another scale" if slip == "scale" else "the same digits, in another order"
        yield finding(NAME, [a.fig, b.fig], f"the {noun} is {quoted(a.fig)} here and {quoted(b.fig)} later: {what}",
                      quoted(a.fig), quoted(b.fig))


register_rule(Rule(NAME, "Repeated quantity", "The same thing given two different amounts in one story.", check))
