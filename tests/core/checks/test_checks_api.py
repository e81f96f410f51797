"""The checks' public surface: findings, the rule registry, stored claims, and what core may import."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
import sys
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.checks import (
    CheckContext,
    CheckFinding,
    Rule,
    check_story,
    register_rule,
    rules,
    unregister_rule,
)
from workbench.core.extract import extract

PUBLISHED = dt.date(2018, 2, 15)
RULE_IDS = ["weekday", "parts_total", "percentage", "change", "rate", "repeated_quantity", "currency_conversion",
            "age", "duration"]


def test_the_nine_rules_are_registered_in_the_issue_order_with_labels() -> None:
    registered = rules()
    assert [r.name for r in registered] == RULE_IDS
    assert all(r.label and r.description and callable(r.check) for r in registered)


def test_a_finding_has_the_documented_json_and_key() -> None:
    text = "Of the 30 injured, 12 were children and 20 adults."
    [finding] = check_story(text, PUBLISHED)
    assert finding.to_dict() == {"rule": "parts_total", "spans": [[7, 9], [19, 21], [40, 49]],
                                 "message": "12 + 20 = 32, but the total given is 30", "expected": "32",
                                 "found": "30"}
    assert finding.key == ("parts_total", ((7, 9), (19, 21), (40, 49)))
    assert [text[s:e] for s, e in finding.spans] == ["30", "12", "20 adults"]


def test_findings_come_in_text_order_whatever_the_rule_order() -> None:
    text = ("The UK sends £350m a week, or £5bn a year, to Brussels. The summit opened on Tuesday, "
            "15 February 2018. Of the 30 injured, 12 were children and 20 adults.")
    found = check_story(text, PUBLISHED)
    assert [f.rule for f in found] == ["rate", "weekday", "parts_total"]
    assert [f.spans[0][0] for f in found] == sorted(f.spans[0][0] for f in found)


def test_a_rule_added_to_the_registry_runs_and_can_be_taken_out() -> None:
    def shouting(ctx: CheckContext) -> Iterator[CheckFinding]:
        for fig in ctx.figures:
            if fig.kind == "count" and fig.amount == 1000:
                yield CheckFinding("round_thousand", (fig.span,), "a suspiciously round figure", "a count", fig.text)

    register_rule(Rule("round_thousand", "Round thousands", "Counts of exactly 1,000.", shouting))
    try:
        found = check_story("Police said 1000 people marched.", PUBLISHED)
        assert [(f.rule, f.found) for f in found] == [("round_thousand", "1000 people")]
        assert rules()[-1].name == "round_thousand"
    finally:
        unregister_rule("round_thousand")
    assert check_story("Police said 1000 people marched.", PUBLISHED) == []
    assert [r.name for r in rules()] == RULE_IDS


def test_a_failing_rule_is_logged_and_does_not_hide_the_others(caplog: pytest.LogCaptureFixture) -> None:
    def broken(ctx: CheckContext) -> Iterator[CheckFinding]:
        raise RuntimeError("boom")
        yield  # pragma: no cover

    register_rule(Rule("broken", "Broken", "Always fails.", broken))
    try:
        with caplog.at_level(logging.ERROR, logger="workbench.core.checks"):
            found = check_story("Of the 30 injured, 12 were children and 20 adults.", PUBLISHED)
        assert [f.rule for f in found] == ["parts_total"]
        assert "broken" in caplog.text and "boom" in caplog.text
    finally:
        unregister_rule("broken")


def test_claims_given_are_used_instead_of_extracting() -> None:
    text = "Of the 30 injured, 12 were children and 20 adults."
    claims = extract(text, PUBLISHED)
    assert check_story(text, PUBLISHED, claims=claims) == check_story(text, PUBLISHED)
    assert check_story(text, PUBLISHED, claims=[]) == []


def test_stored_claims_carry_the_editors_corrections(library) -> None:  # noqa: ANN001 (fixture)
    from workbench.core.importers import load_pasted
    from workbench.core.services import import_article

    text = "Of the 30 injured, 12 were children and 20 adults."
    loaded = load_pasted(text)
    loaded.published = "2018-02-15"
    review_id = import_article(library, loaded, reviewer="ana")
    stored = library.list_claims(review_id)
    assert [f.rule for f in check_story(text, PUBLISHED, claims=stored)] == ["parts_total"]
    adults = next(c for c in stored if c.text == "20 adults")
    library.update_claim(adults.id, actor="ana", value=18)  # the editor says the text means 18
    assert check_story(text, PUBLISHED, claims=library.list_claims(review_id)) == []


def test_claims_without_sentence_spans_are_grouped_by_the_text() -> None:
    class Manual:
        def __init__(self, start: int, end: int, kind: str, value: object) -> None:
            self.start, self.end, self.kind, self.value = start, end, kind, value

    text = "Of the 30 injured, 12 were children and 20 adults. Rain fell."
    claims = [Manual(7, 9, "count", 30), Manual(19, 21, "count", 12), Manual(40, 49, "count", 20)]
    assert [f.rule for f in check_story(text, PUBLISHED, claims=claims)] == ["parts_total"]


def test_odd_claims_and_dates_are_read_without_error() -> None:
    class Odd:
        start, end, kind, value = 0, 4, "money", {"amount": "lots", "currency": None}

    class Outside:
        start, end, kind, value = 50, 900, "count", 3

    assert check_story("Some text here.", None, claims=[Odd(), Outside()]) == []
    assert check_story("", PUBLISHED) == []
    text = "The summit opened on Tuesday, 15 February 2018."
    assert check_story(text, "2018-02-15") == check_story(text, PUBLISHED)  # an ISO string is read as a date
    assert check_story(text, dt.datetime(2018, 2, 15, 9, 30)) == check_story(text, PUBLISHED)


def test_importing_the_checks_loads_no_qt() -> None:
    code = ("import sys, workbench.core.checks as c; c.check_story('Of the 30 injured, 12 were children and 20 "
            "adults.', None); print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([
    "Of the 30 injured, ", "12 were children", " and 20 adults", ", or 60 of the 200 staff", " £350m a week",
    ", or £5bn a year", " (£4.3m)", " €5m", " Tuesday, 15 February 2018", " born in 1960", "Smith, 45, ",
    " since 2011", " for three years", " rose 15% to $120 million from $104 million", " – ", ": ", ", ",
    " in all", " including ", " a third of ", "25%", " doubled from 20 to 45", "\n\n", ". ", "(", ")",
]), max_size=14), st.sampled_from([None, PUBLISHED, dt.date(1998, 3, 1)]))
def test_any_mix_of_figures_gives_findings_inside_the_text_in_order(parts: list[str], published) -> None:  # noqa: ANN001
    text = "".join(parts)
    found = check_story(text, published)
    assert [f.spans[0] for f in found] == sorted(f.spans[0] for f in found)
    for f in found:
        assert f.rule in RULE_IDS and f.message and f.expected and f.found
        assert list(f.spans) == sorted(f.spans) and all(0 <= s < e <= len(text) for s, e in f.spans)


@pytest.mark.parametrize("unit", [
    "Of the 30 injured, 12 were children and 20 adults, ", "12 people, including 3 children, ", "1 man, ",
    "£350m a week, or £5bn a year, ", "from 4% to 6%, a 2% rise, ", "Smith, 45, born in 1960, ", "$5m ($6m), ",
])
def test_one_endless_sentence_is_checked_in_linear_time(unit: str) -> None:
    """Not a benchmark: a generous bound that only a quadratic walk over one sentence's figures would break."""
    import time

    text = "A total of 5 people were hurt: " + unit * (120_000 // len(unit))
    claims = extract(text, PUBLISHED)
    started = time.process_time()
    found = check_story(text, PUBLISHED, claims=claims)
    assert time.process_time() - started < 15
    assert all(0 <= s < e <= len(text) for f in found for s, e in f.spans)
