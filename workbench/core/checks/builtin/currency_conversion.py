"""``currency_conversion``: an amount given in two currencies against a plausible exchange rate.

"€5m (£4.3m)", "Rs 200 crore ($27 million)", "5 million euros, or about $6.5 million". The rate implied
is compared with a generous band for the pair around the publication date (``checks/fx.py``: a table of
historical bands, never live rates); without a date, with the band over every year the table knows.
"""

from __future__ import annotations

from collections.abc import Iterator

from workbench.core.checks import CheckContext, CheckFinding, Rule, fx, register_rule, vocab
from workbench.core.checks.builtin._common import finding, quoted, say
from workbench.core.checks.numbers import significant

NAME = "currency_conversion"
ROUNDING = 0.5
"""Share of each amount's rounding kept: a conversion is worked out from the amount as written."""


def check(ctx: CheckContext) -> Iterator[CheckFinding]:
    for a, b in zip(ctx.figures, ctx.figures[1:], strict=False):
        if a.kind != "money" or b.kind != "money" or not a.currency or not b.currency or a.currency == b.currency:
            continue
        if a.sentence != b.sentence or not a.amount or not b.amount or a.top or b.top:
            continue
        if not vocab.CONVERSION_LINK.fullmatch(ctx.gap(a, b)):
            continue
        rates = fx.band(a.currency, b.currency, ctx.published)
        band_a, band_b = ctx.band(a, ROUNDING), ctx.band(b, ROUNDING)
        if rates is None or band_a is None or band_b is None:
            continue
        implied = band_b / band_a
        if implied is None or implied.overlaps(rates):
            continue
        others = [fx.band(x, b.currency, ctx.published) for x in fx.readings(a.currency, a.text) if x != a.currency]
        if any(band is not None and implied.overlaps(band) for band in others):
            continue  # the local "$" or "francs" may be another country's (a conversion's target is read as named)
        low, high = a.amount * rates.lo, a.amount * rates.hi
        when = f"{ctx.published.year} rates" if ctx.published else "the rates of any year since 1985"
        rate = b.amount / a.amount
        band = f"{significant(rates.lo, 3):g}-{significant(rates.hi, 3):g} {b.currency} per {a.currency}"
        yield finding(
            NAME, [a, b],
            f"{quoted(a)} is about {say(low, b)} to {say(high, b)} at {when} ({band}); the text says {quoted(b)} "
            f"({significant(rate, 3):g} {b.currency} per {a.currency})",
            f"{say(low, b)} to {say(high, b)}", quoted(b))


register_rule(Rule(NAME, "Currency conversion", "An amount converted into another currency at an implausible rate.",
                   check))
