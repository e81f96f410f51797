"""Lens classes are a registry: a class registered here shows up in find_dated_wording untouched."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from workbench.core.lens import (
    Finding,
    LensClass,
    LensContext,
    find_dated_wording,
    lens_class,
    lens_classes,
    register_lens_class,
    unregister_lens_class,
)

PUBLISHED = dt.date(2018, 2, 15)
TEXT = "The Prime Minister said on Thursday that the talks would go on."


def find_office_titles(ctx: LensContext) -> Iterator[Finding]:
    """A made-up class: office titles held on the publication date ("Prime Minister Theresa May")."""
    for m in re.finditer(r"Prime Minister", ctx.text):
        yield ctx.finding(m.start(), m.end(), "office_title", anchor="PRESENT_REF", reads_as=ctx.month,
                          suggestion="then Prime Minister",
                          explanation=f"“{m.group()}” was the title in {ctx.month}")


@pytest.fixture
def office_titles() -> Iterator[LensClass]:
    lc = LensClass(name="office_title", label="Office title", description="A title held on publication.",
                   colour="#8e7cc3", find=find_office_titles, order=60)
    register_lens_class(lc)
    yield lc
    unregister_lens_class("office_title")


def test_the_built_in_classes_are_registered_in_order() -> None:
    names = [c.name for c in lens_classes()]
    assert names == ["then_future", "relative_date", "present_state", "running_figure", "title"]
    for c in lens_classes():
        assert re.fullmatch(r"#[0-9a-f]{6}", c.colour) and c.label and c.description


def test_a_registered_class_shows_up_in_find_dated_wording(office_titles: LensClass) -> None:
    found = find_dated_wording(TEXT, PUBLISHED, dt.date(2026, 1, 1))
    assert [(f.text, f.cls) for f in found] == [("Prime Minister", "office_title"), ("Thursday", "relative_date")]
    assert found[0].suggestion == "then Prime Minister" and found[0].key == (4, 18, "office_title")
    assert lens_class("office_title") is office_titles
    assert [c.name for c in lens_classes()][-1] == "office_title"


def test_after_unregistering_it_is_gone(office_titles: LensClass) -> None:
    unregister_lens_class("office_title")
    assert lens_class("office_title") is None
    assert [f.cls for f in find_dated_wording(TEXT, PUBLISHED)] == ["relative_date"]


def test_a_longer_finding_of_a_new_class_wins_over_a_shorter_one() -> None:
    def whole_clause(ctx: LensContext) -> Iterator[Finding]:
        start = ctx.text.index("on Thursday")
        yield ctx.finding(start, start + len("on Thursday"), "clause", anchor=None, reads_as="", suggestion=None,
                          explanation="")

    register_lens_class(LensClass("clause", "Clause", "test", "#777777", whole_clause, order=99))
    try:
        assert [f.cls for f in find_dated_wording(TEXT, PUBLISHED)] == ["clause"]
    finally:
        unregister_lens_class("clause")


@pytest.mark.parametrize("change", [{"name": "relative_date"}, {"colour": "red"}, {"name": ""}, {"find": None}])
def test_bad_registrations_are_refused(office_titles: LensClass, change: dict) -> None:
    with pytest.raises(ValueError):
        register_lens_class(dataclasses.replace(office_titles, **({"name": "other"} | change)))


def test_findings_are_frozen_and_their_dict_is_the_contract() -> None:
    f = find_dated_wording(TEXT, PUBLISHED)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 3  # type: ignore[misc]
    assert f.to_dict() == {"start": 27, "end": 35, "text": "Thursday", "class": "relative_date",
                           "anchor": "2018-02-15", "reads_as": "15 February 2018",
                           "suggestion": "15 February 2018", "in_quote": False}


def test_the_lens_imports_no_qt() -> None:
    code = ("import sys, datetime, workbench.core.lens as lens; "
            "lens.find_dated_wording('Now, last month.', datetime.date(2018, 2, 15)); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_title_of_office_is_dated_as_of_publication() -> None:
    text = ("US Secretary of Defense Jim Mattis told reporters on Thursday. Alan Milburn, Labour's election "
            "co-ordinator, said the vote was close. Former NATO chief Anders Fogh Rasmussen agreed.")
    titles = [f for f in find_dated_wording(text, PUBLISHED, dt.date(2026, 12, 1)) if f.cls == "title"]
    assert [(f.text, f.suggestion) for f in titles] == [
        ("US Secretary of Defense Jim Mattis", "Then-US Secretary of Defense Jim Mattis"),
        ("Alan Milburn, Labour's election co-ordinator", "Alan Milburn, then Labour's election co-ordinator"),
    ]  # a former chief is former on any later day
    assert titles[0].anchor == "2018-02-15" and titles[0].reads_as == "title as of 15 February 2018"


def test_a_possessive_title_follows_the_name_instead_of_taking_then() -> None:
    """"then-Germany's Defence Minister" reads as a then-Germany: the title goes after the name, in commas."""
    text = ("Germany’s Defence Minister Ursula von der Leyen said the mission would grow. The talks ended, "
            "said the bank's chief Anna Berg. Ukraine's president Volodymyr Zelensky, who spoke first, agreed.")
    titles = [f for f in find_dated_wording(text, PUBLISHED, dt.date(2026, 12, 1)) if f.cls == "title"]
    assert [(f.text, f.suggestion) for f in titles] == [
        ("Germany’s Defence Minister Ursula von der Leyen", "Ursula von der Leyen, then Germany’s Defence Minister,"),
        ("the bank's chief Anna Berg", "Anna Berg, then the bank's chief"),
        ("Ukraine's president Volodymyr Zelensky", "Volodymyr Zelensky, then Ukraine's president"),
    ]
    for f in titles:
        assert text[f.start:f.end] == f.text
