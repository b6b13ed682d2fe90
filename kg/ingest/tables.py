"""Ingest stage: read CSV, TSV and Parquet tables of articles through a column mapping.

News-service exports (GDELT, MediaCloud and the like) hold one article per row with url, title,
date and text columns under varying names: the usual names are found by themselves, and
:class:`~kg.ingest.options.TableColumns` names any others. Rows are streamed (Parquet by record
batch), never loaded whole.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from kg.datamodel import Article
from kg.errors import IngestError
from kg.ingest.dates import parse_datetime
from kg.ingest.decoding import iter_lines
from kg.ingest.ids import article_id, url_stem
from kg.ingest.located import Located, Where, split_datetime
from kg.ingest.options import TableColumns
from kg.ingest.urls import canonical_url, is_url

__all__ = ["DEFAULT_COLUMNS", "read_table", "resolve_columns"]

logger = logging.getLogger(__name__)

ErrorHandler = Callable[[IngestError], None]

#: The column names looked for (case-insensitive, in this order) when a field is not mapped.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "content",
        "body",
        "full_text",
        "fulltext",
        "article",
        "article_text",
        "maintext",
        "story",
    ),
    "title": ("title", "headline", "heading"),
    "date": (
        "date",
        "published",
        "publish_date",
        "published_at",
        "publication_date",
        "pubdate",
        "datetime",
        "timestamp",
        "seendate",
        "time",
    ),
    "url": ("url", "link", "source_url", "sourceurl", "documentidentifier", "href"),
    "id": ("id", "article_id", "stories_id", "story_id", "guid", "uuid", "doc_id"),
}
_BATCH_ROWS = 1024
_CSV_FIELD_LIMIT = 256 * 2**20


def resolve_columns(header: Sequence[str], columns: TableColumns, source: str) -> dict[str, str | None]:
    """Which header column holds each field: the mapped name, else the first usual name present.

    Raises:
        IngestError: a mapped column is missing, or no text column is found.

    Examples:
        >>> resolve_columns(["URL", "Headline", "Body"], TableColumns(), "t.csv")
        {'text': 'Body', 'title': 'Headline', 'date': None, 'url': 'URL', 'id': None}
    """
    by_lower = {name.strip().lower(): name for name in header}
    found: dict[str, str | None] = {}
    for field, usual in DEFAULT_COLUMNS.items():
        wanted = getattr(columns, field)
        if wanted is not None:
            if wanted.strip().lower() not in by_lower:
                raise IngestError(
                    source, f"no column {wanted!r} for the {field} (columns: {', '.join(map(str, header))})"
                )
            found[field] = by_lower[wanted.strip().lower()]
        else:
            found[field] = next((by_lower[name] for name in usual if name in by_lower), None)
    if found["text"] is None:
        raise IngestError(
            source,
            f"no text column: looked for {', '.join(DEFAULT_COLUMNS['text'])}; the columns are "
            f"{', '.join(map(str, header))} (name one with --text-col)",
        )
    return found


def _cell(row: Mapping[str, Any], column: str | None) -> Any:
    if column is None:
        return None
    value = row.get(column)
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value.strip() or None if isinstance(value, str) else value


def _row_article(
    row: Mapping[str, Any], mapping: Mapping[str, str | None], where: Where, now: dt.datetime | None
) -> Article:
    text = _cell(row, mapping["text"])
    if not isinstance(text, str):
        raise where.error(f"no text in column {mapping['text']!r}")
    text = text.replace("\r\n", "\n")
    raw_url = _cell(row, mapping["url"])
    url = canonical_url(str(raw_url)) if raw_url and is_url(str(raw_url)) else None
    raw_date = _cell(row, mapping["date"])
    parsed = parse_datetime(raw_date, now=now) if raw_date is not None else None
    if raw_date is not None and parsed is None:
        logger.warning("%s: date %r not understood, left empty", where, raw_date)
    date, published = split_datetime(parsed)
    raw_id = _cell(row, mapping["id"])
    title = _cell(row, mapping["title"])
    return Article(
        id=str(raw_id)
        if raw_id is not None
        else article_id(url_stem(url) if url else Path(where.source).stem, text),
        text=text,
        title=str(title) if title is not None else None,
        date=date,
        source=where.source,
        url=url,
        published=published,
    )


def _rows_to_articles(
    rows: Iterable[tuple[Where, Mapping[str, Any]]],
    mapping: Mapping[str, str | None],
    *,
    on_error: ErrorHandler,
    strict: bool,
    now: dt.datetime | None,
) -> Iterator[Located]:
    for where, row in rows:
        try:
            yield Located(_row_article(row, mapping, where, now), where)
        except IngestError as err:
            if strict:
                raise
            on_error(err)


Rows = Iterator[tuple[Where, dict[str, Any]]]


def _csv_table(
    path: Path, source: str, delimiter: str, columns: TableColumns
) -> tuple[dict[str, str | None], Rows]:
    """The column mapping (header read now) and the rows, streamed with their first line numbers."""
    numbered = iter_lines(path, source)
    line_of = [0]

    def lines() -> Iterator[str]:
        for number, line in numbered:
            line_of[0] = number
            yield line

    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    reader = csv.reader(lines(), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise IngestError(source, "table has no header row") from None
    except csv.Error as err:
        raise IngestError(source, f"cannot read the header row ({err})", line=1) from err
    mapping = resolve_columns(header, columns, source)

    def rows() -> Rows:
        while True:
            start = line_of[0] + 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as err:
                raise IngestError(source, f"malformed CSV ({err})", line=start) from err
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                logger.warning(
                    "%s:%d: row has %d fields, the header %d", source, start, len(values), len(header)
                )
            yield Where(source, line=start), dict(zip(header, values, strict=False))

    return mapping, rows()


def _parquet_table(path: Path, source: str, columns: TableColumns) -> tuple[dict[str, str | None], Rows]:
    """The column mapping and the rows, read one record batch at a time."""
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except (OSError, ValueError) as err:  # pyarrow.ArrowInvalid is a ValueError
        raise IngestError(source, f"cannot read as Parquet ({err})") from err
    mapping = resolve_columns(table.schema_arrow.names, columns, source)
    wanted = sorted({c for c in mapping.values() if c is not None})

    def rows() -> Rows:
        number = 0
        for batch in table.iter_batches(batch_size=_BATCH_ROWS, columns=wanted):
            for row in batch.to_pylist():
                number += 1
                yield Where(source, item=f"row {number}"), row

    return mapping, rows()


def read_table(
    path: Path,
    *,
    source: str,
    columns: TableColumns | None = None,
    on_error: ErrorHandler,
    strict: bool = False,
    now: dt.datetime | None = None,
) -> Iterator[Located]:
    """Each row of a ``.csv``, ``.tsv`` or ``.parquet`` table as an article.

    Rows without text go to ``on_error``; ids come from the id column, else from the text.

    Raises:
        IngestError: the file cannot be read, is empty or binary (CSV/TSV), or lacks a mapped column.
    """
    columns = columns or TableColumns()
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        mapping, rows = _parquet_table(path, source, columns)
    else:
        mapping, rows = _csv_table(path, source, "\t" if suffix == ".tsv" else ",", columns)
    logger.info("%s: columns %s", source, ", ".join(f"{k}={v}" for k, v in mapping.items() if v))
    yield from _rows_to_articles(rows, mapping, on_error=on_error, strict=strict, now=now)
