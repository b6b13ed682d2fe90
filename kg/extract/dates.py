"""Extract stage: the date of an event, from the article date and the date phrases of its sentence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["approximate_day", "event_date", "resolve_relative"]

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


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNTS |= {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 2, "many": 5}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}
_AGO = re.compile(r"\b(\d+|[a-z]+)?\s*(day|week|month|year|decade)s?\s+ago\b")
#: Parts of a year named with it ("early 2016", "the summer of 2016", "late last year"): the month meant.
_PARTS = {"early": 2, "spring": 4, "mid": 7, "summer": 7, "autumn": 10, "fall": 10, "late": 11, "end": 12}
_PARTS |= {"winter": 1, "beginning": 1, "start": 1, "middle": 7, "first": 3, "second": 9}
#: Words of a time that lasts up to the article's day or lies in its days: news time, not history.
_NOW = frozenset({"today", "tonight", "yesterday", "now", "currently", "recently", "week", "weekend"})
_NOW |= frozenset({"past", "recent", "latest", "this", "morning", "night", "overnight"})


def _part_month(words: list[str], default: int) -> int:
    for word in words:
        if word in _PARTS:
            return _PARTS[word]
    return default


def approximate_day(phrase: str, published: dt.date) -> dt.date | None:
    """About when a date phrase is, counted from the publication date, for periods too: a year
    or month names its middle day, a part of a year its month ("late 2016": November), a span
    lasting to the article's day ("the past three years") or a day of its week the article's day.
    None for a phrase read as no time.

    Examples:
        >>> may = dt.date(2018, 5, 9)
        >>> approximate_day("last year", may), approximate_day("late last year", may)
        (datetime.date(2017, 7, 1), datetime.date(2017, 11, 15))
        >>> approximate_day("a year ago", may), approximate_day("two months ago", may)
        (datetime.date(2017, 5, 9), datetime.date(2018, 3, 10))
        >>> approximate_day("April 2017", may), approximate_day("the 1980s", may)
        (datetime.date(2017, 4, 15), datetime.date(1985, 7, 1))
        >>> approximate_day("2013-14", may), approximate_day("last September", may)
        (datetime.date(2013, 7, 1), datetime.date(2017, 9, 15))
        >>> approximate_day("on Tuesday", may), approximate_day("the past three years", may)
        (datetime.date(2018, 5, 8), datetime.date(2018, 5, 9))
        >>> approximate_day("the holiday", may) is None
        True
    """
    text = phrase.lower()
    words = re.findall(r"[a-z]+|\d+", text)
    exact = resolve_relative(phrase, published)
    if exact is not None:
        return exact
    decade = re.search(r"\b(1[5-9]\d0|20\d0)s\b", text)
    if decade:
        return dt.date(int(decade.group(1)) + 5, 7, 1)
    years = [int(w) for w in words if len(w) == 4 and w.isdigit() and 1500 <= int(w) <= published.year]
    months = [_MONTHS[w] for w in words if w in _MONTHS and w != "may" or w == "may" and years]
    if years:
        month = months[0] if months else _part_month(words, 7)
        return dt.date(max(years), month, 15 if months or month != 7 else 1)
    ago = _AGO.search(text)
    if ago:
        count = ago.group(1) or "a"
        n = int(count) if count.isdigit() else _COUNTS.get(count, 1)
        return published - dt.timedelta(days=n * _UNIT_DAYS[ago.group(2)])
    if "year" in words and ({"last", "previous"} & set(words)):
        return dt.date(published.year - 1, _part_month(words, 7), 15 if _part_month(words, 7) != 7 else 1)
    if months and ("last" in words or len(words) <= 2 or "in" in words):
        month = months[0]
        year = published.year if month <= published.month and "last" not in words else published.year - 1
        if "last" in words and month < published.month:
            year = published.year
        return dt.date(year, month, 15)
    if _NOW & set(words) or "month" in words:
        return published
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
