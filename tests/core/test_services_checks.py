"""The claims a consistency check involves: the figures, never the quote or the person around them."""

from __future__ import annotations

from pathlib import Path

from workbench.core.importers import load_article
from workbench.core.services import import_article, review_checks
from workbench.core.store import Library

STORY = ("Storm injures 30\n\n"
         "Of the 30 injured, 12 were children and 20 adults, the fire service said on Friday.\n")


def test_a_dispute_marks_the_figures_not_the_quote_that_holds_them(tmp_path: Path) -> None:
    path = tmp_path / "storm.txt"
    path.write_text(STORY, encoding="utf-8")
    loaded = load_article(path)
    loaded.published = "2018-02-16"
    with Library.open(tmp_path / "lib.sqlite3") as library:
        review = import_article(library, loaded, reviewer="tester")
        claims = {c.id: c for c in library.list_claims(review)}
        assert any(c.kind == "quote" for c in claims.values())  # the figures sit inside a quote claim
        [row] = [r for r in review_checks(library, review) if r.finding.rule == "parts_total"]
        marked = [claims[i] for i in row.claim_ids]
        assert sorted(c.text for c in marked) == ["12", "20 adults", "30"]
        spans = [tuple(s) for s in row.finding.spans]
        assert all(any(c.start < e and s < c.end for s, e in spans) for c in marked)
