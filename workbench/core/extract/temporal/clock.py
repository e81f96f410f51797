"""Clock times: "3 p.m.", "10:35 GMT", "noon" (joined to the day they fall on by the pipeline)."""

from __future__ import annotations

import re

from workbench.core.extract.base import Context
from workbench.core.extract.patterns import alternation, lazy_i
from workbench.core.extract.registry import Example, on, recogniser
from workbench.core.extract.temporal.common import TCand, written
from workbench.core.extract.triggers import Trigger
from workbench.core.extract.vocab import calendar

_ZONE_WORDS = r"(?:local|(?-i:Pacific|Eastern|Central|Mountain|Atlantic))\s+(?:(?:standard|daylight)\s+)?time"
R_TIME = lazy_i(
    r"(?<![\w:.])(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am|pm)(?![\w])"
    rf"(?:\s+(?P<tz>GMT|UTC|BST|CET|[ECMP][SD]T|ET|{_ZONE_WORDS}))?"
    r"|(?<![\w:.])(?P<h2>[0-2]?\d):(?P<mi2>[0-5]\d)(?![\d:])(?:\s*(?P<tz2>GMT|UTC|BST|CET|[ECMP][SD]T|ET|hours|hrs"
    rf"|{_ZONE_WORDS}))?"
    rf"|(?<![\w-])(?P<w>{alternation(calendar.CLOCK_WORDS)})(?![\w-])"
)
_CLOCK_CUE_BEFORE = lazy_i(r"\b(?:at|by|from|until|to|before|after|around)\s+$")


def _clock_digits(t: Trigger, ctx: Context) -> bool:
    nxt = ctx.low[t.end:t.end + 4]
    return nxt[:1] in (":", ".") or nxt.lstrip()[:1] in ("a", "p")


@recogniser("time", R_TIME, kinds=("time",), anchors=[on("dig", 2, 24, when=_clock_digits), on("tw", 2, 2)],
            examples=[Example("The polls close at 3 p.m. on Thursday.", "3 p.m. on Thursday", "2018-02-15T15:00"),
                      Example("The quake struck at 10:35 GMT.", "10:35 GMT", "T10:35")])
def time(ctx: Context, m: re.Match[str]) -> TCand | None:
    """A time of day: "3 p.m.", "10:35 GMT", "14:00 local time"; "noon" and "midnight" (kept only when
    joined to a day)."""
    if m.group("w"):
        hh, mm = calendar.CLOCK_WORDS[m.group("w").lower()]
        return written(m.start(), m.end(), "time", f"T{hh:02d}:{mm:02d}", conf=0.5)
    if m.group("h") is not None:
        hh, mm, ap = int(m.group("h")), int(m.group("mi") or 0), m.group("ap").lower()
        if not 1 <= hh <= 12:
            return None
        if ap.startswith("p") and hh != 12:
            hh += 12
        elif ap.startswith("a") and hh == 12:
            hh = 0
    else:
        hh, mm = int(m.group("h2")), int(m.group("mi2"))
        if hh > 24:
            return None
        if not m.group("tz2") and not _CLOCK_CUE_BEFORE.search(ctx.text[max(0, m.start() - 12):m.start()]):
            return None
    return written(m.start(), m.end(), "time", f"T{hh:02d}:{mm:02d}", conf=0.85)
