"""Carrying the claims of one version of an article onto a revised text (docs/revisions.md).

Three passes, cheapest first:

1. **Position.** Each old claim's span is mapped through the word-level diff (``diff.Alignment``). A span
   that no change touches lands on the same words in the new text, and the new claim with exactly that span
   is its counterpart (``changed`` if its value differs: a relative date read against a new publication
   date). The sentence there must be the old one or like it, or the mapping is not trusted.
2. **Anchor.** Claims that a change touched, or whose paragraph moved, are looked for among the new claims
   standing in changed text: the same words (exact), then a claim of the same kind in the stretch that
   replaced the old text (an edited figure: ``changed``), then one of the same kind anywhere (fuzzy).
   Candidates are scored by how alike the sentences are (rapidfuzz, with partial alignment when an edit
   merged or split sentences), ties broken by the characters either side; the best are assigned first.
3. **Words.** An old claim with no counterpart among the new claims (one an editor added by hand) keeps
   its place if its words are still in the text, found the same way.

A verdict is carried only when the words are the same and the normalised value hash agrees.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from workbench.core.extract.sentences import Sentences
from workbench.core.revisions.anchors import CONTEXT, Anchor, value_hash
from workbench.core.revisions.diff import Alignment

REVISION_STATES: tuple[str, ...] = ("unchanged", "moved", "edited", "changed", "gone", "new")
CARRIED_STATES: frozenset[str] = frozenset({"unchanged", "moved", "edited"})

NEAR_SCORE = 62.0
"""Sentence similarity (0-100) needed for a counterpart in the stretch that replaced the claim's text.
Unrelated news sentences score up to about 55 (benchmarks/bench_revisions.py), lightly edited ones 70+."""
FAR_SCORE = 80.0
"""Sentence similarity needed for a counterpart anywhere else in the text (a moved paragraph)."""
PREFILTER = 60.0
"""Context or sentence similarity at which a claim elsewhere is scored in full as a fuzzy counterpart."""
SHORTLIST = 8
"""Candidates scored in full for one claim; more are narrowed down in bulk first."""
MAX_OCCURRENCES = 5000
"""At most this many places are considered when a claim's words are looked for in the new text."""


@dataclass(frozen=True)
class OldClaim:
    """A claim of the old version, with the anchor stored for it."""

    id: int
    start: int
    end: int
    text: str
    kind: str
    value: Any
    anchor: Anchor


@dataclass(frozen=True)
class NewClaim:
    """A claim found in the new version (an ``Extraction`` has these attributes)."""

    start: int
    end: int
    text: str
    kind: str
    value: Any


@dataclass(frozen=True)
class Mapping:
    """Where an old claim went in the new text (or that a new claim has no past), and what it carries."""

    old_id: int | None
    new_index: int | None
    state: str
    start: int | None
    end: int | None
    old_sentence: str
    new_sentence: str
    carried: bool


def _squash(text: str) -> str:
    return " ".join(text.split())


PARTIAL_MIN = 24
"""A sentence at least this long may be found inside a longer one (sentences merged or split by an edit)."""


def sentence_similarity(old: str, old_at: int, new: str, new_at: int) -> float:
    """0-100: how alike two sentences are, each with a claim starting at ``*_at``.

    The plain similarity (rapidfuzz ``fuzz.ratio``), or, when one sentence is much longer than the other
    (an edit merged two sentences, or split one), how well the shorter aligns inside the longer
    (``fuzz.partial_ratio_alignment``), provided the claims fall at the same place in that alignment.
    """
    score = fuzz.ratio(old, new)
    short, long_ = sorted((len(old), len(new)))
    if short >= PARTIAL_MIN and long_ > short * 1.3:
        old_is_short = len(old) <= len(new)
        needle, hay = (old, new) if old_is_short else (new, old)
        needle_at, hay_at = (old_at, new_at) if old_is_short else (new_at, old_at)
        aligned = fuzz.partial_ratio_alignment(needle, hay)
        if aligned is not None and abs((aligned.dest_start - aligned.src_start) + needle_at - hay_at) <= 8:
            score = max(score, aligned.score)
    return score


@dataclass
class _Found:
    new_index: int | None
    start: int
    end: int
    carried: bool
    by_position: bool
    far: bool = False
    """Found away from the new text that stands where its old text stood: its paragraph was moved."""


class _Reanchor:
    """One re-anchoring run: the alignment, the new text's sentences and the assignments made so far."""

    def __init__(self, old_text: str, new_text: str, old_claims: Sequence[OldClaim],
                 new_claims: Sequence[NewClaim]) -> None:
        self.old_text, self.new_text = old_text, new_text
        self.old = sorted(old_claims, key=lambda c: (c.start, c.end))
        self.new = list(new_claims)
        self.align = Alignment(old_text, new_text)
        self.sentences = Sentences(new_text)
        self.found: dict[int, _Found] = {}  # position in self.old -> where it went
        self.used: set[int] = set()  # new claim indices already taken
        self.by_span = {(c.start, c.end): i for i, c in enumerate(self.new)}
        self.new_order = sorted(range(len(self.new)), key=lambda i: (self.new[i].start, self.new[i].end))
        self.new_starts = [self.new[i].start for i in self.new_order]
        self.max_new_len = max((c.end - c.start for c in self.new), default=0)
        self.located: dict[int, tuple[int, int] | None] = {k: self._locate(c) for k, c in enumerate(self.old)}
        self.changed = sorted(self.align.changed_new_spans())
        self._old_sentences: dict[int, str] = {}
        self._old_splitter: Sentences | None = None

    # ----------------------------------------------------------------- helpers

    def _locate(self, claim: OldClaim) -> tuple[int, int] | None:
        """The claim's span in the old text: its own offsets, its anchor's, or its words nearest to them."""
        text = self.old_text
        if text[claim.start:claim.end] == claim.text and claim.end > claim.start:
            return claim.start, claim.end
        a = claim.anchor
        if text[a.start:a.end] == claim.text and a.end > a.start:
            return a.start, a.end
        if not claim.text:
            return None
        hits, i = [], text.find(claim.text)
        while i >= 0 and len(hits) < MAX_OCCURRENCES:
            hits.append(i)
            i = text.find(claim.text, i + 1)
        if not hits:
            return None
        best = min(hits, key=lambda h: abs(h - claim.start))
        return best, best + len(claim.text)

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        lo = self.sentences.find(start)[0]
        hi = self.sentences.find(max(start, end - 1))[1]
        return min(lo, start), max(hi, end)

    def _new_sentence(self, start: int, end: int) -> str:
        lo, hi = self._sentence(start, end)
        return self.new_text[lo:hi]

    def _old_sentence(self, k: int) -> str:
        """The old claim's sentence, split from the old text as the new one is (so that the two compare
        alike); its anchor's sentence if the claim cannot be found in the old text."""
        if k not in self._old_sentences:
            span = self.located[k]
            if span is None:
                sentence = self.old[k].anchor.sentence
            else:
                if self._old_splitter is None:
                    self._old_splitter = Sentences(self.old_text)
                lo = self._old_splitter.find(span[0])[0]
                hi = self._old_splitter.find(max(span[0], span[1] - 1))[1]
                sentence = self.old_text[min(lo, span[0]):max(hi, span[1])]
            self._old_sentences[k] = sentence
        return self._old_sentences[k]

    def _overlapping(self, start: int, end: int) -> list[int]:
        """Indices of new claims overlapping ``start..end``."""
        lo = bisect.bisect_left(self.new_starts, start - self.max_new_len)
        hi = bisect.bisect_left(self.new_starts, end)
        out = []
        for j in self.new_order[lo:hi]:
            c = self.new[j]
            if c.start < end and c.end > start:
                out.append(j)
        return out

    def _same_value(self, claim: OldClaim, new: NewClaim) -> bool:
        """The new claim's value agrees with the old one's (as anchored, or as the extractor gave it)."""
        h = value_hash(new.kind, new.value)
        return h == claim.anchor.value_hash or h == value_hash(claim.kind, claim.value)

    def _same_sentence(self, k: int, start: int, end: int) -> bool:
        """The sentence at ``start..end`` in the new text is the old claim's sentence, or like it."""
        if _squash(self._old_sentence(k)) == _squash(self._new_sentence(start, end)):
            return True
        return self._sentence_score(k, start, end) >= NEAR_SCORE

    def _sentence_score(self, k: int, start: int, end: int) -> float:
        """0-100: how alike the old claim's sentence and the sentence around ``start..end`` in the new text are."""
        lo, hi = self._sentence(start, end)
        old_sentence = self._old_sentence(k)
        claim = self.old[k]
        at = old_sentence.find(claim.text) if claim.anchor.quote not in old_sentence else \
            old_sentence.find(claim.anchor.quote)
        return sentence_similarity(old_sentence, max(0, at), self.new_text[lo:hi], start - lo)

    def _local_score(self, k: int, start: int, end: int) -> float:
        """0-100: how alike the characters either side of the old claim and of ``start..end`` are."""
        anchor = self.old[k].anchor
        new_ctx = self.new_text[max(0, start - CONTEXT):start] + "\x00" + self.new_text[end:end + CONTEXT]
        return fuzz.ratio(anchor.prefix + "\x00" + anchor.suffix, new_ctx)

    # ----------------------------------------------------------------- passes

    def by_position(self) -> list[int]:
        """Pass 1; returns the old claims (positions in ``self.old``) left for the anchor pass."""
        pending, unmatched = [], []
        for k, claim in enumerate(self.old):
            span = self.located[k]
            mapped = self.align.map_span(*span) if span else None
            if mapped is None:
                pending.append(k)
                continue
            if not self._same_sentence(k, *mapped):
                pending.append(k)  # the diff lined up common words of sentences that are not alike
                continue
            j = self.by_span.get(mapped)
            if j is not None and j not in self.used:
                self.used.add(j)
                same = self._same_value(claim, self.new[j])
                self.found[k] = _Found(j, *mapped, carried=same, by_position=True)
            else:
                unmatched.append((k, mapped))
        for k, mapped in unmatched:  # same words, but no new claim with exactly that span
            free = [j for j in self._overlapping(*mapped) if j not in self.used]
            if free:  # the extractor now reads these words differently
                j = max(free, key=lambda j: min(mapped[1], self.new[j].end) - max(mapped[0], self.new[j].start))
                self.used.add(j)
                self.found[k] = _Found(j, self.new[j].start, self.new[j].end, carried=False, by_position=True)
            else:  # words kept, no claim of the extractor's there: an editor's own claim
                self.found[k] = _Found(None, *mapped, carried=True, by_position=True)
        return pending

    def by_anchor(self, pending: list[int]) -> list[int]:
        """Pass 2: counterparts among the new claims standing in changed text; returns those still unmatched."""
        fresh = [j for j in self.new_order if j not in self.used and self._in_changed_text(j)]
        by_words: dict[str, list[int]] = defaultdict(list)
        by_kind: dict[str, list[int]] = defaultdict(list)  # in text order
        for j in fresh:
            by_words[_squash(self.new[j].text)].append(j)
            by_kind[self.new[j].kind].append(j)
        kind_starts = {kind: [self.new[j].start for j in js] for kind, js in by_kind.items()}
        contexts = {j: self._new_context(j) for j in fresh}
        sentences = {j: _squash(self._new_sentence(self.new[j].start, self.new[j].end)) for j in fresh}
        kind_lists = {kind: ([contexts[j] for j in js], [sentences[j] for j in js]) for kind, js in by_kind.items()}
        candidates: list[tuple[int, float, int, int, int]] = []  # (tier, -score, distance, k, j)
        for k in pending:
            claim = self.old[k]
            region = self._region(k)
            same_words = by_words.get(_squash(claim.text), [])
            for j in self._shortlist(k, same_words, contexts, sentences):
                self._consider(candidates, k, j, region, tiers=(0, 1))
            kind = by_kind.get(claim.kind, [])
            if not kind:
                continue
            near: list[int] = []
            if region is not None:
                starts = kind_starts[claim.kind]
                lo = bisect.bisect_left(starts, region[0] - self.max_new_len)
                hi = bisect.bisect_left(starts, region[1])
                near = [j for j in kind[lo:hi] if self._near(region, self.new[j].start, self.new[j].end)]
            skip = set(same_words)
            for j in self._shortlist(k, [j for j in near if j not in skip], contexts, sentences):
                self._consider(candidates, k, j, region, tiers=(2, 3))
            skip.update(near)
            for j in self._shortlist(k, kind, contexts, sentences, cutoff=PREFILTER,
                                     lists=kind_lists[claim.kind]):  # fuzzy, anywhere
                if j not in skip:
                    self._consider(candidates, k, j, region, tiers=(2, 3))
        left = set(pending)
        for tier, _score, _dist, k, j in sorted(candidates):
            if k not in left or j in self.used:
                continue
            claim, c = self.old[k], self.new[j]
            same = _squash(c.text) == _squash(claim.text) and self._same_value(claim, c)
            self.used.add(j)
            left.discard(k)
            self.found[k] = _Found(j, c.start, c.end, carried=same, by_position=False, far=tier % 2 == 1)
        return sorted(left)

    def _shortlist(self, k: int, js: list[int], contexts: dict[int, str], sentences: dict[int, str],
                   cutoff: float | None = None, lists: tuple[list[str], list[str]] | None = None) -> list[int]:
        """The new claims among ``js`` worth scoring in full for old claim ``k``: all of a few, else those
        whose surroundings or sentence come closest (rapidfuzz ``process.extract``, scored in bulk).
        ``lists`` are the contexts and sentences of ``js``, when already at hand."""
        if cutoff is None and len(js) <= SHORTLIST:
            return js
        ctxs, sents = lists if lists is not None else ([contexts[j] for j in js], [sentences[j] for j in js])
        anchor = self.old[k].anchor
        out = {js[i] for _, _, i in process.extract(anchor.prefix + "\x00" + anchor.suffix, ctxs,
                                                    scorer=fuzz.ratio, score_cutoff=cutoff, limit=SHORTLIST)}
        out |= {js[i] for _, _, i in process.extract(_squash(self._old_sentence(k)), sents, scorer=fuzz.ratio,
                                                     score_cutoff=cutoff, limit=SHORTLIST)}
        return sorted(out)

    def by_words(self, pending: list[int]) -> None:
        """Pass 3: old claims with no counterpart keep their words where those are still in the text."""
        taken = sorted((f.start, f.end) for f in self.found.values())
        for k in pending:
            claim = self.old[k]
            if not claim.text:
                continue
            region = self._region(k)
            expected = self._expected(k, region)
            places = [p for p in self._occurrences(claim.text)
                      if not self._overlapping(p, p + len(claim.text))
                      and not self._overlaps(taken, p, p + len(claim.text))]
            if len(places) > SHORTLIST:  # the nearest few, and those with the most alike surroundings
                contexts = {p: self.new_text[max(0, p - CONTEXT):p] + "\x00"
                            + self.new_text[p + len(claim.text):p + len(claim.text) + CONTEXT] for p in places}
                hits = process.extract(claim.anchor.prefix + "\x00" + claim.anchor.suffix, contexts,
                                       scorer=fuzz.ratio, limit=SHORTLIST)
                places = sorted({p for _, _, p in hits} | set(sorted(places, key=lambda p: abs(p - expected))[:4]))
            best: tuple[bool, float, int, int] | None = None
            for pos in places:
                end = pos + len(claim.text)
                score = self._sentence_score(k, pos, end)
                near = self._near(region, pos, end)
                if (near and score >= NEAR_SCORE) or score >= FAR_SCORE:
                    rank = (near, 0.8 * score + 0.2 * self._local_score(k, pos, end), -abs(pos - expected), pos)
                    best = rank if best is None or rank > best else best
            if best is not None:
                pos = best[3]
                self.found[k] = _Found(None, pos, pos + len(claim.text), carried=True, by_position=False,
                                       far=not best[0])
                bisect.insort(taken, (pos, pos + len(claim.text)))

    # ----------------------------------------------------------------- more helpers

    def _consider(self, candidates: list[tuple[int, float, int, int, int]], k: int, j: int,
                  region: tuple[int, int] | None, tiers: tuple[int, int]) -> None:
        """Add (old k, new j) to ``candidates`` if their sentences are alike enough for where j stands."""
        c = self.new[j]
        score = self._sentence_score(k, c.start, c.end)
        rank = -(0.8 * score + 0.2 * self._local_score(k, c.start, c.end))  # context tells claims of a sentence apart
        distance = abs(c.start - self._expected(k, region))
        if self._near(region, c.start, c.end) and score >= NEAR_SCORE:
            candidates.append((tiers[0], rank, distance, k, j))
        elif score >= FAR_SCORE:
            candidates.append((tiers[1], rank, distance, k, j))

    @staticmethod
    def _near(region: tuple[int, int] | None, start: int, end: int) -> bool:
        return region is not None and start < region[1] and end > region[0]

    def _expected(self, k: int, region: tuple[int, int] | None) -> int:
        return region[0] if region else self.old[k].start

    def _in_changed_text(self, j: int) -> bool:
        """The new claim touches text that is not in the old version at the same place."""
        c, spans = self.new[j], self.changed
        i = bisect.bisect_right(spans, (c.start, float("inf"))) - 1
        return any(s <= c.end and e >= c.start for s, e in spans[max(0, i - 1):i + 2])

    def _new_context(self, j: int) -> str:
        c = self.new[j]
        return self.new_text[max(0, c.start - CONTEXT):c.start] + "\x00" + self.new_text[c.end:c.end + CONTEXT]

    def _region(self, k: int) -> tuple[int, int] | None:
        """The new sentences standing where the old claim stood."""
        span = self.located[k]
        if span is None:
            return None
        lo, hi = self.align.new_range(*span)
        if not self.new_text:
            return 0, 0
        return self._sentence(lo, max(lo + 1, hi))

    def _occurrences(self, words: str) -> list[int]:
        """Where ``words`` stand in the new text (the first MAX_OCCURRENCES places)."""
        text, out, i = self.new_text, [], self.new_text.find(words)
        while i >= 0 and len(out) < MAX_OCCURRENCES:
            out.append(i)
            i = text.find(words, i + 1)
        return out

    @staticmethod
    def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
        i = bisect.bisect_left(spans, (start, start))
        return any(s < end and e > start for s, e in spans[max(0, i - 1):i + 1])

    # ----------------------------------------------------------------- result

    def in_order(self) -> set[int]:
        """Old claims (carried) whose place among their neighbours is kept: a heaviest increasing
        subsequence of new positions, in which claims placed by the diff weigh more than any number of others."""
        items = [(k, f) for k, f in sorted(self.found.items()) if f.carried]
        heavy = len(items) + 1
        ranks = {p: r for r, p in enumerate(sorted((f.start, f.end, k) for k, f in items), start=1)}
        size = len(ranks)
        tree: list[tuple[int, int]] = [(0, -1)] * (size + 1)  # Fenwick tree of (best weight, item index)
        back: list[int] = [-1] * len(items)
        best_total: tuple[int, int] = (0, -1)
        for idx, (k, f) in enumerate(items):
            r = ranks[f.start, f.end, k]
            q, i = (0, -1), r - 1  # best chain ending strictly before rank r
            while i > 0:
                q = max(q, tree[i])
                i -= i & -i
            weight = q[0] + (heavy if f.by_position else 1)
            back[idx] = q[1]
            entry = (weight, idx)
            best_total = max(best_total, entry)
            i = r
            while i <= size:
                tree[i] = max(tree[i], entry)
                i += i & -i
        keep, idx = set(), best_total[1]
        while idx >= 0:
            keep.add(items[idx][0])
            idx = back[idx]
        return keep

    def mappings(self) -> list[Mapping]:
        ordered = self.in_order()
        out = []
        for k, claim in enumerate(self.old):
            f = self.found.get(k)
            old_sentence = self._old_sentence(k)
            if f is None:
                out.append(Mapping(claim.id, None, "gone", None, None, old_sentence, "", False))
                continue
            new_sentence = self._new_sentence(f.start, f.end)
            if not f.carried:
                state = "changed"
            elif _squash(old_sentence) != _squash(new_sentence):
                state = "edited"
            elif f.far or k not in ordered:
                state = "moved"
            else:
                state = "unchanged"
            out.append(Mapping(claim.id, f.new_index, state, f.start, f.end, old_sentence, new_sentence,
                               state in CARRIED_STATES))
        for j in self.new_order:
            if j not in self.used:
                c = self.new[j]
                out.append(Mapping(None, j, "new", c.start, c.end, "", self._new_sentence(c.start, c.end), False))
        return out


def reanchor(old_text: str, new_text: str, old_claims: Sequence[OldClaim],
             new_claims: Sequence[NewClaim]) -> list[Mapping]:
    """One Mapping per old claim (in old text order) plus one per new claim left unmatched (``new``, in
    new text order). An old claim with no counterpart among ``new_claims`` (one added by hand) keeps its
    words if they are still in the new text (carried, ``new_index`` None), else it is ``gone``."""
    run = _Reanchor(old_text, new_text, old_claims, new_claims)
    pending = run.by_position()
    pending = run.by_anchor(pending)
    run.by_words(pending)
    return run.mappings()
