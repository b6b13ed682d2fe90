"""CLI: ``kg build`` — articles in, knowledge graph directory out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli.actors import ActorsFileOption
from kg.cli.common import MinConfidenceOption, ModelOption
from kg.cli.ingest import (
    DateColOption,
    IdColOption,
    TextColOption,
    TitleColOption,
    UrlColOption,
    read_options,
)

if TYPE_CHECKING:
    from kg.datamodel import Article, Event

__all__ = ["build_cli"]


def build_cli(
    inputs: Annotated[list[str], typer.Argument(help="Article files, directories, URLs, or - for stdin.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out"),
    model: ModelOption = None,
    batch_size: Annotated[
        int, typer.Option(help="Articles per nlp.pipe batch (memory grows with it; 8 parses as fast as 64).")
    ] = 8,
    store_batch: Annotated[
        int,
        typer.Option(
            "--store-batch",
            min=1,
            help="Articles per store transaction (an interrupted build resumes after the last one stored).",
        ),
    ] = 200,
    no_html: Annotated[bool, typer.Option("--no-html", help="Do not write graph.html.")] = False,
    no_ttl: Annotated[
        bool, typer.Option("--no-ttl", help="Do not export kg.ttl (its cost grows with the store).")
    ] = False,
    html_max_events: Annotated[
        int,
        typer.Option(
            min=0,
            help="Largest store drawn event by event in graph.html; above it, an overview (busiest actors).",
        ),
    ] = 10_000,
    html_max_actors: Annotated[
        int, typer.Option(min=1, help="Actors in graph.html's overview of a larger store (the busiest).")
    ] = 150,
    strict: Annotated[bool, typer.Option(help="Stop at the first bad input.")] = False,
    text_col: TextColOption = None,
    title_col: TitleColOption = None,
    date_col: DateColOption = None,
    url_col: UrlColOption = None,
    id_col: IdColOption = None,
    actors: ActorsFileOption = None,
    min_confidence: MinConfidenceOption = None,
    store: Annotated[
        str | None, typer.Option("--store", help="Write into this store (directory or SPARQL endpoint URL).")
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", "-j", min=1, help="Extraction processes (one writer to the store).")
    ] = 1,
    engine: Annotated[
        str, typer.Option(help="Where extraction runs: local (this machine) or dask (a Dask cluster).")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster)."),
    ] = None,
) -> None:
    """Build the knowledge graph: DIR/store, DIR/kg.ttl, DIR/events.jsonl, DIR/graph.html.

    Building again into the same DIR adds new articles and skips those already stored, so an
    interrupted build resumes where it stopped.
    """
    from rich.console import Console
    from rich.table import Table
    from tqdm import tqdm

    from kg.errors import KGError
    from kg.pipeline import ENGINES, build_graph, count_articles

    if engine not in ENGINES:
        raise typer.BadParameter(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask")
    if engine == "dask":
        _quiet_dask()
    err = Console(stderr=True)
    bar = tqdm(total=count_articles(inputs), desc="articles", unit="art", disable=None, smoothing=0.1)
    failures: list[str] = []
    found = 0

    def on_error(e: KGError) -> None:
        failures.append(str(e))
        bar.update(1)
        err.print(f"[red]error[/red] {e}", highlight=False, markup=True)

    def on_article(article: Article, events: list[Event]) -> None:
        nonlocal found
        found += len(events)
        bar.set_postfix(events=found, refresh=False)
        bar.update(1)

    try:
        result = build_graph(
            inputs,
            out,
            model=model,
            batch_size=batch_size,
            store_batch=store_batch,
            html=not no_html,
            turtle=not no_ttl,
            html_max_events=html_max_events,
            html_max_actors=html_max_actors,
            strict=strict,
            on_error=on_error,
            progress=on_article,
            on_skip=lambda article: bar.update(1),
            read_options=read_options(text_col, title_col, date_col, url_col, id_col),
            actors_file=actors,
            min_confidence=min_confidence,
            store_location=store,
            workers=workers,
            engine=engine,
            scheduler=scheduler,
        )
    except KGError as e:
        bar.close()
        err.print(f"[red]error[/red] {e}", highlight=False)
        raise typer.Exit(2) from e
    bar.close()
    table = Table(title=f"kg build → {result.out_dir}")
    table.add_column("what")
    table.add_column("count / path")
    table.add_row("articles read", str(result.articles_read))
    table.add_row("articles already stored (skipped)", str(result.articles_skipped))
    table.add_row("inputs failed", str(len(result.failures)))
    table.add_row("events added", str(result.events_added))
    table.add_row("events in store", str(result.events_total))
    table.add_row("time", f"{result.seconds:.1f} s, {result.articles_per_second:.2f} articles/s")
    for root, n in result.roots.items():
        table.add_row(f"  CAMEO root {root}", str(n))
    table.add_row("store", str(result.store))
    if result.turtle:
        table.add_row("Turtle", str(result.turtle))
    table.add_row("events", str(result.events_jsonl))
    if result.html:
        table.add_row("graph", str(result.html))
    Console().print(table)
    if result.failures:
        raise typer.Exit(1)


def _quiet_dask() -> None:
    """Keep Dask's own INFO chatter (it configures its loggers on import) out of the progress bar."""
    import logging

    try:
        import distributed  # noqa: F401  (its import sets its loggers' levels)
    except ImportError:
        return
    level = max(logging.getLogger().getEffectiveLevel(), logging.WARNING)
    logging.getLogger("distributed").setLevel(level)
