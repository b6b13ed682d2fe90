"""CLI: ``kg communities`` — groups of actors that deal mostly with each other (Louvain)."""

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

__all__ = ["communities_cli"]


def communities_cli(
    resolution: Annotated[
        float, typer.Option("--resolution", help="Above 1: smaller communities; below 1: larger ones.")
    ] = 1.0,
    seed: Annotated[int, typer.Option("--seed", help="Random seed (same seed, same communities).")] = 0,
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
    """Print each actor's Louvain community (0 is the largest), with events inside and outside it."""
    from kg.errors import KGError
    from kg.graph import communities

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
        frame = communities(graph, resolution=resolution, seed=seed)
    except KGError as e:
        raise fail(e) from e
    print_frame(frame, fmt)
