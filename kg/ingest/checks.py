"""Ingest stage: what every article read goes through before the pipeline sees it (language, length)."""

from __future__ import annotations

import dataclasses
import logging

from kg.datamodel import Article
from kg.ingest.language import english_share, looks_english
from kg.ingest.located import Located
from kg.ingest.split import split_text

__all__ = ["check_language", "split_long"]

logger = logging.getLogger(__name__)


def check_language(located: Located) -> None:
    """Refuse an article that is not in English: the English model would only produce noise.

    Raises:
        IngestError: naming the file (and line or entry) and the share of English words measured.
    """
    text = located.article.text
    if looks_english(text):
        return
    share, words = english_share(text)
    raise located.where.error(
        f"text does not look like English ({share:.0%} of {words} words are English function words); "
        "skipped, since the English model would produce noise"
    )


def split_long(located: Located, max_chars: int, part_chars: int) -> list[Article]:
    """The article, or its parts of at most ``part_chars`` when it is longer than ``max_chars``.

    Parts are cut at paragraph breaks where possible and keep the article's metadata; their ids add
    ``-part1``, ``-part2``…, so they stay stable. Parsing takes about 3 MB of memory per 1,000
    characters in a batch, which is why a very long text is cut into article-sized parts.
    """
    article = located.article
    if len(article.text) <= max_chars:
        return [article]
    parts = split_text(article.text, part_chars)
    logger.warning(
        "%s: article is %s characters, over the %s limit; parsed as %d parts of at most %s characters",
        located.where,
        f"{len(article.text):,}",
        f"{max_chars:,}",
        len(parts),
        f"{part_chars:,}",
    )
    return [
        dataclasses.replace(article, id=f"{article.id}-part{n}", text=part)
        for n, part in enumerate(parts, start=1)
    ]
