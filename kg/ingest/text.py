"""Ingest stage: read a plain-text article file (headline, date lines and boilerplate handled)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.datamodel import Article
from kg.errors import IngestError
from kg.ingest.clean import clean_plain_text
from kg.ingest.decoding import decode_bytes
from kg.ingest.ids import article_id

__all__ = ["read_text"]


def read_text(
    data: bytes | str, *, source: str, stem: str | None = None, now: dt.datetime | None = None
) -> Article:
    """Read one plain-text article.

    Args:
        data: the file's bytes (decoded as UTF-8, invalid bytes replaced with a warning) or text.
        source: the file name or stream the text came from, for messages and ``Article.source``.
        stem: the readable part of the id (default: the file name without extension).
        now: when the file was saved, for relative dates ("Updated 2 hours ago").

    Raises:
        IngestError: the data is empty, binary, or holds no text once cleaned.

    Examples:
        >>> a = read_text(b"Talks resume\\n\\nPublished 3 March 2020\\n\\nIran met France.", source="t.txt")
        >>> a.title, a.date, a.text
        ('Talks resume', datetime.date(2020, 3, 3), 'Talks resume\\n\\nIran met France.')
    """
    raw = data if isinstance(data, str) else decode_bytes(data, source)
    cleaned = clean_plain_text(raw, now=now)
    if not cleaned.text.strip():
        raise IngestError(source, "no article text left after removing boilerplate")
    name = stem if stem is not None else Path(source).stem
    return Article(
        id=article_id(name, cleaned.text),
        text=cleaned.text,
        title=cleaned.title,
        date=cleaned.date,
        source=source,
    )
