"""Extract stage: assemble coded, actor-resolved events from a parsed article."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.datamodel import (
    Action,
    ActionCoder,
    Actor,
    ActorRef,
    ActorResolver,
    Article,
    Event,
    Mention,
)
from kg.extract.clauses import Clause, verb_clauses
from kg.extract.dates import event_date
from kg.extract.modality import is_negated, modality_of
from kg.extract.spans import nested_actor_tokens, noun_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["extract_events"]

logger = logging.getLogger(__name__)


def _resolve_token(
    token: Token, resolver: ActorResolver, article: Article, *, nested: bool
) -> tuple[Actor, Span] | None:
    span = noun_phrase(token)
    context = token.sent.text
    actor = resolver.resolve(span.text, date=article.date, context=context)
    if actor is not None:
        return actor, span
    if nested:
        for inner in nested_actor_tokens(token):
            inner_span = noun_phrase(inner)
            actor = resolver.resolve(inner_span.text, date=article.date, context=context)
            if actor is not None:
                return actor, inner_span
    return None


def _ref(actor: Actor, span: Span) -> ActorRef:
    return ActorRef(actor=actor, text=span.text, char_start=span.start_char, char_end=span.end_char)


def _confidence(clause: Clause, target_nested: bool) -> float:
    score = 0.6
    if clause.object_via == "dobj":
        score += 0.2
    if target_nested or clause.object_via.startswith("xcomp"):
        score -= 0.1
    return round(min(max(score, 0.05), 0.95), 3)


def _code(clause: Clause, coder: ActionCoder, obj: Token | None) -> Action | None:
    verb = clause.verb
    aux = [c for c in verb.children if c.dep_ in ("aux", "neg", "auxpass")]
    start = min([verb.i, *(a.i for a in aux)])
    text = verb.doc[start : verb.i + 1].text
    return coder.code(
        verb.lemma_.lower(),
        particle=clause.particle,
        obj=obj.lemma_.lower() if obj is not None else None,
        text=text,
    )


def extract_events(
    doc: Doc,
    article: Article,
    *,
    resolver: ActorResolver,
    coder: ActionCoder,
) -> Iterator[Event]:
    """The events of one parsed article, one Event per (source, action, target), mentions merged.

    Args:
        doc: the article parsed by the pipeline of :func:`kg.nlp.load_nlp`.
        article: the article the Doc was made from (id and date).
        resolver: maps noun phrases to canonical actors.
        coder: maps verb phrases to coded actions.
    """
    resolver = resolver.scoped(doc.text)
    merged: dict[tuple[str, str | None, str], Event] = {}
    order: list[tuple[str, str | None, str]] = []
    for index, sentence in enumerate(doc.sents):
        for clause in verb_clauses(sentence):
            for event in _clause_events(clause, index, sentence, article, resolver, coder):
                key = (
                    event.source.actor.id,
                    event.target.actor.id if event.target else None,
                    event.action.cameo,
                )
                if key in merged:
                    old = merged[key]
                    merged[key] = Event(
                        event_id=old.event_id,
                        article_id=old.article_id,
                        source=old.source,
                        target=old.target,
                        action=old.action,
                        date=old.date,
                        mentions=old.mentions + event.mentions,
                        negated=old.negated,
                        modality=old.modality,
                        confidence=min(0.95, max(old.confidence, event.confidence) + 0.05),
                        place=old.place,
                    )
                else:
                    merged[key] = event
                    order.append(key)
    for key in order:
        yield merged[key]


def _clause_events(
    clause: Clause,
    index: int,
    sentence: Span,
    article: Article,
    resolver: ActorResolver,
    coder: ActionCoder,
) -> Iterator[Event]:
    if not clause.subjects or not clause.objects:
        return
    obj_head = clause.objects[0]
    action = _code(clause, coder, obj_head)
    if action is None:
        return
    negated = is_negated(clause.verb)
    modality = modality_of(clause.verb)
    date = event_date(sentence, article.date)
    for subject in clause.subjects:
        source = _resolve_token(subject, resolver, article, nested=False)
        if source is None:
            continue
        for obj in clause.objects:
            target = _resolve_token(obj, resolver, article, nested=True)
            if target is None:
                continue
            if target[0].group == source[0].group:
                continue
            nested = target[1].root.i != obj.i
            tokens = [source[1], target[1], sentence[clause.verb.i - sentence.start :][:1]]
            start = min(s.start_char for s in tokens)
            end = max(s.end_char for s in tokens)
            mention = Mention(
                article_id=article.id,
                sentence=sentence.text.strip(),
                sentence_index=index,
                char_start=start,
                char_end=end,
            )
            src_ref, tgt_ref = _ref(*source), _ref(*target)
            yield Event(
                event_id=Event.make_id(article.id, mention, src_ref.actor.id, tgt_ref.actor.id, action.cameo),
                article_id=article.id,
                source=src_ref,
                target=tgt_ref,
                action=action,
                date=date,
                mentions=(mention,),
                negated=negated,
                modality=modality,
                confidence=_confidence(clause, nested),
            )
