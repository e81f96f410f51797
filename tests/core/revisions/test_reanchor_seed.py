"""The seed article revised by hand in each way a story is updated: what each claim becomes."""

from __future__ import annotations

import datetime as dt

import pytest
from revision_fixtures import SEED_TEXT, OldClaim, revised, run

from workbench.core.revisions import CARRIED_STATES, REVISION_STATES, anchor_for, reanchor


def test_an_unrevised_article_carries_every_verdict_in_place() -> None:
    r = run(SEED_TEXT)
    assert r.states() == {"unchanged": len(r.old)}
    assert all((m.start, m.end) == (c.start, c.end) and m.new_index == c.id for m, c in zip(r.mappings, r.old,
                                                                                               strict=True))


def test_a_changed_figure_is_not_carried_but_keeps_what_it_was() -> None:
    r = run(revised("figure_changed"))
    for before, after in (("1,350 people", "1,600 people"), ("$88 billion", "$80 billion")):
        m = r.of(before)
        assert m.state == "changed" and not m.carried
        assert r.new_text[m.start:m.end] == after
        assert r.new[m.new_index].text == after
    assert r.states() == {"unchanged": len(r.old) - 2 - 1, "edited": 1, "changed": 2}
    assert r.of("this week", 1).state == "edited"  # shares the sentence of the changed $88 billion


def test_a_changed_date_is_not_carried() -> None:
    r = run(revised("date_changed"))
    assert r.of("July").state == "changed" and r.new_text[r.of("July").start:r.of("July").end] == "June"
    assert r.of("2015").state == "changed" and not r.of("2015").carried
    edited = r.of("2014")  # same words and value; its sentence changed around it
    assert edited.state == "edited" and edited.carried
    assert "2014 and 2015" in edited.old_sentence and "2014 and 2016" in edited.new_sentence


def test_claims_of_a_deleted_paragraph_are_gone() -> None:
    r = run(revised("paragraph_deleted"))
    for words in ("December", "2014", "2015"):
        m = r.of(words)
        assert (m.state, m.start, m.end, m.new_index, m.carried) == ("gone", None, None, None, False)
    assert r.states()["unchanged"] == len(r.old) - 3


def test_claims_of_a_moved_paragraph_are_carried_to_their_new_place() -> None:
    r = run(revised("paragraph_moved"))
    for words in ("$88 billion", "this week"):
        m = r.of(words, 0 if words == "$88 billion" else 1)
        assert m.state == "moved" and m.carried
        assert r.new_text[m.start:m.end] == words
        assert m.start < r.new_text.index("Part of a broader")  # where the paragraph went
    assert r.states() == {"unchanged": len(r.old) - 2, "moved": 2}


def test_claims_of_an_inserted_paragraph_are_new_and_nothing_else_moves() -> None:
    r = run(revised("paragraph_inserted"))
    assert r.states()["unchanged"] == len(r.old)
    assert r.new_words() == ["500 trainers", "March", "$12 million", "Friday"]
    at = SEED_TEXT.index("European allies")
    shift = len(r.new_text) - len(SEED_TEXT)
    for c in r.old:  # claims after the insertion point shifted by exactly its length, the others stayed
        m = r.of(c.text, [o.id for o in r.old if o.text == c.text].index(c.id))
        assert (m.start, m.end) == ((c.start, c.end) if c.start < at else (c.start + shift, c.end + shift))


def test_light_rewording_near_a_figure_carries_it_with_both_sentences() -> None:
    r = run(revised("reworded"))
    m = r.of("$88 billion")
    assert m.state == "edited" and m.carried
    assert "faces a bill" in m.old_sentence and "is facing a reconstruction bill" in m.new_sentence
    assert r.new_text[m.start:m.end] == "$88 billion"
    assert r.states() == {"unchanged": len(r.old) - 3, "edited": 3}  # the sentences of $88bn and "this week"


def test_republishing_on_another_day_re_reads_relative_dates_as_changed() -> None:
    r = run(SEED_TEXT, new_published=dt.date(2018, 2, 22))
    assert r.of("this week").state == "changed" and r.of("Thursday").state == "changed"
    assert r.of("1,350 people").state == "unchanged" and r.of("2014").state == "unchanged"
    assert not any(m.carried for m in r.mappings if m.state == "changed")


def test_an_editors_corrected_value_still_matches_the_extractors_reading() -> None:
    """The anchor holds the corrected value; the store passes the extractor's original in ``value``."""
    base = run(SEED_TEXT)
    c = next(c for c in base.old if c.text == "last month")
    corrected = OldClaim(c.id, c.start, c.end, c.text, c.kind, c.value,
                         anchor_for(SEED_TEXT, c.start, c.end, c.kind, "2018-01-20"))
    claims = [corrected if o.id == c.id else o for o in base.old]
    m = next(m for m in reanchor(SEED_TEXT, SEED_TEXT, claims, base.new) if m.old_id == c.id)
    assert m.state == "unchanged" and m.carried


def test_a_value_differing_from_both_readings_is_changed() -> None:
    base = run(SEED_TEXT)
    c = next(c for c in base.old if c.text == "1,350 people")
    wrong = OldClaim(c.id, c.start, c.end, c.text, c.kind, 1500,
                     anchor_for(SEED_TEXT, c.start, c.end, c.kind, 1500))
    m = next(m for m in reanchor(SEED_TEXT, SEED_TEXT, [wrong], base.new) if m.old_id == c.id)
    assert m.state == "changed" and not m.carried


def _hand_claim(text: str, words: str, claim_id: int = 900) -> OldClaim:
    start = text.index(words)
    return OldClaim(claim_id, start, start + len(words), words, "count", None,
                    anchor_for(text, start, start + len(words), "count", None))


@pytest.mark.parametrize(("version", "state"), [
    ("reworded", "unchanged"), ("paragraph_inserted", "unchanged"), ("figure_changed", "unchanged"),
])
def test_a_hand_added_claim_keeps_its_words_where_they_still_are(version: str, state: str) -> None:
    hand = _hand_claim(SEED_TEXT, "unexploded remnants of war")
    r = run(revised(version), extra_old=[hand])
    m = next(m for m in r.mappings if m.old_id == hand.id)
    assert (m.state, m.new_index, m.carried) == (state, None, True)
    assert r.new_text[m.start:m.end] == "unexploded remnants of war"


def test_a_hand_added_claim_follows_its_moved_paragraph_and_goes_with_a_deleted_one() -> None:
    moved = _hand_claim(SEED_TEXT, "a donor conference in Kuwait")
    gone = _hand_claim(SEED_TEXT, "all the territory captured", claim_id=901)
    r = run(revised("paragraph_moved"), extra_old=[moved])
    m = next(m for m in r.mappings if m.old_id == moved.id)
    assert m.state == "moved" and r.new_text[m.start:m.end] == "a donor conference in Kuwait"
    r = run(revised("paragraph_deleted"), extra_old=[gone])
    assert next(m for m in r.mappings if m.old_id == gone.id).state == "gone"


def test_one_mapping_per_old_claim_in_old_order_then_new_claims_in_new_order() -> None:
    r = run(revised("paragraph_inserted"))
    olds = [m.old_id for m in r.mappings if m.old_id is not None]
    assert olds == [c.id for c in sorted(r.old, key=lambda c: c.start)]
    news = [m for m in r.mappings if m.old_id is None]
    assert r.mappings[-len(news):] == news and [m.start for m in news] == sorted(m.start for m in news)
    assert all(m.state in REVISION_STATES and m.carried == (m.state in CARRIED_STATES) for m in r.mappings)


def test_a_claim_whose_stored_offsets_are_stale_is_found_by_its_words() -> None:
    base = run(SEED_TEXT)
    c = next(c for c in base.old if c.text == "$1 billion")
    stale = OldClaim(c.id, c.start + 3, c.end + 3, c.text, c.kind, c.value, c.anchor)
    m = reanchor(SEED_TEXT, revised("reworded"), [stale], base.new)[0]
    assert m.state == "unchanged" and revised("reworded")[m.start:m.end] == "$1 billion"


def test_empty_texts() -> None:
    r = run("", old_text=SEED_TEXT)
    assert set(r.states()) == {"gone"}
    r = run(SEED_TEXT, old_text="")
    assert set(r.states()) == {"new"} and len(r.mappings) == len(r.new)


def test_a_hand_added_claim_overlapping_an_extracted_one_stays_in_place_with_it() -> None:
    hand = _hand_claim(SEED_TEXT, "$88 billion to rebuild")
    r = run(revised("paragraph_inserted"), extra_old=[hand])
    m = next(m for m in r.mappings if m.old_id == hand.id)
    assert (m.state, m.new_index) == ("unchanged", None)
    assert r.of("$88 billion").state == "unchanged"
