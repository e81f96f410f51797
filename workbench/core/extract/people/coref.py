"""Joining up the speech claims that were kept: a later mention refers to the first kept mention of the
same person, a quote to the first kept mention of its speaker, and each is valued with the full name."""

from __future__ import annotations

from workbench.core.extract.base import Candidate


def link(chosen: list[Candidate]) -> None:
    """Set ``refers_to`` and the names in the values of the person and quote candidates in ``chosen``."""
    first: dict[int, int] = {}
    for c in chosen:
        person = getattr(c, "person", None)
        if c.kind != "person" or person is None:
            continue
        key = id(person)
        if key in first:
            c.refers_to = first[key]  # type: ignore[attr-defined]
        else:
            first[key] = c.start
            c.refers_to = None  # type: ignore[attr-defined]
        c.value = {"name": person.name, "title": getattr(c, "title", None)}
    for c in chosen:
        person = getattr(c, "person", None)
        if c.kind != "quote":
            continue
        if person is not None:
            c.value["speaker"] = person.name
            c.refers_to = first.get(id(person))  # type: ignore[attr-defined]
