"""RDF stage: the SPARQL queries shipped with kg (``kg/rdf/queries/*.rq``), read and run by name.

A query file opens with comment lines that describe it::

    # title: Events between two actors, newest first
    # param a actor: one actor (its id, e.g. RUS)
    # param from date = 0001-01-01: first day

Each ``param`` names a variable of the query, its type (``actor``, ``cameo``, ``date``, ``int``,
``number``, ``string``) and optionally a default; :func:`run_named` turns the strings a user gives
into RDF terms of that type and binds them (never pasting them into the query text).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import QueryError

if TYPE_CHECKING:
    import pandas as pd

    from kg.rdf.store import KGStore

__all__ = ["NamedQuery", "QueryParam", "list_queries", "load_query", "named_query", "run_named"]

_PARAM = re.compile(r"#\s*param\s+(\w+)\s+(\w+)\s*(?:=\s*(\S+))?\s*:\s*(.*)")
_TYPES = ("actor", "cameo", "date", "int", "number", "string")


@dataclass(frozen=True, slots=True)
class QueryParam:
    """One parameter of a named query."""

    name: str
    type: str
    default: str | None
    help: str

    def term(self, value: str) -> ox.NamedNode | ox.Literal:
        """The RDF term for a value given as text.

        Examples:
            >>> QueryParam("a", "actor", None, "").term("RUS").value
            'https://w3id.org/kgnews/actor/RUS'
            >>> QueryParam("d", "date", None, "").term("2022-01-12").datatype.value
            'http://www.w3.org/2001/XMLSchema#date'

        Raises:
            QueryError: the value is not of the parameter's type.
        """
        from kg.rdf.build import actor_iri, cameo_iri
        from kg.rdf.query import to_term

        try:
            if self.type == "actor":
                return actor_iri(value)
            if self.type == "cameo":
                return cameo_iri(value)
            if self.type == "date":
                return to_term(dt.date.fromisoformat(value))  # type: ignore[return-value]
            if self.type == "int":
                return to_term(int(value))  # type: ignore[return-value]
            if self.type == "number":
                return to_term(float(value))  # type: ignore[return-value]
        except ValueError as err:
            raise QueryError(f"parameter {self.name}: {value!r} is not a valid {self.type}") from err
        return ox.Literal(value)


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A packaged query: its name, title, parameters and text."""

    name: str
    title: str
    params: tuple[QueryParam, ...]
    text: str


def list_queries() -> list[str]:
    """Names of the packaged queries.

    Examples:
        >>> "events_graph" in list_queries()
        True
    """
    folder = importlib.resources.files("kg.rdf") / "queries"
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


@functools.lru_cache(maxsize=64)
def load_query(name: str) -> str:
    """The text of a packaged query.

    Raises:
        QueryError: no query has that name.
    """
    path = importlib.resources.files("kg.rdf") / "queries" / f"{name}.rq"
    if not re.fullmatch(r"\w+", name) or not path.is_file():
        raise QueryError(f"no query named {name!r}; known queries: {', '.join(list_queries())}")
    return path.read_text(encoding="utf-8")


@functools.lru_cache(maxsize=64)
def named_query(name: str) -> NamedQuery:
    """A packaged query with the title and parameters its header declares.

    Examples:
        >>> [p.name for p in named_query("events_between").params]
        ['a', 'b']
    """
    text = load_query(name)
    title, params = "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if line.startswith("# title:"):
            title = line.split(":", 1)[1].strip()
        elif not title and not line.startswith("# param"):
            title = line.lstrip("# ").strip()
        elif match := _PARAM.fullmatch(line.strip()):
            pname, ptype, default, help_text = match.groups()
            if ptype not in _TYPES:
                raise QueryError(f"query {name}: parameter {pname} has unknown type {ptype!r} (use {_TYPES})")
            params.append(QueryParam(pname, ptype, default, help_text.strip()))
    return NamedQuery(name, title, tuple(params), text)


def run_named(store: KGStore, name: str, **params: str) -> pd.DataFrame:
    """Run a packaged query with its parameters given as text (``actor="RUS"``).

    Raises:
        QueryError: unknown query or parameter, a missing parameter, or a value of the wrong type.
    """
    from kg.rdf.query import sparql

    query = named_query(name)
    known = {p.name: p for p in query.params}
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise QueryError(
            f"query {name} has no parameter {', '.join(unknown)}; "
            f"its parameters: {', '.join(known) or 'none'}"
        )
    bindings: dict[str, object] = {}
    for p in query.params:
        value = params.get(p.name, p.default)
        if value is None:
            raise QueryError(f"query {name} needs --param {p.name}=... ({p.type}: {p.help})")
        bindings[p.name] = p.term(value)
    return sparql(store, query.text, **bindings)
