"""Graph stage: NetworkX views of the events in a store (event-level MultiDiGraph)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import unquote

import networkx as nx

from kg.errors import QueryError
from kg.graph.filters import EventFilter
from kg.rdf.named_queries import load_query
from kg.rdf.namespace import ACT, KGO, PROV, SEM
from kg.rdf.query import run_query
from kg.rdf.store import KGStore

__all__ = ["ActorInfo", "Level", "events_graph", "events_table", "store_actors", "to_networkx"]

logger = logging.getLogger(__name__)

Level = Literal["group", "actor"]

_KINDS = {
    str(KGO.Country): "country",
    str(KGO.Organization): "organization",
    str(KGO.ArmedGroup): "group",
    str(KGO.Person): "person",
    str(KGO.SectorActor): "sector",
    str(KGO.UnresolvedActor): "unresolved",
}
_KIND_ORDER = ("country", "organization", "group", "person", "sector", "unresolved")


def _local(iri: str | None) -> str | None:
    """An actor IRI as its id (``act:RUS`` → ``RUS``); other IRIs unchanged."""
    if iri is None:
        return None
    return unquote(iri[len(str(ACT)) :]) if iri.startswith(str(ACT)) else iri


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """What the store says about one actor: label, kind, country and the group it rolls up to."""

    id: str
    label: str
    kind: str
    country: str | None = None
    affiliation: str | None = None

    @property
    def group(self) -> str:
        """The organisation or country the actor belongs to, else its own id (as ``Actor.group``).

        Examples:
            >>> ActorInfo("RUSGOV", "Russian government", "sector", country="RUS").group
            'RUS'
        """
        return self.affiliation or self.country or self.id


def _rows(store: KGStore, name: str) -> Iterable[dict[str, Any]]:
    """The solutions of a packaged query as dicts of lexical values (IRIs and literals as text)."""
    result = run_query(store, load_query(name))
    names = [v.value for v in result.variables]
    for solution in result:
        values = {}
        for n in names:
            term = solution[n]
            values[n] = None if term is None else term.value
        yield values


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def store_actors(store: KGStore) -> dict[str, ActorInfo]:
    """Every actor the store describes, by id."""
    found: dict[str, ActorInfo] = {}
    for row in _rows(store, "graph_actors"):
        actor_id = _local(row["actor"]) or ""
        kind = _KINDS.get(row["kind"], "unresolved")
        old = found.get(actor_id)
        if old is not None and _KIND_ORDER.index(old.kind) <= _KIND_ORDER.index(kind):
            continue
        found[actor_id] = ActorInfo(
            actor_id,
            str(row["label"]),
            kind,
            country=_local(row["country"]),
            affiliation=_local(row["affiliation"]),
        )
    return found


_FACTS = {
    str(KGO.source): "source",
    str(KGO.target): "target",
    str(KGO.action): "action",
    str(KGO.rootCode): "root",
    str(KGO.quadClass): "quad",
    str(KGO.goldstein): "goldstein",
    str(KGO.negated): "negated",
    str(KGO.modality): "modality",
    str(KGO.confidence): "confidence",
    str(KGO.mentionCount): "mentions",
    str(KGO.plover): "plover",
    str(SEM.hasTimeStamp): "date",
}
_REQUIRED = ("source", "target", "action", "root", "quad", "goldstein")


def _triples(store: KGStore, name: str) -> dict[str, dict[str, Any]]:
    """(subject, property, value) rows of a packaged query as {subject: {property IRI: value}}.

    ``kgo:mention`` values are collected in a list (an event may have several mentions).
    """
    found: dict[str, dict[str, Any]] = {}
    mention = str(KGO.mention)
    result = run_query(store, load_query(name))
    for subject, prop, value in result:
        facts = found.setdefault(subject.value, {})
        if prop.value == mention:
            facts.setdefault(mention, []).append(value.value)
        else:
            facts[prop.value] = value.value
    return found


def events_table(store: KGStore) -> list[dict[str, Any]]:
    """One dict per stored event that has a target, oldest first.

    Keys: ``event``, ``source``/``target`` (actor ids), ``cameo``, ``root``, ``label``, ``quad_class``,
    ``goldstein``, ``plover``, ``date``, ``negated``, ``modality``, ``confidence``, ``mentions``, and
    for the event's first mention ``sentence``, ``article``, ``article_title``, ``article_date``.
    """
    actions = {row["action"]: (row["cameo"], row["label"]) for row in _rows(store, "graph_actions")}
    articles = {row["article"]: row for row in _rows(store, "graph_articles")}
    mentions = _triples(store, "graph_mentions")
    text, derived_from = str(KGO.text), str(PROV.wasDerivedFrom)
    rows = []
    for event, facts in _triples(store, "graph_event_facts").items():
        row: dict[str, Any] = {key: facts.get(iri) for iri, key in _FACTS.items()}
        if any(row[key] is None for key in _REQUIRED):
            continue  # no target (or not an event kg.graph can draw)
        first = min(facts.get(str(KGO.mention), []), default=None)
        mention = mentions.get(first or "", {})
        article_iri = mention.get(derived_from)
        article = articles.get(article_iri or "", {})
        cameo, label = actions.get(row["action"], (str(row["action"]).rsplit("/", 1)[-1], ""))
        rows.append(
            {
                "event": event,
                "source": _local(row["source"]),
                "target": _local(row["target"]),
                "cameo": cameo,
                "root": row["root"],
                "label": label,
                "quad_class": int(row["quad"]),
                "goldstein": float(row["goldstein"]),
                "plover": row["plover"],
                "date": _date(row["date"]),
                "negated": row["negated"] in ("true", "1"),
                "modality": row["modality"] or "asserted",
                "confidence": float(row["confidence"] or 0.0),
                "mentions": int(row["mentions"] or 1),
                "sentence": mention.get(text),
                "article": article_iri,
                "article_title": article.get("title"),
                "article_date": _date(article.get("published")),
            }
        )
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or dt.date.min, r["event"]))
    return rows


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
    for row in rows:
        if row.get("target") is None:
            continue
        source, source_data = _node(str(row["source"]), actors, level)
        target, target_data = _node(str(row["target"]), actors, level)
        if source == target or not flt.accepts(source, target, row):
            continue
        for node, data in ((source, source_data), (target, target_data)):
            if node not in graph:
                graph.add_node(node, **data)
        data = dict(row)
        data["source_actor"], data["target_actor"] = row["source"], row["target"]
        del data["source"], data["target"]
        graph.add_edge(source, target, key=str(row["event"]).rsplit("/", 1)[-1], **data)
    return graph


def to_networkx(
    store: KGStore,
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
