"""Ingest stage: where in its input an article was read (file, line, feed entry, table row)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kg.datamodel import Article
from kg.errors import IngestError

__all__ = ["Located", "Where", "split_datetime"]


@dataclass(frozen=True, slots=True)
class Where:
    """A place in an input: the file or URL, and the line or item for record formats.

    Examples:
        >>> str(Where("feed.rss", item="entry 3").error("no text"))
        'feed.rss: entry 3: no text'
        >>> str(Where("a.jsonl", line=4).error("no text"))
        'a.jsonl:4: no text'
    """

    source: str
    line: int | None = None
    item: str | None = None

    @property
    def is_record(self) -> bool:
        """Whether the input holds many articles (JSON Lines, tables, feeds) rather than one."""
        return self.line is not None or self.item is not None

    def error(self, problem: str) -> IngestError:
        """An IngestError about this place."""
        return IngestError(self.source, f"{self.item}: {problem}" if self.item else problem, line=self.line)

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.source}:{self.line}"
        return f"{self.source}: {self.item}" if self.item else self.source


@dataclass(frozen=True, slots=True)
class Located:
    """An article and where it was read."""

    article: Article
    where: Where


def split_datetime(value: dt.datetime | None) -> tuple[dt.date | None, dt.datetime | None]:
    """The date, and the datetime too when it says more than a day (a time or a timezone).

    Examples:
        >>> split_datetime(dt.datetime(2022, 1, 13))
        (datetime.date(2022, 1, 13), None)
        >>> split_datetime(dt.datetime(2022, 1, 13, 9, 30))[1]
        datetime.datetime(2022, 1, 13, 9, 30)
    """
    if value is None:
        return None, None
    precise = value.tzinfo is not None or value.time() != dt.time(0, 0)
    return value.date(), value if precise else None
