"""Target checks: what is no target (the press, weapons, borders, towns), sides, places, victims of force."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.coding.coder import CameoCoder
from kg.datamodel import ActionCoder, Actor
from kg.extract.coreference import ArticleMemory, Resolved, generic, is_media
from kg.extract.counterparts import noun_targets, victim_tokens
from kg.extract.drafts import Draft
from kg.extract.frames import Frame
from kg.extract.not_parties import not_party
from kg.extract.spans import PEOPLE_NOUNS, PLACE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


__all__ = [
    "BACKING",
    "FIGHT_WORDS",
    "FORCE_ROOTS",
    "PEOPLE_OF_PLACE",
    "PLACE_ENTS",
    "armed",
    "bad_target",
    "hidden_victims",
    "media_mention",
    "place_countries",
    "place_like",
    "placename",
    "political",
    "prefer_victims",
    "rulers",
    "same_side",
    "town",
]


#: Roots of the use of force: a place it hits stands for whoever holds the place.
FORCE_ROOTS = frozenset({"18", "19", "20"})


_MEDIA_WORDS = frozenset(
    {
        "newspaper",
        "paper",
        "guardian",
        "bbc",
        "reuters",
        "afp",
        "ap",
        "cnn",
        "times",
        "radio",
        "television",
        "tv",
        "agency",
        "magazine",
        "journalist",
        "reporter",
        "press",
        "channel",
        "interview",
        "observer",
        "telegraph",
        "independent",
        "facebook",
        "twitter",
        "instagram",
        "youtube",
        "telegram",
        "whatsapp",
    }
)


#: Arms fired or dropped: what "fired artillery at X" uses, never who it hits.
_WEAPON_WORDS = frozenset(
    {"artillery", "missile", "rocket", "shell", "bomb", "mortar", "weapon", "gun", "munition", "grenade"}
    | {"bullet", "round", "ordnance", "firepower", "arms"}
)


#: Roots whose target may be people of no named country or body (the victims).
_VICTIM_ROOTS = frozenset({"18", "19", "20"})


#: Verbs of fighting that politicians also use of words.
FIGHT_WORDS = frozenset(
    {"attack", "clash", "hit", "fight", "battle", "push", "target", "strike", "slam", "hammer"}
)


def political(actor: Actor) -> bool:
    """People, parties and assemblies: when they "attack" each other it is with words."""
    return actor.kind == "person" or actor.sector in ("PTY", "LEG", "OPP", "ELI")


def same_side(a: Actor, b: Actor) -> bool:
    """Two actors of one side: the same actor, or the same country or body with no distinct sectors.

    A government and its opposition are different sides (GEOGOV, GEOOPP); a country and its
    government are not.
    """
    if a.id == b.id:
        return True
    if a.group != b.group:
        return False
    if {a.sector, b.sector} in _COMMAND_CHAIN:
        return True  # "threatened to send Turkish forces": a state's own forces are its means
    return not a.sector or not b.sector or a.sector == b.sector


#: A government and its own military or police: one side (its means, not its counterpart).
_COMMAND_CHAIN = ({"GOV", "MIL"}, {"GOV", "COP"})


#: Heads of phrases that name a line between countries, not a party ("the Iraqi border").
_BORDER_WORDS = frozenset({"border", "frontier", "boundary", "borderline"})


def bad_target(r: Resolved, root: str = "") -> bool:
    """The press ("told the Guardian") is no target, nor a weapon ("fired artillery at …"); nor are
    actors of no country or body, except the victims of coercion and force ("killed 23 civilians",
    "arrested 12 people")."""
    if media_mention(r):
        return True
    if len(r.span) and r.span.root.lemma_.lower() in _WEAPON_WORDS and generic(r.actor):
        return True
    if len(r.span) and r.span.root.lemma_.lower() in _BORDER_WORDS and r.actor.kind != "person":
        return True  # "advanced towards the Iraqi border": a line on the map, not Iraq
    if len(r.span) and not_party(r, root):
        return True  # "opposed an invitation to the Kurds", "withdrew from Syria", "… and Russia urged"

    if not generic(r.actor):
        return False
    # Victims of force may be unnamed people ("killed 23 civilians"); an unnamed place is no one.
    return root not in _VICTIM_ROOTS or (len(r.span) > 0 and r.span.root.lemma_.lower() in PLACE_NOUNS)


def town(r: Resolved, root: str) -> bool:
    """A town or region named as the target of an act other than force ("disappointed that the
    fighters had not left Manbij", "threatened to push towards Rafah"): a place, not a party. Force
    used on a place hits whoever holds it, so there the place stays."""
    if root in FORCE_ROOTS or r.actor.sector != "CVL" or not len(r.span):
        return False
    if any(t.lemma_.lower() in PEOPLE_NOUNS for t in r.span):
        return False  # "Syrian civilians": people
    head = r.span.root
    if head.lemma_.lower() in PLACE_NOUNS:
        # "the town of Manbij", "Raqqa province" are named places; "Iraqi towns" the country's own.
        return any(
            (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "compound" and c.pos_ == "PROPN")
            for c in head.children
        )
    return head.pos_ == "PROPN" or head.ent_type_ in PLACE_ENTS


def media_mention(r: Resolved) -> bool:
    if is_media(r.actor):
        return True
    return any(t.lower_ in _MEDIA_WORDS for t in r.span)


def hidden_victims(frame: Frame, coder: ActionCoder) -> tuple[Token, ...]:
    """Who force hits when the clause's objects do not say: the target phrase of the event noun
    a light verb takes ("resumed its shelling of the port"), or an object the parser hung
    on a coordinated verb or a participle ("shot and injured escaping villagers")."""
    if frame.noun_code is not None and isinstance(coder, CameoCoder):
        entry = coder.noun(frame.noun_code.lemma_.lower())
        if entry is not None:
            found = noun_targets(frame.noun_code, entry.target_preps)
            if found:
                return tuple(found)
    if frame.kind == "verb":
        return tuple(victim_tokens(frame.trigger))
    return ()


def place_like(r: Resolved) -> bool:
    """An actor named by a place ("the border town of X", "Raqqa"): whoever holds it."""
    if not len(r.span) or r.actor.sector != "CVL":
        return False
    root = r.span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "the border town of X"
    return root.ent_type_ in PLACE_ENTS or root.lemma_.lower() in PLACE_NOUNS


#: Parts of a place ("hit the far north of that region").
_QUARTERS = frozenset({"north", "south", "east", "west", "centre", "center", "heart", "edge", "part"})


def placename(token: Token) -> bool:
    """A word that names a place or a part of one ("the province", "the east of it", "Hama"),
    not an idiom's noun ("in case", "in response")."""
    lemma = token.lemma_.lower()
    if token.ent_type_ in PLACE_ENTS or lemma in PLACE_NOUNS or lemma in _QUARTERS:
        return True
    return any(  # "the hills of the north"
        placename(g)
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def place_countries(trigger: Token, index: int, memory: ArticleMemory) -> list[Resolved]:
    """The country where a sentence's acts happen, as the target of force used there."""
    country = memory.place_country(index)
    if country is None:
        return []
    actor = memory.resolver.resolve(country, date=memory.date)
    if actor is None or actor.kind != "country":
        return []
    return [Resolved(actor, trigger.doc[trigger.i : trigger.i], "implicit")]


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


#: Verbs of backing: towards fighters they mean aid (07), not praise or cooperation (05).
BACKING = frozenset({"back", "support", "sponsor", "champion", "bolster", "prop", "aid", "help", "assist"})


#: Sectors of armed men outside a state's own forces.
_ARMED = frozenset({"REB", "UAF", "PRM", "INS"})


def armed(actor: Actor) -> bool:
    """Rebels, militias and armed groups (not a state's army): "the rebels", "the YPG"."""
    return actor.sector in _ARMED


_RULER_WORDS = frozenset({"government", "regime", "ruler", "leader", "president", "administration", "king"})


def rulers(target: Resolved, obj: Token | None) -> bool:
    """A government or a person governing ("the elected government of Niger"): what a coup ousts."""
    actor = target.actor
    if actor.sector in ("GOV", "ELI") or actor.kind == "person":
        return True
    return obj is not None and obj.lemma_.lower() in _RULER_WORDS


#: Sectors whose members of no named country belong to the place of the act ("killed 80 people").
PEOPLE_OF_PLACE = frozenset({"CVL", "REF", "UAF", "PRM", "REB", "OPP", "CRM"})


def _place_target(d: Draft) -> bool:
    """The target of force named by a place ("hit Idlib"), standing for whoever holds it."""
    if d.target is None or d.action.root not in FORCE_ROOTS:
        return False
    if d.target_how == "place":
        return True
    return len(d.target.span) > 0 and d.target.span.root.ent_type_ in PLACE_ENTS


def prefer_victims(drafts: list[Draft]) -> list[Draft]:
    """Force against a place gives way to the victim one sentence names for the same attacker
    ("hit Idlib …, targeting weapons stores of the jihadists": the jihadists are the target)."""
    victims = {
        (d.source.actor.group, d.target.actor.id)
        for d in drafts
        if d.target is not None and d.action.root in FORCE_ROOTS and not _place_target(d)
    }
    if not victims:
        return drafts
    return [
        d
        for d in drafts
        if not _place_target(d)
        or not any(s == d.source.actor.group and t != d.target.actor.id for s, t in victims)  # type: ignore[union-attr]
    ]
