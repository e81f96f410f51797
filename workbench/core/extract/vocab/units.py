"""Units of measure: the short name a quantity's ``unit`` gets, and the ways each unit is written."""

from __future__ import annotations

import functools

_LENGTHS: dict[str, tuple[str, ...]] = {
    "km": ("km", "kilometer", "kilometre", "kilometers", "kilometres"),
    "mi": ("mile", "miles"),
    "m": ("meter", "metre", "meters", "metres"),
    "ft": ("feet", "foot"),
    "yd": ("yard", "yards"),
}
_AREAS = {"km": "km\u00b2", "mi": "sq mi", "m": "m\u00b2", "ft": "sq ft", "yd": "sq yd"}
_VOLUMES = {"km": "km\u00b3", "mi": "cubic mi", "m": "m\u00b3", "ft": "cubic foot", "yd": "cubic yd"}
_SPEEDS = {"km": "km/h", "mi": "mph"}
_POWERS = {"kilo": "k", "mega": "M", "giga": "G", "tera": "T"}


def _composed() -> dict[str, tuple[str, ...]]:
    """Areas, volumes, speeds and energy, composed from the lengths and powers above."""
    out: dict[str, tuple[str, ...]] = {}
    for unit, forms in _LENGTHS.items():
        out[_AREAS[unit]] = tuple(f"{p} {f}" for p in ("square", "sq", "sq.") for f in forms)
        out[_VOLUMES[unit]] = tuple(f"cubic {f}" for f in forms)
    for unit, speed in _SPEEDS.items():
        out[speed] = tuple(f"{f} {per} hour" for f in _LENGTHS[unit] for per in ("per", "an"))
    for word, prefix in _POWERS.items():
        out[f"{prefix}Wh"] = tuple(f"{word}watt{sep}hour{s}" for sep in (" ", "-") for s in ("", "s"))
    return out


MEASURES: dict[str, tuple[str, ...]] = {
    **_LENGTHS,
    "ft": ("ft", "feet", "foot"),
    "cm": ("cm", "centimeter", "centimetre", "centimeters", "centimetres"),
    "mm": ("mm", "millimeter", "millimetre", "millimeters", "millimetres"),
    "in": ("inch", "inches"),
    "nmi": ("nautical mile", "nautical miles"),
    "light-year": ("light-year", "light-years"),
    "kg": ("kg", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"),
    "g": ("gram", "grams"),
    "mg": ("mg", "milligram", "milligrams"),
    "tonne": ("tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"),
    "ton": ("ton", "tons"),
    "lb": ("lb", "lbs", "pounds"),
    "oz": ("ounce", "ounces", "oz"),
    "kt": ("kt",), "Mt": ("mt",), "Gt": ("gt",),
    "barrel": ("barrel", "barrels"),
    "barrel/day": ("bpd",),
    "Mb/d": ("mb/d",),
    "litre": ("litre", "litres", "liter", "liters"),
    "ml": ("ml", "milliliter", "millilitre", "milliliters", "millilitres"),
    "gallon": ("gallon", "gallons"),
    "bcm": ("bcm",), "tcf": ("tcf",), "mcm": ("mcm",),
    "acre": ("acre", "acres"),
    "ha": ("ha", "hectare", "hectares"),
    "km\u00b2": ("sqkm", "sq km", "km2"),
    "m\u00b2": ("m2",),
    "m\u00b3": ("m3",),
    "cubic foot": ("cubic feet",),
    "km/h": ("km/h", "kmph", "kph", "kmh"),
    "mph": ("mph",),
    "knot": ("knot", "knots"),
    "ppm": ("ppm", "parts per million"),
    "ppb": ("ppb", "parts per billion"),
    "\u00b5g/m\u00b3": ("\u00b5g/m3", "\u00b5g/m\u00b3", "microgram per cubic meter", "microgram per cubic metre",
                        "micrograms per cubic meter", "micrograms per cubic metre"),
    "\u00b0": ("degree", "degrees", "\u00b0"),
    "\u00b0C": ("degrees celsius", "degree celsius", "degrees c", "degree c", "\u00b0c", "\u00b0 c"),
    "\u00b0F": ("degrees fahrenheit", "degree fahrenheit", "degrees f", "degree f", "\u00b0f", "\u00b0 f"),
    "MW": ("mw", "megawatt", "megawatts"), "GW": ("gw", "gigawatt", "gigawatts"),
    "kW": ("kw", "kilowatt", "kilowatts"),
    "kWh": ("kwh",), "MWh": ("mwh",), "GWh": ("gwh",), "TWh": ("twh",),
    "watt": ("watt", "watts"), "volt": ("volt", "volts"),
    "kcal": ("calories", "kcal"),
    "dB": ("db", "decibel", "decibels"),
    "magnitude": ("magnitude",),
}
"""Unit short name -> the ways it is written after a number (matched case-insensitively)."""

COMPOUND_FORMS: dict[str, str] = {
    "mile": "mi", "foot": "ft", "inch": "in", "acre": "acre", "gallon": "gallon", "ton": "ton",
    "tonne": "tonne", "meter": "m", "metre": "m", "kilometer": "km", "kilometre": "km", "km": "km",
    "kilogram": "kg", "kg": "kg", "yard": "yd", "hectare": "ha", "megawatt": "MW", "gigawatt": "GW",
    "barrel": "barrel", "liter": "litre", "litre": "litre", "cm": "cm", "mm": "mm", "ounce": "oz",
    "pound": "lb", "square-mile": "sq mi", "square-foot": "sq ft", "square-meter": "m\u00b2",
    "square-metre": "m\u00b2", "mph": "mph", "degree": "\u00b0", "magnitude": "magnitude",
}
"""Units written in a hyphenated compound: "a 10-mile walk", "a 1.1 million-barrel draw"."""

TEMPERATURE_LETTERS = {"c": "\u00b0C", "f": "\u00b0F"}
"""A temperature letter glued to the number: "40C", "-4F"."""

PER_TIME_UNITS = ("barrel", "tonne", "ton", "litre", "gallon", "cubic foot", "kWh", "MWh")
"""Units that take a rate after them: "2.5 million barrels a day" -> barrel/day."""


def _norm(form: str) -> str:
    return " ".join(form.lower().replace(".", "").replace("-", " ").split())


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    out: dict[str, str] = {}
    for table in (MEASURES, _composed()):
        for unit, forms in table.items():
            for f in forms:
                out.setdefault(_norm(f), unit)
    return out


def unit_forms() -> list[str]:
    """Every written form of every unit."""
    return [f for table in (MEASURES, _composed()) for forms in table.values() for f in forms]


def is_unit_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a unit as written after a number or in a compound ("pounds")."""
    return _norm(word) in _names() or word in COMPOUND_FORMS


def unit_name(written: str) -> str:
    """The short name of a unit as written ("kilometres" -> "km", "sq. miles" -> "sq mi")."""
    key = _norm(written)
    if key in _names():
        return _names()[key]
    if key in TEMPERATURE_LETTERS:
        return TEMPERATURE_LETTERS[key]
    return COMPOUND_FORMS.get(written.lower(), key)
