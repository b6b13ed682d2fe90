"""CLI: ``kg viz`` — write the interactive HTML graph of a store (whole, filtered, or around an actor)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import StoreLocationOption
from kg.cli.graph_options import (
    ActorsOption,
    AllOption,
    LevelOption,
    MinConfidenceOption,
    MinMentionsOption,
    QuadOption,
    RootOption,
    SinceOption,
    UntilOption,
    fail,
    open_graph,
)

__all__ = ["viz_cli"]


def viz_cli(
    store: StoreLocationOption = "out",
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("graph.html"),
    title: Annotated[str | None, typer.Option(help="Title shown above the graph.")] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Show only the neighbourhood of this actor (see --hops).")
    ] = None,
    hops: Annotated[int, typer.Option("--hops", "-k", help="With --actor: how many steps out.")] = 1,
    color_by: Annotated[str, typer.Option("--color-by", help="Node colour: kind or country.")] = "kind",
    since: SinceOption = None,
    until: UntilOption = None,
    quad: QuadOption = None,
    root: RootOption = None,
    among: ActorsOption = None,
    min_mentions: MinMentionsOption = 1,
    min_confidence: MinConfidenceOption = 0.0,
    all_events: AllOption = False,
    level: LevelOption = "group",
) -> None:
    """Write one offline HTML file: actors as nodes, events as edges coloured by QuadClass.

    Example: kg viz --actor RUS --hops 2 --since 2022-01-01 --quad 3,4 --out russia.html
    """
    from kg.cli.relations import resolve_node
    from kg.errors import KGError
    from kg.graph import ego_graph
    from kg.viz import render_html

    if color_by not in ("kind", "country"):
        raise fail(ValueError(f"unknown --color-by {color_by!r}: use kind or country"))
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
        filters = list(graph.graph.get("filters", []))
        if actor is not None:
            center = resolve_node(graph, actor)
            graph = ego_graph(graph, center, hops=hops)
            filters.insert(0, f"within {hops} hop{'s' if hops != 1 else ''} of {center}")
        heading = title or (f"kg event graph: {graph.graph['center']}" if actor else "kg event graph")
        path = render_html(graph, out, title=heading, filters=filters, color_by=color_by)
    except KGError as e:
        raise fail(e) from e
    typer.echo(f"wrote {path} ({graph.number_of_nodes()} actors, {graph.number_of_edges()} events)")
