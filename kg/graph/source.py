"""Graph stage: where the graph views read from: a kg store, or a built store directory read lean.

The graph views only ever run a few packaged SELECT queries (:mod:`kg.graph.read`). A
:class:`StoreReader` runs them on an Oxigraph directory opened read-only, the way
:class:`kg.rdf.KGStore` would (kg's prefixes, the union of the named graphs), without importing
:mod:`kg.rdf` and its RDFLib ontology layer: that keeps ``kg viz`` and the other graph commands'
start-up short. Anything with the same ``query(text)`` method will do, a ``KGStore`` included.
"""

from __future__ import annotations

import importlib.resources
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from kg.errors import QueryError, StoreError

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = ["BASE", "GRAPH_PREFIXES", "Queryable", "StoreReader", "graph_query", "open_reader"]

#: The base of every IRI kg mints (as :data:`kg.rdf.namespace.BASE`; a test checks they agree).
BASE = "https://w3id.org/kgnews/"
#: The prefixes the graph queries use, as in :data:`kg.rdf.namespace.PREFIXES` (a test checks).
GRAPH_PREFIXES: dict[str, str] = {
    "kgo": BASE + "ontology#",
    "act": BASE + "actor/",
    "kgg": BASE + "graph/",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
}


class Queryable(Protocol):
    """What the graph views read from: a SPARQL SELECT over kg's graphs, as pyoxigraph results."""

    def query(self, text: str) -> Any:
        """Solutions of ``text`` (kg's prefixes declared, the named graphs as the default graph)."""


def graph_query(name: str) -> str:
    """The text of one of the packaged ``graph_*`` queries kg's graph views run.

    Examples:
        >>> "kgo:Event" in graph_query("graph_events")
        True

    Raises:
        QueryError: no such query.
    """
    if not re.fullmatch(r"graph_\w+", name):
        raise QueryError(f"no graph query named {name!r}")
    path = importlib.resources.files("kg").joinpath("rdf", "queries", f"{name}.rq")
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise QueryError(f"no graph query named {name!r}") from err


class StoreReader:
    """A built store directory opened read-only for the graph views (no ``kg.rdf`` import)."""

    def __init__(self, location: str | Path) -> None:
        import pyoxigraph as ox

        path = Path(location)
        if (path / "store").is_dir():
            path = path / "store"
        if not path.exists():
            raise StoreError(f"no store at {location}: build one with `kg build ... --out DIR`")
        try:
            self._store: ox.Store | None = ox.Store.read_only(str(path))
        except OSError as err:
            raise StoreError(f"cannot open store {path}: {err}") from err
        self.location = str(path)

    def query(self, text: str) -> Any:
        """Run a SELECT on the union of the store's graphs, kg's graph prefixes declared."""
        if self._store is None:
            raise StoreError(f"store {self.location} is closed")
        try:
            return self._store.query(text, prefixes=GRAPH_PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {err}") from err
        except OSError as err:
            raise QueryError(f"query failed: {err}") from err

    def close(self) -> None:
        """Release the store."""
        self._store = None

    def __enter__(self) -> StoreReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_reader(location: str | Path) -> Any:
    """What the graph views of ``location`` read from: a :class:`StoreReader` for a directory
    (``DIR`` or ``DIR/store``), a read-only :class:`kg.rdf.KGStore` for an endpoint URL.

    Raises:
        StoreError: no store there, or it cannot be opened.
    """
    if str(location).startswith(("http://", "https://")):
        from kg.rdf import open_store

        return open_store(str(location), read_only=True)
    return StoreReader(location)
