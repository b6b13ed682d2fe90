"""CLI: ``kg sparql`` — run a SPARQL query over a store (a directory or an endpoint URL)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import StoreLocationOption, open_location, print_frame

__all__ = ["read_query_argument", "sparql_cli"]


def read_query_argument(query: str) -> str:
    """The query text: the argument itself, or the content of FILE for ``@FILE``."""
    if not query.startswith("@"):
        return query
    path = Path(query[1:])
    try:
        return path.read_text(encoding="utf-8")
    except OSError as e:
        typer.echo(f"error: cannot read query file {path}: {e.strerror}", err=True)
        raise typer.Exit(2) from e


def sparql_cli(
    query: Annotated[str, typer.Argument(help="The query text, or @FILE.rq to read it from a file.")],
    store: StoreLocationOption = "out",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
) -> None:
    """Run a SPARQL query over the union of the store's graphs (kg prefixes predeclared)."""
    from kg.errors import KGError
    from kg.rdf import sparql

    if fmt not in ("table", "csv", "tsv", "json"):
        raise typer.BadParameter(
            f"unknown format {fmt!r}: use table, csv, tsv or json", param_hint="--format"
        )
    text = read_query_argument(query)
    try:
        with open_location(store) as kg_store:
            frame = sparql(kg_store, text)
    except KGError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    print_frame(frame, fmt)
