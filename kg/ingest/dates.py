"""Ingest stage: parse the publication dates found in article files and records."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["parse_date"]

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_PATTERNS = [
    re.compile(r"^(?P<year>\d{4})(?P<mnum>\d{2})(?P<day>\d{2})$"),
    re.compile(r"^(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?:[T ].*)?$"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
]


def parse_date(value: str | None) -> dt.date | None:
    """The calendar date written in ``value``, or None if there is none.

    Understands ``YYYYMMDD``, ISO dates and datetimes, and English dates such as
    "January 13th, 2022" or "13 Jan 2022" anywhere in the string.

    Examples:
        >>> parse_date("20220113")
        datetime.date(2022, 1, 13)
        >>> parse_date("Updated January 13th, 2022 at 11:10 IST")
        datetime.date(2022, 1, 13)
        >>> parse_date("2019-03-14T08:00:00Z")
        datetime.date(2019, 3, 14)
        >>> parse_date("no date here") is None
        True
    """
    if not value:
        return None
    text = value.strip()
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
        try:
            return dt.date(int(groups["year"]), month, int(groups["day"]))
        except ValueError:
            continue
    return None
