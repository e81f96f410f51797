"""Shared pieces of the revision tests: the seed, its revised versions and a re-anchoring run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from workbench.core.extract import extract
from workbench.core.model import Extraction
from workbench.core.revisions import Mapping, OldClaim, anchor_for, reanchor

REPO = Path(__file__).resolve().parents[3]
SEED_TEXT = (REPO / "seeds" / "000_aad1b39bc9a57caa.txt").read_text(encoding="utf-8")
PUBLISHED = dt.date(2018, 2, 15)
DATA = Path(__file__).resolve().parent / "data"


def revised(name: str) -> str:
    """A hand-written revision of the seed kept in ``data/``."""
    return (DATA / f"seed_{name}.txt").read_text(encoding="utf-8")


def old_claims(text: str, published: dt.date | None = PUBLISHED) -> list[OldClaim]:
    """The extractor's claims of ``text`` as the store would hand them over, anchors included."""
    return [OldClaim(i, c.start, c.end, c.text, c.kind, c.value,
                     anchor_for(text, c.start, c.end, c.kind, c.value, (c.sentence_start, c.sentence_end)))
            for i, c in enumerate(extract(text, published))]


@dataclass
class Run:
    """One re-anchoring, with lookups by the old claim's words."""

    old_text: str
    new_text: str
    old: list[OldClaim]
    new: list[Extraction]
    mappings: list[Mapping]

    def of(self, words: str, nth: int = 0) -> Mapping:
        """The mapping of the ``nth`` old claim reading ``words``."""
        ids = [c.id for c in self.old if c.text == words]
        return next(m for m in self.mappings if m.old_id == ids[nth])

    def states(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for m in self.mappings:
            out[m.state] = out.get(m.state, 0) + 1
        return out

    def new_words(self) -> list[str]:
        return [self.new_text[m.start:m.end] for m in self.mappings if m.state == "new"]


def run(new_text: str, old_text: str = SEED_TEXT, published: dt.date | None = PUBLISHED,
        new_published: dt.date | None = None, extra_old: list[OldClaim] | None = None) -> Run:
    old = old_claims(old_text, published) + list(extra_old or [])
    new = extract(new_text, new_published or published)
    return Run(old_text, new_text, old, new, reanchor(old_text, new_text, old, new))
