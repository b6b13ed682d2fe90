"""CLI: ``kg eval`` — score kg's events against gold sets (precision, recall, F1)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import ModelOption

__all__ = ["eval_cli"]


def eval_cli(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSON Lines files (CAMEO, PLOVER or news format).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list each sentence's misses and false alarms.")
    ] = False,
    corpus: Annotated[
        Path | None,
        typer.Option(help="Where news gold sets find their articles (default: GOLD/../../corpus)."),
    ] = None,
    fmt: Annotated[
        str | None, typer.Option("--format", help="cameo, plover or news (default: detected).")
    ] = None,
    model: ModelOption = None,
) -> None:
    """Extract events from the gold texts and score them on (source, target, CAMEO root).

    Actors are compared by country or organisation (and by sector beside it); PLOVER sets on
    (source, category); whole articles sentence by sentence, one-annotator events counting neither way.
    """
    from kg.errors import KGError
    from kg.evaluate import evaluate, format_report, read_gold
    from kg.nlp import load_nlp
    from kg.pipeline import extract_from_articles

    reports = []
    try:
        nlp = load_nlp(model)
        for path in gold:
            gold_set = read_gold(path, fmt=fmt)  # type: ignore[arg-type]
            articles = gold_set.articles(corpus)
            reports.append(evaluate(gold_set, extract_from_articles(articles, nlp=nlp)))
    except KGError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    if as_json:
        out = [r.to_dict(details=errors) for r in reports]
        sys.stdout.write(json.dumps(out if len(out) > 1 else out[0], indent=2) + "\n")
        return
    typer.echo("\n\n".join(format_report(r, details=errors) for r in reports))
