"""Actors stage: a user's own actors file (``--actors my_actors.tsv``) laid over kg's index.

The file is tab-separated, UTF-8, with a header line; lines starting with ``#`` are comments.
Columns (only ``name`` and ``id`` are required; the others may be left out or empty):

    name     the name as written in articles ("Wagner Group", "Prigozhin")
    id       the actor it names: an id kg knows (RUS, NATO, RUSGOV) or a new one
    kind     country, organization, group, person or sector (required for a new id)
    label    display label of a new actor (default: the name)
    country  ISO 3166 alpha-3 code of the actor's country
    sector   sector code (GOV, MIL, REB, ... see kg.actors.SECTORS)
    cameo    CAMEO actor code (default: country + sector, else the id)
    qid      Wikidata QID
    start    for a person: first day of the role (YYYY-MM-DD)
    end      for a person: last day of the role

Several rows with the same person id and different dates give that person dated roles. A user
name wins over kg's own tables; a user id that kg knows is updated with the columns given.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
from pathlib import Path

from kg.actors.gazetteer import RANK_USER, Gazetteer, NameEntry
from kg.actors.people import Person, Role
from kg.actors.sectors import SECTORS, cameo_sector
from kg.datamodel import Actor
from kg.errors import ActorResolutionError

__all__ = ["KINDS", "apply_user_file", "read_user_rows"]

KINDS = ("country", "organization", "group", "person", "sector")


def _fail(path: Path, line: int, problem: str) -> ActorResolutionError:
    return ActorResolutionError(f"{path}:{line}: {problem}")


def _day(path: Path, line: int, text: str, column: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as err:
        raise _fail(path, line, f"{column} {text!r} is not a date (YYYY-MM-DD)") from err


def read_user_rows(path: str | Path) -> list[tuple[int, dict[str, str]]]:
    """The rows of a user actors file with their line numbers, checked.

    Raises:
        ActorResolutionError: the file is missing or unreadable, has no ``name``/``id`` header, or a
            row has a bad kind, sector or date (the message names the file and line).
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ActorResolutionError(f"{p}: cannot read the actors file: {err}") from err
    lines = [(i, line) for i, line in enumerate(text.splitlines(), start=1) if line.strip()]
    lines = [(i, line) for i, line in lines if not line.lstrip().startswith("#")]
    if not lines:
        raise ActorResolutionError(f"{p}: the actors file is empty (expected a header with name and id)")
    header_line, header = lines[0]
    columns = [c.strip().lower() for c in header.split("\t")]
    if "name" not in columns or "id" not in columns:
        raise _fail(
            p, header_line, f"the header must name the columns 'name' and 'id' (tab-separated), got {columns}"
        )
    rows: list[tuple[int, dict[str, str]]] = []
    for number, line in lines[1:]:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) > len(columns):
            raise _fail(p, number, f"{len(cells)} cells but the header has {len(columns)} columns")
        row = {c: (cells[i].strip() if i < len(cells) else "") for i, c in enumerate(columns)}
        if not row["name"] or not row["id"]:
            raise _fail(p, number, "a row needs a name and an id")
        if row.get("kind") and row["kind"] not in KINDS:
            raise _fail(p, number, f"kind {row['kind']!r} is not one of {', '.join(KINDS)}")
        if row.get("sector") and row["sector"] not in SECTORS:
            raise _fail(p, number, f"sector {row['sector']!r} is not a sector code ({', '.join(SECTORS)})")
        _day(p, number, row.get("start", ""), "start")
        _day(p, number, row.get("end", ""), "end")
        rows.append((number, row))
    return rows


def apply_user_file(base: Gazetteer, path: str | Path) -> Gazetteer:
    """A copy of ``base`` with the user's actors, people and names added (``base`` is not changed)."""
    p = Path(path)
    rows = read_user_rows(p)
    g = copy.copy(base)
    g._names = dict(base._names)
    g._actors = dict(base._actors)
    g._people = dict(base._people)
    g._span = dict(base._span)
    g._actor_memo, g._person_memo, g._entry_memo = {}, {}, {}
    roles: dict[str, list[Role]] = {}
    labels: dict[str, tuple[str, str | None]] = {}
    for number, row in rows:
        actor_id, kind = row["id"], row.get("kind", "")
        country, sector = row.get("country") or None, row.get("sector") or None
        if kind == "person" or (not kind and g.person(actor_id) is not None):
            affiliation = country or ""
            if not affiliation:
                raise _fail(p, number, f"person {actor_id!r} needs a country (ISO3) or organisation id")
            roles.setdefault(actor_id, []).append(
                Role(
                    affiliation,
                    sector,
                    "",
                    _day(p, number, row.get("start", ""), "start"),
                    _day(p, number, row.get("end", ""), "end"),
                )
            )
            labels.setdefault(actor_id, (row.get("label") or row["name"], row.get("qid") or None))
            g.add_name(row["name"], NameEntry(actor_id, person=True, rank=RANK_USER))
            continue
        known = g.actor(actor_id)
        if known is None and not kind:
            raise _fail(
                p, number, f"id {actor_id!r} is not an actor kg knows: give its kind ({', '.join(KINDS)})"
            )
        if kind or country or sector or row.get("label") or row.get("cameo") or row.get("qid"):
            default_cameo = (country or "") + (cameo_sector(sector) if sector else "") or actor_id
            g.add_actor(
                Actor(
                    id=actor_id,
                    label=row.get("label") or (known.label if known else row["name"]),
                    kind=(kind or (known.kind if known else "organization")),  # type: ignore[arg-type]
                    country=country or (known.country if known else None),
                    sector=sector or (known.sector if known else None),
                    cameo=row.get("cameo") or (known.cameo if known else default_cameo),
                    qid=row.get("qid") or (known.qid if known else None),
                    affiliation=(known.affiliation if known else country),
                )
            )
        g.add_name(row["name"], NameEntry(actor_id, rank=RANK_USER))
    for pid, person_roles in roles.items():
        label, qid = labels[pid]
        old = base.person(pid)
        label = old.label if old is not None and label == pid else label
        g.add_person(Person(pid, label, tuple(person_roles), qid or (old.qid if old else None)))
    return g
