"""Actors stage: compose one actor from a mention's names and agent phrases.

The first owner named (a country or organisation) owns the mention, the head agent word gives the
sector, a title before a name makes a person with that role; a known person's role comes from the
date. ``Composer`` holds these rules for ``kg.actors.resolve.Resolver``, which reads and remembers
mentions.
"""

from __future__ import annotations

import datetime as dt

from kg.actors.context import decide
from kg.actors.gazetteer import RANK_DICT, Gazetteer, NameEntry
from kg.actors.modifiers import (
    DIRECTIONS,
    ORG_HEADS,
    PERSON_GOVERNMENT,
    PLACE_HEADS,
    RELATIONS,
    relation_after,
    sponsor_position,
)
from kg.actors.names import Token, slugify
from kg.actors.people import Person
from kg.actors.reading import (
    IN_PLACE,
    POSSESSIVE_WORDS,
    QUANTIFIERS,
    Reading,
    Span,
    accredited,
    agent_at,
    demonym,
    ends_at,
    free_army,
    given_name,
    names_sector,
    only_agents_and_fillers,
    other_first_name,
    relation_head,
    trailing_name,
    unexplained,
    weak,
)
from kg.actors.sectors import SECTORS, cameo_sector, sector_actor
from kg.datamodel import Actor

__all__ = ["Composer", "no_country_sector", "unresolved_actor"]

# Heads that take their sector from the word before them: "opposition leader", "Muslim leaders".
_GENERIC_HEADS = frozenset(
    {
        "leader", "leaders", "official", "officials", "member", "members", "representative",
        "representatives", "spokesman", "spokeswoman", "spokesperson", "head", "chief", "figure",
        "figures", "group", "groups", "people", "source", "sources", "force", "forces",
    }
)  # fmt: skip
# Words after which a country is a destination or a counterpart, not the owner.
_NOT_OWNER_AFTER = frozenset(
    {"to", "toward", "towards", "against", "with", "at", "on", "into", "versus", "vs"}
)
# Words after which a seat of power is only a place.
_LOCATIVE_AFTER = frozenset({"based", "born", "headquartered"})
# An organisation's own sector, which a generic head keeps ("an SDF leader", "Labour officials").
_OWN_SECTOR = frozenset({"PTY", "REB", "UAF", "NGO", "OPP", "PRM"})


def unresolved_actor(text: str) -> Actor | None:
    """An actor kg cannot place, labelled by its noun phrase (``resolved=False``).

    Examples:
        >>> a = unresolved_actor("the Azov Sea fishermen's union")
        >>> (a.id, a.label, a.kind, a.resolved)
        ('unresolved-the-azov-sea-fishermen-s-union', "the Azov Sea fishermen's union", 'unresolved', False)
    """
    label = " ".join(text.split())
    slug = slugify(label)
    if not slug:
        return None
    return Actor(id=f"unresolved-{slug}", label=label, kind="unresolved", resolved=False)


def no_country_sector(sector: str) -> Actor:
    """A sector with no country: "officials" → ``---GOV`` (CAMEO's no-country code)."""
    code = f"---{sector}"
    return Actor(
        id=code,
        label=SECTORS.get(sector, sector.lower()),
        kind="sector",
        sector=sector,
        cameo=f"---{cameo_sector(sector)}",
    )


class Composer:
    """The rules that make one actor of a mention's reading; ``Resolver`` builds on them.

    Attributes:
        gazetteer: the index names are read with.
    """

    gazetteer: Gazetteer
    _sector_memo: dict[tuple[str, str], Actor]

    def _sector_of(self, owner: Actor, sector: str) -> Actor:
        key = (owner.id, sector)
        found = self._sector_memo.get(key)
        if found is None:
            found = self._sector_memo[key] = sector_actor(owner, sector)
        return found

    def _read_ambiguous(self, key: str, context: str, article: str) -> NameEntry | None:
        reading = decide(self.gazetteer.ambiguous[key], context, article)
        if reading is None or reading.actor_id == "-" or not self.gazetteer.has_actor(reading.actor_id):
            return None
        return NameEntry(reading.actor_id, reading.sector, place=reading.place)

    def _person_government(
        self, person: Person, day: dt.date, keys: list[str], agents: list[Span], person_end: int
    ) -> Actor | None:
        """The government a person's name stands for before "government", "administration", ...
        ("the Trudeau government" → Canada's government), if the person holds a country's office."""
        if not any(
            a.start >= person_end and not PERSON_GOVERNMENT.isdisjoint(keys[a.start : a.end]) for a in agents
        ):
            return None
        role, _ = person.role_on(day)
        if role is None or not self.gazetteer.is_country(role.affiliation):
            return None
        country = self.gazetteer.actor(role.affiliation)
        return self._sector_of(country, "GOV") if country is not None else None

    def _serving(
        self, person: Person | None, day: dt.date, keys: list[str], agents: list[Span], start: int
    ) -> Actor | None:
        """Who serves a person ("Putin's aide", "Trump's Syria envoy"): the head agent's sector of
        the country the person holds office in; None when that is unknown."""
        if person is None:
            return None
        government = self._person_government(person, day, keys, agents, start)
        if government is not None:
            return government  # "Erdoğan's government"
        role, _ = person.role_on(day)
        if role is None or not self.gazetteer.is_country(role.affiliation):
            return None
        country = self.gazetteer.actor(role.affiliation)
        after = [a for a in agents if a.start >= start and a.sectors[0] not in ("ELI", "UNK", "NON")]
        if country is None or not after:
            return None
        return self._sector_of(country, after[-1].sectors[0])

    def _person_actor(
        self, person: Person, day: dt.date, *, sector: str | None, country: str | None, former: bool
    ) -> Actor:
        role, was = person.role_on(day)
        affiliation = role.affiliation if role else None
        owner = self.gazetteer.actor(affiliation) if affiliation else None
        role_country = owner.country if owner is not None else None
        if sector is None:
            sector = "ELI" if (was or former) else (role.sector if role else None)
        elif former:
            sector = "ELI"
        country = country or role_country
        return self._make_person(person.id, person.label, country, sector, owner, person.qid)

    def _make_person(
        self,
        pid: str,
        label: str,
        country: str | None,
        sector: str | None,
        owner: Actor | None,
        qid: str | None = None,
    ) -> Actor:
        cameo: str | None
        affiliation: str | None
        if owner is not None and owner.kind != "country":
            cameo = owner.cameo
            affiliation = owner.group
        else:
            base = country or "---"
            cameo = f"{base}{cameo_sector(sector)}" if sector else (country or None)
            affiliation = country
        return Actor(
            id=pid,
            label=label,
            kind="person",
            country=country,
            sector=sector,
            cameo=cameo,
            qid=qid,
            affiliation=affiliation,
        )

    def _compose(
        self,
        text: str,
        tokens: list[Token],
        keys: list[str],
        reading: Reading,
        day: dt.date,
        context: str,
        article: str,
    ) -> Actor | None:
        """The actor the names and agent phrases of a mention make together."""
        g = self.gazetteer
        names, agents = reading.names, reading.agents
        unresolved_name = False
        owner: Actor | None = None
        owner_sector: str | None = None
        owner_is_place = False
        owner_key = ""
        person: Person | None = None
        person_end = 0
        sponsored = False
        surnames: set[int] = set()
        if relation_head(tokens, keys):
            return None  # "the Bolivian president's main backers": the possessor's partners, not it
        for span in names:
            entry = span.entry
            if span.ambiguous is not None:
                if span.start > 0 and (
                    tokens[span.start - 1].possessive
                    or keys[span.start - 1] in POSSESSIVE_WORDS
                    or (keys[span.start] in RELATIONS and ends_at(reading, span.start))
                ):
                    continue  # "Assad's allies", "its allies", "US allies": someone's partners, not NATO
                entry = self._read_ambiguous(span.ambiguous, context, article)
                if entry is None:
                    unresolved_name = True
                    continue
            assert entry is not None
            if sponsor_position(keys, span.start, span.end):
                sponsored = True  # "pro-Russia rebels", "Iran-backed militias": not the actor
                continue
            if entry.person:
                if relation_after(keys, span.end):
                    sponsored = True  # "Assad's allies" are not Assad
                    continue
                if (
                    person is None
                    and tokens[span.end - 1].possessive
                    and any(a.start >= span.end for a in agents)
                ):
                    # "Erdoğan's spokesman", "(Jim Dalton,) Trump's Syria envoy": someone serving the
                    # person, for the person's country; names after the possessive are the brief.
                    return self._serving(g.person(entry.target), day, keys, agents, span.end)
                if entry.surname and other_first_name(tokens, span.start, reading, g.common_words):
                    surnames.add(span.start)
                    continue  # "Mustafa Barzani" is not Masoud Barzani
                if (
                    span.end - span.start == 1
                    and entry.rank <= RANK_DICT
                    and given_name(tokens, keys, span.start, reading, g.common_words, surnames)
                ):
                    surnames.add(span.start)
                    continue  # "Mohammed Hassan" is not the dictionary's one-word Prince Hassan
                if person is None:
                    person, person_end = g.person(entry.target), span.end
                continue
            found = g.actor(entry.target)
            if (
                found is not None
                and relation_after(keys, span.end)
                and (tokens[span.end - 1].possessive or found.kind == "country")
            ):
                sponsored = True  # "Iran's proxies", "US allies"; "NATO allies" are NATO's
                continue
            previous = tokens[span.start - 1].key if span.start > 0 else ""
            if (
                entry.place
                and span.end < len(keys)
                and all(k in DIRECTIONS for k in keys[span.start : span.end])
            ):
                continue  # "north-west Syria": the compass words describe the name after them
            if (
                weak(entry)
                and span.end - span.start == 1
                and given_name(tokens, keys, span.start, reading, g.common_words, surnames)
            ):
                surnames.add(span.start)
                continue  # "Feliciano Valencia", "Mustafa Bali", "Martin Mubanga": a person's name
            if entry.place and span.end - span.start == 1 and keys[span.start] in ORG_HEADS | QUANTIFIERS:
                continue  # "the Union of Medical Care": no town called Union; "Most Danes": no town Most
            if owner is not None:
                if owner.kind == "country" and found is not None and found.kind == "group":
                    # "the Syrian Kurdish YPG militia": the group named is the actor, not its country.
                    owner, owner_sector, owner_is_place = found, entry.sector, False
                    continue
                # A generic institution the dictionary files under one country ("Defense
                # Department") reads as an agent phrase of the owner already named.
                as_agent = agent_at(self.gazetteer, keys, span.start)
                if as_agent is not None and as_agent.end == span.end:
                    agents = sorted([*agents, as_agent], key=lambda a: a.start)
                continue
            if previous in _NOT_OWNER_AFTER and span.start > 0:
                continue
            if previous in IN_PLACE and any(a.end < span.start and a.sectors[0] == "MIL" for a in agents):
                continue  # "troops in Syria": where they are, not whose ("farmers in Ghana" are Ghana's)
            if found is not None:
                owner, owner_sector, owner_is_place = found, entry.sector, entry.place
                owner_key = " ".join(keys[span.start : span.end])
                if span.end < len(keys) and keys[span.end] in _LOCATIVE_AFTER:
                    owner_sector = None  # "Moscow-based analysts": the city as a place, not a seat
                if entry.place and span.end < len(keys) and keys[span.end] in PLACE_HEADS:
                    owner_sector, owner_is_place = None, True  # "Damascus airport": a place
                if previous in DIRECTIONS and entry.place:
                    owner_sector, owner_is_place = None, True  # "east London": a part of the city
        # The head agent: the last one, unless it is generic and follows a more telling one.
        sector: str | None = None
        former = False
        telling = [a for a in agents if a.sectors[0] != "ELI"]
        former = len(telling) != len(agents)
        if owner_sector is not None or len(telling) > 1:
            telling = [a for a in telling if a.sectors[0] != "UNK"] or telling
        if telling:
            head: Span | None = telling[-1]
            assert head is not None
            generic = not _GENERIC_HEADS.isdisjoint(keys[head.start : head.end])
            if (generic or head.sectors[0] == "CVL") and len(telling) > 1:
                head = telling[-2]  # "opposition leader", "displaced families"
            elif generic and (
                owner_sector is not None or (owner is not None and owner.sector in _OWN_SECTOR)
            ):
                head = None  # "Pentagon officials": the seat's own sector; "an SDF leader": the SDF
            if head is not None and not (head.sectors[0] == "UNK" and owner_sector is not None):
                sector = head.sectors[0]
        if sector == "JNK":
            return None
        if sector == "MIL" and free_army(tokens):
            sector = "REB"  # "the Free Syria Army", "Free Libyan Army": rebels, not the state's army
        # People: a known one, or a capitalised name after a title or an owner.
        if person is not None:
            government = self._person_government(person, day, keys, agents, person_end)
            if government is not None:
                return government  # "the Trudeau government", "Erdoğan's administration"
            if owner is not None and owner.kind != "country" and accredited(keys, agents):
                owner = None  # "UN ambassador Vassily Nebenzia" speaks for his country
            country = owner.country if owner is not None and owner.kind == "country" else None
            actor = self._person_actor(person, day, sector=sector, country=country, former=former)
            if owner is not None and owner.kind != "country" and sector is not None:
                # "EU commissioner Neven Mimica": the title's organisation, not the home country.
                return self._make_person(person.id, person.label, owner.country, sector, owner, person.qid)
            return actor
        name = None
        if len(tokens) > 1 and tokens[-1].capital and tokens[-2].capital:
            used = [False] * len(tokens)
            for span in (*names, *agents):
                if span.start not in surnames or span.entry is None:
                    used[span.start : span.end] = [True] * (span.end - span.start)
            name = trailing_name(text, tokens, used)
        if name and owner is not None and owner.kind != "country" and accredited(keys, agents):
            owner = None  # "UN ambassador Olof Skoog": accredited to the UN, not its official
        if name and (owner is not None or agents):
            country = owner.country if owner is not None else None
            owner_obj = None if owner is not None and owner.kind == "country" else owner
            if former:
                sector = "ELI"
            return self._make_person(slugify(name), name, country, sector or owner_sector, owner_obj)
        if owner is None:
            if sponsored:
                return None  # the sponsor is no owner: the context's country may be (``_resolve``)
            if unresolved_name:
                return unresolved_actor(text)
            if former and not telling:
                sector = "ELI"
            if sector not in (None, "NON", "UNK") and only_agents_and_fillers(tokens, reading):
                assert sector is not None
                return no_country_sector(sector)
            return None
        if (
            owner.kind == "country"
            and not agents
            and not demonym(owner_key, owner.label)
            and unexplained(tokens, reading, g.common_words)
        ):
            return unresolved_actor(text)  # "UNA-UK", "Syria Solidarity UK": an unknown body's name
        if former and sector is None:
            sector = "ELI"
        if sector in ("UNK", "NON"):
            sector = None  # "other NATO members": the owner itself
        sector = (
            sector
            or owner_sector
            or ("CVL" if owner_is_place and len(names) == 1 and not names_sector(agents) else None)
        )
        if sector is None:
            return owner
        if owner.kind == "country" or owner.kind == "sector":
            same = owner.kind == "country" and owner.country == owner.id
            country_actor = owner if same or not owner.country else g.actor(owner.country)
            return self._sector_of(country_actor or owner, sector)
        if owner.sector == sector:
            return owner
        return self._sector_of(owner, sector)
