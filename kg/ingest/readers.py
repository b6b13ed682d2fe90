"""Ingest stage: read files, directories, JSON Lines and stdin into Article records.

A bad input never stops the batch: each problem becomes an :class:`~kg.errors.IngestError` naming
the file (and line) that is passed to ``on_error`` (logged by default) unless ``strict`` is set.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.datamodel import Article, stable_id
from kg.errors import IngestError
from kg.ingest.clean import clean_plain_text
from kg.ingest.dates import parse_date

__all__ = ["SUPPORTED_SUFFIXES", "read_articles", "read_jsonl", "read_text"]

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".jsonl")
ErrorHandler = Callable[[IngestError], None]


def _log_error(err: IngestError) -> None:
    logger.warning("%s", err)


def _decode(data: bytes, source: str) -> str:
    if not data.strip():
        raise IngestError(source, "file is empty")
    if b"\x00" in data[:8192]:
        raise IngestError(source, "file looks binary (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        logger.warning("%s: invalid UTF-8 at byte %d, undecodable bytes replaced", source, err.start)
        return data.decode("utf-8", errors="replace")


_ID_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def _file_article_id(stem: str, text: str) -> str:
    """A readable id that is stable for the same text: the file stem plus a content hash."""
    slug = _ID_SAFE.sub("-", stem).strip("-") or "article"
    return f"{slug}-{stable_id(text, length=8)}"


def read_text(data: bytes | str, *, source: str, stem: str | None = None) -> Article:
    """Read one plain-text article (headline, date lines and boilerplate handled).

    Raises:
        IngestError: the data is empty, binary, or holds no text once cleaned.
    """
    raw = data if isinstance(data, str) else _decode(data, source)
    cleaned = clean_plain_text(raw)
    if not cleaned.text.strip():
        raise IngestError(source, "no article text left after removing boilerplate")
    name = stem if stem is not None else Path(source).stem
    return Article(
        id=_file_article_id(name, cleaned.text),
        text=cleaned.text,
        title=cleaned.title,
        date=cleaned.date,
        source=source,
    )


def _record_to_article(record: Any, *, source: str, line: int) -> Article:
    if not isinstance(record, dict):
        raise IngestError(source, "line is not a JSON object", line=line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(source, "record has no non-empty 'text' string", line=line)
    text = text.replace("\r\n", "\n")
    raw_id = record.get("id")
    article_id = str(raw_id) if raw_id not in (None, "") else stable_id(text)
    date = None
    raw_date = record.get("date")
    if raw_date not in (None, ""):
        date = parse_date(str(raw_date))
        if date is None:
            logger.warning("%s:%d: date %r not understood, left empty", source, line, raw_date)
    title = record.get("title")
    url = record.get("url")
    return Article(
        id=article_id,
        text=text,
        title=str(title) if title else None,
        date=date,
        source=source,
        url=str(url) if url else None,
    )


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
    handle = on_error or _log_error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise IngestError(source, f"line is not valid JSON ({err.msg})", line=number) from err
            yield _record_to_article(record, source=source, line=number)
        except IngestError as err:
            if strict:
                raise
            handle(err)


def _iter_files(path: Path) -> Iterator[Path]:
    for child in sorted(path.rglob("*")):
        rel = child.relative_to(path)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
            yield child


def _read_path(path: Path, *, on_error: ErrorHandler, strict: bool) -> Iterator[Article]:
    source = str(path)
    if path.suffix.lower() == ".jsonl":
        try:
            data = path.read_bytes()
            text = _decode(data, source)
        except OSError as err:
            raise IngestError(source, f"cannot read file ({err.strerror})") from err
        yield from read_jsonl(text.splitlines(), source=source, on_error=on_error, strict=strict)
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        raise IngestError(source, f"cannot read file ({err.strerror})") from err
    yield read_text(data, source=source)


def read_articles(
    inputs: Iterable[str | Path],
    *,
    on_error: ErrorHandler | None = None,
    strict: bool = False,
) -> Iterator[Article]:
    """Stream the articles in files, directories (recursively) and ``-`` (stdin).

    ``.txt`` files are plain-text articles, ``.jsonl`` files hold one article per line. Stdin is
    read as JSON Lines when its first character is ``{``, else as one plain-text article.

    Args:
        inputs: paths, directories, or ``"-"``.
        on_error: called with each IngestError; the default logs a warning.
        strict: raise the first IngestError instead of going on.

    Yields:
        Article records, in input order (directories sorted by path).
    """
    handle = on_error or _log_error
    for item in inputs:
        try:
            if str(item) == "-":
                raw = sys.stdin.buffer.read()
                text = _decode(raw, "<stdin>")
                if text.lstrip().startswith("{"):
                    yield from read_jsonl(text.splitlines(), source="<stdin>", on_error=handle, strict=strict)
                else:
                    yield read_text(text, source="<stdin>", stem="stdin")
                continue
            path = Path(item)
            if path.is_dir():
                files = list(_iter_files(path))
                if not files:
                    raise IngestError(str(path), "directory holds no .txt or .jsonl file")
                for file in files:
                    try:
                        yield from _read_path(file, on_error=handle, strict=strict)
                    except IngestError as err:
                        if strict:
                            raise
                        handle(err)
            elif path.is_file():
                if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                    raise IngestError(
                        str(path),
                        f"unsupported file type {path.suffix!r} (supported: {', '.join(SUPPORTED_SUFFIXES)})",
                    )
                yield from _read_path(path, on_error=handle, strict=strict)
            else:
                raise IngestError(str(path), "no such file or directory")
        except IngestError as err:
            if strict:
                raise
            handle(err)
