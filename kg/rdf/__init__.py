"""RDF stage: ontology terms, IRIs, the store (embedded Oxigraph or a SPARQL endpoint), SPARQL."""

from kg.rdf.build import Run, actor_iri, article_iri, cameo_iri, event_iri, iri_segment
from kg.rdf.named_queries import list_queries, load_query, run_named
from kg.rdf.namespace import KGO, PREFIXES
from kg.rdf.query import python_value, run_query, sparql, to_term
from kg.rdf.store import KGStore, new_run, open_store, to_rdf

__all__ = [
    "KGO",
    "PREFIXES",
    "KGStore",
    "Run",
    "actor_iri",
    "article_iri",
    "cameo_iri",
    "event_iri",
    "iri_segment",
    "list_queries",
    "load_query",
    "new_run",
    "open_store",
    "python_value",
    "run_named",
    "run_query",
    "sparql",
    "to_rdf",
    "to_term",
]
