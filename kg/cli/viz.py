"""CLI: ``kg viz`` — write the interactive HTML graph of a store (whole, filtered, or around an actor)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from kg.cli.common import StoreLocationOption
from kg.cli.graph_options import (
    ActorsOption,
    AllOption,
    ConfidenceFilterOption,
    LevelOption,
    MinMentionsOption,
    QuadOption,
    RootOption,
    SinceOption,
    UntilOption,
    event_filter,
    fail,
    open_graph,
)

if TYPE_CHECKING:
    from kg.graph.parts import EventParts

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
    min_confidence: ConfidenceFilterOption = 0.0,
    all_events: AllOption = False,
    level: LevelOption = "group",
) -> None:
    """Write one offline HTML file: actors as nodes, events as edges coloured by QuadClass.

    Example: kg viz --actor RUS --hops 2 --since 2022-01-01 --quad 3,4 --out russia.html
    """
    from kg.errors import KGError
    from kg.viz.html import render_events

    if color_by not in ("kind", "country"):
        raise fail(ValueError(f"unknown --color-by {color_by!r}: use kind or country"))
    options: dict[str, Any] = dict(
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
    try:
        if actor is None:
            # the whole (filtered) store: drawn from plain nodes and edges, without NetworkX
            parts = _read_parts(store, options)
            heading = title or "kg event graph"
            path = render_events(
                parts.nodes, parts.edges, out, title=heading, filters=parts.filters, color_by=color_by
            )
            actors, events = len(parts.nodes), len(parts.edges)
        else:
            path, actors, events = _render_ego(store, out, actor, hops, title, color_by, options)
    except KGError as e:
        raise fail(e) from e
    typer.echo(f"wrote {path} ({actors} actors, {events} events)")


def _read_parts(store: str | Path, options: dict[str, Any]) -> EventParts:
    """The nodes and events of a store with the CLI's filters (as :func:`open_graph`, without NetworkX)."""
    from kg.graph.parts import read_event_parts
    from kg.graph.source import open_reader

    flt = event_filter(**options)
    with open_reader(store) as built:  # a directory is read without kg.rdf's imports
        return read_event_parts(built, level="actor" if options["level"] == "actor" else "group", filters=flt)


def _render_ego(
    store: str | Path,
    out: Path,
    actor: str,
    hops: int,
    title: str | None,
    color_by: str,
    options: dict[str, Any],
) -> tuple[Path, int, int]:
    """Write the neighbourhood of ``actor``; the path written, its actors and events."""
    from kg.cli.relations import resolve_node
    from kg.graph import ego_graph
    from kg.viz import render_html

    graph = open_graph(store, **options)
    filters = list(graph.graph.get("filters", []))
    center = resolve_node(graph, actor)
    graph = ego_graph(graph, center, hops=hops)
    filters.insert(0, f"within {hops} hop{'s' if hops != 1 else ''} of {center}")
    heading = title or f"kg event graph: {graph.graph['center']}"
    path = render_html(graph, out, title=heading, filters=filters, color_by=color_by)
    return path, graph.number_of_nodes(), graph.number_of_edges()
