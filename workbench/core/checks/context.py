"""What a rule sees: the story's text, its date, and its claims as :class:`Figure` records by sentence.

Claims come from the extractor (``Extraction``) or from the store (``Claim``, values as the editor left
them); both are read through their attributes, so anything with ``start``, ``end``, ``kind`` and
``value`` will do. Each figure gets its numeric amount and the band of values its wording allows
(:mod:`workbench.core.checks.numbers`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from workbench.core.checks import vocab
from workbench.core.checks.numbers import INF, Interval, written_step
from workbench.core.extract.numbers import parse_number

_SPACES = re.compile(r"\s{2,}")
TEMPORAL_KINDS = frozenset({"date", "time", "duration"})
NUMERIC_KINDS = frozenset({"money", "percent", "count", "quantity"})
_FIELDS = ("start", "end", "kind", "value", "unit", "currency", "mod", "approximate", "weekday", "resolved",
           "sentence_start", "sentence_end")
_READ = operator.itemgetter(*_FIELDS)
_RATIO = re.compile(r"^(\d[\d,]*|[A-Za-z]+)\s+(?:out\s+of|in|of\s+every)\s+(\d[\d,]*|[a-z]+)$", re.I)


@dataclass(slots=True, eq=False)
class Figure:
    """One claim as the rules read it."""

    index: int
    start: int
    end: int
    text: str
    kind: str
    value: Any
    unit: str | None
    currency: str | None
    mod: str | None
    approximate: bool
    weekday: str | None
    resolved: str | None
    sentence: int
    """The index of its sentence in :attr:`CheckContext.sentences`."""
    amount: float | None
    """The number: a money or quantity amount, a count, a percentage; None for dates and vague amounts."""
    top: float | None = None
    """The upper bound of a range ("$2-3 billion"), else None."""
    _shape: str | None = field(default=None, repr=False)
    _shaped: bool = field(default=False, repr=False)
    _band: Interval | None = field(default=None, repr=False)
    _banded: bool = field(default=False, repr=False)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    @property
    def is_fraction(self) -> bool:
        """A share written as words or "one in five" ("a third", "half"): approximate by nature."""
        return self.kind == "percent" and self.approximate and not any(ch.isdigit() for ch in self.text) \
            or (self.kind == "percent" and " in " in self.text.lower())


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    figures: list[Figure]
    numbers: list[Figure]
    """Its figures that are not dates, times or durations."""
    kinds: set[str]
    """The kinds of its figures."""

    def has(self, ctx: CheckContext, words: tuple[str, ...]) -> bool:
        """Whether the sentence (lower-cased) contains any of ``words``: a cheap first test for a rule."""
        if len(ctx.text) > _LONG:  # a long story: one scan for the word list, then a set lookup per sentence
            return self.index in ctx.sentences_with(words)
        return _any_of(words).search(ctx.lower, self.start, self.end) is not None

    def has_here(self, ctx: CheckContext, words: tuple[str, ...]) -> bool:
        """:meth:`has` read in this sentence alone, however long the story: for a test a rule makes on a few
        sentences, where one scan of the whole story for the words would cost more."""
        return _any_of(words).search(ctx.lower, self.start, self.end) is not None


_LONG = 20_000
"""Above this many characters, :meth:`Sentence.has` scans the story once per word list."""


@lru_cache(maxsize=64)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in _shortest(words)))


@lru_cache(maxsize=64)
def _shortest(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words none of the others is part of: a sentence with "took office" also has "office"."""
    return tuple(w for w in words if not any(v != w and v in w for v in words))


def ends(pattern: Any, text: str, reach: int = 60) -> re.Match[str] | None:
    """``pattern.search`` for a pattern anchored at the end (``$``), looking only at the last ``reach``
    characters: the words that link two figures sit just before the second."""
    return pattern.search(text, max(0, len(text) - reach))


_BY_SPAN = operator.itemgetter(0, 1)
"""A claim row's (start, end): the order figures are read in."""


def _read(claim: Any) -> tuple[Any, ...]:
    """A claim's :data:`_FIELDS`, None for those it lacks."""
    fields = getattr(claim, "__dict__", None)
    try:
        return _READ(fields)  # type: ignore[arg-type]
    except (KeyError, TypeError):
        return tuple(getattr(claim, name, None) for name in _FIELDS)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", ""))
        except ValueError:
            return None
    return None


def _amount(kind: str, value: Any) -> tuple[float | None, float | None, str | None]:
    """(amount, range top, currency) of a claim value."""
    if kind in ("money", "quantity") and isinstance(value, dict):
        currency = value.get("currency") if kind == "money" else None
        return _number(value.get("amount")), _number(value.get("max")), currency if isinstance(currency, str) else None
    if kind in ("count", "percent"):
        return _number(value), None, None
    return None, None, None


class CheckContext:
    """The story as the rules read it: text, publication date, figures grouped by sentence."""

    def __init__(self, text: str, published: dt.date | None, claims: Sequence[Any]) -> None:
        self.text = text
        self.published = published
        n = len(text)
        try:  # the extractor's and the store's records: the fields straight from each one's __dict__
            rows = [_READ(claim.__dict__) for claim in claims]
        except (AttributeError, KeyError, TypeError):  # a record without some of them, or with slots
            rows = [_read(claim) for claim in claims]
        rows = [row for row in rows if type(row[0]) is int and type(row[1]) is int and 0 <= row[0] < row[1] <= n]
        rows.sort(key=_BY_SPAN)
        spans = self._sentence_spans(rows)
        self.sentences: list[Sentence] = [Sentence(i, s, e, [], [], set()) for i, (s, e) in enumerate(spans)]
        self._starts = [s for s, _ in spans]
        self._with: dict[tuple[str, ...], set[int]] = {}
        self._gaps: dict[tuple[int, int], str] = {}
        starts = [s for s, _ in spans]
        figures: list[Figure] = []
        self.figures = figures
        sentences = self.sentences
        bisect_right = bisect.bisect_right
        by_start = {s: i for i, s in enumerate(starts)}
        for start, end, kind, value, unit, currency, mod, approximate, weekday, resolved, s_start, _ in rows:
            kind = kind or ""
            amount = top = None
            if kind in NUMERIC_KINDS:
                if type(value) is int or type(value) is float:  # counts and percents, the common case
                    amount = float(value)
                else:
                    amount, top, in_value = _amount(kind, value)
                    currency = in_value or currency
                    if kind == "quantity" and type(value) is dict and isinstance(value.get("unit"), str):
                        unit = value["unit"]
            index = by_start.get(s_start)
            if index is None:
                index = max(0, bisect_right(starts, start) - 1)
            fig = Figure(len(figures), start, end, text[start:end], kind if type(kind) is str else str(kind), value,
                         unit if type(unit) is str else None,
                         currency.upper() if type(currency) is str else None,
                         mod or None, bool(approximate), weekday or None, resolved, index, amount, top)
            figures.append(fig)
            sentence = sentences[index]
            sentence.figures.append(fig)
            sentence.kinds.add(kind)
            if kind not in TEMPORAL_KINDS:
                sentence.numbers.append(fig)

    def _sentence_spans(self, rows: list[tuple[Any, ...]]) -> list[tuple[int, int]]:
        """The sentences that hold claims: the claims' own sentence spans when every claim has one (the
        extractor's and the store's), else the text split here (claims added by hand have none)."""
        spans = set()
        n = len(self.text)
        last_s = last_e = -1
        for row in rows:
            s, e = row[10], row[11]
            if s == last_s and e == last_e and type(s) is int:  # the claim before's sentence: most claims
                if s <= row[0] < row[1] <= e:
                    continue
                break
            if type(s) is not int or type(e) is not int or not (0 <= s <= row[0] < row[1] <= e <= n):
                break
            spans.add((s, e))
            last_s, last_e = s, e
        else:
            ordered = sorted(spans)
            if all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:], strict=False)):
                return ordered or [(0, n)]
        from workbench.core.extract.sentences import Sentences

        return list(Sentences(self.text).spans) or [(0, n)]

    def adjacent(self, first: Sentence, second: Sentence) -> bool:
        """``second`` follows ``first`` with nothing but spaces between."""
        return first.end <= second.start and not self.text[first.end:second.start].strip()

    # ------------------------------------------------------------------ reading around figures

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    def sentences_with(self, words: tuple[str, ...]) -> set[int]:
        """The indexes of the sentences containing any of ``words`` (lower-cased), in one pass over the story."""
        found = self._with.get(words)
        if found is None:
            found = self._with[words] = set()
            text, starts, sentences = self.lower, self._starts, self.sentences
            for word in _shortest(words):  # str.find is far quicker than a regex alternation over the story
                pos = text.find(word)
                while pos >= 0:
                    i = bisect.bisect_right(starts, pos) - 1
                    if i >= 0 and pos < sentences[i].end:
                        found.add(i)
                        pos = text.find(word, sentences[i].end)
                    else:
                        pos = text.find(word, pos + 1)
        return found

    def candidates(self, words: tuple[str, ...], *, before: bool = False) -> list[Sentence]:
        """The sentences containing any of ``words``, in text order (with ``before``, also the sentence
        before each): where a rule that needs those words has anything to read."""
        found = self.sentences_with(words)
        if before:
            found = found | {i - 1 for i in found if i > 0}
        return [self.sentences[i] for i in sorted(found)]

    @cached_property
    def masked(self) -> str:
        """The text with every date, time and duration claim written over with ``#`` (offsets kept), so that
        the words between figures read "rose to 2.1% in ### from 2.7%" whatever the dates say."""
        pieces, pos = [], 0
        for f in self.figures:
            if f.kind in TEMPORAL_KINDS and f.start >= pos:
                pieces.append(self.text[pos:f.start])
                pieces.append("#" * (f.end - f.start))
                pos = f.end
        pieces.append(self.text[pos:])
        return "".join(pieces)

    def mgap(self, a: Figure, b: Figure) -> str:
        """The words between two figures without the dates, times and durations among them ("to 2.1% in
        March from 2.7%" reads " from ")."""
        if a.end > b.start:
            return ""
        i = a.index
        if i >= 0 and b.index == i + 1 and self.figures[i] is a and self.figures[i + 1] is b:
            return self.text[a.end:b.start]  # nothing between them to mask: the text itself
        key = (a.end, b.start)
        gap = self._gaps.get(key)
        if gap is None:
            gap = self.masked[a.end:b.start]
            if "#" in gap:
                gap = _SPACES.sub(" ", vocab.TIME_PHRASE.sub(" ", gap))
            self._gaps[key] = gap
        return gap

    def numbers(self, sentence: Sentence) -> list[Figure]:
        """The sentence's figures that are not dates, times or durations."""
        return sentence.numbers

    def sentence_of(self, fig: Figure) -> Sentence:
        return self.sentences[fig.sentence]

    def gap(self, a: Figure, b: Figure) -> str:
        """The text between two figures (empty when they touch or overlap)."""
        return self.text[a.end:b.start] if a.end <= b.start else ""

    def before(self, fig: Figure, chars: int = 60) -> str:
        """Up to ``chars`` characters before the figure, within its sentence."""
        s = self.sentences[fig.sentence].start
        return self.text[max(s, fig.start - chars):fig.start]

    def after(self, fig: Figure, chars: int = 60) -> str:
        """Up to ``chars`` characters after the figure, within its sentence."""
        e = self.sentences[fig.sentence].end
        return self.text[fig.end:min(e, fig.end + chars)]

    def next_figure(self, fig: Figure) -> Figure | None:
        i = fig.index + 1
        return self.figures[i] if i < len(self.figures) else None

    def figures_between(self, a: Figure, b: Figure) -> list[Figure]:
        return self.figures[a.index + 1:b.index]

    def qualifier(self, fig: Figure) -> str | None:
        """The qualifier's band shape (``vocab.QUALIFIER_SHAPES``) from the words before (or "or so" after)."""
        if not fig._shaped:
            fig._shaped = True
            fig._shape = self._qualifier(fig)
        return fig._shape

    def _qualifier(self, fig: Figure) -> str | None:
        m = vocab.QUALIFIER_BEFORE.search(self.before(fig, 30))
        if m:
            return vocab.QUALIFIER_SHAPES[" ".join(m.group(1).lower().split())]
        if vocab.QUALIFIER_AFTER.match(self.after(fig, 12)):
            return "about"
        return vocab.MOD_SHAPES.get(fig.mod or "")

    def band(self, fig: Figure, rounding: float = 1.0) -> Interval | None:
        """The values the figure's wording allows; None when it has no single number.

        ``rounding`` below 1 keeps only that share of the rounding written ("£4bn" is 3.5-4.5bn; with 0.4,
        3.8-4.2bn) but all of a qualifier's width: for sums and differences of several rounded figures,
        whose rounding mostly cancels."""
        if rounding != 1.0:
            return self._band(fig, rounding)
        if not fig._banded:
            fig._banded = True
            fig._band = self._band(fig, 1.0)
        return fig._band

    def _band(self, fig: Figure, share: float) -> Interval | None:
        v = fig.amount
        if v is None:
            return None
        ratio = _RATIO.search(fig.text) if fig.kind == "percent" else None
        if ratio:  # "60 out of 200", "3 in 10": the share the two counts give
            part, whole = parse_number(ratio.group(1)) or 0.0, parse_number(ratio.group(2)) or 0.0
            if whole > 0 and any(ch.isdigit() for ch in fig.text):
                exact = part / whole * 100
                return Interval(exact, exact) if whole >= 20 else \
                    _shaped(_fraction_band(exact), exact, self.qualifier(fig), fraction=True)
        step = written_step(fig.text, v, rounded=fig.kind != "count")
        if step is None:
            return None
        step *= share
        if fig.is_fraction:
            loose = _fraction_band(v)
            base = Interval(min(v - step, loose.lo), max(v + step, loose.hi))
        else:
            base = Interval(v - step, v + step)
        if fig.top is not None and fig.top > v:
            top_step = written_step(fig.text.split("-")[-1], fig.top, rounded=True) or 0.0
            base = Interval(base.lo, fig.top + top_step)
        shape = self.qualifier(fig)
        if shape is None and fig.approximate and not fig.is_fraction:
            shape = "about"
        return _shaped(base, v, shape, fraction=fig.is_fraction)


def _fraction_band(v: float) -> Interval:
    """The band of a share written as a fraction: :data:`vocab.FRACTION_SLACK` of the smaller side, the share
    or the rest, so that "three in four" (a quarter do not) is as tight as "one in four": 72-78%, not 66-84%."""
    width = vocab.FRACTION_SLACK * (min(v, 100 - v) if 0 < v < 100 else abs(v))
    return Interval(v - width, v + width)


def _shaped(base: Interval, v: float, shape: str | None, *, fraction: bool = False) -> Interval:
    """The band a qualifier gives. A fraction's own rounding gives way to the qualifier's direction:
    "more than half" is above 50%, "nearly a third" below 33.3%."""
    a = abs(v)
    if shape is None:
        return base
    if shape == "about":
        return Interval(min(base.lo, v - vocab.ABOUT_SLACK * a), max(base.hi, v + vocab.ABOUT_SLACK * a))
    if shape == "nearly":
        return Interval(min(base.lo, v - vocab.NEARLY_SLACK * a), v if fraction else base.hi)
    if shape == "below":
        return Interval(min(base.lo, 0.0), v if fraction else base.hi)
    if shape == "just_over":
        return Interval(v if fraction else base.lo, max(base.hi, v + vocab.NEARLY_SLACK * a))
    if shape == "above":
        return Interval(v if fraction else base.lo, INF)
    return base
