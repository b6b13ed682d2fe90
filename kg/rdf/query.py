"""RDF stage: run SPARQL over a store with values passed as bindings, never pasted into the text."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf.store import KGStore

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["bind_values", "python_value", "run_query", "sparql", "to_term"]

_XSD = "http://www.w3.org/2001/XMLSchema#"


def to_term(value: object) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """A Python value as an RDF term for a query binding.

    Strings become plain literals (pass ``kg.rdf.actor_iri("RUS")`` for an IRI).

    Examples:
        >>> to_term(3).datatype.value
        'http://www.w3.org/2001/XMLSchema#integer'
        >>> to_term('say "hi" } DROP ALL').value
        'say "hi" } DROP ALL'
    """
    if isinstance(value, ox.NamedNode | ox.Literal | ox.BlankNode):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(_XSD + "decimal"))
    if isinstance(value, dt.datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "dateTime"))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
    if isinstance(value, str):
        return ox.Literal(value)
    raise QueryError(f"cannot bind a {type(value).__name__} in a SPARQL query: {value!r}")


def python_value(term: object) -> Any:
    """An RDF term as a plain Python value: IRIs as strings, typed literals converted."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value
        text = term.value
        try:
            if dtype in (_XSD + "integer", _XSD + "int", _XSD + "long"):
                return int(text)
            if dtype in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
                return float(text)
            if dtype == _XSD + "boolean":
                return text == "true"
            if dtype == _XSD + "date":
                return dt.date.fromisoformat(text)
        except ValueError:
            return text
        return text
    return str(term)


def _where_brace(query: str) -> int:
    """Index of the ``{`` that opens the query's WHERE group (comments, IRIs, strings skipped)."""
    i, n = 0, len(query)
    depth = 0
    skip_groups = 0
    seen_form = False
    while i < n:
        c = query[i]
        if c == "#":
            j = query.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c == "<" and depth == 0:
            j = query.find(">", i)
            if j > 0 and not any(ch.isspace() or ch in "<{}" for ch in query[i + 1 : j]):
                i = j + 1  # an IRI; otherwise a comparison such as ?x <= 2 in a projection
                continue
        if c in "\"'":
            quote = query[i : i + 3] if query[i : i + 3] in ('"""', "'''") else c
            j = i + len(quote)
            while j < n and not query.startswith(quote, j):
                j += 2 if query[j] == "\\" else 1
            i = j + len(quote)
            continue
        if c.isalpha() and not seen_form:
            word = query[i : i + 9].upper()
            if word.startswith("CONSTRUCT"):
                seen_form = True
                rest = query[i + 9 :].lstrip().upper()
                skip_groups = 0 if rest.startswith("WHERE") else 1
            elif word.startswith(("SELECT", "ASK", "DESCRIBE")):
                seen_form = True
        if c == "{":
            if depth == 0 and skip_groups == 0:
                return i
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0 and skip_groups:
                skip_groups -= 1
        i += 1
    raise QueryError("cannot bind values: the query has no WHERE group")


def bind_values(query: str, bindings: dict[str, object]) -> str:
    """The query with a ``VALUES`` block for ``bindings`` opening its WHERE group.

    Values are serialised by Oxigraph's own term writer, so quotes, braces and newlines in a
    value stay inside its literal and can never change the query.

    Examples:
        >>> q = bind_values("SELECT ?e WHERE { ?e kgo:rootCode ?root }", {"root": '1" } DROP ALL'})
        >>> print(q)
        SELECT ?e WHERE { VALUES (?root) { ("1\\" } DROP ALL") } ?e kgo:rootCode ?root }
    """
    if not bindings:
        return query
    names = []
    for name in bindings:
        if not name.isidentifier():
            raise QueryError(f"invalid SPARQL variable name {name!r}")
        names.append(f"?{name}")
    terms = " ".join(str(to_term(v)) for v in bindings.values())
    at = _where_brace(query) + 1
    return f"{query[:at]} VALUES ({' '.join(names)}) {{ ({terms}) }}{query[at:]}"


def run_query(store: KGStore, query: str, **bindings: object) -> Any:
    """Run a query on the union of the store's graphs; ``bindings`` fill variables of the same name.

    The store may be embedded or remote: either way the values go in as a ``VALUES`` block written
    by Oxigraph's term serialiser, and the result is a pyoxigraph result object.

    Raises:
        QueryError: the query does not parse or fails.
    """
    return store.query(bind_values(query, bindings))


def sparql(store: KGStore, query: str, **bindings: object) -> pd.DataFrame:
    """Run a SELECT query and return its solutions as a pandas DataFrame.

    Variables named in ``bindings`` are substituted with those values as RDF terms, so a value
    can never change the query (no string pasting).

    Examples:
        >>> from kg.rdf import open_store
        >>> df = sparql(open_store(), "SELECT ?c WHERE { ?c skos:notation ?code }", code="120")
        >>> df["c"].tolist()
        ['https://w3id.org/kgnews/cameo/120']
    """
    import pandas as pd

    result = run_query(store, query, **bindings)
    if isinstance(result, ox.QueryBoolean):
        return pd.DataFrame({"result": [bool(result)]})
    if isinstance(result, ox.QueryTriples | list):
        rows = [
            {
                "subject": python_value(t.subject),
                "predicate": python_value(t.predicate),
                "object": python_value(t.object),
            }
            for t in result
        ]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    columns = [v.value for v in result.variables]
    data = [[python_value(row[c]) for c in columns] for row in result]
    return pd.DataFrame(data, columns=columns)
