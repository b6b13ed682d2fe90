"""Extract stage: the date of an event, from the article date and the date phrases of its sentence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["event_date", "resolve_relative"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    name: i
    for i, names in enumerate(
        (
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
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?(?:,?\s+(\d{4}))?\b")
_MONTH_DAY = re.compile(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")


def _calendar(text: str, published: dt.date) -> dt.date | None:
    """An explicit day of a month ("12 January", "Jan. 12, 2022"); the year defaults to the article's,
    or the year before when the day would fall after publication."""
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        m = pattern.search(text)
        if m is None or m.group(month_group) not in _MONTHS:
            continue
        month, day = _MONTHS[m.group(month_group)], int(m.group(day_group))
        year = int(m.group(3)) if m.group(3) else published.year
        try:
            found = dt.date(year, month, day)
        except ValueError:
            return None
        if not m.group(3) and found > published + dt.timedelta(days=7):
            found = found.replace(year=year - 1)
        return found
    return None


def resolve_relative(phrase: str, published: dt.date) -> dt.date | None:
    """The day a date phrase names, counted from the publication date; None for periods.

    A weekday is the latest such day on or before publication (news reports the past), unless the
    phrase says "next". "Last week" is taken as seven days back.

    Examples:
        >>> thursday = dt.date(2022, 1, 13)
        >>> resolve_relative("On Wednesday", thursday)
        datetime.date(2022, 1, 12)
        >>> resolve_relative("yesterday", thursday), resolve_relative("last week", thursday)
        (datetime.date(2022, 1, 12), datetime.date(2022, 1, 6))
        >>> resolve_relative("next Monday", thursday), resolve_relative("tomorrow", thursday)
        (datetime.date(2022, 1, 17), datetime.date(2022, 1, 14))
        >>> resolve_relative("on 3 January", thursday), resolve_relative("Dec. 30", thursday)
        (datetime.date(2022, 1, 3), datetime.date(2021, 12, 30))
        >>> resolve_relative("in recent weeks", thursday) is None
        True
    """
    text = phrase.lower()
    words = re.findall(r"[a-z']+", text)
    if "yesterday" in words:
        return published - dt.timedelta(days=1)
    if "tomorrow" in words:
        return published + dt.timedelta(days=1)
    if "today" in words or "tonight" in words:
        return published
    if "last" in words and "week" in words:
        return published - dt.timedelta(days=7)
    if "next" in words and "week" in words:
        return published + dt.timedelta(days=7)
    explicit = _calendar(text, published)
    if explicit is not None:
        return explicit
    for word in words:
        if word in _WEEKDAYS:
            target = _WEEKDAYS.index(word)
            if "next" in words:
                ahead = (target - published.weekday()) % 7 or 7
                return published + dt.timedelta(days=ahead)
            back = (published.weekday() - target) % 7
            return published - dt.timedelta(days=back)
    return None


def _governs(verb: Token, ent_root: Token) -> bool:
    """The date phrase belongs to the verb's own clause (not to another clause of the sentence)."""
    t = ent_root
    while t.head.i != t.i:
        if t.head.i == verb.i:
            return True
        if t.head.pos_ in ("VERB", "AUX") and t.head.i != verb.i:
            return False
        t = t.head
    return False


def event_date(
    sentence: Span,
    published: dt.date | None,
    *,
    verb: Token | None = None,
    ents: Sequence[Span] | None = None,
) -> dt.date | None:
    """The day a DATE entity of the sentence resolves to against the article date, else the article date.

    With ``verb``, a date phrase of the verb's own clause is preferred to others of the sentence.
    ``ents``: the sentence's entities when the caller has them already.
    """
    if published is None:
        return None
    found: list[tuple[bool, dt.date]] = []
    for ent in ents if ents is not None else sentence.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        resolved = resolve_relative(ent.text, published)
        if resolved is not None:
            own = verb is not None and _governs(verb, ent.root)
            found.append((own, resolved))
    if not found:
        return published
    found.sort(key=lambda x: not x[0])
    return found[0][1]
