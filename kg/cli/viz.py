"""CLI: ``kg viz`` — write the interactive HTML graph of a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import StoreOption

__all__ = ["viz_cli"]


def viz_cli(
    store: StoreOption = Path("out"),
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("graph.html"),
    title: Annotated[str, typer.Option(help="Title shown above the graph.")] = "kg event graph",
) -> None:
    """Write one offline HTML file: actors as nodes, events as edges coloured by QuadClass."""
    from kg.errors import KGError
    from kg.graph import to_networkx
    from kg.pipeline import open_built_store
    from kg.viz import render_html

    try:
        graph = to_networkx(open_built_store(store))
        path = render_html(graph, out, title=title)
    except KGError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    typer.echo(f"wrote {path} ({graph.number_of_nodes()} actors, {graph.number_of_edges()} events)")
