"""CLI: the filter options every graph command shares, and opening the filtered graph."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    import networkx as nx

    from kg.rdf.store import KGStore

__all__ = [
    "ActorsOption",
    "AllOption",
    "FormatOption",
    "LevelOption",
    "MinConfidenceOption",
    "MinMentionsOption",
    "QuadOption",
    "RootOption",
    "SinceOption",
    "UntilOption",
    "close_store",
    "fail",
    "open_graph",
    "open_read_only",
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
MinConfidenceOption = Annotated[float, typer.Option("--min-confidence", help="Only events this confident.")]
AllOption = Annotated[bool, typer.Option("--all", help="Include negated and hypothetical events.")]
LevelOption = Annotated[
    str, typer.Option("--level", help="group: people and sectors under their country/organisation; actor.")
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")]


def fail(err: Exception) -> typer.Exit:
    """Print ``err`` on stderr and return the exit to raise (status 2)."""
    typer.echo(f"error: {err}", err=True)
    return typer.Exit(2)


def open_graph(
    store: Path,
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
    """The event graph of a built store with the CLI's filters applied.

    Raises:
        KGError: no store, or an invalid filter value.
    """
    from kg.errors import QueryError
    from kg.graph import EventFilter, to_networkx

    if level not in ("group", "actor"):
        raise QueryError(f"invalid --level {level!r}: use group or actor")
    flt = EventFilter.parse(
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
    built = open_read_only(store)
    try:
        return to_networkx(built, level="actor" if level == "actor" else "group", filters=flt)
    finally:
        close_store(built)


def open_read_only(out_dir: Path) -> KGStore:
    """The store of a built directory (``DIR`` or ``DIR/store``), read-only.

    What ``kg.pipeline.open_built_store`` does, without importing the extraction stack that
    ``kg.pipeline`` brings in (graph commands never need it).

    Raises:
        StoreError: there is no store there.
    """
    from kg.rdf import open_store

    path = out_dir / "store" if (out_dir / "store").is_dir() else out_dir
    return open_store(path, read_only=True)


def close_store(store: KGStore) -> None:
    """Close a store; on a read-only one, release it even though ``KGStore.close()`` fails.

    ``KGStore.close()`` flushes first, and Oxigraph refuses to flush a read-only store with a
    RuntimeError that ``close()`` does not catch (a kg.rdf bug); the store is released when its
    last reference goes, right after this.
    """
    try:
        store.close()
    except RuntimeError as err:
        logger.debug("closing %s: %s", store.location, err)
