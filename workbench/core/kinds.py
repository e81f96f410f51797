"""The kinds of claim, in one registry: label, colours, icon glyph, rank, and how values are written,
read back and edited.

The window's theme and lists, the reports, the value formatter and the extractor's overlap rule all
read this table; a new kind is one :func:`register_kind` call (see ``docs/extending.md``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from workbench.core import formatting as fmt

Formatter = Callable[[Any, "str | None", "str | None", bool], str]
"""(value, unit, mod, approximate) -> the value as an editor reads it."""


@dataclass(frozen=True)
class ClaimKind:
    name: str
    label: str
    colour: str
    """The icon's colour (the glyph is white on it)."""
    text_colours: tuple[str, str]
    """The claim's text in the article, in the light and the dark theme: readable on every status colour."""
    glyph: str
    rank: int
    """Which of two overlapping candidates wins when they are otherwise alike (higher wins)."""
    format: Formatter
    parse: Callable[[str], Any]
    """The editor's typed text to a value; ValueError with a message fit to show."""
    to_text: Callable[[Any, str | None], str]
    """A value back to the text :attr:`parse` reads."""
    temporal: bool = False
    guess: str | None = None
    """A pattern that says a selected span is probably of this kind (tried in :attr:`guess_order`)."""
    guess_order: int = 100
    hint: str = ""
    """An example of a value, for the editor's field."""


_KINDS: dict[str, ClaimKind] = {}


def register_kind(kind: ClaimKind) -> ClaimKind:
    """Add (or replace) a kind; the order of first registration is the order kinds are listed in."""
    _KINDS[kind.name] = kind
    return kind


def get_kind(name: str) -> ClaimKind | None:
    return _KINDS.get(name)


def claim_kinds() -> list[ClaimKind]:
    return list(_KINDS.values())


def kind_names() -> tuple[str, ...]:
    return tuple(_KINDS)


def label(name: str) -> str:
    kind = _KINDS.get(name)
    return kind.label if kind is not None else name.replace("_", " ").capitalize()


def guess_kind(text: str) -> str:
    """The likely kind of a span an editor selected (for a claim the extractor missed); count by default."""
    lowered = text.strip().lower()
    for kind in sorted(_KINDS.values(), key=lambda k: k.guess_order):
        if kind.guess and re.search(kind.guess, lowered):
            return kind.name
    return "count"


# ---------------------------------------------------------------------- the built-in kinds


def _format_date(value: Any, unit: str | None, mod: str | None, approximate: bool, *, time: bool = False) -> str:
    if not isinstance(value, str) or not value:
        return "time not resolved" if time else "date not resolved"
    text = fmt.format_timex_date(value) if not time or "-" in value else fmt.format_time_of_day(value.lstrip("T"))
    if mod in ("START", "MID", "END") and text:
        return f"{fmt.MODIFIERS[mod]} {text}"
    return fmt.prefix(mod, approximate) + text


def _format_duration(value: Any, unit: str | None, mod: str | None, approximate: bool) -> str:
    if not isinstance(value, str) or not value:
        return "length not resolved"
    return fmt.prefix(mod, approximate) + fmt.format_duration(value)


def _format_money(value: Any, unit: str | None, mod: str | None, approximate: bool) -> str:
    text = fmt.format_money(value)
    return fmt.prefix(mod, approximate) + text if text else "amount not resolved"


def _format_percent(value: Any, unit: str | None, mod: str | None, approximate: bool) -> str:
    if value is None:
        return "an unstated percentage"
    number = fmt.format_number(fmt.readable_share(float(value)), words=False)
    if unit in fmt.PERCENT_UNITS:
        return f"{fmt.prefix(mod, approximate)}{number} {fmt.PERCENT_UNITS[unit]}"
    return f"{fmt.prefix(mod, approximate)}{number}%"


def _format_count(value: Any, unit: str | None, mod: str | None, approximate: bool) -> str:
    noun = f" {unit}" if unit else ""
    if value is None:
        vague = "several" if approximate else "an unstated number of"
        return f"{vague}{noun}" if noun else ("an unstated number" if not approximate else "several")
    return f"{fmt.prefix(mod, approximate)}{fmt.format_number(float(value))}{noun}"


def _format_quantity(value: Any, unit: str | None, mod: str | None, approximate: bool) -> str:
    prefix = fmt.prefix(mod, approximate)
    if isinstance(value, dict):
        amount = value.get("amount")
        qunit = value.get("unit") or unit or ""
        if amount is None:
            return f"an unstated amount of {qunit}".strip()
        return f"{prefix}{fmt.format_number(float(amount))} {qunit}".rstrip()
    if value is None:
        return "amount not resolved"
    return f"{prefix}{fmt.format_number(float(value))} {unit or ''}".rstrip()


def _format_person(value: Any, unit: str | None, mod: str | None, approximate: bool) -> str:
    if not isinstance(value, dict):
        return "" if value is None else str(value)
    name, title = value.get("name") or "", value.get("title") or ""
    return f"{name}, {title}" if title else name


def _format_quote(value: Any, unit: str | None, mod: str | None, approximate: bool) -> str:
    if not isinstance(value, dict):
        return "" if value is None else str(value)
    speaker = value.get("speaker") or "an unnamed source"
    verb = value.get("verb") or "said"
    how = "" if value.get("direct", True) else " (reported)"
    return f"{verb} by {speaker}{how}" if verb == "according to" else f"{speaker} {verb}{how}"


def _parse_time(text: str) -> str:
    if re.fullmatch(r"\d{1,2}:\d{2}", text):
        hours, minutes = text.split(":")
        if int(hours) > 23 or int(minutes) > 59:
            raise ValueError(f"{text!r} is not a time of day")
        return f"T{int(hours):02d}:{minutes}"
    if text.upper().lstrip("T") in fmt.PARTS_OF_DAY:
        return "T" + text.upper().lstrip("T")
    return fmt.parse_date(text)


def _parse_quantity(text: str) -> dict[str, Any]:
    m = re.fullmatch(r"([-+]?[\d,.]+(?:\s*(?:thousand|million|billion|k|m|bn)\b)?)\s*(.*)", text, re.IGNORECASE)
    if not m or not m[2]:
        raise ValueError(f"{text!r}: write an amount and a unit, like '5 km' or '3.2 tonnes'")
    return {"amount": fmt.clean_number(fmt.parse_number(m[1])), "unit": m[2].strip()}


def _parse_person(text: str) -> dict[str, Any]:
    name, _, title = text.partition(",")
    if not name.strip():
        raise ValueError("write the person's name, then a comma and the title: 'Jim Mattis, US Secretary of Defense'")
    return {"name": name.strip(), "title": title.strip() or None}


def _parse_quote(text: str) -> dict[str, Any]:
    speaker, _, verb = text.partition(",")
    if not speaker.strip():
        raise ValueError("write who said it, then a comma and the verb: 'Ursula von der Leyen, said'")
    return {"speaker": speaker.strip(), "verb": verb.strip() or "said", "direct": True}


def _number_text(value: Any, unit: str | None) -> str:
    return fmt.format_number(float(value), words=False)


def _quantity_text(value: Any, unit: str | None) -> str:
    if isinstance(value, dict):
        return f"{fmt.format_number(float(value.get('amount') or 0), words=False)} {value.get('unit') or ''}".strip()
    return f"{fmt.format_number(float(value), words=False)} {unit or ''}".strip()


def _person_text(value: Any, unit: str | None) -> str:
    return _format_person(value, None, None, False)


def _quote_text(value: Any, unit: str | None) -> str:
    if not isinstance(value, dict):
        return str(value)
    return f"{value.get('speaker') or ''}, {value.get('verb') or 'said'}".strip(", ")


_MONTHS = "|".join(m.lower() for m in fmt.MONTHS) + "|" + "|".join(m[:3].lower() for m in fmt.MONTHS)

for _kind in (
    ClaimKind("date", "Date", "#0072B2", ("#0B4F8A", "#A8D4F7"), "D", 6,
              lambda v, u, m, a: _format_date(v, u, m, a), fmt.parse_date, lambda v, u: str(v), temporal=True,
              guess=rf"\b({_MONTHS})\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                    r"|\b(yesterday|today|tomorrow|ago|last|next)\b|^\d{4}$|\d{4}-\d{2}", guess_order=40,
              hint="2018-02-15, 15 Feb 2018, February 2018, 2018-W07"),
    ClaimKind("time", "Time", "#56B4E9", ("#1D5F7D", "#A9E0F7"), "T", 7,
              lambda v, u, m, a: _format_date(v, u, m, a, time=True), _parse_time, lambda v, u: str(v),
              temporal=True, guess=r"\b\d{1,2}:\d{2}\b|\b(a\.?m\.?|p\.?m\.?|noon|midnight)\b", guess_order=50,
              hint="15:00, 2018-02-15T15:00"),
    ClaimKind("duration", "Duration", "#009E73", ("#00664A", "#7FE0BC"), "↔", 6, _format_duration,
              fmt.parse_duration, lambda v, u: str(v), temporal=True,
              guess=r"^(?!.*\b(ago|last|next|this)\b).*\b(years?|months?|weeks?|days?|hours?|minutes?|decades?"
                    r"|centuries)\b", guess_order=30, hint="3 years, 18 months, P3Y"),
    ClaimKind("money", "Money", "#E69F00", ("#7A4600", "#F5CF84"), "$", 5, _format_money, fmt.parse_money,
              lambda v, u: fmt.format_money(v),
              guess=r"[$€£¥₹]|\b(usd|eur|gbp|dollars?|euros?|pounds?|yen|rupees?|dirhams?)\b", guess_order=10,
              hint="US$88 billion, €5m"),
    ClaimKind("percent", "Percent", "#CC79A7", ("#8E3B73", "#EDB6DA"), "%", 4, _format_percent,
              lambda t: fmt.clean_number(fmt.parse_number(t.rstrip("%").strip())), _number_text,
              guess=r"%|\bper ?cent\b|\bpercentage\b", guess_order=20, hint="12.5"),
    ClaimKind("count", "Count", "#5A5A5A", ("#2B2B2B", "#EDEDED"), "#", 1, _format_count,
              lambda t: fmt.clean_number(fmt.parse_number(t)), _number_text, hint="1,350"),
    ClaimKind("quantity", "Quantity", "#8C6D31", ("#5E4A1F", "#E3C99A"), "Q", 3, _format_quantity, _parse_quantity,
              _quantity_text,
              guess=r"\d\s*(km|kg|m|cm|mm|tonnes?|tons?|litres?|liters?|miles?|barrels?|mw|gw|kwh|hectares?|acres?)\b",
              guess_order=60, hint="30 km, 5 tonnes"),
    ClaimKind("person", "Person", "#7B5EA7", ("#4E2F86", "#D3C2F0"), "P", 8, _format_person, _parse_person,
              _person_text, hint="Jim Mattis, US Secretary of Defense"),
    ClaimKind("quote", "Quote", "#2F7F7A", ("#0F5551", "#93DDD6"), "“", 0, _format_quote, _parse_quote, _quote_text,
              hint="Ursula von der Leyen, said"),
):
    register_kind(_kind)
