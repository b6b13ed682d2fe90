"""Actors stage: resolve an actor mention ("Russian diplomats", "the Kremlin") to a canonical Actor."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from kg.actors.gazetteer import Gazetteer, NameEntry, load_gazetteer, normalize_name
from kg.datamodel import Actor

__all__ = ["ArticleResolver", "Resolver", "resolve_actors", "sector_actor"]

_SLUG = re.compile(r"[^a-z0-9]+")
_SECTOR_LABELS = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "REB": "rebels",
    "OPP": "opposition",
    "LEG": "legislature",
    "JUD": "judiciary",
    "BUS": "business",
    "MED": "media",
    "CVL": "civilians",
    "REF": "refugees",
}


def sector_actor(country: Actor, sector: str) -> Actor:
    """The actor for a sector of a country: Russia + GOV → ``RUSGOV``.

    Examples:
        >>> rus = Actor("RUS", "Russia", "country", country="RUS", cameo="RUS")
        >>> a = sector_actor(rus, "GOV")
        >>> (a.id, a.label, a.country, a.sector)
        ('RUSGOV', 'Russia (government)', 'RUS', 'GOV')
    """
    code = f"{country.cameo or country.id}{sector}"
    label = f"{country.label} ({_SECTOR_LABELS.get(sector, sector.lower())})"
    return Actor(
        id=code,
        label=label,
        kind="sector",
        country=country.country,
        sector=sector,
        cameo=code,
        affiliation=country.id,
    )


class Resolver:
    """Resolves names to canonical actors with kg's gazetteer (an ``ActorResolver``).

    Examples:
        >>> r = Resolver()
        >>> r.resolve("the Kremlin").id
        'RUSGOV'
        >>> r.resolve("Russian diplomats").id
        'RUSGOV'
        >>> r.resolve("US Deputy Secretary of State Wendy Sherman").id
        'wendy-sherman'
        >>> r.resolve("the weather") is None
        True
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()

    def scoped(self, text: str = "") -> ArticleResolver:
        """A resolver with memory for one article (people found again by surname)."""
        return ArticleResolver(self, text)

    def _entry_actor(self, entry: NameEntry) -> Actor | None:
        actor = self.gazetteer.actor(entry.actor_id)
        if actor is None:
            return None
        if entry.sector and actor.kind == "country":
            return sector_actor(actor, entry.sector)
        return actor

    def resolve(self, text: str, *, date: dt.date | None = None, context: str | None = None) -> Actor | None:
        name = normalize_name(text)
        if not name:
            return None
        entry = self.gazetteer.lookup(name)
        if entry is not None:
            return self._entry_actor(entry)
        return self._compose(text)

    def _compose(self, text: str) -> Actor | None:
        """Country or organisation words + agent words + a trailing personal name."""
        words = normalize_name(text).split()
        raw_words = " ".join(text.split()).strip(" .,;:").split()
        if raw_words and raw_words[0].lower() in ("the", "a", "an"):
            raw_words = raw_words[1:]
        owner: Actor | None = None
        sector: str | None = None
        used = [False] * len(words)
        # The first name the tables know owns the mention ("US", "Russian", "NATO").
        for i in range(len(words)):
            for size in range(min(6, len(words) - i), 0, -1):
                entry = self.gazetteer.lookup(" ".join(words[i : i + size]))
                if entry is not None and (found_owner := self._entry_actor(entry)) is not None:
                    owner, sector = found_owner, entry.sector
                    used[i : i + size] = [True] * size
                    break
            if owner is not None:
                break
        # The longest agent phrase among the other words gives the sector ("foreign minister").
        best: tuple[int, int, str] | None = None
        for i in range(len(words)):
            for size in range(min(self.gazetteer.max_agent_words, len(words) - i), 0, -1):
                if any(used[i : i + size]):
                    continue
                found = self.gazetteer.sector_of(" ".join(words[i : i + size]))
                if found and (best is None or size >= best[1]):
                    best = (i, size, found)
                    break
        if best is not None:
            i, size, found = best
            sector = sector or found
            used[i : i + size] = [True] * size
        person = self._trailing_name(raw_words, used)
        if person:
            country = owner.country if owner else None
            org = owner.id if owner and owner.kind != "country" and not owner.country else None
            cameo = None
            if owner is not None:
                cameo = (owner.cameo or owner.id) + (sector or "") if not org else owner.cameo
            return Actor(
                id=_SLUG.sub("-", person.lower()).strip("-"),
                label=person,
                kind="person",
                country=country,
                sector=sector,
                cameo=cameo,
                affiliation=owner.group if owner is not None else None,
            )
        if owner is None:
            return None
        if sector and owner.kind == "country":
            return sector_actor(owner, sector)
        return owner

    @staticmethod
    def _trailing_name(raw_words: list[str], used: list[bool]) -> str | None:
        """Two or more capitalised words at the end that no table explains: a person's name."""
        if len(raw_words) != len(used):
            return None
        tail: list[str] = []
        for word, was_used in zip(reversed(raw_words), reversed(used), strict=True):
            if was_used or not word[:1].isupper():
                break
            tail.append(word)
        if len(tail) >= 2:
            return " ".join(reversed(tail))
        return None


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr."})


class ArticleResolver:
    """Resolves names within one article, remembering the people it has met.

    A person named in full ("US Deputy Secretary of State Wendy Sherman") is found again when the
    article later says "Sherman" or "Ms Sherman".

    Examples:
        >>> r = Resolver().scoped()
        >>> r.resolve("Sherman") is None
        True
        >>> r.resolve("US Deputy Secretary of State Wendy Sherman").id
        'wendy-sherman'
        >>> r.resolve("Ms Sherman").country
        'USA'
    """

    def __init__(self, base: Resolver, text: str = "") -> None:
        self.base = base
        self.text = text
        self._people: dict[str, Actor] = {}

    def scoped(self, text: str = "") -> ArticleResolver:
        return ArticleResolver(self.base, text)

    def resolve(self, text: str, *, date: dt.date | None = None, context: str | None = None) -> Actor | None:
        words = [w for w in normalize_name(text).split() if w not in _HONORIFICS]
        known = None
        if words:
            known = self._people.get(" ".join(words))
            if known is None and len(words) == 1:
                known = self._people.get(words[-1])
        actor = self.base.resolve(text, date=date, context=context)
        if known is not None and (actor is None or (actor.kind == "person" and actor.group == actor.id)):
            return known
        if actor is not None and actor.kind == "person":
            self._people.setdefault(actor.label.split()[-1].lower(), actor)
            self._people.setdefault(actor.label.lower(), actor)
        return actor


def resolve_actors(
    names: Iterable[str], *, date: dt.date | None = None, resolver: Resolver | None = None
) -> list[Actor | None]:
    """Resolve several names at once; None where a name names no known actor."""
    r = resolver if resolver is not None else Resolver()
    return [r.resolve(n, date=date) for n in names]
