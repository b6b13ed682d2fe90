"""RDF stage: mint stable IRIs and turn events, actors, articles and runs into quads."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox

from kg.datamodel import Actor, Article, Event, Mention, stable_id
from kg.rdf.namespace import (
    ACT,
    ART,
    CAMEO,
    EV,
    GRAPH,
    KGO,
    MEN,
    PROV,
    ROOT_PROPERTIES,
    RUN,
    SEM,
    WD,
)

__all__ = [
    "DERIVED_GRAPH",
    "EVENTS_GRAPH",
    "ONTOLOGY_GRAPH",
    "Run",
    "actor_iri",
    "actor_quads",
    "article_iri",
    "article_quads",
    "cameo_scheme_quads",
    "derived_quads",
    "event_iri",
    "event_quads",
    "iri_segment",
    "run_quads",
]

ONTOLOGY_GRAPH = ox.NamedNode(str(GRAPH.ontology))
EVENTS_GRAPH = ox.NamedNode(str(GRAPH.events))
DERIVED_GRAPH = ox.NamedNode(str(GRAPH.derived))

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_OWL_SAMEAS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_DCT = "http://purl.org/dc/terms/"
_XSD_DATE = ox.NamedNode(_XSD + "date")
_XSD_DATETIME = ox.NamedNode(_XSD + "dateTime")
_XSD_DECIMAL = ox.NamedNode(_XSD + "decimal")

_KIND_CLASS = {
    "country": KGO.Country,
    "organization": KGO.Organization,
    "group": KGO.ArmedGroup,
    "person": KGO.Person,
    "sector": KGO.SectorActor,
    "unresolved": KGO.UnresolvedActor,
}
_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]")


def _n(term: object) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def iri_segment(value: str) -> str:
    """Percent-encode ``value`` into one IRI path segment; the same value always gives the same.

    Examples:
        >>> iri_segment("RUSGOV")
        'RUSGOV'
        >>> iri_segment("a b/c")
        'a%20b%2Fc'
    """
    if not value:
        raise ValueError("cannot mint an IRI from an empty id")
    if not _UNSAFE.search(value):
        return value
    return quote(value, safe="")


def actor_iri(actor_id: str) -> ox.NamedNode:
    """The IRI of an actor: ``act:<id>``.

    Examples:
        >>> actor_iri("NATO").value
        'https://w3id.org/kgnews/actor/NATO'
    """
    return _n(ACT[iri_segment(actor_id)])


def event_iri(event_id: str) -> ox.NamedNode:
    return _n(EV[iri_segment(event_id)])


def mention_iri(mention: Mention) -> ox.NamedNode:
    return _n(MEN[iri_segment(mention.id)])


def article_iri(article_id: str) -> ox.NamedNode:
    return _n(ART[iri_segment(article_id)])


def _lit(value: object) -> ox.Literal:
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(round(value, 6)), datatype=_XSD_DECIMAL)
    if isinstance(value, dt.datetime):
        return ox.Literal(value.isoformat(), datatype=_XSD_DATETIME)
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=_XSD_DATE)
    return ox.Literal(str(value))


@dataclass(frozen=True, slots=True)
class Run:
    """One extraction run, the PROV activity that generated mentions."""

    started: dt.datetime
    kg_version: str
    model: str

    @property
    def id(self) -> str:
        return stable_id(self.started.isoformat(), self.kg_version, self.model)

    @property
    def iri(self) -> ox.NamedNode:
        return _n(RUN[self.id])


def run_quads(run: Run) -> Iterator[ox.Quad]:
    g, s = EVENTS_GRAPH, run.iri
    yield ox.Quad(s, _RDF_TYPE, _n(KGO.ExtractionRun), g)
    yield ox.Quad(s, _n(PROV.startedAtTime), _lit(run.started), g)
    yield ox.Quad(s, _n(KGO.kgVersion), _lit(run.kg_version), g)
    yield ox.Quad(s, _n(KGO.spacyModel), _lit(run.model), g)


def article_quads(article: Article) -> Iterator[ox.Quad]:
    g, s = EVENTS_GRAPH, article_iri(article.id)
    yield ox.Quad(s, _RDF_TYPE, _n(KGO.Article), g)
    yield ox.Quad(s, _n(KGO.contentHash), _lit(article.content_hash), g)
    if article.title:
        yield ox.Quad(s, ox.NamedNode(_DCT + "title"), _lit(article.title), g)
    if article.date:
        yield ox.Quad(s, ox.NamedNode(_DCT + "date"), _lit(article.date), g)
    if article.url:
        yield ox.Quad(s, ox.NamedNode(_DCT + "source"), _lit(article.url), g)
    if article.source:
        yield ox.Quad(s, _n(KGO.sourceFile), _lit(article.source), g)


def actor_quads(actor: Actor) -> Iterator[ox.Quad]:
    g, s = EVENTS_GRAPH, actor_iri(actor.id)
    yield ox.Quad(s, _RDF_TYPE, _n(_KIND_CLASS[actor.kind]), g)
    yield ox.Quad(s, _RDFS_LABEL, _lit(actor.label), g)
    yield ox.Quad(s, _n(KGO.resolved), _lit(actor.resolved), g)
    if actor.cameo:
        yield ox.Quad(s, _n(KGO.cameoCode), _lit(actor.cameo), g)
    if actor.country and actor.country != actor.id:
        yield ox.Quad(s, _n(KGO.country), actor_iri(actor.country), g)
    if actor.sector:
        yield ox.Quad(s, _n(KGO.sector), _lit(actor.sector), g)
    if actor.affiliation and actor.affiliation != actor.id:
        yield ox.Quad(s, _n(KGO.affiliation), actor_iri(actor.affiliation), g)
    if actor.qid:
        yield ox.Quad(s, _OWL_SAMEAS, _n(WD[actor.qid]), g)


def event_quads(event: Event, run: Run) -> Iterator[ox.Quad]:
    """The quads of one event, its mentions, and its actors (in the events graph)."""
    g, s = EVENTS_GRAPH, event_iri(event.event_id)
    a = event.action
    yield ox.Quad(s, _RDF_TYPE, _n(KGO.Event), g)
    yield ox.Quad(s, _n(KGO.source), actor_iri(event.source.actor.id), g)
    if event.target is not None:
        yield ox.Quad(s, _n(KGO.target), actor_iri(event.target.actor.id), g)
    yield ox.Quad(s, _n(KGO.action), _n(CAMEO[a.cameo]), g)
    yield ox.Quad(s, _n(KGO.verb), _lit(a.verb), g)
    yield ox.Quad(s, _n(KGO.actionText), _lit(a.text), g)
    yield ox.Quad(s, _n(KGO.rootCode), _lit(a.root), g)
    yield ox.Quad(s, _n(KGO.quadClass), _lit(a.quad_class), g)
    yield ox.Quad(s, _n(KGO.goldstein), _lit(float(a.goldstein)), g)
    if a.plover:
        yield ox.Quad(s, _n(KGO.plover), _lit(a.plover), g)
    yield ox.Quad(s, _n(KGO.negated), _lit(event.negated), g)
    yield ox.Quad(s, _n(KGO.modality), _lit(event.modality), g)
    yield ox.Quad(s, _n(KGO.confidence), _lit(float(event.confidence)), g)
    yield ox.Quad(s, _n(KGO.mentionCount), _lit(len(event.mentions)), g)
    if event.date:
        yield ox.Quad(s, _n(SEM.hasTimeStamp), _lit(event.date), g)
    if event.place:
        yield ox.Quad(s, _n(KGO.place), _lit(event.place), g)
    for mention in event.mentions:
        m = mention_iri(mention)
        yield ox.Quad(s, _n(KGO.mention), m, g)
        yield ox.Quad(m, _RDF_TYPE, _n(KGO.Mention), g)
        yield ox.Quad(m, _n(KGO.text), ox.Literal(mention.sentence, language="en"), g)
        yield ox.Quad(m, _n(KGO.charStart), _lit(mention.char_start), g)
        yield ox.Quad(m, _n(KGO.charEnd), _lit(mention.char_end), g)
        yield ox.Quad(m, _n(KGO.sentenceIndex), _lit(mention.sentence_index), g)
        yield ox.Quad(m, _n(PROV.wasDerivedFrom), article_iri(mention.article_id), g)
        yield ox.Quad(m, _n(PROV.wasGeneratedBy), run.iri, g)
    yield ox.Quad(s, _n(KGO.sourceText), _lit(event.source.text), g)
    if event.target is not None:
        yield ox.Quad(s, _n(KGO.targetText), _lit(event.target.text), g)
    yield from actor_quads(event.source.actor)
    if event.target is not None:
        yield from actor_quads(event.target.actor)


def derived_quads(events: Iterable[Event]) -> Iterator[ox.Quad]:
    """Actor→actor shortcuts: one property per CAMEO root plus ``kgo:actedOn``.

    Negated and hypothetical events assert nothing that happened, so they give no shortcut.
    """
    g = DERIVED_GRAPH
    for event in events:
        if event.target is None or event.negated or event.modality != "asserted":
            continue
        s, o = actor_iri(event.source.actor.id), actor_iri(event.target.actor.id)
        yield ox.Quad(s, _n(KGO.actedOn), o, g)
        prop = ROOT_PROPERTIES.get(event.action.root)
        if prop is not None:
            yield ox.Quad(s, _n(prop), o, g)


def cameo_scheme_quads(codes: Iterable[tuple[str, str, str, float, int]]) -> Iterator[ox.Quad]:
    """CAMEO as a SKOS concept scheme: (code, label, root, goldstein, quad class) → concepts."""
    g = ONTOLOGY_GRAPH
    scheme = _n(CAMEO[""])
    concept = ox.NamedNode(_SKOS + "Concept")
    yield ox.Quad(scheme, _RDF_TYPE, ox.NamedNode(_SKOS + "ConceptScheme"), g)
    yield ox.Quad(scheme, _RDFS_LABEL, _lit("CAMEO event codes"), g)
    for code, label, root, goldstein, quad in codes:
        c = _n(CAMEO[code])
        yield ox.Quad(c, _RDF_TYPE, concept, g)
        yield ox.Quad(c, ox.NamedNode(_SKOS + "inScheme"), scheme, g)
        yield ox.Quad(c, ox.NamedNode(_SKOS + "notation"), _lit(code), g)
        yield ox.Quad(c, ox.NamedNode(_SKOS + "prefLabel"), ox.Literal(label, language="en"), g)
        yield ox.Quad(c, _n(KGO.goldstein), _lit(float(goldstein)), g)
        yield ox.Quad(c, _n(KGO.quadClass), _lit(quad), g)
        if code == root:
            yield ox.Quad(c, ox.NamedNode(_SKOS + "topConceptOf"), scheme, g)
        else:
            parent = code[:-1] if len(code) > 3 else root
            yield ox.Quad(c, ox.NamedNode(_SKOS + "broader"), _n(CAMEO[parent]), g)
