"""Actors stage: the name index (countries, places, organisations, groups, people, agent words) in memory.

The index itself: names → actors and people, agent words → sectors, ambiguous names → readings.
``kg.actors.gazetteer_tables`` fills it from the tables in ``kg/actors/data``; ``load_gazetteer``
builds it once and caches it (see ``kg.actors.cache``).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from kg.actors.context import Ambiguity
from kg.actors.names import normalize_name
from kg.actors.people import Person, Role
from kg.actors.sectors import AgentTable
from kg.datamodel import Actor

__all__ = [
    "RANK_AMBIGUOUS",
    "RANK_COUNTRY",
    "RANK_CURATED",
    "RANK_DICT",
    "RANK_PEOPLE",
    "RANK_PLACE",
    "RANK_USER",
    "Gazetteer",
    "NameEntry",
]

# Ranks: a later table wins over an earlier one.
RANK_PLACE, RANK_DICT, RANK_COUNTRY, RANK_CURATED, RANK_PEOPLE, RANK_AMBIGUOUS, RANK_USER = range(7)


class NameEntry(NamedTuple):
    """What a name points at.

    ``target`` is an actor id (countries, organisations, groups, sectors) or, when ``person`` is
    set, a person id. ``sector`` is the part of a country the name stands for (the Kremlin).
    ``place`` marks a city (it stands for its people unless it is a seat of power);
    ``surname`` a one-word alias of a person, used only while that person holds office;
    ``acronym`` a short name that must be written in capitals.
    """

    target: str
    sector: str | None = None
    person: bool = False
    place: bool = False
    surname: bool = False
    acronym: bool = False
    rank: int = 0


#: A person's role as the index keeps it: affiliation, sector, title, start and end day ordinals.
_RoleRow = tuple[str, str | None, str, int, int]


class Gazetteer:
    """Names → canonical actors and people, agent words → sectors, ambiguous names → readings.

    The tables are kept as plain tuples (quick to pickle and load); ``lookup``, ``actor`` and
    ``person`` turn them into records on demand.
    """

    def __init__(self) -> None:
        self._names: dict[str, tuple[str, str | None, bool, bool, bool, bool, int]] = {}
        self._actors: dict[
            str, tuple[str, str, str, str | None, str | None, str | None, str | None, str | None]
        ] = {}
        self._people: dict[
            str, tuple[str, str | None, tuple[tuple[str, str | None, str, int, int], ...]]
        ] = {}
        self.agents = AgentTable({})
        self.ambiguous: dict[str, Ambiguity] = {}
        #: Ordinary words that a capital at a sentence's start does not make a name ("Sources").
        self.common_words: frozenset[str] = frozenset()
        self.max_name_words = 1
        self._span: dict[str, int] = {}
        self._actor_memo: dict[str, Actor] = {}
        self._person_memo: dict[str, Person] = {}
        self._entry_memo: dict[str, NameEntry] = {}
        #: Grows with every change, so resolvers know to forget what they memoised.
        self.version = 0

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state["_actor_memo"], state["_person_memo"], state["_entry_memo"] = {}, {}, {}
        state.pop("_held_by", None)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

    # --- reading -------------------------------------------------------------------------------
    def actor(self, actor_id: str) -> Actor | None:
        """The canonical actor with this id, if kg knows it (countries, organisations, groups, sectors)."""
        found = self._actor_memo.get(actor_id)
        if found is None:
            row = self._actors.get(actor_id)
            if row is None:
                return None
            found = Actor(row[0], row[1], row[2], row[3], row[4], row[5], row[6], True, row[7])  # type: ignore[arg-type]
            self._actor_memo[actor_id] = found
        return found

    def has_actor(self, actor_id: str) -> bool:
        return actor_id in self._actors

    def is_country(self, code: str) -> bool:
        row = self._actors.get(code)
        return row is not None and row[2] == "country"

    def person(self, person_id: str) -> Person | None:
        """The person with this id and every role on record."""
        found = self._person_memo.get(person_id)
        if found is None:
            row = self._people.get(person_id)
            if row is None:
                return None
            roles = tuple(
                Role(a, s, t, dt.date.fromordinal(b) if b else None, dt.date.fromordinal(e) if e else None)
                for a, s, t, b, e in row[2]
            )
            found = Person(person_id, row[0], roles, row[1])
            self._person_memo[person_id] = found
        return found

    def lookup(self, key: str) -> NameEntry | None:
        """The entry for an already normalised name."""
        found = self._entry_memo.get(key)
        if found is None:
            row = self._names.get(key)
            if row is None:
                return None
            found = self._entry_memo[key] = NameEntry._make(row)
        return found

    def holders(self, title: str, affiliation: str, day: dt.date) -> list[str]:
        """The people holding on ``day`` a dated office of ``affiliation`` whose title begins with
        ``title`` (case aside): ``holders("president", "USA", day)`` is the US president of that day.

        Examples:
            >>> g = Gazetteer()
            >>> g.add_person(Person("p", "P", (Role("RUR", "GOV", "President of Ruritania",
            ...                                      dt.date(2010, 1, 1), dt.date(2015, 1, 1)),)))
            >>> g.holders("president", "RUR", dt.date(2012, 1, 1))
            ['p']
            >>> g.holders("president", "RUR", dt.date(2016, 1, 1))
            []
        """
        title, when = title.lower(), day.toordinal()
        held = self.__dict__.get("_held_by")
        if held is None or held[0] != self.version:
            # The people with a role of each affiliation, in index order, worked out once per version.
            by_affiliation: dict[str, list[tuple[str, tuple[_RoleRow, ...]]]] = {}
            for pid, (_, _, roles) in self._people.items():
                for a in dict.fromkeys(r[0] for r in roles):
                    by_affiliation.setdefault(a, []).append((pid, roles))
            held = self.__dict__["_held_by"] = (self.version, by_affiliation)
        return [
            pid
            for pid, roles in held[1].get(affiliation, ())
            if any(
                a == affiliation and t.lower().startswith(title) and b and b <= when and (not e or when <= e)
                for a, _, t, b, e in roles
            )
        ]

    @property
    def size(self) -> tuple[int, int, int]:
        """(names, actors, people) in the index."""
        return len(self._names), len(self._actors), len(self._people)

    # --- building ------------------------------------------------------------------------------
    def add_actor(self, actor: Actor) -> None:
        """Add or replace a canonical actor."""
        self.version += 1
        self._actors[actor.id] = (
            actor.id,
            actor.label,
            actor.kind,
            actor.country,
            actor.sector,
            actor.cameo,
            actor.qid,
            actor.affiliation,
        )
        self._actor_memo.pop(actor.id, None)

    def add_person(self, person: Person, *, replace: bool = True) -> None:
        """Add (or replace) a person and their roles."""
        self.version += 1
        if not replace and person.id in self._people:
            return
        roles = tuple(
            (
                r.affiliation,
                r.sector,
                r.title,
                r.start.toordinal() if r.start else 0,
                r.end.toordinal() if r.end else 0,
            )
            for r in person.roles
        )
        self._people[person.id] = (person.label, person.qid, roles)
        self._person_memo.pop(person.id, None)

    def add_name(self, name: str, entry: NameEntry, *, key: str | None = None) -> None:
        """Point ``name`` at ``entry`` unless a name of a higher rank already holds it."""
        key = key if key is not None else normalize_name(name)
        if not key:
            return
        self.version += 1
        known = self._names.get(key)
        if known is not None and known[6] > entry.rank:
            return
        acronym = entry.acronym or (len(key) <= 3 and " " not in key and name.replace(".", "").isupper())
        self._entry_memo.pop(key, None)
        self._names[key] = (
            entry.target,
            entry.sector,
            entry.person,
            entry.place,
            entry.surname,
            acronym,
            entry.rank,
        )
        self._add_prefixes(key)

    def _add_prefixes(self, key: str) -> None:
        """Note every run of first words of ``key`` with the most words a name beginning so has."""
        parts = key.split(" ")
        words = len(parts)
        self.max_name_words = max(self.max_name_words, words)
        prefix = ""
        for part in parts:
            prefix = f"{prefix} {part}" if prefix else part
            if self._span.get(prefix, 0) < words:
                self._span[prefix] = words

    def longest_name(self, first_words: str) -> int:
        """The most words a name beginning with ``first_words`` has (0: no name begins so).

        ``first_words`` is one word or several, folded and joined by single spaces.
        """
        return self._span.get(first_words, 0)

    def drop_name(self, key: str) -> None:
        self.version += 1
        self._names.pop(key, None)
        self._entry_memo.pop(key, None)
