"""Ingest stage: the one date parser for every format (dateparser), keeping the timezone.

Dates in news come as ISO timestamps in ``<meta>`` tags, RFC 822 dates in feeds, ``YYYYMMDD``
numbers in exports, "Updated 13 January 2022, 11:10 GMT" lines in bylines and "2 hours ago" on
live pages. All of them go through :func:`parse_datetime`: the whole string first, then each
date-looking part of it, each handed to dateparser. Relative dates are counted from ``now`` (the
fetch time of a page, the modification time of a file). A timezone written in the string is kept.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any

__all__ = ["DateValue", "parse_date", "parse_datetime", "to_date"]

#: What the readers hand to the parser: text, or a value a table or feed library already typed.
DateValue = str | int | float | dt.date | dt.datetime | None

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_TIME = (
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,5}\b|[+-]\d{2}:?\d{2}|Z\b))?)?"
)
#: Date-looking parts of a longer string ("Updated January 13th, 2022 at 11:10 IST").
_CANDIDATES = re.compile(
    rf"(?:\b{_MONTH}\s+{_DAY},?\s+\d{{4}}{_TIME})"
    rf"|(?:\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}{_TIME})"
    r"|(?:\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"|(?:\b\d{1,2}/\d{1,2}/\d{4}\b)"
    r"|(?:\b(?:an?|\d+)\s+(?:minute|hour|day|week)s?\s+ago\b)"
    r"|(?:\b(?:yesterday|today)\b)",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"^\d{8}(?:\d{4}(?:\d{2})?)?$")
_ISO = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$"
)
_RFC822 = re.compile(
    r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}|[A-Z]{1,3})$"
)
_SETTINGS: dict[str, Any] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year", "month", "day"]}
#: Zone names RFC 822 itself defines; any other name is read by dateparser.
_RFC822_ZONES = frozenset({"UT", "GMT", "Z", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"})
#: Abbreviations several zones share, read as the zone English-language news means most often by
#: them (dateparser reads IST as Israel's): India Standard Time.
_AMBIGUOUS_ZONES = {"IST": dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")}
_ZONE_NAME = re.compile(r"\b([A-Z]{2,5})\s*\)?$")
_DIGIT_FORMATS = {8: "%Y%m%d", 12: "%Y%m%d%H%M", 14: "%Y%m%d%H%M%S"}
_MAX_LENGTH = 200
_EARLIEST_YEAR = 1800


def _naive_utc(now: dt.datetime) -> dt.datetime:
    return now.astimezone(dt.UTC).replace(tzinfo=None) if now.tzinfo else now


def _machine_format(text: str) -> dt.datetime | None:
    """ISO 8601, RFC 822 (feeds, HTTP) and ``YYYYMMDD[HHMM[SS]]``: exact formats, read without guessing."""
    if _DIGITS.match(text):
        try:
            return dt.datetime.strptime(text, _DIGIT_FORMATS[len(text)])
        except ValueError:
            return None
    if _ISO.match(text):
        try:
            return dt.datetime.fromisoformat(text)
        except ValueError:
            return None
    if _RFC822.match(text) and _rfc822_zone(text.rsplit(None, 1)[-1]):
        try:
            return email.utils.parsedate_to_datetime(text)
        except (ValueError, TypeError, IndexError):
            return None
    return None


def _rfc822_zone(zone: str) -> bool:
    """Whether the standard library reads ``zone`` ("+0200", "GMT"; not "BST", which it would drop)."""
    return zone in _RFC822_ZONES or zone[:1] in "+-"


def _ambiguous_zone(text: str, found: dt.datetime) -> dt.datetime:
    """``found`` in the zone :data:`_AMBIGUOUS_ZONES` gives the abbreviation ending ``text``."""
    match = _ZONE_NAME.search(text)
    if match is not None and match.group(1) in _AMBIGUOUS_ZONES and found.tzinfo is not None:
        return found.replace(tzinfo=_AMBIGUOUS_ZONES[match.group(1)])
    return found


def _parse_one(text: str, now: dt.datetime) -> dt.datetime | None:
    found = _machine_format(text)
    if found is None and not _DIGITS.match(text):
        import dateparser  # only here: a machine-format date (ISO, RFC 822) never needs it

        settings = {**_SETTINGS, "RELATIVE_BASE": _naive_utc(now)}
        try:
            found = dateparser.parse(text, languages=["en"], settings=settings)
        except (ValueError, OverflowError, TypeError, KeyError, AttributeError):  # dateparser's corner cases
            found = None
        if found is not None:
            found = _ambiguous_zone(text, found)
    if found is None or not (_EARLIEST_YEAR <= found.year <= now.year + 1):
        return None
    return found


def parse_datetime(value: DateValue, *, now: dt.datetime | None = None) -> dt.datetime | None:
    """The date and time written in ``value``, with its timezone when one is given; else None.

    The whole string is tried first, then each date-looking part of it. Relative dates ("2 hours
    ago", "yesterday") count back from ``now`` (default: the current time). Years before 1800
    or after next year are rejected as misreadings.

    Args:
        value: the text (or an int ``YYYYMMDD``, a date or datetime a library already parsed).
        now: the time the page was fetched or the file saved, for relative dates.

    Examples:
        >>> parse_datetime("2019-03-14T08:00:00+01:00")
        datetime.datetime(2019, 3, 14, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
        >>> parse_datetime("Published 7 March 2021, 14:05 GMT").isoformat()
        '2021-03-07T14:05:00+00:00'
        >>> parse_datetime("3 days ago", now=dt.datetime(2022, 1, 13, 12, 0)).isoformat()
        '2022-01-10T12:00:00'
        >>> parse_datetime("20190314")
        datetime.datetime(2019, 3, 14, 0, 0)
        >>> parse_datetime("no date here") is None
        True
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, float):
        if value != value or not value.is_integer():  # NaN from a table, or a fraction
            return None
        value = int(value)
    text = " ".join(str(value).split())
    if not text:
        return None
    base = now if now is not None else dt.datetime.now(dt.UTC)
    if len(text) <= _MAX_LENGTH:
        found = _parse_one(text, base)
        if found is not None:
            return found
    for match in _CANDIDATES.finditer(text[: _MAX_LENGTH * 5]):
        found = _parse_one(match.group(0), base)
        if found is not None:
            return found
    return None


def to_date(value: dt.datetime | None) -> dt.date | None:
    """The calendar date of a datetime in its own timezone (what the page printed).

    Examples:
        >>> late = dt.datetime(2019, 3, 14, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
        >>> to_date(late)
        datetime.date(2019, 3, 14)
    """
    return value.date() if value is not None else None


def parse_date(value: DateValue, *, now: dt.datetime | None = None) -> dt.date | None:
    """The calendar date written in ``value``, or None if there is none.

    Understands ``YYYYMMDD``, ISO dates and datetimes, RFC 822 feed dates, English dates such as
    "January 13th, 2022" or "13 Jan 2022" anywhere in the string, and relative dates against
    ``now``. See :func:`parse_datetime`.

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
    return to_date(parse_datetime(value, now=now))
