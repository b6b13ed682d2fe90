"""Actors stage: the name index built from kg's data tables, later tables overriding earlier ones.

GeoNames places, the Phoenix dictionaries, countries and their capitals, kg's curated names, actors
and people, then ambiguous names and agent words (see ``scripts/`` for the converters that derive
the tables in ``kg/actors/data``).
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.resources
import logging
from collections.abc import Iterator

from kg.actors.compounds import compound_readings
from kg.actors.context import Ambiguity, Reading, cue_pattern
from kg.actors.gazetteer import (
    RANK_COUNTRY,
    RANK_CURATED,
    RANK_DICT,
    RANK_PEOPLE,
    RANK_PLACE,
    Gazetteer,
    NameEntry,
)
from kg.actors.modifiers import ORG_HEADS
from kg.actors.names import normalize_name, slugify
from kg.actors.people import Person, Role, parse_day
from kg.actors.sectors import SECTORS, AgentTable
from kg.datamodel import Actor, ActorKind

__all__ = ["DATA_FILES", "build_gazetteer", "data_rows"]

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


def data_rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of one of kg's data files (``#`` lines are comments, the first line the header)."""
    path = importlib.resources.files("kg.actors") / "data" / name
    with path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(
            (line for line in fh if not line.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE
        )
        for row in reader:
            yield {k: (v or "").strip() for k, v in row.items() if k is not None}


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
