"""Implicit and reactive targets: the counterpart an act is aimed at when the text names nobody."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.datamodel import Action, Actor
from kg.extract.appeals import ASKED
from kg.extract.coreference import DESCRIPTION_WORDS, ArticleMemory, Resolved, generic
from kg.extract.counterparts import counterpart, needs_counterpart
from kg.extract.drafts import UNKNOWN, Draft
from kg.extract.frames import Frame
from kg.extract.other_party import other_party
from kg.extract.spans import PEOPLE_NOUNS
from kg.extract.table import TokenTable, token_table
from kg.extract.target_checks import same_side
from kg.extract.targetless import aid_appeal, public_advice, targetless_ok
from kg.extract.targetless_doubts import targetless_doubt

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


__all__ = ["IMPLICIT_TARGET_ROOTS", "fill_implicit"]


#: Roots of acts that are addressed to someone: when the text names nobody, the source's usual
#: counterpart in the article is taken (appeal, intent, demand, disapprove, reject, threaten). Not
#: for meetings: "leaders met" means they met each other.
IMPLICIT_TARGET_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})


def _counterparts(drafts: list[Draft]) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for d in drafts:
        if (
            d.target is not None
            and d.target_how not in ("implicit", "reactive")
            and d.target.actor.sector not in ("CVL", "REF", "CRM")  # victims are no counterpart
        ):
            pair = (d.source.actor.group, d.target.actor.group)
            counts[pair] += 1
    return counts


def _partner(d: Draft, counts: Counter[tuple[str, str]], memory: ArticleMemory) -> Actor | None:
    """The actor the source of ``d`` deals with in the article, if it is clear and was named lately.

    The counterpart is the group the source has explicit events with most (no tie), else its rival
    when both are the article's two main actors (named three times or more each). It must have been
    named, as a party and not as a place, in the sentence or the one before it (a verbless heading
    between them does not count).
    """
    group, index, doc = d.source.actor.group, d.index, d.sentence.doc
    first = _previous_sentence(token_table(doc), index)
    scores: Counter[str] = Counter()
    for (a, b), n in counts.items():
        if a == group and b != group:
            scores[b] += n
        elif b == group and a != group:
            scores[a] += n
    if not scores:
        mentioned = Counter(m.actor.group for m in memory.history if _counterpart_kind(m.actor))
        top = mentioned.most_common(2)
        if len(top) < 2 or group not in (top[0][0], top[1][0]) or top[1][1] < 3:
            return None
        other = top[1][0] if top[0][0] == group else top[0][0]
    else:
        best = max(scores.values())
        tied = [g for g, n in scores.items() if n == best]
        if len(tied) > 1 or best < 2:
            return None  # one event is no pattern
        other = tied[0]
    candidates = [
        m.actor
        for m in memory.history
        if m.actor.group == other
        and _counterpart_kind(m.actor)
        and m.actor.sector not in ("CVL", "REF", "CRM")  # victims are no counterpart either
        and first <= m.sentence <= index
        and not _place_mention(doc[m.token])  # "in eastern Syria": a place, not a party
    ]
    for kinds in (("country", "organization", "group"), ("sector",)):
        for actor in reversed(candidates):
            if actor.kind in kinds:
                return actor
    return None


def _previous_sentence(table: TokenTable, index: int) -> int:
    """The index of the sentence before sentence ``index``, stepping back over one verbless heading
    ("Talks in Geneva" between two paragraphs); -1 before the first."""
    starts = table.sentence_starts
    before = index - 1
    if before >= 1 and before + 1 < len(starts):
        words = range(starts[before], starts[before + 1])
        if not any(table.pos[i] in ("VERB", "AUX") for i in words):
            return before - 1
    return before


def _place_mention(token: Token) -> bool:
    """A mention as where things happen: the object of "in", "inside" … or its conjunct ("in Iraq
    and Syria"); not "to" or "from", which also name parties ("appealed to Iraq")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE


_LOCATIVE = frozenset({"in", "inside", "into", "across", "near", "around", "throughout"})


def _counterpart_kind(actor: Actor) -> bool:
    """Countries, bodies, groups and sectors with a country can be counterparts; not people, media
    or actors of no country."""
    return actor.kind != "person" and not generic(actor) and actor.sector not in ("MED", "JRN")


def _may_imply(d: Draft) -> bool:
    """Implicit targets only for acts reported as happening (or intended) in a main statement, not
    for conditions and questions, acts said not to happen ("did not raise concerns"), or acts inside
    relative clauses ("where Syrians sought refuge")."""
    if d.modality in ("hypothetical", "questioned") or (d.negated and d.modality == "asserted"):
        return False
    if _fragment(d.sentence):
        return False  # "… a decision | Trump criticised.": the object is on the other side of a bad split
    t = d.frame.trigger
    while t.head.i != t.i:
        if t.dep_ in ("relcl", "acl"):
            return False
        t = t.head
    return True


#: Words that end a sentence: what comes after anything else is a piece of the same sentence.
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "’", "'", ")", ":", ";", "…"})


def _fragment(sentence: Span) -> bool:
    """Whether the parser split ``sentence`` off the middle of another (it follows a word, not the
    end of a sentence or a line): its verbs' objects may be in the piece before it."""
    if sentence.start == 0:
        return False
    before = sentence.doc[sentence.start - 1]
    return not ("\n" in before.text_with_ws or before.is_space or before.text[-1:] in _SENTENCE_ENDS)


def _refused_to_act(d: Draft) -> bool:
    """ "refused to get involved": a refusal of the source's own act, aimed at whoever asked (found
    by :func:`_asker`), not at the side it deals with most."""
    return d.action.root == "12" and d.frame.control == "refusal" and d.frame.embedded is not None


#: Roots of answers: a rejection, a pledge or a concession with no target answers whoever just asked.
_REPLY_ROOTS = frozenset({"03", "08", "12"})


_ASKING_ROOTS = frozenset({"02", "10"})


def _asker(d: Draft, earlier: list[Draft]) -> Actor | None:
    """Who asked the source for something in this or the two sentences before ("The YPG had called on
    Russia to defend them. Moscow refused.")."""
    for e in reversed(earlier):
        if d.index - e.index > 2:
            break
        if (
            e.target is not None
            and e.action.root in _ASKING_ROOTS
            and e.target.actor.group == d.source.actor.group
            and not same_side(e.source.actor, d.source.actor)
        ):
            return e.source.actor
    return None


def fill_implicit(drafts: list[Draft], memory: ArticleMemory) -> Iterator[Draft]:
    counts = _counterparts(drafts)
    for i, d in enumerate(drafts):
        if d.target is not None:
            yield d
            continue
        source_group = d.source.actor.group
        if d.frame.reactive:
            for earlier in reversed(drafts[:i]):
                if d.index - earlier.index > 2:
                    break
                if earlier.target is not None and earlier.target.actor.group == source_group:
                    yield _with_target(d, earlier.source.actor, "reactive", earlier.action)
                    break
            continue
        if d.action is UNKNOWN:
            continue
        obj = d.frame.obj.lemma_.lower() if d.frame.obj is not None else None
        if needs_counterpart(d.frame.lemma, d.action.cameo, obj=obj) and not d.negated:
            # "fighters surrendered", "put troops on alert": told only with the other side.
            other = _other_side(d, memory)
            if other is not None:
                yield _with_target(d, other, "implicit", None)
            continue
        party = other_party(d, memory) if targetless_ok(d, memory) else None
        if party is not None:
            yield replace(d, target=party, target_how=party.how)  # "pledged aid for Ghana"
            continue
        if d.action.root in _REPLY_ROOTS:
            asker = _asker(d, drafts[:i])
            if asker is not None:
                yield _with_target(d, asker, "implicit", None)  # "Moscow refused" the request before
                continue
        if d.action.root in IMPLICIT_TARGET_ROOTS:
            # A pledge needs no counterpart, an intent to meet does ("willing to talk").
            needs = d.action.root != "03" or d.action.cameo in ("036", "037", "038", "039")
            needs = needs and not aid_appeal(d) and not public_advice(d)
            needs = needs and not _refused_to_act(d)
            partner = _partner(d, counts, memory) if needs and _may_imply(d) else None
            if partner is not None and (_third_party(d, partner, memory) or _offers_target(d.frame)):
                partner = None  # someone else the act may be aimed at, named or described
            if partner is not None and not d.had_target and not same_side(partner, d.source.actor):
                yield _with_target(d, partner, "implicit", None)
            elif targetless_ok(d, memory):
                yield _doubted(d)
            continue
        if targetless_ok(d, memory):
            yield _doubted(d)


def _doubted(d: Draft) -> Draft:
    """The draft with no target, costing what its kind's record of errors says."""
    doubt = targetless_doubt(d)
    return replace(d, doubt=doubt) if doubt else d


def _other_side(d: Draft, memory: ArticleMemory) -> Actor | None:
    """The one opposing side the draft's sentence names (see :func:`counterpart`)."""
    own = frozenset(t.i for t in d.frame.sources) | frozenset(t.i for t in d.source.span)
    return counterpart(
        memory,
        d.source.actor,
        d.sentence,
        d.index,
        own_tokens=own,
        trigger=d.frame.trigger,
        same_side=same_side,
    )


def _offers_target(frame: Frame) -> bool:
    """Whether the text names who the act is aimed at, even if kg cannot resolve it ("pressing
    European forces to …", "criticised the government"): then no counterpart is implied."""
    for t in frame.targets:
        if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if t.lemma_.lower() in PEOPLE_NOUNS or t.lemma_.lower() in DESCRIPTION_WORDS:
            return True
    if frame.kind == "verb" and any(_told_to(c) for c in frame.trigger.children):
        return True  # "will not allow the exiles to vote", "… Idlib to be turned into": named
    if frame.kind == "verb" and not frame.control and frame.obj is not None and frame.obj.pos_ == "NOUN":
        # "rejected Islamic rule": what is rejected is named and is no one's demand or offer.
        return frame.obj.lemma_.lower() not in ASKED
    obj = frame.embedded_obj
    if frame.control == "threat" and obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        # "threatened to destroy all terror nests": the threatened act names what it would hit.
        return not _event_word(obj)
    return False


def _told_to(clause: Token) -> bool:
    """An infinitive clause with a subject of its own ("Syrian Kurds to attend"): who or what the
    verb lets, makes or keeps act is named there."""
    return (
        clause.dep_ in ("ccomp", "xcomp")
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "this", "that")
            for c in clause.children
        )
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _event_word(token: Token) -> bool:
    """A noun for an act or a measure rather than for someone or somewhere ("sanctions", "strikes")."""
    return token.lemma_.lower() in ("sanction", "measure", "step", "action", "strike", "attack", "tariff")


def _third_party(d: Draft, partner: Actor, memory: ArticleMemory) -> bool:
    """Whether the draft's sentence names, as a subject or object, a country, body or group other
    than the source's and the partner's ("Germany warned their return would be difficult, while
    France said …")."""
    doc = d.sentence.doc
    own = {t.i for t in d.frame.sources}
    mentions = [m for m in memory.history if m.sentence == d.index]
    allies = {m.actor.group for m in mentions if m.token in own}  # "the US and other NATO members"
    for m in mentions:
        if not _counterpart_kind(m.actor) or m.place or m.actor.group in allies:
            continue
        token = doc[m.token]
        if token.dep_ in ("dobj", "dative"):
            if token.head.i != d.frame.trigger.i:
                continue  # the object of another verb ("about joining an alliance"): a detail
        elif token.dep_ not in ("nsubj", "nsubjpass", "agent"):
            continue  # a topic ("countries like Ukraine"), not a party
        if m.actor.group not in (d.source.actor.group, partner.group):
            return True
    return False


def _with_target(d: Draft, actor: Actor, how: str, mirror: Action | None) -> Draft:
    doc = d.sentence.doc
    empty = doc[d.frame.trigger.i : d.frame.trigger.i]
    return Draft(
        frame=d.frame,
        sentence=d.sentence,
        index=d.index,
        source=d.source,
        target=Resolved(actor, empty, "implicit"),
        target_how=how,
        action=mirror if mirror is not None and d.action is UNKNOWN else d.action,
        from_pattern=d.from_pattern,
        negated=d.negated,
        modality=d.modality,
        place=d.place,
        refused=d.refused,
    )
