"""People and quotes: asked for with ``kinds``, never in the default output; names with the title given
there, later mentions linked to the first; direct and indirect speech with its speaker."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import workbench.core.extract.people  # noqa: F401  (registers the speech recognisers, for their examples)
from workbench.core.extract import extract
from workbench.core.extract.base import Context
from workbench.core.extract.pipeline import ALL_KINDS, DEFAULT_KINDS
from workbench.core.extract.registry import SPEECH

ROOT = Path(__file__).resolve().parents[3]
SEED = (ROOT / "seeds" / "000_aad1b39bc9a57caa.txt").read_text(encoding="utf-8")
PUBLISHED = dt.date(2018, 2, 15)


def people(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(c.text, c.value["title"], c.refers_to) for c in extract(text, PUBLISHED, ["person"])]


def quotes(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [(c.text, c.value["speaker"], c.value["verb"], c.value["direct"])
            for c in extract(text, PUBLISHED, ["quote"])]


def test_the_default_output_has_no_people_or_quotes() -> None:
    default = extract(SEED, PUBLISHED)
    assert {c.kind for c in default} <= set(DEFAULT_KINDS)
    every = extract(SEED, PUBLISHED, ALL_KINDS)
    assert {"person", "quote"} <= {c.kind for c in every}
    same = [(c.start, c.end, c.kind, c.value) for c in every if c.kind in DEFAULT_KINDS]
    assert same == [(c.start, c.end, c.kind, c.value) for c in default]


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        extract("Mr Blair spoke.", None, ["people"])


@pytest.mark.parametrize(("name", "example"), [(r.name, ex) for r in SPEECH.recognisers.values()
                                               for ex in r.examples],
                         ids=lambda v: v if isinstance(v, str) else v.claim)
def test_every_speech_recogniser_finds_its_examples(name: str, example) -> None:
    claims = [c for c in extract(example.text, PUBLISHED, ALL_KINDS) if c.text == example.claim]
    assert claims, name
    if example.value is not None:
        assert claims[0].value == example.value


def test_titles_before_the_name_and_in_apposition() -> None:
    assert people("US Secretary of Defense Jim Mattis and German Defence Minister Ursula von der Leyen met.") == [
        ("Jim Mattis", "US Secretary of Defense", None), ("Ursula von der Leyen", "German Defence Minister", None)]
    assert people("Alan Milburn, Labour's election co-ordinator, said so.") == [
        ("Alan Milburn", "Labour's election co-ordinator", None)]
    assert people("The prime minister, Rishi Sunak, said so.") == [("Rishi Sunak", "prime minister", None)]
    assert people("Former NATO chief Anders Fogh Rasmussen spoke.") == [
        ("Anders Fogh Rasmussen", "Former NATO chief", None)]


def test_honorifics_are_not_part_of_the_name_and_later_mentions_link_to_the_first() -> None:
    text = "Chancellor Gordon Brown spoke. Mr Brown said taxes would rise. Later Brown left."
    claims = extract(text, PUBLISHED, ["person"])
    assert [c.text for c in claims] == ["Gordon Brown", "Brown", "Brown"]
    assert [c.refers_to for c in claims] == [None, 11, 11]
    assert claims[1].value == {"name": "Gordon Brown", "title": None}


def test_names_inside_organisations_places_and_ships_are_not_people() -> None:
    assert people("He spoke at the Nelson Mandela Foundation, flew into Kennedy airport, and boarded "
                  "HMS Queen Elizabeth to collect the Nobel prize.") == []


def test_a_month_is_no_later_mention_of_mrs_may() -> None:
    claims = extract("Theresa May spoke. In May, Mrs May said no.", PUBLISHED, ALL_KINDS)
    kinds = [(c.kind, c.text) for c in claims if c.kind in ("person", "date")]
    assert kinds == [("person", "Theresa May"), ("date", "May"), ("person", "May")]


def test_direct_quotes_with_their_speaker() -> None:
    assert quotes("\u201cWe will go to a consistent mission in Iraq,\u201d US Secretary of Defense Jim Mattis "
                  "told a news conference.") == [
        ("We will go to a consistent mission in Iraq,", "Jim Mattis", "told", True)]
    assert quotes("Ms Reeves said: \u2018I will not pretend that these choices were easy.\u2019") == [
        ("I will not pretend that these choices were easy.", "Reeves", "said", True)]


def test_a_pronoun_resolves_to_the_last_person_of_its_gender() -> None:
    text = ("Ms Kelly Craft and Mike Pompeo spoke. Pompeo left early. "
            "\u201cWe will not stop,\u201d she said.")
    assert quotes(text)[-1] == ("We will not stop,", "Kelly Craft", "said", True)


def test_indirect_speech_after_the_verb_and_before_the_attribution() -> None:
    assert quotes("Rachel Reeves said the plan would fail.") == [
        ("the plan would fail", "Rachel Reeves", "said", False)]
    assert quotes("The mission will grow, diplomats said.") == [("The mission will grow", "diplomats", "said", False)]
    assert quotes("The bridge will close in June, according to officials.") == [
        ("The bridge will close in June", "officials", "according to", False)]


def test_scare_quotes_and_titles_of_works_are_not_quotes() -> None:
    assert quotes("NATO agreed a bigger \u2018train-and-advise\u2019 mission after the book \u201cFire and "
                  "Fury\u201d appeared.") == []


def test_a_quote_left_open_ends_at_its_paragraph() -> None:
    text = ("Firefighter Jo Marsh was first there.\n\n\u201cThe smoke was so thick we could not see.\n\n"
            "\u201cI have never been so frightened,\u201d she said.")
    assert quotes(text) == [("The smoke was so thick we could not see.", "Jo Marsh", "said", True),
                            ("I have never been so frightened,", "Jo Marsh", "said", True)]


def test_an_apostrophe_is_no_quote_mark() -> None:
    assert quotes("NATO\u2019s chief said the alliance\u2019s plan won\u2019t change.") == [
        ("the alliance\u2019s plan won\u2019t change", "NATO\u2019s chief", "said", False)]


def test_quotes_keep_the_figures_inside_them() -> None:
    text = "\u201cIt will be smaller than the 1,350 people deployed now,\u201d she said."
    claims = extract(text, PUBLISHED, ALL_KINDS)
    assert [c.kind for c in claims] == ["quote", "count"]
    assert claims[1].text == "1,350 people"


def test_the_seed_article() -> None:
    claims = extract(SEED, PUBLISHED, ALL_KINDS)
    found = {(c.text, c.value["title"]) for c in claims if c.kind == "person" and c.refers_to is None}
    assert {("Jim Mattis", "US Secretary of Defense"), ("Ursula von der Leyen", "German Defence Minister"),
            ("Haider Al Abadi", "Iraqi Prime Minister"), ("Jens Stoltenberg", "NATO Secretary-General"),
            ("Anders Fogh Rasmussen", "Former NATO chief")} <= found
    assert len([c for c in claims if c.kind == "person" and "Defence Minister" in (c.value["title"] or "")]) == 9
    speakers = {c.text[:20]: c.value["speaker"] for c in claims if c.kind == "quote"}
    assert speakers["It will be smaller t"] == "Ursula von der Leyen"
    assert speakers["I fully agree with t"] == "Anders Fogh Rasmussen"
    assert speakers["Iraqi Prime Minister"] == "diplomats"
    for c in claims:
        assert SEED[c.start:c.end] == c.text
    people_and_figures = sorted((c.start, c.end) for c in claims if c.kind != "quote")
    assert all(a[1] <= b[0] for a, b in zip(people_and_figures, people_and_figures[1:], strict=False))


def test_the_cli_prints_people_and_quotes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\u201cWe will win,\u201d Mayor Eric Adams said on Tuesday.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "workbench", "extract", str(path), "--published", "2018-02-15"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["kind"] for r in rows] == ["quote", "person", "date"]
    assert rows[1]["value"] == {"name": "Eric Adams", "title": "Mayor"} and rows[1]["refers_to"] is None
    assert rows[0]["value"] == {"speaker": "Eric Adams", "verb": "said", "direct": True}
    assert rows[0]["refers_to"] == rows[1]["start"]
    assert "refers_to" not in rows[2]


def test_people_and_quotes_on_any_text_are_well_formed() -> None:
    for text in ("", "\u201c", "\u201c\u201d", "Mr", "Mr .", "said said said", "\u2018a\u2019 b \u2019c",
                 "''``''", "Dr Smith, , said \u201c", "\u201cOne two three four five\n"):
        for c in extract(text, None, ALL_KINDS):
            assert text[c.start:c.end] == c.text and c.end > c.start
    assert Context  # the context type the recognisers read
