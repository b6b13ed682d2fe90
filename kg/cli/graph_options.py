"""CLI: the filter options every graph command shares, and opening the filtered graph."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    import networkx as nx

    from kg.graph.filters import EventFilter


__all__ = [
    "ActorsOption",
    "AllOption",
    "FormatOption",
    "LevelOption",
    "ConfidenceFilterOption",
    "MinMentionsOption",
    "QuadOption",
    "RootOption",
    "SinceOption",
    "UntilOption",
    "event_filter",
    "fail",
    "open_graph",
]

logger = logging.getLogger(__name__)

SinceOption = Annotated[
    str | None, typer.Option("--since", help="Only events on or after this date (YYYY-MM-DD, YYYY-MM, YYYY).")
]
UntilOption = Annotated[str | None, typer.Option("--until", help="Only events on or before this date.")]
QuadOption = Annotated[
    str | None,
    typer.Option(
        "--quad", help="QuadClasses to keep, e.g. 3,4 (1 verbal coop, 2 material coop, 3, 4 conflict)."
    ),
]
RootOption = Annotated[str | None, typer.Option("--root", help="CAMEO roots to keep, e.g. 12,13,14.")]
ActorsOption = Annotated[
    str | None, typer.Option("--among", help="Only events between these actors (ids, comma-separated).")
]
MinMentionsOption = Annotated[int, typer.Option("--min-mentions", help="Only events reported this often.")]
ConfidenceFilterOption = Annotated[
    float, typer.Option("--min-confidence", help="Only events this confident.")
]
AllOption = Annotated[bool, typer.Option("--all", help="Include negated and hypothetical events.")]
LevelOption = Annotated[
    str, typer.Option("--level", help="group: people and sectors under their country/organisation; actor.")
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")]


def fail(err: Exception) -> typer.Exit:
    """Print ``err`` on stderr and return the exit to raise (status 2)."""
    typer.echo(f"error: {err}", err=True)
    return typer.Exit(2)


def event_filter(
    *,
    level: str,
    since: str | None,
    until: str | None,
    quad: str | None,
    root: str | None,
    among: str | None,
    min_mentions: int,
    min_confidence: float,
    all_events: bool,
) -> EventFilter:
    """The graph commands' filter options as one :class:`~kg.graph.filters.EventFilter`.

    Raises:
        KGError: an invalid ``--level`` or filter value.
    """
    from kg.errors import QueryError
    from kg.graph.filters import EventFilter

    if level not in ("group", "actor"):
        raise QueryError(f"invalid --level {level!r}: use group or actor")
    return EventFilter.parse(
        since=since,
        until=until,
        quad=quad,
        roots=root,
        actors=among,
        min_mentions=min_mentions,
        min_confidence=min_confidence,
        include_negated=all_events,
        include_hypothetical=all_events,
    )


def open_graph(
    store: str | Path,
    *,
    level: str = "group",
    since: str | None = None,
    until: str | None = None,
    quad: str | None = None,
    root: str | None = None,
    among: str | None = None,
    min_mentions: int = 1,
    min_confidence: float = 0.0,
    all_events: bool = False,
) -> nx.MultiDiGraph:
    """The event graph of a store (``DIR``, ``DIR/store`` or an endpoint URL) with the CLI's filters.

    Raises:
        KGError: no store, or an invalid filter value.
    """
    from kg.graph import to_networkx
    from kg.graph.source import open_reader

    flt = event_filter(
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
    with open_reader(store) as built:  # a directory is read without kg.rdf's imports
        return to_networkx(built, level="actor" if level == "actor" else "group", filters=flt)
