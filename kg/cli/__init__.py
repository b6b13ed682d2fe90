"""CLI: the ``kg`` command, a thin typer layer over the plain functions notebooks also call."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli.actors import actors_app
from kg.cli.build import build_cli
from kg.cli.common import configure_logging
from kg.cli.communities import communities_cli
from kg.cli.ego import ego_cli
from kg.cli.export import export_cli
from kg.cli.extract import extract_cli
from kg.cli.import_rdf import import_cli
from kg.cli.ingest import ingest_cli
from kg.cli.key_actors import key_actors_cli
from kg.cli.paths import paths_cli
from kg.cli.query import query_cli
from kg.cli.relations import relations_cli
from kg.cli.serve import serve_cli
from kg.cli.sparql import sparql_cli
from kg.cli.trend import trend_cli
from kg.cli.viz import viz_cli

__all__ = ["app"]

app = typer.Typer(
    name="kg",
    help="Turn news articles into a geopolitical event knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="-v info, -vv debug.")] = 0,
) -> None:
    """kg: articles → events → RDF → NetworkX → interactive HTML."""
    configure_logging(verbose)


app.command("build")(build_cli)
app.command("extract")(extract_cli)
app.command("sparql")(sparql_cli)
app.command("relations")(relations_cli)
app.command("viz")(viz_cli)
app.command("ingest")(ingest_cli)
app.command("ego")(ego_cli)
app.command("paths")(paths_cli)
app.command("key-actors")(key_actors_cli)
app.command("communities")(communities_cli)
app.command("trend")(trend_cli)
app.add_typer(actors_app, name="actors")
app.command("query")(query_cli)
app.command("serve")(serve_cli)
app.command("export")(export_cli)
app.command("import")(import_cli)
