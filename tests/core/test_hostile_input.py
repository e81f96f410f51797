"""Huge and hostile input through extraction and the library: no crash, no corruption, sane time."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from workbench.core.extract import extract
from workbench.core.model import Extraction
from workbench.core.store import Library

PUBLISHED = dt.date(2018, 2, 15)


def check_offsets(text: str, claims: list[Extraction]) -> None:
    last_end = 0
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text
        assert c.start >= last_end
        last_end = c.end


def test_one_million_character_line_is_handled_in_linear_time(fault_outcome) -> None:
    line = ("Officials said 1,350 people and $4 billion were involved on Thursday in 2014 " * 13_000)[:1_000_000]
    started = time.perf_counter()
    claims = extract(line, PUBLISHED)
    elapsed = time.perf_counter() - started
    check_offsets(line, claims)
    assert len(claims) > 40_000
    # Not a benchmark: a generous bound that only a quadratic algorithm would break.
    assert elapsed < 60, f"{elapsed:.1f} s for one long line"
    fault_outcome(f"{len(line):,} characters on one line: {len(claims):,} claims, offsets valid, {elapsed:.1f} s")


def test_pathological_runs_of_digits_and_punctuation() -> None:
    for text in ("9" * 200_000, "1," * 100_000, "$" * 100_000, "-" * 100_000 + "5", "1.2" * 50_000, ". " * 100_000):
        started = time.perf_counter()
        check_offsets(text, extract(text, PUBLISHED))
        assert time.perf_counter() - started < 20


def test_rtl_emoji_nul_and_control_characters() -> None:
    text = ("\u202eمرحبا 12 مليون 😀\x00\x01\x1b[31m The fund lost $3 million 🇺🇦 on Monday.\u200f\r\n") * 200
    claims = extract(text, PUBLISHED)
    check_offsets(text, claims)
    assert any(c.kind == "money" and c.value == {"amount": 3_000_000, "currency": "USD"} for c in claims)


def test_review_with_20000_claims_round_trips(tmp_path: Path, fault_outcome) -> None:
    sentence = "Police counted 1,234 protesters. "
    text = sentence * 20_000
    offset = sentence.index("1,234 protesters")
    extractions = [Extraction(i * len(sentence) + offset, i * len(sentence) + offset + 16, "1,234 protesters",
                              "count", 1234, unit="protesters") for i in range(20_000)]
    with Library.open(tmp_path / "big.sqlite3") as library:
        review_id = library.create_review(title="Huge", reviewer="ana", text=text, extractions=extractions)
        claims = library.list_claims(review_id)
        assert len(claims) == 20_000
        assert claims[-1].text == "1,234 protesters" and text[claims[-1].start:claims[-1].end] == claims[-1].text
        library.set_claim_status(claims[12_345].id, "verified", actor="ana")
        assert library.get_review(review_id).checked == 1
    fault_outcome(f"{len(claims):,} claims stored, listed and marked; offsets exact")


def test_hostile_strings_are_stored_and_returned_verbatim(tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script>'; DROP TABLE claims; --\x00\u202e😀=HYPERLINK(\"http://x\")"
    with Library.open(tmp_path / "lib.sqlite3") as library:
        review_id = library.create_review(title=hostile, reviewer=hostile, text=hostile + " 40 people")
        start = len(hostile) + 1
        claim = library.add_claim(review_id, start=start, end=start + 9, kind="count", value=40, actor=hostile,
                                  note=hostile, qualifier=hostile)
        assert library.get_claim(claim.id).note == hostile
        assert library.get_review(review_id).title == hostile
        assert [r.id for r in library.search_reviews("DROP TABLE")] == [review_id]
        assert library.search_reviews(hostile) is not None
        assert library.integrity_problems() == []
