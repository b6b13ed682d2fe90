"""Pipeline: run extraction over a stream of articles in this process, in worker processes, or on Dask.

Every engine yields one :class:`ArticleResult` per article, in input order, and keeps only a bounded
window of articles in flight, so memory does not grow with the corpus. Workers get an
:class:`ExtractionSpec` (plain, picklable settings) and build their own model, resolver and coder
from it once per process.
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from kg.actors import Resolver
from kg.coding import CameoCoder
from kg.datamodel import Article, Event
from kg.errors import ExtractionError, KGError
from kg.extract import extract_events as extract_doc_events
from kg.nlp import load_nlp, model_info, parse_articles
from kg.pipeline.collector import fewer_collections
from kg.pipeline.timing import StageTimer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_BATCH",
    "ENGINES",
    "ArticleResult",
    "ChunkResult",
    "EngineName",
    "EngineStats",
    "ExtractionSpec",
    "extract_chunk",
    "ordered_window",
    "stream_extraction",
]

logger = logging.getLogger(__name__)

EngineName = Literal["local", "dask"]
ENGINES: tuple[str, ...] = ("local", "dask")
#: Articles per ``nlp.pipe`` batch. Whole articles are long: on the corpus, batches of 8 parse as
#: fast as 64 (CPU time within noise) while one process peaks near 400 MB instead of 1.1 GB.
DEFAULT_BATCH = 8


@dataclass(frozen=True, slots=True)
class ExtractionSpec:
    """Everything a worker needs to extract events exactly as this process would (picklable)."""

    model: str | None = None
    batch_size: int = DEFAULT_BATCH
    #: The user's actors file (a path every worker can read), as ``kg build --actors``.
    actors_file: str | None = None
    #: Events less confident than this are held back (None: the extractor's default).
    min_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article after extraction: its events, or the error that stopped its extraction."""

    article: Article
    events: tuple[Event, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """What a worker sends back for a chunk of articles: events per article, in the same order."""

    events: tuple[tuple[Event, ...], ...]
    errors: tuple[str | None, ...]
    model: str
    nlp_seconds: float
    extract_seconds: float


@dataclass(slots=True)
class EngineStats:
    """Filled in while an engine runs: the model used and the time workers spent per stage."""

    model: str | None = None
    worker_seconds: dict[str, float] = field(default_factory=dict)

    def add_chunk(self, result: ChunkResult) -> None:
        self.model = self.model or result.model
        for name, seconds in (("nlp", result.nlp_seconds), ("extract", result.extract_seconds)):
            self.worker_seconds[name] = self.worker_seconds.get(name, 0.0) + seconds


def _extract_one(
    doc: Doc, article: Article, resolver: Resolver, coder: CameoCoder, min_confidence: float | None = None
) -> tuple[tuple[Event, ...], str | None]:
    """The events of one parsed article; an extractor crash becomes an error naming the article."""
    options = {} if min_confidence is None else {"min_confidence": min_confidence}
    try:
        return tuple(extract_doc_events(doc, article, resolver=resolver, coder=coder, **options)), None
    except Exception as err:  # the extractor is a black box: one bad article must not stop the batch
        logger.debug("extraction failed on %s", article.source or article.id, exc_info=True)
        return (), f"{article.source or article.id}: extraction failed ({type(err).__name__}: {err})"


@functools.lru_cache(maxsize=2)
def _components(spec: ExtractionSpec) -> tuple[Language, Resolver, CameoCoder]:
    """The model, resolver and coder of one worker process, built once per spec."""
    return load_nlp(spec.model), Resolver(actors_file=spec.actors_file), CameoCoder()


@functools.lru_cache(maxsize=1)
def _own_resolver() -> Resolver:
    """The resolver of kg's own actors, one per process: its memo of names serves every run."""
    return Resolver()


@functools.lru_cache(maxsize=1)
def _own_coder() -> CameoCoder:
    """kg's coder, one per process: its memo of coded phrases serves every run."""
    return CameoCoder()


def warm_up(spec: ExtractionSpec) -> None:
    """Load a worker's components before its first chunk arrives (a pool initializer).

    A failure here (no such model) is left for the first chunk to raise again, so the caller gets
    the real error instead of a broken pool.
    """
    try:
        _components(spec)
    except KGError:
        logger.debug("worker warm-up failed", exc_info=True)


def extract_chunk(spec: ExtractionSpec, articles: list[Article]) -> ChunkResult:
    """Parse and extract a chunk of articles: the task that process and Dask workers run."""
    nlp, resolver, coder = _components(spec)
    timer = StageTimer()
    events: list[tuple[Event, ...]] = []
    errors: list[str | None] = []
    parsed = timer.wrap(parse_articles(nlp, articles, batch_size=spec.batch_size), "nlp")
    with fewer_collections():
        for article, doc in parsed:
            with timer.stage("extract"):
                found, error = _extract_one(doc, article, resolver, coder, spec.min_confidence)
            events.append(found)
            errors.append(error)
    seconds = timer.snapshot()
    return ChunkResult(
        events=tuple(events),
        errors=tuple(errors),
        model=model_info(nlp),
        nlp_seconds=seconds.get("nlp", 0.0),
        extract_seconds=seconds.get("extract", 0.0),
    )


class _Future(Protocol):
    def result(self) -> Any: ...


def ordered_window(
    chunks: Iterable[list[Article]],
    submit: Callable[[list[Article]], _Future],
    *,
    window: int,
    timer: StageTimer | None = None,
) -> Iterator[tuple[list[Article], ChunkResult]]:
    """Submit chunks with at most ``window`` in flight; yield their results in input order.

    Works with ``concurrent.futures`` and ``dask.distributed`` futures alike.

    Examples:
        >>> from concurrent.futures import Future
        >>> def submit(chunk):
        ...     f = Future()
        ...     f.set_result(len(chunk))
        ...     return f
        >>> [r for _, r in ordered_window([[1], [2, 3]], submit, window=1)]
        [1, 2]
    """
    pending: deque[tuple[list[Article], _Future]] = deque()

    def wait() -> tuple[list[Article], ChunkResult]:
        chunk, future = pending.popleft()
        if timer is None:
            return chunk, future.result()
        with timer.stage("wait for workers"):
            return chunk, future.result()

    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            yield wait()
    while pending:
        yield wait()


def _chunked(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _results(
    windowed: Iterable[tuple[list[Article], ChunkResult]], stats: EngineStats
) -> Iterator[ArticleResult]:
    for chunk, result in windowed:
        stats.add_chunk(result)
        for article, events, error in zip(chunk, result.events, result.errors, strict=True):
            yield ArticleResult(article, events, error)


def _local_stream(
    articles: Iterable[Article],
    spec: ExtractionSpec,
    *,
    nlp: Language | None,
    resolver: Resolver | None,
    stats: EngineStats,
    timer: StageTimer,
) -> Iterator[ArticleResult]:
    """In this process: one ``nlp.pipe`` stream over all articles, extraction after each Doc."""
    nlp = nlp if nlp is not None else load_nlp(spec.model)
    stats.model = model_info(nlp)
    if resolver is None:
        resolver = _own_resolver() if spec.actors_file is None else Resolver(actors_file=spec.actors_file)
    coder = _own_coder()
    with fewer_collections():  # also while the caller works on a result: see kg.pipeline.collector
        for article, doc in timer.wrap(parse_articles(nlp, articles, batch_size=spec.batch_size), "nlp"):
            with timer.stage("extract"):
                events, error = _extract_one(doc, article, resolver, coder, spec.min_confidence)
            yield ArticleResult(article, events, error)


def _process_stream(
    articles: Iterable[Article],
    spec: ExtractionSpec,
    *,
    workers: int,
    chunk_size: int,
    stats: EngineStats,
    timer: StageTimer,
) -> Iterator[ArticleResult]:
    """In ``workers`` spawned processes; this process only reads, submits and collects."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=warm_up,
        initargs=(spec,),
    )
    try:
        windowed = ordered_window(
            _chunked(articles, chunk_size),
            lambda chunk: pool.submit(extract_chunk, spec, chunk),
            window=2 * workers,
            timer=timer,
        )
        yield from _results(windowed, stats)
    except BrokenProcessPool as err:
        raise ExtractionError(f"an extraction worker process died ({err}); rerun to resume") from err
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _dask_stream(
    articles: Iterable[Article],
    spec: ExtractionSpec,
    *,
    scheduler: str | None,
    workers: int,
    chunk_size: int,
    stats: EngineStats,
    timer: StageTimer,
) -> Iterator[ArticleResult]:
    """On a Dask distributed cluster at ``scheduler`` (a LocalCluster of ``workers`` if None)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise ExtractionError("the dask engine needs dask.distributed: pip install 'kg[dask]'") from err

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        )
        address = cluster.scheduler_address
    else:
        address = scheduler
    try:
        client = Client(address, set_as_default=False, timeout="30s")
    except OSError as err:
        if cluster is not None:
            cluster.close()
        raise ExtractionError(f"cannot reach the Dask scheduler at {address}: {err}") from err
    try:
        slots = sum(client.nthreads().values()) or 1
        logger.info("dask engine: %s, %d worker threads", address, slots)
        windowed = ordered_window(
            _chunked(articles, chunk_size),
            lambda chunk: client.submit(extract_chunk, spec, chunk, pure=False),
            window=2 * slots,
            timer=timer,
        )
        yield from _results(windowed, stats)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def stream_extraction(
    articles: Iterable[Article],
    spec: ExtractionSpec,
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_size: int | None = None,
    nlp: Language | None = None,
    resolver: Resolver | None = None,
    stats: EngineStats | None = None,
    timer: StageTimer | None = None,
) -> Iterator[ArticleResult]:
    """Extract events from ``articles`` with the chosen engine, one result per article, in order.

    Args:
        workers: extraction processes (``local``: 1 runs in this process), or LocalCluster workers
            (``dask`` without a scheduler).
        engine: ``local`` or ``dask``.
        scheduler: a Dask scheduler address such as ``tcp://10.0.0.5:8786`` (``dask`` only).
        chunk_size: articles per task sent to a worker (default: ``min(batch_size, 8)``).
        nlp: an already loaded pipeline for the in-process engine.
        resolver: a ready actor resolver for the in-process engine (workers build their own).
        stats: filled in with the model name and the workers' time per stage.
        timer: charged with this process's time per stage.

    Raises:
        KGError: an unknown engine, or a bad number of workers.
    """
    if engine not in ENGINES:
        raise KGError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if workers < 1:
        raise KGError(f"workers must be at least 1, not {workers}")
    if scheduler is not None and engine != "dask":
        raise KGError("a scheduler address needs --engine dask")
    stats = stats if stats is not None else EngineStats()
    timer = timer if timer is not None else StageTimer()
    size = chunk_size or min(spec.batch_size, 8)
    if engine == "dask":
        yield from _dask_stream(
            articles, spec, scheduler=scheduler, workers=workers, chunk_size=size, stats=stats, timer=timer
        )
    elif workers == 1:
        yield from _local_stream(articles, spec, nlp=nlp, resolver=resolver, stats=stats, timer=timer)
    else:
        yield from _process_stream(articles, spec, workers=workers, chunk_size=size, stats=stats, timer=timer)
