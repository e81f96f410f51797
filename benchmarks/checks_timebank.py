"""Planted-sentence articles on TimeBank, read in place (never copied into the repository).

`planted_articles(path)` reads `benchmarks/data/blind-checks-2-articles.jsonl` (or any file of the
same shape), opens each item's TimeBank document under the shared devdata folder, and returns the
article with one planted sentence inserted.

How the text is made (the same way `../shared/devdata/score.py` strips TimeML):
  - parse the .tml file with xml.etree; take the <TEXT> element; concatenate every text node and
    tail inside it in document order (all tags such as <EVENT>, <TIMEX3>, <SIGNAL> dropped, their
    words kept, XML entities decoded); nothing else is normalised (no whitespace changes);
  - `published` is the date part (YYYY-MM-DD) of the TIMEX3 with functionInDocument="CREATION_TIME"
    (the <DCT>);
  - the item's `after` snippet must occur exactly once in that text; the planted sentence is
    inserted right after it, preceded by one space: text[:k] + " " + sentence + text[k:];
  - `planted.spans` (offsets into the sentence) become `planted.article_spans` (offsets into the
    full text); the function asserts that each article span reads the same as its sentence span.

The TimeBank texts come from LDC corpora: this module reads them from the shared folder at run time
and the repository holds only file names, short anchor snippets and our own sentences.
"""
from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "devdata", "timebank"))
DEFAULT_ITEMS = os.path.join(HERE, "data", "blind-checks-2-articles.jsonl")


def timebank_root() -> str:
    """The TimeBank folder: $WORKBENCH_TIMEBANK, else ../shared/devdata/timebank beside the repo."""
    return os.environ.get("WORKBENCH_TIMEBANK", DEFAULT_ROOT)


def find_document(source: str, root: str | None = None) -> str:
    root = root or timebank_root()
    for sub in ("TimeBank", "AQUAINT"):
        path = os.path.join(root, sub, source)
        if os.path.exists(path):
            return path
    raise FileNotFoundError(f"{source} not found under {root}")


def read_timeml(path: str) -> tuple[str, str | None]:
    """(text, published) of one TimeML document: the <TEXT> element with its tags stripped."""
    root = ET.parse(path).getroot()
    dct = next((t.get("value") for t in root.iter("TIMEX3")
                if t.get("functionInDocument") == "CREATION_TIME"), None)
    text = "".join(root.find("TEXT").itertext())
    return text, (dct[:10] if dct else None)


def planted_articles(path: str = DEFAULT_ITEMS, root: str | None = None) -> list[dict]:
    """Each item as {id, source, text, published, planted}; planted gains `article_spans`."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            item = json.loads(line)
            text, published = read_timeml(find_document(item["source"], root))
            after = item["after"]
            if text.count(after) != 1:
                raise ValueError(f"{item['id']}: anchor occurs {text.count(after)} times in {item['source']}")
            k = text.index(after) + len(after)
            sentence = item["sentence"]
            start = k + 1
            full = text[:k] + " " + sentence + text[k:]
            planted = dict(item["planted"])
            planted["article_spans"] = [[start + s, start + e] for s, e in planted["spans"]]
            for (s, e), (a, b) in zip(planted["spans"], planted["article_spans"], strict=True):
                assert full[a:b] == sentence[s:e], (item["id"], sentence[s:e])
            out.append({"id": item["id"], "source": item["source"], "text": full,
                        "published": published, "planted": planted})
    return out


if __name__ == "__main__":
    import sys
    arts = planted_articles(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_ITEMS)
    for a in arts:
        p = a["planted"]
        figs = " | ".join(a["text"][s:e] for s, e in p["article_spans"])
        print(f"{a['id']:10} {a['published']} {p['rule']:18} {'ok ' if p['consistent'] else 'BAD'} {figs}")
    print(len(arts), "articles")
