"""RDF stage: the event store interface, shared by the embedded Oxigraph store and remote endpoints.

A :class:`KGStore` keeps three named graphs: the ontology (kg.ttl with the CAMEO and PLOVER concept
schemes), the events (with mentions, articles, runs and actors) and the derived actor→actor shortcuts,
rebuilt from the events by SPARQL UPDATE. Open one with :func:`open_store`: a directory (the embedded
pyoxigraph store), ``None`` (in memory) or an ``http(s)://`` SPARQL 1.1 endpoint.
"""

from __future__ import annotations

import abc
import datetime as dt
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.datamodel import Actor, Article, Event
from kg.errors import QueryError, StoreError
from kg.rdf.build import EVENTS_GRAPH, ONTOLOGY_GRAPH, Run, batch_lines
from kg.rdf.derive import rebuild_update
from kg.rdf.namespace import KGO

if TYPE_CHECKING:
    from kg.rdf.exchange import ImportResult

__all__ = ["QueryResult", "KGStore", "group_lines", "new_run", "open_store", "to_rdf"]

logger = logging.getLogger(__name__)

#: What :meth:`KGStore.query` returns: solutions, a boolean, or triples (CONSTRUCT/DESCRIBE).
QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples | list[ox.Triple]

_VALUES_CHUNK = 2000
_CONTENT_HASH = str(ox.NamedNode(str(KGO.contentHash)))


def values_block(variable: str, terms: Iterable[ox.NamedNode | ox.Literal]) -> str:
    """A one-variable ``VALUES`` block; each term is written by Oxigraph's own serialiser.

    Examples:
        >>> values_block("h", [ox.Literal('a"b')])
        'VALUES ?h { "a\\\\"b" }'
    """
    if not variable.isidentifier():
        raise StoreError(f"invalid SPARQL variable name {variable!r}")
    return f"VALUES ?{variable} {{ {' '.join(str(t) for t in terms)} }}"


def group_lines(quads: Iterable[ox.Quad]) -> dict[ox.NamedNode, list[str]]:
    """Quads as N-Triples lines per named graph.

    Examples:
        >>> g = ox.NamedNode("http://g")
        >>> group_lines([ox.Quad(g, g, ox.Literal("x"), g)])[g]
        ['<http://g> <http://g> "x" .\\n']
    """
    out: dict[ox.NamedNode, list[str]] = {}
    for q in quads:
        if not isinstance(q.graph_name, ox.NamedNode):
            raise StoreError(f"kg writes only into named graphs, not {q.graph_name}: {q}")
        out.setdefault(q.graph_name, []).append(f"{q.triple} .\n")
    return out


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class KGStore(abc.ABC):
    """kg's view of an RDF store: ontology, events and derived shortcuts in named graphs.

    The same interface serves the embedded Oxigraph store and any SPARQL 1.1 endpoint: adding
    validated batches, idempotent re-ingest, SPARQL queries over the union of kg's graphs, export
    and import.
    """

    #: Where the store lives: a directory, an endpoint URL, or None in memory.
    location: str | None
    read_only: bool

    # ------------------------------------------------------------------ primitives
    @property
    def store(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store`` (embedded stores only)."""
        raise StoreError(f"store {self.name} is a SPARQL endpoint: it has no embedded pyoxigraph Store")

    @property
    def name(self) -> str:
        return self.location or "(memory)"

    @abc.abstractmethod
    def query(self, text: str) -> QueryResult:
        """Run a SPARQL query (kg prefixes predeclared) over the union of kg's graphs.

        Raises:
            QueryError: the query does not parse or fails.
        """

    @abc.abstractmethod
    def update(self, text: str) -> None:
        """Run a SPARQL UPDATE (kg prefixes predeclared).

        Raises:
            StoreError: the store is read-only or the update fails.
        """

    @abc.abstractmethod
    def write_graph(self, graph: ox.NamedNode, lines: Sequence[str]) -> None:
        """Insert N-Triples lines into one named graph as they are (no validation); large batches go
        through the bulk loader."""

    def write_graphs(self, batch: dict[ox.NamedNode, list[str]]) -> None:
        """Insert N-Triples lines graph by graph."""
        for graph, lines in batch.items():
            if lines:
                self.write_graph(graph, lines)

    def write(self, quads: Iterable[ox.Quad]) -> None:
        """Insert pyoxigraph quads (in named graphs) as they are (no validation)."""
        self.write_graphs(group_lines(quads))

    @abc.abstractmethod
    def graph_quads(self, graph: ox.NamedNode) -> Iterator[ox.Quad]:
        """Every quad of one named graph."""

    @abc.abstractmethod
    def __len__(self) -> int:
        """Number of quads in the store."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the store; it cannot be used after."""

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.name} is open read-only")

    # ------------------------------------------------------------------ shared behaviour
    def ensure_ontology(self) -> None:
        """Load the ontology and the CAMEO and PLOVER concept schemes once into the ontology graph."""
        if self._ask(f"ASK {{ GRAPH {ONTOLOGY_GRAPH} {{ ?s ?p ?o }} }}"):
            return
        from kg.rdf.ontology import ontology_quads

        self.write(ontology_quads())

    def _ask(self, text: str) -> bool:
        return bool(self.query(text))

    def select(self, text: str) -> ox.QuerySolutions:
        """Run a SELECT query and return its solutions.

        Raises:
            QueryError: the query is not a SELECT query, or fails.
        """
        result = self.query(text)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError(f"expected a SELECT query, got {type(result).__name__}")
        return result

    def has_article(self, article: Article) -> bool:
        """True when an article with the same text is already stored."""
        return bool(self.stored_hashes([article.content_hash]))

    def stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these article content hashes the store already holds."""
        wanted = sorted(set(hashes))
        found: set[str] = set()
        for chunk in _chunks(wanted, _VALUES_CHUNK):
            block = values_block("h", [ox.Literal(h) for h in chunk])
            rows = self.select(
                f"SELECT ?h WHERE {{ {block} GRAPH {EVENTS_GRAPH} {{ ?a kgo:contentHash ?h }} }}"
            )
            found.update(row["h"].value for row in rows)
        return found

    def classes_of(self, nodes: set[ox.NamedNode]) -> dict[ox.NamedNode, set[str]]:
        """The ``rdf:type`` classes the store records for each of ``nodes`` (absent when none)."""
        out: dict[ox.NamedNode, set[str]] = {}
        for chunk in _chunks(sorted(nodes, key=str), _VALUES_CHUNK):
            rows = self.select(f"SELECT ?n ?c WHERE {{ {values_block('n', chunk)} GRAPH ?g {{ ?n a ?c }} }}")
            for row in rows:
                out.setdefault(row["n"], set()).add(row["c"].value)
        return out

    def add(
        self,
        articles: Iterable[Article],
        events: Iterable[Event],
        run: Run,
        *,
        actors: Iterable[Actor] = (),
        validate: bool = True,
    ) -> int:
        """Store a batch of articles and their events; returns the number of quads written.

        Articles whose text is already stored are left out with their events, so ingesting an
        article twice changes nothing. The batch is checked against kg's SHACL shapes first: a batch
        that breaks them raises and stores nothing. ``actors`` are extra actor records to describe
        (the countries and organisations that people and sectors belong to). The derived
        actor→actor shortcuts of the new events are added by SPARQL UPDATE.

        Raises:
            OntologyError: the batch does not conform to the shapes.
            StoreError: the store is read-only or cannot be written.
        """
        self._check_writable()
        articles, events = list(articles), list(events)
        stored = self.stored_hashes(a.content_hash for a in articles) if articles else set()
        if stored:
            skip = {a.id for a in articles if a.content_hash in stored}
            logger.info("%d article(s) already stored: left out", len(skip))
            articles = [a for a in articles if a.id not in skip]
            events = [e for e in events if e.article_id not in skip]
        if not articles and not events:
            return 0
        batch = batch_lines(articles, events, run, actors=actors)
        if validate:
            from kg.rdf.validate import validate_lines

            validate_lines(batch[EVENTS_GRAPH], lookup=self.classes_of, what=_describe(articles, len(events)))
        self.write_batch(batch)
        return sum(len(lines) for lines in batch.values())

    def write_batch(self, batch: dict[ox.NamedNode, list[str]]) -> None:
        """Write a checked batch so that a crash part-way leaves no article marked stored incomplete.

        An article counts as stored once its content hash is (see :meth:`stored_hashes`): the
        hashes go in last, in a write of their own, so a process killed mid-batch leaves no article
        marked stored whose events, mentions or shortcuts are missing, and the rerun writes the batch
        again, to the same IRIs, which duplicates nothing. Stores that can write the whole batch in
        one transaction do so (then nothing of it is stored before the end).
        """
        body: list[str] = []
        marks: list[str] = []
        for line in batch.get(EVENTS_GRAPH, []):
            (marks if line.split(" ", 2)[1] == _CONTENT_HASH else body).append(line)
        self.write_graphs({**batch, EVENTS_GRAPH: body})
        self.write_graphs({EVENTS_GRAPH: marks})

    def rebuild_derived(self) -> None:
        """Drop the derived graph and derive it again from every stored event (SPARQL UPDATE)."""
        self._check_writable()
        self.update(rebuild_update())

    def count_events(self) -> int:
        """Number of events in the store."""
        rows = self.select(f"SELECT (COUNT(?e) AS ?n) WHERE {{ GRAPH {EVENTS_GRAPH} {{ ?e a kgo:Event }} }}")
        for row in rows:
            return int(row["n"].value)
        return 0

    def export(self, path: str | Path, *, graphs: str = "data", fmt: str | None = None) -> Path:
        """Write the store to ``path``; see :func:`kg.rdf.exchange.export_store`."""
        from kg.rdf.exchange import export_store

        return export_store(self, path, graphs=graphs, fmt=fmt)

    def import_file(self, path: str | Path, *, fmt: str | None = None, validate: bool = True) -> ImportResult:
        """Load an RDF file into kg's graphs; see :func:`kg.rdf.exchange.import_file`."""
        from kg.rdf.exchange import import_file

        return import_file(self, path, fmt=fmt, validate=validate)


def _describe(articles: Sequence[Article], n_events: int) -> str:
    names = [a.source or a.id for a in articles[:3]]
    more = f" and {len(articles) - 3} more" if len(articles) > 3 else ""
    return f"batch of {len(articles)} article(s) ({', '.join(names)}{more}) with {n_events} event(s)"


def open_store(
    location: str | Path | None = None, *, read_only: bool = False, update_url: str | None = None
) -> KGStore:
    """Open a store: an embedded directory (created if needed), None for memory, or an endpoint URL.

    Args:
        location: a directory, None, or ``http(s)://host:port/...`` (any SPARQL 1.1 endpoint; for an
            Oxigraph server give its root or its ``/query`` URL).
        read_only: open without writing (no ontology load, no lock on a directory).
        update_url: the endpoint's SPARQL UPDATE URL when it cannot be guessed from ``location``.

    Raises:
        StoreError: the store cannot be opened (locked by another process, not a store, no server).
    """
    if isinstance(location, str) and location.startswith(("http://", "https://")):
        from kg.rdf.remote import RemoteStore

        kg_store: KGStore = RemoteStore(location, update_url=update_url, read_only=read_only)
    else:
        from kg.rdf.embedded import EmbeddedStore

        kg_store = EmbeddedStore.open(location, read_only=read_only)
    if not read_only:
        kg_store.ensure_ontology()
    return kg_store


def new_run(model: str, started: dt.datetime | None = None) -> Run:
    """A Run record for an extraction with spaCy pipeline ``model``, starting at ``started`` (now).

    ``model`` may carry its version as ``name-version`` (what ``kg.nlp.model_info`` gives); the
    spaCy library's version is read from the installed package.

    Examples:
        >>> run = new_run("en_core_web_sm-3.8.0")
        >>> run.model, run.model_version
        ('en_core_web_sm', '3.8.0')
    """
    import importlib.metadata
    import re

    from kg import __version__

    match = re.fullmatch(r"(.+)-(\d+(?:\.\w+)*)", model)
    name, version = (match.group(1), match.group(2)) if match else (model, None)
    try:
        spacy_version: str | None = importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        spacy_version = None
    return Run(
        started=started or dt.datetime.now(dt.UTC).replace(microsecond=0),
        kg_version=__version__,
        model=name,
        model_version=version,
        spacy_version=spacy_version,
    )


def to_rdf(
    events: Iterable[Event],
    *,
    articles: Iterable[Article] = (),
    store: KGStore | None = None,
    run: Run | None = None,
) -> KGStore:
    """Write events (and the articles they come from) into ``store``, a new in-memory one if None.

    Returns:
        The store, for querying with :func:`kg.rdf.sparql`.
    """
    target = store if store is not None else open_store()
    target.add(articles, events, run if run is not None else new_run("unknown"))
    return target
