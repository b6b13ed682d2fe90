"""CLI: ``kg import`` — load RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD) into a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import StoreLocationOption, open_location

__all__ = ["import_cli"]


def import_cli(
    files: Annotated[list[Path], typer.Argument(help="RDF files; the format follows the suffix.")],
    store: StoreLocationOption = "out",
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="Format name when the suffix says none.")
    ] = None,
    validate: Annotated[bool, typer.Option(help="Check each file against kg's SHACL shapes first.")] = True,
) -> None:
    """Import files into the store; a file that fails is reported and the others still load."""
    from kg.errors import KGError

    failed = 0
    try:
        kg_store = open_location(store, read_only=False)
    except KGError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    with kg_store:
        for path in files:
            try:
                result = kg_store.import_file(path, fmt=fmt, validate=validate)
            except KGError as e:
                failed += 1
                typer.echo(f"error: {e}", err=True)
                continue
            typer.echo(f"{path}: {result.quads} quads, {result.events} events", err=True)
    if failed:
        raise typer.Exit(1)
