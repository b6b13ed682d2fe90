"""Graph stage: NetworkX views of the events in a store (event-level MultiDiGraph)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import networkx as nx

from kg.errors import QueryError
from kg.graph.filters import EventFilter
from kg.graph.read import ActorInfo, events_table, store_actors
from kg.graph.source import Queryable

__all__ = ["ActorInfo", "Level", "events_graph", "events_table", "store_actors", "to_networkx"]

logger = logging.getLogger(__name__)

Level = Literal["group", "actor"]


def _node(actor_id: str, actors: Mapping[str, ActorInfo], level: Level) -> tuple[str, dict[str, Any]]:
    """The node an actor maps to at ``level`` and that node's attributes."""
    info = actors.get(actor_id) or ActorInfo(actor_id, actor_id, "unresolved")
    if level == "group" and info.group != actor_id:
        group = actors.get(info.group)
        if group is None:
            kind = "country" if info.group == info.country else "organization"
            group = ActorInfo(info.group, info.group, kind)
        info = group
    country = info.id if info.kind == "country" else info.country
    return info.id, {"label": info.label, "kind": info.kind, "country": country, "group": info.group}


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
    actors = actors or {}
    flt = filters if filters is not None else EventFilter()
    graph = nx.MultiDiGraph(level=level, filters=flt.describe())
    mapped: dict[str, tuple[str, dict[str, Any]]] = {}  # actor id → (node, attributes), once per actor
    nodes: dict[str, dict[str, Any]] = {}  # the nodes in the order their first event is met
    edges = []
    for row in rows:
        if row.get("target") is None:
            continue
        ends = []
        for actor in (str(row["source"]), str(row["target"])):
            if actor not in mapped:
                mapped[actor] = _node(actor, actors, level)
            ends.append(mapped[actor])
        (source, source_data), (target, target_data) = ends
        if source == target or not flt.accepts(source, target, row):
            continue
        nodes.setdefault(source, source_data)
        nodes.setdefault(target, target_data)
        data = dict(row)
        data["source_actor"], data["target_actor"] = data.pop("source"), data.pop("target")
        edges.append((source, target, str(row["event"]).rsplit("/", 1)[-1], data))
    graph.add_nodes_from(nodes.items())
    graph.add_edges_from(edges)
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
