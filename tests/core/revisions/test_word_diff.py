"""word_diff: what the "What changed" view and ``workbench diff`` show, walked in order with J/K."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from revision_fixtures import SEED_TEXT, revised

from workbench.core.revisions import Change, word_diff


def apply(old: str, changes: list[Change]) -> str:
    out, pos = [], 0
    for c in changes:
        out.append(old[pos:c.old_start])
        out.append(c.new_text)
        pos = c.old_end
    return "".join(out) + old[pos:]


def test_a_reworded_phrase_is_one_change() -> None:
    changes = word_diff(SEED_TEXT, revised("reworded"))
    texts = [(c.old_text, c.new_text) for c in changes]
    assert ("faces a", "is facing a reconstruction") in texts
    assert ("reluctant", "hesitant") in texts
    assert ("insisted", "pressed") in texts and ("", "to ") in texts  # "insisted the alliance do"
    assert len(changes) == 4


def test_a_changed_figure_is_the_whole_number() -> None:
    changes = word_diff("Some 3,000 troops will go.", "Some 3,600 troops will go.")
    assert [(c.kind, c.old_text, c.new_text) for c in changes] == [("replace", "3,000", "3,600")]


def test_kinds_and_offsets() -> None:
    old, new = "Alpha beta gamma. Delta epsilon.", "Alpha gamma. Delta new words epsilon."
    changes = word_diff(old, new)
    assert [c.kind for c in changes] == ["delete", "insert"]
    for c in changes:
        assert old[c.old_start:c.old_end] == c.old_text and new[c.new_start:c.new_end] == c.new_text
    assert changes[0].new_start == changes[0].new_end and changes[1].old_start == changes[1].old_end


def test_changes_come_in_text_order_for_walking_them() -> None:
    for name in ("reworded", "paragraph_moved", "paragraph_inserted", "figure_changed", "date_changed"):
        new = revised(name)
        changes = word_diff(SEED_TEXT, new)
        assert changes, name
        assert all(a.old_end <= b.old_start and a.new_end <= b.new_start for a, b in zip(changes, changes[1:], strict=False))
        assert apply(SEED_TEXT, changes) == new


def test_a_moved_paragraph_is_a_deletion_and_an_insertion_of_the_same_text() -> None:
    changes = word_diff(SEED_TEXT, revised("paragraph_moved"))
    assert len(changes) == 2
    kinds = {c.kind: c for c in changes}
    assert set(kinds) == {"insert", "delete"}
    assert kinds["insert"].new_text.strip() == kinds["delete"].old_text.strip()


def test_no_changes_between_equal_texts() -> None:
    assert word_diff(SEED_TEXT, SEED_TEXT) == []
    assert word_diff("", "") == []
    assert [c.kind for c in word_diff("", "Some text.")] == ["insert"]


WORDS = st.sampled_from(["the", "3,000", "troops", " ", "  ", ".", ". ", "\n", "\n\n", "said", "$88", "billion",
                         "Thursday", "a", ",", "x", "\u201c", "\u00e9t\u00e9", "2018"])
TEXTS = st.one_of(st.lists(WORDS, max_size=40).map("".join), st.text(max_size=80))


@settings(max_examples=300, deadline=None)
@given(TEXTS, TEXTS)
def test_changes_always_rebuild_the_new_text(old: str, new: str) -> None:
    changes = word_diff(old, new)
    assert apply(old, changes) == new
    for c in changes:
        assert old[c.old_start:c.old_end] == c.old_text and new[c.new_start:c.new_end] == c.new_text
        assert c.kind == ("insert" if not c.old_text else "delete" if not c.new_text else "replace")
    assert all(a.old_end <= b.old_start and a.new_end <= b.new_start for a, b in zip(changes, changes[1:], strict=False))
