"""The report a managing editor hands upward, in every format, for the seed review as an editor leaves it.

The seed (18 claims) is imported with ``import_article`` and reviewed in ``report_fixtures.seed_review``:
#3, #16 and #18 disputed (#16 and #18 with the correct figure), #6 and #17 unchecked, the rest verified;
#10 "$88 billion" had its value corrected to US$90 billion and was then verified.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_fixtures import SEED, make_bundle, seed_review

from workbench.core.model import ReviewBundle
from workbench.core.report import looks_like_login, print_document, render_report

TEXT_FORMATS = ("html", "html-print", "md", "csv", "json", "claimreview")
CORRECTION_10 = ("Correction: the article says “$88 billion” (read as more than US$88 billion); "
                 "the correct figure is more than US$90 billion.")


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> ReviewBundle:
    from workbench.core.store import Library

    with Library.open(tmp_path_factory.mktemp("seed") / "lib.sqlite3") as library:
        return library.bundle(seed_review(library))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def flat(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- item 4: a corrected value is a correction


def test_a_corrected_value_reads_as_a_correction_in_every_format(seed: ReviewBundle) -> None:
    assert CORRECTION_10 in html_text(render_report(seed, "html"))
    assert CORRECTION_10 in html_text(render_report(seed, "html-print"))
    assert CORRECTION_10 in print_document(seed).text()
    md = render_report(seed, "md")
    assert "| more than US\\$90 billion — **Correction: the article says “\\$88 billion” \\(read as more than " \
           "US\\$88 billion\\); the correct figure is more than US\\$90 billion.** |" in md
    rows = {r["number"]: r for r in csv.DictReader(io.StringIO(render_report(seed, "csv"), newline=""))}
    assert rows["10"]["value_corrected"] == "yes"
    assert rows["10"]["original_value"] == "more than US$88 billion"
    assert rows["10"]["correct_value"] == rows["10"]["value"] == "more than US$90 billion"
    assert rows["10"]["correction"] == CORRECTION_10
    assert rows["1"]["value_corrected"] == rows["1"]["correction"] == ""
    claims = {c["number"]: c for c in json.loads(render_report(seed, "json"))["claims"]}
    ten = claims[10]
    assert ten["text"] == "$88 billion" and ten["value_edited"] is True and ten["value_corrected"] is True
    assert ten["original_value"] == {"amount": 88_000_000_000, "currency": "USD"}
    assert ten["value"] == {"amount": 90_000_000_000, "currency": "USD"}
    assert ten["original_value_text"] == "more than US$88 billion"
    assert ten["correct_value"] == "more than US$90 billion" and ten["correction_text"] == CORRECTION_10
    assert json.loads(render_report(seed, "json"))["summary"]["corrected"] == 1
    reviews = json.loads(render_report(seed, "claimreview"))  # in reading order: #10, then #11 (same sentence)
    corrected = next(r for r in reviews if "$88 billion" in r["claimReviewed"])
    assert corrected["reviewRating"]["alternateName"] == "Corrected"
    assert corrected["reviewRating"]["ratingValue"] == 3
    assert corrected["reviewBody"].startswith(CORRECTION_10)


def test_a_disputed_claim_carries_its_correct_figure(seed: ReviewBundle) -> None:
    expected = "Correction: the article says “1,350 people”; the correct figure is 1,200 people."
    for fmt in ("html", "html-print"):
        assert expected in html_text(render_report(seed, fmt))
    assert expected in print_document(seed).text()
    claims = {c["number"]: c for c in json.loads(render_report(seed, "json"))["claims"]}
    assert claims[16]["correction"] == claims[16]["correct_value"] == "1,200 people"
    assert claims[16]["correction_text"] == expected
    assert claims[3]["correct_value"] == ""  # disputed, the correct length of time not given
    assert "Correct length of time: not recorded." in html_text(render_report(seed, "html"))
    reviews = json.loads(render_report(seed, "claimreview"))
    people = next(r for r in reviews if "1,350 people" in r["claimReviewed"])
    assert people["reviewRating"]["alternateName"] == "Disputed"
    assert people["reviewBody"].startswith(expected) and "1,200 soldiers" in people["reviewBody"]
    rows = {r["number"]: r for r in csv.DictReader(io.StringIO(render_report(seed, "csv"), newline=""))}
    assert rows["16"]["correct_value"] == "1,200 people" and rows["18"]["correct_value"] == "$1.5 billion"


# ---------------------------------------------------------------- item 13: the report an editor hands upward


def test_the_verdict_comes_first_then_disputed_unchecked_and_verified(seed: ReviewBundle) -> None:
    text = html_text(render_report(seed, "html"))
    order = ["Not ready for republication (3 disputed, 2 unchecked)", "3 claims are disputed: #3, #16, #18.",
             "2 claims are not checked yet: #6, #17.", "1 value was corrected by the editor",
             "Disputed claims (3)", "Unchecked claims (2)", "Verified claims (13)",
             "The article, with claims marked"]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    document = print_document(seed)
    names = [b.name for b in document.blocks]
    assert names[:5] == ["masthead", "age", "verdict", "counts", "disputed-heading"]
    claims = [n for n in names if n.startswith("claim-")]
    assert claims[:5] == ["claim-3", "claim-16", "claim-18", "claim-6", "claim-17"]
    assert sorted(claims[5:], key=lambda n: int(n[6:])) == claims[5:] and len(claims) == 18
    md = render_report(seed, "md")
    assert md.index("## Disputed claims (3)") < md.index("## Unchecked claims (2)") < md.index("## Verified")


def test_verified_claims_are_one_line_each(seed: ReviewBundle) -> None:
    document = print_document(seed)
    rows = [b for b in document.blocks if b.frame == "row" and b.name.startswith("claim-")]
    assert len(rows) == 13
    first = rows[0]
    assert [flat(c.paras[0].text) for c in first.cells] == [
        "#1", "“Thursday”", "Thu 15 Feb 2018", "NATO press conference, 15 February 2018"]
    assert all(len(c.paras) == 1 for row in rows for c in row.cells)
    assert [flat(p.text) for p in next(r for r in rows if r.name == "claim-10").below] == [CORRECTION_10]
    md = render_report(seed, "md")
    assert "| 7 | “more than a decade” | more than 10 years | [Reuters: NATO agrees Iraq training mission]" in md
    assert "· by Sam Okoro |" in md  # marked by someone other than the reviewer


def test_claims_keep_their_numbers(tmp_path: Path) -> None:
    from workbench.core.store import Library

    with Library.open(tmp_path / "lib.sqlite3") as library:
        review_id = seed_review(library, history=False)
        first = next(c for c in library.list_claims(review_id) if c.number == 1)
        library.delete_claim(first.id, actor="Amira Haddad")
        bundle = library.bundle(review_id)
    text = html_text(render_report(bundle, "html"))
    assert "#18 Disputed Money US$1 billion" in text and "#1 " not in text
    assert [c["number"] for c in json.loads(render_report(bundle, "json"))["claims"]] == list(range(2, 19))


# ---------------------------------------------------------------- item 14: snippets at word boundaries


def _starts_and_ends_at_words(snippet: str, article: str) -> None:
    core = snippet.strip()
    head_cut, tail_cut = core.startswith("…"), core.endswith("…")
    core = core.strip("…").strip()
    text = flat(article)
    at = text.find(core)
    assert at >= 0, core
    assert at == 0 or text[at - 1] == " " or not head_cut, core
    assert at == 0 or not text[at - 1].isalnum(), f"starts inside a word: {core[:30]!r}"
    end = at + len(core)
    assert end == len(text) or not text[end].isalnum() or not core[-1].isalnum(), f"ends inside a word: {core!r}"
    if not head_cut:  # the whole sentence from its start
        assert at == 0 or text[at - 2] in ".!?:”\"’" or text[at - 1] == " ", core
    assert tail_cut or core[-1] in ".!?”\"’" or end == len(text), core


def test_snippets_start_and_end_at_word_boundaries_everywhere(seed: ReviewBundle) -> None:
    article = seed.article.text
    for review in json.loads(render_report(seed, "claimreview")):
        _starts_and_ends_at_words(review["claimReviewed"], article)
    for claim in json.loads(render_report(seed, "json"))["claims"]:
        snippet = claim["snippet"]
        _starts_and_ends_at_words(snippet["before"] + snippet["quote"] + snippet["after"], article)
    for row in csv.DictReader(io.StringIO(render_report(seed, "csv"), newline="")):
        _starts_and_ends_at_words(row["context"].lstrip("'"), article)
    long_one = next(c for c in json.loads(render_report(seed, "json"))["claims"] if c["number"] == 1)
    assert long_one["snippet"]["before"].startswith("…") and long_one["snippet"]["after"] == "."
    assert "… Italian Defence" not in long_one["snippet"]["before"]
    for block in print_document(seed).blocks:
        if block.frame == "card":
            _starts_and_ends_at_words(block.cells[0].paras[1].text, article)


# ---------------------------------------------------------------- item 15: reviewer and address


def test_a_local_file_path_never_appears_only_its_name_in_json(seed: ReviewBundle) -> None:
    folder = str(SEED.parent)
    for fmt in TEXT_FORMATS:
        out = render_report(seed, fmt, include_history=True)
        assert folder not in out and folder.replace("/", "\\/") not in out, fmt
    assert folder not in print_document(seed, include_history=True).text()
    assert "Address" not in html_text(render_report(seed, "html"))
    data = json.loads(render_report(seed, "json", include_history=True))
    assert data["article"]["origin"] == "" and data["article"]["url"] is None
    assert data["article"]["source_file"] == "000_aad1b39bc9a57caa.txt"
    assert data["events"][0]["after"]["origin"] == "000_aad1b39bc9a57caa.txt"
    assert all("url" not in r for r in json.loads(render_report(seed, "claimreview")))


def test_an_http_address_is_shown(seed: ReviewBundle) -> None:
    text = html_text(render_report(make_bundle(), "html"))
    assert "Address https://news.example.com/2024/council-bridges" in text
    data = json.loads(render_report(make_bundle(), "json"))
    assert data["article"]["origin"] == data["article"]["url"] == "https://news.example.com/2024/council-bridges"
    assert data["article"]["source_file"] == ""


def test_a_login_name_is_shown_as_recorded_and_said_to_be_one() -> None:
    assert looks_like_login("root", "someone") and looks_like_login("amira", "someone")
    assert looks_like_login("Amira.H", "Amira.H")  # the operating system's user name
    assert not looks_like_login("Amira Haddad", "root") and not looks_like_login("محمد", "root")
    bundle = make_bundle()
    bundle.review.reviewer = "root"
    bundle.claims[0].marked_by = "root"
    text = html_text(render_report(bundle, "html"))
    assert "Reviewer root (login name)" in text
    assert "root (login name)" in print_document(bundle).text()
    assert "| Reviewer | root (login name) |" in render_report(bundle, "md")
    reviews = json.loads(render_report(bundle, "claimreview"))
    assert reviews[0]["author"] == {"@type": "Person", "name": "root"}  # shown, never replaced
    bundle.review.reviewer = ""
    for claim in bundle.claims:
        claim.marked_by = ""
    assert all("author" not in r for r in json.loads(render_report(bundle, "claimreview")))  # never invented
    assert "Reviewer —" in html_text(render_report(bundle, "html"))


# ---------------------------------------------------------------- hostile text stays text


def test_nul_and_bidi_overrides_never_reach_a_page() -> None:
    bundle = make_bundle()
    hostile = "\u202egnp.exe\x00 =HYPERLINK(\"http://x\") \u2066isolated\u2069"
    bundle.claims[1].note = hostile  # the disputed claim: its note is on every page
    for fmt in ("html", "html-print", "md", "csv"):
        out = render_report(bundle, fmt)
        assert not re.search("[\x00\u202a-\u202e\u2066-\u2069]", out), fmt
        assert "gnp.exe" in out
    assert not re.search("[\x00\u202a-\u202e\u2066-\u2069]", print_document(bundle).text())
    out = render_report(bundle, "claimreview")
    assert not re.search("[\x00\u202a-\u202e\u2066-\u2069]", out) and "gnp.exe" in out
    out = render_report(bundle, "json")
    assert "\\u202e" in out and "\\u0000" in out and "\u202e" not in out
    data = json.loads(render_report(bundle, "json"))
    assert data["claims"][1]["note"] == hostile  # the data itself is kept exactly
