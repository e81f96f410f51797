"""Currencies: one row per ISO code, from which every currency pattern and lookup is generated.

A row gives the ways an amount in that currency is written:

- ``symbols``: signs before the number ("$", "US$", "€"); a one-character sign may also follow it ("10 €")
- ``prefixes``: letter prefixes, before the number, glued or spaced ("Dh2.4 billion", "KSh 300", "Rs.500")
- ``iso``: whether the ISO code itself is read in text ("AED 6.2 billion", "500m EUR")
- ``codes``: other codes read as this currency ("RMB" is CNY)
- ``words``: currency words that mean this currency on their own, each as (singular, other forms...)
- ``qualified``: "nationality word" names that pick this currency ("Canadian dollar", "Norwegian crown")
- ``display``: how ``core.formatting`` writes an amount in it ("US$", "€", "AED ")

Adding a currency is adding a row (or calling ``register_currency`` at run time); nothing else changes.
"""

from __future__ import annotations

import functools
from typing import NamedTuple


class Currency(NamedTuple):
    """One currency and the ways the news writes it."""

    code: str
    symbols: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    iso: bool = True
    codes: tuple[str, ...] = ()
    words: tuple[tuple[str, ...], ...] = ()
    qualified: tuple[str, ...] = ()
    display: str | None = None


def _c(code: str, *words: str | tuple[str, ...], symbols: tuple[str, ...] = (), prefixes: tuple[str, ...] = (),
       iso: bool = True, codes: tuple[str, ...] = (), qualified: tuple[str, ...] = (),
       display: str | None = None) -> Currency:
    forms = tuple((w, w + "s") if isinstance(w, str) else w for w in words)
    return Currency(code, symbols, prefixes, iso, codes, forms, qualified, display)


CURRENCIES: list[Currency] = [
    _c("USD", "dollar", "buck", "dlr", symbols=("$", "US$", "U.S.$"), prefixes=("dlrs", "dlrs."),
       qualified=("US dollar", "U.S. dollar", "American dollar"), display="US$"),
    _c("EUR", "euro", symbols=("\u20ac",), display="\u20ac"),
    _c("GBP", ("pound", "pounds", "pound sterling", "pounds sterling"), ("sterling",), symbols=("\u00a3",),
       qualified=("British pound",), display="\u00a3"),
    _c("JPY", ("yen",), symbols=("\u00a5",), qualified=("Japanese yen",), display="\u00a5"),
    _c("INR", "rupee", symbols=("\u20b9",), prefixes=("Rs", "Rs."), qualified=("Indian rupee",),
       display="\u20b9"),
    _c("CNY", ("yuan",), ("renminbi",), codes=("RMB",), qualified=("Chinese yuan",), display="CN\u00a5"),
    _c("AUD", symbols=("A$", "AU$"), qualified=("Australian dollar",), display="A$"),
    _c("CAD", symbols=("C$", "CA$"), qualified=("Canadian dollar",), display="C$"),
    _c("HKD", symbols=("HK$",), qualified=("Hong Kong dollar",), display="HK$"),
    _c("NZD", symbols=("NZ$",), qualified=("New Zealand dollar",), display="NZ$"),
    _c("SGD", symbols=("S$",), qualified=("Singapore dollar",), display="S$"),
    _c("KRW", ("won",), symbols=("\u20a9",), display="\u20a9"),
    _c("RUB", "rouble", "ruble", symbols=("\u20bd",), qualified=("Russian ruble", "Russian rouble"),
       display="\u20bd"),
    _c("TRY", ("lira", "liras"), symbols=("\u20ba",), qualified=("Turkish lira",), display="\u20ba"),
    _c("AED", "dirham", prefixes=("Dh", "Dhs"), display="AED "),
    _c("SAR", "riyal", prefixes=("SR",), qualified=("Saudi riyal",), display="SAR "),
    _c("CHF", "franc", qualified=("Swiss franc",), display="CHF "),
    _c("BRL", ("reais",), symbols=("R$",), qualified=("Brazilian real",), display="R$"),
    _c("MXN", "peso", qualified=("Mexican peso",), display="MX$"),
    _c("ZAR", ("rand",), prefixes=("R",), qualified=("South African rand",), display="R"),
    _c("TWD", symbols=("NT$",), qualified=("Taiwan dollar", "Taiwanese dollar")),
    _c("ZWL", symbols=("Z$",), iso=False),
    _c("NAD", symbols=("N$",)),
    _c("NGN", ("naira",), symbols=("\u20a6",), qualified=("Nigerian naira",)),
    _c("PHP", symbols=("\u20b1",), qualified=("Philippine peso",)),
    _c("GHS", "cedi", symbols=("GH\u00a2",)),
    _c("BDT", ("taka",), prefixes=("Tk", "Tk.")),
    _c("IDR", ("rupiah",), prefixes=("Rp", "Rp.")),
    _c("KES", "shilling", prefixes=("KSh", "KShs", "Ksh", "Kshs"), qualified=("Kenyan shilling",)),
    _c("TZS", prefixes=("TSh", "TShs"), qualified=("Tanzanian shilling",)),
    _c("UGX", prefixes=("USh",), qualified=("Ugandan shilling",)),
    _c("QAR", prefixes=("QR",)),
    _c("MYR", ("ringgit",), prefixes=("RM",)),
    _c("SEK", ("krona",), ("kronor",), qualified=("Swedish krona", "Swedish crown")),
    _c("NOK", ("kroner",), qualified=("Norwegian krone", "Norwegian crown")),
    _c("DKK", ("krone",), qualified=("Danish krone", "Danish kroner", "Danish crown")),
    _c("PLN", ("zloty",)),
    _c("THB", ("baht",)),
    _c("IQD", "dinar"),
    _c("IRR", "rial", qualified=("Iranian rial",)),
    _c("ILS", "shekel", qualified=("Israeli shekel",)),
    _c("EGP", qualified=("Egyptian pound",)),
    _c("PKR", qualified=("Pakistani rupee",)),
    _c("ARS", qualified=("Argentine peso",)),
    _c("CLP", qualified=("Chilean peso",)),
    _c("COP", qualified=("Colombian peso",)),
    _c("CZK", qualified=("Czech crown",)),
    _c("HUF", "forint"),
    _c("UAH", "hryvnia"),
    _c("KZT", ("tenge",)),
    _c("VND", ("dong",)),
    _c("ZMW", ("kwacha",)),
    _c("ETB", ("birr",)),
    _c("PEN", ("sol", "soles")),
    _c("KWD"), _c("OMR"), _c("BHD"), _c("JOD"), _c("LKR"), _c("NPR"), _c("MAD"),
    # written as words only: former currencies, and codes too ambiguous to read in text ("RON", "SOS")
    _c("NLG", "guilder", iso=False, qualified=("Dutch guilder",)),
    _c("DEM", "mark", iso=False, qualified=("Deutsche mark", "German mark")),
    _c("FRF", iso=False, qualified=("French franc",)),
    _c("BEF", iso=False, qualified=("Belgian franc",)),
    _c("ITL", ("lire",), iso=False),
    _c("IEP", iso=False, qualified=("Irish pound",)),
    _c("ESP", "peseta", iso=False),
    _c("FIM", ("markka", "markkaa"), iso=False),
    _c("PTE", "escudo", iso=False),
    _c("GRD", "drachma", iso=False),
    _c("RON", ("leu", "lei"), iso=False),
    _c("BGN", "lev", iso=False),
    _c("HRK", ("kuna",), iso=False),
    _c("VES", "bolivar", iso=False),
    _c("SOS", iso=False, qualified=("Somali shilling",)),
    _c("ISK", iso=False, qualified=("Icelandic crown",)),
]

SUBUNITS: dict[str, tuple[tuple[str, ...], str, int]] = {
    "cent": (("cent", "cents"), "dollar", 100),
    "pence": (("pence",), "pound", 100),
    "paisa": (("paisa", "paise"), "rupee", 100),
}
"""Subunits: their forms, the currency word they divide, and how many make one ("50 cents" is 0.5 USD;
"18 Canadian cents" is CAD, the country's dollar)."""

GLUED_SUBUNITS: dict[str, str] = {"p": "pence"}
"""Subunit letters glued to the number: "fell 14p to 290p" (0.14 and 2.9 GBP)."""

BARE_NOT_MONEY = ("real",)
"""Currency words that are money only with their country, never alone ("18,700 real estate deals")."""

NOT_INHERITED = ("dollar", "buck")
"""Bare words that keep their own currency rather than the country of the last qualified mention
("950 French francs ... 610 million francs" are both FRF; "dollars" stay USD)."""


def register_currency(currency: Currency) -> None:
    """Add (or replace) a currency at run time; the generated patterns are rebuilt on next use."""
    CURRENCIES[:] = [c for c in CURRENCIES if c.code != currency.code] + [currency]
    _changed()


def unregister_currency(code: str) -> None:
    """Remove a currency added with ``register_currency``."""
    CURRENCIES[:] = [c for c in CURRENCIES if c.code != code]
    _changed()


def _changed() -> None:
    from workbench.core.extract.patterns import reset_patterns

    _lookups.cache_clear()
    CURRENCY_SYMBOLS.clear()
    CURRENCY_SYMBOLS.update(display_symbols())
    reset_patterns()


class _Lookups(NamedTuple):
    written: dict[str, str]  # symbol, prefix or code as written -> ISO code
    words: dict[str, str]  # currency word form (lower case) -> its singular
    word_codes: dict[str, str]  # singular -> ISO code
    qualified: dict[tuple[str, str], str]  # (nationality word, singular) -> ISO code
    adjectives: tuple[str, ...]
    codes: frozenset[str]  # codes read in text


@functools.lru_cache(maxsize=1)
def _lookups() -> _Lookups:
    written: dict[str, str] = {}
    words: dict[str, str] = {}
    word_codes: dict[str, str] = {}
    qualified: dict[tuple[str, str], str] = {}
    adjectives: list[str] = []
    for cur in CURRENCIES:
        for w in (*cur.symbols, *cur.prefixes, *cur.codes, *((cur.code,) if cur.iso else ())):
            written.setdefault(w, cur.code)
        for forms in cur.words:
            word_codes.setdefault(forms[0], cur.code)
            for f in forms:
                words.setdefault(f, forms[0])
        for name in cur.qualified:
            adj, word = name.rsplit(" ", 1)
            qualified[(adj.lower(), word)] = cur.code
            adjectives.append(adj)
            if word not in words and word not in SUBUNITS:
                words[word] = word  # "crown": money only with a country ("Norwegian crowns")
                words[word + "s"] = word
    for base, (forms, _parent, _factor) in SUBUNITS.items():
        for f in forms:
            words.setdefault(f, base)
    codes = frozenset(code for c in CURRENCIES for code in ((c.code,) if c.iso else ()) + c.codes)
    return _Lookups(written, words, word_codes, qualified, tuple(dict.fromkeys(adjectives)), codes)


def symbols() -> list[str]:
    """Every currency sign ("$", "US$", "\u20ac", "GH\u00a2")."""
    return [s for c in CURRENCIES for s in c.symbols]


def one_char_symbols() -> list[str]:
    """Signs of one character, which may also follow the number ("10 \u20ac")."""
    return sorted({s for s in symbols() if len(s) == 1})


def symbol_characters() -> set[str]:
    """The non-letter characters of the signs: triggers of the fast pass."""
    return {ch for s in symbols() for ch in s if not ch.isalnum() and ch != "."}


def prefixes() -> list[str]:
    """Letter prefixes written before the number ("Dh", "KSh", "Rs.")."""
    return [p for c in CURRENCIES for p in c.prefixes]


def written_codes() -> list[str]:
    """Codes read in text ("USD", "AED", "RMB")."""
    return [code for c in CURRENCIES for code in ((c.code,) if c.iso else ()) + c.codes]


def is_code(word: str) -> bool:
    """Whether ``word`` is a currency code read in text ("USD", "RMB")."""
    return word in _lookups().codes


def word_forms() -> list[str]:
    """Every currency word form, subunits included ("dollars", "pounds sterling", "cents")."""
    return list(_lookups().words)


def adjectives() -> tuple[str, ...]:
    """Nationality words that qualify a currency word ("Canadian", "Hong Kong", "U.S.")."""
    return _lookups().adjectives


def code_for(written: str) -> str | None:
    """ISO code of a symbol, prefix or code as written ("US$", "Dhs", "Rs.", "RMB"); None if unknown."""
    lk = _lookups().written
    return lk.get(written) or lk.get(written.upper())


def singular(word: str) -> str:
    """The singular a currency word form belongs to ("dollars" -> "dollar", "pounds sterling" -> "pound")."""
    return _lookups().words.get(word.lower(), word.lower())


def subunit(word: str) -> tuple[str, int] | None:
    """(currency word, how many make one) when ``word`` is a subunit ("cents" -> ("dollar", 100))."""
    entry = SUBUNITS.get(singular(word))
    return (entry[1], entry[2]) if entry else None


def code_for_word(adjective: str, word: str) -> str | None:
    """ISO code of a currency word with its nationality word, if any ("Swiss", "francs" -> "CHF")."""
    lk = _lookups()
    base = singular(word)
    if base in SUBUNITS:
        base = SUBUNITS[base][1]
    adj = " ".join(adjective.lower().split())
    if adj and (adj, base) in lk.qualified:
        return lk.qualified[(adj, base)]
    return lk.word_codes.get(base)


def qualified_codes(word: str) -> dict[str, str]:
    """The nationality words that qualify a currency word, and the code each gives ("pound" ->
    {"egyptian": "EGP", "lebanese": "LBP", ...})."""
    base = singular(word)
    return {adj: code for (adj, w), code in _lookups().qualified.items() if w == base}


def inherits(word: str) -> bool:
    """Whether a bare currency word takes the country of the last qualified mention of it."""
    base = singular(word)
    return base not in NOT_INHERITED and base not in SUBUNITS and base not in BARE_NOT_MONEY


def display_symbols() -> dict[str, str]:
    """ISO code -> how an amount is written for people ("US$", "\u20ac", "AED ")."""
    return {c.code: c.display for c in CURRENCIES if c.display is not None}


CURRENCY_SYMBOLS: dict[str, str] = display_symbols()
"""Display signs for ``core.formatting`` (which writes and reads amounts for editors); kept up to date by
``register_currency``."""
