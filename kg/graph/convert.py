"""Graph stage: NetworkX views of the events in a store (event-level MultiDiGraph)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from kg.errors import QueryError
from kg.graph.filters import EventFilter
from kg.graph.parts import Level, event_parts
from kg.graph.read import ActorInfo, events_table, store_actors
from kg.graph.source import Queryable

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ActorInfo", "Level", "events_graph", "events_table", "store_actors", "to_networkx"]

logger = logging.getLogger(__name__)


def events_graph(
    rows: Iterable[Mapping[str, Any]],
    actors: Mapping[str, ActorInfo] | None = None,
    *,
    level: Level = "group",
    filters: EventFilter | None = None,
) -> nx.MultiDiGraph:
    """The event graph from event rows (as :func:`events_table` gives them).

    Args:
        rows: event records with at least ``event``, ``source``, ``target``, ``quad_class``.
        actors: what is known about each actor id (label, kind, country, affiliation).
        level: ``group`` merges people and sectors into their country or organisation.
        filters: which events to keep (default: asserted, non-negated events).

    Examples:
        >>> rows = [{"event": "e1", "source": "putin", "target": "NATO", "quad_class": 3,
        ...          "root": "11", "modality": "asserted", "negated": False}]
        >>> people = {"putin": ActorInfo("putin", "Vladimir Putin", "person", country="RUS")}
        >>> list(events_graph(rows, people).edges(keys=True))
        [('RUS', 'NATO', 'e1')]
    """
    import networkx as nx

    parts = event_parts(rows, actors, level=level, filters=filters)
    graph = nx.MultiDiGraph(level=level, filters=list(parts.filters))
    graph.add_nodes_from(parts.nodes.items())
    graph.add_edges_from(parts.edges)
    return graph


def to_networkx(
    store: Queryable,
    *,
    level: Level = "group",
    filters: EventFilter | None = None,
    include_negated: bool = False,
    include_hypothetical: bool = False,
    min_confidence: float = 0.0,
    **criteria: Any,
) -> nx.MultiDiGraph:
    """The event graph of a store: one node per actor, one edge per event (source → target).

    Args:
        store: the store to read (through SPARQL).
        level: ``group`` merges people and sectors into the country or organisation they belong
            to (Sherman → USA); ``actor`` keeps every canonical actor apart.
        filters: an :class:`EventFilter`; or give its options as keywords instead.
        include_negated: keep events reported as not happening.
        include_hypothetical: keep hypothetical, intended, threatened and questioned events.
        min_confidence: leave out events below this confidence.
        **criteria: further :meth:`EventFilter.parse` options: ``since``, ``until``, ``quad``,
            ``roots``, ``actors``, ``involving``, ``min_mentions``.

    Returns:
        A MultiDiGraph; nodes carry ``label``, ``kind``, ``country`` and ``group``; edges the
        event's coding, date, flags, first sentence and article. ``graph.graph["filters"]`` lists
        the filters in words.

    Raises:
        QueryError: a filter value is invalid.
    """
    if level not in ("group", "actor"):
        raise QueryError(f"invalid level {level!r}: use 'group' or 'actor'")
    if filters is None:
        filters = EventFilter.parse(
            include_negated=include_negated,
            include_hypothetical=include_hypothetical,
            min_confidence=min_confidence,
            **criteria,
        )
    elif criteria:
        raise QueryError(f"give either filters= or filter keywords, not both ({', '.join(criteria)})")
    graph = events_graph(events_table(store), store_actors(store), level=level, filters=filters)
    logger.info("graph: %d actors, %d events", graph.number_of_nodes(), graph.number_of_edges())
    return graph
