"""Ingest stage: read a saved or fetched web page with trafilatura (text, metadata) and htmldate (date).

Navigation, cookie banners, related-story boxes, comments, ads and scripts are dropped by
trafilatura. htmldate picks the publication date; the page's own ``<meta>``, ``<time>``, JSON-LD and
byline strings with that date are then read by :func:`kg.ingest.dates.parse_datetime` to keep the
time and timezone they give.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kg.datamodel import Article
from kg.errors import IngestError
from kg.ingest.dates import parse_datetime
from kg.ingest.decoding import sniff_binary
from kg.ingest.ids import article_id, url_stem
from kg.ingest.located import split_datetime
from kg.ingest.urls import canonical_url, is_url

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["date_strings", "read_html"]

logger = logging.getLogger(__name__)

#: ``<meta>`` names and properties that carry a publication date, lower-cased.
_META_DATES = frozenset(
    {
        "article:published_time",
        "og:published_time",
        "og:article:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "published_time",
        "publication_date",
        "dc.date",
        "dc.date.issued",
        "dcterms.created",
        "dcterms.date",
        "dcterms.issued",
        "sailthru.date",
        "parsely-pub-date",
        "citation_publication_date",
        "article.published",
    }
)
_DATED_ELEMENT = re.compile(r"date|time|byline|publish|posted|dateline|timestamp|meta", re.IGNORECASE)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{6,40})"')
_MAX_BYLINE = 200


def date_strings(tree: HtmlElement) -> Iterator[str]:
    """Strings of a page that may give its publication date, most reliable first.

    ``<meta>`` dates, ``<time>`` elements, JSON-LD ``datePublished``, then the short text of
    elements whose class or id speaks of a date or byline.
    """
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = meta.get("content")
        if key in _META_DATES and content:
            yield content
    for element in tree.iter("time"):
        if element.get("datetime"):
            yield element.get("datetime")
        yield element.text_content()
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            yield from _JSONLD_DATE.findall(script.text)
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "meta"):
            continue
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _DATED_ELEMENT.search(marks):
            text = " ".join(element.text_content().split())
            if text and len(text) <= _MAX_BYLINE:
                yield text


def _publication(tree: HtmlElement, now: dt.datetime | None) -> dt.datetime | None:
    """The publication time: htmldate's date, made precise by a page string with the same date."""
    import htmldate

    found = htmldate.find_date(copy.deepcopy(tree), original_date=True, extensive_search=True)
    day = dt.date.fromisoformat(found) if isinstance(found, str) else None
    first: dt.datetime | None = None
    for text in date_strings(tree):
        parsed = parse_datetime(text, now=now)
        if parsed is None:
            continue
        if day is None:
            return parsed
        if parsed.date() == day:
            if split_datetime(parsed)[1] is not None:
                return parsed
            first = first or parsed
    if day is not None:
        return first or dt.datetime(day.year, day.month, day.day)
    return None


def _paragraphs(text: str) -> str:
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def read_html(
    data: bytes | str, *, source: str, url: str | None = None, now: dt.datetime | None = None
) -> Article:
    """Read one news web page: main text, title, date, canonical URL, author and site.

    Args:
        data: the page (bytes: the encoding is read from the page; or text).
        source: the file name or URL, for messages and ``Article.source``.
        url: the address the page was fetched from, if any (a ``<link rel=canonical>`` wins).
        now: when the page was fetched or saved, for relative dates ("2 hours ago").

    Raises:
        IngestError: the data is empty or binary, is not HTML, or holds no article text.
    """
    from trafilatura import bare_extraction, load_html

    head = data[:8192] if isinstance(data, bytes) else data[:8192].encode("utf-8", errors="replace")
    if not head.strip():
        raise IngestError(source, "file is empty")
    what = sniff_binary(head)
    if what is not None:
        raise IngestError(source, f"file looks like {what}, not an HTML page")
    tree = load_html(data)
    if tree is None:
        raise IngestError(source, "cannot be parsed as HTML")
    published = _publication(tree, now)
    document: Any = bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    text = _paragraphs(document.text or "") if document is not None else ""
    if not text:
        raise IngestError(
            source, "no article text found in the page (only navigation, scripts or boilerplate)"
        )
    page_url = document.url or url
    canonical = canonical_url(page_url) if page_url and is_url(page_url) else None
    stem = (
        url_stem(canonical) if canonical else re.sub(r"\.x?html?$", "", source.rsplit("/", 1)[-1], flags=re.I)
    )
    date, published = split_datetime(published)
    return Article(
        id=article_id(stem, text),
        text=text,
        title=document.title or None,
        date=date,
        source=source,
        url=canonical,
        published=published,
        author=document.author or None,
        site=document.sitename or document.hostname or None,
    )
