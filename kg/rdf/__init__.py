"""RDF stage: ontology terms, IRIs, the Oxigraph store, SPARQL."""

from kg.rdf.build import Run, actor_iri, article_iri, event_iri, iri_segment
from kg.rdf.namespace import KGO, PREFIXES
from kg.rdf.query import python_value, run_query, sparql, to_term
from kg.rdf.store import KGStore, open_store, to_rdf

__all__ = [
    "KGO",
    "PREFIXES",
    "KGStore",
    "Run",
    "actor_iri",
    "article_iri",
    "event_iri",
    "iri_segment",
    "open_store",
    "python_value",
    "run_query",
    "sparql",
    "to_rdf",
    "to_term",
]
