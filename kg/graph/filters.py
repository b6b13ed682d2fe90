"""Graph stage: which events a graph view keeps (date range, QuadClass, CAMEO roots, actors, ...)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.errors import QueryError

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["EventFilter", "filter_events", "parse_date", "parse_ids", "parse_quads", "parse_roots"]


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A date from ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (the first day), or None.

    Examples:
        >>> parse_date("2022-03")
        datetime.date(2022, 3, 1)
        >>> parse_date(None) is None
        True

    Raises:
        QueryError: the text is not such a date.
    """
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise QueryError(f"invalid date {value!r}: use YYYY-MM-DD, YYYY-MM or YYYY")


def parse_quads(value: str | Iterable[int] | None) -> frozenset[int] | None:
    """QuadClasses from ``"3,4"`` or an iterable of ints; None means all.

    Examples:
        >>> sorted(parse_quads("3, 4"))
        [3, 4]

    Raises:
        QueryError: a value is not 1, 2, 3 or 4.
    """
    if value is None:
        return None
    items = [x.strip() for x in value.split(",") if x.strip()] if isinstance(value, str) else list(value)
    quads = set()
    for item in items:
        try:
            quad = int(item)
        except ValueError:
            quad = 0
        if quad not in (1, 2, 3, 4):
            raise QueryError(f"invalid QuadClass {item!r}: use 1, 2, 3 or 4 (e.g. --quad 3,4)")
        quads.add(quad)
    return frozenset(quads)


def parse_ids(value: str | Iterable[str] | None) -> frozenset[str] | None:
    """Actor ids from ``"RUS,NATO"`` or an iterable; None means all.

    Examples:
        >>> sorted(parse_ids("RUS, NATO"))
        ['NATO', 'RUS']
    """
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else value
    return frozenset(str(x).strip() for x in items if str(x).strip())


def parse_roots(value: str | Iterable[str] | None) -> frozenset[str] | None:
    """CAMEO roots from ``"12,13"`` (``"1"`` means ``"01"``); None means all.

    Examples:
        >>> sorted(parse_roots("1,12"))
        ['01', '12']

    Raises:
        QueryError: a value is not a root between 01 and 20.
    """
    codes = parse_ids(value)
    if codes is None:
        return None
    roots = set()
    for code in codes:
        if not (code.isdigit() and 1 <= int(code) <= 20):
            raise QueryError(f"invalid CAMEO root {code!r}: use 01 to 20 (e.g. --root 12,13)")
        roots.add(f"{int(code):02d}")
    return frozenset(roots)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a view keeps. Undated events are left out once a date bound is set.

    ``actors`` keeps events between two actors of the set (the graph among them); ``involving``
    keeps events with at least one end in the set. Negated events, and events that are only
    hypothetical, intended, threatened or questioned, are left out unless asked for.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    quad_classes: frozenset[int] | None = None
    roots: frozenset[str] | None = None
    actors: frozenset[str] | None = None
    involving: frozenset[str] | None = None
    min_mentions: int = 1
    min_confidence: float = 0.0
    include_negated: bool = False
    include_hypothetical: bool = False

    @classmethod
    def parse(
        cls,
        *,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        quad: str | Iterable[int] | None = None,
        roots: str | Iterable[str] | None = None,
        actors: str | Iterable[str] | None = None,
        involving: str | Iterable[str] | None = None,
        min_mentions: int = 1,
        min_confidence: float = 0.0,
        include_negated: bool = False,
        include_hypothetical: bool = False,
    ) -> EventFilter:
        """A filter from user-level values (dates as text, ``"3,4"`` lists).

        Examples:
            >>> EventFilter.parse(since="2022-01-01", quad="3,4").describe()
            ['from 2022-01-01', 'QuadClass 3, 4']

        Raises:
            QueryError: a value is invalid (the message names it).
        """
        start, end = parse_date(since), parse_date(until)
        if start and end and start > end:
            raise QueryError(f"empty date range: since {start} is after until {end}")
        if min_mentions < 1:
            raise QueryError(f"min_mentions must be at least 1, not {min_mentions}")
        return cls(
            since=start,
            until=end,
            quad_classes=parse_quads(quad),
            roots=parse_roots(roots),
            actors=parse_ids(actors),
            involving=parse_ids(involving),
            min_mentions=min_mentions,
            min_confidence=min_confidence,
            include_negated=include_negated,
            include_hypothetical=include_hypothetical,
        )

    def accepts(self, source: str, target: str, data: Mapping[str, Any]) -> bool:
        """True when the event ``source → target`` with attributes ``data`` passes.

        Examples:
            >>> f = EventFilter(quad_classes=frozenset({3, 4}))
            >>> f.accepts("A", "B", {"quad_class": 4, "modality": "asserted"})
            True
            >>> f.accepts("A", "B", {"quad_class": 1, "modality": "asserted"})
            False
        """
        if data.get("negated") and not self.include_negated:
            return False
        if data.get("modality", "asserted") != "asserted" and not self.include_hypothetical:
            return False
        if self.since or self.until:
            date = data.get("date")
            if date is None or (self.since and date < self.since) or (self.until and date > self.until):
                return False
        if self.quad_classes is not None and data.get("quad_class") not in self.quad_classes:
            return False
        if self.roots is not None and data.get("root") not in self.roots:
            return False
        if self.actors is not None and not (source in self.actors and target in self.actors):
            return False
        if self.involving is not None and source not in self.involving and target not in self.involving:
            return False
        if int(data.get("mentions") or 1) < self.min_mentions:
            return False
        return float(data.get("confidence", 1.0)) >= self.min_confidence

    def describe(self) -> list[str]:
        """The filter in words, one item per condition that is set (shown above HTML graphs).

        Examples:
            >>> EventFilter(include_negated=True, min_mentions=2).describe()
            ['at least 2 mentions', 'negated events included']
        """
        parts = []
        if self.since or self.until:
            if self.since and self.until:
                parts.append(f"{self.since} to {self.until}")
            else:
                parts.append(f"from {self.since}" if self.since else f"until {self.until}")
        if self.quad_classes is not None:
            parts.append("QuadClass " + ", ".join(map(str, sorted(self.quad_classes))))
        if self.roots is not None:
            parts.append("CAMEO roots " + ", ".join(sorted(self.roots)))
        if self.actors is not None:
            parts.append("among " + ", ".join(sorted(self.actors)))
        if self.involving is not None:
            parts.append("involving " + ", ".join(sorted(self.involving)))
        if self.min_mentions > 1:
            parts.append(f"at least {self.min_mentions} mentions")
        if self.min_confidence > 0:
            parts.append(f"confidence ≥ {self.min_confidence:g}")
        if self.include_negated:
            parts.append("negated events included")
        if self.include_hypothetical:
            parts.append("hypothetical events included")
        return parts


def filter_events(
    graph: nx.MultiDiGraph, flt: EventFilter, *, keep_isolated: bool = False
) -> nx.MultiDiGraph:
    """A copy of an event graph with only the events ``flt`` accepts.

    Args:
        graph: an event-level graph (one edge per event).
        flt: the filter.
        keep_isolated: keep actors left without any event (dropped by default).

    Examples:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> _ = g.add_edge("A", "B", quad_class=1)
        >>> _ = g.add_edge("B", "C", quad_class=4)
        >>> sorted(filter_events(g, EventFilter(quad_classes=frozenset({4}))).nodes)
        ['B', 'C']
    """
    import networkx as nx

    out = nx.MultiDiGraph()
    out.graph.update(graph.graph)
    if keep_isolated:
        out.add_nodes_from(graph.nodes(data=True))
    for u, v, key, data in graph.edges(keys=True, data=True):
        if flt.accepts(u, v, data):
            for node in (u, v):
                if node not in out:
                    out.add_node(node, **graph.nodes[node])
            out.add_edge(u, v, key=key, **data)
    return out
