"""Operations that combine extraction and storage: what the CLI and the window both call."""

from __future__ import annotations

import datetime as dt

from workbench.core.extract import extract
from workbench.core.importers import LoadedArticle
from workbench.core.store import Library


def _date(published: str | None) -> dt.date | None:
    return dt.date.fromisoformat(published) if published else None


def import_article(library: Library, article: LoadedArticle, *, reviewer: str) -> int:
    """Extract the claims of ``article`` and store it as a new review; return the review id.

    Extraction runs before anything is written, so a failure leaves no half-created review.
    """
    from workbench.core.extract.pipeline import ALL_KINDS

    extractions = extract(article.text, _date(article.published), ALL_KINDS)
    return library.create_review(
        title=article.title or "Untitled article",
        reviewer=reviewer,
        text=article.text,
        extractions=extractions,
        publisher=article.publisher,
        byline=article.byline,
        origin=article.origin,
        published=article.published,
    )


def change_publication_date(library: Library, review_id: int, published: str | None, *, actor: str) -> int:
    """Set the article's publication date and re-resolve relative dates of untouched automatic claims.

    Manual claims, values an editor corrected and all verdicts are kept. Returns how many values changed.
    """
    library.update_article_metadata(review_id, actor=actor, published=published)
    article = library.get_article(review_id)
    return library.replace_auto_values(review_id, extract(article.text, _date(published)), actor=actor)
