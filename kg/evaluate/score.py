"""Evaluation: score extracted events against a gold set, sentence by sentence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from kg.datamodel import Article, Event
from kg.evaluate.codes import INTERGOVERNMENTAL, NO_ACTOR, actor_key, coarse_code, sector_code
from kg.evaluate.gold import GoldEvent, GoldSet, locate_sentences
from kg.evaluate.match import Key, Score, match_sentence
from kg.evaluate.report import EvalReport, SentenceResult

__all__ = ["evaluate", "gold_key", "predicted_keys"]


def gold_key(event: GoldEvent, *, fmt: str, level: str = "coarse") -> Key:
    """The comparison key of a gold event at ``level`` (``coarse`` or ``sector``).

    Examples:
        >>> e = GoldEvent("IGOEEU", "SYRGOV", "11", None, "112")
        >>> gold_key(e, fmt="cameo"), gold_key(e, fmt="cameo", level="sector")
        (('EU', 'SYR', '11'), ('EU', 'SYRGOV', '11'))
    """
    norm = coarse_code if level == "coarse" else sector_code
    if fmt == "plover":
        return (norm(event.source), NO_ACTOR, event.category or "")
    return (norm(event.source), norm(event.target), event.root or "")


def _alternatives(ref: dict[str, Any] | None, level: str) -> list[str]:
    """An actor's key, then the key of its country for a group or body that has one.

    Gold sets code some armed groups by name (HTS, SDF) and others by country (Hamas as PSE).
    """
    keys = [actor_key(ref, level=level)]
    if ref is not None and ref.get("kind") in ("group", "organization") and ref.get("country"):
        country = str(ref["country"])
        keys.append(country + (str(ref.get("sector") or "") if level == "sector" else ""))
    return keys


def _record_keys(record: dict[str, Any], *, fmt: str, level: str) -> tuple[Key, ...]:
    """The event's comparison keys, the plain one first, then those with alternative actor keys."""
    sources = _alternatives(record["source"], level)
    if fmt == "plover":
        category = record["action"].get("plover")
        return tuple((s, NO_ACTOR, category) for s in sources) if category else ()
    targets = _alternatives(record.get("target"), level)
    root = record["action"]["root"]
    return tuple((s, t, root) for s in sources for t in targets)


def predicted_keys(event: Event, *, fmt: str, level: str = "coarse") -> Key | None:
    """The comparison key of an extracted event (None for PLOVER when the code has no category)."""
    keys = _record_keys(event.to_dict(), fmt=fmt, level=level)
    return keys[0] if keys else None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def evaluate(gold: GoldSet, results: Iterable[tuple[Article, list[Event]]]) -> EvalReport:
    """Score ``results`` (each article with its events) against ``gold``.

    For sentence sets each article is one gold sentence (same id). For whole articles (``news``)
    each mention of an event is placed in the gold sentence its characters overlap most.
    """
    fmt = gold.format
    by_id = {s.id: s for s in gold.sentences}
    predicted: dict[str, dict[str, set[tuple[Key, ...]]]] = defaultdict(
        lambda: {"coarse": set(), "sector": set()}
    )
    unlocated = unaligned = 0
    for article, events in results:
        if fmt == "news":
            sentences = sorted(
                (s for s in gold.sentences if s.article == article.id), key=lambda s: s.sent_index or 0
            )
            found = locate_sentences(article.text, [s.text for s in sentences])
            unlocated += sum(1 for f in found if f is None)
            placed = [(s, f) for s, f in zip(sentences, found, strict=True) if f is not None]
            for event in events:
                for mention in event.mentions:
                    m = (mention.char_start, mention.char_end)
                    best = max(placed, key=lambda sf: _overlap(sf[1], m), default=None)
                    if best is None or _overlap(best[1], m) == 0:
                        unaligned += 1
                        continue
                    _add(predicted[best[0].id], event, fmt)
        elif article.id in by_id:
            for event in events:
                _add(predicted[article.id], event, fmt)
    return _report(gold, predicted, unlocated=unlocated, unaligned=unaligned)


def _add(bucket: dict[str, set[tuple[Key, ...]]], event: Event, fmt: str) -> None:
    record = event.to_dict()
    for level in ("coarse", "sector"):
        keys = _record_keys(record, fmt=fmt, level=level)
        if keys:
            bucket[level].add(keys)


def _choose(candidates: set[tuple[Key, ...]], gold: set[Key]) -> set[Key]:
    """For each event the first of its keys the gold has, else its plain key."""
    return {next((k for k in keys if k in gold), keys[0]) for keys in candidates}


def _generalise(keys: set[Key], events: tuple[GoldEvent, ...]) -> set[Key]:
    """Predicted organisations as plain "IGO" where the gold codes an unnamed intergovernmental body.

    Older gold sets code the European Community, the ILO or the IAEA as ``IGO``; kg names them.
    Where a sentence's gold uses ``IGO`` and no named organisation, a named one stands for it.
    """
    gold_actors = {coarse_code(e.source) for e in events} | {coarse_code(e.target) for e in events}
    if "IGO" not in gold_actors or gold_actors & INTERGOVERNMENTAL:
        return keys

    def general(actor: str) -> str:
        return "IGO" if actor in INTERGOVERNMENTAL else actor

    return {(general(a), general(b), label) for a, b, label in keys}


def _report(
    gold: GoldSet, predicted: dict[str, dict[str, set[tuple[Key, ...]]]], *, unlocated: int, unaligned: int
) -> EvalReport:
    fmt = gold.format
    totals = {"coarse": Score(), "sector": Score()}
    per_label: dict[str, Score] = defaultdict(Score)
    details = []
    scored = optional = no_event = no_event_output = 0
    for s in gold.sentences:
        required = [e for e in s.events if not e.optional]
        extra = [e for e in s.events if e.optional]
        scored += len({gold_key(e, fmt=fmt) for e in required})
        optional += len(extra)
        candidates = predicted.get(s.id, {"coarse": set(), "sector": set()})
        pred = {
            level: _generalise(_choose(keys, {gold_key(e, fmt=fmt, level=level) for e in s.events}), s.events)
            for level, keys in candidates.items()
        }
        if not s.events:
            no_event += 1
            no_event_output += bool(pred["coarse"])
        for level in ("coarse", "sector"):
            m = match_sentence(
                [gold_key(e, fmt=fmt, level=level) for e in required],
                pred[level],
                optional=[gold_key(e, fmt=fmt, level=level) for e in extra],
            )
            totals[level] = totals[level] + m.score
            if level != "coarse":
                continue
            for k in m.hits:
                per_label[k[2]] = per_label[k[2]] + Score(1, 0, 0)
            for k in m.false_alarms:
                per_label[k[2]] = per_label[k[2]] + Score(0, 1, 0)
            for k in m.misses:
                per_label[k[2]] = per_label[k[2]] + Score(0, 0, 1)
            details.append(SentenceResult(s.id, s.text, m.hits, m.false_alarms, m.misses, m.optional_hits))
    return EvalReport(
        path=str(gold.path),
        format=fmt,
        sentences=len(gold.sentences),
        gold_events=scored,
        optional_events=optional,
        coarse=totals["coarse"],
        sector=totals["sector"],
        per_label=dict(per_label),
        no_event_sentences=no_event,
        no_event_with_output=no_event_output,
        unlocated_sentences=unlocated,
        unaligned_mentions=unaligned,
        details=tuple(details),
    )
