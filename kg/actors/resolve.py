"""Actors stage: resolve an actor mention ("Russian troops", "the Kremlin", "FM Lavrov") to a canonical Actor.

A mention is read as words (``kg.actors.reading``): names the index knows (countries, places,
organisations, groups, people), agent words that give a sector ("troops", "foreign minister"), and a
trailing personal name. The first owner named (a country or organisation) owns the mention, the head
agent word gives the sector, a title before a name makes a person with that role; a known person's
role comes from the date (``kg.actors.compose``). Ambiguous names are read from the context, and stay
unresolved when it does not decide. Here: the ``Resolver``, which reads, composes and remembers.
"""

from __future__ import annotations

import datetime as dt

from kg.actors.cache import load_gazetteer
from kg.actors.compose import Composer, no_country_sector, unresolved_actor
from kg.actors.gazetteer import Gazetteer
from kg.actors.modifiers import SPONSOR_AFTER, SPONSOR_BEFORE
from kg.actors.names import Token, tokenize
from kg.actors.people import AS_OF
from kg.actors.peoples import stateless_actor
from kg.actors.reading import (
    IN_PLACE,
    Memo,
    Reading,
    agent_at,
    has_sponsor,
    only_agents_and_fillers,
    read_spans,
)
from kg.datamodel import Actor

__all__ = ["ArticleResolver", "Resolver", "resolve_actors"]

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


#: Names the memo holds before it starts afresh (bounds memory on an endless corpus).
_MEMO_MAX = 200_000


class Resolver(Composer):
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
        self._memo: dict[tuple[str, bool], Actor | None | Memo] = {}
        self._memo_day: dict[tuple[str, bool, dt.date], Actor | None] = {}
        self._memo_of = self.gazetteer
        self._memo_version = self.gazetteer.version
        self._hits = self._misses = 0

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
        found = self._memo.get(key, Memo.MISS)
        if found is Memo.BY_DAY:
            found = self._memo_day.get((text, allow_unresolved, day), Memo.MISS)
        if not isinstance(found, Memo):
            self._hits += 1
            return found
        self._misses += 1
        actor, depends = self._resolve(text, day, context or "", article, allow_unresolved)
        if len(self._memo) >= _MEMO_MAX or len(self._memo_day) >= _MEMO_MAX:
            self.clear_memo()
        if depends is Memo.BY_CONTEXT:
            self._memo[key] = depends
        elif depends is Memo.BY_DAY:
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
    ) -> tuple[Actor | None, Memo | None]:
        """``resolve`` without the memo; also says what the answer depends on beside the text."""
        tokens = tokenize(text)
        if not tokens or (len(tokens) == 1 and tokens[0].key in _PRONOUNS and not tokens[0].upper):
            return None, None
        keys = [t.key for t in tokens]
        reading = read_spans(self.gazetteer, tokens, keys, day)
        found = self._compose(text, tokens, keys, reading, day, context, article)
        depends = reading.depends
        if found is None and has_sponsor(keys):
            # "pro-Russia rebels": the sponsor is not the actor; the country the sentence gives is.
            found = self._sponsored_actor(tokens, keys, reading, day, context)
            depends = Memo.BY_CONTEXT
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
        self, tokens: list[Token], keys: list[str], reading: Reading, day: dt.date, context: str
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
            ends = (agent_at(self.gazetteer, keys, i) for i in range(1, len(keys)))
            telling = [a for a in ends if a is not None and a.end == len(keys) and a.sectors[0] != "UNK"]
        if not telling:
            return None
        sector = telling[-1].sectors[0]
        if country is None:
            return no_country_sector(sector) if only_agents_and_fillers(tokens, reading) else None
        return self._sector_of(country, sector)

    def _context_country(self, context: str, day: dt.date, exclude: set[str]) -> Actor | None:
        """The one country (by its name, a city or a seat) a sentence names as a place ("in Syria",
        "across eastern Ukraine") beside ``exclude``."""
        tokens = tokenize(context)
        if not tokens:
            return None
        found: set[str] = set()
        for span in read_spans(self.gazetteer, tokens, [t.key for t in tokens], day).names:
            entry = span.entry
            if entry is None or entry.person or entry.target in exclude:
                continue
            if span.start == 0 or tokens[span.start - 1].key not in IN_PLACE:
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


from kg.actors.article import ArticleResolver, resolve_actors  # noqa: E402 (they build on Resolver)
