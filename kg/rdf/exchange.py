"""RDF stage: export a store to RDF files or a GDELT-style CSV, and import RDF files into a store.

Formats follow the file suffix: Turtle (.ttl), N-Triples (.nt), N-Quads (.nq), TriG (.trig) and
JSON-LD (.jsonld); N-Quads, TriG and JSON-LD keep kg's named graphs. Triples read from a file without
graphs are put back where kg keeps them (ontology terms in the ontology graph, actor→actor shortcuts
in the derived graph, the rest in the events graph), so export → import → export is a round trip.
"""

from __future__ import annotations

import csv
import itertools
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf.build import DERIVED_GRAPH, EVENTS_GRAPH, KG_GRAPHS, ONTOLOGY_GRAPH
from kg.rdf.namespace import ACT, CAMEO, KGO, PLOVER, PREFIXES, ROOT_PROPERTIES
from kg.rdf.store import KGStore, group_lines

__all__ = [
    "GDELT_COLUMNS",
    "RDF_FORMATS",
    "ImportResult",
    "export_events_csv",
    "export_store",
    "graph_for",
    "import_file",
    "rdf_format",
]

logger = logging.getLogger(__name__)

#: Format names and file suffixes kg reads and writes.
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "json-ld": ox.RdfFormat.JSON_LD,
}
_ONTOLOGY_BASES = (str(KGO._NS).rstrip("#"), str(CAMEO), str(PLOVER))
_DERIVED_PREDICATES = frozenset({str(KGO.actedOn), *(str(p) for p in ROOT_PROPERTIES.values())})
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_EVENT = ox.NamedNode(str(KGO.Event))

#: Columns of ``kg export events.csv``: GDELT 1.0 event-table names, then kg's own.
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "EventCode", "EventBaseCode",
    "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumArticles", "SOURCEURL",
    "PloverCategory", "Negated", "Modality", "Confidence", "Actor1Id", "Actor2Id", "EventIRI",
)  # fmt: skip


def rdf_format(path: str | Path, fmt: str | None = None) -> ox.RdfFormat:
    """The RDF format named by ``fmt`` or, without it, by the file suffix.

    Examples:
        >>> rdf_format("kg.nq").name
        'N-Quads'
        >>> rdf_format("dump.txt", "turtle").name
        'Turtle'

    Raises:
        StoreError: neither names a format kg knows.
    """
    key = (fmt or Path(path).suffix.lstrip(".")).lower()
    if key not in RDF_FORMATS:
        raise StoreError(
            f"{path}: unknown RDF format {key!r} "
            "(use one of .ttl, .nt, .nq, .trig, .jsonld, or .csv to export)"
        )
    return RDF_FORMATS[key]


def graph_for(subject: object, predicate: ox.NamedNode) -> ox.NamedNode:
    """The kg graph a triple read without a graph belongs in.

    Examples:
        >>> from kg.rdf.build import actor_iri
        >>> graph_for(actor_iri("NATO"), ox.NamedNode(str(KGO.rejected))).value
        'https://w3id.org/kgnews/graph/derived'
        >>> graph_for(ox.NamedNode(str(CAMEO) + "120"), _RDF_TYPE).value
        'https://w3id.org/kgnews/graph/ontology'
    """
    if predicate.value in _DERIVED_PREDICATES:
        return DERIVED_GRAPH
    if isinstance(subject, ox.NamedNode) and subject.value.startswith(_ONTOLOGY_BASES):
        return ONTOLOGY_GRAPH
    return EVENTS_GRAPH


def export_store(store: KGStore, path: str | Path, *, graphs: str = "data", fmt: str | None = None) -> Path:
    """Write the store to ``path`` as RDF, or as a GDELT-style CSV of events for ``.csv``.

    Args:
        graphs: ``data`` (events and derived graphs) or ``all`` (with the ontology).
        fmt: a format name (``ttl``, ``nt``, ``nq``, ``trig``, ``jsonld``, ``csv``); default: the suffix.

    Raises:
        StoreError: unknown format or ``graphs`` value, or the file cannot be written.
    """
    path = Path(path)
    if (fmt or path.suffix.lstrip(".")).lower() == "csv":
        return export_events_csv(store, path)
    rdf = rdf_format(path, fmt)
    if graphs not in ("data", "all"):
        raise StoreError(f"unknown graphs {graphs!r}: use data or all")
    wanted = KG_GRAPHS if graphs == "all" else (EVENTS_GRAPH, DERIVED_GRAPH)
    # Streamed graph by graph in the store's own order (an embedded store's is grouped by subject,
    # so Turtle stays compact): memory stays flat whatever the store's size.
    quads = itertools.chain.from_iterable(store.graph_quads(g) for g in wanted)
    items: Iterable[Any] = quads if rdf.supports_datasets else (q.triple for q in quads)
    try:
        ox.serialize(items, str(path), format=rdf, prefixes=PREFIXES)
    except OSError as err:
        raise StoreError(f"cannot write {path}: {err.strerror or err}") from err
    return path


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What :func:`import_file` read and stored."""

    path: Path
    quads: int
    events: int


def import_file(
    store: KGStore, path: str | Path, *, fmt: str | None = None, validate: bool = True
) -> ImportResult:
    """Load an RDF file into the store's kg graphs, checked against the shapes first.

    Quads in one of kg's graphs stay there; quads in another named graph are kept as they are;
    triples (and quads in the default graph) go where :func:`graph_for` says. When the file holds
    events, the derived graph is rebuilt from all stored events by SPARQL UPDATE.

    Raises:
        StoreError: the file cannot be read or parsed (naming the file and the line).
        OntologyError: the file's data breaks kg's shapes; nothing was stored.
    """
    path = Path(path)
    rdf = rdf_format(path, fmt)
    try:
        parsed = list(ox.parse(path=str(path), format=rdf))
    except OSError as err:
        raise StoreError(f"cannot read {path}: {err.strerror or err}") from err
    except SyntaxError as err:
        raise StoreError(f"{path}: not valid {rdf.name}: {err}") from err
    quads = list(_routed(parsed))
    batch = group_lines(quads)
    if validate:
        from kg.rdf.validate import validate_lines

        validate_lines(batch.get(EVENTS_GRAPH, []), lookup=store.classes_of, what=str(path))
    store.write_graphs(batch)
    events = sum(1 for q in quads if q.predicate == _RDF_TYPE and q.object == _EVENT)
    if events:
        store.rebuild_derived()
    logger.info("imported %d quads (%d events) from %s", len(quads), events, path)
    return ImportResult(path=path, quads=len(quads), events=events)


def _routed(quads: Iterable[ox.Quad]) -> Iterable[ox.Quad]:
    for q in quads:
        if not isinstance(q.graph_name, ox.NamedNode):
            yield ox.Quad(q.subject, q.predicate, q.object, graph_for(q.subject, q.predicate))
        else:
            yield q


def export_events_csv(store: KGStore, path: str | Path) -> Path:
    """Write one GDELT-style CSV row per event (columns: :data:`GDELT_COLUMNS`).

    Actor codes are kg's CAMEO actor codes, country codes ISO 3166 alpha-3 (kg's country actor ids),
    dates ``YYYYMMDD``; SOURCEURL is the first article's URL, else its source file.
    """
    from kg.rdf.named_queries import load_query
    from kg.rdf.query import python_value, run_query

    path = Path(path)
    solutions = run_query(store, load_query("gdelt_events"))
    try:
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(GDELT_COLUMNS)
            for solution in solutions:
                row = {v: python_value(solution[v]) for v in _CSV_VARIABLES}
                writer.writerow(_gdelt_row(row))
    except OSError as err:
        raise StoreError(f"cannot write {path}: {err.strerror or err}") from err
    return path


_CSV_VARIABLES = (
    "event", "date", "source", "sourceLabel", "sourceCode", "sourceCountry", "sourceSector",
    "sourceIsCountry", "target", "targetLabel", "targetCode", "targetCountry", "targetSector",
    "targetIsCountry", "cameo", "root", "quad", "goldstein", "plover", "mentions", "articles", "url", "file",
    "negated", "modality", "confidence",
)  # fmt: skip


def _actor_id(iri: object) -> str:
    text = str(iri or "")
    return unquote(text[len(str(ACT)) :]) if text.startswith(str(ACT)) else text


def _gdelt_row(r: dict[str, Any]) -> list[object]:
    def country(side: str) -> str:
        if r.get(f"{side}Country"):
            return _actor_id(r[f"{side}Country"])
        return _actor_id(r[side]) if r.get(f"{side}IsCountry") else ""

    date = r.get("date")
    return [
        unquote(str(r["event"]).rsplit("/", 1)[-1]),
        date.strftime("%Y%m%d") if date else "",
        r.get("sourceCode") or "",
        r.get("sourceLabel") or "",
        country("source"),
        r.get("sourceSector") or "",
        r.get("targetCode") or "",
        r.get("targetLabel") or "",
        country("target") if r.get("target") else "",
        r.get("targetSector") or "",
        r["cameo"],
        r["cameo"][:3],
        r["root"],
        r["quad"],
        r["goldstein"],
        r["mentions"],
        r["articles"],
        r.get("url") or r.get("file") or "",
        r.get("plover") or "",
        int(bool(r["negated"])),
        r["modality"],
        r["confidence"],
        _actor_id(r["source"]),
        _actor_id(r["target"]) if r.get("target") else "",
        r["event"],
    ]
