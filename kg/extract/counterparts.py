"""Extract stage: who an act is aimed at when the clause's own objects do not say.

Force often names no victim in the clause's objects: the victim hangs from an event noun ("resumed
its shelling of the port"), from a word the parser took for a verb ("shot and injured escaping
villagers"), or the act is only placed ("jets struck in the far west of a region"): then the
place's country (or its civilians) is the target. Surrender and alerts need the other side: the
armed party the sentence (or the speaker's side) names. And some clauses only describe the people
they are about ("militias that had sided with the army now oppose it", "soldiers killed in
the war include …"): no act is reported there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kg.extract.coreference import generic, is_media
from kg.extract.descriptions import only_describes
from kg.extract.table import TokenTable, token_table

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.datamodel import Actor
    from kg.extract.coreference import ArticleMemory

__all__ = [
    "ONE_SIDED_FORCE",
    "counterpart",
    "described_in_passing",
    "needs_counterpart",
    "noun_targets",
    "taken_from",
    "victim_tokens",
]

#: Verbs of force that hit where they are used ("struck in the far west of a region"); not
#: fighting, which two sides do in a place ("fought in Syria").
ONE_SIDED_FORCE = frozenset(
    {"strike", "bomb", "bombard", "shell", "pound", "raid", "airstrike", "blitz", "strafe", "rocket"}
    | {"hit", "attack", "target", "besiege", "blockade"}
)

#: Verbs after which a clause's subject was only described: "soldiers killed in the raid include
#: two officers" (the first verb is a participle the parser read as the main verb).
_DESCRIBING = frozenset({"include", "be", "comprise", "number", "feature"})

#: Acts that are done to another side: with no one named they are only half told ("surrendered").
_SURRENDERING = frozenset({"surrender", "capitulate"})
#: CAMEO codes whose target is the side the act is aimed at (put on alert against X).
_COUNTERPART_CODES = frozenset({"152"})


def needs_counterpart(lemma: str, cameo: str, *, obj: str | None = None) -> bool:
    """Whether an act with this verb, code and object is only told with the other side named.

    Surrendering something ("surrendered a veto") gives up a thing, not a fight.

    Examples:
        >>> needs_counterpart("surrender", "0874"), needs_counterpart("retreat", "0874")
        (True, False)
        >>> needs_counterpart("place", "152"), needs_counterpart("protest", "140")
        (True, False)
        >>> needs_counterpart("surrender", "0874", obj="veto")
        False
    """
    if lemma in _SURRENDERING:
        return obj is None
    return cameo in _COUNTERPART_CODES


def _perfect_past(t: TokenTable, i: int) -> bool:
    dep, lower = t.dep, t.lower
    return any(dep[c] == "aux" and lower[c] in ("had", "'d") for c in t.children[i])


def described_in_passing(verb: Token) -> bool:
    """Whether the verb only describes the people a sentence is about, with no act reported.

    Three shapes: a relative clause in the past perfect on the subject of the main clause
    ("the militias, which had sided with the army, now fight it"); a relative clause on a noun
    with "a" or "an" whose subject is that noun, which says what kind of someone is meant ("how can
    we trust a leader who has bombed his own towns?"); and a participle the parser read as the main
    verb because a verb of being or including follows it ("volunteers killed in the war include a
    nurse"). The shapes of :func:`kg.extract.descriptions.only_describes` count too.
    """
    if only_describes(verb):
        return True
    t = token_table(verb.doc)
    heads, dep, lower, children = t.head, t.dep, t.lower, t.children
    clause = verb.i
    while (
        dep[clause] in ("xcomp", "conj")
        and heads[clause] != clause
        and t.pos[heads[clause]] in ("VERB", "AUX")
    ):
        clause = heads[clause]
    head = heads[clause]
    if dep[clause] == "relcl" and _perfect_past(t, clause) and dep[head] in ("nsubj", "nsubjpass"):
        return True
    if (
        dep[clause] == "relcl"
        and any(dep[c] == "det" and lower[c] in ("a", "an") for c in children[head])
        and any(dep[c] == "nsubj" and lower[c] in ("who", "that", "which") for c in children[clause])
    ):
        return True  # "a leader who has bombed": the noun does it; not "a summit at which X pleaded"
    if dep[clause] != "ROOT" or t.tag[clause] not in ("VBD", "VBN"):
        return False
    if any(dep[c] in ("aux", "auxpass", "dobj") for c in children[clause]):
        return False
    return any(
        dep[c] in ("conj", "dep")
        and c > clause
        and t.spacy_lemma[c] in _DESCRIBING
        and not any(dep[g] in ("nsubj", "nsubjpass") for g in children[c])
        for c in children[clause]
    )


def victim_tokens(verb: Token) -> list[Token]:
    """Objects of force the parser hung elsewhere: on the verb coordinated right after it ("shot
    and wounded the guards"), or on a participle right after either that is really an adjective
    ("injured escaping villagers": the villagers were injured). Only for a verb with no object or
    complement of its own."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative") and c.i != verb.i + 1 for c in verb.children):
        return []
    found: list[Token] = []
    for v in (verb, *(c for c in verb.children if c.dep_ == "conj" and 0 < c.i - verb.i <= 2)):
        if v.pos_ != "VERB":
            continue
        if v.i != verb.i:
            found.extend(c for c in v.children if c.dep_ == "dobj")
        for c in v.children:
            if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == v.i + 1:
                found.extend(g for g in c.children if g.dep_ == "dobj" and g.pos_ == "NOUN")
    return found


def noun_targets(noun: Token, target_preps: Sequence[str] | frozenset[str]) -> list[Token]:
    """The objects of the event noun's target prepositions ("their bombardment of the town")."""
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in target_preps
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _in_description(token: Token) -> bool:
    """Inside a relative clause or a participle on a noun ("Chile, which had annexed a province
    of Peru long ago, …"): a detail of someone, not a party to the act."""
    t = token
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        t = t.head
    return False


def counterpart(
    memory: ArticleMemory,
    source: Actor,
    sentence: Span,
    index: int,
    *,
    own_tokens: frozenset[int],
    trigger: Token | None = None,
    same_side: Callable[[Actor, Actor], bool],
) -> Actor | None:
    """The one other side a sentence names for an act that needs one (surrender, alert).

    Countries, bodies, armed groups and the sectors of a country named in the sentence, and the
    side of a person it names (the commander who reports the surrender): not places, not the
    source's own words or side, not details told in relative clauses. None unless exactly one
    side is left.
    """
    doc = sentence.doc
    sides: dict[str, Actor] = {}
    for m in memory.history:
        if m.sentence != index or m.place or m.token in own_tokens:
            continue
        if _in_description(doc[m.token]):
            continue
        actor = _side(memory, m.actor)
        if actor is None:
            continue
        if same_side(actor, source):
            continue
        best = sides.get(actor.group)
        if best is None or (best.kind != "country" and actor.kind == "country"):
            sides[actor.group] = actor
    if not sides and trigger is not None:
        for token in _reporter(trigger):
            for r in memory.resolve(token, index, nested=False):
                side = _side(memory, r.actor)
                if side is not None and not same_side(side, source):
                    sides[side.group] = side
    if len(sides) != 1:
        return None
    return next(iter(sides.values()))


def _side(memory: ArticleMemory, actor: Actor) -> Actor | None:
    """The country, body or armed group an actor stands for (a person: their affiliation)."""
    if actor.kind == "person":
        if not actor.affiliation:
            return None
        side = memory.resolver.resolve(actor.affiliation, date=memory.date)
        if side is None or side.kind == "person" or not side.resolved:
            return None
        actor = side
    if generic(actor) or is_media(actor) or actor.sector in ("MED", "JRN", "CVL", "REF"):
        return None
    return actor


def _reporter(trigger: Token) -> list[Token]:
    """The subject of the verb of saying that reports the act ("a commander said X surrendered")."""
    t = trigger
    while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "ccomp" or t.head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in t.head.children if c.dep_ == "nsubj"]


def taken_from(verb: Token, obj: Token | None) -> list[Token]:
    """Whom a place is taken from ("retook the town from Isis", "took control of it from the
    rebels"): the side that loses it, a better target than the place."""
    from kg.extract.places import prep_role

    lemma = verb.lemma_.lower()
    obj_lemma = obj.lemma_.lower() if obj is not None else None
    if prep_role(lemma, "from", obj=obj_lemma) != "target":
        return []
    heads = [verb] + ([obj] if obj is not None else [])
    return [
        g
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children
        if g.dep_ == "pobj"
    ]
