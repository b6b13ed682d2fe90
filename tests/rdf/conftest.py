"""Fixtures for the RDF tests: hand-made events (our own sentences) and a real oxigraph server."""

from __future__ import annotations

import datetime as dt
import socket

import pytest

from kg.datamodel import Action, Actor, ActorRef, Article, Event, Mention
from kg.rdf import open_store
from kg.rdf.build import Run

RUS = Actor("RUS", "Russia", "country", country="RUS", cameo="RUS")
UKR = Actor("UKR", "Ukraine", "country", country="UKR", cameo="UKR")
NATO = Actor("NATO", "NATO", "organization", cameo="NATO")
FRA = Actor("FRA", "France", "country", country="FRA", cameo="FRA")
RUSGOV = Actor("RUSGOV", "Russian government", "sector", country="RUS", sector="GOV", cameo="RUSGOV")
UN = Actor("IGOUNO", "United Nations", "organization", cameo="IGOUNO")

CODES = {
    "120": ("12", "Reject", 3, -4.0, "REJECT"),
    "036": ("03", "Express intent to meet or negotiate", 1, 4.0, "AGREE"),
    "042": ("04", "Make a visit", 1, 1.9, "CONSULT"),
    "061": ("06", "Cooperate economically", 2, 6.4, "COOPERATE"),
    "190": ("19", "Use conventional military force", 4, -10.0, "ASSAULT"),
    "173": ("17", "Arrest, detain", 4, -5.0, "COERCE"),
    "111": ("11", "Criticize or denounce", 3, -2.0, "ACCUSE"),
}


def article(n: int, date: dt.date | None = dt.date(2023, 3, 1)) -> Article:
    return Article(
        id=f"test-{n}",
        text=f"Invented test article number {n}. It reports made-up events between states.",
        title=f"Test article {n}",
        date=date,
        source=f"tests/article-{n}.txt",
        url=f"https://example.org/news/{n}",
    )


def event(
    art: Article,
    source: Actor,
    target: Actor | None,
    code: str,
    *,
    index: int = 0,
    date: dt.date | None = None,
    negated: bool = False,
    modality: str = "asserted",
    confidence: float = 0.8,
) -> Event:
    root, label, quad, goldstein, plover = CODES[code]
    sentence = f"Invented sentence {index}: {source.label} acted on {target.label if target else 'nobody'}."
    mention = Mention(art.id, sentence, index, index * 100, index * 100 + len(sentence))
    return Event(
        event_id=Event.make_id(art.id, mention, source.id, target.id if target else None, code),
        article_id=art.id,
        source=ActorRef(source, source.label),
        target=ActorRef(target, target.label) if target else None,
        action=Action("act", "acted on", code, root, label, plover, quad, goldstein),
        date=date or art.date,
        mentions=(mention,),
        negated=negated,
        modality=modality,  # type: ignore[arg-type]
        confidence=confidence,
    )


def make_run(model: str = "en_core_web_sm") -> Run:
    return Run(dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC), "0.1.0", model, "3.8.0", "3.8.2")


@pytest.fixture
def tiny():
    """Two articles, eight events with hand-checked answers to the named queries."""
    a1, a2 = article(1, dt.date(2023, 3, 1)), article(2, dt.date(2023, 4, 15))
    events = [
        event(a1, RUS, UKR, "190", index=0),  # conflict RUS→UKR, March
        event(a1, RUSGOV, UKR, "173", index=1),  # conflict, sector of RUS
        event(a1, UKR, RUS, "111", index=2),  # verbal conflict UKR→RUS
        event(a1, NATO, RUS, "120", index=3, negated=True),  # negated: no shortcut, not counted
        event(a2, FRA, UKR, "061", index=0),  # cooperation FRA→UKR, April
        event(a2, FRA, UKR, "042", index=1),  # cooperation FRA→UKR, April
        event(a2, UN, FRA, "036", index=2, modality="hypothetical"),  # hypothetical: no shortcut
        event(a2, NATO, FRA, "036", index=3),  # cooperation NATO→FRA
    ]
    return [a1, a2], events


@pytest.fixture
def store(tiny):
    """The tiny articles and events in an in-memory store."""
    articles, events = tiny
    s = open_store()
    s.add(articles, events, make_run())
    return s


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
