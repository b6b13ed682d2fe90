"""Ingest stage: read RSS and Atom feeds with feedparser, one article per entry."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from typing import Any

from kg.datamodel import Article
from kg.errors import IngestError
from kg.ingest.dates import parse_datetime
from kg.ingest.decoding import sniff_binary
from kg.ingest.ids import article_id, url_stem
from kg.ingest.located import Located, Where, split_datetime
from kg.ingest.urls import canonical_url, is_url

__all__ = ["html_to_text", "looks_like_feed", "read_feed"]

logger = logging.getLogger(__name__)

ErrorHandler = Callable[[IngestError], None]

_BLOCK_TAGS = "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer pre"
_BLOCKS = frozenset(_BLOCK_TAGS.split())
_DROPPED = frozenset({"script", "style", "noscript", "iframe", "template"})


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The text of an HTML fragment (a feed summary): block elements become paragraphs, scripts go.

    Examples:
        >>> html_to_text("<p>Fiji hosted <b>twelve</b> states.</p><script>x()</script><p>Tonga came.</p>")
        'Fiji hosted twelve states.\\n\\nTonga came.'
    """
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    paragraphs = ("".join(parser.parts)).split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a document are an RSS, RDF or Atom feed.

    Examples:
        >>> looks_like_feed(b'<?xml version="1.0"?><rss version="2.0">'), looks_like_feed(b"<html>")
        (True, False)
    """
    sample = head[:4096].lower()
    return any(tag in sample for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def _entry_text(entry: Any) -> str:
    """The longest of the entry's full contents and summary, as text."""
    candidates = [c.get("value", "") for c in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or "")
    best = max(candidates, key=len)
    return (
        html_to_text(best) if "<" in best else "\n\n".join(p.strip() for p in best.split("\n\n") if p.strip())
    )


def _entry_article(entry: Any, where: Where, *, site: str | None, now: dt.datetime | None) -> Article:
    title = " ".join((entry.get("title") or "").split()) or None
    text = _entry_text(entry)
    if not text:
        raise where.error("no summary or content" + (f" (title {title!r})" if title else ""))
    link = entry.get("link")
    url = canonical_url(link) if link and is_url(link) else None
    raw_date = entry.get("published") or entry.get("updated") or entry.get("created")
    parsed = parse_datetime(raw_date, now=now) if raw_date else None
    if raw_date and parsed is None:
        logger.warning("%s: date %r not understood, left empty", where, raw_date)
    date, published = split_datetime(parsed)
    return Article(
        id=article_id(url_stem(url) if url else (title or "entry")[:60], text),
        text=text,
        title=title,
        date=date,
        source=where.source,
        url=url,
        published=published,
        author=entry.get("author") or None,
        site=site,
    )


def read_feed(
    data: bytes,
    *,
    source: str,
    on_error: ErrorHandler,
    strict: bool = False,
    now: dt.datetime | None = None,
) -> Iterator[Located]:
    """Each entry of an RSS or Atom feed as an article (title, link, published date, content or summary).

    Entry HTML is reduced to text; an entry with no text goes to ``on_error``.

    Raises:
        IngestError: the data is empty, binary, or not a feed.
    """
    import feedparser

    if not data.strip():
        raise IngestError(source, "file is empty")
    what = sniff_binary(data[:8192])
    if what is not None:
        raise IngestError(source, f"file looks like {what}, not a feed")
    # A file object, never a string: feedparser would fetch a string that looks like a URL.
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise IngestError(source, "not an RSS or Atom feed" + (f" ({problem})" if problem else ""))
    if parsed.get("bozo"):
        logger.warning(
            "%s: feed is not well-formed (%s); reading the entries found", source, parsed.bozo_exception
        )
    site = " ".join((parsed.feed.get("title") or "").split()) or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = Where(source, item=f"entry {number}")
        try:
            yield Located(_entry_article(entry, where, site=site, now=now), where)
        except IngestError as err:
            if strict:
                raise
            on_error(err)
