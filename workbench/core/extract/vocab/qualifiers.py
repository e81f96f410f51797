"""Qualifier words before a figure or a duration, and the ``mod`` code each reports (docs/claims.md)."""

from __future__ import annotations

QUALIFIERS: dict[str, tuple[str | None, str]] = {
    "more than": ("MORE_THAN", "both"), "over": ("MORE_THAN", "both"), "well over": ("MORE_THAN", "both"),
    "just over": ("MORE_THAN", "both"), "a little over": ("MORE_THAN", "both"),
    "a little more than": ("MORE_THAN", "both"), "upwards of": ("MORE_THAN", "both"),
    "in excess of": ("MORE_THAN", "both"), "above": ("MORE_THAN", "figures"),
    "less than": ("LESS_THAN", "both"), "fewer than": ("LESS_THAN", "both"), "under": ("LESS_THAN", "both"),
    "just under": ("LESS_THAN", "both"), "below": ("LESS_THAN", "figures"), "nearly": ("LESS_THAN", "both"),
    "almost": ("LESS_THAN", "both"), "close to": ("LESS_THAN", "both"), "barely": ("LESS_THAN", "both"),
    "about": ("APPROX", "both"), "around": ("APPROX", "both"), "approximately": ("APPROX", "both"),
    "roughly": ("APPROX", "both"), "some": ("APPROX", "both"), "an estimated": ("APPROX", "figures"),
    "estimated": ("APPROX", "figures"), "or so": ("APPROX", "neither"),
    "at least": ("AT_LEAST", "both"), "no less than": ("AT_LEAST", "both"), "no fewer than": ("AT_LEAST", "figures"),
    "a full": ("AT_LEAST", "durations"), "as little as": ("AT_LEAST", "both"),
    "at most": ("AT_MOST", "both"), "no more than": ("AT_MOST", "both"),
    "up to": ("EQUAL_OR_LESS", "both"), "as many as": ("EQUAL_OR_LESS", "both"),
    "as much as": ("EQUAL_OR_LESS", "both"), "as long as": ("EQUAL_OR_LESS", "durations"),
    "as few as": (None, "figures"), "only": (None, "durations"), "just": (None, "durations"),
    "the better part of": (None, "durations"), "the last": (None, "durations"), "the past": (None, "durations"),
    "the next": (None, "durations"),
}
"""Qualifier words: their ``mod`` code (None: read but not reported) and what they qualify: ``figures``
(money, counts, percentages, quantities), ``durations``, ``both`` or ``neither``."""

APPROX_MODS = {"APPROX", "LESS_THAN"}
"""Codes that make a claim ``approximate``."""

OUTSIDE_DURATION_SPAN = {"only", "just", "barely", "as long as", "at least", "a full", "at most", "up to",
                         "as many as", "as much as", "as little as", "some", "the better part of"}
"""Qualifiers left out of a duration's span (TIMEX3 keeps "more than" in: "**more than a decade**")."""

MOD_CODES: dict[str, str] = {words: code for words, (code, _) in QUALIFIERS.items() if code is not None}


def qualifier_words(target: str) -> list[str]:
    """The qualifiers read before ``figures`` or before ``durations``."""
    return [w for w, (_, where) in QUALIFIERS.items() if where in (target, "both")]


def mod_code(words: str | None) -> str | None:
    """The ``mod`` code of qualifier words as written ("More  than" -> MORE_THAN), or None."""
    if not words:
        return None
    return MOD_CODES.get(" ".join(words.lower().split()))
