"""The Markdown, CSV, JSON and ClaimReview reports."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import asdict
from typing import Any
from urllib.parse import quote

from workbench.core.report._view import (
    ClaimView,
    ReportView,
    SourceView,
    clean,
    file_name,
    format_when,
    http_url,
)

JSON_SCHEMA = "workbench-report/2"
"""The ``schema`` field of the JSON report; see ``docs/report-json.md``."""

RATINGS = {"verified": (5, "Verified"), "disputed": (1, "Disputed")}
"""ClaimReview ``ratingValue`` (on a 1–5 scale) and ``alternateName`` for each checked status."""
CORRECTED_RATING = (3, "Corrected")
"""A verified claim whose value the editor corrected: the article's words need the correction."""

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


def _md_source(s: SourceView) -> str:
    line = md_link(s.label, s.url)
    if s.publisher:
        line += f" · {md_escape(s.publisher)}"
    if s.accessed:
        line += f" · accessed {md_escape(s.accessed)}"
    if s.citation and s.citation != s.label:
        line += f" · {md_escape(s.citation)}"
    if s.excerpt:
        line += f" · “{md_escape(s.excerpt)}”"
    return line


def _md_person(name: str, login: bool) -> str:
    return md_escape(name) + (" (login name)" if login else "")


def _md_card(add: Callable[[str], None], c: ClaimView) -> None:
    """A disputed or unchecked claim in full: what the article says, the correct figure, note, sources."""
    value = f", {md_escape(c.value_text)}" if c.value_text else ""
    add(f"### Claim {c.number} — {c.status_label.lower()}: “{md_escape(c.quote)}” ({c.kind_label.lower()}{value})")
    add("")
    add(f"> {_md_spaced(c.before)}**{md_escape(c.quote)}**{_md_spaced(c.after)}")
    add("")
    if c.has_correction:
        add(f"- **Correction:** {md_escape(c.correction_text.removeprefix('Correction: '))}")
    elif c.status == "disputed":
        add(f"- **Correct {c.correction_noun}:** not recorded")
    label, said = c.attribution
    if label:
        add(f"- **{label}:** {md_escape(said)}")
    if c.mentions_text:
        add(f"- {md_escape(c.mentions_text)}")
    if c.revision_note:
        add(f"- **Revision:** {md_escape(c.revision_note)}")
    if c.qualifier:
        add(f"- **Qualifier:** {md_escape(c.qualifier)}")
    if c.note:
        add(f"- **Note:** {md_block(c.note)}")
    if c.sources:
        add("- **Sources:**")
        for s in c.sources:
            add(f"  - {_md_source(s)}")
    elif c.status != "unchecked":
        add("- **Sources:** none recorded")
    if c.marked_by or c.marked_when:
        who = f" by {_md_person(c.marked_by, c.marked_by_is_login)}" if c.marked_by else ""
        when = f" on {md_escape(c.marked_when)}" if c.marked_when else ""
        add(f"- **Marked** {c.status_label.lower()}{who}{when}")
    if not c.located:
        add("- _Not located in the current article text._")
    add("")


def _md_verified(add: Callable[[str], None], view: ReportView) -> None:
    """Verified claims, one table row each: number, quoted words, value, sources."""
    add("| No. | Claim | Value | Sources |")
    add("|---|---|---|---|")
    for c in view.verified_claims:
        value = md_escape(c.value_text)
        if c.has_correction:
            value += f" — **{md_escape(c.correction_text)}**"
        sources = "; ".join(
            md_link(s.label, s.url) if s.url else md_escape(s.short) for s in c.sources
        ) or "none recorded"
        if c.marked_by and c.marked_by != view.reviewer:
            sources += f" · by {_md_person(c.marked_by, c.marked_by_is_login)}"
        if c.revision in ("edited", "changed"):
            value += f" · _{md_escape(c.revision_note)}_"
        if c.mentions:
            value += f" · _{md_escape(c.mentions_text)}_"
        add(f"| {c.number} | “{md_escape(c.quote)}” | {value} | {sources} |")
    add("")


def _md_decided(text: str) -> str:
    return f" _({md_escape(text)})_" if text else ""


def _md_removed(add: Callable[[str], None], view: ReportView) -> None:
    add(f"## {md_escape(view.removed_heading)}")
    add("")
    add(f"In version {view.version - 1}, not in this version; not counted in the totals above.")
    add("")
    add("| No. | Claim | Value | Old verdict | Sentence |")
    add("|---|---|---|---|---|")
    for r in view.removed:
        add(f"| {r.number} | “{md_escape(r.text)}” | {md_escape(r.value_text) or '—'} | "
            f"{md_escape(r.verdict_text)}{' · ' + md_escape(r.note) if r.note else ''} | {md_escape(r.sentence)} |")
    add("")


def _md_checks(add: Callable[[str], None], view: ReportView) -> None:
    add(f"## Checks ({len(view.checks)})")
    add("")
    add(f"The story checked against itself: {md_escape(view.checks_summary)}.")
    add("")
    for c in view.checks:
        add(f"### Check {c.number} — {md_escape(c.rule_label)}: {c.decision_label.lower()}")
        add("")
        add(f"{md_escape(c.message)}")
        add("")
        claims = f"{md_escape(c.claims_text)} — " if c.claim_numbers else ""
        add(f"- **Claims:** {claims}{md_escape(c.words_text)}")
        add(f"- **Decision:** {md_escape(c.decision_text)}{_md_decided(c.decided_text)}")
        add("")


def _md_wording(add: Callable[[str], None], view: ReportView) -> None:
    add(f"## Dated wording ({len(view.dated_wording)})")
    add("")
    add(f"Words that depended on the publication date, read as of {md_escape(view.republish_on)}: "
        f"{md_escape(view.wording_summary)}.")
    add("")
    for d in view.dated_wording:
        quoted = " (in a quote)" if d.in_quote else ""
        add(f"{d.number}. **{md_escape(d.cls_label)}**{quoted}: "
            f"{_md_spaced(d.before)}**{md_escape(d.text)}**{_md_spaced(d.after)}  ")
        if d.reads_as:
            add(f"   On publication: {md_escape(d.reads_as)}  ")
        if d.suggestion:
            add(f"   {d.suggestion_label}: {md_escape(d.suggestion)}  ")
        if not d.flagged:
            add("   _No longer flagged in the current text._  ")
        add(f"   **Decision:** {md_escape(d.decision_text)}{_md_decided(d.decided_text)}")
    add("")


def render_markdown(view: ReportView) -> str:
    article = view.bundle.article
    review = view.bundle.review
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
    if view.version_text:
        add(f"| Version | {md_escape(view.version_text)} |")
    if view.republication_text:
        add(f"| Republication | {md_escape(view.republication_text)} |")
    if view.article_url:
        add(f"| Address | {md_link(view.article_url, view.article_url)} |")
    add(f"| Reviewer | {_md_person(view.reviewer, view.reviewer_is_login) or '—'} |")
    if view.other_markers:
        add(f"| Verdicts also by | {', '.join(_md_person(n, lg) for n, lg in view.other_markers)} |")
    add(f"| Review started | {md_escape(format_when(review.created))} |")
    add(f"| Last change | {md_escape(format_when(review.updated))} |")
    add(f"| Report made | {md_escape(format_when(view.generated))} |")
    add("")
    if view.age_text:
        add(f"> **{md_escape(view.age_text)}**")
        add("")
    add("## Summary")
    add("")
    add(f"**{md_escape(view.ready_text)}**")
    add("")
    for reason in view.verdict_reasons:
        add(f"> {md_escape(reason)}  ")
    add("")
    add(f"- Claims: {view.total}")
    add(f"- Verified: {view.verified}")
    add(f"- Disputed: {view.disputed}")
    add(f"- Unchecked: {view.unchecked}")
    if view.corrected:
        add(f"- Corrected values: {view.corrected}")
    if view.removed:
        add(f"- Removed since version {view.version - 1}: {len(view.removed)} (listed below, not counted)")
    add("")
    if not view.claims:
        add("_No claims were recorded for this article._")
        add("")
    if view.disputed_claims:
        add(f"## Disputed claims ({view.disputed})")
        add("")
        for c in view.disputed_claims:
            _md_card(add, c)
    if view.unchecked_claims:
        add(f"## Unchecked claims ({view.unchecked})")
        add("")
        for c in view.unchecked_claims:
            _md_card(add, c)
    if view.verified_claims:
        add(f"## Verified claims ({view.verified})")
        add("")
        _md_verified(add, view)
    if view.removed:
        _md_removed(add, view)
    if view.checks:
        _md_checks(add, view)
    if view.dated_wording:
        _md_wording(add, view)
    add("## The article, with claims marked")
    add("")
    add("Claims are in bold, followed by their number and status.")
    add("")
    add(_md_article(view))
    add("")
    if view.include_history:
        add("## Appendix: change history")
        add("")
        add(f"Times are local ({md_escape(view.history_zone)}); changes undone at once are left out.")
        add("")
        day = None
        for entry in view.history:
            if entry.day != day:
                day = entry.day
                add("")
                add(f"**{md_escape(day)}**")
                add("")
            add(f"- {md_escape(entry.line)}")
        if not view.history:
            add("_No changes recorded._")
        add("")
    add(f"_{md_escape(view.generator)}_")
    add("")
    return "\n".join(out)


def _md_inline_keep_spacing(text: str) -> str:
    """Escape active characters but keep spaces and line breaks (for pieces of the article)."""
    return _MD_INLINE.sub(r"\\\1", text)


def _status_of(view: ReportView, number: int) -> str:
    claim = view.by_number(number)
    return claim.status_label.lower() if claim else ""


def _md_article(view: ReportView) -> str:
    """The article text with each claim in bold followed by ``[n: status]``; everything escaped."""
    pieces: list[str] = []
    for seg in view.segments:
        escaped = _md_inline_keep_spacing(seg.text)
        if seg.numbers:
            lines = escaped.split("\n")
            escaped = "\n".join(f"**{line.strip()}**" if line.strip() else line for line in lines)
            escaped += "".join(f" \\[{n}: {_status_of(view, n)}\\]" for n in seg.ends)
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
    "value_corrected",
    "original_value",
    "correct_value",
    "correction",
)
_CSV_ACTIVE = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    """A cell a spreadsheet will not run: text starting with ``= + - @``, tab or CR gets a ``'`` first.

    NUL, other control characters and bidirectional overrides are removed (line breaks stay).
    """
    text = clean(value)
    return "'" + text if text.startswith(_CSV_ACTIVE) else text


def render_csv(view: ReportView) -> str:
    """One row per claim, in reading order, with the number each claim has in the other reports."""
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
            "yes" if c.value_corrected else "",
            c.original_value_text,
            c.correct_value,
            c.correction_text,
        ]
        writer.writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()


# ---------------------------------------------------------------- JSON


def _scrub_origin(value: Any) -> Any:
    """An event's before/after with any local file path (``origin``) cut to its file name."""
    if isinstance(value, dict) and isinstance(value.get("origin"), str) and not http_url(value["origin"]):
        return {**value, "origin": file_name(value["origin"])}
    return value


def report_dict(view: ReportView) -> dict[str, Any]:
    """The whole review as plain data; the shape is documented in ``docs/report-json.md``."""
    bundle = view.bundle
    article = asdict(bundle.article)
    article["url"] = view.article_url
    article["origin"] = view.article_url or ""  # never a path on the editor's disk
    article["source_file"] = view.source_file
    claims = []
    for c in view.claims:
        item = c.claim.to_dict()
        item["number"] = c.number
        item["value_text"] = c.value_text
        item["located"] = c.located
        item["snippet"] = {"before": c.before, "quote": c.quote, "after": c.after}
        item["value_corrected"] = c.value_corrected
        item["original_value_text"] = c.original_value_text
        item["correct_value"] = c.correct_value
        item["correction_text"] = c.correction_text
        for source, sv in zip(item["sources"], c.sources, strict=True):
            source["url"] = sv.url
        if c.mentions:
            item["mentions"] = [{"number": n, "text": words} for n, words in c.mentions]
        if view.revised:
            item["revision_note"] = c.revision_note
        claims.append(item)
    data: dict[str, Any] = {
        "schema": JSON_SCHEMA,
        "generator": view.generator,
        "generated": view.generated,
        "review": bundle.review.to_dict(),
        "summary": {
            "claims": view.total,
            "verified": view.verified,
            "disputed": view.disputed,
            "unchecked": view.unchecked,
            "corrected": view.corrected,
            "ready": view.ready,
        },
        "article": article,
        "claims": claims,
        "republication": {"date": view.read_on, "set": not view.republish_is_today, "age": view.age_text},
        "dated_wording": [
            {"number": d.number, "class": d.cls, "label": d.cls_label, "text": d.text, "meant": d.meant,
             "reads_as": d.reads_as, "suggestion": d.suggestion or None, "substitutes": d.substitutes,
             "in_quote": d.in_quote, "flagged": d.flagged, "decision": d.decision or None,
             "rewrite": d.rewrite or None, "reason": d.reason or None, "decided_by": d.decided_by or None,
             "decided_at": d.decided_at or None}
            for d in view.dated_wording
        ],
        "checks": [
            {"number": c.number, "rule": c.rule, "label": c.rule_label, "message": c.message, "words": c.words,
             "claims": c.claim_numbers, "decision": c.decision or None, "reason": c.reason or None,
             "decided_by": c.decided_by or None, "decided_at": c.decided_at or None}
            for c in view.checks
        ],
        "history_included": view.include_history,
    }
    if view.revised:
        data["revision"] = {
            "version": view.version,
            "versions": view.versions,
            "recheck": {"changed": view.recheck.get("changed", 0), "new": view.recheck.get("new", 0)},
            "recheck_text": view.recheck_text,
            "removed": [
                {"number": r.number, "kind": r.kind_label.lower(), "text": r.text, "value_text": r.value_text,
                 "status": r.status, "note": r.note, "sources": r.sources, "marked_by": r.marked_by,
                 "sentence": r.sentence}
                for r in view.removed
            ],
        }
    if view.include_history:
        data["events"] = [
            {**{k: v for k, v in asdict(e).items() if k != "db_role" or v},
             "before": _scrub_origin(e.before), "after": _scrub_origin(e.after)}
            for e in sorted(bundle.events, key=lambda e: (e.at, e.id))
        ]
        data["history"] = [
            {"at": h.at, "day": h.day, "time": h.time, "actor": h.actor, "text": h.text,
             "claim_number": h.claim_number, "line": h.line}
            for h in view.history
        ]
    return data


_JSON_ESCAPES = {ch: f"\\u{ord(ch):04x}" for ch in "<>&\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"}
_JSON_ESCAPE_RE = re.compile("[" + "".join(_JSON_ESCAPES) + "]")


def _json_text(data: Any) -> str:
    """JSON with ``<``, ``>``, ``&`` and bidirectional controls as ``\\u`` escapes.

    So the file is safe inside an HTML ``<script>`` and no override can reverse what a viewer shows;
    every JSON parser reads the escapes back as the characters.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group()], text) + "\n"


def render_json(view: ReportView) -> str:
    return _json_text(report_dict(view))


# ---------------------------------------------------------------- ClaimReview


def _date_part(value: str | None) -> str | None:
    if not value:
        return None
    match = re.match(r"\d{4}-\d{2}-\d{2}", str(value).strip())
    return match.group(0) if match else None


def _rating(c: ClaimView) -> tuple[int, str]:
    if c.status == "verified" and c.value_corrected:
        return CORRECTED_RATING
    return RATINGS[c.status]


def _claim_reviewed(c: ClaimView) -> str:
    """What the review is of: a quote with its speaker (“It will be smaller…” — Ursula von der Leyen), a
    person as "Name, Title", any other claim in its sentence."""
    if c.claim.kind == "quote":
        words = " ".join(c.quote.split()).rstrip(",;: ")
        return f"“{words}” — {c.speaker}" if c.speaker else f"“{words}”"
    if c.claim.kind == "person" and c.person_name:
        return f"{c.person_name}, {c.person_title}" if c.person_title else c.person_name
    return " ".join(c.context_text.split()) or c.quote


def claim_reviews(view: ReportView) -> list[dict[str, Any]]:
    """One schema.org ``ClaimReview`` per checked (verified or disputed) claim."""
    review, article = view.bundle.review, view.bundle.article
    items: list[dict[str, Any]] = []
    for c in view.claims:
        if c.status not in RATINGS:
            continue
        value, name = _rating(c)
        claimed = _claim_reviewed(c)
        item_reviewed: dict[str, Any] = {"@type": "Claim"}
        if view.article_url:
            item_reviewed["appearance"] = view.article_url
        if _date_part(article.published):
            item_reviewed["datePublished"] = _date_part(article.published)
        if c.claim.kind == "quote" and c.speaker:  # the speaker made the claim; the article reports it
            item_reviewed["author"] = {"@type": "Person", "name": c.speaker}
        elif article.publisher:
            item_reviewed["author"] = {"@type": "Organization", "name": article.publisher}
        rating: dict[str, Any] = {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": name,
        }
        if c.note:
            rating["ratingExplanation"] = c.note
        entry: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": claimed,
            "reviewRating": rating,
            "itemReviewed": item_reviewed,
        }
        body = " ".join(part for part in (c.correction_text, c.note) if part)
        if body:
            entry["reviewBody"] = body
        author = c.marked_by or view.reviewer
        if author:
            entry["author"] = {"@type": "Person", "name": author}
        entry["datePublished"] = (_date_part(c.claim.marked_at) or _date_part(review.updated)
                                  or _date_part(view.generated))
        if view.article_url:
            entry["url"] = view.article_url
        items.append(entry)
    return items


def render_claimreview(view: ReportView) -> str:
    return _json_text(claim_reviews(view))
