"""Graph stage: a bounded overview of a large store, the busiest actors with one edge per pair.

:func:`kg.graph.to_networkx` reads every event with its sentence into Python: right for a view a
person can take in, wrong for a 100,000-event store (tens of seconds, gigabytes). The overview lets
Oxigraph count events per actor pair and QuadClass (one GROUP BY query, a row per pair and class),
then keeps the ``max_actors`` actors with the most events and the pairs among them. Memory grows
with the number of actor pairs, never with the number of events.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

import networkx as nx

from kg.graph.aggregate import CONFLICT, COOPERATION, dominant_quad
from kg.graph.parts import Level, _node
from kg.graph.read import ActorInfo, _Ids, select_rows, store_actors
from kg.graph.source import Queryable

__all__ = ["DEFAULT_MAX_ACTORS", "PAIR_COUNTS_QUERY", "overview_graph", "pair_counts"]

logger = logging.getLogger(__name__)

#: Actors an overview keeps by default: a page that draws in seconds and can still be read.
DEFAULT_MAX_ACTORS = 150

#: Asserted, non-negated events with a target, counted per (source, target, QuadClass).
PAIR_COUNTS_QUERY = """
SELECT ?source ?target ?quad (COUNT(?event) AS ?events) (SUM(?g) AS ?goldstein)
       (SUM(COALESCE(?m, 1)) AS ?mentions)
WHERE {
  { SELECT ?event ?source WHERE { ?event kgo:source ?source } }
  { SELECT ?event ?target WHERE { ?event kgo:target ?target } }
  { SELECT ?event ?quad WHERE { ?event kgo:quadClass ?quad } }
  { SELECT ?event ?g WHERE { ?event kgo:goldstein ?g } }
  OPTIONAL { SELECT ?event ?m WHERE { ?event kgo:mentionCount ?m } }
  OPTIONAL { SELECT ?event ?negated WHERE { ?event kgo:negated ?negated } }
  OPTIONAL { SELECT ?event ?modality WHERE { ?event kgo:modality ?modality } }
  FILTER(!COALESCE(?negated, false) && COALESCE(STR(?modality), "asserted") = "asserted")
}
GROUP BY ?source ?target ?quad
"""


def pair_counts(store: Queryable) -> list[dict[str, Any]]:
    """Asserted, non-negated events per (source actor, target actor, QuadClass), counted in the store.

    Returns:
        Rows with ``source`` and ``target`` (actor ids), ``quad_class``, ``events``, ``goldstein``
        (the net: sum of the events' scores) and ``mentions``.
    """
    ids = _Ids()
    rows = []
    for row in select_rows(store, PAIR_COUNTS_QUERY, name="pair counts"):
        rows.append(
            {
                "source": ids(row["source"]),
                "target": ids(row["target"]),
                "quad_class": int(row["quad"]),
                "events": int(row["events"]),
                "goldstein": float(row["goldstein"] or 0.0),
                "mentions": int(float(row["mentions"] or row["events"])),
            }
        )
    return rows


def overview_graph(
    store: Queryable,
    *,
    max_actors: int = DEFAULT_MAX_ACTORS,
    level: Level = "group",
    rows: list[dict[str, Any]] | None = None,
    actors: dict[str, ActorInfo] | None = None,
) -> nx.DiGraph:
    """The ``max_actors`` actors with the most events and one aggregated edge per ordered pair among them.

    Events are those :func:`kg.graph.to_networkx` shows by default (asserted, not negated, with a
    target). Nodes carry ``label``, ``kind``, ``country``, ``group`` and ``events_out``/``events_in``
    (all their events, shown or not); edges ``events``, ``mentions``, ``goldstein`` (net),
    ``quad_counts``, ``quad_class`` (dominant), ``cooperation``, ``conflict`` and ``weight``.
    ``graph.graph`` holds ``actors_total``, ``events_total``, ``events_shown`` and ``left_out``
    (what the overview leaves out, in words; empty when nothing is).

    Args:
        store: the store (its events are counted by Oxigraph, not read one by one).
        max_actors: how many actors to keep, the busiest first (ties by id).
        level: ``group`` merges people and sectors into their country or organisation.
        rows: :func:`pair_counts` already read (default: read now).
        actors: :func:`kg.graph.store_actors` already read (default: read now).

    Examples:
        >>> rows = [{"source": "A", "target": "B", "quad_class": 4, "events": 3, "goldstein": -9.0,
        ...          "mentions": 3}, {"source": "C", "target": "A", "quad_class": 1, "events": 1,
        ...          "goldstein": 1.0, "mentions": 1}]
        >>> g = overview_graph(None, max_actors=2, rows=rows, actors={})  # type: ignore[arg-type]
        >>> sorted(g.nodes), g["A"]["B"]["events"], g.graph["left_out"]
        (['A', 'B'], 3, '1 of 3 actors (the least active) and 1 of 4 events left out')
    """
    if max_actors < 1:
        raise ValueError(f"max_actors must be at least 1, not {max_actors}")
    rows = pair_counts(store) if rows is None else rows
    actors = store_actors(store) if actors is None else actors
    mapped: dict[str, tuple[str, dict[str, Any]]] = {}

    def node(actor: str) -> tuple[str, dict[str, Any]]:
        if actor not in mapped:
            mapped[actor] = _node(actor, actors, level)
        return mapped[actor]

    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    out_events: Counter[str] = Counter()
    in_events: Counter[str] = Counter()
    attributes: dict[str, dict[str, Any]] = {}
    total = 0
    for row in rows:
        (u, u_data), (v, v_data) = node(str(row["source"])), node(str(row["target"]))
        if u == v:
            continue
        attributes.setdefault(u, u_data)
        attributes.setdefault(v, v_data)
        n = int(row["events"])
        total += n
        out_events[u] += n
        in_events[v] += n
        pair = pairs.setdefault((u, v), {"events": 0, "mentions": 0, "goldstein": 0.0, "quads": Counter()})
        pair["events"] += n
        pair["mentions"] += int(row["mentions"])
        pair["goldstein"] += float(row["goldstein"])
        pair["quads"][int(row["quad_class"])] += n
    busiest = sorted(attributes, key=lambda a: (-(out_events[a] + in_events[a]), a))
    kept = set(busiest[:max_actors])
    graph = nx.DiGraph(level=level)
    for actor in busiest[:max_actors]:
        graph.add_node(actor, **attributes[actor], events_out=out_events[actor], events_in=in_events[actor])
    shown = 0
    for (u, v), pair in pairs.items():
        if u not in kept or v not in kept:
            continue
        quads: Counter[int] = pair["quads"]
        shown += pair["events"]
        graph.add_edge(
            u,
            v,
            events=pair["events"],
            weight=pair["events"],
            mentions=pair["mentions"],
            goldstein=round(pair["goldstein"], 2),
            quad_counts=dict(quads),
            quad_class=dominant_quad(quads),
            cooperation=sum(quads[q] for q in COOPERATION),
            conflict=sum(quads[q] for q in CONFLICT),
        )
    dropped = len(attributes) - len(kept)
    left_out = ""
    if dropped:
        left_out = (
            f"{dropped:,} of {len(attributes):,} actors (the least active) and "
            f"{total - shown:,} of {total:,} events left out"
        )
    graph.graph.update(
        actors_total=len(attributes), events_total=total, events_shown=shown, left_out=left_out
    )
    logger.info("overview: %d of %d actors, %d of %d events", len(kept), len(attributes), shown, total)
    return graph
