"""Actors stage: resolve the mentions of one article, remembering the people it has met."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from kg.actors.gazetteer import RANK_DICT, Gazetteer
from kg.actors.modifiers import DIRECTIONS, HONORIFICS, ORG_HEADS
from kg.actors.name_pairs import capitalised_before
from kg.actors.names import slugify, tokenize
from kg.datamodel import Actor

if TYPE_CHECKING:
    from kg.actors.resolve import Resolver

__all__ = ["ArticleResolver", "resolve_actors"]

_HONORIFICS = HONORIFICS


class ArticleResolver:
    """Resolves names within one article, remembering the people it has met.

    A person named in full ("US Deputy Secretary of State Wendy Sherman") is found again when the
    article later says "Sherman" or "Ms Sherman"; the article text settles ambiguous names
    ("the alliance" is NATO where NATO is in play).

    Examples:
        >>> from kg.actors import Resolver
        >>> r = Resolver().scoped("Talks in Geneva.")
        >>> r.resolve("Lemaire") is None
        True
        >>> r.resolve("Ruritanian Deputy Minister Anna Lemaire").id
        'anna-lemaire'
        >>> r.resolve("Ms Lemaire").sector
        'GOV'
    """

    def __init__(self, base: Resolver, text: str = "") -> None:
        self.base = base
        self.text = text
        self._people: dict[str, Actor] = {}
        self._regime: Actor | None | bool = False  # False: not read yet
        self._surnames: dict[str, bool] = {}

    @property
    def gazetteer(self) -> Gazetteer:
        return self.base.gazetteer

    def _weak_name(self, key: str) -> bool:
        """Whether a one-word name is only a place or a dictionary alias (not a country's name or a
        curated one), so that a person of the article with that surname comes first."""
        entry = self.base.gazetteer.lookup(key)
        return entry is None or entry.rank <= RANK_DICT

    def _first_name_before(self, word: str) -> bool:
        """Whether the article writes ``word`` after a capitalised word no table knows (a first
        name: "Tariq Rabbah"), so that alone it is that person's surname."""
        found = self._surnames.get(word)
        if found is None:
            g = self.base.gazetteer
            found = self._surnames[word] = any(
                first not in g.common_words
                and first not in _NOT_FIRST_NAMES
                and first not in DIRECTIONS
                and g.lookup(first) is None
                for first in map(str.lower, capitalised_before(self.text, word))
            )
        return found

    def named_regime(self, date: dt.date | None = None) -> Actor | None:
        """The government the article calls a regime by name ("the Assad regime", "the Syrian
        regime", "the regime of Kim Jong-un"), if it names exactly one country's; read once.

        Examples:
            >>> from kg.actors import Resolver
            >>> Resolver().scoped("The Lukashenko regime jailed them. The regime lied.").named_regime().id
            'BLRGOV'
            >>> Resolver().scoped("The regime denied it.").named_regime() is None
            True
        """
        if self._regime is not False:
            return self._regime if isinstance(self._regime, Actor) else None
        if "regime" not in self.text:
            self._regime = None  # no regime named (the pattern's word is not there): no search
            return None
        countries: dict[str, Actor] = {}
        for m in _REGIME.finditer(self.text):
            words = (m.group(1) or m.group(2) or "").split()
            while words and words[0].lower() in ("the", "a", "an", "and", "of"):
                words = words[1:]
            if not words:
                continue
            found = self.base.resolve(" ".join(words) + " regime", date=date)
            if found is not None and found.country and found.sector == "GOV":
                countries[found.country] = found
        self._regime = next(iter(countries.values())) if len(countries) == 1 else None
        return self._regime

    def scoped(self, text: str = "") -> ArticleResolver:
        return ArticleResolver(self.base, text)

    def resolve(
        self,
        text: str,
        *,
        date: dt.date | None = None,
        context: str | None = None,
        allow_unresolved: bool = False,
    ) -> Actor | None:
        words = _mention_words(text)
        if words == ("regime",):
            regime = self.named_regime(date)
            if regime is not None:
                return regime  # "the regime": the one government the article calls a regime
        known = None
        if words and self._people:
            known = self._people.get(" ".join(words))
            if known is None and len(words) == 1:
                known = self._people.get(words[-1])
        actor = self.base.resolve(
            text, date=date, context=context, allow_unresolved=allow_unresolved, article=self.text
        )
        if known is not None and (
            actor is None
            or not actor.resolved
            or (actor.kind == "person" and actor.id != known.id and len(words) == 1)
            # "Hahn" after "EU commissioner Johannes Hahn": the article's titled reading.
            or (actor.kind == "person" and actor.id == known.id and len(words) <= 2)
            # "Bali said" after "spokesman Mustafa Bali": the person, not the island.
            or (len(words) == 1 and actor.kind != "person" and self._weak_name(words[0]))
        ):
            return known
        if (
            actor is not None
            and actor.kind != "person"
            and len(words) == 1
            and self._weak_name(words[0])
            and self._first_name_before(text.strip())
        ):
            # "Rabbah said" after "Tariq Rabbah": someone's surname, not the Jordanian town.
            from kg.actors.compose import unresolved_actor

            return unresolved_actor(text) if allow_unresolved else None
        if actor is not None and not actor.resolved and _person_like(text):
            # "Mohammed Hassan", then "Hassan said": the same unknown person, not a namesake.
            self._people.setdefault(words[-1], actor)
        if actor is not None and actor.kind == "person":
            # A titled mention ("EU commissioner Johannes Hahn") says more than a bare name.
            for key in _person_keys(actor.label):
                if len(words) > 2 or key not in self._people:
                    self._people[key] = actor
        return actor


@functools.lru_cache(maxsize=65536)
def _mention_words(text: str) -> tuple[str, ...]:
    """The folded words of a mention without honorifics (read once per mention text)."""
    return tuple(t.key for t in tokenize(text) if t.key not in _HONORIFICS)


@functools.lru_cache(maxsize=65536)
def _person_keys(label: str) -> tuple[str, str]:
    """The keys a person is found again by: the last word of their slug, and their folded words.

    Examples:
        >>> _person_keys("Jean-Yves Le Drian")
        ('drian', 'jean yves le drian')
    """
    return slugify(label).split("-")[-1], " ".join(t.key for t in tokenize(label))


#: Capitalised words before a place's name that are no first name ("In Aleppo", "Tel Abyad").
_NOT_FIRST_NAMES = frozenset(
    {"in", "on", "at", "from", "to", "for", "the", "a", "an", "around", "near", "outside", "inside",
     "across", "of", "by", "with", "and", "but", "as", "after", "before", "since", "until", "while",
     "when", "where", "into", "over", "under", "through", "throughout", "via", "like", "both", "about",
     "against", "towards", "toward", "beyond", "within", "without", "between", "among", "amid",
     "during", "if", "so", "then", "this", "that", "its", "their", "his", "her", "our", "all", "some",
     "many", "most", "every", "each", "no", "not", "only", "even", "also", "despite", "tel", "ras",
     "deir", "al", "el", "bab", "jabal", "jebel", "wadi", "ain", "abu", "port", "fort", "saint", "st",
     "mount", "lake", "cape", "greater", "old", "new", "little", "great", "city", "province"}
)  # fmt: skip
_REGIME = re.compile(r"((?:[A-Z][\w’'-]*\s+){1,3})regime\b|\bregime\s+of\s+((?:[A-Z][\w’'-]*\s*){1,3})")


def _person_like(text: str) -> bool:
    """Whether an unknown name looks like a person's: two to four capitalised words, none of them
    an organisation's last word.

    Examples:
        >>> _person_like("Mohammed Hassan"), _person_like("the Syrian Nonviolence Movement")
        (True, False)
    """
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    if not all(w[:1].isupper() or w.lower().startswith("al-") for w in words):
        return False
    return not any(t.key in ORG_HEADS for t in tokenize(text))


def resolve_actors(
    names: list[str] | tuple[str, ...],
    *,
    date: dt.date | None = None,
    resolver: Resolver | None = None,
    allow_unresolved: bool = False,
) -> list[Actor | None]:
    """Resolve several names at once, in one scope (a later surname finds an earlier person).

    Examples:
        >>> [a.id if a else None for a in resolve_actors(["NATO", "the weather"])]
        ['NATO', None]
    """
    if resolver is None:
        from kg.actors.resolve import Resolver

        resolver = Resolver()
    r = resolver.scoped(" ".join(names))
    return [r.resolve(n, date=date, allow_unresolved=allow_unresolved) for n in names]
