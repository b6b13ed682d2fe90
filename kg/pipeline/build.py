"""The whole path: ingest → nlp → extract (actors, coding) → rdf store → graph → HTML.

``build_graph`` streams: articles are read one at a time, extracted in bounded chunks (in this
process, in worker processes or on a Dask cluster, see :mod:`kg.pipeline.engines`) and written by
this process alone, one store transaction per ``store_batch`` articles, so memory stays flat
whatever the corpus size and an interrupted build resumes where its last batch ended.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kg.actors import Resolver
from kg.datamodel import Actor, Article, Event
from kg.errors import ExtractionError, KGError
from kg.ingest import read_articles
from kg.nlp import load_nlp
from kg.pipeline.engines import DEFAULT_BATCH, ArticleResult, EngineStats, ExtractionSpec, stream_extraction
from kg.pipeline.recovery import trim_unstored_tail
from kg.pipeline.timing import StageTimer

if TYPE_CHECKING:
    from kg.ingest import ReadOptions
    from kg.rdf import KGStore
    from kg.rdf.build import Run

__all__ = [
    "HTML_MAX_EVENTS",
    "BuildResult",
    "ProgressHook",
    "build_graph",
    "open_built_store",
]

logger = logging.getLogger(__name__)

ProgressHook = Callable[[Article, list[Event]], None]
SkipHook = Callable[[Article], None]
#: Articles read ahead to check, in one go, which are already stored.
SKIP_LOOKAHEAD = 32
#: Stores with more events than this get an overview in ``graph.html``, not every event.
HTML_MAX_EVENTS = 10_000


def _str_or_none(path: str | Path | None) -> str | None:
    return str(path) if path else None


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What ``build_graph`` wrote and counted."""

    out_dir: Path
    #: The store written: its directory, or the endpoint URL given as ``store_location``.
    store: Path | str
    turtle: Path | None
    events_jsonl: Path
    html: Path | None
    articles_read: int
    articles_skipped: int
    events_added: int
    events_total: int
    failures: tuple[str, ...] = ()
    roots: dict[str, int] = field(default_factory=dict)
    #: Wall seconds per stage in this process; ``worker nlp``/``worker extract`` sum the workers' time.
    timings: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    workers: int = 1
    engine: str = "local"

    @property
    def articles_per_second(self) -> float:
        """Articles read (extracted or skipped) per second of the whole build."""
        return self.articles_read / self.seconds if self.seconds > 0 else 0.0


def _related_actors(events: Iterable[Event], resolver: Resolver) -> list[Actor]:
    """The countries and organisations that people and sectors in ``events`` belong to."""
    wanted = set()
    for event in events:
        for ref in (event.source, event.target):
            if ref is not None and ref.actor.group != ref.actor.id:
                wanted.add(ref.actor.group)
    found = (resolver.gazetteer.actor(actor_id) for actor_id in sorted(wanted))
    return [a for a in found if a is not None]


def _stream_into_store(
    stream: Iterable[ArticleResult],
    store: KGStore,
    jsonl: IO[str],
    *,
    run: Callable[[], Run],
    resolver: Resolver,
    store_batch: int,
    progress: ProgressHook | None,
    on_failure: Callable[[KGError], None],
    on_flush: Callable[[list[Article]], None],
    counts: dict[str, int],
    roots: Counter[str],
    timer: StageTimer,
) -> None:
    """Write extracted articles to the store and events.jsonl, one transaction per batch.

    This is the build's only writer. Within a batch events.jsonl comes first and the store second
    (which marks the articles stored last), so after a crash the file can only end with lines of
    articles not stored, which the rerun drops (:func:`~kg.pipeline.recovery.trim_unstored_tail`)
    and writes again: no line is lost or repeated.
    """
    pending_articles: list[Article] = []
    pending_events: list[Event] = []

    def flush() -> None:
        with timer.stage("events.jsonl"):
            for event in pending_events:
                jsonl.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            jsonl.flush()
        with timer.stage("store"):
            extra = _related_actors(pending_events, resolver)
            store.add(pending_articles, pending_events, run(), actors=extra)
        on_flush(pending_articles)
        pending_articles.clear()
        pending_events.clear()

    for result in stream:
        article, events = result.article, list(result.events)
        if result.error is not None:
            on_failure(ExtractionError(result.error))
            on_flush([article])  # not stored: a later build tries it again
            continue
        pending_articles.append(article)
        pending_events.extend(events)
        counts["events"] += len(events)
        roots.update(e.action.root for e in events)
        if progress is not None:
            progress(article, events)
        if len(pending_articles) >= store_batch:
            flush()
    if pending_articles:
        flush()


def build_graph(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    store_batch: int = 200,
    html: bool = True,
    turtle: bool = True,
    strict: bool = False,
    on_error: Callable[[KGError], None] | None = None,
    progress: ProgressHook | None = None,
    on_skip: SkipHook | None = None,
    read_options: ReadOptions | None = None,
    actors_file: str | Path | None = None,
    resolver: Resolver | None = None,
    store_location: str | Path | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_size: int | None = None,
    html_max_events: int = HTML_MAX_EVENTS,
    html_max_actors: int | None = None,
    min_confidence: float | None = None,
) -> BuildResult:
    """Build (or add to) the knowledge graph in ``out_dir``.

    Writes ``store/`` (Oxigraph), ``kg.ttl``, ``events.jsonl`` (appended) and ``graph.html``.
    Articles whose text is already in the store are skipped, so building twice changes nothing
    and a build that was interrupted resumes after its last stored batch.

    Args:
        inputs: files, directories, or ``"-"`` for stdin.
        out_dir: the output directory (created if needed).
        model: spaCy pipeline name or path.
        batch_size: articles per ``nlp.pipe`` batch.
        store_batch: articles per store transaction.
        html: also write ``graph.html``: every event of the store up to ``html_max_events``,
            above that a bounded overview (the ``html_max_actors`` busiest actors, one edge per
            pair, what is left out said on the page).
        turtle: also write ``kg.ttl`` (the whole store; None in the result when False).
        strict: stop at the first bad input or failed extraction.
        on_error: called with each :class:`~kg.errors.KGError` (bad input, failed extraction);
            the default logs a warning. The build goes on.
        progress: called after each article is extracted, with its events.
        on_skip: called for each article skipped because it is already stored.
        read_options: how to read tables (column names), see :func:`kg.ingest.read_articles`.
        actors_file: the user's actors file, added to (or overriding) kg's own actors.
        resolver: a ready actor resolver for in-process extraction (worker processes and Dask
            workers build their own from ``actors_file``).
        store_location: write into another store (a directory or a SPARQL endpoint URL) instead
            of ``out_dir/store``; this process stays the only writer whatever the engine.
        workers: extraction processes (1: in this process). The store has one writer, this process.
        engine: ``local`` (this machine) or ``dask`` (a Dask distributed cluster).
        scheduler: the Dask scheduler address (``tcp://host:8786``); None with ``engine="dask"``
            starts a LocalCluster of ``workers`` processes.
        chunk_size: articles per task sent to a worker process (default ``min(batch_size, 8)``).
        html_max_events: the largest store drawn event by event in ``graph.html``.
        html_max_actors: actors kept in the overview of a larger store (default
            :data:`kg.graph.overview.DEFAULT_MAX_ACTORS`).
        min_confidence: events less confident than this are not stored (default
            :data:`kg.extract.MIN_CONFIDENCE`; 0 keeps all).

    Raises:
        KGError: with ``strict``, the first bad input or failed extraction; a store that cannot
            be opened; an unknown engine.
    """
    import datetime as dt

    from kg.rdf import open_store
    from kg.rdf.store import new_run

    timer = StageTimer()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []

    def record_failure(err: KGError) -> None:
        if strict:
            raise err
        failures.append(str(err))
        if on_error is not None:
            on_error(err)
        else:
            logger.warning("%s", err)

    started = dt.datetime.now(dt.UTC).replace(microsecond=0)
    nlp = None
    if engine == "local" and workers == 1:
        with timer.stage("load model"):
            nlp = load_nlp(model)
    resolver = resolver or Resolver(actors_file=_str_or_none(actors_file))
    with timer.stage("open store"):
        store = open_store(store_location if store_location is not None else out / "store")
    stats = EngineStats()
    runs: list[Run] = []

    def run() -> Run:
        if not runs:
            runs.append(new_run(stats.model or "unknown", started))
        return runs[0]

    counts = {"read": 0, "skipped": 0, "events": 0}
    roots: Counter[str] = Counter()
    in_flight: set[str] = set()  # hashes read but not yet stored: bounded by the engine's window

    def fresh(articles: Iterable[Article]) -> Iterator[Article]:
        # Looked up SKIP_LOOKAHEAD articles at a time: one round trip per batch to a remote store.
        iterator = iter(articles)
        while batch := list(itertools.islice(iterator, SKIP_LOOKAHEAD)):
            with timer.stage("skip check"):
                stored = store.stored_hashes(a.content_hash for a in batch)
            for article in batch:
                counts["read"] += 1
                if article.content_hash in stored or article.content_hash in in_flight:
                    counts["skipped"] += 1
                    logger.info("skipping %s: already in the store", article.source or article.id)
                    if on_skip is not None:
                        on_skip(article)
                    continue
                in_flight.add(article.content_hash)
                yield article

    def stored(articles: list[Article]) -> None:
        in_flight.difference_update(a.content_hash for a in articles)

    # IngestError is raised by read_articles itself when strict; record_failure re-raises the rest.
    read = read_articles(inputs, on_error=record_failure, strict=strict, options=read_options)
    articles = fresh(timer.wrap(read, "read"))
    spec = ExtractionSpec(
        model=model,
        batch_size=batch_size,
        actors_file=_str_or_none(actors_file),
        min_confidence=min_confidence,
    )
    events_path = out / "events.jsonl"
    try:
        trim_unstored_tail(events_path, lambda ids: _stored_articles(store, ids), batch=store_batch)
        with events_path.open("a", encoding="utf-8") as jsonl:
            _stream_into_store(
                stream_extraction(
                    articles,
                    spec,
                    workers=workers,
                    engine=engine,
                    scheduler=scheduler,
                    chunk_size=chunk_size,
                    nlp=nlp,
                    resolver=resolver,
                    stats=stats,
                    timer=timer,
                ),
                store,
                jsonl,
                run=run,
                resolver=resolver,
                store_batch=store_batch,
                progress=progress,
                on_failure=record_failure,
                on_flush=stored,
                counts=counts,
                roots=roots,
                timer=timer,
            )
        turtle_path = None
        if turtle:
            with timer.stage("export kg.ttl"):
                turtle_path = store.export(out / "kg.ttl")
        total = store.count_events()
        html_path = None
        if html:
            with timer.stage("graph.html"):
                html_path = _write_html(store, out / "graph.html", total, html_max_events, html_max_actors)
    finally:
        store.close()
    if engine != "local" or workers > 1:
        for name, seconds in stats.worker_seconds.items():
            timer.add(f"worker {name}", seconds)
    timings = timer.snapshot()
    return BuildResult(
        out_dir=out,
        store=(
            out / "store"
            if store_location is None
            else store_location
            if isinstance(store_location, str) and store_location.startswith(("http://", "https://"))
            else Path(store_location)
        ),
        turtle=turtle_path,
        events_jsonl=events_path,
        html=html_path,
        articles_read=counts["read"],
        articles_skipped=counts["skipped"],
        events_added=counts["events"],
        events_total=total,
        failures=tuple(failures),
        roots=dict(sorted(roots.items())),
        timings=timings,
        seconds=round(sum(v for k, v in timings.items() if not k.startswith("worker ")), 3),
        workers=workers,
        engine=engine,
    )


def _write_html(store: KGStore, path: Path, total: int, max_events: int, max_actors: int | None) -> Path:
    """``graph.html`` of the whole store, or above ``max_events`` a bounded overview of it."""
    if total <= max_events:
        from kg.graph import to_networkx
        from kg.viz import render_html

        return render_html(to_networkx(store), path, title="kg event graph")
    from kg.graph.overview import DEFAULT_MAX_ACTORS, overview_graph
    from kg.viz.overview import render_overview

    graph = overview_graph(store, max_actors=max_actors or DEFAULT_MAX_ACTORS)
    logger.info(
        "graph.html: %d events is more than %d, so it draws an overview (%s); draw parts with kg viz",
        total,
        max_events,
        graph.graph["left_out"] or "nothing left out",
    )
    return render_overview(graph, path, title="kg event graph (overview)")


def _stored_articles(store: KGStore, article_ids: Iterable[str]) -> set[str]:
    """Which of these articles the store marks stored (their content hash is in)."""
    from kg.rdf.build import article_iri
    from kg.rdf.store import values_block

    ids = list(article_ids)
    by_iri = {article_iri(a).value: a for a in ids}
    block = values_block("a", [article_iri(a) for a in ids])
    rows = store.select(f"SELECT ?a WHERE {{ {block} ?a kgo:contentHash ?h }}")
    return {by_iri[row["a"].value] for row in rows}


def open_built_store(out_dir: str | Path) -> KGStore:
    """The store of a built directory, read-only (``DIR`` or ``DIR/store``)."""
    from kg.rdf import open_store

    path = Path(out_dir)
    if (path / "store").is_dir():
        path = path / "store"
    return open_store(path, read_only=True)
