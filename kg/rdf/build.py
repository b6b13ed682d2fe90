"""RDF stage: mint stable IRIs and turn events, actors, articles and runs into N-Triples lines.

Every term kg writes is minted here, so the same record always gives the same triples (stable IRIs,
idempotent re-ingest). A batch is built as N-Triples lines per named graph, the form Oxigraph's bulk
loader reads fastest: constant terms are written once at import, IRIs come from :func:`iri_segment` (only
unreserved characters and percent escapes), numbers and dates are formatted from typed values, and
every free-text literal is written by Oxigraph's own serialiser, so no text can break a line.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox

from kg.datamodel import Actor, Article, Event, Mention, stable_id
from kg.rdf.namespace import ACT, ART, CAMEO, EV, GRAPH, KGO, MEN, PROV, ROOT_PROPERTIES, RUN, SEM, WD

__all__ = [
    "DERIVED_GRAPH",
    "EVENTS_GRAPH",
    "KG_GRAPHS",
    "ONTOLOGY_GRAPH",
    "Run",
    "actor_iri",
    "actor_lines",
    "actor_quads",
    "article_iri",
    "article_lines",
    "batch_lines",
    "cameo_iri",
    "decimal_text",
    "derived_lines",
    "derived_quads",
    "event_iri",
    "event_lines",
    "event_quads",
    "iri_segment",
    "mention_iri",
    "parse_lines",
    "run_lines",
]

ONTOLOGY_GRAPH = ox.NamedNode(str(GRAPH.ontology))
EVENTS_GRAPH = ox.NamedNode(str(GRAPH.events))
DERIVED_GRAPH = ox.NamedNode(str(GRAPH.derived))
#: The named graphs kg writes, in the order they are exported.
KG_GRAPHS = (ONTOLOGY_GRAPH, EVENTS_GRAPH, DERIVED_GRAPH)

_XSD = "http://www.w3.org/2001/XMLSchema#"
_DCT = "http://purl.org/dc/terms/"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_G_EVENTS = _G_DERIVED = " .\n"  # lines are N-Triples; the batch keeps them per graph
_TRUE = f'"true"^^<{_XSD}boolean>'
_FALSE = f'"false"^^<{_XSD}boolean>'


def _p(iri: object) -> str:
    """`` <iri> ``: a predicate or class written once, with the spaces around it."""
    return f" {ox.NamedNode(str(iri))} "


def _k(name: str) -> str:
    return _p(KGO[name])


_TYPE = _p(_RDF_TYPE)
_LABEL = _p("http://www.w3.org/2000/01/rdf-schema#label")
_SAME_AS = _p("http://www.w3.org/2002/07/owl#sameAs")
_DCT_TITLE, _DCT_DATE, _DCT_SOURCE = _p(_DCT + "title"), _p(_DCT + "date"), _p(_DCT + "source")
_DCT_ISSUED = _p(_DCT + "issued")
_DERIVED_FROM, _GENERATED_BY = _p(PROV.wasDerivedFrom), _p(PROV.wasGeneratedBy)
_STARTED, _TIMESTAMP = _p(PROV.startedAtTime), _p(SEM.hasTimeStamp)
_EVENT, _MENTION, _ARTICLE, _RUN = (
    _k("Event").strip(),
    _k("Mention").strip(),
    _k("Article").strip(),
    _k("ExtractionRun").strip(),
)
_SOURCE, _TARGET, _ACTION, _VERB = _k("source"), _k("target"), _k("action"), _k("verb")
_ACTION_TEXT, _ROOT, _QUAD, _GOLDSTEIN = _k("actionText"), _k("rootCode"), _k("quadClass"), _k("goldstein")
_PLOVER, _NEGATED, _MODALITY, _CONFIDENCE = _k("plover"), _k("negated"), _k("modality"), _k("confidence")
_HAS_MENTION, _MENTION_COUNT, _PLACE = _k("mention"), _k("mentionCount"), _k("place")
_TEXT, _CHAR_START, _CHAR_END, _SENTENCE = _k("text"), _k("charStart"), _k("charEnd"), _k("sentenceIndex")
_SOURCE_TEXT, _TARGET_TEXT = _k("sourceText"), _k("targetText")
_SOURCE_FILE, _CONTENT_HASH = _k("sourceFile"), _k("contentHash")
_AUTHOR, _SITE_NAME = _k("author"), _k("siteName")
_KG_VERSION, _MODEL, _MODEL_VERSION, _SPACY = (
    _k("kgVersion"),
    _k("spacyModel"),
    _k("spacyModelVersion"),
    _k("spacyVersion"),
)
_CAMEO_CODE, _COUNTRY, _SECTOR, _AFFILIATION = _k("cameoCode"), _k("country"), _k("sector"), _k("affiliation")
_RESOLVED, _ACTED_ON = _k("resolved"), _k("actedOn")
_ROOT_PROPERTY = {root: _p(prop) for root, prop in ROOT_PROPERTIES.items()}
_KIND_CLASS = {
    "country": _k("Country").strip(),
    "organization": _k("Organization").strip(),
    "group": _k("ArmedGroup").strip(),
    "person": _k("Person").strip(),
    "sector": _k("SectorActor").strip(),
    "unresolved": _k("UnresolvedActor").strip(),
}
_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]")


def iri_segment(value: str) -> str:
    """Percent-encode ``value`` into one IRI path segment; the same value always gives the same.

    A dot opening or closing the segment is escaped too: ``.`` and ``..`` are removed by IRI
    normalisation, and a prefixed name cannot end with one (rdflib's Turtle parser rejects the
    escaped form Oxigraph writes).

    Examples:
        >>> iri_segment("RUSGOV")
        'RUSGOV'
        >>> iri_segment("a b/c")
        'a%20b%2Fc'
        >>> iri_segment(".."), iri_segment("U.S.")
        ('%2E%2E', 'U.S%2E')
    """
    if not value:
        raise ValueError("cannot mint an IRI from an empty id")
    if not _UNSAFE.search(value) and value[0] != "." and value[-1] != ".":
        return value
    segment = quote(value, safe="")
    if segment.startswith("."):
        segment = "%2E" + segment[1:]
    if segment.endswith("."):
        segment = segment[:-1] + "%2E"
    return segment


@functools.lru_cache(maxsize=65536)
def actor_iri(actor_id: str) -> ox.NamedNode:
    """The IRI of an actor: ``act:<id>``.

    Examples:
        >>> actor_iri("NATO").value
        'https://w3id.org/kgnews/actor/NATO'
    """
    return ox.NamedNode(ACT + iri_segment(actor_id))


def event_iri(event_id: str) -> ox.NamedNode:
    """The IRI of an event: ``ev:<id>``.

    Examples:
        >>> event_iri("3f2a").value
        'https://w3id.org/kgnews/event/3f2a'
    """
    return ox.NamedNode(EV + iri_segment(event_id))


def mention_iri(mention: Mention) -> ox.NamedNode:
    """The IRI of a mention: ``men:<id>``, from its article and character span."""
    return ox.NamedNode(MEN + iri_segment(mention.id))


@functools.lru_cache(maxsize=65536)
def article_iri(article_id: str) -> ox.NamedNode:
    """The IRI of an article: ``art:<id>``.

    Examples:
        >>> article_iri("seed 1").value
        'https://w3id.org/kgnews/article/seed%201'
    """
    return ox.NamedNode(ART + iri_segment(article_id))


@functools.lru_cache(maxsize=1024)
def cameo_iri(code: str) -> ox.NamedNode:
    """The SKOS concept of a CAMEO code: ``cameo:<code>``.

    Examples:
        >>> cameo_iri("120").value
        'https://w3id.org/kgnews/cameo/120'
    """
    return ox.NamedNode(CAMEO + iri_segment(code))


# ---------------------------------------------------------------- term writers (N-Triples syntax)
@functools.lru_cache(maxsize=65536)
def _actor(actor_id: str) -> str:
    return f"<{ACT}{iri_segment(actor_id)}>"


@functools.lru_cache(maxsize=65536)
def _article(article_id: str) -> str:
    return f"<{ART}{iri_segment(article_id)}>"


@functools.lru_cache(maxsize=1024)
def _cameo(code: str) -> str:
    return f"<{CAMEO}{iri_segment(code)}>"


@functools.lru_cache(maxsize=65536)
def _string(text: str) -> str:
    """A plain literal, escaped by Oxigraph."""
    return str(ox.Literal(text))


def _integer(value: int) -> str:
    return f'"{int(value)}"^^<{_XSD}integer>'


def decimal_text(value: float) -> str:
    """The ``xsd:decimal`` lexical form of a float, to six places (``nan`` stays invalid on purpose).

    Examples:
        >>> decimal_text(0.7), decimal_text(-4.0), decimal_text(0.00001)
        ('0.7', '-4.0', '0.00001')
    """
    if not math.isfinite(value):
        return str(value)
    text = f"{value:.6f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


@functools.lru_cache(maxsize=4096)
def _decimal(value: float) -> str:
    return f'"{decimal_text(float(value))}"^^<{_XSD}decimal>'


@functools.lru_cache(maxsize=16384)
def _date(value: dt.date) -> str:
    return f'"{value.isoformat()}"^^<{_XSD}date>'


@dataclass(frozen=True, slots=True)
class Run:
    """One extraction run, the PROV activity that generated mentions.

    ``model`` is the spaCy pipeline's name (``en_core_web_sm``); ``model_version`` its version and
    ``spacy_version`` the spaCy library's, when known.
    """

    started: dt.datetime
    kg_version: str
    model: str
    model_version: str | None = None
    spacy_version: str | None = None

    @property
    def id(self) -> str:
        return stable_id(self.started.isoformat(), self.kg_version, self.model, self.model_version or "")

    @property
    def iri(self) -> ox.NamedNode:
        return ox.NamedNode(RUN + self.id)


# ---------------------------------------------------------------- N-Quads lines, one record at a time
def run_lines(run: Run) -> Iterator[str]:
    """The lines describing an extraction run (a ``prov:Activity``)."""
    s, g = f"<{RUN}{run.id}>", _G_EVENTS
    yield s + _TYPE + _RUN + g
    yield s + _STARTED + f'"{run.started.isoformat()}"^^<{_XSD}dateTime>' + g
    yield s + _KG_VERSION + _string(run.kg_version) + g
    yield s + _MODEL + _string(run.model) + g
    if run.model_version:
        yield s + _MODEL_VERSION + _string(run.model_version) + g
    if run.spacy_version:
        yield s + _SPACY + _string(run.spacy_version) + g


def article_lines(article: Article) -> Iterator[str]:
    """The lines describing an article: title, date (and publication time), URL, source file, author,
    site and content hash."""
    s, g = _article(article.id), _G_EVENTS
    yield s + _TYPE + _ARTICLE + g
    yield s + _CONTENT_HASH + f'"{article.content_hash}"' + g
    if article.title:
        yield s + _DCT_TITLE + str(ox.Literal(article.title)) + g
    if article.date:
        yield s + _DCT_DATE + _date(article.date) + g
    if article.url:
        yield s + _DCT_SOURCE + str(ox.Literal(article.url)) + g
    if article.source:
        yield s + _SOURCE_FILE + str(ox.Literal(article.source)) + g
    if article.published:
        yield s + _DCT_ISSUED + f'"{article.published.isoformat()}"^^<{_XSD}dateTime>' + g
    if article.author:
        yield s + _AUTHOR + _string(article.author) + g
    if article.site:
        yield s + _SITE_NAME + _string(article.site) + g


def actor_lines(actor: Actor) -> Iterator[str]:
    """The lines describing an actor: class, label, CAMEO code, country, affiliation, Wikidata."""
    s, g = _actor(actor.id), _G_EVENTS
    yield s + _TYPE + _KIND_CLASS[actor.kind] + g
    yield s + _LABEL + _string(actor.label) + g
    yield s + _RESOLVED + (_TRUE if actor.resolved else _FALSE) + g
    if actor.cameo:
        yield s + _CAMEO_CODE + _string(actor.cameo) + g
    if actor.country and actor.country != actor.id:
        yield s + _COUNTRY + _actor(actor.country) + g
    if actor.sector:
        yield s + _SECTOR + _string(actor.sector) + g
    if actor.affiliation and actor.affiliation != actor.id:
        yield s + _AFFILIATION + _actor(actor.affiliation) + g
    if actor.qid:
        yield s + _SAME_AS + f"<{WD}{iri_segment(actor.qid)}>" + g


def event_lines(event: Event, run: Run) -> Iterator[str]:
    """The lines of one event and its mentions (its actors are described by :func:`actor_lines`)."""
    g, s = _G_EVENTS, f"<{EV}{iri_segment(event.event_id)}>"
    a = event.action
    yield s + _TYPE + _EVENT + g
    yield s + _SOURCE + _actor(event.source.actor.id) + g
    if event.target is not None:
        yield s + _TARGET + _actor(event.target.actor.id) + g
    yield s + _ACTION + _cameo(a.cameo) + g
    yield s + _VERB + _string(a.verb) + g
    yield s + _ACTION_TEXT + _string(a.text) + g
    yield s + _ROOT + _string(a.root) + g
    yield s + _QUAD + _integer(a.quad_class) + g
    yield s + _GOLDSTEIN + _decimal(float(a.goldstein)) + g
    if a.plover:
        yield s + _PLOVER + _string(a.plover) + g
    yield s + _NEGATED + (_TRUE if event.negated else _FALSE) + g
    yield s + _MODALITY + _string(event.modality) + g
    yield s + _CONFIDENCE + _decimal(float(event.confidence)) + g
    yield s + _MENTION_COUNT + _integer(len(event.mentions)) + g
    if event.date:
        yield s + _TIMESTAMP + _date(event.date) + g
    if event.place:
        yield s + _PLACE + _string(event.place) + g
    run_iri = f"<{RUN}{run.id}>"
    for mention in event.mentions:
        m = f"<{MEN}{iri_segment(mention.id)}>"
        yield s + _HAS_MENTION + m + g
        yield m + _TYPE + _MENTION + g
        yield m + _TEXT + str(ox.Literal(mention.sentence, language="en")) + g
        yield m + _CHAR_START + _integer(mention.char_start) + g
        yield m + _CHAR_END + _integer(mention.char_end) + g
        yield m + _SENTENCE + _integer(mention.sentence_index) + g
        yield m + _DERIVED_FROM + _article(mention.article_id) + g
        yield m + _GENERATED_BY + run_iri + g
    yield s + _SOURCE_TEXT + _string(event.source.text) + g
    if event.target is not None:
        yield s + _TARGET_TEXT + _string(event.target.text) + g


def derived_lines(events: Iterable[Event]) -> Iterator[str]:
    """Actor→actor shortcuts: one property per CAMEO root plus ``kgo:actedOn``.

    Negated and hypothetical events assert nothing that happened, so they give no shortcut. This is
    the rule :mod:`kg.rdf.derive` states in SPARQL UPDATE (used to rebuild the whole graph); the
    tests check that the two agree.
    """
    g = _G_DERIVED
    for event in events:
        if event.target is None or event.negated or event.modality != "asserted":
            continue
        s, o = _actor(event.source.actor.id), _actor(event.target.actor.id)
        yield s + _ACTED_ON + o + g
        prop = _ROOT_PROPERTY.get(event.action.root)
        if prop is not None:
            yield s + prop + o + g


def batch_lines(
    articles: Iterable[Article], events: Iterable[Event], run: Run, *, actors: Iterable[Actor] = ()
) -> dict[ox.NamedNode, list[str]]:
    """The N-Triples lines of a batch per named graph: in the events graph the run, the articles, the
    events with their mentions and each actor once (the events' actors and the extra ``actors``); in
    the derived graph the events' shortcuts."""
    events = list(events)
    lines = list(run_lines(run))
    for article in articles:
        lines.extend(article_lines(article))
    seen: dict[str, Actor] = {}
    for actor in actors:
        seen.setdefault(actor.id, actor)
    for event in events:
        lines.extend(event_lines(event, run))
        seen.setdefault(event.source.actor.id, event.source.actor)
        if event.target is not None:
            seen.setdefault(event.target.actor.id, event.target.actor)
    for actor in seen.values():
        lines.extend(actor_lines(actor))
    return {EVENTS_GRAPH: lines, DERIVED_GRAPH: list(derived_lines(events))}


def parse_lines(lines: Iterable[str], graph: ox.NamedNode = EVENTS_GRAPH) -> list[ox.Quad]:
    """N-Triples lines as pyoxigraph quads in ``graph``.

    Examples:
        >>> parse_lines(['<https://w3id.org/kgnews/actor/A> <http://p> "x" .\\n'])[0].graph_name.value
        'https://w3id.org/kgnews/graph/events'
    """
    triples = ox.parse("".join(lines).encode(), format=ox.RdfFormat.N_TRIPLES)
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]


def event_quads(event: Event, run: Run) -> list[ox.Quad]:
    """The quads of one event and its mentions."""
    return parse_lines(event_lines(event, run))


def actor_quads(actor: Actor) -> list[ox.Quad]:
    """The quads describing an actor."""
    return parse_lines(actor_lines(actor))


def derived_quads(events: Iterable[Event]) -> list[ox.Quad]:
    """The derived shortcut quads of ``events`` (see :func:`derived_lines`)."""
    return parse_lines(derived_lines(events), DERIVED_GRAPH)
