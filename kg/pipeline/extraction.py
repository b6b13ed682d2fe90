"""Pipeline: the events of articles and inputs, streamed, without a store (``kg extract``).

``extract`` reads inputs (files, directories, URLs, ``-``) and runs them through the chosen engine
(:mod:`kg.pipeline.engines`); ``extract_from_articles`` parses and extracts articles already read,
in this process.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.actors import Resolver
from kg.coding import CameoCoder
from kg.datamodel import Article, Event
from kg.errors import ExtractionError, IngestError
from kg.extract import extract_events as extract_doc_events
from kg.ingest import read_articles
from kg.nlp import load_nlp, parse_articles
from kg.pipeline.engines import DEFAULT_BATCH, ExtractionSpec, stream_extraction

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.ingest import ReadOptions

__all__ = ["extract", "extract_events", "extract_from_articles"]

logger = logging.getLogger(__name__)


def extract_from_articles(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    resolver: Resolver | None = None,
    coder: CameoCoder | None = None,
) -> Iterator[tuple[Article, list[Event]]]:
    """Each article with the events extracted from it, streamed in ``nlp.pipe`` batches."""
    nlp = nlp if nlp is not None else load_nlp(model)
    resolver = resolver if resolver is not None else Resolver()
    coder = coder if coder is not None else CameoCoder()
    for article, doc in parse_articles(nlp, articles, batch_size=batch_size):
        yield article, list(extract_doc_events(doc, article, resolver=resolver, coder=coder))


def extract(
    inputs: Iterable[str | Path],
    *,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    on_error: Callable[[IngestError], None] | None = None,
    strict: bool = False,
    read_options: ReadOptions | None = None,
    actors_file: str | Path | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    min_confidence: float | None = None,
) -> Iterator[Event]:
    """The events of every article in ``inputs`` (files, directories, URLs, ``-``), in input order.

    Every input record is extracted, repeats included (``kg build`` stores an article once).
    ``workers``, ``engine`` and ``scheduler`` choose where extraction runs, as for
    :func:`build_graph`. An article the extractor fails on is logged and left out (``strict``:
    raises :class:`~kg.errors.ExtractionError`). ``min_confidence`` changes how confident an event
    must be to be kept (default :data:`kg.extract.MIN_CONFIDENCE`; 0 keeps all).

    Examples:
        >>> import kg
        >>> events = list(kg.extract_events(["seeds/"]))  # doctest: +SKIP
    """
    articles = read_articles(inputs, on_error=on_error, strict=strict, options=read_options, dedup=False)
    spec = ExtractionSpec(
        model=model,
        batch_size=batch_size,
        actors_file=str(actors_file) if actors_file else None,
        min_confidence=min_confidence,
    )
    for result in stream_extraction(articles, spec, workers=workers, engine=engine, scheduler=scheduler):
        if result.error is not None:
            if strict:
                raise ExtractionError(result.error)
            logger.warning("%s", result.error)
        yield from result.events


#: ``kg.extract_events`` in the public API: the pipeline's extraction over inputs.
extract_events = extract
