"""The report's content, computed once from a :class:`ReviewBundle` and shared by every format.

Everything here is plain data (strings, numbers, lists, dicts); escaping is the job of each format.
The order is the one a managing editor reads: the age banner, the verdict, the counts, disputed claims
(with what the article says and the correct figure), unchecked claims, then verified claims in one line
each; then, each only when it has something to show, the claims a revision removed, the consistency
checks and the dated wording (the republication lens), each with the editor's decisions. The checks and
the lens are worked out here from the stored claims, with the same functions the window and the command
line use (``services.check_rows``, ``services.lens_rows``).
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import json
import re
from dataclasses import dataclass, field
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import Any

from workbench import __version__
from workbench.core.formatting import format_value as format_claim_value
from workbench.core.kinds import claim_kinds
from workbench.core.model import Claim, Event, ReviewBundle, Source, now_iso
from workbench.core.report._history import HistoryEntry, history_entries, local_zone_name
from workbench.core.snippets import snippet

STATUS_LABELS = {"verified": "Verified", "disputed": "Disputed", "unchecked": "Unchecked"}
KIND_LABELS = {kind.name: kind.label for kind in claim_kinds()}
"""Kind labels from the claim-kind registry (the same the window shows)."""
CORRECTION_NOUNS = {"date": "date", "time": "time", "duration": "length of time"}
"""What a correction gives, by kind ("the correct date is …"); every other kind gives a figure."""
_STATUS_RANK = {"disputed": 3, "unchecked": 2, "verified": 1}
CONTEXT_CHARS = 160
"""How far a claim's snippet reaches on each side of it when its sentence is too long to show whole."""
NUMBERS_SHOWN = 12
"""Claim numbers listed in the verdict's reasons before "and N more"."""

_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]")


def clean(value: Any) -> str:
    """A string fit to show: control characters, NUL and bidirectional overrides removed.

    Line breaks (LF, CR) and tabs stay; right-to-left text itself is untouched (the bidi algorithm places it).
    An override (U+202E) could otherwise reverse the words after it and make a note say something else.
    """
    return _INVISIBLE.sub("", "" if value is None else str(value))


def current_login() -> str:
    """The operating system's user name, or empty when it cannot be read."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


@functools.lru_cache(maxsize=1024)
def looks_like_login(name: str, login: str | None = None) -> bool:
    """True for a name that looks like a login rather than a person: ``root``, ``amira``, the OS user.

    Such a name is still shown (it is what was recorded); the report only says what it looks like.
    """
    shown = name.strip()
    if not shown:
        return False
    if shown == (current_login() if login is None else login):
        return True
    return not any(ch.isspace() for ch in shown) and any(ch.islower() for ch in shown) and not any(
        ch.isupper() for ch in shown)


def is_http_url(value: str | None) -> bool:
    """True for an absolute ``http``/``https`` address; nothing else may become a link."""
    if not value:
        return False
    v = value.strip()
    return (
        v.lower().startswith(("http://", "https://"))
        and len(v) > len("https://")
        and not any(ch.isspace() or ord(ch) < 32 for ch in v)
    )


def http_url(value: str | None) -> str | None:
    """The address stripped, when it may become a link, else ``None``."""
    return value.strip() if value and is_http_url(value) else None


def file_name(origin: str | None) -> str:
    """The file name (no folders) of an article that came from a file; empty for an address or nothing."""
    text = clean(origin or "").strip()
    if not text or "://" in text or is_http_url(text):
        return ""
    path: PurePath = PureWindowsPath(text) if "\\" in text else PurePosixPath(text)
    return path.name


def format_when(value: str | None) -> str:
    """An ISO timestamp as ``YYYY-MM-DD HH:MM UTC``; a date stays a date; anything else as given."""
    if not value:
        return ""
    return _format_when(str(value))


@functools.lru_cache(maxsize=4096)
def _format_when(value: str) -> str:
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is not None:
        return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return moment.strftime("%Y-%m-%d %H:%M")


def format_value(claim: Claim) -> str:
    """The normalised value in words an editor reads, e.g. ``Thu 15 Feb 2018`` or ``more than US$88 billion``."""
    return format_claim_value(claim.kind, claim.value, unit=claim.unit, mod=claim.mod,
                              approximate=claim.approximate)


def _offsets_valid(claim: Claim, text: str) -> bool:
    return 0 <= claim.start < claim.end <= len(text) and text[claim.start : claim.end] == claim.text


def _same_words(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"[^0-9a-z]+", "", s.lower().replace("us$", "$"))

    return norm(a) == norm(b)


@dataclass
class SourceView:
    title: str
    citation: str
    url: str | None
    publisher: str
    accessed: str
    excerpt: str

    @property
    def label(self) -> str:
        return self.title or self.citation or self.url or "(untitled source)"

    @property
    def short(self) -> str:
        """The label, with a free-text citation after it when it says more (for one-line listings)."""
        if self.citation and self.citation != self.label and not self.url:
            return f"{self.label} ({self.citation})"
        return self.label

    def one_line(self) -> str:
        parts = [self.label]
        if self.publisher:
            parts.append(self.publisher)
        if self.citation and self.citation != self.label:
            parts.append(self.citation)
        if self.accessed:
            parts.append(f"accessed {self.accessed}")
        line = " — ".join(parts)
        if self.excerpt:
            line += f' — "{self.excerpt}"'
        return line


@dataclass
class ClaimView:
    number: int
    """The claim's stable number in its review (``Claim.number``), never a position in a list."""
    claim: Claim
    kind_label: str
    value_text: str
    status: str
    status_label: str
    before: str
    quote: str
    after: str
    sources: list[SourceView]
    marked_when: str
    located: bool
    """True when the claim's offsets index the article text (it is marked in the article)."""
    note: str = ""
    qualifier: str = ""
    marked_by: str = ""
    marked_by_is_login: bool = False
    value_corrected: bool = False
    """The editor changed the value the extractor read from the article's words."""
    original_value_text: str = ""
    """The extractor's reading of the article's words, when the editor corrected it."""
    correct_value: str = ""
    """The correct figure or wording: the editor's ``correction`` of a disputed claim, else the corrected value."""
    correction_noun: str = "figure"
    revision: str = ""
    """How the claim came into this version (``unchanged``, ``moved``, ``edited``, ``changed``, ``new``);
    empty for an article with one version."""
    revision_note: str = ""
    """What a revision did to it, in words: "Changed since version 1: was “3,000 troops” (3,000), verified"."""
    mentions: list[tuple[int, str]] = field(default_factory=list)
    """A person's later mentions (number, words): checked with this, the first mention."""

    @property
    def context_text(self) -> str:
        return f"{self.before}{self.quote}{self.after}"

    @property
    def has_correction(self) -> bool:
        return bool(self.correct_value)

    @property
    def article_says(self) -> str:
        """``“$88 billion” (read as US$88 billion)``: the article's words and the extractor's reading."""
        words = f"“{self.quote}”"
        if self.original_value_text and not _same_words(self.original_value_text, self.quote):
            words += f" (read as {self.original_value_text})"
        return words

    @property
    def correction_text(self) -> str:
        """``Correction: the article says “$88 billion”; the correct figure is US$90 billion.``"""
        if not self.correct_value:
            return ""
        end = "" if self.correct_value.endswith((".", "!", "?")) else "."
        return (f"Correction: the article says {self.article_says}; "
                f"the correct {self.correction_noun} is {self.correct_value}{end}")

    @property
    def sources_short(self) -> str:
        return "; ".join(s.short for s in self.sources)

    @property
    def speaker(self) -> str:
        """A quote's speaker as the text gives it (a person, or "diplomats"); empty for other kinds."""
        value = self.claim.value
        if self.claim.kind != "quote" or not isinstance(value, dict):
            return ""
        return clean(value.get("speaker") or "").strip()

    @property
    def person_name(self) -> str:
        """A person's name (no honorific); empty for other kinds."""
        value = self.claim.value
        if self.claim.kind != "person" or not isinstance(value, dict):
            return ""
        return clean(value.get("name") or "").strip()

    @property
    def person_title(self) -> str:
        """The title of office the text gives the person here; empty when none (or another kind)."""
        value = self.claim.value
        if self.claim.kind != "person" or not isinstance(value, dict):
            return ""
        return clean(value.get("title") or "").strip()

    @property
    def attribution(self) -> tuple[str, str]:
        """``("Speaker", "Jim Mattis · told · direct speech")`` for a quote, ``("Title", "US Secretary of
        Defense")`` for a person; ``("", "")`` for other kinds."""
        value = self.claim.value if isinstance(self.claim.value, dict) else {}
        if self.claim.kind == "quote":
            verb = clean(value.get("verb") or "").strip()
            speech = "direct speech" if value.get("direct") else "reported speech"
            return "Speaker", " · ".join(p for p in (self.speaker or "not known", verb, speech) if p)
        if self.claim.kind == "person":
            return "Title", self.person_title or "none given here"
        return "", ""

    @property
    def mentions_text(self) -> str:
        """"Also mentioned as “Mattis” (#15), “Mattis” (#25); checked here." (empty without later mentions)."""
        if not self.mentions:
            return ""
        shown = ", ".join(f"“{words}” (#{number})" for number, words in self.mentions)
        return f"Also mentioned as {shown}; checked here."


DECISION_LABELS = {"accepted": "Rewrite accepted", "dismissed": "Dismissed", "still_true": "Still true",
                   "": "Undecided"}
"""How each decision on dated wording reads in a report (``""``: none yet)."""
CHECK_DECISION_LABELS = {"dismissed": "Dismissed", "disputed": "Disputed", "": "Open"}
"""How each decision on a consistency check reads in a report (``""``: none yet)."""
REVISION_LABELS = {"unchanged": "unchanged", "moved": "moved", "edited": "sentence edited",
                   "changed": "changed", "new": "new"}
WORDING_REACH = 45
"""How far the snippet of a dated wording finding reaches on each side of its words."""


@dataclass
class DatedWordingView:
    """One finding of the republication lens, with the editor's decision."""

    number: int
    cls: str
    cls_label: str
    text: str
    """The article's words (``article[start:end]``)."""
    before: str
    after: str
    meant: str
    """What the words meant on publication: "“last month” meant January 2018 when the story was published"."""
    reads_as: str
    suggestion: str
    """The suggested rewrite (or, when ``substitutes`` is false, the note: "said in February 2018")."""
    substitutes: bool
    in_quote: bool
    decision: str
    """``accepted``, ``dismissed``, ``still_true``, or empty (undecided)."""
    rewrite: str = ""
    reason: str = ""
    decided_by: str = ""
    decided_by_is_login: bool = False
    decided_when: str = ""
    decided_at: str = ""
    """``decided_when`` as stored (ISO 8601)."""
    flagged: bool = True
    """False for a decision on words the lens no longer flags (kept so that no decision is lost)."""

    @property
    def decision_label(self) -> str:
        return DECISION_LABELS.get(self.decision, self.decision.replace("_", " ").capitalize())

    @property
    def suggestion_label(self) -> str:
        return "Suggested rewrite" if self.substitutes else "Note"

    @property
    def decision_text(self) -> str:
        """"Rewrite accepted: “in January 2018”", "Dismissed: the date is in the headline", "Undecided"."""
        label = self.decision_label
        if self.decision == "accepted" and self.rewrite:
            return f"{label}: “{self.rewrite}”"
        if self.reason:
            return f"{label}: {self.reason}"
        return label

    @property
    def decided_text(self) -> str:
        """"by Amira Haddad on 2026-12-02 07:10 UTC" (empty when undecided or not recorded)."""
        if not self.decision:
            return ""
        who = f"by {_person(self.decided_by, self.decided_by_is_login)}" if self.decided_by else ""
        when = f"on {self.decided_when}" if self.decided_when else ""
        return " ".join(part for part in (who, when) if part)


@dataclass
class CheckView:
    """One consistency-check finding, with the claims involved and the editor's decision."""

    number: int
    rule: str
    rule_label: str
    message: str
    """The arithmetic in words: "12 + 20 = 32, but the total given is 30"."""
    words: list[str]
    """The article's words of each span involved."""
    claim_numbers: list[int]
    decision: str
    """``dismissed``, ``disputed``, or empty (open)."""
    reason: str = ""
    decided_by: str = ""
    decided_by_is_login: bool = False
    decided_when: str = ""
    decided_at: str = ""
    """``decided_when`` as stored (ISO 8601)."""

    @property
    def decision_label(self) -> str:
        return CHECK_DECISION_LABELS.get(self.decision, self.decision.capitalize())

    @property
    def decision_text(self) -> str:
        """"Dismissed: the total includes 2 unidentified", "Disputed (claims #3, #4 marked disputed)", "Open"."""
        if self.decision == "dismissed":
            return f"Dismissed: {self.reason}" if self.reason else "Dismissed"
        if self.decision == "disputed":
            marked = f" (claims {self.claims_text} marked disputed)" if self.claim_numbers else ""
            return f"Disputed{marked}" + (f": {self.reason}" if self.reason else "")
        return self.decision_label

    @property
    def claims_text(self) -> str:
        """"#3, #4" (empty when the words are no stored claim)."""
        return ", ".join(f"#{n}" for n in self.claim_numbers)

    @property
    def words_text(self) -> str:
        """"“12” / “20” / “30”": the words involved, in text order."""
        return " / ".join(f"“{w}”" for w in self.words)

    @property
    def decided_text(self) -> str:
        if not self.decision:
            return ""
        who = f"by {_person(self.decided_by, self.decided_by_is_login)}" if self.decided_by else ""
        when = f"on {self.decided_when}" if self.decided_when else ""
        return " ".join(part for part in (who, when) if part)


@dataclass
class RemovedView:
    """A claim of the version before that this version no longer has, with its old verdict."""

    number: int
    kind_label: str
    text: str
    value_text: str
    status: str
    status_label: str
    sentence: str
    note: str
    sources: list[str]
    marked_by: str
    marked_by_is_login: bool = False

    @property
    def sources_text(self) -> str:
        return "; ".join(self.sources)

    @property
    def verdict_text(self) -> str:
        """"was verified by Sam Okoro, source Reuters" or "was unchecked"."""
        text = f"was {self.status_label.lower()}"
        if self.marked_by and self.status != "unchecked":
            text += f" by {_person(self.marked_by, self.marked_by_is_login)}"
        if self.sources:
            text += f", source{'s' if len(self.sources) > 1 else ''} {self.sources_text}"
        return text


@dataclass
class Segment:
    """A run of article text, with the claims covering it (none for plain text)."""

    text: str
    numbers: list[int] = field(default_factory=list)
    status: str = ""
    ends: list[int] = field(default_factory=list)
    """Numbers of the claims that end with this run (their marker goes after it)."""


@dataclass
class EventView:
    when: str
    actor: str
    action: str
    claim: str
    before: str
    after: str


@dataclass
class ReportView:
    bundle: ReviewBundle
    generated: str
    title: str
    article_url: str | None
    """The article's address, only when it is http(s); a file path is never shown."""
    source_file: str
    """The name (no folders) of the file the article came from; only the JSON report carries it."""
    claims: list[ClaimView]
    segments: list[Segment]
    events: list[EventView]
    total: int
    verified: int
    disputed: int
    unchecked: int
    ready: bool
    reviewer: str = ""
    reviewer_is_login: bool = False
    other_markers: list[tuple[str, bool]] = field(default_factory=list)
    """People other than the reviewer who recorded verdicts, with whether each looks like a login."""
    include_history: bool = False
    history: list[HistoryEntry] = field(default_factory=list)
    """The net history in words (only when ``include_history``)."""
    history_zone: str = ""
    generator: str = f"Workbench {__version__}"
    version: int = 1
    """The article version checked (the review's latest)."""
    versions: int = 1
    republish_on: str = ""
    """The republication date the lens reads the story against, as a date ("2 December 2026")."""
    read_on: str = ""
    """The same date, ISO (``2026-12-02``)."""
    republish_is_today: bool = False
    """No republication date is set: the story is read as of the day the report was made."""
    age_text: str = ""
    """"First published Thu 15 Feb 2018 — 8 years 9 months before the republication date"."""
    dated_wording: list[DatedWordingView] = field(default_factory=list)
    checks: list[CheckView] = field(default_factory=list)
    removed: list[RemovedView] = field(default_factory=list)
    recheck: dict[str, int] = field(default_factory=dict)
    """Claims still unchecked because a revision changed or added them: ``{"changed": 2, "new": 3}``."""

    @property
    def revised(self) -> bool:
        return self.versions > 1

    @property
    def version_text(self) -> str:
        """"Checked version 2 of 2" (empty for an article with one version)."""
        return f"Checked version {self.version} of {self.versions}" if self.revised else ""

    @property
    def recheck_text(self) -> str:
        """"5 claims need re-checking: 2 changed, 3 new" (empty when none do)."""
        from workbench.core.services import recheck_text

        return recheck_text(self.recheck) if self.revised else ""

    @property
    def removed_heading(self) -> str:
        return f"Removed since version {self.version - 1} ({len(self.removed)})"

    @property
    def republication_text(self) -> str:
        """"Read as of the republication date, 1 March 2026" or "… as of today, 2 December 2026"."""
        if not self.republish_on:
            return ""
        if self.republish_is_today:
            return f"Republication date not set: read as of the report's date, {self.republish_on}"
        return f"Republication date {self.republish_on}"

    @property
    def undecided_wording(self) -> int:
        return sum(1 for d in self.dated_wording if not d.decision)

    @property
    def open_checks(self) -> int:
        return sum(1 for c in self.checks if not c.decision)

    @property
    def wording_summary(self) -> str:
        """"28 findings: 3 rewrites accepted, 1 dismissed, 1 still true, 23 undecided"."""
        counts: dict[str, int] = {}
        for d in self.dated_wording:
            counts[d.decision] = counts.get(d.decision, 0) + 1
        n = len(self.dated_wording)
        parts = []
        for key, one, many in (("accepted", "rewrite accepted", "rewrites accepted"), ("dismissed", "dismissed",
                               "dismissed"), ("still_true", "still true", "still true"), ("", "undecided",
                               "undecided")):
            if counts.get(key):
                parts.append(f"{counts[key]} {one if counts[key] == 1 else many}")
        return f"{n} finding{'s' if n != 1 else ''}: " + ", ".join(parts)

    @property
    def checks_summary(self) -> str:
        """"2 findings: 1 dismissed, 1 open"."""
        counts: dict[str, int] = {}
        for c in self.checks:
            counts[c.decision] = counts.get(c.decision, 0) + 1
        n = len(self.checks)
        parts = [f"{counts[key]} {label.lower()}" for key, label in CHECK_DECISION_LABELS.items() if counts.get(key)]
        return f"{n} finding{'s' if n != 1 else ''}: " + ", ".join(parts)

    @property
    def disputed_claims(self) -> list[ClaimView]:
        return [c for c in self.claims if c.status == "disputed"]

    @property
    def unchecked_claims(self) -> list[ClaimView]:
        return [c for c in self.claims if c.status == "unchecked"]

    @property
    def verified_claims(self) -> list[ClaimView]:
        return [c for c in self.claims if c.status == "verified"]

    @property
    def corrected_claims(self) -> list[ClaimView]:
        """Claims whose value the editor corrected (any status)."""
        return [c for c in self.claims if c.value_corrected]

    @property
    def corrected(self) -> int:
        return len(self.corrected_claims)

    def by_number(self, number: int) -> ClaimView | None:
        return next((c for c in self.claims if c.number == number), None)

    @property
    def ready_text(self) -> str:
        if self.ready:
            return "Ready for republication"
        reasons = []
        if self.disputed:
            reasons.append(f"{self.disputed} disputed")
        if self.unchecked:
            reasons.append(f"{self.unchecked} unchecked")
        return "Not ready for republication (" + ", ".join(reasons) + ")"

    @property
    def verdict_reasons(self) -> list[str]:
        """Why the article is (not) ready, one line each, with the claim numbers to look at."""
        def numbers(claims: list[ClaimView]) -> str:
            shown = ", ".join(f"#{c.number}" for c in claims[:NUMBERS_SHOWN])
            more = len(claims) - NUMBERS_SHOWN
            return shown + (f" and {more} more" if more > 0 else "")

        def count(n: int, one: str, many: str) -> str:
            return f"{n} {one if n == 1 else many}"

        lines = []
        if self.disputed:
            lines.append(f"{count(self.disputed, 'claim is', 'claims are')} disputed: "
                         f"{numbers(self.disputed_claims)}.")
        if self.unchecked:
            lines.append(f"{count(self.unchecked, 'claim is', 'claims are')} not checked yet: "
                         f"{numbers(self.unchecked_claims)}.")
        if self.corrected:
            lines.append(f"{count(self.corrected, 'value was', 'values were')} corrected by the editor "
                         f"(the article's words differ): {numbers(self.corrected_claims)}.")
        if self.recheck_text:
            lines.append(f"{self.recheck_text} (since version {self.version - 1}).")
        if self.ready and not self.corrected:
            lines.append("Every claim is verified." if self.total else "No claims were recorded.")
        if self.undecided_wording:
            lines.append(f"{self.undecided_wording} of the {len(self.dated_wording)} dated wording findings "
                         f"{'is' if self.undecided_wording == 1 else 'are'} undecided.")
        if self.open_checks:
            lines.append(f"{count(self.open_checks, 'consistency check is', 'consistency checks are')} open.")
        return lines

    @property
    def history_days(self) -> list[tuple[str, list[HistoryEntry]]]:
        """The history grouped by local day, in time order."""
        days: list[tuple[str, list[HistoryEntry]]] = []
        for entry in self.history:
            if not days or days[-1][0] != entry.day:
                days.append((entry.day, []))
            days[-1][1].append(entry)
        return days

    @property
    def reviewer_shown(self) -> str:
        return _person(self.reviewer, self.reviewer_is_login)

    @property
    def others_shown(self) -> str:
        return ", ".join(_person(name, login) for name, login in self.other_markers)


def _person(name: str, login: bool) -> str:
    if not name:
        return ""
    return f"{name} (login name)" if login else name


def _source_view(source: Source) -> SourceView:
    return SourceView(
        title=clean(source.title).strip(),
        citation=clean(source.citation).strip(),
        url=http_url(source.citation),
        publisher=clean(source.publisher).strip(),
        accessed=clean(source.accessed).strip(),
        excerpt=clean(source.excerpt).strip(),
    )


def _segments(text: str, claims: list[ClaimView]) -> list[Segment]:
    """Split the article at every claim boundary; a run covered by claims takes the worst status."""
    located = [c for c in claims if c.located]
    if not located:
        return [Segment(clean(text))] if text else []
    starts: dict[int, list[ClaimView]] = {}
    ends: dict[int, list[ClaimView]] = {}
    for c in located:
        starts.setdefault(c.claim.start, []).append(c)
        ends.setdefault(c.claim.end, []).append(c)
    points = sorted({0, len(text), *starts, *ends})
    active: dict[int, ClaimView] = {}
    segments: list[Segment] = []
    for a, b in zip(points, points[1:], strict=False):
        piece = clean(text[a:b])
        for c in ends.get(a, ()):
            active.pop(id(c), None)
        for c in starts.get(a, ()):
            active[id(c)] = c
        if active:
            covering = sorted(active.values(), key=lambda c: c.number)
            status = max((c.status for c in covering), key=lambda s: _STATUS_RANK.get(s, 0))
            finishing = [c.number for c in covering if c.claim.end == b]
            segments.append(Segment(piece, [c.number for c in covering], status, finishing))
        elif segments and not segments[-1].numbers:
            segments[-1].text += piece
        else:
            segments.append(Segment(piece))
    return segments


def _compact(value: Any, limit: int = 240) -> str:
    if value is None:
        return ""
    shown = (
        value
        if isinstance(value, str)
        else json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _event_view(event: Event, numbers: dict[int, int]) -> EventView:
    if event.claim_id is None:
        claim = ""
    elif event.claim_id in numbers:
        claim = f"#{numbers[event.claim_id]}"
    else:
        claim = f"id {event.claim_id}"
    return EventView(
        when=format_when(event.at),
        actor=clean(event.actor),
        action=event.action,
        claim=claim,
        before=clean(_compact(event.before)),
        after=clean(_compact(event.after)),
    )


def _numbers(ordered: list[Claim]) -> dict[int, int]:
    """Each claim's stable number; claims without one (hand-built bundles) get the next free numbers."""
    taken = {c.number for c in ordered if c.number > 0}
    numbers: dict[int, int] = {}
    used: set[int] = set()
    following = max(taken, default=0)
    for claim in ordered:
        if claim.number > 0 and claim.number not in used:
            numbers[claim.id] = claim.number
            used.add(claim.number)
        else:
            following += 1
            numbers[claim.id] = following
    return numbers


class _Snippets:
    """Each claim's snippet, finding sentences in one pass for claims stored without their offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._sentences: Any = None

    def sentence(self, claim: Claim) -> tuple[int, int]:
        if claim.sentence_start is not None and claim.sentence_end is not None:
            return claim.sentence_start, claim.sentence_end
        if self._sentences is None:
            from workbench.core.extract.sentences import Sentences

            self._sentences = Sentences(self.text)
        return self._sentences.find(claim.start)

    def of(self, claim: Claim, located: bool) -> tuple[str, str, str]:
        if located:
            return snippet(self.text, claim.start, claim.end, sentence=self.sentence(claim), reach=CONTEXT_CHARS)
        context = claim.context or ""
        index = context.find(claim.text) if claim.text else -1
        if index >= 0:
            return snippet(context, index, index + len(claim.text), sentence=(0, len(context)),
                           reach=CONTEXT_CHARS)
        if context:
            cut = snippet(context, 0, 0, sentence=(0, len(context)), reach=CONTEXT_CHARS)
            return f"{cut[2].strip()} — ", claim.text, ""
        return "", claim.text, ""


def _claim_view(claim: Claim, number: int, snippets: _Snippets, located: bool, login: str) -> ClaimView:
    before, quote, after = snippets.of(claim, located)
    status = claim.status if claim.status in STATUS_LABELS else "unchecked"
    value_text = clean(format_value(claim))
    original = ""
    corrected = False
    if claim.value_edited and claim.original_value is not None:
        original = clean(format_claim_value(claim.kind, claim.original_value, unit=claim.unit, mod=claim.mod,
                                            approximate=claim.approximate))
        corrected = original != value_text
    correct_value = clean(claim.correction).strip() if status == "disputed" else ""
    if not correct_value and corrected:
        correct_value = value_text
    marked_by = clean(claim.marked_by).strip()
    return ClaimView(
        number=number,
        claim=claim,
        kind_label=KIND_LABELS.get(claim.kind, claim.kind.capitalize()),
        value_text=value_text,
        status=status,
        status_label=STATUS_LABELS[status],
        before=clean(before),
        quote=clean(quote),
        after=clean(after),
        sources=[_source_view(s) for s in claim.sources],
        marked_when=format_when(claim.marked_at),
        located=located,
        note=clean(claim.note).strip(),
        qualifier=clean(claim.qualifier).strip(),
        marked_by=marked_by,
        marked_by_is_login=looks_like_login(marked_by, login),
        value_corrected=corrected,
        original_value_text=original if corrected else "",
        correct_value=correct_value,
        correction_noun=CORRECTION_NOUNS.get(claim.kind, "figure"),
    )


def _revision_note(claim: Claim, version: int) -> str:
    """What the revision to ``version`` did to the claim, in words (empty when it carried unchanged)."""
    since = f"since version {version - 1}"
    previous = claim.previous if isinstance(claim.previous, dict) else {}
    if claim.revision == "new":
        return f"New in version {version}: not in version {version - 1}."
    if claim.revision == "changed":
        kind = str(previous.get("kind") or claim.kind)
        old_value = clean(format_claim_value(kind, previous.get("value"))) if previous.get("value") is not None else ""
        was = f"was “{clean(previous.get('text') or '')}”" + (f" ({old_value})" if old_value else "")
        status = str(previous.get("status") or "unchecked")
        verdict = f", {status}" + (f" by {clean(previous.get('marked_by'))}" if previous.get("marked_by")
                                  and status != "unchecked" else "")
        sources = [clean(s) for s in previous.get("sources") or [] if s]
        if sources:
            verdict += f", source{'s' if len(sources) > 1 else ''} {'; '.join(sources)}"
        return f"Changed {since}: {was}{verdict}; the old verdict was not carried."
    if claim.revision == "edited":
        sentence = " ".join(clean(previous.get("sentence") or "").split())
        old = f" The sentence was: “{sentence}”" if sentence else ""
        return f"Sentence edited {since}; the claim's own words are unchanged and its verdict carried.{old}"
    return ""


def _safe_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]) if value else None
    except ValueError:
        return None


def _day_text(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _wording_views(bundle: ReviewBundle, claims: list[Claim], as_of: dt.date, login: str) -> list[DatedWordingView]:
    from workbench.core.lens import lens_class
    from workbench.core.services import lens_rows
    from workbench.core.snippets import sentence_span

    article = bundle.article
    text = article.text or ""
    views = []
    for number, row in enumerate(lens_rows(article, claims, bundle.lens_decisions, as_of), start=1):
        f, d = row.finding, row.decision
        start, end = (f.start, f.end) if f is not None else (d.start, d.end)  # type: ignore[union-attr]
        cls = f.cls if f is not None else d.cls  # type: ignore[union-attr]
        words = text[start:end] if 0 <= start < end <= len(text) else (d.text if d else "")
        before = after = ""
        if 0 <= start < end <= len(text) and text[start:end] == words:
            before, _, after = snippet(text, start, end, sentence=sentence_span(text, start, end),
                                       reach=WORDING_REACH)
        registered = lens_class(cls)
        decided_by = clean(d.decided_by).strip() if d else ""
        views.append(DatedWordingView(
            number=number, cls=cls, cls_label=registered.label if registered else cls.replace("_", " ").capitalize(),
            text=clean(words), before=clean(before), after=clean(after),
            meant=clean(f.explanation) if f else "", reads_as=clean(f.reads_as) if f else "",
            suggestion=clean(f.suggestion or "") if f else "", substitutes=bool(f and f.substitutes),
            in_quote=bool(f and f.in_quote), decision=d.decision if d else "",
            rewrite=clean(d.rewrite).strip() if d else "", reason=clean(d.reason).strip() if d else "",
            decided_by=decided_by, decided_by_is_login=looks_like_login(decided_by, login),
            decided_when=format_when(d.decided_at) if d else "", decided_at=d.decided_at if d else "",
            flagged=f is not None))
    return views


def _check_views(bundle: ReviewBundle, claims: list[Claim], numbers: dict[int, int], login: str) -> list[CheckView]:
    from workbench.core.checks import rules
    from workbench.core.services import check_rows

    text = bundle.article.text or ""
    labels = {rule.name: rule.label for rule in rules()}
    views = []
    for number, row in enumerate(check_rows(bundle.article, claims, bundle.check_decisions), start=1):
        f, d = row.finding, row.decision
        decided_by = clean(d.decided_by).strip() if d else ""
        views.append(CheckView(
            number=number, rule=f.rule, rule_label=clean(labels.get(f.rule, f.rule.replace("_", " ").capitalize())),
            message=clean(f.message), words=[clean(text[a:b]) for a, b in f.spans],
            claim_numbers=sorted(numbers[i] for i in row.claim_ids if i in numbers),
            decision=d.decision if d else "", reason=clean(d.reason).strip() if d else "",
            decided_by=decided_by, decided_by_is_login=looks_like_login(decided_by, login),
            decided_when=format_when(d.decided_at) if d else "", decided_at=d.decided_at if d else ""))
    return views


def _removed_views(bundle: ReviewBundle, login: str) -> list[RemovedView]:
    views = []
    for r in sorted(bundle.removed_claims, key=lambda r: (r.old_start, r.id)):
        status = r.status if r.status in STATUS_LABELS else "unchecked"
        marked_by = clean(r.marked_by).strip()
        views.append(RemovedView(
            number=r.number, kind_label=KIND_LABELS.get(r.kind, r.kind.capitalize()), text=clean(r.text),
            value_text=clean(format_claim_value(r.kind, r.value)), status=status, status_label=STATUS_LABELS[status],
            sentence=" ".join(clean(r.sentence).split()), note=clean(r.note).strip(),
            sources=[clean(s).strip() for s in r.sources if str(s).strip()], marked_by=marked_by,
            marked_by_is_login=looks_like_login(marked_by, login)))
    return views


def build_view(bundle: ReviewBundle, generated: str | None = None, *, include_history: bool = False,
               tz: dt.tzinfo | None = None, login: str | None = None, sections: bool = True) -> ReportView:
    """Everything a report shows, in the order it shows it.

    ``include_history`` adds the net change history (in local time, or ``tz``); ``login`` is the
    operating system's user name, used only to say that a recorded name looks like a login.
    ``sections`` works out the dated wording and the consistency checks (the lens and the checks run on the
    article); without it only the claims are counted.
    """
    article = bundle.article
    text = article.text or ""
    login = current_login() if login is None else login
    ordered = sorted(bundle.claims, key=lambda c: (c.position, c.start, c.id))
    numbers = _numbers(ordered)
    snippets = _Snippets(text)
    revised = bundle.versions > 1
    by_id = {c.id: c for c in ordered}

    def is_later_mention(c: Claim) -> bool:  # of a first mention in this bundle (no chains: the store has none)
        first = by_id.get(c.refers_to) if c.refers_to is not None else None
        return first is not None and first.refers_to is None and first.id != c.id

    firsts = [c for c in ordered if not is_later_mention(c)]
    later = [c for c in ordered if is_later_mention(c)]
    views = []
    for claim in firsts:
        view = _claim_view(claim, numbers[claim.id], snippets,
                           claim.article_id == article.id and _offsets_valid(claim, text), login)
        if revised:
            view.revision = claim.revision or "unchanged"
            view.revision_note = _revision_note(claim, article.version)
        views.append(view)
    first_views = {v.claim.id: v for v in views}
    marks = list(views)
    for claim in sorted(later, key=lambda c: (c.start, c.id)):
        first = first_views[claim.refers_to]  # type: ignore[index]
        first.mentions.append((numbers[claim.id], clean(claim.text)))
        if claim.article_id == article.id and _offsets_valid(claim, text):  # marked with its first's verdict
            mark = _claim_view(claim, first.number, snippets, True, login)
            mark.status = first.status
            marks.append(mark)
    verified = sum(1 for v in views if v.status == "verified")
    disputed = sum(1 for v in views if v.status == "disputed")
    unchecked = len(views) - verified - disputed
    recheck: dict[str, int] = {}
    for v in views:
        if revised and v.status == "unchecked" and v.revision in ("changed", "new"):
            recheck[v.revision] = recheck.get(v.revision, 0) + 1
    reviewer = clean(bundle.review.reviewer).strip()
    markers: dict[str, int] = {}
    for v in views:
        if v.marked_by and v.marked_by != reviewer:
            markers[v.marked_by] = markers.get(v.marked_by, 0) + 1
    others = sorted(markers, key=lambda name: (-markers[name], name))
    events = sorted(bundle.events, key=lambda e: (e.at, e.id)) if include_history else []
    history = []
    if include_history:
        history = [
            HistoryEntry(at=e.at, day=e.day, time=e.time, actor=clean(e.actor), text=clean(e.text),
                         claim_number=e.claim_number)
            for e in history_entries(bundle.events, ordered, numbers, tz=tz)
        ]
    generated = generated or now_iso()
    as_of = _safe_day(bundle.review.republish_on)
    read_on = as_of or _safe_day(generated) or dt.date.today()
    from workbench.core.lens import age_text

    current = [c for c in ordered if c.article_id == article.id]
    return ReportView(
        bundle=bundle,
        generated=generated,
        title=clean(article.title or bundle.review.title or "Untitled article"),
        article_url=http_url(article.origin),
        source_file=file_name(article.origin),
        claims=views,
        segments=_segments(text, marks),
        events=[_event_view(e, numbers) for e in events],
        total=len(views),
        verified=verified,
        disputed=disputed,
        unchecked=unchecked,
        ready=unchecked == 0 and disputed == 0,
        reviewer=reviewer,
        reviewer_is_login=looks_like_login(reviewer, login),
        other_markers=[(name, looks_like_login(name, login)) for name in others],
        include_history=include_history,
        history=history,
        history_zone=local_zone_name(tz) if include_history else "",
        version=article.version,
        versions=max(bundle.versions, article.version),
        republish_on=_day_text(read_on),
        read_on=read_on.isoformat(),
        republish_is_today=as_of is None,
        age_text=age_text(_safe_day(article.published), read_on),
        dated_wording=_wording_views(bundle, current, read_on, login) if sections and text else [],
        checks=_check_views(bundle, current, numbers, login) if sections and text else [],
        removed=_removed_views(bundle, login) if revised else [],
        recheck=recheck,
    )
