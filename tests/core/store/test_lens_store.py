"""The store side of the republication lens: decisions on dated wording and the republication date."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.errors import ConflictError, InvalidInputError
from workbench.core.store import Library

BACKENDS = ("sqlite", "postgresql")  # shared behaviour: each test runs against both (tests/conftest.py)

TEXT = "NATO ministers agreed on Thursday to launch the mission in July, officials said now."


def review(library: Library) -> int:
    return library.create_review(title="NATO", reviewer="ana", text=TEXT, published="2018-02-15")


def test_a_decision_is_stored_logged_and_conditional(library_path: Path | str, tmp_path: Path) -> None:
    with Library.open(library_path) as library:
        rid = review(library)
        start = TEXT.index("Thursday")
        first = library.decide_finding(rid, start=start, end=start + 8, cls="relative_date", decision="accepted",
                                       rewrite="15 February 2018", actor="ana", expected_version=0)
        assert (first.decision, first.rewrite, first.text, first.version) == ("accepted", "15 February 2018",
                                                                              "Thursday", 1)
        with pytest.raises(ConflictError, match="accepted by ana"):
            library.decide_finding(rid, start=start, end=start + 8, cls="relative_date", decision="dismissed",
                                   reason="stale", actor="sam", expected_version=0)
        second = library.decide_finding(rid, start=start, end=start + 8, cls="relative_date", decision="dismissed",
                                        reason="the date is in the dateline", actor="sam", expected_version=1)
        assert (second.decision, second.version) == ("dismissed", 2)
        assert [d.decision for d in library.lens_decisions(rid)] == ["dismissed"]
        library.undecide_finding(rid, start=start, end=start + 8, cls="relative_date", actor="sam")
        assert library.lens_decisions(rid) == []
        actions = [e.action for e in library.events(review_id=rid)]
        assert actions[-3:] == ["lens.decide", "lens.decide", "lens.undecide"]
        with pytest.raises(InvalidInputError):
            library.decide_finding(rid, start=start, end=start + 8, cls="relative_date", decision="maybe", actor="ana")


def test_the_republication_date_is_kept_per_review(library_path: Path | str, tmp_path: Path) -> None:
    with Library.open(library_path) as library:
        rid = review(library)
        assert library.get_review(rid).republish_on is None
        assert library.set_republication_date(rid, "2026-12-01", actor="ana").republish_on == "2026-12-01"
        assert library.set_republication_date(rid, None, actor="ana").republish_on is None
        with pytest.raises(InvalidInputError):
            library.set_republication_date(rid, "1 Dec", actor="ana")


def test_a_check_can_be_dismissed_or_disputed_with_its_claims_in_one_action(library_path: Path | str, tmp_path: Path) -> None:
    from workbench.core.model import Extraction

    text = "Of the 30 injured, 12 were children and 20 adults."
    extractions = [Extraction(text.index("30"), text.index("30") + 2, "30", "count", 30),
                   Extraction(text.index("12"), text.index("12") + 2, "12", "count", 12)]
    with Library.open(library_path) as library:
        rid = library.create_review(title="Crash", reviewer="ana", text=text, extractions=extractions)
        claims = library.list_claims(rid)
        spans = [[c.start, c.end] for c in claims]
        dismissed = library.decide_check(rid, rule="parts_total", spans=spans, decision="dismissed",
                                         reason="the total includes 2 unidentified", actor="ana", expected_version=0)
        assert (dismissed.decision, dismissed.key) == ("dismissed", ("parts_total", ((7, 9), (19, 21))))
        with pytest.raises(ConflictError):
            library.decide_check(rid, rule="parts_total", spans=spans, decision="disputed", actor="sam",
                                 expected_version=0)
        library.decide_check(rid, rule="parts_total", spans=spans, decision="disputed", actor="sam",
                             message="12 + 20 = 32, but the total given is 30",
                             dispute_claims=[c.id for c in claims], expected_version=1)
        assert {library.get_claim(c.id).status for c in claims} == {"disputed"}
        assert "12 + 20 = 32" in library.get_claim(claims[0].id).note
        assert library.bundle(rid).check_decisions[0].decision == "disputed"
        library.undecide_check(rid, rule="parts_total", spans=spans, actor="sam")
        assert library.check_decisions(rid) == []


def test_office_holder_records_check_a_title_on_a_date(library_path: Path | str, tmp_path: Path) -> None:
    from workbench.core.model import Claim, OfficeHolder
    from workbench.core.offices import check_title

    with Library.open(library_path) as library:
        saved = library.save_office_holder(OfficeHolder(None, "Jim Mattis", "US Secretary of Defense", "2017-01-20",
                                                        "2019-01-01", "defense.gov biography"), actor="ana")
        records = library.office_holders("jim mattis")
        assert [r.id for r in records] == [saved.id]
        with pytest.raises(ConflictError):
            library.save_office_holder(OfficeHolder(saved.id, "Jim Mattis", "Secretary", version=99), actor="sam")
    person = Claim(id=1, review_id=1, article_id=1, start=0, end=10, text="Jim Mattis", kind="person",
                   value={"name": "Jim Mattis", "title": "Secretary of Defense"})
    held = check_title(person, records, "2018-02-15")
    assert held is not None and held.held is True and "held then" in held.text("2018-02-15")
    assert check_title(person, records, "2020-05-01").held is False
