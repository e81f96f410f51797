"""One fast pass over the text that finds the words every recogniser is anchored on.

The recognisers' full patterns are expensive to try at every position; instead they run only in small
windows around these triggers (digits, month and weekday names, time units, number words ...).
"""

from __future__ import annotations

import re

from workbench.core.extract.numbers import TENS, UNITS

_NUMBER_WORDS = "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))

TRIGGER_RE = re.compile(
    r"(?P<dig>\d+)"
    r"|\b(?:(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?"
    r"|years?|decades?|centur(?:y|ies)|millenni(?:um|a)|yrs?|hrs?|half)"
    r"|(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
    r"|(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?P<rel>today|yesterday|tomorrow|tonight)"
    r"|(?P<season>spring|summer|fall|autumn|winter)"
    r"|(?P<hol>christmas|thanksgiving|easter|halloween|new\s+year|independence|labor|memorial|valentine|boxing"
    r"|veterans|bastille|election|good\s+friday)"
    r"|(?P<sp>nineteen|eighteen)"
    r"|(?P<q>q[1-4]|h[12])"
    r"|(?P<tw>noon|midnight|midday)"
    r"|(?P<dec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
    rf"|(?P<num>{_NUMBER_WORDS}|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|several|couple"
    r"|tens|scores|few|handful))\b"
    r"|(?P<cur>[$\u20ac\u00a3\u00a5\u20b9\u20a6\u20a9\u20bd\u20ba\u20b1])"
)


class Trigger:
    """A trigger word: its kind (regex group name), span, and lower-cased text."""

    __slots__ = ("kind", "start", "end", "word")

    def __init__(self, kind: str, start: int, end: int, word: str) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.word = word


def find_triggers(text: str) -> tuple[str, list[Trigger]]:
    """The lower-cased text (same length as ``text``) and its triggers in order."""
    low = text.lower()
    if len(low) != len(text):  # a few characters ("\u0130") change length when lower-cased
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    out = []
    for m in TRIGGER_RE.finditer(low):
        kind = m.lastgroup or ""
        out.append(Trigger(kind, m.start(), m.end(), m.group(0).lower()))
    return low, out
