"""Property tests: random revisions of the seed (and of random text) never carry a verdict onto a changed
value, and every offset handed back slices to the claim's words."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from revision_fixtures import PUBLISHED, SEED_TEXT, old_claims

from workbench.core.extract import extract
from workbench.core.revisions import CARRIED_STATES, REVISION_STATES, OldClaim, reanchor, value_hash

SEED_CLAIMS = old_claims(SEED_TEXT)
SNIPPETS = ["3,000 troops", "on Friday", "$88 billion", "1,350 people", " in July", "more than a decade",
            "Officials said.", "\n\n", " ", "last month", "12%", "the alliance", "2011", "several hundred troops"]


def _squash(text: str) -> str:
    return " ".join(text.split())


@st.composite
def revisions(draw: st.DrawFn) -> tuple[str, set[int]]:
    """A revised seed and the ids of the claims whose figure was altered."""
    text = SEED_TEXT
    altered: list[tuple[int, int]] = []  # old spans of altered figures
    edits: list[tuple[int, int, str]] = []
    for c in draw(st.lists(st.sampled_from(SEED_CLAIMS), max_size=4, unique_by=lambda c: c.id)):
        digits = [m.start() for m in re.finditer(r"\d", c.text)]
        if digits:
            i = draw(st.sampled_from(digits))
            new_digit = str((int(c.text[i]) + draw(st.integers(1, 9))) % 10)
            edits.append((c.start + i, c.start + i + 1, new_digit))
            altered.append((c.start, c.end))
    words = [m.span() for m in re.finditer(r"\S+", text)]
    for _ in range(draw(st.integers(0, 5))):
        s, e = draw(st.sampled_from(words))
        op = draw(st.sampled_from(["insert", "delete", "replace"]))
        edits.append((s, s if op == "insert" else e, "" if op == "delete" else draw(st.sampled_from(SNIPPETS))))
    paras = [m.span() for m in re.finditer(r"[^\n]+\n\n", text)]
    for _ in range(draw(st.integers(0, 2))):  # delete or move whole paragraphs
        s, e = draw(st.sampled_from(paras))
        edits.append((s, e, ""))
        if draw(st.booleans()):
            to = draw(st.sampled_from(paras))[0]
            edits.append((to, to, text[s:e]))
    edits.sort(key=lambda x: (x[0], x[1]))
    kept: list[tuple[int, int, str]] = []
    for s, e, t in edits:  # keep edits that do not overlap an earlier one
        if not kept or s >= kept[-1][1] and (s, e) != (kept[-1][0], kept[-1][1]):
            kept.append((s, e, t))
    out, pos = [], 0
    for s, e, t in kept:
        out.append(text[pos:s] + t)
        pos = e
    out.append(text[pos:])
    changed_ids = {c.id for c in SEED_CLAIMS for s, e, _ in kept
                   if (c.start, c.end) in altered and s < c.end and e > c.start}
    return "".join(out), changed_ids


def check_invariants(old_text: str, new_text: str, old: list[OldClaim], mappings: list, new: list) -> None:
    by_id = {c.id: c for c in old}
    assert sorted(m.old_id for m in mappings if m.old_id is not None) == sorted(by_id)
    taken = [m.new_index for m in mappings if m.new_index is not None]
    assert len(taken) == len(set(taken)) and set(taken) <= set(range(len(new)))
    assert {m.new_index for m in mappings if m.state == "new"} == set(range(len(new))) - {
        m.new_index for m in mappings if m.old_id is not None}
    for m in mappings:
        assert m.state in REVISION_STATES
        assert m.carried == (m.state in CARRIED_STATES)
        assert (m.start is None) == (m.state == "gone") == (m.end is None)
        if m.state == "new":
            assert m.old_id is None and new_text[m.start:m.end] == new[m.new_index].text
        if m.carried:
            claim = by_id[m.old_id]
            if m.new_index is None:
                assert new_text[m.start:m.end] == claim.text
            else:
                n = new[m.new_index]
                assert new_text[m.start:m.end] == n.text
                assert _squash(n.text) == _squash(claim.text)
                assert value_hash(n.kind, n.value) in {claim.anchor.value_hash, value_hash(claim.kind, claim.value)}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(revisions())
def test_random_revisions_of_the_seed(revision: tuple[str, set[int]]) -> None:
    new_text, changed_ids = revision
    new = extract(new_text, PUBLISHED)
    mappings = reanchor(SEED_TEXT, new_text, SEED_CLAIMS, new)
    check_invariants(SEED_TEXT, new_text, SEED_CLAIMS, mappings, new)
    for m in mappings:
        if m.old_id in changed_ids:  # its figure was altered: carried only if its words stand elsewhere still
            claim = next(c for c in SEED_CLAIMS if c.id == m.old_id)
            assert not m.carried or claim.text in new_text


NEWSY = st.sampled_from(["$88 billion", "more than", "three years", "last month", "on Thursday", "1,350 people",
                         "12%", " ", "Feb. 15, 2018", "several hundred troops", "2014", "May", ". ", "\n\n",
                         "said", "the", "x", "\u201c", ",", "3,000", "3,600"])
TEXTS = st.one_of(st.lists(NEWSY, max_size=40).map("".join), st.text(max_size=120))


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS)
def test_any_two_texts(old_text: str, new_text: str) -> None:
    old = old_claims(old_text)
    new = extract(new_text, PUBLISHED)
    mappings = reanchor(old_text, new_text, old, new)
    check_invariants(old_text, new_text, old, mappings, new)
    if old_text == new_text:
        assert all(m.state == "unchanged" for m in mappings)
