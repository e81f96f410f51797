"""``title``: a person's title of office as the story gave it, true on the publication date and perhaps not
on the republication date ("US Secretary of Defense Jim Mattis" → "then-US Secretary of Defense Jim
Mattis", "Jim Mattis, then US Secretary of Defense")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.lens.context import LensContext
from workbench.core.lens.model import Finding, LensClass
from workbench.core.lens.registry import register_lens_class

_PAST_ROLES = re.compile(r"(?i)^(?:former|ex-|ex\s|late|then-|then\s|outgoing|erstwhile)")
"""Titles that already say they are past (or about to be): true on any later day."""
_BETWEEN_BEFORE = re.compile(r"^[\s,]*(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Baroness|Prof)\.?\s+)?$")
_POSSESSIVE = re.compile(r"['’]s?\b|^the\s", re.IGNORECASE)
"""A title that starts with a possessive or an article ("Germany's Defence Minister", "the bank's chief")."""
_ARTICLE_BEFORE = re.compile(r"(?i)\bthe\s$")
_ENDS_APPOSITION = frozenset(",.;:)!?”\"’'—–")
_BETWEEN_AFTER = re.compile(r"^,\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


def _title_place(ctx: LensContext, start: int, end: int, title: str) -> tuple[int, int, str] | None:
    """Where the title stands: (its start, its end, "before" or "after" the name)."""
    text = ctx.text
    window_start = max(0, start - len(title) - 24)
    before = text[window_start:start]
    at = before.lower().rfind(title.lower())
    if at >= 0 and _BETWEEN_BEFORE.match(before[at + len(title):]):
        return window_start + at, window_start + at + len(title), "before"
    after = text[end:end + len(title) + 12]
    at = after.lower().find(title.lower())
    if at >= 0 and _BETWEEN_AFTER.match(after[:at]):
        return end + at, end + at + len(title), "after"
    return None


def find_titles(ctx: LensContext) -> Iterator[Finding]:
    if ctx.published is None:
        return
    for claim in ctx.claims:
        value = claim.value if isinstance(claim.value, dict) else None
        if claim.kind != "person" or value is None or not value.get("title"):
            continue
        title, name = str(value["title"]), str(value.get("name") or claim.text)
        if _PAST_ROLES.match(title):
            continue
        place = _title_place(ctx, claim.start, claim.end, title)
        if place is None:
            continue
        t_start, t_end, side = place
        if side == "before" and _POSSESSIVE.search(ctx.text[t_start:t_end]):
            # "Germany's Defence Minister X" cannot take "then-" in front ("then-Germany's" reads as a then-
            # Germany): the title follows the name instead, set off by commas.
            start, end = t_start, claim.end
            article = _ARTICLE_BEFORE.search(ctx.text, max(0, t_start - 4), t_start)
            if article is not None:  # "the bank's chief Anna Berg": the article goes with the title
                start = article.start()
            written = ctx.text[start:t_end]
            title_words = written[:1].lower() + written[1:] if written[:4].lower() == "the " else written
            closing = "" if ctx.text[end:end + 1] in _ENDS_APPOSITION else ","
            suggestion = f"{claim.text}, then {title_words}{closing}"
        elif side == "before":
            start, end = t_start, claim.end
            between = ctx.text[t_end:claim.start]
            suggestion = f"then-{ctx.text[t_start:t_end]}{between}{claim.text}"
        else:
            start, end = claim.start, t_end
            between = ctx.text[claim.end:t_start]
            suggestion = f"{claim.text}{between}then {ctx.text[t_start:t_end]}"
        yield ctx.finding(
            start, end, "title", anchor=ctx.published.isoformat(), reads_as=f"title as of {ctx.day}",
            suggestion=suggestion,
            explanation=f"“{title}” is what {name} was on {ctx.day}: check the title still holds on the "
                        "republication date, or say it was held then")


register_lens_class(LensClass(
    name="title", label="Title of office",
    description="A person's title as of the publication date: still theirs, or \"then-\"?",
    colour="#8e6cc0", find=find_titles, order=50))
