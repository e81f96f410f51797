"""Money rules: a currency sign, prefix, code or word around the number (all from ``vocab.currencies``)."""

from __future__ import annotations

from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.figures.common import (
    CUR_PREFIX,
    CUR_SUFFIX,
    PENCE,
    QUALIFIED_CUR,
    STOP,
    VAGUE_MONEY,
    Reading,
    currency_code,
    modifier,
    money_value,
)
from workbench.core.extract.numbers import clean_value
from workbench.core.extract.patterns import lazy, lazy_i
from workbench.core.extract.vocab import currencies, units

_PENCE_NOT_BEFORE = lazy_i(r"\b(?:pages?|pp?\.|vol\.?|no\.?|version|v)\s*$")
_MARK_CONTEXT = lazy_i(r"\b(?:deutsche|german|dollar)\b")
_TWO_DECIMALS = lazy_i(r"\.\d\d")
_PER_CURRENCY = lazy_i(
    r"\s+(?:to|per|against)\s+(?:the\s+|a\s+|one\s+|each\s+|every\s+)?(?P<adj>(?:US|U\.S\.|American|Australian"
    r"|Canadian|Hong\s+Kong|Singapore|New\s+Zealand|Swiss|single)\s+)?(?P<w>[a-z]{3,10})\b")
"""The currency a rate is priced in: "6.8 to the dollar", "83.1 per dollar", "83.2 against the US dollar"."""
_SENTENCE_STOP = lazy(r"[.!?]\s")


def exchange_rate(ctx: Context, r: Reading) -> Candidate | None:
    """An exchange rate: "held at 6.8 to the dollar" -> {"amount": 6.8, "currency": <the currency priced,
    when the text names it>, "per": "USD"}, "150 yen to the dollar", "Rs 83 per dollar"."""
    if r.value is None:
        return None
    text = ctx.text
    base = money_before(ctx, r) or money_after(ctx, r)
    if base is STOP:
        base = None
    start, pos = (base.start, base.end) if base is not None else (r.start, r.end)
    pm = _PER_CURRENCY.match(text, pos)
    if pm is None:
        return None
    word = pm.group("w").lower()
    if word == "greenback":
        word = "dollar"
    adj = (pm.group("adj") or "").strip()
    per = currencies.code_for_word("" if adj.lower() == "single" else adj, word)
    if per is None or currencies.singular(word) != word.rstrip("s") or currencies.subunit(word) is not None:
        return None  # "0.5 per cent" is no rate
    own = base.currency if base is not None else _priced_currency(ctx, r.start, per)
    value = {"amount": clean_value(r.value), "currency": own, "per": per}
    return Candidate(start, pm.end(), "money", value, currency=own, mod=r.mod, approximate=r.approx,
                     confidence=0.85)


def _priced_currency(ctx: Context, start: int, per: str) -> str | None:
    """The currency the sentence is about, named before the rate: "The yuan held at 6.8 to the dollar"."""
    text = ctx.text
    lo = ctx.sentences.find(start)[0]
    stops = list(_SENTENCE_STOP.finditer(text, lo, start))
    if stops:
        lo = stops[-1].end()
    code = None
    for m in QUALIFIED_CUR.finditer(text, lo, start):
        adj = (m.group("adj") or "").strip()
        c = currencies.code_for_word(adj, m.group("cw"))
        if not adj:
            c = _country_code(ctx, m.group("cw"), m.start()) or c
        if c and c != per:
            code = c
    return code


_CAPITALISED = lazy(r"\b[A-Z][a-z]{3,}")


def _country_code(ctx: Context, word: str, pos: int) -> str | None:
    """A bare currency word in a story about a country: "Egypt's ... the pound" is the Egyptian pound."""
    options = currencies.qualified_codes(word)
    if not options:
        return None
    text = ctx.text
    lo = text.rfind("\n", 0, pos) + 1
    found = None
    for m in _CAPITALISED.finditer(text, lo, pos):
        stem = m.group(0)[:5].lower()
        for adj, code in options.items():
            if len(adj) >= 5 and adj.startswith(stem):
                found = code
    return found


def money_before(ctx: Context, r: Reading) -> Candidate | None:
    """"$88 billion", "US$1.2 trillion", "Rs 200 crore", "Dh2.4bn", "AED 6.2 billion"."""
    cm = CUR_PREFIX.search(ctx.text, max(0, r.start - 5), r.start)
    if not cm or not (cm.group("sym") or cm.group("code")):
        return None
    letters = (cm.group("code") or "").strip()
    code = currency_code(cm.group("sym") or "", letters)
    if len(letters) == 1 and r.value is not None and r.value < 100 and r.end - r.start <= 2:
        return STOP  # "the R5 road", "R44": a road or a code, not five rand
    if not code or len(letters) == 1 and not r.digits:
        return None
    mod, approx = modifier(ctx, cm.start())
    return Candidate(cm.start(), r.end, "money", money_value(r.value, code), currency=code,
                     mod=mod or r.mod, approximate=r.approx or approx, confidence=0.95)


def _inherited_code(ctx: Context, word: str, start: int) -> str | None:
    """A bare currency word takes the country of its last qualified mention: "1,015 French francs ...
    528 million francs" are both FRF. Dollars, cents and pence keep their own currency."""
    if not currencies.inherits(word):
        return None
    qualified = ctx.memo.get("qualified_currencies")
    if qualified is None:
        qualified = [(m.start(), currencies.singular(m.group("cw")),
                      currencies.code_for_word(m.group("adj").strip(), m.group("cw")))
                     for m in QUALIFIED_CUR.finditer(ctx.text) if m.group("adj")]
        ctx.memo["qualified_currencies"] = qualified
    base = currencies.singular(word)
    code = None
    for pos, mentioned, c in qualified:
        if pos >= start:
            break
        if mentioned == base:
            code = c
    return code


def _weight_not_money(word: str, r: Reading, adjective: str) -> bool:
    """"500 pounds" is a weight; "5 million pounds", "Egyptian pounds", "pounds sterling" are money."""
    weight = units.is_unit_word(word)
    return weight and r.value is not None and r.value < 1_000_000 and not adjective


def _marks_not_money(ctx: Context, r: Reading, word: str, adjective: str) -> bool:
    """"marks" is money after a mention of the Deutsche mark or the dollar, with pfennigs or a big sum;
    else it is a score or a sign ("5 marks out of 10")."""
    if currencies.singular(word) != "mark" or adjective or (r.value is not None and r.value >= 1000):
        return False
    text = ctx.text
    return not _MARK_CONTEXT.search(text[max(0, r.start - 60):r.start]) and not _TWO_DECIMALS.search(
        text[r.start:r.end])


def money_after(ctx: Context, r: Reading) -> Candidate | None:
    """"5 dollars", "18 Canadian cents", "500m EUR", "10 \u20ac", "950 French francs"."""
    sm = CUR_SUFFIX.match(ctx.text, r.end)
    if not sm:
        return None
    adj = (sm.group("adj") or "").strip()
    word = " ".join((sm.group("cw") or "").lower().split())
    if sm.group("sym"):
        code = currency_code(sm.group("sym"), "")
    elif sm.group("code"):
        code = currencies.code_for(sm.group("code"))
    else:
        code = currencies.code_for_word(adj, word)
        if not adj:
            code = _inherited_code(ctx, word, r.start) or code
            if currencies.singular(word) in currencies.BARE_NOT_MONEY:
                code = None
    if not code or _weight_not_money(word, r, adj) or _marks_not_money(ctx, r, word, adj):
        return None
    amount = r.value
    sub = currencies.subunit(word) if word else None
    if sub and amount is not None:
        amount = amount / sub[1]
    return Candidate(r.start, sm.end(), "money", money_value(amount, code), currency=code, mod=r.mod,
                     approximate=r.approx, confidence=0.9)


def glued_subunit(ctx: Context, r: Reading) -> Candidate | None:
    """UK prices in pence: "fell 14p to 290p", "141.9p a litre"."""
    text = ctx.text
    if not r.digits or r.value is None or not PENCE.match(text, r.end) or _PENCE_NOT_BEFORE.search(
            text, max(0, r.start - 8), r.start):
        return None
    word = currencies.GLUED_SUBUNITS[text[r.end].lower()]
    code = currencies.code_for_word("", word)
    sub = currencies.subunit(word)
    if code is None or sub is None:
        return None
    return Candidate(r.start, r.end + 1, "money", money_value(r.value / sub[1], code), currency=code, mod=r.mod,
                     approximate=r.approx, confidence=0.85)


def vague_money(ctx: Context, r: Reading) -> Candidate | None:
    """"millions of dollars": money with no amount."""
    if r.value is not None:
        return None
    vm = VAGUE_MONEY.match(ctx.text, r.end)
    if not vm:
        return None
    code = currencies.code_for_word((vm.group("adj") or "").strip(), vm.group("cw"))
    if not code:
        return None
    return Candidate(r.start, vm.end(), "money", money_value(None, code), currency=code, mod=r.mod,
                     approximate=True, confidence=0.8)
