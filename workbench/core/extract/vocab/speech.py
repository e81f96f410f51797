"""Words of reported speech: reporting verbs, the words that introduce a source, pronouns, and the nouns
that make a quoted phrase the name of a work rather than someone's words."""

from __future__ import annotations

import functools

REPORTING_VERBS: dict[str, tuple[tuple[str, ...], bool]] = {
    "say": (("said", "says", "say", "saying"), True),
    "tell": (("told", "tells", "tell", "telling"), False),
    "add": (("added", "adds", "adding"), True),
    "insist": (("insisted", "insists", "insisting"), True),
    "warn": (("warned", "warns", "warning"), True),
    "claim": (("claimed", "claims", "claiming"), True),
    "argue": (("argued", "argues", "arguing"), True),
    "state": (("stated", "states"), False),
    "explain": (("explained", "explains", "explaining"), False),
    "note": (("noted", "notes", "noting"), False),
    "write": (("wrote", "writes", "writing", "written"), False),
    "tweet": (("tweeted", "tweets", "tweeting"), False),
    "post": (("posted",), False),
    "announce": (("announced", "announces", "announcing"), False),
    "confirm": (("confirmed", "confirms", "confirming"), False),
    "admit": (("admitted", "admits", "admitting"), True),
    "acknowledge": (("acknowledged", "acknowledges"), False),
    "concede": (("conceded", "concedes"), True),
    "suggest": (("suggested", "suggests"), False),
    "predict": (("predicted", "predicts"), True),
    "stress": (("stressed", "stresses", "stressing"), False),
    "emphasise": (("emphasised", "emphasized", "emphasises", "emphasizes"), False),
    "maintain": (("maintained", "maintains"), False),
    "contend": (("contended", "contends"), False),
    "assert": (("asserted", "asserts"), False),
    "declare": (("declared", "declares"), False),
    "report": (("reported", "reports"), False),
    "reveal": (("revealed", "reveals"), False),
    "allege": (("alleged", "alleges"), False),
    "recall": (("recalled", "recalls"), False),
    "reply": (("replied", "replies"), False),
    "respond": (("responded",), False),
    "ask": (("asked", "asks"), False),
    "continue": (("continued",), False),
    "caution": (("cautioned", "cautions"), False),
    "complain": (("complained", "complains"), False),
    "agree": (("agreed",), False),
    "deny": (("denied", "denies"), False),
    "urge": (("urged", "urges"), False),
    "vow": (("vowed", "vows"), False),
    "pledge": (("pledged", "pledges"), False),
    "promise": (("promised", "promises"), False),
    "quip": (("quipped",), False),
    "joke": (("joked",), False),
    "remark": (("remarked",), False),
    "observe": (("observed",), False),
    "testify": (("testified",), False),
    "inform": (("informed",), False),
    "call": (("called",), False),
    "describe": (("described",), False),
    "estimate": (("estimated", "estimates"), False),
    "believe": (("believes", "believed"), False),
    "think": (("thinks",), False),
    "tell reporters": ((), False),
}
"""Reporting verbs: their forms, and whether they take a reported clause without "that" ("said the plan
would fail"; "announced that ..." needs the "that"). Every form attributes a direct quote next to it."""

SOURCE_PHRASES: tuple[str, ...] = ("according to",)
"""Phrases that put the source after the words: "the bridge will close, according to officials"."""

DIRECT_ONLY: tuple[str, ...] = ("asked", "asks", "replied", "replies", "continued", "quipped", "joked",
                                "remarked", "responded", "believes", "believed", "thinks",
                                "estimated", "estimates", "urged", "urges", "vowed", "vows", "pledged",
                                "pledges", "promised", "promises", "agreed", "denied", "denies", "posted",
                                "observed", "testified", "asserted", "asserts", "reported", "reports",
                                "called", "described")
"""Forms that attribute quoted words beside them but never introduce reported speech of their own."""

OBJECT_VERBS: tuple[str, ...] = ("called", "described")
"""Forms that attribute a quoted fragment after their object: called the plan "a fake repeal", described him
as "a giant of public service broadcasting"."""

TELL_FORMS: tuple[str, ...] = ("told", "tells", "tell", "telling", "informed")
"""Forms whose reported clause may follow their object without "that": told reporters the deal would hold."""

PAST_FORMS: tuple[str, ...] = (
    "struck", "made", "took", "gave", "found", "left", "lost", "won", "became", "came", "went", "held", "kept",
    "fell", "rose", "grew", "saw", "knew", "thought", "brought", "bought", "sent", "spent", "built", "met", "led",
    "ran", "paid", "began", "broke", "chose", "drew", "drove", "fought", "flew", "hid", "meant", "sat", "shot",
    "spoke", "stood", "stole", "taught", "threw", "understood", "wore", "wrote", "sold", "told", "caught", "felt",
    "heard", "got", "fled", "sought", "won't", "ought", "owed", "shrank", "sank", "swung",
)
"""Irregular past tenses: a clause after a bare "said" has a verb ("said the budget struck a balance")."""

PRONOUNS: dict[str, str] = {
    "he": "m", "she": "f", "they": "p", "it": "n", "i": "1", "we": "1",
}
"""Subject pronouns a quote may be attributed by, and what they point to: a man, a woman, a plural
source, a thing or organisation, or the speaker themselves (inside a quote)."""

WORK_NOUNS: tuple[str, ...] = (
    "book", "novel", "memoir", "film", "movie", "documentary", "song", "album", "single", "play", "musical",
    "show", "series", "programme", "program", "podcast", "poem", "report", "paper", "article", "column",
    "headline", "slogan", "motto", "hashtag", "campaign", "operation", "plan", "scheme", "policy", "strategy",
    "called", "dubbed", "titled", "entitled", "named", "so-called", "nicknamed", "term", "phrase", "word",
    "label", "brand", "mission", "project", "initiative", "deal", "agreement", "exhibition", "game", "app",
)
"""Words before quoted words that make them a name or a label, not speech: the book "Fire and Fury",
a so-called "train-and-advise" mission."""


@functools.cache
def verb_forms() -> dict[str, str]:
    """Every written form of a reporting verb -> its base."""
    return {form: base for base, (forms, _) in REPORTING_VERBS.items() for form in forms}


@functools.cache
def bare_clause_forms() -> frozenset[str]:
    """Forms that may introduce a reported clause without "that"."""
    return frozenset(form for _, (forms, bare) in REPORTING_VERBS.items() if bare for form in forms)
