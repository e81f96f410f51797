"""A hand-built review full of hostile and awkward strings, shared by the report and PDF tests.

A plain module (not conftest.py) so that tests can import it by a name no other folder uses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workbench.core.extract import extract
from workbench.core.importers import load_article
from workbench.core.model import Article, Claim, Event, Review, ReviewBundle, Source
from workbench.core.store import Library

SCRIPT = "<script>document.title='pwned';alert(1)</script>"
IMG = "<img src=x onerror=\"document.title='pwned'\">"
FORMULA = '=HYPERLINK("http://evil.example/x","click")'
RTL = "قال الوزير إن الميزانية ٤٫٥ مليون"
EMOJI = "Budget 🎉👍🏽 approved"

ARTICLE_TEXT = (
    "Council approves €4.5 million for bridges\n\n"
    "The city council voted on Tuesday to spend €4.5 million on repairing three bridges, officials said. "
    "About 12,000 vehicles cross the oldest bridge every day.\n\n"
    f"Engineers found corrosion in 40% of its beams. {SCRIPT} was pasted here by a CMS.\n\n"
    f"{RTL}. {EMOJI}.\n"
    "Work starts on 1 May 2024."
)


def _claim(cid: int, text: str, kind: str, value, status: str, position: int, **extra) -> Claim:
    start = ARTICLE_TEXT.index(text)
    return Claim(
        id=cid,
        review_id=7,
        article_id=3,
        start=start,
        end=start + len(text),
        text=text,
        kind=kind,
        value=value,
        status=status,
        position=position,
        **extra,
    )


def make_bundle(
    *, with_unchecked: bool = True, url: str = "https://news.example.com/2024/council-bridges"
) -> ReviewBundle:
    review = Review(
        id=7,
        title="Council bridges",
        reviewer="Amira Haddad",
        created="2024-03-15T09:00:00+00:00",
        updated="2024-03-15T11:30:00+00:00",
        total=4,
        checked=3,
        disputed=1,
        published="2024-03-14",
    )
    article = Article(
        id=3,
        review_id=7,
        version=1,
        text=ARTICLE_TEXT,
        title=f"Council approves €4.5m {IMG}",
        publisher="The Daily <b>Ledger</b>",
        byline="Maria Okafor",
        origin=url,
        published="2024-03-14",
        content_hash="abc",
        imported_at="2024-03-15T09:00:00+00:00",
    )
    claims = [
        _claim(
            101,
            "€4.5 million on",
            "money",
            {"amount": 4500000, "currency": "EUR"},
            "verified",
            1,
            note=f"Matches the budget line. {SCRIPT}",
            marked_by="Amira Haddad",
            marked_at="2024-03-15T10:00:00+00:00",
            sources=[
                Source(
                    id=1,
                    citation="https://city.example.gov/budget-2024.pdf",
                    title="City budget 2024, page 12",
                    publisher="City of Example",
                    accessed="2024-03-15",
                    excerpt=f"Bridges: €4,500,000 {IMG}",
                ),
                Source(id=2, citation="javascript:alert(document.cookie)", title="Evil link", publisher="x"),
                Source(id=3, citation="Phone call with the council press office, 15 March", title=""),
            ],
        ),
        _claim(
            102,
            "12,000",
            "count",
            12000,
            "disputed",
            2,
            note=f"{FORMULA}\nThe 2023 survey says 9,800.",
            marked_by=RTL,
            marked_at="2024-03-15T10:30:00+00:00",
            sources=[
                Source(
                    id=4,
                    citation="http://traffic.example.org/survey?y=2023&a=<b>",
                    title=FORMULA,
                    publisher="+Traffic Office",
                ),
            ],
        ),
        _claim(
            103,
            "40%",
            "percent",
            40,
            "verified",
            3,
            note="-2 points vs 2022",
            marked_by="@bot",
            marked_at="2024-03-15T10:40:00+00:00",
            mod="APPROX",
        ),
    ]
    if with_unchecked:
        claims.append(_claim(104, "1 May 2024", "date", "2024-05-01", "unchecked", 4, qualifier=EMOJI))
    events = [
        Event(
            id=1,
            at="2024-03-15T09:00:00+00:00",
            actor="Amira Haddad",
            action="review.create",
            review_id=7,
            claim_id=None,
            after={"title": "Council bridges"},
        ),
        Event(
            id=2,
            at="2024-03-15T10:00:00+00:00",
            actor="Amira Haddad",
            action="claim.status",
            review_id=7,
            claim_id=101,
            before="unchecked",
            after="verified",
        ),
        Event(
            id=3,
            at="2024-03-15T10:30:00+00:00",
            actor=RTL,
            action="claim.note",
            review_id=7,
            claim_id=102,
            before="",
            after=SCRIPT,
        ),
    ]
    return ReviewBundle(review=review, article=article, claims=claims, events=events)


# ---------------------------------------------------------------- the seed review, as an editor leaves it

SEED = Path(__file__).resolve().parents[3] / "seeds" / "000_aad1b39bc9a57caa.txt"
EDITOR = "Amira Haddad"
REUTERS = Source(id=None, citation="https://www.reuters.com/article/us-nato-iraq/nato-agrees-iraq-mission",
                 title="Reuters: NATO agrees Iraq training mission", publisher="Reuters", accessed="2018-02-16")
NATO = Source(id=None, citation="https://www.nato.int/cps/en/natohq/opinions_151939.htm",
              title="NATO press conference, 15 February 2018", publisher="NATO")
KUWAIT = Source(id=None, citation="https://www.worldbank.org/en/news/press-release/2018/02/12/iraq-reconstruction",
                title="World Bank: Iraq reconstruction needs", publisher="World Bank",
                excerpt="Reconstruction needs are estimated at US$88.2 billion")


def seed_review(library: Library, *, history: bool = True) -> int:
    """The seed article imported (18 claims) and reviewed: four disputed, two unchecked, the rest verified.

    Claim 10 ("$88 billion") has its value corrected to US$90 billion and is then verified: the case a
    report must show as a correction. With ``history``, some changes are made and undone on the way.
    """
    article = load_article(SEED)
    # The figures and dates only (people and quotes are reviewed apart, in their own tests): 18 claims.
    review_id = library.create_review(
        title=article.title, reviewer=EDITOR, text=article.text,
        extractions=extract(article.text, dt.date.fromisoformat(article.published)), publisher=article.publisher,
        byline=article.byline, origin=article.origin, published=article.published)
    claims = {c.number: c for c in library.list_claims(review_id)}
    assert len(claims) == 18

    def mark(number: int, status: str, *, note: str | None = None, sources: tuple[Source, ...] = (),
             actor: str = EDITOR) -> None:
        library.set_claim_status(claims[number].id, status, actor=actor, note=note, sources=sources)

    if history:  # an undo pair and a note edited back: the net history leaves them out
        mark(2, "disputed")
        mark(2, "unchecked")
        library.update_claim(claims[5].id, actor=EDITOR, note="check the year")
        library.update_claim(claims[5].id, actor=EDITOR, note="")
    library.update_claim(claims[10].id, actor=EDITOR, value={"amount": 90_000_000_000, "currency": "USD"})
    mark(10, "verified", note="Kuwait conference figure is US$88.2 billion; the ministry's updated total is "
                              "US$90 billion.", sources=(KUWAIT,))
    for number in (1, 2, 4, 5, 8, 9, 11, 12, 13, 14, 15):
        mark(number, "verified", sources=(NATO,) if number in (1, 2, 8) else ())
    mark(7, "verified", actor="Sam Okoro", sources=(REUTERS,))
    mark(16, "disputed", note="The German mandate allows up to 1,200 soldiers in Iraq and Syria; the "
                              "ministry confirmed 1,200 deployed in February.",
         sources=(Source(id=None, citation="https://www.bundestag.de/mandate/2018/counter-daesh",
                         title="Bundestag mandate: counter-Daesh and Iraq capacity building",
                         publisher="Deutscher Bundestag", accessed="2018-02-16"),))
    library.update_claim(claims[16].id, actor=EDITOR, correction="1,200 people")
    mark(18, "disputed", note="Rasmussen proposed a fund of $1.5 billion in the Reuters interview.",
         sources=(REUTERS,))
    library.update_claim(claims[18].id, actor=EDITOR, correction="$1.5 billion")
    mark(3, "disputed", note="The war against Daesh began in June 2014: more than three and a half years.",
         sources=(Source(id=None, citation="Interview with the ministry press office, 16 February"),))
    if history:
        source = library.add_source(claims[3].id, NATO, actor=EDITOR)
        library.remove_source(claims[3].id, source.id, actor=EDITOR)
    return review_id


# ---------------------------------------------------------------- the seed, revised, with every section in use

REPUBLISH_ON = "2026-03-01"
DISMISS_REASON = f"The scope was set in July 2018 {SCRIPT}"
STILL_TRUE_NOTE = "Quoted speech: kept, with “said in February 2018”."
CHECK_REASON = f"Two ministers came from both lists {IMG}"
REWRITE = "in January 2018"
INSERTED = ("Of the 30 ministers at the meeting, 12 came from the European Union and 20 from elsewhere. "
            "Some 25% of the 200 trainers, or 60 people, will come from Germany. "
            "The ministers will meet again on Tuesday, 15 February 2018.\n\n")
REMOVED = ("Iraq declared victory over Daesh in December, having taken back all the territory captured by the "
           "militants in 2014 and 2015.\n\n")


def seed_version_two() -> str:
    """The seed revised: a paragraph cut (three dates gone), a figure changed, three inconsistencies added."""
    text = SEED.read_text(encoding="utf-8")
    anchor = "Iraqi Prime Minister Haider Al Abadi sent a letter requesting NATO help this week, they said.\n\n"
    assert REMOVED in text and anchor in text and "a $1 billion fund" in text
    return text.replace(REMOVED, "").replace(anchor, anchor + INSERTED).replace("a $1 billion fund",
                                                                                 "a $1.5 billion fund")


def revised_seed_review(library: Library) -> int:
    """The seed with people and quotes, reviewed, its dated wording decided, then revised to version 2 and
    its checks decided: one check dismissed (hostile reason), one disputed, one left open."""
    import dataclasses

    from workbench.core import services

    loaded = load_article(SEED)
    review_id = services.import_article(library, loaded, reviewer=EDITOR)
    library.set_republication_date(review_id, REPUBLISH_ON, actor=EDITOR)
    by_text = {}
    for c in library.list_claims(review_id):
        by_text.setdefault(c.text, c)
    library.set_claim_status(by_text["Jim Mattis"].id, "verified", actor=EDITOR, sources=(NATO,))
    library.set_claim_status(by_text["It will be smaller than what we have at the moment with 1,350 people "
                                     "deployed in Iraq and Syria."].id, "verified", actor=EDITOR, sources=(NATO,))
    library.set_claim_status(by_text["December"].id, "verified", actor="Sam Okoro", sources=(REUTERS,))
    library.set_claim_status(by_text["$1 billion"].id, "verified", actor=EDITOR, sources=(REUTERS,))
    review = library.get_review(review_id)
    rows = services.lens_rows(library.get_article(review_id), library.list_claims(review_id), [],
                              services.republication_day(review))
    findings = {(r.finding.text, r.finding.cls): r.finding for r in rows if r.finding is not None}

    def decide(words: str, cls: str, decision: str, **extra: str) -> None:
        f = findings[(words, cls)]
        library.decide_finding(review_id, start=f.start, end=f.end, cls=f.cls, decision=decision, actor=EDITOR,
                               **extra)

    decide("last month", "relative_date", "accepted", rewrite=REWRITE)
    decide("now", "present_state", "dismissed", reason=DISMISS_REASON)
    decide("at the moment", "present_state", "still_true", reason=STILL_TRUE_NOTE)
    services.revise_article(library, review_id, dataclasses.replace(loaded, text=seed_version_two()), actor=EDITOR)
    checks = {row.finding.rule: row for row in services.review_checks(library, review_id)}
    parts, share = checks["parts_total"], checks["percentage"]
    library.decide_check(review_id, rule=parts.finding.rule, spans=parts.finding.spans, decision="dismissed",
                         actor=EDITOR, message=parts.finding.message, reason=CHECK_REASON)
    library.decide_check(review_id, rule=share.finding.rule, spans=share.finding.spans, decision="disputed",
                         actor=EDITOR, message=share.finding.message, dispute_claims=share.claim_ids)
    return review_id
