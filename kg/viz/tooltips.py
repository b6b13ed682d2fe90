"""Viz stage: tooltip text for actors and actor pairs; article text is escaped, never markup."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from kg.graph.aggregate import dominant_quad
from kg.viz.style import QUAD_NAMES

__all__ = ["MAX_TOOLTIP_EVENTS", "edge_tooltip", "event_lines", "node_tooltip", "quad_counts", "tooltip"]

#: At most this many events are listed in one edge tooltip (the newest first).
MAX_TOOLTIP_EVENTS = 12


def tooltip(lines: Sequence[str]) -> str:
    """Tooltip text from untrusted lines: HTML-escaped, so no markup can ever run.

    vis-network shows a string title as text; pyvis switches to an HTML popup when a node title
    contains ``href``, and escaping keeps that path inert too.

    Examples:
        >>> tooltip(['<img src=x onerror=alert(1)>', "NATO & Russia"])
        '&lt;img src=x onerror=alert(1)&gt;\\nNATO &amp; Russia'
    """
    return html.escape("\n".join(map(str, lines)), quote=False)


def quad_counts(events: Sequence[Mapping[str, Any]]) -> Counter[int]:
    """How many of ``events`` fall in each QuadClass (events without one are not counted).

    Examples:
        >>> quad_counts([{"quad_class": 4}, {"quad_class": 4}, {"quad_class": None}, {"quad_class": 1}])
        Counter({4: 2, 1: 1})
    """
    counts: dict[int, int] = {}
    for event in events:
        quad = int(event.get("quad_class") or 0)
        if quad:
            counts[quad] = counts.get(quad, 0) + 1
    return Counter(counts)


def _article(data: Mapping[str, Any]) -> str:
    article = str(data.get("article") or "").rsplit("/", 1)[-1]
    title = data.get("article_title")
    return f"article: {title} ({article})" if title else f"article: {article}"


def event_lines(data: Mapping[str, Any]) -> list[str]:
    """Three lines for one event: date, CAMEO code and label (flags); the sentence; the article.

    Examples:
        >>> event_lines({"date": None, "cameo": "120", "label": "Reject", "negated": True,
        ...              "sentence": "x", "article": "https://w3id.org/kgnews/article/a1"})
        ['undated · CAMEO 120 Reject (negated)', '“x”', 'article: a1']
    """
    get = data.get
    head = f"{get('date') or 'undated'} · CAMEO {get('cameo')} {get('label') or ''}".rstrip()
    modality = get("modality")
    hypothetical = modality is not None and modality != "asserted"
    if get("negated") or hypothetical:
        flags = (["negated"] if get("negated") else []) + ([str(modality)] if hypothetical else [])
        head += f" ({', '.join(flags)})"
    return [head, f"“{get('sentence') or ''}”", _article(data)]


def edge_tooltip(
    source: str,
    target: str,
    events: Sequence[Mapping[str, Any]],
    *,
    quads: Counter[int] | None = None,
) -> str:
    """The tooltip of the edge ``source → target``: a summary line, then the newest events.

    ``quads`` is :func:`quad_counts` of ``events`` when the caller has it already.

    Examples:
        >>> text = edge_tooltip("A", "B", [{"quad_class": 4, "goldstein": -9.0, "sentence": "<b>"}])
        >>> text.splitlines()[0]
        'A → B: 1 event, net Goldstein -9.0, mostly material conflict'
        >>> "&lt;b&gt;" in text
        True
    """
    if len(events) == 1:  # most pairs: no counting or sorting needed
        (data,) = events
        quad = int(data.get("quad_class") or 0)
        net = round(0.0 + float(data.get("goldstein") or 0.0), 2)  # 0.0 + : as sum() gives it (no -0.0)
        head = f"{source} → {target}: 1 event, net Goldstein {net}"
        if quad:
            head += f", mostly {QUAD_NAMES[quad]}"
        return tooltip([head, "", *event_lines(data)])
    if quads is None:
        quads = quad_counts(events)
    net = round(sum(float(e.get("goldstein") or 0.0) for e in events), 2)
    head = f"{source} → {target}: {len(events)} event{'s' if len(events) != 1 else ''}, net Goldstein {net}"
    if quads:
        head += f", mostly {QUAD_NAMES[dominant_quad(quads)]}"
    ordered = events
    if len(events) > 1:
        ordered = sorted(events, key=lambda e: (str(e.get("date") or ""), str(e.get("cameo"))), reverse=True)
    lines = [head]
    for data in ordered[:MAX_TOOLTIP_EVENTS]:
        lines.append("")
        lines.extend(event_lines(data))
    if len(events) > MAX_TOOLTIP_EVENTS:
        lines.append(f"… and {len(events) - MAX_TOOLTIP_EVENTS} older")
    return tooltip(lines)


def node_tooltip(node: str, data: Mapping[str, Any], *, events_out: int, events_in: int) -> str:
    """The tooltip of an actor: label and id, kind, country, event counts.

    Examples:
        >>> node_tooltip("RUS", {"label": "Russia", "kind": "country"}, events_out=2, events_in=1)
        'Russia (RUS)\\nkind: country\\nevents: 2 as source, 1 as target'
    """
    lines = [f"{data.get('label') or node} ({node})", f"kind: {data.get('kind') or 'actor'}"]
    country = data.get("country")
    if country and country != node:
        lines.append(f"country: {country}")
    lines.append(f"events: {events_out} as source, {events_in} as target")
    return tooltip(lines)
