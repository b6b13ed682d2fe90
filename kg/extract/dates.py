"""Extract stage: the date of an event, from the article date and relative phrases in its sentence."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["event_date", "resolve_relative"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def resolve_relative(phrase: str, published: dt.date) -> dt.date | None:
    """The date a relative phrase names, counted back from the publication date.

    A weekday is the latest such day on or before publication (news reports the past).

    Examples:
        >>> thursday = dt.date(2022, 1, 13)
        >>> resolve_relative("On Wednesday", thursday)
        datetime.date(2022, 1, 12)
        >>> resolve_relative("yesterday", thursday)
        datetime.date(2022, 1, 12)
        >>> resolve_relative("last week", thursday)
        datetime.date(2022, 1, 6)
        >>> resolve_relative("in recent weeks", thursday) is None
        True
    """
    words = phrase.lower().split()
    if "yesterday" in words:
        return published - dt.timedelta(days=1)
    if "today" in words or "tonight" in words:
        return published
    if "last" in words and "week" in words:
        return published - dt.timedelta(days=7)
    for word in words:
        if word in _WEEKDAYS:
            back = (published.weekday() - _WEEKDAYS.index(word)) % 7
            return published - dt.timedelta(days=back)
    return None


def event_date(sentence: Span, published: dt.date | None) -> dt.date | None:
    """The article date, or the day a DATE entity of the sentence resolves to against it."""
    if published is None:
        return None
    for ent in sentence.ents:
        if ent.label_ == "DATE":
            resolved = resolve_relative(ent.text, published)
            if resolved is not None:
                return resolved
    return published
