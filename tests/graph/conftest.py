"""Hand-made events and stores for the graph tests (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from kg.datamodel import Action, Actor, ActorRef, Article, Event, Mention

RUS = Actor("RUS", "Russia", "country", cameo="RUS")
UKR = Actor("UKR", "Ukraine", "country", cameo="UKR")
USA = Actor("USA", "United States", "country", cameo="USA")
NATO = Actor("NATO", "NATO", "organization", cameo="NATO")
RUSGOV = Actor("RUSGOV", "Russian government", "sector", country="RUS", sector="GOV")
LAVROV = Actor("sergei-lavrov", "Sergei Lavrov", "person", country="RUS", affiliation="RUS")
STOLTENBERG = Actor("jens-stoltenberg", "Jens Stoltenberg", "person", affiliation="NATO")

# (code, root, label, quad, goldstein) for the actions the fixtures use
ACTIONS = {
    "040": ("04", "Consult", 1, 1.0),
    "057": ("05", "Sign formal agreement", 2, 8.0),
    "070": ("07", "Provide aid", 2, 7.0),
    "120": ("12", "Reject", 3, -4.0),
    "130": ("13", "Threaten", 3, -4.4),
    "173": ("17", "Arrest, detain", 4, -5.0),
    "190": ("19", "Use conventional military force", 4, -10.0),
}
_ids = itertools.count()


def make_event(
    source: Actor,
    target: Actor,
    code: str,
    date: dt.date | None,
    *,
    article: str = "a1",
    sentence: str | None = None,
    negated: bool = False,
    modality: str = "asserted",
    confidence: float = 0.8,
    mentions: int = 1,
) -> Event:
    """An event as extraction would give it, with ``mentions`` mentions in ``article``."""
    root, label, quad, goldstein = ACTIONS[code]
    n = next(_ids)
    text = sentence or f"Test sentence {n}: {source.label} and {target.label} ({label})."
    ms = tuple(Mention(article, text, n, 100 * n + 10 * i, 100 * n + 10 * i + 5) for i in range(mentions))
    return Event(
        event_id=f"ev{n:05d}",
        article_id=article,
        source=ActorRef(source, source.label),
        target=ActorRef(target, target.label),
        action=Action("verb", "verb", code, root, label, None, quad, goldstein),
        date=date,
        mentions=ms,
        negated=negated,
        modality=modality,  # type: ignore[arg-type]
        confidence=confidence,
    )


D = dt.date


def fixture_events() -> list[Event]:
    """A small world: a Russia–Ukraine conflict, NATO and the US helping Ukraine, a few odd cases."""
    return [
        make_event(RUS, UKR, "190", D(2022, 2, 24), mentions=3),
        make_event(RUSGOV, UKR, "130", D(2022, 2, 10)),
        make_event(UKR, RUS, "120", D(2022, 3, 1)),
        make_event(LAVROV, NATO, "120", D(2022, 1, 12), article="a2"),
        make_event(STOLTENBERG, RUS, "130", D(2022, 1, 20), article="a2"),
        make_event(USA, UKR, "070", D(2022, 3, 5), mentions=2),
        make_event(NATO, UKR, "040", D(2022, 3, 8)),
        make_event(USA, NATO, "057", None),
        make_event(RUS, USA, "173", D(2021, 12, 1), negated=True),
        make_event(NATO, RUS, "190", D(2022, 4, 1), modality="hypothetical"),
        make_event(UKR, USA, "040", D(2022, 3, 9), confidence=0.3),
    ]


@pytest.fixture(scope="session")
def fixture_store():
    """The fixture events in a real in-memory Oxigraph store, people and sectors' groups described."""
    from kg.rdf import open_store, to_rdf

    events = fixture_events()
    articles = [
        Article(
            "a1", "Text of the first test article.", title="First <b>test</b> article", date=D(2022, 3, 9)
        ),
        Article("a2", "Text of the second test article.", date=D(2022, 1, 20)),
    ]
    store = open_store()
    to_rdf(events, articles=articles, store=store)
    return store
