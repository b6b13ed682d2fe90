"""Actors stage: people and their dated roles; the date of an article picks the role."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["AS_OF", "Person", "Role", "parse_day"]

#: The day kg's people table describes. With no date given (no ``--date``, an article without
#: one), roles are read as of this day: who holds an office has it, who has left has their latest
#: office as a former official (ELI); a surname alone finds only people in office that day.
AS_OF = dt.date(2025, 11, 1)


def parse_day(text: str) -> dt.date | None:
    """An ISO day, or None for an empty cell.

    Examples:
        >>> parse_day("2022-01-13")
        datetime.date(2022, 1, 13)
        >>> parse_day("") is None
        True
    """
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


@dataclass(frozen=True, slots=True)
class Role:
    """One office: whom it is held for (ISO3 or organisation id), its sector, title and dates."""

    affiliation: str
    sector: str | None
    title: str = ""
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds_on(self, day: dt.date) -> bool:
        """Whether the role is held on ``day`` (an undated role always is)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    """A person kg knows, with every role it has on record."""

    id: str
    label: str
    roles: tuple[Role, ...]
    qid: str | None = None

    def role_on(self, day: dt.date) -> tuple[Role | None, bool]:
        """The role held on ``day``, and whether it is a former one (the person has left office).

        A dated role held on the day wins (the latest begun); else an undated role; else the last
        role ended before the day, marked former; else the first role to come.

        Examples:
            >>> first = Role("FRA", "GOV", "minister", dt.date(2012, 5, 16), dt.date(2017, 5, 17))
            >>> then = Role("FRA", "GOV", "foreign minister", dt.date(2017, 5, 17), dt.date(2022, 5, 20))
            >>> p = Person("x", "X", (first, then))
            >>> role, former = p.role_on(dt.date(2015, 5, 10)); role.title, former
            ('minister', False)
            >>> role, former = p.role_on(dt.date(2024, 1, 1)); role.title, former
            ('foreign minister', True)
        """
        held = [r for r in self.roles if r.dated and r.holds_on(day)]
        if held:
            return max(held, key=lambda r: r.start or dt.date.min), False
        undated = [r for r in self.roles if not r.dated]
        if undated:
            return undated[0], False
        ended = [r for r in self.roles if r.end is not None and r.end < day]
        if ended:
            return max(ended, key=lambda r: r.end or dt.date.min), True
        future = [r for r in self.roles if r.start is not None and r.start > day]
        if future:
            return min(future, key=lambda r: r.start or dt.date.max), False
        return None, False

    def active_on(self, day: dt.date) -> bool:
        """Whether the person holds any role on ``day``."""
        return any(r.holds_on(day) for r in self.roles if r.dated)
