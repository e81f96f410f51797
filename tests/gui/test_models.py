"""Every Qt model passes qtmodeltester, and the claims proxy filters the way the filter bar says."""

from __future__ import annotations

from workbench.core.model import Claim, Review, Source
from workbench.gui.claims_model import ClaimsFilterProxy, ClaimsTableModel, StatusRole
from workbench.gui.library_view import ReviewsModel

BACKENDS = ("sqlite", "postgresql")  # every test here runs against both back ends


def claim(claim_id: int, start: int, text: str, kind: str = "count", value: object = 3,
          status: str = "unchecked", **extra: object) -> Claim:
    return Claim(id=claim_id, review_id=1, article_id=1, start=start, end=start + len(text), text=text, kind=kind,
                 value=value, status=status, **extra)  # type: ignore[arg-type]


def sample_claims() -> list[Claim]:
    return [
        claim(1, 40, "$88 billion", "money", {"amount": 88e9, "currency": "USD"}, "verified",
              sources=[Source(1, "https://example.org", "Example")]),
        claim(2, 10, "Thursday", "date", "2018-02-15"),
        claim(3, 90, "1,350 people", "count", 1350, "disputed", unit="people", note="Ministry says 1,200"),
        claim(4, 60, "three years", "duration", "P3Y"),
    ]


def test_claims_model_and_proxy_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ClaimsTableModel()
    model.set_claims(sample_claims())
    qtmodeltester.check(model, force_py=True)
    proxy = ClaimsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(ClaimsTableModel.VALUE)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_statuses({"unchecked"})
    proxy.set_text("three")
    qtmodeltester.check(proxy, force_py=True)


def test_rows_follow_reading_order_and_edits(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ClaimsTableModel()
    model.set_claims(sample_claims())
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, ClaimsTableModel.TEXT).data() for r in range(4)] == [
        "Thursday", "$88 billion", "three years", "1,350 people"]
    assert model.index(1, ClaimsTableModel.VALUE).data() == "US$88 billion"
    assert model.index(1, ClaimsTableModel.SOURCES).data() == "1"
    numbers = {model.index(r, ClaimsTableModel.TEXT).data(): model.index(r, ClaimsTableModel.POSITION).data()
               for r in range(4)}
    model.add_claim(claim(5, 20, "2014", "date", "2014", number=5))
    assert model.index(1, ClaimsTableModel.TEXT).data() == "2014"
    # Claim numbers are stable: the new claim takes the next number, the others keep theirs.
    assert model.index(1, ClaimsTableModel.POSITION).data() == "5"
    assert {model.index(r, ClaimsTableModel.TEXT).data(): model.index(r, ClaimsTableModel.POSITION).data()
            for r in (0, 2, 3, 4)} == numbers
    model.update_claim(claim(5, 20, "2014", "date", "2014", "verified"))
    assert model.index(1, 0).data(StatusRole) == "verified"
    model.remove_claim(2)
    assert model.rowCount() == 4
    assert model.index(0, ClaimsTableModel.TEXT).data() == "2014"


def test_proxy_filters_by_status_kind_and_words() -> None:
    model = ClaimsTableModel()
    model.set_claims(sample_claims())
    proxy = ClaimsFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_statuses({"disputed"})
    assert proxy.rowCount() == 1
    proxy.set_statuses(set())
    proxy.set_kinds({"date", "duration"})
    assert proxy.rowCount() == 2
    proxy.set_kinds(set())
    proxy.set_text("ministry")  # in the note
    assert proxy.rowCount() == 1
    proxy.set_text("example.org")  # in a source
    assert proxy.rowCount() == 1
    proxy.set_text("US$88")  # in the written-out value
    assert proxy.rowCount() == 1
    assert proxy.is_filtered()


def test_reviews_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ReviewsModel()
    model.set_reviews([
        Review(1, "NATO mission", "amira", "2018-02-15T10:00:00+00:00", "2018-02-15T11:00:00+00:00", total=18,
               checked=14, disputed=2, published="2018-02-15"),
        Review(2, "Budget", "amira", "2018-02-16T10:00:00+00:00", "2018-02-16T10:00:00+00:00", total=3, checked=3),
    ])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, ReviewsModel.PROGRESS).data() == "14 of 18 checked · 2 disputed"
    assert model.index(1, ReviewsModel.PROGRESS).data() == "3 of 3 checked · ready"
    assert model.index(0, ReviewsModel.PUBLISHED).data() == "Thu 15 Feb 2018"
