"""Ingest stage: the settings a read takes (table columns, fetch limits, article limits)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["DEFAULT_USER_AGENT", "ReadOptions", "TableColumns"]

#: Sent with every fetch: names the tool honestly instead of posing as a browser.
DEFAULT_USER_AGENT = "kg/0.1 (news-event knowledge graph builder; one request at a time)"


@dataclass(frozen=True, slots=True)
class TableColumns:
    """Which columns of a CSV, TSV or Parquet table hold the article fields.

    A field left as None is looked up among the usual names (case-insensitive): for the text
    ``text``, ``content``, ``body``…; see ``kg.ingest.tables.DEFAULT_COLUMNS``.
    """

    text: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs.

    Args:
        columns: the table column mapping.
        timeout: seconds to wait for a URL to connect and for each read.
        max_fetch_bytes: a fetched page or feed larger than this is refused.
        max_file_bytes: a single-article file (text, HTML) or feed larger than this is refused.
        max_chars: an article longer than this is split at paragraph breaks into parts of at
            most ``part_chars``. Shorter articles stay whole, so that people named once by full
            name are found again by surname across the article.
        part_chars: the size of those parts: about a news article's length, so that a batch of
            parts takes the memory of a batch of articles (parsing takes about 3 MB per 1,000
            characters of a batch; see bench/ingest_long_article.py).
        english_only: skip articles whose text is not English (the model is English).
        user_agent: the User-Agent header of fetches.
    """

    columns: TableColumns = field(default_factory=TableColumns)
    timeout: float = 20.0
    max_fetch_bytes: int = 10 * 2**20
    max_file_bytes: int = 64 * 2**20
    max_chars: int = 100_000
    part_chars: int = 10_000
    english_only: bool = True
    user_agent: str = DEFAULT_USER_AGENT
