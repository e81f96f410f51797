"""Claim values written for people, and read back from what people type.

Pure Python, no Qt: ``format_value("date", "2018-02-15")`` is ``"Thu 15 Feb 2018"``. The stored value
follows the extraction contract (TIMEX3 strings for dates, times and durations; ``{"amount", "currency"}``
for money; a number or ``None`` for counts and percents; ``{"amount", "unit"}`` for quantities).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from workbench.core.extract.vocab.currencies import CURRENCY_SYMBOLS

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "AU": "Autumn", "WI": "Winter"}
PARTS_OF_DAY = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "MIN": "minute",
                  "S": "second", "DE": "decade", "CE": "century", "ML": "millennium", "Q": "quarter"}
PLURALS = {"century": "centuries", "millennium": "millennia"}
MODIFIERS = {"MORE_THAN": "more than", "LESS_THAN": "less than", "EQUAL_OR_MORE": "at least",
             "EQUAL_OR_LESS": "at most", "APPROX": "about", "START": "early", "MID": "mid", "END": "late",
             "BEFORE": "before", "AFTER": "after", "ON_OR_BEFORE": "on or before", "ON_OR_AFTER": "on or after"}
SCALE_WORDS = (("trillion", 10**12), ("billion", 10**9), ("million", 10**6))
SCALE_INPUT = {"trillion": 10**12, "tn": 10**12, "billion": 10**9, "bn": 10**9, "b": 10**9, "million": 10**6,
               "m": 10**6, "mn": 10**6, "thousand": 10**3, "k": 10**3}


# ---------------------------------------------------------------------------------------- numbers


PERCENT_UNITS = {"pp": "percentage points", "bp": "basis points"}
"""Percent claims whose ``unit`` says they are not a percentage of something but a change in one."""


def readable_share(value: float) -> float:
    """Shares from fractions keep one decimal: two-thirds is shown as 66.7, not 66.6667."""
    return value if abs(value - round(value, 2)) < 1e-9 else round(value, 1)


def format_number(amount: float, *, words: bool = True) -> str:
    """``1350`` -> ``"1,350"``; ``88e9`` -> ``"88 billion"``; ``2.5`` -> ``"2.5"``."""
    if words and abs(amount) >= 10**6:
        for word, scale in SCALE_WORDS:
            if abs(amount) >= scale:
                scaled = amount / scale
                text = f"{scaled:,.3f}".rstrip("0").rstrip(".")
                return f"{text} {word}"
    if float(amount).is_integer():
        return f"{int(amount):,}"
    return f"{amount:,.6f}".rstrip("0").rstrip(".")


def format_size(size: int) -> str:
    """A file size for messages and lists: ``"840 bytes"``, ``"168 KB"``, ``"20 MB"``."""
    if size < 1024:
        return f"{size:,} bytes"
    if size < 1024 * 1024:
        return f"{size // 1024:,} KB"
    return f"{size / (1024 * 1024):,.0f} MB"


def parse_number(text: str) -> float:
    """Read ``"1,350"``, ``"88 billion"``, ``"2.5bn"``, ``"3.5"``; raise ValueError otherwise."""
    cleaned = text.strip().lower().replace("\u00a0", " ")
    match = re.fullmatch(r"([-+]?\d[\d,]*(?:\.\d+)?|[-+]?\.\d+)\s*([a-z]+)?", cleaned)
    if not match:
        raise ValueError(f"{text.strip()!r} is not a number")
    amount = float(match.group(1).replace(",", ""))
    if match.group(2):
        scale = SCALE_INPUT.get(match.group(2))
        if scale is None:
            raise ValueError(f"unknown scale {match.group(2)!r}")
        amount *= scale
    return amount


def clean_number(amount: float) -> int | float:
    return int(amount) if float(amount).is_integer() else amount


# ---------------------------------------------------------------------------------------- dates


def _day(date: dt.date) -> str:
    return f"{date.strftime('%a')} {date.day} {date.strftime('%b')} {date.year}"


def format_timex_date(value: str) -> str:
    """A TIMEX3 date or date-time for people."""
    value = value.strip()
    specials = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}
    if value in specials:
        return specials[value]
    date_part, _, time_part = value.partition("T")
    text = _format_date_part(date_part) if date_part else ""
    if time_part:
        clock = format_time_of_day(time_part)
        text = f"{text}, {clock}" if text else clock
    return text or value


def _format_date_part(value: str) -> str:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        try:
            return _day(dt.date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return value
    if m := re.fullmatch(r"XXXX-(\d{2})-(\d{2})", value):
        month = int(m[1])
        if 1 <= month <= 12:
            return f"{int(m[2])} {MONTHS[month - 1][:3]} (year not given)"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        month = int(m[2])
        if 1 <= month <= 12:
            return f"{MONTHS[month - 1]} {m[1]}"
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        week = f"Week {int(m[2])}, {m[1]}"
        return f"Weekend of {week.lower()}" if m[3] else week
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return f"Q{m[2]} {m[1]}"
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        return f"{'First' if m[2] == '1' else 'Second'} half of {m[1]}"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value):
        return f"{SEASONS[m[2]]} {m[1]}"
    if re.fullmatch(r"\d{4}", value):
        return value
    if m := re.fullmatch(r"(\d{3})X?", value):
        return f"the {m[1]}0s"
    if m := re.fullmatch(r"(\d{2})X{0,2}", value):
        century = int(m[1]) + 1
        suffix = "th" if 10 <= century % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(century % 10, "th")
        return f"the {century}{suffix} century"
    return value


def format_time_of_day(value: str) -> str:
    """``"14:00"`` -> ``"14:00"``, ``"MO"`` -> ``"morning"``."""
    value = value.strip()
    if value in PARTS_OF_DAY:
        return PARTS_OF_DAY[value]
    if m := re.fullmatch(r"(\d{2}):(\d{2})(?::(\d{2}))?.*", value):
        return f"{m[1]}:{m[2]}" + (f":{m[3]}" if m[3] and m[3] != "00" else "")
    if m := re.fullmatch(r"(\d{2})", value):
        return f"{m[1]}:00"
    return value


def format_duration(value: str) -> str:
    """ISO 8601 / TIMEX3 duration for people: ``P3Y`` -> ``"3 years"``, ``PT90M`` -> ``"90 minutes"``."""
    value = value.strip()
    m = re.fullmatch(r"P(.*?)(?:T(.*))?", value)
    if not m or not (m[1] or m[2]):
        return value
    parts = []
    for section, time_section in ((m[1] or "", False), (m[2] or "", True)):
        for amount, unit in re.findall(r"([\dX.]+)(DE|CE|ML|Q|Y|M|W|D|H|S)", section):
            key = "MIN" if time_section and unit == "M" else unit
            name = DURATION_UNITS.get(key, unit)
            if amount == "X":
                parts.append(f"some {PLURALS.get(name, name + 's')}")
                continue
            number = float(amount)
            plural = number != 1
            word = PLURALS.get(name, name + "s") if plural else name
            parts.append(f"{format_number(number, words=False)} {word}")
    return " ".join(parts) if parts else value


DURATION_INPUT = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "TH", "minute": "TM",
                  "second": "TS", "decade": "DE", "century": "CE", "centurie": "CE", "quarter": "Q"}


def parse_duration(text: str) -> str:
    """``"3 years"``, ``"1 year 6 months"`` or ``"P3Y"`` -> a TIMEX3 duration."""
    cleaned = text.strip()
    if re.fullmatch(r"P(?:[\dX.]+(?:DE|CE|ML|Q|Y|M|W|D))*(?:T(?:[\dX.]+[HMS])+)?", cleaned.upper()) and len(cleaned) > 1:
        return cleaned.upper()
    pairs = re.findall(r"(\d+(?:\.\d+)?)\s*([a-z]+?)s?\b", cleaned.lower())
    if not pairs or re.sub(r"[\d.\s]|[a-z]", "", cleaned.lower()):
        raise ValueError(f"{cleaned!r} is not a duration; write it like '3 years', '2 weeks' or 'P3Y'")
    date_part, time_part = "", ""
    for amount, unit in pairs:
        code = DURATION_INPUT.get(unit)
        if code is None:
            raise ValueError(f"unknown unit of time {unit!r}")
        amount = amount.rstrip("0").rstrip(".") if "." in amount else amount
        if code.startswith("T"):
            time_part += amount + code[1:]
        else:
            date_part += amount + code
    return "P" + date_part + ("T" + time_part if time_part else "")


DATE_INPUT_FORMATS = ("%Y-%m-%d", "%a %d %b %Y", "%d %b %Y", "%d %B %Y", "%B %d %Y", "%b %d %Y", "%d/%m/%Y")


def parse_date(text: str) -> str:
    """A TIMEX3 date from ``"2018-02-15"``, ``"15 Feb 2018"``, ``"February 2018"``, ``"2018-W07"``, ``"2018"``."""
    cleaned = " ".join(text.replace(",", " ").split())
    if not cleaned:
        raise ValueError("write a date such as 2018-02-15, 15 Feb 2018, February 2018 or 2018")
    upper = cleaned.upper()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(T\d{2}:\d{2}(:\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-Q[1-4]"
                    r"|\d{4}-(SP|SU|FA|AU|WI)|\d{3}X?|PRESENT_REF|PAST_REF|FUTURE_REF", upper):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", upper):
            try:
                dt.date.fromisoformat(upper)
            except ValueError:
                raise ValueError(f"{cleaned!r} is not a day of the calendar") from None
        if (m := re.fullmatch(r"\d{4}-(\d{2})", upper)) and not 1 <= int(m[1]) <= 12:
            raise ValueError(f"{cleaned!r} has no month {m[1]}")
        return upper
    if m := re.fullmatch(r"week (\d{1,2}) (\d{4})", cleaned.lower()):
        return f"{m[2]}-W{int(m[1]):02d}"
    for fmt in DATE_INPUT_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    for fmt in ("%B %Y", "%b %Y"):
        try:
            return dt.datetime.strptime(cleaned, fmt).strftime("%Y-%m")
        except ValueError:
            continue
    raise ValueError(f"{text.strip()!r} is not a date; write it like 2018-02-15, 15 Feb 2018 or February 2018")


# ---------------------------------------------------------------------------------------- money


def format_money(value: Any) -> str:
    if not isinstance(value, dict):
        return "" if value is None else str(value)
    currency = str(value.get("currency") or "").upper()
    amount = value.get("amount")
    symbol = CURRENCY_SYMBOLS.get(currency)
    if amount is None:
        return f"an unstated sum in {currency}" if currency else "an unstated sum"
    number = format_number(float(amount))
    top = value.get("max")
    if isinstance(top, int | float) and not isinstance(top, bool) and top > float(amount):
        number = _range_text(float(amount), float(top))  # "$2-3 billion"
    if symbol is None:
        return f"{currency} {number}".strip()
    return f"{symbol}{number}"


def _range_text(low: float, high: float) -> str:
    """``2e9, 3e9`` -> ``"2–3 billion"``; different scales are written out in full."""
    low_text, high_text = format_number(low), format_number(high)
    low_parts, high_parts = low_text.split(" "), high_text.split(" ")
    if len(low_parts) == 2 and len(high_parts) == 2 and low_parts[1] == high_parts[1]:
        return f"{low_parts[0]}\u2013{high_text}"
    return f"{low_text}\u2013{high_text}"


def parse_money(text: str) -> dict[str, Any]:
    """``"US$88 billion"``, ``"$88bn"``, ``"€2.5 million"``, ``"88 billion USD"``."""
    cleaned = text.strip().replace("\u00a0", " ")
    symbols = sorted(((s.strip(), c) for c, s in CURRENCY_SYMBOLS.items()), key=lambda p: -len(p[0]))
    currency = None
    for symbol, code in [*symbols, ("$", "USD")]:
        if cleaned.upper().startswith(symbol.upper()) and symbol:
            currency, cleaned = code, cleaned[len(symbol):].strip()
            break
    if currency is None:
        m = re.fullmatch(r"([A-Za-z]{3})\s+(.+)|(.+?)\s+([A-Za-z]{3})", cleaned)
        if m and (m[1] or m[4]).upper() not in SCALE_INPUT and not (m[4] and m[4].lower() in SCALE_INPUT):
            currency = (m[1] or m[4]).upper()
            cleaned = (m[2] or m[3]).strip()
    if currency is None:
        raise ValueError(f"{text.strip()!r}: give the currency, like US$88 billion, €5m or 300 GBP")
    return {"amount": clean_number(parse_number(cleaned)), "currency": currency}


# ---------------------------------------------------------------------------------------- claims


def prefix(mod: str | None, approximate: bool) -> str:
    if mod and mod in MODIFIERS:
        return MODIFIERS[mod] + " "
    return "about " if approximate else ""


def format_value(kind: str, value: Any, *, unit: str | None = None, mod: str | None = None,
                 approximate: bool = False) -> str:
    """A claim's value as an editor reads it: ``"Thu 15 Feb 2018"``, ``"US$88 billion"``, ``"1,350 people"``.

    Each kind writes its own values (:mod:`workbench.core.kinds`). A value that does not fit its kind (a
    library edited by hand, say) is shown as it is stored.
    """
    from workbench.core.kinds import get_kind

    found = get_kind(kind)
    try:
        if found is None:
            return "" if value is None else str(value)
        return found.format(value, unit, mod, approximate)
    except (TypeError, ValueError, AttributeError, OverflowError):
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
        return f"{prefix(mod, approximate)}{shown}"


def value_to_text(kind: str, value: Any, *, unit: str | None = None) -> str:
    """The editable text of a value: what :func:`parse_value` reads back to the same value."""
    from workbench.core.kinds import get_kind

    if value is None:
        return ""
    found = get_kind(kind)
    return found.to_text(value, unit) if found is not None else str(value)


def parse_value(kind: str, text: str) -> Any:
    """Read a value typed in the claim editor; raise ValueError with a message fit to show."""
    from workbench.core.kinds import get_kind

    cleaned = text.strip()
    if not cleaned:
        return None
    found = get_kind(kind)
    if found is None:
        raise ValueError(f"unknown kind {kind!r}")
    return found.parse(cleaned)


def guess_kind(text: str) -> str:
    """The likely kind of a span an editor selected, for a claim the extractor missed."""
    from workbench.core.kinds import guess_kind as guess

    return guess(text)


def format_iso_date(value: str | None) -> str:
    """``"2018-02-15"`` -> ``"Thu 15 Feb 2018"``; empty for ``None``."""
    if not value:
        return ""
    try:
        return _day(dt.date.fromisoformat(value[:10]))
    except ValueError:
        return value


def format_timestamp(value: str | None, *, now: dt.datetime | None = None) -> str:
    """An ISO timestamp for lists: "Today 14:05", "Yesterday 09:12", "Mon 3 Sep 2018"."""
    if not value:
        return ""
    try:
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone()
    now = now or dt.datetime.now(stamp.tzinfo)
    if stamp.date() == now.date():
        return f"Today {stamp:%H:%M}"
    if stamp.date() == (now - dt.timedelta(days=1)).date():
        return f"Yesterday {stamp:%H:%M}"
    return _day(stamp.date())


def progress_text(total: int, checked: int, disputed: int) -> str:
    """``"14 of 18 checked · 2 disputed"``; a review with nothing left to check says it is ready."""
    if total == 0:
        return "No claims"
    text = f"{checked} of {total} checked"
    if disputed:
        text += f" · {disputed} disputed"
    if checked == total:
        text += " · ready" if not disputed else " · all checked"
    return text


_ACTION_WORDS = {
    "claim.add": "added the claim",
    "claim.delete": "deleted the claim",
    "claim.restore": "put the claim back",
    "claim.reresolve": "re-read its value from a new publication date",
    "source.add": "added a source",
    "source.remove": "removed a source",
}
_FIELD_WORDS = {"note": "the note", "value": "the value", "kind": "the kind", "qualifier": "the qualifier",
                "unit": "the unit", "mod": "the qualifier", "approximate": "the value"}


def describe_change(action: str, after: Any) -> str:
    """An event in words, without who and when: "marked disputed", "edited the note"."""
    fields = after if isinstance(after, dict) else {}
    status = fields.get("status")
    if action in ("claim.mark", "claim.update") and status:
        return "reset it to unchecked" if status == "unchecked" else f"marked it {status}"
    if action == "claim.update" and fields:
        names = list(dict.fromkeys(_FIELD_WORDS.get(k, k) for k in fields))
        return "edited " + " and ".join(names)
    return _ACTION_WORDS.get(action, action.replace(".", " "))


_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: object, *, one_line: bool = False) -> str:
    """Text from outside (titles, file names, server bytes) made safe to print on a terminal.

    Control characters (ESC, BEL, the 8-bit CSI ...) and bidirectional overrides are removed, so no
    article can move the cursor, retitle the terminal or reverse what follows; ``one_line`` also turns
    line breaks and tabs into spaces.
    """
    out = _UNSAFE.sub("", str(text))
    if one_line:
        out = re.sub(r"[\t\n]+", " ", out)
    return out


def parse_day(text: str) -> dt.date:
    """A calendar day typed by a person: "9 Sep 2024", "Mon 9 Sep 2024", "2024-09-09", "Sep 9, 2024".

    A weekday written with it must be that day's ("Tue 9 Sep 2024" is refused: 9 Sep 2024 was a Monday),
    and a month or a year alone is not a day.
    """
    cleaned = " ".join(text.replace(",", " ").split())
    value = parse_date(cleaned)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"{text.strip()!r} is not a single day; write it like 9 Sep 2024")
    day = dt.date.fromisoformat(value)
    first = cleaned.split(" ")[0].lower()
    weekdays = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    named = next((i for i, name in enumerate(weekdays) if len(first) >= 3 and name.startswith(first)), None)
    if named is not None and named != day.weekday():
        raise ValueError(f"{_day(day)[4:]} was a {weekdays[day.weekday()].capitalize()}, not a "
                         f"{weekdays[named].capitalize()}")
    return day
