"""The report's sections beyond the claims, in every format, from one view: dated wording (the
republication lens), consistency checks, people and quotes, and a revised article's versions.

The review is the seed with people and quotes, reviewed, its dated wording decided, revised to version 2
(a paragraph cut, a figure changed, three inconsistencies added) and its checks decided
(``report_fixtures.revised_seed_review``).
"""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from report_fixtures import (
    CHECK_REASON,
    DISMISS_REASON,
    IMG,
    REWRITE,
    SCRIPT,
    STILL_TRUE_NOTE,
    make_bundle,
    revised_seed_review,
    seed_review,
)

from workbench.core.model import Article, CheckDecision, Claim, LensDecision, Review, ReviewBundle
from workbench.core.report import build_view, print_document, render_report, summary_counts

AGE = "First published Thu 15 Feb 2018 — 8 years before the republication date"
VON_DER_LEYEN_QUOTE = "It will be smaller than what we have at the moment with 1,350 people deployed in Iraq and Syria."


@pytest.fixture(scope="module")
def revised(tmp_path_factory: pytest.TempPathFactory) -> tuple[ReviewBundle, Review]:
    from workbench.core.store import Library

    with Library.open(tmp_path_factory.mktemp("revised") / "lib.sqlite3") as library:
        review_id = revised_seed_review(library)
        return library.bundle(review_id), library.get_review(review_id)


@pytest.fixture(scope="module")
def bundle(revised: tuple[ReviewBundle, Review]) -> ReviewBundle:
    return revised[0]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _parse(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    return parser


def _flat(text: str) -> str:
    return " ".join(text.split())


def _every_format(bundle: ReviewBundle) -> dict[str, str]:
    """Each human-readable format's words, whitespace collapsed (HTML as the text a reader sees)."""
    return {
        "html": _flat(" ".join(_parse(render_report(bundle, "html")).parts)),
        "html-print": _flat(" ".join(_parse(render_report(bundle, "html-print")).parts)),
        "md": _flat(render_report(bundle, "md").replace("\\", "")),
        "pdf": _flat(print_document(bundle).text()),
    }


# ---------------------------------------------------------------- dated wording


def test_dated_wording_shows_each_finding_with_its_decision(bundle: ReviewBundle) -> None:
    view = build_view(bundle)
    by_words = {d.text: d for d in view.dated_wording}
    last_month = by_words["last month"]
    assert (last_month.cls, last_month.cls_label, last_month.reads_as) == ("relative_date", "Relative date",
                                                                           "January 2018")
    assert last_month.suggestion == "in January 2018" and last_month.substitutes
    assert last_month.decision_text == f"Rewrite accepted: “{REWRITE}”"
    assert by_words["at the moment"].in_quote and by_words["at the moment"].suggestion_label == "Note"
    assert by_words["at the moment"].decision_text == f"Still true: {STILL_TRUE_NOTE}"
    assert view.wording_summary.endswith("1 rewrite accepted, 1 dismissed, 1 still true, "
                                         f"{len(view.dated_wording) - 3} undecided")
    for fmt, text in _every_format(bundle).items():
        assert f"Dated wording ({len(view.dated_wording)})" in text, fmt
        assert "“last month” meant" not in text or fmt == "json", fmt  # the reading is shown, as in the window
        assert "January 2018" in text and REWRITE in text, fmt
        assert f"{DISMISS_REASON}" in text, fmt
        assert STILL_TRUE_NOTE in text, fmt
        assert "Undecided" in text or "UNDECIDED" in text, fmt
        assert "Title of office" in text or "TITLE OF OFFICE" in text, fmt  # people's titles date too
        assert "by Amira Haddad" in text, fmt
    data = json.loads(render_report(bundle, "json"))
    found = next(d for d in data["dated_wording"] if d["text"] == "last month")
    assert found["decision"] == "accepted" and found["rewrite"] == REWRITE and found["class"] == "relative_date"
    assert found["decided_at"].startswith("20") and "T" in found["decided_at"]  # stored ISO, not reformatted
    assert data["republication"] == {"date": "2026-03-01", "set": True, "age": AGE}


def test_the_age_banner_opens_the_report(bundle: ReviewBundle) -> None:
    for fmt, text in _every_format(bundle).items():
        assert AGE in text, fmt
        assert "Republication date 1 March 2026" in text, fmt
        assert text.index(AGE) < text.index("Not ready for republication"), fmt
    names = [b.name for b in print_document(bundle).blocks]
    assert names[:3] == ["masthead", "age", "verdict"]


def test_without_a_republication_date_the_report_says_what_day_it_reads_as_of() -> None:
    bundle = make_bundle()
    view = build_view(bundle, "2024-03-16T08:00:00+00:00")
    assert view.republish_is_today and view.read_on == "2024-03-16"
    assert view.age_text == "First published Thu 14 Mar 2024 — 2 days before the republication date"
    assert "read as of the report's date, 16 March 2024" in render_report(bundle, "md", generated=view.generated)


# ---------------------------------------------------------------- checks


def test_checks_show_rule_arithmetic_claims_and_decision(bundle: ReviewBundle) -> None:
    view = build_view(bundle)
    by_rule = {c.rule: c for c in view.checks}
    assert set(by_rule) == {"parts_total", "percentage", "weekday"}
    parts, share, weekday = by_rule["parts_total"], by_rule["percentage"], by_rule["weekday"]
    assert parts.message.startswith("12 + 20 = 32, but the total given is 30")
    assert parts.words == ["30 ministers", "12", "20"] and len(parts.claim_numbers) == 3
    assert parts.decision_text == f"Dismissed: {CHECK_REASON}"
    assert share.decision_text == f"Disputed (claims {share.claims_text} marked disputed)"
    assert weekday.decision_text == "Open" and "was a Thursday, but the text says Tuesday" in weekday.message
    numbers = {c.number: c for c in view.claims}
    assert all(numbers[n].status == "disputed" for n in share.claim_numbers)  # disputing marked its claims
    assert view.checks_summary == "3 findings: 1 dismissed, 1 disputed, 1 open"
    for fmt, text in _every_format(bundle).items():
        assert "Checks (3)" in text, fmt
        assert "12 + 20 = 32, but the total given is 30" in text, fmt
        assert "25% of 200 is 50, but the text says 60 people" in text, fmt
        assert CHECK_REASON in text, fmt
        assert parts.claims_text in text and "“30 ministers” / “12” / “20”" in text, fmt
        assert "Parts and total" in text or "PARTS AND TOTAL" in text, fmt
        assert "Open" in text or "OPEN" in text, fmt
    assert "1 consistency check is open." in view.verdict_reasons
    data = json.loads(render_report(bundle, "json"))
    assert [(c["rule"], c["decision"]) for c in data["checks"]] == [
        ("parts_total", "dismissed"), ("percentage", "disputed"), ("weekday", None)]


def _plain_bundle(text: str) -> ReviewBundle:
    review = Review(id=1, title="Plain", reviewer="Amira Haddad", created="2024-03-15T09:00:00+00:00",
                    updated="2024-03-15T09:00:00+00:00", published="2024-03-14", republish_on="2024-04-01")
    article = Article(id=1, review_id=1, version=1, text=text, title="Plain", published="2024-03-14")
    start = text.index("€4.5 million")
    claim = Claim(id=1, review_id=1, article_id=1, start=start, end=start + 12, text="€4.5 million", kind="money",
                  value={"amount": 4_500_000, "currency": "EUR"}, status="verified", number=1)
    return ReviewBundle(review=review, article=article, claims=[claim], events=[])


def test_sections_with_nothing_to_show_are_left_out() -> None:
    bundle = _plain_bundle("The council spent €4.5 million on the bridges in 2023, its accounts show.")
    view = build_view(bundle)
    assert view.dated_wording == [] and view.checks == [] and view.removed == [] and not view.version_text
    for fmt, text in _every_format(bundle).items():
        for heading in ("Dated wording", "Checks (", "Removed since", "Checked version", "need re-checking"):
            assert heading not in text, (fmt, heading)
    names = {b.name for b in print_document(bundle).blocks}
    assert not names & {"wording-heading", "checks-heading", "removed-heading", "removed-count"}
    data = json.loads(render_report(bundle, "json"))
    assert data["dated_wording"] == [] and data["checks"] == [] and "revision" not in data


def test_a_decision_on_words_no_longer_flagged_is_still_shown() -> None:
    bundle = _plain_bundle("The council spent €4.5 million on the bridges in 2023, its accounts show.")
    start = bundle.article.text.index("its accounts")
    bundle.lens_decisions = [LensDecision(id=1, review_id=1, article_id=1, start=start, end=start + 12,
                                          text="its accounts", cls="present_state", decision="dismissed",
                                          reason="not dated", decided_by="Amira Haddad")]
    bundle.article.text = "Now " + bundle.article.text[0].lower() + bundle.article.text[1:]  # one finding, first
    bundle.lens_decisions[0].start += 4
    bundle.lens_decisions[0].end += 4
    bundle.claims[0].start += 4
    bundle.claims[0].end += 4
    flagged, shown = build_view(bundle).dated_wording
    assert (flagged.number, flagged.text, flagged.flagged) == (1, "Now", True)  # numbered as `workbench lens`
    assert shown.number == 2 and not shown.flagged and shown.decision_text == "Dismissed: not dated"
    assert "No longer flagged in the current text" in render_report(bundle, "html")


def test_hostile_decisions_stay_text_in_html() -> None:
    bundle = make_bundle()
    text = bundle.article.text
    start = text.index("Tuesday")
    bundle.lens_decisions = [LensDecision(id=1, review_id=7, article_id=3, start=start, end=start + 7,
                                          text="Tuesday", cls="relative_date", decision="accepted",
                                          rewrite=f"on {SCRIPT}", decided_by=IMG)]
    bundle.article.text = text + "\n\nOf the 30 injured, 12 were children and 20 adults."
    _add_extracted_claims(bundle, after=len(text))
    spans = _parts_spans(bundle.article.text)
    bundle.check_decisions = [CheckDecision(id=1, review_id=7, article_id=3, rule="parts_total", spans=spans,
                                            message="", decision="dismissed", reason=SCRIPT, decided_by=IMG)]
    view = build_view(bundle)
    assert view.checks and view.checks[0].decision == "dismissed"
    assert any(d.rewrite == f"on {SCRIPT}" for d in view.dated_wording)
    for fmt in ("html", "html-print"):
        html = render_report(bundle, fmt)
        page = _parse(html)
        assert "script" not in page.tags and "img" not in page.tags, fmt
        seen = " ".join(page.parts)
        assert SCRIPT in seen and IMG in seen, fmt
    md = render_report(bundle, "md")
    assert "<script>" not in md and "\\<script\\>" in md


def _add_extracted_claims(bundle: ReviewBundle, *, after: int) -> None:
    """The extractor's claims in the article text past ``after``, stored as the library would."""
    from workbench.core.extract import extract

    for i, e in enumerate(x for x in extract(bundle.article.text, None) if x.start >= after):
        bundle.claims.append(Claim(id=500 + i, review_id=7, article_id=3, start=e.start, end=e.end, text=e.text,
                                   kind=e.kind, value=e.value, unit=e.unit, position=50 + i, number=50 + i))


def _parts_spans(text: str) -> list[list[int]]:
    from workbench.core.checks import check_story

    found = [f for f in check_story(text, None) if f.rule == "parts_total"]
    assert found, "the planted parts-and-total sentence must be found"
    return [list(s) for s in found[0].spans]


# ---------------------------------------------------------------- people and quotes


def test_people_and_quotes_are_claims_with_title_and_speaker(revised: tuple[ReviewBundle, Review]) -> None:
    bundle, review = revised
    view = build_view(bundle)
    assert view.total == review.total  # later mentions are checked with the first, as the library counts
    assert summary_counts(bundle)["claims"] == review.total
    mattis = next(c for c in view.claims if c.claim.kind == "person" and c.person_name == "Jim Mattis")
    assert mattis.attribution == ("Title", "US Secretary of Defense")
    assert mattis.mentions_text.startswith("Also mentioned as “Mattis” (#")
    quote = next(c for c in view.claims if c.claim.kind == "quote" and c.claim.text == VON_DER_LEYEN_QUOTE)
    assert quote.attribution == ("Speaker", "Ursula von der Leyen · insisted · direct speech")
    unchecked_quote = next(c for c in view.unchecked_claims if c.claim.kind == "quote")
    label, said = unchecked_quote.attribution
    for fmt, text in _every_format(bundle).items():
        assert "Also mentioned as “Mattis”" in text, fmt
        assert said in text and label.lower() in text.lower(), fmt


def test_claimreview_of_a_quote_names_its_speaker(bundle: ReviewBundle) -> None:
    data = json.loads(render_report(bundle, "claimreview"))
    by_claim = {item["claimReviewed"]: item for item in data}
    quote = by_claim[f"“{VON_DER_LEYEN_QUOTE}” — Ursula von der Leyen"]
    assert quote["itemReviewed"]["author"] == {"@type": "Person", "name": "Ursula von der Leyen"}
    person = by_claim["Jim Mattis, US Secretary of Defense"]
    assert person["itemReviewed"]["author"] == {"@type": "Organization", "name": "Gulf News"}
    assert "Mattis" not in by_claim  # a later mention is reviewed with the first


# ---------------------------------------------------------------- revisions


def test_a_revised_article_says_which_version_and_what_needs_rechecking(
        revised: tuple[ReviewBundle, Review]) -> None:
    bundle, review = revised
    view = build_view(bundle)
    assert view.version_text == "Checked version 2 of 2"
    assert view.recheck_text == "5 claims need re-checking: 1 changed, 4 new"
    changed = next(c for c in view.claims if c.revision == "changed")
    assert changed.claim.text == "$1.5 billion" and changed.status == "unchecked"
    assert changed.revision_note.startswith("Changed since version 1: was “$1 billion” (US$1 billion), verified by "
                                            "Amira Haddad, source https://www.reuters.com/")
    for fmt, text in _every_format(bundle).items():
        assert "Checked version 2 of 2" in text, fmt
        assert "5 claims need re-checking: 1 changed, 4 new" in text, fmt
        assert "Changed since version 1: was “$1 billion”" in text, fmt
        assert "New in version 2" in text, fmt


def test_removed_claims_are_listed_with_old_verdicts_and_not_counted(
        revised: tuple[ReviewBundle, Review]) -> None:
    bundle, review = revised
    view = build_view(bundle)
    assert [r.text for r in view.removed] == ["December", "2014", "2015"]
    december = view.removed[0]
    assert december.verdict_text.startswith("was verified by Sam Okoro, source https://www.reuters.com/")
    assert view.total == review.total and all(c.claim.text != "December" or c.claim.start > 0 for c in view.claims)
    assert view.removed_heading == "Removed since version 1 (3)"
    for fmt, text in _every_format(bundle).items():
        assert "Removed since version 1 (3)" in text, fmt
        assert "was verified by Sam Okoro" in text, fmt
        assert "not counted" in text, fmt
    data = json.loads(render_report(bundle, "json"))
    assert [r["text"] for r in data["revision"]["removed"]] == ["December", "2014", "2015"]
    assert data["revision"]["recheck"] == {"changed": 1, "new": 4}
    assert data["summary"]["claims"] == review.total


def test_a_single_version_names_no_version(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from workbench.core.store import Library

    with Library.open(tmp_path / "lib.sqlite3") as library:
        bundle = library.bundle(seed_review(library, history=False))
    for fmt, text in _every_format(bundle).items():
        assert "Checked version" not in text and "Removed since" not in text, fmt
        assert "Dated wording (" in text, fmt  # the seed's figures still carry dated wording


def test_report_numbers_are_the_command_lines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """D9 in the report is finding 9 of `workbench lens REVIEW`, C2 finding 2 of `workbench check REVIEW`."""
    import io

    from workbench.cli import main
    from workbench.core.store import Library

    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as library:
        review_id = revised_seed_review(library)
        bundle = library.bundle(review_id)
    view = build_view(bundle)
    outputs = []
    for command in ("lens", "check"):
        out = io.StringIO()
        assert main(["--library", str(path), command, str(review_id), "--json"], out) == 0
        outputs.append(json.loads(out.getvalue()))
    lens, checks = outputs
    assert [(d.number, d.text, d.decision or None) for d in view.dated_wording] == [
        (row["id"], row["text"], row["decision"]) for row in lens]
    assert [(c.number, c.rule, c.decision or None) for c in view.checks] == [
        (row["id"], row["rule"], row["decision"]) for row in checks]
