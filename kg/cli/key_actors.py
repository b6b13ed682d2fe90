"""CLI: ``kg key-actors`` — actors ranked by centrality, hostility or cooperation."""

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

__all__ = ["key_actors_cli"]


def key_actors_cli(
    sort_by: Annotated[
        str,
        typer.Option(
            "--by",
            help="pagerank, betweenness, degree, hostility, cooperation, events_out, net_goldstein, ...",
        ),
    ] = "pagerank",
    top: Annotated[int, typer.Option("--top", "-n", help="Show this many actors.")] = 20,
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
    """Rank actors: degree, betweenness, PageRank, hostility and cooperation (given and received)."""
    from kg.errors import KGError
    from kg.graph import key_actors

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
        frame = key_actors(graph, sort_by=sort_by, top=top)
    except KGError as e:
        raise fail(e) from e
    if fmt == "table":
        shown = ["actor", "label", "events_out", "events_in", "degree", "betweenness", "pagerank"]
        frame = frame[[*shown, "hostility", "cooperation"]].round(3)
    print_frame(frame, fmt)
