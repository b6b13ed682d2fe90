"""Ingest stage: read JSON Lines records (``id``, ``text``, optional ``title``, ``date``, ``url``)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kg.datamodel import Article, stable_id
from kg.errors import IngestError
from kg.ingest.dates import parse_datetime
from kg.ingest.located import Located, Where, split_datetime
from kg.ingest.urls import canonical_url, is_url

__all__ = ["iter_jsonl", "read_jsonl", "record_to_article"]

logger = logging.getLogger(__name__)

ErrorHandler = Callable[[IngestError], None]


def _log_error(err: IngestError) -> None:
    logger.warning("%s", err)


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    return str(value).strip() or None


def record_to_article(record: Any, where: Where, *, now: dt.datetime | None = None) -> Article:
    """The Article of one JSON record.

    Raises:
        IngestError: the record is not an object or has no non-empty ``text`` string.
    """
    if not isinstance(record, dict):
        raise where.error("line is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise where.error("record has no non-empty 'text' string")
    text = text.replace("\r\n", "\n")
    raw_id = record.get("id")
    article_id = str(raw_id) if raw_id not in (None, "") else stable_id(text)
    published = None
    raw_date = record.get("date")
    if raw_date not in (None, ""):
        published = parse_datetime(raw_date, now=now)
        if published is None:
            logger.warning("%s: date %r not understood, left empty", where, raw_date)
    date, published = split_datetime(published)
    url = _optional_str(record, "url")
    return Article(
        id=article_id,
        text=text,
        title=_optional_str(record, "title"),
        date=date,
        source=where.source,
        url=canonical_url(url) if url and is_url(url) else url,
        published=published,
        author=_optional_str(record, "author"),
        site=_optional_str(record, "site"),
    )


def iter_jsonl(
    lines: Iterable[tuple[int, str]],
    *,
    source: str,
    on_error: ErrorHandler,
    strict: bool = False,
    now: dt.datetime | None = None,
) -> Iterator[Located]:
    """The records of numbered JSON Lines, each with its line; bad lines go to ``on_error``."""
    for number, line in lines:
        if not line.strip():
            continue
        where = Where(source, line=number)
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise where.error(f"line is not valid JSON ({err.msg})") from err
            yield Located(record_to_article(record, where, now=now), where)
        except IngestError as err:
            if strict:
                raise
            on_error(err)


def read_jsonl(
    lines: Iterable[str], *, source: str, on_error: ErrorHandler | None = None, strict: bool = False
) -> Iterator[Article]:
    """Read JSON Lines records with ``id``, ``text`` and optional ``title``, ``date``, ``url``.

    Examples:
        >>> rows = ['{"id": "a1", "text": "NATO met Russia.", "date": "20220112"}', "{oops"]
        >>> errors = []
        >>> [a.id for a in read_jsonl(rows, source="x.jsonl", on_error=errors.append)]
        ['a1']
        >>> str(errors[0])
        'x.jsonl:2: line is not valid JSON (Expecting property name enclosed in double quotes)'
    """
    numbered = enumerate(lines, start=1)
    for located in iter_jsonl(numbered, source=source, on_error=on_error or _log_error, strict=strict):
        yield located.article
