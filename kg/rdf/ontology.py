"""RDF stage: the packaged runtime copies of ``ontology/`` (kg.ttl, cameo.ttl, plover.ttl, shapes.ttl)."""

from __future__ import annotations

import functools
import importlib.resources

import pyoxigraph as ox

from kg.errors import OntologyError

__all__ = ["ONTOLOGY_FILES", "ontology_quads", "ontology_text"]

#: The files loaded into the ontology graph: the OWL model and the two SKOS concept schemes.
ONTOLOGY_FILES = ("kg.ttl", "cameo.ttl", "plover.ttl")


def ontology_text(name: str) -> str:
    """The text of a packaged ontology file.

    Examples:
        >>> "kgo:Event a owl:Class" in ontology_text("kg.ttl")
        True

    Raises:
        OntologyError: there is no such file in the package.
    """
    path = importlib.resources.files("kg.rdf") / name
    if not name.endswith(".ttl") or not path.is_file():
        raise OntologyError(
            f"no packaged ontology file {name!r}; known: kg.ttl, cameo.ttl, plover.ttl, shapes.ttl"
        )
    return path.read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def ontology_quads() -> tuple[ox.Quad, ...]:
    """The quads of the ontology graph: kg.ttl, the CAMEO and the PLOVER concept schemes."""
    from kg.rdf.build import ONTOLOGY_GRAPH

    quads: list[ox.Quad] = []
    for name in ONTOLOGY_FILES:
        triples = ox.parse(ontology_text(name).encode(), format=ox.RdfFormat.TURTLE)
        quads.extend(ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH) for t in triples)
    return tuple(quads)
