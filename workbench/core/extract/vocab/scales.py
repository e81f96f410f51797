"""Scale words and abbreviations that multiply the number before them ("1.5 million", "3bn", "200 crore")."""

from __future__ import annotations

WORD_SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
    "crores": 10_000_000,
}
"""Scale words, after the number with or without a hyphen ("Rs 200 crore", "a 1.1 million-barrel draw")."""

ABBREVIATED_SCALES: dict[str, int] = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
}
"""Abbreviations, glued to the number ("\u20ac5m", "3bn", "$2.5tn"); one letter ("m", "b", "k") only when
glued to digits, and "m" only with a currency or before a counted noun (else it is metres)."""
