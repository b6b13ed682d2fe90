"""The one error hierarchy of kg: every error the library raises on purpose is a KGError."""

from __future__ import annotations

__all__ = [
    "ActorResolutionError",
    "ExtractionError",
    "IngestError",
    "KGError",
    "ModelNotFoundError",
    "OntologyError",
    "QueryError",
    "StoreError",
]


class KGError(Exception):
    """Base class of all kg errors."""


class IngestError(KGError):
    """An input could not be read as articles.

    Args:
        source: the file, URL or stream the input came from.
        problem: what is wrong with it, in words a user can act on.
        line: the 1-based line number, for line-oriented formats.

    Examples:
        >>> str(IngestError("feed.jsonl", "line is not valid JSON", line=3))
        'feed.jsonl:3: line is not valid JSON'
    """

    def __init__(self, source: str, problem: str, *, line: int | None = None) -> None:
        self.source = source
        self.problem = problem
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}")


class ModelNotFoundError(KGError, LookupError):
    """No spaCy pipeline with the requested name or path is installed."""


class ExtractionError(KGError):
    """Event extraction failed on a document."""


class ActorResolutionError(KGError, LookupError):
    """An actor name or actor file could not be resolved or read."""


class OntologyError(KGError):
    """The ontology or a batch of RDF does not conform to the model."""


class StoreError(KGError):
    """The RDF store could not be opened, read or written."""


class QueryError(KGError):
    """A SPARQL query is invalid, unknown or failed to run."""
