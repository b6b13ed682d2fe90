"""CLI: ``kg trend`` — the events between two actors per week or month."""

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

__all__ = ["trend_cli"]


def trend_cli(
    a: Annotated[str, typer.Argument(help="First actor.")],
    b: Annotated[str, typer.Argument(help="Second actor.")],
    by: Annotated[str, typer.Option("--by", help="week or month.")] = "month",
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
    """Print the events between A and B per week or month (both directions), gaps as zero."""
    from kg.cli.relations import resolve_node
    from kg.errors import KGError
    from kg.graph import dyad_trend

    if by not in ("week", "month"):
        raise fail(ValueError(f"unknown --by {by!r}: use week or month"))
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
        frame = dyad_trend(graph, resolve_node(graph, a), resolve_node(graph, b), freq=by)  # type: ignore[arg-type]
    except KGError as e:
        raise fail(e) from e
    if frame.empty:
        typer.echo(f"no dated events between {a} and {b}", err=True)
    if fmt == "table" and not frame.empty:
        frame = frame.assign(period=frame["period"].dt.strftime("%Y-%m-%d")).round(3)
    print_frame(frame, fmt)
