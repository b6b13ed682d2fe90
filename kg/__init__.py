"""kg: turn news articles into a geopolitical event knowledge graph.

The public API is imported lazily so that ``import kg`` loads no model, registers nothing and
stays fast (``kg --help`` depends on it).
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Event",
    "KGError",
    "build_graph",
    "extract_events",
    "read_articles",
    "render_html",
    "resolve_actors",
    "sparql",
    "to_networkx",
    "to_rdf",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

_LAZY = {
    "Actor": "kg.datamodel",
    "Article": "kg.datamodel",
    "Event": "kg.datamodel",
    "KGError": "kg.errors",
    "build_graph": "kg.pipeline",
    "extract_events": "kg.pipeline",
    "read_articles": "kg.ingest",
    "render_html": "kg.viz",
    "resolve_actors": "kg.actors",
    "sparql": "kg.rdf",
    "to_networkx": "kg.graph",
    "to_rdf": "kg.rdf",
}

if TYPE_CHECKING:
    from kg.actors import resolve_actors
    from kg.datamodel import Actor, Article, Event
    from kg.errors import KGError
    from kg.graph import to_networkx
    from kg.ingest import read_articles
    from kg.pipeline import build_graph, extract_events
    from kg.rdf import sparql, to_rdf
    from kg.viz import render_html


_SUBPACKAGES = frozenset(
    {
        "actors",
        "cli",
        "coding",
        "datamodel",
        "errors",
        "extract",
        "graph",
        "ingest",
        "nlp",
        "pipeline",
        "rdf",
        "viz",
    }
)


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        return importlib.import_module(f"kg.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__ + ["__version__"])
