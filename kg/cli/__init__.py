"""CLI: the ``kg`` command, a thin typer layer over the plain functions notebooks also call.

Each command is imported and built only when it runs (see :mod:`kg.cli.lazy`): add a command as a
line in ``COMMANDS`` (name -> ``"module:function"``, or a Typer app for a sub-group).
"""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli.common import configure_logging
from kg.cli.lazy import LazyGroup

__all__ = ["COMMANDS", "app"]

COMMANDS = {
    "build": "kg.cli.build:build_cli",
    "extract": "kg.cli.extract:extract_cli",
    "sparql": "kg.cli.sparql:sparql_cli",
    "relations": "kg.cli.relations:relations_cli",
    "viz": "kg.cli.viz:viz_cli",
    "eval": "kg.cli.eval:eval_cli",
    "ingest": "kg.cli.ingest:ingest_cli",
    "ego": "kg.cli.ego:ego_cli",
    "paths": "kg.cli.paths:paths_cli",
    "key-actors": "kg.cli.key_actors:key_actors_cli",
    "communities": "kg.cli.communities:communities_cli",
    "trend": "kg.cli.trend:trend_cli",
    "query": "kg.cli.query:query_cli",
    "serve": "kg.cli.serve:serve_cli",
    "export": "kg.cli.export:export_cli",
    "import": "kg.cli.import_rdf:import_cli",
    "actors": "kg.cli.actors:actors_app",
}


class KGGroup(LazyGroup):
    """The ``kg`` group: the commands of ``COMMANDS``, each imported when it is invoked."""

    lazy_commands = COMMANDS


app = typer.Typer(
    name="kg",
    cls=KGGroup,
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
