"""RDF stage: the derived actor→actor shortcut graph, built from the events by SPARQL UPDATE.

An asserted (not negated, not hypothetical) event with a target gives ``source kgo:actedOn target``
and ``source <p> target`` for the property ``p`` whose ``kgo:derivedFromRoot`` is the event's CAMEO
root (``kgo:rejected`` for root 12). The rule reads the ontology graph, so it holds on any SPARQL 1.1
store, embedded or remote.
"""

from __future__ import annotations

from kg.rdf.build import DERIVED_GRAPH, EVENTS_GRAPH, ONTOLOGY_GRAPH

__all__ = ["rebuild_update"]

_DERIVE = f"""INSERT {{ GRAPH {DERIVED_GRAPH} {{ ?s kgo:actedOn ?t . ?s ?p ?t }} }}
WHERE {{
  GRAPH {EVENTS_GRAPH} {{
    ?e kgo:source ?s ; kgo:target ?t ; kgo:rootCode ?root ; kgo:negated false ; kgo:modality "asserted" .
  }}
  OPTIONAL {{ GRAPH {ONTOLOGY_GRAPH} {{ ?p kgo:derivedFromRoot ?c . ?c skos:notation ?root }} }}
}}"""


def rebuild_update() -> str:
    """The SPARQL UPDATE that drops the derived graph and derives it from every stored event.

    Examples:
        >>> rebuild_update().startswith("DROP SILENT GRAPH")
        True
    """
    return f"DROP SILENT GRAPH {DERIVED_GRAPH} ;\n{_DERIVE}"
