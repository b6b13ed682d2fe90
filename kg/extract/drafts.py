"""Drafts: an event before implicit targets are filled and mentions merged, and the Event it becomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.datamodel import Action, ActorRef, Article, Event, Mention, Modality
from kg.extract.coreference import ArticleMemory, Resolved
from kg.extract.dates import event_date
from kg.extract.frames import Frame
from kg.extract.merge import confidence

if TYPE_CHECKING:
    from spacy.tokens import Span


__all__ = ["Draft", "UNKNOWN", "event"]


#: The action of a reactive verb ("retaliated") until the act it answers is found.
UNKNOWN = Action(verb="", text="", cameo="", root="", label="", plover=None, quad_class=0, goldstein=0.0)


@dataclass(slots=True)
class Draft:
    """An event before implicit targets are filled and mentions merged."""

    frame: Frame
    sentence: Span
    index: int
    source: Resolved
    target: Resolved | None
    target_how: str | None
    action: Action
    from_pattern: bool
    negated: bool
    modality: Modality
    place: str | None = None
    had_target: bool = False
    #: A negated cooperative act coded as its refusal ("will not meet"): negated for the rules, which
    #: treat it as told in the negative, but the event reports the refusal, which is not negated.
    refused: bool = False
    extra_spans: list[Span] = field(default_factory=list)
    #: Confidence lost for being of a kind that is mostly wrong (see :mod:`kg.extract.targetless_doubts`).
    doubt: float = 0.0


def _ref(r: Resolved) -> ActorRef:
    if r.how == "implicit" or not len(r.span):
        return ActorRef(actor=r.actor, text="", char_start=-1, char_end=-1)
    return ActorRef(actor=r.actor, text=r.span.text, char_start=r.span.start_char, char_end=r.span.end_char)


def event(d: Draft, article: Article, memory: ArticleMemory) -> Event:
    spans = [d.frame.trigger.doc[d.frame.trigger.i : d.frame.trigger.i + 1]]
    for r in (d.source, d.target):
        if (
            r is not None
            and r.how != "implicit"
            and len(r.span)
            and d.sentence.start <= r.span.start < d.sentence.end
        ):
            spans.append(r.span)
    start = min(s.start_char for s in spans)
    end = max(s.end_char for s in spans)
    mention = Mention(
        article_id=article.id,
        sentence=d.sentence.text.strip(),
        sentence_index=d.index,
        char_start=start,
        char_end=end,
    )
    source = _ref(d.source)
    target = _ref(d.target) if d.target is not None else None
    return Event(
        event_id=Event.make_id(
            article.id, mention, source.actor.id, target.actor.id if target else None, d.action.cameo
        ),
        article_id=article.id,
        source=source,
        target=target,
        action=d.action,
        date=event_date(d.sentence, article.date, verb=d.frame.mood, ents=memory.ents(d.index)),
        mentions=(mention,),
        negated=d.negated and not d.refused,
        modality=d.modality,
        confidence=confidence(
            source_how=d.source.how,
            target_how=d.target_how,
            target_via=d.frame.target_via,
            from_pattern=d.from_pattern,
            kind=d.frame.kind,
            code=d.action.cameo,
            modality=d.modality,
            doubt=d.doubt,
        ),
        place=d.place,
    )
