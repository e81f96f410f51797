"""The seed article through the lens: the fourteen findings it must have, each with the right anchor."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.conftest import SEED
from workbench.core.lens import Finding, apply_rewrites, find_dated_wording

PUBLISHED = dt.date(2018, 2, 15)
LATER = dt.date(2026, 11, 25)
TEXT = SEED.read_text(encoding="utf-8")

REQUIRED = [
    ("Thursday", 0, "relative_date", "2018-02-15", "15 February 2018"),
    ("Thursday", 1, "relative_date", "2018-02-15", "15 February 2018"),
    ("Thursday", 2, "relative_date", "2018-02-15", "15 February 2018"),
    ("last month", 0, "relative_date", "2018-01", "in January 2018"),
    ("this week", 0, "relative_date", "2018-W07", "in the week of 12 February 2018"),
    ("this week", 1, "relative_date", "2018-W07", "in the week of 12 February 2018"),
    ("July", 0, "then_future", "2018-07", "was expected in July 2018: check what happened"),
    ("December", 0, "relative_date", "2017-12", "December 2017"),
    ("now", 0, "present_state", "PRESENT_REF", "as of February 2018"),
    ("now", 1, "present_state", "PRESENT_REF", "as of February 2018"),
    ("already", 0, "present_state", "PRESENT_REF", "as of February 2018"),
    ("still", 0, "present_state", "PRESENT_REF", "still, as of February 2018,"),
    ("at the moment", 0, "present_state", "PRESENT_REF", "said in February 2018"),
    ("until now", 0, "present_state", "PRESENT_REF", "until February 2018"),
]


def occurrence(words: str, n: int) -> int:
    found = [m.start() for m in re.finditer(rf"\b{re.escape(words)}\b", TEXT)]
    if words == "now":
        found = [p for p in found if not TEXT[:p].endswith("until ")]
    return found[n]


def finding_at(findings: list[Finding], pos: int) -> Finding:
    hits = [f for f in findings if f.start <= pos < f.end]
    assert hits, f"nothing found at {pos}: {TEXT[pos:pos + 20]!r}"
    return hits[0]


@pytest.fixture(scope="module")
def findings() -> list[Finding]:
    return find_dated_wording(TEXT, PUBLISHED, LATER)


@pytest.mark.parametrize(("words", "n", "cls", "anchor", "suggestion"), REQUIRED)
def test_the_seed_has_each_required_finding(findings: list[Finding], words: str, n: int, cls: str, anchor: str,
                                            suggestion: str) -> None:
    f = finding_at(findings, occurrence(words, n))
    assert (f.text, f.cls, f.anchor, f.suggestion) == (words, cls, anchor, suggestion)


def test_findings_are_in_text_order_exact_and_never_overlap(findings: list[Finding]) -> None:
    assert len(findings) >= 14
    for f in findings:
        assert TEXT[f.start:f.end] == f.text
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:], strict=False))


def test_the_quote_keeps_its_words_and_gets_an_attribution(findings: list[Finding]) -> None:
    moment = finding_at(findings, occurrence("at the moment", 0))
    assert moment.in_quote and not moment.substitutes
    assert [f.text for f in findings if f.in_quote] == ["at the moment"]


def test_july_is_a_date_to_rewrite_while_it_is_still_ahead() -> None:
    before_july = find_dated_wording(TEXT, PUBLISHED, dt.date(2018, 3, 1))
    july = finding_at(before_july, occurrence("July", 0))
    assert (july.cls, july.anchor, july.suggestion, july.substitutes) == ("relative_date", "2018-07", "July 2018",
                                                                            True)


def test_the_growing_duration_is_a_running_figure(findings: list[Finding]) -> None:
    decade = finding_at(findings, TEXT.index("more than a decade"))
    assert (decade.text, decade.cls, decade.anchor, decade.suggestion) == (
        "more than a decade in Afghanistan", "running_figure", "P10Y",
        "more than a decade in Afghanistan as of February 2018")


def test_the_rewritten_seed_reads_right(findings: list[Finding]) -> None:
    rewritten = apply_rewrites(TEXT, [(f.start, f.end, f.suggestion) for f in findings if f.substitutes])
    assert "agreed on 15 February 2018 a bigger" in rewritten
    assert "involvement in January 2018 in a letter" in rewritten
    assert "victory over Daesh in December 2017," in rewritten
    assert "NATO help in the week of 12 February 2018, they said" in rewritten
    assert "“It will be smaller than what we have at the moment with" in rewritten  # the quote is kept
    assert not re.search(r"(?i)\b(on on|in in|in on|of of)\b", rewritten)


def test_stored_claims_are_used_as_the_editor_corrected_them() -> None:
    from workbench.core.extract import extract

    claims = extract(TEXT, PUBLISHED)
    last_month = next(c for c in claims if c.text == "last month")
    last_month.value = "2017-12"  # the editor's correction
    f = finding_at(find_dated_wording(TEXT, PUBLISHED, LATER, claims=claims), last_month.start)
    assert (f.anchor, f.reads_as, f.suggestion) == ("2017-12", "December 2017", "in December 2017")


def test_claims_stored_before_provenance_was_recorded_borrow_it_and_keep_their_values() -> None:
    from dataclasses import replace

    from workbench.core.extract import extract

    claims = [replace(c, resolved=None, anchor_value=None) for c in extract(TEXT, PUBLISHED)]
    last_month = next(c for c in claims if c.text == "last month")
    last_month.value = "2017-12"
    found = find_dated_wording(TEXT, PUBLISHED, LATER, claims=claims)
    assert finding_at(found, last_month.start).suggestion == "in December 2017"
    assert finding_at(found, occurrence("this week", 0)).anchor == "2018-W07"
