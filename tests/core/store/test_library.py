"""The library through its public API, on real SQLite files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench.core.errors import InvalidInputError, NotFoundError
from workbench.core.model import Extraction, Source
from workbench.core.store import Library

BACKENDS = ("sqlite", "postgresql")  # shared behaviour: each test runs against both (tests/conftest.py)

TEXT = "Officials said on Tuesday the project would cost $4.5 billion and employ 1,200 workers by 2027."


def at(text: str, quote: str, kind: str, value: object, **extras: object) -> Extraction:
    start = text.index(quote)
    return Extraction(start, start + len(quote), quote, kind, value, **extras)  # type: ignore[arg-type]


def make_review(library: Library, title: str = "Bridge story", text: str = TEXT) -> int:
    extractions = [
        at(text, "Tuesday", "date", "2024-05-07"),
        at(text, "$4.5 billion", "money", {"amount": 4.5e9, "currency": "USD"}, currency="USD"),
        at(text, "1,200 workers", "count", 1200, unit="workers"),
        at(text, "2027", "date", "2027"),
    ]
    return library.create_review(title=title, reviewer="ana", text=text, extractions=extractions,
                                 publisher="The Ledger", origin="https://example.org/bridge", published="2024-05-09")


def test_create_review_stores_article_and_claims_exactly(library: Library) -> None:
    review_id = make_review(library)
    review = library.get_review(review_id)
    assert (review.title, review.total, review.checked, review.disputed) == ("Bridge story", 4, 0, 0)
    article = library.get_article(review_id)
    assert article.text == TEXT
    assert article.published == "2024-05-09"
    assert len(article.content_hash) == 64
    claims = library.list_claims(review_id)
    assert [c.text for c in claims] == ["Tuesday", "$4.5 billion", "1,200 workers", "2027"]
    assert all(article.text[c.start:c.end] == c.text for c in claims)
    assert claims[1].value == {"amount": 4.5e9, "currency": "USD"}
    assert claims[2].unit == "workers"
    assert claims[0].context.startswith("Officials said")


def test_verdict_with_source_and_note_is_one_logged_action(library: Library, library_path: Path) -> None:
    review_id = make_review(library)
    claim = library.list_claims(review_id)[1]
    marked = library.set_claim_status(claim.id, "verified", actor="ana", note="Matches the budget.",
                                      sources=[Source(None, "https://example.org/budget.pdf", title="Budget")])
    assert marked.status == "verified" and marked.marked_by == "ana" and marked.marked_at
    assert [s.citation for s in marked.sources] == ["https://example.org/budget.pdf"]
    # Committed: another connection sees it at once.
    with Library.open(library_path) as other:
        seen = other.get_claim(claim.id)
    assert (seen.status, seen.note) == ("verified", "Matches the budget.")
    events = library.events(claim_id=claim.id)
    assert events[-1].action == "claim.mark"
    assert events[-1].before == {"status": "unchecked", "note": ""}
    assert events[-1].after["status"] == "verified"
    assert library.get_review(review_id).checked == 1


def test_progress_counts_follow_every_change(library: Library) -> None:
    review_id = make_review(library)
    claims = library.list_claims(review_id)
    for claim in claims[:3]:
        library.set_claim_status(claim.id, "verified", actor="ana")
    library.set_claim_status(claims[3].id, "disputed", actor="ana")
    review = library.get_review(review_id)
    assert (review.checked, review.disputed, review.ready) == (4, 1, False)
    library.set_claim_status(claims[3].id, "verified", actor="ana")
    assert library.get_review(review_id).ready
    library.delete_claim(claims[0].id, actor="ana")
    assert library.get_review(review_id).total == 3
    library.set_claim_status(claims[1].id, "unchecked", actor="ana")
    review = library.get_review(review_id)
    assert (review.total, review.checked, review.disputed) == (3, 2, 0)
    assert library.get_claim(claims[1].id).marked_by == ""


def test_sources_are_shared_across_claims_and_reviews(library: Library) -> None:
    first, second = make_review(library, "One"), make_review(library, "Two")
    a = library.list_claims(first)[1]
    b = library.list_claims(second)[1]
    s1 = library.add_source(a.id, Source(None, "Treasury statement, 3 May"), actor="ana")
    s2 = library.add_source(b.id, Source(None, "Treasury statement, 3 May", publisher="Treasury"), actor="ana")
    assert s1.id == s2.id and s2.publisher == "Treasury"
    assert [s.citation for s in library.find_sources("treasury")] == ["Treasury statement, 3 May"]
    library.remove_source(a.id, s1.id, actor="ana")
    assert library.get_claim(a.id).sources == []
    assert library.get_claim(b.id).sources[0].id == s1.id
    with pytest.raises(InvalidInputError):
        library.add_source(a.id, Source(None, "   "), actor="ana")


def test_update_claim_value_marks_it_edited_and_logs_before_after(library: Library) -> None:
    review_id = make_review(library)
    claim = library.list_claims(review_id)[2]
    updated = library.update_claim(claim.id, actor="ana", value=1250, qualifier="about")
    assert updated.value == 1250 and updated.qualifier == "about"
    event = library.events(claim_id=claim.id)[-1]
    assert event.before == {"value": 1200, "qualifier": ""}
    assert event.after == {"value": 1250, "qualifier": "about"}
    with pytest.raises(InvalidInputError):
        library.update_claim(claim.id, actor="ana", kind="rumour")
    with pytest.raises(InvalidInputError):
        library.update_claim(claim.id, actor="ana", start=3)


def test_add_manual_claim_keeps_reading_order(library: Library) -> None:
    review_id = make_review(library)
    start = TEXT.index("Officials")
    added = library.add_claim(review_id, start=start, end=start + 9, kind="count", value=None, actor="ana")
    assert added.origin == "manual" and added.text == "Officials"
    assert [c.text for c in library.list_claims(review_id)][0] == "Officials"
    with pytest.raises(InvalidInputError):
        library.add_claim(review_id, start=5, end=10_000, kind="count", value=1, actor="ana")


def test_delete_and_restore_claim_bring_back_verdict_and_sources(library: Library) -> None:
    review_id = make_review(library)
    claim = library.list_claims(review_id)[1]
    library.set_claim_status(claim.id, "disputed", actor="ana", note="No such figure",
                             sources=[Source(None, "https://example.org/a")])
    deleted = library.delete_claim(claim.id, actor="ana")
    with pytest.raises(NotFoundError):
        library.get_claim(claim.id)
    restored = library.restore_claim(deleted, actor="ana")
    assert (restored.id, restored.status, restored.note) == (claim.id, "disputed", "No such figure")
    assert [s.citation for s in restored.sources] == ["https://example.org/a"]
    assert library.get_review(review_id).disputed == 1


@pytest.mark.sqlite_only  # PostgreSQL's: tests/core/store/test_postgresql.py
def test_event_log_is_append_only(library: Library, library_path: Path) -> None:
    make_review(library)
    with sqlite3.connect(library_path) as other, pytest.raises(sqlite3.IntegrityError):
        other.execute("UPDATE events SET actor = 'mallory'")
    with sqlite3.connect(library_path) as other, pytest.raises(sqlite3.IntegrityError):
        other.execute("DELETE FROM events")


def test_search_covers_titles_articles_claims_notes_and_sources(library: Library) -> None:
    bridge = make_review(library, "Bridge story")
    other = make_review(library, "Harbour story", text=TEXT.replace("project", "harbour"))
    note_claim = library.list_claims(other)[0]
    library.set_claim_status(note_claim.id, "disputed", actor="ana", note="Ministry spokesperson denied",
                             sources=[Source(None, "https://gov.example/press/4471", title="Press release")])
    ids = lambda text: [r.id for r in library.search_reviews(text)]  # noqa: E731
    assert ids("bridge") == [bridge]
    assert ids("harbour") == [other]
    assert ids("spokesperson") == [other]
    assert ids("press release") == [other]
    assert set(ids("workers")) == {bridge, other}
    assert ids("zeppelin") == []
    # Punctuation and FTS syntax typed by a person never raise.
    assert ids('"unbalanced AND (') == []
    assert set(ids("")) == {bridge, other}


def test_trash_restore_and_empty(library: Library) -> None:
    keep, drop = make_review(library, "Keep"), make_review(library, "Drop")
    library.trash_review(drop, actor="ana")
    assert [r.id for r in library.list_reviews()] == [keep]
    assert [r.id for r in library.list_reviews(trashed=True)] == [drop]
    library.restore_review(drop, actor="ana")
    assert {r.id for r in library.list_reviews()} == {keep, drop}
    library.trash_review(drop, actor="ana")
    assert library.empty_trash(actor="ana") == 1
    with pytest.raises(NotFoundError):
        library.get_review(drop)
    assert library.list_claims(drop) == []
    assert library.events(review_id=drop)[-1].action == "review.delete"


def test_rename_and_metadata_changes_are_logged(library: Library) -> None:
    review_id = make_review(library)
    library.rename_review(review_id, "Bridge costs", actor="ana")
    library.update_article_metadata(review_id, actor="ana", published="2024-05-10", publisher="Ledger")
    assert library.get_review(review_id).title == "Bridge costs"
    assert library.get_article(review_id).published == "2024-05-10"
    actions = [e.action for e in library.events(review_id=review_id)]
    assert actions[-2:] == ["review.rename", "article.update"]
    with pytest.raises(InvalidInputError):
        library.update_article_metadata(review_id, actor="ana", published="15/02/2018")
    with pytest.raises(InvalidInputError):
        library.rename_review(review_id, "  ", actor="ana")


def test_failed_action_leaves_nothing_half_written(library: Library) -> None:
    review_id = make_review(library)
    claim = library.list_claims(review_id)[0]
    before_events = len(library.events())
    with pytest.raises(InvalidInputError):
        library.set_claim_status(claim.id, "verified", actor="ana",
                                 sources=[Source(None, "https://ok.example"), Source(None, "")])
    assert library.get_claim(claim.id).status == "unchecked"
    assert library.get_claim(claim.id).sources == []
    assert len(library.events()) == before_events


def test_unknown_ids_raise_clear_errors(library: Library) -> None:
    with pytest.raises(NotFoundError, match="no review 42"):
        library.get_review(42)
    with pytest.raises(NotFoundError, match="no claim 7"):
        library.set_claim_status(7, "verified", actor="ana")
    with pytest.raises(InvalidInputError):
        library.set_claim_status(7, "true-ish", actor="ana")


def test_bundle_reads_everything_a_report_needs(library: Library) -> None:
    review_id = make_review(library)
    claim = library.list_claims(review_id)[0]
    library.set_claim_status(claim.id, "verified", actor="ana", sources=[Source(None, "Calendar")])
    bundle = library.bundle(review_id)
    assert bundle.review.id == review_id and bundle.article.text == TEXT
    assert len(bundle.claims) == 4 and bundle.claims[0].sources[0].citation == "Calendar"
    assert [e.action for e in bundle.events] == ["review.create", "claim.mark"]


def test_replace_auto_values_keeps_manual_edits_and_verdicts(library: Library) -> None:
    review_id = make_review(library)
    tuesday, money, workers, year = library.list_claims(review_id)
    library.set_claim_status(tuesday.id, "verified", actor="ana")
    library.update_claim(year.id, actor="ana", value="2028")
    new = [at(TEXT, "Tuesday", "date", "2024-05-14"), at(TEXT, "2027", "date", "2027-XX")]
    assert library.replace_auto_values(review_id, new, actor="ana") == 1
    tuesday_after = library.get_claim(tuesday.id)
    assert tuesday_after.value == "2024-05-14" and tuesday_after.status == "verified"
    assert library.get_claim(year.id).value == "2028"


def test_backup_is_a_complete_library(library: Library, tmp_path: Path) -> None:
    review_id = make_review(library)
    copy = library.backup(tmp_path / "backups" / "copy.sqlite3")
    with Library.open(copy) as restored:
        assert restored.get_article(review_id).text == TEXT
        assert restored.integrity_problems() == []


def test_reviews_of_the_same_text_are_found_by_content_not_title(library: Library) -> None:
    first = make_review(library, "Bridge story")
    second = make_review(library, "Same story, renamed")
    make_review(library, "Other story", text=TEXT + " A correction was added.")
    assert [r.id for r in library.reviews_of_text(TEXT)] == [second, first]
    library.trash_review(second, actor="ana")
    assert [r.id for r in library.reviews_of_text(TEXT)] == [first]
    assert library.reviews_of_text("An article nobody has imported.") == []
