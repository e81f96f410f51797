"""The change history: optional, in words and local time, without the undo pairs that cancel out."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from report_fixtures import EDITOR, SCRIPT, make_bundle, seed_review

from workbench.core.model import Claim, Event
from workbench.core.report import FORMATS, history_entries, net_events, render_report, write_report
from workbench.core.store import Library

UTC = dt.UTC


def _event(i: int, action: str, claim_id: int | None = 1, actor: str = EDITOR, before=None, after=None,  # type: ignore[no-untyped-def]
           minute: int | None = None) -> Event:
    at = f"2024-03-15T14:{minute if minute is not None else i:02d}:00+00:00"
    return Event(id=i, at=at, actor=actor, action=action, review_id=7, claim_id=claim_id, before=before,
                 after=after)


def _mark(i: int, before: str, after: str, claim_id: int = 1, actor: str = EDITOR) -> Event:
    return _event(i, "claim.mark", claim_id, actor, {"status": before}, {"status": after})


def _ids(events: list[Event]) -> list[int]:
    return [e.id for e in net_events(events)]


def test_a_mark_and_its_reverse_by_the_same_person_cancel_out() -> None:
    assert _ids([_mark(1, "unchecked", "verified"), _mark(2, "verified", "unchecked")]) == []
    # by someone else, it is a decision, not an undo
    assert _ids([_mark(1, "unchecked", "verified"), _mark(2, "verified", "unchecked", actor="Sam")]) == [1, 2]
    # something in between for that claim keeps both
    note = _event(2, "claim.update", before={"note": ""}, after={"note": "see the budget"})
    assert _ids([_mark(1, "unchecked", "verified"), note, _mark(3, "verified", "unchecked")]) == [1, 2, 3]
    # ... but something on another claim does not
    other = _mark(2, "unchecked", "disputed", claim_id=2)
    assert _ids([_mark(1, "unchecked", "verified"), other, _mark(3, "verified", "unchecked")]) == [2]


def test_pairs_nest_undo_redo_undo_leaves_nothing() -> None:
    events = [_mark(1, "unchecked", "verified"), _mark(2, "verified", "unchecked"),
              _mark(3, "unchecked", "verified"), _mark(4, "verified", "disputed"),
              _mark(5, "disputed", "verified"), _mark(6, "verified", "unchecked")]
    assert _ids(events) == []
    assert _ids(events[:4]) == [3, 4]  # verified, then disputed: both stand


def test_a_note_edited_back_a_source_added_then_removed_a_claim_deleted_then_restored() -> None:
    edited = _event(1, "claim.update", before={"note": "a"}, after={"note": "b"})
    back = _event(2, "claim.update", before={"note": "b"}, after={"note": "a"})
    assert _ids([edited, back]) == []
    added = _event(3, "source.add", after={"source_id": 9, "citation": "https://x.example/a"})
    removed = _event(4, "source.remove", before={"source_id": 9, "citation": "https://x.example/a"})
    another = _event(5, "source.remove", before={"source_id": 8, "citation": "https://x.example/b"})
    assert _ids([added, removed]) == []
    assert _ids([added, another]) == [3, 5]
    deleted = _event(6, "claim.delete", before={"text": "$88 billion"})
    restored = _event(7, "claim.restore", after={"text": "$88 billion"})
    assert _ids([deleted, restored]) == []
    value = _event(8, "claim.update", before={"value": 1}, after={"value": 2})
    assert _ids([value, _event(9, "claim.update", before={"value": 2}, after={"value": 3})]) == [8, 9]


def test_history_lines_read_like_sentences_in_local_time() -> None:
    claim = Claim(id=1, review_id=7, article_id=3, start=0, end=11, text="$88 billion", kind="money",
                  value={"amount": 9e10, "currency": "USD"}, number=10)
    events = [
        _event(2, "claim.mark", before={"status": "unchecked"},
               after={"status": "verified", "sources": ["https://www.reuters.com/x"]}),
        _event(3, "claim.update", before={"value": {"amount": 8.8e10, "currency": "USD"}},
               after={"value": {"amount": 9e10, "currency": "USD"}}),
        _event(4, "claim.update", before={"correction": ""}, after={"correction": "US$90 billion"}),
        _event(5, "source.add", after={"source_id": 1, "citation": "https://www.reuters.com/x"}),
        _event(6, "review.create", claim_id=None, after={"claims": 18}),
    ]
    from workbench.core.model import Source

    claim.sources = [Source(id=1, citation="https://www.reuters.com/x", title="Reuters")]
    lines = [e.line for e in history_entries(events, [claim], tz=UTC)]
    assert lines == [
        "14:02 Amira Haddad marked “$88 billion” (#10) verified, source Reuters",
        "14:03 Amira Haddad corrected the value of “$88 billion” (#10) from US$88 billion to US$90 billion",
        "14:04 Amira Haddad gave the correct figure for “$88 billion” (#10): US$90 billion",
        "14:05 Amira Haddad added the source Reuters to “$88 billion” (#10)",
        "14:06 Amira Haddad started the review (18 claims found)",
    ]
    plus_two = dt.timezone(dt.timedelta(hours=2))
    assert history_entries(events[:1], [claim], tz=plus_two)[0].time == "16:02"
    assert history_entries(events[:1], [claim], tz=plus_two)[0].day == "Fri 15 Mar 2024"


def test_the_history_is_left_out_unless_asked_for() -> None:
    bundle = make_bundle()
    for fmt in ("html", "html-print", "md"):
        assert "change history" not in render_report(bundle, fmt)
        assert "change history" in render_report(bundle, fmt, include_history=True)
    data = json.loads(render_report(bundle, "json"))
    assert data["history_included"] is False and "events" not in data and "history" not in data
    data = json.loads(render_report(bundle, "json", include_history=True))
    assert [h["actor"] for h in data["history"]] == [e.actor for e in bundle.events]
    assert data["events"][2]["after"] == SCRIPT
    html = render_report(bundle, "html", include_history=True)
    assert "&lt;script&gt;" in html and "<script>" not in html  # a note in the history stays text


def test_the_seed_history_leaves_out_what_was_undone(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite3") as library:
        bundle = library.bundle(seed_review(library))
    history = "\n".join(h["line"] for h in json.loads(render_report(bundle, "json", include_history=True))["history"])
    assert "started the review (18 claims found)" in history
    assert "marked “$88 billion” (#10) verified, noted: “Kuwait conference figure" in history
    assert "source World Bank: Iraq reconstruction needs" in history
    assert "corrected the value of “$88 billion” (#10) from more than US$88 billion to more than US$90 billion" \
        in history
    assert "gave the correct figure for “1,350 people” (#16): 1,200 people" in history
    assert "Sam Okoro marked “more than a decade” (#7) verified" in history
    # made and undone at once: a mark of #2 and its reverse, a note edited back, a source added and removed
    assert "“Thursday” (#2) disputed" not in history and "reset “Thursday” (#2)" not in history
    assert "check the year" not in history
    assert "added the source NATO press conference" not in history
    assert history.count("marked “Thursday” (#2) verified") == 1


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "pdf"])
def test_write_report_takes_the_history_option(tmp_path: Path, fmt: str) -> None:
    plain = write_report(make_bundle(), fmt, tmp_path / f"plain.{fmt}").read_text(encoding="utf-8-sig")
    full = write_report(make_bundle(), fmt, tmp_path / f"full.{fmt}", include_history=True)
    if fmt in ("html", "md", "json"):
        assert len(full.read_text(encoding="utf-8")) > len(plain)
    else:  # one row per claim, one ClaimReview per checked claim: no history to add
        assert full.read_text(encoding="utf-8-sig") == plain


def test_the_cli_report_history_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.cli import main

    library_path = tmp_path / "lib.sqlite3"
    with Library.open(library_path) as library:
        review_id = seed_review(library)
    assert main(["--library", str(library_path), "report", str(review_id), "--format", "md"]) == 0
    assert "change history" not in capsys.readouterr().out
    assert main(["--library", str(library_path), "report", str(review_id), "--format", "md", "--history"]) == 0
    out = capsys.readouterr().out
    assert "## Appendix: change history" in out and "Sam Okoro marked" in out
