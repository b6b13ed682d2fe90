"""CLI: ``kg sparql`` — run a SPARQL query over a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import StoreOption, print_frame

__all__ = ["sparql_cli"]


def sparql_cli(
    query: Annotated[str, typer.Argument(help="The query text, or @FILE.rq to read it from a file.")],
    store: StoreOption = Path("out"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
) -> None:
    """Run a SPARQL query over the union of the store's graphs (kg prefixes predeclared)."""
    from kg.errors import KGError
    from kg.pipeline import open_built_store
    from kg.rdf import sparql

    text = query
    if query.startswith("@"):
        path = Path(query[1:])
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as e:
            typer.echo(f"error: cannot read query file {path}: {e.strerror}", err=True)
            raise typer.Exit(2) from e
    try:
        frame = sparql(open_built_store(store), text)
    except KGError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    print_frame(frame, fmt)
