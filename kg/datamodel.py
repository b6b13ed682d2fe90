"""Records that flow between the stages: Article, Actor, ActorRef, Action, Mention, Event.

Every record is a frozen, slotted dataclass; stages build them and never mutate them. ``Event.to_dict``
is the JSON contract of ``kg extract`` (see README, "Event records").
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any, Literal, Protocol

__all__ = [
    "MODALITIES",
    "Action",
    "ActionCoder",
    "Actor",
    "ActorKind",
    "ActorRef",
    "ActorResolver",
    "Article",
    "Event",
    "Mention",
    "Modality",
    "stable_id",
]

ActorKind = Literal["country", "organization", "group", "person", "sector", "unresolved"]
Modality = Literal["asserted", "hypothetical", "intended", "threatened", "questioned"]
MODALITIES: tuple[str, ...] = ("asserted", "hypothetical", "intended", "threatened", "questioned")


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex digest of ``parts``: the same inputs always give the same id.

    Examples:
        >>> stable_id("a", 1) == stable_id("a", 1)
        True
        >>> len(stable_id("x"))
        16
    """
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as the pipeline sees it.

    ``text`` is the cleaned body; paragraphs (and a headline kept in the text) are separated by
    blank lines, which the NLP stage treats as hard sentence boundaries.
    """

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    #: The publication time when the input gave one, with its timezone when it was written.
    published: dt.datetime | None = None
    author: str | None = None
    #: The site or publisher name (an HTML page's ``og:site_name``, a feed's title).
    site: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-1 of the text: the key that makes re-ingesting an article a no-op."""
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "url": self.url,
            "source": self.source,
            "text": self.text,
            "published": self.published.isoformat() if self.published else None,
            "author": self.author,
            "site": self.site,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor: a country, an organisation, an armed group, a person or a sector.

    ``id`` is stable and IRI-safe once minted by ``kg.rdf``: CAMEO-style codes for countries,
    organisations and country sectors (``RUS``, ``NATO``, ``RUSGOV``), a slug for people.
    ``affiliation`` is the id of the country or organisation a person or sector belongs to;
    ``group`` is the node a country-level graph uses: that affiliation, the country, or the actor.
    """

    id: str
    label: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    cameo: str | None = None
    qid: str | None = None
    resolved: bool = True
    affiliation: str | None = None

    @property
    def group(self) -> str:
        """The organisation or country the actor belongs to, else the actor's own id.

        Examples:
            >>> Actor("RUSGOV", "Russian government", "sector", country="RUS").group
            'RUS'
            >>> Actor("jens-stoltenberg", "Jens Stoltenberg", "person", affiliation="NATO").group
            'NATO'
            >>> Actor("NATO", "NATO", "organization").group
            'NATO'
        """
        return self.affiliation or self.country or self.id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "cameo": self.cameo,
            "qid": self.qid,
            "resolved": self.resolved,
            "affiliation": self.affiliation,
        }


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it appears in one event: the canonical actor plus the words that named it."""

    actor: Actor
    text: str
    char_start: int = -1
    char_end: int = -1

    def to_dict(self) -> dict[str, Any]:
        a = self.actor
        return {
            "id": a.id,
            "label": a.label,
            "country": a.country,
            "sector": a.sector,
            "cameo": a.cameo,
            "text": self.text,
            "kind": a.kind,
            "resolved": a.resolved,
            "group": a.group,
        }


@dataclass(frozen=True, slots=True)
class Action:
    """A coded action: the verb phrase and its CAMEO/PLOVER coding."""

    verb: str
    text: str
    cameo: str
    root: str
    label: str
    plover: str | None
    quad_class: int
    goldstein: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "verb": self.verb,
            "text": self.text,
            "cameo": self.cameo,
            "root": self.root,
            "label": self.label,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in one article that reports an event."""

    article_id: str
    sentence: str
    sentence_index: int
    char_start: int
    char_end: int

    @property
    def id(self) -> str:
        return stable_id(self.article_id, self.char_start, self.char_end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "char_start": self.char_start,
            "char_end": self.char_end,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, when, according to which sentence(s).

    ``mentions`` holds at least one Mention; the first is the one the flat contract fields
    (sentence, sentence_index, char_start, char_end) describe.
    """

    event_id: str
    article_id: str
    source: ActorRef
    target: ActorRef | None
    action: Action
    date: dt.date | None
    mentions: tuple[Mention, ...]
    negated: bool = False
    modality: Modality = "asserted"
    confidence: float = 0.5
    place: str | None = None

    def __post_init__(self) -> None:
        if not self.mentions:
            raise ValueError(f"event {self.event_id} has no mention")
        if self.modality not in MODALITIES:
            raise ValueError(f"modality {self.modality!r} is not one of {MODALITIES}")

    @staticmethod
    def make_id(article_id: str, mention: Mention, source: str, target: str | None, code: str) -> str:
        """The stable id of an event first reported by ``mention``."""
        return stable_id(article_id, mention.char_start, mention.char_end, source, target, code)

    @property
    def mention(self) -> Mention:
        return self.mentions[0]

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of ``kg extract`` and ``events.jsonl``."""
        m = self.mention
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence": m.sentence,
            "sentence_index": m.sentence_index,
            "char_start": m.char_start,
            "char_end": m.char_end,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "action": self.action.to_dict(),
            "negated": self.negated,
            "modality": self.modality,
            "confidence": round(self.confidence, 3),
            "place": self.place,
            "mentions": [x.to_dict() for x in self.mentions],
        }


class ActorResolver(Protocol):
    """What extraction needs from the actor stage: text (with its sentence) to a canonical actor."""

    def resolve(self, text: str, *, date: dt.date | None = None, context: str | None = None) -> Actor | None:
        """The canonical actor named by ``text`` (``context``: its sentence), or None if no actor."""
        ...

    def scoped(self, text: str = "") -> ActorResolver:
        """A resolver with memory for one article whose full text is ``text``.

        Extraction opens one scope per article; the scope may read the text up front to settle
        ambiguous names (is NATO in play for "the alliance"? Brussels the EU or Belgium?).
        """
        ...


class ActionCoder(Protocol):
    """What extraction needs from the coding stage: a verb phrase to a coded Action."""

    def code(
        self,
        verb: str,
        *,
        particle: str | None = None,
        obj: str | None = None,
        text: str = "",
    ) -> Action | None:
        """The Action for lemma ``verb`` (with particle and object head), or None if not an event."""
        ...
