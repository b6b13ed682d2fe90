"""CLI: ``kg relations`` — how two actors relate: counts per root, balance, and the events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli.common import StoreLocationOption, print_frame
from kg.cli.graph_options import (
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
        if actor is not None:
            for node in (actor.id, actor.group):
                if node in graph:
                    return node
        raise


def relations_cli(
    a: Annotated[str, typer.Argument(help="First actor: name, code or label (e.g. NATO).")],
    b: Annotated[str, typer.Argument(help="Second actor (e.g. Russia).")],
    store: StoreLocationOption = "out",
    fmt: FormatOption = "table",
    view: Annotated[
        str | None,
        typer.Option(
            "--view",
            help="events (timeline), roots (counts per CAMEO root), balance (cooperation vs conflict); "
            "default: all three as tables, events otherwise.",
        ),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    quad: QuadOption = None,
    root: RootOption = None,
    min_mentions: MinMentionsOption = 1,
    min_confidence: ConfidenceFilterOption = 0.0,
    all_events: AllOption = False,
    level: LevelOption = "group",
) -> None:
    """How actors A and B relate, both directions: counts per root, balance, events oldest first."""
    from kg.errors import KGError
    from kg.graph import relation_balance, relation_counts, relations

    views = [view] if view else (["roots", "balance", "events"] if fmt == "table" else ["events"])
    for name in views:
        if name not in ("events", "roots", "balance"):
            raise fail(ValueError(f"unknown --view {name!r}: use events, roots or balance"))
    try:
        graph = open_graph(
            store,
            level=level,
            since=since,
            until=until,
            quad=quad,
            root=root,
            min_mentions=min_mentions,
            min_confidence=min_confidence,
            all_events=all_events,
        )
        u, v = resolve_node(graph, a), resolve_node(graph, b)
    except KGError as e:
        raise fail(e) from e
    for name in views:
        if name == "roots":
            frame = relation_counts(graph, u, v)
        elif name == "balance":
            frame = relation_balance(graph, u, v).reset_index().round(3)
        else:
            frame = relations(graph, u, v)
            if frame.empty:
                typer.echo(f"no events between {a} and {b}", err=True)
            if fmt == "table":
                frame = frame[["date", "source", "target", "cameo", "label", "quad_class", "sentence"]]
        print_frame(frame, fmt)
