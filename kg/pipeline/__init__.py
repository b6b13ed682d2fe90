"""Pipeline: ties the stages together, ingest → nlp → extract → rdf store → graph → HTML.

``build`` and ``extraction`` hold the plain functions the CLI and notebooks call; ``engines`` runs
extraction in this process, in worker processes or on a Dask cluster; ``collector`` keeps the garbage
collector out of the way meanwhile; ``timing`` tells where a run's time goes; ``sizing`` counts the
articles of the inputs for progress bars.
"""

from kg.pipeline.build import BuildResult, ProgressHook, build_graph, open_built_store
from kg.pipeline.engines import ENGINES, ExtractionSpec, stream_extraction
from kg.pipeline.extraction import extract, extract_events, extract_from_articles
from kg.pipeline.sizing import count_articles

__all__ = [
    "ENGINES",
    "BuildResult",
    "ExtractionSpec",
    "ProgressHook",
    "build_graph",
    "count_articles",
    "extract",
    "extract_events",
    "extract_from_articles",
    "open_built_store",
    "stream_extraction",
]
