"""Finding the people a text names, with the title it gives them there, and linking later mentions
("Mattis", "Mr Blair", "von der Leyen") to the first one.

One regex walks the capitalised runs of the text ("US Secretary", "Defense Jim Mattis"); each run is cut
into title words, an honorific and a name. A name is a person's when something says so: a title of office
before it or in apposition, an honorific, a common given name, initials, an age, a reporting verb or ", who"
after it, a word for a person before it ("his widow, ..."), a particle inside it ("van der", "al-"), the
surname of a person named before (another of the family), or an earlier mention of the same person. Runs that name an organisation, a place, a prize or a
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


def _glued_source() -> str:
    return rf"(?:{'|'.join(names.GLUED_PARTICLES)})-[{UPPER}][^\W\d_]*"


_NICKNAME = rf"[\"\u201c\u2018][{UPPER}][^\W\d_]*[\"\u201d\u2019](?=[ ][{UPPER}])"
"""A nickname in quotation marks inside a name: Luis "Lucho" Herrera."""


def _run_source() -> str:
    particles = "|".join(sorted(names.PARTICLES, key=len, reverse=True))
    token = rf"(?:{_ABBREV}|{_INITIALS}|{_WORD})"
    later = rf"(?:{token}|{_glued_source()})"
    return rf"(?=[{UPPER}])(?<![\w'\u2019-]){token}(?:(?:[ ](?:{particles}))*[ ]{later}|[ ]{_NICKNAME})*"


RUN = lazy(_run_source)
"""A run of capitalised words (and initials), with lower-case name particles between them."""
_TOKEN = lazy(rf"{_ABBREV}|{_INITIALS}|\S+")
_WORD_BEFORE = lazy(r"(\S+)\s*$")
_WORDS_BEFORE = lazy(r"[^\s]+")
_AGE_AFTER = lazy(r",\s*(?:aged\s+)?\d{1,3}(?:,|;|\.(?!\d)|\)|\s*$)")
_POSSESSIVE = lazy(r"['\u2019]s?$")
_ACRONYM = lazy(rf"[{UPPER}]{{2,6}}(?:['\u2019]s)?$")
_INITIALS_TOKEN = lazy(rf"(?:[{UPPER}]\.){{1,3}}$")
_NUMBER_WORD = lazy(r"\d")
_ROMAN = lazy(r"(?=[IVX]{2,})X{0,3}(?:IX|IV|V?I{0,3})$")
"""A regnal number after a name: Innocent XIV, Gustaf VII."""
_GLUED = lazy(_glued_source)
_LOWER_WORD = lazy(r"[a-z\u00df-\u00ff][\w'\u2019-]*$")
_QUOTE_MARKS = "\"\u201c\u201d\u2018\u2019"
_EX_PREFIXES = ("ex-", "then-", "former-")
_STRONG_PARTICLES = frozenset(names.PARTICLES) - frozenset(names.ROMANCE_PARTICLES)
_CREDIT_BEFORE = lazy(r"(?:\b[A-Z]{2,}|\bPhoto|\bImages|\bPool)/$")
_DOUBLE_SURNAME = lazy(rf"[{UPPER}][^\W\d_]+-[{UPPER}][^\W\d_]+$")
_COMPLEMENT_PREPS = frozenset(("of", "for", "to", "at"))
_RELATIVES = frozenset(("who", "whom", "whose", "which"))


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
    verbs = frozenset(speech.verb_forms()) - frozenset(speech.OBJECT_VERBS)  # "what Du Pont called ...": no cue
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


def _office(token: str) -> str:
    """The word as an office might be listed: lower case, without a trailing comma or an "ex-"/"then-"
    ("ex-president" -> "president", "then-Gov." -> "gov.")."""
    low = token.lower().rstrip(",;:")
    if "-" not in low:
        return low
    for prefix in _EX_PREFIXES:
        if low.startswith(prefix) and len(low) > len(prefix) + 1:
            return low[len(prefix):]
    return low


@functools.cache
def _noun_tables() -> tuple[tuple[str, ...], frozenset[str]]:
    return tuple(titles.NOUN_ENDINGS), frozenset(titles.NOT_NOUNS)


def _noun_shaped(token: str) -> bool:
    """A lower-case noun a compound title may carry before its office ("foreign ministry spokesman")."""
    endings, not_nouns = _noun_tables()
    return token.isalpha() and token.islower() and len(token) > 4 and token.endswith(endings) \
        and token not in not_nouns


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
    elif toks[-1][2][-1:] in _STOP_PUNCT or toks[-1][2].endswith(".") and _office(toks[-1][2]) not in offices:
        return None
    i = len(toks) - 1
    end = toks[i][1]
    # a complement: "... of Defense", "... of State for Health", "Speaker of the House of Commons", and before
    # a comma "minister of state for foreign affairs, ", "US ambassador to Nato, "
    if _office(toks[i][2]) not in offices:
        if toks[i][2] in ("the", "and", "&") or toks[i][2] in _COMPLEMENT_PREPS:
            return None
        j, found = i, -1
        while j >= 1 and i - j < (12 if comma else 7):
            tok = toks[j][2]
            if tok in _COMPLEMENT_PREPS and j < i and _office(toks[j - 1][2]) in offices:
                found = j
                break
            if not (tok in ("the", "and", "&") or tok in _COMPLEMENT_PREPS
                    or _is_capword(tok, not_names) and tok[-1:].isalpha()
                    or comma and _LOWER_WORD.match(tok) and tok[-1:].isalpha()):
                break
            j -= 1
        if found < 0:
            return None
        i = found - 1
    start = toks[i][0]
    k = i - 1
    while k >= 0:
        tok = toks[k][2]
        if tok[-1:] in _STOP_PUNCT or tok.endswith(".") and not _INITIALS_TOKEN.match(tok):
            break
        if tok[-1:] in "\u2019'" and tok[-2:-1] in ",.!?;:":
            break  # the end of a quote: "... families,' DI Kaye"
        if tok in ("of", "for") and k >= 1 and toks[k - 1][2][:1].isupper() and toks[k + 1][2][:1].isupper() \
                and toks[k - 1][2].rstrip(",.") not in not_names and k + 1 < i + 1:
            start = toks[k][0]  # "Bank of England governor Andrew Bailey"
            k -= 1
            continue
        if tok == "and" and k >= 1 and _office(toks[k - 1][2]) in offices and k + 1 < i:
            start = toks[k][0]  # "outgoing Taoiseach and Fine Gael leader" (not "the King and Queen Annika")
            k -= 1
            continue
        noun = _noun_shaped(tok) and toks[k + 1][2][:1].islower()  # "foreign ministry spokesman"
        if not (_is_modifier(tok, modifiers, not_names) or noun):
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
    if not (low in _DETERMINERS or _office(word) in offices or _is_modifier(word, modifiers, not_names)):
        return None  # ", who ...", ", 52,", ", and ...": no title
    s_end = ctx.sentences.find(pos)[1]
    hi = min(s_end, pos + 140)
    toks = [(m.start(), m.end(), m.group(0)) for m in _WORDS_BEFORE.finditer(text, pos + 2, hi)]
    start = None
    head = -1
    unknown = 0
    for i, (a, _, tok) in enumerate(toks[:10]):
        bare = tok.rstrip(",.;:)")
        low = bare.lower()
        if start is None and low in _DETERMINERS:
            continue
        if start is None:
            start = a
        if _office(bare) in offices:
            head = i
            if bare != tok:
                return (start, a + len(bare))
            nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
            if nxt.lower() in _COMPLEMENTS:
                break
            if nxt in _RELATIVES:  # "the former BBC director general who oversaw ..."
                return (start, a + len(bare))
            if nxt == "and" or _office(nxt) in offices or _is_modifier(nxt, modifiers, not_names) \
                    or _noun_shaped(nxt):
                continue
            return None
        if low == "and" and head >= 0 and bare == tok:
            continue  # "the co-founder and chief executive of ..."
        if bare != tok:
            return None
        if not (_is_modifier(bare, modifiers, not_names) or _noun_shaped(bare)):
            unknown += 1  # a lower-case word of the title: "the Vatican's top sex crimes investigator"
            if unknown > 2 or not (_LOWER_WORD.match(bare) and bare.isalpha()) or bare in _RELATIVES:
                return None
    if head < 0:
        return None
    # the complement runs to the closing comma or full stop: "a spokeswoman for the airport."
    for _, b, tok in toks[head + 1:head + 16]:
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
        if tokens[i][:1].isupper() or tokens[i] in names.PARTICLES or _GLUED.match(tokens[i]):
            tail = " ".join(tokens[i:])
            if tail[:1].isupper() or " " in tail or _GLUED.match(tail):
                keys.append(tail)
    if len(tokens) >= 3:
        keys.extend(t for t in tokens[1:-1] if len(t) >= 4 and t[:1].isupper())
    if 2 <= len(tokens) <= 3 and tokens[0] not in names.given_name_gender() and not tokens[0].endswith("."):
        keys.append(tokens[0])  # a family name written first: "Xi Jinping" ... "Xi"
    # a particle capitalised at the start of a sentence or a mention: "Van Berkel", "Al-Dulaimi"
    keys.extend(k[:1].upper() + k[1:] for k in list(keys) if k[:1].islower())
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
        self.person_nouns = frozenset(names.PERSON_NOUNS)
        self.first: dict[str, list[Person]] = {}
        """Given name -> the people of the text whose name starts with it ("Olivia" for Olivia Sandoval-Reyes)."""

    def run(self) -> list[Mention]:
        text = self.ctx.text
        for m in RUN.finditer(text):
            self._consider(m.start(), m.end(), m.group(0))
        return self.mentions

    def _consider(self, start: int, end: int, run: str) -> None:
        if " " not in run:  # one word: most runs are a sentence's first word or a place
            if run in self.not_names or run in self.keys and self._known((run,), None, start, "") is None:
                return
            if run not in self.keys and not self._only_first_name(run) and text_has_no_cue(self, start, end):
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
        while i < len(toks) and toks[i][2].rstrip(".") in self.not_names and toks[i][2] not in self.honorifics \
                and " ".join(t[2] for t in toks[i:]) not in self.keys:  # "Ten Hag" after "Erik ten Hag"
            i += 1
        # title words inside the run: "Iraqi Prime Minister | Haider Al Abadi", "Defense | Jim Mattis"
        last_office = -1
        for j in range(i, len(toks) - 1):
            low = toks[j][2].lower()
            if low in self.offices:
                last_office = j
        if last_office >= 0:
            i = last_office + 1
        skipped = i
        while i < len(toks) - 1 and (toks[i][2].lower() in self.modifiers or _ACRONYM.match(toks[i][2])) \
                and toks[i][2] not in self.given:
            i += 1
        if i > skipped and last_office < 0 and i == len(toks) - 1 and toks[i][2] not in self.keys:
            return  # "New York", "Economic Advisers", "UBS Phillips": no name is left of the run
        if len(toks) - i >= 3 and toks[i][2].endswith("ly") and toks[i][2] not in self.given:
            i += 1  # "Certainly Saddam Hussein": an adverb starting the sentence
        if len(toks) - i >= 3 and toks[i][2].lower() in self.person_nouns:
            i += 1  # "Pensioner Margaret Holroyd": a word for a person, no part of the name
        if len(toks) - i >= 3 and _lower(self._word_before(toks[i][0])) in _COMPLEMENT_PREPS:
            # "UN special envoy for Yemen Ingrid Lykke": the complement ends where a given name starts
            for k in range(i + 1, len(toks) - 1):
                if toks[k][2] in self.given:
                    i = k
                    break
        honorific = None
        while i < len(toks) and toks[i][2] in self.honorifics:
            honorific = toks[i][2].rstrip(".")
            i += 1
        if i >= len(toks):
            return
        self._name(toks[i:], honorific, end)

    def _word_before(self, pos: int) -> str:
        before = self.ctx.text[max(0, pos - 30):pos].rsplit(None, 1)
        return before[-1] if before and self.ctx.text[pos - 1:pos].isspace() else ""

    def _only_first_name(self, word: str) -> bool:
        """A given name alone that starts the name of exactly one person named before ("Olivia")."""
        return word in self.given and len(self.first.get(word, ())) == 1

    def _name(self, toks: list[tuple[int, int, str]], honorific: str | None, run_end: int) -> None:
        ctx, text = self.ctx, self.ctx.text
        words = tuple([t[2] for t in toks if t[2][0] not in _QUOTE_MARKS])  # no nickname: Luis "Lucho" Herrera
        start, end = toks[0][0], toks[-1][1]
        not_person = self.not_person
        known_key = " ".join(words) in self.keys
        thing = 0 if known_key else self._thing_word(words)
        if len(words) > 6 or thing == 2 and not (len(words) == 2 and words[0] in self.given):
            return
        if len(words) == 1 and not known_key and _office(words[0]) in self.offices:
            return  # "the Attorney General's Office": an office, no name
        if len(words) == 1 and text[end:end + 1] == " ":
            nxt = text[end + 1:end + 24].split(None, 1)
            if nxt and nxt[0].islower() and _office(nxt[0]) in self.offices:
                return  # "Former Hartley executive": a name that qualifies an office is an organisation's
        if any(w.isupper() and len(w) > 1 and (_ACRONYM.match(w) and not _INITIALS_TOKEN.match(w)
                                                or w in _COUNTRY_INITIALS)
               and not (k == len(words) - 1 and k > 0 and _ROMAN.match(w)) for k, w in enumerate(words)):
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
        if thing and known is None and title is None and (honorific is None or thing == 2):
            return  # "Ocean Drilling said"; but "South Korean President Park Min-jae", "Prosecutor Kevin Lane"
        if (len(words) == 1 or thing == 2) and known is None and title is not None and _office(
                text[title[0]:title[1]].rsplit(None, 1)[-1]) not in self.offices:
            return  # after a title with a complement: "... in Baltimore, Maryland,", "... of Crazy Eddie Inc."
        if known is None and not self._is_person(words, honorific, title, start, end, prev):
            return
        title_text = text[title[0]:title[1]] if title else None
        self._add(start, end, words, title_text, honorific, known)

    def _thing_word(self, words: tuple[str, ...]) -> int:
        """A word that makes the name a place's, an organisation's or a thing's ("Nelson Mandela Foundation"):
        2 for one after the first word (not after a particle: "Henri de La Tour"); 1 when it is only the first of
        several, which a title or an honorific overrules ("South Korean President Park Ji-hoon", not "Ocean
        Drilling said"); 0 for none."""
        if self.not_person.isdisjoint([w.lower() for w in words]):
            return 0
        particle = False
        found = 0
        for k, w in enumerate(words):
            if w in names.PARTICLES or _GLUED.match(w):
                particle = True
                continue
            if w.lower() in self.not_person and not particle:
                if k > 0 or len(words) == 1:
                    return 2
                found = 1
        return found

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
        if _office(word) in self.offices:
            return True
        if comma:  # "US ambassador to Nato, ", "minister of state for foreign affairs, "
            window = text[max(0, pos - 60):pos]
            return " of " in window or " for " in window or " to " in window or " at " in window
        if not word[:1].isupper():
            return False
        window = text[max(0, pos - 50):pos]
        return " of " in window or " for " in window

    def _known(self, words: tuple[str, ...], honorific: str | None, start: int, prev: str) -> Person | None:
        key = " ".join(words)
        person = self.keys.get(key)
        if person is None and honorific in ("Sir", "Dame") and len(words) == 1:
            person = next((p for p in reversed(self.people) if p.tokens[0] == words[0]), None)
        if person is None and honorific is None and len(words) == 1 and self._only_first_name(words[0]):
            person = self.first[words[0]][0]
        if person is None:
            return None
        want = self.honorifics.get(honorific) if honorific else None
        if want is not None and person.gender not in (None, want):
            # "Lady Caldwell-Boyd" after "Sir Anthony Caldwell-Boyd" and "his widow, Margaret Caldwell-Boyd"
            same = [p for p in reversed(self.people) if p.tokens[-1] == words[-1] and p.gender in (want, None)]
            person = next((p for p in same if p.gender == want), same[0] if same else person)
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
        if any(w in _STRONG_PARTICLES for w in words[1:-1]) or _GLUED.match(words[-1]):
            return True  # "Ursula von der Heyden", "Nimr al-Nimr" (a "de" is as often a firm's: "Barclays de Zoete")
        if text.startswith(", who ", end):
            return True  # a person is "who", a thing "which"
        if _CREDIT_BEFORE.search(text, max(0, start - 24), start):
            return True  # a photo credit: "REUTERS/Ieva Ozola", "AP Photo/Evan Vucci"
        if len(words) == 2 and _DOUBLE_SURNAME.match(words[1]) and words[0].isalpha() and words[0].istitle() \
                and not any(ch.isdigit() for ch in prev):
            return True  # a given name and a double surname: "Amadou Diallo-Sene"
        if prev.rstrip(",") in self.person_nouns:
            return True  # "His widow, Margaret Caldwell-Boyd", "her neighbor Olena Savchuk"
        family = self.keys.get(words[-1])
        if family is not None and family.tokens[-1] == words[-1] and len(words) <= 3:
            return True  # "Keisha Greene" after "Marcus Greene": another of the family
        nxt = text[end:end + 20].split(None, 2)
        if nxt and text[end:end + 2] == ", " and prev.endswith(","):
            nxt = nxt[1:]  # in apposition: "Greene's sister, Keisha Greene, said"
        if nxt and len(words) <= 3 and prev not in ("at", "from", "with", "by", "in"):
            w = nxt[0].strip(",.")  # "Lee said", not "Analysts at Goldman Sachs said"
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
            if len(words) > 1:
                self.first.setdefault(words[0], []).append(person)
            keys = _name_keys(words)
            self.keys[keys[0]] = person
            for key in keys[1:]:  # a family name stays with the first of the family named
                self.keys.setdefault(key, person)
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
