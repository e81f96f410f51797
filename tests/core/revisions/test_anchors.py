"""Anchors and value hashes: what each claim stores so that it can be found again."""

from __future__ import annotations

import subprocess
import sys

import pytest
from revision_fixtures import SEED_TEXT

from workbench.core.revisions import anchor_for, value_hash


def test_an_anchor_keeps_the_words_their_context_position_sentence_and_value() -> None:
    start = SEED_TEXT.index("$88 billion")
    a = anchor_for(SEED_TEXT, start, start + 11, "money", {"amount": 88e9, "currency": "USD"})
    assert a.quote == "$88 billion" and (a.start, a.end) == (start, start + 11)
    assert SEED_TEXT[start - 32:start] == a.prefix and SEED_TEXT[start + 11:start + 43] == a.suffix
    assert a.sentence.startswith("NATO’s involvement comes") and a.sentence.endswith("this week.")
    assert a.value_hash == value_hash("money", {"currency": "USD", "amount": 88000000000})


def test_an_anchor_at_the_edges_and_with_a_given_sentence() -> None:
    a = anchor_for("July 2014.", 0, 9, "date", "2014-07", sentence=(0, 10))
    assert (a.prefix, a.suffix, a.sentence) == ("", ".", "July 2014.")
    with pytest.raises(ValueError):
        anchor_for("short", 2, 10, "count", 1)


def test_value_hashes_compare_normalised_values() -> None:
    assert value_hash("count", 3000) == value_hash("count", 3000.0)
    assert value_hash("count", 3000) != value_hash("count", 3600)
    assert value_hash("count", 2011) != value_hash("date", 2011)
    assert value_hash("money", {"amount": 1, "currency": "USD"}) == value_hash("money", {"currency": "USD",
                                                                                         "amount": 1.0})
    assert value_hash("date", "2018-W07") != value_hash("date", "2018-W08")
    assert value_hash("count", None) != value_hash("count", 0)
    assert value_hash("count", True) != value_hash("count", 1)
    assert len(value_hash("count", 1)) == 32


def test_revisions_import_no_qt() -> None:
    code = ("import sys, workbench.core.revisions; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'workbench.gui'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
