"""Words the checks read around the figures: data, one table each, and the patterns made from them.

The qualifier words are the extractor's (``extract/vocab/qualifiers.py``); here each gets the shape of
the band it gives a figure. Everything else is the small connecting language of arithmetic in news
copy: "of the", "or", "in all", "including", "from ... to", "a week", "born in", "began in".
"""

from __future__ import annotations

import re

from workbench.core.extract.patterns import lazy_i
from workbench.core.extract.vocab.qualifiers import QUALIFIERS

# ----------------------------------------------------------------------------- rounding

ABOUT_SLACK = 0.10
""""about 60" may stand for 54-66."""
NEARLY_SLACK = 0.15
""""nearly 60" may stand for 51-60; "just over 60" for 60-69."""
FRACTION_SLACK = 0.12
""""a third" may stand for 29.3%-37.3%, "half" for 44%-56%."""

QUALIFIER_SHAPES: dict[str, str] = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "or so": "about", "almost": "nearly", "nearly": "nearly",
    "close to": "nearly", "just under": "nearly", "barely": "nearly", "less than": "below",
    "fewer than": "below", "under": "below", "below": "below", "at most": "below", "no more than": "below",
    "up to": "below", "as many as": "below", "as much as": "below", "more than": "above", "over": "above",
    "well over": "above", "above": "above", "upwards of": "above", "in excess of": "above",
    "at least": "above", "no less than": "above", "no fewer than": "above", "as little as": "above",
    "just over": "just_over", "a little over": "just_over", "a little more than": "just_over",
    "almost exactly": "about", "nearly a": "nearly", "some of": "about",
}
"""The band each qualifier gives a figure (``context._shaped``): ``about`` both ways, ``nearly`` just below,
``below``/``above`` open on one side, ``just_over`` just above."""

MOD_SHAPES: dict[str, str] = {"APPROX": "about", "LESS_THAN": "below", "MORE_THAN": "above",
                              "AT_LEAST": "above", "AT_MOST": "below", "EQUAL_OR_LESS": "below"}
"""Shapes for a stored ``mod`` whose words are not in the text before the claim."""


def _qualifier_alternatives() -> str:
    words = sorted({*QUALIFIER_SHAPES, *(w for w, (code, _) in QUALIFIERS.items() if code)}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words if w != "or so")


QUALIFIER_BEFORE = lazy_i(lambda: rf"(?:^|[^\w])({_qualifier_alternatives()})\s*$")
QUALIFIER_AFTER = lazy_i(r"\s*or\s+so\b")
TIME_PHRASE = lazy_i(r",?\s*(?:\b(?:in|on|during|over|for|at|by|since|until|through|to|from|of|and|the|a|an)\s+)*#+"
                     r"(?:\s+(?:before|earlier|ago|later)\b)?")
"""A date, time or duration (masked as ``#``) with its prepositions ("in ###", "the #### before"): removed from the
words between figures."""
QUAL = r"(?:(?:about|around|approximately|roughly|some|almost|nearly|just|only|more\s+than|less\s+than|over|" \
       r"under|fewer\s+than|at\s+least|close\s+to|an\s+estimated|estimated|well\s+over|just\s+over|" \
       r"just\s+under|a\s+little\s+over|barely|scarcely|a\s+mere|little\s+more\s+than|well\s+under)\s+)?"
"""A qualifier that may stand between two linked figures ("or about 50")."""

# ----------------------------------------------------------------------------- restatement

OR_LINK = lazy_i(rf"\s*(?:,\s*|\s*\(\s*|\s*[\u2014\u2013]\s*|\s+-+\s+|\s*:\s*)"
                 rf"(?:or|that\s+is|i\.e\.|equivalent\s+to|the\s+equivalent\s+of|which\s+is|which\s+works\s+out\s+(?:at|to)|"
                 rf"amounting\s+to|representing|(?:which|that)\s+means|meaning)?,?\s*{QUAL}$")
"""Between a figure and the same quantity said again: ", or 60", " (60", " — about 60"."""

# ----------------------------------------------------------------------------- parts and totals

OF_THE_TOTAL = lazy_i(r"(?:^|[,;:\u2014(]\s*|\b(?:that|and|but|said|says|while)\s+)(?:of|out\s+of)\s+"
                      r"(?:the|these|those|its|their|all|all\s+the)?\s*(?:[a-z]+(?:'s|\u2019s)\s+)?$")
"""Before a total that opens a breakdown: "Of the 30 injured, ..."."""
TOTAL_BEFORE = lazy_i(r"(?:\ba\s+total\s+of|\btotal(?:ling|ing|led|ed)?|\baltogether|\bin\s+all,?|\bin\s+total,?|"
                      r"\ball\s+told,?|\bfor\s+a\s+total\s+of|\bmaking\s+(?:a\s+total\s+of\s+)?|\boverall,?)\s*"
                      + QUAL + r"$")
"""Before a total that closes a list: "..., a total of 45", "..., making 45"."""
RUNNING_TOTAL = lazy_i(r"\bbring(?:ing|s)?\s+the\s+(?:total|number|tally|toll|count)\s+(?:\w+\s+)?to\s+" + QUAL + r"$")
"""A total that adds the parts to earlier ones: the parts may fall short of it."""
TOTAL_AFTER = lazy_i(r"^\s*(?:[a-z]+\s+){0,2}?(?:in\s+all|in\s+total|altogether|all\s+told|combined)\b")
SUBSET_LINK = lazy_i(r"(?:\bincluding|\bincluded|\bincludes|\binclude|\bamong\s+them|\bamong\s+whom|"
                     r"\bcover(?:s|ed|ing)?|\bpaid\s+for|\bwent\s+on|\bwas\s+spent\s+on|"
                     r"\bamong\s+these|\bamong\s+those|\bsuch\s+as|\bnotably|\bmostly|\bmainly|\bmost\s+of\s+them)"
                     r"\s*:?\s*(?:the\s+)?" + QUAL + r"$")
"""Between a total and parts that may fall short of it: "30 people, including 12 children"."""
PARTITION_LINK = lazy_i(r"(?:\bof\s+whom|\bof\s+which|\bof\s+these|\bof\s+those|\bof\s+them|\bcomprising|"
                        r"\bcomprises|\bcomprised(?:\s+of)?|\bconsist(?:s|ed|ing)?\s+of|\bmade\s+up\s+of|"
                        r"\bsplit\s+(?:into|between)|\bdivided\s+(?:into|between)|\bbroken\s+down\s+into|"
                        r"\bshared\s+between|\b(?:breaks|broke|broken|break)\s+down\s+(?:as|into)|\b(?:came|comes|come)\s+from|"
                        r":|\s[\u2014\u2013]|\s-)\s*,?\s*(?:the\s+)?(?:(?:[a-z'-]+\s+){1,3}\(\s*)?" + QUAL + r"$")
"""Between a total and parts that make it up: "30 people, of whom 12 ...", "45 were arrested: 20 ..."."""
NEUTRAL_LINK = lazy_i(r"^[^\d,;:]{0,30}?\b(?:were|are)\s+" + QUAL + r"$|^\s*(?:[a-z'-]+\s+){0,2}?,\s*with\s+" + QUAL + r"$")
"""Between a total and a breakdown that is whole only if its categories are: "The 12 victims were seven
men and five women", "..., with 700,000 voting yes and 500,000 no"."""
GROUP_HAS = lazy_i(r"\b(?:squad|team|panel|committee|board|cabinet|class|crew|delegation|council|jury|chamber|"
                   r"assembly|senate|parliament|workforce|staff|orchestra|choir|caucus|club|players|members|ministers|"
                   r"delegates|councillors|seats)\b[^,;:.]{0,40}?\b(?:has|have|had|includes?|included)\s+" + QUAL + r"$")
"""A group and what it has: "The squad of 23 players has 12 forwards and 13 defenders" (parts may fall short)."""
OPENING_COMMA = lazy_i(r",\s*(?:(?:[a-z'-]+\s+){1,3}?(?:won|took|got|had|drew|lost|were|was|are|is|holds?|held|has|have|"
                      r"secured|claimed|controls?|controlled))?\s*" + QUAL + r"$")
"""After "Of the 80 seats": a comma, and perhaps who took the first part ("Of the 80 seats, Labour won 42")."""
AMONG_TOTAL = lazy_i(r"\b(?:were|are|was|is)\s+(?:among|included\s+in|part\s+of)\s+(?:the\s+)?" + QUAL + r"$")
"""Between parts and a total they belong to: "12 children and 20 adults were among the 30 injured"."""
OF_THOSE = lazy_i(r"\s*(?:of|among)\s+(?:those|them|these|the\s+(?:dead|victims|injured|wounded|casualties|"
                  r"total|arrested|survivors|missing))(?:\s+[a-z]+){0,3}?\s*,\s*")
"""A sentence that breaks down the total of the one before: "Of those, ...", "Among the dead, ..."."""
OF_THOSE_HINTS = ("of those", "of them", "of these", "among the", "among those", "among them", "among these",
                  "of the dead", "of the victims", "of the injured", "of the wounded", "of the casualties",
                  "of the total", "of the arrested", "of the survivors", "of the missing")
WHOLE_AFTER = lazy_i(r"[^.;:\d]{0,40}?,?\s*(?:and\s+nothing\s+(?:else|more)|and\s+no\s+more|between\s+them|and\s+no\s+others?)\b")
"""After the last part, words that say the list is the whole ("... and £12,000 in court costs, and nothing else")."""
LIST_GOES_ON = lazy_i(r"^[^.;:]*?(?:,|\band\b|\bplus\b)\s+(?:[a-z'-]+\s+){0,3}?(?:one|none|another|no\s+one)\b")
"""After the last part read, more parts the claims do not hold ("won five, drew three and lost one")."""
OF_THEM_AFTER = lazy_i(r"^\s+of\s+(?:them|whom|those|these|which)\b")
"""A part said to be "of them": "killing 30 people, 12 of them children"."""
LIST_LINK = lazy_i(r"(?:,\s*(?:and\s+|while\s+|with\s+|plus\s+|but\s+)?|;\s*(?:and\s+)?|\s+and\s+|\s+plus\s+|"
                   r"\s+as\s+well\s+as\s+|\s+while\s+|\s+with\s+)(?:another|a\s+further|the\s+other|"
                   r"the\s+remaining|the\s+rest,?|the\s+last|a\s+final|just|only|some|about|around|nearly|almost)?\s*"
                   r"(?P<before>(?:[A-Za-z'-]+\s+){0,3}?)" + QUAL + r"$")
"""Between one part of a list and the next: ", ", " and ", ", and the remaining ", ", the Conservatives "."""
BRACKETED_LINK = lazy_i(r"^\s*\)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[a-z'-]+\s+){1,3}\(\s*$")
"""Between parts given in brackets after their labels: "health (£1.1bn), education (£800m) and transport (£700m)"."""
PART_BREAK = lazy_i(r"\b(?:but|because|although|though|whereas|than|after|before|when|since|until|if|unless|"
                    r"who|whom|whose|which|that|per|each|every|a\s+(?:day|week|month|year)|old|aged?|percent|"
                    r"cent|times|more|fewer|less|over|under|up|down|out|between|said|says|"
                    r"total|all|other|others|another)\b|[%()\u2014\u2013:;\"\u201c\u201d]|\s-\s")
"""Words in a part's description that mean it is not a plain part of the total."""
OVERLAP_WORDS = frozenset({
    "said", "say", "says", "cited", "named", "mentioned", "reported", "want", "wanted", "wants", "prefer",
    "preferred", "worried", "worry", "concerned", "use", "used", "uses", "own", "owned", "owns", "like", "liked",
    "support", "supports", "thought", "think", "believe", "believed", "agreed", "agree", "chose", "choose",
    "also", "both", "too",
})
"""Words of answers and attributes that may overlap ("600 said prices and 550 jobs"): parts then need not add up."""
POSSESSION = lazy_i(r"\b(?:has|have|had)\s+(?!been\b)(?![a-z]+(?:ed|en)\b)[a-z]+")
""""have degrees", "had cars": an attribute, which several parts may share (not "have been freed")."""
PERSON_NOUNS = frozenset({
    "people", "persons", "person", "victims", "dead", "injured", "wounded", "casualties", "staff", "workers",
    "employees", "passengers", "delegates", "members", "member", "mps", "voters", "residents", "students", "pupils",
    "children", "adults", "patients", "soldiers", "troops", "civilians", "refugees", "migrants", "prisoners",
    "hostages", "survivors", "players", "candidates", "councillors", "ministers", "officers", "officials",
    "respondents", "fans", "visitors", "tourists", "applicants", "teachers", "nurses", "doctors", "men", "women",
    "athletes", "competitors", "runners", "seats", "votes", "ballots", "medals", "games", "matches", "cases",
})
"""Totals whose parts may be named by other nouns ("30 people: 12 children and 20 adults"); a total of other
things ("120 homes") is not made of parts named otherwise ("3,500 firefighters")."""
VERBS = frozenset({
    "was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "died", "die", "dies", "remain",
    "remained", "remains", "left", "went", "came", "fled", "stayed", "returned", "survived", "recovered",
    "did", "do", "does", "got", "received", "said", "says", "will", "would", "could", "can", "may", "might",
    "should", "must", "voted", "won", "lost", "made", "took", "gave", "need", "needed", "needs", "suffered",
    "required", "underwent", "sustained", "treated", "discharged", "released", "face", "faced",
})
"""Verbs that make a later part its own clause ("and two died"), so the parts may overlap the others."""
COMPLEMENTS: tuple[frozenset[str], ...] = (
    frozenset({"children", "child", "adults", "adult", "minors", "minor", "juveniles", "juvenile"}), frozenset({"men", "women"}),
    frozenset({"boys", "girls"}), frozenset({"males", "females", "male", "female"}),
    frozenset({"civilians", "soldiers", "troops", "combatants", "militants", "fighters", "police", "officers"}),
    frozenset({"dead", "killed", "injured", "wounded", "hurt", "missing", "survivors", "survived"}),
    frozenset({"yes", "no", "for", "against", "abstained", "abstentions", "favour", "favor"}),
    frozenset({"domestic", "foreign", "local", "foreigners", "nationals", "residents", "visitors", "tourists"}),
    frozenset({"public", "private"}), frozenset({"passengers", "crew"}), frozenset({"staff", "students", "pupils"}),
    frozenset({"won", "drew", "lost", "drawn", "wins", "draws", "losses", "defeats", "victories"}),
    frozenset({"freed", "released", "remain", "held", "captivity", "dead"}),
)
"""Categories that between them cover a whole ("12 were children and 20 adults")."""
ANSWERS: tuple[frozenset[str], ...] = (
    frozenset({"backed", "opposed", "supported", "support", "oppose", "favour", "favor", "against", "approve",
               "approved", "disapprove", "disapproved", "undecided", "unsure", "know", "knew"}),
)
"""Answers that exclude each other but need not cover everyone ("312 backed the motion and 308 opposed it" may
leave abstentions): they cover the whole only with a residual answer among them (:data:`RESIDUAL_ANSWERS`)."""
RESIDUAL_ANSWERS = frozenset({"undecided", "unsure", "know", "knew", "abstained", "abstentions", "opinion"})
"""The answer that takes everyone else: "110 did not know", "12% were undecided"."""


# ----------------------------------------------------------------------------- change

UP_WORDS = frozenset({
    "rose", "rise", "rises", "rising", "risen", "increase", "increased", "increases", "increasing", "up", "gain",
    "gained", "gains", "grew", "grow", "grown", "growth", "growing", "climb", "climbed", "climbs", "climbing",
    "jump", "jumped", "jumps", "soar", "soared", "soaring", "surge", "surged", "surging", "rally", "rallied",
    "advance", "advanced", "higher", "boost", "boosted", "raise", "raised", "hike", "hiked", "increment",
    "swelled", "expanded", "expansion", "added", "spike", "spiked", "leap", "leapt", "leaped", "improved",
})
DOWN_WORDS = frozenset({
    "fell", "fall", "falls", "falling", "fallen", "drop", "dropped", "drops", "dropping", "decline", "declined",
    "declines", "declining", "decrease", "decreased", "decreases", "down", "cut", "cuts", "lower", "lowered",
    "slump", "slumped", "plunge", "plunged", "slid", "slide", "tumble", "tumbled", "sank", "sink", "shrank",
    "shrink", "shrunk", "dip", "dipped", "eased", "reduction", "reduced", "reduce", "plummeted", "plummet",
    "contracted", "contraction", "dive", "dived", "slipped", "slip", "lost", "retreated", "slowed", "skidded",
    "tumbling", "sliding", "trimmed", "slashed", "shed",
})
CHANGE_NOUNS = r"(?:rise|increase|gain|growth|jump|climb|surge|hike|fall|drop|decline|decrease|cut|reduction|" \
               r"slump|dip|loss|plunge|improvement|boost|change|swing|uplift|markup|mark-up)"
MULTIPLES: dict[str, float] = {"doubled": 2, "doubling": 2, "tripled": 3, "trebled": 3, "tripling": 3,
                               "quadrupled": 4, "halved": 0.5, "halving": 0.5, "twofold": 2, "threefold": 3,
                               "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
                               "ninefold": 9, "tenfold": 10, "quintupled": 5}
"""Changes written as a multiple ("doubled from 20 to 40")."""
LEVEL_OF = r"(?:(?:[\w-]+\s+){0,2}(?:low|high|level|total|figure|peak|average|median|record|price|rate)\s+of\s+)?"
"""Words naming a level before its figure: "from an average of £290,000", "from a peak of 3.1%"."""
PER_UNIT = r"(?:a|an|per|each)\s+(?:day|week|month|year|hour|share|head|kg|kilo|kilogram|kilogramme|litre|liter|" \
           r"gallon|tonne|ton|barrel|ounce|pound|lb|unit|person|pint|night|room|square\s+(?:foot|metre|meter)|mile|km)"
"""The unit a level is priced per: "from ₹30 a kg to ₹80", "to KSh217 a litre from KSh180"."""
FROM_BEFORE = lazy_i(r"\bfrom\s+(?:an?\s+|the\s+)?" + LEVEL_OF + QUAL + r"$")
"""Before A of "from A to B"."""
TO_BEFORE = lazy_i(r"\bto\s+(?:an?\s+(?:record|new|high|low|all-time)\s+(?:high\s+|low\s+)?(?:of\s+)?)?" + QUAL + r"$")
"""Before B of "to B from A"."""
A_TO_B = lazy_i(r"^\s*(?:" + PER_UNIT + r"\s+)?(?:a\s+year\s+(?:earlier|ago|before)\s+|last\s+year\s+|previously\s+)?,?\s*to\s+"
                r"(?:an?\s+(?:record|new|high|low|all-time)\s+(?:high\s+|low\s+)?(?:of\s+)?)?" + QUAL + r"$")
"""Between A and B of "from A to B" (on the masked text): " to ", " in ### to "."""
B_FROM_A = lazy_i(r"^\s*(?:" + PER_UNIT + r"\s*)?,?\s*(?:up\s+|down\s+)?from\s+(?:an?\s+|the\s+)?"
                  + LEVEL_OF + QUAL + r"$")
"""Between B and A of "to B from A": " from ", " in ### from "."""
ASIDE_FROM_A = lazy_i(r"^\s*(?:a|per|each)\s+(?:share|unit|head|person|barrel|tonne|ton|ounce),?\s*(?:up\s+|down\s+)?"
                      r"from\s+" + QUAL + r"$")
"""After a per-share aside: "to $120 million, or $1.20 a share, from $104 million"."""
ASIDE = lazy_i(r"^\s*,\s*or\s+$")
X_TO = lazy_i(r"^\s*(?:(?:in|during|for|over|on|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s*)?"
              r",?\s*to\s+" + QUAL + r"$")
"""Between the change and B: "rose 15% to", "rose 54% in the latest period to", "fell 12% ### to"."""
X_FROM = lazy_i(rf"^\s*(?:{CHANGE_NOUNS}\s+)?(?:of\s+(?:its|their|the)\s+value,?\s+[a-z]+ing\s+)?"
                r"(?:(?:year|month|quarter|week)[\s-]on[\s-](?:year|month|quarter|week)\s*)?(?:(?:(?:in|during|for|over|on)\s+(?:the\s+)?|"
                r"(?:this|last|that)\s+)(?:[\w-]+\s+){0,3}?[\w-]+\s*)?,?\s*from\s+(?:an?\s+|the\s+)?" + LEVEL_OF + QUAL + r"$")
"""Between the change and A: "rose 25% from", "a 50% rise from"."""
CHANGE_AFTER = lazy_i(r"^\s*(?:" + PER_UNIT + r"\s*)?" + rf"(?:,\s*|\s*\(\s*|\s*[\u2014\u2013]\s*|\s+-\s+)(?:an?\s+{CHANGE_NOUNS}\s+of\s+|"
                      rf"(?:or\s+)?(?:up|down|higher|lower)\s+(?:by\s+)?|or\s+|which\s+is\s+an?\s+{CHANGE_NOUNS}\s+of\s+|"
                      rf"an?\s+|(?:representing|marking)\s+(?:an?\s+)?(?:{CHANGE_NOUNS}\s+of\s+)?)?{QUAL}$")
"""Between B (of "from A to B") and the change stated after it: ", a 25% rise", ", up 25%", " (25%)"."""
RANGE = lazy_i(r"^(.+?)\s+to\s+(.+)$")
"""A claim the extractor read as a range, "2.4 million to 3.1 million": after "from", two levels."""
CHANGE_NOUN_AFTER = lazy_i(rf"^[\s-]*(?:{CHANGE_NOUNS}|higher|lower|more|less|up|down)\b")
"""After a change, the word that makes it one: "a 25% rise", "25% higher"."""

# ----------------------------------------------------------------------------- rates

PERIOD_DAYS: dict[str, float] = {"day": 1, "week": 7, "fortnight": 14, "month": 365.25 / 12, "quarter": 365.25 / 4,
                                 "year": 365.25}
"""Each period in days (the nominal length; :data:`PERIOD_FACTORS` allows for working days)."""
PERIOD_NAMES: dict[str, str] = {"day": "day", "week": "week", "fortnight": "fortnight", "month": "month",
                                "quarter": "quarter", "year": "year", "annum": "year", "daily": "day",
                                "weekly": "week", "monthly": "month", "quarterly": "quarter", "annually": "year",
                                "yearly": "year", "hour": "hour", "hourly": "hour", "minute": "minute"}
RATE_AFTER = lazy_i(r"^\s*(?:of\s+[a-z-]+\s+)?(?:(?:a|an|per|each|every)\s+(?:single\s+|calendar\s+|financial\s+)?"
                    r"(day|week|fortnight|month|quarter|year|annum|hour|minute)\b|(daily|weekly|monthly|quarterly|annually|yearly|hourly)\b)")
"""After a figure, the period that makes it a rate: "£350m a week", "$1m daily"."""
PERIOD_HINTS = (" a day", " a week", " a fortnight", " a month", " a quarter", " a year", "per ", "each ", "every ",
                "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "annum", " an hour")
"""Cheap first test for a rate in a sentence."""
RATE_UNIT = lazy_i(r"^(.*)/(minute|hour|day|week|month|year)$")
"""A quantity's unit with a period: "barrel/day"."""
PERIOD_FACTORS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("day", "week"): (5, 7, 7), ("day", "fortnight"): (10, 14, 14), ("day", "month"): (20, 31, 30.4),
    ("day", "quarter"): (60, 92, 91.3), ("day", "year"): (250, 366, 365), ("week", "fortnight"): (2, 2, 2),
    ("week", "month"): (4, 4.43, 4.35), ("week", "quarter"): (12.9, 13.1, 13), ("week", "year"): (50, 52.2, 52),
    ("fortnight", "month"): (2, 2.2, 2.17), ("fortnight", "year"): (25, 26.1, 26), ("month", "quarter"): (3, 3, 3),
    ("month", "year"): (12, 12, 12), ("quarter", "year"): (4, 4, 4),
    ("hour", "day"): (7, 24, 24), ("hour", "week"): (20, 168, 40), ("hour", "month"): (80, 744, 173),
    ("hour", "year"): (1000, 8784, 2080), ("minute", "hour"): (60, 60, 60), ("minute", "day"): (420, 1440, 1440),
}
"""How many of the first period make the second: (least, most, nominal). Generous: a day rate may count
working days (250 a year), a week rate 50 working weeks, an hour rate a working day or a plant's round the
clock (7-24 a day; the nominal week and year of an hourly rate are a working one)."""
RATE_ASIDE = lazy_i(r"(?:\s+[\w'\u2019-]+){1,5}?")
"""Words between a rate and its restatement that say what it is of: "£14 a week in housing benefit, or £1,400 a
year", "£350m a week to Brussels, or £5bn a year"."""
RATE_ASIDE_BREAK = lazy_i(r"\b(?:and|but|while|whereas|than|compared|versus|vs|plus|up|down|rising|falling|rose|fell|"
                          r"instead|more|less|each|every|per)\b|[\d;:()]")
"""Words that make the words after a rate something else than an aside ("£350m a week and £4bn a year")."""
SPAN_TOTAL_BEFORE = lazy_i(r"(?:\ba\s+total\s+of|\btotall?ing|\bamount(?:s|ed|ing)?\s+to|\bwould\s+(?:amount|come|add\s+up)\s+to|"
                           r"\bcomes?\s+to|\badds?\s+up\s+to|\bin\s+all,?)\s*" + QUAL + r"$")
"""Before the total a rate makes over a span: ", which over a year would amount to £36.5m"."""
SPAN_COMPARED = lazy_i(r"\b(?:up|down|from|versus|vs|against|compared\s+(?:with|to)|instead\s+of|"
                       r"(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!rather\s)than)\s+" + QUAL + r"$")
"""Before another figure that is compared with a rate, not its total ("..., up from 20,000 last year")."""
SPAN_BEFORE = lazy_i(r"\b(?:over|for|during|through|throughout|across|in|of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$")
"""Before the span a rate runs over: "through the 150-day season", "Over the five-year contract"."""
RATE_LINK = lazy_i(rf"\s*(?:,\s*|\(\s*|[\u2014\u2013]\s*|-+\s+|:\s*)(?:or|that\s+is|i\.e\.|equivalent\s+to|"
                   rf"the\s+equivalent\s+of|which\s+is|which\s+works\s+out\s+(?:at|to)|amounting\s+to|making|"
                   rf"roughly|about|around|some|nearly|almost)?,?\s*{QUAL}")
"""Between a rate (and its period) and the same rate over another period: ", or ", " (", " — about "."""
TOTAL_LINK = lazy_i(rf"\s*(?:,\s*|\(\s*|[\u2014\u2013]\s*|-+\s+)(?:or|a\s+total\s+of|totalling|totaling|"
                    rf"making|for\s+a\s+total\s+of|amounting\s+to|that\s+is|in\s+all)?,?\s*{QUAL}")
"""Between a rate over a span and the total it comes to: "for ten days, a total of"."""
HOURS_SPAN = lazy_i(r"^\s*for\s+(?:a|an|each|every|the)\s+$")
"""Between a total and the length in hours it is paid or made over: "£480 for a 40-hour week"."""
OVER_SPAN = lazy_i(r"\s*(?:for|over|during|in|across)\s+(?:the\s+(?:next|past|last|first)\s+|a\s+period\s+of\s+)?")
"""Between a rate and the span it runs for: " for ", " over the next "."""

# ----------------------------------------------------------------------------- conversions

CONVERSION_LINK = lazy_i(r"\s*(?:\(\s*(?:or\s+)?|,\s*(?:or\s+|equivalent\s+to\s+|the\s+equivalent\s+of\s+|"
                         r"worth\s+)?|\s*[\u2014\u2013]\s*|\s+-+\s+|\s+or\s+)(?:about\s+|around\s+|roughly\s+|"
                         r"some\s+|nearly\s+|almost\s+|approximately\s+|an\s+estimated\s+|just\s+(?:over|under)\s+|"
                         r"more\s+than\s+|less\s+than\s+|over\s+|under\s+)?(?:US\s*)?")
"""Between an amount and the same amount in another currency: " (", ", or about ", " — "."""

# ----------------------------------------------------------------------------- ages and spans

BORN_BEFORE = lazy_i(r"\b(?:born|b\.)\s*(?:in\s+|on\s+)?(?:(?:[\w'.-]+\s+){0,3}(?:in|on)\s+|"
                     r"(?<=on\s)[^,.;:\d]{1,25},\s*)?$")
"""Before a birth date: "born in 1960", "(born 3 May 1960", "born in Prague in 1950"."""
FOUNDED_BEFORE = lazy_i(r"\b(?:founded|established|formed|created|set\s+up|built|opened|launched|incorporated)"
                        r"\s+(?:in\s+|on\s+)?$")
AGE_BEFORE = lazy_i(r"(?:\baged\s+|\bage\s+|\bat\s+the\s+age\s+of\s+|\bwho\s+is\s+|\bnow\s+|\b(?:is|turns)\s+)$")
"""Before an age written as a bare number: "aged 45", "who is 81", "is 45"."""
AGE_IS_AFTER = lazy_i(r"^\s*(?:[,.;)]|$|\s+(?:and|but|this|next|today|now)\b)")
"""After "is 45": the clause ends, so the number is the age ("Jones ... is 45.")."""
APPOSITION_BEFORE = lazy_i(r"[A-Za-z][\w'\u2019.-]+\s*(?:,|\()\s*$")
APPOSITION_AFTER = lazy_i(r"^\s*(?:,|\)|\s+(?:who|and)\b)")
AGE_UNITS = frozenset({"years old", "year old", "years of age"})
AGE_WRITTEN = lazy_i(r"\b(\d{1,3})(?:-year-old\b|\s+years?\s+old\b|\s+years\s+of\s+age\b)")
"""An age the claims may not hold ("is now 30 years old"): read from the text."""
PAST_AGE = lazy_i(r"\b(?:died|was\s+killed|killed|passed\s+away|death|when\s+(?:he|she|they)\s+(?:was|were)|"
                  r"at\s+the\s+time|then|the\s+late)\b")
"""Words that tie a stated age to another time than publication."""
ORIGIN_HINTS = ("born", "b.", "founded", "established", "formed", "created", "set up", "built", "opened", "launched",
                "incorporated")
"""Cheap first test for :data:`BORN_BEFORE` and :data:`FOUNDED_BEFORE`."""
START_HINTS = ("began", "begun", "started", "erupted", "broke out", "flared", "opened", "launched", "founded",
               "established", "took office", "came to power", "elected", "imposed", "introduced", "took effect",
               "came into force", "power", "office", "control", "charge", "took over", "joined", "arrived",
               "appointed", "named", "sworn in", "became")
"""Cheap first test for :data:`EVENT_START`."""
START_VERBS = r"(?:began|begun|started|erupted|broke\s+out|flared|opened|was\s+launched|was\s+founded|imposed|" \
              r"introduced|was\s+imposed|was\s+introduced|took\s+effect|came\s+into\s+force|" \
              r"(?:seized|took|assumed|won)\s+(?:power|office|control|charge)|took\s+over|joined|arrived|" \
              r"was\s+(?:appointed|named|sworn\s+in)|" \
              r"was\s+established|took\s+office|came\s+to\s+power|was\s+elected|became\s+(?:the\s+)?[a-z]+)"
EVENT_START = lazy_i(rf"\b(?:the\s+)?([a-z][a-z-]+)(?:\s+\([^)]*\))?(?:,\s+which|\s+that|,)?\s+(?:had\s+|has\s+)?(?:first\s+)?{START_VERBS}"
                     r"\s+(?:in|on|at\s+the\s+(?:start|beginning)\s+of)\s+$")
"""Before the start of an event: "the war began in", "the war, which broke out in"."""
NOW_AFTER = lazy_i(r"^[,\s]*(?:in\s+all|now|on|so\s+far|to\s+date|and\s+counting|(?:have|has)\s+(?:now\s+)?(?:passed|elapsed|gone\s+by))\b")
"""After a duration that runs to now: "three years now", "five years on", "six years have passed"."""
FOR_BEFORE = lazy_i(r"\b(?:for|of|in|after|the\s+(?:past|last)|mark(?:s|ed|ing)?|celebrat(?:e|es|ed|ing))\s+(?:the\s+)?(?:past\s+|last\s+)?"
                    r"(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+)?$")
"""Before a duration counted from a "since" date: "for seven years", "after seven years"."""
STARTED_OPENING = lazy_i(r"^\s*(?:opened|founded|built|launched|established|created|formed|set\s+up|begun|started|"
                         r"imposed|introduced|married|elected|appointed)\s+(?:in|on)\s+$")
"""A sentence opening with its subject's start: "Opened in 1998, the bridge ..."."""
SINCE_BEFORE = lazy_i(r"\bsince\s+(?:(?:[a-z]+\s+){1,4}?(?:in|on)\s+)?(?:early\s+|late\s+|mid-?)?$")
"""Before the date a span runs from: "since 2011", "since taking office in 2010"."""
SINCE_AFTER = lazy_i(r"^\s+since\b")
"""After a duration counted from a later date: "It is 20 years since the factory closed in 1998"."""
IT_IS_BEFORE = lazy_i(r"\b(?:it\s+is|it's|it\s+has\s+been|this\s+(?:year|month|week)\s+marks|marks|marking|now|in)\s+"
                      r"(?:(?:almost|nearly|more\s+than|about|some|exactly|just\s+over)\s+)?$")
"""Before such a duration, in the present: "It is", "This year marks"."""
SPAN_FROM = lazy_i(r"\b(?:from|between)\s+$")
SPAN_TO = lazy_i(r"^\s*(?:to|until|till|and|through|-|\u2013)(?:(?:\s+[a-z]+){1,3}?\s+(?:in|on))?\s*$")
"""Between the dates of a span: " to ", "–", " until it reopened in "."""
YEAR_RANGE = lazy_i(r"^\s*(?:to|-|\u2013)\s*$")
"""Between two years written as a span without "from": "The 2014 to 2018 programme", "the 1975–1990 war"."""
SPAN_START_BEFORE = lazy_i(r"\b(?:opened|began|started|begun|launched|commenced)\s+(?:on|in)\s+$")
SPAN_END_BEFORE = lazy_i(r"\b(?:ended|closed|finished|concluded|ran\s+until)\s+(?:on|in)\s+$")
"""Before the first and the last day of a span said by its events: "opened on 4 January and ended on 28 January"."""
AFTER_THE = lazy_i(r"^\s+after\s+(?:the\s+)?(?:(?:[a-z]+\s+){1,3}?(?:broke\s+out|began|begun|started|erupted)\s+"
                  r"(?:in|on)\s+(?:the\s+)?)?$")
"""Between a duration and the date it is counted from: "A fortnight after the 6 April fire", "Eight years after
fighting broke out in September 2019"."""
AFTER_OPENING = lazy_i(r"(?:^|[,;(\u2014\u2013]\s*)after\s+$")
"""Before a duration that opens its clause: "After three years of war, ..."."""
DURATION_OF = lazy_i(r"^\s*(?:of\s+(?:the\s+|a\s+|an\s+)?)?(?:([a-z][a-z-]+)\s+)?([a-z][a-z-]+)")
EVENT_NOUNS = frozenset({
    "war", "wars", "conflict", "fighting", "occupation", "siege", "strike", "strikes", "crisis", "dispute",
    "civil war", "insurgency", "uprising", "revolt", "rebellion", "campaign", "blockade", "embargo",
    "sanctions", "lockout", "drought", "famine", "recession", "boom", "rule", "reign", "presidency",
    "marriage", "talks", "negotiations", "shutdown", "closure", "ban", "standoff", "stand-off", "protests",
    "investigation", "inquiry", "trial", "violence", "unrest", "ceasefire", "truce", "partnership",
    "membership", "tenure", "leadership",
})
"""Nouns of events that run from a start: "three years of war" against "the war began in 2011"."""

# ----------------------------------------------------------------------------- repeated quantities

DEFINITE = frozenset({"the", "this", "that", "its", "their", "his", "her", "same", "whole", "entire"})
"""Words before an amount that point back to something already named ("the $2 billion fine")."""
HEAD_LINKS = frozenset({"of", "worth", "totalling", "totaling"})
"""Words between a noun and its amount: "a fine of $2 million", "a deal worth £5m"."""
VERB_HEADS: dict[str, str] = {"fined": "fine", "budgeted": "budget", "loaned": "loan", "lent": "loan",
                              "borrowed": "loan", "donated": "donation", "pledged": "pledge", "lost": "loss",
                              "bid": "bid", "offered": "offer", "awarded": "award", "granted": "grant",
                              "invested": "investment", "raised": "raise", "refunded": "refund", "sold": "sale",
                              "bought": "purchase", "paid": "payment", "spent": "spending"}
"""Verbs before an amount and the noun that names it later ("fined $2m" ... "the $2bn fine")."""
FUNCTION_WORDS = frozenset({
    "of", "in", "for", "to", "from", "on", "at", "by", "with", "and", "or", "but", "was", "is", "are", "were",
    "be", "that", "which", "who", "a", "an", "the", "it", "he", "she", "they", "we", "will", "would", "has",
    "had", "have", "this", "these", "those", "its", "their", "his", "her", "as", "into", "than", "after",
    "before", "since", "over", "under", "about", "so", "not", "also", "could", "can", "may", "should", "said",
})
GENERIC_HEADS = frozenset({
    "people", "person", "persons", "year", "years", "share", "shares", "cents", "cent", "percent", "per",
    "times", "time", "more", "less", "each", "every", "last", "next", "units", "items", "things", "others",
    "other", "deal", "figure", "sum", "amount", "total", "number", "dollars", "pounds", "euros", "million",
    "billion", "trillion", "thousand", "hundred", "company", "group", "firm", "month", "months", "week", "weeks",
    "day", "days", "quarter", "quarters", "increase", "rise", "fall", "drop", "decline", "gain", "losses",
    "profit", "profits", "revenue", "revenues", "sales", "income", "earnings", "stake", "price", "prices",
    "value", "rate", "level", "members", "member", "workers", "jobs", "employees", "staff", "votes", "seats",
    "points", "cases", "deaths", "homes", "houses", "children", "men", "women", "families", "students",
    "passengers", "residents", "troops", "soldiers", "police", "officers", "visitors", "customers", "users",
    "tonnes", "barrels", "new", "down", "up", "off", "out", "back", "mark", "around", "some", "just", "only",
    "nearly", "almost", "net", "cash", "debt", "debts", "assets", "capital", "market", "funding", "money",
    "spending", "costs", "cost", "bill", "payment", "payments", "year-on-year", "annually", "apiece", "a-year", "a-share", "yesterday", "today", "now", "then", "brothers", "sisters",
})
"""Words that say too little to tell two figures are the same thing ("$5 million in sales")."""
NOT_SAME = frozenset({
    "new", "revised", "original", "originally", "initial", "initially", "previous", "previously", "earlier",
    "latest", "first", "second", "third", "another", "additional", "extra", "further", "other", "annual",
    "monthly", "weekly", "daily", "yearly", "remaining", "final", "last", "next", "current", "proposed",
    "planned", "expected", "estimated", "projected", "forecast", "target", "old", "former", "higher", "lower",
    "increased", "reduced", "total", "combined", "net", "gross", "average", "median", "minimum", "maximum",
    "per", "each", "smaller", "larger", "bigger", "separate", "similar", "rival", "competing", "counter",
})
"""Words beside a figure that mark it as a different amount of the same kind of thing."""
CHANGED = lazy_i(r"\b(?:rais(?:e|ed|es|ing)\s+(?:it|its|the|their|his|her|our)\b|increas(?:e|ed|es|ing)|cut|cuts|cutting|lower(?:ed|ing)?|revis(?:e|ed|ing)|"
                 r"sweeten(?:ed|ing)?|boost(?:ed|ing)?|r[oi]se|rises|risen|fell|fall(?:en|s)?|gr[eo]w|grown|"
                 r"doubl(?:e|ed)|tripl(?:e|ed)|halv(?:e|ed)|reduc(?:e|ed|ing)|trimm(?:ed)?|slash(?:ed)?|"
                 r"extend(?:ed)?|expand(?:ed)?|scal(?:e|ed)\s+(?:back|down|up)|top(?:ped)?\s+up|upped|"
                 r"instead|compared|versus|vs|whereas|than|up\s+from|down\s+from)\b|"
                 r"\b(?:from|to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?[$\u00a3\u20ac\u00a5\u20b9]?\d|"
                 r"\d\s*(?:[mbk]n?|million|billion|thousand)?\s+(?:to|from)\s")
"""Words beside a mention that allow its amount to differ from another's: a change, a comparison, a
"from"/"to" another figure."""

# ----------------------------------------------------------------------------- tense (weekdays of inferred years)

PAST_WORDS = frozenset({
    "was", "were", "had", "did", "went", "came", "met", "began", "struck", "fell", "held", "lit", "shut", "won",
    "lost", "took", "gave", "made", "saw", "left", "ran", "rose", "sank", "broke", "spoke", "stood", "sat", "led",
    "fled", "fought", "caught", "brought", "bought", "sold", "thought", "found", "kept", "sent", "spent", "built",
    "felt", "grew", "drew", "threw", "flew", "wore", "became", "got", "drove", "rode", "chose", "froze", "woke",
    "shook", "stole", "beat", "paid", "laid", "heard", "dealt", "knew", "sought", "taught", "swept", "swam",
    "withdrew", "overtook", "ago", "yesterday", "last", "earlier",
})
"""Words that put a sentence in the past ("were lit on Wednesday 2 June"); with :data:`PAST_ENDING`."""
PAST_ENDING = "ed"
NOT_PAST = frozenset({
    "scheduled", "expected", "planned", "slated", "timetabled", "billed", "booked", "united", "limited", "based",
    "red", "bed", "need", "speed", "seed", "feed", "hundred", "indeed", "proceed", "exceed", "succeed", "breed",
    "related", "detailed", "advanced", "skilled", "registered", "supposed", "alleged", "proposed", "unprecedented",
    "wed", "shed", "sacred", "naked", "wicked", "beloved", "aged", "reported", "confirmed", "added", "stated",
    "announced", "explained", "noted", "insisted", "warned", "claimed", "admitted", "suggested",
})
"""Words ending in "-ed" that do not date the sentence: adjectives, plans, and the reporting verbs of any story."""
AUXILIARY_BEFORE = frozenset({"be", "been", "being", "is", "are", "am", "get", "gets", "to", "will", "would", "'s",
                              "has", "have", "a", "an", "the", "its", "their", "his", "her", "this", "that"})
"""A participle after these ("will be held", "is closed", "have described", "a reduced timetable") is not a
past tense."""
FUTURE_WORDS = frozenset({
    "will", "shall", "'ll", "due", "scheduled", "slated", "planned", "expected", "upcoming", "next", "tomorrow",
    "is", "are", "going", "plans", "intends", "timetabled",
})
"""Words that put a date in a sentence now or ahead ("are due to lift on Sunday 19 July", "Election Day is ...")."""
SCHEDULED_PRESENT = frozenset({"come", "comes", "begins", "starts", "opens", "closes", "kicks", "resumes"})
"""Present verbs of a timetable that put a date ahead ("New parking charges come into force on Sunday 1st July"),
unless after "has", "have" or "had"."""

KIN_NOUNS = frozenset({
    "son", "sons", "daughter", "daughters", "wife", "husband", "partner", "mother", "father", "mum", "dad",
    "brother", "sister", "child", "children", "granddaughter", "grandson", "grandmother", "grandfather",
    "grandchild", "niece", "nephew", "cousin", "baby", "girlfriend", "boyfriend", "fiance", "fiancee", "widow",
    "widower", "friend", "colleague", "uncle", "aunt", "parents", "twin",
})
"""People a sentence may name between an age and a birth date, whose birth it then is ("Mr Lowe, 71, was
travelling with his granddaughter, who was born in 2004")."""
AGE_TURNS_BEFORE = lazy_i(r"\b(?:turns|will\s+turn|is\s+turning|turning)\s+$")
"""Before the age a person reaches at the next birthday: "who turns 40 on Tuesday"."""
BIRTHDAY_WRITTEN = lazy_i(r"\b(\d{1,3})(?:st|nd|rd|th)\s+birthday\b")
"""A birthday by its number: "celebrates her 100th birthday today"."""

HYPERNYMS = frozenset({
    "project", "facility", "scheme", "building", "structure", "vessel", "crossing", "deal", "document",
    "development", "site", "venue", "plan", "programme", "program", "package", "agreement", "contract",
    "settlement", "complex", "craft", "ship", "boat", "aircraft", "sum", "amount", "figure", "work", "works",
})
"""General nouns a story uses for a thing named before ("the KSh3 billion stadium" ... "the KSh300 million
facility"): a later definite mention by one of them may be the same thing, read only for digit slips."""
SIZE_AFTER = lazy_i(r"\s*(?:long|high|tall|wide|deep|across|in\s+length|in\s+diameter)\b")
"""After an amount put beside its noun: "The bridge, 1.2km long, ..."."""
RELATIVE_VERB = lazy_i(r"\s+(?:that\s+|which\s+)?(?:he|she|they|it|we|i|you)\s+(?:had\s+|has\s+|have\s+)?([a-z]+)")
"""A clause after an amount whose verb names it: "the £54,000 she lost" (a loss)."""
