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
    max_rows: Annotated[
        int, typer.Option("--max-rows", min=0, help="Most rows (or triples) in one answer; 0: no cap.")
    ] = 10_000,
) -> None:
    """Serve the store at http://HOST:PORT (query page at /, SPARQL at /query) until Ctrl-C.

    Read-only unless --writable; answers over --max-rows rows are refused (or cut with
    ?truncate=1); queries stop after --timeout seconds.
    """
    import signal

    from kg.errors import KGError
    from kg.rdf.serve import start_service

    location = store / "store" if (store / "store").is_dir() else store
    if not location.is_dir() and not writable:
        typer.echo(f"error: no store at {store}: build one with `kg build ... --out DIR`", err=True)
        raise typer.Exit(2)
    try:
        service = start_service(
            location,
            host=host,
            port=port,
            writable=writable,
            timeout=timeout,
            max_rows=max_rows,
            background=False,
            die_with_parent=True,
        )
    except KGError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    if host not in ("127.0.0.1", "localhost", "::1") and not host.startswith("127."):
        typer.echo(
            f"warning: listening on {host}: anyone who can reach this machine can query the store", err=True
        )
    mode = "read-write" if writable else "read-only"
    cap = f"at most {max_rows} rows per answer" if max_rows else "no row cap"
    typer.echo(
        f"serving {location} ({mode}, {cap}, {timeout:g} s timeout) at {service.url}/  (SPARQL: /query)",
        err=True,
    )
    try:
        service.gateway.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        service.stop()
