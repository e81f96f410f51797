"""Finding the people a text names, with the title it gives them there, and linking later mentions
("Mattis", "Mr Blair", "von der Leyen") to the first one.

One regex walks the capitalised runs of the text ("US Secretary", "Defense Jim Mattis"); each run is cut
into title words, an honorific and a name. A name is a person's when something says so: a title of office
before it or in apposition, an honorific, a common given name, initials, an age in commas, a reporting verb
after it, or an earlier mention of the same person. Runs that name an organisation, a place, a prize or a
ship ("the Nelson Mandela Foundation", "Kennedy airport", "HMS Queen Elizabeth") are not people.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

from workbench.core.extract.base import Context
from workbench.core.extract.patterns import lazy
from workbench.core.extract.vocab import calendar, names, speech, titles

UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100\u0102\u0104\u0106\u010c\u010e\u0110\u0112\u0116\u0118\u011a" \
        "\u011e\u0122\u012a\u012e\u0130\u0136\u0139\u013b\u013d\u0141\u0143\u0145\u0147\u014c\u0150\u0152" \
        "\u0154\u0158\u015a\u015e\u0160\u0162\u0164\u016a\u016e\u0170\u0172\u0179\u017b\u017d"
_WORD = rf"[{UPPER}][^\W\d_]*(?:['\u2019][{UPPER}][^\W\d_]*)?(?:-[^\W\d_]+)*"
_ABBREV = r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Cmdr|Rev|Revd|St|Jr|Sr|Mt|Supt|Insp|Det)\."
_INITIALS = rf"(?:[{UPPER}]\.){{1,3}}(?=\s)"


def _run_source() -> str:
    particles = "|".join(sorted(names.PARTICLES, key=len, reverse=True))
    token = rf"(?:{_ABBREV}|{_INITIALS}|{_WORD})"
    return rf"(?=[{UPPER}])(?<![\w'\u2019-]){token}(?:(?:[ ](?:{particles}))*[ ]{token})*"


RUN = lazy(_run_source)
"""A run of capitalised words (and initials), with lower-case name particles between them."""
_TOKEN = lazy(rf"{_ABBREV}|{_INITIALS}|\S+")
_WORD_BEFORE = lazy(r"(\S+)\s*$")
_WORDS_BEFORE = lazy(r"[^\s]+")
_AGE_AFTER = lazy(r",\s*(?:aged\s+)?\d{1,3},")
_POSSESSIVE = lazy(r"['\u2019]s?$")
_ACRONYM = lazy(rf"[{UPPER}]{{2,6}}(?:['\u2019]s)?$")
_INITIALS_TOKEN = lazy(rf"(?:[{UPPER}]\.){{1,3}}$")
_NUMBER_WORD = lazy(r"\d")


@dataclass
class Person:
    """One person the text names: their name as first written, and what is known of them."""

    name: str
    start: int
    """Where the first mention starts (the ``refers_to`` of the later ones)."""
    tokens: tuple[str, ...]
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Mention:
    """One mention of a person: the name's span (no honorific, no title) and the title given here."""

    start: int
    end: int
    text: str
    title: str | None
    person: Person
    honorific: str | None = None
    confidence: float = 0.9

    @property
    def first(self) -> bool:
        return self.person.start == self.start


@functools.cache
def _tables() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, str | None],
                       frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    offices = frozenset(o for o in titles.OFFICES if " " not in o)
    modifiers = frozenset(titles.MODIFIERS) | offices
    not_names = frozenset(names.NOT_NAMES) | frozenset(calendar.MONTHS) | frozenset(calendar.WEEKDAYS)
    honorifics = dict(names.HONORIFICS)
    honorifics.update({h + ".": g for h, g in names.HONORIFICS.items()})
    not_person = frozenset(names.NOT_PERSON_WORDS)
    places = frozenset(names.PLACE_PREFIXES)
    ships = frozenset(names.SHIP_PREFIXES)
    verbs = frozenset(speech.verb_forms())
    return offices, modifiers, not_names, honorifics, not_person, places, ships, verbs


_PREPOSITIONS = frozenset(("in", "on", "by", "since", "until", "from", "to", "of", "last", "next", "early",
                           "late", "mid", "this", "that", "before", "after", "during", "through", "till"))
_DETERMINERS = frozenset(titles.DETERMINERS)
_TITLE_HONORIFICS = frozenset(("Prof", "Professor"))
"""Honorifics that are also the only title a name is given ("Professor Ruth Adeyemi")."""
_COUNTRY_INITIALS = frozenset(("U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.", "U.S.A."))
_COMPLEMENTS = frozenset(titles.COMPLEMENT_WORDS)
_STOP_PUNCT = ",;:()[]\"\u201c\u201d\u2018\u2014\u2013"


def _lower(token: str) -> str:
    return token.lower().rstrip(",")


def _is_capword(token: str, not_names: frozenset[str]) -> bool:
    return token[:1].isupper() and token.rstrip(",.") not in not_names


def _is_modifier(token: str, modifiers: frozenset[str], not_names: frozenset[str]) -> bool:
    low = token.lower()
    if low in modifiers:
        return True
    if low.startswith(("ex-", "then-", "former-", "acting-", "vice-", "co-")):
        return True
    if _POSSESSIVE.search(token) and token[:1].isalpha():
        return True
    return _is_capword(token, not_names)


def title_before(ctx: Context, pos: int, *, comma: bool = False) -> tuple[int, int] | None:
    """The span of a title of office that ends just before ``pos`` ("US Secretary of Defense " before
    "Jim Mattis"; with ``comma``, "The prime minister, " before "Rishi Sunak")."""
    offices, modifiers, not_names, _, _, _, _, _ = _tables()
    text = ctx.text
    s_start = ctx.sentences.find(pos)[0]
    lo = max(s_start, pos - 160, text.rfind("\n", 0, pos) + 1)
    toks = [(m.start() + 0, m.end(), m.group(0)) for m in _WORDS_BEFORE.finditer(text, lo, pos)]
    if not toks:
        return None
    if comma:
        last = toks[-1]
        if not last[2].endswith(","):
            return None
        toks[-1] = (last[0], last[1] - 1, last[2][:-1])
    elif toks[-1][2][-1:] in _STOP_PUNCT or toks[-1][2].endswith(".") and toks[-1][2].lower() not in offices:
        return None
    i = len(toks) - 1
    end = toks[i][1]
    # a complement: "... of Defense", "... of State for Health", "... of the Exchequer"
    if _lower(toks[i][2]) not in offices:
        j = i
        while j >= 0 and i - j < 5 and (toks[j][2] in ("the", "and") or _is_capword(toks[j][2], not_names)
                                        and toks[j][2][-1:].isalpha()):
            j -= 1
        if not (j < i - (toks[i][2] == "the") and j >= 1 and toks[j][2] in ("of", "for")
                and _lower(toks[j - 1][2]) in offices) or toks[i][2] in ("the", "and"):
            return None
        i = j - 1
    start = toks[i][0]
    k = i - 1
    while k >= 0:
        tok = toks[k][2]
        if tok[-1:] in _STOP_PUNCT or tok.endswith(".") and not _INITIALS_TOKEN.match(tok):
            break
        if not _is_modifier(tok, modifiers, not_names):
            break
        start = toks[k][0]
        k -= 1
    while True:  # a determiner is not part of the title
        word = text[start:end].split(" ", 1)
        if len(word) == 2 and word[0].lower() in _DETERMINERS:
            start += len(word[0]) + 1
            continue
        break
    return (start, end) if end > start else None


_APPOSITION_END = frozenset((",", ".", ";", ")", ":"))


def title_after(ctx: Context, pos: int) -> tuple[int, int] | None:
    """A title in apposition after a name: "Alan Milburn, Labour's election co-ordinator, said"."""
    text = ctx.text
    if text[pos:pos + 2] != ", ":
        return None
    offices, modifiers, not_names, _, _, _, _, _ = _tables()
    first = text[pos + 2:pos + 40].split(None, 1)
    if not first:
        return None
    word = first[0].rstrip(",.;:)")
    low = word.lower()
    if not (low in _DETERMINERS or low in offices or _is_modifier(word, modifiers, not_names)):
        return None  # ", who ...", ", 52,", ", and ...": no title
    s_end = ctx.sentences.find(pos)[1]
    hi = min(s_end, pos + 140)
    toks = [(m.start(), m.end(), m.group(0)) for m in _WORDS_BEFORE.finditer(text, pos + 2, hi)]
    start = None
    head = -1
    for i, (a, _, tok) in enumerate(toks[:8]):
        bare = tok.rstrip(",.;:)")
        low = bare.lower()
        if start is None and low in _DETERMINERS:
            continue
        if start is None:
            start = a
        if low in offices:
            head = i
            if bare != tok:
                return (start, a + len(bare))
            nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
            if nxt.lower() in _COMPLEMENTS:
                break
            if nxt.lower() in offices or _is_modifier(nxt, modifiers, not_names):
                continue
            return None
        if bare != tok or not _is_modifier(bare, modifiers, not_names):
            return None
    if head < 0:
        return None
    # the complement runs to the closing comma or full stop: "a spokeswoman for the airport."
    for _, b, tok in toks[head + 1:head + 9]:
        if tok[-1:] in _APPOSITION_END:
            return (start, b - 1) if start is not None else None
        if tok.lower() in ("who", "which", "said", "says", "told", "and"):
            break
    return None


def _name_keys(tokens: tuple[str, ...]) -> list[str]:
    """What a later mention of this name may be: the whole, any tail from the second word on ("Fogh
    Rasmussen", "Rasmussen", "von der Leyen"), and any inner word of a long name ("Lula")."""
    keys = [" ".join(tokens)]
    for i in range(1, len(tokens)):
        if tokens[i][:1].isupper() or tokens[i] in names.PARTICLES:
            tail = " ".join(tokens[i:])
            if tail[:1].isupper() or " " in tail:
                keys.append(tail)
    if len(tokens) >= 3:
        keys.extend(t for t in tokens[1:-1] if len(t) >= 4 and t[:1].isupper())
    if 2 <= len(tokens) <= 3 and tokens[0] not in names.given_name_gender() and not tokens[0].endswith("."):
        keys.append(tokens[0])  # a family name written first: "Xi Jinping" ... "Xi"
    return keys


def text_at(ctx: Context, pos: int) -> str:
    return ctx.text[pos:pos + 1]


def text_has_no_cue(finder: _Finder, start: int, end: int) -> bool:
    """For a one-word name not seen before: nothing around it says it is a person's (no honorific or
    title before it, no apposition after it)."""
    text = finder.ctx.text
    if text[end:end + 2] == ", ":
        return False
    before = text[max(0, start - 24):start].rsplit(None, 1)
    if not before:
        return True
    word = before[-1]
    if word.rstrip(".") in finder.honorifics:
        return False
    return not finder._may_end_title(start) and not (word.endswith(",") and finder._may_end_title(start, comma=True))


class _Finder:
    """The people of one text, found in text order."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.people: list[Person] = []
        self.mentions: list[Mention] = []
        self.keys: dict[str, Person] = {}
        (self.offices, self.modifiers, self.not_names, self.honorifics, self.not_person, self.places,
         self.ships, self.verbs) = _tables()
        self.given = names.given_names()
        self.weekdays = frozenset(calendar.WEEKDAYS) | frozenset(a for v in calendar.WEEKDAYS.values() for a in v)
        self.months = frozenset(calendar.MONTHS) | frozenset(a for v in calendar.MONTHS.values() for a in v)
        self.gender_of = names.given_name_gender()

    def run(self) -> list[Mention]:
        text = self.ctx.text
        for m in RUN.finditer(text):
            self._consider(m.start(), m.end(), m.group(0))
        return self.mentions

    def _consider(self, start: int, end: int, run: str) -> None:
        if " " not in run:  # one word: most runs are a sentence's first word or a place
            if run in self.not_names or run in self.keys and self._known((run,), None, start, "") is None:
                return
            if run not in self.keys and text_has_no_cue(self, start, end):
                return
            self._name([(start, end, run)], None, end)
            return
        toks = [(start + t.start(), start + t.end(), t.group(0)) for t in _TOKEN.finditer(run)]
        if toks[0][2] in self.ships:
            return  # "HMS Queen Elizabeth"
        for k in range(1, len(toks)):  # "Daniel P. Davison Feb. 1", "the Rose Garden Wednesday": no name goes on
            word = toks[k][2]
            if word in self.weekdays or word in self.months and (
                    text_at(self.ctx, toks[k][1]) in (".", " ") and text_at(self.ctx, toks[k][1] + 1).isdigit()
                    or text_at(self.ctx, toks[k][1]) == "."):
                toks = toks[:k]
                break
        # leading words that are no name: "But", "On Monday"
        i = 0
        while i < len(toks) and toks[i][2].rstrip(".") in self.not_names and toks[i][2] not in self.honorifics:
            i += 1
        # title words inside the run: "Iraqi Prime Minister | Haider Al Abadi", "Defense | Jim Mattis"
        last_office = -1
        for j in range(i, len(toks) - 1):
            low = toks[j][2].lower()
            if low in self.offices:
                last_office = j
        if last_office >= 0:
            i = last_office + 1
        while i < len(toks) - 1 and (toks[i][2].lower() in self.modifiers or _ACRONYM.match(toks[i][2])) \
                and toks[i][2] not in self.given:
            i += 1
        honorific = None
        while i < len(toks) and toks[i][2] in self.honorifics:
            honorific = toks[i][2].rstrip(".")
            i += 1
        if i >= len(toks):
            return
        self._name(toks[i:], honorific, end)

    def _name(self, toks: list[tuple[int, int, str]], honorific: str | None, run_end: int) -> None:
        ctx, text = self.ctx, self.ctx.text
        words = tuple(t[2] for t in toks)
        start, end = toks[0][0], toks[-1][1]
        not_person = self.not_person
        if len(words) > 6 or any(w.lower() in not_person for w in words):
            return
        if any(w.isupper() and len(w) > 1 and (_ACRONYM.match(w) and not _INITIALS_TOKEN.match(w)
                                                or w in _COUNTRY_INITIALS) for w in words):
            return
        following = text[end:end + 1]
        if following.isdigit():
            return
        if following == " ":
            after = text[end + 1:end + 30].split(None, 1)
            if after and after[0].lower().rstrip(",.;:") in not_person:
                return
        before_word = text[max(0, start - 30):start].rsplit(None, 1)
        prev = before_word[-1] if before_word and text[start - 1:start].isspace() else ""
        if prev in self.ships or words[0] in self.places:
            return
        if honorific is None and prev.rstrip(".") in self.honorifics and text[start - 1:start] == " ":
            honorific = prev.rstrip(".")
        title_end = start - (len(prev) + 1 if honorific and prev.rstrip(".") == honorific else 0)
        title = None
        if self._may_end_title(title_end):
            title = title_before(ctx, title_end)
        if title is None:
            title = title_after(ctx, end) if text[end:end + 2] == ", " else None
            if title is None and text[end:end + 1] in (",", ".", ")") and self._may_end_title(title_end, comma=True):
                title = title_before(ctx, title_end, comma=True)
        if title is None and honorific in _TITLE_HONORIFICS:
            title = (title_end, title_end + len(prev)) if prev.rstrip(".") == honorific else None
        known = self._known(words, honorific, start, prev)
        if known is None and not self._is_person(words, honorific, title, start, end, prev):
            return
        title_text = text[title[0]:title[1]] if title else None
        self._add(start, end, words, title_text, honorific, known)

    def _may_end_title(self, pos: int, *, comma: bool = False) -> bool:
        """A cheap look at the word before ``pos``: could a title end there?"""
        text = self.ctx.text
        before = text[max(0, pos - 24):pos].rsplit(None, 1)
        if not before:
            return False
        word = before[-1]
        if comma:
            if not word.endswith(","):
                return False
            word = word[:-1]
        if word.lower() in self.offices:
            return True
        return word[:1].isupper() and (" of " in text[max(0, pos - 50):pos] or " for " in text[max(0, pos - 50):pos])

    def _known(self, words: tuple[str, ...], honorific: str | None, start: int, prev: str) -> Person | None:
        key = " ".join(words)
        person = self.keys.get(key)
        if person is None and honorific in ("Sir", "Dame") and len(words) == 1:
            person = next((p for p in reversed(self.people) if p.tokens[0] == words[0]), None)
        if person is None:
            return None
        calendar_word = words[0] in calendar.MONTHS or words[0] in calendar.WEEKDAYS
        if len(words) == 1 and honorific is None and calendar_word and (
                prev.lower() in _PREPOSITIONS or _NUMBER_WORD.match(self.ctx.text, start + len(words[0]) + 1)):
            return None  # "in May", "May 12": the month, not Mrs May
        return person

    def _is_person(self, words: tuple[str, ...], honorific: str | None, title: tuple[int, int] | None,
                   start: int, end: int, prev: str) -> bool:
        text = self.ctx.text
        if honorific is not None or title is not None:
            return words[0] not in self.not_names or len(words) > 1
        if len(words) < 2:
            return False
        if words[0] in self.not_names:
            return False
        if words[0] in self.given or _INITIALS_TOKEN.match(words[0]):
            return True
        if _AGE_AFTER.match(text, end):
            return True
        nxt = text[end:end + 20].split(None, 2)
        if nxt and len(words) <= 3:
            w = nxt[0].strip(",.")
            if w in self.verbs or w in ("has", "had") and len(nxt) > 1 and nxt[1].strip(",.") in self.verbs:
                return True
        # "..., said Amy Lee, a spokeswoman"
        return prev.lower().strip(",") in self.verbs and len(words) <= 3 and text[end:end + 1] in (",", ".")

    def _add(self, start: int, end: int, words: tuple[str, ...], title: str | None, honorific: str | None,
             known: Person | None) -> None:
        gender = self.honorifics.get(honorific) if honorific else None
        if gender is None and title:
            gender = titles.OFFICES.get(title.rsplit(" ", 1)[-1].lower())
        if known is None:
            if gender is None and len(words) > 1:
                gender = self.gender_of.get(words[0])
            person = Person(" ".join(words), start, words, gender)
            self.people.append(person)
            for key in _name_keys(words):
                self.keys[key] = person
        else:
            person = known
            if person.gender is None:
                person.gender = gender
            for key in _name_keys(words):
                self.keys.setdefault(key, person)
        mention = Mention(start, end, self.ctx.text[start:end], title, person, honorific,
                          0.9 if (known or title or honorific) else 0.8)
        person.mentions.append(mention)
        self.mentions.append(mention)


def people_in(ctx: Context) -> list[Mention]:
    """The person mentions of the text, in text order (computed once per text)."""
    found = ctx.memo.get("people")
    if found is None:
        found = ctx.memo["people"] = _Finder(ctx).run()
    return found


def mention_at(ctx: Context, lo: int, hi: int, *, last: bool = True) -> Mention | None:
    """The last (or first) person mention inside ``lo..hi``."""
    found = people_in(ctx)
    starts = ctx.memo.get("people_starts")
    if starts is None:
        starts = ctx.memo["people_starts"] = [m.start for m in found]
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi)
    inside = [m for m in found[i:j] if m.end <= hi]
    if not inside:
        return None
    return inside[-1] if last else inside[0]


def _gender_pronoun(pronoun: str) -> str | None:
    return speech.PRONOUNS.get(pronoun.lower())


def person_for_pronoun(ctx: Context, pronoun: str, pos: int) -> Person | None:
    """The person a "he"/"she" at ``pos`` points to: the last person mentioned before it whose gender
    matches; else the last one of unknown gender; else the last one."""
    want = _gender_pronoun(pronoun)
    found = people_in(ctx)
    before = [m for m in found[:bisect.bisect_left([m.start for m in found], pos)] if m.end <= pos]
    if not before:
        return None
    if want in ("m", "f"):
        for m in reversed(before):
            if m.person.gender == want:
                return m.person
        for m in reversed(before):
            if m.person.gender is None:
                return m.person
    return before[-1].person
