"""Ingest stage: read files, directories, URLs and stdin of any supported format into Article records.

A bad input never stops the batch: each problem becomes an :class:`~kg.errors.IngestError` naming
the file (and line, entry or row) that is passed to ``on_error`` (logged by default) unless
``strict`` is set. Articles are streamed: record files are read line by line or batch by batch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.datamodel import Article
from kg.errors import IngestError
from kg.ingest.checks import check_language, split_long
from kg.ingest.decoding import check_head, decode_bytes, decode_lines, iter_lines, read_bytes
from kg.ingest.dedup import Deduplicator
from kg.ingest.feeds import looks_like_feed, read_feed
from kg.ingest.html import read_html
from kg.ingest.ids import url_stem
from kg.ingest.jsonl import iter_jsonl, read_jsonl
from kg.ingest.located import Located, Where
from kg.ingest.options import ReadOptions
from kg.ingest.sidecar import SIDECAR_NAME, Sidecars, is_sidecar
from kg.ingest.tables import read_table
from kg.ingest.text import read_text
from kg.ingest.urls import canonical_url, fetch, is_url

__all__ = ["FORMATS", "SUPPORTED_SUFFIXES", "read_articles", "read_jsonl", "read_text"]

logger = logging.getLogger(__name__)

#: The format each file suffix is read as.
FORMATS = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".csv": "table",
    ".tsv": "table",
    ".parquet": "table",
}
SUPPORTED_SUFFIXES = tuple(FORMATS)
_FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_SNIFF = 8192
#: Files without a date named one by one as warnings before the rest are only counted.
_NAMED = 10

ErrorHandler = Callable[[IngestError], None]


def _log_error(err: IngestError) -> None:
    logger.warning("%s", err)


def _mtime(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.UTC)
    except OSError:
        return None


def _read_file(path: Path, options: ReadOptions, handle: ErrorHandler, strict: bool) -> Iterator[Located]:
    source = str(path)
    kind = FORMATS.get(path.suffix.lower())
    now = _mtime(path)
    if kind == "jsonl":
        yield from iter_jsonl(
            iter_lines(path, source), source=source, on_error=handle, strict=strict, now=now
        )
    elif kind == "table":
        yield from read_table(
            path, source=source, columns=options.columns, on_error=handle, strict=strict, now=now
        )
    elif kind == "feed":
        data = read_bytes(path, source, max_bytes=options.max_file_bytes)
        yield from read_feed(data, source=source, on_error=handle, strict=strict, now=now)
    elif kind == "html":
        data = read_bytes(path, source, max_bytes=options.max_file_bytes)
        yield Located(read_html(data, source=source, now=now), Where(source))
    elif kind == "text":
        data = read_bytes(path, source, max_bytes=options.max_file_bytes)
        yield Located(read_text(data, source=source, now=now), Where(source))
    else:
        raise IngestError(
            source, f"unsupported file type {path.suffix!r} (supported: {', '.join(SUPPORTED_SUFFIXES)})"
        )


def _read_url(url: str, options: ReadOptions, handle: ErrorHandler, strict: bool) -> Iterator[Located]:
    got = fetch(
        url, timeout=options.timeout, max_bytes=options.max_fetch_bytes, user_agent=options.user_agent
    )
    head = got.data[:_SNIFF]
    if got.content_type in _FEED_TYPES or (got.content_type not in _HTML_TYPES and looks_like_feed(head)):
        yield from read_feed(got.data, source=url, on_error=handle, strict=strict, now=got.fetched_at)
    elif got.content_type in _HTML_TYPES or head.lstrip()[:1] == b"<":
        article = read_html(got.data, source=url, url=got.final_url, now=got.fetched_at)
        yield Located(article, Where(url))
    elif got.content_type == "text/plain":
        text = got.data.decode(got.charset or "utf-8", errors="replace")
        article = read_text(text, source=url, stem=url_stem(got.final_url), now=got.fetched_at)
        yield Located(_with_url(article, canonical_url(got.final_url)), Where(url))
    else:
        raise IngestError(
            url, f"unsupported content type {got.content_type!r} (expected an HTML page or a feed)"
        )


def _with_url(article: Article, url: str) -> Article:
    return dataclasses.replace(article, url=url)


def _read_stdin(options: ReadOptions, handle: ErrorHandler, strict: bool) -> Iterator[Located]:
    """Stdin: JSON Lines when it starts with ``{``, a feed or web page with ``<``, else one text article."""
    stream = sys.stdin.buffer
    head = stream.read(_SNIFF)
    check_head(head, "<stdin>")
    now = dt.datetime.now(dt.UTC)
    start = head.lstrip()[:1]
    if start == b"{":
        lines = itertools.chain(io.BytesIO(head + stream.readline()), stream)
        yield from iter_jsonl(
            decode_lines(lines, "<stdin>"), source="<stdin>", on_error=handle, strict=strict, now=now
        )
        return
    data = head + stream.read(options.max_file_bytes + 1 - len(head))
    if len(data) > options.max_file_bytes:
        raise IngestError(
            "<stdin>", f"input is over the {options.max_file_bytes / 2**20:.0f} MB limit for one document"
        )
    if start == b"<" and looks_like_feed(head):
        yield from read_feed(data, source="<stdin>", on_error=handle, strict=strict, now=now)
    elif start == b"<":
        yield Located(read_html(data, source="<stdin>", now=now), Where("<stdin>"))
    else:
        text = decode_bytes(data, "<stdin>")
        yield Located(read_text(text, source="<stdin>", stem="stdin", now=now), Where("<stdin>"))


def _iter_files(path: Path) -> Iterator[Path]:
    for child in sorted(path.rglob("*")):
        rel = child.relative_to(path)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
            if child.name == SIDECAR_NAME and is_sidecar(child):
                logger.info("%s: read as metadata for the files it names, not as articles", child)
                continue
            yield child


def _read_input(
    item: str | Path, options: ReadOptions, handle: ErrorHandler, strict: bool, sidecars: Sidecars
) -> Iterator[Located]:
    name = str(item)
    if name == "-":
        yield from _read_stdin(options, handle, strict)
        return
    if isinstance(item, str) and is_url(name):
        yield from _read_url(name, options, handle, strict)
        return
    path = Path(item)
    if path.is_dir():
        files = list(_iter_files(path))
        if not files:
            raise IngestError(name, f"directory holds no article file ({', '.join(SUPPORTED_SUFFIXES)})")
        for file in files:
            try:
                for located in _read_file(file, options, handle, strict):
                    yield sidecars.apply(located, file)
            except IngestError as err:
                if strict:
                    raise
                handle(err)
    elif path.is_file():
        for located in _read_file(path, options, handle, strict):
            yield sidecars.apply(located, path)
    else:
        raise IngestError(name, "no such file or directory")


class _UndatedReport:
    """Reports articles without a date: single-article files one by one (the first ``_NAMED`` as
    warnings, the rest at info level and counted at the end), record files as one count each."""

    def __init__(self) -> None:
        self.source: str | None = None
        self.missing = 0
        self.total = 0
        self.files = 0

    def add(self, located: Located) -> None:
        where = located.where
        if where.source != self.source:
            self.flush()
            self.source = where.source
        if not where.is_record:
            if located.article.date is None:
                self.files += 1
                level = logging.WARNING if self.files <= _NAMED else logging.INFO
                logger.log(level, "%s: no publication date found; its events will have no date", where.source)
            return
        self.total += 1
        self.missing += located.article.date is None

    def flush(self) -> None:
        if self.missing:
            logger.warning(
                "%s: %d of %d records have no date; their events will have no date",
                self.source,
                self.missing,
                self.total,
            )
        self.missing = self.total = 0

    def close(self) -> None:
        self.flush()
        if self.files > _NAMED:
            logger.warning("%d more files have no publication date (-v names them)", self.files - _NAMED)


def read_articles(
    inputs: Iterable[str | Path],
    *,
    on_error: ErrorHandler | None = None,
    strict: bool = False,
    options: ReadOptions | None = None,
    dedup: bool | Deduplicator = True,
) -> Iterator[Article]:
    """Stream the articles in files, directories (recursively), http(s) URLs and ``-`` (stdin).

    Formats go by suffix (see ``FORMATS``): ``.txt`` plain-text articles, ``.jsonl`` one article
    per line, ``.html``/``.htm`` web pages, ``.xml``/``.rss``/``.atom`` feeds, ``.csv``/``.tsv``/
    ``.parquet`` tables. URLs are fetched and read as a page or a feed by their content type.
    Stdin is JSON Lines when it starts with ``{``, a page or feed with ``<``, else one text article.
    A ``metadata.jsonl`` whose records name files (``file``) and hold no ``text`` is read as the
    metadata of those files (date, title, url, publisher fill what the files themselves lack).

    Every article then goes through the same checks: text that is not English is refused (an
    IngestError), the same article reached twice is let through once, and a text longer than
    ``options.max_chars`` is split into article-sized parts at paragraph breaks.

    Args:
        inputs: paths, directories, URLs, or ``"-"``.
        on_error: called with each IngestError; the default logs a warning.
        strict: raise the first IngestError instead of going on.
        options: table columns, fetch limits and article limits (defaults: ``ReadOptions()``).
        dedup: drop repeats (same canonical URL or near-identical text); pass a Deduplicator to
            count them or to share memory across calls, or False to keep every record.

    Yields:
        Article records, in input order (directories sorted by path).
    """
    options = options or ReadOptions()
    handle = on_error or _log_error
    seen = dedup if isinstance(dedup, Deduplicator) else Deduplicator() if dedup else None
    undated = _UndatedReport()
    sidecars = Sidecars()

    def accept(located: Located) -> list[Article]:
        try:
            if options.english_only:
                check_language(located)
        except IngestError as err:
            if strict:
                raise
            handle(err)
            return []
        if seen is not None:
            duplicate = seen.check(located.article)
            if duplicate is not None:
                logger.info("%s: skipped, %s", located.where, duplicate)
                return []
        undated.add(located)
        return split_long(located, options.max_chars, options.part_chars)

    for item in inputs:
        try:
            for located in _read_input(item, options, handle, strict, sidecars):
                yield from accept(located)
        except IngestError as err:
            if strict:
                raise
            handle(err)
    undated.close()
