"""CLI: ``kg export`` — write a store as Turtle, N-Triples, N-Quads, TriG, JSON-LD or a GDELT-style CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import StoreLocationOption, open_location

__all__ = ["export_cli"]


def export_cli(
    out: Annotated[Path, typer.Argument(help="Output file: .ttl .nt .nq .trig .jsonld, or .csv (events).")],
    store: StoreLocationOption = "out",
    graphs: Annotated[
        str, typer.Option(help="data (events and derived graphs) or all (with ontology).")
    ] = "data",
    fmt: Annotated[
        str | None, typer.Option("--format", "-f", help="Format name when the suffix says none.")
    ] = None,
) -> None:
    """Export the store's graphs (or one CSV row per event) to a file."""
    from kg.errors import KGError

    try:
        with open_location(store) as kg_store:
            path = kg_store.export(out, graphs=graphs, fmt=fmt)
    except KGError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    typer.echo(f"wrote {path}", err=True)
