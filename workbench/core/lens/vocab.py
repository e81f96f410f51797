"""The lens's word lists: data, not code. Each class reads its table; adding a word touches one row.

Templates are filled with ``{month}`` ("February 2018"), ``{day}`` ("15 February 2018") and ``{year}``
("2018"), all taken from the publication date.
"""

from __future__ import annotations

from typing import NamedTuple

PRESENT_REF = "PRESENT_REF"
PAST_REF = "PAST_REF"
FUTURE_REF = "FUTURE_REF"


class StateWord(NamedTuple):
    """A word or phrase that describes the day the story was published (``present_state``)."""

    anchor: str
    rewrite: str
    """What replaces the words outside quotes (a template)."""
    reads: str = "{month}"
    guard: str = ""
    """``past``: not in a clause told in the past ("was still", "had already"); ``pluperfect``: not after
    "had" ("had recently"); ``negated``: only after a negation in its clause ("doesn't own any yet")."""
    not_before: tuple[str, ...] = ()
    """Words that, right before it, make a fixed phrase ("stand still", "up to date")."""
    not_after: tuple[str, ...] = ()
    """Words that, right after it, make a fixed phrase or a comparative ("still life", "still more")."""
    adverb_initial: bool = False
    """Sentence-initial and followed by a comma it is a connective, not about time ("Still, ...")."""
    timex: bool = True
    """TimeML would mark it as a TIMEX3 (benchmarks count only these for precision on TimeBank)."""


_COMPARATIVES = ("more", "less", "further", "higher", "lower", "greater", "larger", "smaller", "bigger",
                 "better", "worse", "fewer", "another", "other", "others", "longer", "shorter", "stronger",
                 "weaker", "deeper", "wider", "faster", "slower", "harder", "farther")
_STILL_NOUNS = ("life", "lifes", "lives", "water", "waters", "wine", "wines", "photo", "photos", "photograph",
                "photographs", "image", "images", "frame", "frames", "camera", "birth", "births", "born",
                "picture", "pictures", "shot", "shots", "and all")
_STILL_VERBS = ("stand", "stands", "stood", "standing", "sit", "sits", "sat", "sitting", "keep", "keeps", "kept",
                "keeping", "hold", "holds", "held", "holding", "lie", "lies", "lay", "lying", "stay", "stays",
                "stayed", "staying", "stock", "deathly", "perfectly", "stock-")

LATEST_FIGURE_NOUNS = ("figures", "data", "statistics", "numbers", "estimates", "estimate", "count", "tally",
                       "toll", "census", "forecast", "forecasts")
"""Nouns after "the latest" that make it a figure of the day ("the latest figures show"): a running figure,
not a present-state word."""

PRESENT_STATE: dict[str, StateWord] = {
    "now": StateWord(PRESENT_REF, "as of {month}", not_after=("and then", "and again", "or never", "-")),
    "now that": StateWord(PRESENT_REF, "as of {month}, since"),
    "right now": StateWord(PRESENT_REF, "as of {month}"),
    "just now": StateWord(PRESENT_REF, "as of {month}"),
    "as of now": StateWord(PRESENT_REF, "as of {month}"),
    "by now": StateWord(PRESENT_REF, "by {month}"),
    "for now": StateWord(PRESENT_REF, "as of {month}"),
    "from now on": StateWord(PRESENT_REF, "from {month} on"),
    "until now": StateWord(PRESENT_REF, "until {month}"),
    "till now": StateWord(PRESENT_REF, "until {month}"),
    "up to now": StateWord(PRESENT_REF, "up to {month}"),
    "up until now": StateWord(PRESENT_REF, "up until {month}"),
    "currently": StateWord(PRESENT_REF, "as of {month}"),
    "at present": StateWord(PRESENT_REF, "as of {month}"),
    "at the moment": StateWord(PRESENT_REF, "as of {month}", not_after=("of", "when", "that", "it", "he", "she",
                                                                         "they", "we", "i", "you")),
    "nowadays": StateWord(PRESENT_REF, "as of {month}"),
    "these days": StateWord(PRESENT_REF, "as of {month}", not_after=("of", "before", "after", "when")),
    "still": StateWord(PRESENT_REF, "still, as of {month},", guard="past",
                       not_before=_STILL_VERBS + ("the", "a", "then"), not_after=_STILL_NOUNS + _COMPARATIVES,
                       adverb_initial=True, timex=False),
    "already": StateWord(PRESENT_REF, "as of {month}", guard="past", timex=False),
    "so far": StateWord(PRESENT_REF, "as of {month}",
                        not_before=("go", "goes", "went", "gone", "going", "only", "not", "and", "travel"),
                        not_after=("as", "from", "away", "so good", "removed", "ahead", "behind", "beyond",
                                   "off", "out", "apart", "down", "up", "back", "north", "south", "east", "west",
                                   "into", "in advance", "gone"),
                        timex=False),
    "thus far": StateWord(PRESENT_REF, "as of {month}", timex=False),
    "to date": StateWord(PRESENT_REF, "as of {month}",
                         not_before=("up", "out of", "bring", "brings", "brought", "keep", "keeps", "kept", "year",
                                     "quarter", "month"),
                         not_after=("of", "from"), timex=False),
    "not yet": StateWord(PRESENT_REF, "not as of {month}", guard="past", timex=False),
    "yet": StateWord(PRESENT_REF, "as of {month}", guard="negated", timex=False,
                     not_after=("to", "another", "again", "more", "other", "others", "further", "still", "even",
                                "again", "most", "least", "all", "the", "a", "an", "he", "she", "it", "they", "we",
                                "i", "you", "there", "this", "that", "its", "his", "her", "their", "when", "in",
                                "is", "are", "was", "were", "has", "have", "had", "will", "would", "could")),
    "yet to": StateWord(PRESENT_REF, "yet, as of {month}, to", guard="past", timex=False,
                        not_before=("and", "but", "or")),
    "recently": StateWord(PAST_REF, "shortly before {month}", reads="shortly before {month}", guard="pluperfect",
                          not_before=("more", "until", "till", "most", "only")),
    "until recently": StateWord(PAST_REF, "until shortly before {month}", reads="shortly before {month}"),
    "most recently": StateWord(PAST_REF, "most recently before {day}", reads="shortly before {day}"),
    "more recently": StateWord(PAST_REF, "shortly before {month}", reads="shortly before {month}"),
    "lately": StateWord(PAST_REF, "in the months before {month}", reads="the months before {month}",
                        guard="pluperfect"),
    "the latest": StateWord(PRESENT_REF, "the then-latest", not_before=("at",), timex=False,
                            not_after=("of", "one", "to", "by", "possible", *LATEST_FIGURE_NOUNS)),
    "current": StateWord(PRESENT_REF, "then-current",
                         not_before=("then", "then-", "electric", "electrical", "ocean", "alternating", "direct",
                                     "strong", "swift"),
                         not_after=("account", "accounts", "affairs", "-account", "of", "in", "and", "flows",
                                    "was", "is", "carried", "swept")),
    "recent": StateWord(PAST_REF, "then-recent", reads="shortly before {day}",
                        not_before=("most", "more", "then", "then-", "less"), not_after=("past", "history")),
    "in recent years": StateWord(PAST_REF, "in the years before {year}", reads="the years before {year}"),
    "in recent months": StateWord(PAST_REF, "in the months before {month}", reads="the months before {month}"),
    "in recent weeks": StateWord(PAST_REF, "in the weeks before {day}", reads="the weeks before {day}"),
    "in recent days": StateWord(PAST_REF, "in the days before {day}", reads="the days before {day}"),
    "recent years": StateWord(PAST_REF, "the years before {year}", reads="the years before {year}"),
    "recent months": StateWord(PAST_REF, "the months before {month}", reads="the months before {month}"),
    "recent weeks": StateWord(PAST_REF, "the weeks before {day}", reads="the weeks before {day}"),
    "recent days": StateWord(PAST_REF, "the days before {day}", reads="the days before {day}"),
}
"""Present-state words: what each means on publication and how it is rewritten. Longer phrases win over
the words inside them ("until now" over "now")."""

THAT_VERBS = frozenset({
    "know", "knows", "knew", "say", "says", "said", "believe", "believes", "believed", "think", "thinks", "thought",
    "realise", "realises", "realised", "realize", "realizes", "realized", "understand", "understands", "agree",
    "agrees", "admit", "admits", "accept", "accepts", "recognise", "recognises", "recognize", "recognizes", "is",
    "are", "was", "were", "clear", "seems", "seem", "appears", "appear", "feel", "feels", "see", "sees", "argue",
    "argues", "insist", "insists", "concede", "concedes", "expect", "expects", "fear", "fears", "hope", "hopes",
})
""""now that" after one of these is "now" before a "that" clause ("he knows now that it failed"), not the
conjunction ("now that the war is over")."""

NOW_AFTER_PREPOSITION = "{day}"

BY_AFTER_PERFECT = "by {month}"
""""now" and "already" between a perfect auxiliary and its participle say how far things had got: "has now
appointed" -> "has by June 2003 appointed", "have already shut" -> "have by March 2020 shut"."""

PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'ve", "\u2019ve", "'s", "\u2019s"})

LATEST_AS_NOUN_AFTER = frozenset({"in", "among", "on", "from"})
""""the latest" used as a noun ("the latest in a string of setbacks") is rewritten "the latest, as of January
2023,"; before a noun ("the latest model") it becomes "the then-latest"."""

REPORTING_VERBS = frozenset({
    "said", "told", "warned", "announced", "added", "reported", "insisted", "confirmed", "claimed", "admitted",
    "noted", "explained", "stated", "wrote", "argued", "revealed", "disclosed", "acknowledged", "conceded",
    "estimated", "believed", "thought", "feared", "complained", "stressed", "suggested", "indicated", "showed",
})
"""Verbs of saying in the past. After one, a clause shifts its tense back without moving its time ("the
council said residents had been without water for four days", "groups warned that firms were already
stockpiling"): the words still describe the day of publication."""

TODAY_WORDS = ("this morning", "this afternoon", "this evening", "today", "tonight")
"""Words that put a clause told in the past on the day of publication ("were still unknown this morning")."""
""""now" after a preposition is a day: "between now and March" -> "between 15 February 2018 and March"."""

PAST_MARKERS = frozenset({"had", "was", "were", "did", "'d", "\u2019d"})
"""Auxiliaries that tell a clause in the past: "was still", "had already"."""

IRREGULAR_PAST = frozenset({
    "spent", "ran", "held", "led", "fought", "kept", "left", "went", "came", "took", "made", "lost", "won", "sat",
    "stood", "served", "lived", "ruled", "worked", "stayed", "remained", "lasted", "began", "became", "saw", "got",
    "gave", "told", "said", "met", "sent", "built", "taught", "fled", "hid", "lay", "slept", "wrote",
    "rose", "fell", "grew", "shut", "beat", "broke", "spoke", "drove", "flew", "threw", "froze", "stole", "wore",
    "rode", "sang", "sank", "swam", "shone", "struck", "brought", "bought", "caught", "sought", "thought", "felt",
    "meant", "paid", "sold", "found",
})
"""Verbs in the simple past that do not end in -ed (and some that do, kept here for clarity)."""

PLUPERFECT_MARKERS = frozenset({"had", "'d", "\u2019d"})

NEGATIONS = frozenset({"not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without"})
"""Words (besides "-n't") that make a clause negative, for "yet": "has not decided yet"."""


class FutureWord(NamedTuple):
    """A vague expectation about the time after publication (``then_future`` once some time has passed)."""

    expected: str
    """How the note says when it was expected: "soon after {month}"."""
    cue: str
    """A word of the phrase rare enough to test for before scanning the text ("coming")."""
    needs_future: bool = False
    """Only in a clause that looks ahead ("will soon", "expected soon"), not in a narrative ("soon became")."""
    not_after: tuple[str, ...] = ()
    anchor: str | None = FUTURE_REF
    """The TIMEX3 value of the words; None for a season of play, which has no calendar value."""


FUTURE_WORDS: dict[str, FutureWord] = {
    "next season": FutureWord("in the season after {month}", "next season", anchor=None),
    "the coming season": FutureWord("in the season after {month}", "coming", anchor=None),
    "soon": FutureWord("soon after {month}", "soon", needs_future=True,
                       not_after=("after", "afterwards", "afterward", "as", "enough", "thereafter")),
    "shortly": FutureWord("shortly after {month}", "shortly", needs_future=True,
                          not_after=("after", "afterwards", "before", "thereafter")),
    "in the near future": FutureWord("in the near future after {month}", "future"),
    "in the future": FutureWord("in the years after {year}", "future", needs_future=True),
    "into the future": FutureWord("in the years after {year}", "future", needs_future=True),
    "in future": FutureWord("in the years after {year}", "future", needs_future=True),
    "in the near term": FutureWord("in the near term after {month}", "near term"),
    "in the short term": FutureWord("in the short term after {month}", "short term", needs_future=True),
    "at a later date": FutureWord("at a later date after {month}", "later date", needs_future=True),
    "as soon as possible": FutureWord("as soon as possible after {day}", "soon", needs_future=True),
    "one day": FutureWord("one day after {year}", "one day", needs_future=True,
                          not_after=("after", "before", "later", "earlier", "of", "in")),
    "in the coming days": FutureWord("in the days after {day}", "coming"),
    "in the coming weeks": FutureWord("in the weeks after {day}", "coming"),
    "in the coming months": FutureWord("in the months after {month}", "coming"),
    "in the coming years": FutureWord("in the years after {year}", "coming"),
    "in the days ahead": FutureWord("in the days after {day}", "ahead"),
    "in the weeks ahead": FutureWord("in the weeks after {day}", "ahead"),
    "in the months ahead": FutureWord("in the months after {month}", "ahead"),
    "in the years ahead": FutureWord("in the years after {year}", "ahead"),
}
"""Vague future words. They count as passed once ``VAGUE_FUTURE_DAYS`` have gone by."""

VAGUE_FUTURE_DAYS = 31

FUTURE_MARKERS = frozenset({"will", "'ll", "\u2019ll", "shall", "would", "could", "may", "might", "expected",
                            "expects", "expect", "set", "due", "plans", "plan", "planned", "hopes", "hope", "likely",
                            "going", "aims", "aim", "intends", "intend", "promised", "promises", "should",
                            "must", "wants", "want", "scheduled", "about"})
"""Words that make a clause look ahead ("will soon", "is expected shortly")."""

LOOKING_AHEAD_PREFIXES = ("later", "the rest of", "the remainder of", "the end of", "the close of")
"""Words inside a date's span that make it lie after publication even when the period contains the
publication date ("later this year" written in February)."""

PREPOSITIONS = frozenset({
    "on", "in", "at", "by", "since", "until", "till", "before", "after", "from", "to", "for", "during", "through",
    "throughout", "of", "between", "over", "within", "around", "about", "into", "than", "as", "like", "toward",
    "towards", "circa", "near", "beyond", "past", "via", "per", "unlike", "despite", "amid",
    "against", "versus", "vs", "and", "or", "nor",
})
"""A date after one of these needs no preposition of its own ("on Thursday" -> "on 15 February 2018").
"and"/"or" join it to an earlier date that had its preposition ("on Monday and Thursday")."""

TAKES_PREPOSITION = frozenset({"than", "and", "or", "nor", "as", "like"})
"""Words before a date after which the date keeps its own preposition ("than last year" -> "than in 2017")."""

SUBJECT_VERBS = frozenset({"was", "is", "were", "are", "has", "had", "will", "would", "saw", "sees", "brought",
                           "brings", "marked", "marks", "proved", "became", "began", "ended", "could", "may",
                           "might", "promises", "looks", "looked"})
"""A date followed by one of these is the subject of its clause and takes no preposition ("Last year was")."""

NOUN_PHRASE_ENDS = PREPOSITIONS | SUBJECT_VERBS | frozenset({
    "that", "which", "who", "whose", "where", "when", "while", "but", "because", "so", "if", "said", "says", "say",
    "showed", "shows", "show", "left", "ended", "ends", "drew", "draws", "took", "takes", "went", "came", "comes",
    "failed", "fails", "passed", "passes", "is", "are", "were", "have", "had", "did", "does", "do", "can", "should",
    "must", "shall", "also", "not", "be", "been",
})
"""Words that can follow a one-word noun: "last week's vote was close" (the noun is "vote" alone)."""

PERIOD_NOUNS = frozenset({
    "results", "earnings", "profit", "profits", "loss", "losses", "sales", "revenue", "revenues", "figures", "growth",
    "output", "deficit", "surplus", "report", "reports", "holiday", "holidays", "season", "break", "recess",
    "session", "sessions", "term", "games", "olympics", "exams", "campaign", "slump", "dividend", "dividends",
    "forecast", "forecasts", "numbers", "data", "statistics", "performance", "production", "deliveries",
    "shipments", "peak", "travel", "schedule", "programme", "program", "festival", "sale", "collection",
    "transfer", "window", "meeting", "meetings", "budget", "payment", "payments", "rains", "heat", "heatwave",
    "drought", "floods", "storms", "harvest", "exodus", "offensive", "elections", "election", "tour", "tours",
})
"""Nouns a season, quarter or half is put before in news ("the summer holidays", "the third quarter results"):
there the year goes before the noun ("the summer 2025 holidays") rather than after ("the summer of 2025")."""

DATE_PREFIXES: tuple[tuple[str, str], ...] = (
    ("the first half of", "part"), ("the second half of", "part"), ("the end of", "part"),
    ("the start of", "part"), ("the beginning of", "part"), ("the middle of", "part"), ("the close of", "part"),
    ("the turn of", "part"), ("the rest of", "part"), ("the remainder of", "part"),
    ("as early as", "within"), ("as late as", "within"), ("earlier", "within"), ("later", "within"),
    ("sometime", "within"), ("some time", "within"), ("just", "within"), ("only", "within"),
    ("early", "edge"), ("late", "edge"), ("mid-", "mid"), ("mid", "mid"),
)
"""Words before a relative date that are kept as written around its new wording: ``part`` "the end of
last year" -> "the end of 2017"; ``within`` "earlier this month" -> "earlier in February 2018"; ``edge``
"early next year" -> "early 2019" (of a day: "late on 15 February 2018"); ``mid`` "mid-2017"."""

PART_PREPOSITIONS: dict[str, str] = {"the end of": "at", "the start of": "at", "the beginning of": "at",
                                     "the close of": "at", "the turn of": "at", "the middle of": "in",
                                     "the first half of": "in", "the second half of": "in"}
"""The preposition a ``part`` prefix takes when nothing before it gives one."""

PARTS_OF_DAY: dict[str, str] = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night",
                                "DT": "daytime"}
SEASON_NAMES: dict[str, str] = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}
ORDINALS = ("first", "second", "third", "fourth")

AGE_UNITS = frozenset({"years old", "months old", "weeks old", "days old"})
"""Count units the extractor gives ages ("a 34-year-old")."""

AGE_PATTERN = (r"\b(?:aged\s+(?P<aged>\d{1,3})\b(?![.,]\d)"
               r"|(?P<n>\d{1,3})\s+(?P<unit>years?|months?)\s+old\b)")
"""Ages the extractor does not give as counts ("aged 61", "40 years old"), in lower case."""

AGE_FIXED_BEFORE = frozenset({"died", "dies", "dead", "death", "killed", "buried", "executed", "murdered"})
"""Words before an age that fix it for good ("has died aged 91"): not a running figure."""

AGE_CUES = ("aged", "years old", "year old", "months old", "month old")
"""Words to test for before scanning for ``AGE_PATTERN``."""

AGE_LIMITS = ("or older", "and older", "or over", "and over", "or younger", "and under", "or more", "and up",
              "to ", "and ", "or ")
"""Words after an age that make it a bound, not someone's age ("employees 55 years old or older")."""

CLAUSE_OPENERS = frozenset({"which", "who", "whom", "whose", "that", "when", "while", "because", "although",
                            "though", "but", "whereas", "where"})
"""Words that open a new clause: a present perfect before them does not govern the words after."""

MOVING_VERBS = ("risen", "climbed", "grown", "increased", "jumped", "soared", "fallen", "dropped", "declined",
                "doubled", "tripled", "edged up", "crept up")
"""Present-perfect verbs that put a figure on the day of publication with "to" ("the toll has risen to 300");
without it the figure is a change ("shares have fallen 12 per cent this month"), not a level."""

REACHING_VERBS = ("reached", "topped", "passed", "exceeded", "surpassed", "hit", "crossed")
"""Present-perfect verbs whose object is the level itself ("cases have passed 1,000")."""


DURATION_PLACES = ("office", "power", "prison", "jail", "custody", "exile", "charge", "business", "operation",
                   "place", "service", "the job", "the post", "the role", "the country", "the city", "the region")
"""Where a growing duration was spent, kept before "as of" in the rewrite: "more than a decade in office as of
February 2018" (a name works too: "in Afghanistan")."""

SO_FAR_UNITS = ("year", "month", "week", "season", "quarter")

PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "leader", "president", "minister", "chairman", "chairwoman", "chief", "officer",
    "manager", "mother", "father", "son", "daughter", "wife", "husband", "widow", "driver", "victim", "suspect",
    "teacher", "student", "player", "captain", "actor", "actress", "singer", "author", "founder", "owner",
    "resident", "pensioner", "grandmother", "grandfather", "brother", "sister", "partner", "executive",
    "director", "spokesman", "spokeswoman", "candidate", "senator", "governor", "mayor", "judge", "lawyer",
    "doctor", "nurse", "worker", "farmer", "winner", "striker", "midfielder", "defender", "goalkeeper", "coach",
})
"""Lower-case nouns a bare age may follow ("the Iraqi leader, 65, ..."); after a capitalised name the age is
taken as it is ("Mrs May, 62, has led")."""

NOT_BEFORE_AGE = frozenset({
    "no", "nos", "number", "page", "pages", "chapter", "room", "route", "section", "article", "item", "step",
    "phase", "level", "grade", "round", "stage", "flight", "platform", "gate", "question", "rule", "clause",
    "act", "part", "volume", "issue", "version", "model", "figure", "table", "line", "lines", "row", "seat",
})
"""Words that a number between commas belongs to rather than being an age ("Route, 66," is rare, "page, 12,"
rarer, but lists of such labels are common)."""

NOT_A_NAME = frozenset({
    "however", "meanwhile", "overall", "also", "still", "instead", "yet", "so", "and", "but", "or", "total", "all",
    "altogether", "together", "again", "then", "now", "today", "yesterday", "here", "there", "finally", "first",
    "second", "third", "next", "last", "besides", "indeed", "in", "of", "by", "to", "from", "between", "aged",
    "including", "say", "says", "said", "year", "years", "age", "ages", "men", "women", "people", "points",
})
"""Words a number between commas follows without being someone's age ("However, 45, ...", "aged 18, 24, ...")."""

GROWING_NOUNS = frozenset({
    "history", "existence", "career", "reign", "rule", "tenure", "marriage", "partnership", "membership",
    "occupation", "presence", "relationship", "friendship", "tradition", "alliance", "rivalry", "dominance",
    "run", "residency", "stewardship", "leadership", "life", "lifetime", "dispute", "conflict", "feud", "ban",
})
"""Nouns after "its 74-year", "the alliance's 50-year" whose length keeps growing after publication ("the NHS's
74-year history" -> "the NHS's then 74-year history")."""

ENDED_WORDS = frozenset({"ended", "ending", "end", "ends", "after", "finished", "closed", "concluded", "over",
                         "retired", "left", "quit", "during", "throughout"})
"""Words before "its 20-year career" that make the span a closed one ("ended his 20-year career")."""

DAY_PARTS: dict[str, tuple[int, str]] = {
    "this morning": (0, "MO"), "this afternoon": (0, "AF"), "this evening": (0, "EV"),
    "last night": (-1, "NI"), "last evening": (-1, "EV"), "overnight": (-1, "NI"),
}
"""Parts of a day named from the publication date, with the day's offset and the TIMEX3 code ("this
morning" -> 2019-01-17TMO, "last night" -> 2019-01-16TNI). "overnight" in a clause looking ahead is the
coming night. "early"/"late"/"earlier"/"later" before them stay in the span ("late last night")."""

DAY_PART_NOT_BEFORE = frozenset({"the", "a", "an", "that", "his", "her", "their", "its", "our", "my", "every",
                                 "each", "same", "one", "first"})
"""Determiners that make "last night" a noun phrase ("the last night of the tour")."""

OVERNIGHT_NOT = frozenset({"happen", "happens", "happened", "change", "changes", "changed", "become", "becomes",
                           "became", "transform", "transformed", "disappear", "disappeared", "vanish", "vanished",
                           "sensation", "success", "star", "celebrity"})
"""Words near "overnight" that make it mean "suddenly" ("it will not happen overnight")."""

NAMED_DAY_PREFIXES = frozenset({"super", "bloody", "black", "ash", "holy", "maundy", "shrove", "cyber", "giving",
                                "palm", "fat", "red", "blue", "green"})
"""Capitalised words that make a weekday a name ("Super Tuesday", "Bloody Sunday"), not a date."""

SINGLE_DAY_HOLIDAY_ENDS = ("Day", "Eve")
"""Holidays that name one day are rewritten as that day ("on Christmas Eve" -> "on 24 December 2020");
others keep their name with the year ("Christmas 2017", "Easter 2018")."""

IN_TIME_AFTER = ("' time", "\u2019 time", "'s time", "\u2019s time")
"""Words after "in two weeks" that make it a date counted ahead ("in two weeks' time")."""

SUPERLATIVE_CUES = frozenset({"first", "last", "only", "biggest", "largest", "worst", "best", "highest", "lowest",
                              "longest", "record", "most", "least", "time"})
"""Words before "in 30 years" that make it a record measured back, not a date ahead ("the first ... in 30
years")."""
"""Periods "so far this ..." counts a running figure in."""
