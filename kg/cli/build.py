"""CLI: ``kg build`` — articles in, knowledge graph directory out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.actors import ActorsFileOption
from kg.cli.common import ModelOption
from kg.cli.ingest import (
    DateColOption,
    IdColOption,
    TextColOption,
    TitleColOption,
    UrlColOption,
    read_options,
)

__all__ = ["build_cli"]


def build_cli(
    inputs: Annotated[list[str], typer.Argument(help="Article files, directories, URLs, or - for stdin.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out"),
    model: ModelOption = None,
    batch_size: Annotated[int, typer.Option(help="Articles per nlp.pipe batch.")] = 64,
    no_html: Annotated[bool, typer.Option("--no-html", help="Do not write graph.html.")] = False,
    strict: Annotated[bool, typer.Option(help="Stop at the first bad input.")] = False,
    text_col: TextColOption = None,
    title_col: TitleColOption = None,
    date_col: DateColOption = None,
    url_col: UrlColOption = None,
    id_col: IdColOption = None,
    actors: ActorsFileOption = None,
    store: Annotated[
        str | None, typer.Option("--store", help="Write into this store (directory or SPARQL endpoint URL).")
    ] = None,
) -> None:
    """Build the knowledge graph: DIR/store, DIR/kg.ttl, DIR/events.jsonl, DIR/graph.html.

    Building again into the same DIR adds new articles and skips those already stored.
    """
    from rich.console import Console
    from rich.table import Table
    from tqdm import tqdm

    from kg.errors import KGError
    from kg.pipeline import build_graph

    err = Console(stderr=True)
    bar = tqdm(desc="articles", unit="art", disable=None)
    failures: list[str] = []

    def on_error(e: KGError) -> None:
        failures.append(str(e))
        err.print(f"[red]error[/red] {e}", highlight=False, markup=True)

    try:
        result = build_graph(
            inputs,
            out,
            model=model,
            batch_size=batch_size,
            html=not no_html,
            strict=strict,
            on_error=on_error,
            progress=lambda article, events: bar.update(1),
            read_options=read_options(text_col, title_col, date_col, url_col, id_col),
            actors_file=actors,
            store_location=store,
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
    for root, n in result.roots.items():
        table.add_row(f"  CAMEO root {root}", str(n))
    table.add_row("store", str(result.store))
    table.add_row("Turtle", str(result.turtle))
    table.add_row("events", str(result.events_jsonl))
    if result.html:
        table.add_row("graph", str(result.html))
    Console().print(table)
    if result.failures:
        raise typer.Exit(1)
