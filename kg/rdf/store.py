"""RDF stage: the event store (embedded Oxigraph directory, or in memory) and its writes."""

from __future__ import annotations

import importlib.resources
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.datamodel import Actor, Article, Event
from kg.errors import StoreError
from kg.rdf.build import (
    DERIVED_GRAPH,
    EVENTS_GRAPH,
    ONTOLOGY_GRAPH,
    Run,
    actor_quads,
    article_quads,
    cameo_scheme_quads,
    derived_quads,
    event_quads,
    run_quads,
)
from kg.rdf.namespace import PREFIXES

__all__ = ["KGStore", "new_run", "open_store", "to_rdf"]

logger = logging.getLogger(__name__)

_EXPORT_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


class KGStore:
    """kg's view of an Oxigraph store: ontology, events and derived shortcuts in named graphs.

    Open one with :func:`open_store`. Only one process may open a store directory read-write.
    """

    def __init__(self, store: ox.Store, *, location: str | None = None) -> None:
        self._store: ox.Store | None = store
        self.location = location

    @property
    def store(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        if self._store is None:
            raise StoreError(f"store {self.location or '(memory)'} is closed")
        return self._store

    def __len__(self) -> int:
        return len(self.store)

    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush pending writes and release the directory lock; the store cannot be used after."""
        if self._store is None:
            return
        if self.location is not None:
            try:
                self._store.flush()
            except OSError as err:  # read-only stores cannot flush
                logger.debug("flush skipped: %s", err)
        self._store = None

    def ensure_ontology(self) -> None:
        """Load the ontology and the CAMEO concept scheme once into the ontology graph."""
        if self.store.contains_named_graph(ONTOLOGY_GRAPH):
            return
        from kg.coding import load_cameo

        path = importlib.resources.files("kg.rdf") / "kg.ttl"
        self.store.load(path.read_bytes(), format=ox.RdfFormat.TURTLE, to_graph=ONTOLOGY_GRAPH)
        codes = ((c.code, c.label, c.root, c.goldstein, c.quad_class) for c in load_cameo())
        self.store.extend(list(cameo_scheme_quads(codes)))

    def has_article(self, article: Article) -> bool:
        """True when an article with the same text is already stored."""
        result = self.store.query(
            "ASK { GRAPH ?g { ?a kgo:contentHash ?h } }",
            prefixes=PREFIXES,
            substitutions={ox.Variable("h"): ox.Literal(article.content_hash)},
        )
        return bool(result)

    def add(
        self,
        articles: Iterable[Article],
        events: Iterable[Event],
        run: Run,
        *,
        actors: Iterable[Actor] = (),
    ) -> int:
        """Store a batch of articles and their events in one transaction; returns quads written.

        ``actors`` are extra actor records to describe (the countries and organisations that
        people and sectors belong to). Re-adding the same data writes the same quads.
        """
        events = list(events)
        quads: list[ox.Quad] = list(run_quads(run))
        for article in articles:
            quads.extend(article_quads(article))
        for actor in actors:
            quads.extend(actor_quads(actor))
        for event in events:
            quads.extend(event_quads(event, run))
        quads.extend(derived_quads(events))
        try:
            self.store.extend(quads)
        except OSError as err:
            raise StoreError(f"cannot write to store {self.location or '(memory)'}: {err}") from err
        return len(quads)

    def count_events(self) -> int:
        """Number of events in the store."""
        rows = self.store.query("SELECT (COUNT(?e) AS ?n) { GRAPH ?g { ?e a kgo:Event } }", prefixes=PREFIXES)
        if not isinstance(rows, ox.QuerySolutions):
            raise StoreError("event count query returned no solutions")
        for row in rows:
            return int(row["n"].value)
        return 0

    def export(self, path: str | Path, *, graphs: str = "data") -> Path:
        """Write the store to ``path``; the format follows the suffix (.ttl, .nt, .nq, .trig, .jsonld).

        Args:
            graphs: ``data`` (events and derived graphs) or ``all`` (with the ontology).
        """
        path = Path(path)
        fmt = _EXPORT_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise StoreError(
                f"cannot export to {path}: unknown suffix {path.suffix!r} "
                f"(use one of {', '.join(_EXPORT_FORMATS)})"
            )
        wanted = [EVENTS_GRAPH, DERIVED_GRAPH] + ([ONTOLOGY_GRAPH] if graphs == "all" else [])
        quads = [q for g in wanted for q in self.store.quads_for_pattern(None, None, None, g)]
        quads.sort(key=str)
        items: Any
        items = quads if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG) else [q.triple for q in quads]
        ox.serialize(items, str(path), format=fmt, prefixes=PREFIXES)
        return path


def open_store(location: str | Path | None = None, *, read_only: bool = False) -> KGStore:
    """Open (creating if needed) an embedded store directory, or an in-memory store for None.

    Raises:
        StoreError: the directory cannot be opened (locked by another process, not a store, ...).
    """
    try:
        if location is None:
            store = ox.Store()
        elif read_only:
            if not Path(location).exists():
                raise StoreError(f"no store at {location}: build one with `kg build ... --out DIR`")
            store = ox.Store.read_only(str(location))
        else:
            Path(location).mkdir(parents=True, exist_ok=True)
            store = ox.Store(str(location))
    except OSError as err:
        raise StoreError(f"cannot open store {location}: {err}") from err
    kg_store = KGStore(store, location=str(location) if location is not None else None)
    if not read_only:
        kg_store.ensure_ontology()
    return kg_store


def new_run(model: str) -> Run:
    """A Run record for an extraction starting now with spaCy pipeline ``model``."""
    import datetime as dt

    from kg import __version__

    return Run(started=dt.datetime.now(dt.UTC).replace(microsecond=0), kg_version=__version__, model=model)


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
