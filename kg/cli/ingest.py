"""CLI: ``kg ingest`` — print the articles as the pipeline will see them, before building."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from kg.ingest import ReadOptions

__all__ = [
    "DateColOption",
    "IdColOption",
    "TextColOption",
    "TitleColOption",
    "UrlColOption",
    "ingest_cli",
    "read_options",
]

TextColOption = Annotated[
    str | None,
    typer.Option("--text-col", help="Table column with the article text (default: text, content, body…)."),
]
TitleColOption = Annotated[
    str | None, typer.Option("--title-col", help="Table column with the title (default: title, headline…).")
]
DateColOption = Annotated[
    str | None,
    typer.Option("--date-col", help="Table column with the date (default: date, published, seendate…)."),
]
UrlColOption = Annotated[
    str | None, typer.Option("--url-col", help="Table column with the URL (default: url, link…).")
]
IdColOption = Annotated[
    str | None,
    typer.Option(
        "--id-col", help="Table column with the article id (default: id, stories_id…; else from the text)."
    ),
]
_TEXT_PREVIEW = 100


def read_options(
    text_col: str | None = None,
    title_col: str | None = None,
    date_col: str | None = None,
    url_col: str | None = None,
    id_col: str | None = None,
    *,
    timeout: float | None = None,
    any_language: bool = False,
) -> ReadOptions:
    """The ReadOptions of the command-line options (None keeps a default)."""
    import dataclasses

    from kg.ingest import ReadOptions, TableColumns

    columns = TableColumns(text=text_col, title=title_col, date=date_col, url=url_col, id=id_col)
    options = ReadOptions(columns=columns, english_only=not any_language)
    return dataclasses.replace(options, timeout=timeout) if timeout is not None else options


def ingest_cli(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files (.txt .jsonl .html .xml/.rss/.atom .csv/.tsv/.parquet), dirs, URLs, -."),
    ],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="jsonl (every field) or table (a preview).")
    ] = "jsonl",
    text_col: TextColOption = None,
    title_col: TitleColOption = None,
    date_col: DateColOption = None,
    url_col: UrlColOption = None,
    id_col: IdColOption = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a URL.")] = 20.0,
    keep_duplicates: Annotated[
        bool, typer.Option("--keep-duplicates", help="Keep repeats (same URL or near-identical text).")
    ] = False,
    any_language: Annotated[
        bool, typer.Option("--any-language", help="Keep articles that do not look English.")
    ] = False,
    strict: Annotated[bool, typer.Option(help="Stop at the first bad input.")] = False,
) -> None:
    """Print the articles read from INPUT (id, title, date, url, source, text), one JSON object a line.

    Shows what `kg build` and `kg extract` will parse: extracted page text, dates, canonical URLs,
    duplicates dropped, long articles split. Problems go to stderr; the exit status is 1 if any input failed.
    """
    from kg.errors import IngestError
    from kg.ingest import Deduplicator, read_articles

    if fmt not in ("jsonl", "table"):
        raise typer.BadParameter(f"unknown format {fmt!r}: use jsonl or table")
    failures: list[IngestError] = []

    def on_error(e: IngestError) -> None:
        failures.append(e)
        typer.echo(f"error: {e}", err=True)

    options = read_options(
        text_col, title_col, date_col, url_col, id_col, timeout=timeout, any_language=any_language
    )
    seen = Deduplicator()
    rows = []
    count = 0
    try:
        for article in read_articles(
            inputs,
            on_error=on_error,
            strict=strict,
            options=options,
            dedup=False if keep_duplicates else seen,
        ):
            count += 1
            if fmt == "jsonl":
                sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            else:
                record = article.to_dict()
                text = " ".join(article.text.split())
                record["text"] = text if len(text) <= _TEXT_PREVIEW else text[: _TEXT_PREVIEW - 1] + "…"
                rows.append(record)
    except IngestError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from e
    if fmt == "table":
        import pandas as pd

        from kg.cli.common import print_frame

        columns = ["id", "title", "date", "url", "source", "text"]
        print_frame(pd.DataFrame(rows, columns=columns), "table")
    typer.echo(
        f"{count} articles read, {seen.duplicates} duplicates skipped, {len(failures)} inputs failed",
        err=True,
    )
    if failures:
        raise typer.Exit(1)
