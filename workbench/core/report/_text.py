"""The Markdown, CSV, JSON and ClaimReview reports."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import asdict
from typing import Any
from urllib.parse import quote

from workbench.core.report._view import ReportView, format_when, http_url

JSON_SCHEMA = "workbench-report/1"
"""The ``schema`` field of the JSON report; see ``docs/report-json.md``."""

RATINGS = {"verified": (5, "Verified"), "disputed": (1, "Disputed")}
"""ClaimReview ``ratingValue`` (on a 1–5 scale) and ``alternateName`` for each checked status."""

# ---------------------------------------------------------------- Markdown

# Characters that act anywhere in a line. "-", "+" and "=" act only at the start of a line (lists, headings),
# so "2018-02-15" and "AT&T" stay readable in the raw file.
_MD_INLINE = re.compile(r"([\\`*_{}\[\]<>()#!|~$])")
_MD_LINE_START = re.compile(r"^(\s*)(\d+)([.)])", re.MULTILINE)
_MD_MARKER_START = re.compile(r"^(\s*)([-+=])", re.MULTILINE)


def md_escape(value: Any) -> str:
    """A user string made inert in Markdown: every active character backslash-escaped, one line."""
    text = " ".join(str(value or "").split())
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_MARKER_START.sub(r"\1\\\2", text)
    return _MD_LINE_START.sub(r"\1\2\\\3", text)


def _md_spaced(value: str) -> str:
    """:func:`md_escape`, keeping one space at either end when the piece had one (parts of a sentence)."""
    core = md_escape(value)
    if not core:
        return " " if value and value.isspace() else ""
    lead = " " if value[:1].isspace() else ""
    trail = " " if value[-1:].isspace() else ""
    return f"{lead}{core}{trail}"


def md_block(value: Any) -> str:
    """Like :func:`md_escape` but keeps line breaks (as hard breaks) for notes and article text."""
    lines = [md_escape(line) for line in str(value or "").split("\n")]
    return "  \n".join(lines)


def md_link(label: str, url: str | None) -> str:
    """``[label](<url>)`` for http(s) addresses only; anything else stays escaped text."""
    safe = http_url(url)
    if not safe:
        return md_escape(label or url or "")
    target = quote(safe, safe=":/?#[]@!$&'*+,;=%~-._").replace("(", "%28").replace(")", "%29")
    return f"[{md_escape(label or safe)}](<{target}>)"


def render_markdown(view: ReportView) -> str:
    review, article = view.bundle.review, view.bundle.article
    out: list[str] = []
    add = out.append
    add(f"# Verification report: {md_escape(view.title)}")
    add("")
    add("| | |")
    add("|---|---|")
    add(f"| Publisher | {md_escape(article.publisher) or '—'} |")
    if article.byline:
        add(f"| Byline | {md_escape(article.byline)} |")
    add(f"| Published | {md_escape(article.published or 'unknown')} |")
    address = (
        md_link(view.article_url, view.article_url) if view.article_url else md_escape(view.origin) or "—"
    )
    add(f"| Address | {address} |")
    add(f"| Reviewer | {md_escape(review.reviewer) or '—'} |")
    add(f"| Review started | {md_escape(format_when(review.created))} |")
    add(f"| Last change | {md_escape(format_when(review.updated))} |")
    add(f"| Report made | {md_escape(format_when(view.generated))} |")
    add("")
    add("## Summary")
    add("")
    add(f"**{md_escape(view.ready_text)}**")
    add("")
    add(f"- Claims: {view.total}")
    add(f"- Verified: {view.verified}")
    add(f"- Disputed: {view.disputed}")
    add(f"- Unchecked: {view.unchecked}")
    add("")
    add("## Claims")
    add("")
    if not view.claims:
        add("_No claims were recorded for this article._")
        add("")
    for c in view.claims:
        value = f" — {md_escape(c.value_text)}" if c.value_text else ""
        add(f"### {c.number}\\. {c.status_label.upper()}: {md_escape(c.quote)} ({c.kind_label}{value})")
        add("")
        add(f"> {_md_spaced(c.before)}**{md_escape(c.quote)}**{_md_spaced(c.after)}")
        add("")
        if c.claim.qualifier:
            add(f"- **Qualifier:** {md_escape(c.claim.qualifier)}")
        if c.claim.note:
            add(f"- **Note:** {md_block(c.claim.note)}")
        if c.sources:
            add("- **Sources:**")
            for s in c.sources:
                line = md_link(s.label, s.url)
                if s.publisher:
                    line += f" · {md_escape(s.publisher)}"
                if s.accessed:
                    line += f" · accessed {md_escape(s.accessed)}"
                if s.citation and s.citation != s.label:
                    line += f" · {md_escape(s.citation)}"
                if s.excerpt:
                    line += f" · “{md_escape(s.excerpt)}”"
                add(f"  - {line}")
        else:
            add("- **Sources:** none recorded")
        if c.claim.marked_by or c.marked_when:
            who = f" by {md_escape(c.claim.marked_by)}" if c.claim.marked_by else ""
            when = f" on {md_escape(c.marked_when)}" if c.marked_when else ""
            add(f"- **Marked** {c.status_label.lower()}{who}{when}")
        add("")
    add("## The article, with claims marked")
    add("")
    add("Claims are in bold, followed by their number and status.")
    add("")
    add(_md_article(view))
    add("")
    add("## Appendix: change history")
    add("")
    if view.events:
        add("| When | Who | What | Claim | Before | After |")
        add("|---|---|---|---|---|---|")
        for e in view.events:
            cells = [e.when, e.actor, e.action, e.claim, e.before, e.after]
            add("| " + " | ".join(md_escape(cell) for cell in cells) + " |")
    else:
        add("_No changes recorded._")
    add("")
    add(f"_{md_escape(view.generator)}_")
    add("")
    return "\n".join(out)


def _md_inline_keep_spacing(text: str) -> str:
    """Escape active characters but keep spaces and line breaks (for pieces of the article)."""
    return _MD_INLINE.sub(r"\\\1", text)


def _md_article(view: ReportView) -> str:
    """The article text with each claim in bold followed by ``[n: status]``; everything escaped."""
    pieces: list[str] = []
    for seg in view.segments:
        escaped = _md_inline_keep_spacing(seg.text)
        if seg.numbers:
            lines = escaped.split("\n")
            escaped = "\n".join(f"**{line.strip()}**" if line.strip() else line for line in lines)
            escaped += "".join(f" \\[{n}: {view.claims[n - 1].status_label.lower()}\\]" for n in seg.ends)
        pieces.append(escaped)
    paragraphs = []
    for paragraph in "".join(pieces).split("\n\n"):
        lines = [line.strip() for line in paragraph.split("\n")]
        block = "  \n".join(line for line in lines if line)
        if block:
            paragraphs.append(_MD_LINE_START.sub(r"\1\2\\\3", block))
    return "\n\n".join(paragraphs)


# ---------------------------------------------------------------- CSV

CSV_COLUMNS = (
    "number",
    "claim_id",
    "status",
    "kind",
    "text",
    "value",
    "value_json",
    "qualifier",
    "context",
    "note",
    "sources",
    "source_links",
    "marked_by",
    "marked_at",
    "origin",
    "start",
    "end",
)
_CSV_ACTIVE = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    """A cell a spreadsheet will not run: text starting with ``= + - @``, tab or CR gets a ``'`` first."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_CSV_ACTIVE) else text


def render_csv(view: ReportView) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for c in view.claims:
        claim = c.claim
        row = [
            c.number,
            claim.id,
            c.status,
            claim.kind,
            claim.text,
            c.value_text,
            json.dumps(claim.value, ensure_ascii=False, default=str),
            claim.qualifier,
            c.context_text,
            claim.note,
            "\n".join(s.one_line() for s in c.sources),
            " ".join(s.url for s in c.sources if s.url),
            claim.marked_by,
            claim.marked_at,
            claim.origin,
            claim.start,
            claim.end,
        ]
        writer.writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()


# ---------------------------------------------------------------- JSON


def report_dict(view: ReportView) -> dict[str, Any]:
    """The whole review as plain data; the shape is documented in ``docs/report-json.md``."""
    bundle = view.bundle
    article = asdict(bundle.article)
    article["url"] = view.article_url
    claims = []
    for c in view.claims:
        item = c.claim.to_dict()
        item["number"] = c.number
        item["value_text"] = c.value_text
        item["located"] = c.located
        for source, sv in zip(item["sources"], c.sources, strict=True):
            source["url"] = sv.url
        claims.append(item)
    return {
        "schema": JSON_SCHEMA,
        "generator": view.generator,
        "generated": view.generated,
        "review": bundle.review.to_dict(),
        "summary": {
            "claims": view.total,
            "verified": view.verified,
            "disputed": view.disputed,
            "unchecked": view.unchecked,
            "ready": view.ready,
        },
        "article": article,
        "claims": claims,
        "events": [asdict(e) for e in sorted(bundle.events, key=lambda e: (e.at, e.id))],
    }


def _json_text(data: Any) -> str:
    """JSON with ``<``, ``>`` and ``&`` written as ``\\u`` escapes, so it is safe inside an HTML ``<script>``."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


def render_json(view: ReportView) -> str:
    return _json_text(report_dict(view))


# ---------------------------------------------------------------- ClaimReview


def _date_part(value: str | None) -> str | None:
    if not value:
        return None
    match = re.match(r"\d{4}-\d{2}-\d{2}", str(value).strip())
    return match.group(0) if match else None


def claim_reviews(view: ReportView) -> list[dict[str, Any]]:
    """One schema.org ``ClaimReview`` per checked (verified or disputed) claim."""
    review, article = view.bundle.review, view.bundle.article
    items: list[dict[str, Any]] = []
    for c in view.claims:
        if c.status not in RATINGS:
            continue
        value, name = RATINGS[c.status]
        claimed = " ".join(c.context_text.split()) or c.quote
        item_reviewed: dict[str, Any] = {"@type": "Claim"}
        if view.article_url:
            item_reviewed["appearance"] = view.article_url
        if _date_part(article.published):
            item_reviewed["datePublished"] = _date_part(article.published)
        if article.publisher:
            item_reviewed["author"] = {"@type": "Organization", "name": article.publisher}
        rating: dict[str, Any] = {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": name,
        }
        if c.claim.note.strip():
            rating["ratingExplanation"] = c.claim.note.strip()
        entry: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": claimed,
            "reviewRating": rating,
            "itemReviewed": item_reviewed,
            "author": {"@type": "Person", "name": c.claim.marked_by or review.reviewer},
            "datePublished": _date_part(c.claim.marked_at)
            or _date_part(review.updated)
            or _date_part(view.generated),
        }
        if view.article_url:
            entry["url"] = view.article_url
        items.append(entry)
    return items


def render_claimreview(view: ReportView) -> str:
    return _json_text(claim_reviews(view))
