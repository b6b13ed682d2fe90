"""CLI: options and output helpers shared by the commands."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    import pandas as pd

    from kg.rdf import KGStore

__all__ = [
    "MinConfidenceOption",
    "ModelOption",
    "StoreLocationOption",
    "StoreOption",
    "configure_logging",
    "open_location",
    "print_frame",
]

ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model", help="spaCy pipeline name or path (default: en_core_web_sm, else its PyPI re-upload)."
    ),
]
MinConfidenceOption = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        help="Hold back events less confident than this (default 0.4: conditions, guesses and "
        "questions); 0 keeps all.",
    ),
]
StoreOption = Annotated[
    Path,
    typer.Option("--store", help="Store directory (DIR/store, or the DIR given to `kg build --out`)."),
]

StoreLocationOption = Annotated[
    str,
    typer.Option(
        "--store",
        help="Store directory (DIR/store, or the DIR given to `kg build --out`), or a SPARQL endpoint URL.",
    ),
]


def open_location(location: str, *, read_only: bool = True) -> KGStore:
    """Open the store a ``--store`` option names: an endpoint URL, ``DIR/store`` or ``DIR``."""
    from kg.rdf import open_store

    if location.startswith(("http://", "https://")):
        return open_store(location, read_only=read_only)
    path = Path(location)
    if (path / "store").is_dir():
        path = path / "store"
    return open_store(path, read_only=read_only)


def configure_logging(verbose: int) -> None:
    """Warnings by default, -v for info, -vv for debug; messages go to stderr."""
    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    # trafilatura warns about every page part it discards; kg reports pages without text itself.
    logging.getLogger("trafilatura").setLevel(logging.ERROR if verbose < 2 else logging.DEBUG)


def print_frame(frame: pd.DataFrame, fmt: str = "table") -> None:
    """Print a DataFrame as a table, CSV, TSV or JSON Lines on stdout."""
    if fmt == "csv":
        sys.stdout.write(frame.to_csv(index=False))
    elif fmt == "tsv":
        sys.stdout.write(frame.to_csv(index=False, sep="\t"))
    elif fmt == "json":
        sys.stdout.write(frame.to_json(orient="records", lines=True, date_format="iso", force_ascii=False))
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for column in frame.columns:
            table.add_column(str(column), overflow="fold")
        for row in frame.itertuples(index=False):
            table.add_row(*(_cell(v) for v in row))
        Console().print(table)
    else:
        raise typer.BadParameter(f"unknown format {fmt!r}: use table, csv, tsv or json")


def _cell(value: object) -> str:
    """A table cell: empty for missing values, IRIs shortened to kg's prefixes."""
    from kg.rdf.namespace import PREFIXES

    if value is None or value != value:  # None or NaN
        return ""
    text = str(value)
    if text.startswith("http"):
        for prefix, base in PREFIXES.items():
            if text.startswith(base) and len(text) > len(base):
                return f"{prefix}:{text[len(base) :]}"
    return text
