"""CLI: ``kg relations`` — the events between two actors, both directions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli.common import StoreOption, print_frame

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["relations_cli", "resolve_node"]


def resolve_node(graph: nx.MultiDiGraph, name: str) -> str:
    """A graph node for a user's name: node id or label, else what the actor resolver says."""
    from kg.actors import Resolver
    from kg.errors import QueryError
    from kg.graph import find_node

    try:
        return find_node(graph, name)
    except QueryError:
        actor = Resolver().resolve(name)
        if actor is not None and actor.group in graph:
            return actor.group
        raise


def relations_cli(
    a: Annotated[str, typer.Argument(help="First actor: name, code or label (e.g. NATO).")],
    b: Annotated[str, typer.Argument(help="Second actor (e.g. Russia).")],
    store: StoreOption = Path("out"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
    all_events: Annotated[
        bool, typer.Option("--all", help="Include negated and hypothetical events.")
    ] = False,
) -> None:
    """Print the events between actors A and B in both directions, oldest first."""
    from kg.errors import KGError
    from kg.graph import relations, to_networkx
    from kg.pipeline import open_built_store

    try:
        graph = to_networkx(
            open_built_store(store), include_negated=all_events, include_hypothetical=all_events
        )
        frame = relations(graph, resolve_node(graph, a), resolve_node(graph, b))
    except KGError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    if frame.empty:
        typer.echo(f"no events between {a} and {b}", err=True)
    if fmt == "table":
        frame = frame[["date", "source", "target", "cameo", "label", "quad_class", "sentence"]]
    print_frame(frame, fmt)
