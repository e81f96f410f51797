"""Write the development set of the consistency checks as JSON lines, offsets computed here.

    python benchmarks/make_checks_devset.py

Reads ``tests/core/checks/devset.py`` (passages with ``[[marked]]`` figures, their consistent twins, and
consistent passages that tempt a rule) and ``tests/core/checks/dev_articles.py`` (article-length texts, clean
and with one planted inconsistency), and writes ``benchmarks/data/newsdev-checks.jsonl`` and
``benchmarks/data/newsdev-checks-articles.jsonl`` in the format ``bench_checks.py --data/--articles`` reads.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.core.checks.dev_articles import ARTICLES  # noqa: E402
from tests.core.checks.devset import NEGATIVES, TWINS  # noqa: E402

MARK = re.compile(r"\[\[(.+?)\]\]")


def unmark(text: str) -> tuple[str, list[list[int]]]:
    """The text without ``[[ ]]`` and the spans of what was marked."""
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        length += m.start() - pos
        spans.append([length, length + len(m.group(1))])
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def fixed(text: str, fix: dict) -> str:
    """The consistent twin: marked figures replaced by index, words replaced by themselves."""
    for old, new in fix.items():
        if isinstance(old, str):
            text = re.sub(rf"\b{re.escape(old)}\b", new, text, count=1)
    marks = list(MARK.finditer(text))
    for index in sorted((k for k in fix if isinstance(k, int)), reverse=True):
        m = marks[index]
        text = text[:m.start()] + "[[" + fix[index] + "]]" + text[m.end():]
    return unmark(text)[0]


def items() -> list[dict]:
    out = []
    counts: dict[str, int] = {}
    for twin in TWINS:
        counts[twin.rule] = counts.get(twin.rule, 0) + 1
        key = f"{twin.rule}-{counts[twin.rule]:02d}"
        text, spans = unmark(twin.text)
        assert len(spans) >= 1, twin
        out.append({"id": f"{key}-x", "rule": twin.rule, "consistent": False, "published": twin.published,
                    "text": text, "spans": spans, "expected": twin.expected, "note": twin.note})
        out.append({"id": f"{key}-ok", "rule": twin.rule, "consistent": True, "published": twin.published,
                    "text": fixed(twin.text, twin.fix), "spans": [], "expected": "", "note": "twin"})
    for i, neg in enumerate(NEGATIVES, 1):
        out.append({"id": f"neg-{i:02d}-{neg.rule}", "rule": neg.rule, "consistent": True,
                    "published": neg.published, "text": neg.text, "spans": [], "expected": "", "note": neg.note})
    return out


def articles() -> list[dict]:
    out = []
    for art in ARTICLES:
        text, spans = unmark(art.text)
        assert not spans, art.id
        out.append({"id": art.id, "published": art.published, "text": text, "planted": None})
        for n, plant in enumerate(art.plants, 1):
            old, new, rule, expected = plant
            marked = art.text.replace(old, new, 1)
            assert marked != art.text, (art.id, old)
            ptext, pspans = unmark(marked)
            out.append({"id": f"{art.id}-p{n}", "published": art.published, "text": ptext,
                        "planted": {"rule": rule, "spans": pspans, "expected": expected}})
    return out


def main() -> None:
    data = ROOT / "benchmarks" / "data"
    for name, rows in (("newsdev-checks.jsonl", items()), ("newsdev-checks-articles.jsonl", articles())):
        with open(data / name, "w", encoding="utf-8", newline="\n") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {len(rows)} lines to benchmarks/data/{name}")


if __name__ == "__main__":
    main()
