"""CLI: ``kg extract`` — print the events of articles without storing them."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from kg.cli.actors import ActorsFileOption
from kg.cli.common import MinConfidenceOption, ModelOption
from kg.cli.ingest import (
    DateColOption,
    IdColOption,
    TextColOption,
    TitleColOption,
    UrlColOption,
    read_options,
)

__all__ = ["extract_cli"]


def extract_cli(
    inputs: Annotated[list[str], typer.Argument(help="Article files, directories, URLs, or - for stdin.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl or table.")] = "jsonl",
    model: ModelOption = None,
    batch_size: Annotated[
        int, typer.Option(help="Articles per nlp.pipe batch (memory grows with it; 8 parses as fast as 64).")
    ] = 8,
    strict: Annotated[bool, typer.Option(help="Stop at the first bad input.")] = False,
    text_col: TextColOption = None,
    title_col: TitleColOption = None,
    date_col: DateColOption = None,
    url_col: UrlColOption = None,
    id_col: IdColOption = None,
    actors: ActorsFileOption = None,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """Print one JSON object per event (the event record of the README), or a table."""
    from kg.errors import IngestError, KGError
    from kg.pipeline import extract

    if fmt not in ("jsonl", "table"):
        raise typer.BadParameter(f"unknown format {fmt!r}: use jsonl or table")
    failures: list[IngestError] = []

    def on_error(e: IngestError) -> None:
        failures.append(e)
        typer.echo(f"error: {e}", err=True)

    rows = []
    try:
        options = read_options(text_col, title_col, date_col, url_col, id_col)
        events = extract(
            inputs,
            model=model,
            batch_size=batch_size,
            on_error=on_error,
            strict=strict,
            read_options=options,
            actors_file=actors,
            min_confidence=min_confidence,
        )
        for event in events:
            if fmt == "jsonl":
                sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            else:
                rows.append(event)
    except KGError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    if fmt == "table":
        import pandas as pd

        from kg.cli.common import print_frame

        frame = pd.DataFrame(
            [
                {
                    "date": e.date,
                    "source": e.source.actor.id,
                    "action": f"{e.action.cameo} {e.action.verb}",
                    "target": e.target.actor.id if e.target else None,
                    "neg": e.negated,
                    "modality": e.modality,
                    "sentence": e.mention.sentence,
                }
                for e in rows
            ]
        )
        print_frame(frame, "table")
    if failures:
        raise typer.Exit(1)
