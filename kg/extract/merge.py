"""Extract stage: confidence from the evidence used, and one event per act however often it is reported."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.datamodel import Event

__all__ = ["MIN_CONFIDENCE", "confidence", "merge_events"]

#: Events below this confidence are held back by default. A condition, a guess or a question costs
#: enough to fall below it (unless the article repeats the event): in judged samples of ``kg extract``
#: over ../shared/corpus such events were right about a third of the time, against three in four for
#: the rest, and no development gold event needed one. ``extract_events(..., min_confidence=0)``
#: (``kg extract --min-confidence 0``) keeps them all.
MIN_CONFIDENCE = 0.4

#: What each way of finding an actor costs in confidence.
_SOURCE_COST = {
    "name": 0.0,
    "apposition": 0.0,
    "nested": 0.1,
    "description": 0.1,
    "pronoun": 0.12,
    "speaker": 0.08,
    "implicit": 0.3,
}
_TARGET_COST = {**_SOURCE_COST, "place": 0.15, "implicit": 0.25, "reactive": 0.15, "alternative": 0.1}
#: What the text's own doubt costs: a condition, a guess or a question is no report of an act.
_MODALITY_COST = {"hypothetical": 0.5, "questioned": 0.5}


def confidence(
    *,
    source_how: str,
    target_how: str | None,
    target_via: str,
    from_pattern: bool,
    kind: str,
    code: str,
    modality: str = "asserted",
    doubt: float = 0.0,
) -> float:
    """A score in [0.05, 0.95] from how the event's parts were found.

    Direct objects and named actors score highest; pronouns, descriptions, nested and implicit
    actors, prepositional and complement attachments, noun-named events and bare root-level codes
    cost something each; so do conditions, guesses and questions (``modality``), and ``doubt``: what
    a kind of event that is mostly wrong costs (an event with no target whose counterpart is elsewhere).

    Examples:
        >>> confidence(source_how="name", target_how="name", target_via="dobj", from_pattern=True,
        ...            kind="verb", code="163")
        0.85
        >>> confidence(source_how="pronoun", target_how="implicit", target_via="", from_pattern=False,
        ...            kind="verb", code="130")
        0.43
        >>> confidence(source_how="name", target_how="name", target_via="dobj", from_pattern=True,
        ...            kind="verb", code="163", modality="hypothetical")
        0.35
        >>> confidence(source_how="name", target_how=None, target_via="", from_pattern=False,
        ...            kind="verb", code="030", doubt=0.5)
        0.2
    """
    score = 0.8
    score -= _SOURCE_COST.get(source_how, 0.1)
    if target_how is None:
        score -= 0.1
    else:
        score -= _TARGET_COST.get(target_how, 0.1)
    if target_via.startswith(("prep", "xcomp", "relcl")):
        score -= 0.05
    if from_pattern:
        score += 0.05
    if kind == "noun":
        score -= 0.05
    if code == "010":
        score -= 0.1  # a statement about someone says little about what happened
    score -= _MODALITY_COST.get(modality, 0.0) + doubt
    return round(min(0.95, max(0.05, score)), 3)


def merge_events(events: Iterable[Event]) -> Iterator[Event]:
    """One event per (source, target, code, negation, modality) in an article, with every mention.

    The first mention stays first; confidence grows by 0.05 per further mention (at most 0.95).
    """
    merged: dict[tuple[str, str | None, str, bool, str], Event] = {}
    for event in events:
        key = (
            event.source.actor.id,
            event.target.actor.id if event.target else None,
            event.action.cameo,
            event.negated,
            event.modality,
        )
        old = merged.get(key)
        if old is None:
            merged[key] = event
            continue
        if any(m.char_start == event.mention.char_start for m in old.mentions):
            continue
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
            place=old.place or event.place,
        )
    yield from merged.values()
