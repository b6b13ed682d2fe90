"""Graph stage: the events and actors of a store as plain rows, read with a few SPARQL queries.

Oxigraph writes each query's solutions as SPARQL CSV in Rust (lexical values: IRIs and literals as
text, unbound as empty), and :mod:`csv` splits them: no Python object per RDF term. Each query is
shaped so that Oxigraph evaluates it fast: the event query reads every property in its own
sub-SELECT, which Oxigraph joins by hashing instead of one index lookup per event and property.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from kg.errors import QueryError
from kg.graph.source import GRAPH_PREFIXES, Queryable, graph_query

__all__ = ["ActorInfo", "csv_rows", "events_table", "query_rows", "select_rows", "store_actors"]

logger = logging.getLogger(__name__)

_ACT = GRAPH_PREFIXES["act"]
_KGO = GRAPH_PREFIXES["kgo"]
_KINDS = {
    _KGO + "Country": "country",
    _KGO + "Organization": "organization",
    _KGO + "ArmedGroup": "group",
    _KGO + "Person": "person",
    _KGO + "SectorActor": "sector",
    _KGO + "UnresolvedActor": "unresolved",
}
_KIND_ORDER = ("country", "organization", "group", "person", "sector", "unresolved")


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


def csv_rows(data: bytes) -> Iterator[dict[str, str]]:
    """The rows of SPARQL CSV results as dicts of text by variable (unbound: ``""``).

    Quoted values keep their commas, quotes and line breaks.

    Examples:
        >>> list(csv_rows(b'a,b\\r\\nx,"1, ""2""\\r\\n3"\\r\\n'))
        [{'a': 'x', 'b': '1, "2"\\r\\n3'}]
    """
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    header = next(reader, None)
    if header is None:
        return
    for values in reader:
        yield dict(zip(header, values, strict=True))


def query_rows(store: Queryable, name: str) -> Iterator[dict[str, str]]:
    """The solutions of a packaged ``graph_*`` SELECT query as dicts of lexical values (unbound: ``""``).

    Raises:
        QueryError: the query fails or is not a SELECT.
    """
    return select_rows(store, graph_query(name), name=name)


def select_rows(store: Queryable, text: str, *, name: str = "query") -> Iterator[dict[str, str]]:
    """The solutions of a SELECT query as dicts of lexical values (unbound: ``""``).

    Raises:
        QueryError: the query fails or is not a SELECT.
    """
    import pyoxigraph as ox

    result = store.query(text)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(f"query {name!r} is not a SELECT query")
    try:
        data = result.serialize(format=ox.QueryResultsFormat.CSV)
    except OSError as err:
        raise QueryError(f"query {name!r} failed: {err}") from err
    if data is None:
        raise QueryError(f"query {name!r} gave no results to read")
    return csv_rows(data)


class _Ids:
    """Actor IRIs as ids (``act:RUS`` → ``RUS``; unbound, empty, as None), each IRI decoded once."""

    def __init__(self) -> None:
        self._seen: dict[str, str | None] = {"": None}

    def __call__(self, iri: str) -> str | None:
        if iri not in self._seen:
            self._seen[iri] = unquote(iri[len(_ACT) :]) if iri.startswith(_ACT) else iri
        return self._seen[iri]


class _Dates:
    """ISO dates parsed once each; empty or invalid text as None."""

    def __init__(self) -> None:
        self._seen: dict[str, dt.date | None] = {}

    def __call__(self, text: str | None) -> dt.date | None:
        if not text:
            return None
        if text not in self._seen:
            try:
                self._seen[text] = dt.date.fromisoformat(text)
            except ValueError:
                self._seen[text] = None
        return self._seen[text]


def store_actors(store: Queryable) -> dict[str, ActorInfo]:
    """Every actor the store describes, by id (the most specific kind when it has several)."""
    ids = _Ids()
    found: dict[str, ActorInfo] = {}
    for row in query_rows(store, "graph_actors"):
        actor_id = ids(row["actor"]) or ""
        kind = _KINDS.get(row["kind"], "unresolved")
        old = found.get(actor_id)
        if old is not None and _KIND_ORDER.index(old.kind) <= _KIND_ORDER.index(kind):
            continue
        found[actor_id] = ActorInfo(
            actor_id, row["label"], kind, country=ids(row["country"]), affiliation=ids(row["affiliation"])
        )
    return found


def _first_mentions(store: Queryable) -> dict[str, dict[str, str]]:
    """For each event, its first mention (smallest IRI) with the mention's text and article."""
    first: dict[str, dict[str, str]] = {}
    for row in query_rows(store, "graph_mentions"):
        old = first.get(row["event"])
        if old is None or row["mention"] < old["mention"]:
            first[row["event"]] = row
    return first


def events_table(store: Queryable) -> list[dict[str, Any]]:
    """One dict per stored event that has a target, oldest first.

    Keys: ``event``, ``source``/``target`` (actor ids), ``cameo``, ``root``, ``label``, ``quad_class``,
    ``goldstein``, ``plover``, ``date``, ``negated``, ``modality``, ``confidence``, ``mentions``, and
    for the event's first mention ``sentence``, ``article``, ``article_title``, ``article_date``.
    """
    actions = {row["action"]: (row["cameo"], row["label"]) for row in query_rows(store, "graph_actions")}
    articles = {row["article"]: row for row in query_rows(store, "graph_articles")}
    mentions = _first_mentions(store)
    ids, dates = _Ids(), _Dates()
    rows: dict[str, dict[str, Any]] = {}
    for row in query_rows(store, "graph_events"):
        event = row["event"]
        if event in rows:
            continue  # a property given twice: the first value stands
        mention = mentions.get(event, {})
        article_iri = mention.get("article") or None
        article = articles.get(article_iri or "", {})
        action = row["action"]
        cameo, label = actions.get(action) or (action.rsplit("/", 1)[-1], "")
        rows[event] = {
            "event": event,
            "source": ids(row["source"]),
            "target": ids(row["target"]),
            "cameo": cameo,
            "root": row["root"],
            "label": label,
            "quad_class": int(row["quad"]),
            "goldstein": float(row["goldstein"]),
            "plover": row["plover"] or None,
            "date": dates(row["date"]),
            "negated": row["negated"] in ("true", "1"),
            "modality": row["modality"] or "asserted",
            "confidence": float(row["confidence"] or 0.0),
            "mentions": int(row["mentions"] or 1),
            "sentence": mention.get("text"),
            "article": article_iri,
            "article_title": article.get("title") or None,
            "article_date": dates(article.get("published")),
        }
    table = list(rows.values())
    table.sort(key=lambda r: (r["date"] is None, r["date"] or dt.date.min, r["event"]))
    logger.debug("read %d events from the store", len(table))
    return table
