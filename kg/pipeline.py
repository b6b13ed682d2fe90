"""The whole path: ingest → nlp → extract (actors, coding) → rdf store → graph → HTML."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kg.actors import Resolver
from kg.coding import CameoCoder
from kg.datamodel import Actor, Article, Event
from kg.errors import IngestError
from kg.extract import extract_events as extract_doc_events
from kg.ingest import read_articles
from kg.nlp import load_nlp, model_info, parse_articles

if TYPE_CHECKING:
    from spacy.language import Language

    from kg.ingest import ReadOptions
    from kg.rdf import KGStore
    from kg.rdf.build import Run

__all__ = ["BuildResult", "build_graph", "extract", "extract_events", "extract_from_articles"]

logger = logging.getLogger(__name__)

ProgressHook = Callable[[Article, list[Event]], None]


def extract_from_articles(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = 64,
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
    batch_size: int = 64,
    on_error: Callable[[IngestError], None] | None = None,
    strict: bool = False,
    read_options: ReadOptions | None = None,
    actors_file: str | Path | None = None,
) -> Iterator[Event]:
    """The events of every article in ``inputs`` (files, directories, URLs, ``-``).

    Every input record is extracted, repeats included (``kg build`` stores an article once).

    Examples:
        >>> import kg
        >>> events = list(kg.extract(["seeds/"]))  # doctest: +SKIP
    """
    articles = read_articles(inputs, on_error=on_error, strict=strict, options=read_options, dedup=False)
    resolver = Resolver(actors_file=str(actors_file)) if actors_file else None
    for _article, events in extract_from_articles(
        articles, model=model, batch_size=batch_size, resolver=resolver
    ):
        yield from events


#: ``kg.extract_events`` in the public API: the pipeline's extraction over inputs.
extract_events = extract


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What ``build_graph`` wrote and counted."""

    out_dir: Path
    store: Path
    turtle: Path
    events_jsonl: Path
    html: Path | None
    articles_read: int
    articles_skipped: int
    events_added: int
    events_total: int
    failures: tuple[str, ...] = ()
    roots: dict[str, int] = field(default_factory=dict)


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
    stream: Iterable[tuple[Article, list[Event]]],
    store: KGStore,
    jsonl: IO[str],
    *,
    run: Run,
    resolver: Resolver,
    store_batch: int,
    progress: ProgressHook | None,
    counts: dict[str, int],
    roots: Counter[str],
) -> None:
    """Write extracted articles to the store and events.jsonl, one transaction per batch."""
    pending_articles: list[Article] = []
    pending_events: list[Event] = []

    def flush() -> None:
        extra = _related_actors(pending_events, resolver)
        store.add(pending_articles, pending_events, run, actors=extra)
        for event in pending_events:
            jsonl.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        jsonl.flush()
        pending_articles.clear()
        pending_events.clear()

    for article, events in stream:
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
    batch_size: int = 64,
    store_batch: int = 200,
    html: bool = True,
    strict: bool = False,
    on_error: Callable[[IngestError], None] | None = None,
    progress: ProgressHook | None = None,
    read_options: ReadOptions | None = None,
    actors_file: str | Path | None = None,
    resolver: Resolver | None = None,
    store_location: str | Path | None = None,
) -> BuildResult:
    """Build (or add to) the knowledge graph in ``out_dir``.

    Writes ``store/`` (Oxigraph), ``kg.ttl``, ``events.jsonl`` (appended) and ``graph.html``.
    Articles whose text is already in the store are skipped, so building twice changes nothing.
    ``store_location`` writes into another store (a directory or a SPARQL endpoint URL) instead.
    """
    from kg.graph import to_networkx
    from kg.rdf import open_store
    from kg.rdf.store import new_run
    from kg.viz import render_html

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []

    def record_failure(err: IngestError) -> None:
        failures.append(str(err))
        if on_error is not None:
            on_error(err)
        else:
            logger.warning("%s", err)

    nlp = load_nlp(model)
    resolver = resolver or Resolver(actors_file=str(actors_file) if actors_file else None)
    store = open_store(store_location if store_location is not None else out / "store")
    run = new_run(model_info(nlp))
    counts = {"read": 0, "skipped": 0, "events": 0}
    roots: Counter[str] = Counter()
    seen: set[str] = set()

    def fresh(articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            counts["read"] += 1
            if article.content_hash in seen or store.has_article(article):
                counts["skipped"] += 1
                logger.info("skipping %s: already in the store", article.source or article.id)
                continue
            seen.add(article.content_hash)
            yield article

    articles = fresh(read_articles(inputs, on_error=record_failure, strict=strict, options=read_options))
    events_path = out / "events.jsonl"
    try:
        with events_path.open("a", encoding="utf-8") as jsonl:
            _stream_into_store(
                extract_from_articles(articles, nlp=nlp, batch_size=batch_size, resolver=resolver),
                store,
                jsonl,
                run=run,
                resolver=resolver,
                store_batch=store_batch,
                progress=progress,
                counts=counts,
                roots=roots,
            )
        turtle = store.export(out / "kg.ttl")
        html_path = None
        if html:
            html_path = render_html(to_networkx(store), out / "graph.html", title="kg event graph")
        total = store.count_events()
    finally:
        store.close()
    return BuildResult(
        out_dir=out,
        store=out / "store",
        turtle=turtle,
        events_jsonl=events_path,
        html=html_path,
        articles_read=counts["read"],
        articles_skipped=counts["skipped"],
        events_added=counts["events"],
        events_total=total,
        failures=tuple(failures),
        roots=dict(sorted(roots.items())),
    )


def open_built_store(out_dir: str | Path) -> KGStore:
    """The store of a built directory, read-only (``DIR`` or ``DIR/store``)."""
    from kg.rdf import open_store

    path = Path(out_dir)
    if (path / "store").is_dir():
        path = path / "store"
    return open_store(path, read_only=True)
