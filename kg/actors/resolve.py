"""Actors stage: resolve an actor mention ("Russian troops", "the Kremlin", "FM Lavrov") to a canonical Actor.

A mention is read as words: names the index knows (countries, places, organisations, groups, people),
agent words that give a sector ("troops", "foreign minister"), and a trailing personal name. The
first owner named (a country or organisation) owns the mention, the head agent word gives the
sector, a title before a name makes a person with that role; a known person's role comes from the
date. Ambiguous names are read from the context, and stay unresolved when it does not decide.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import NamedTuple

from kg.actors.cache import load_gazetteer
from kg.actors.context import decide
from kg.actors.gazetteer import RANK_DICT, Gazetteer, NameEntry
from kg.actors.modifiers import (
    DIRECTIONS,
    HONORIFICS,
    ORG_HEADS,
    PERSON_GOVERNMENT,
    PLACE_HEADS,
    RELATIONS,
    SPONSOR_AFTER,
    SPONSOR_BEFORE,
    TITLES_TO,
    relation_after,
    sponsor_position,
)
from kg.actors.names import Token, slugify, tokenize
from kg.actors.people import AS_OF, Person
from kg.actors.peoples import stateless_actor
from kg.actors.sectors import SECTORS, cameo_sector, sector_actor
from kg.datamodel import Actor

__all__ = ["ArticleResolver", "Resolver", "resolve_actors", "unresolved_actor"]

# ArticleResolver and resolve_actors live in kg.actors.article (imported at the end, re-exported).

_PRONOUNS = frozenset(
    {
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "this",
        "that",
        "these",
        "those",
    }
)
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
# Words before a name that make it where something happens.
_IN_PLACE = frozenset({"in", "inside", "across", "throughout", "within", "over", "into", "eastern", "western",
                       "northern", "southern", "central", "north", "south", "east", "west"})  # fmt: skip
# Possessive pronouns: "its allies" are someone's partners.
_POSSESSIVE_WORDS = frozenset({"its", "our", "their", "his", "her", "your", "my", "whose"})
# Words after which a seat of power is only a place.
_LOCATIVE_AFTER = frozenset({"based", "born", "headquartered"})
# An organisation's own sector, which a generic head keeps ("an SDF leader", "Labour officials").
_OWN_SECTOR = frozenset({"PTY", "REB", "UAF", "NGO", "OPP", "PRM"})
_QUANTIFIERS = frozenset(
    {"some", "several", "many", "few", "two", "three", "four", "five", "dozens", "hundreds", "thousands",
     "all", "most", "other", "ordinary", "local", "senior", "top", "largest", "biggest", "of", "group",
     "members", "member"}
)  # fmt: skip


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


def _no_country_sector(sector: str) -> Actor:
    """A sector with no country: "officials" → ``---GOV`` (CAMEO's no-country code)."""
    code = f"---{sector}"
    return Actor(
        id=code,
        label=SECTORS.get(sector, sector.lower()),
        kind="sector",
        sector=sector,
        cameo=f"---{cameo_sector(sector)}",
    )


class _Memo(Enum):
    """Marks in the resolver's memo: not there yet, or an answer that depends on the day or context."""

    MISS = 0
    BY_DAY = 1
    BY_CONTEXT = 2


#: Names the memo holds before it starts afresh (bounds memory on an endless corpus).
_MEMO_MAX = 200_000


class _Span(NamedTuple):
    start: int
    end: int
    entry: NameEntry | None = None
    sectors: tuple[str, ...] = ()
    ambiguous: str | None = None


class _Reading(NamedTuple):
    """The names and agent phrases of a mention, in order, and what they depend on beside its words."""

    names: list[_Span]
    agents: list[_Span]
    depends: _Memo | None


class Resolver:
    """Resolves names to canonical actors with kg's index (an ``ActorResolver``).

    Args:
        gazetteer: the index; by default kg's own, read from the cache.
        actors_file: a user TSV of extra or overriding actors (see ``kg.actors.userfile``).

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
        >>> r.resolve("the Ruritanian Liberation Front", allow_unresolved=True).resolved
        False
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, actors_file: str | None = None) -> None:
        if actors_file is not None:
            from kg.actors.userfile import apply_user_file

            base = gazetteer if gazetteer is not None else load_gazetteer()
            gazetteer = apply_user_file(base, actors_file)
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()
        self._sector_memo: dict[tuple[str, str], Actor] = {}
        # Resolved names: (text, allow_unresolved) → actor, or BY_DAY (then (text, allow_unresolved,
        # day) → actor), or BY_CONTEXT (an ambiguous name: never kept, the sentence decides).
        self._memo: dict[tuple[str, bool], Actor | None | _Memo] = {}
        self._memo_day: dict[tuple[str, bool, dt.date], Actor | None] = {}
        self._memo_of = self.gazetteer
        self._memo_version = self.gazetteer.version
        self._hits = self._misses = 0

    def _sector_of(self, owner: Actor, sector: str) -> Actor:
        key = (owner.id, sector)
        found = self._sector_memo.get(key)
        if found is None:
            found = self._sector_memo[key] = sector_actor(owner, sector)
        return found

    def scoped(self, text: str = "") -> ArticleResolver:
        """A resolver with memory for one article (people found again by surname; context for ambiguity)."""
        return ArticleResolver(self, text)

    # --- public ---------------------------------------------------------------------------------
    def resolve(
        self,
        text: str,
        *,
        date: dt.date | None = None,
        context: str | None = None,
        allow_unresolved: bool = False,
        article: str = "",
    ) -> Actor | None:
        """The canonical actor named by ``text``.

        Args:
            text: the mention (a noun phrase).
            date: the article's date: picks a person's role. Without one, people are read as of
                the day kg's people table describes (``kg.actors.people.AS_OF``): the office of who
                holds one, the latest office (as a former official, ``ELI``) of who has left; a
                surname alone then finds only people in office on that day.
            context: the sentence of the mention, read to settle ambiguous names.
            allow_unresolved: give an unresolved actor (``resolved=False``) for a name or group kg
                does not know, instead of None.
            article: the whole article text, also read for ambiguous names.

        Returns:
            The actor; None when ``text`` names no actor (or an unknown one, unless ``allow_unresolved``).

        Answers are remembered per mention text (and per day when a person's role is read), so a
        name met again costs a dict lookup; a name whose reading depends on its sentence (an
        ambiguous one) is worked out every time. The memo is forgotten when the index changes.
        """
        g = self.gazetteer
        if g is not self._memo_of or g.version != self._memo_version:
            self.clear_memo()
        day = date or AS_OF
        key = (text, allow_unresolved)
        found = self._memo.get(key, _Memo.MISS)
        if found is _Memo.BY_DAY:
            found = self._memo_day.get((text, allow_unresolved, day), _Memo.MISS)
        if not isinstance(found, _Memo):
            self._hits += 1
            return found
        self._misses += 1
        actor, depends = self._resolve(text, day, context or "", article, allow_unresolved)
        if len(self._memo) >= _MEMO_MAX or len(self._memo_day) >= _MEMO_MAX:
            self.clear_memo()
        if depends is _Memo.BY_CONTEXT:
            self._memo[key] = depends
        elif depends is _Memo.BY_DAY:
            self._memo[key] = depends
            self._memo_day[(text, allow_unresolved, day)] = actor
        else:
            self._memo[key] = actor
        return actor

    def clear_memo(self) -> None:
        """Forget the names resolved so far (done by itself when the index changes)."""
        self._sector_memo.clear()
        self._memo.clear()
        self._memo_day.clear()
        self._memo_of = self.gazetteer
        self._memo_version = self.gazetteer.version

    def memo_stats(self) -> tuple[int, int]:
        """(hits, misses) of the memo of resolved names since the resolver was made."""
        return self._hits, self._misses

    def _resolve(
        self, text: str, day: dt.date, context: str, article: str, allow_unresolved: bool
    ) -> tuple[Actor | None, _Memo | None]:
        """``resolve`` without the memo; also says what the answer depends on beside the text."""
        tokens = tokenize(text)
        if not tokens or (len(tokens) == 1 and tokens[0].key in _PRONOUNS and not tokens[0].upper):
            return None, None
        keys = [t.key for t in tokens]
        reading = self._spans(tokens, keys, day)
        found = self._compose(text, tokens, keys, reading, day, context, article)
        depends = reading.depends
        if found is None and _sponsored(keys):
            # "pro-Russia rebels": the sponsor is not the actor; the country the sentence gives is.
            found = self._sponsored_actor(tokens, keys, reading, day, context)
            depends = _Memo.BY_CONTEXT
        if found is None and allow_unresolved and self._maybe_name(tokens):
            found = unresolved_actor(text)
        if found is not None:
            found = stateless_actor(keys, found, self.gazetteer.actor)
        return found, depends

    def _maybe_name(self, tokens: list[Token]) -> bool:
        """Whether unknown words may be a name: some capitalised word that is not just a sentence's
        first word ("Sources close to the ministry", "Analysts" are ordinary words)."""
        capitals = [i for i, t in enumerate(tokens) if t.capital]
        if not capitals:
            return False
        if capitals != [0]:
            return True
        return len(tokens) == 1 and tokens[0].key not in self.gazetteer.common_words

    def _sponsored_actor(
        self, tokens: list[Token], keys: list[str], reading: _Reading, day: dt.date, context: str
    ) -> Actor | None:
        """The actor of a mention whose only names are sponsors or causes ("Iran-backed militias"):
        its head agent of the one country the sentence names beside the sponsoring countries, else
        of none (or unresolved, when it has words no table explains)."""
        # A sponsoring country is not the actor's ("Iran-backed militias" in Syria are not Iran's);
        # a sponsoring leader's or government's may be ("pro-Assad", "pro-Kremlin" forces).
        sponsors = {
            s.entry.target
            for s in reading.names
            if s.entry is not None and not s.entry.person and not s.entry.sector
        }
        country = self._context_country(context, day, sponsors) if context else None
        telling = [a for a in reading.agents if a.sectors[0] not in ("ELI", "UNK")]
        if not telling:
            # The head may be inside the sponsor's name ("pro-Assad forces": "Assad forces").
            ends = (self._agent_at(keys, i) for i in range(1, len(keys)))
            telling = [a for a in ends if a is not None and a.end == len(keys) and a.sectors[0] != "UNK"]
        if not telling:
            return None
        sector = telling[-1].sectors[0]
        if country is None:
            return _no_country_sector(sector) if _only_agents_and_fillers(tokens, reading) else None
        return self._sector_of(country, sector)

    def _context_country(self, context: str, day: dt.date, exclude: set[str]) -> Actor | None:
        """The one country (by its name, a city or a seat) a sentence names as a place ("in Syria",
        "across eastern Ukraine") beside ``exclude``."""
        tokens = tokenize(context)
        if not tokens:
            return None
        found: set[str] = set()
        for span in self._spans(tokens, [t.key for t in tokens], day).names:
            entry = span.entry
            if entry is None or entry.person or entry.target in exclude:
                continue
            if span.start == 0 or tokens[span.start - 1].key not in _IN_PLACE:
                continue  # only where the sentence puts things ("in Syria"), not "British jihadists"
            if span.start > 0 and tokens[span.start - 1].key in SPONSOR_BEFORE:
                continue
            if span.end < len(tokens) and tokens[span.end].key in SPONSOR_AFTER:
                continue
            if self.gazetteer.is_country(entry.target):
                found.add(entry.target)
        if len(found) != 1:
            return None
        return self.gazetteer.actor(found.pop())

    # --- spans ----------------------------------------------------------------------------------
    def _agent_at(self, keys: list[str], i: int) -> _Span | None:
        """The longest agent phrase starting at word ``i``."""
        agents = self.gazetteer.agents
        for size in range(min(agents.longest(keys[i]), len(keys) - i), 0, -1):
            found = agents.lookup(keys[i : i + size])
            if found:
                return _Span(i, i + size, sectors=found)
        return None

    def _spans(self, tokens: list[Token], keys: list[str], day: dt.date) -> _Reading:
        """The names and agent phrases of a mention: at each word the longest one starting there.

        A name wins over an agent phrase no longer than it. Also says what the reading depends on
        beside the words: the day (a person, or a surname that counts only while its person is in
        office) or the context (an ambiguous name). This is the resolver's hot loop, hence the
        local names, the memos read in place and the spans made with ``tuple.__new__`` (a named
        tuple's own constructor is Python code).
        """
        g = self.gazetteer
        entry_of, entries, name_words, ambiguous = g.lookup, g._entry_memo, g._span, g.ambiguous
        agents = g.agents
        agent_words, agent_found = agents._longest, agents._found
        names: list[_Span] = []
        found_agents: list[_Span] = []
        depends: _Memo | None = None
        i, n = 0, len(keys)
        while i < n:
            first_key = keys[i]
            name: _Span | None = None
            last = name_words.get(first_key, 0)
            if last:
                # The runs of words from here that begin a name, longest first ("syrian national
                # army" before "syrian"); the walk stops where no name goes on.
                runs = [first_key]
                if last > 1 and i + 1 < n:
                    key, size, last = first_key, 1, min(last, n - i)
                    while size < last:
                        key = f"{key} {keys[i + size]}"
                        if key not in name_words:
                            break
                        size += 1
                        runs.append(key)
                first = tokens[i]
                for size in range(len(runs), 0, -1):
                    key = runs[size - 1]
                    if key in ambiguous:
                        if ambiguous[key].needs_capital and not first.capital:
                            continue
                        name = tuple.__new__(_Span, (i, i + size, None, (), key))
                        depends = _Memo.BY_CONTEXT
                        break
                    if size == 1 and not (first.capital or first.upper):
                        continue
                    entry = entries.get(key) or entry_of(key)
                    if entry is None:
                        continue
                    if entry.acronym and not all(t.upper for t in tokens[i : i + size]):
                        continue
                    if entry.person and depends is None:
                        depends = _Memo.BY_DAY  # a person's role, or whether they hold one, is dated
                    if entry.surname:
                        person = g.person(entry.target)
                        if person is None or not person.active_on(day):
                            continue
                    name = tuple.__new__(_Span, (i, i + size, entry, (), None))
                    break
            most = agent_words.get(first_key)
            if most is None:
                most = agents.longest(first_key)
            if most and (name is None or name.end - i < most):
                # The longest agent phrase from here, if longer than the name ("foreign ministry").
                stop = name.end - i if name is not None else 0
                for size in range(min(most, n - i), stop, -1):
                    words = keys[i : i + size]
                    sectors = agent_found.get(" ".join(words), ())
                    if sectors == ():
                        sectors = agents.lookup(words)
                    if sectors:
                        found_agents.append(tuple.__new__(_Span, (i, i + size, None, sectors, None)))
                        break
                else:
                    size = 0
                if size:
                    i += size
                    continue
            if name is None:
                i += 1
                continue
            names.append(name)
            i = name.end
        return _Reading(names, found_agents, depends)

    # --- composition ----------------------------------------------------------------------------
    def _read_ambiguous(self, key: str, context: str, article: str) -> NameEntry | None:
        reading = decide(self.gazetteer.ambiguous[key], context, article)
        if reading is None or reading.actor_id == "-" or not self.gazetteer.has_actor(reading.actor_id):
            return None
        return NameEntry(reading.actor_id, reading.sector, place=reading.place)

    def _person_government(
        self, person: Person, day: dt.date, keys: list[str], agents: list[_Span], person_end: int
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
        self, person: Person | None, day: dt.date, keys: list[str], agents: list[_Span], start: int
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
        reading: _Reading,
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
        if _relation_head(tokens, keys):
            return None  # "the Bolivian president's main backers": the possessor's partners, not it
        for span in names:
            entry = span.entry
            if span.ambiguous is not None:
                if span.start > 0 and (
                    tokens[span.start - 1].possessive
                    or keys[span.start - 1] in _POSSESSIVE_WORDS
                    or (keys[span.start] in RELATIONS and _ends_at(reading, span.start))
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
                if entry.surname and _other_first_name(tokens, span.start, reading, g.common_words):
                    surnames.add(span.start)
                    continue  # "Mustafa Barzani" is not Masoud Barzani
                if (
                    span.end - span.start == 1
                    and entry.rank <= RANK_DICT
                    and _given_name(tokens, keys, span.start, reading, g.common_words, surnames)
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
                _weak(entry)
                and span.end - span.start == 1
                and _given_name(tokens, keys, span.start, reading, g.common_words, surnames)
            ):
                surnames.add(span.start)
                continue  # "Feliciano Valencia", "Mustafa Bali", "Martin Mubanga": a person's name
            if entry.place and span.end - span.start == 1 and keys[span.start] in ORG_HEADS | _QUANTIFIERS:
                continue  # "the Union of Medical Care": no town called Union; "Most Danes": no town Most
            if owner is not None:
                if owner.kind == "country" and found is not None and found.kind == "group":
                    # "the Syrian Kurdish YPG militia": the group named is the actor, not its country.
                    owner, owner_sector, owner_is_place = found, entry.sector, False
                    continue
                # A generic institution the dictionary files under one country ("Defense
                # Department") reads as an agent phrase of the owner already named.
                as_agent = self._agent_at(keys, span.start)
                if as_agent is not None and as_agent.end == span.end:
                    agents = sorted([*agents, as_agent], key=lambda a: a.start)
                continue
            if previous in _NOT_OWNER_AFTER and span.start > 0:
                continue
            if previous in _IN_PLACE and any(a.end < span.start and a.sectors[0] == "MIL" for a in agents):
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
            head: _Span | None = telling[-1]
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
        if sector == "MIL" and _free_army(tokens):
            sector = "REB"  # "the Free Syria Army", "Free Libyan Army": rebels, not the state's army
        # People: a known one, or a capitalised name after a title or an owner.
        if person is not None:
            government = self._person_government(person, day, keys, agents, person_end)
            if government is not None:
                return government  # "the Trudeau government", "Erdoğan's administration"
            if owner is not None and owner.kind != "country" and _accredited(keys, agents):
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
            name = _trailing_name(text, tokens, used)
        if name and owner is not None and owner.kind != "country" and _accredited(keys, agents):
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
            if sector not in (None, "NON", "UNK") and _only_agents_and_fillers(tokens, reading):
                assert sector is not None
                return _no_country_sector(sector)
            return None
        if (
            owner.kind == "country"
            and not agents
            and not _demonym(owner_key, owner.label)
            and _unexplained(tokens, reading, g.common_words)
        ):
            return unresolved_actor(text)  # "UNA-UK", "Syria Solidarity UK": an unknown body's name
        if former and sector is None:
            sector = "ELI"
        if sector in ("UNK", "NON"):
            sector = None  # "other NATO members": the owner itself
        sector = (
            sector
            or owner_sector
            or ("CVL" if owner_is_place and len(names) == 1 and not _telling(agents) else None)
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


def _free_army(tokens: list[Token]) -> bool:
    """Whether a mention is named as a "Free" army: a capitalised "Free" first (after "the").

    Examples:
        >>> from kg.actors.names import tokenize
        >>> _free_army(tokenize("the Free Syria Army")), _free_army(tokenize("free Syrian troops"))
        (True, False)
    """
    words = [t for t in tokens if t.key != "the"]
    return bool(words) and words[0].key == "free" and words[0].capital


def _relation_head(tokens: list[Token], keys: list[str]) -> bool:
    """Whether the mention is someone's partners: a relation word as its head after a possessive
    ("the Syrian president's main backers", "Iran's closest allies").

    Examples:
        >>> from kg.actors.names import tokenize
        >>> t = tokenize("the Syrian president's main backers")
        >>> _relation_head(t, [x.key for x in t]), _relation_head(t[:3], [x.key for x in t[:3]])
        (True, False)
    """
    if len(keys) < 2 or keys[-1] not in RELATIONS:
        return False
    return any(t.possessive or t.key in _POSSESSIVE_WORDS for t in tokens[:-1])


def _trailing_name(text: str, tokens: list[Token], used: list[bool]) -> str | None:
    """Two or more capitalised words at the end that no table explains: a person's name."""
    tail: list[int] = []
    for i in range(len(tokens) - 1, -1, -1):
        if used[i] or not tokens[i].capital or tokens[i].upper and len(tokens[i].key) > 1:
            break
        tail.append(i)
    if len(tail) < 2 or tokens[tail[0]].key in ORG_HEADS:
        return None  # "the Syrian Nonviolence Movement" is an organisation's name, not a person's
    words = text.split()
    # Take the original spelling of the last len(tail) words.
    original = [w.strip(",;:()[]\"'“”’") for w in words][-len(tail) :]
    label = " ".join(original)
    return label if label and label[0].isupper() else None


def _given_name(
    tokens: list[Token],
    keys: list[str],
    i: int,
    reading: _Reading,
    common: frozenset[str],
    names_before: set[int],
) -> bool:
    """Whether the one-word place or alias at ``i`` is part of a person's name: after a capitalised
    word no table explains ("Mustafa Bali") or a first name ("David Davis"), or before a
    capitalised word ("Martin Mubanga", "Stafford Smith"). ``names_before``: where first names
    were found."""
    if i > 0:
        before = tokens[i - 1]
        if (i - 1) in names_before or (
            before.capital
            and before.key not in common
            and before.key not in DIRECTIONS
            and not _starts_at(reading, i - 1)
        ):
            return True
    if i + 1 < len(tokens):
        after = tokens[i + 1]
        if not after.capital or after.key in ORG_HEADS or after.key in common:
            return False
        if after.upper and len(after.key) > 2:
            return False  # "George W Bush", "George HW Bush": initials; "Paris AFP": no name
        if any(s.start <= i + 1 < s.end for s in reading.agents):
            return False
        for s in reading.names:
            if s.start <= i + 1 < s.end:
                # a surname that is itself a place or a person ("David Davis", "George Bush")
                return s.start == i + 1 and s.entry is not None and (s.entry.person or _weak(s.entry))
        return True
    return False


def _other_first_name(tokens: list[Token], i: int, reading: _Reading, common: frozenset[str]) -> bool:
    """Whether a known surname at ``i`` follows a first name no table explains: someone else's."""
    if i == 0:
        return False
    before = tokens[i - 1]
    return (
        before.capital
        and not before.upper
        and before.key not in common
        and before.key not in HONORIFICS
        and not _starts_at(reading, i - 1)
        and not any(s.start < i - 1 < s.end for s in (*reading.names, *reading.agents))
    )


def _unexplained(tokens: list[Token], reading: _Reading, common: frozenset[str]) -> bool:
    """Whether a capitalised word no name or agent phrase explains is part of the mention (not
    the first word, which a sentence may capitalise): then it names something the index lacks."""
    covered = [False] * len(tokens)
    for span in (*reading.names, *reading.agents):
        covered[span.start : span.end] = [True] * (span.end - span.start)
    return any(
        not c
        and (i > 0 or (t.upper and len(t.key) > 1))
        and (t.capital or t.upper)
        and t.key not in common
        and t.key not in DIRECTIONS
        for i, (t, c) in enumerate(zip(tokens, covered, strict=True))
    )


def _demonym(key: str, label: str) -> bool:
    """Whether a country's name is written as its people's adjective ("Syrian", not "Syria").

    Examples:
        >>> _demonym("syrian", "Syria"), _demonym("iran", "Iran"), _demonym("uk", "United Kingdom")
        (True, False, False)
    """
    return key != label.lower() and key.endswith(("an", "ish", "ese", "i", "ch", "ic"))


def _weak(entry: NameEntry) -> bool:
    """A one-word place or dictionary alias: what a person's name may also be."""
    return entry.place or entry.rank <= RANK_DICT


def _telling(agents: list[_Span]) -> bool:
    """Whether some agent phrase names a sector ("west" names none)."""
    return any(a.sectors[0] not in ("NON", "UNK") for a in agents)


def _accredited(keys: list[str], agents: list[_Span]) -> bool:
    """Whether the mention's title accredits a person to an organisation ("UN ambassador")."""
    return any(not TITLES_TO.isdisjoint(keys[a.start : a.end]) for a in agents)


def _sponsored(keys: list[str]) -> bool:
    """Whether a mention has a sponsor or cause word ("pro", "anti", "backed", ...)."""
    return any(k in SPONSOR_BEFORE or k in SPONSOR_AFTER for k in keys)


def _ends_at(reading: _Reading, i: int) -> bool:
    """Whether a name of the reading ends just before word ``i``."""
    return any(span.end == i for span in reading.names)


def _starts_at(reading: _Reading, i: int) -> bool:
    """Whether a name or agent phrase of the reading starts at word ``i``."""
    return any(span.start == i for span in (*reading.names, *reading.agents))


def _only_agents_and_fillers(tokens: list[Token], reading: _Reading) -> bool:
    """Whether every word is part of an agent phrase or a filler ("two", "several of the")."""
    covered = [False] * len(tokens)
    for span in (*reading.names, *reading.agents):
        covered[span.start : span.end] = [True] * (span.end - span.start)
    return all(
        c or t.key in _QUANTIFIERS or t.key.isdigit() or not t.capital
        for t, c in zip(tokens, covered, strict=True)
    )


from kg.actors.article import ArticleResolver, resolve_actors  # noqa: E402 (they build on Resolver)
