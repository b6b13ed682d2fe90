"""CLI: ``kg actors resolve`` — names to canonical actors, as JSON lines or a table."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["actors_app", "resolve_cli"]

actors_app = typer.Typer(name="actors", help="Look up canonical actors.", no_args_is_help=True)

ActorsFileOption = Annotated[
    Path | None,
    typer.Option(
        "--actors", help="Your own actors file (TSV: name, id, kind, country, sector, ...; see README)."
    ),
]


@actors_app.command("resolve")
def resolve_cli(
    names: Annotated[
        list[str], typer.Argument(help="Names or noun phrases, resolved in order in one scope.")
    ],
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Article date YYYY-MM-DD: picks people's roles. Default: the day kg's people table "
            "describes (kg.actors.people.AS_OF): current offices, former officials as ELI.",
        ),
    ] = None,
    context: Annotated[
        str | None, typer.Option("--context", help="Text that settles ambiguous names.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json or table.")] = "json",
    actors_file: ActorsFileOption = None,
) -> None:
    """Print one JSON object per name: id, label, kind, country, sector, cameo, qid, resolved.

    Names kg cannot place come out with ``resolved: false``.
    """
    from kg.actors import Resolver
    from kg.errors import KGError

    if fmt not in ("json", "table"):
        raise typer.BadParameter(f"unknown format {fmt!r}: use json or table")
    try:
        day = dt.date.fromisoformat(date) if date else None
    except ValueError as err:
        raise typer.BadParameter(f"--date {date!r} is not a date (YYYY-MM-DD)") from err
    try:
        resolver = Resolver(actors_file=str(actors_file) if actors_file else None)
    except KGError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    scope = resolver.scoped(context or "")
    rows = []
    for name in names:
        actor = scope.resolve(name, date=day, context=context, allow_unresolved=True)
        record = {"name": name, "id": None, "label": None, "kind": None, "country": None, "sector": None,
                  "cameo": None, "qid": None, "resolved": False, "affiliation": None}  # fmt: skip
        if actor is not None:
            record.update(actor.to_dict())
        rows.append(record)
    if fmt == "json":
        for record in rows:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for column in ("name", "id", "label", "country", "sector", "cameo", "qid", "resolved"):
        table.add_column(column, overflow="fold")
    columns = ("name", "id", "label", "country", "sector", "cameo", "qid", "resolved")
    for record in rows:
        table.add_row(*("" if record[c] is None else str(record[c]) for c in columns))
    Console().print(table)
