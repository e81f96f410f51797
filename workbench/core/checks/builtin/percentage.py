"""``percentage``: a percentage (or a fraction) against the counts it is a share of.

Read within one sentence, when the text states all three and joins them: "25% of the 200 staff, or 60",
"25%, or 60 of the 200 staff", "60 of the 200 staff, or 25%", "60 out of 200 (30%)", "60 people, or 25% of
the 200 staff", "a third of the 30 passengers, or 10". The share and the part are compared within the
rounding of what is written ("a third" of 31 may be 10; "nearly a third" may be 9).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.core.checks import CheckContext, CheckFinding, Rule, register_rule, vocab
from workbench.core.checks.builtin._common import finding, quoted, say
from workbench.core.checks.context import Figure
from workbench.core.checks.numbers import plain

NAME = "percentage"
_OF = re.compile(r"^\s*(?:(?:[a-z'\u2019-]+\s+){0,2}?)(?:of|out\s+of|among|in)\s+(?:(?:the|its|their|all|these|those|his|her|"
                 r"our|a|an|some)\s+)?(?:(?:[a-z'\u2019-]+\s+){0,2}?(?:of\s+)?)?" + vocab.QUAL + r"$", re.I)
"""Between a share or a part and the whole it is taken of: " of the ", " people out of "."""
_SHARE_OF = re.compile(r"^\s*\)?\s*(?:of|out\s+of|among)\s+(?:(?:the|its|their|all|these|those|his|her|our|a|an)\s+)?"
                       r"(?:(?:[a-z'\u2019-]+\s+){0,2}?(?:of\s+)?)?" + vocab.QUAL + r"$", re.I)
"""Between a percentage and its whole: " of the ", " of the company's "."""


_WHOLE_FIRST = re.compile(r"^[^\d;:()]{0,40}?,\s*" + vocab.QUAL + r"$", re.I)
"""Between a whole that opens the sentence and its part: "Of the 500 workers, 150"."""


_SHARE_VERB = re.compile(r"^\s*,?\s*(?:accounts?\s+for|accounted\s+for|accounting\s+for|makes?\s+up|made\s+up|"
                         r"making\s+up|represents?|represented|representing|constitutes?|constituted|equals?|"
                         r"equalled|equaled)\s+" + vocab.QUAL + r"$", re.I)
"""Between a part and its share of a whole: "worth $37.3 million, account for about 25% of the $1.5 billion market"."""


def _opens(ctx: CheckContext, fig: Figure) -> bool:
    """``fig`` is the whole a sentence opens with: "Of the 500 workers, ..."."""
    start = ctx.sentence_of(fig).start
    return fig.start - start <= 60 and bool(vocab.OF_THE_TOTAL.search(ctx.text[start:fig.start]))


def _whole(fig: Figure) -> bool:
    return fig.kind in ("count", "money", "quantity") and fig.amount is not None and fig.amount > 0 \
        and fig.unit not in vocab.AGE_UNITS


def _share(fig: Figure) -> bool:
    return fig.kind == "percent" and fig.unit not in ("pp", "bp") and fig.amount is not None


def _same(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "money":
        return a.currency == b.currency
    if a.kind == "quantity":
        return a.unit == b.unit
    return True


def _restated(ctx: CheckContext, a: Figure, b: Figure) -> bool:
    """``b`` says ``a`` again in other terms: ", or 60", " (60", " — about 60", after a short description."""
    gap = ctx.gap(a, b)
    m = vocab.OR_LINK.search(gap)
    if not m:
        return False
    description = gap[:m.start()]
    return not any(ch.isdigit() for ch in description) and len(description.split()) <= 5 \
        and not re.search(r"[;:()]|\b(?:and|but|while|whereas|than|by|up|down)\b|\b(?:from|to)\b(?!\s+(?:the|a|an)\b)",
                          description, re.I)


def triples(ctx: CheckContext, figs: list[Figure]) -> Iterator[tuple[Figure, Figure, Figure, bool]]:
    """(share, part, whole, share_given_first) for every joined share-part-whole in a sentence."""
    for i in range(len(figs) - 2):
        a, b, c = figs[i], figs[i + 1], figs[i + 2]
        if _whole(a) and _share(b) and _whole(c) and _same(a, c) and _WHOLE_FIRST.match(ctx.gap(a, b)) \
                and _restated(ctx, b, c) and _opens(ctx, a):
            yield b, c, a, True            # Of the 1,200 respondents, 35%, or 420 people, ...
            continue
        if _share(a) and _whole(b) and _whole(c) and _same(b, c):
            if _SHARE_OF.match(ctx.gap(a, b)) and _restated(ctx, b, c):
                yield a, c, b, True        # 25% of the 200 staff, or 60
            elif _restated(ctx, a, b) and _OF.match(ctx.gap(b, c)):
                yield a, b, c, False       # 25%, or 60 of the 200 staff
        elif _whole(a) and _whole(b) and _share(c) and _same(a, b):
            if _OF.match(ctx.gap(a, b)) and _restated(ctx, b, c):
                yield c, a, b, False       # 60 of the 200 staff, or 25%
            elif _WHOLE_FIRST.match(ctx.gap(a, b)) and _restated(ctx, b, c) \
                    and _opens(ctx, a):
                yield c, b, a, False       # Of the 500 workers, 150, or 30%, ...
        elif _whole(a) and _share(b) and _whole(c) and _same(a, c) and _SHARE_OF.match(ctx.gap(b, c)) \
                and (_restated(ctx, a, b) or _SHARE_VERB.match(ctx.gap(a, b))):
            yield b, a, c, False           # 60 people, or 25% of the 200 staff / 60 (25%) of the 200 / $37.3m accounts for 25% of ...


def _shares_restated(ctx: CheckContext, figs: list[Figure]) -> Iterator[CheckFinding]:
    """A share written two ways, one of them a fraction or a ratio: "60 out of 200 (25%)", "a third, or 40%"."""
    for a, b in zip(figs, figs[1:], strict=False):
        if not (_share(a) and _share(b) and (a.is_fraction or b.is_fraction or _ratio(a) or _ratio(b))):
            continue
        if not _restated(ctx, a, b):
            continue
        band_a, band_b = ctx.band(a), ctx.band(b)
        if band_a is None or band_b is None or band_a.overlaps(band_b):
            continue
        exact, stated = (a, b) if _ratio(a) or not _ratio(b) and a.is_fraction else (b, a)
        value = ctx.band(exact).mid if ctx.band(exact) else exact.amount or 0
        yield finding(NAME, [a, b], f"{quoted(exact)} is {plain(value)}%, but the text says {quoted(stated)}",
                      f"{plain(value)}%", quoted(stated))


def _ratio(fig: Figure) -> bool:
    return fig.kind == "percent" and bool(re.match(r"^(?:\d[\d,]*|[A-Za-z]+)\s+(?:out\s+of|in|of\s+every)\s+\d",
                                                   fig.text))


def check(ctx: CheckContext) -> Iterator[CheckFinding]:
    for index in sorted({f.sentence for f in ctx.figures if f.kind == "percent"}):
        sentence = ctx.sentences[index]
        figs = sentence.figures
        if len(figs) < 2:
            continue
        yield from _shares_restated(ctx, ctx.numbers(sentence))
        for share, part, whole, share_first in triples(ctx, ctx.numbers(sentence)):
            s, p, w = ctx.band(share), ctx.band(part), ctx.band(whole)
            if s is None or p is None or w is None:
                continue
            ratio = p / w
            if ratio is None or (ratio * 100).overlaps(s):
                continue
            share_value = (part.amount or 0) / (whole.amount or 1) * 100
            whole_text = say(whole.amount or 0, whole)
            if share_first:
                implied = (share.amount or 0) / 100 * (whole.amount or 0)
                message = f"{quoted(share)} of {whole_text} is {say(implied, part)}, but the text says {quoted(part)}"
                expected, found = say(implied, part), quoted(part)
            else:
                message = (f"{say(part.amount or 0, part)} of {whole_text} is {plain(share_value)}%, "
                           f"but the text says {quoted(share)}")
                expected, found = f"{plain(share_value)}%", quoted(share)
            yield finding(NAME, [share, part, whole], message, expected, found)


register_rule(Rule(NAME, "Percentage and counts", "A percentage or fraction that does not match the counts it is of.",
                   check))
