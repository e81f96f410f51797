"""``parts_total``: the parts of a breakdown against the total the text gives for them.

Read within one sentence (dates and durations in it left aside), counts or money in one currency:

- a total opening the breakdown: "Of the 30 injured, 12 were children and 20 adults", "30 people were hurt,
  of whom ...", "A total of 45 were arrested: 20 in London, 15 in Leeds and 10 in York", "The 12 victims were
  seven men and five women", "Of the 80 seats, Labour won 42, the Conservatives 30 and independents 8";
- a total closing it: "... 12 children and 20 adults, 30 in all" / ", a total of 30";
- parts that may fall short of it: "30 people, including 12 children", "12 children were among the 30",
  "30 killed, 12 of them children", "The squad of 23 players has 12 forwards and 11 defenders".

Parts may never add up to more than their total (unless they are answers or attributes that overlap:
"600 said prices and 550 jobs"). They must add up to it exactly only when the text says the breakdown is
whole: a total closing the list, a colon, "of whom", "comprising", or categories that between them cover
everyone ("children" and "adults", "won", "drew" and "lost"). Sums allow for a share of the rounding of
each figure ("£3bn and £2bn" are not "£4.5bn").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.core.checks import CheckContext, CheckFinding, Rule, register_rule, vocab
from workbench.core.checks.builtin._common import finding, quoted, say
from workbench.core.checks.context import Figure, ends
from workbench.core.checks.numbers import Interval, plain

NAME = "parts_total"
MAX_PARTS = 30
"""A breakdown is read no further than this many parts (a list of hundreds is a table, not a breakdown)."""
ROUNDING = 0.4
"""Share of each figure's rounding kept in a sum: errors of rounded parts mostly cancel."""
_WORD = re.compile(r"[a-z]+")
_TOTAL_GAP = re.compile(r"^[^\d;()\[\]]{0,90}\(?\s*$")
"""Between a total and its first part: words, perhaps opening the bracket the part is given in."""
_OPENING_HINT = re.compile(r"[,:;\u2014\u2013-]|\b(?:includ|among|such|whom|which|compris|consist|made|split|divid|"
                           r"broken|shared|with|were|are|has|have|had|mostly|mainly|notably|cover|paid|went|spent|"
                           r"break|broke|came|come)", re.I)
"""A cheap first test for the words between a total and the breakdown after it."""
_CLOSING_HINT = re.compile(r"\b(?:among|included|part\s+of|total|all|altogether|making|bringing|combined|overall)\b",
                           re.I)
"""A cheap first test for the words between a list of parts and the total after it."""
_OF_THEM = re.compile(vocab.OF_THEM_AFTER.pattern.lstrip("^"), re.I)
_TOTAL_NEXT = re.compile(vocab.TOTAL_AFTER.pattern.lstrip("^"), re.I)
"""The same tests as ``vocab.OF_THEM_AFTER`` and ``vocab.TOTAL_AFTER``, run at a position in the text."""
_SUBSET_WORDS = ("includ", "among", "such as", "notably", "mostly", "mainly", "most of", "cover", "paid for", "went on",
                 "spent on")
_HAS_WORDS = ("has", "have", "had", "includ")
_PARTITION_WORDS = ("whom", "which", "these", "those", "them", "compris", "consist", "made up", "split", "divided",
                    "broken", "shared", "down as", "down into", "from", ":", "\u2014", "\u2013", "-")
_NEUTRAL_WORDS = ("were", "are", "with")
"""Cheap first tests for the link patterns of ``vocab`` (a word each must contain)."""


def _any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


_OPENERS = ("of ", "among ")
"""How a sentence that breaks down the last one's total begins ("Of those, ...")."""
_ANOTHER_CUT = re.compile(r"^\s+of\s+the\b", re.I)
"""After a later part: "of the", the whole named again (a new cut of it, not the next part of the list)."""
_IN_ALL_OPENING = re.compile(r"(?:^|[.!?]\s+)(?:in\s+all|in\s+total|altogether|all\s+told),\s*$", re.I)
"""Before a total that opens its sentence and says it is the whole: "In all, 1,240 people ..."."""
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|all)\s+", re.I)
_REMAINING = re.compile(r"\b(?:the\s+remaining|the\s+rest|the\s+other)\b", re.I)


def _part_first(ctx: CheckContext, figs: list[Figure], t: int) -> Iterator[Breakdown]:
    """A breakdown whose first part comes before its total, the last said to be the rest: "Twelve of the twenty
    passengers were British, five were French and the remaining four were German"."""
    first, total = figs[t], figs[t + 1]
    if t + 2 >= len(figs) or not _PART_OF.fullmatch(ctx.mgap(first, total)) or not _compatible(first, figs[t + 2]) \
            or not _eligible(figs[t + 2]):
        return
    link = _link(ctx, total, figs[t + 2])
    if link is None or link[1].strip():
        return
    found = _parts(ctx, figs, t + 2)
    if found is None:
        return
    parts, descriptions = found
    if not _REMAINING.search(ctx.mgap(figs[figs.index(parts[-1]) - 1], parts[-1])):
        return
    yield Breakdown(total, [first, *parts], [" ".join(link), *descriptions], whole=True)


_END = re.compile(r"[,;.:!?]|\s[\u2014\u2013-]\s|$")


@dataclass
class Breakdown:
    total: Figure
    parts: list[Figure]
    descriptions: list[str]
    whole: bool
    """The text says the parts make up the whole total (they must add up to it, not just stay below)."""
    neutral: bool = False
    """Nothing says whole or part: whole if the categories cover everyone."""
    closing: bool = False
    """The total closes the list and says so ("..., 24 weapons in all"): its parts need not share its noun."""


def _eligible(fig: Figure) -> bool:
    return fig.kind in ("count", "money", "quantity") and fig.amount is not None and fig.unit not in vocab.AGE_UNITS \
        and fig.amount > 0 and fig.top is None


def _compatible(a: Figure, b: Figure) -> bool:
    """Figures that may be parts of one total: counts, money in one currency, quantities in one unit."""
    return a.kind == b.kind and (a.kind != "money" or a.currency == b.currency) \
        and (a.kind != "quantity" or a.unit == b.unit)


def _description_ok(text: str) -> bool:
    return not any(ch.isdigit() for ch in text) and len(text.split()) <= 6 and not vocab.PART_BREAK.search(text)


def _link(ctx: CheckContext, a: Figure, b: Figure) -> tuple[str, str] | None:
    """(description after ``a``, description before ``b``) when ``b`` is the next part of a list after ``a``."""
    gap = ctx.mgap(a, b)
    if vocab.BRACKETED_LINK.match(gap):
        return "", ""  # "health (£1.1bn), education (£800m)": the labels are the descriptions, outside the figures
    link = ends(vocab.LIST_LINK, gap)
    if not link:
        return None
    after, before = gap[:link.start()], link.group("before") or ""
    if not _description_ok(after) or not _description_ok(before):
        return None
    return after, before


def _parts(ctx: CheckContext, figs: list[Figure], i: int, *, led: bool = False
           ) -> tuple[list[Figure], list[str]] | None:
    """The list of parts starting at ``figs[i]``. None when the list runs into a figure that belongs to its
    last part ("20 adults aged over 60"). Later parts may have words before them ("the Conservatives 30")
    only when the first has (``led``: "Labour won 42")."""
    parts, descriptions = [figs[i]], []
    j = i
    while j + 1 < len(figs) and len(parts) < MAX_PARTS:
        nxt = figs[j + 1]
        if not _eligible(nxt) or not _compatible(figs[i], nxt) \
                or figs[j] is parts[-1] and vocab.OF_THEM_AFTER.match(ctx.after(figs[j], 20)):
            break
        link = _link(ctx, figs[j], nxt)
        if link is None or (link[1].strip() and not led):
            break
        after_next = ctx.after(nxt, 30)
        if _ANOTHER_CUT.match(after_next):
            break  # "12 were children; 20 of the injured were taken to hospital": another cut of the whole
        if vocab.OF_THEM_AFTER.match(after_next) and j + 2 < len(figs):
            j += 1  # "14 in the north, nine of them women, and eight in the south": a part of the part before
            continue
        descriptions.append(" ".join(link))
        parts.append(nxt)
        j += 1
    last = parts[-1]
    nxt = figs[j + 1] if j + 1 < len(figs) else None
    tail = ctx.mgap(last, nxt) if nxt is not None else ctx.masked[last.end:ctx.sentence_of(last).end]
    if vocab.LIST_GOES_ON.match(tail):
        return None
    end = _END.search(tail)
    description = tail[:end.start()] if end else tail
    if nxt is not None and end and end.start() == len(tail) and not vocab.AMONG_TOTAL.search(tail):
        return None  # the next figure is part of the last part's own description
    cut = vocab.PART_BREAK.search(description)
    if cut and not vocab.AMONG_TOTAL.search(description):
        description = description[:cut.start()]
    descriptions.append(description)
    return parts, descriptions


def _words(fig: Figure, description: str) -> set[str]:
    words = set(_WORD.findall(description.lower()))
    if fig.unit:
        words.update(_WORD.findall(fig.unit.lower()))
    return words


def _complementary(parts: list[Figure], descriptions: list[str], before: str = "") -> bool:
    """Categories that between them cover the whole ("children"/"adults", "won"/"drew"/"lost")."""
    word_sets = [_words(p, d) for p, d in zip(parts, descriptions, strict=True)]
    if before:
        word_sets[0] |= set(_WORD.findall(before.lower()))
    if any(sum(1 for words in word_sets if words & group) >= 2 for group in vocab.COMPLEMENTS):
        return True
    return any(sum(1 for words in word_sets if words & group) >= 2 for group in vocab.ANSWERS) \
        and any(words & vocab.RESIDUAL_ANSWERS for words in word_sets)


def _overlapping(descriptions: list[str]) -> bool:
    """Answers or attributes several parts may share ("said", "have degrees")."""
    return any(set(_WORD.findall(d.lower())) & vocab.OVERLAP_WORDS or vocab.POSSESSION.search(d)
               for d in descriptions)


def breakdowns(ctx: CheckContext, figs: list[Figure], *, rates: bool = True) -> Iterator[Breakdown]:
    """Every total-and-parts shape in one sentence's figures (rates left out: "$1m a day"; ``rates`` False
    says the sentence has none)."""
    if rates:
        figs = [f for f in figs if not vocab.RATE_AFTER.match(ctx.after(f, 30)) and "/" not in (f.unit or "")]
    for t, total in enumerate(figs):
        if not _eligible(total):
            continue
        if t + 1 < len(figs) and _compatible(total, figs[t + 1]) and _eligible(figs[t + 1]):
            yield from _opening(ctx, figs, t)
            yield from _part_first(ctx, figs, t)
        if t >= 1:
            yield from _closing(ctx, figs, t)


def _opening(ctx: CheckContext, figs: list[Figure], t: int) -> Iterator[Breakdown]:
    total, first = figs[t], figs[t + 1]
    of_them = None
    if not _OPENING_HINT.search(ctx.text, total.end, first.start):
        of_them = _OF_THEM.match(ctx.lower, first.end, first.end + 20)
        if not of_them:
            return
    gap = ctx.mgap(total, first)
    if not _TOTAL_GAP.match(gap):
        return
    before = ctx.masked[max(ctx.sentence_of(total).start, total.start - 200):total.start]
    low = gap.lower()
    # what the words between say the parts are: some of the total, all of it, or either
    if of_them is None:
        of_them = _OF_THEM.match(ctx.lower, first.end, first.end + 20)
    if of_them or _any(low, _SUBSET_WORDS) and ends(vocab.SUBSET_LINK, gap) \
            or _any(low, _HAS_WORDS) and ends(vocab.GROUP_HAS, before + ctx.masked[total.start:first.start], 90):
        shape = "subset"
    elif _any(low, _PARTITION_WORDS) and ends(vocab.PARTITION_LINK, gap):
        shape = "partition"
    elif gap.rstrip().endswith(",") and ";" not in gap and _IN_ALL_OPENING.search(before):
        shape = "partition"  # "In all, 1,240 people have been vaccinated, 830 in the first week and 310 in the second"
    elif _any(low, _NEUTRAL_WORDS) and vocab.NEUTRAL_LINK.search(gap) \
            or ("," in low and ends(vocab.OF_THE_TOTAL, before, 40) and _lead(gap)):
        shape = "neutral"
    else:
        return
    lead = _lead(gap) if "," in low else None
    found = _parts(ctx, figs, t + 1, led=bool(lead and lead.group(0).strip(" ,")))
    if found is None:
        return
    parts, descriptions = found
    several = len(parts) >= 2
    if several and vocab.WHOLE_AFTER.match(ctx.masked, parts[-1].end, ctx.sentence_of(parts[-1]).end):
        yield Breakdown(total, parts, descriptions, whole=True)  # "... and £12,000 in court costs, and nothing else"
        return
    if shape != "subset" and not several:
        return  # "ninety - five hundred", "0 are two": one figure after a colon or a verb is no breakdown
    if shape == "subset":
        yield Breakdown(total, parts, descriptions, whole=False)
    elif shape == "partition":
        yield Breakdown(total, parts, descriptions, whole=several and not ends(vocab.RUNNING_TOTAL, before))
    else:
        whole = several and _complementary(parts, descriptions, lead.group(0) if lead else "")
        yield Breakdown(total, parts, descriptions, whole=whole, neutral=True)


def _lead(gap: str) -> re.Match[str] | None:
    """The comma (and perhaps who took the first part) between a total and its first part: "Of the 80 seats,
    Labour won 42"."""
    return ends(vocab.OPENING_COMMA, gap)


def _closing(ctx: CheckContext, figs: list[Figure], t: int) -> Iterator[Breakdown]:
    total = figs[t]
    end = t - 1
    if not _eligible(figs[end]) or not _compatible(total, figs[end]):
        return
    if not _CLOSING_HINT.search(ctx.text, figs[end].end, total.start) \
            and not _TOTAL_NEXT.match(ctx.lower, total.end, total.end + 30):
        return
    gap = ctx.mgap(figs[end], total)
    start = end
    while start - 1 >= 0 and end - start < MAX_PARTS and _eligible(figs[start - 1]) \
            and _compatible(total, figs[start - 1]):
        link = _link(ctx, figs[start - 1], figs[start])
        if link is None or link[1].strip():
            break
        start -= 1
    parts = figs[start:end + 1]
    descriptions = [" ".join(_link(ctx, a, b) or ("", "")) for a, b in zip(parts, parts[1:], strict=False)]
    among = ends(vocab.AMONG_TOTAL, gap)
    if among and _description_ok(gap[:among.start()]):
        yield Breakdown(total, parts, [*descriptions, ""], whole=False)
        return
    if len(parts) < 2:
        return
    closing = re.match(r"^([^\d;()]{0,40}?)(?:,|\s[\u2014\u2013-]|;)\s*(.*)$", gap)
    if not closing or not _description_ok(closing.group(1)):
        return
    link = closing.group(2)
    if ends(vocab.RUNNING_TOTAL, link):
        yield Breakdown(total, parts, [*descriptions, closing.group(1)], whole=False)
    elif ends(vocab.TOTAL_BEFORE, link) and len(link) < 40 or \
            (not link.strip() or re.fullmatch(r"(?:or|so|that\s+is)?\s*" + vocab.QUAL, link.strip() + " ")) \
            and vocab.TOTAL_AFTER.match(ctx.after(total, 30)):
        yield Breakdown(total, parts, [*descriptions, closing.group(1)], whole=True, closing=True)


def _same_things(b: Breakdown) -> bool:
    """The parts can be of the total: a total of people may be broken down by any noun, a total of homes
    only into homes (or parts without a noun of their own)."""
    total = (b.total.unit or "").lower().split()
    if not total or total[-1] in vocab.PERSON_NOUNS:
        return True
    units = [(p.unit or "").lower().split() for p in b.parts]
    return not all(u for u in units) or any(u[-1] == total[-1] for u in units)


def _sum(ctx: CheckContext, parts: list[Figure]) -> Interval | None:
    total = Interval(0.0, 0.0)
    for p in parts:
        band = ctx.band(p, ROUNDING)
        if band is None:
            return None
        total = total + band
    return total


def _carried_over(ctx: CheckContext, index: int) -> Iterator[Breakdown]:
    """A breakdown opening with "Of those," whose total is the one figure of the sentence before:
    "Thirty people were killed. Of those, 12 were children and 20 adults."."""
    sentence = ctx.sentences[index]
    if index == 0:
        return
    opener = vocab.OF_THOSE.match(ctx.masked, sentence.start, sentence.end)
    if opener is None or not ctx.adjacent(ctx.sentences[index - 1], sentence):
        return
    figs = [f for f in ctx.numbers(sentence) if f.start >= opener.end()]
    totals = [f for f in ctx.numbers(ctx.sentences[index - 1]) if _eligible(f)]
    if not figs or len(totals) != 1 or not _eligible(figs[0]) or not _compatible(totals[0], figs[0]):
        return
    if ctx.masked[opener.end():figs[0].start].strip(" ,") and not vocab.OPENING_COMMA.search(
            ctx.masked[opener.end() - 1:figs[0].start]):
        return
    found = _parts(ctx, figs, 0)
    if found is None:
        return
    parts, descriptions = found
    whole = len(parts) >= 2 and _complementary(parts, descriptions)
    yield Breakdown(totals[0], parts, descriptions, whole=whole, neutral=True)


_ANSWERS = (*(group for group in vocab.COMPLEMENTS if "against" in group), *vocab.ANSWERS)
"""The categories of answers that exclude each other ("backed", "opposed", "undecided"; "for", "against")."""
_OTHER_WHOLE = re.compile(r"\b(?:of|among|in|from)\b", re.I)


def _shares(ctx: CheckContext, figs: list[Figure]) -> Iterator[CheckFinding]:
    """Shares of one whole, one per answer that excludes the others, adding up to more than 100%: "46% backed
    independence, 47% opposed it and 12% were undecided". Shares of different wholes ("60% of men and 55% of
    women") and answers that may overlap are left alone."""
    shares = [f for f in figs if f.kind == "percent" and f.unit is None and f.amount is not None and not f.is_fraction]
    i = 0
    while i < len(shares) - 1:
        run, descriptions = [shares[i]], []
        while i + 1 < len(shares):
            link = _link(ctx, shares[i], shares[i + 1])
            if link is None or link[1].strip():
                break
            descriptions.append(link[0])
            run.append(shares[i + 1])
            i += 1
        i += 1
        if len(run) < 2:
            continue
        end = _END.search(ctx.masked, run[-1].end, ctx.sentence_of(run[-1]).end)
        descriptions.append(ctx.masked[run[-1].end:end.start() if end else ctx.sentence_of(run[-1]).end])
        if any(_OTHER_WHOLE.search(d) for d in descriptions) or _overlapping(descriptions):
            continue
        word_sets = [set(_WORD.findall(d.lower())) for d in descriptions]
        if not any(sum(1 for words in word_sets if words & group) >= 2 for group in _ANSWERS):
            continue
        added = _sum(ctx, run)
        if added is None or added.lo <= 100:
            continue
        total = sum(f.amount or 0.0 for f in run)
        yield finding(NAME, run, f"{' + '.join(quoted(f) for f in run)} = {plain(total)}%, but shares of one whole "
                      "cannot add up to more than 100%", "at most 100%", f"{plain(total)}%")


def _two_alike(figs: list[Figure]) -> bool:
    """Two readable figures in a row of one kind (money in one currency): where a breakdown may start."""
    before = None
    for fig in figs:
        if not _eligible(fig):
            before = None
        elif before is not None and before.kind == fig.kind and (fig.kind != "money" or before.currency == fig.currency):
            return True
        else:
            before = fig
    return False


def check(ctx: CheckContext) -> Iterator[CheckFinding]:
    lower = ctx.lower
    for index, sentence in enumerate(ctx.sentences):
        figs = sentence.numbers
        if not figs:
            continue
        found = list(_carried_over(ctx, index)) if lower.startswith(_OPENERS, sentence.start) else []
        if "percent" in sentence.kinds and len(figs) >= 2 and sum(f.kind == "percent" for f in figs) >= 2:
            yield from _shares(ctx, figs)
        if len(figs) >= 2 and _two_alike(figs):
            found += breakdowns(ctx, figs, rates=sentence.has(ctx, vocab.PERIOD_HINTS))
        for b in found:
            if b.total.kind == "count" and not b.closing and not _same_things(b):
                continue
            parts_band, total_band = _sum(ctx, b.parts), ctx.band(b.total, ROUNDING)
            if parts_band is None or total_band is None:
                continue
            amounts = [p.amount or 0.0 for p in b.parts]
            added = sum(amounts)
            sums = " + ".join(say(a, p) if p.kind == "money" else plain(a) for a, p in zip(amounts, b.parts, strict=True))
            sum_text = say(added, b.total) if b.total.kind == "money" else plain(added)
            equation = f"{sums} = {sum_text}" if len(b.parts) > 1 else sum_text
            if b.whole and not parts_band.overlaps(total_band):
                yield finding(NAME, [b.total, *b.parts], f"{equation}, but the total given is {quoted(b.total)}",
                              sum_text, quoted(b.total))
            elif parts_band.lo > total_band.hi and not (_overlapping(b.descriptions) and not b.whole):
                what = "the parts add up to more than the total" if len(b.parts) > 1 else "a part is larger than the whole"
                yield finding(NAME, [b.total, *b.parts], f"{equation}, but the total given is {quoted(b.total)}: {what}",
                              f"at least {sum_text}", quoted(b.total))


register_rule(Rule(NAME, "Parts and total", "Parts of a breakdown that do not add up to the total given.", check))
