"""CLI: ``kg serve`` — serve a store over the SPARQL 1.1 protocol, with a query page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["serve_cli"]


def serve_cli(
    store: Annotated[
        Path, typer.Option("--store", help="Store directory (DIR/store or the DIR of kg build).")
    ] = Path("out"),
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1 keeps it on this machine).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 7878,
    writable: Annotated[
        bool, typer.Option("--writable", help="Accept SPARQL UPDATE (default: read-only).")
    ] = False,
    timeout: Annotated[float, typer.Option(help="Query timeout in seconds.")] = 30.0,
) -> None:
    """Serve the store at http://HOST:PORT (query page at /, SPARQL at /query) until Ctrl-C."""
    import os

    from kg.errors import KGError
    from kg.rdf.serve import server_command

    location = store / "store" if (store / "store").is_dir() else store
    if not location.is_dir() and not writable:
        typer.echo(f"error: no store at {store}: build one with `kg build ... --out DIR`", err=True)
        raise typer.Exit(2)
    try:
        command = server_command(location, host=host, port=port, writable=writable, timeout=timeout)
    except KGError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    mode = "read-write" if writable else "read-only"
    typer.echo(f"serving {location} ({mode}) at http://{host}:{port}/  (SPARQL endpoint: /query)", err=True)
    # The server replaces this process, so Ctrl-C and signals reach it directly and nothing is orphaned.
    os.execv(command[0], command)
