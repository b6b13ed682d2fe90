"""RDF stage: check a batch against kg's SHACL shapes before it is stored.

A fast checker of the SHACL Core subset that ``shapes.ttl`` uses (target classes, IRI paths, counts,
datatypes with well-formed lexical forms, node kinds, classes, value lists, patterns, ranges,
``sh:lessThan``). It reads the shapes from the packaged ``shapes.ttl`` and makes one pass over the
batch's N-Triples lines (the form :mod:`kg.rdf.build` writes and the store loads), so no term object is
built for the check; ``bench/bench_store.py`` measures its cost against pySHACL's, and the tests check
that pySHACL reaches the same verdicts.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import OntologyError
from kg.rdf.ontology import ontology_quads, ontology_text

__all__ = [
    "PropertyShape",
    "Shape",
    "Violation",
    "check_lines",
    "load_shapes",
    "split_line",
    "validate_lines",
]

_SH = "http://www.w3.org/ns/shacl#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_TYPE = f"<{_RDF}type>"
_LEXICAL = {
    _XSD + "integer": re.compile(r"[+-]?\d+"),
    _XSD + "decimal": re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)"),
    _XSD + "boolean": re.compile(r"true|false|1|0"),
    _XSD + "date": re.compile(r"-?\d{4,}-\d\d-\d\d(Z|[+-]\d\d:\d\d)?"),
    _XSD + "dateTime": re.compile(r"-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?"),
}
_NUMERIC = (_XSD + "integer", _XSD + "decimal")
_SUPPORTED = frozenset(
    [
        "path",
        "minCount",
        "maxCount",
        "datatype",
        "nodeKind",
        "class",
        "in",
        "pattern",
        "minInclusive",
        "maxInclusive",
        "lessThan",
    ]
)

#: Given IRIs whose classes the batch does not tell, the classes of each (from the store).
TypeLookup = Callable[[set[ox.NamedNode]], dict[ox.NamedNode, set[str]]]


@dataclass(frozen=True, slots=True)
class PropertyShape:
    """The constraints on one property of a focus node; terms in N-Triples syntax."""

    path: str
    min_count: int = 0
    max_count: int | None = None
    datatype: str | None = None
    node_kind: str | None = None
    cls: str | None = None
    values: frozenset[str] | None = None
    pattern: re.Pattern[str] | None = None
    min_inclusive: float | None = None
    max_inclusive: float | None = None
    less_than: str | None = None


@dataclass(frozen=True, slots=True)
class Shape:
    """A node shape: its IRI, target classes (``<iri>``) and property shapes."""

    name: str
    targets: frozenset[str]
    properties: tuple[PropertyShape, ...]


@dataclass(frozen=True, slots=True)
class Violation:
    """One way a focus node breaks a shape."""

    focus: str
    path: str
    message: str
    shape: str

    def __str__(self) -> str:
        return f"{self.focus} {_short(self.path)}: {self.message} ({_short(self.shape)})"


def _short(term: str) -> str:
    from kg.rdf.namespace import PREFIXES

    iri = term.strip("<>")
    for prefix, base in (*PREFIXES.items(), ("kgsh", "https://w3id.org/kgnews/shapes#")):
        if iri.startswith(base) and len(iri) > len(base):
            return f"{prefix}:{iri[len(base) :]}"
    return term


def split_line(line: str) -> tuple[str, str, str]:
    """Subject, predicate and object of one N-Triples line, as written.

    Examples:
        >>> split_line('<s> <p> "a b c" .\\n')
        ('<s>', '<p>', '"a b c"')
    """
    s, p, rest = line.split(" ", 2)
    return s, p, rest[:-3] if rest.endswith(" .\n") else rest.rstrip()[:-1].rstrip()


def _literal(term: str) -> tuple[str, str] | None:
    """(lexical form, datatype IRI) of a literal in N-Triples syntax, None for IRIs and blank nodes."""
    if not term.startswith('"'):
        return None
    close = term.rfind('"')
    suffix = term[close + 1 :]
    if suffix.startswith("^^<"):
        return term[1:close], suffix[3:-1]
    return term[1:close], (_RDF + "langString" if suffix.startswith("@") else _XSD + "string")


def _number(lexical: str) -> float | None:
    try:
        value = float(lexical)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


@functools.lru_cache(maxsize=1)
def load_shapes() -> tuple[Shape, ...]:
    """The node shapes of the packaged ``shapes.ttl``.

    Raises:
        OntologyError: the shapes use a constraint this checker does not implement.
    """
    store = ox.Store()
    store.load(ontology_text("shapes.ttl").encode(), format=ox.RdfFormat.TURTLE)
    shapes = []
    query = f"SELECT ?s WHERE {{ ?s a <{_SH}NodeShape> }} ORDER BY ?s"
    for (shape_node,) in store.query(query):  # type: ignore[union-attr]
        targets = frozenset(
            str(q.object)
            for q in store.quads_for_pattern(shape_node, ox.NamedNode(_SH + "targetClass"), None)
        )
        props = []
        for q in store.quads_for_pattern(shape_node, ox.NamedNode(_SH + "property"), None):
            spec: dict[str, object] = {}
            for pq in store.quads_for_pattern(q.object, None, None):  # type: ignore[arg-type]
                name = pq.predicate.value.removeprefix(_SH)
                if name not in _SUPPORTED:
                    raise OntologyError(f"shapes.ttl uses sh:{name}, which kg's checker does not implement")
                spec[name] = pq.object
            props.append(_property_shape(store, spec))
        props.sort(key=lambda p: p.path)
        shapes.append(Shape(shape_node.value, targets, tuple(props)))
    return tuple(shapes)


def _property_shape(store: ox.Store, spec: dict[str, object]) -> PropertyShape:
    def num(key: str) -> float | None:
        term = spec.get(key)
        return float(term.value) if isinstance(term, ox.Literal) else None

    def iri(key: str) -> str | None:
        term = spec.get(key)
        return term.value if isinstance(term, ox.NamedNode) else None

    values = None
    if "in" in spec:
        items: list[str] = []
        node = spec["in"]
        while isinstance(node, ox.BlankNode):
            items.append(str(next(store.quads_for_pattern(node, ox.NamedNode(_RDF + "first"), None)).object))
            node = next(store.quads_for_pattern(node, ox.NamedNode(_RDF + "rest"), None)).object
        values = frozenset(items)
    path = spec.get("path")
    if not isinstance(path, ox.NamedNode):
        raise OntologyError("shapes.ttl: kg's checker supports only IRI property paths")
    pattern = spec.get("pattern")
    less_than = iri("lessThan")
    min_count, max_count = num("minCount"), num("maxCount")
    return PropertyShape(
        path=str(path),
        min_count=int(min_count or 0),
        max_count=int(max_count) if max_count is not None else None,
        datatype=iri("datatype"),
        node_kind=(iri("nodeKind") or "").removeprefix(_SH) or None,
        cls=iri("class"),
        values=values,
        pattern=re.compile(pattern.value) if isinstance(pattern, ox.Literal) else None,
        min_inclusive=num("minInclusive"),
        max_inclusive=num("maxInclusive"),
        less_than=f"<{less_than}>" if less_than else None,
    )


@functools.lru_cache(maxsize=1)
def _ontology_types() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Superclass closure of the ontology's classes, and the classes of every typed ontology node."""
    sub: dict[str, set[str]] = defaultdict(set)
    typed: dict[str, set[str]] = defaultdict(set)
    subclass = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
    for q in ontology_quads():
        if q.predicate.value == subclass and isinstance(q.object, ox.NamedNode):
            sub[str(q.subject)[1:-1]].add(q.object.value)
        elif q.predicate.value == _RDF + "type" and isinstance(q.subject, ox.NamedNode):
            typed[str(q.subject)].add(str(q.object)[1:-1])

    def up(cls: str, seen: set[str]) -> set[str]:
        for parent in sub.get(cls, ()):
            if parent not in seen:
                seen.add(parent)
                up(parent, seen)
        return seen

    supers = {cls: frozenset(up(cls, {cls})) for cls in list(sub)}
    closed = {node: frozenset(c for t in types for c in supers.get(t, (t,))) for node, types in typed.items()}
    return supers, closed


def check_lines(
    lines: Iterable[str], *, lookup: TypeLookup | None = None, limit: int | None = None
) -> list[Violation]:
    """The ways a batch of N-Triples lines breaks kg's shapes; empty when it conforms.

    Args:
        lines: the batch, as :mod:`kg.rdf.build` writes it (or ``f"{triple} .\\n"`` per pyoxigraph triple).
        lookup: where to find the classes of nodes the batch refers to without describing them (the
            store the batch goes into); without it such nodes break ``sh:class``.
        limit: stop after this many violations.
    """
    shapes = load_shapes()
    supers, known = _ontology_types()
    paths = {p.path for s in shapes for p in s.properties} | {
        p.less_than for s in shapes for p in s.properties if p.less_than
    }
    types: dict[str, set[str]] = defaultdict(set)
    props: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for line in lines:
        s, p, rest = line.split(" ", 2)
        if p == _TYPE:
            types[s].add(rest[1:-4] if rest.endswith(" .\n") else split_line(line)[2][1:-1])
        elif p in paths:
            o = rest[:-3] if rest.endswith(" .\n") else split_line(line)[2]
            node_props = props[s]
            if p in node_props:
                node_props[p].add(o)
            else:
                node_props[p] = {o}

    cache: dict[str, frozenset[str] | None] = {}

    def classes(node: str) -> frozenset[str] | None:
        if node in cache:
            return cache[node]
        found = types.get(node)
        result = frozenset(c for t in found for c in supers.get(t, (t,))) if found else known.get(node)
        cache[node] = result
        return result

    class_paths = {p.path for s in shapes for p in s.properties if p.cls}
    unknown = {
        o
        for node_props in props.values()
        for p, objs in node_props.items()
        if p in class_paths
        for o in objs
        if o.startswith("<") and classes(o) is None
    }
    if unknown and lookup is not None:
        for iri, found in lookup({ox.NamedNode(o[1:-1]) for o in unknown}).items():
            cache[str(iri)] = frozenset(c for t in found for c in supers.get(t, (t,)))

    by_class: dict[str, list[Shape]] = defaultdict(list)
    for shape in shapes:
        for target in shape.targets:
            by_class[target[1:-1]].append(shape)
    violations: list[Violation] = []
    compiled: dict[str, list[tuple[str, int, int | None, PropertyShape, dict[str, list[str]]]]] = {
        shape.name: [(p.path, p.min_count, p.max_count, p, {}) for p in shape.properties] for shape in shapes
    }
    empty: set[str] = set()
    no_props: dict[str, set[str]] = {}
    for node in sorted(types):
        node_props = props.get(node, no_props)
        for shape in {s.name: s for t in types[node] for s in by_class.get(t, ())}.values():
            for path, low, high, prop, memo in compiled[shape.name]:
                values = node_props.get(path, empty)
                messages: list[str] = []
                if len(values) < low:
                    messages.append(f"{len(values)} value(s), at least {low} required")
                if high is not None and len(values) > high:
                    messages.append(f"{len(values)} values, at most {high} allowed")
                for value in values if len(values) < 2 else sorted(values):
                    errors = memo.get(value)
                    if errors is None:
                        errors = memo[value] = list(_value_errors(prop, value, classes))
                    messages.extend(errors)
                    if prop.less_than is not None:
                        messages.extend(_less_than(prop, value, node_props.get(prop.less_than, empty)))
                for message in messages:
                    violations.append(Violation(node, path, message, shape.name))
                    if limit is not None and len(violations) >= limit:
                        return violations
    return violations


def _less_than(prop: PropertyShape, value: str, others: set[str]) -> Iterable[str]:
    literal = _literal(value)
    a = _number(literal[0]) if literal is not None else None
    for other in others:
        other_literal = _literal(other)
        b = _number(other_literal[0]) if other_literal is not None else None
        if a is None or b is None or not a < b:
            yield f"value {value} is not less than {_short(prop.less_than or '')} {other}"


def _value_errors(
    prop: PropertyShape, value: str, classes: Callable[[str], frozenset[str] | None]
) -> Iterable[str]:
    """What is wrong with one value of a property, whatever node it belongs to."""
    literal = _literal(value)
    if prop.datatype is not None:
        if literal is None or literal[1] != prop.datatype:
            yield f"value {value} is not of datatype <{prop.datatype}>"
            return
        lexical = _LEXICAL.get(prop.datatype)
        if lexical is not None and not lexical.fullmatch(literal[0]):
            yield f"value {value} is not a valid <{prop.datatype}>"
            return
    if prop.node_kind == "IRI" and not value.startswith("<"):
        yield f"value {value} is not an IRI"
    if prop.node_kind == "Literal" and literal is None:
        yield f"value {value} is not a literal"
    if prop.values is not None and value not in prop.values:
        yield f"value {value} is not one of {', '.join(sorted(prop.values))}"
    if prop.pattern is not None:
        text = literal[0] if literal is not None else value[1:-1]
        if not prop.pattern.search(text):
            yield f"value {value} does not match /{prop.pattern.pattern}/"
    if prop.min_inclusive is not None or prop.max_inclusive is not None:
        n = _number(literal[0]) if literal is not None and literal[1] in _NUMERIC else None
        if n is None:
            yield f"value {value} is not a finite number"
        elif prop.min_inclusive is not None and n < prop.min_inclusive:
            yield f"value {value} is below the minimum {prop.min_inclusive:g}"
        elif prop.max_inclusive is not None and n > prop.max_inclusive:
            yield f"value {value} is above the maximum {prop.max_inclusive:g}"
    if prop.cls is not None:
        found = classes(value) if value.startswith("<") else None
        if found is None or prop.cls not in found:
            note = " (described nowhere)" if found is None else ""
            yield f"value {value} is not a {_short('<' + prop.cls + '>')}{note}"


def validate_lines(
    lines: Iterable[str], *, lookup: TypeLookup | None = None, what: str = "batch", show: int = 5
) -> None:
    """Raise if a batch of N-Triples lines breaks kg's shapes.

    Args:
        what: names the batch in the message (its articles, or its file).
        show: how many violations the message lists.

    Raises:
        OntologyError: naming ``what``, how many violations, and the first few.
    """
    cap = 1000
    violations = check_lines(lines, lookup=lookup, limit=cap)
    if not violations:
        return
    listed = "\n  ".join(str(v) for v in violations[:show])
    count = f"{cap}+" if len(violations) >= cap else str(len(violations))
    raise OntologyError(
        f"{what} does not conform to kg's SHACL shapes ({count} violations); nothing was stored:\n  {listed}"
    )
