"""CLI: ``kg ego`` — the actors within k hops of one actor."""

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

__all__ = ["ego_cli"]


def ego_cli(
    actor: Annotated[str, typer.Argument(help="The actor at the centre: name, code or label.")],
    hops: Annotated[int, typer.Option("--hops", "-k", help="How many steps out (either direction).")] = 1,
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
    """List the actors within --hops of ACTOR: distance, direct events with it, net Goldstein."""
    from kg.cli.relations import resolve_node
    from kg.errors import KGError
    from kg.graph import ego_table

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
        frame = ego_table(graph, resolve_node(graph, actor), hops=hops)
    except KGError as e:
        raise fail(e) from e
    print_frame(frame, fmt)
