"""What a lens class's finder is given: the article, its dates, its claims and quotes, and small helpers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from workbench.core.extract.vocab.calendar import HOLIDAYS, MONTHS, WEEKDAYS
from workbench.core.lens.model import Finding, TemporalClaim
from workbench.core.lens.quotes import QuoteSpans, quote_spans
from workbench.core.lens.readings import day_text, month_text
from workbench.core.lens.vocab import REPORTING_VERBS

_WORD_INSIDE = "'\u2019.-"
_WORD_AFTER = re.compile(r"[ \t]*([A-Za-z][A-Za-z'\u2019-]*)")
_WORDS = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")
_CLAUSE_END = re.compile(r"[!?;:\n]|\.(?=\s+[A-Z\"\u201c\u2018(]|\s*$)")
"""The end of a clause: not the point of an abbreviation ("begin on Feb. 10 and run for 10 days")."""
_NUMBER_NEXT = re.compile(r" [\d$\u00a3\u20ac]")
_OPENERS = " \t\"'\u201c\u2018([`"
_NAMES = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS, *(h.split()[0] for h in HOLIDAYS)))
"""Words written with a capital anywhere: a span starting with one is not capitalised for being first."""


def shifted_back(words: Sequence[str], markers: frozenset[str]) -> bool:
    """Whether the first of ``markers`` ("had", "were") among a clause's words comes after a verb of saying
    in the past: reported speech shifts the tense back without moving the time ("officials said residents had
    been without water for four days" is about the day of publication)."""
    for w in words:
        if w in markers:
            return False
        if w in REPORTING_VERBS:
            return True
    return False


def phrase_pattern(phrases: Iterable[str], gap: str = r"\s+") -> str:
    """One regex alternative for lower-case phrases, as a trie ("now", "now that" -> "now(?:GAP that)?"):
    the regex engine then tries one branch per letter instead of every phrase at every position. A longer
    phrase is preferred to one it starts with, as in an alternation sorted longest first; ``gap`` stands
    between the words of a phrase."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for token in _tokens(phrase):
            node = node.setdefault(token, {})
        node[""] = {}
    return _trie_source(trie, gap)


def _tokens(phrase: str) -> list[str]:
    out: list[str] = []
    for i, word in enumerate(phrase.split()):
        if i:
            out.append(" ")
        out.extend(word)
    return out


def _trie_source(node: dict[str, dict], gap: str) -> str:
    ends = "" in node
    branches = [(gap if token == " " else re.escape(token)) + _trie_source(child, gap)
                for token, child in sorted(node.items()) if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


@lru_cache(maxsize=256)
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


@dataclass
class LensContext:
    """The article as every lens class sees it. ``claims`` are the temporal claims whose text matches the
    article, in text order; ``published`` may be None (then nothing can be dated)."""

    text: str
    published: dt.date | None
    as_of: dt.date
    claims: Sequence[TemporalClaim]
    quotes: QuoteSpans = field(default_factory=lambda: QuoteSpans([]))
    memo: dict[object, object] = field(default_factory=dict)
    dates: Sequence[TemporalClaim] = ()
    """The claims of kind date or time (a subset of ``claims``)."""
    temporal: Sequence[TemporalClaim] = ()
    """The claims of kind date, time or duration (a subset of ``claims``)."""
    """Results classes share (the wording of a date is worked out once for all of them)."""

    @classmethod
    def build(cls, text: str, published: dt.date | None, as_of: dt.date,
              claims: Sequence[TemporalClaim]) -> LensContext:
        usable = sorted((c for c in claims if 0 <= c.start < c.end <= len(text) and text[c.start:c.end] == c.text),
                        key=lambda c: (c.start, c.end))
        temporal = [c for c in usable if c.kind in ("date", "time", "duration")]
        dates = [c for c in temporal if c.kind != "duration"]
        return cls(text, published, as_of, usable, QuoteSpans(quote_spans(text)), dates=dates, temporal=temporal)

    # ------------------------------------------------------------------ the publication date in words

    @cached_property
    def month(self) -> str:
        """"February 2018" (empty without a publication date)."""
        return month_text(self.published) if self.published else ""

    @cached_property
    def day(self) -> str:
        """"15 February 2018"."""
        return day_text(self.published) if self.published else ""

    def fill(self, template: str) -> str:
        """A vocabulary template with {month}, {day} and {year} of the publication date."""
        year = str(self.published.year) if self.published else ""
        return template.format(month=self.month, day=self.day, year=year)

    def said(self) -> str | None:
        """The attribution note for words in a quote: "said in February 2018"."""
        return f"said in {self.month}" if self.published else None

    # ------------------------------------------------------------------ the words around a span

    def word_before(self, pos: int) -> str:
        """The word right before ``pos`` in lower case ("" after punctuation or at the start)."""
        text, end = self.text, pos
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        start = end
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in _WORD_INSIDE) and end - start < 40:
            start -= 1
        while start < end and not text[start].isalpha():
            start += 1
        return text[start:end].lower().rstrip(".")

    def word_after(self, pos: int) -> str:
        """The word right after ``pos`` in lower case ("" before punctuation or at the end)."""
        m = _WORD_AFTER.match(self.text, pos)
        return m.group(1).lower() if m else ""

    def following(self, pos: int, size: int = 24) -> str:
        """The lower-cased text after ``pos``, spaces squeezed, for matching fixed phrases."""
        return " ".join(self.text[pos:pos + size].lower().split())

    def clause_words_before(self, pos: int, limit: int = 6) -> list[str]:
        """Up to ``limit`` lower-cased words before ``pos`` in the same clause, nearest last."""
        window = self.text[max(0, pos - 80):pos]
        cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
        return [w.lower() for w in _WORDS.findall(window[cut:])][-limit:]

    def sentence_start(self, pos: int) -> bool:
        """Whether ``pos`` opens a sentence (or a paragraph, a quote, a headline)."""
        i = pos
        while i > 0 and self.text[i - 1] in _OPENERS:
            i -= 1
        if i == 0:
            return True
        return self.text[i - 1] in ".!?:\n\u201d" or (i < pos and self.text[i - 1] == "\n")

    @cached_property
    def _lowered(self) -> str | None:
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else None  # "İ" lowers to two characters

    def mentions(self, *words: str) -> bool:
        """Whether any of these lower-case words occurs in the text at all: a cheap test before a scan."""
        lowered = self._lowered
        return lowered is None or any(w in lowered for w in words)

    def scan(self, source: str) -> Iterator[re.Match[str]]:
        """Matches of a lower-case pattern over the text, ignoring case. Matching the lower-cased text is
        several times faster than an ignore-case pattern; offsets are the same."""
        lowered = self._lowered
        if lowered is not None:
            return _compiled(source, 0).finditer(lowered)
        return _compiled(source, re.IGNORECASE).finditer(self.text)

    def in_quote(self, start: int, end: int) -> bool:
        return self.quotes.containing(start, end) is not None

    # ------------------------------------------------------------------ making findings

    def finding(self, start: int, end: int, cls: str, *, anchor: str | None, reads_as: str,
                suggestion: str | None, explanation: str, substitutes: bool = True) -> Finding:
        """A finding on text[start:end]. Inside a quote, a rewrite becomes the attribution note ("said in
        February 2018"): quoted words are kept. A rewrite that opens a sentence is capitalised."""
        words = self.text[start:end]
        in_quote = self.in_quote(start, end)
        if suggestion is None:
            substitutes = False
        if in_quote and substitutes:
            suggestion, substitutes = self.said(), False
            explanation += "; the words are quoted, so keep them and say when they were said"
        elif substitutes and suggestion:
            suggestion = self.capitalised(start, words, suggestion)
            if suggestion[-1:].isdigit() and _NUMBER_NEXT.match(self.text, end) and not words[-1:].isdigit() \
                    and not words.endswith(("'s", "\u2019s")):
                suggestion += ","  # "So far this year 1,200 died" -> "Between 1 January and 15 February 2018, 1,200"
        return Finding(start, end, words, cls, anchor, reads_as, suggestion, substitutes and suggestion is not None,
                       in_quote, explanation)

    def capitalised(self, start: int, words: str, suggestion: str) -> str:
        """``suggestion`` with a capital when the words it replaces open a sentence ("Last month" -> "In
        January 2018"); names keep their capital and nothing else gains one."""
        if not words[:1].isupper() or not suggestion[:1].islower() or not self.sentence_start(start):
            return suggestion
        first = _WORDS.match(words)
        if first and first.group().lower().rstrip("'\u2019s") in _NAMES and not self.sentence_start(start):
            return suggestion
        return suggestion[0].upper() + suggestion[1:]
