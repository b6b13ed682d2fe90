"""CLI: ``kg query`` — run one of kg's named SPARQL queries, or list them."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli.common import StoreLocationOption, open_location, print_frame

__all__ = ["query_cli"]


def query_cli(
    name: Annotated[str | None, typer.Argument(help="The query's name (see --list).")] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A parameter as NAME=VALUE, e.g. actor=RUS.")
    ] = None,
    list_: Annotated[
        bool, typer.Option("--list", help="List the named queries and their parameters.")
    ] = False,
    store: StoreLocationOption = "out",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
) -> None:
    """Run a named query: `kg query events_between --param a=RUS --param b=NATO`."""
    from kg.errors import KGError
    from kg.rdf.named_queries import list_queries, named_query, run_named

    if list_ or name is None:
        for query_name in list_queries():
            q = named_query(query_name)
            typer.echo(f"{query_name}: {q.title}")
            for p in q.params:
                default = f" (default {p.default})" if p.default is not None else ""
                typer.echo(f"    --param {p.name}=<{p.type}>  {p.help}{default}")
        return
    params: dict[str, str] = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        params[key.strip()] = value.strip()
    try:
        with open_location(store) as kg_store:
            frame = run_named(kg_store, name, **params)
    except KGError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    print_frame(frame, fmt)
