"""RDF stage: the SPARQL queries shipped with kg (``kg/rdf/queries/*.rq``), read by name."""

from __future__ import annotations

import functools
import importlib.resources

from kg.errors import QueryError

__all__ = ["list_queries", "load_query"]


def list_queries() -> list[str]:
    """Names of the packaged queries.

    Examples:
        >>> "events_graph" in list_queries()
        True
    """
    folder = importlib.resources.files("kg.rdf") / "queries"
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


@functools.lru_cache(maxsize=64)
def load_query(name: str) -> str:
    """The text of a packaged query.

    Raises:
        QueryError: no query has that name.
    """
    path = importlib.resources.files("kg.rdf") / "queries" / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no query named {name!r}; known queries: {', '.join(list_queries())}")
    return path.read_text(encoding="utf-8")
