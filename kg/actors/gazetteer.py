"""Actors stage: the name tables (countries, organisations, seats of power, agent words) in memory."""

from __future__ import annotations

import csv
import functools
import importlib.resources
from collections.abc import Iterator
from dataclasses import dataclass

from kg.datamodel import Actor

__all__ = ["Gazetteer", "load_gazetteer", "normalize_name"]

_STRIP = " \t\n\"'“”‘’.,;:()[]"
_DETERMINERS = ("the ", "a ", "an ")


def normalize_name(text: str) -> str:
    """Lower-case, single-spaced, without surrounding quotes, leading article or possessive.

    Examples:
        >>> normalize_name("  the Kremlin’s ")
        'kremlin'
        >>> normalize_name("U.S.")
        'u.s.'
    """
    name = " ".join(text.lower().split()).strip(_STRIP.replace(".", ""))
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    for det in _DETERMINERS:
        if name.startswith(det):
            name = name[len(det) :]
            break
    return name.strip(_STRIP.replace(".", "")) if name != "u.s." else name


def _rows(name: str) -> Iterator[dict[str, str]]:
    path = importlib.resources.files("kg.actors") / "data" / name
    with path.open(encoding="utf-8") as fh:
        yield from csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")


@dataclass(frozen=True, slots=True)
class NameEntry:
    """What a name points at: an actor id, and a sector when the name implies one (Kremlin)."""

    actor_id: str
    sector: str | None = None


class Gazetteer:
    """Names → canonical actors, plus agent words → sectors."""

    def __init__(
        self,
        actors: dict[str, Actor],
        names: dict[str, NameEntry],
        agents: dict[str, str],
    ) -> None:
        self.actors = actors
        self.names = names
        self.agents = agents
        self.max_agent_words = max((len(a.split()) for a in agents), default=1)

    def actor(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def lookup(self, name: str) -> NameEntry | None:
        """The entry for an already normalised name."""
        return self.names.get(name)

    def sector_of(self, phrase: str) -> str | None:
        """The sector code of an agent phrase ("diplomat", "foreign minister"), singular or plural."""
        if phrase in self.agents:
            return self.agents[phrase]
        for suffix, repl in (("ies", "y"), ("es", ""), ("s", "")):
            if phrase.endswith(suffix) and phrase[: -len(suffix)] + repl in self.agents:
                return self.agents[phrase[: -len(suffix)] + repl]
        return None


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer shipped with kg (built once per process)."""
    actors: dict[str, Actor] = {}
    for r in _rows("actors.tsv"):
        actors[r["id"]] = Actor(
            id=r["id"],
            label=r["label"],
            kind=r["kind"],  # type: ignore[arg-type]
            country=r["country"] or None,
            sector=r["sector"] or None,
            cameo=r["cameo"] or None,
            qid=r["qid"] or None,
        )
    names: dict[str, NameEntry] = {}
    for r in _rows("country_names.tsv"):
        code = r["country"]
        names.setdefault(r["name"], NameEntry(code))
        if code not in actors and r["primary"] == "1":
            label = r["name"].title()
            actors[code] = Actor(id=code, label=label, kind="country", country=code, cameo=code)
    for r in _rows("names.tsv"):
        names[r["name"]] = NameEntry(r["id"], r["sector"] or None)
    agents = {r["phrase"]: r["sector"] for r in _rows("agents.tsv")}
    agents.update({r["phrase"]: r["sector"] for r in _rows("agents_kg.tsv")})
    return Gazetteer(actors, names, agents)
