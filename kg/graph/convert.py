"""Graph stage: NetworkX views of the events in a store."""

from __future__ import annotations

import logging
from typing import Any, Literal

import networkx as nx

from kg.rdf.named_queries import load_query
from kg.rdf.namespace import ACT, KGO
from kg.rdf.query import python_value, run_query
from kg.rdf.store import KGStore

__all__ = ["events_table", "to_networkx"]

logger = logging.getLogger(__name__)

_KINDS = {
    str(KGO.Country): "country",
    str(KGO.Organization): "organization",
    str(KGO.ArmedGroup): "group",
    str(KGO.Person): "person",
    str(KGO.SectorActor): "sector",
    str(KGO.UnresolvedActor): "unresolved",
}
Level = Literal["group", "actor"]


def _local(iri: str) -> str:
    from urllib.parse import unquote

    return unquote(iri[len(str(ACT)) :]) if iri.startswith(str(ACT)) else iri


def events_table(store: KGStore) -> list[dict[str, Any]]:
    """One dict per stored event with a target: actors, groups, coding, date, flags, sentence."""
    rows = []
    for solution in run_query(store, load_query("events_graph")):
        row = {v: python_value(solution[v]) for v in _VARIABLES}
        for key in ("source", "target", "sourceGroup", "targetGroup"):
            row[key] = _local(row[key])
        for key in ("sourceKind", "targetKind", "sourceGroupKind", "targetGroupKind"):
            row[key] = _KINDS.get(row[key] or "", "actor")
        rows.append(row)
    return rows


_VARIABLES = (
    "event", "source", "sourceLabel", "sourceKind", "sourceGroup", "sourceGroupLabel",
    "sourceGroupKind", "target", "targetLabel", "targetKind", "targetGroup", "targetGroupLabel",
    "targetGroupKind", "cameo", "root", "label", "quad", "goldstein", "plover", "date", "negated",
    "modality", "confidence", "mentions", "sentence", "article", "sourceText", "targetText",
)  # fmt: skip


def to_networkx(
    store: KGStore,
    *,
    level: Level = "group",
    include_negated: bool = False,
    include_hypothetical: bool = False,
    min_confidence: float = 0.0,
) -> nx.MultiDiGraph:
    """The event graph: one node per actor, one edge per event (source → target).

    Args:
        store: the store to read.
        level: ``group`` merges people and sectors into the country or organisation they belong
            to (Sherman → USA); ``actor`` keeps every canonical actor apart.
        include_negated: keep events reported as not happening.
        include_hypothetical: keep hypothetical, intended, threatened and questioned events.
        min_confidence: leave out events below this confidence.

    Returns:
        A MultiDiGraph; nodes carry ``label`` and ``kind``, edges the event's attributes.
    """
    graph = nx.MultiDiGraph()
    for row in events_table(store):
        if row["negated"] and not include_negated:
            continue
        if row["modality"] != "asserted" and not include_hypothetical:
            continue
        if row["confidence"] < min_confidence:
            continue
        ends = []
        for side in ("source", "target"):
            if level == "group":
                node = row[f"{side}Group"]
                label = row[f"{side}GroupLabel"] or row[f"{side}Label"]
                kind = row[f"{side}Kind"] if node == row[side] else row[f"{side}GroupKind"]
            else:
                node, label, kind = row[side], row[f"{side}Label"], row[f"{side}Kind"]
            if node not in graph:
                graph.add_node(node, label=label or node, kind=kind)
            ends.append(node)
        if ends[0] == ends[1]:
            continue
        graph.add_edge(
            ends[0],
            ends[1],
            key=_local(row["event"]).rsplit("/", 1)[-1],
            event=row["event"],
            cameo=row["cameo"],
            root=row["root"],
            label=row["label"],
            quad_class=row["quad"],
            goldstein=row["goldstein"],
            plover=row["plover"],
            date=row["date"],
            negated=row["negated"],
            modality=row["modality"],
            confidence=row["confidence"],
            mentions=row["mentions"],
            sentence=row["sentence"],
            article=row["article"],
            source_actor=row["sourceLabel"],
            target_actor=row["targetLabel"],
            source_text=row["sourceText"],
            target_text=row["targetText"],
        )
    return graph
