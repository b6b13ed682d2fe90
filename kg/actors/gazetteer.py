"""Actors stage: the name index (countries, places, organisations, groups, people, agent words) in memory.

Built from the tables in ``kg/actors/data`` (see ``scripts/`` for the converters), later tables
overriding earlier ones: GeoNames places, the Phoenix dictionaries, countries and their capitals,
kg's curated names, actors and people, then ambiguous names. ``load_gazetteer`` builds it once
and caches it (see ``kg.actors.cache``).
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.resources
import logging
from collections.abc import Iterator
from typing import NamedTuple

from kg.actors.compounds import compound_readings
from kg.actors.context import Ambiguity, Reading, cue_pattern
from kg.actors.modifiers import ORG_HEADS
from kg.actors.names import normalize_name, slugify
from kg.actors.people import Person, Role, parse_day
from kg.actors.sectors import SECTORS, AgentTable
from kg.datamodel import Actor, ActorKind

__all__ = ["DATA_FILES", "Gazetteer", "NameEntry", "build_gazetteer", "data_rows"]

logger = logging.getLogger(__name__)

#: The data files the index is built from, in the order they are applied.
DATA_FILES = (
    "common_words.tsv",
    "countries.tsv",
    "places.tsv",
    "dict_names.tsv",
    "dict_codes.tsv",
    "names.tsv",
    "actors.tsv",
    "people.tsv",
    "ambiguous.tsv",
    "agents.tsv",
    "agents_kg.tsv",
)

_PHOENIX_RENAME = {"MED": "JRN", "HLH": "MED"}
_RELIGION = frozenset({"CHR", "CTH", "PRO", "ORT", "MUS", "SHI", "SUN", "JEW", "BUD", "HIN", "MAR", "SFI"})
_REGION_WORDS = frozenset({"state", "province", "region", "oblast", "governorate", "district", "county"})
_ARMED = frozenset({"REB", "UAF", "PRM", "INS"})
# IGO code prefixes that name an organisation of kg's table.
_IGO_PREFIX = (
    ("IGOWSTNAT", "NATO"),
    ("IGOEUREEC", "EU"),
    ("IGOUNODEVWBK", "WB"),
    ("IGOUNODEVIMF", "IMF"),
    ("IGOUNO", "UN"),
    ("IGOAFRAU", "AU"),
    ("IGOARL", "ARL"),
    ("IGOEUROSC", "OSCE"),
)


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


def data_rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of one of kg's data files (``#`` lines are comments, the first line the header)."""
    path = importlib.resources.files("kg.actors") / "data" / name
    with path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(
            (line for line in fh if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE
        )
        for row in reader:
            yield {k: (v or "").strip() for k, v in row.items() if k is not None}


# Ranks: a later table wins over an earlier one.
RANK_PLACE, RANK_DICT, RANK_COUNTRY, RANK_CURATED, RANK_PEOPLE, RANK_AMBIGUOUS, RANK_USER = range(7)


def _country_actor(code: str, label: str, qid: str | None) -> Actor:
    return Actor(id=code, label=label, kind="country", country=code, cameo=code, qid=qid or None)


def _add_countries(g: Gazetteer) -> None:
    rows = list(data_rows("countries.tsv"))
    country_names = {normalize_name(r["label"]) for r in rows}
    for r in rows:
        code = r["iso3"]
        g.add_actor(_country_actor(code, r["label"], r["qid"]))
        g.add_name(r["label"], NameEntry(code, rank=RANK_COUNTRY))
        g.add_name(code, NameEntry(code, rank=RANK_COUNTRY, acronym=True))
        # A capital named as an actor is the seat of government: "Moscow said" → RUSGOV; a city
        # state's name (Singapore, Monaco) stays the country.
        if r["capital"] and normalize_name(r["capital"]) not in country_names:
            g.add_name(r["capital"], NameEntry(code, "GOV", place=True, rank=RANK_COUNTRY))


def _add_places(g: Gazetteer) -> None:
    for r in data_rows("places.tsv"):
        if g.is_country(r["country"]):
            g.add_name(r["name"], NameEntry(r["country"], place=True, rank=RANK_PLACE), key=r["name"])


def _decode(code: str, g: Gazetteer) -> tuple[str | None, list[str]]:
    """A dictionary code → (ISO3 or None, kg sectors)."""
    head = code[:3]
    country = head if g.is_country(head) else None
    chunks = [code[i : i + 3] for i in range(3 if country else 0, len(code), 3)]
    sectors: list[str] = []
    for chunk in chunks:
        chunk = _PHOENIX_RENAME.get(chunk, chunk)
        chunk = "REL" if chunk in _RELIGION else chunk
        if chunk in SECTORS and chunk not in sectors:
            sectors.append(chunk)
    return country, sectors


def _primary_sector(sectors: list[str]) -> str | None:
    """GOV followed by a narrower branch (LEG, JUD, SPY, COP) names that branch: Knesset → LEG."""
    if not sectors:
        return None
    if sectors[0] == "GOV" and len(sectors) > 1 and sectors[1] in ("LEG", "JUD", "SPY", "COP"):
        return sectors[1]
    return sectors[0]


def _dictionary_actor(g: Gazetteer, key: str, code: str) -> tuple[str, str | None] | None:
    """The actor id (and sector) an undated dictionary entry stands for, minting it if needed."""
    country, sectors = _decode(code, g)
    sector = _primary_sector(sectors)
    label = " ".join(w.capitalize() if len(w) > 3 else w.upper() for w in key.split())
    if country is not None:
        if sector in _ARMED:
            actor_id = f"grp-{slugify(key)}"
            if not g.has_actor(actor_id):
                g.add_actor(Actor(actor_id, label, "group", country, sector, code[:6]))
            return actor_id, None
        return country, sector
    for prefix, org in _IGO_PREFIX:
        if code.startswith(prefix) and g.has_actor(org):
            return org, None
    kind: ActorKind
    if code.startswith(("IGO", "NGO", "MNC")):
        owner = code[3:6] if g.is_country(code[3:6]) else None
        kind = "organization"
        sector = {"IGO": "IGO", "NGO": "NGO", "MNC": "BUS"}[code[:3]]
    elif code.startswith("IMG") or sector in _ARMED:
        owner, kind = None, "group"
    else:
        return None
    actor_id = f"org-{slugify(key)}"
    if not g.has_actor(actor_id):
        affiliation = "UN" if code.startswith("IGOUNO") else owner
        g.add_actor(Actor(actor_id, label, kind, owner, sector, code, None, True, affiliation))
    return actor_id, None


def _add_dictionary(g: Gazetteer) -> None:
    codes: dict[str, list[tuple[str, dt.date | None, dt.date | None]]] = {}
    for r in data_rows("dict_codes.tsv"):
        codes.setdefault(r["key"], []).append((r["code"], parse_day(r["start"]), parse_day(r["end"])))
    targets: dict[str, NameEntry] = {}
    for key, entries in codes.items():
        dated = [e for e in entries if e[1] or e[2]]
        bare_country = [e for e in entries if len(e[0]) == 3 and g.is_country(e[0])]
        if bare_country:
            current = [e for e in bare_country if e[2] is None] or bare_country
            targets[key] = NameEntry(current[-1][0][:3], rank=RANK_DICT)
        elif dated and key.rpartition(" ")[2] not in ORG_HEADS:
            # Dated entries are people, unless the name is an organisation's ("... Union Party").
            roles = []
            for code, start, end in entries:
                country, sectors = _decode(code, g)
                if country is None:
                    found = _dictionary_actor(g, key, code)
                    if found is None:
                        continue
                    country = found[0]
                roles.append(Role(country, _primary_sector(sectors), "", start, end))
            if roles:
                pid = slugify(key)
                label = " ".join(w.capitalize() for w in key.split())
                g.add_person(Person(pid, label, tuple(roles)), replace=False)
                targets[key] = NameEntry(pid, person=True, rank=RANK_DICT)
        else:
            found = _dictionary_actor(g, key, entries[-1][0])
            if found is not None:
                targets[key] = NameEntry(found[0], found[1], rank=RANK_DICT)
    for r in data_rows("dict_names.tsv"):
        entry = targets.get(r["key"])
        if entry is not None:
            known = g.lookup(r["name"])
            if known is not None and known.place and known.target == entry.target and not entry.sector:
                continue  # a city the dictionary lists under its country stays a city
            g.add_name(r["name"], entry, key=r["name"])
            # "Rakhine State" is also written "Rakhine".
            head, _, last = r["name"].rpartition(" ")
            if head and last in _REGION_WORDS and not entry.person and head not in g.common_words:
                g.add_name(head, NameEntry(entry.target, entry.sector, place=True, rank=RANK_PLACE), key=head)


def _add_curated(g: Gazetteer) -> None:
    for r in data_rows("names.tsv"):
        g.add_name(r["name"], NameEntry(r["id"], r["sector"] or None, rank=RANK_CURATED))
    for r in data_rows("actors.tsv"):
        actor = Actor(
            id=r["id"],
            label=r["label"],
            kind=r["kind"],  # type: ignore[arg-type]
            country=r["country"] or None,
            sector=r["sector"] or None,
            cameo=r["cameo"] or None,
            qid=r["qid"] or None,
            affiliation=r["member_of"] or r["country"] or None,
        )
        g.add_actor(actor)
        for name in {actor.label, *filter(None, r["names"].split("|"))}:
            g.add_name(name, NameEntry(actor.id, rank=RANK_CURATED))


def _add_people(g: Gazetteer) -> None:
    rows: dict[str, list[dict[str, str]]] = {}
    for r in data_rows("people.tsv"):
        rows.setdefault(r["id"], []).append(r)
    for pid, person_rows in rows.items():
        first = person_rows[0]
        roles = tuple(
            Role(r["affiliation"], r["sector"] or None, r["role"], parse_day(r["start"]), parse_day(r["end"]))
            for r in person_rows
        )
        g.add_person(Person(pid, first["label"], roles, first["qid"] or None))
        for name in {first["label"], *filter(None, first.get("names", "").split("|"))}:
            key = normalize_name(name)
            surname = " " not in key
            g.add_name(name, NameEntry(pid, person=True, surname=surname, rank=RANK_PEOPLE), key=key)


def _add_common_words(g: Gazetteer) -> None:
    g.common_words = frozenset(r["word"] for r in data_rows("common_words.tsv"))


def _add_compound_places(g: Gazetteer) -> None:
    """Compound place names read from context ("East London": South Africa, or the east of London)."""
    places: dict[str, tuple[str, int]] = {}
    for r in data_rows("places.tsv"):
        places.setdefault(r["name"], (r["country"], int(r["population"] or 0)))
    countries = {}
    for r in data_rows("countries.tsv"):
        for name in (r["label"], r["capital"]):
            if name:
                countries[normalize_name(name)] = r["iso3"]
    names: dict[str, list[str]] = {}
    for key, row in g._names.items():
        target, _, person, place = row[0], row[1], row[2], row[3]
        if not person and not place and g.is_country(target):
            names.setdefault(target, []).append(key)
    for key, ambiguity in compound_readings(places, countries, names).items():
        g.ambiguous[key] = ambiguity
        g._add_prefixes(key)
        g.drop_name(key)


def _add_ambiguous(g: Gazetteer) -> None:
    readings: dict[str, list[Reading]] = {}
    for r in data_rows("ambiguous.tsv"):
        readings.setdefault(r["name"], []).append(
            Reading(r["id"], r["sector"] or None, cue_pattern(r["cues"].split("|")))
        )
    for name, found in readings.items():
        key = normalize_name(name)
        g.ambiguous[key] = Ambiguity(key, tuple(found), needs_capital=name[:1].isupper())
        g._add_prefixes(key)
        g.drop_name(key)


def _add_agents(g: Gazetteer) -> None:
    rows: dict[str, tuple[str, ...]] = {}
    for file in ("agents.tsv", "agents_kg.tsv"):
        for r in data_rows(file):
            rows[r["phrase"]] = tuple(s for s in (r["sector"], r.get("sector2", "")) if s)
    g.agents = AgentTable(rows)


def build_gazetteer() -> Gazetteer:
    """Build the index from kg's data files (a few seconds; ``load_gazetteer`` caches it)."""
    g = Gazetteer()
    _add_common_words(g)
    _add_countries(g)
    _add_places(g)
    _add_dictionary(g)
    _add_curated(g)
    _add_people(g)
    _add_compound_places(g)
    _add_ambiguous(g)
    _add_agents(g)
    logger.info("actor index: %d names, %d actors, %d people", *g.size)
    return g
