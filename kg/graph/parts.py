"""Graph stage: the event graph as plain nodes and edges (no NetworkX), as ``kg viz`` draws it.

:func:`event_parts` maps each event's actors to graph nodes (``group`` level: people and
sectors under their country or organisation) and keeps the events a filter accepts;
:func:`kg.graph.events_graph` puts the same parts into a NetworkX ``MultiDiGraph``. Drawing a
whole store needs no more than the parts, so ``kg viz`` does not import NetworkX.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from kg.errors import QueryError
from kg.graph.filters import EventFilter
from kg.graph.read import ActorInfo, events_table, store_actors
from kg.graph.source import Queryable

__all__ = ["Edge", "EventParts", "Level", "event_parts", "read_event_parts"]

Level = Literal["group", "actor"]
#: One event as an edge: (source node, target node, event id, the event's attributes).
Edge = tuple[str, str, str, dict[str, Any]]


@dataclass(frozen=True, slots=True)
class EventParts:
    """The nodes and event edges of an event graph, in the order :func:`kg.graph.events_graph` adds them.

    ``nodes`` maps each actor node to its attributes (``label``, ``kind``, ``country``, ``group``);
    ``edges`` holds one :data:`Edge` per event; ``filters`` says in words which events were kept.
    """

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    level: Level = "group"
    filters: tuple[str, ...] = ()


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


def event_parts(
    rows: Iterable[Mapping[str, Any]],
    actors: Mapping[str, ActorInfo] | None = None,
    *,
    level: Level = "group",
    filters: EventFilter | None = None,
) -> EventParts:
    """The nodes and edges of the event graph of ``rows`` (as :func:`kg.graph.events_table` gives them).

    Events without a target, and events whose two actors map to the same node, are left out, as
    are those ``filters`` rejects (default: asserted, non-negated events). An edge's attributes are
    the row's, with ``source``/``target`` renamed ``source_actor``/``target_actor`` (the actor ids
    before grouping).

    Examples:
        >>> rows = [{"event": "e1", "source": "putin", "target": "NATO", "quad_class": 3,
        ...          "root": "11", "modality": "asserted", "negated": False}]
        >>> people = {"putin": ActorInfo("putin", "Vladimir Putin", "person", country="RUS")}
        >>> parts = event_parts(rows, people)
        >>> [(u, v, key, data["source_actor"]) for u, v, key, data in parts.edges]
        [('RUS', 'NATO', 'e1', 'putin')]
        >>> sorted(parts.nodes)
        ['NATO', 'RUS']
    """
    return _parts(rows, actors or {}, level, filters, copy=True)


def _parts(
    rows: Iterable[Mapping[str, Any]],
    actors: Mapping[str, ActorInfo],
    level: Level,
    filters: EventFilter | None,
    *,
    copy: bool,
) -> EventParts:
    """:func:`event_parts`; with ``copy=False`` the kept rows become the edges' attributes (rows
    that nobody else holds, fresh from :func:`events_table`)."""
    flt = filters if filters is not None else EventFilter()
    mapped: dict[str, tuple[str, dict[str, Any]]] = {}  # actor id → (node, attributes), once per actor
    nodes: dict[str, dict[str, Any]] = {}  # the nodes in the order their first event is met
    edges: list[Edge] = []
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
        data = dict(row) if copy or not isinstance(row, dict) else row
        data["source_actor"], data["target_actor"] = data.pop("source"), data.pop("target")
        edges.append((source, target, str(row["event"]).rsplit("/", 1)[-1], data))
    return EventParts(nodes, edges, level, tuple(flt.describe()))


def read_event_parts(
    store: Queryable, *, level: Level = "group", filters: EventFilter | None = None
) -> EventParts:
    """The nodes and edges of a store's event graph (what :func:`kg.graph.to_networkx` holds).

    Raises:
        QueryError: ``level`` is not ``group`` or ``actor``, or a query fails.
    """
    if level not in ("group", "actor"):
        raise QueryError(f"invalid level {level!r}: use 'group' or 'actor'")
    return _parts(events_table(store), store_actors(store), level, filters, copy=False)
