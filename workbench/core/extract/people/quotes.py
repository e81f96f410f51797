"""Direct and indirect speech, and who said it.

Direct speech is what stands inside quotation marks (curly, straight, British single, or TeX-style ``...''),
the span being the words inside the marks; a quote still open at the end of its paragraph ends there (news
style for a quote that runs over several paragraphs). Quoted words that are a name or a label (the book
"Fire and Fury", a so-called "train-and-advise" mission, a two-word scare quote) are not speech.

Indirect speech is the clause after a reporting verb ("said the plan would fail", "told reporters that
..."), the clause before an attribution at the end of a sentence ("The mission will grow, diplomats
said.", "..., according to officials"), or after "According to officials,".

The speaker is the person named next to the verb (a person mention of ``mentions``), a pronoun resolved to
the first person of its sentence or of the sentences before whose gender fits (or, for "they", the last
plural source), a description resolved to the person given that office ("the pope"), or the source as
written ("a senior NATO diplomat", "A spokesman for Mr Fitzmaurice"). A direct quote with no attribution of its own takes the speaker of the reporting
verb in its sentence, of the quote it continues (the next paragraph's, for a quote left open), or of the
quote just before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.core.extract.base import Context
from workbench.core.extract.patterns import alternation, lazy, lazy_i
from workbench.core.extract.people.mentions import Mention, Person, mention_at, people_in, person_for_pronoun
from workbench.core.extract.vocab import calendar, names, speech, titles

_LETTER = r"[^\W\d_]"
_MARKS = lazy(rf"(?=[`'\"\u201c\u201d\u201e\u2018\u2019])"  # a cheap first look at each position
              rf"(?:``|''|[\u201c\u201d\u201e\"\u2018]|['\u2019](?!{_LETTER})|(?<!{_LETTER})['\u2019])")
"""Quotation marks; an apostrophe between letters (NATO's, don't) is none."""

OPEN_CLOSE = {"\u201c": "\u201d", "\u201e": "\u201d", "\u2018": "\u2019", '"': '"', "'": "'", "``": "''"}


def _verb_source() -> str:
    forms = sorted(speech.verb_forms(), key=len, reverse=True)
    return r"\b(?:" + alternation(forms) + r"|[Aa]ccording\s+to)\b"


VERB = lazy(_verb_source)
"""A reporting verb, lower case as written in running text."""

_WORD = lazy(r"[\w'\u2019-]+")
_DATELINE = lazy(
    r"(?:[A-Z][\w.'\u2019 ]{1,30}(?:,\s*[\w ]{2,20})?\s*(?:\((?:[A-Z][\w ]{1,20})\)\s*)?(?::|\u2014|\u2013|-{1,2})"
    r"\s+|\((?:[A-Z][\w ]{1,20})\)\s*(?:\u2014|\u2013|-)\s*)")
_LEAD_WORDS = lazy_i(r"(?:but|and|so|yet|however|meanwhile|still|now|also|instead|indeed|moreover|further|"
                     r"furthermore|separately|overall)\b,?\s*")
_CLAUSE_VERB = lazy_i(
    r"\b(?:would|will|could|can|may|might|must|should|shall|is|are|was|were|has|have|had|do|does|did|been|being|"
    r"(?:won|can|isn|aren|wasn|weren|hasn|haven|hadn|don|doesn|didn|couldn|wouldn|shouldn)['\u2019]t)\b"
    r"|['\u2019](?:re|ll|ve)\b"
    r"|\b\w{3,}ed\b"
    r"|\b(?:" + "|".join(speech.PAST_FORMS) + r")\b")
_NOT_CLAUSE_START = lazy_i(
    r"(?:in|at|on|to|during|after|before|from|with|by|via|through|for|of|about(?!\s+(?:\d|half\b))|later|earlier|again|also|"
    r"repeatedly|yesterday|today|tonight|last|this\s+week|while|when|as|it\s+would\s+be)\b")
_TIME_LEAD = lazy(lambda: (
    rf"\s*(?:on\s+)?(?:{alternation(calendar.WEEKDAYS)}|yesterday|today|last\s+week|this\s+week|earlier|later"
    r"|in\s+a\s+statement|in\s+an\s+interview|on\s+X|on\s+Twitter|on\s+Facebook|at\s+a\s+news\s+conference"
    r"|in\s+a\s+(?:post|letter|speech|tweet))\s*,?"))
_THAT = lazy(r"\bthat\b")
_AUX_END = lazy_i(r"(?:\s+(?:has|had|have|also|later|earlier|again|once|repeatedly|previously|reportedly|long|always|"
                  r"often|consistently|publicly|privately|"
                  r"then|now|would|will|had\s+been|has\s+been|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|"
                  r"friday|saturday|sunday)|yesterday|today|on\s+the\s+phone))+\s*$")
_RELATIVE = lazy_i(r"\s*(?:(?:of|in|for|to|with|from|by)\s+(?:which|whom)|who|which|whose|whom|where|when|that)\b")
_PARTICIPLE_END = lazy(r",\s+(?:saying|adding|warning|arguing|insisting|claiming|noting|telling|according\s+to)\b")
_SENT_END = lazy(r"[.!?](?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bSen\.)(?<!\bRep\.)"
                 r"(?<!\bGov\.)(?<!\bGen\.)(?<!\bProf\.)(?<![\s.][A-Z]\.)(?=[\"'\u201d\u2019]?(?:\s+[\"'\u201c\u2018(\[]?(?:``)?[A-Z0-9]|\s*$|\n))|\n")
_WORK_BEFORE = lazy(lambda: r"(?:\b(?:" + alternation(speech.WORK_NOUNS) + r"),?|\bit\s+an?|\ban?)\s*$")
"""Words right before quoted words that make them a name: the book "X", his memoir, "X","""
_OBJECT_BETWEEN = lazy(r"\s+[^.,;:\"\u201c\u201d\u2018\u2019]{1,40}?\s+(?:as\s+)?$")
"""Between "called"/"described" and a quoted fragment: its object ("the plan", "him as")."""
_CLAUSE_SUBJECT = lazy_i(r"(?:the|a|an|his|her|its|their|our|this|these|those|some|all|no|every|he|she|they|it|we|i|"
                         r"there|about\s+\d)\b")
_SPEAKER_SPLIT = lazy(r"[,;:(\u2014\u2013\u201d\u201c\"]|(?<=[,.!?])\u2019|\s-\s|''")
_THAT_RELATIVE = lazy_i(r"\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)\b")
_OBJECT_AFTER = lazy(r"\s+(?:the|a|an|his|her|its|their|our|this|these|those|plans?|details)\b")
_REDUCED_RELATIVE = lazy(lambda: r"(?:[a-z]+ed|[a-z]+ing|" + "|".join(speech.PAST_FORMS) + r"|known|seen|given|taken|born|based)\b")
"""A phrase in commas between a speaker and the verb: "Experts familiar with the flaws, found in the chip, say"."""
_SPEAKER_AFTER_END = lazy(r"[.](?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\b[A-Z]\.)|[,;:!?\n(]"
                          r"|\s(?:on|in|at|during|after|who|which|when|as|to)\s")
_AGE_BEFORE = lazy(r",\s*\d{1,3},$")
_HONORIFIC_WORDS = frozenset(names.HONORIFICS)
_MADE_OFFICE = lazy(r"\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:elected|appointed|named|chosen|"
                    r"confirmed|sworn\s+in|installed|made)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?([\w-]+)")
_DESCRIPTION = lazy(r"[Tt]he\s+(?:[\w'\u2019-]+\s+){0,2}([\w-]+)$")
_CONJ_WORD = lazy(r"\b(?:and|but|or|while|as|because|after|before|when)\b")
_FRONTED_VERBS = frozenset(("said", "says", "told", "tells", "added", "adds", "wrote", "writes", "tweeted",
                            "warned", "warns", "insisted", "insists", "claimed", "claims", "argued", "argues",
                            "stated", "explained", "noted", "confirmed", "announced", "reported", "admitted",
                            "acknowledged", "conceded", "predicted", "estimated", "revealed", "alleged"))
_PARTICIPLE_START = lazy(r"(?:[A-Z]\w+ing|Asked|Speaking|Writing|Addressing)\b")
_CONJ_SPLIT = lazy(r".*\b(?:and|but|while|whereas|as|after|because|though|although)\s+")
_STRIP = " \t\n,;:"


@dataclass
class Quote:
    """A quote before it becomes a claim: its span, whether direct, the verb, and the speaker found."""

    start: int
    end: int
    direct: bool
    verb: str | None = None
    speaker: Person | None = None
    source: str | None = None
    """The speaker as written when it is no person ("diplomats", "a senior NATO diplomat")."""
    attributed: bool = False
    open_end: bool = False
    """A direct quote left open at the end of its paragraph."""

    @property
    def speaker_name(self) -> str | None:
        return self.speaker.name if self.speaker is not None else self.source


def _paragraph_end(text: str, pos: int) -> int:
    n = text.find("\n", pos)
    return len(text) if n < 0 else n


def _direct_spans(text: str) -> list[tuple[int, int, int, int, bool]]:
    """(open mark start, inner start, inner end, close mark end, left open) for each pair of marks."""
    out: list[tuple[int, int, int, int, bool]] = []
    open_mark: str | None = None
    open_at = inner = 0
    para_end = -1
    for m in _MARKS.finditer(text):
        mark, pos = m.group(0), m.start()
        if open_mark is not None and pos > para_end:  # the quote ran to the end of its paragraph
            if open_mark != "'":
                out.append((open_at, inner, para_end, para_end, True))
            open_mark = None
        if open_mark is None:
            if mark in ("\u201d", "''") or mark == "\u2019":
                continue
            before = text[pos - 1:pos] if pos else " "
            after = text[m.end():m.end() + 1]
            if not after or after.isspace():
                continue
            if mark in ("'", '"') and not (before.isspace() or before in "([\u2014\u2013-/:" or pos == 0):
                continue
            if mark in ("'", "\u2018") and not (before.isspace() or before in "([\u2014\u2013-/:\u201c\"" or pos == 0):
                continue
            open_mark, open_at, inner = mark, pos, m.end()
            para_end = _paragraph_end(text, pos)
            continue
        closer = OPEN_CLOSE[open_mark]
        if mark == closer or (open_mark == "\u2018" and mark == "'") or (open_mark == "'" and mark == "\u2019"):
            if mark in ("'", "\u2019", '"') and text[pos - 1:pos].isspace():
                if mark == '"':  # a straight mark after a space opens the next quote: the last one was open
                    out.append((open_at, inner, para_end, para_end, True)) if para_end < pos else None
                continue
            out.append((open_at, inner, pos, m.end(), False))
            open_mark = None
    if open_mark is not None and open_mark != "'":
        out.append((open_at, inner, para_end, para_end, True))
    return out


def _words(text: str, lo: int, hi: int) -> int:
    return len(_WORD.findall(text, lo, hi))


def _strip_span(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo] in _STRIP:
        lo += 1
    while hi > lo and text[hi - 1] in _STRIP + ".":
        hi -= 1
    return lo, hi


class _Speech:
    """The quotes of one text."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.people = people_in(ctx)
        self.quotes: list[Quote] = []
        self.direct: list[tuple[int, int]] = []
        self.used_verbs: set[int] = set()

    # ------------------------------------------------------------------ speakers

    def _sentence_start(self, pos: int) -> int:
        s = self.ctx.sentences.find(pos)[0]
        if s > pos:
            s = 0
        nl = self.text.rfind("\n", 0, pos) + 1
        return max(s, nl)

    def _speaker_np(self, lo: int, hi: int) -> tuple[Person | None, str | None, str | None]:
        """The speaker written in ``lo..hi`` (right before a verb): a person, a pronoun, or a source."""
        text = self.text
        seg = text[lo:hi]
        aux = _AUX_END.search(seg)
        if aux:
            hi = lo + aux.start()
            seg = text[lo:hi]
        if _RELATIVE.match(seg):
            return None, None, None
        m = mention_at(self.ctx, lo, hi)
        if m is not None and hi - m.end <= 40:
            np = seg.strip(_STRIP)
            rest = text[m.end:hi].strip()
            before = text[lo:m.start].split()
            while before and before[-1].rstrip(".") in _HONORIFIC_WORDS:
                before.pop()
            if rest[:2] in ("'s", "\u2019s") and len(rest) > 3 or before and before[-1] in ("for", "of") and len(before) > 1:
                return None, np, None  # "Ms O'Dwyer's party", "A spokesman for Mr Fitzmaurice": a source
            return m.person, None, None
        np = seg.strip(_STRIP)
        if not np:
            return None, None, None
        low = np.lower()
        if low in speech.PRONOUNS:
            return None, None, low
        if _RELATIVE.match(np) or len(_WORD.findall(np)) > 8 or not any(ch.isalpha() for ch in np) or ")" in np:
            return None, None, None  # no source in "(R-Ky.)"
        conj = _CONJ_SPLIT.match(np)
        if conj:
            np = np[conj.end():]
        lead = _LEAD_WORDS.match(np)
        if lead:
            np = np[lead.end():]
        if _CLAUSE_VERB.search(np) and not np.endswith("s") or not np:
            return None, None, None
        return None, np.strip(_STRIP) or None, None

    def _speaker_before(self, verb_start: int, s_start: int) -> tuple[Person | None, str | None, str | None]:
        """Who the verb at ``verb_start`` is said by, from the words before it in its sentence."""
        text = self.text
        segs: list[tuple[int, int]] = []
        hi = verb_start
        for m in _SPEAKER_SPLIT.finditer(text, s_start, verb_start):
            segs.append((m.end(), 0))
        bounds = [s_start] + [a for a, _ in segs]
        closed = False
        for n, lo in enumerate(reversed(bounds)):
            person, source, pronoun = self._speaker_np(lo, hi)
            if source is not None:
                apposed = self._apposed_to(lo)
                if apposed is not None:
                    return apposed, None, None
                if closed and n + 1 < len(bounds) and text[lo - 1:lo] == ",":
                    # "A spokeswoman for Cadent, the gas network operator, said": the head, not the apposition
                    head_lo = list(reversed(bounds))[n + 1]
                    head = self._speaker_np(head_lo, lo - 1)
                    if head[1] is not None and head_lo == s_start:
                        return head
            if person or pronoun or source:
                return person, source, pronoun
            closed = not text[lo:hi].strip() and text[lo - 1:lo] == ","
            seg = text[lo:hi].strip(_STRIP)
            if seg and not _RELATIVE.match(seg) and not seg.isdigit() and not seg.startswith("aged") \
                    and not (_REDUCED_RELATIVE.match(seg) and text[hi:verb_start].strip(" ,") == ""):
                m = mention_at(self.ctx, s_start, verb_start)
                if m is not None:
                    return m.person, None, None
                if len(_WORD.findall(seg)) > 2:
                    break
            hi = lo - 1 if lo > s_start else lo
        m = mention_at(self.ctx, s_start, verb_start)
        return (m.person, None, None) if m is not None else (None, None, None)

    def _apposed_to(self, lo: int) -> Person | None:
        """The person a phrase starting at ``lo`` stands in apposition to ("Alan Milburn, Labour's ...")."""
        text = self.text
        k = lo - 1
        while k > 0 and text[k].isspace():
            k -= 1
        if text[k:k + 1] != ",":
            return None
        age = _AGE_BEFORE.search(text, max(0, k - 12), k + 1)
        if age is not None:
            k = age.start()  # "Anna Kowalska, 29, a nurse from Krakow, said"
        for m in self.people:
            if m.end == k:
                return m.person
        return None

    def _speaker_after(self, lo: int) -> tuple[Person | None, str | None, str | None]:
        """The speaker written after an inverted verb: "said Amy Lee, a spokeswoman", "according to X"."""
        text = self.text
        end_m = _SPEAKER_AFTER_END.search(text, lo, lo + 120)
        hi = end_m.start() if end_m else min(len(text), lo + 120)
        m = mention_at(self.ctx, lo, hi, last=False)
        if m is not None:
            return m.person, None, None
        apposed = self._apposition_at(hi)
        if apposed is not None:  # "according to the regional governor, Yevhen Kostyuk"
            return apposed.person, None, None
        np = text[lo:hi].strip(_STRIP)
        low = np.lower()
        if low in speech.PRONOUNS:
            return None, None, low
        if _NOT_CLAUSE_START.match(np):
            return None, None, None
        if not np or len(_WORD.findall(np)) > 8 or _CLAUSE_VERB.search(np) and not np.endswith("s"):
            return None, None, None
        return None, np, None

    def _apposition_at(self, pos: int) -> Mention | None:
        """The person mention in apposition at ``pos`` (", Kerry Blundell," / ", Yevhen Kostyuk.")."""
        text = self.text
        if text[pos:pos + 2] != ", ":
            return None
        m = mention_at(self.ctx, pos + 2, pos + 80, last=False)
        if m is None or m.start > pos + 2 + 12 or text[m.end:m.end + 1] not in (",", ".", ";", ""):
            return None
        between = text[pos + 2:m.start].split()
        return m if not between or len(between) == 1 and between[0].rstrip(".") in _HONORIFIC_WORDS else None

    def _subject_person(self, want: str, pos: int) -> Person | None:
        """The person a "he"/"she" at ``pos`` points to: the first person of its sentence (before it), else of
        the sentences before, that is of the pronoun's gender or of none known; a mention inside quotation
        marks or written as a possessive ("Tobi's mother") is no subject."""
        text = self.text
        mentions = [m for m in self.people if m.end <= pos and not self._inside_direct(m.start)
                    and text[m.end:m.end + 2] not in ("'s", "\u2019s")]
        spoken = [(q.start, q.speaker) for q in self.quotes if q.speaker is not None and q.start < pos]
        hi = pos
        for _ in range(4):
            lo = self._sentence_start(hi)
            cands = sorted([(m.start, m.person) for m in mentions if lo <= m.start < hi]
                           + [(a, p) for a, p in spoken if lo <= a < hi], key=lambda c: c[0])
            for _, person in cands:
                if person.gender in (want, None):
                    return person
            if lo <= 0:
                break
            hi = lo - 1
            while hi > 0 and text[hi - 1].isspace():
                hi -= 1
        return None

    def _described_person(self, source: str, pos: int) -> Person | None:
        """The person a description stands for ("the pope", "the King"): the last one given that office."""
        d = _DESCRIPTION.match(source)
        if d is None or d.group(1).lower() not in titles.OFFICES:
            return None
        head = d.group(1).lower()
        for m in reversed([m for m in self.people if m.end <= pos]):
            for mention in m.person.mentions:
                if mention.title and mention.title.split()[-1].lower() == head:
                    return m.person
                made = _MADE_OFFICE.match(self.text, mention.end)
                if made and made.group(1).lower() == head:
                    return m.person  # "Micheal O Briain was elected Taoiseach" ... "the new Taoiseach"
        return None

    def _resolve_pronoun(self, pronoun: str, pos: int) -> tuple[Person | None, str | None]:
        kind = speech.PRONOUNS.get(pronoun)
        if kind in ("m", "f"):
            return self._subject_person(kind, pos) or person_for_pronoun(self.ctx, pronoun, pos), None
        if kind == "p":
            for q in reversed(self.quotes):
                if q.start < pos and q.source and q.source.split()[-1].lower().endswith("s"):
                    return None, q.source
            return None, pronoun
        if kind == "n":
            for q in reversed(self.quotes):
                if q.start < pos and q.source:
                    return None, q.source
        return None, pronoun

    def _assign(self, q: Quote, who: tuple[Person | None, str | None, str | None], pos: int) -> None:
        person, source, pronoun = who
        if pronoun is not None:
            person, source = self._resolve_pronoun(pronoun, pos)
        if person is None and source is not None:
            person = self._described_person(source, pos)
            if person is not None:
                source = None
        q.speaker, q.source = person, source

    # ------------------------------------------------------------------ direct speech

    def _attribution_after(self, close_end: int, last_char: str) -> tuple[int, int, str] | None:
        """A reporting verb right after a closing mark: '," he said', '," said Amy Lee'."""
        text = self.text
        hi = min(len(text), close_end + 110)
        stop = _SENT_END.search(text, close_end, hi)
        if stop is not None:
            hi = stop.start()
        if hi <= close_end:
            return None
        tail = text[close_end:hi]
        if tail[:1] not in (" ", ",", "\u00a0") and not tail.startswith((", ", " ")):
            return None
        first = tail.lstrip(" ,\u00a0")[:1]
        if last_char == "." and first.isupper():
            return None  # the quote ended its sentence; the next one is not its attribution
        for m in VERB.finditer(text, close_end, hi):
            between = text[close_end:m.start()]
            if any(ch in between for ch in "\u201c\u201d\"\u2018;") or _words(text, close_end, m.start()) > 9 \
                    or _CONJ_WORD.search(between):
                return None
            if last_char in "?!" and first.isupper() and _words(text, close_end, m.start()) > 4:
                return None
            return m.start(), m.end(), m.group(0)
        return None

    def _attribution_before(self, open_at: int) -> tuple[int, int, str] | None:
        """A reporting verb before an opening mark: 'Ms Reeves said: "', 'Scholz told the Bundestag: "'."""
        text = self.text
        s_start = self._sentence_start(open_at)
        lo = max(s_start, open_at - 160)
        best = None
        for m in VERB.finditer(text, lo, open_at):
            best = m
        if best is None:
            return None
        between = text[best.end():open_at]
        if best.group(0) in speech.OBJECT_VERBS:
            return (best.start(), best.end(), best.group(0)) if _OBJECT_BETWEEN.match(between) else None
        if len(between) > 45 or not re.match(r"[^.\u201c\u201d\"]*[:,]?\s*$", between):
            return None
        if between.strip() and not between.rstrip().endswith((":", ",")):
            return None
        return best.start(), best.end(), best.group(0)

    def _is_label(self, open_at: int, inner: int, end: int, attributed: bool, open_end: bool,
                  fragment: bool = False) -> bool:
        """Quoted words that are no speech: a name, a label, a scare quote."""
        text = self.text
        n = _words(text, inner, end)
        if n == 0:
            return True
        if fragment:
            return n < 3  # called the plan "a back door ...", not called it a "stable genius"
        if _WORK_BEFORE.search(text, max(0, open_at - 20), open_at) and n < 8:
            return True
        if n >= 2 and text[end - 1:end] in (".", "!", "?") and self.direct and open_at - self.direct[-1][1] < 40 \
                and "\n" not in text[self.direct[-1][1]:open_at] and self._sentence_start(open_at) >= open_at - 2:
            return False  # another sentence after an attributed one: '," she said. "They move them."'
        if attributed:
            return n < 2 and text[end - 1:end] not in (",", ".", "!", "?")
        if n >= 6 or open_end and n >= 4:
            return False
        ends_like_speech = text[end - 1:end] in (",", ".", "!", "?")
        starts_sentence = self._sentence_start(open_at) >= open_at - 2 or text[open_at - 2:open_at] in (": ",)
        return not (n >= 4 and (ends_like_speech or starts_sentence))

    def find_direct(self) -> None:
        text = self.text
        for open_at, inner, end, close_end, open_end in _direct_spans(text):
            lo, hi = inner, end
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            if hi <= lo:
                continue
            after = None if open_end else self._attribution_after(close_end, text[hi - 1:hi])
            before = self._attribution_before(open_at) if after is None else None
            attributed = after is not None or before is not None
            fragment = before is not None and before[2] in speech.OBJECT_VERBS
            if self._is_label(open_at, lo, hi, attributed, open_end, fragment):
                continue
            q = Quote(lo, hi, True, attributed=attributed, open_end=open_end)
            self.direct.append((open_at, close_end))  # before the speaker: a name inside is no antecedent
            if after is not None:
                v_start, v_end, verb = after
                q.verb = verb
                self.used_verbs.add(v_start)
                if text[close_end:v_start].strip(_STRIP):
                    who = self._speaker_np(close_end, v_start)
                else:
                    who = self._speaker_after(v_end)
                self._assign(q, who, v_start)
            elif before is not None:
                v_start, v_end, verb = before
                q.verb = verb
                self.used_verbs.add(v_start)
                self._assign(q, self._speaker_before(v_start, self._sentence_start(v_start)), v_start)
            self.quotes.append(q)

    # ------------------------------------------------------------------ indirect speech

    def _inside_direct(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.direct)

    def _clause_after(self, v_end: int, verb: str, s_end: int) -> int | None:
        """Where the reported clause after the verb starts, if there is one."""
        text = self.text
        bare = verb in speech.bare_clause_forms()
        pos = v_end
        lead = _TIME_LEAD.match(text, pos)
        if lead and lead.end() < s_end:
            pos = lead.end()
            while pos > v_end and text[pos - 1].isspace():
                pos -= 1  # "said on Wednesday its chief executive ...": the clause starts after the space
        m = re.compile(r"\s+that\s+").match(text, pos)
        if m:
            return m.end()
        if bare and self._looks_like_clause(pos, s_end):
            return pos + (len(text[pos:]) - len(text[pos:].lstrip()))
        window = text[v_end:min(s_end, v_end + 80)]
        t = _THAT.search(window)
        if t and not any(ch in window[:t.start()] for ch in ";:\u201c\"") and _words(text, v_end, v_end + t.start()) <= (10 if "," not in window[:t.start()] else 7) \
                and not _THAT_RELATIVE.match(window, t.end()):
            return v_end + t.end() + 1
        if verb in speech.TELL_FORMS:
            return self._clause_after_object(pos, s_end)
        return None

    def _clause_after_object(self, pos: int, s_end: int) -> int | None:
        """"told reporters the deal would ...", "told Al Arabiya television the kingdom would ...": the clause
        after an object of up to four words, starting with a determiner or a pronoun."""
        text = self.text
        words = list(re.finditer(r"[^\s]+", text[pos:min(s_end, pos + 60)]))
        for k in range(1, min(5, len(words))):
            obj = [w.group(0) for w in words[:k]]
            if any(not w[-1:].isalnum() for w in obj) or _NOT_CLAUSE_START.fullmatch(obj[0]):
                return None  # punctuation or a preposition: no object of "told"
            if obj[-1].lower() in titles.DETERMINERS:
                continue  # "told the | BBC": the object goes on
            start = pos + words[k].start()
            if _CLAUSE_SUBJECT.match(text, start) and self._looks_like_clause(start - 1, s_end):
                rest = _WORD.findall(text, start, min(s_end, start + 50))[:5]
                if _CLAUSE_VERB.search(" ".join(rest[1:])):
                    return start
        return None

    def _looks_like_clause(self, pos: int, s_end: int) -> bool:
        text = self.text
        if text[pos:pos + 1] != " ":
            return False
        start = pos + 1
        if start >= s_end or _NOT_CLAUSE_START.match(text, start) or text[start:start + 1] in ",.;:(":
            return False
        window_end = min(s_end, start + 90)
        words = _WORD.findall(text, start, window_end)[:10]
        if len(words) < 3:
            return False
        if words[0].lower() in ("he", "she", "they", "it", "we", "i", "there", "you"):
            return True
        return bool(_CLAUSE_VERB.search(" ".join(words[1:])))

    def _clause_end(self, start: int, s_end: int) -> int:
        text = self.text
        p = _PARTICIPLE_END.search(text, start, s_end)
        end = p.start() if p else s_end
        semi = text.find("; ", start, end)
        return semi if semi >= 0 else end

    def _sentence_end(self, pos: int) -> int:
        s_end = self.ctx.sentences.find(pos)[1]
        if s_end < pos:
            s_end = len(self.text)
        stop = _SENT_END.search(self.text, pos, s_end)  # the splitter keeps "Lord's. We" together
        return stop.start() + (self.text[stop.start()] != "\n") if stop else s_end

    def find_indirect(self) -> None:
        text = self.text
        for m in VERB.finditer(text):
            v_start, v_end, verb = m.start(), m.end(), m.group(0)
            if v_start in self.used_verbs or self._inside_direct(v_start):
                continue
            prev = text[max(0, v_start - 12):v_start].lower().split()
            if prev and prev[-1] in ("is", "was", "are", "were", "be", "been", "being", "the", "to", "not"):
                continue
            verb = " ".join(verb.split())
            if verb.lower() == "according to":
                verb = "according to"
            s_start, s_end = self._sentence_start(v_start), self._sentence_end(v_start)
            if verb == "according to":
                self._according_to(v_start, v_end, s_start, s_end)
                continue
            if verb in speech.DIRECT_ONLY:
                continue
            c_start = self._clause_after(v_end, verb, s_end)
            if c_start is not None:
                lo, hi = _strip_span(text, c_start, self._clause_end(c_start, s_end))
                if _words(text, lo, hi) >= 3 and not self._inside_direct(lo):
                    q = Quote(lo, hi, False, verb=verb, attributed=True)
                    main = self._main_quote(v_start, s_start) if verb.endswith("ing") else None
                    if main is not None:  # "..., she said later, adding that ...": the same speaker
                        q.speaker, q.source = main.speaker, main.source
                    else:
                        self._assign(q, self._speaker_before(v_start, s_start), v_start)
                    if q.speaker is None and q.source is None:
                        continue
                    self.quotes.append(q)
                continue
            self._fronted(v_start, v_end, verb, s_start)

    def _main_quote(self, v_start: int, s_start: int) -> Quote | None:
        """The attributed quote of the sentence a participle ("adding", "saying") at ``v_start`` goes on."""
        for q in reversed(self.quotes):
            if q.start < v_start and q.end > s_start - 3 and (q.speaker or q.source):
                return q
        return None

    def _fronted(self, v_start: int, v_end: int, verb: str, s_start: int) -> None:
        """"The mission will grow, diplomats said." / "..., said Amy Lee, a spokeswoman.": the words before."""
        text = self.text
        if verb not in _FRONTED_VERBS or text[v_end:v_end + 1] == ":":
            return
        comma = text.rfind(",", s_start, v_start)
        if comma < 0:
            return
        np_text = text[comma + 1:v_start]
        if np_text.strip():
            if verb not in speech.TELL_FORMS and _OBJECT_AFTER.match(text, v_end):
                return  # "..., was sworn in and announced the end of ...": a verb with an object, no attribution
            who = self._speaker_np(comma + 1, v_start)
            if who == (None, None, None):
                return
        else:
            who = self._speaker_after(v_end)
            if who == (None, None, None):
                return
        head = s_start
        d = _DATELINE.match(text, head, comma)
        if d:
            head = d.end()
        lead = _LEAD_WORDS.match(text, head, comma)
        if lead:
            head = lead.end()
        lo, hi = _strip_span(text, head, comma)
        if _words(text, lo, hi) < 4 or text[hi - 1:hi] in ("\u201d", '"', "\u2019", "'") or self._inside_direct(lo) \
                or _PARTICIPLE_START.match(text, lo):
            return
        q = Quote(lo, hi, False, verb=verb, attributed=True)
        self._assign(q, who, v_start)
        self.quotes.append(q)

    def _according_to(self, v_start: int, v_end: int, s_start: int, s_end: int) -> None:
        text = self.text
        if text[s_start:v_start].strip(_STRIP + "\"'\u201c\u2018") == "" or text[v_start - 2:v_start] != ", ":
            if text[s_start:v_start].strip(_STRIP).lower() not in ("", "but", "and"):
                return
            comma = text.find(",", v_end, s_end)
            if comma < 0:
                return
            who = self._speaker_after(v_end)
            apposed = self._apposition_at(comma)
            described = text[v_end:comma].split()
            if apposed is not None and text[apposed.end:apposed.end + 1] == "," and described \
                    and described[-1].lower() in titles.OFFICES:
                comma = apposed.end  # "According to its chief executive, Kerry Blundell, prices ..."
            lo, hi = _strip_span(text, comma + 1, self._clause_end(comma + 1, s_end))
            if _words(text, lo, hi) >= 3:
                q = Quote(lo, hi, False, verb="according to", attributed=True)
                self._assign(q, who, v_start)
                self.quotes.append(q)
            return
        who = self._speaker_after(v_end)
        head = s_start
        d = _DATELINE.match(text, head, v_start)
        if d:
            head = d.end()
        lo, hi = _strip_span(text, head, v_start)
        if _words(text, lo, hi) >= 3 and not self._inside_direct(lo) and text[hi - 1:hi] not in ("\u201d", '"'):
            q = Quote(lo, hi, False, verb="according to", attributed=True)
            self._assign(q, who, v_start)
            self.quotes.append(q)

    # ------------------------------------------------------------------ quotes with no attribution

    def attribute_the_rest(self) -> None:
        """Direct quotes with no verb beside them: the sentence's verb, the quote they continue, the one
        before."""
        self.quotes.sort(key=lambda q: q.start)
        text = self.text
        direct = [q for q in self.quotes if q.direct]
        for i, q in enumerate(direct):
            if q.attributed:
                continue
            s_start, s_end = self._sentence_start(q.start), self._sentence_end(q.end)
            same = [o for o in self.quotes if not o.direct and o.attributed and o.start <= q.start
                    and o.end >= q.end - 2 and (o.speaker or o.source)]
            if same:
                q.speaker, q.source, q.verb = same[-1].speaker, same[-1].source, same[-1].verb
                continue
            for m in VERB.finditer(text, s_start, s_end):
                if not self._inside_direct(m.start()):
                    who = self._speaker_before(m.start(), s_start)
                    if who != (None, None, None):
                        q.verb = " ".join(m.group(0).split())
                        self._assign(q, who, m.start())
                        break
            if q.speaker or q.source:
                continue
            if q.open_end:  # continued in the next paragraph: that quote's speaker
                for nxt in direct[i + 1:]:
                    if nxt.speaker or nxt.source:
                        q.speaker, q.source, q.verb = nxt.speaker, nxt.source, nxt.verb
                        break
                    if not nxt.open_end and not nxt.attributed:
                        continue
                if q.speaker or q.source:
                    continue
            earlier = [o for o in self.quotes if o.end <= q.start and (o.speaker or o.source)]
            if earlier and q.start - earlier[-1].end < 400:
                o = earlier[-1]
                q.speaker, q.source, q.verb = o.speaker, o.source, o.verb

    def _drop_partial_quotes(self) -> None:
        """A quoted fragment inside reported speech ("said the mission would train Iraqis to "protect
        ..."") is part of that speech, not a quote of its own."""
        indirect = [q for q in self.quotes if not q.direct]
        self.quotes = [q for q in self.quotes if not (q.direct and not q.attributed and any(
            o.start <= q.start and q.end <= o.end + 2 for o in indirect))]

    def run(self) -> list[Quote]:
        self.find_direct()
        self.find_indirect()
        self._drop_partial_quotes()
        self.attribute_the_rest()
        # a later pass may have filled open quotes whose continuation was attributed after them
        self.attribute_the_rest()
        return self.quotes


def quotes_in(ctx: Context) -> list[Quote]:
    """The quotes of the text in text order (computed once per text)."""
    found = ctx.memo.get("quotes")
    if found is None:
        found = ctx.memo["quotes"] = _Speech(ctx).run()
    return found

