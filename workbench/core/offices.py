"""Checking a person's title against the library's office-holder records (what editors confirmed)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.core.model import Claim, OfficeHolder


def _same_title(a: str, b: str) -> bool:
    """"US Secretary of Defense" and "Secretary of Defense" name the same office; case does not matter."""
    x, y = " ".join(a.lower().split()), " ".join(b.lower().split())
    return bool(x and y) and (x == y or x in y or y in x)


@dataclass(frozen=True)
class TitleCheck:
    record: OfficeHolder
    held: bool | None
    """Whether the record says the title was held on the publication date (``None``: its dates cannot tell)."""

    def text(self, day: str) -> str:
        where = f" (source: {self.record.source})" if self.record.source else ""
        if self.held is None:
            return f"The library's record: {self.record.name}, {self.record.title}{where}; its dates are not known."
        verdict = "held then" if self.held else "NOT held then: check the title"
        return (f"The library's record: {self.record.name}, {self.record.title}, {self.record.span_text()}{where} — "
                f"{verdict} ({day}).")


def check_title(claim: Claim, records: Sequence[OfficeHolder], day: str | None) -> TitleCheck | None:
    """The record that speaks to this person claim's title on ``day`` (the publication date), if any."""
    value = claim.value if isinstance(claim.value, dict) else {}
    title, name = value.get("title"), value.get("name") or claim.text
    if claim.kind != "person" or not title or not day:
        return None
    matching = [r for r in records if r.name.lower() == str(name).lower() and _same_title(r.title, str(title))]
    if not matching:
        return None
    held = [r for r in matching if r.held_on(day)]
    if held:
        return TitleCheck(held[0], True)
    dated = [r for r in matching if r.held_on(day) is False]
    return TitleCheck(dated[0], False) if dated else TitleCheck(matching[0], None)
