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

__all__ = [
    "ActorInfo",
    "csv_rows",
    "csv_table",
    "events_table",
    "query_rows",
    "query_table",
    "select_rows",
    "store_actors",
]

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


def csv_table(data: bytes) -> tuple[dict[str, int], list[list[str]]]:
    """SPARQL CSV results as (column index by variable, rows of text); faster than dicts per row.

    Examples:
        >>> csv_table(b'a,b\\r\\nx,\\r\\n')
        ({'a': 0, 'b': 1}, [['x', '']])
    """
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    header = next(reader, None)
    if header is None:
        return {}, []
    return {name: i for i, name in enumerate(header)}, list(reader)


def query_table(store: Queryable, name: str) -> tuple[dict[str, int], list[list[str]]]:
    """The solutions of a packaged ``graph_*`` SELECT query as :func:`csv_table` gives them.

    Raises:
        QueryError: the query fails or is not a SELECT.
    """
    return csv_table(_select_csv(store, graph_query(name), name=name))


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
    return csv_rows(_select_csv(store, text, name=name))


def _select_csv(store: Queryable, text: str, *, name: str) -> bytes:
    """The solutions of a SELECT query as SPARQL CSV, written by Oxigraph.

    Oxigraph evaluates a query lazily: writing the CSV is where it runs (scans, joins, and
    the lookup of every IRI and long literal in the store's string table).
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
    return data


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
    col, rows = query_table(store, "graph_actors")
    i_actor, i_label, i_kind = col["actor"], col["label"], col["kind"]
    i_country, i_affiliation = col["country"], col["affiliation"]
    for row in rows:
        actor_id = ids(row[i_actor]) or ""
        kind = _KINDS.get(row[i_kind], "unresolved")
        old = found.get(actor_id)
        if old is not None and _KIND_ORDER.index(old.kind) <= _KIND_ORDER.index(kind):
            continue
        found[actor_id] = ActorInfo(
            actor_id, row[i_label], kind, country=ids(row[i_country]), affiliation=ids(row[i_affiliation])
        )
    return found


def _first_mentions(store: Queryable) -> dict[str, tuple[str, str | None]]:
    """For each event IRI, its first mention's (text, article IRI): the mention with the smallest IRI."""
    col, rows = query_table(store, "graph_mentions")
    i_event, i_mention, i_text, i_article = col["event"], col["mention"], col["text"], col["article"]
    first: dict[str, list[str]] = {}
    for row in rows:
        event = row[i_event]
        old = first.get(event)
        if old is None or row[i_mention] < old[i_mention]:
            first[event] = row
    return {event: (row[i_text], row[i_article] or None) for event, row in first.items()}


def events_table(store: Queryable) -> list[dict[str, Any]]:
    """One dict per stored event that has a target, oldest first.

    Keys: ``event``, ``source``/``target`` (actor ids), ``cameo``, ``root``, ``label``, ``quad_class``,
    ``goldstein``, ``plover``, ``date``, ``negated``, ``modality``, ``confidence``, ``mentions``, and
    for the event's first mention ``sentence``, ``article``, ``article_title``, ``article_date``.
    """
    col, found = query_table(store, "graph_actions")
    actions = {row[col["action"]]: (row[col["cameo"]], row[col["label"]]) for row in found}
    col, found = query_table(store, "graph_articles")
    ids, dates = _Ids(), _Dates()
    articles = {
        row[col["article"]]: (row[col["title"]] or None, dates(row[col["published"]])) for row in found
    }
    mentions = _first_mentions(store)
    col, found = query_table(store, "graph_events")
    i_event, i_source, i_target, i_action = col["event"], col["source"], col["target"], col["action"]
    i_root, i_quad, i_goldstein, i_plover = col["root"], col["quad"], col["goldstein"], col["plover"]
    i_date, i_negated, i_modality = col["date"], col["negated"], col["modality"]
    i_confidence, i_mentions = col["confidence"], col["mentions"]
    no_mention: tuple[str | None, str | None] = (None, None)
    no_article: tuple[str | None, dt.date | None] = (None, None)
    rows: dict[str, dict[str, Any]] = {}
    for row in found:
        event = row[i_event]
        if event in rows:
            continue  # a property given twice: the first value stands
        sentence, article_iri = mentions.get(event, no_mention)
        title, published = articles.get(article_iri, no_article) if article_iri else no_article
        action = row[i_action]
        cameo, label = actions.get(action) or (action.rsplit("/", 1)[-1], "")
        rows[event] = {
            "event": event,
            "source": ids(row[i_source]),
            "target": ids(row[i_target]),
            "cameo": cameo,
            "root": row[i_root],
            "label": label,
            "quad_class": int(row[i_quad]),
            "goldstein": float(row[i_goldstein]),
            "plover": row[i_plover] or None,
            "date": dates(row[i_date]),
            "negated": row[i_negated] in ("true", "1"),
            "modality": row[i_modality] or "asserted",
            "confidence": float(row[i_confidence] or 0.0),
            "mentions": int(row[i_mentions] or 1),
            "sentence": sentence,
            "article": article_iri,
            "article_title": title,
            "article_date": published,
        }
    table = list(rows.values())
    table.sort(key=lambda r: (r["date"] is None, r["date"] or dt.date.min, r["event"]))
    logger.debug("read %d events from the store", len(table))
    return table
