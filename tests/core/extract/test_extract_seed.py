"""The seed article against its hand labels (tests/data/seed-claims.json, published 2018-02-15)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from workbench.core.extract import extract

ROOT = Path(__file__).resolve().parents[3]
LABELS = json.loads((ROOT / "tests" / "data" / "seed-claims.json").read_text(encoding="utf-8"))
TEXT = (ROOT / "seeds" / "000_aad1b39bc9a57caa.txt").read_text(encoding="utf-8")
CLAIMS = extract(TEXT, dt.date.fromisoformat(LABELS["published"]))
GOLD = LABELS["gold"]


def _value_equal(gold: object, got: object) -> bool:
    if isinstance(gold, dict):
        return isinstance(got, dict) and got.get("currency") == gold["currency"] \
            and float(got["amount"]) == pytest.approx(float(gold["amount"]))
    if isinstance(gold, (int, float)) and not isinstance(gold, bool):
        return isinstance(got, (int, float)) and float(got) == pytest.approx(float(gold))
    return got == gold


@pytest.mark.parametrize("gold", GOLD, ids=[f"{g['start']}:{g['text']}" for g in GOLD])
def test_every_labelled_claim_is_found_with_its_value(gold: dict) -> None:
    match = [c for c in CLAIMS if c.start == gold["start"] and c.end == gold["end"]]
    assert match, f"{gold['text']!r} not found"
    c = match[0]
    assert c.kind == gold["kind"]
    assert _value_equal(gold["value"], c.value), (c.value, gold["value"])
    for key in ("unit", "mod"):
        if key in gold:
            assert getattr(c, key) == gold[key]
    if gold.get("approximate"):
        assert c.approximate


def test_nothing_unlabelled() -> None:
    gold_spans = {(g["start"], g["end"]) for g in GOLD}
    extra = [(c.text, c.kind) for c in CLAIMS if (c.start, c.end) not in gold_spans]
    assert extra == []


def test_negatives_of_the_seed() -> None:
    first_line_end = TEXT.index("\n")
    assert not any(c.start < first_line_end for c in CLAIMS)
    for phrase in ("now", "at the moment", "second day"):
        assert not any(phrase in c.text for c in CLAIMS)


def test_offsets_and_sentences() -> None:
    for c in CLAIMS:
        assert TEXT[c.start:c.end] == c.text
        assert c.sentence_start is not None and c.sentence_end is not None
        assert c.sentence_start <= c.start < c.end <= c.sentence_end
        assert 0 <= c.confidence <= 1
    assert [c.start for c in CLAIMS] == sorted(c.start for c in CLAIMS)
