"""The whole development set: every planted inconsistency found by its rule, every consistent twin silent."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.core.checks.dev_articles import ARTICLES
from tests.core.checks.devset import NEGATIVES, TWINS, Twin
from workbench.core.checks import check_story

MARK = re.compile(r"\[\[(.+?)\]\]")

KNOWN_MISSES = {
    "Of the 80 seats, Labour won 42": "the extractor reads no claim in 'the Conservatives 30'",
    "The state has spent $4.2 million on the lawsuit": "'the lawsuit' and 'the lawsuit bill' are not plainly one thing",
    "since 2012 - three years now": "the extractor reads no duration after ' - '",
}


def _unmark(text: str) -> tuple[str, list[tuple[int, int]]]:
    out, spans, pos, length = [], [], 0, 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        length += m.start() - pos
        spans.append((length, length + len(m.group(1))))
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def _fixed(twin: Twin) -> str:
    text = twin.text
    for old, new in twin.fix.items():
        if isinstance(old, str):
            text = re.sub(rf"\b{re.escape(old)}\b", new, text, count=1)
    marks = list(MARK.finditer(text))
    for index in sorted((k for k in twin.fix if isinstance(k, int)), reverse=True):
        text = text[:marks[index].start()] + "[[" + twin.fix[index] + "]]" + text[marks[index].end():]
    return _unmark(text)[0]


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


@pytest.mark.parametrize("twin", TWINS, ids=[f"{t.rule}-{i}" for i, t in enumerate(TWINS)])
def test_a_planted_inconsistency_is_found_and_its_twin_is_not(twin: Twin) -> None:
    text, spans = _unmark(twin.text)
    found = check_story(text, _day(twin.published))
    hit = any(f.rule == twin.rule and any(s < e2 and s2 < e for s, e in f.spans for s2, e2 in spans) for f in found)
    if any(key in text for key in KNOWN_MISSES):
        assert not hit, "a known miss is found now: take it out of KNOWN_MISSES"
    else:
        assert hit, [f.to_dict() for f in found]
    assert check_story(_fixed(twin), _day(twin.published)) == []


@pytest.mark.parametrize("negative", NEGATIVES, ids=[f"{n.rule}-{i}" for i, n in enumerate(NEGATIVES)])
def test_consistent_passages_that_tempt_a_rule_get_no_finding(negative) -> None:  # noqa: ANN001
    assert check_story(negative.text, _day(negative.published)) == []


@pytest.mark.parametrize("article", ARTICLES, ids=[a.id for a in ARTICLES])
def test_articles_are_clean_and_each_plant_is_found(article) -> None:  # noqa: ANN001
    assert check_story(article.text, _day(article.published)) == []
    for old, new, rule, _expected in article.plants:
        text, spans = _unmark(article.text.replace(old, new, 1))
        found = check_story(text, _day(article.published))
        assert [f.rule for f in found] == [rule], (old, [f.to_dict() for f in found])
        assert any(s < e2 and s2 < e for s, e in found[0].spans for s2, e2 in spans)
