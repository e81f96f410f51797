"""The printed report as simple blocks: what the PDF renderer lays out on pages, and html-print shows.

A :class:`PrintDocument` is plain data (no Qt): blocks of paragraphs made of styled spans, each block
either kept whole on one page (claim cards, rows) or breakable between lines (the article). The style
names refer to ``resources/templates/report_print.json``, the one print style sheet. The text is the
user's text as it is (after :func:`~workbench.core.report._view.clean`); a renderer draws it, so nothing
in it can act as markup.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field, replace
from typing import Any

from workbench.core.report._view import (
    CheckView,
    ClaimView,
    DatedWordingView,
    RemovedView,
    ReportView,
    clean,
    format_when,
)

PRINT_STYLE = "report_print.json"
LINE_BREAK = "\u2028"
"""A line break inside a paragraph (a renderer breaks the line there)."""
_SPACE = " \t\n" + LINE_BREAK


@dataclass(slots=True)
class Span:
    text: str
    style: str = ""
    """Space-separated names from the style sheet's ``spans`` (``b``, ``mark-disputed``, ``link``…)."""
    href: str | None = None
    """An http(s) address (the only kind that ever becomes a link)."""


@dataclass(slots=True)
class Para:
    spans: list[Span]
    style: str = "body"
    """A name from the style sheet's ``paragraphs``."""

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(slots=True)
class Cell:
    paras: list[Para]
    width: float = 1.0
    """Share of the block's width."""
    frame: str = ""
    status: str = ""


@dataclass(slots=True)
class Block:
    cells: list[Cell]
    frame: str = "plain"
    """A name from the style sheet's ``frames``: ``card``, ``banner``, ``row``…"""
    status: str = ""
    """``verified``, ``disputed`` or ``unchecked``: the colour of the frame's stripe and fill."""
    below: list[Para] = field(default_factory=list)
    """Paragraphs across the whole width, under the cells (a verified row's correction)."""
    keep_together: bool = True
    """Never split across pages (unless taller than a page); else it may break between lines."""
    keep_with_next: bool = False
    """A heading: moves to the next page with the block after it."""
    page_break_before: bool = False
    name: str = ""
    """``claim-12``, ``verdict``…: lets tests and tools find a block."""

    @property
    def text(self) -> str:
        parts = [p.text for c in self.cells for p in c.paras] + [p.text for p in self.below]
        return "\n".join(parts)


@dataclass(slots=True)
class PrintDocument:
    title: str
    footer: str
    blocks: list[Block]
    style: dict[str, Any]

    def text(self) -> str:
        """All the document's words, block after block (for tests and searching)."""
        return "\n".join(b.text for b in self.blocks).replace(LINE_BREAK, "\n")


@functools.lru_cache(maxsize=1)
def _style_text() -> str:
    from workbench.core.report._html import resources_dir

    return (resources_dir() / "templates" / PRINT_STYLE).read_text(encoding="utf-8")


def print_style() -> dict[str, Any]:
    """The print style sheet (a fresh copy)."""
    return json.loads(_style_text())


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _inline(text: str) -> str:
    """Whitespace collapsed, keeping one space at either end where there was one (a piece of a sentence)."""
    core = " ".join(text.split())
    if not core:
        return " " if text else ""
    return (" " if text[:1].isspace() else "") + core + (" " if text[-1:].isspace() else "")


def _lines(text: str) -> str:
    """Keep a note's line breaks as breaks inside its paragraph."""
    return LINE_BREAK.join(" ".join(line.split()) for line in text.strip().splitlines())


def _person(name: str, login: bool) -> list[Span]:
    spans = [Span(name, "bdi")]
    if login:
        spans.append(Span(" (login name)", "muted"))
    return spans


def _masthead(view: ReportView) -> Block:
    article, review = view.bundle.article, view.bundle.review
    paras = [Para([Span("VERIFICATION REPORT")], "kicker"), Para([Span(view.title)], "title")]
    first = [Span(_one_line(clean(article.publisher)) or "Publisher unknown", "bdi")]
    first.append(Span(f" · published {article.published or 'unknown'}"))
    if article.byline.strip():
        first += [Span(" · by "), Span(_one_line(clean(article.byline)), "bdi")]
    paras.append(Para(first, "meta"))
    if view.article_url:
        paras.append(Para([Span("Address "), Span(view.article_url, "link", view.article_url)], "meta"))
    who = [Span("Reviewer "), *(_person(view.reviewer, view.reviewer_is_login) if view.reviewer else [Span("—")])]
    if view.other_markers:
        who.append(Span(" · verdicts also by "))
        for i, (name, login) in enumerate(view.other_markers):
            if i:
                who.append(Span(", "))
            who += _person(name, login)
    paras.append(Para(who, "meta"))
    if view.version_text:
        paras.append(Para([Span(view.version_text, "b")], "meta"))
    paras.append(Para([Span(f"Review started {format_when(review.created)} · last change "
                            f"{format_when(review.updated)} · report made {format_when(view.generated)}")], "meta"))
    return Block([Cell(paras)], frame="masthead", name="masthead")


def _age(view: ReportView) -> list[Block]:
    """The age banner: how long before the republication date the story was first published."""
    if not view.age_text:
        return []
    paras = [Para([Span(view.age_text)], "age")]
    if view.republication_text:
        paras.append(Para([Span(view.republication_text)], "reason"))
    return [Block([Cell(paras)], frame="age", name="age")]


def _verdict(view: ReportView) -> list[Block]:
    status = "verified" if view.ready and not view.corrected else "disputed"
    paras = [Para([Span(view.ready_text, f"verdict-{status}")], "verdict")]
    paras += [Para([Span(reason)], "reason") for reason in view.verdict_reasons]
    banner = Block([Cell(paras)], frame="banner", status=status, name="verdict")
    stats = [("CLAIMS", view.total, ""), ("VERIFIED", view.verified, "verified"),
             ("DISPUTED", view.disputed, "disputed"), ("UNCHECKED", view.unchecked, "unchecked")]
    if view.corrected:
        stats.append(("CORRECTED", view.corrected, "corrected"))
    cells = [
        Cell([Para([Span(str(n), f"stat-{colour}" if colour else "")], "stat"), Para([Span(label)], "label")],
             width=1 / len(stats), frame="box")
        for label, n, colour in stats
    ]
    blocks = [banner, Block(cells, frame="stats", name="counts")]
    if view.removed:
        removed = f"{len(view.removed)} removed since version {view.version - 1} (listed below, not counted)"
        blocks.append(Block([Cell([Para([Span(removed, "b stat-unchecked")], "body")])], name="removed-count"))
    return blocks


def _heading(text: str, name: str, *, page_break: bool = False) -> Block:
    return Block([Cell([Para([Span(text)], "h2")])], keep_with_next=True, page_break_before=page_break,
                 name=name)


def _head_spans(c: ClaimView) -> list[Span]:
    spans = [Span(f"#{c.number}  ", "num"), Span(f" {c.status_label.upper()} ", f"badge-{c.status}")]
    if c.value_corrected:
        spans += [Span(" "), Span(" CORRECTED ", "badge-corrected")]
    spans.append(Span(f"  {c.kind_label.upper()}  ", "label"))
    if c.value_text:
        spans.append(Span(c.value_text, "value"))
    return spans


def _source_paras(c: ClaimView) -> list[Para]:
    """One paragraph per source: title (a link), publisher, date, the citation written out, the excerpt."""
    if not c.sources:
        return [Para([Span("SOURCES  ", "label"), Span("none recorded", "i muted")], "source")]
    paras = []
    for i, s in enumerate(c.sources, start=1):
        spans = [Span("SOURCES  " if i == 1 else "", "label"), Span(f"{i}. "),
                 Span(_one_line(s.label), "b link bdi" if s.url else "b bdi", s.url)]
        if s.publisher:
            spans += [Span(" · ", "muted"), Span(_one_line(s.publisher), "muted bdi")]
        if s.accessed:
            spans.append(Span(f" · accessed {s.accessed}", "muted"))
        if s.citation and s.citation != s.label:  # on paper the address is all a reader has
            spans += [Span(" · ", "muted"), Span(_one_line(s.citation), "muted bdi")]
        if s.excerpt:
            spans += [Span(" · "), Span(f"“{_one_line(s.excerpt)}”", "i bdi")]
        paras.append(Para(spans, "source"))
    return paras


def _card(c: ClaimView) -> Block:
    """A disputed or unchecked claim: what the article says, the correct figure, note, sources."""
    paras = [Para(_head_spans(c), "head")]
    paras.append(Para([Span(_inline(c.before)), Span(c.quote, f"mark-{c.status}"), Span(_inline(c.after))],
                      "quote"))
    if c.has_correction:
        paras.append(Para([Span(c.correction_text)], "correction"))
    elif c.status == "disputed":
        paras.append(Para([Span(f"CORRECT {c.correction_noun.upper()}  ", "label"),
                           Span("not recorded", "i muted")], "body"))
    label, said = c.attribution
    if label:
        paras.append(Para([Span(f"{label.upper()}  ", "label"), Span(_one_line(said), "bdi")], "body"))
    if c.mentions_text:
        paras.append(Para([Span(_one_line(c.mentions_text), "muted bdi")], "body"))
    if c.revision_note:
        paras.append(Para([Span("REVISION  ", "label"), Span(_one_line(c.revision_note), "bdi")], "revision"))
    if c.qualifier:
        paras.append(Para([Span("QUALIFIER  ", "label"), Span(_one_line(c.qualifier), "bdi")], "body"))
    if c.note:
        paras.append(Para([Span("NOTE  ", "label"), Span(_lines(c.note), "bdi")], "body"))
    if c.status != "unchecked" or c.sources:
        paras += _source_paras(c)
    # who marked it, and when, closes the card's first line (muted): one line less per card
    marked: list[Span] = []
    if c.marked_by or c.marked_when:
        marked.append(Span(f"   marked {c.status_label.lower()}", "small-run"))
        if c.marked_by:
            marked += [Span(" by ", "small-run"), *[Span(s.text, f"small-run {s.style}") for s in
                                                   _person(c.marked_by, c.marked_by_is_login)]]
        if c.marked_when:
            marked.append(Span(f", {c.marked_when}", "small-run"))
    paras[0].spans += marked
    notes = []
    if c.claim.origin == "manual":
        notes.append("Added by hand")
    if not c.located:
        notes.append("Not located in the current article text")
    if notes:
        paras.append(Para([Span(" · ".join(notes))], "small"))
    return Block([Cell(paras)], frame="card", status=c.status, name=f"claim-{c.number}")


VERIFIED_COLUMNS = (("NO.", 0.06), ("CLAIM", 0.27), ("VALUE", 0.24), ("SOURCE", 0.43))


def _verified_row(c: ClaimView, view: ReportView) -> Block:
    """One line: number, the quoted words, the value, the sources."""
    sources: list[Span] = []
    for i, s in enumerate(c.sources):
        if i:
            sources.append(Span("; "))
        sources.append(Span(_one_line(s.label), "link bdi", s.url) if s.url else Span(_one_line(s.short), "bdi"))
    if not sources:
        sources.append(Span("none recorded", "i muted"))
    if c.marked_by and c.marked_by != view.reviewer:
        sources += [Span(" · by ", "muted"), *_person(c.marked_by, c.marked_by_is_login)]
    words = [Span(f"“{_one_line(c.quote)}”", "bdi")]
    if not c.located:
        words.append(Span(" (not located)", "muted"))
    value = [Span(c.value_text or "—", "value")]
    if c.value_corrected:
        value += [Span(" "), Span(" CORRECTED ", "badge-corrected")]
    shares = [w for _, w in VERIFIED_COLUMNS]
    cells = [Cell([Para([Span(f"#{c.number}", "num")], "row")], shares[0]),
             Cell([Para(words, "row")], shares[1]),
             Cell([Para(value, "row")], shares[2]),
             Cell([Para(sources, "row")], shares[3])]
    below = [Para([Span(c.correction_text)], "row-note")] if c.has_correction else []
    if c.revision in ("edited", "changed"):
        below.append(Para([Span(_one_line(c.revision_note), "bdi")], "row-muted"))
    if c.mentions:
        below.append(Para([Span(_one_line(c.mentions_text), "bdi")], "row-muted"))
    return Block(cells, frame="row", status="verified", below=below, name=f"claim-{c.number}")


REMOVED_COLUMNS = (("NO.", 0.06), ("CLAIM", 0.40), ("VALUE", 0.20), ("OLD VERDICT", 0.34))


def _removed_row(r: RemovedView) -> Block:
    words = [Para([Span(f"“{_one_line(r.text)}”", "bdi")], "row")]
    if r.sentence:
        words.append(Para([Span(_one_line(r.sentence), "bdi")], "row-muted"))
    verdict = [Para([Span(_one_line(r.verdict_text), "bdi")], "row")]
    if r.note:
        verdict.append(Para([Span(_one_line(r.note), "bdi")], "row-muted"))
    shares = [w for _, w in REMOVED_COLUMNS]
    cells = [Cell([Para([Span(f"#{r.number}", "num")], "row")], shares[0]), Cell(words, shares[1]),
             Cell([Para([Span(r.value_text or "—", "value")], "row")], shares[2]), Cell(verdict, shares[3])]
    return Block(cells, frame="row", name=f"removed-{r.number}")


def _removed(view: ReportView) -> list[Block]:
    note = f"In version {view.version - 1}, not in this version; not counted in the totals above."
    blocks = [_heading(view.removed_heading, "removed-heading"),
              Block([Cell([Para([Span(note, "muted")], "body")])], keep_with_next=True, name="removed-note"),
              Block([Cell([Para([Span(name)], "th")], width) for name, width in REMOVED_COLUMNS],
                    frame="table-head", keep_with_next=True, name="removed-columns")]
    return blocks + [_removed_row(r) for r in view.removed]


_DECISION_LOOKS = {"accepted": "verified", "still_true": "verified", "dismissed": "dismissed",
                   "disputed": "disputed", "": "unchecked"}
"""The colour (a status name, or ``dismissed``) a decision's badge and stripe take."""


def _decided(text: str) -> list[Span]:
    return [Span(f"  {text}", "small-run bdi")] if text else []


def _check_card(c: CheckView) -> Block:
    look = _DECISION_LOOKS.get(c.decision, "unchecked")
    head = [Span(f"C{c.number}  ", "num"), Span(f" {c.decision_label.upper()} ", f"badge-{look}"),
            Span(f"  {c.rule_label.upper()}", "label")]
    claims = f"{c.claims_text} — " if c.claim_numbers else ""
    paras = [Para(head, "head"), Para([Span(_one_line(c.message), "bdi")], "arith"),
             Para([Span("CLAIMS  ", "label"), Span(claims), Span(_one_line(c.words_text), "bdi")], "body"),
             Para([Span("DECISION  ", "label"), Span(_one_line(c.decision_text), "bdi"), *_decided(c.decided_text)],
                  "body")]
    return Block([Cell(paras)], frame="card", status="muted" if look == "dismissed" else look,
                 name=f"check-{c.number}")


def _checks(view: ReportView) -> list[Block]:
    note = f"The story checked against itself: {view.checks_summary}."
    return [_heading(f"Checks ({len(view.checks)})", "checks-heading"),
            Block([Cell([Para([Span(note, "muted")], "body")])], keep_with_next=True, name="checks-note"),
            *[_check_card(c) for c in view.checks]]


WORDING_COLUMNS = (("NO.", 0.05), ("WORDING", 0.43), ("ON PUBLICATION · SUGGESTION", 0.32), ("DECISION", 0.20))


def _wording_row(d: DatedWordingView) -> Block:
    look = _DECISION_LOOKS.get(d.decision, "unchecked")
    kind = d.cls_label.upper() + (" · IN A QUOTE" if d.in_quote else "")
    words = [Para([Span(f"{kind}  ", "label"), Span(_inline(d.before).lstrip()), Span(d.text, "mark-unchecked"),
                   Span(_inline(d.after))], "row")]
    meaning: list[Para] = []
    if d.reads_as:
        meaning.append(Para([Span(_one_line(d.reads_as), "b bdi")], "row"))
    if d.suggestion:
        arrow = "→ " if d.substitutes else "Note: "
        meaning.append(Para([Span(arrow, "muted"), Span(_one_line(d.suggestion), "bdi")], "row"))
    if not d.flagged:
        meaning.append(Para([Span("No longer flagged in the current text", "i muted")], "row"))
    decision = [Para([Span(f" {d.decision_label.upper()} ", f"badge-{look}")], "row")]
    if d.decision == "accepted" and d.rewrite:
        decision.append(Para([Span(f"“{_one_line(d.rewrite)}”", "bdi")], "row"))
    if d.reason:
        decision.append(Para([Span(_one_line(d.reason), "bdi")], "row"))
    if d.decided_text:
        decision.append(Para([Span(_one_line(d.decided_text), "bdi")], "row-muted"))
    shares = [w for _, w in WORDING_COLUMNS]
    cells = [Cell([Para([Span(f"D{d.number}", "num")], "row")], shares[0]), Cell(words, shares[1]),
             Cell(meaning or [Para([Span("—", "muted")], "row")], shares[2]), Cell(decision, shares[3])]
    return Block(cells, frame="row", name=f"wording-{d.number}")


def _wording(view: ReportView) -> list[Block]:
    note = (f"Words that depended on the publication date, read as of {view.republish_on}: "
            f"{view.wording_summary}.")
    return [_heading(f"Dated wording ({len(view.dated_wording)})", "wording-heading"),
            Block([Cell([Para([Span(note, "muted")], "body")])], keep_with_next=True, name="wording-note"),
            Block([Cell([Para([Span(name)], "th")], width) for name, width in WORDING_COLUMNS],
                  frame="table-head", keep_with_next=True, name="wording-columns"),
            *[_wording_row(d) for d in view.dated_wording]]


def _article(view: ReportView) -> list[Block]:
    """The article text, a block per paragraph (breakable between lines), claims marked and numbered.

    A blank line ends a paragraph; a single line break starts a new line of the same block (its own
    paragraph for the direction of right-to-left text, as in the article).
    """
    paragraphs: list[list[list[Span]]] = [[[]]]  # blocks of lines of spans
    for seg in view.segments:
        style = f"mark-{seg.status}" if seg.numbers else ""
        for i, block_text in enumerate(seg.text.split("\n\n")):
            if i:
                paragraphs.append([[]])
            for j, line in enumerate(block_text.split("\n")):
                if j:
                    paragraphs[-1].append([])
                if line:
                    paragraphs[-1][-1].append(Span(line, style))
        for n in seg.ends:
            paragraphs[-1][-1].append(Span(str(n), "sup"))
    blocks = []
    for lines in paragraphs:
        paras = []
        for spans in lines:
            spans = [s for s in spans if s.text]
            while spans and not spans[0].text.strip(_SPACE):
                spans.pop(0)
            while spans and not spans[-1].text.strip(_SPACE):
                spans.pop()
            if not spans:
                continue
            spans[0] = replace(spans[0], text=spans[0].text.lstrip(_SPACE))
            spans[-1] = replace(spans[-1], text=spans[-1].text.rstrip(_SPACE))
            paras.append(Para(spans, "article-line"))
        if paras:
            paras[-1].style = "article"
            blocks.append(Block([Cell(paras)], keep_together=False, name="article"))
    return blocks


def _history(view: ReportView) -> list[Block]:
    blocks = [_heading("Appendix: change history", "history-heading")]
    note = f"Times are local ({view.history_zone}); changes undone at once are left out."
    blocks.append(Block([Cell([Para([Span(note, "muted")], "body")])], name="history-note"))
    if not view.history:
        blocks.append(Block([Cell([Para([Span("No changes recorded.", "i muted")], "body")])], name="history"))
        return blocks
    day: str | None = None
    paras: list[Para] = []
    for entry in view.history:
        if entry.day != day:
            if paras:
                blocks.append(Block([Cell(paras)], keep_together=False, name="history"))
            day = entry.day
            paras = [Para([Span(day)], "day")]
        paras.append(Para([Span(entry.time, "b"), Span("  "), Span(entry.actor or "Someone", "b bdi"), Span(" "),
                           Span(_one_line(entry.text), "bdi")], "history"))
    blocks.append(Block([Cell(paras)], keep_together=False, name="history"))
    return blocks


def build_print(view: ReportView) -> PrintDocument:
    """The printed report: first page verdict, counts and disputed claims; then unchecked, verified, article."""
    blocks = [_masthead(view), *_age(view), *_verdict(view)]
    if not view.claims:
        blocks.append(Block([Cell([Para([Span("No claims were recorded for this article.", "i muted")])])],
                            name="no-claims"))
    if view.disputed_claims:
        blocks.append(_heading(f"Disputed claims ({view.disputed})", "disputed-heading"))
        blocks += [_card(c) for c in view.disputed_claims]
    if view.unchecked_claims:
        blocks.append(_heading(f"Unchecked claims ({view.unchecked})", "unchecked-heading"))
        blocks += [_card(c) for c in view.unchecked_claims]
    if view.verified_claims:
        blocks.append(_heading(f"Verified claims ({view.verified})", "verified-heading"))
        blocks.append(Block([Cell([Para([Span(name)], "th")], width) for name, width in VERIFIED_COLUMNS],
                            frame="table-head", keep_with_next=True, name="verified-columns"))
        blocks += [_verified_row(c, view) for c in view.verified_claims]
    if view.removed:
        blocks += _removed(view)
    if view.checks:
        blocks += _checks(view)
    if view.dated_wording:
        blocks += _wording(view)
    blocks.append(_heading("The article, with claims marked", "article-heading"))
    legend = [Span("verified", "mark-verified"), Span("  "), Span("disputed", "mark-disputed"), Span("  "),
              Span("unchecked", "mark-unchecked"), Span("   Numbers refer to the claims above.", "muted")]
    blocks.append(Block([Cell([Para(legend, "body")])], keep_with_next=True, name="legend"))
    blocks += _article(view)
    if view.include_history:
        blocks += _history(view)
    review, article = view.bundle.review, view.bundle.article
    colophon = (f"{view.generator} · report made {format_when(view.generated)} · review {review.id}, "
                f"article version {article.version}")
    blocks.append(Block([Cell([Para([Span(colophon)], "colophon")])], name="colophon"))
    return PrintDocument(title=view.title, footer=f"Verification report · {_one_line(view.title)}",
                         blocks=blocks, style=print_style())
