"""Property tests: whatever a user types, the reports show it as text and never as markup or formulas."""

from __future__ import annotations

import csv
import io
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_fixtures import make_bundle

from workbench.core.model import Source
from workbench.core.report import render_report
from workbench.core.report._text import csv_cell, md_escape

NASTY = st.lists(
    st.sampled_from(
        [*"<>&\"'=+-@\t\r\n/:;()[]*_`#!|~\\ aé€😀ا", "javascript:", "<script>", "onerror=", "https://x.y/"]
    ),
    max_size=20,
).map("".join)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [v or "" for k, v in attrs if k == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parsed(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


BASELINE = _parsed(render_report(make_bundle(), "html", generated="2024-03-16T08:00:00+00:00")).tags
ALLOWED_TAGS = set(BASELINE) | {"p", "ol", "li", "strong", "a", "div", "span"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(note=NASTY, title=NASTY, citation=NASTY)
def test_user_strings_never_add_markup_or_links(note: str, title: str, citation: str) -> None:
    bundle = make_bundle()
    verified, unchecked = bundle.claims[2], bundle.claims[3]  # a verified row; an unchecked claim's card
    verified.sources = [Source(id=9, citation=citation, title=title)]
    unchecked.note = note  # verified claims are one line each (no note): the note goes on a card
    unchecked.sources = [Source(id=10, citation=citation, title=title)]
    html = render_report(bundle, "html", generated="2024-03-16T08:00:00+00:00")
    parsed = _parsed(html)
    assert set(parsed.tags) <= ALLOWED_TAGS
    assert parsed.tags.count("script") == parsed.tags.count("img") == 0
    assert parsed.tags.count("b") == BASELINE.count("b")  # the four summary numbers, nothing added
    assert all(h.lower().startswith(("http://", "https://")) for h in parsed.hrefs)
    if note.strip():
        assert note.strip() in "".join(parsed.text)


@given(value=NASTY)
def test_csv_cells_round_trip_and_never_start_a_formula(value: str) -> None:
    cell = csv_cell(value)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell in (value, "'" + value)
    buffer = io.StringIO()
    csv.writer(buffer).writerow([cell, "x"])
    assert next(csv.reader(io.StringIO(buffer.getvalue(), newline=""))) == [cell, "x"]


@given(value=NASTY)
def test_markdown_escape_leaves_no_active_character_bare(value: str) -> None:
    escaped = md_escape(value)
    bare = escaped.replace("\\\\", "")
    for ch in "<>[]()`*_#|!":
        assert all(
            bare[i - 1] == "\\" for i, c in enumerate(bare) if c == ch and i > 0
        ) and not bare.startswith(ch)


def test_markdown_line_markers_are_neutralised_but_dates_stay_readable() -> None:
    from workbench.core.report._text import md_block

    block = md_block("- not a list\n+ nor this\n===\n1. nor a numbered item\nTalks on 2018-02-15 at AT&T")
    lines = block.split("  \n")
    assert [line[:2] for line in lines[:3]] == ["\\-", "\\+", "\\="]
    assert lines[3].startswith("1\\.")
    assert lines[4] == "Talks on 2018-02-15 at AT&T"
