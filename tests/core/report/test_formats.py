"""Every report format's content for a hand-built review full of hostile strings."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest
from report_fixtures import EMOJI, FORMULA, IMG, RTL, SCRIPT, make_bundle

from workbench.core.errors import ReportError
from workbench.core.model import Claim, ReviewBundle
from workbench.core.report import FORMATS, render_report, unchecked_warning

GENERATED = "2024-03-16T08:00:00+00:00"
ARTICLE_URL = "https://news.example.com/2024/council-bridges"


class _Links(HTMLParser):
    """Collects every tag, every href and the visible text of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.marks: list[tuple[str, str]] = []
        self._mark: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href") or "")
        if tag == "mark":
            self._mark = dict(attrs).get("class") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._mark = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._mark is not None:
            self.marks.append((self._mark, data))


def parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def test_formats_listed() -> None:
    assert FORMATS == ("html", "pdf", "md", "csv", "json", "claimreview")
    with pytest.raises(ReportError, match="unknown report format 'docx'; choose one of html, md, csv"):
        render_report(make_bundle(), "docx")
    with pytest.raises(ReportError, match="write it to a file"):
        render_report(make_bundle(), "pdf")


@pytest.mark.parametrize("fmt", ["html", "html-print"])
def test_html_escapes_everything_and_links_only_http(fmt: str) -> None:
    html = render_report(make_bundle(), fmt, generated=GENERATED)
    page = parse(html)
    assert "script" not in page.tags and "img" not in page.tags and "iframe" not in page.tags
    assert not any(name.startswith("on") for name, _ in page.attrs)
    assert "<script>document" not in html and "<img src=x" not in html and "<b>Ledger" not in html
    assert "&lt;script&gt;document.title=" in html
    assert page.hrefs == [  # the masthead, the disputed claim's source, the verified claims' row
        ARTICLE_URL,
        "http://traffic.example.org/survey?y=2023&a=<b>",
        "https://city.example.gov/budget-2024.pdf",
    ]
    text = "".join(page.text)
    assert SCRIPT in text and IMG in text and FORMULA in text and RTL in text and EMOJI in text
    assert "javascript:alert(document.cookie)" in text  # shown as text, not as a link


def test_html_is_self_contained_and_printable() -> None:
    html = render_report(make_bundle(), "html", generated=GENERATED)
    page = parse(html)
    assert not {"script", "link", "iframe", "object", "embed"} & set(page.tags)
    assert "src" not in {name for name, _ in page.attrs}
    assert "url(" not in html and "@import" not in html
    assert "@media print" in html and "break-before: page" in html and "@page" in html
    assert "Content-Security-Policy" in html


def test_html_content() -> None:
    html = render_report(make_bundle(), "html", generated=GENERATED)
    page = parse(html)
    text = " ".join(" ".join(page.text).split())
    for expected in (
        "Verification report",
        "Council approves €4.5m",  # title
        "The Daily <b>Ledger</b>",  # publisher, as text
        "2024-03-14",  # published
        ARTICLE_URL,
        "Amira Haddad",  # reviewer
        "2024-03-15 09:00 UTC",  # review created
        "2024-03-16 08:00 UTC",  # report made
        "Not ready for republication (1 disputed, 1 unchecked)",
        "€4.5 million",
        "about 40%",
        "City budget 2024, page 12",  # a verified claim's sources: labels on its one line
        "Phone call with the council press office, 15 March",
        "+Traffic Office",  # a disputed claim's source in full
        "http://traffic.example.org/survey?y=2023&a=<b>",
        f"Marked disputed by {RTL} on 2024-03-15 10:30 UTC",
        "Not marked yet",
        "Disputed claims (1)",
        "Unchecked claims (1)",
        "Verified claims (2)",
    ):
        assert expected in text, expected
    assert "Appendix: change history" not in text  # only when asked for (include_history)
    # summary numbers
    assert [int(x) for x in _stats(html)] == [4, 2, 1, 1]
    # disputed and unchecked claims quoted in their sentence, highlighted with their status
    assert "About 12,000 vehicles cross the oldest bridge every day." in text
    assert "Work starts on 1 May 2024" in text
    assert ("st-disputed", "12,000") in page.marks
    assert ("st-verified", "40%") in page.marks
    assert ("st-unchecked", "1 May 2024") in page.marks


def _stats(html: str) -> list[str]:
    block = html.split('<ul class="stats">')[1].split("</ul>")[0]
    return [part.split("</b>")[0] for part in block.split("<b>")[1:]]


def test_article_text_is_shown_whole_with_claims_marked() -> None:
    bundle = make_bundle()
    html = render_report(bundle, "html", generated=GENERATED)
    body = html.split('<div class="article-body" dir="auto">')[1].split("</div>")[0]
    page = parse(body)
    shown = "".join(d for d in page.text if not d.isdigit() or d in bundle.article.text)
    # the article text, with the claim numbers (sup) removed, is exactly the stored text
    without_numbers = body
    for n in range(1, 5):
        without_numbers = without_numbers.replace(f"<sup>{n}</sup>", "")
    assert "".join(parse(without_numbers).text) == bundle.article.text
    assert shown


def test_ready_when_everything_verified() -> None:
    bundle = make_bundle(with_unchecked=False)
    for claim in bundle.claims:
        claim.status = "verified"
    html = render_report(bundle, "html", generated=GENERATED)
    assert "Ready for republication" in html and "Not ready" not in html
    assert unchecked_warning(bundle) is None


def test_unchecked_warning() -> None:
    warning = unchecked_warning(make_bundle())
    assert warning is not None and "1 of the 4 claims is still unchecked" in warning
    assert unchecked_warning(make_bundle(with_unchecked=False)) is None


def test_claim_not_located_is_listed_but_not_marked() -> None:
    bundle = make_bundle()
    bundle.claims.append(
        Claim(
            id=200,
            review_id=7,
            article_id=3,
            start=5,
            end=9,
            text="nope",
            kind="count",
            value=3,
            context="An old sentence with nope in it.",
            position=9,
        )
    )
    html = render_report(bundle, "html", generated=GENERATED)
    assert "not located in the current article text" in html
    assert 'An old sentence with <mark class="st-unchecked">nope</mark> in it.' in html


def test_overlapping_claims_are_marked_with_the_worst_status() -> None:
    bundle = make_bundle()
    text = bundle.article.text
    start = text.index("€4.5 million on")
    bundle.claims.append(
        Claim(
            id=300,
            review_id=7,
            article_id=3,
            start=start,
            end=start + 4,
            text=text[start : start + 4],
            kind="money",
            status="disputed",
            position=0,
        )
    )
    page = parse(render_report(bundle, "html", generated=GENERATED))
    assert ("st-disputed", "€4.5") in page.marks
    assert ("st-verified", " million on") in page.marks


def test_markdown_content_and_escaping() -> None:
    md = render_report(make_bundle(), "md", generated=GENERATED)
    # every "<" is backslash-escaped, except those opening our own http(s) link destinations
    assert re.findall(r"(?<!\\)<(?!https?://)", md) == []
    assert "\\<script\\>" in md
    assert "](<javascript" not in md and "](javascript" not in md
    links = [line.split("](<")[1].split(">)")[0] for line in md.splitlines() if "](<" in line]
    assert links == [
        ARTICLE_URL,
        "http://traffic.example.org/survey?y=2023&a=%3Cb%3E",
        "https://city.example.gov/budget-2024.pdf",
    ]
    assert "# Verification report: Council approves €4.5m" in md
    assert "**Not ready for republication \\(1 disputed, 1 unchecked\\)**" in md
    assert "- Claims: 4" in md and "- Verified: 2" in md and "- Disputed: 1" in md and "- Unchecked: 1" in md
    assert "> About **12,000** vehicles cross the oldest bridge every day." in md
    assert "| 1 | “€4.5 million on” | €4.5 million | [City budget 2024, page 12]" in md  # verified: one row
    assert "**12,000** \\[2: disputed\\]" in md
    assert "## Appendix: change history" not in md
    assert "## Appendix: change history" in render_report(make_bundle(), "md", include_history=True)
    assert RTL in md and "🎉👍🏽" in md


def test_csv_one_row_per_claim_and_formulas_neutralised(tmp_path) -> None:
    text = render_report(make_bundle(), "csv", generated=GENERATED)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 4
    assert [r["status"] for r in rows] == ["verified", "disputed", "verified", "unchecked"]
    assert rows[0]["text"] == "€4.5 million on" and rows[0]["value"] == "€4.5 million"
    assert json.loads(rows[0]["value_json"]) == {"amount": 4500000, "currency": "EUR"}
    assert rows[1]["note"] == "'" + FORMULA + "\nThe 2023 survey says 9,800."
    assert rows[1]["sources"].startswith("'=HYPERLINK")
    assert rows[2]["note"] == "'-2 points vs 2022"
    assert rows[2]["marked_by"] == "'@bot"
    assert rows[1]["marked_by"] == RTL
    assert rows[3]["qualifier"] == EMOJI
    assert rows[0]["source_links"] == "https://city.example.gov/budget-2024.pdf"
    assert "javascript:" not in rows[0]["source_links"]
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_json_is_the_whole_review() -> None:
    bundle = make_bundle()
    text = render_report(bundle, "json", generated=GENERATED)
    assert "<script>" not in text  # < > & are \u-escaped, safe to embed in HTML
    data = json.loads(text)
    assert data["schema"] == "workbench-report/2"
    assert data["generated"] == GENERATED
    assert data["review"]["id"] == 7 and data["review"]["reviewer"] == "Amira Haddad"
    assert data["summary"] == {"claims": 4, "verified": 2, "disputed": 1, "unchecked": 1, "corrected": 0,
                               "ready": False}
    assert data["article"]["text"] == bundle.article.text
    assert data["article"]["url"] == ARTICLE_URL
    assert [c["id"] for c in data["claims"]] == [101, 102, 103, 104]
    first = data["claims"][0]
    assert first["value"] == {"amount": 4500000, "currency": "EUR"}
    assert [s["url"] for s in first["sources"]] == ["https://city.example.gov/budget-2024.pdf", None, None]
    assert first["sources"][0]["excerpt"] == f"Bridges: €4,500,000 {IMG}"
    assert first["note"].endswith(SCRIPT)
    assert "events" not in data and data["history_included"] is False  # the history only when asked for
    with_history = json.loads(render_report(bundle, "json", generated=GENERATED, include_history=True))
    assert with_history["events"][2]["after"] == SCRIPT
    for claim in data["claims"]:
        assert data["article"]["text"][claim["start"] : claim["end"]] == claim["text"]


def test_claimreview_fields() -> None:
    data = json.loads(render_report(make_bundle(), "claimreview", generated=GENERATED))
    assert isinstance(data, list) and len(data) == 3  # the unchecked claim is left out
    first, second, third = data
    assert first["@context"] == "https://schema.org" and first["@type"] == "ClaimReview"
    assert first["claimReviewed"] == (
        "The city council voted on Tuesday to spend €4.5 million on repairing three bridges, officials said."
    )
    assert first["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Verified",
        "ratingExplanation": f"Matches the budget line. {SCRIPT}",
    }
    assert first["itemReviewed"]["@type"] == "Claim"
    assert first["itemReviewed"]["appearance"] == ARTICLE_URL
    assert first["itemReviewed"]["datePublished"] == "2024-03-14"
    assert first["author"] == {"@type": "Person", "name": "Amira Haddad"}
    assert first["datePublished"] == "2024-03-15"
    assert first["url"] == ARTICLE_URL
    assert (
        second["reviewRating"]["alternateName"] == "Disputed" and second["reviewRating"]["ratingValue"] == 1
    )
    assert second["claimReviewed"] == "About 12,000 vehicles cross the oldest bridge every day."
    assert second["author"]["name"] == RTL
    assert third["reviewRating"]["ratingExplanation"] == "-2 points vs 2022"


def test_claimreview_without_web_address_has_no_url() -> None:
    data = json.loads(render_report(make_bundle(url="/home/editor/story.txt"), "claimreview"))
    assert data and all("url" not in item and "appearance" not in item["itemReviewed"] for item in data)
    bad = json.loads(render_report(make_bundle(url="javascript:alert(1)"), "claimreview"))
    assert all("url" not in item for item in bad)


def test_empty_review_renders_in_every_text_format() -> None:
    bundle = make_bundle()
    empty = ReviewBundle(review=bundle.review, article=bundle.article, claims=[], events=[])
    for fmt in ("html", "html-print", "md", "csv", "json", "claimreview"):
        out = render_report(empty, fmt, generated=GENERATED)
        assert out
    assert "No claims were recorded" in render_report(empty, "html")
    assert json.loads(render_report(empty, "claimreview")) == []
