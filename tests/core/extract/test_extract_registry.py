"""The recogniser registry: every recogniser is anchored and fires on its own examples; new kinds, currencies
and triggers plug in by registration; importing the extractor compiles nothing."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from workbench.core.extract import extract
from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.patterns import lazy_i
from workbench.core.extract.pipeline import candidates
from workbench.core.extract.registry import (
    RECOGNISERS,
    WHOLE_TEXT,
    Example,
    Hit,
    Recogniser,
    on,
    propose,
    recogniser,
    register,
    unregister,
    whole_text,
)
from workbench.core.extract.triggers import TRIGGER_KINDS, register_trigger, unregister_trigger
from workbench.core.extract.vocab import currencies

EXAMPLES = [(name, ex) for name, rec in RECOGNISERS.items() for ex in rec.examples]


def test_every_recogniser_is_anchored_on_the_trigger_pass_or_the_whole_text() -> None:
    for name, rec in RECOGNISERS.items():
        assert rec.anchors, name
        for anchor in rec.anchors:
            assert anchor.trigger == WHOLE_TEXT or anchor.trigger in TRIGGER_KINDS, (name, anchor.trigger)


def test_every_recogniser_declares_examples() -> None:
    for name, rec in RECOGNISERS.items():
        assert len(rec.examples) >= 2, f"{name}: declare a couple of examples it must find"


@pytest.mark.parametrize(("name", "example"), EXAMPLES, ids=[f"{n}:{e.claim}" for n, e in EXAMPLES])
def test_every_recogniser_finds_its_examples(name: str, example: Example) -> None:
    published = dt.date.fromisoformat(example.published) if example.published else None
    claims = [c for c in extract(example.text, published) if c.text == example.claim]
    assert claims, f"{name}: no claim {example.claim!r} in {[c.text for c in extract(example.text, published)]}"
    if example.value is not None:
        assert claims[0].value == example.value
    start = example.text.index(example.claim)
    own = propose(Context(example.text, published), only=[name])
    assert any(c.start < start + len(example.claim) and start < c.end for c in own), f"{name} did not fire"


def test_registering_needs_a_new_name_and_an_anchor() -> None:
    with pytest.raises(ValueError):
        register(Recogniser("fulldate", ("date",), (on("mon"),), lambda ctx, hits: []))
    with pytest.raises(ValueError):
        register(Recogniser("unanchored", ("date",), (), lambda ctx, hits: []))
    with pytest.raises(ValueError, match="register the trigger kind first"):
        register(Recogniser("never_fires", ("title",), (on("title"),), lambda ctx, hits: []))
    assert "unanchored" not in RECOGNISERS and "never_fires" not in RECOGNISERS


@pytest.fixture
def office_titles() -> Iterator[None]:
    """A new kind plugged in by registration only: a trigger kind and a recogniser."""
    register_trigger("title", r"prime\s+minister|chancellor|president")
    pattern = lazy_i(r"(?-i:(?:Prime\s+Minister|Chancellor|President))(?:\s+(?-i:[A-Z][a-z]+)){1,2}")

    @recogniser("office_title", pattern, kinds=("title",), anchors=[on("title", 0, 30)],
                examples=[Example("Prime Minister Theresa May spoke.", "Prime Minister Theresa May")])
    def office_title(ctx: Context, m: re.Match[str]) -> Candidate | None:
        return Candidate(m.start(), m.end(), "title", m.group(0).split()[-1], confidence=0.8)

    yield
    unregister("office_title")
    unregister_trigger("title")


def test_a_new_kind_of_recogniser_plugs_in_by_registration(office_titles: None) -> None:
    text = "Prime Minister Theresa May said on Tuesday that 3,000 jobs would go."
    claims = extract(text, dt.date(2018, 2, 15))
    assert [(c.kind, c.text) for c in claims] == [
        ("title", "Prime Minister Theresa May"), ("date", "Tuesday"), ("count", "3,000 jobs")]
    assert claims[0].resolved is None  # not a temporal claim


def test_the_new_kind_is_gone_once_unregistered() -> None:
    assert "office_title" not in RECOGNISERS and "title" not in TRIGGER_KINDS
    assert [c.kind for c in extract("Prime Minister Theresa May spoke.")] == []


def test_whole_text_recognisers_get_one_window() -> None:
    seen: list[list[Hit]] = []
    register(Recogniser("probe", ("count",), (whole_text(),), lambda ctx, hits: seen.append(hits) or []))
    try:
        extract("Nothing to see here.")
    finally:
        unregister("probe")
    assert seen == [[(0, 20, None)]]


# ------------------------------------------------------------------ one place for a currency


@pytest.fixture
def zorkmid() -> Iterator[currencies.Currency]:
    cur = currencies.Currency("ZZD", symbols=("\u00a4",), prefixes=("Zk",), words=(("zorkmid", "zorkmids"),),
                              qualified=("Frobozzian zorkmid",), display="Zk ")
    currencies.register_currency(cur)
    yield cur
    currencies.unregister_currency("ZZD")


def _money(text: str) -> list[tuple[str, object]]:
    return [(c.text, c.value) for c in extract(text) if c.kind == "money"]


ZORK_TEXT = ("The castle cost 5,000 zorkmids, the bridge Zk300 million, the moat \u00a412 and the walls 40 ZZD; "
             "a toll of 9 Frobozzian zorkmids was charged.")


def test_a_currency_added_to_the_table_is_read_in_every_form(zorkmid: currencies.Currency) -> None:
    assert _money(ZORK_TEXT) == [
        ("5,000 zorkmids", {"amount": 5000, "currency": "ZZD"}),
        ("Zk300 million", {"amount": 300_000_000, "currency": "ZZD"}),
        ("\u00a412", {"amount": 12, "currency": "ZZD"}),
        ("40 ZZD", {"amount": 40, "currency": "ZZD"}),
        ("9 Frobozzian zorkmids", {"amount": 9, "currency": "ZZD"}),
    ]
    from workbench.core.formatting import format_money

    assert format_money({"amount": 300_000_000, "currency": "ZZD"}) == "Zk 300 million"


def test_without_the_row_there_is_no_such_currency() -> None:
    assert _money(ZORK_TEXT) == []


def test_formatting_shows_amounts_from_the_same_table() -> None:
    from workbench.core import formatting

    assert formatting.CURRENCY_SYMBOLS is currencies.CURRENCY_SYMBOLS
    assert formatting.CURRENCY_SYMBOLS["USD"] == "US$" and formatting.CURRENCY_SYMBOLS["AED"] == "AED "


# ------------------------------------------------------------------ start-up


def test_importing_the_extractor_loads_no_recogniser_and_compiles_no_pattern() -> None:
    code = (
        "import sys, workbench.core.extract as e\n"
        "assert not any(m.startswith(('workbench.core.extract.temporal', 'workbench.core.extract.figures'))"
        " for m in sys.modules)\n"
        "import workbench.core.extract.pipeline\n"
        "from workbench.core.extract.patterns import _ALL\n"
        "assert _ALL and not any('match' in p.__dict__ for p in _ALL), 'a pattern was compiled at import'\n"
        "e.extract('Prices rose 3% last year.')\n"
        "assert any('match' in p.__dict__ for p in _ALL)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_candidates_name_the_recogniser_that_proposed_them() -> None:
    _, chosen = candidates("Profit rose 12% to $88 billion in 2014.", None)
    assert [(c.source, c.kind) for c in chosen] == [("figure", "percent"), ("figure", "money"), ("year", "date")]
