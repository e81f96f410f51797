"""The ``person`` and ``quote`` recognisers, registered in the speech layer (``registry.SPEECH``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from workbench.core.extract.base import Candidate, Context
from workbench.core.extract.people.mentions import Person, people_in
from workbench.core.extract.people.quotes import quotes_in
from workbench.core.extract.registry import SPEECH, Example, Hit, Recogniser, whole_text


@dataclass
class SpeechCand(Candidate):
    """A person mention or a quote, with the person it is about (joined up by ``coref.link``)."""

    person: Person | None = None
    title: str | None = None
    refers_to: int | None = None


def find_people(ctx: Context, hits: list[Hit]) -> Iterator[Candidate]:
    for m in people_in(ctx):
        yield SpeechCand(m.start, m.end, "person", {"name": m.person.name, "title": m.title},
                         confidence=m.confidence, person=m.person, title=m.title)


def find_quotes(ctx: Context, hits: list[Hit]) -> Iterator[Candidate]:
    for q in quotes_in(ctx):
        value = {"speaker": q.speaker_name, "verb": q.verb, "direct": q.direct}
        yield SpeechCand(q.start, q.end, "quote", value, confidence=0.85 if q.speaker_name else 0.6,
                         person=q.speaker)


SPEECH.register(Recogniser(
    "person", ("person",), (whole_text(),), find_people,
    examples=(Example("US Secretary of Defense Jim Mattis told a news conference.", "Jim Mattis",
                      {"name": "Jim Mattis", "title": "US Secretary of Defense"}),
              Example("Alan Milburn, Labour's election co-ordinator, said the plan would fail.", "Alan Milburn",
                      {"name": "Alan Milburn", "title": "Labour's election co-ordinator"}),
              Example("Tributes were paid by Mr Blair.", "Blair", {"name": "Blair", "title": None})),
))

SPEECH.register(Recogniser(
    "quote", ("quote",), (whole_text(),), find_quotes,
    examples=(Example("\u201cWe will go to a consistent mission in Iraq,\u201d Jim Mattis told reporters.",
                      "We will go to a consistent mission in Iraq,",
                      {"speaker": "Jim Mattis", "verb": "told", "direct": True}),
              Example("The mission will grow, diplomats said.", "The mission will grow",
                      {"speaker": "diplomats", "verb": "said", "direct": False})),
))
