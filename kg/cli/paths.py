"""CLI: ``kg paths`` — the chains of actors that connect two actors."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli.common import StoreLocationOption, print_frame
from kg.cli.graph_options import (
    ActorsOption,
    AllOption,
    ConfidenceFilterOption,
    FormatOption,
    LevelOption,
    MinMentionsOption,
    QuadOption,
    RootOption,
    SinceOption,
    UntilOption,
    fail,
    open_graph,
)

__all__ = ["paths_cli"]


def paths_cli(
    a: Annotated[str, typer.Argument(help="First actor.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    max_hops: Annotated[
        int | None,
        typer.Option("--max-hops", "-k", help="All simple paths up to K hops (default: shortest)."),
    ] = None,
    directed: Annotated[
        bool, typer.Option("--directed", help="Follow events from source to target.")
    ] = False,
    limit: Annotated[int, typer.Option("--limit", help="At most this many paths.")] = 50,
    store: StoreLocationOption = "out",
    fmt: FormatOption = "table",
    since: SinceOption = None,
    until: UntilOption = None,
    quad: QuadOption = None,
    root: RootOption = None,
    among: ActorsOption = None,
    min_mentions: MinMentionsOption = 1,
    min_confidence: ConfidenceFilterOption = 0.0,
    all_events: AllOption = False,
    level: LevelOption = "group",
) -> None:
    """Print the paths linking A and B: every shortest one, or all up to --max-hops."""
    from kg.cli.relations import resolve_node
    from kg.errors import KGError
    from kg.graph import actor_paths

    try:
        graph = open_graph(
            store,
            level=level,
            since=since,
            until=until,
            quad=quad,
            root=root,
            among=among,
            min_mentions=min_mentions,
            min_confidence=min_confidence,
            all_events=all_events,
        )
        frame = actor_paths(
            graph,
            resolve_node(graph, a),
            resolve_node(graph, b),
            max_hops=max_hops,
            directed=directed,
            limit=limit,
        )
    except KGError as e:
        raise fail(e) from e
    if frame.empty:
        typer.echo(f"no path between {a} and {b}", err=True)
    print_frame(frame.drop(columns=["actors"]) if fmt == "table" else frame, fmt)
